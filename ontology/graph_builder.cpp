#include "ontology/graph_builder.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "extractor/name_key.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

using rdf::Term;

std::string Hex64(uint64_t v, int digits) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return std::string(buf + 16 - digits);
}

// FNV-1a: stable across platforms and runs, unlike std::hash.
uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::string Decimal(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", v < 0 ? 0.0 : v > 1 ? 1.0 : v);
  return buf;
}

class Builder {
 public:
  explicit Builder(const Document& doc) : doc_(doc), graph_(DocumentIri(doc)) {}

  rdf::Dataset Build() {
    AddDocument();
    ChooseEntities();
    for (int e : emitted_) AddEntity(e);
    AddRelations();
    return std::move(out_);
  }

 private:
  void Add(Term s, const std::string& p, Term o) {
    out_.Add(std::move(s), Term::Iri(p), std::move(o), graph_);
  }
  Term EntityTerm(int e) const { return Term::Iri(doc_.entities[static_cast<size_t>(e)].iri); }

  void AddDocument() {
    Term d = Term::Iri(graph_);
    Add(d, vocab::Rdf("type"), Term::Iri(vocab::Dip("Document")));
    Add(d, vocab::Schema("name"), Term::Literal(doc_.id));
    if (doc_.published) {
      Add(d, vocab::Schema("datePublished"), Term::Typed(doc_.published->ToIso(), vocab::Xsd("date")));
    }
    if (!doc_.url.empty()) Add(d, vocab::Schema("url"), Term::Typed(doc_.url, vocab::Xsd("anyURI")));
  }

  // Entities named in the text, plus those that take part in a relation or
  // are the country of an emitted entity.
  void ChooseEntities() {
    std::set<int> chosen;
    for (const Mention& m : doc_.mentions) {
      if (m.entity < 0) continue;
      // Agreements are specific documents even when only described ("their
      // mutual defense treaty"); other descriptions need a part in a relation.
      bool named = m.kind == MentionKind::kName || m.kind == MentionKind::kCapital ||
                   m.kind == MentionKind::kPartial ||
                   (m.kind == MentionKind::kNominal && m.type == EntityType::kAgreement);
      if (named) chosen.insert(m.entity);
    }
    for (const Relation& r : doc_.relations) {
      chosen.insert(r.subject);
      chosen.insert(r.object);
      if (r.place >= 0) chosen.insert(r.place);
    }
    emitted_.assign(chosen.begin(), chosen.end());
  }

  void AddEntity(int idx) {
    const Entity& e = doc_.entities[static_cast<size_t>(idx)];
    Term s = Term::Iri(e.iri);
    Add(s, vocab::Rdf("type"), Term::Iri(vocab::Dip(EntityTypeName(e.type))));
    Add(s, vocab::Rdfs("label"), Term::Literal(e.label));
    for (const auto& alt : e.alt_labels) Add(s, vocab::Skos("altLabel"), Term::Literal(alt));
    if (!e.same_as.empty()) Add(s, vocab::Owl("sameAs"), Term::Iri(e.same_as));
    bool has_country = e.type == EntityType::kGovernmentBody || e.type == EntityType::kCity;
    if (has_country && e.country >= 0 && emitted_set().count(e.country)) {
      Add(s, vocab::Dip("country"), EntityTerm(e.country));
    }
  }

  const std::set<int>& emitted_set() {
    if (emitted_lookup_.empty()) emitted_lookup_.insert(emitted_.begin(), emitted_.end());
    return emitted_lookup_;
  }

  void AddRelations() {
    // One event per (predicate, subject, object, sentence); the most
    // confident reading of it wins.
    std::map<std::tuple<int, int, int, size_t>, const Relation*> events;
    for (const Relation& r : doc_.relations) {
      int s = r.subject, o = r.object;
      const PredicateInfo& info = Info(r.predicate);
      if (info.symmetric && doc_.entities[static_cast<size_t>(o)].iri < doc_.entities[static_cast<size_t>(s)].iri) {
        std::swap(s, o);
      }
      Add(EntityTerm(s), vocab::Dip(info.local_name), EntityTerm(o));
      if (info.role) continue;
      auto key = std::make_tuple(static_cast<int>(r.predicate), s, o, r.sentence);
      auto [it, inserted] = events.emplace(key, &r);
      if (!inserted && (r.confidence > it->second->confidence ||
                        (r.confidence == it->second->confidence && r.rule < it->second->rule))) {
        it->second = &r;
      }
    }
    for (const auto& [key, r] : events) AddEvent(*r, std::get<1>(key), std::get<2>(key));
  }

  void AddEvent(const Relation& r, int s, int o) {
    const PredicateInfo& info = Info(r.predicate);
    const Sentence& sent = doc_.sentences[r.sentence];
    std::string id = graph_ + "|" + std::string(info.local_name) + "|" +
                     doc_.entities[static_cast<size_t>(s)].iri + "|" +
                     doc_.entities[static_cast<size_t>(o)].iri + "|" + std::to_string(sent.span.begin);
    Term ev = Term::Iri(vocab::Dipr("event/" + Hex64(Fnv1a(id), 16)));
    Add(ev, vocab::Rdf("type"), Term::Iri(vocab::Dip(info.event_class)));
    Add(ev, vocab::Rdf("type"), Term::Iri(vocab::Dip("Event")));
    Add(ev, vocab::Dip("agent"), EntityTerm(s));
    Add(ev, vocab::Dip("target"), EntityTerm(o));
    if (r.date) Add(ev, vocab::Dip("date"), Term::Typed(r.date->ToIso(), vocab::Xsd("date")));
    if (r.place >= 0) Add(ev, vocab::Dip("place"), EntityTerm(r.place));
    Add(ev, vocab::Prov("wasDerivedFrom"), Term::Iri(graph_));
    Add(ev, vocab::Dip("evidence"), Term::Literal(std::string(doc_.View(sent.span))));
    Add(ev, vocab::Dip("evidenceStart"),
        Term::Typed(std::to_string(sent.span.begin), vocab::Xsd("nonNegativeInteger")));
    Add(ev, vocab::Dip("evidenceEnd"),
        Term::Typed(std::to_string(sent.span.end), vocab::Xsd("nonNegativeInteger")));
    Add(ev, vocab::Dip("confidence"), Term::Typed(Decimal(r.confidence), vocab::Xsd("decimal")));
    Add(ev, vocab::Dip("rule"), Term::Literal(r.rule));
  }

  const Document& doc_;
  std::string graph_;
  rdf::Dataset out_;
  std::vector<int> emitted_;
  std::set<int> emitted_lookup_;
};

}  // namespace

std::string DocumentIri(const Document& doc) {
  std::string slug = Slugify(doc.id);
  if (slug.empty()) slug = "document";
  return vocab::Dipr("doc/" + slug + "-" + Hex64(Fnv1a(doc.text), 8));
}

rdf::Dataset BuildDocumentGraph(const Document& doc) { return Builder(doc).Build(); }

}  // namespace diplograph
