// RapidJSON writing into a std::string, shared by the JSON-based exporters
// (JSON-LD layouts, the HTML page's data island).
#pragma once

#include <rapidjson/prettywriter.h>
#include <rapidjson/rapidjson.h>
#include <rapidjson/writer.h>

#include <string>
#include <string_view>

namespace diplograph {

// RapidJSON output stream appending to a std::string.
class JsonStringStream {
 public:
  using Ch = char;
  explicit JsonStringStream(std::string* out) : out_(out) {}
  void Put(char c) { out_->push_back(c); }
  void Flush() {}

 private:
  std::string* out_;
};

using JsonWriter = rapidjson::PrettyWriter<JsonStringStream>;
using CompactJsonWriter = rapidjson::Writer<JsonStringStream>;

// Callers check lengths against rapidjson::SizeType before writing (see
// TooLongForJson).
template <typename Writer>
bool WriteJsonString(Writer& writer, std::string_view text) {
  return writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

template <typename Writer>
bool WriteJsonKey(Writer& writer, std::string_view key) {
  return writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

// True when `text` is longer than RapidJSON can measure (32 bits).
inline bool TooLongForJson(std::string_view text) {
  return text.size() > static_cast<size_t>(static_cast<rapidjson::SizeType>(-1));
}

}  // namespace diplograph
