#include "exporters/jsonld_events_exporter.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "exporters/export_quads.h"
#include "exporters/json_writer.h"
#include "exporters/jsonld_context.h"
#include "exporters/subject_index.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

class EventWriter {
 public:
  EventWriter(const JsonLdContext& context, const SubjectIndex& subjects, JsonWriter& writer)
      : context_(context), subjects_(subjects), writer_(writer) {}

  Status Write(const rdf::Term& event) {
    writer_.StartObject();
    if (Status s = WriteId(event); !s.ok()) return s;
    if (Status s = WriteType(event, {vocab::Dip("Event")}); !s.ok()) return s;
    for (const char* local : {"agent", "target"}) {
      if (Status s = WriteNode(event, vocab::Dip(local), Fields::kEntity); !s.ok()) return s;
    }
    if (Status s = WriteValue(event, vocab::Dip("date")); !s.ok()) return s;
    if (Status s = WriteNode(event, vocab::Dip("place"), Fields::kEntity); !s.ok()) return s;
    if (Status s = WriteValue(event, vocab::Dip("evidence")); !s.ok()) return s;
    if (Status s = WriteValue(event, vocab::Dip("confidence")); !s.ok()) return s;
    if (Status s = WriteNode(event, vocab::Prov("wasDerivedFrom"), Fields::kSource); !s.ok()) return s;
    writer_.EndObject();
    return Status::Ok();
  }

 private:
  enum class Fields { kEntity, kSource };  // what an embedded node carries

  Status WriteId(const rdf::Term& node) {
    Result<std::string> id = context_.CompactId(node);
    if (!id.ok()) return id.status();
    WriteJsonKey(writer_, "@id");
    WriteJsonString(writer_, id.value());
    return Status::Ok();
  }

  // The first class of `node` not in `skip` (or the first skipped one when
  // there is no other), so an event reads "Meeting" rather than "Event".
  Status WriteType(const rdf::Term& node, const std::vector<std::string>& skip) {
    std::vector<std::string> types;
    std::vector<std::string> skipped;
    for (const rdf::Term* type : subjects_.Objects(node, vocab::Rdf("type"))) {
      if (!type->is_iri()) continue;
      const bool skip_it = std::find(skip.begin(), skip.end(), type->value) != skip.end();
      (skip_it ? skipped : types).push_back(type->value);
    }
    if (types.empty()) types = skipped;
    if (types.empty()) return Status::Ok();
    Result<std::string> type = context_.CompactType(types.front());
    if (!type.ok()) return type.status();
    WriteJsonKey(writer_, context_.Keyword("@type"));
    WriteJsonString(writer_, type.value());
    return Status::Ok();
  }

  Status WriteKey(const std::string& predicate) {
    Result<std::string> key = context_.PropertyKey(predicate);
    if (!key.ok()) return key.status();
    WriteJsonKey(writer_, key.value());
    return Status::Ok();
  }

  // `node`'s first `predicate` value, in the form its key's coercion allows.
  Status WriteValue(const rdf::Term& node, const std::string& predicate) {
    const rdf::Term* object = subjects_.First(node, predicate);
    if (object == nullptr) return Status::Ok();
    if (Status s = WriteKey(predicate); !s.ok()) return s;
    return context_.WriteValue(*object, context_.TermFor(predicate), writer_);
  }

  // `node`'s first `predicate` value as an embedded node object carrying the
  // few statements a dashboard shows about it.
  Status WriteNode(const rdf::Term& node, const std::string& predicate, Fields fields) {
    const rdf::Term* object = subjects_.First(node, predicate);
    if (object == nullptr) return Status::Ok();
    if (object->is_literal()) return WriteValue(node, predicate);
    if (Status s = WriteKey(predicate); !s.ok()) return s;
    writer_.StartObject();
    if (Status s = WriteId(*object); !s.ok()) return s;
    if (fields == Fields::kEntity) {
      if (Status s = WriteType(*object, {}); !s.ok()) return s;
      if (Status s = WriteValue(*object, vocab::Rdfs("label")); !s.ok()) return s;
      if (Status s = WriteValue(*object, vocab::Owl("sameAs")); !s.ok()) return s;
    } else {
      if (Status s = WriteValue(*object, vocab::Schema("name")); !s.ok()) return s;
      if (Status s = WriteValue(*object, vocab::Schema("datePublished")); !s.ok()) return s;
    }
    writer_.EndObject();
    return Status::Ok();
  }

  const JsonLdContext& context_;
  const SubjectIndex& subjects_;
  JsonWriter& writer_;
};

}  // namespace

Status JsonLdEventsExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  Result<const JsonLdContext*> context = JsonLdContext::Published();
  if (!context.ok()) return context.status();
  Result<std::vector<rdf::Quad>> prepared = PrepareQuads(dataset, GraphMode::kDrop);
  if (!prepared.ok()) return prepared.status();
  for (const rdf::Quad& quad : prepared.value()) {
    if (TooLongForJson(quad.object.value)) return Status::InvalidArgument("a literal is too long for JSON-LD output");
  }
  const SubjectIndex subjects(prepared.value());

  // Dated events first, in date order; then undated; ties by IRI.
  struct Keyed {
    bool undated;
    std::string date;
    rdf::Term event;
    auto operator<=>(const Keyed&) const = default;
  };
  std::vector<Keyed> events;
  for (rdf::Term& event : subjects.WithType(vocab::Dip("Event"))) {
    const rdf::Term* date = subjects.First(event, vocab::Dip("date"));
    events.push_back({date == nullptr, date == nullptr ? std::string() : date->value, std::move(event)});
  }
  std::sort(events.begin(), events.end());

  std::string text;  // appended to `out` only on success
  JsonStringStream stream(&text);
  JsonWriter writer(stream);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  WriteJsonKey(writer, "@context");
  context.value()->Write(writer);
  WriteJsonKey(writer, context.value()->Keyword("@graph"));
  writer.StartArray();
  EventWriter event_writer(*context.value(), subjects, writer);
  for (const Keyed& keyed : events) {
    if (Status status = event_writer.Write(keyed.event); !status.ok()) return status;
  }
  writer.EndArray();
  writer.EndObject();
  if (!writer.IsComplete()) return Status::Internal("JSON-LD writer left an incomplete document");
  text.push_back('\n');
  out->append(text);
  return Status::Ok();
}

}  // namespace diplograph
