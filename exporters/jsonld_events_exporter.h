// The event-centred JSON-LD layout (--jsonld-frame events), for dashboards
// that iterate events without an RDF library:
//   {"@context": <the published context>,
//    "events": [{"@id", "type": "Meeting",
//                "agent": {"@id", "type", "label", "sameAs"?},
//                "target": {...}, "date"?, "place": {...}?, "evidence",
//                "confidence", "source": {"@id", "name", "datePublished"?}},
//               ...]}
// One object per node typed dip:Event, dated events first in date order,
// then undated ones, ties by "@id". Every key holds one value (the first in
// statement order, should the graph ever hold several), "type" the event's
// class other than dip:Event. "events" is the context's alias of "@graph",
// so the document is still JSON-LD: a processor reads it into a subset of
// the full graph's statements. Dates and confidences are strings typed by
// the context (JSON numbers would become xsd:double). Stateless.
#pragma once

#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace diplograph {

class JsonLdEventsExporter final : public Exporter {
 public:
  std::string_view name() const override { return "jsonld"; }
  Status Write(const rdf::Dataset& dataset, std::string* out) const override;
};

}  // namespace diplograph
