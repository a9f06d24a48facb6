#include "ontology/graph_builder.h"

#include <algorithm>
#include <cstdint>
#include <charconv>
#include <map>
#include <tuple>
#include <vector>

#include "extractor/name_key.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

using rdf::Term;

// The last `digits` hex digits of `v`, lower case (as "%016llx" gives them).
std::string Hex64(uint64_t v, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(static_cast<size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, v >>= 4) out[static_cast<size_t>(i)] = kHex[v & 0xF];
  return out;
}

// FNV-1a: stable across platforms and runs, unlike std::hash.
uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// "%.2f" of the value clamped to [0, 1]; to_chars is printf's "C" locale
// output without the format parsing.
std::string Decimal(double v) {
  char buf[16];
  const auto end = std::to_chars(buf, buf + sizeof buf, v < 0 ? 0.0 : v > 1 ? 1.0 : v, std::chars_format::fixed, 2);
  return std::string(buf, end.ptr);
}

std::string Unsigned(size_t v) {
  char buf[24];
  const auto end = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end.ptr);
}

// The IRIs every document repeats, made once per process: a statement then
// copies a ready term instead of joining a namespace and a name twice.
struct Terms {
  Term type = Term::Iri(vocab::Rdf("type"));
  Term label = Term::Iri(vocab::Rdfs("label"));
  Term alt_label = Term::Iri(vocab::Skos("altLabel"));
  Term same_as = Term::Iri(vocab::Owl("sameAs"));
  Term name = Term::Iri(vocab::Schema("name"));
  Term date_published = Term::Iri(vocab::Schema("datePublished"));
  Term url = Term::Iri(vocab::Schema("url"));
  Term country = Term::Iri(vocab::Dip("country"));
  Term document = Term::Iri(vocab::Dip("Document"));
  Term event = Term::Iri(vocab::Dip("Event"));
  Term agent = Term::Iri(vocab::Dip("agent"));
  Term target = Term::Iri(vocab::Dip("target"));
  Term date = Term::Iri(vocab::Dip("date"));
  Term place = Term::Iri(vocab::Dip("place"));
  Term derived_from = Term::Iri(vocab::Prov("wasDerivedFrom"));
  Term evidence = Term::Iri(vocab::Dip("evidence"));
  Term evidence_start = Term::Iri(vocab::Dip("evidenceStart"));
  Term evidence_end = Term::Iri(vocab::Dip("evidenceEnd"));
  Term confidence = Term::Iri(vocab::Dip("confidence"));
  Term rule = Term::Iri(vocab::Dip("rule"));
  std::string xsd_date = vocab::Xsd("date");
  std::string xsd_any_uri = vocab::Xsd("anyURI");
  std::string xsd_non_negative = vocab::Xsd("nonNegativeInteger");
  std::string xsd_decimal = vocab::Xsd("decimal");
  std::vector<Term> predicates;     // by Predicate
  std::vector<Term> event_classes;  // by Predicate (roles: unused)
  std::vector<Term> entity_classes;  // by EntityType

  Terms() {
    for (const PredicateInfo& info : AllPredicates()) {
      predicates.push_back(Term::Iri(vocab::Dip(info.local_name)));
      event_classes.push_back(Term::Iri(vocab::Dip(info.event_class)));
    }
    for (int t = 0; t <= static_cast<int>(EntityType::kVessel); ++t) {
      entity_classes.push_back(Term::Iri(vocab::Dip(EntityTypeName(static_cast<EntityType>(t)))));
    }
  }

  static const Terms& Get() {
    static const Terms terms;
    return terms;
  }
};

class Builder {
 public:
  explicit Builder(const Document& doc) : doc_(doc), graph_(DocumentIri(doc)) {}

  rdf::Dataset Build() {
    ChooseEntities();
    out_.Reserve(EstimatedSize());
    AddDocument();
    for (int e : emitted_) AddEntity(e);
    AddRelations();
    return std::move(out_);
  }

 private:
  // An upper bound on the statements Build makes, so that the dataset
  // grows once instead of moving every statement at each doubling.
  size_t EstimatedSize() const {
    size_t n = 4 + 13 * doc_.relations.size();  // document; per relation a triple and an event
    for (int e : emitted_) n += 4 + doc_.entities[static_cast<size_t>(e)].alt_labels.size();
    return n;
  }

  // The statement is built where it is stored: no temporaries to move.
  void Add(const Term& s, const Term& p, Term o) { out_.Emplace(s, p, std::move(o), graph_); }
  const Term& EntityTerm(int e) {
    Term& t = entity_terms_[static_cast<size_t>(e)];
    if (t.value.empty()) t = Term::Iri(doc_.entities[static_cast<size_t>(e)].iri);
    return t;
  }

  void AddDocument() {
    const Terms& v = Terms::Get();
    const Term d = Term::Iri(graph_);
    Add(d, v.type, v.document);
    Add(d, v.name, Term::Literal(doc_.id));
    if (doc_.published) Add(d, v.date_published, Term::Typed(doc_.published->ToIso(), v.xsd_date));
    if (!doc_.url.empty()) Add(d, v.url, Term::Typed(doc_.url, v.xsd_any_uri));
  }

  // Entities named in the text, plus those that take part in a relation or
  // are the country of an emitted entity.
  void ChooseEntities() {
    std::vector<bool> chosen(doc_.entities.size());
    auto choose = [&](int e) { chosen[static_cast<size_t>(e)] = true; };
    for (const Mention& m : doc_.mentions) {
      if (m.entity < 0) continue;
      // Agreements are specific documents even when only described ("their
      // mutual defense treaty"); other descriptions need a part in a relation.
      bool named = m.kind == MentionKind::kName || m.kind == MentionKind::kCapital ||
                   m.kind == MentionKind::kPartial ||
                   (m.kind == MentionKind::kNominal && m.type == EntityType::kAgreement);
      if (named) choose(m.entity);
    }
    for (const Relation& r : doc_.relations) {
      choose(r.subject);
      choose(r.object);
      if (r.place >= 0) choose(r.place);
    }
    for (size_t e = 0; e < chosen.size(); ++e) {
      if (chosen[e]) emitted_.push_back(static_cast<int>(e));
    }
    chosen_ = std::move(chosen);
    entity_terms_.resize(doc_.entities.size());
  }

  void AddEntity(int idx) {
    const Terms& v = Terms::Get();
    const Entity& e = doc_.entities[static_cast<size_t>(idx)];
    const Term& s = EntityTerm(idx);
    Add(s, v.type, v.entity_classes[static_cast<size_t>(e.type)]);
    Add(s, v.label, Term::Literal(e.label));
    for (const auto& alt : e.alt_labels) Add(s, v.alt_label, Term::Literal(alt));
    if (!e.same_as.empty()) Add(s, v.same_as, Term::Iri(e.same_as));
    bool has_country = e.type == EntityType::kGovernmentBody || e.type == EntityType::kCity;
    if (has_country && e.country >= 0 && chosen_[static_cast<size_t>(e.country)]) {
      Add(s, v.country, EntityTerm(e.country));
    }
  }

  void AddRelations() {
    const Terms& v = Terms::Get();
    // One event per (predicate, subject, object, sentence); the most
    // confident reading of it wins.
    std::map<std::tuple<int, int, int, size_t>, const Relation*> events;
    for (const Relation& r : doc_.relations) {
      int s = r.subject, o = r.object;
      const PredicateInfo& info = Info(r.predicate);
      if (info.symmetric && doc_.entities[static_cast<size_t>(o)].iri < doc_.entities[static_cast<size_t>(s)].iri) {
        std::swap(s, o);
      }
      Add(EntityTerm(s), v.predicates[static_cast<size_t>(r.predicate)], EntityTerm(o));
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

  // The event's IRI: a hash of what makes it one event, built in a buffer
  // reused across events.
  Term EventTerm(const PredicateInfo& info, int s, int o, size_t begin) {
    id_.clear();
    id_.append(graph_).append("|").append(info.local_name).append("|");
    id_.append(doc_.entities[static_cast<size_t>(s)].iri).append("|");
    id_.append(doc_.entities[static_cast<size_t>(o)].iri).append("|").append(Unsigned(begin));
    return Term::Iri(vocab::Dipr("event/" + Hex64(Fnv1a(id_), 16)));
  }

  void AddEvent(const Relation& r, int s, int o) {
    const Terms& v = Terms::Get();
    const PredicateInfo& info = Info(r.predicate);
    const Sentence& sent = doc_.sentences[r.sentence];
    const Term ev = EventTerm(info, s, o, sent.span.begin);
    Add(ev, v.type, v.event_classes[static_cast<size_t>(r.predicate)]);
    Add(ev, v.type, v.event);
    Add(ev, v.agent, EntityTerm(s));
    Add(ev, v.target, EntityTerm(o));
    if (r.date) Add(ev, v.date, Term::Typed(r.date->ToIso(), v.xsd_date));
    if (r.place >= 0) Add(ev, v.place, EntityTerm(r.place));
    Add(ev, v.derived_from, Term::Iri(graph_));
    Add(ev, v.evidence, Term::Literal(std::string(doc_.View(sent.span))));
    Add(ev, v.evidence_start, Term::Typed(Unsigned(sent.span.begin), v.xsd_non_negative));
    Add(ev, v.evidence_end, Term::Typed(Unsigned(sent.span.end), v.xsd_non_negative));
    Add(ev, v.confidence, Term::Typed(Decimal(r.confidence), v.xsd_decimal));
    Add(ev, v.rule, Term::Literal(r.rule));
  }

  const Document& doc_;
  std::string graph_;
  rdf::Dataset out_;
  std::vector<int> emitted_;     // ascending
  std::vector<bool> chosen_;     // by entity: emitted
  std::vector<Term> entity_terms_;  // by entity, made on first use
  std::string id_;
};

}  // namespace

std::string DocumentIri(const Document& doc) {
  std::string slug = Slugify(doc.id);
  if (slug.empty()) slug = "document";
  return vocab::Dipr("doc/" + slug + "-" + Hex64(Fnv1a(doc.text), 8));
}

rdf::Dataset BuildDocumentGraph(const Document& doc) { return Builder(doc).Build(); }

}  // namespace diplograph
