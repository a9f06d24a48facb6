#include "extractor/gazetteer.h"

#include <algorithm>
#include <unordered_set>

#include "extractor/name_key.h"
#include "extractor/utf8.h"

namespace diplograph {

namespace {
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
  AddSurnames(lexicon, tokenize);
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
      // "Nato", "Ecowas", "Sadc": British and African papers write an
      // organization's acronym of four letters or more as a word.
      const bool organization = e.type == EntityType::kInternationalOrganization ||
                                e.type == EntityType::kOrganization;
      if (organization && words.size() == 1 && abbr.size() >= 4 &&
          std::all_of(abbr.begin(), abbr.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        std::string word = AsciiLower(abbr);
        word[0] = abbr[0];
        Add({word}, {i, kind, 1}, prio + 10);
      }
    }
    for (const auto& dem : e.demonyms) {
      std::vector<std::string> words = tokenize(dem);
      if (!words.empty()) Add(words, {i, MentionKind::kDemonym, words.size()}, prio + 20);
    }
  }
}

namespace {

// "Erdoğan" -> "Erdogan": a surname with accented Latin letters as news in
// English often writes it; empty when it has none, or other non-ASCII.
std::string AsciiSurname(const std::string& surname) {
  if (std::all_of(surname.begin(), surname.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return {};
  }
  std::string folded = Slugify(surname);
  if (folded.empty() || !std::all_of(folded.begin(), folded.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return {};
  }
  folded[0] = static_cast<char>(folded[0] - 'a' + 'A');
  return folded;
}

}  // namespace

// Well-known people go by their surname alone ("Macron said"): the last
// word of a known person's name is theirs when no other known entity shares
// it, it is not a Korean-style family-name-first name, and it is long
// enough not to be a common short word.
void Gazetteer::AddSurnames(const Lexicon& lexicon, const TokenizeFn& tokenize) {
  std::unordered_map<std::string, int> owners;  // surname -> person index, -1 when shared
  std::unordered_set<std::string_view> taken;   // every full name and alternative (the lexicon's own strings)
  for (const LexEntity& e : lexicon.entities) {
    taken.insert(e.label);
    for (const auto& a : e.alt_labels) taken.insert(a);
  }
  for (size_t i = 0; i < lexicon.entities.size(); ++i) {
    const LexEntity& e = lexicon.entities[i];
    if (e.type != EntityType::kPerson) continue;
    size_t space = e.label.rfind(' ');
    if (space == std::string::npos) continue;
    std::string first = e.label.substr(0, e.label.find(' '));
    std::string lower_first = first;
    for (char& c : lower_first) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lexicon.korean_surnames.Contains(lower_first)) continue;
    std::string surname = e.label.substr(space + 1);
    if (surname.size() < 4 || taken.count(surname)) continue;
    for (const std::string& form : {surname, AsciiSurname(surname)}) {
      if (form.empty() || (form != surname && taken.count(form))) continue;
      auto [it, inserted] = owners.emplace(form, static_cast<int>(i));
      if (!inserted && it->second != static_cast<int>(i)) it->second = -1;
    }
  }
  for (const auto& [surname, owner] : owners) {
    if (owner < 0) continue;
    // One word, or hyphen-glued parts ("Akufo-Addo": three tokens).
    std::vector<std::string> words = tokenize(surname);
    const bool glued = words.size() == 3 && words[1] == "-";
    if (words.size() != 1 && !glued) continue;
    Add(words, {static_cast<size_t>(owner), MentionKind::kName, words.size()}, 30);
    surnames_.Add(words.front());
  }
  for (const Office& office : lexicon.offices) {
    for (const std::string& w : office.words) title_words_.Add(w);
  }
  for (const std::string& w : lexicon.office_modifiers.forms()) title_words_.Add(w);
  for (const std::string& w : lexicon.text.honorifics.forms()) title_words_.Add(w);
}

WordSet Gazetteer::LowerStarts() const {
  const WordSet& starts = names_.first_words();
  WordSet lower;
  for (const std::string& w : starts.forms()) lower.Add(AsciiLower(w));
  if (starts.Contains("")) lower.Add("");
  return lower;
}

bool Gazetteer::InsideAnotherName(const std::vector<Token>& tokens, size_t i, size_t end) const {
  auto name_word = [&](size_t k) { return tokens[k].IsWord() && tokens[k].IsCapitalized(); };
  if (i + 1 < end && name_word(i + 1)) return true;  // "Martin Griffiths"
  if (i == 0 || !name_word(i - 1)) return false;
  return !title_words_.Contains(tokens[i - 1].lower);  // "Kamala Harris", not "President Macron"
}

void Gazetteer::Add(const std::vector<std::string>& words, GazetteerHit hit, int priority) {
  std::optional<Entry>& entry = names_[words];
  if (!entry || priority < entry->priority) entry = Entry{hit, priority};
}

std::optional<GazetteerHit> Gazetteer::Match(const std::vector<Token>& tokens, size_t i,
                                             size_t end) const {
  if (i >= end) return std::nullopt;
  size_t length = 0;
  const Entry* entry =
      names_.Longest(end - i, [&](size_t k) { return std::string_view(tokens[i + k].text); }, &length);
  if (!entry) return std::nullopt;
  std::optional<GazetteerHit> longest = entry->hit;
  const bool surname_length = longest && (longest->length == 1 || (longest->length == 3 && tokens[i + 1].text == "-"));
  if (surname_length && surnames_.Contains(tokens[i].text) && InsideAnotherName(tokens, i, end)) {
    return std::nullopt;
  }
  return longest;
}

}  // namespace diplograph
