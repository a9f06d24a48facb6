#include "cli/graph_accumulator.h"

#include <algorithm>

namespace diplograph::cli {

namespace {

// `quads` sorted and unique, their subjects being below `terms`: a counting
// sort by subject, then each subject's few statements sorted on their own,
// then duplicates dropped. Several times cheaper than comparison-sorting
// the whole set.
// `room`: the capacity the result is given at least, so that appending up
// to it later does not move the statements again (room never written is
// never touched).
std::vector<MergedGraph::Ids> SortedBySubject(std::vector<MergedGraph::Ids> quads, size_t terms, size_t room = 0) {
  std::vector<size_t> next(terms + 1, 0);  // by subject: where its statements go
  for (const MergedGraph::Ids& q : quads) ++next[q.s + 1];
  for (size_t s = 1; s < next.size(); ++s) next[s] += next[s - 1];
  std::vector<MergedGraph::Ids> sorted;
  sorted.reserve(std::max(room, quads.size()));
  sorted.resize(quads.size());
  for (const MergedGraph::Ids& q : quads) sorted[next[q.s]++] = q;
  quads = std::vector<MergedGraph::Ids>();  // its memory is free for what follows
  // Now next[s] is where subject s's statements end, and s + 1's begin.
  for (size_t s = 0, begin = 0; s < terms; begin = next[s++]) {
    if (next[s] - begin > 1) {
      std::sort(sorted.begin() + static_cast<std::ptrdiff_t>(begin),
                sorted.begin() + static_cast<std::ptrdiff_t>(next[s]));
    }
  }
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  return sorted;
}

}  // namespace

GraphAccumulator::GraphAccumulator(bool keep_graphs, size_t first_compaction)
    : keep_graphs_(keep_graphs), first_compaction_(first_compaction), compact_at_(first_compaction) {
  // Room up to the first de-duplication, made once: growing by doubling
  // copied the statements again and again. Room never written is never
  // touched, so a short run costs nothing for it.
  quads_.reserve(first_compaction);
}

void GraphAccumulator::Add(const rdf::Dataset& dataset) {
  const TermPool::Id default_graph = terms_.Intern(rdf::Term::Kind::kIri, "");
  // Documents list a subject's statements together, all in one graph: both
  // are interned once per run instead of hashed for every statement.
  const rdf::Term* last_subject = nullptr;
  const std::string* last_graph = nullptr;
  TermPool::Id s = 0;
  TermPool::Id g = default_graph;
  for (const rdf::Quad& q : dataset.quads()) {
    if (!last_subject || q.subject != *last_subject) s = terms_.Intern(q.subject);
    last_subject = &q.subject;
    // A graph name is an IRI: interned as one, its rank orders graphs as
    // their names' bytes do.
    if (keep_graphs_ && (!last_graph || q.graph != *last_graph)) g = terms_.Intern(rdf::Term::Kind::kIri, q.graph);
    last_graph = &q.graph;
    Append({s, terms_.Intern(q.predicate), terms_.Intern(q.object), g});
  }
}

void GraphAccumulator::Add(const DocumentGraph& graph) {
  // The default graph is a term whatever the mode, as with a dataset.
  const TermPool::Id default_graph = terms_.Intern(rdf::Term::Kind::kIri, "");
  const TermPool::Id g = keep_graphs_ ? terms_.Intern(rdf::Term::Kind::kIri, graph.graph()) : default_graph;
  // Most of a document's terms are new to the run, so each lookup would
  // wait for memory: all are hashed and their slots (then the terms those
  // name) fetched first, then looked up. Only terms some statement uses are
  // pooled.
  const std::vector<DocumentGraph::Triple>& triples = graph.triples();
  constexpr TermPool::Id kUnused = UINT32_MAX, kUsed = kUnused - 1;
  std::vector<TermPool::Id> ids(graph.term_count(), kUnused);  // by the graph's term id
  for (const DocumentGraph::Triple& t : triples) ids[t.s] = ids[t.p] = ids[t.o] = kUsed;
  std::vector<uint32_t> hashes(ids.size());
  terms_.Reserve(ids.size());
  for (DocumentGraph::Id t = 0; t < ids.size(); ++t) {
    if (ids[t] != kUsed) continue;
    const TermView term = graph.term(t);
    if (graph.fixed(t)) {
      if (const std::optional<TermPool::Id> id = FixedId(term)) {
        ids[t] = *id;
        continue;
      }
    }
    hashes[t] = TermPool::Hash(term.kind, term.value, term.datatype);
    terms_.Prefetch(hashes[t]);
  }
  for (DocumentGraph::Id t = 0; t < ids.size(); ++t) {
    if (ids[t] == kUsed) terms_.PrefetchTerm(hashes[t]);
  }
  for (DocumentGraph::Id t = 0; t < ids.size(); ++t) {
    if (ids[t] != kUsed) continue;
    const TermView term = graph.term(t);
    ids[t] = terms_.Intern(hashes[t], term.kind, term.value, term.datatype);
    if (graph.fixed(t)) RememberFixed(term, ids[t]);
  }
  for (const DocumentGraph::Triple& t : triples) Append({ids[t.s], ids[t.p], ids[t.o], g});
}

std::optional<TermPool::Id> GraphAccumulator::FixedId(const TermView& term) const {
  const auto it = fixed_.find(term.value.data());
  if (it == fixed_.end()) return std::nullopt;
  // The same text and datatype where they were: the same term.
  const TermView& known = it->second.term;
  const bool same = known.kind == term.kind && known.value.size() == term.value.size() &&
                    known.datatype.data() == term.datatype.data() && known.datatype.size() == term.datatype.size();
  return same ? std::optional(it->second.id) : std::nullopt;
}

void GraphAccumulator::RememberFixed(const TermView& term, TermPool::Id id) {
  fixed_.insert_or_assign(term.value.data(), Fixed{term, id});
}

void GraphAccumulator::Compact() {
  // Ids compare as (s, p, o, g): sorting by subject, then each subject's
  // statements, is the same order, for a fraction of a whole-set sort.
  // Room for the statements up to the next compaction, made now (it comes
  // at twice those kept, at most twice those held): appending up to it
  // then moves none of them again.
  const size_t room = std::max(first_compaction_, 2 * quads_.size());
  quads_ = SortedBySubject(std::move(quads_), terms_.size(), room);
  compact_at_ = std::max(first_compaction_, 2 * quads_.size());
}

MergedGraph GraphAccumulator::Finish() {
  // The statements, renamed to ranks: sorting ranks sorts as
  // Dataset::Normalize() does.
  std::vector<Ids> quads = std::move(quads_);
  const std::vector<TermPool::Id> rank = terms_.Ranks();
  for (Ids& q : quads) q = {rank[q.s], rank[q.p], rank[q.o], rank[q.g]};
  quads = SortedBySubject(std::move(quads), rank.size());
  TermPool::Released terms = terms_.Release();
  std::vector<rdf::Term> sorted(terms.terms.size());
  std::vector<bool> written_as_is(sorted.size());
  for (size_t id = 0; id < sorted.size(); ++id) {
    sorted[rank[id]] = std::move(terms.terms[id]);
    written_as_is[rank[id]] = terms.written_as_is[id];
  }
  *this = GraphAccumulator(keep_graphs_, first_compaction_);
  return MergedGraph(std::move(sorted), std::move(quads), std::move(written_as_is));
}

rdf::Dataset GraphAccumulator::Take() {
  const MergedGraph graph = Finish();
  return graph.Slice(0, graph.size());
}

}  // namespace diplograph::cli
