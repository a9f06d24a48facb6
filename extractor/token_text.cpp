#include "extractor/token_text.h"

#include <cstring>

#include "extractor/utf8.h"

namespace diplograph {

TokenText::TokenText(std::string_view text)
    : bytes_(std::make_unique_for_overwrite<char[]>(2 * text.size() + 2)), size_(text.size()) {
  char* copy = bytes_.get();
  if (!text.empty()) std::memcpy(copy, text.data(), text.size());
  copy[size_] = '\0';
  // Byte by byte: UTF-8 continuation and lead bytes are never ASCII letters,
  // so lower-casing ASCII alone keeps every multibyte character whole.
  char* lower = copy + size_ + 1;
  for (size_t i = 0; i < size_; ++i) lower[i] = AsciiToLower(text[i]);
  lower[size_] = '\0';
}

}  // namespace diplograph
