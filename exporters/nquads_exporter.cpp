#include "exporters/nquads_exporter.h"

#include "exporters/line_writer.h"

namespace diplograph {

Status NQuadsExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  return WriteLines(dataset, GraphMode::kKeep, out);
}

Result<std::unique_ptr<DocumentWriter>> NQuadsExporter::BeginDocument(std::string*) const {
  return BeginLineDocument(GraphMode::kKeep);
}

}  // namespace diplograph
