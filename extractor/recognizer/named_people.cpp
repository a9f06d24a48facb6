// People by their names: where a name's words end ("Mohammed bin Salman", "Kim Jong-un"),
// and the cues that make capitalized words a person's name (a speech verb, an honorific, an
// apposition with an office, a Korean-style name).

#include "extractor/recognizer/sentence_scanner.h"

#include <cstddef>
#include <optional>

#include "extractor/word_set.h"

namespace diplograph {

// Capitalized words, hyphen-glued parts included ("Kim Jong-un"), and the
// lower-case particles of Arabic, Dutch, Spanish... names between them
// ("Mohammed bin Salman", "Ursula von der Leyen"); at most 5 words. A
// known person's full name is taken whole.
size_t EntityRecognizer::SentenceScanner::NameEnd(size_t i) const {
  static const WordSet kParticles = {
      "bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "van", "von", "der",
      "den", "la", "le", "du", "dos", "das", "ben", "abu", "y", "e"};
  if (auto hit = Gaz(i);
      hit && lex_.entities[hit->entity].type == EntityType::kPerson) {
    return i + hit->length;
  }
  // An honorific between name words is part of the name ("Hassan Sheikh
  // Mohamud"); before them it is not (see TitledPerson).
  auto inner_honorific = [&](size_t k) {
    return k > i && k + 1 < end_ && toks_[k].IsCapitalized() && Has(k, Word::kHonorific) &&
           IsNameWord(k + 1);
  };
  size_t j = i, words = 0;
  while (j < end_ && words < 5 && (IsNameWord(j) || inner_honorific(j))) {
    if (OfficeAt(j) || BodyAt(j)) break;
    // "Kazakh President Toqayev Pays State Visit": a title-case headline's
    // verb ends the name.
    if (j > i && (Has(j, Word::kPersonVerb) || Has(j, Word::kSpeechVerb))) break;
    ++j;
    ++words;
    while (IsHyphenGlue(toks_, j, end_)) j += 2;
    size_t k = j;
    while (k < end_ && kParticles.Contains(toks_[k].text)) ++k;
    if (k > j && k < end_ && IsNameWord(k)) j = k;
    // "al-Sisi", "bin-Zayed": a particle glued to the next name word.
    if (k > j && k + 1 < end_ && IsText(toks_[k], "-") && !toks_[k].space_before && IsNameWord(k + 1)) j = k + 1;
  }
  return j;
}

// Two to four name words that behave like a person's name: before or after
// a speech verb, after Mr./Ms., or written like a Korean name ("Lim Soo-suk").
std::optional<Draft> EntityRecognizer::SentenceScanner::NamedPerson(size_t i) const {
  return NamedPersonAt(i, false);
}

// NamedPerson, also where the first word names a known place
// (`first_word_known`).
std::optional<Draft> EntityRecognizer::SentenceScanner::NamedPersonAt(size_t i, bool first_word_known) const {
  if (!IsNameWord(i) && !first_word_known) return std::nullopt;
  // "Mr Albanese": the honorific is no part of the name, which starts after it.
  if (!first_word_known && Has(i, Word::kHonorific) && i + 1 < end_ && IsNameWord(i + 1)) return std::nullopt;
  if (Gaz(i) && !first_word_known) return std::nullopt;
  size_t j = NameEnd(i);
  // ("State House Nairobi, President X said": a place's head is no name word.)
  for (size_t k = i; k < j; ++k) {
    if (lex_.place_heads.Contains(toks_[k].text) || Has(k, Word::kPlaceHead)) return std::nullopt;
  }
  size_t words = 0;
  bool korean_style = false;
  for (size_t k = i; k < j; ++k) {
    if (toks_[k].IsWord() && !IsText(toks_[k], "-")) ++words;
    if (IsText(toks_[k], "-") && k + 1 < j && !toks_[k + 1].IsCapitalized()) korean_style = true;
  }
  const bool honorific = i > begin_ && Has(i - 1, Word::kHonorific);
  // "Sheikh Mohammed", "Mr. Haddad": one name word after an honorific is
  // a person, named in part.
  if (words == 1 && honorific) return Make(i, j, MentionKind::kPartial, EntityType::kPerson, Text(i, j));
  if (words < 2) return std::nullopt;
  bool speech_after = (j < end_ && Has(j, Word::kSpeechVerb)) ||
                      (j + 1 < end_ && IsText(toks_[j], ",") && Has(j + 1, Word::kSpeechVerb));
  bool speech_before = i > begin_ && Has(i - 1, Word::kSpeechVerb);
  // "X, the ... minister", "X, Canada's ambassador to the UN".
  auto country_office_after = [&](size_t k) {
    auto cm = k < end_ ? CountryModifier(k) : std::nullopt;
    return cm && cm->second < end_ && OfficeAt(SkipModifiers(cm->second));
  };
  bool apposition = j + 1 < end_ && IsText(toks_[j], ",") &&
                    (OfficeAt(SkipModifiers(j + 1)) || country_office_after(j + 1) ||
                     ((Is(toks_[j + 1], "the") || Is(toks_[j + 1], "a") || Is(toks_[j + 1], "an")) &&
                      j + 2 < end_));
  bool korean = korean_style && Has(i, Word::kKoreanSurname);
  // "Peru's Hugo Salas": a name owned by a country is one of its people
  // (the words that head names of bodies and parties are no name words).
  const bool country_owned = words <= 3 && i > begin_ + 1 && IsPossessiveAt(toks_, i - 1) && !doc_.mentions.empty() &&
                             doc_.mentions.back().sentence == sentence_ && doc_.mentions.back().token_end == i - 1 &&
                             doc_.mentions.back().type == EntityType::kCountry;
  // "Kamala Harris met ...", "... met Kamala Harris": meeting and travel
  // take people. Two or three words only, none of them an office.
  bool meets = words <= 3 && ((j < end_ && Has(j, Word::kPersonVerb)) ||
                              (i > begin_ && Has(i - 1, Word::kPersonVerb)));
  for (size_t k = i; meets && k < j; ++k) meets = !OfficeAt(k) && !BodyAt(k);
  // "Presidents A of Kyrgyzstan, B of Tajikistan": a name whose country
  // follows it.
  const bool of_country = [&] {
    if (words > 3 || j + 1 >= end_ || !Is(toks_[j], "of")) return false;
    const auto hit = Gaz(j + 1);
    return hit && hit->kind == MentionKind::kName && lex_.entities[hit->entity].type == EntityType::kCountry;
  }();
  // (Not "High Commissioners of Canada", "Presidents of ...": titles.)
  for (size_t k = i; of_country && k < j; ++k) {
    if (Has(k, Word::kOfficeStart) || Has(k, Word::kPairNoun) || BodyAt(k) || Has(k, Word::kPlaceHead)) {
      return std::nullopt;
    }
  }
  // "Chilean and Peruvian Foreign Ministers A and B", "the foreign
  // ministers of Chile and Peru, A and B": names listed after a plural
  // title. (Not in a title-case headline, whose every word is capitalized;
  // asked only when nothing else has made the name a person's.)
  auto after_plural_title = [&] {
    if (words > 3 || InHeadline() || !AfterPluralTitle(i)) return false;
    for (size_t k = i; k < j; ++k) {
      if (OfficeAt(k) || BodyAt(k)) return false;
    }
    return true;
  };
  if (!(honorific || speech_after || speech_before || korean || meets || country_owned || of_country ||
        (apposition && korean_style) || after_plural_title())) {
    if (!apposition) return std::nullopt;
    // "Name, the ... minister": confirm an office follows within the apposition.
    bool office = false;
    for (size_t k = j + 1; k < end_ && k < j + 8 && !IsText(toks_[k], ","); ++k) {
      if (OfficeAt(k)) office = true;
    }
    if (!office) return std::nullopt;
  }
  return Make(i, j, MentionKind::kName, EntityType::kPerson, Text(i, j));
}

}  // namespace diplograph
