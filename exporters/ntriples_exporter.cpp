#include "exporters/ntriples_exporter.h"

#include "exporters/line_writer.h"

namespace diplograph {

Status NTriplesExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  return WriteLines(dataset, GraphMode::kDrop, out);
}

Result<std::unique_ptr<DocumentWriter>> NTriplesExporter::BeginDocument(std::string*) const {
  return BeginLineDocument(GraphMode::kDrop);
}

}  // namespace diplograph
