#include "exporters/trig_exporter.h"

#include <string>
#include <vector>

#include "exporters/export_quads.h"
#include "exporters/serd_output.h"

namespace diplograph {

Status TrigExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  Result<std::vector<rdf::Quad>> quads = PrepareQuads(dataset, GraphMode::kKeep);
  if (!quads.ok()) return quads.status();
  return WriteWithSerd(SERD_TRIG, quads.value(), out);
}

}  // namespace diplograph
