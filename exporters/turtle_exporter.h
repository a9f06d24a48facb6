// Turtle (default graph only): prefixes declared, subjects grouped, CURIEs where
// legal. Stateless; safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace diplograph {

class TurtleExporter final : public Exporter {
 public:
  std::string_view name() const override { return "turtle"; }
  Status Write(const rdf::Dataset& dataset, std::string* out) const override;
  PieceOrder piece_order() const override { return PieceOrder::kSubjects; }
  Result<std::unique_ptr<DocumentWriter>> BeginDocument(std::string* out) const override;
};

}  // namespace diplograph
