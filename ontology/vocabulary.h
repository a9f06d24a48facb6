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

inline std::string Dip(std::string_view local) { return std::string(kDip) + std::string(local); }
inline std::string Dipr(std::string_view path) { return std::string(kDipr) + std::string(path); }
inline std::string Rdf(std::string_view local) { return std::string(kRdf) + std::string(local); }
inline std::string Rdfs(std::string_view local) { return std::string(kRdfs) + std::string(local); }
inline std::string Skos(std::string_view local) { return std::string(kSkos) + std::string(local); }
inline std::string Prov(std::string_view local) { return std::string(kProv) + std::string(local); }
inline std::string Xsd(std::string_view local) { return std::string(kXsd) + std::string(local); }
inline std::string Owl(std::string_view local) { return std::string(kOwl) + std::string(local); }
inline std::string Schema(std::string_view local) { return std::string(kSchema) + std::string(local); }

}  // namespace diplograph::vocab
