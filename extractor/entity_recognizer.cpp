// The recognizer stage: its word classes and phrase tables, built from the
// lexicon, and Process, which scans each sentence (recognizer/scanner.cpp and
// the pattern files beside it) between the dateline and the second pass.
#include "extractor/entity_recognizer.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extractor/list_titles.h"
#include "extractor/listed_agreements.h"
#include "extractor/recognizer/sentence_scanner.h"
#include "extractor/word_set.h"

namespace diplograph {

namespace {

// DescribedAgreement's: what may open a described agreement ("the", "its",
// "new"), and the words that end the search for its head.
const WordSet& AgreementDeterminers() {
  static const WordSet kDeterminers = {
      "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "new"};
  return kDeterminers;
}
// Nominal's: after a country modifier they stand for its government.
const WordSet& GovernmentNouns() {
  static const WordSet kNouns = {"side",   "government", "administration", "authorities",
                                 "regime", "leadership", "parties"};
  return kNouns;
}
const WordSet& AgreementFunctionWords() {
  static const WordSet kFunctionWords = {
      "of", "on", "in", "to", "for", "with", "about", "over", "regarding", "between", "and",
      "or", "by", "from", "at", "as", "that", "which", "is", "are", "was", "were", "be", "not"};
  return kFunctionWords;
}

// The words Nominal ("the North", "both sides", "all four governments") and
// Pronoun start with, for MayStart.
const WordSet& StartWords() {
  static const WordSet kWords = {"the", "both", "all", "he", "him", "his", "she", "her", "their",
                                 "they", "we", "our", "us", "i", "my", "me"};
  return kWords;
}

// Whether each token is a name word: a capitalized word that is no name
// stopword ("The", "Monday").
void FillNameWords(const std::vector<Token>& tokens, const Lexicon& lexicon, std::vector<char>& out) {
  out.clear();
  out.reserve(tokens.size());
  for (const Token& t : tokens) {  // (capitals first: most tokens have none)
    out.push_back(t.IsCapitalized() && t.IsWord() && !lexicon.name_stopwords.Contains(t.text));
  }
}

}  // namespace

EntityRecognizer::EntityRecognizer(const Lexicon& lexicon, const Gazetteer::TokenizeFn& tokenize,
                                   Vocabulary* vocabulary)
    : lexicon_(lexicon), tokenize_(tokenize), gazetteer_(lexicon, tokenize) {
  std::unordered_map<std::string, std::vector<std::string>> demonym_suffixes;
  for (const LexEntity& e : lexicon.entities) {
    if (e.type != EntityType::kCountry) continue;
    for (const std::string& d : e.demonyms) {
      size_t space = d.rfind(' ');
      if (space != std::string::npos) demonym_suffixes[d.substr(space + 1)].push_back(e.iri);
    }
  }
  // A suffix that is itself a full demonym ("Korean" is not; "African" may be) stays ambiguous
  // only when no country owns it outright.
  for (const LexEntity& e : lexicon.entities) {
    for (const std::string& d : e.demonyms) demonym_suffixes.erase(d);
  }
  for (auto& [suffix, countries] : demonym_suffixes) demonym_suffixes_[suffix] = std::move(countries);
  sign_verbs_ = SignVerbForms(lexicon);
  for (size_t o = 0; o < lexicon.offices.size(); ++o) {
    const Office& office = lexicon.offices[o];
    // Leaders, envoys and ministers: "the Thai and Cambodian leaders", "the
    // foreign ministers of A and B". ("Diplomats" of a country are its
    // staff, not envoys each of their own.)
    const bool listed = office.leader || office.envoy || office.form.ends_with("minister") ||
                        office.form.starts_with("minister ") || office.form.ends_with("secretary");
    if (!listed || !office.official || office.counterpart || office.words.empty() || office.form == "diplomat") {
      continue;
    }
    // "charges d'affaires", "heads of state": the head takes the plural.
    std::vector<std::string> plural = office.words;
    const bool head_first = std::any_of(plural.begin() + 1, plural.end(), [](const std::string& w) {
      return w == "of" || w.starts_with("d'") || w == "d";
    });
    std::string& head = head_first ? plural.front() : plural.back();
    if (head.size() > 2 && head.back() == 'y' && std::string_view("aeiou").find(head[head.size() - 2]) == std::string_view::npos) {
      head.back() = 'i';
      head += "es";  // "secretaries"
    } else {
      head += "s";
    }
    office_plurals_.emplace_back(std::move(plural), static_cast<int>(o));
  }
  for (const Trigger& t : lexicon.triggers) {
    if (t.predicate != Predicate::kSanctioned || t.noun) continue;
    for (const std::string& form : t.words) {
      if (form.find(' ') == std::string::npos) sanction_verbs_.Add(form);
    }
  }
  WordSet office_starts, body_starts;
  for (size_t o = 0; o < lexicon.offices.size(); ++o) {
    const auto& words = lexicon.offices[o].words;
    if (words.empty()) continue;
    offices_by_first_word_[words[0]].push_back(o);
    office_starts.Add(words[0]);
  }
  for (size_t b = 0; b < lexicon.bodies.size(); ++b) {
    for (size_t f = 0; f < lexicon.bodies[b].forms.size(); ++f) {
      const auto& words = lexicon.bodies[b].forms[f];
      if (words.empty()) continue;
      bodies_by_first_word_[words[0]].emplace_back(b, f);
      body_starts.Add(words[0]);
    }
  }
  // A country group's first word may be lower-case ("baltic states"): a
  // start word, so that MayStart lets it through.
  WordSet group_starts;
  for (size_t g = 0; g < lexicon.country_groups.size(); ++g) {
    for (size_t f = 0; f < lexicon.country_groups[g].forms.size(); ++f) {
      const auto& words = lexicon.country_groups[g].forms[f];
      if (words.empty()) continue;
      country_groups_by_first_word_[words[0]].emplace_back(g, f);
      group_starts.Add(words[0]);
    }
  }
  const WordSet name_starts = gazetteer_.LowerStarts();
  WordSet plural_starts, plural_ends;
  for (const auto& [words, office] : office_plurals_) {
    plural_starts.Add(words.front());
    plural_ends.Add(words.back());
  }
  const std::pair<Word, const WordSet&> classes[] = {
      {Word::kNumber, lexicon.number_words},
      {Word::kVesselNoun, lexicon.vessel_nouns},
      {Word::kPersonGroupNoun, lexicon.person_group_nouns},
      {Word::kOrgGroupNoun, lexicon.org_group_nouns},
      {Word::kCompanyNoun, lexicon.company_nouns},
      {Word::kAgreementHead, lexicon.agreement_heads},
      {Word::kSignedOnlyHead, lexicon.signed_only_heads},
      {Word::kOfficeModifier, lexicon.office_modifiers},
      {Word::kHonorific, lexicon.text.honorifics},
      {Word::kSpeechVerb, lexicon.speech_verbs},
      {Word::kPersonVerb, lexicon.person_verbs},
      {Word::kKoreanSurname, lexicon.korean_surnames},
      {Word::kPlaceHead, lexicon.place_heads},
      {Word::kPairNoun, lexicon.pair_nouns},
      {Word::kSignVerb, sign_verbs_},
      {Word::kSanctionVerb, sanction_verbs_},
      {Word::kDeterminer, AgreementDeterminers()},
      {Word::kFunctionWord, AgreementFunctionWords()},
      {Word::kOfficeStart, office_starts},
      {Word::kBodyStart, body_starts},
      {Word::kGovernmentNoun, GovernmentNouns()},
      {Word::kGovernmentNoun, lexicon.state_form_nouns},
      {Word::kTerritoryNoun, lexicon.territory_nouns},
      {Word::kStartWord, StartWords()},
      {Word::kStartWord, group_starts},
      {Word::kNameStart, name_starts},
      {Word::kPluralStart, plural_starts},
      {Word::kPluralEnd, plural_ends},
  };
  for (const auto& [word_class, set] : classes) word_classes_.Add(word_class, set);
  if (vocabulary) word_classes_.Bind(*vocabulary);
}

namespace {

// The lower-cased `words` stand at tokens [i, ...) before `end` (the first
// word is already known to match).
bool PhraseAt(const Document& doc, size_t i, size_t end, const std::vector<std::string>& words) {
  if (i + words.size() > end) return false;
  for (size_t k = 1; k < words.size(); ++k) {
    if (doc.tokens[i + k].lower != words[k]) return false;
  }
  return true;
}

// The longest phrase at tokens [i, end) of those whose first word is token
// i's (`by_first_word`, in lexicon order; of two as long, the first): its
// index and the token after it. `phrase(candidate)` gives a candidate's
// index and a pointer to its lower-cased words. (Offices, bodies' forms and
// country groups' forms: MatchOffice, MatchBody, MatchCountryGroup.)
template <typename Candidate, typename Phrase>
std::optional<std::pair<int, size_t>> LongestPhraseAt(const Document& doc, size_t i, size_t end,
                                                      const WordMap<std::vector<Candidate>>& by_first_word,
                                                      Phrase phrase) {
  std::optional<std::pair<int, size_t>> best;
  if (i >= end) return best;
  const std::vector<Candidate>* candidates = by_first_word.Find(doc.tokens[i].lower);
  if (!candidates) return best;
  for (const Candidate& candidate : *candidates) {
    const auto [index, words] = phrase(candidate);
    if (PhraseAt(doc, i, end, *words) && (!best || i + words->size() > best->second)) {
      best = std::make_pair(static_cast<int>(index), i + words->size());
    }
  }
  return best;
}

}  // namespace

std::optional<std::pair<int, size_t>> EntityRecognizer::MatchOffice(const Document& doc, size_t i,
                                                                    size_t end) const {
  return LongestPhraseAt(doc, i, end, offices_by_first_word_,
                         [&](size_t o) { return std::make_pair(o, &lexicon_.offices[o].words); });
}

std::optional<std::pair<int, size_t>> EntityRecognizer::MatchBody(const Document& doc, size_t i,
                                                                  size_t end) const {
  return LongestPhraseAt(doc, i, end, bodies_by_first_word_, [&](std::pair<size_t, size_t> form) {
    return std::make_pair(form.first, &lexicon_.bodies[form.first].forms[form.second]);
  });
}

std::optional<std::pair<int, size_t>> EntityRecognizer::MatchCountryGroup(const Document& doc, size_t i,
                                                                          size_t end) const {
  return LongestPhraseAt(doc, i, end, country_groups_by_first_word_, [&](std::pair<size_t, size_t> form) {
    return std::make_pair(form.first, &lexicon_.country_groups[form.first].forms[form.second]);
  });
}

Status EntityRecognizer::Process(Document& doc) const {
  doc.mentions.clear();
  // News runs at about one mention per ten tokens: room for them up front
  // spares moving every mention (four strings each) as the vector grows.
  doc.mentions.reserve(doc.tokens.size() / 8);
  ReadDateline(doc);
  Tally tally;
  thread_local std::vector<TokenClasses<Word>::Mask> class_masks;  // reused from document to document
  const TokenClasses<Word> classes(word_classes_, doc.tokens, doc.vocabulary, class_masks);
  // One Scratch per thread, for every document it reads: the tables' memory
  // is reused, not allocated anew for each document.
  thread_local SentenceScanner::Scratch scratch;
  FillNameWords(doc.tokens, lexicon_, scratch.name_word);
  // In a headline every word may be capitalized: its verbs are no names
  // ("Envoy Summoned over ...", "Minister Meets ...").
  for (const Sentence& sentence : doc.sentences) {
    if (doc.blocks[sentence.block].kind != BlockKind::kHeadline) continue;
    for (size_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      if (classes.Has(t, Word::kPersonVerb) || classes.Has(t, Word::kSpeechVerb)) scratch.name_word[t] = 0;
    }
  }
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceScanner scanner(*this, doc, s, tally, classes, scratch);
    scanner.Run();
    if (scanner.missed_start() || (check_start_gate_ && scanner.GateMissed())) {
      return Status::Internal("a recognizer pattern matched where MayStart or its own gate said none can, in " +
                              std::string("sentence ") + std::to_string(s) + " of " + doc.id);
    }
  }
  ShareListTitles(office_plurals_, doc);
  SecondPass(doc);
  return Status::Ok();
}

}  // namespace diplograph