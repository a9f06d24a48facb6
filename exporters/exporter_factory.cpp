#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/dot_exporter.h"
#include "exporters/exporter.h"
#include "exporters/html_exporter.h"
#include "exporters/jsonld_events_exporter.h"
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
    {"trig", Make<TrigExporter>},         {"html", Make<HtmlExporter>},
    {"dot", Make<DotExporter>},
};

// JSON-LD layouts other than the whole graph.
constexpr Format kJsonLdFrames[] = {
    {"events", Make<JsonLdEventsExporter>},
};

template <size_t N>
std::string Names(const Format (&known)[N]) {
  std::string names;
  for (const Format& format : known) names += (names.empty() ? "" : ", ") + std::string(format.name);
  return names;
}

}  // namespace

Result<std::unique_ptr<Exporter>> MakeExporter(std::string_view format, const ExportOptions& options) {
  if (!options.jsonld_frame.empty()) {
    if (format != "jsonld") {
      return Status::InvalidArgument("a JSON-LD frame ('" + options.jsonld_frame +
                                     "') applies only to format jsonld, not '" + std::string(format) + "'");
    }
    for (const Format& frame : kJsonLdFrames) {
      if (frame.name == options.jsonld_frame) return frame.make();
    }
    return Status::InvalidArgument("unknown JSON-LD frame '" + options.jsonld_frame +
                                   "' (known frames: " + Names(kJsonLdFrames) + ")");
  }
  for (const Format& known : kFormats) {
    if (known.name == format) return known.make();
  }
  return Status::InvalidArgument("unknown format '" + std::string(format) + "' (known formats: " +
                                 Names(kFormats) + ")");
}

std::vector<std::string> ExporterNames() {
  std::vector<std::string> names;
  for (const Format& known : kFormats) names.emplace_back(known.name);
  return names;
}

std::vector<std::string> JsonLdFrameNames() {
  std::vector<std::string> names;
  for (const Format& frame : kJsonLdFrames) names.emplace_back(frame.name);
  return names;
}

}  // namespace diplograph
