#include "extractor/substring_set.h"

#include <algorithm>

namespace diplograph {

void SubstringSet::Add(std::string_view needle) {
  if (needle.empty()) {
    has_empty_ = true;
  } else if (needle.size() == 1) {
    short_.emplace_back(needle);
  } else {
    const unsigned key = Key(static_cast<unsigned char>(needle[0]), static_cast<unsigned char>(needle[1]));
    by_start_[key].emplace_back(needle);
    starts_[key] = true;
  }
}

bool SubstringSet::FoundIn(std::string_view text) const {
  if (has_empty_) return true;
  for (const std::string& needle : short_) {
    if (text.find(needle) != std::string_view::npos) return true;
  }
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const unsigned key = Key(static_cast<unsigned char>(text[i]), static_cast<unsigned char>(text[i + 1]));
    if (!starts_[key]) continue;
    const std::string_view rest = text.substr(i);
    const auto& candidates = by_start_.at(key);
    if (std::any_of(candidates.begin(), candidates.end(),
                    [&](const std::string& needle) { return rest.starts_with(needle); })) {
      return true;
    }
  }
  return false;
}

}  // namespace diplograph
