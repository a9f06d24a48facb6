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
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.node != b.node ? a.node < b.node : a.cls < b.cls;
  });
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
