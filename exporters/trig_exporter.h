// TriG: one graph block per named graph (default-graph statements first, outside
// any block), prefixes declared, abbreviated like Turtle. Stateless.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace diplograph {

class TrigExporter final : public Exporter {
 public:
  std::string_view name() const override { return "trig"; }
  bool keeps_graphs() const override { return true; }
  Status Write(const rdf::Dataset& dataset, std::string* out) const override;
  PieceOrder piece_order() const override { return PieceOrder::kGraphSubjects; }
  Result<std::unique_ptr<DocumentWriter>> BeginDocument(std::string* out) const override;
};

}  // namespace diplograph
