// Half-open byte ranges into a document's original text.
#pragma once

#include <cstddef>
#include <string_view>

namespace diplograph {

struct Span {
  size_t begin = 0;  // first byte
  size_t end = 0;    // one past the last byte

  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
  bool operator==(const Span&) const = default;
};

}  // namespace diplograph
