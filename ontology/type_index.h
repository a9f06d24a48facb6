// The classes each node is stated (rdf:type) to have, for checking domains
// and ranges of a large graph: a hash table from node to a run of class
// ids, not a map of strings per subject. The viewed strings must outlive
// the index.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace diplograph {

class TypeIndex {
 public:
  using ClassId = uint32_t;

  void Add(std::string_view node, std::string_view cls);
  // Call once, after the last Add and before any lookup.
  void Seal();

  // The classes of `node` (by its text: an IRI or a blank node label).
  std::span<const ClassId> ClassesOf(std::string_view node) const;
  // Distinct classes are few: callers can remember answers per class id.
  std::string_view class_name(ClassId id) const { return class_names_[id]; }
  size_t class_count() const { return class_names_.size(); }

 private:
  struct Entry {
    std::string_view node;
    ClassId cls;
  };
  void SortEntries();

  std::vector<Entry> entries_;  // sorted by node once sealed
  std::vector<ClassId> classes_;  // entries_' classes, in the same order
  std::vector<uint32_t> slots_;   // open addressing: index of a node's first entry + 1, or 0
  std::vector<std::string_view> class_names_;
  std::unordered_map<std::string_view, ClassId> class_ids_;
};

}  // namespace diplograph
