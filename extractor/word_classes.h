// Word classes per token. A pattern that asks "is this token a preposition,
// a speech verb, a number word?" used to hash the token's lower-case form
// into set after set; a WordClassTable merges those sets into one, mapping
// each form to the bitmask of the classes holding it, and TokenClasses looks
// every token of a document up once, so each question is a bit test. In a
// pipeline the tokenizer has numbered the tokens already (vocabulary.h), and
// a table bound to that vocabulary maps numbers to classes with no lookup.
//
// `Class` is an enum (class) whose enumerators are 0..63, one per set. Only
// sets that are asked about with a token's lower-case form belong here.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extractor/document.h"
#include "extractor/vocabulary.h"
#include "extractor/word_set.h"

namespace diplograph {

template <typename Class>
class WordClassTable {
 public:
  using Mask = uint64_t;

  // Every form of `set` (the empty form too) now belongs to class `c`.
  void Add(Class c, const WordSet& set) {
    const Mask bit = BitOf(c);
    for (const std::string& form : set.forms()) {
      forms_.Add(form);
      const size_t index = forms_.IndexOf(form);
      if (index >= masks_.size()) masks_.resize(index + 1, 0);
      masks_[index] |= bit;
    }
    if (set.Contains("")) empty_mask_ |= bit;
  }

  // The classes `form` belongs to, as a bitmask (0 for none).
  Mask ClassesOf(std::string_view form) const {
    if (form.empty()) return empty_mask_;
    const size_t index = forms_.IndexOf(form);
    return index == WordSet::kNotFound ? 0 : masks_[index];
  }

  // Adds every form of the table to `vocabulary` and keeps the classes of
  // its words by number, for the documents its tokenizer numbers. Forms
  // added to it later are in no class of this table.
  void Bind(Vocabulary& vocabulary) {
    for (const std::string& form : forms_.forms()) vocabulary.Add(form);
    vocabulary_ = &vocabulary;
    by_number_.clear();
    for (const std::string& form : vocabulary.forms()) by_number_.push_back(ClassesOf(form));
  }

  // The classes of a token numbered by `vocabulary` (null when none did).
  Mask ClassesOfToken(const Token& t, const Vocabulary* vocabulary) const {
    if (vocabulary == nullptr || vocabulary != vocabulary_ || t.lower.empty()) return ClassesOf(t.lower);
    return t.word < by_number_.size() ? by_number_[t.word] : 0;
  }

  // ClassesOfToken of each of `tokens`, into out[0, tokens.size()): which
  // way to look them up is decided once, not at every token.
  void ClassesOfTokens(const std::vector<Token>& tokens, const Vocabulary* vocabulary, Mask* out) const {
    if (vocabulary == nullptr || vocabulary != vocabulary_) {
      for (size_t k = 0; k < tokens.size(); ++k) out[k] = ClassesOf(tokens[k].lower);
      return;
    }
    const size_t numbered = by_number_.size();
    for (size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      out[k] = t.lower.empty() ? empty_mask_ : t.word < numbered ? by_number_[t.word] : 0;
    }
  }

  static Mask BitOf(Class c) { return Mask{1} << static_cast<unsigned>(c); }

 private:
  WordSet forms_;            // every form of every class
  std::vector<Mask> masks_;  // by index in forms_.forms()
  Mask empty_mask_ = 0;
  const Vocabulary* vocabulary_ = nullptr;  // see Bind
  std::vector<Mask> by_number_;             // by number in *vocabulary_
};

// The classes of each token's lower-case form (Token::lower), by token index.
// Tokens numbered by the vocabulary the table is bound to (see Document::
// vocabulary) are looked up by number, others by their form.
template <typename Class>
class TokenClasses {
 public:
  using Mask = typename WordClassTable<Class>::Mask;

  TokenClasses(const WordClassTable<Class>& table, const std::vector<Token>& tokens,
               const Vocabulary* vocabulary = nullptr)
      : TokenClasses(table, tokens, vocabulary, owned_) {}
  // The same, the masks kept in `storage`, which must outlive this: a
  // stage keeps one per thread, so that each document does not allocate
  // (and free) a large block for them.
  TokenClasses(const WordClassTable<Class>& table, const std::vector<Token>& tokens, const Vocabulary* vocabulary,
               std::vector<Mask>& storage) {
    storage.resize(tokens.size());
    table.ClassesOfTokens(tokens, vocabulary, storage.data());
    masks_ = storage.data();
  }
  // (Views its masks, which may be its own.)
  TokenClasses(const TokenClasses&) = delete;
  TokenClasses& operator=(const TokenClasses&) = delete;

  bool Has(size_t token, Class c) const { return (masks_[token] & WordClassTable<Class>::BitOf(c)) != 0; }
  // Whether the token's form is in any class at all (most words are in none).
  bool Any(size_t token) const { return masks_[token] != 0; }

 private:
  std::vector<Mask> owned_;
  const Mask* masks_ = nullptr;
};

}  // namespace diplograph
