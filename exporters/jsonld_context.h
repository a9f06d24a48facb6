// The published JSON-LD context (ontology/context.jsonld, embedded in the
// program) and the compaction rules built on it. Both JSON-LD layouts write
// this context inline, so their output is self-contained and reads with
// short keys ("label", "agent", "date"), yet any JSON-LD processor expands
// it back to exactly the statements of the Turtle output.
//
// Only the part of JSON-LD contexts the file needs is understood: prefixes
// (absolute IRIs ending in '/' or '#'), keyword aliases ("type": "@type"),
// and terms given as a compact IRI or as {"@id": ..., "@type": "@id" or a
// datatype}. Anything else is refused, so the file cannot drift away from
// what the writers assume unnoticed. Immutable once parsed; thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "exporters/json_writer.h"
#include "extractor/status.h"
#include "ontology/rdf.h"

namespace diplograph {

struct JsonLdTerm {
  enum class Coercion { kNone, kId, kDatatype };

  std::string name;  // "date"
  std::string iri;   // the full IRI it stands for
  Coercion coercion = Coercion::kNone;
  std::string datatype;  // full IRI, when coercion is kDatatype
};

class JsonLdContext {
 public:
  // Reads a context document: {"@context": {...}}.
  static Result<JsonLdContext> Parse(std::string_view text);
  // The embedded ontology/context.jsonld, parsed on first use.
  static Result<const JsonLdContext*> Published();

  // Writes the context object (the value of "@context"), entries in file order.
  void Write(JsonWriter& writer) const;

  // The key written for `keyword`: its alias if the context has one
  // ("type" for "@type"), else the keyword itself.
  std::string_view Keyword(std::string_view keyword) const;

  // "prefix:suffix" for the longest matching prefix whose suffix does not
  // start with "//", else the IRI itself. InvalidArgument for a full IRI
  // whose scheme is a prefix name (a processor would read it as a CURIE).
  Result<std::string> CompactIri(const std::string& iri) const;
  // A node identifier: CompactIri, or "_:label" for a blank node.
  Result<std::string> CompactId(const rdf::Term& term) const;
  // CompactId as two parts to be read one after the other ("dipr:" and the
  // rest of the IRI, "_:" and the label, or "" and the IRI), viewing this
  // context and `term`: for ordering many node identifiers without building
  // each one.
  Result<std::pair<std::string_view, std::string_view>> CompactIdParts(const rdf::Term& term) const;
  // A class as a "type" value: the term that maps it, else CompactIri.
  Result<std::string> CompactType(const std::string& iri) const;

  // The term a property is written with (the first one defined for its
  // IRI), or nullptr.
  const JsonLdTerm* TermFor(const std::string& iri) const;
  // The key for a property: its term's name, else CompactIri.
  Result<std::string> PropertyKey(const std::string& iri) const;

  // Writes `object` as a value of a property written with `term` (nullptr:
  // a compact IRI key) in the shortest form that expands back to `object`:
  // bare strings where the term's coercion (or plain xsd:string) allows,
  // else {"@id"} / {"@value", "@type" | "@language"}.
  Status WriteValue(const rdf::Term& object, const JsonLdTerm* term, JsonWriter& writer) const;

 private:
  // CompactIri as CompactIdParts gives it.
  Result<std::pair<std::string_view, std::string_view>> CompactIriParts(std::string_view iri) const;

  // One entry of the context as written in the file.
  struct Entry {
    std::string name;
    std::string id;    // the string, or the "@id" of an object
    std::string type;  // the object's "@type"; empty for none
    bool expanded = false;  // written as an object
  };

  std::vector<Entry> entries_;
  std::vector<std::pair<std::string, std::string>> prefixes_;  // name, IRI
  std::vector<std::string> curie_heads_;                       // per prefix: "name:"
  std::vector<JsonLdTerm> terms_;
  std::map<std::string, size_t> term_by_iri_;       // first term for each IRI
  std::map<std::string, std::string> aliases_;      // keyword -> alias
};

}  // namespace diplograph
