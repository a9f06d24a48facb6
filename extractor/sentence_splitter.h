// Sentence boundaries within the headline and body blocks.
#pragma once

#include <string_view>
#include <vector>

#include "extractor/lexicon.h"
#include "extractor/stage.h"

namespace diplograph {

// Fills doc.sentences (replacing any) for every kBody and kHeadline block, in
// text order: each span trimmed of surrounding whitespace, with its block
// index; token ranges are left for the tokenizer.
//
// A sentence ends after . ! ? or an ellipsis, together with any further
// terminal marks and closing quotes or brackets (." .” ?" .)), when
// whitespace follows and then an upper-case or caseless letter, a digit, an
// opening quote or bracket, or a dash and a capital ("— Agencies"). A period
// does not end a sentence after
//   - a form in conventions.abbreviations, matched case-sensitively ("Mr.",
//     "Sept.", "S.", "U.S."),
//   - a single capital initial ("J."),
//   - an initialism of single letters and periods ("N.K.", "a.m."),
// except that an initialism is taken as sentence-final when the next word is
// one of a closed class of sentence openers ("... in the U.S. He said").
// Known limitation: any other abbreviation that really ends a sentence ("...
// met Gen. Kim's staff in Sept. The next day ...") is not split there.
//
// Inside a double-quoted passage that closes within the block and is short
// (a quotation, not a misread quote mark), full stops do not split, so that
// '"We warned them. We will act," he said.' stays one sentence with its
// speaker; a new sentence after the quotation ('... he said. "We ...')
// splits as usual.
//
// A sentence longer than 2048 bytes is cut into pieces at spaces (at the
// limit where there is none), so that no "sentence" is unbounded.
//
// Runs in time linear in the length of each block, whatever its punctuation.
// Holds a reference to `conventions`, which must outlive the stage; safe to
// share between threads.
class SentenceSplitter : public Stage {
 public:
  explicit SentenceSplitter(const TextConventions& conventions) : conventions_(conventions) {}

  std::string_view name() const override { return "split"; }
  Status Process(Document& doc) const override;

 private:
  void SplitBlock(const Document& doc, size_t block, std::vector<Sentence>& out) const;
  // True when the '.' at `period` closes an abbreviation or initial.
  bool EndsAbbreviation(std::string_view text, size_t block_begin, size_t period, bool* initialism) const;

  const TextConventions& conventions_;
};

}  // namespace diplograph
