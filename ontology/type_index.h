// The classes each node is stated (rdf:type) to have, for checking domains
// and ranges: one sorted array of views, not a map of every subject. The
// viewed strings must outlive the index.
#pragma once

#include <algorithm>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace diplograph {

class TypeIndex {
 public:
  using Entry = std::pair<std::string_view, std::string_view>;  // (node, class)

  void Add(std::string_view node, std::string_view cls) { entries_.emplace_back(node, cls); }
  // Call once, after the last Add and before any lookup.
  void Seal() { std::sort(entries_.begin(), entries_.end()); }

  // The classes of `node` (by its text: an IRI or a blank node label).
  std::span<const Entry> ClassesOf(std::string_view node) const {
    auto begin = std::lower_bound(entries_.begin(), entries_.end(), Entry(node, {}));
    auto end = begin;
    while (end != entries_.end() && end->first == node) ++end;
    return {begin, end};
  }

 private:
  std::vector<Entry> entries_;
};

}  // namespace diplograph
