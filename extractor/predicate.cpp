#include "extractor/predicate.h"

#include <array>

namespace diplograph {

namespace {
constexpr std::array<PredicateInfo, 15> kPredicates = {{
    {Predicate::kMetWith, "metWith", "Meeting", true, false},
    {Predicate::kVisited, "visited", "Visit", false, false},
    {Predicate::kSummoned, "summoned", "Summons", false, false},
    {Predicate::kProtestedTo, "protestedTo", "Protest", false, false},
    {Predicate::kUrged, "urged", "Appeal", false, false},
    {Predicate::kWarned, "warned", "Warning", false, false},
    {Predicate::kCondemned, "condemned", "Condemnation", false, false},
    {Predicate::kExpressedConcernAbout, "expressedConcernAbout", "Concern", false, false},
    {Predicate::kSanctioned, "sanctioned", "Sanction", false, false},
    {Predicate::kSigned, "signed", "Signing", false, false},
    {Predicate::kAgreedWith, "agreedWith", "Agreeing", true, false},
    {Predicate::kCooperatesWith, "cooperatesWith", "Cooperation", true, false},
    {Predicate::kAffiliatedWith, "affiliatedWith", "", false, true},
    {Predicate::kAmbassadorTo, "ambassadorTo", "", false, true},
    {Predicate::kLeaderOf, "leaderOf", "", false, true},
}};
}  // namespace

const PredicateInfo& Info(Predicate p) { return kPredicates[static_cast<size_t>(p)]; }

std::span<const PredicateInfo> AllPredicates() { return kPredicates; }

std::optional<Predicate> PredicateFromName(std::string_view local_name) {
  for (const auto& info : kPredicates) {
    if (info.local_name == local_name) return info.predicate;
  }
  return std::nullopt;
}

}  // namespace diplograph
