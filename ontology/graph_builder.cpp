#include "ontology/graph_builder.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <charconv>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "extractor/name_key.h"
#include "extractor/one_line.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

using rdf::Term;

// Appends the last `digits` (at most 16) hex digits of `v`, lower case (as
// "%016llx" gives them), to `out`.
void AppendHex64(uint64_t v, int digits, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  char buf[16];
  for (int i = digits - 1; i >= 0; --i, v >>= 4) buf[i] = kHex[v & 0xF];
  out.append(buf, static_cast<size_t>(digits));
}

// FNV-1a: stable across platforms and runs, unlike std::hash. Eight bytes
// a round, so that a document's whole text (hashed for its IRI) pays the
// loop's own steps once per eight bytes, not per byte; same hash.
uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  constexpr uint64_t kPrime = 1099511628211ull;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    h = (h ^ p[i]) * kPrime;
    h = (h ^ p[i + 1]) * kPrime;
    h = (h ^ p[i + 2]) * kPrime;
    h = (h ^ p[i + 3]) * kPrime;
    h = (h ^ p[i + 4]) * kPrime;
    h = (h ^ p[i + 5]) * kPrime;
    h = (h ^ p[i + 6]) * kPrime;
    h = (h ^ p[i + 7]) * kPrime;
  }
  for (; i < n; ++i) h = (h ^ p[i]) * kPrime;
  return h;
}

// "%.2f" of the value clamped to [0, 1]; to_chars is printf's "C" locale
// output without the format parsing. Confidences take a handful of values,
// each written once per thread and remembered (by its bits): to_chars cost
// more than the rest of the statement. Valid until the next call.
const std::string& Decimal(double v) {
  struct Written {
    uint64_t bits;
    std::string text;
  };
  constexpr size_t kRemembered = 32;
  thread_local std::vector<Written> written;
  thread_local std::string unremembered;
  const auto bits = std::bit_cast<uint64_t>(v);
  for (const Written& w : written) {
    if (w.bits == bits) return w.text;
  }
  char buf[16];
  const auto end = std::to_chars(buf, buf + sizeof buf, v < 0 ? 0.0 : v > 1 ? 1.0 : v, std::chars_format::fixed, 2);
  if (written.size() == kRemembered) return unremembered.assign(buf, end.ptr);
  return written.emplace_back(Written{bits, std::string(buf, end.ptr)}).text;
}

// Date::ToIso()'s "%04d-%02d-%02d" without printf, for the dates it
// always gets (years 0..9999); others go to ToIso itself.
std::string Iso(const Date& date) {
  if (date.year < 0 || date.year > 9999 || date.month < 0 || date.month > 99 || date.day < 0 || date.day > 99) {
    return date.ToIso();
  }
  auto digit = [](int v) { return static_cast<char>('0' + v % 10); };
  return {digit(date.year / 1000), digit(date.year / 100), digit(date.year / 10), digit(date.year), '-',
          digit(date.month / 10), digit(date.month), '-', digit(date.day / 10), digit(date.day)};
}

std::string Unsigned(size_t v) {
  char buf[24];
  const auto end = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end.ptr);
}

// The IRIs every document repeats, made once per process and numbered, so
// that a document's graph refers to them without copying their text and
// adds each at most once.
struct Terms {
  std::vector<rdf::Term> all;
  size_t type = Iri(vocab::Rdf("type"));
  size_t label = Iri(vocab::Rdfs("label"));
  size_t alt_label = Iri(vocab::Skos("altLabel"));
  size_t same_as = Iri(vocab::Owl("sameAs"));
  size_t name = Iri(vocab::Schema("name"));
  size_t date_published = Iri(vocab::Schema("datePublished"));
  size_t url = Iri(vocab::Schema("url"));
  size_t location_created = Iri(vocab::Schema("locationCreated"));
  size_t author = Iri(vocab::Schema("author"));
  size_t country = Iri(vocab::Dip("country"));
  size_t document = Iri(vocab::Dip("Document"));
  size_t event = Iri(vocab::Dip("Event"));
  size_t agent = Iri(vocab::Dip("agent"));
  size_t target = Iri(vocab::Dip("target"));
  size_t date = Iri(vocab::Dip("date"));
  size_t place = Iri(vocab::Dip("place"));
  size_t derived_from = Iri(vocab::Prov("wasDerivedFrom"));
  size_t evidence = Iri(vocab::Dip("evidence"));
  size_t evidence_start = Iri(vocab::Dip("evidenceStart"));
  size_t evidence_end = Iri(vocab::Dip("evidenceEnd"));
  size_t confidence = Iri(vocab::Dip("confidence"));
  size_t rule = Iri(vocab::Dip("rule"));
  std::string xsd_date = vocab::Xsd("date");
  std::string xsd_any_uri = vocab::Xsd("anyURI");
  std::string xsd_non_negative = vocab::Xsd("nonNegativeInteger");
  std::string xsd_decimal = vocab::Xsd("decimal");
  std::vector<size_t> predicates;      // by Predicate
  std::vector<size_t> event_classes;   // by Predicate (roles: unused)
  std::vector<size_t> entity_classes;  // by EntityType

  Terms() {
    for (const PredicateInfo& info : AllPredicates()) {
      predicates.push_back(Iri(vocab::Dip(info.local_name)));
      event_classes.push_back(Iri(vocab::Dip(info.event_class)));
    }
    for (int t = 0; t <= static_cast<int>(EntityType::kVessel); ++t) {
      entity_classes.push_back(Iri(vocab::Dip(EntityTypeName(static_cast<EntityType>(t)))));
    }
  }
  Terms(const Terms&) = delete;  // the graphs keep views of all
  Terms& operator=(const Terms&) = delete;

  static const Terms& Get() {
    static const Terms terms;
    return terms;
  }

 private:
  size_t Iri(std::string iri) {
    all.push_back(Term::Iri(std::move(iri)));
    return all.size() - 1;
  }
};

using Id = DocumentGraph::Id;
constexpr Id kNone = UINT32_MAX;

class Builder {
 public:
  explicit Builder(const Document& doc)
      : doc_(doc), v_(Terms::Get()), out_(DocumentIri(doc)), fixed_ids_(v_.all.size(), kNone) {}

  DocumentGraph Build() {
    ChooseEntities();
    out_.Reserve(EstimatedTerms(), EstimatedSize(), EstimatedBytes());
    AddDocument();
    for (int e : emitted_) AddEntity(e);
    AddRelations();
    return std::move(out_);
  }

 private:
  // Upper bounds on what Build makes, so that the graph grows once.
  size_t EstimatedSize() const {
    size_t n = 6 + 13 * doc_.relations.size();  // document; per relation a triple and an event
    for (int e : emitted_) n += 4 + doc_.entities[static_cast<size_t>(e)].alt_labels.size();
    return n;
  }
  size_t EstimatedTerms() const { return v_.all.size() + EstimatedSize(); }
  size_t EstimatedBytes() const {
    size_t n = 2 * out_.graph().size() + doc_.id.size() + doc_.url.size() + 64;
    for (int e : emitted_) {
      const Entity& entity = doc_.entities[static_cast<size_t>(e)];
      n += entity.iri.size() + entity.label.size() + entity.same_as.size();
      for (const auto& alt : entity.alt_labels) n += alt.size();
    }
    for (const Relation& r : doc_.relations) {
      n += vocab::kDipr.size() + 32 + r.rule.size() + 48;
      if (r.sentence < doc_.sentences.size()) n += doc_.sentences[r.sentence].span.size();
    }
    return n;
  }

  void Add(Id s, size_t p, Id o) { out_.Add(s, Fixed(p), o); }
  Id Fixed(size_t index) {
    Id& id = fixed_ids_[index];
    if (id == kNone) id = out_.AddFixed(rdf::Term::Kind::kIri, v_.all[index].value);
    return id;
  }
  Id Literal(std::string_view text, std::string_view datatype = {}) {
    return out_.AddCopy(rdf::Term::Kind::kLiteral, text, datatype);
  }
  Id EntityTerm(int e) {
    Id& id = entity_ids_[static_cast<size_t>(e)];
    if (id == kNone) id = out_.AddCopy(rdf::Term::Kind::kIri, doc_.entities[static_cast<size_t>(e)].iri);
    return id;
  }
  Id DocumentTerm() {
    if (document_id_ == kNone) document_id_ = out_.AddCopy(rdf::Term::Kind::kIri, out_.graph());
    return document_id_;
  }

  void AddDocument() {
    const Id d = DocumentTerm();
    Add(d, v_.type, Fixed(v_.document));
    Add(d, v_.name, Literal(doc_.id));
    if (doc_.published) Add(d, v_.date_published, Literal(Iso(*doc_.published), v_.xsd_date));
    if (!doc_.url.empty()) Add(d, v_.url, Literal(doc_.url, v_.xsd_any_uri));
    if (doc_.dateline_place >= 0) Add(d, v_.location_created, EntityTerm(doc_.dateline_place));
    if (doc_.dateline_author >= 0) Add(d, v_.author, EntityTerm(doc_.dateline_author));
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
    if (doc_.dateline_place >= 0) choose(doc_.dateline_place);
    if (doc_.dateline_author >= 0) choose(doc_.dateline_author);
    for (size_t e = 0; e < chosen.size(); ++e) {
      if (chosen[e]) emitted_.push_back(static_cast<int>(e));
    }
    chosen_ = std::move(chosen);
    entity_ids_.assign(doc_.entities.size(), kNone);
  }

  void AddEntity(int idx) {
    const Entity& e = doc_.entities[static_cast<size_t>(idx)];
    const Id s = EntityTerm(idx);
    Add(s, v_.type, Fixed(v_.entity_classes[static_cast<size_t>(e.type)]));
    Add(s, v_.label, Literal(e.label));
    for (const auto& alt : e.alt_labels) Add(s, v_.alt_label, Literal(alt));
    if (!e.same_as.empty()) Add(s, v_.same_as, out_.AddCopy(rdf::Term::Kind::kIri, e.same_as));
    bool has_country = e.type == EntityType::kGovernmentBody || e.type == EntityType::kCity;
    if (has_country && e.country >= 0 && chosen_[static_cast<size_t>(e.country)]) {
      Add(s, v_.country, EntityTerm(e.country));
    }
  }

  void AddRelations() {
    // One event per (predicate, subject, object, sentence); the most
    // confident reading of it wins.
    // Collected in a vector and sorted by key (stably: among equals the
    // first added is met first, as a map's emplace keeps it).
    using Key = std::tuple<int, int, int, size_t>;
    std::vector<std::pair<Key, const Relation*>> events;
    events.reserve(doc_.relations.size());
    for (const Relation& r : doc_.relations) {
      int s = r.subject, o = r.object;
      const PredicateInfo& info = Info(r.predicate);
      if (info.symmetric && doc_.entities[static_cast<size_t>(o)].iri < doc_.entities[static_cast<size_t>(s)].iri) {
        std::swap(s, o);
      }
      Add(EntityTerm(s), v_.predicates[static_cast<size_t>(r.predicate)], EntityTerm(o));
      if (info.role) continue;
      events.emplace_back(Key{static_cast<int>(r.predicate), s, o, r.sentence}, &r);
    }
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t begin = 0, end = 0; begin < events.size(); begin = end) {
      const Relation* best = events[begin].second;
      for (end = begin + 1; end < events.size() && events[end].first == events[begin].first; ++end) {
        const Relation& r = *events[end].second;
        if (r.confidence > best->confidence || (r.confidence == best->confidence && r.rule < best->rule)) best = &r;
      }
      AddEvent(*best, std::get<1>(events[begin].first), std::get<2>(events[begin].first));
    }
  }

  // The event's IRI: a hash of what makes it one event, built in a buffer
  // reused across events.
  // The hash is of "graph|predicate|subject|object|begin", taken a piece at
  // a time, its start ("graph|") once per document.
  Id EventTerm(const PredicateInfo& info, int s, int o, size_t begin) {
    if (!graph_hash_) graph_hash_ = Fnv1a("|", Fnv1a(out_.graph()));
    uint64_t hash = Fnv1a("|", Fnv1a(info.local_name, *graph_hash_));
    hash = Fnv1a("|", Fnv1a(doc_.entities[static_cast<size_t>(s)].iri, hash));
    hash = Fnv1a("|", Fnv1a(doc_.entities[static_cast<size_t>(o)].iri, hash));
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, begin);
    hash = Fnv1a(std::string_view(digits, static_cast<size_t>(end.ptr - digits)), hash);
    id_.assign(vocab::kDipr).append("event/");
    AppendHex64(hash, 16, id_);
    return out_.AddCopy(rdf::Term::Kind::kIri, id_);
  }

  void AddEvent(const Relation& r, int s, int o) {
    const PredicateInfo& info = Info(r.predicate);
    const Sentence& sent = doc_.sentences[r.sentence];
    const Id ev = EventTerm(info, s, o, sent.span.begin);
    Add(ev, v_.type, Fixed(v_.event_classes[static_cast<size_t>(r.predicate)]));
    Add(ev, v_.type, Fixed(v_.event));
    Add(ev, v_.agent, EntityTerm(s));
    Add(ev, v_.target, EntityTerm(o));
    if (r.date) Add(ev, v_.date, Literal(Iso(*r.date), v_.xsd_date));
    if (r.place >= 0) Add(ev, v_.place, EntityTerm(r.place));
    Add(ev, v_.derived_from, DocumentTerm());
    // A sentence of a hard-wrapped paragraph as one line.
    std::string_view evidence = doc_.View(sent.span);
    if (HasLineBreak(evidence)) {
      evidence_buffer_.clear();
      AppendOneLine(evidence, evidence_buffer_);
      evidence = evidence_buffer_;
    }
    Add(ev, v_.evidence, Literal(evidence));
    Add(ev, v_.evidence_start, Literal(Unsigned(sent.span.begin), v_.xsd_non_negative));
    Add(ev, v_.evidence_end, Literal(Unsigned(sent.span.end), v_.xsd_non_negative));
    Add(ev, v_.confidence, Literal(Decimal(r.confidence), v_.xsd_decimal));
    Add(ev, v_.rule, Literal(r.rule));
  }

  const Document& doc_;
  const Terms& v_;
  DocumentGraph out_;
  std::vector<Id> fixed_ids_;    // by index into Terms::all, made on first use
  std::vector<int> emitted_;     // ascending
  std::vector<bool> chosen_;     // by entity: emitted
  std::vector<Id> entity_ids_;   // by entity, made on first use
  std::string evidence_buffer_;  // OneLine's, reused from event to event
  Id document_id_ = kNone;
  std::optional<uint64_t> graph_hash_;  // of "graph|", made at the first event
  std::string id_;
};

}  // namespace

std::string DocumentIri(const Document& doc) {
  std::string slug = Slugify(doc.id);
  if (slug.empty()) slug = "document";
  std::string iri;
  iri.reserve(vocab::kDipr.size() + 4 + slug.size() + 9);
  iri.append(vocab::kDipr).append("doc/").append(slug).append("-");
  AppendHex64(Fnv1a(doc.text), 8, iri);
  return iri;
}

DocumentGraph BuildGraph(const Document& doc) { return Builder(doc).Build(); }

rdf::Dataset BuildDocumentGraph(const Document& doc) { return BuildGraph(doc).ToDataset(); }

}  // namespace diplograph
