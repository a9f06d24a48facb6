// A run's merged graph, sorted and de-duplicated but still interned: every
// distinct term once, in rdf::Term order, and each statement as four
// indexes into them. Statements become strings only a slice at a time, so
// a caller can write a large graph without ever holding all of it as an
// rdf::Dataset. Made by GraphAccumulator::Finish().
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ontology/rdf.h"
#include "ontology/type_index.h"

namespace diplograph::cli {

class MergedGraph {
 public:
  using Id = uint32_t;
  struct Ids {
    Id s, p, o, g;  // the graph is an IRI term; "" for the default graph
    auto operator<=>(const Ids&) const = default;
  };

  MergedGraph() = default;
  // `terms` sorted and unique; `quads` sorted and unique, indexing `terms`;
  // `written_as_is` by term, IsWrittenAsIs() where known (empty: none).
  MergedGraph(std::vector<rdf::Term> terms, std::vector<Ids> quads, std::vector<bool> written_as_is = {});

  size_t size() const { return quads_.size(); }
  const std::vector<rdf::Term>& terms() const { return terms_; }
  const std::vector<Ids>& quads() const { return quads_; }
  // True when the term is known to be written as it is (IsWrittenAsIs);
  // false when that is not known.
  bool written_as_is(Id id) const { return id < written_as_is_.size() && written_as_is_[id]; }

  // Statements [begin, end), normalized.
  rdf::Dataset Slice(size_t begin, size_t end) const;
  // The statements at `positions` (ascending), normalized.
  rdf::Dataset Gather(std::span<const uint32_t> positions) const;
  // The id of `term`, or nullopt when the graph does not hold it.
  std::optional<Id> Find(const rdf::Term& term) const;
  // Every `predicate` statement as (subject, object) text: with rdf:type,
  // the classes of every node. Views into terms(): valid while this lives.
  TypeIndex Index(std::string_view predicate) const;

 private:
  rdf::Quad Statement(size_t i) const;

  std::vector<rdf::Term> terms_;
  std::vector<Ids> quads_;
  std::vector<bool> written_as_is_;
};

}  // namespace diplograph::cli
