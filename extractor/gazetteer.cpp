#include "extractor/gazetteer.h"

#include <algorithm>

namespace diplograph {

namespace {
constexpr char kSep = '\x1f';

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// When two entities share a name, countries win over organizations, then
// cities, then people ("Georgia", "Jordan").
int TypePriority(EntityType t) {
  switch (t) {
    case EntityType::kCountry: return 0;
    case EntityType::kInternationalOrganization: return 1;
    case EntityType::kNewsAgency: return 2;
    case EntityType::kCity: return 3;
    case EntityType::kPerson: return 4;
    default: return 5;
  }
}
}  // namespace

Gazetteer::Gazetteer(const Lexicon& lexicon, const TokenizeFn& tokenize) {
  for (size_t i = 0; i < lexicon.entities.size(); ++i) {
    const LexEntity& e = lexicon.entities[i];
    int prio = TypePriority(e.type);
    bool capital = false;
    if (e.type == EntityType::kCity && !e.country.empty()) {
      const LexEntity* country = lexicon.Find(e.country);
      capital = country != nullptr && country->capital == e.iri;
    }
    MentionKind kind = capital ? MentionKind::kCapital : MentionKind::kName;
    auto add_name = [&](const std::string& form) {
      std::vector<std::string> words = tokenize(form);
      if (words.empty()) return;
      Add(words, {i, kind, words.size()}, prio);
      // All-capitals variant for datelines and shouting headlines.
      std::vector<std::string> upper;
      for (const auto& w : words) upper.push_back(Upper(w));
      if (upper != words && form.size() >= 4) Add(upper, {i, kind, words.size()}, prio + 10);
    };
    add_name(e.label);
    for (const auto& alt : e.alt_labels) add_name(alt);
    for (const auto& abbr : e.abbreviations) {
      std::vector<std::string> words = tokenize(abbr);
      if (!words.empty()) Add(words, {i, kind, words.size()}, prio);
    }
    for (const auto& dem : e.demonyms) {
      std::vector<std::string> words = tokenize(dem);
      if (!words.empty()) Add(words, {i, MentionKind::kDemonym, words.size()}, prio + 20);
    }
  }
}

void Gazetteer::Add(const std::vector<std::string>& words, GazetteerHit hit, int priority) {
  std::string key;
  for (const auto& w : words) {
    if (!key.empty()) key += kSep;
    key += w;
  }
  auto [it, inserted] = entries_.try_emplace(key, Entry{hit, priority});
  if (!inserted && priority < it->second.priority) it->second = Entry{hit, priority};
  max_length_ = std::max(max_length_, words.size());
}

std::optional<GazetteerHit> Gazetteer::Match(const std::vector<Token>& tokens, size_t i,
                                             size_t end) const {
  size_t limit = std::min(end, i + max_length_);
  std::vector<size_t> key_ends;  // key length after each token
  std::string key;
  for (size_t j = i; j < limit; ++j) {
    if (j > i) key += kSep;
    key += tokens[j].text;
    key_ends.push_back(key.size());
  }
  for (size_t n = key_ends.size(); n > 0; --n) {
    auto it = entries_.find(key.substr(0, key_ends[n - 1]));
    if (it != entries_.end()) return it->second.hit;
  }
  return std::nullopt;
}

}  // namespace diplograph
