#include "exporters/nquads_exporter.h"

#include <string>
#include <vector>

#include "exporters/line_writer.h"

namespace diplograph {

Status NQuadsExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  return WriteLines(dataset, GraphMode::kKeep, out);
}

}  // namespace diplograph
