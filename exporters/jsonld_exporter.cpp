#include "exporters/jsonld_exporter.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/rapidjson.h>

#include <algorithm>
#include <limits>
#include <map>
#include <utility>
#include <vector>

#include "exporters/export_quads.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

// RapidJSON output stream appending to a std::string.
class StringStream {
 public:
  using Ch = char;
  explicit StringStream(std::string* out) : out_(out) {}
  void Put(char c) { out_->push_back(c); }
  void Flush() {}

 private:
  std::string* out_;
};

using JsonWriter = rapidjson::PrettyWriter<StringStream>;

// Compacts IRIs against vocab::Prefixes(), as a JSON-LD processor expands
// them back: "prefix:suffix" expands when `prefix` is a term of the context
// and the suffix does not start with "//".
class Compactor {
 public:
  Result<std::string> Compact(const rdf::Term& term) const {
    if (term.kind == rdf::Term::Kind::kBlank) return "_:" + term.value;
    return Compact(term.value);
  }

  Result<std::string> Compact(const std::string& iri) const {
    const std::pair<std::string, std::string>* best = nullptr;
    for (const auto& prefix : vocab::Prefixes()) {
      const std::string& ns = prefix.second;
      const bool matches = iri.size() >= ns.size() && iri.compare(0, ns.size(), ns) == 0 &&
                           iri.compare(ns.size(), 2, "//") != 0;
      if (matches && (best == nullptr || ns.size() > best->second.size())) {
        best = &prefix;
      }
    }
    if (best != nullptr) return best->first + ":" + iri.substr(best->second.size());
    // A full IRI whose scheme is a prefix name would be read as a CURIE.
    const std::string scheme = iri.substr(0, iri.find(':'));
    for (const auto& prefix : vocab::Prefixes()) {
      if (prefix.first == scheme) {
        return Status::InvalidArgument("IRI '" + iri +
                                       "' cannot be written in JSON-LD: its scheme is the prefix " + scheme +
                                       ":");
      }
    }
    return iri;
  }
};

bool WriteString(JsonWriter& writer, const std::string& text) {
  return writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

bool WriteKey(JsonWriter& writer, const std::string& key) {
  return writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

Status WriteObject(const Compactor& compactor, const rdf::Term& object, JsonWriter& writer) {
  if (!object.is_literal()) {
    Result<std::string> id = compactor.Compact(object);
    if (!id.ok()) return id.status();
    writer.StartObject();
    WriteKey(writer, "@id");
    WriteString(writer, id.value());
    writer.EndObject();
    return Status::Ok();
  }
  if (object.lang.empty() && object.datatype.empty()) {
    WriteString(writer, object.value);
    return Status::Ok();
  }
  writer.StartObject();
  WriteKey(writer, "@value");
  WriteString(writer, object.value);
  if (!object.lang.empty()) {
    WriteKey(writer, "@language");
    WriteString(writer, object.lang);
  } else {
    Result<std::string> datatype = compactor.Compact(object.datatype);
    if (!datatype.ok()) return datatype.status();
    WriteKey(writer, "@type");
    WriteString(writer, datatype.value());
  }
  writer.EndObject();
  return Status::Ok();
}

// One subject's statements, keyed as they will be written.
struct NodeObject {
  std::string id;
  std::vector<std::string> types;                                  // "@type" values
  std::map<std::string, std::vector<const rdf::Term*>> properties;  // key -> objects
};

Result<NodeObject> MakeNodeObject(const Compactor& compactor, const rdf::Quad* begin,
                                  const rdf::Quad* end) {
  static const std::string kRdfType = vocab::Rdf("type");
  NodeObject node;
  Result<std::string> id = compactor.Compact(begin->subject);
  if (!id.ok()) return id.status();
  node.id = std::move(id).value();
  for (const rdf::Quad* quad = begin; quad != end; ++quad) {
    if (quad->predicate.value == kRdfType && !quad->object.is_literal()) {
      Result<std::string> type = compactor.Compact(quad->object);
      if (!type.ok()) return type.status();
      node.types.push_back(std::move(type).value());
      continue;
    }
    Result<std::string> key = compactor.Compact(quad->predicate);
    if (!key.ok()) return key.status();
    node.properties[key.value()].push_back(&quad->object);
  }
  return node;
}

Status WriteNodeObject(const Compactor& compactor, const NodeObject& node, JsonWriter& writer) {
  writer.StartObject();
  WriteKey(writer, "@id");
  WriteString(writer, node.id);
  if (!node.types.empty()) {
    WriteKey(writer, "@type");
    if (node.types.size() > 1) writer.StartArray();
    for (const std::string& type : node.types) WriteString(writer, type);
    if (node.types.size() > 1) writer.EndArray();
  }
  for (const auto& [key, objects] : node.properties) {
    WriteKey(writer, key);
    if (objects.size() > 1) writer.StartArray();
    for (const rdf::Term* object : objects) {
      if (Status status = WriteObject(compactor, *object, writer); !status.ok()) return status;
    }
    if (objects.size() > 1) writer.EndArray();
  }
  writer.EndObject();
  return Status::Ok();
}

}  // namespace

Status JsonLdExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  Result<std::vector<rdf::Quad>> prepared = PrepareQuads(dataset, GraphMode::kDrop);
  if (!prepared.ok()) return prepared.status();
  const std::vector<rdf::Quad>& quads = prepared.value();

  // Prepared quads are subject-major, so each subject's statements are a run.
  const Compactor compactor;
  std::vector<NodeObject> nodes;
  for (size_t begin = 0; begin < quads.size();) {
    size_t end = begin + 1;
    while (end < quads.size() && quads[end].subject == quads[begin].subject) ++end;
    Result<NodeObject> node = MakeNodeObject(compactor, &quads[begin], quads.data() + end);
    if (!node.ok()) return node.status();
    nodes.push_back(std::move(node).value());
    begin = end;
  }
  std::sort(nodes.begin(), nodes.end(),
            [](const NodeObject& a, const NodeObject& b) { return a.id < b.id; });

  // RapidJSON measures strings in 32 bits.
  for (const rdf::Quad& quad : quads) {
    if (quad.object.value.size() > std::numeric_limits<rapidjson::SizeType>::max()) {
      return Status::InvalidArgument("a literal is too long for JSON-LD output");
    }
  }

  std::string text;  // appended to `out` only on success
  StringStream stream(&text);
  JsonWriter writer(stream);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  WriteKey(writer, "@context");
  writer.StartObject();
  for (const auto& [prefix, iri] : vocab::Prefixes()) {
    WriteKey(writer, prefix);
    WriteString(writer, iri);
  }
  writer.EndObject();
  WriteKey(writer, "@graph");
  writer.StartArray();
  for (const NodeObject& node : nodes) {
    if (Status status = WriteNodeObject(compactor, node, writer); !status.ok()) return status;
  }
  writer.EndArray();
  writer.EndObject();
  if (!writer.IsComplete()) return Status::Internal("JSON-LD writer left an incomplete document");
  text.push_back('\n');
  out->append(text);
  return Status::Ok();
}

}  // namespace diplograph
