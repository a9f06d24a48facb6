#include "extractor/tokenizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#include "extractor/utf8.h"

namespace diplograph {

namespace {

// The longest abbreviation tried; listed forms are far shorter.
constexpr size_t kMaxAbbreviationBytes = 16;

// What IsSpace and IsWordChar say of each ASCII byte.
enum class AsciiClass : uint8_t { kOther, kSpace, kWord };
constexpr std::array<AsciiClass, 128> kAsciiClasses = [] {
  std::array<AsciiClass, 128> classes{};
  for (char32_t b = 0; b < 128; ++b) {
    if (IsSpace(b)) classes[b] = AsciiClass::kSpace;
    if (IsWordChar(b)) classes[b] = AsciiClass::kWord;
  }
  return classes;
}();

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == U'\u2019'; }

bool IsWordCharAt(std::string_view text, size_t pos, size_t end) {
  return pos < end && IsWordChar(DecodeAt(text, pos).code_point);
}

constexpr uint64_t kEachByte = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// The high bit of each byte of `chunk` that is an ASCII letter or digit.
// Range tests on all eight bytes at once: with the high bits cleared first
// no byte carries into the next, and bytes that had one (UTF-8) are left
// out at the end.
uint64_t AsciiAlnumBytes(uint64_t chunk) {
  const uint64_t low7 = chunk & ~kHighBits;
  auto in_range = [](uint64_t x, unsigned lo, unsigned hi) {
    return (x + kEachByte * (0x80 - lo)) & ~(x + kEachByte * (0x7F - hi)) & kHighBits;
  };
  return (in_range(low7 | kEachByte * 0x20, 'a', 'z') | in_range(low7, '0', '9')) & ~chunk;
}

static_assert(std::endian::native == std::endian::little);  // the first byte of a chunk is the lowest

// Where the run of word characters starting at `pos` ends, if it ends
// with an ASCII byte within the eight bytes from `pos`: most words. Else
// npos.
inline size_t ShortWordRunEnd(std::string_view text, size_t pos, size_t end) {
  constexpr size_t kUnknown = std::string_view::npos;
  if (pos + 8 > end) return kUnknown;
  uint64_t chunk;
  std::memcpy(&chunk, text.data() + pos, 8);
  const uint64_t stops = ~AsciiAlnumBytes(chunk) & kHighBits;
  if (stops == 0) return kUnknown;
  const size_t stop = pos + static_cast<size_t>(std::countr_zero(stops)) / 8;
  return static_cast<unsigned char>(text[stop]) < 0x80 ? stop : kUnknown;
}

// The end of the run of word characters starting at `pos`. Eight ASCII
// bytes are judged at a time; other characters are decoded.
size_t LongWordRunEnd(std::string_view text, size_t pos, size_t end) {
  while (pos + 8 <= end) {
    uint64_t chunk;
    std::memcpy(&chunk, text.data() + pos, 8);
    const uint64_t stops = ~AsciiAlnumBytes(chunk) & kHighBits;
    if (stops == 0) {
      pos += 8;
      continue;
    }
    pos += static_cast<size_t>(std::countr_zero(stops)) / 8;
    if (static_cast<unsigned char>(text[pos]) < 0x80) return pos;
    break;  // a multibyte character, which may continue the word
  }
  while (pos < end) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if (!IsWordChar(b)) break;
      ++pos;
      continue;
    }
    const DecodedChar c = DecodeMultibyte(text, pos);
    if (!IsWordChar(c.code_point)) break;
    pos += c.length;
  }
  return pos;
}

// The end of the run of word characters starting at `pos`: the short case
// inline, since it comes for nearly every word.
inline size_t WordRunEnd(std::string_view text, size_t pos, size_t end) {
  const size_t short_end = ShortWordRunEnd(text, pos, end);
  return short_end != std::string_view::npos ? short_end : LongWordRunEnd(text, pos, end);
}

bool IsAsciiDigitAt(std::string_view text, size_t pos, size_t end) {
  return pos < end && text[pos] >= '0' && text[pos] <= '9';
}

// "1,000", "3.5", "1,000.50"; then any letters stuck to it ("5th", "1990s").
size_t NumberEnd(std::string_view text, size_t pos, size_t end) {
  while (IsAsciiDigitAt(text, pos, end)) ++pos;
  while (pos + 1 < end && (text[pos] == ',' || text[pos] == '.') && IsAsciiDigitAt(text, pos + 1, end)) {
    pos += 1;
    while (IsAsciiDigitAt(text, pos, end)) ++pos;
  }
  return WordRunEnd(text, pos, end);
}

// Single letters each followed by a period, at least two: the end of "N.K."
// or `pos` when there is none.
size_t InitialismEnd(std::string_view text, size_t pos, size_t end) {
  size_t p = pos;
  size_t letters = 0;
  while (p < end) {
    const DecodedChar c = DecodeAt(text, p);
    if (!IsLetter(c.code_point) || p + c.length >= end || text[p + c.length] != '.') break;
    ++letters;
    p += c.length + 1;
    if (!IsWordCharAt(text, p, end)) break;
  }
  return letters >= 2 ? p : pos;
}

// Only closing quotes and brackets between `pos` and the end of the span.
bool OnlyClosersUntilEnd(std::string_view text, size_t pos, size_t end) {
  while (pos < end) {
    const DecodedChar c = DecodeAt(text, pos);
    const char32_t cp = c.code_point;
    if (!(cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == U'\u201D' || cp == U'\u2019'))
      return false;
    pos += c.length;
  }
  return true;
}

// Where the single quotation mark opened at `open` (an apostrophe or U+2018
// before a word, after a space) closes: the first apostrophe later on the
// same line after a letter, digit or sentence mark and before no word
// character ("'calmly' accepts", "'We reject it,' she said"); npos when
// none closes it there, and the mark stays an apostrophe. British and many
// Asian outlets quote speech this way.
size_t SingleQuoteClose(std::string_view text, size_t open, size_t end) {
  constexpr size_t kMaxQuoteBytes = 1000;
  const size_t limit = std::min(end, open + kMaxQuoteBytes);
  for (size_t p = open + 1; p < limit; ++p) {
    const char b = text[p];
    if (b == '\n') return std::string_view::npos;
    if (b != '\'' && b != '\xE2') continue;
    const DecodedChar c = DecodeAt(text, p);
    if (!IsApostrophe(c.code_point)) continue;
    const auto before = static_cast<unsigned char>(text[p - 1]);
    const bool after_word = (before >= 0x80 || kAsciiClasses[before] == AsciiClass::kWord || before == '.' || before == ',' ||
                             before == '!' || before == '?');
    if (after_word && !IsWordCharAt(text, p + c.length, end)) return p;
  }
  return std::string_view::npos;
}

// The token of a clitic ("'s", "'re", "'ve", "'ll", "'d", "'m") whose
// letters, lower-cased, are `lower`; empty when it is none.
std::string_view CliticToken(std::string_view lower) {
  for (std::string_view clitic : {"'s", "'re", "'ve", "'ll", "'d", "'m"}) {
    if (lower == clitic.substr(1)) return clitic;
  }
  return {};
}

// The folded text of a punctuation token, or empty when it is its surface.
std::string_view FoldPunctuation(char32_t cp) {
  switch (cp) {
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u201B':
      return "'";
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u201F':
      return "\"";
    case U'\u2013':
    case U'\u2014':
    case U'\u2015':
      return "--";
    case U'\u2010':
    case U'\u2011':
      return "-";
    case U'\u2026':
      return "...";
    default:
      return {};
  }
}

}  // namespace

void Tokenizer::TokenizeSpan(const TokenText& source, Span span, std::vector<Token>& out) const {
  const std::string_view text = source.Text();
  const std::string_view lower_text = source.Lower();
  const size_t end = std::min(span.end, text.size());
  bool space = true;
  size_t pos = span.begin;
  size_t quote_close = std::string_view::npos;  // where an open single quotation closes
  // A token views its bytes in `source`, or a folded form (a static string,
  // lower-case already): nothing is copied. (Always inlined, GCC's and
  // Clang's attribute: left to calls, the two levels of them cost as much
  // as the rest of the token's work.)
  auto emit_as = [&](size_t begin, size_t finish, std::string_view text_form, std::string_view lower_form)
                     __attribute__((always_inline)) {
    Token& token = out.emplace_back();
    token.span = Span{begin, finish};
    token.text = text_form;
    token.lower = lower_form;
    if (vocabulary_) token.word = vocabulary_->NumberOf(lower_form);
    token.space_before = space;
    space = false;
    pos = finish;
  };
  auto emit = [&](size_t begin, size_t finish) __attribute__((always_inline)) {
    emit_as(begin, finish, text.substr(begin, finish - begin), lower_text.substr(begin, finish - begin));
  };
  auto emit_folded = [&](size_t begin, size_t finish, std::string_view folded) {
    emit_as(begin, finish, folded, folded);
  };

  while (pos < end) {
    // An ASCII byte (nearly every one) is classed by a table lookup, in
    // place of decoding it and comparing it with ranges; other characters
    // are decoded.
    const auto byte = static_cast<unsigned char>(text[pos]);
    DecodedChar c;
    bool word_char;
    if (byte < 0x80) {
      const AsciiClass k = kAsciiClasses[byte];
      if (k == AsciiClass::kSpace) {
        space = true;
        ++pos;
        continue;
      }
      c = {byte, 1, true};
      word_char = k == AsciiClass::kWord;
    } else {
      c = DecodeMultibyte(text, pos);
      if (IsNonAsciiSpace(c.code_point)) {
        space = true;
        pos += c.length;
        continue;
      }
      word_char = IsNonAsciiWordChar(c.code_point);
    }
    const char32_t cp = c.code_point;
    const size_t start = pos;

    if (word_char) {
      // The run of word characters from here: the word itself, unless one
      // of the rules below takes more or less.
      const size_t run_end = WordRunEnd(text, start, end);
      // A listed abbreviation, longest first: letters and periods only. The
      // first period the search can reach ends the run of word characters,
      // and most runs end otherwise: then there is nothing to look up.
      size_t best = start;
      const bool period_in_reach = run_end < end && text[run_end] == '.' && run_end - start < kMaxAbbreviationBytes;
      for (size_t p = start; period_in_reach && p < end && p - start < kMaxAbbreviationBytes;) {
        const DecodedChar d = DecodeAt(text, p);
        if (d.code_point == '.') {
          if (conventions_.abbreviations.Contains(text.substr(start, p + 1 - start))) best = p + 1;
        } else if (!IsLetter(d.code_point) && !IsWordContinuer(d.code_point)) {
          break;
        }
        p += d.length;
      }
      if (best > start) {
        emit(start, best);
        continue;
      }
      // An initialism and a capital initial both start with one character
      // and a period: most words are longer, and skip both tests.
      const bool one_before_period = period_in_reach && run_end == start + c.length;
      if (const size_t initialism = one_before_period ? InitialismEnd(text, start, end) : start; initialism > start) {
        emit(start, initialism);
        continue;
      }
      // A capital initial: "J." unless the period ends the sentence.
      if (one_before_period && IsUpper(cp) && !IsWordCharAt(text, start + c.length + 1, end) &&
          !OnlyClosersUntilEnd(text, start + c.length + 1, end)) {
        emit(start, start + c.length + 1);
        continue;
      }
      if (IsDigit(cp)) {
        const size_t finish = NumberEnd(text, start, end);
        emit(start, finish);
        continue;
      }
      size_t finish = run_end;
      // "doesn't" -> "does" "n't": the n leaves the word.
      if (finish - start > 1 && (text[finish - 1] == 'n' || text[finish - 1] == 'N') && finish < end) {
        const DecodedChar apostrophe = DecodeAt(text, finish);
        const size_t t = finish + apostrophe.length;
        if (IsApostrophe(apostrophe.code_point) && t < end && (text[t] == 't' || text[t] == 'T') &&
            !IsWordCharAt(text, t + 1, end)) {
          emit(start, finish - 1);
          emit_folded(finish - 1, t + 1, "n't");
          continue;
        }
      }
      // "O'Brien", "Mata'afa", "N'Djamena": an apostrophe inside a
      // capitalised name is part of it, unless a clitic follows ("Iran's").
      if (IsUpper(cp) && finish < end) {
        const DecodedChar apostrophe = DecodeAt(text, finish);
        const size_t after = finish + apostrophe.length;
        if (IsApostrophe(apostrophe.code_point) && IsWordCharAt(text, after, end)) {
          const size_t tail = WordRunEnd(text, after, end);
          if (CliticToken(lower_text.substr(after, tail - after)).empty()) finish = tail;
        }
      }
      emit(start, finish);
      continue;
    }

    // A pair of single quotation marks is folded to double ones, which the
    // later stages read as quotation.
    if (start == quote_close) {
      emit_folded(start, start + c.length, "\"");
      quote_close = std::string_view::npos;
      continue;
    }
    if ((IsApostrophe(cp) || cp == U'\u2018') && space && quote_close == std::string_view::npos &&
        IsWordCharAt(text, start + c.length, end)) {
      if (const size_t close = SingleQuoteClose(text, start, end); close != std::string_view::npos) {
        emit_folded(start, start + c.length, "\"");
        quote_close = close;
        continue;
      }
    }
    // A clitic after a word: "'s", "'re", "'ll".
    if (IsApostrophe(cp) && !space && !out.empty() && out.back().span.end == start && out.back().IsWord()) {
      const size_t letters = start + c.length;
      const size_t finish = WordRunEnd(text, letters, end);
      if (const std::string_view clitic = CliticToken(lower_text.substr(letters, finish - letters)); !clitic.empty()) {
        emit_folded(start, finish, clitic);
        continue;
      }
    }
    // "--", "---": one dash token.
    if (cp == '-' && start + 1 < end && text[start + 1] == '-') {
      size_t finish = start;
      while (finish < end && text[finish] == '-') ++finish;
      emit_folded(start, finish, "--");
      continue;
    }
    // "...": one ellipsis token.
    if (cp == '.' && start + 2 < end && text[start + 1] == '.' && text[start + 2] == '.') {
      size_t finish = start;
      while (finish < end && text[finish] == '.') ++finish;
      emit_folded(start, finish, "...");
      continue;
    }
    if (const std::string_view folded = FoldPunctuation(cp); !folded.empty()) {
      emit_folded(start, start + c.length, folded);
    } else {
      emit(start, start + c.length);
    }
  }
}

Tokenized Tokenizer::Tokenize(std::string_view text) const {
  Tokenized out{TokenText(text), {}};
  out.tokens.reserve(text.size() / 4 + 4);  // (see EstimatedTokens): lexicon forms are tokenized by the thousand
  TokenizeSpan(out.text, Span{0, text.size()}, out.tokens);
  return out;
}

std::vector<std::string> Tokenizer::Words(std::string_view text) const {
  const Tokenized tokenized = Tokenize(text);
  std::vector<std::string> words;
  words.reserve(tokenized.tokens.size());
  for (const Token& t : tokenized.tokens) words.emplace_back(t.text);
  return words;
}

// Room for the tokens of a document, so that the vector rarely grows:
// English news runs at about one token per five bytes.
static size_t EstimatedTokens(const Document& doc) {
  size_t bytes = 0;
  for (const Sentence& sentence : doc.sentences) bytes += sentence.span.empty() ? 0 : sentence.span.size();
  return std::min(bytes, doc.text.size()) / 4 + 16;
}

Status Tokenizer::Process(Document& doc) const {
  doc.tokens.clear();
  doc.tokens.reserve(EstimatedTokens(doc));
  doc.token_text = TokenText(doc.text);
  doc.vocabulary = vocabulary_;
  for (Sentence& sentence : doc.sentences) {
    if (sentence.span.end > doc.text.size()) {
      return Status::Internal("a sentence ends past the text of document " + doc.id);
    }
    sentence.token_begin = doc.tokens.size();
    TokenizeSpan(doc.token_text, sentence.span, doc.tokens);
    sentence.token_end = doc.tokens.size();
  }
  return Status::Ok();
}

}  // namespace diplograph
