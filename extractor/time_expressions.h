// Date expressions in running text ("on Tuesday", "June 19, 2024", "last
// week") and the calendar day each one fixes, relative to the publication
// date. Month names, weekdays and relative words are English grammar and live
// here as tables; nothing about the world does.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "extractor/stage.h"
#include "extractor/vocabulary.h"
#include "extractor/word_classes.h"

namespace diplograph {

// 1..12 for an English month name or its abbreviation, with or without a
// final period, in any case: "June", "JUNE", "Jun", "Jun.", "Sept." -> 9.
std::optional<int> MonthFromWord(std::string_view word);

// 0 (Monday) .. 6 (Sunday) for an English weekday name, in any case. With
// `allow_abbreviation`, also "Tue", "Tues.", "Thu", "Thurs." and the like;
// running text should not allow them ("Wed" is also a verb).
std::optional<int> WeekdayFromWord(std::string_view word, bool allow_abbreviation);

// Finds date expressions in the tokens of every sentence and fills
// doc.times, in text order and without overlaps. Grounding:
//   - explicit dates ("June 19, 2024", "2024-06-19", "19 June 2024") always;
//   - month and day without a year take the publication year, or the year
//     before when that would put the day more than 31 days after publication
//     (but the year after when that lands within 31 days: "Jan. 3" in a
//     late-December article); in a future clause (below), the first such day
//     on or after publication;
//   - "yesterday", "today", "tomorrow", "N days ago" count from publication;
//   - a bare weekday is the latest such day on or before publication (news
//     reports the past) unless its clause looks ahead ("will", "would",
//     "is to", "to take effect", "from Monday", "by Friday", "starting",
//     "scheduled to"; for a weekday or date opening the sentence, also a
//     "will" after it before any past-tense verb): then the first such day
//     after publication ("later on Friday": on or after);
//   - "last Friday" is the latest Friday strictly before publication, "next
//     Monday" the first Monday strictly after it;
//   - "last week", "earlier this month", "in 1996", "in June" are found with
//     no day (date nullopt).
// Without a publication date only expressions with an explicit year ground.
// Needs the tokenizer's output. Immutable once built; safe to share between
// threads.
class TimeExpressionFinder : public Stage {
 public:
  // With a vocabulary, the words the scan tests every token against are
  // added to it, so that tokens it numbers are tested by number (see
  // word_classes.h) instead of by comparing their text.
  explicit TimeExpressionFinder(Vocabulary* vocabulary = nullptr);

  std::string_view name() const override { return "times"; }
  Status Process(Document& doc) const override;

  // The words that let an expression start or anchor one at a token.
  enum class Gate : uint8_t {
    kOpener,        // lower-case words an expression may open with ("on", "last", "in")
    kAnchorWord,    // relative words ending one ("yesterday", "ago", "week")
    kCalendarName,  // month and weekday names, when capitalized
  };

 private:
  WordClassTable<Gate> gates_;
};

}  // namespace diplograph
