#include "extractor/utf8.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace diplograph {
namespace {

char32_t First(std::string_view s) { return DecodeAt(s, 0).code_point; }

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ASCII"));
  EXPECT_TRUE(IsValidUtf8(
      "Z\xC3\xBCrich, H\xC3\xA0 N\xE1\xBB\x99i, \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"));
  EXPECT_TRUE(IsValidUtf8("\xED\x95\x9C\xEA\xB5\xAD \xE4\xB8\xAD\xE5\x9B\xBD \xF0\x9F\x98\x80"));
  EXPECT_TRUE(IsValidUtf8("\xEF\xBF\xBD"));  // U+FFFD itself is valid
}

TEST(Utf8Test, RejectsMalformedSequences) {
  EXPECT_FALSE(IsValidUtf8("\x80"));              // lone continuation byte
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));      // overlong, three bytes
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate U+D800
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xE2\x80"));          // truncated at the end
  EXPECT_FALSE(IsValidUtf8("ab\xFF"));
}

TEST(Utf8Test, RepairReplacesEachMaximalInvalidSubpart) {
  EXPECT_EQ(RepairUtf8("Seoul"), "Seoul");
  EXPECT_EQ(RepairUtf8("a\xFF"
                       "b"),
            "a\xEF\xBF\xBD"
            "b");
  // A truncated three-byte sequence is one replacement, not two.
  EXPECT_EQ(RepairUtf8("\xE2\x80x"), "\xEF\xBF\xBDx");
  EXPECT_EQ(RepairUtf8("\xF0\x9F\x98"
                       "A"),
            "\xEF\xBF\xBD"
            "A");
  EXPECT_EQ(RepairUtf8("\xE2\x80"), "\xEF\xBF\xBD");
  // Two stray continuation bytes are two replacements.
  EXPECT_EQ(RepairUtf8("\x80\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  const std::string repaired = RepairUtf8("Z\xFCrich \xC3\xA9t\xE9");  // Latin-1 mixed with UTF-8
  EXPECT_TRUE(IsValidUtf8(repaired));
  EXPECT_EQ(repaired, "Z\xEF\xBF\xBDrich \xC3\xA9t\xEF\xBF\xBD");
}

TEST(Utf8Test, LooksBinary) {
  EXPECT_FALSE(LooksBinary(""));
  EXPECT_FALSE(LooksBinary("Line one\r\nLine two\n\tindented\f"));
  EXPECT_TRUE(LooksBinary(std::string("text\0more", 9)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04 header"));
  // One stray control character in a long text is not binary.
  EXPECT_FALSE(LooksBinary("A long enough line of ordinary prose with a stray \x07 bell in it."));
  // Bytes are checked eight at a time: a NUL or DEL at any offset counts.
  for (size_t at = 0; at < 24; ++at) {
    std::string text(24, 'a');
    text[at] = '\0';
    EXPECT_TRUE(LooksBinary(text)) << at;
    text[at] = '\x7F';
    EXPECT_FALSE(LooksBinary(text)) << at;  // one in 24 bytes is under a tenth
    text[(at + 1) % 24] = '\x7F';
    text[(at + 2) % 24] = '\x1B';
    EXPECT_TRUE(LooksBinary(text)) << at;  // three in 24 is over a tenth
  }
  std::string prose(95, 'a');
  prose += "\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F";  // 10 of 105 bytes: not over a tenth
  EXPECT_FALSE(LooksBinary(prose));
  prose += "\x10";  // 11 of 106 bytes: over a tenth
  EXPECT_TRUE(LooksBinary(prose));
}

// Validation skips ASCII eight bytes at a time; a bad byte anywhere fails it.
TEST(Utf8Test, ValidationFindsABadByteAtAnyOffset) {
  for (size_t at = 0; at < 24; ++at) {
    std::string text(24, 'a');
    EXPECT_TRUE(IsValidUtf8(text));
    text[at] = '\x80';
    EXPECT_FALSE(IsValidUtf8(text)) << at;
    text[at] = '\xC3';
    EXPECT_FALSE(IsValidUtf8(text)) << at;  // cut short by the 'a' after it, or by the end
    if (at + 1 < text.size()) {
      text[at + 1] = '\xA9';
      EXPECT_TRUE(IsValidUtf8(text)) << at;  // \xC3\xA9 is \u00E9
    }
  }
}

TEST(Utf8Test, DecodeAtReportsCodePointAndLength) {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // a é € 😀
  EXPECT_EQ(DecodeAt(s, 0).code_point, U'a');
  EXPECT_EQ(DecodeAt(s, 0).length, 1u);
  EXPECT_EQ(DecodeAt(s, 1).code_point, U'\u00E9');
  EXPECT_EQ(DecodeAt(s, 1).length, 2u);
  EXPECT_EQ(DecodeAt(s, 3).code_point, U'\u20AC');
  EXPECT_EQ(DecodeAt(s, 3).length, 3u);
  EXPECT_EQ(DecodeAt(s, 6).code_point, U'\U0001F600');
  EXPECT_EQ(DecodeAt(s, 6).length, 4u);
  EXPECT_TRUE(DecodeAt(s, 6).valid);
  EXPECT_EQ(DecodeAt(s, 10).length, 0u);   // past the end
  const DecodedChar bad = DecodeAt(s, 2);  // inside a sequence
  EXPECT_FALSE(bad.valid);
  EXPECT_EQ(bad.code_point, kReplacementChar);
  EXPECT_EQ(bad.length, 1u);
}

TEST(Utf8Test, PreviousCharStartStepsOverWholeCharacters) {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC";
  EXPECT_EQ(PreviousCharStart(s, 6), 3u);
  EXPECT_EQ(PreviousCharStart(s, 3), 1u);
  EXPECT_EQ(PreviousCharStart(s, 1), 0u);
}

TEST(Utf8Test, AppendUtf8RoundTrips) {
  for (char32_t cp : {U'A', U'\u00E9', U'\u20AC', U'\uD55C', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, s);
    EXPECT_EQ(DecodeAt(s, 0).code_point, cp);
    EXPECT_EQ(DecodeAt(s, 0).length, s.size());
  }
  std::string surrogate;
  AppendUtf8(0xD800, surrogate);
  EXPECT_EQ(surrogate, "\xEF\xBF\xBD");
}

TEST(Utf8Test, LettersAcrossScripts) {
  for (std::string_view s :
       {"a", "Z", "\xC3\xA9", "\xC3\x9F", "\xC5\x81", "\xCE\xB1", "\xD0\x96", "\xE1\xBB\x99", "\xED\x95\x9C",
        "\xE4\xB8\xAD", "\xE3\x82\xA2", "\xD8\xB3", "\xD7\xA9"}) {
    EXPECT_TRUE(IsLetter(First(s))) << s;
  }
  // Digits, dashes, quotes, general punctuation, symbols, CJK punctuation.
  for (std::string_view s : {"1", "-", "'", "\xE2\x80\x94", "\xE2\x80\x9C", "\xE2\x80\x99", "\xE2\x80\xA6",
                             "\xC2\xB0", "\xE2\x82\xAC", "\xE3\x80\x81", "\xC2\xA9", "\xC3\x97"}) {
    EXPECT_FALSE(IsLetter(First(s))) << s;
  }
}

TEST(Utf8Test, DigitsAndSpaces) {
  EXPECT_TRUE(IsDigit(U'7'));
  EXPECT_TRUE(IsDigit(U'\u0663'));  // Arabic-Indic three
  EXPECT_FALSE(IsDigit(U'x'));
  EXPECT_TRUE(IsSpace(U' '));
  EXPECT_TRUE(IsSpace(U'\u00A0'));  // no-break space
  EXPECT_TRUE(IsSpace(U'\u3000'));  // ideographic space
  EXPECT_TRUE(IsSpace(U'\u200B'));  // zero-width space
  EXPECT_FALSE(IsSpace(U'a'));
  EXPECT_TRUE(IsWordChar(U'\u0301'));  // combining acute continues a word
}

TEST(Utf8Test, CaseWhereTheScriptHasIt) {
  EXPECT_TRUE(IsUpper(U'\u00C9'));   // É
  EXPECT_TRUE(IsLower(U'\u00E9'));   // é
  EXPECT_TRUE(IsUpper(U'\u0141'));   // Ł
  EXPECT_TRUE(IsLower(U'\u0142'));   // ł
  EXPECT_TRUE(IsUpper(U'\u017D'));   // Ž
  EXPECT_TRUE(IsLower(U'\u017E'));   // ž
  EXPECT_TRUE(IsUpper(U'\u03A9'));   // Ω
  EXPECT_TRUE(IsLower(U'\u03C9'));   // ω
  EXPECT_TRUE(IsLower(U'\u0390'));   // ΐ
  EXPECT_TRUE(IsUpper(U'\u0416'));   // Ж
  EXPECT_TRUE(IsLower(U'\u0436'));   // ж
  EXPECT_TRUE(IsUpper(U'\u1ED8'));   // Ộ
  EXPECT_TRUE(IsLower(U'\u1ED9'));   // ộ
  EXPECT_TRUE(IsLower(U'\u00DF'));   // ß
  EXPECT_FALSE(IsUpper(U'\uD55C'));  // 한: caseless
  EXPECT_FALSE(IsLower(U'\uD55C'));
  EXPECT_FALSE(IsUpper(U'\u00D7'));  // ×
  EXPECT_FALSE(IsLower(U'\u00F7'));  // ÷
}

// The inline ASCII paths of IsWordChar, IsUpper and IsLower agree with the
// classes they are defined by, on every ASCII code point and across the
// first blocks beyond it.
TEST(Utf8Test, InlineAsciiPathsAgreeWithTheClasses) {
  for (char32_t cp = 0; cp < 0x3000; ++cp) {
    const auto code = static_cast<uint32_t>(cp);
    EXPECT_EQ(IsWordChar(cp), IsLetter(cp) || IsDigit(cp) || IsWordContinuer(cp)) << code;
    EXPECT_FALSE(IsUpper(cp) && IsLower(cp)) << code;
    if (IsUpper(cp) || IsLower(cp)) {
      EXPECT_TRUE(IsLetter(cp)) << code;
    }
    if (cp < 0x80) {
      EXPECT_EQ(IsUpper(cp), cp >= 'A' && cp <= 'Z') << code;
      EXPECT_EQ(IsLower(cp), cp >= 'a' && cp <= 'z') << code;
    }
  }
  EXPECT_TRUE(IsUpper(U'\u00C9'));   // É
  EXPECT_TRUE(IsLower(U'\u00E9'));   // é
  EXPECT_TRUE(IsUpper(U'\u041C'));   // М
  EXPECT_TRUE(IsLower(U'\u0438'));   // и
  EXPECT_FALSE(IsUpper(U'\uD55C'));  // 한: caseless
  EXPECT_FALSE(IsLower(U'\uD55C'));
  EXPECT_TRUE(IsWordChar(U'\u0301'));  // a combining acute accent continues a word
  EXPECT_FALSE(IsWordChar(U'\u2014'));
}

TEST(Utf8Test, AsciiCaseFolding) {
  EXPECT_EQ(AsciiLower("MOST Popular"), "most popular");
  EXPECT_EQ(AsciiLower("\xC3\x89"
                       "COLE"),
            "\xC3\x89"
            "cole");  // É is left alone
  EXPECT_TRUE(EqualsIgnoreAsciiCase("Sept.", "SEPT."));
  EXPECT_FALSE(EqualsIgnoreAsciiCase("Sept", "Sept."));
  EXPECT_EQ(AsciiToUpper('q'), 'Q');
}

}  // namespace
}  // namespace diplograph
