#include "exporters/turtle_exporter.h"

#include "exporters/serd_output.h"

namespace diplograph {

Status TurtleExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  return WriteWholeDocument(*this, dataset, out);
}

Result<std::unique_ptr<DocumentWriter>> TurtleExporter::BeginDocument(std::string* out) const {
  return BeginSerdDocument(SERD_TURTLE, out);
}

}  // namespace diplograph
