// The 15 scored predicates of the output contract and what the graph needs
// to know about each.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace diplograph {

enum class Predicate {
  kMetWith,
  kVisited,
  kSummoned,
  kProtestedTo,
  kUrged,
  kWarned,
  kCondemned,
  kExpressedConcernAbout,
  kSanctioned,
  kSigned,
  kAgreedWith,
  kCooperatesWith,
  kAffiliatedWith,
  kAmbassadorTo,
  kLeaderOf,
};

struct PredicateInfo {
  Predicate predicate;
  std::string_view local_name;   // "metWith"
  std::string_view event_class;  // "Meeting"; empty for roles
  bool symmetric;
  bool role;  // a standing state with no event node
};

const PredicateInfo& Info(Predicate p);
std::span<const PredicateInfo> AllPredicates();
std::optional<Predicate> PredicateFromName(std::string_view local_name);

}  // namespace diplograph
