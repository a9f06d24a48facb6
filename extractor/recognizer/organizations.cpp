// Government bodies ("the Russian Foreign Ministry"), described groups ("four vessels",
// "sanctions on Russian officials"), and companies and vessels named after their noun ("the
// Chinese company Huawei", "the tanker Grace One") or by a company suffix ("Wagner Group").

#include "extractor/recognizer/sentence_scanner.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "extractor/utf8.h"

namespace diplograph {

// [the] [Country-mod] Body [of Country | in Capital]
std::optional<Draft> EntityRecognizer::SentenceScanner::Body(size_t i) const {
  if (!Near(next_body_, i)) return std::nullopt;
  size_t j = i;
  bool determiner = Is(toks_[j], "the") || Is(toks_[j], "a");
  if (determiner) ++j;
  std::string country;
  Span country_name;
  if (j < end_) {
    if (auto named = CountryBeforeTitle(j)) {
      country = named->iri;
      country_name = named->name;
      j = named->end;
    }
  }
  auto body = j < end_ ? BodyAt(j) : std::nullopt;
  if (!body) return std::nullopt;
  j = body->second;
  const BodyKind& kind = lex_.bodies[static_cast<size_t>(body->first)];
  std::string name = kind.canonical;
  if (j + 1 < end_ && (Is(toks_[j], "of") || Is(toks_[j], "in"))) {
    // ("the Ministry of Foreign Affairs of the Republic of Chile")
    const size_t at = j + 2 < end_ && Is(toks_[j + 1], "the") ? j + 2 : j + 1;
    if (auto hit = Gaz(at)) {
      const LexEntity& e = lex_.entities[hit->entity];
      std::string place = e.type == EntityType::kCountry ? e.iri
                          : e.type == EntityType::kCity ? e.country : std::string();
      bool embassy = AsciiLower(kind.canonical).find("embassy") != std::string::npos ||
                     AsciiLower(kind.canonical).find("consulate") != std::string::npos;
      if (!place.empty() && embassy && !country.empty() && Is(toks_[j], "in")) {
        name += " in " + e.label;  // the Russian Embassy in Seoul
        j = at + hit->length;
      } else if (!place.empty() && country.empty() && !embassy) {
        country = place;  // the Foreign Ministry in Seoul, the Ministry of Defense of Japan
        j = at + hit->length;
      }
    }
  }
  // A lower-case kind word alone ("the ministry") is a nominal; capitalized
  // without a country ("the Foreign Ministry") too.
  if (country.empty() && !determiner) return std::nullopt;
  // "the Security Council" with no country is the one the lexicon knows.
  if (auto known = Gaz(i + 1); country.empty() && known && i + 1 + known->length >= j) return std::nullopt;
  auto d = Make(determiner ? i + 1 : i, j,
                 country.empty() ? MentionKind::kNominal : MentionKind::kName,
                 EntityType::kGovernmentBody, name);
  d->mention.country_iri = country;
  if (!country.empty()) d->mention.country_name = country_name;
  return d;
}

// number [modifiers] group-noun: "four Russian-flagged vessels"; and
// after "on", "against" or a verb of sanctioning, demonym [modifiers]
// group-noun: "sanctions on Russian officials", "sanctioned Haitian gang
// leaders" hit the officials and the leaders, not their countries.
std::optional<Draft> EntityRecognizer::SentenceScanner::Group(size_t i) const {
  const Token& t = toks_[i];
  bool number = Has(i, Word::kNumber) ||
                (!t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9' && t.IsWord());
  size_t from = i;
  std::string country;
  if (!number) {
    if (i == begin_ || !t.IsCapitalized()) return std::nullopt;
    auto targets_next = [&](size_t k) {
      return Is(toks_[k], "on") || Is(toks_[k], "against") || Has(k, Word::kSanctionVerb);
    };
    bool targeted = targets_next(i - 1);
    // "sanctioned Russian banks and Chinese companies": a list of the
    // groups goes on.
    if (!targeted && i > begin_ + 1 && (Is(toks_[i - 1], "and") || IsText(toks_[i - 1], ",")) &&
        (Has(i - 2, Word::kPersonGroupNoun) || Has(i - 2, Word::kOrgGroupNoun) || Has(i - 2, Word::kVesselNoun))) {
      static constexpr size_t kListReach = 12;
      for (size_t k = i - 2; k > begin_ && k + kListReach > i && !targeted; --k) targeted = targets_next(k - 1);
    }
    if (!targeted) return std::nullopt;
    auto hit = Gaz(i);
    if (!hit || hit->kind != MentionKind::kDemonym) return std::nullopt;
    country = lex_.entities[hit->entity].iri;
    from = i + hit->length - 1;
  }
  for (size_t j = from + 1; j < end_ && j <= from + 6; ++j) {
    EntityType type;
    if (Has(j, Word::kVesselNoun)) type = EntityType::kVessel;
    else if (Has(j, Word::kPersonGroupNoun)) type = EntityType::kPerson;
    else if (Has(j, Word::kOrgGroupNoun)) type = EntityType::kOrganization;
    else if (toks_[j].IsWord() || IsText(toks_[j], "-")) {
      if (!number && toks_[j].IsCapitalized()) return std::nullopt;  // "on Russian President X"
      continue;
    } else {
      return std::nullopt;
    }
    auto d = Make(i, j + 1, MentionKind::kNominal, type, Text(i, j + 1));
    d->mention.country_iri = country;
    return d;
  }
  return std::nullopt;
}

// [the] [Country-mod] [words] company-noun Name: "the Chinese company
// Huawei", "Venezuela's state oil company PDVSA". The organization is the
// name, of that country; the words before it are no mention of their own
// (the country is not what a sanction "on the Chinese company X" hits).
std::optional<Draft> EntityRecognizer::SentenceScanner::DescribedOrganization(size_t i) const {
  static constexpr size_t kReach = 6;
  if (!Near(next_company_, i)) return std::nullopt;
  size_t j = i;
  if (Is(toks_[j], "the") || Is(toks_[j], "a") || Is(toks_[j], "an")) ++j;
  std::string country;
  if (j < end_) {
    if (auto cm = CountryModifier(j)) {
      country = cm->first;
      j = cm->second;
    }
  }
  // Lower-case descriptor words ("state oil", "state-owned") up to the noun.
  while (j < end_ && j < i + kReach && !CompanyNounAt(j) &&
         ((toks_[j].IsWord() && !toks_[j].IsCapitalized()) || IsText(toks_[j], "-"))) {
    ++j;
  }
  auto noun = j < end_ ? CompanyNounAt(j) : std::nullopt;
  if (!noun) return std::nullopt;
  const size_t name = noun->second;
  const EntityType type = noun->first == kShip ? EntityType::kVessel : EntityType::kOrganization;
  // A known organization or vessel keeps its identity; a name that begins
  // like some other known entity ("Andes Cobre") is still the company's.
  if (auto hit = Gaz(name); hit && lex_.entities[hit->entity].type == type) {
    const LexEntity& e = lex_.entities[hit->entity];
    auto d = Make(name, name + hit->length, MentionKind::kName, e.type, e.label);
    d->mention.lexicon_iri = e.iri;
    d->mention.country_iri = country;
    return d;
  }
  const size_t end = std::min(NameEnd(name), name + 4);
  if (OfficeAt(name)) return std::nullopt;  // "the company President ..."
  auto d = Make(name, end, MentionKind::kName, type, Text(name, end));
  d->mention.country_iri = country;
  return d;
}

// Name words ending in a company suffix: "Golden Sun Trading Ltd",
// "Wagner Group". At most five words.
std::optional<Draft> EntityRecognizer::SentenceScanner::CompanyName(size_t i) const {
  if (!IsNameWord(i) || Gaz(i)) return std::nullopt;
  for (size_t j = i + 1; j < end_ && j < i + 5; ++j) {
    if (!toks_[j].IsWord() || !toks_[j].IsCapitalized()) return std::nullopt;
    if (lex_.company_suffixes.Contains(toks_[j].text)) {
      // "Golden Sun Trading Ltd": suffixes in a row all belong to the name.
      size_t end = j + 1;
      while (end < end_ && lex_.company_suffixes.Contains(toks_[end].text)) ++end;
      return Make(i, end, MentionKind::kName, EntityType::kOrganization, Text(i, end));
    }
    if (!IsNameWord(j)) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace diplograph
