// N-Triples (default graph only): one statement per line, full IRIs, so the
// outputs of separate datasets may be concatenated. Stateless.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace diplograph {

class NTriplesExporter final : public Exporter {
 public:
  std::string_view name() const override { return "ntriples"; }
  bool concatenable() const override { return true; }
  Status Write(const rdf::Dataset& dataset, std::string* out) const override;
  PieceOrder piece_order() const override { return PieceOrder::kSubjects; }
  Result<std::unique_ptr<DocumentWriter>> BeginDocument(std::string* out) const override;
};

}  // namespace diplograph
