#include "extractor/jsonl_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <string_view>
#include <utility>

#include "extractor/date.h"

namespace diplograph {

namespace {

bool IsBlank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

std::string_view StringOf(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

// "2024-06-20" or "2024-06-20T09:30:00Z": the day, else nullopt.
std::optional<Date> DayOf(std::string_view value) {
  if (value.size() > 10 && value[10] != 'T' && value[10] != ' ') return std::nullopt;
  return Date::FromIso(value.substr(0, 10));
}

// A member that is absent or null counts as not given.
const rapidjson::Value* Member(const rapidjson::Value& object, const char* name) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || it->value.IsNull()) return nullptr;
  return &it->value;
}

}  // namespace

JsonlReader::JsonlReader(std::istream& in, std::string name, std::string id_prefix, ReaderOptions options)
    : in_(in), name_(std::move(name)), id_prefix_(std::move(id_prefix)), options_(options) {}

bool JsonlReader::Next(JsonlRecord* record) {
  *record = JsonlRecord();
  while (std::getline(in_, line_)) {
    ++line_number_;
    record->bytes += line_.size() + (in_.eof() ? 0 : 1);
    if (IsBlank(line_)) continue;
    if (line_.back() == '\r') line_.pop_back();
    record->line = line_number_;
    Parse(record);
    return true;
  }
  if (in_.bad()) status_ = Status::IoError("cannot read " + name_);
  return false;
}

void JsonlReader::Parse(JsonlRecord* record) {
  const std::string where = name_ + ":" + std::to_string(record->line) + ": ";
  // The values in values_ (a larger record takes more from the heap), the
  // parse stack from a small first block: a record is an object of a few
  // members, and the parser's defaults were two large blocks, which the
  // allocator serves slowly, and two small ones, for every line.
  rapidjson::MemoryPoolAllocator<> pool(values_.data(), values_.size());
  rapidjson::CrtAllocator stack_allocator;
  constexpr size_t kStackBytes = 256;
  rapidjson::Document json(&pool, kStackBytes, &stack_allocator);
  // In place: the strings are unescaped into the line itself, not copied
  // into the document's pool first. The line is read anew for each record,
  // and its string's terminating NUL ends the input as its length did.
  json.ParseInsitu(line_.data());
  if (json.HasParseError()) {
    record->error = where + "invalid JSON at column " + std::to_string(json.GetErrorOffset() + 1) + " (" +
                    rapidjson::GetParseError_En(json.GetParseError()) + ")";
    return;
  }
  if (!json.IsObject()) {
    record->error = where + "not a JSON object";
    return;
  }
  const rapidjson::Value* text = Member(json, "text");
  if (text == nullptr || !text->IsString()) {
    record->error = where + (text == nullptr ? "no \"text\"" : "\"text\" is not a string");
    return;
  }
  std::string id = id_prefix_ + "-" + std::to_string(record->line);
  if (const rapidjson::Value* v = Member(json, "id")) {
    if (v->IsString() && v->GetStringLength() == 0) {
      // An empty id names nothing (messages, schema:name): keep the line's name.
      record->notes.push_back(where + "\"id\" is empty; the document is " + id);
    } else if (v->IsString()) {
      id = StringOf(*v);
    } else if (v->IsInt64()) {
      id = std::to_string(v->GetInt64());
    } else if (v->IsUint64()) {
      id = std::to_string(v->GetUint64());
    } else {
      record->error = where + "\"id\" is neither a string nor an integer";
      return;
    }
  }
  std::optional<Date> published;
  if (const rapidjson::Value* v = Member(json, "date")) {
    published = v->IsString() ? DayOf(StringOf(*v)) : std::nullopt;
    if (!published) record->notes.push_back(where + "\"date\" is not YYYY-MM-DD; ignored");
  }
  std::string url;
  if (const rapidjson::Value* v = Member(json, "url")) {
    if (v->IsString()) {
      url = StringOf(*v);
    } else {
      record->notes.push_back(where + "\"url\" is not a string; ignored");
    }
  }
  Result<Document> doc = MakeDocument(std::move(id), std::string(StringOf(*text)), options_, &record->notes);
  if (!doc.ok()) {
    record->error = where + doc.status().message();
    return;
  }
  record->document = std::move(doc).value();
  record->document->published = published;
  record->document->url = std::move(url);
}

}  // namespace diplograph
