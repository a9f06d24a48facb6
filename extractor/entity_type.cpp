#include "extractor/entity_type.h"

#include <array>
#include <utility>

namespace diplograph {

namespace {
struct TypeInfo {
  EntityType type;
  std::string_view name;
  std::string_view iri_kind;
};
constexpr std::array<TypeInfo, 10> kTypes = {{
    {EntityType::kPerson, "Person", "person"},
    {EntityType::kCountry, "Country", "country"},
    {EntityType::kCity, "City", "city"},
    {EntityType::kPlace, "Place", "place"},
    {EntityType::kOrganization, "Organization", "org"},
    {EntityType::kGovernmentBody, "GovernmentBody", "org"},
    {EntityType::kInternationalOrganization, "InternationalOrganization", "org"},
    {EntityType::kNewsAgency, "NewsAgency", "org"},
    {EntityType::kAgreement, "Agreement", "agreement"},
    {EntityType::kVessel, "Vessel", "vessel"},
}};
}  // namespace

std::string_view EntityTypeName(EntityType type) { return kTypes[static_cast<size_t>(type)].name; }

std::string_view EntityTypeIriKind(EntityType type) {
  return kTypes[static_cast<size_t>(type)].iri_kind;
}

std::string MintEntityIri(EntityType type, std::string_view slug) {
  static constexpr std::string_view kIdBase = "https://w3id.org/diplograph/id/";
  const std::string_view kind = EntityTypeIriKind(type);
  std::string iri;
  iri.reserve(kIdBase.size() + kind.size() + 1 + slug.size());  // one allocation, not one per part
  iri.append(kIdBase).append(kind).append("/").append(slug);
  return iri;
}

std::optional<EntityType> EntityTypeFromName(std::string_view local_name) {
  for (const auto& t : kTypes) {
    if (t.name == local_name) return t.type;
  }
  return std::nullopt;
}

bool IsActorType(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
    case EntityType::kCountry:
    case EntityType::kOrganization:
    case EntityType::kGovernmentBody:
    case EntityType::kInternationalOrganization:
      return true;
    default:
      return false;
  }
}

}  // namespace diplograph
