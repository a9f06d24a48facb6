#include "extractor/short_country_names.h"

#include <string>
#include <string_view>
#include <unordered_map>


namespace diplograph {

namespace {

// The last word of a mention's surface ("Congo" of "Democratic Republic of
// Congo"); empty when it has one word only (it is the name itself).
std::string_view LastWordOfSeveral(const Document& doc, const Mention& m) {
  size_t words = 0;
  size_t last = m.token_end;
  for (size_t k = m.token_begin; k < m.token_end; ++k) {
    if (!doc.tokens[k].IsWord()) continue;
    ++words;
    last = k;
  }
  return words >= 2 && doc.tokens[last].IsCapitalized() ? doc.tokens[last].text : std::string_view();
}

}  // namespace

std::vector<Mention> ShortCountryNames(const Document& doc, const Lexicon& lexicon, const std::vector<char>& covered) {
  // Word -> the one country whose name ends with it (empty when several do).
  std::unordered_map<std::string_view, std::string_view> country_of;
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kCountry || m.lexicon_iri.empty()) continue;
    const std::string_view word = LastWordOfSeveral(doc, m);
    if (word.empty() || lexicon.country_name_generic_words.Contains(word)) continue;
    auto [it, inserted] = country_of.emplace(word, m.lexicon_iri);
    if (!inserted && it->second != m.lexicon_iri) it->second = {};
  }
  std::vector<Mention> out;
  if (country_of.empty()) return out;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    for (size_t k = sent.token_begin; k < sent.token_end; ++k) {
      const Token& t = doc.tokens[k];
      if (covered[k] || !t.IsCapitalized()) continue;
      const auto it = country_of.find(t.text);
      if (it == country_of.end() || it->second.empty()) continue;
      // A word of a longer name ("Congo River", "Republic of Congo" unknown
      // to the lexicon) is not the country alone.
      const auto capitalized_word = [&](size_t i) {
        return doc.tokens[i].IsWord() && doc.tokens[i].IsCapitalized();
      };
      if (k > sent.token_begin && doc.tokens[k].space_before && capitalized_word(k - 1) && k - 1 != sent.token_begin) {
        continue;
      }
      if (k + 1 < sent.token_end && doc.tokens[k + 1].space_before && capitalized_word(k + 1)) continue;
      if (k > sent.token_begin && (doc.tokens[k - 1].text == "of" || doc.tokens[k - 1].text == "the")) continue;
      const LexEntity* country = lexicon.Find(it->second);
      if (country == nullptr) continue;
      Mention m;
      m.span = t.span;
      m.sentence = s;
      m.token_begin = k;
      m.token_end = k + 1;
      m.title_begin = k;
      m.kind = MentionKind::kName;
      m.type = EntityType::kCountry;
      m.name = country->label;
      m.lexicon_iri = country->iri;
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace diplograph
