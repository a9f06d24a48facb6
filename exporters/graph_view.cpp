#include "exporters/graph_view.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "exporters/export_quads.h"
#include "exporters/subject_index.h"
#include "extractor/predicate.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

std::string LocalName(std::string_view iri) {
  const size_t cut = iri.find_last_of("/#");
  return std::string(cut == std::string_view::npos ? iri : iri.substr(cut + 1));
}

bool IsDip(const std::string& iri) { return iri.compare(0, vocab::kDip.size(), vocab::kDip) == 0; }

class ViewBuilder {
 public:
  explicit ViewBuilder(const SubjectIndex& index) : index_(index) {}

  GraphView Build(const std::vector<rdf::Quad>& quads) {
    // Relations: the direct triples, then the events behind them.
    std::map<std::string, const PredicateInfo*> by_iri, by_event_class;
    for (const PredicateInfo& info : AllPredicates()) {
      by_iri[vocab::Dip(info.local_name)] = &info;
      if (!info.event_class.empty()) by_event_class[vocab::Dip(info.event_class)] = &info;
    }
    for (const rdf::Quad& quad : quads) {
      auto info = by_iri.find(quad.predicate.value);
      if (info == by_iri.end() || quad.object.is_literal()) continue;
      EdgeFor(quad.subject, quad.object, *info->second);
    }
    for (const rdf::Term& event : index_.WithType(vocab::Dip("Event"))) AddEvent(event, by_event_class);
    return Finish();
  }

 private:
  using EdgeKey = std::tuple<rdf::Term, rdf::Term, std::string>;
  struct PendingEdge {
    bool role = false;
    std::set<std::string> evidence;
    std::set<std::string> dates;
  };

  PendingEdge& EdgeFor(const rdf::Term& from, const rdf::Term& to, const PredicateInfo& info) {
    nodes_.insert(from);
    nodes_.insert(to);
    PendingEdge& edge = edges_[{from, to, std::string(info.local_name)}];
    edge.role = info.role;
    return edge;
  }

  void AddEvent(const rdf::Term& event, const std::map<std::string, const PredicateInfo*>& by_event_class) {
    const rdf::Term* agent = index_.First(event, vocab::Dip("agent"));
    const rdf::Term* target = index_.First(event, vocab::Dip("target"));
    if (agent == nullptr || target == nullptr || agent->is_literal() || target->is_literal()) return;
    GraphView::Event out;
    out.iri = event.value;
    const PredicateInfo* info = nullptr;
    for (const rdf::Term* type : index_.Objects(event, vocab::Rdf("type"))) {
      if (!type->is_iri() || type->value == vocab::Dip("Event")) continue;
      if (out.type.empty()) out.type = LocalName(type->value);
      auto it = by_event_class.find(type->value);
      if (info == nullptr && it != by_event_class.end()) info = it->second;
    }
    if (out.type.empty()) out.type = "Event";
    out.date = index_.Text(event, vocab::Dip("date"));
    out.evidence = index_.Text(event, vocab::Dip("evidence"));
    out.confidence = index_.Text(event, vocab::Dip("confidence"));
    if (const rdf::Term* source = index_.First(event, vocab::Prov("wasDerivedFrom"))) {
      out.source = source->value;
      out.source_name = index_.Text(*source, vocab::Schema("name"));
      out.published = index_.Text(*source, vocab::Schema("datePublished"));
    }
    if (info != nullptr) {
      out.predicate = std::string(info->local_name);
      PendingEdge& edge = EdgeFor(*agent, *target, *info);
      if (!out.evidence.empty()) edge.evidence.insert(out.evidence);
      if (!out.date.empty()) edge.dates.insert(out.date);
    }
    nodes_.insert(*agent);
    nodes_.insert(*target);
    events_.push_back({std::move(out), *agent, *target});
  }

  GraphView Finish() {
    GraphView view;
    std::map<rdf::Term, size_t> index_of;
    for (const rdf::Term& node : nodes_) {
      index_of[node] = view.nodes.size();
      GraphView::Node out;
      out.iri = node.value;
      out.label = index_.Text(node, vocab::Rdfs("label"));
      if (out.label.empty()) out.label = LocalName(node.value);
      for (const rdf::Term* type : index_.Objects(node, vocab::Rdf("type"))) {
        if (type->is_iri() && IsDip(type->value)) {
          out.type = LocalName(type->value);
          break;
        }
      }
      if (out.type.empty()) out.type = "Thing";
      if (const rdf::Term* same_as = index_.First(node, vocab::Owl("sameAs"))) out.same_as = same_as->value;
      view.nodes.push_back(std::move(out));
    }
    for (auto& [key, pending] : edges_) {
      GraphView::Edge edge;
      edge.from = index_of[std::get<0>(key)];
      edge.to = index_of[std::get<1>(key)];
      edge.predicate = std::get<2>(key);
      edge.role = pending.role;
      edge.evidence.assign(pending.evidence.begin(), pending.evidence.end());
      edge.dates.assign(pending.dates.begin(), pending.dates.end());
      view.edges.push_back(std::move(edge));
    }
    std::sort(view.edges.begin(), view.edges.end(), [](const GraphView::Edge& a, const GraphView::Edge& b) {
      return std::tie(a.from, a.to, a.predicate) < std::tie(b.from, b.to, b.predicate);
    });
    for (auto& [event, agent, target] : events_) {
      event.agent = index_of[agent];
      event.target = index_of[target];
      view.events.push_back(std::move(event));
    }
    std::sort(view.events.begin(), view.events.end(), [](const GraphView::Event& a, const GraphView::Event& b) {
      return std::make_tuple(a.date.empty(), std::cref(a.date), std::cref(a.iri)) <
             std::make_tuple(b.date.empty(), std::cref(b.date), std::cref(b.iri));
    });
    return view;
  }

  struct PendingEvent {
    GraphView::Event event;
    rdf::Term agent;
    rdf::Term target;
  };

  const SubjectIndex& index_;
  std::set<rdf::Term> nodes_;
  std::map<EdgeKey, PendingEdge> edges_;
  std::vector<PendingEvent> events_;
};

struct Colour {
  std::string_view name;
  std::string_view colour;
};

// Distinct hues for the classes an analyst tells apart first (people,
// countries, organizations), softer ones for the rest.
constexpr Colour kClassColours[] = {
    {"Person", "#4e79a7"},
    {"Country", "#e15759"},
    {"City", "#f28e2b"},
    {"Place", "#edc948"},
    {"GovernmentBody", "#59a14f"},
    {"InternationalOrganization", "#76b7b2"},
    {"NewsAgency", "#b07aa1"},
    {"Organization", "#9c755f"},
    {"Agreement", "#ff9da7"},
    {"Vessel", "#8cd17d"},
};

constexpr Colour kPredicateColours[] = {
    {"metWith", "#2b6cb0"},        {"visited", "#3182ce"},    {"agreedWith", "#2f855a"},
    {"cooperatesWith", "#38a169"}, {"signed", "#276749"},     {"urged", "#d69e2e"},
    {"expressedConcernAbout", "#dd6b20"}, {"warned", "#c53030"}, {"condemned", "#9b2c2c"},
    {"protestedTo", "#e53e3e"},    {"summoned", "#c05621"},   {"sanctioned", "#742a2a"},
};

}  // namespace

Result<GraphView> BuildGraphView(const rdf::Dataset& dataset) {
  Result<std::vector<rdf::Quad>> prepared = PrepareQuads(dataset, GraphMode::kDrop);
  if (!prepared.ok()) return prepared.status();
  const SubjectIndex index(prepared.value());
  return ViewBuilder(index).Build(prepared.value());
}

std::string_view ClassColour(std::string_view type) {
  for (const Colour& c : kClassColours) {
    if (c.name == type) return c.colour;
  }
  return "#bab0ac";
}

std::string_view PredicateColour(std::string_view predicate) {
  for (const Colour& c : kPredicateColours) {
    if (c.name == predicate) return c.colour;
  }
  return "#a0aec0";
}

const std::vector<std::string_view>& KnownClasses() {
  static const std::vector<std::string_view> kClasses = [] {
    std::vector<std::string_view> out;
    for (const Colour& c : kClassColours) out.push_back(c.name);
    return out;
  }();
  return kClasses;
}

}  // namespace diplograph
