#include "cli/extract_command.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <thread>

#include "exporters/atomic_file.h"
#include "exporters/exporter.h"
#include "extractor/document_reader.h"
#include "extractor/pipeline.h"
#include "ontology/graph_builder.h"
#include "ontology/lexicon_loader.h"
#include "ontology/ontology.h"

namespace diplograph::cli {

namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "diplograph: %s\n", message.c_str());
  return 1;
}

// What one document yields; filled by whichever thread runs it.
struct Outcome {
  std::optional<rdf::Dataset> graph;
  size_t relations = 0;
  size_t entities = 0;
  std::string error;
  std::vector<std::string> notes;
};

// The embedded ontology, or the file the user gave instead.
Result<Ontology> LoadOntology(const ExtractOptions& options) {
  if (options.ontology.empty()) return Ontology::Load(Ontology::EmbeddedSources());
  auto src = ReadTextSource(options.ontology);
  if (!src.ok()) return src.status();
  return Ontology::Load({std::move(src.value())});
}

Status WriteOutput(const ExtractOptions& options, const std::string& bytes) {
  if (!options.output.empty()) return WriteFileAtomically(options.output, bytes);
  if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0) {
    return Status::IoError("cannot write to standard output");
  }
  return Status::Ok();
}

}  // namespace

int RunOntology(const ExtractOptions& options) {
  auto exporter = MakeExporter(options.format);
  if (!exporter.ok()) return Fail(exporter.status().message());
  auto ontology = LoadOntology(options);
  if (!ontology.ok()) return Fail(ontology.status().message());
  std::string bytes;
  Status st = (*exporter)->Write(ontology->statements(), &bytes);
  if (!st.ok()) return Fail(st.message());
  st = WriteOutput(options, bytes);
  return st.ok() ? 0 : Fail(st.message());
}

int RunExtract(const ExtractOptions& options) {
  auto started = std::chrono::steady_clock::now();
  auto exporter = MakeExporter(options.format);
  if (!exporter.ok()) return Fail(exporter.status().message());

  std::vector<TextSource> sources = EmbeddedLexiconSources();
  for (const std::string& path : options.lexicons) {
    auto src = ReadTextSource(path);
    if (!src.ok()) return Fail(src.status().message());
    sources.push_back(std::move(src.value()));
  }
  auto lexicon = LoadLexicon(sources);
  if (!lexicon.ok()) return Fail(lexicon.status().message());
  auto ontology = LoadOntology(options);
  if (!ontology.ok()) return Fail(ontology.status().message());
  Pipeline pipeline(lexicon.value());

  auto files = ExpandInputs(options.inputs);
  if (!files.ok()) return Fail(files.status().message());
  if (files->empty()) return Fail("no input documents");

  // Read in order (stdin cannot be shared), then extract in parallel; the
  // results are merged in input order, so output does not depend on --jobs.
  ReaderOptions reader;
  std::vector<Outcome> outcomes(files->size());
  std::vector<std::optional<Document>> docs(files->size());
  for (size_t i = 0; i < files->size(); ++i) {
    auto doc = ReadDocument((*files)[i], std::cin, reader, &outcomes[i].notes);
    if (doc.ok()) {
      docs[i] = std::move(doc.value());
    } else if (doc.status().code() == Status::Code::kIoError) {
      return Fail(doc.status().message());
    } else {
      outcomes[i].error = doc.status().message();
    }
  }

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < docs.size(); i = next++) {
      if (!docs[i]) continue;
      Status st = pipeline.Run(*docs[i]);
      if (!st.ok()) {
        outcomes[i].error = st.message();
        continue;
      }
      outcomes[i].graph = BuildDocumentGraph(*docs[i]);
      outcomes[i].relations = docs[i]->relations.size();
      outcomes[i].entities = docs[i]->entities.size();
      docs[i].reset();  // the text is no longer needed
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs && t < docs.size(); ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();

  // Nothing usable: one line on stderr, not a warning per document and then
  // an error repeating it.
  const auto first_error = std::find_if(outcomes.begin(), outcomes.end(),
                                        [](const Outcome& o) { return !o.error.empty(); });
  if (std::none_of(outcomes.begin(), outcomes.end(), [](const Outcome& o) { return o.graph.has_value(); })) {
    if (first_error == outcomes.end()) return Fail("no usable documents");
    if (outcomes.size() == 1) return Fail(first_error->error);
    return Fail("no usable documents among " + std::to_string(outcomes.size()) + " (first: " +
                first_error->error + ")");
  }

  rdf::Dataset merged;
  size_t used = 0, skipped = 0, relations = 0, entities = 0;
  for (const Outcome& o : outcomes) {
    for (const auto& note : o.notes) spdlog::warn("{}", note);
    if (!o.error.empty()) {
      spdlog::warn("skipped {}", o.error);
      ++skipped;
      continue;
    }
    if (!o.graph) continue;
    merged.Merge(*o.graph);
    ++used;
    relations += o.relations;
    entities += o.entities;
  }
  merged.Normalize();
  MergeLabels(merged);
  // Nothing leaves the program that breaks the ontology.
  auto violations = CheckAgainstOntology(merged, *ontology);
  if (!violations.empty()) {
    for (const Violation& v : violations) {
      spdlog::warn("dropped {} {} {}: {}", v.quad.subject.value, v.quad.predicate.value,
                   v.quad.object.value, v.reason);
    }
    merged = WithoutViolations(merged, violations);
  }
  std::string bytes;
  Status written = (*exporter)->Write((*exporter)->keeps_graphs() ? merged : merged.Union(), &bytes);
  if (!written.ok()) return Fail(written.message());

  if (Status st = WriteOutput(options, bytes); !st.ok()) return Fail(st.message());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("{} documents, {} skipped, {} relations, {} entities, {:.2f} s", used, skipped,
               relations, entities, seconds);
  return skipped > 0 ? 2 : 0;
}

}  // namespace diplograph::cli
