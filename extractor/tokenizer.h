// Tokens within sentences.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractor/lexicon.h"
#include "extractor/stage.h"
#include "extractor/token_text.h"
#include "extractor/vocabulary.h"

namespace diplograph {

// Tokens and the bytes they view, kept together (moving keeps the views valid).
struct Tokenized {
  TokenText text;
  std::vector<Token> tokens;
};

// Fills doc.tokens (replacing any) and every sentence's token range. Each
// Token's span points into the original text; Token::text is the surface with
// typography folded: ‘ ’ -> ', “ ” -> ", en and em dashes and "--" -> "--",
// "…" and "..." -> "...", U+2010/U+2011 hyphens -> "-".
//
// Rules, in the order they are tried at each position:
//   - a form in conventions.abbreviations (longest match, case-sensitive) is
//     one token, period included: "Mr.", "Sept.", "S.", "U.S.";
//   - an initialism of single letters and periods is one token: "N.K.";
//   - a capital initial and its period is one token ("J."), except at the
//     very end of a sentence ("Plan B." -> "B" ".");
//   - a number keeps inner commas and periods: "1,000", "3.5";
//   - a word is a run of letters, digits and combining marks; a final "n"
//     before 't becomes the clitic "n't" ("doesn't" -> "does" "n't");
//   - an apostrophe that joins a word to s, re, ve, ll, d or m and nothing
//     more starts a clitic token, lower-cased: "'s", "'re" ("Russia's" ->
//     "Russia" "'s"); any other apostrophe is "'" ("countries'" -> "countries"
//     "'", "O'Brien" -> "O" "'" "Brien");
//   - every other character is a token of its own ("Do-hoon" -> "Do" "-"
//     "hoon", with space_before false on "-" and "hoon").
// space_before is true when whitespace precedes the token or it opens the
// sentence.
//
// With a vocabulary, each token is stamped with the number of its lower-case
// form (Token::word) and the document with the vocabulary (see vocabulary.h).
//
// Holds a reference to `conventions`, and a pointer to the vocabulary, which
// must outlive the stage; safe to share between threads.
class Tokenizer : public Stage {
 public:
  explicit Tokenizer(const TextConventions& conventions, const Vocabulary* vocabulary = nullptr)
      : conventions_(conventions), vocabulary_(vocabulary) {}

  std::string_view name() const override { return "tokenize"; }
  Status Process(Document& doc) const override;

  // Appends the tokens of text[span] to `out`; spans index into `text`,
  // and the tokens view it, which must outlive them.
  void TokenizeSpan(const TokenText& text, Span span, std::vector<Token>& out) const;
  // The tokens of a whole string, with the bytes they view.
  Tokenized Tokenize(std::string_view text) const;
  // The folded texts of those tokens, e.g. a lexicon name's words to match against text.
  std::vector<std::string> Words(std::string_view text) const;

 private:
  const TextConventions& conventions_;
  const Vocabulary* vocabulary_;
};

}  // namespace diplograph
