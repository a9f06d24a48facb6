#include "exporters/turtle_exporter.h"

#include <string>
#include <vector>

#include "exporters/export_quads.h"
#include "exporters/serd_output.h"

namespace diplograph {

Status TurtleExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  Result<std::vector<rdf::Quad>> quads = PrepareQuads(dataset, GraphMode::kDrop);
  if (!quads.ok()) return quads.status();
  return WriteWithSerd(SERD_TURTLE, quads.value(), out);
}

}  // namespace diplograph
