// What the pictures of the graph (html, dot) show, read back from the
// statements the graph builder writes: the entities that take part in a
// relation, the relations between them (direct triples of the contract's
// predicates) with the evidence sentences of the events behind them, and the
// events themselves. Everything is sorted, so pictures are byte-stable.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractor/status.h"
#include "ontology/rdf.h"

namespace diplograph {

struct GraphView {
  struct Node {
    std::string iri;
    std::string label;    // rdfs:label, else the IRI's last segment
    std::string type;     // local name of its first dip: class ("Person"), else "Thing"
    std::string same_as;  // its first owl:sameAs, or ""
  };
  struct Edge {
    size_t from = 0;  // index into nodes
    size_t to = 0;
    std::string predicate;              // local name: "metWith"
    bool role = false;                  // affiliatedWith, ambassadorTo, leaderOf
    std::vector<std::string> evidence;  // its events' sentences, sorted, distinct
    std::vector<std::string> dates;     // its events' dates, sorted, distinct
  };
  struct Event {
    std::string iri;
    std::string type;       // local name of its class other than dip:Event
    std::string predicate;  // local name of the direct relation it stands for, or ""
    size_t agent = 0;  // index into nodes
    size_t target = 0;
    std::string date;        // dip:date, or ""
    std::string evidence;    // dip:evidence
    std::string confidence;  // dip:confidence's lexical form, or ""
    std::string source;      // the document's IRI
    std::string source_name;  // its schema:name, or ""
    std::string published;    // its schema:datePublished, or ""
  };

  std::vector<Node> nodes;    // sorted by IRI
  std::vector<Edge> edges;    // sorted by (from, to, predicate)
  std::vector<Event> events;  // dated first in date order, then undated; ties by IRI
};

// The view of `dataset`'s union graph. Fails only where PrepareQuads does.
Result<GraphView> BuildGraphView(const rdf::Dataset& dataset);

// Fill colour for a node class ("Person"): one palette for every picture.
std::string_view ClassColour(std::string_view type);
// Stroke colour for a relation: warm for pressure (warned, sanctioned, ...),
// cool for contact and agreement, grey for roles.
std::string_view PredicateColour(std::string_view predicate);
// The classes ClassColour knows, in legend order.
const std::vector<std::string_view>& KnownClasses();

}  // namespace diplograph
