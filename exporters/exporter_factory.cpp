#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/jsonld_exporter.h"
#include "exporters/nquads_exporter.h"
#include "exporters/ntriples_exporter.h"
#include "exporters/trig_exporter.h"
#include "exporters/turtle_exporter.h"

namespace diplograph {

namespace {

struct Format {
  std::string_view name;
  std::unique_ptr<Exporter> (*make)();
};

template <typename T>
std::unique_ptr<Exporter> Make() {
  return std::make_unique<T>();
}

// The order --help lists them in.
constexpr Format kFormats[] = {
    {"turtle", Make<TurtleExporter>},     {"jsonld", Make<JsonLdExporter>},
    {"ntriples", Make<NTriplesExporter>}, {"nquads", Make<NQuadsExporter>},
    {"trig", Make<TrigExporter>},
};

}  // namespace

Result<std::unique_ptr<Exporter>> MakeExporter(std::string_view format) {
  for (const Format& known : kFormats) {
    if (known.name == format) return known.make();
  }
  std::string names;
  for (const Format& known : kFormats) {
    names += (names.empty() ? "" : ", ") + std::string(known.name);
  }
  return Status::InvalidArgument("unknown format '" + std::string(format) +
                                 "' (known formats: " + names + ")");
}

std::vector<std::string> ExporterNames() {
  std::vector<std::string> names;
  for (const Format& known : kFormats) names.emplace_back(known.name);
  return names;
}

}  // namespace diplograph
