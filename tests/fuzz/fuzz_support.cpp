#include "tests/fuzz/fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <optional>

#include "tests/output_check.h"

namespace diplograph::fuzz {

namespace {

// The input as C-escaped text, at most 2000 bytes, for the crash report.
std::string Shown(std::string_view input) {
  std::string out;
  for (char c : input.substr(0, 2000)) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x20 && b < 0x7F && c != '\\') {
      out.push_back(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", b);
      out += buf;
    }
  }
  if (input.size() > 2000) out += "...";
  return out;
}

// The statements as N-Triples-like lines, for a readable diff in the report.
std::string Listing(const rdf::Dataset& dataset) {
  std::string out;
  for (const rdf::Quad& q : dataset.quads()) {
    out += q.subject.value + " " + q.predicate.value + " " + q.object.value + " ^^" + q.object.datatype +
           " @" + q.object.lang + "\n";
  }
  return out;
}

}  // namespace

void Die(std::string_view what, std::string_view message, std::string_view input) {
  std::fprintf(stderr, "\n=== fuzz check failed: %.*s\n%.*s\n=== input: \"%s\"\n", static_cast<int>(what.size()),
               what.data(), static_cast<int>(message.size()), message.data(), Shown(input).c_str());
  std::abort();
}

std::vector<std::pair<std::string, std::unique_ptr<Exporter>>> AllExporters() {
  std::vector<std::pair<std::string, std::unique_ptr<Exporter>>> out;
  for (const std::string& name : ExporterNames()) {
    auto exporter = MakeExporter(name);
    if (!exporter.ok()) Die("exporter " + name, exporter.status().message(), {});
    out.emplace_back(name, std::move(exporter).value());
  }
  for (const std::string& frame : JsonLdFrameNames()) {
    ExportOptions options;
    options.jsonld_frame = frame;
    auto exporter = MakeExporter("jsonld", options);
    if (!exporter.ok()) Die("frame " + frame, exporter.status().message(), {});
    out.emplace_back("jsonld", std::move(exporter).value());
  }
  return out;
}

void CheckEveryFormat(const std::vector<std::pair<std::string, std::unique_ptr<Exporter>>>& exporters,
                      const rdf::Dataset& graph, std::string_view input, bool may_refuse) {
  const rdf::Dataset union_graph = graph.Union();
  std::optional<rdf::Dataset> reference;  // the first RDF format's statements
  std::string reference_format;
  for (const auto& [format, exporter] : exporters) {
    std::string out;
    Status written = exporter->Write(exporter->keeps_graphs() ? graph : union_graph, &out);
    if (!written.ok()) {
      if (may_refuse) continue;
      Die(format + " export", written.message(), input);
    }
    rdf::Dataset parsed;
    if (std::string problem = testing::OutputProblem(format, out, &parsed); !problem.empty()) {
      Die(format + " output does not read back", problem + "\n--- output:\n" + out.substr(0, 4000), input);
    }
    if (!exporter->rdf() || testing::RdfSyntaxOf(format) == nullptr) continue;
    rdf::Dataset statements = parsed.Union();
    if (!reference) {
      reference = std::move(statements);
      reference_format = format;
    } else if (statements.quads() != reference->quads()) {
      Die(format + " and " + reference_format + " differ",
          "--- " + format + ":\n" + Listing(statements) + "--- " + reference_format + ":\n" + Listing(*reference),
          input);
    }
  }
}

}  // namespace diplograph::fuzz
