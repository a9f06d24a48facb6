// Reads an exporter's output back with an independent parser and says what
// is wrong with it, for the hostile-input tests and the fuzz targets: Serd
// for Turtle, TriG, N-Triples and N-Quads; RapidJSON for JSON-LD and the
// HTML page's data island; a lexical check of DOT strings. Every output
// must also be well-formed UTF-8. Header-only so that the fuzz targets,
// built apart from the tests, share it.
#pragma once

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <map>
#include <string>
#include <string_view>

#include "extractor/utf8.h"
#include "ontology/rdf.h"
#include "ontology/serd_sord.h"

namespace diplograph::testing {

// The Serd syntax of an RDF format name, or nullptr for a format Serd does
// not read.
inline const SerdSyntax* RdfSyntaxOf(std::string_view format) {
  static const std::map<std::string, SerdSyntax, std::less<>> kSyntaxes = {
      {"turtle", SERD_TURTLE}, {"trig", SERD_TRIG}, {"ntriples", SERD_NTRIPLES}, {"nquads", SERD_NQUADS}};
  auto it = kSyntaxes.find(format);
  return it == kSyntaxes.end() ? nullptr : &it->second;
}

inline std::string JsonProblem(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    return std::string("invalid JSON at offset ") + std::to_string(doc.GetErrorOffset()) + ": " +
           rapidjson::GetParseError_En(doc.GetParseError());
  }
  return {};
}

// The JSON data island of the HTML page: parses, and holds no '<' that
// could close its <script> element.
inline std::string HtmlProblem(std::string_view html) {
  constexpr std::string_view kOpen = "<script type=\"application/json\" id=\"diplograph-data\">";
  const size_t open = html.find(kOpen);
  if (open == std::string_view::npos) return "no data island";
  const size_t begin = open + kOpen.size();
  const size_t end = html.find("</script>", begin);
  if (end == std::string_view::npos) return "data island not closed";
  const std::string_view island = html.substr(begin, end - begin);
  if (island.find('<') != std::string_view::npos) return "'<' inside the data island";
  return JsonProblem(island);
}

// DOT: every quoted string closed (backslash escapes the next byte), no raw
// control character inside one, braces balanced outside strings.
inline std::string DotProblem(std::string_view dot) {
  bool in_string = false;
  int depth = 0;
  for (size_t i = 0; i < dot.size(); ++i) {
    const char c = dot[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        return "control character in a string at offset " + std::to_string(i);
      }
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '{') ++depth;
    if (c == '}' && --depth < 0) return "unbalanced '}' at offset " + std::to_string(i);
  }
  if (in_string) return "unterminated string";
  if (depth != 0) return "unbalanced braces";
  return {};
}

// Empty when `text`, written in `format`, reads back; else what is wrong.
// `parsed`, when given, receives the statements of an RDF format.
inline std::string OutputProblem(std::string_view format, std::string_view text,
                                 rdf::Dataset* parsed = nullptr) {
  if (!IsValidUtf8(text)) return "not valid UTF-8";
  if (const SerdSyntax* syntax = RdfSyntaxOf(format)) {
    Result<rdf::Dataset> read = serd_sord::ParseRdf(*syntax, text, format);
    if (!read.ok()) return read.status().message();
    if (parsed) *parsed = std::move(read).value();
    return {};
  }
  if (format == "jsonld") {
    if (std::string problem = JsonProblem(text); !problem.empty()) return problem;
    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    if (!doc.IsObject() || !doc.HasMember("@context")) return "JSON-LD without @context";
    return {};
  }
  if (format == "html") return HtmlProblem(text);
  if (format == "dot") return DotProblem(text);
  return "no check for format " + std::string(format);
}

}  // namespace diplograph::testing
