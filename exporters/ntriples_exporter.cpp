#include "exporters/ntriples_exporter.h"

#include <string>
#include <vector>

#include "exporters/line_writer.h"

namespace diplograph {

Status NTriplesExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  return WriteLines(dataset, GraphMode::kDrop, out);
}

}  // namespace diplograph
