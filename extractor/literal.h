// Comparing text with a literal: a length test and a fixed-size compare,
// which the compiler expands inline. (string_view's operator== with a
// literal calls compare, and that memcmp, wherever the compiler declines
// to inline it, as it does at most sites of the large stage files.)
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace diplograph {

template <size_t N>
bool Equals(std::string_view s, const char (&literal)[N]) {
  return s.size() == N - 1 && std::memcmp(s.data(), literal, N - 1) == 0;
}

// The same for a suffix.
template <size_t N>
bool EndsWith(std::string_view s, const char (&suffix)[N]) {
  return s.size() >= N - 1 && std::memcmp(s.data() + s.size() - (N - 1), suffix, N - 1) == 0;
}

}  // namespace diplograph
