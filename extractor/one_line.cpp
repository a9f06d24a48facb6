#include "extractor/one_line.h"

namespace diplograph {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

void AppendOneLine(std::string_view text, std::string& out) {
  if (!HasLineBreak(text)) {
    out.append(text);
    return;
  }
  for (size_t i = 0; i < text.size();) {
    if (!IsSpace(text[i])) {
      out += text[i++];
      continue;
    }
    size_t j = i;
    bool line_break = false;
    for (; j < text.size() && IsSpace(text[j]); ++j) line_break |= text[j] == '\r' || text[j] == '\n';
    if (line_break) {
      out += ' ';
    } else {
      out.append(text.substr(i, j - i));
    }
    i = j;
  }
}

std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendOneLine(text, out);
  return out;
}

}  // namespace diplograph
