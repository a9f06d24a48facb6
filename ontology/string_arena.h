// Keeps the bytes of many short strings in a few large blocks. A view it
// hands out stays valid as long as the arena; freeing them all costs a free
// per block, not one per string (what start-up spent most on when every
// lexicon statement held strings of its own). Not thread-safe.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace diplograph {

class StringArena {
 public:
  // A copy of `text` that lives as long as the arena.
  std::string_view Keep(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > room_) NewBlock(text.size());
    char* copy = next_;
    std::memcpy(copy, text.data(), text.size());
    next_ += text.size();
    room_ -= text.size();
    return {copy, text.size()};
  }

 private:
  static constexpr size_t kBlockBytes = size_t{64} << 10;

  void NewBlock(size_t at_least) {
    const size_t bytes = std::max(kBlockBytes, at_least);
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(bytes));
    next_ = blocks_.back().get();
    room_ = bytes;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;  // the free bytes of the last block
  size_t room_ = 0;
};

}  // namespace diplograph
