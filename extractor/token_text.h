// The bytes a document's tokens view: a copy of the text and its ASCII
// lower-cased twin, in one heap block. Tokens hold string_views into it
// instead of two strings of their own each, so tokenizing allocates and
// copies nothing per token.
//
// Invariants: Text() and Lower() are the same length and line up byte for
// byte, each followed by a NUL (so the first byte of any view into them can
// be read, even of an empty one). The block stays where it is when its owner
// moves (a std::string's short text would move with it and leave views
// dangling), and it cannot be copied: a copy's tokens would still view the
// original. Immutable once built; safe to read from many threads.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

#include "extractor/span.h"

namespace diplograph {

class TokenText {
 public:
  TokenText() = default;
  explicit TokenText(std::string_view text);
  TokenText(TokenText&&) noexcept = default;
  TokenText& operator=(TokenText&&) noexcept = default;
  TokenText(const TokenText&) = delete;
  TokenText& operator=(const TokenText&) = delete;

  size_t size() const { return size_; }
  std::string_view Text() const { return {bytes_ ? bytes_.get() : "", size_}; }
  std::string_view Lower() const { return {bytes_ ? bytes_.get() + size_ + 1 : "", size_}; }
  // The bytes of `span` (which must lie within size()) as written, and lower-cased.
  std::string_view Text(Span span) const { return Text().substr(span.begin, span.size()); }
  std::string_view Lower(Span span) const { return Lower().substr(span.begin, span.size()); }

 private:
  std::unique_ptr<char[]> bytes_;  // the text, NUL, the lower-cased text, NUL
  size_t size_ = 0;
};

}  // namespace diplograph
