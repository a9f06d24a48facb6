#include "exporters/document_writer.h"

#include <numeric>
#include <utility>

#include "exporters/exporter.h"

namespace diplograph {

Result<std::unique_ptr<DocumentWriter>> Exporter::BeginDocument(std::string*) const {
  return Status::InvalidArgument("format " + std::string(name()) + " cannot be written in pieces");
}

Result<std::vector<uint32_t>> Exporter::NodeOrder(std::span<const rdf::Term* const> subjects) const {
  std::vector<uint32_t> order(subjects.size());
  std::iota(order.begin(), order.end(), uint32_t{0});
  return order;
}

Status WriteWholeDocument(const Exporter& exporter, const rdf::Dataset& dataset, std::string* out) {
  const size_t before = out->size();  // what was there is all that stays on failure
  Status status = [&]() -> Status {
    Result<std::unique_ptr<DocumentWriter>> document = exporter.BeginDocument(out);
    if (!document.ok()) return document.status();
    if (Status written = (*document)->Write(dataset, out); !written.ok()) return written;
    return (*document)->Finish(out);
  }();
  if (!status.ok()) out->resize(before);
  return status;
}

}  // namespace diplograph
