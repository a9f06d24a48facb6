#include "exporters/jsonld_context.h"

#include <rapidjson/document.h>

#include <optional>
#include <set>

#include "diplograph_embedded_views.h"
#include "exporters/iri_escape.h"

namespace diplograph {

namespace {

bool IsPrefixIri(std::string_view value) {
  return HasIriScheme(value) && (value.back() == '/' || value.back() == '#');
}

std::string_view StringOf(const rapidjson::Value& value) {
  return {value.GetString(), value.GetStringLength()};
}

Status Refuse(std::string_view name, std::string_view why) {
  return Status::Internal("JSON-LD context: entry '" + std::string(name) + "' " + std::string(why));
}

}  // namespace

Result<JsonLdContext> JsonLdContext::Parse(std::string_view text) {
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) {
    return Status::Internal("JSON-LD context: invalid JSON at offset " + std::to_string(doc.GetErrorOffset()));
  }
  if (!doc.IsObject() || !doc.HasMember("@context") || !doc["@context"].IsObject()) {
    return Status::Internal("JSON-LD context: expected {\"@context\": {...}}");
  }
  JsonLdContext context;
  std::set<std::string> seen;
  for (const auto& member : doc["@context"].GetObject()) {
    Entry entry;
    entry.name = std::string(StringOf(member.name));
    if (entry.name.empty() || entry.name[0] == '@') return Refuse(entry.name, "is not supported");
    if (entry.name.find(':') != std::string::npos) return Refuse(entry.name, "must not contain ':'");
    if (!seen.insert(entry.name).second) return Refuse(entry.name, "is defined twice");
    const rapidjson::Value& value = member.value;
    if (value.IsString()) {
      entry.id = std::string(StringOf(value));
    } else if (value.IsObject()) {
      entry.expanded = true;
      for (const auto& field : value.GetObject()) {
        const std::string key(StringOf(field.name));
        if ((key != "@id" && key != "@type") || !field.value.IsString()) {
          return Refuse(entry.name, "may only have string \"@id\" and \"@type\"");
        }
        (key == "@id" ? entry.id : entry.type) = std::string(StringOf(field.value));
      }
      if (entry.id.empty()) return Refuse(entry.name, "needs an \"@id\"");
    } else {
      return Refuse(entry.name, "must be a string or an object");
    }
    if (!entry.expanded && IsPrefixIri(entry.id)) context.prefixes_.emplace_back(entry.name, entry.id);
    context.entries_.push_back(std::move(entry));
  }

  // Terms may use any prefix, wherever it is defined.
  auto expand = [&context](const std::string& value) -> std::optional<std::string> {
    const size_t colon = value.find(':');
    if (colon != std::string::npos && value.compare(colon + 1, 2, "//") != 0) {
      for (const auto& [prefix, iri] : context.prefixes_) {
        if (value.compare(0, colon, prefix) == 0 && prefix.size() == colon) return iri + value.substr(colon + 1);
      }
    }
    if (HasIriScheme(value)) return value;
    return std::nullopt;
  };
  for (const Entry& entry : context.entries_) {
    if (entry.id[0] == '@') {
      if (entry.expanded) return Refuse(entry.name, "cannot alias a keyword with an object");
      context.aliases_.emplace(entry.id, entry.name);
      continue;
    }
    if (!entry.expanded && IsPrefixIri(entry.id)) continue;
    JsonLdTerm term;
    term.name = entry.name;
    std::optional<std::string> iri = expand(entry.id);
    if (!iri) return Refuse(entry.name, "maps to '" + entry.id + "', which is not an IRI");
    term.iri = *iri;
    if (entry.type == "@id") {
      term.coercion = JsonLdTerm::Coercion::kId;
    } else if (!entry.type.empty()) {
      std::optional<std::string> datatype = expand(entry.type);
      if (!datatype) return Refuse(entry.name, "has a \"@type\" that is not an IRI");
      term.coercion = JsonLdTerm::Coercion::kDatatype;
      term.datatype = *datatype;
    }
    context.term_by_iri_.emplace(term.iri, context.terms_.size());
    context.terms_.push_back(std::move(term));
  }
  for (const auto& [name, iri] : context.prefixes_) context.curie_heads_.push_back(name + ":");
  return context;
}

Result<const JsonLdContext*> JsonLdContext::Published() {
  static const Result<JsonLdContext> kPublished = Parse(embedded_views::context());
  if (!kPublished.ok()) return kPublished.status();
  return &kPublished.value();
}

void JsonLdContext::Write(JsonWriter& writer) const {
  writer.StartObject();
  for (const Entry& entry : entries_) {
    WriteJsonKey(writer, entry.name);
    if (!entry.expanded) {
      WriteJsonString(writer, entry.id);
      continue;
    }
    writer.StartObject();
    WriteJsonKey(writer, "@id");
    WriteJsonString(writer, entry.id);
    if (!entry.type.empty()) {
      WriteJsonKey(writer, "@type");
      WriteJsonString(writer, entry.type);
    }
    writer.EndObject();
  }
  writer.EndObject();
}

std::string_view JsonLdContext::Keyword(std::string_view keyword) const {
  auto it = aliases_.find(std::string(keyword));
  return it == aliases_.end() ? keyword : std::string_view(it->second);
}

Result<std::pair<std::string_view, std::string_view>> JsonLdContext::CompactIriParts(std::string_view iri) const {
  size_t best = prefixes_.size();
  for (size_t i = 0; i < prefixes_.size(); ++i) {
    const std::string& ns = prefixes_[i].second;
    const bool matches = iri.starts_with(ns) && !iri.substr(ns.size()).starts_with("//");
    if (matches && (best == prefixes_.size() || ns.size() > prefixes_[best].second.size())) best = i;
  }
  if (best < prefixes_.size()) {
    return std::pair{std::string_view(curie_heads_[best]), iri.substr(prefixes_[best].second.size())};
  }
  // A full IRI whose scheme is a prefix name would be read as a CURIE.
  const std::string_view scheme = iri.substr(0, iri.find(':'));
  for (const auto& prefix : prefixes_) {
    if (prefix.first == scheme) {
      return Status::InvalidArgument("IRI '" + std::string(iri) +
                                     "' cannot be written in JSON-LD: its scheme is the prefix " +
                                     std::string(scheme) + ":");
    }
  }
  return std::pair{std::string_view(), iri};
}

Result<std::string> JsonLdContext::CompactIri(const std::string& iri) const {
  Result<std::pair<std::string_view, std::string_view>> parts = CompactIriParts(iri);
  if (!parts.ok()) return parts.status();
  return std::string(parts->first).append(parts->second);
}

Result<std::string> JsonLdContext::CompactId(const rdf::Term& term) const {
  if (term.kind == rdf::Term::Kind::kBlank) return "_:" + term.value;
  return CompactIri(term.value);
}

Result<std::pair<std::string_view, std::string_view>> JsonLdContext::CompactIdParts(const rdf::Term& term) const {
  if (term.kind == rdf::Term::Kind::kBlank) return std::pair{std::string_view("_:"), std::string_view(term.value)};
  return CompactIriParts(term.value);
}

Result<std::string> JsonLdContext::CompactType(const std::string& iri) const {
  if (const JsonLdTerm* term = TermFor(iri)) return term->name;
  return CompactIri(iri);
}

const JsonLdTerm* JsonLdContext::TermFor(const std::string& iri) const {
  auto it = term_by_iri_.find(iri);
  return it == term_by_iri_.end() ? nullptr : &terms_[it->second];
}

Result<std::string> JsonLdContext::PropertyKey(const std::string& iri) const {
  if (const JsonLdTerm* term = TermFor(iri)) return term->name;
  return CompactIri(iri);
}

Status JsonLdContext::WriteValue(const rdf::Term& object, const JsonLdTerm* term, JsonWriter& writer) const {
  using Coercion = JsonLdTerm::Coercion;
  const Coercion coercion = term == nullptr ? Coercion::kNone : term->coercion;
  if (!object.is_literal()) {
    Result<std::string> id = CompactId(object);
    if (!id.ok()) return id.status();
    if (coercion == Coercion::kId) {
      WriteJsonString(writer, id.value());
      return Status::Ok();
    }
    writer.StartObject();
    WriteJsonKey(writer, "@id");
    WriteJsonString(writer, id.value());
    writer.EndObject();
    return Status::Ok();
  }
  const bool plain = object.lang.empty() && object.datatype.empty();
  const bool coerced_here = coercion == Coercion::kDatatype && object.lang.empty() &&
                            object.datatype == term->datatype;
  if ((plain && coercion == Coercion::kNone) || coerced_here) {
    WriteJsonString(writer, object.value);
    return Status::Ok();
  }
  writer.StartObject();
  WriteJsonKey(writer, "@value");
  WriteJsonString(writer, object.value);
  if (!object.lang.empty()) {
    WriteJsonKey(writer, "@language");
    WriteJsonString(writer, object.lang);
  } else if (!object.datatype.empty()) {
    Result<std::string> datatype = CompactIri(object.datatype);
    if (!datatype.ok()) return datatype.status();
    WriteJsonKey(writer, "@type");
    WriteJsonString(writer, datatype.value());
  }
  writer.EndObject();
  return Status::Ok();
}

}  // namespace diplograph
