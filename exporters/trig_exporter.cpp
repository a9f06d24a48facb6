#include "exporters/trig_exporter.h"

#include "exporters/serd_output.h"

namespace diplograph {

Status TrigExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  return WriteWholeDocument(*this, dataset, out);
}

Result<std::unique_ptr<DocumentWriter>> TrigExporter::BeginDocument(std::string* out) const {
  return BeginSerdDocument(SERD_TRIG, out);
}

}  // namespace diplograph
