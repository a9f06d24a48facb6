// Phrases of words (a name as tokens: "South", "Korea") mapped to values,
// for longest-match lookup at a token position. A trie over word ids: each
// step hashes one word, where a map from joined keys hashed the whole key
// again at every step, and a phrase no longer one can extend ends the walk.
//
// Words compare exactly. Immutable tries are thread-safe to read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractor/word_set.h"

namespace diplograph {

template <typename T>
class PhraseTrie {
 public:
  PhraseTrie() : nodes_(1) {}

  // The value of the phrase `words` (not empty), empty until set.
  std::optional<T>& operator[](const std::vector<std::string>& words) {
    uint32_t node = kRoot;
    for (const std::string& word : words) {
      WordSet& set = node == kRoot ? first_words_ : words_;
      const size_t id = set.IndexOrAdd(word);
      uint32_t next = Child(node, static_cast<uint32_t>(id));
      if (next == kNone) {
        next = static_cast<uint32_t>(nodes_.size());
        nodes_.emplace_back();
        if (node == kRoot) {
          if (root_children_.size() <= id) root_children_.resize(id + 1, kNone);
          root_children_[id] = next;
        } else {
          nodes_[node].children.emplace_back(static_cast<uint32_t>(id), next);
        }
      }
      node = next;
    }
    return nodes_[node].value;
  }

  // The value of the longest phrase that is word_at(0), word_at(1), ... with
  // at most `max_words` words, and its length in words; nullptr (length 0)
  // when no phrase starts with word_at(0).
  template <typename WordAt>
  const T* Longest(size_t max_words, const WordAt& word_at, size_t* length) const {
    const T* best = nullptr;
    *length = 0;
    if (max_words == 0) return best;
    const size_t first = first_words_.IndexOf(word_at(0));
    if (first == WordSet::kNotFound) return best;
    uint32_t node = Child(kRoot, static_cast<uint32_t>(first));
    for (size_t k = 0; node != kNone;) {
      if (nodes_[node].value) {
        best = &*nodes_[node].value;
        *length = k + 1;
      }
      if (++k == max_words) break;
      node = ChildByText(node, word_at(k));
    }
    return best;
  }

  // Whether some phrase starts with `word`: one set lookup.
  bool Starts(std::string_view word) const { return first_words_.Contains(word); }
  // The words some phrase starts with.
  const WordSet& first_words() const { return first_words_; }

 private:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;

  struct Node {
    std::optional<T> value;
    std::vector<std::pair<uint32_t, uint32_t>> children;  // (word id, node): few, scanned
  };

  // The child of a node other than the root reached by the word `text`:
  // its few children's words compared with the text, which costs less than
  // hashing it to look its id up (and a leaf, as most nodes are, asks
  // nothing). kNone when none is.
  uint32_t ChildByText(uint32_t node, std::string_view text) const {
    const std::vector<std::string>& forms = words_.forms();
    for (const auto& [w, child] : nodes_[node].children) {
      if (w < forms.size() && forms[w] == text && !text.empty()) return child;
    }
    return kNone;
  }

  uint32_t Child(uint32_t node, uint32_t word) const {
    if (node == kRoot) return word < root_children_.size() ? root_children_[word] : kNone;
    for (const auto& [w, child] : nodes_[node].children) {
      if (w == word) return child;
    }
    return kNone;
  }

  // Word ids are indexes in these sets: the first words apart, so that the
  // set most words are looked up in (and turned away by) is small.
  WordSet first_words_;
  WordSet words_;                        // every word after the first
  std::vector<Node> nodes_;              // nodes_[0] is the root
  std::vector<uint32_t> root_children_;  // by first word id: the first words are many
};

}  // namespace diplograph
