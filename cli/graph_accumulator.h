// The merged graph of a run, built up one document at a time. Terms are
// interned (cli/term_pool.h), so what documents repeat (entities' types and
// labels) costs a lookup, not a copy, and each statement is four term ids,
// 16 bytes. Statements are appended as they come and de-duplicated only
// when they reach twice the number left by the last time (and at the end),
// so memory follows the number of distinct statements, at most twice over,
// plus one copy of each distinct term. A hash set of the statements cost a
// cache miss per statement instead. The statements are sorted by the terms'
// ranks only once, at the end, into a MergedGraph.
//
// Not thread-safe: the thread that consumes results owns it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "cli/merged_graph.h"
#include "cli/term_pool.h"
#include "ontology/document_graph.h"
#include "ontology/rdf.h"

namespace diplograph::cli {

class GraphAccumulator {
 public:
  // With `keep_graphs` false every statement goes to the default graph:
  // what Dataset::Union() gives, for formats without graph names. Up to
  // `first_compaction` statements are held before the first de-duplication
  // (tests make it small).
  explicit GraphAccumulator(bool keep_graphs = true, size_t first_compaction = kFirstCompaction);

  // Adds a dataset's quads, in any order, duplicates allowed.
  void Add(const rdf::Dataset& dataset);
  // The same for a document's graph: each of its terms is interned once.
  void Add(const DocumentGraph& graph);
  // The union of everything added, sorted; the accumulator is left empty.
  MergedGraph Finish();
  // The same as one normalized dataset.
  rdf::Dataset Take();

 private:
  using Ids = MergedGraph::Ids;
  // 16 MB of statements: a run with fewer is sorted once, at the end.
  static constexpr size_t kFirstCompaction = size_t{1} << 20;

  // The pool's id of a term of the fixed vocabulary (DocumentGraph::
  // AddFixed) met before, found by where its text is: every document
  // repeats these, and hashing and comparing their text cost more.
  std::optional<TermPool::Id> FixedId(const TermView& term) const;
  void RememberFixed(const TermView& term, TermPool::Id id);

  void Append(const Ids& q) {  // inline: it runs for every statement
    if (quads_.size() >= compact_at_) Compact();
    quads_.push_back(q);
  }
  // Sorts and de-duplicates quads_ (by ids, which is all that needs).
  void Compact();

  bool keep_graphs_;
  TermPool terms_;
  struct Fixed {
    TermView term;
    TermPool::Id id;
  };
  std::unordered_map<const char*, Fixed> fixed_;  // by the address of the term's text
  std::vector<Ids> quads_;  // duplicates allowed until the next Compact()
  size_t first_compaction_;
  size_t compact_at_;
};

}  // namespace diplograph::cli
