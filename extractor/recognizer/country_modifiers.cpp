// The country a title or body is of, read off the words before it: "Russian", "Russia's",
// "Seoul's", "the North's", "US" before an office; an ambiguous demonym ("Korean") weighed
// against the document's mentions; a region before an office.

#include "extractor/recognizer/sentence_scanner.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace diplograph {

// A country standing before an office or body: "Russian", "Russia's", "Seoul's".
// Returns the country IRI and the token after the modifier. The IRI views
// the lexicon or the tally, which outlive the scan of the sentence.
std::optional<std::pair<std::string_view, size_t>> EntityRecognizer::SentenceScanner::CountryModifier(
    size_t i) const {
  auto hit = Gaz(i);
  if (!hit) {
    // "the North's leader": the country of the document named by that word.
    if (Is(toks_[i], "the") && i + 2 < end_ && IsPossessiveAt(toks_, i + 2)) {
      std::string_view country = CompassCountry(toks_[i + 1].text);
      if (!country.empty()) return std::make_pair(country, i + 3);
    }
    std::string_view country = AmbiguousDemonym(i);
    if (country.empty()) return std::nullopt;
    return std::make_pair(country, i + 1);
  }
  const LexEntity& e = lex_.entities[hit->entity];
  size_t j = i + hit->length;
  std::string_view country;
  if (e.type == EntityType::kCountry) country = e.iri;
  if (e.type == EntityType::kCity && hit->kind == MentionKind::kCapital) country = e.country;
  if (country.empty()) return std::nullopt;
  if (hit->kind == MentionKind::kDemonym) return std::make_pair(country, j);
  if (j < end_ && IsPossessiveAt(toks_, j)) return std::make_pair(country, j + 1);
  return std::nullopt;
}

// Where a country's own name stands at token j ("US" of "US Vice
// President", "Ivory Coast" of "Ivory Coast's President"): a surface form
// of the country, though the mention is the title's. Empty for a demonym.
Span EntityRecognizer::SentenceScanner::CountryNameAt(size_t j) const {
  const auto hit = j < end_ ? Gaz(j) : std::nullopt;
  if (!hit || hit->kind != MentionKind::kName || lex_.entities[hit->entity].type != EntityType::kCountry) return {};
  return {toks_[j].span.begin, toks_[j + hit->length - 1].span.end};
}

// The country of the sentence's last country mention so far, if any.
std::string EntityRecognizer::SentenceScanner::LastCountryInSentence() const {
  for (auto m = doc_.mentions.rbegin(); m != doc_.mentions.rend() && m->sentence == sentence_; ++m) {
    if (m->type != EntityType::kCountry || m->kind == MentionKind::kPronoun) continue;
    if (!m->country_iri.empty()) return m->country_iri;
    const LexEntity* e = lex_.Find(m->lexicon_iri);
    if (e && e->type == EntityType::kCountry) return e->iri;
  }
  return {};
}

// "Korean" ends the demonyms of two countries: it means the one this
// document has mentioned most so far.
std::string_view EntityRecognizer::SentenceScanner::AmbiguousDemonym(size_t i) const {
  const std::vector<std::string>* candidates = rec_.demonym_suffixes_.Find(toks_[i].text);
  if (!candidates) return {};
  // The document's first country, when it is a candidate: articles name
  // their own side first ("the Korean side" in a Seoul report).
  const std::string& first = tally_.first_country;
  if (!first.empty() && std::find(candidates->begin(), candidates->end(), first) != candidates->end()) {
    return first;
  }
  std::string_view best;
  int best_count = 0;
  for (const std::string& candidate : *candidates) {
    const int count = Tally::MentionsOf(candidate, doc_.mentions);
    if (count > best_count) best = candidate, best_count = count;
  }
  return best;
}

// "North" -> the country named "North ..." this document mentions most so far.
std::string_view EntityRecognizer::SentenceScanner::CompassCountry(std::string_view word) const {
  if (!Equals(word, "North") && !Equals(word, "South")) return {};
  std::string_view best;
  int n = 0;
  for (const auto& [iri, c] : Tally::Countries(doc_.mentions, lex_)) {
    const std::string_view label = c.entity->label;
    if (c.mentions > n && label.starts_with(word) && label.substr(word.size()).starts_with(' ')) {
      best = iri, n = c.mentions;
    }
  }
  return best;
}

// A country name used as an adjective before an office or body ("U.S.
// Secretary of State Antony Blinken", "Israel Defense Ministry").
std::optional<std::pair<std::string_view, size_t>> EntityRecognizer::SentenceScanner::BareCountryBeforeTitle(
    size_t j) const {
  auto hit = Gaz(j);
  // ("Abu Dhabi Crown Prince X": a capital before an office is its country's.)
  if (!hit || (hit->kind != MentionKind::kName && hit->kind != MentionKind::kCapital)) return std::nullopt;
  const LexEntity& e = lex_.entities[hit->entity];
  const bool capital = hit->kind == MentionKind::kCapital && e.type == EntityType::kCity;
  if (e.type != EntityType::kCountry && !capital) return std::nullopt;
  size_t next = SkipModifiers(RegionBeforeOfficeEnd(j + hit->length));
  if (next >= end_) return std::nullopt;
  if (!OfficeAt(next) && (capital || !BodyAt(next))) return std::nullopt;
  return std::make_pair(std::string_view(capital ? e.country : e.iri), j + hit->length);
}

// The country a title or body at token j is of, named before it as a
// modifier (CountryModifier: "Russian", "Russia's") or by its bare name
// (BareCountryBeforeTitle: "U.S. Secretary of State"); TitledPerson's and
// Body's.
std::optional<EntityRecognizer::SentenceScanner::TitleCountry> EntityRecognizer::SentenceScanner::CountryBeforeTitle(
    size_t j) const {
  if (auto cm = CountryModifier(j)) return TitleCountry{cm->first, CountryNameAt(j), cm->second};
  if (auto bare = BareCountryBeforeTitle(j)) return TitleCountry{bare->first, CountryNameAt(j), bare->second};
  return std::nullopt;
}

// Where a place's name ends that stands before an office at j ("Middle
// East envoy", "Somaliland President"); j when there is none.
size_t EntityRecognizer::SentenceScanner::RegionBeforeOfficeEnd(size_t j) const {
  auto place = j < end_ ? Gaz(j) : std::nullopt;
  if (!place || lex_.entities[place->entity].type != EntityType::kPlace) return j;
  const size_t next = SkipModifiers(j + place->length);
  return next < end_ && OfficeAt(next) ? j + place->length : j;
}

}  // namespace diplograph
