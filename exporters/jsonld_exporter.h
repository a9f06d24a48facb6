// JSON-LD in compact form, written with RapidJSON:
//   {"@context": <the published context, ontology/context.jsonld>,
//    "@graph": [one node object per subject, sorted by "@id"]}
// Keys are the context's short terms where it has one ("label", "agent",
// "date"), else compact IRIs; rdf:type is written under the "@type" alias
// ("type") with class terms ("Meeting") or compact IRIs. IRIs are compacted
// to CURIEs (longest matching prefix) unless the local part starts with
// "//"; a property with several values gets an array; each value takes the
// shortest form that expands back to it under its key's coercion (see
// JsonLdContext::WriteValue). Carries the default graph only. Stateless.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/exporter.h"

namespace diplograph {

class JsonLdExporter final : public Exporter {
 public:
  std::string_view name() const override { return "jsonld"; }
  Status Write(const rdf::Dataset& dataset, std::string* out) const override;
  PieceOrder piece_order() const override { return PieceOrder::kNodeIds; }
  Result<std::unique_ptr<DocumentWriter>> BeginDocument(std::string* out) const override;
  // By "@id", as the nodes are written.
  Result<std::vector<uint32_t>> NodeOrder(std::span<const rdf::Term* const> subjects) const override;
};

}  // namespace diplograph
