#include "extractor/name_key.h"

#include <cstdio>
#include <vector>

#include "extractor/utf8.h"

namespace diplograph {

namespace {

// Accent-free forms of the Latin-1 Supplement and Latin Extended-A letters
// that occur in names; other code points fall back to their hex value.
std::string_view FoldLatin(char32_t c) {
  static const struct {
    char32_t from, to;
    const char* ascii;
  } kRanges[] = {
      {0xC0, 0xC5, "a"}, {0xC7, 0xC7, "c"}, {0xC8, 0xCB, "e"}, {0xCC, 0xCF, "i"},
      {0xD1, 0xD1, "n"}, {0xD2, 0xD6, "o"}, {0xD8, 0xD8, "o"}, {0xD9, 0xDC, "u"},
      {0xDD, 0xDD, "y"}, {0xDF, 0xDF, "ss"}, {0xE0, 0xE5, "a"}, {0xE7, 0xE7, "c"},
      {0xE8, 0xEB, "e"}, {0xEC, 0xEF, "i"}, {0xF1, 0xF1, "n"}, {0xF2, 0xF6, "o"},
      {0xF8, 0xF8, "o"}, {0xF9, 0xFC, "u"}, {0xFD, 0xFD, "y"}, {0xFF, 0xFF, "y"},
      {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
      {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x134, 0x135, "j"},
      {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"}, {0x14C, 0x151, "o"},
      {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"}, {0x162, 0x167, "t"},
      {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"}, {0x179, 0x17E, "z"},
  };
  for (const auto& r : kRanges) {
    if (c >= r.from && c <= r.to) return r.ascii;
  }
  return {};
}

// Walks a name as lower-case ASCII words (accents folded), split at
// anything that is not a letter or digit: `part(text)` for each piece of a
// word's text, `split()` where a word ends, if one was going on.
template <typename Part, typename Split>
void WalkWords(std::string_view name, Part&& part, Split&& split) {
  size_t i = 0;
  while (i < name.size()) {
    DecodedChar dc = DecodeAt(name, i);
    char32_t cp = dc.code_point;
    i += dc.length;
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        part(std::string_view(&c, 1));
      } else if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c - 'A' + 'a');
        part(std::string_view(&c, 1));
      } else if (c == '\'' ) {
        // "O'Brien" stays one word; "d'Ivoire" too (the apostrophe is dropped).
      } else {
        split();
      }
      continue;
    }
    if (cp == 0x2019) continue;  // curly apostrophe, as above
    std::string_view folded = FoldLatin(cp);
    if (!folded.empty()) {
      part(folded);
    } else if ((IsLetter(cp) || IsDigit(cp))) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "u%x", static_cast<unsigned>(cp));
      part(std::string_view(buf));
    } else {
      split();
    }
  }
}

// The words of a name (see WalkWords).
std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(std::move(cur));
    cur.clear();
  };
  WalkWords(name, [&](std::string_view text) { cur += text; }, flush);
  flush();
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += '-';
    out += w;
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Korean romanization variants of one syllable: the revised and the
// McCune-Reischauer systems differ mostly in voicing of the initial.
void FoldKoreanSyllable(std::string& w) {
  if (w.empty()) return;
  if (w.rfind("j", 0) == 0) w = "ch" + w.substr(1);
  else if (w[0] == 'g') w[0] = 'k';
  else if (w[0] == 'd') w[0] = 't';
  else if (w[0] == 'b') w[0] = 'p';
}

}  // namespace

// Join(Words(name)), written as the words are walked: no string per word.
std::string Slugify(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool in_word = false;
  WalkWords(
      name,
      [&](std::string_view text) {
        if (!in_word && !out.empty()) out += '-';
        in_word = true;
        out += text;
      },
      [&] { in_word = false; });
  return out;
}

std::string PersonKey(std::string_view name, const Lexicon& lexicon) {
  std::vector<std::string> words = Words(name);
  if (words.empty()) return {};
  bool korean = words.size() >= 2 && words.size() <= 4 &&
                lexicon.korean_surnames.Contains(words[0]);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string& w = words[i];
    if (korean && i > 0) FoldKoreanSyllable(w);
    if (EndsWith(w, "iy")) w.resize(w.size() - 1);
    else if (w.size() > 3 && EndsWith(w, "y") && (EndsWith(w, "ey") || EndsWith(w, "gy"))) w.back() = 'i';
  }
  // Korean given names are written joined ("Hongkyun") as often as split.
  if (korean && words.size() == 2 && words[1].size() > 4) {
    // leave as is: a joined given name cannot be split without a syllable table
  }
  if (korean && words.size() == 3) {
    words[1] += words[2];
    words.pop_back();
  }
  return Join(words);
}

std::string_view AfterGluedParticle(std::string_view word) {
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen + 1 >= word.size()) return {};
  const std::string_view particle = word.substr(0, hyphen);
  const bool glued = EqualsIgnoreAsciiCase(particle, "al") || EqualsIgnoreAsciiCase(particle, "el") ||
                     EqualsIgnoreAsciiCase(particle, "ad");
  const char first = word[hyphen + 1];
  return glued && first >= 'A' && first <= 'Z' ? word.substr(hyphen + 1) : std::string_view();
}

}  // namespace diplograph
