#include "ontology/type_index.h"

#include <algorithm>
#include <bit>
#include <functional>

namespace diplograph {

void TypeIndex::Add(std::string_view node, std::string_view cls) {
  auto [it, inserted] = class_ids_.try_emplace(cls, static_cast<ClassId>(class_names_.size()));
  if (inserted) class_names_.push_back(cls);
  entries_.push_back({node, it->second});
}

void TypeIndex::Seal() {
  SortEntries();
  classes_.clear();
  for (const Entry& e : entries_) classes_.push_back(e.cls);
  // At most half full, so that probes stay short.
  slots_.assign(std::bit_ceil(2 * entries_.size() + 2), 0);
  const size_t mask = slots_.size() - 1;
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (i > 0 && entries_[i].node == entries_[i - 1].node) continue;
    size_t slot = std::hash<std::string_view>()(entries_[i].node) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = static_cast<uint32_t>(i + 1);
  }
}

// By node, then class: what one sort by both gives. A merged graph adds
// its nodes in term order, a few runs already sorted by text (one per kind
// of term), so the runs are merged, in linear time, rather than sorted with
// a string comparison per step; then each node's few classes are sorted.
void TypeIndex::SortEntries() {
  auto by_node = [](const Entry& a, const Entry& b) { return a.node < b.node; };
  std::vector<size_t> run_begins;
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (i == 0 || by_node(entries_[i], entries_[i - 1])) run_begins.push_back(i);
  }
  // Many runs: the input is not in that order, and a sort is as good.
  constexpr size_t kMaxRuns = 64;
  if (run_begins.size() > kMaxRuns) {
    std::stable_sort(entries_.begin(), entries_.end(), by_node);
  } else {
    run_begins.push_back(entries_.size());
    // Pairs of neighbouring runs merged until one is left.
    while (run_begins.size() > 2) {
      std::vector<size_t> merged;
      for (size_t r = 0; r + 1 < run_begins.size(); r += 2) {
        merged.push_back(run_begins[r]);
        if (r + 2 < run_begins.size()) {
          const auto begin = entries_.begin();
          std::inplace_merge(begin + static_cast<std::ptrdiff_t>(run_begins[r]),
                             begin + static_cast<std::ptrdiff_t>(run_begins[r + 1]),
                             begin + static_cast<std::ptrdiff_t>(run_begins[r + 2]), by_node);
        }
      }
      merged.push_back(entries_.size());
      run_begins = std::move(merged);
    }
  }
  for (size_t begin = 0, end = 0; begin < entries_.size(); begin = end) {
    for (end = begin + 1; end < entries_.size() && entries_[end].node == entries_[begin].node; ++end) {
    }
    if (end - begin > 1) {
      std::sort(entries_.begin() + static_cast<std::ptrdiff_t>(begin), entries_.begin() + static_cast<std::ptrdiff_t>(end),
                [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    }
  }
}

std::span<const TypeIndex::ClassId> TypeIndex::ClassesOf(std::string_view node) const {
  if (slots_.empty()) return {};
  const size_t mask = slots_.size() - 1;
  for (size_t slot = std::hash<std::string_view>()(node) & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const size_t begin = slots_[slot] - 1;
    if (entries_[begin].node != node) continue;
    size_t end = begin + 1;
    while (end < entries_.size() && entries_[end].node == node) ++end;
    return {classes_.data() + begin, end - begin};
  }
  return {};
}

}  // namespace diplograph
