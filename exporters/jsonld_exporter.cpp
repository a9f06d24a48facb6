#include "exporters/jsonld_exporter.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "exporters/export_quads.h"
#include "exporters/json_writer.h"
#include "exporters/jsonld_context.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

// One subject's statements, keyed as they will be written.
struct NodeObject {
  std::string id;
  std::vector<std::string> types;  // "type" values
  // key -> (the term it stands for, or nullptr; the objects)
  std::map<std::string, std::pair<const JsonLdTerm*, std::vector<const rdf::Term*>>> properties;
};

Result<NodeObject> MakeNodeObject(const JsonLdContext& context, const rdf::Quad* begin, const rdf::Quad* end) {
  static const std::string kRdfType = vocab::Rdf("type");
  NodeObject node;
  Result<std::string> id = context.CompactId(begin->subject);
  if (!id.ok()) return id.status();
  node.id = std::move(id).value();
  for (const rdf::Quad* quad = begin; quad != end; ++quad) {
    if (quad->predicate.value == kRdfType && !quad->object.is_literal()) {
      Result<std::string> type = quad->object.is_iri() ? context.CompactType(quad->object.value)
                                                       : context.CompactId(quad->object);
      if (!type.ok()) return type.status();
      node.types.push_back(std::move(type).value());
      continue;
    }
    Result<std::string> key = context.PropertyKey(quad->predicate.value);
    if (!key.ok()) return key.status();
    auto& [term, objects] = node.properties[key.value()];
    term = context.TermFor(quad->predicate.value);
    objects.push_back(&quad->object);
  }
  // Class terms and CURIEs sort differently from the IRIs they stand for.
  std::sort(node.types.begin(), node.types.end());
  return node;
}

Status WriteNodeObject(const JsonLdContext& context, const NodeObject& node, JsonWriter& writer) {
  writer.StartObject();
  WriteJsonKey(writer, "@id");
  WriteJsonString(writer, node.id);
  if (!node.types.empty()) {
    WriteJsonKey(writer, context.Keyword("@type"));
    if (node.types.size() > 1) writer.StartArray();
    for (const std::string& type : node.types) WriteJsonString(writer, type);
    if (node.types.size() > 1) writer.EndArray();
  }
  for (const auto& [key, property] : node.properties) {
    const auto& [term, objects] = property;
    WriteJsonKey(writer, key);
    if (objects.size() > 1) writer.StartArray();
    for (const rdf::Term* object : objects) {
      if (Status status = context.WriteValue(*object, term, writer); !status.ok()) return status;
    }
    if (objects.size() > 1) writer.EndArray();
  }
  writer.EndObject();
  return Status::Ok();
}

}  // namespace

Status JsonLdExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  Result<const JsonLdContext*> context = JsonLdContext::Published();
  if (!context.ok()) return context.status();
  Result<std::vector<rdf::Quad>> prepared = PrepareQuads(dataset, GraphMode::kDrop);
  if (!prepared.ok()) return prepared.status();
  const std::vector<rdf::Quad>& quads = prepared.value();
  for (const rdf::Quad& quad : quads) {
    if (TooLongForJson(quad.object.value)) return Status::InvalidArgument("a literal is too long for JSON-LD output");
  }

  // Prepared quads are subject-major, so each subject's statements are a run.
  std::vector<NodeObject> nodes;
  for (size_t begin = 0; begin < quads.size();) {
    size_t end = begin + 1;
    while (end < quads.size() && quads[end].subject == quads[begin].subject) ++end;
    Result<NodeObject> node = MakeNodeObject(*context.value(), &quads[begin], quads.data() + end);
    if (!node.ok()) return node.status();
    nodes.push_back(std::move(node).value());
    begin = end;
  }
  std::sort(nodes.begin(), nodes.end(), [](const NodeObject& a, const NodeObject& b) { return a.id < b.id; });

  std::string text;  // appended to `out` only on success
  JsonStringStream stream(&text);
  JsonWriter writer(stream);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  WriteJsonKey(writer, "@context");
  context.value()->Write(writer);
  WriteJsonKey(writer, "@graph");
  writer.StartArray();
  for (const NodeObject& node : nodes) {
    if (Status status = WriteNodeObject(*context.value(), node, writer); !status.ok()) return status;
  }
  writer.EndArray();
  writer.EndObject();
  if (!writer.IsComplete()) return Status::Internal("JSON-LD writer left an incomplete document");
  text.push_back('\n');
  out->append(text);
  return Status::Ok();
}

}  // namespace diplograph
