// Bytes written through a pointer into room made ahead, never zero-filled:
// a std::string can only be grown by resize(), which fills the room first,
// or by append(), a call per piece. Writers of many short lines make room
// for the longest a line may be, write it, and keep what they wrote.
//
// Not thread-safe.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace diplograph {

class ByteBuffer {
 public:
  // Where the next `n` bytes go: valid until the next Room() or Append().
  // What is written there is kept by Commit().
  char* Room(size_t n) {
    if (capacity_ - size_ < n) Grow(size_ + n);
    return bytes_.get() + size_;
  }
  // Keeps the bytes written from Room()'s pointer up to `end`.
  void Commit(const char* end) { size_ = static_cast<size_t>(end - bytes_.get()); }

  void Append(std::string_view bytes) {
    char* at = Room(bytes.size());
    if (!bytes.empty()) std::memcpy(at, bytes.data(), bytes.size());
    size_ += bytes.size();
  }
  // Room for `n` bytes in all, made at once. Room never written is never
  // touched, so guessing high costs little.
  void Reserve(size_t n) {
    if (capacity_ < n) Grow(n);
  }

  std::string_view view() const { return {bytes_.get(), size_}; }
  size_t size() const { return size_; }

 private:
  void Grow(size_t at_least) {
    const size_t capacity = std::max(at_least, 2 * capacity_);
    auto bytes = std::make_unique_for_overwrite<char[]>(capacity);
    if (size_ != 0) std::memcpy(bytes.get(), bytes_.get(), size_);
    bytes_ = std::move(bytes);
    capacity_ = capacity;
  }

  std::unique_ptr<char[]> bytes_;
  size_t size_ = 0, capacity_ = 0;
};

}  // namespace diplograph
