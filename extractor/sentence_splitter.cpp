#include "extractor/sentence_splitter.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "extractor/utf8.h"
#include "extractor/word_set.h"

namespace diplograph {

namespace {

// An abbreviation is a short word; looking further back would make a long
// run without spaces quadratic.
constexpr size_t kMaxAbbreviationBytes = 40;
// Quotation marks further apart than this are more likely mismatched than a
// quotation, so full stops between them split as usual.
constexpr size_t kMaxQuotationBytes = 600;

bool IsTerminal(char32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == U'\u2026'; }

bool IsClosing(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == U'\u201D' || cp == U'\u2019' ||
         cp == U'\u00BB';
}

bool IsOpening(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == U'\u201C' || cp == U'\u2018' ||
         cp == U'\u00AB';
}

bool IsDashChar(char32_t cp) { return cp == '-' || cp == U'\u2013' || cp == U'\u2014' || cp == U'\u2015'; }

// Words that open a sentence and cannot continue one after "the U.S.":
// English grammar, used to accept a sentence-final initialism.
bool IsSentenceOpener(std::string_view word) {
  static const WordSet kOpeners = {
      "The",       "He",      "She",   "It",  "They", "We",  "I",     "But",       "However",
      "This",      "These",   "Those", "His", "Her",  "Its", "Their", "Our",       "There",
      "Meanwhile", "Earlier", "Later", "In",  "On",   "A",   "An",    "According", "Still"};
  return kOpeners.Contains(word);
}

// "A." "Ž." — one capital letter before the period.
bool IsSingleInitial(std::string_view word) {
  const DecodedChar c = DecodeAt(word, 0);
  return c.length + 1 == word.size() && IsUpper(c.code_point);
}

// Single letters each followed by a period, at least two of them: "U.S.",
// "N.K.", "a.m.".
bool IsInitialism(std::string_view word) {
  size_t letters = 0;
  for (size_t pos = 0; pos < word.size();) {
    const DecodedChar c = DecodeAt(word, pos);
    if (!IsLetter(c.code_point) || pos + c.length >= word.size() || word[pos + c.length] != '.') return false;
    ++letters;
    pos += c.length + 1;
  }
  return letters >= 2;
}

// The first position in [pos, end) holding a byte that is not ASCII or is
// one of `Stops`, or `end`. Every ASCII byte is a character of its own, so
// the scan may skip such bytes without decoding; it tests eight at a time.
template <char... Stops>
size_t SkipPlainAscii(std::string_view text, size_t pos, size_t end) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  // Nonzero when some byte of `word` is zero (exact as to "some").
  auto zero_byte = [](uint64_t word) { return (word - kOnes) & ~word & kHighBits; };
  for (; pos + 8 <= end; pos += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + pos, 8);
    const uint64_t hit = (word & kHighBits) | (zero_byte(word ^ (kOnes * static_cast<unsigned char>(Stops))) | ...);
    if (hit != 0) break;
  }
  for (; pos < end; ++pos) {
    const char b = text[pos];
    if (static_cast<unsigned char>(b) >= 0x80 || ((b == Stops) || ...)) return pos;
  }
  return end;
}

// Which double quotation marks open and which close. A straight quote opens
// at the start or after a space, an opening bracket or a dash, and closes
// elsewhere.
struct QuoteSpan {
  size_t open = 0;   // byte offset of the opening mark
  size_t close = 0;  // byte offset of the closing mark
};

std::vector<QuoteSpan> FindQuotations(std::string_view text, Span block) {
  std::vector<QuoteSpan> spans;
  bool open = false;
  size_t open_at = 0;
  char32_t previous = ' ';
  for (size_t pos = block.begin; pos < block.end;) {
    // Most bytes are ASCII other than '"': each is a character of its own
    // that only becomes `previous`.
    if (const size_t stop = SkipPlainAscii<'"'>(text, pos, block.end); stop > pos) {
      previous = static_cast<unsigned char>(text[stop - 1]);
      pos = stop;
      if (pos >= block.end) break;
    }
    const DecodedChar c = DecodeAt(text, pos);
    bool opens = false;
    bool closes = false;
    if (c.code_point == U'\u201C' || c.code_point == U'\u00AB') {
      opens = true;
    } else if (c.code_point == U'\u201D' || c.code_point == U'\u00BB') {
      closes = true;
    } else if (c.code_point == '"') {
      const bool after_break =
          IsSpace(previous) || previous == '(' || previous == '[' || IsDashChar(previous);
      opens = after_break;
      closes = !after_break;
    }
    if (opens) {
      open = true;  // an earlier unclosed mark is forgotten
      open_at = pos;
    } else if (closes && open) {
      open = false;
      if (pos - open_at <= kMaxQuotationBytes) spans.push_back({open_at, pos});
    }
    previous = c.code_point;
    pos += c.length;
  }
  return spans;
}

// What follows a candidate boundary looks like the start of a sentence.
bool StartsSentence(std::string_view text, size_t pos, size_t end) {
  const DecodedChar c = DecodeAt(text, pos);
  if (IsDigit(c.code_point) || IsOpening(c.code_point)) return true;
  if (IsLetter(c.code_point)) return !IsLower(c.code_point);
  if (IsDashChar(c.code_point)) {
    // "— Agencies", "-- AFP": a dash, a space, a capital.
    size_t p = pos + c.length;
    while (p < end && text[p] == '-') ++p;
    if (p >= end || text[p] != ' ') return false;
    while (p < end && text[p] == ' ') ++p;
    return p < end && IsUpper(DecodeAt(text, p).code_point);
  }
  return false;
}

std::string_view WordAt(std::string_view text, size_t pos, size_t end) {
  size_t p = pos;
  while (p < end) {
    const DecodedChar c = DecodeAt(text, p);
    if (!IsLetter(c.code_point)) break;
    p += c.length;
  }
  return text.substr(pos, p - pos);
}

// A longer "sentence" (a table, a list, text without punctuation) is cut at
// the last space before the limit, or at the limit where there is none: it
// bounds the work per sentence and the evidence every relation in it repeats.
// News sentences stay far below it.
constexpr size_t kMaxSentenceBytes = 2048;

void AddSentence(std::string_view text, Span span, size_t block, std::vector<Sentence>& out) {
  span = TrimSpaces(text, span);
  while (span.size() > kMaxSentenceBytes) {
    // Only the window is searched, so cutting a long run without spaces stays linear.
    const size_t space = text.substr(span.begin, kMaxSentenceBytes + 1).find_last_of(" \t\r\n");
    size_t cut = span.begin + kMaxSentenceBytes;
    if (space != std::string_view::npos && space > 0) {
      cut = span.begin + space;
    } else {
      while ((static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // a character boundary
    }
    AddSentence(text, Span{span.begin, cut}, block, out);
    span = TrimSpaces(text, Span{cut, span.end});
  }
  if (span.empty()) return;
  Sentence s;
  s.span = span;
  s.block = block;
  out.push_back(s);
}

}  // namespace

bool SentenceSplitter::EndsAbbreviation(std::string_view text, size_t block_begin, size_t period,
                                        bool* initialism) const {
  *initialism = false;
  size_t begin = period;
  while (begin > block_begin && period - begin <= kMaxAbbreviationBytes) {
    // An ASCII byte (nearly every one) is a character of its own: no call
    // to find where it starts, nor decoding.
    const auto byte = static_cast<unsigned char>(text[begin - 1]);
    const size_t prev = byte < 0x80 ? begin - 1 : PreviousCharStart(text, begin);
    if (IsSpace(byte < 0x80 ? char32_t{byte} : DecodeAt(text, prev).code_point)) break;
    begin = prev;
  }
  if (period - begin > kMaxAbbreviationBytes) return false;
  // Leading quotes and brackets are not part of the word: ("U.S.
  while (begin < period && IsOpening(DecodeAt(text, begin).code_point)) begin += DecodeAt(text, begin).length;
  const std::string_view word = text.substr(begin, period + 1 - begin);
  if (IsInitialism(word)) {
    *initialism = true;
    return true;
  }
  return conventions_.abbreviations.Contains(word) || IsSingleInitial(word);
}

void SentenceSplitter::SplitBlock(const Document& doc, size_t block, std::vector<Sentence>& out) const {
  const std::string_view text = doc.text;
  const Span span = doc.blocks[block].span;
  const std::vector<QuoteSpan> quotes = FindQuotations(text, span);
  size_t quote = 0;  // the first quotation that does not end before the scan position
  size_t start = span.begin;

  for (size_t pos = span.begin; pos < span.end;) {
    // ASCII other than . ! ? cannot end a sentence; skip it undecoded.
    pos = SkipPlainAscii<'.', '!', '?'>(text, pos, span.end);
    if (pos >= span.end) break;
    const DecodedChar c = DecodeAt(text, pos);
    if (!IsTerminal(c.code_point)) {
      pos += c.length;
      continue;
    }
    // The run of terminal marks and closing quotes or brackets after it. The
    // scan resumes after the run, so every byte is looked at a bounded
    // number of times.
    size_t run_end = pos + c.length;
    bool single_period = c.code_point == '.';
    while (run_end < span.end) {
      const DecodedChar d = DecodeAt(text, run_end);
      if (IsTerminal(d.code_point)) {
        single_period = false;  // "...", "?!"
      } else if (!IsClosing(d.code_point)) {
        break;
      }
      run_end += d.length;
    }
    const size_t candidate = pos;
    pos = run_end;

    size_t next = run_end;
    while (next < span.end) {
      const DecodedChar d = DecodeAt(text, next);
      if (!IsSpace(d.code_point)) break;
      next += d.length;
    }
    if (next == run_end || next >= span.end) continue;
    if (!StartsSentence(text, next, span.end)) continue;

    while (quote < quotes.size() && quotes[quote].close < candidate) ++quote;
    if (quote < quotes.size() && quotes[quote].open < candidate && run_end <= quotes[quote].close) continue;

    if (single_period) {
      bool initialism = false;
      if (EndsAbbreviation(text, span.begin, candidate, &initialism) &&
          !(initialism && IsSentenceOpener(WordAt(text, next, span.end)))) {
        continue;
      }
    }
    AddSentence(text, Span{start, run_end}, block, out);
    start = next;
  }
  AddSentence(text, Span{start, span.end}, block, out);
}

Status SentenceSplitter::Process(Document& doc) const {
  doc.sentences.clear();
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const BlockKind kind = doc.blocks[b].kind;
    if (kind != BlockKind::kBody && kind != BlockKind::kHeadline) continue;
    if (doc.blocks[b].span.end > doc.text.size()) {
      return Status::Internal("block " + std::to_string(b) + " ends past the text of document " + doc.id);
    }
    SplitBlock(doc, b, doc.sentences);
  }
  return Status::Ok();
}

}  // namespace diplograph
