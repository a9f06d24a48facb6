// JSON-LD in compact form, written with RapidJSON:
//   {"@context": {<every prefix of vocab::Prefixes()>},
//    "@graph": [one node object per subject, sorted by "@id"]}
// IRIs are compacted to CURIEs (longest matching namespace) unless the local
// part starts with "//"; rdf:type becomes "@type"; a property with several
// values gets an array; IRI objects are {"@id": ...}; plain strings are JSON
// strings; typed literals {"@value", "@type"}; language strings
// {"@value", "@language"}. Carries the default graph only. Stateless.
#pragma once

#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace diplograph {

class JsonLdExporter final : public Exporter {
 public:
  std::string_view name() const override { return "jsonld"; }
  Status Write(const rdf::Dataset& dataset, std::string* out) const override;
};

}  // namespace diplograph
