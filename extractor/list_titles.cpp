#include "extractor/list_titles.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>

#include "extractor/literal.h"

namespace diplograph {
namespace {

class ListTitles {
 public:
  ListTitles(const OfficePlurals& plurals, Document& doc) : plurals_(plurals), doc_(doc) {}

  void Run() {
    drop_.assign(doc_.mentions.size(), false);
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      if (drop_[i]) continue;
      if (DemonymsThenNames(i)) continue;
      if (CountriesThenNames(i)) continue;
      NamesOfCountries(i);
    }
    if (std::find(drop_.begin(), drop_.end(), true) == drop_.end()) return;
    size_t kept = 0;
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      if (drop_[i]) continue;
      if (kept != i) doc_.mentions[kept] = std::move(doc_.mentions[i]);
      ++kept;
    }
    doc_.mentions.resize(kept);
  }

 private:
  std::string_view Lower(size_t t) const { return doc_.tokens[t].lower; }
  size_t SentenceBegin(size_t i) const { return doc_.sentences[doc_.mentions[i].sentence].token_begin; }
  size_t SentenceEnd(size_t i) const { return doc_.sentences[doc_.mentions[i].sentence].token_end; }

  // Only "," and "and" between tokens b and e.
  bool ListGlue(size_t b, size_t e) const {
    for (size_t t = b; t < e; ++t) {
      if (Lower(t) != "," && Lower(t) != "and") return false;
    }
    return true;
  }

  // Mentions from `first` on that satisfy `pred`, each after the last with
  // list glue between them, the first starting at token `from`.
  template <typename Pred>
  std::vector<size_t> ListFrom(size_t first, size_t from, Pred pred) const {
    std::vector<size_t> list;
    size_t at = from;
    for (size_t k = first; k < doc_.mentions.size(); ++k) {
      const Mention& m = doc_.mentions[k];
      if (drop_[k] || m.sentence != doc_.mentions[first].sentence || !pred(m)) break;
      if (list.empty() ? m.token_begin != from : (m.token_begin <= at || !ListGlue(at, m.token_begin))) break;
      list.push_back(k);
      at = m.token_end;
    }
    return list;
  }

  static bool IsName(const Mention& m) {
    return m.type == EntityType::kPerson && m.kind == MentionKind::kName && m.country_iri.empty();
  }

  void Give(size_t name, const std::string& country, int office) {
    Mention& m = doc_.mentions[name];
    m.country_iri = country;
    if (m.office < 0) m.office = office;
  }

  // "Chilean and Peruvian Foreign Ministers A and B": the titles read off
  // the demonyms go to the names.
  bool DemonymsThenNames(size_t i) {
    const Mention& first = doc_.mentions[i];
    if (first.kind != MentionKind::kTitle || first.office < 0 || first.country_iri.empty()) return false;
    const std::vector<size_t> titles = ListFrom(i, first.token_begin, [&](const Mention& m) {
      return m.kind == MentionKind::kTitle && m.office == first.office && !m.country_iri.empty();
    });
    if (titles.size() < 2) return false;
    const auto [office, plural_end] =
        OfficePluralAt(plurals_, doc_.tokens, doc_.mentions[titles.back()].token_end, SentenceEnd(i));
    if (office != first.office) return false;
    const std::vector<size_t> names = ListFrom(titles.back() + 1, plural_end, IsName);
    if (names.size() != titles.size()) return false;
    for (size_t k = 0; k < names.size(); ++k) {
      Give(names[k], doc_.mentions[titles[k]].country_iri, first.office);
      drop_[titles[k]] = true;
    }
    return true;
  }

  // "the foreign ministers of Chile and Peru, A and B(, respectively)": the
  // countries pair with the names after them, and stand for no party.
  bool CountriesThenNames(size_t i) {
    const Mention& first = doc_.mentions[i];
    if (first.type != EntityType::kCountry || first.kind != MentionKind::kName) return false;
    const size_t of = first.token_begin;
    if (of < 2 || Lower(of - 1) != "of") return false;
    const int office = OfficePluralEndingAt(plurals_, doc_.tokens, SentenceBegin(i), of - 1);
    if (office < 0) return false;
    const std::vector<size_t> countries = ListFrom(i, first.token_begin, [](const Mention& m) {
      return m.type == EntityType::kCountry && m.kind == MentionKind::kName;
    });
    if (countries.size() < 2) return false;
    const size_t after = doc_.mentions[countries.back()].token_end;
    if (after >= SentenceEnd(i) || Lower(after) != ",") return false;
    const std::vector<size_t> names = ListFrom(countries.back() + 1, after + 1, IsName);
    if (names.size() != countries.size()) return false;
    for (size_t k = 0; k < names.size(); ++k) {
      Give(names[k], std::string(doc_.mentions[countries[k]].lexicon_iri), office);
      drop_[countries[k]] = true;
    }
    return true;
  }

  // "Foreign Ministers A of Chile and B of Peru": each name's own country.
  void NamesOfCountries(size_t i) {
    const Mention& first = doc_.mentions[i];
    if (!IsName(first) || first.token_begin == 0) return;
    const int office = OfficePluralEndingAt(plurals_, doc_.tokens, SentenceBegin(i), first.token_begin);
    if (office < 0) return;
    std::vector<std::pair<size_t, size_t>> pairs;  // (name, country)
    size_t at = first.token_begin;
    for (size_t k = i; k + 1 < doc_.mentions.size(); k += 2) {
      const Mention& name = doc_.mentions[k];
      const Mention& country = doc_.mentions[k + 1];
      if (name.sentence != first.sentence || !IsName(name) || country.type != EntityType::kCountry ||
          country.kind != MentionKind::kName || country.token_begin != name.token_end + 1 ||
          Lower(name.token_end) != "of") {
        break;
      }
      if (!pairs.empty() && (name.token_begin <= at || !ListGlue(at, name.token_begin))) break;
      pairs.emplace_back(k, k + 1);
      at = country.token_end;
    }
    if (pairs.size() < 2) return;
    for (const auto& [name, country] : pairs) {
      Give(name, std::string(doc_.mentions[country].lexicon_iri), office);
    }
  }

  const OfficePlurals& plurals_;
  Document& doc_;
  std::vector<bool> drop_;
};

}  // namespace

std::pair<int, size_t> OfficePluralAt(const OfficePlurals& plurals, const std::vector<Token>& tokens, size_t j,
                                      size_t end) {
  for (const auto& [words, office] : plurals) {
    if (j + words.size() > end) continue;
    bool same = true;
    for (size_t w = 0; w < words.size() && same; ++w) same = tokens[j + w].lower == words[w];
    if (same) return {office, j + words.size()};
  }
  return {-1, j};
}

int OfficePluralEndingAt(const OfficePlurals& plurals, const std::vector<Token>& tokens, size_t begin, size_t end) {
  // What OfficePluralAt finds depends on a plural's length only, not on its
  // words: asked once for each length (plurals are a few words long), not
  // once for every plural.
  std::array<std::optional<std::pair<int, size_t>>, 8> found_at_length;
  for (const auto& [words, office] : plurals) {
    const size_t length = words.size();
    if (end < begin + length) continue;
    std::pair<int, size_t> at;
    if (length < found_at_length.size()) {
      auto& found = found_at_length[length];
      if (!found) found = OfficePluralAt(plurals, tokens, end - length, end);
      at = *found;
    } else {
      at = OfficePluralAt(plurals, tokens, end - length, end);
    }
    if (at == std::pair{office, end}) return office;
  }
  return -1;
}

void ShareListTitles(const OfficePlurals& plurals, Document& doc) { ListTitles(plurals, doc).Run(); }

}  // namespace diplograph
