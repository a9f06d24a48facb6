// The diplograph command line: a thin layer over the library.
//
//   diplograph extract [--format F] [--output PATH] [--lexicon FILE]... [--jobs N]
//                      [--input-format auto|text|jsonl] [--stream] INPUT...
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <boost/program_options.hpp>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/extract_command.h"
#include "cli/signals.h"
#include "exporters/exporter.h"

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage =
    "Usage: diplograph extract [OPTIONS] INPUT...\n"
    "       diplograph ontology [--format F] [--ontology FILE] [--output PATH]\n"
    "       diplograph --help | --version\n\n"
    "Reads news articles (text files, directories of them, or - for standard input)\n"
    "and writes the knowledge graph of the diplomatic relations they report.\n";

constexpr long long kMaxJobs = 1024;

std::string FormatList() {
  std::string out;
  // ", " lets --help wrap between names rather than inside one.
  for (const auto& name : diplograph::ExporterNames()) out += (out.empty() ? "" : ", ") + name;
  return out;
}

void SetUpLogging(const std::string& level) {
  auto logger = spdlog::stderr_color_mt("diplograph");
  logger->set_pattern("diplograph: %l: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::from_str(level));
}

int Run(int argc, char** argv) {
  diplograph::cli::ExtractOptions opts;
  std::string log_level = "warning";
  long long jobs = 0;  // signed, so that "--jobs -1" is refused rather than wrapped
  long long max_bytes = static_cast<long long>(opts.max_bytes);  // signed for the same reason
  po::options_description visible("Options");
  visible.add_options()
      ("help,h", "show this help and exit")
      ("version", "show the version and exit")
      ("format,f", po::value(&opts.format)->default_value("turtle"), ("output format: " + FormatList()).c_str())
      ("output,o", po::value(&opts.output), "write the graph to PATH (atomically) instead of standard output")
      ("jsonld-frame", po::value(&opts.jsonld_frame),
       "with --format jsonld: 'events' writes one object per event (agent, target, date, evidence, "
       "source) for dashboards instead of the whole graph")
      ("lexicon,l", po::value(&opts.lexicons)->composing(), "add a lexicon file (Turtle); repeatable")
      ("ontology", po::value(&opts.ontology), "use this ontology file (Turtle) instead of the built-in one")
      ("jobs,j", po::value(&jobs)->default_value(0), "documents processed in parallel (0: every core)")
      ("max-bytes", po::value(&max_bytes)->default_value(max_bytes),
       "documents longer than N bytes are cut, at a line end where one is near, with a warning")
      ("input-format", po::value(&opts.input_format)->default_value("auto"),
       "text (a file is a document), jsonl (a line is a document: {\"id\", \"text\", \"date\", \"url\"}) "
       "or auto (jsonl for *.jsonl and *.ndjson)")
      ("stream", po::bool_switch(&opts.stream),
       "write each document's graph as soon as it is done, in input order, in bounded memory "
       "(ntriples, nquads; labels are merged within each document only)")
      ("log-level", po::value(&log_level)->default_value("warning"),
       "trace|debug|info|warning|error|critical|off (messages go to standard error)");
  po::options_description hidden;
  hidden.add_options()("command", po::value<std::string>())("input", po::value(&opts.inputs)->composing());
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("command", 1).add("input", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::fprintf(stderr, "diplograph: %s (see --help)\n", e.what());
    return 1;
  }
  if (vm.count("help")) {
    std::ostringstream help;
    help << kUsage << "\n" << visible;
    std::fputs(help.str().c_str(), stdout);
    return 0;
  }
  if (vm.count("version")) {
    std::printf("diplograph %s\n", DIPLOGRAPH_VERSION);
    return 0;
  }
  static const std::vector<std::string> kLevels = {"trace", "debug", "info", "warning", "warn",
                                                   "error", "critical", "off"};
  if (std::find(kLevels.begin(), kLevels.end(), log_level) == kLevels.end()) {
    std::fprintf(stderr, "diplograph: unknown log level '%s' (see --help)\n", log_level.c_str());
    return 1;
  }
  if (jobs < 0 || jobs > kMaxJobs) {
    std::fprintf(stderr, "diplograph: --jobs must be between 0 and %lld (see --help)\n", kMaxJobs);
    return 1;
  }
  opts.jobs = static_cast<unsigned>(jobs);
  if (max_bytes <= 0) {
    std::fprintf(stderr, "diplograph: --max-bytes must be a positive number of bytes (see --help)\n");
    return 1;
  }
  opts.max_bytes = static_cast<size_t>(max_bytes);
  SetUpLogging(log_level == "warning" ? "warn" : log_level);
  if (!vm.count("command")) {
    std::fputs(kUsage, stderr);
    return 1;
  }
  std::string command = vm["command"].as<std::string>();
  if (command == "ontology") {
    if (!opts.inputs.empty()) {
      std::fprintf(stderr, "diplograph: ontology takes no INPUT (see --help)\n");
      return 1;
    }
    return diplograph::cli::RunOntology(opts);
  }
  if (command != "extract") {
    std::fprintf(stderr, "diplograph: unknown command '%s' (see --help)\n", command.c_str());
    return 1;
  }
  if (opts.inputs.empty()) {
    std::fprintf(stderr, "diplograph: extract needs at least one INPUT (a file, a directory or -)\n");
    return 1;
  }
  return diplograph::cli::RunExtract(opts);
}

}  // namespace

int main(int argc, char** argv) {
  diplograph::cli::InstallInterruptHandlers();
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "diplograph: internal error: %s\n", e.what());
    return 1;
  }
}
