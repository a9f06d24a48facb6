#include "exporters/exporter.h"

namespace diplograph {

Result<std::unique_ptr<Exporter>> MakeExporter(std::string_view format) {
  return Status::InvalidArgument("unknown format '" + std::string(format) + "'");
}

std::vector<std::string> ExporterNames() { return {}; }

}  // namespace diplograph
