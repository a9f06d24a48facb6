// IRIs of the vocabularies diplograph writes. The namespaces are fixed by the
// output contract (shared CONTRACT.md); keep them in one place.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace diplograph::vocab {

inline constexpr std::string_view kDip = "https://w3id.org/diplograph/ontology#";
inline constexpr std::string_view kDipr = "https://w3id.org/diplograph/id/";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kSchema = "https://schema.org/";
inline constexpr std::string_view kWikidata = "http://www.wikidata.org/entity/";

// Prefixes declared in Turtle, TriG and the JSON-LD @context, in this order.
inline const std::vector<std::pair<std::string, std::string>>& Prefixes() {
  static const std::vector<std::pair<std::string, std::string>> kPrefixes = {
      {"dip", std::string(kDip)},   {"dipr", std::string(kDipr)},
      {"rdf", std::string(kRdf)},   {"rdfs", std::string(kRdfs)},
      {"skos", std::string(kSkos)}, {"prov", std::string(kProv)},
      {"xsd", std::string(kXsd)},   {"owl", std::string(kOwl)},
      {"schema", std::string(kSchema)}, {"wd", std::string(kWikidata)},
  };
  return kPrefixes;
}

// namespace + local name, built in one allocation: these run for every
// statement written.
inline std::string Join(std::string_view ns, std::string_view local) {
  std::string iri;
  iri.reserve(ns.size() + local.size());
  iri.append(ns).append(local);
  return iri;
}

inline std::string Dip(std::string_view local) { return Join(kDip, local); }
inline std::string Dipr(std::string_view path) { return Join(kDipr, path); }
inline std::string Rdf(std::string_view local) { return Join(kRdf, local); }
inline std::string Rdfs(std::string_view local) { return Join(kRdfs, local); }
inline std::string Skos(std::string_view local) { return Join(kSkos, local); }
inline std::string Prov(std::string_view local) { return Join(kProv, local); }
inline std::string Xsd(std::string_view local) { return Join(kXsd, local); }
inline std::string Owl(std::string_view local) { return Join(kOwl, local); }
inline std::string Schema(std::string_view local) { return Join(kSchema, local); }

}  // namespace diplograph::vocab
