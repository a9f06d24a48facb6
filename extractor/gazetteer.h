// Longest-match lookup of known names over tokens. Built once from the
// lexicon; immutable and thread-safe afterwards.
//
// Names match as written (case-sensitively, so "Chad" the country is not
// "chad"), and in all capitals as datelines and headlines write them;
// abbreviations ("US", "ROK") match only as written.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractor/document.h"
#include "extractor/lexicon.h"
#include "extractor/phrase_trie.h"
#include "extractor/word_set.h"

namespace diplograph {

struct GazetteerHit {
  size_t entity = 0;  // index into Lexicon::entities
  MentionKind kind = MentionKind::kName;  // kName, kCapital or kDemonym
  size_t length = 0;  // tokens matched
};

class Gazetteer {
 public:
  // `tokenize` turns a lexicon form into token texts the way documents are tokenized.
  using TokenizeFn = std::function<std::vector<std::string>(std::string_view)>;
  Gazetteer(const Lexicon& lexicon, const TokenizeFn& tokenize);

  // The longest known name starting at tokens[i], not reaching past `end`.
  std::optional<GazetteerHit> Match(const std::vector<Token>& tokens, size_t i, size_t end) const;
  // Whether some name starts with the token text `word`: false means Match
  // finds nothing there.
  bool MayStart(std::string_view word) const { return names_.Starts(word); }
  // The lower-case forms of the words names start with: a token whose
  // lower-case form is none of them starts no name, which a caller holding
  // word classes by number can tell without hashing the token's text.
  WordSet LowerStarts() const;

 private:
  void Add(const std::vector<std::string>& words, GazetteerHit hit, int priority);
  void AddSurnames(const Lexicon& lexicon, const TokenizeFn& tokenize);

  struct Entry {
    GazetteerHit hit;
    int priority;
  };
  PhraseTrie<Entry> names_;  // every name as its token texts
  // A known person's surname standing alone ("Macron said") is theirs, but
  // not inside another name ("Kamala Harris", "Martin Griffiths"): a surname
  // hit next to a capitalized word is dropped unless that word is a title
  // ("President Macron").
  bool InsideAnotherName(const std::vector<Token>& tokens, size_t i, size_t end) const;
  WordSet surnames_;     // surname-only keys, as written
  WordSet title_words_;  // lower-cased words of offices, their modifiers and honorifics
};

}  // namespace diplograph
