// libFuzzer target over the exporters alone, with statements no extractor
// would make: IRIs and literals holding any bytes (controls, NUL, '<>"{}|\^`',
// malformed UTF-8, lone surrogates' encodings), in named graphs or not. Every
// format must read back (tests/output_check.h), the RDF formats must agree,
// and N-Triples must carry exactly the terms NormalizeTerm promises.
//
// Input layout: fields separated by 0xFF (a byte UTF-8 never uses, so any
// text can be a field); each quad takes three fields (subject, predicate,
// object) and one selector byte from the start of its object field.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/export_quads.h"
#include "ontology/vocabulary.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/output_check.h"

namespace {

using namespace diplograph;

const std::vector<std::pair<std::string, std::unique_ptr<Exporter>>>* exporters = nullptr;

std::vector<std::string_view> Fields(std::string_view bytes) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= bytes.size(); ++i) {
    if (i == bytes.size() || static_cast<unsigned char>(bytes[i]) == 0xFF) {
      out.push_back(bytes.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// A blank node label every syntax accepts, from any bytes. Not "b<digit>...":
// Serd's Turtle reader renames such labels (to keep clear of the ones it
// generates), which would look like a difference between the formats.
std::string BlankLabel(std::string_view raw) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string label = "x";
  for (char c : raw.substr(0, 16)) {
    label.push_back(kHex[static_cast<unsigned char>(c) >> 4]);
    label.push_back(kHex[static_cast<unsigned char>(c) & 0xF]);
  }
  return label;
}

rdf::Term Object(std::string_view field) {
  const unsigned selector = field.empty() ? 0 : static_cast<unsigned char>(field[0]);
  std::string value(field.empty() ? field : field.substr(1));
  switch (selector % 6) {
    case 0: return rdf::Term::Literal(std::move(value));
    case 1: return rdf::Term::LangString(std::move(value), (selector & 8) ? "EN-gb" : "ko");
    case 2: return rdf::Term::Typed(std::move(value), vocab::Xsd("date"));
    case 3: return rdf::Term::Typed(std::move(value), vocab::Dipr("type/") + value);
    case 4: return rdf::Term::Blank(BlankLabel(value));
    default: return rdf::Term::Iri(vocab::Dipr(value));
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  exporters = new auto(fuzz::AllExporters());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::vector<std::string_view> fields = Fields(bytes);
  rdf::Dataset graph;
  for (size_t i = 0; i + 2 < fields.size(); i += 3) {
    const unsigned selector = fields[i + 2].empty() ? 0 : static_cast<unsigned char>(fields[i + 2][0]);
    rdf::Term subject = (selector & 16) ? rdf::Term::Blank(BlankLabel(fields[i]))
                                        : rdf::Term::Iri(vocab::Dipr(std::string(fields[i])));
    std::string graph_name = (selector & 32) ? vocab::Dipr("doc/" + std::string(fields[i + 1])) : "";
    graph.Add(std::move(subject), rdf::Term::Iri(vocab::Dip(std::string(fields[i + 1]))),
              Object(fields[i + 2]), std::move(graph_name));
  }
  if (graph.empty()) return 0;
  graph.Normalize();
  fuzz::CheckEveryFormat(*exporters, graph, bytes);

  // N-Triples carries exactly the normalized terms.
  const rdf::Dataset union_graph = graph.Union();
  rdf::Dataset expected;
  for (const rdf::Quad& q : union_graph.quads()) {
    auto s = NormalizeTerm(q.subject), p = NormalizeTerm(q.predicate), o = NormalizeTerm(q.object);
    if (!s.ok() || !p.ok() || !o.ok()) fuzz::Die("NormalizeTerm", "a term was refused", bytes);
    expected.Add(*s, *p, *o);
  }
  expected.Normalize();
  std::string nt;
  auto ntriples = MakeExporter("ntriples");
  if (!ntriples.ok() || !(*ntriples)->Write(union_graph, &nt).ok()) fuzz::Die("ntriples", "write", bytes);
  rdf::Dataset parsed;
  if (std::string problem = testing::OutputProblem("ntriples", nt, &parsed); !problem.empty()) {
    fuzz::Die("ntriples", problem, bytes);
  }
  if (parsed.quads() != expected.quads()) fuzz::Die("ntriples", "terms changed in the round trip\n" + nt, bytes);
  return 0;
}
