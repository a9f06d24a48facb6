// One interface for every output format. An exporter turns a normalized
// Dataset into bytes; it never touches files or stdout (the caller decides
// where the bytes go, and writes files atomically).
//
// Thread safety: an Exporter holds no mutable state between calls; distinct
// instances may be used from distinct threads.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/document_writer.h"
#include "extractor/status.h"
#include "ontology/rdf.h"

namespace diplograph {

class Exporter {
 public:
  virtual ~Exporter() = default;

  // The format's name as given to --format ("turtle", "jsonld", ...).
  virtual std::string_view name() const = 0;
  // True when outputs for separate datasets may simply be concatenated
  // (N-Triples, N-Quads): the streaming mode relies on it.
  virtual bool concatenable() const { return false; }
  // True when the format keeps named graphs (TriG, N-Quads); the others are
  // given dataset.Union() by the caller.
  virtual bool keeps_graphs() const { return false; }
  // False for pictures of the graph (html, dot): no RDF parser reads them
  // back into statements.
  virtual bool rdf() const { return true; }

  // Appends the serialization of `dataset` (already normalized) to `out`.
  virtual Status Write(const rdf::Dataset& dataset, std::string* out) const = 0;

  // How a document in this format may be written in pieces (see
  // document_writer.h); kWhole when it cannot.
  virtual PieceOrder piece_order() const { return PieceOrder::kWhole; }
  // Starts a document written in pieces, appending its beginning to `out`.
  // InvalidArgument for a format whose piece_order() is kWhole.
  virtual Result<std::unique_ptr<DocumentWriter>> BeginDocument(std::string* out) const;
  // For PieceOrder::kNodeIds: the positions of `subjects` (distinct, in
  // rdf::Term order) in the order the format writes their nodes. Fails
  // where a subject cannot be written; Write() then fails as well. By
  // default, the order given.
  virtual Result<std::vector<uint32_t>> NodeOrder(std::span<const rdf::Term* const> subjects) const;
};

// Choices that shape a format's output beyond its name.
struct ExportOptions {
  // The JSON-LD layout: empty for the whole graph (JsonLdExporter), "events"
  // for the event-centred view dashboards read (JsonLdEventsExporter). Only
  // the jsonld format takes one.
  std::string jsonld_frame;
};

// The exporter for a format name and options, or InvalidArgument naming the
// known formats (or frames).
Result<std::unique_ptr<Exporter>> MakeExporter(std::string_view format, const ExportOptions& options = {});

// The format names MakeExporter accepts, in the order --help lists them.
std::vector<std::string> ExporterNames();

// The values ExportOptions::jsonld_frame accepts besides empty.
std::vector<std::string> JsonLdFrameNames();

}  // namespace diplograph
