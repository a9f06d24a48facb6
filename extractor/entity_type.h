// The entity classes of the output contract.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

enum class EntityType {
  kPerson,
  kCountry,
  kCity,
  kPlace,
  kOrganization,
  kGovernmentBody,
  kInternationalOrganization,
  kNewsAgency,
  kAgreement,
  kVessel,
};

// The class's local name in the dip: namespace ("Person", "GovernmentBody").
std::string_view EntityTypeName(EntityType type);
std::optional<EntityType> EntityTypeFromName(std::string_view local_name);
// The IRI path segment entities of this type are minted under ("person", "org").
std::string_view EntityTypeIriKind(EntityType type);
// The IRI of an entity the lexicon does not know: its kind's path, then `slug`.
std::string MintEntityIri(EntityType type, std::string_view slug);
// Actors can act (meet, warn, sign); places and agreements cannot.
bool IsActorType(EntityType type);

}  // namespace diplograph
