// Names the lexicon knows (countries, capitals, demonyms, people, organizations, agencies),
// with the phrases in which they mention nothing ("Russian-flagged", "Peruvian airspace"), and
// places by their head word ("the Korean Peninsula").

#include "extractor/recognizer/sentence_scanner.h"

#include <cstddef>
#include <optional>

namespace diplograph {

// Make for a mention of a lexicon entity: its label and IRI.
std::optional<Draft> EntityRecognizer::SentenceScanner::MakeKnown(size_t b, size_t e, MentionKind kind, EntityType type,
                                                                  const LexEntity& entity) const {
  auto d = Make(b, e, kind, type, entity.label);
  d->mention.lexicon_iri = entity.iri;
  return d;
}

// Capitalized words ending in a place head: "the Korean Peninsula", "Asia-Pacific region".
std::optional<Draft> EntityRecognizer::SentenceScanner::Place(size_t i) const {
  if (!IsNameWord(i)) return std::nullopt;
  size_t j = i;
  while (j < end_ && j < i + 5 && (IsNameWord(j) || lex_.place_heads.Contains(toks_[j].text) ||
                                   Has(j, Word::kPlaceHead))) {
    bool head = lex_.place_heads.Contains(toks_[j].text) || Has(j, Word::kPlaceHead);
    ++j;
    while (IsHyphenGlue(toks_, j, end_)) j += 2;
    if (!head || j <= i + 1) continue;
    // "Solomon Islands", "Marshall Islands": a name the lexicon knows is that entity.
    if (auto hit = Gaz(i); hit && i + hit->length >= j) return std::nullopt;
    return Make(i, j, MentionKind::kName, EntityType::kPlace, Text(i, j));
  }
  return std::nullopt;
}

std::optional<Draft> EntityRecognizer::SentenceScanner::Known(size_t i) const {
  auto hit = Gaz(i);
  if (!hit) return std::nullopt;
  const LexEntity& e = lex_.entities[hit->entity];
  // "Milan Tegeltija, a former president", "met Jordan Bardella": a place's
  // name as a first name, before a name word the lexicon does not know,
  // where the person cues of NamedPerson hold.
  if (hit->length == 1 && hit->kind == MentionKind::kName &&
      (e.type == EntityType::kCity || e.type == EntityType::kCountry) && IsNameWord(i + 1) && !Gaz(i + 1) &&
      !Has(i + 1, Word::kPlaceHead) && !OfficeAt(i + 1) && !BodyAt(i + 1)) {
    if (auto person = NamedPersonAt(i, /*first_word_known=*/true)) return person;
  }
  // A demonym used as a hyphenated compound's first half ("Russian-flagged")
  // or inside a name is not a mention of the country.
  size_t e_tok = i + hit->length;
  if (hit->kind == MentionKind::kDemonym && e_tok < end_ && IsText(toks_[e_tok], "-") &&
      e_tok + 1 < end_ && !toks_[e_tok + 1].IsCapitalized()) {
    return Draft{{}, e_tok};  // consumed, no mention
  }
  // "the Central African country", "a West African nation": an adjective
  // describing a country already named is a region's more often than a
  // people's; a country's own would be its name.
  if (hit->kind == MentionKind::kDemonym && i > begin_ && (Is(toks_[i - 1], "the") || Is(toks_[i - 1], "a")) &&
      e_tok < end_ && (Is(toks_[e_tok], "country") || Is(toks_[e_tok], "nation"))) {
    return Draft{{}, e_tok + 1};  // consumed, no mention
  }
  // "near Chilean territory", "violated Peruvian airspace": a country's
  // ground, sea or sky is where something happens, not a party.
  if (hit->kind == MentionKind::kDemonym && e_tok < end_ && Has(e_tok, Word::kTerritoryNoun)) {
    return Draft{{}, e_tok + 1};  // consumed, no mention
  }
  // "a Lima-based company": where something is based says nothing of who acts.
  if (e_tok + 1 < end_ && IsText(toks_[e_tok], "-") && Is(toks_[e_tok + 1], "based")) {
    return Draft{{}, e_tok + 2};
  }
  // "visiting the U.S. capital", "in the Nigerian capital": the country's
  // capital, as if named (unless its name follows: "the Omani capital of
  // Muscat", "the Saudi capital, Riyadh").
  if (e.type == EntityType::kCountry && !e.capital.empty() && i > begin_ && Is(toks_[i - 1], "the") &&
      e_tok < end_ && Is(toks_[e_tok], "capital")) {
    // ("the Peruvian capital, Lima", "the Omani capital of Muscat": one mention.)
    size_t end = e_tok + 1;
    if (e_tok + 2 < end_ && (IsText(toks_[e_tok + 1], ",") || Is(toks_[e_tok + 1], "of"))) {
      if (auto name = Gaz(e_tok + 2); name && lex_.entities[name->entity].iri == e.capital) {
        end = e_tok + 2 + name->length;
      }
    }
    if (const LexEntity* capital = lex_.Find(e.capital); capital != nullptr) {
      return MakeKnown(i, end, MentionKind::kCapital, EntityType::kCity, *capital);
    }
  }
  return KnownEntity(i, e_tok, hit->kind, e);
}

// Known's mention of the entity e its name (of kind `kind`) at [i, e_tok)
// names. (Its own function, with one return, so that the draft is built
// where it is returned to, not moved there.)
std::optional<Draft> EntityRecognizer::SentenceScanner::KnownEntity(size_t i, size_t e_tok, MentionKind kind,
                                                                    const LexEntity& e) const {
  auto d = MakeKnown(i, e_tok, kind, kind == MentionKind::kDemonym ? EntityType::kCountry : e.type, e);
  // "Yonhap news agency", "the Sputnik agency": swallow the descriptor.
  if (e.type == EntityType::kNewsAgency && e_tok < end_ && Is(toks_[e_tok], "news") &&
      e_tok + 1 < end_ && Is(toks_[e_tok + 1], "agency")) {
    d->end = e_tok + 2;
    d->mention.span.end = toks_[e_tok + 1].span.end;
    d->mention.token_end = d->end;
  }
  return d;
}

}  // namespace diplograph
