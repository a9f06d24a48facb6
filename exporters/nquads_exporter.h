// N-Quads: N-Triples with graph names; concatenable. Stateless.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace diplograph {

class NQuadsExporter final : public Exporter {
 public:
  std::string_view name() const override { return "nquads"; }
  bool concatenable() const override { return true; }
  bool keeps_graphs() const override { return true; }
  Status Write(const rdf::Dataset& dataset, std::string* out) const override;
  PieceOrder piece_order() const override { return PieceOrder::kGraphSubjects; }
  Result<std::unique_ptr<DocumentWriter>> BeginDocument(std::string* out) const override;
};

}  // namespace diplograph
