#include "exporters/jsonld_exporter.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>
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

// The node object of statements [begin, end) of `quads`, one subject's.
Result<NodeObject> MakeNodeObject(const JsonLdContext& context, const PreparedQuads& quads, size_t begin, size_t end) {
  static const std::string kRdfType = vocab::Rdf("type");
  NodeObject node;
  Result<std::string> id = context.CompactId(quads[begin].subject);
  if (!id.ok()) return id.status();
  node.id = std::move(id).value();
  for (size_t i = begin; i != end; ++i) {
    const rdf::Quad* quad = &quads[i];
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

// a.first + a.second compared with b.first + b.second, neither built.
bool JoinedLess(std::pair<std::string_view, std::string_view> a, std::pair<std::string_view, std::string_view> b) {
  for (;;) {
    if (a.first.empty()) std::swap(a.first, a.second);
    if (b.first.empty()) std::swap(b.first, b.second);
    if (a.first.empty() || b.first.empty()) return a.first.empty() && !b.first.empty();
    const size_t n = std::min(a.first.size(), b.first.size());
    if (const int c = a.first.substr(0, n).compare(b.first.substr(0, n)); c != 0) return c < 0;
    a.first.remove_prefix(n);
    b.first.remove_prefix(n);
  }
}

// {"@context": ..., "@graph": [ written a piece at a time ]}. Not movable:
// the JSON writer holds on to the stream, and the stream to the text.
class JsonLdDocument final : public DocumentWriter {
 public:
  explicit JsonLdDocument(const JsonLdContext& context) : context_(context), stream_(&text_), writer_(stream_) {
    writer_.SetIndent(' ', 2);
  }
  JsonLdDocument(const JsonLdDocument&) = delete;
  JsonLdDocument& operator=(const JsonLdDocument&) = delete;

  void Begin(std::string* out) {
    writer_.StartObject();
    WriteJsonKey(writer_, "@context");
    context_.Write(writer_);
    WriteJsonKey(writer_, "@graph");
    writer_.StartArray();
    Flush(out);
  }

  Status Write(const rdf::Dataset& piece, std::string* out) override {
    Result<PreparedQuads> prepared = ViewPreparedQuads(piece, GraphMode::kDrop);
    if (!prepared.ok()) return prepared.status();
    const PreparedQuads& quads = prepared.value();
    for (size_t i = 0; i < quads.size(); ++i) {
      if (TooLongForJson(quads[i].object.value)) {
        return Status::InvalidArgument("a literal is too long for JSON-LD output");
      }
    }
    // Prepared quads are subject-major, so each subject's statements are a run.
    std::vector<NodeObject> nodes;
    for (size_t begin = 0; begin < quads.size();) {
      size_t end = begin + 1;
      while (end < quads.size() && quads[end].subject == quads[begin].subject) ++end;
      Result<NodeObject> node = MakeNodeObject(context_, quads, begin, end);
      if (!node.ok()) return node.status();
      nodes.push_back(std::move(node).value());
      begin = end;
    }
    std::sort(nodes.begin(), nodes.end(), [](const NodeObject& a, const NodeObject& b) { return a.id < b.id; });
    for (const NodeObject& node : nodes) {
      if (Status status = WriteNodeObject(context_, node, writer_); !status.ok()) return status;
    }
    Flush(out);
    return Status::Ok();
  }

  Status Finish(std::string* out) override {
    writer_.EndArray();
    writer_.EndObject();
    if (!writer_.IsComplete()) return Status::Internal("JSON-LD writer left an incomplete document");
    text_.push_back('\n');
    Flush(out);
    return Status::Ok();
  }

 private:
  void Flush(std::string* out) {
    out->append(text_);
    text_.clear();
  }

  const JsonLdContext& context_;
  std::string text_;  // what the writer wrote since the last Flush
  JsonStringStream stream_;
  JsonWriter writer_;
};

}  // namespace

Status JsonLdExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  return WriteWholeDocument(*this, dataset, out);
}

Result<std::unique_ptr<DocumentWriter>> JsonLdExporter::BeginDocument(std::string* out) const {
  Result<const JsonLdContext*> context = JsonLdContext::Published();
  if (!context.ok()) return context.status();
  auto document = std::make_unique<JsonLdDocument>(*context.value());
  document->Begin(out);
  return std::unique_ptr<DocumentWriter>(std::move(document));
}

// Nodes go out sorted by "@id", and CURIEs sort differently from the IRIs
// they stand for ("dipr:..." before "http://...").
Result<std::vector<uint32_t>> JsonLdExporter::NodeOrder(std::span<const rdf::Term* const> subjects) const {
  Result<const JsonLdContext*> context = JsonLdContext::Published();
  if (!context.ok()) return context.status();
  std::vector<std::pair<std::string_view, std::string_view>> ids;
  ids.reserve(subjects.size());
  for (const rdf::Term* subject : subjects) {
    Result<std::pair<std::string_view, std::string_view>> id = context.value()->CompactIdParts(*subject);
    if (!id.ok()) return id.status();
    ids.push_back(id.value());
  }
  std::vector<uint32_t> order(subjects.size());
  std::iota(order.begin(), order.end(), uint32_t{0});
  std::sort(order.begin(), order.end(), [&ids](uint32_t a, uint32_t b) { return JoinedLess(ids[a], ids[b]); });
  return order;
}

}  // namespace diplograph
