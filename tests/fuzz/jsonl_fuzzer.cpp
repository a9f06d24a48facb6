// libFuzzer target over the JSON Lines reader: any bytes as a .jsonl input.
// Reading must end; every record is either a document (well-formed UTF-8
// text that is not blank, an id) or an error message naming its line; the
// bytes the records account for never exceed the input. Each document's
// node (id, URL, date: fields a hostile corpus controls) then goes through
// every exporter and must read back.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "exporters/iri_escape.h"
#include "extractor/jsonl_reader.h"
#include "extractor/utf8.h"
#include "ontology/graph_builder.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace diplograph;

const std::vector<std::pair<std::string, std::unique_ptr<Exporter>>>* exporters = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  exporters = new auto(fuzz::AllExporters());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::istringstream in(bytes);
  ReaderOptions options;
  options.max_bytes = 2000;
  JsonlReader reader(in, "fuzz.jsonl", "fuzz", options);
  JsonlRecord record;
  size_t accounted = 0, records = 0;
  while (reader.Next(&record)) {
    accounted += record.bytes;
    if (++records > size + 1) fuzz::Die("jsonl", "more records than lines", bytes);
    if (!record.document) {
      if (record.error.empty()) fuzz::Die("jsonl", "a record with neither document nor error", bytes);
      continue;
    }
    const Document& doc = *record.document;
    if (doc.id.empty()) fuzz::Die("jsonl", "document without id", bytes);
    if (!IsValidUtf8(doc.text)) fuzz::Die("jsonl", "text is not valid UTF-8", bytes);
    if (doc.text.size() > options.max_bytes) fuzz::Die("jsonl", "text over max_bytes", bytes);
    const std::string iri = DocumentIri(doc);
    if (EscapeIri(iri) != iri) fuzz::Die("jsonl", "DocumentIri is not a valid IRI: " + iri, bytes);
    rdf::Dataset graph = BuildDocumentGraph(doc);
    graph.Normalize();
    fuzz::CheckEveryFormat(*exporters, graph, bytes);
  }
  if (!reader.status().ok()) fuzz::Die("jsonl", reader.status().message(), bytes);
  if (accounted > size) fuzz::Die("jsonl", "records account for more bytes than the input", bytes);
  return 0;
}
