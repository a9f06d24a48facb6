// Text of a span of a hard-wrapped paragraph as one line: names and evidence
// sentences may run over a line break in the original text ("Foreign
// Minister Ana\nLind"), which a label or a literal should not keep. The
// offsets of the span still point into the text as it was.
#pragma once

#include <cstring>
#include <string>
#include <string_view>

namespace diplograph {

// Appends `text` to `out` with each run of white space that holds a line
// break replaced by one space; other white space is kept as it is.
void AppendOneLine(std::string_view text, std::string& out);

// `text` as one line (see AppendOneLine).
std::string OneLine(std::string_view text);

// Whether `text` holds a line break ('\n' or '\r'). One memchr for each:
// find_first_of calls memchr once per byte of `text`, and this runs on
// every evidence sentence.
inline bool HasLineBreak(std::string_view text) {
  return !text.empty() && (std::memchr(text.data(), '\n', text.size()) != nullptr ||
                           std::memchr(text.data(), '\r', text.size()) != nullptr);
}

}  // namespace diplograph
