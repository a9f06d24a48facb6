// How fast the exporters write a graph already in memory: the writing step
// alone, to compare with `serdi` rewriting the same statements (which also
// parses them). A benchmark, not a test.
//
//   write_bench FILE.nt [FORMAT [RUNS]]     (defaults: turtle, 5 runs)
//
// Reads FILE.nt (N-Triples, as `diplograph extract -f ntriples` writes it)
// into a dataset, untimed, then writes it in FORMAT RUNS times and prints
// one line: triples, output bytes, the median seconds, and the throughput
// in N-Triples input bytes per second (the unit serdi's time gives).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "ontology/serd_sord.h"

int main(int argc, char** argv) {
  using namespace diplograph;
  if (argc < 2) {
    std::fprintf(stderr, "usage: write_bench FILE.nt [FORMAT [RUNS]]\n");
    return 2;
  }
  const std::string path = argv[1];
  const std::string format = argc > 2 ? argv[2] : "turtle";
  const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;

  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  if (!in && !in.eof()) {
    std::fprintf(stderr, "write_bench: cannot read %s\n", path.c_str());
    return 1;
  }
  auto parsed = serd_sord::ParseRdf(SERD_NTRIPLES, text, path);
  if (!parsed.ok()) {
    std::fprintf(stderr, "write_bench: %s\n", parsed.status().message().c_str());
    return 1;
  }
  rdf::Dataset graph = std::move(parsed).value();
  graph.Normalize();
  auto exporter = MakeExporter(format);
  if (!exporter.ok()) {
    std::fprintf(stderr, "write_bench: %s\n", exporter.status().message().c_str());
    return 2;
  }

  std::vector<double> seconds;
  size_t out_bytes = 0;
  for (int r = 0; r < runs; ++r) {
    std::string out;
    const auto start = std::chrono::steady_clock::now();
    if (Status st = (*exporter)->Write(graph, &out); !st.ok()) {
      std::fprintf(stderr, "write_bench: %s\n", st.message().c_str());
      return 1;
    }
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    out_bytes = out.size();
  }
  std::sort(seconds.begin(), seconds.end());
  const double median = seconds[seconds.size() / 2];
  std::printf("%s: %zu triples, %zu bytes out, %.3f s (median of %d), %.1f MB/s of N-Triples\n", format.c_str(),
              graph.size(), out_bytes, median, runs, median > 0 ? static_cast<double>(text.size()) / 1e6 / median : 0.0);
  return 0;
}
