#include "cli/merged_output.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

#include "cli/merged_labels.h"
#include "cli/merged_lines.h"
#include "cli/ordered_runner.h"
#include "cli/write_order.h"
#include "exporters/export_quads.h"
#include "ontology/graph_builder.h"
#include "ontology/vocabulary.h"

namespace diplograph::cli {

namespace {

std::string DroppedMessage(const Violation& v) {
  return "dropped " + v.quad.subject.value + " " + v.quad.predicate.value + " " + v.quad.object.value + ": " +
         v.reason;
}

Status WriteWhole(MergedGraph graph, const Exporter& exporter, const Ontology& ontology, OutputSink* sink,
                  std::vector<std::string>* dropped) {
  rdf::Dataset all = graph.Slice(0, graph.size());
  graph = MergedGraph();
  MergeLabels(all);
  DropViolations(all, CheckAgainstOntology(all, ontology), dropped);
  std::string bytes;
  Status written = exporter.Write(all, &bytes);  // the union already, where graphs go
  all = rdf::Dataset();
  if (!written.ok()) return written;
  return sink->Append(bytes);
}

}  // namespace

bool WritesInSlices(const MergedGraph& graph, const Exporter& exporter) {
  const PieceOrder order = exporter.piece_order();
  if (order == PieceOrder::kWhole || (order == PieceOrder::kGraphSubjects) != exporter.keeps_graphs()) return false;
  auto as_written = [](const rdf::Term& t) {
    // Most terms are found as written without copying them (an IRI term
    // also needs no datatype or language: NormalizeTerm would drop them).
    if (IsWrittenAsIs(t.kind, t.value, t.datatype, t.lang)) return true;
    Result<rdf::Term> normalized = NormalizeTerm(t);
    return normalized.ok() && normalized.value() == t;
  };
  const std::vector<rdf::Term>& terms = graph.terms();
  // What the statements ask of their terms, a byte per term, found once:
  // the statements are many more than the terms, and read only these.
  enum : unsigned char { kLiteral = 1, kIri = 2, kNamesGraph = 4, kWritten = 8 };
  std::vector<unsigned char> term(terms.size());
  for (size_t id = 0; id < terms.size(); ++id) {
    const rdf::Term& t = terms[id];
    term[id] = (t.is_literal() ? kLiteral : 0) | (t.is_iri() ? kIri : 0) | (t.value.empty() ? 0 : kNamesGraph);
  }
  const bool keeps_graphs = exporter.keeps_graphs();
  for (const MergedGraph::Ids& q : graph.quads()) {
    if ((term[q.s] & kLiteral) || !(term[q.p] & kIri)) return false;
    if (term[q.g] & kNamesGraph) {  // the default graph "" is a term too, never written
      if (!keeps_graphs) return false;
      term[q.g] |= kWritten;  // interned as an IRI
    }
    term[q.s] |= kWritten;
    term[q.p] |= kWritten;
    term[q.o] |= kWritten;
  }
  for (size_t id = 0; id < terms.size(); ++id) {
    if ((term[id] & kWritten) && !graph.written_as_is(static_cast<MergedGraph::Id>(id)) && !as_written(terms[id])) {
      return false;
    }
  }
  // MergeLabels adds skos:altLabel, and plain literals with a label's text,
  // which are as written when that label is.
  return as_written(rdf::Term::Iri(vocab::Skos("altLabel")));
}

void DropViolations(rdf::Dataset& dataset, const std::vector<Violation>& violations,
                    std::vector<std::string>* dropped) {
  for (const Violation& v : violations) dropped->push_back(DroppedMessage(v));
  RemoveViolations(dataset, violations);  // in place: a merged graph is not copied
}

Status WriteMergedGraph(MergedGraph graph, const Exporter& exporter, const Ontology& ontology, OutputSink* sink,
                        std::vector<std::string>* dropped, size_t slice_size, unsigned jobs) {
  if (!WritesInSlices(graph, exporter)) return WriteWhole(std::move(graph), exporter, ontology, sink, dropped);
  Result<WriteOrder> order = WriteOrder::Of(graph, exporter);
  // JSON-LD cannot order nodes it cannot write: writing whole says why.
  if (!order.ok()) return WriteWhole(std::move(graph), exporter, ontology, sink, dropped);

  // A statement's fit to the ontology depends only on it and the classes of
  // its nodes, taken from the whole graph, and labels merge per subject,
  // with the label chosen over the whole graph (MergeLabels leaves rdf:type
  // alone): so each slice is processed as the whole graph would be, even
  // when it holds a subject's statements in some graphs only.
  const MergedLabels labels(graph);
  const LabelChoice chosen = [&labels](const rdf::Term& subject) { return labels.For(subject); };
  // N-Triples: written from the ids (cli/merged_lines.h), its nodes'
  // classes found by id; other formats check statements by text.
  const bool line_slices = WritesLineSlices(exporter);
  std::optional<NodeClasses> classes;
  std::optional<LineSliceContext> line_context;
  if (line_slices) {
    classes.emplace(graph, ontology);
    line_context.emplace(graph, ontology, *classes, chosen, exporter, graph.Find(rdf::Term::Iri(vocab::Rdfs("label"))),
                         graph.Find(rdf::Term::Iri(vocab::Skos("altLabel"))));
  }
  const TypeIndex types = line_slices ? TypeIndex() : graph.Index(vocab::Rdf("type"));
  // Slices are made into statements, merged and checked on `jobs` threads,
  // and written in order by this one; a format whose pieces concatenate
  // (N-Triples, N-Quads) is written on those threads too.
  struct Slice {
    size_t begin = 0, end = 0;
    rdf::Dataset statements;
    std::vector<Violation> found;
    std::string bytes;  // concatenable formats: the slice written
    ByteBuffer lines;   // N-Triples from ids: the slice written
    Status written;
  };
  const bool concatenable = exporter.concatenable();
  std::vector<Violation> violations;
  std::string bytes;
  size_t next = 0;
  const Status status = [&]() -> Status {
    Result<std::unique_ptr<DocumentWriter>> document = exporter.BeginDocument(&bytes);
    if (!document.ok()) return document.status();
    auto produce = [&](Slice* slice) -> Result<bool> {
      if (next >= order->size()) return false;
      slice->begin = next;
      slice->end = next = order->PieceEnd(next, slice_size);
      return true;
    };
    auto work = [&](Slice& slice) {
      if (line_slices) {
        slice.written = WriteLineSlice(*line_context, order->Positions(slice.begin, slice.end), &slice.lines, &slice.found);
        return;
      }
      slice.statements = graph.Gather(order->Positions(slice.begin, slice.end));
      MergeLabels(slice.statements, chosen);
      slice.found = CheckAgainstOntology(slice.statements, ontology, types);
      RemoveViolations(slice.statements, slice.found);
      if (concatenable) {
        slice.written = exporter.Write(slice.statements, &slice.bytes);
        slice.statements = rdf::Dataset();
      }
    };
    auto consume = [&](Slice& slice) -> Status {
      std::move(slice.found.begin(), slice.found.end(), std::back_inserter(violations));
      if (concatenable) {
        if (!slice.written.ok()) return slice.written;
        // The slice's bytes go to the sink as they are, not copied first.
        const std::string_view piece = line_slices ? slice.lines.view() : std::string_view(slice.bytes);
        if (bytes.empty()) return sink->Append(piece);
        bytes.append(piece);
      } else if (Status written = (*document)->Write(slice.statements, &bytes); !written.ok()) {
        return written;
      }
      if (Status appended = sink->Append(bytes); !appended.ok()) return appended;
      bytes.clear();
      return Status::Ok();
    };
    const unsigned threads = std::max(1u, jobs);
    if (Status run = RunOrdered<Slice>(threads, 2 * threads, {produce, work, consume}); !run.ok()) return run;
    if (Status finished = (*document)->Finish(&bytes); !finished.ok()) return finished;
    return sink->Append(bytes);
  }();
  // In the graph's order, as writing it whole reports them, whatever order
  // the format writes in.
  std::sort(violations.begin(), violations.end(),
            [](const Violation& a, const Violation& b) { return a.quad < b.quad; });
  for (const Violation& v : violations) dropped->push_back(DroppedMessage(v));
  return status;
}

}  // namespace diplograph::cli
