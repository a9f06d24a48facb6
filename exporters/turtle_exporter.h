// Turtle (default graph only): prefixes declared, subjects grouped, CURIEs where
// legal. Stateless; safe to share between threads.
#pragma once

#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace diplograph {

class TurtleExporter final : public Exporter {
 public:
  std::string_view name() const override { return "turtle"; }
  Status Write(const rdf::Dataset& dataset, std::string* out) const override;
};

}  // namespace diplograph
