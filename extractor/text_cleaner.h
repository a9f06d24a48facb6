// The first stage: splits a scraped article into lines and tells the running
// text from the page around it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extractor/date.h"
#include "extractor/lexicon.h"
#include "extractor/stage.h"
#include "extractor/substring_set.h"

namespace diplograph {

// Fills doc.blocks with one Block per non-blank line (LF, CRLF or CR ends a
// line), its span trimmed of surrounding whitespace, classified as
//   kFurniture  page furniture: a whole line listed in conventions.furniture
//               (ignoring case and surrounding symbols, or as a "Label:"
//               prefix), navigation trails ("Home | World | Asia"), copyright
//               notices, weather, lines without letters, bylines, captions
//               (a conventions.caption_markers substring), date lines, lines
//               of fewer than four words without sentence-final punctuation,
//               a repeat of an earlier headline or body line, and title-like
//               lines that follow furniture once the body has begun (lists of
//               related stories);
//   kHeadline   a title-like line (four to thirty words, no sentence-final
//               punctuation) before the first body line;
//   kBody       the rest. A dateline opening a body line ("SEOUL (Reuters) -",
//               "Seoul:", "WASHINGTON, June 3 (AP) —") is left out of its span.
// Sets doc.published, unless already set, from the first date line among the
// first twelve non-blank lines ("June 21, 2024", "Published: 2024-06-21",
// "Saturday, September 23, 2023 | ..."), preferring a publication date to an
// "Updated" one.
//
// Holds a reference to `conventions`, which must outlive the stage. Process
// is const and the stage is safe to share between threads.
class TextCleaner : public Stage {
 public:
  explicit TextCleaner(const TextConventions& conventions)
      : conventions_(conventions), caption_markers_(conventions.caption_markers.forms()) {}

  std::string_view name() const override { return "clean"; }
  Status Process(Document& doc) const override;

 private:
  // What Process already knows about a line, so that the checks do not
  // work it out again.
  struct LineFacts {
    std::string_view line;
    std::string_view rest;  // `line` without its dateline, if any
    size_t line_words = 0;  // words of `line`, counted up to 31
    size_t rest_words = 0;  // words of `rest`, counted up to 31
  };
  // `lowered` is a buffer to reuse, not an input.
  bool IsFurnitureLine(const LineFacts& facts, std::string& lowered) const;

  const TextConventions& conventions_;
  SubstringSet caption_markers_;  // conventions_.caption_markers, searched in one pass
};

// The date of a line that is only a date, with an optional time and zone, an
// optional "Published:"/"Updated"/"Posted" label, and optional short parts
// separated by "|" ("June 21, 2024 | 3 min read"); nullopt for any other line.
// Needs an explicit year: "21 June 2024", "Sept. 5, 2024", "2024-06-21",
// "Jun 21, 2024 10:31 KST", "21.06.2024".
std::optional<Date> ParseDateLine(std::string_view line);

// The number of bytes of `line` (already trimmed) taken by a dateline and the
// separator and spaces after it, or 0 when the line opens with none.
size_t DatelineLength(std::string_view line);

}  // namespace diplograph
