// N-Triples and N-Quads written directly, a statement per line, without
// Serd: these line formats need no abbreviation state, and writing the
// terms straight into the output (escaping literals on the way) is several
// times cheaper than building Serd nodes for every term. The output is the
// one Serd 0.30 writes for the same statements (checked in the tests).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/byte_buffer.h"
#include "exporters/document_writer.h"
#include "exporters/export_quads.h"
#include "exporters/id_memo.h"
#include "extractor/status.h"
#include "ontology/document_graph.h"
#include "ontology/rdf.h"

namespace diplograph {

// Appends the statements of `dataset`, prepared as export_quads.h says, as
// N-Triples (kDrop) or N-Quads (kKeep) lines to `out`.
Status WriteLines(const rdf::Dataset& dataset, GraphMode mode, std::string* out);

// The N-Triples lines of statements whose terms are as PrepareQuads leaves
// them, a subject's statements together (as a merged graph is written):
// the lines WriteLines writes for them. The subject is put together once
// for all its lines and each predicate once for the writer (a graph has a
// few), so a line costs its object and a copy of the rest, written
// straight into the output's room.
// Not thread-safe: one per thread.
class SubjectLineWriter {
 public:
  // Starts the lines of `subject`.
  void Subject(const rdf::Term& subject);
  // Appends the line of (the subject, predicate, object) to `out`.
  // `predicate_id` names `predicate`: one id, one term, for as long as the
  // writer is used.
  void Append(uint32_t predicate_id, const rdf::Term& predicate, const rdf::Term& object, ByteBuffer* out);

 private:
  std::vector<char> subject_room_;
  std::string_view subject_;  // the subject's bytes, "<iri> ", in subject_room_
  IdMemo<std::string> predicates_;  // each one's bytes, "<iri> "
};

// The lines of statements given as indexes into `terms`, sorted and unique
// (a NormalizedGraph's), every one in `graph` (N-Quads) or the default
// graph: the bytes WriteLines writes for them. Returns false, writing
// nothing, when some term or the graph name is not as PrepareQuads leaves
// it (rare); the caller then writes them as quads.
bool WriteTermLines(std::span<const TermView> terms, std::span<const DocumentGraph::Triple> triples,
                    std::string_view graph, GraphMode mode, std::string* out);

// The same a piece at a time (see document_writer.h): a line format has
// neither beginning nor end, and each piece is just its lines.
std::unique_ptr<DocumentWriter> BeginLineDocument(GraphMode mode);

}  // namespace diplograph
