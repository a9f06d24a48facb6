#include "cli/extract_command.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/document_output.h"
#include "cli/graph_accumulator.h"
#include "cli/input_source.h"
#include "cli/merged_output.h"
#include "cli/ordered_runner.h"
#include "cli/output_sink.h"
#include "cli/progress.h"
#include "exporters/exporter.h"
#include "extractor/document_reader.h"
#include "extractor/pipeline.h"
#include "ontology/graph_builder.h"
#include "ontology/lexicon_loader.h"
#include "ontology/ontology.h"

namespace diplograph::cli {

namespace {

// Documents in flight per worker thread: enough to keep every thread busy
// while the head of the window waits for a slow document, or for a thread
// the system preempted (with 4, threads on a busy machine often slept
// waiting for the head). A document and its output are a few tens of KB.
constexpr size_t kWindowPerJob = 16;

int Fail(const std::string& message) {
  std::fprintf(stderr, "diplograph: %s\n", message.c_str());
  return 1;
}

// One input and what it yields; filled by whichever thread works on it.
struct Work {
  InputItem input;                    // the document is dropped once extracted
  std::optional<DocumentGraph> graph;  // merged mode: the document's graph
  std::string serialized;             // streaming mode: the document's output
  bool used = false;
  size_t relations = 0;
  size_t entities = 0;
  std::vector<std::string> dropped;  // statements removed for breaking the ontology
};

// The embedded ontology, or the file the user gave instead.
Result<Ontology> LoadOntology(const ExtractOptions& options) {
  if (options.ontology.empty()) return Ontology::Load(Ontology::EmbeddedSources());
  auto src = ReadTextSource(options.ontology);
  if (!src.ok()) return src.status();
  return Ontology::Load({std::move(src.value())});
}

Status WriteOutput(const ExtractOptions& options, const std::string& bytes) {
  OutputSink sink;
  if (Status st = sink.Open(options.output); !st.ok()) return st;
  if (Status st = sink.Append(bytes); !st.ok()) return st;
  return sink.Finish();
}

// Warnings go out in input order. Until some document is usable they are
// held back: when none is, the run ends with one line, not one per input.
class Warnings {
 public:
  explicit Warnings(ProgressMeter* progress) : progress_(progress) {}
  void Add(std::string message) {
    if (holding_) {
      held_.push_back(std::move(message));
      return;
    }
    progress_->Clear();
    spdlog::warn("{}", message);
  }
  void Release() {
    if (!holding_) return;
    holding_ = false;
    if (!held_.empty()) progress_->Clear();
    for (const auto& message : held_) spdlog::warn("{}", message);
    held_.clear();
  }

 private:
  ProgressMeter* progress_;
  bool holding_ = true;
  std::vector<std::string> held_;
};

}  // namespace

int RunOntology(const ExtractOptions& options) {
  auto exporter = MakeExporter(options.format, {options.jsonld_frame});
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
  auto exporter_or = MakeExporter(options.format, {options.jsonld_frame});
  if (!exporter_or.ok()) return Fail(exporter_or.status().message());
  const Exporter& exporter = **exporter_or;
  if (options.stream && !exporter.concatenable()) {
    return Fail("--stream needs a format whose outputs concatenate (ntriples or nquads), not " +
                options.format);
  }
  auto input_format = ParseInputFormat(options.input_format);
  if (!input_format.ok()) return Fail(input_format.status().message());

  std::vector<TextSource> sources = EmbeddedLexiconSources();
  for (const std::string& path : options.lexicons) {
    auto src = ReadTextSource(path);
    if (!src.ok()) return Fail(src.status().message());
    sources.push_back(std::move(src.value()));
  }
  auto lexicon = LoadLexicon(sources);
  if (!lexicon.ok()) return Fail(lexicon.status().message());
  auto ontology_or = LoadOntology(options);
  if (!ontology_or.ok()) return Fail(ontology_or.status().message());
  const Ontology& ontology = *ontology_or;
  Pipeline pipeline(lexicon.value());

  auto files = ExpandInputs(options.inputs);
  if (!files.ok()) return Fail(files.status().message());
  if (files->empty()) return Fail("no input documents");
  InputSource input(std::move(files).value(), *input_format, ReaderOptions{options.max_bytes}, std::cin);

  OutputSink sink;
  if (Status st = sink.Open(options.output); !st.ok()) return Fail(st.message());

  // Extraction runs in parallel; results are taken in input order, so the
  // output does not depend on --jobs. In streaming mode each document is
  // serialized on its own (labels are then per document) and written as
  // soon as it and every earlier one are done; otherwise the graphs are
  // merged and written at the end.
  auto work = [&](Work& w) {
    if (!w.input.document) return;
    Document& doc = *w.input.document;
    if (Status st = pipeline.Run(doc); !st.ok()) {
      w.input.error = st.message();
      w.input.document.reset();
      return;
    }
    DocumentGraph graph = BuildGraph(doc);
    w.relations = doc.relations.size();
    w.entities = doc.entities.size();
    const std::string id = std::move(doc.id);
    w.input.document.reset();  // the text is no longer needed
    w.used = true;
    if (!options.stream) {
      // As built: the accumulator drops graph names where the format has
      // none, and de-duplicates and sorts once for the whole run.
      w.graph = std::move(graph);
      return;
    }
    if (Status st = WriteDocumentGraph(graph, exporter, ontology, &w.serialized, &w.dropped); !st.ok()) {
      w.input.error = id + ": " + st.message();
      w.used = false;
    }
  };

  ProgressMeter progress(input.total_bytes());
  Warnings warnings(&progress);
  GraphAccumulator merged(exporter.keeps_graphs());
  size_t items = 0, used = 0, skipped = 0, relations = 0, entities = 0;
  uint64_t bytes_read = 0;
  std::string first_error;
  auto consume = [&](Work& w) -> Status {
    ++items;
    bytes_read += w.input.bytes;
    for (auto& note : w.input.notes) warnings.Add(std::move(note));
    if (!w.used) {
      if (first_error.empty()) first_error = w.input.error;
      warnings.Add("skipped " + w.input.error);
      ++skipped;
    } else {
      warnings.Release();
      for (auto& message : w.dropped) warnings.Add(std::move(message));
      ++used;
      relations += w.relations;
      entities += w.entities;
      if (options.stream) {
        if (Status st = sink.Append(w.serialized); !st.ok()) return st;
      } else {
        merged.Add(*w.graph);
      }
    }
    progress.Update(items, bytes_read);
    return Status::Ok();
  };
  auto produce = [&](Work* w) { return input.Next(&w->input); };

  const unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  Status run = RunOrdered<Work>(jobs, jobs * kWindowPerJob, {produce, work, consume});
  progress.Clear();
  if (!run.ok()) return Fail(run.message());

  // Nothing usable: one line on stderr, not a warning per document and then
  // an error repeating it.
  if (used == 0) {
    if (first_error.empty()) return Fail("no usable documents");
    if (items == 1) return Fail(first_error);
    return Fail("no usable documents among " + std::to_string(items) + " (first: " + first_error + ")");
  }

  if (!options.stream) {
    std::vector<std::string> dropped;
    Status written = WriteMergedGraph(merged.Finish(), exporter, ontology, &sink, &dropped, kSliceSize, jobs);
    for (auto& message : dropped) warnings.Add(std::move(message));
    if (!written.ok()) return Fail(written.message());
  }
  if (Status st = sink.Finish(); !st.ok()) return Fail(st.message());

  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("{} documents, {} skipped, {} relations, {} entities, {:.2f} s", used, skipped,
               relations, entities, seconds);
  return skipped > 0 ? 2 : 0;
}

}  // namespace diplograph::cli
