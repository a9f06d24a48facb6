#include "cli/input_source.h"

#include <filesystem>
#include <system_error>
#include <utility>

namespace diplograph::cli {

namespace fs = std::filesystem;

Result<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  return Status::InvalidArgument("unknown input format '" + std::string(name) + "' (auto, text or jsonl)");
}

InputSource::InputSource(std::vector<std::string> paths, InputFormat format, ReaderOptions options,
                         std::istream& stdin_stream)
    : paths_(std::move(paths)), format_(format), options_(options), stdin_(stdin_stream) {
  uint64_t total = 0;
  for (const std::string& path : paths_) {
    if (path == "-") return;  // total_bytes_ stays unknown
    std::error_code ec;
    const uintmax_t size = fs::file_size(path, ec);
    if (!ec) total += size;
  }
  total_bytes_ = total;
}

bool InputSource::IsJsonl(const std::string& path) const {
  if (format_ != InputFormat::kAuto) return format_ == InputFormat::kJsonl;
  return path.ends_with(".jsonl") || path.ends_with(".ndjson");
}

Status InputSource::OpenJsonl(const std::string& path) {
  if (path == "-") {
    jsonl_ = std::make_unique<JsonlReader>(stdin_, "stdin", "stdin", options_);
    return Status::Ok();
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::IoError("cannot read " + path + ": is a directory");
  file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file_) return Status::IoError("cannot read " + path);
  jsonl_ = std::make_unique<JsonlReader>(*file_, path, fs::path(path).stem().string(), options_);
  return Status::Ok();
}

Result<bool> InputSource::Next(InputItem* item) {
  *item = InputItem();
  for (;;) {
    if (jsonl_) {
      JsonlRecord record;
      if (jsonl_->Next(&record)) {
        item->document = std::move(record.document);
        item->error = std::move(record.error);
        item->notes = std::move(record.notes);
        item->bytes = record.bytes;
        return true;
      }
      Status status = jsonl_->status();
      jsonl_.reset();
      file_.reset();
      if (!status.ok()) return status;
      continue;
    }
    if (next_path_ == paths_.size()) return false;
    const std::string& path = paths_[next_path_++];
    if (IsJsonl(path)) {
      if (Status status = OpenJsonl(path); !status.ok()) return status;
      continue;
    }
    Result<Document> doc = ReadDocument(path, stdin_, options_, &item->notes);
    if (doc.ok()) {
      item->bytes = doc->text.size();
      item->document = std::move(doc).value();
    } else if (doc.status().code() == Status::Code::kIoError) {
      return doc.status();
    } else {
      item->error = doc.status().message();
    }
    if (path != "-") {
      std::error_code ec;
      const uintmax_t size = fs::file_size(path, ec);
      if (!ec) item->bytes = size;
    }
    return true;
  }
}

}  // namespace diplograph::cli
