// People named after their title ("Japanese Foreign Minister X", "the ambassador of Japan,
// X", "Minister of Tourism X"), or by the title alone ("the Russian ambassador"): the title's
// country, host, portfolio and the name after it.

#include "extractor/recognizer/sentence_scanner.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "extractor/utf8.h"

namespace diplograph {

// [the] [mods] [Country-mod] [mods] [Body] [mods] Office [to X | in Capital] [,] [Name]
std::optional<Draft> EntityRecognizer::SentenceScanner::TitledPerson(size_t i) const {
  if (!Near(next_office_, i)) return std::nullopt;
  // "King Salman": a known person's name with its title is theirs whole
  // (Known), where the title and "Salman" alone might name another.
  if (auto known = Gaz(i); known && lex_.entities[known->entity].type == EntityType::kPerson) return std::nullopt;
  size_t j = i;
  // "its ambassador": the country the sentence has named last. ("his
  // Abkhaz counterpart, Alexander Ankvab": a person's pronoun determines
  // the title too, but names no country.)
  const bool possessive_pronoun = Is(toks_[j], "its") || Is(toks_[j], "their");
  const bool person_pronoun = Is(toks_[j], "his") || Is(toks_[j], "her");  // only before a name
  bool determiner = Is(toks_[j], "the") || Is(toks_[j], "a") || Is(toks_[j], "an") || possessive_pronoun || person_pronoun;
  std::string country = possessive_pronoun ? LastCountryInSentence() : std::string();
  if (possessive_pronoun && country.empty()) return std::nullopt;
  if (auto compass = Is(toks_[i], "the") ? CountryModifier(i) : std::nullopt) {
    country = compass->first;  // "the North's leader"
    j = compass->second;
  } else if (determiner) {
    ++j;
  }
  j = SkipModifiers(j);
  // "his Abkhaz counterpart, X", "the Transdniestrian leader X": an
  // adjective the lexicon does not know, after a determiner, before an
  // office; it names no country.
  if (determiner && j + 1 < end_ && toks_[j].IsWord() && toks_[j].IsCapitalized() && !Gaz(j) &&
      !OfficeAt(j) && OfficeAt(j + 1)) {
    ++j;
  }
  // ("His Majesty King Abdullah": the known name past the words before it.)
  if (j > i && j < end_) {
    if (auto known = Gaz(j); known && lex_.entities[known->entity].type == EntityType::kPerson) return std::nullopt;
  }
  bool org_title = false;
  // "Trump's envoy X", "Putin's spokesman X": a known leader's aide serves
  // the leader's country (and an envoy of theirs is posted nowhere).
  const bool aide = !determiner && country.empty() && LeadersPossessiveBefore(i, &country);
  Span country_name;
  if (j < end_ && country.empty()) {
    if (auto named = CountryBeforeTitle(j)) {
      country = named->iri;
      country_name = named->name;
      j = named->end;
    } else if (auto org = Gaz(j);
               org && (lex_.entities[org->entity].type == EntityType::kInternationalOrganization ||
                       lex_.entities[org->entity].type == EntityType::kOrganization)) {
      // "NATO Secretary General", "UN envoy", "Communist Party General
      // Secretary": no country's office. ("Hamas political chief X": a
      // word or two may qualify the office.)
      org_title = true;
      j += org->length;
      if (j < end_ && IsPossessiveAt(toks_, j)) ++j;
      size_t k = j;
      while (k < end_ && k < j + 2 && toks_[k].IsWord() && !toks_[k].IsCapitalized() && !OfficeAt(k) &&
             !Has(k, Word::kOfficeModifier)) {
        ++k;
      }
      if (k > j && SkipModifiers(k) < end_ && OfficeAt(SkipModifiers(k))) j = k;
    } else if (org && lex_.entities[org->entity].type == EntityType::kGovernmentBody &&
               !lex_.entities[org->entity].country.empty()) {
      // "Kremlin spokesman Dmitry Peskov": a national institution's office.
      country = lex_.entities[org->entity].country;
      j += org->length;
      if (j < end_ && IsPossessiveAt(toks_, j)) ++j;
    }
  }
  // "Japanese Foreign Minister A and Defence Minister B": the country
  // carries over the coordination.
  size_t office_start = j;
  j = SkipModifiers(j);
  if (j < end_) {
    // ("Treasury Secretary": an office that starts with a body's name and
    // goes on past it is the office.)
    if (auto body = BodyAt(j); body && !(OfficeAt(j) && OfficeAt(j)->second > body->second)) {
      j = body->second, office_start = j;
    } else if (!country.empty()) {
      j = UnknownBodyEnd(j);
    }
  }
  // "Somaliland President X", "US Middle East envoy X": the office of a
  // territory no UN member recognizes, or one for a region; no country's,
  // nor an envoy posted to one.
  const size_t region_end = RegionBeforeOfficeEnd(j);
  const bool regional = region_end > j;
  j = region_end;
  j = SkipModifiers(j);
  auto office = j < end_ ? OfficeAt(j) : std::nullopt;
  if (!office) return std::nullopt;
  // A private person's description is written in lower case ("Russian
  // national X"); capitalized, it is part of a name ("Qatar National
  // Tourism Council").
  if (!lex_.offices[static_cast<size_t>(office->first)].official && toks_[j].IsCapitalized()) return std::nullopt;
  j = office->second;
  j = CompoundTitleEnd(j);
  // "Japanese Foreign Minister A and Defence Minister B": the country
  // carries over the coordination, but not between leaders ("North Korean
  // leader Kim and President Putin" are two countries' leaders).
  if (country.empty() && !org_title) country = CoordinatedTitleCountry(i, office->first);
  // "former President X", "opposition leader X": no office held for the country.
  bool holds = !(i > begin_ && (Is(toks_[i - 1], "former") || Is(toks_[i - 1], "late") ||
                                Is(toks_[i - 1], "opposition") || Is(toks_[i - 1], "ex")));
  // "President-elect X", "Prime Minister-designate X": not yet in office.
  if (j + 1 < end_ && IsText(toks_[j], "-") && (Is(toks_[j + 1], "elect") || Is(toks_[j + 1], "designate"))) {
    holds = false;
    j += 2;
  }
  j = OfficeSuffixEnd(j);
  // "the foreign minister of India", "the ambassador of Japan": the
  // country after the title.
  if (country.empty() && !org_title && j + 1 < end_ && Is(toks_[j], "of")) {
    const size_t k = j + 1 < end_ && Is(toks_[j + 1], "the") ? j + 2 : j + 1;
    // The country's own name, heading its phrase ("an official of the
    // Indian High Commission" is no Indian official's title).
    // ("Deputy Minister of Foreign Affairs of Uzbekistan Bakhromjon Aloyev":
    // a name may follow the country, known or not; a body may not.)
    const auto names_body = [&](size_t t) {
      if (t >= end_) return false;
      const auto known = Gaz(t);
      return BodyAt(t) || (known && lex_.entities[known->entity].type != EntityType::kPerson) || SkipModifiers(t) > t;
    };
    if (auto hit = Gaz(k); hit && hit->kind == MentionKind::kName &&
                           lex_.entities[hit->entity].type == EntityType::kCountry &&
                           !(k + hit->length < end_ && ((toks_[k + hit->length].IsCapitalized() &&
                                                         names_body(k + hit->length)) ||
                                                        IsPossessiveAt(toks_, k + hit->length)))) {
      country = lex_.entities[hit->entity].iri;
      j = k + hit->length;
    }
  }
  // "a spokesperson for President Mnangagwa": the office serves that
  // person, and so their country.
  if (country.empty() && j + 1 < end_ && Is(toks_[j], "for")) {
    size_t k = j + 1;
    while (k < end_ && k < j + 4 && !Gaz(k) && (OfficeAt(k) || Has(k, Word::kOfficeModifier))) ++k;
    if (auto hit = k < end_ ? Gaz(k) : std::nullopt;
        hit && lex_.entities[hit->entity].type == EntityType::kPerson && !lex_.entities[hit->entity].country.empty()) {
      country = lex_.entities[hit->entity].country;
    }
  }
  // "minister of state for regional integration, James Kabarebe": a
  // portfolio after the office, then the name (after a comma, or right
  // after a portfolio in lower case).
  // ("Advisor on Commerce X" too, though not "the minister on Monday":
  // a time expression the time stage found.)
  const auto time_at = [&](size_t t) {
    return std::any_of(doc_.times.begin(), doc_.times.end(),
                       [&](const TimeExpression& e) { return e.token_begin <= t && t < e.token_end; });
  };
  if (j + 2 < end_ && (Is(toks_[j], "for") || (Is(toks_[j], "on") && !time_at(j)))) {
    size_t k = j + 1;
    size_t first_capital = 0;  // where a lower-case portfolio ends, if it does
    while (k < end_ && k < j + 7 && toks_[k].IsWord() && !Gaz(k)) {
      if (toks_[k].IsCapitalized() && first_capital == 0) first_capital = k;
      ++k;
    }
    if (k > j + 1 && k + 1 < end_ && IsText(toks_[k], ",") && IsNameWord(k + 1)) {
      j = k;  // the comma: the name follows below
    } else if (first_capital > j + 1 && IsNameWord(first_capital)) {
      j = first_capital;
    } else if (first_capital == j + 1 || k == j + 1) {
      // A capitalized portfolio ("for European Integration Oleg Serebrian",
      // "on Commerce Abdul Razak Dawood"): the name starts at the first
      // word no portfolio has, and has two words at least; else, with
      // three or more capitalized words, the last two are the name.
      size_t run_end = j + 1;
      while (run_end < end_ && run_end < j + 8 && toks_[run_end].IsWord() &&
             (toks_[run_end].IsCapitalized() || Is(toks_[run_end], "and"))) {
        ++run_end;
      }
      size_t name = j + 1;
      while (name < run_end && (Has(name, Word::kOfficeModifier) || Is(toks_[name], "and"))) ++name;
      if (name > j + 1 && name + 2 <= run_end && IsNameWord(name)) {
        j = name;
      } else if (run_end >= j + 4 && IsNameWord(run_end - 2) && IsNameWord(run_end - 1)) {
        j = run_end - 2;
      }
    }
  }
  // "Minister of Tourism Ana Rojas", "Secretary of the Presidency Paul
  // Oquist": a capitalized portfolio after "of" that is no body or
  // country the lexicon knows; its last two words are the name.
  if (j + 3 < end_ && Is(toks_[j], "of")) {
    const size_t p = Is(toks_[j + 1], "the") ? j + 2 : j + 1;
    if (p < end_ && toks_[p].IsWord() && toks_[p].IsCapitalized() && !Gaz(p) && !BodyAt(p)) {
      size_t run_end = p;
      while (run_end < end_ && run_end < p + 8 && toks_[run_end].IsWord() &&
             (toks_[run_end].IsCapitalized() || Is(toks_[run_end], "and")) && !Gaz(run_end)) {
        ++run_end;
      }
      // ("Minister of International Relations and Cooperation Naledi
      // Pandor": a known person's name ends the portfolio.)
      const auto known = run_end < end_ ? Gaz(run_end) : std::nullopt;
      if (known && lex_.entities[known->entity].type == EntityType::kPerson) {
        j = run_end;
      } else if (run_end >= p + 3 && IsNameWord(run_end - 2) && IsNameWord(run_end - 1)) {
        j = run_end - 2;
      }
    }
  }
  std::string host;
  bool posted_to_org = aide || regional;
  const Office& off = lex_.offices[static_cast<size_t>(office->first)];
  // "Treasury Secretary X": an office only one country has is that
  // country's ("Secretary of State for Foreign Affairs" has a portfolio
  // that another's may have too).
  if (country.empty() && !org_title && !off.country.empty() &&
      !(office->second < end_ && Is(toks_[office->second], "for"))) {
    country = off.country;
  }
  // "Secretary of Iran's Supreme National Security Council Ali Shamkhani",
  // "ambassador to the UN Bob Rae": the body or organization the office is
  // held in or at, then the name. (Only with a name right after it: "the
  // minister of the Foreign Ministry" names no one.)
  // "an adviser to Iran's Supreme Leader", "an aide to the Peruvian
  // president": the country of the office served.
  if (country.empty() && !org_title && !off.envoy && j + 2 < end_ && Is(toks_[j], "to")) {
    const size_t k = Is(toks_[j + 1], "the") ? j + 2 : j + 1;
    if (auto cm = k < end_ ? CountryModifier(k) : std::nullopt;
        cm && cm->second < end_ && OfficeAt(SkipModifiers(cm->second))) {
      country = cm->first;
    }
  }
  // "Special Envoy for Yemen, X": a country the office deals with (an
  // envoy so titled is posted to no country), then the name set off.
  if (j + 1 < end_ && Is(toks_[j], "for")) {
    const size_t k = j + 2 < end_ && Is(toks_[j + 1], "the") ? j + 2 : j + 1;
    if (const auto hit = Gaz(k);
        hit && hit->kind == MentionKind::kName && lex_.entities[hit->entity].type == EntityType::kCountry) {
      posted_to_org = off.envoy;
      const size_t after = k + hit->length;
      if (after + 1 < end_ && IsText(toks_[after], ",") && IsNameWord(after + 1) && !Gaz(after + 1)) j = after;
    }
  }
  // ("Spokesman for the Iranian Foreign Ministry X": a body after "for".)
  const bool for_body = j + 1 < end_ && Is(toks_[j], "for");
  if (j + 1 < end_ && (Is(toks_[j], "of") || (off.envoy && Is(toks_[j], "to")) || for_body)) {
    const size_t k = Is(toks_[j + 1], "the") ? j + 2 : j + 1;
    if (k < end_) {
      size_t after = k;
      std::string owner;
      bool organization = false;
      bool of_country = false;
      if (auto body = Body(k); body && !body->mention.country_iri.empty()) {
        after = body->end;
        owner = body->mention.country_iri;
      } else if (auto org = for_body ? std::nullopt : Gaz(k);
                 org && (lex_.entities[org->entity].type == EntityType::kInternationalOrganization ||
                                            lex_.entities[org->entity].type == EntityType::kGovernmentBody)) {
        after = k + org->length;
        owner = lex_.entities[org->entity].country;
        organization = owner.empty();
      } else if (const bool state_form = org && org->kind == MentionKind::kDemonym &&
                                         k + org->length < end_ && Has(k + org->length, Word::kGovernmentNoun);
                 org && (org->kind == MentionKind::kName || state_form) &&
                 lex_.entities[org->entity].type == EntityType::kCountry && !off.envoy) {
        // "Undersecretary of State of the United States, X", "Foreign
        // Minister of the Omani Sultanate, X": the country the office is
        // of, then the name after a comma.
        after = k + org->length + (state_form ? 1 : 0);
        owner = lex_.entities[org->entity].iri;
        of_country = true;
      }
      if (of_country && after + 1 < end_ && IsText(toks_[after], ",") && IsNameWord(after + 1) && !Gaz(after + 1)) {
        j = after;  // the comma: the name follows below
        if (country.empty() && !org_title) country = owner;
      } else if (organization && off.envoy && Is(toks_[j], "to") && after > k &&
                 (after == end_ || !IsNameWord(after))) {
        // "X, Canada's ambassador to the United Nations,": set off after
        // the name, posted to an organization, not to a country.
        j = after;
        posted_to_org = true;
      } else if (after > k && after < end_ && IsNameWord(after) && !Gaz(after)) {
        j = after;
        if (country.empty() && !org_title) country = owner;
        if (country.empty() && organization) org_title = true;
        posted_to_org = off.envoy && organization;
      }
    }
  }
  if (j + 1 < end_ && (Is(toks_[j], "to") || Is(toks_[j], "in"))) {
    // ("ambassador to the United States, X")
    const size_t at = j + 2 < end_ && Is(toks_[j + 1], "the") ? j + 2 : j + 1;
    if (auto hit = Gaz(at)) {
      const LexEntity& e = lex_.entities[hit->entity];
      if (e.type == EntityType::kCountry) host = e.iri;
      if (e.type == EntityType::kCity) host = e.country;
      // Any official may be placed before the name ("Canada's top diplomat
      // in New Delhi, Jane Doe"); only an envoy is posted there.
      const size_t after = at + hit->length;
      const bool named_next = after + 1 < end_ && Equals(toks_[after].text, ",") && IsNameWord(after + 1);
      const bool placed = !host.empty() && (off.envoy || (named_next && Is(toks_[j], "in")));
      if (placed) j = after;
      if (!placed || !off.envoy) host.clear();
    }
  }
  // "Minister of Foreign Affairs, African Cooperation and Moroccan
  // Expatriates, Nasser Bourita": more portfolios set off, ending in "and
  // ...", before the name.
  if (j + 4 < end_ && IsText(toks_[j], ",") && toks_[j + 1].IsCapitalized()) {
    // ("... and Moroccan Expatriates": the nationals a ministry serves
    // are its country's.)
    bool joined = false;
    std::string_view nationals;
    size_t k = j + 1;
    while (k < end_ && k < j + 10 && toks_[k].IsWord() && (toks_[k].IsCapitalized() || Is(toks_[k], "and"))) {
      if (const auto hit = Gaz(k); hit) {
        if (hit->kind != MentionKind::kDemonym) break;
        if (lex_.entities[hit->entity].type == EntityType::kCountry) nationals = lex_.entities[hit->entity].iri;
      }
      joined |= Is(toks_[k], "and");
      ++k;
    }
    if (joined && k + 2 < end_ && IsText(toks_[k], ",") && IsNameWord(k + 1)) {
      j = k;
      if (country.empty() && !org_title && !nationals.empty()) country = nationals;
    }
  }
  // The name, directly or after a comma ("the Russian ambassador in Seoul, Georgi Zinoviev").
  size_t name_start = j;
  // ("a meeting with Minister of Foreign Affairs, Ana Rojas,": a
  // capitalized title may stand alone before a full name set off too.)
  const auto set_off_full_name = [&](size_t k) {
    if (k >= end_ || !toks_[i].IsCapitalized() || !IsNameWord(k) || Gaz(k)) return false;
    const size_t e = NameEnd(k);
    return e >= k + 2 && (e == end_ || !toks_[e].IsWord());
  };
  const bool after_comma = name_start < end_ && IsText(toks_[name_start], ",") &&
                           (determiner || !country.empty() || set_off_full_name(name_start + 1));
  if (after_comma) ++name_start;
  // "Prime Minister Sheikh Mohammed ...": the honorific is not the name.
  // ("Prime Minister the Honourable X": the article before it too.)
  if (name_start + 2 < end_ && Is(toks_[name_start], "the") && Has(name_start + 1, Word::kHonorific) &&
      IsNameWord(name_start + 2)) {
    ++name_start;
  }
  if (name_start + 1 < end_ && Has(name_start, Word::kHonorific) && IsNameWord(name_start + 1)) {
    ++name_start;
  }
  // "Undersecretary [Ana Rojas] said": a name an editor set in brackets
  // inside a quotation.
  if (name_start + 2 < end_ && IsText(toks_[name_start], "[") && IsNameWord(name_start + 1)) {
    const size_t e = NameEnd(name_start + 1);
    if (e < end_ && IsText(toks_[e], "]")) ++name_start;
  }
  size_t name_end = name_start < end_ ? NameEnd(name_start) : name_start;
  // "Vice Premier He Lifeng": right after a title, a capitalized "He"
  // starts no sentence, so it is the surname, not the pronoun.
  if (name_end == name_start && name_start == j && name_start + 1 < end_ && IsText(toks_[name_start], "He") &&
      IsNameWord(name_start + 1) && !Gaz(name_start + 1)) {
    name_end = NameEnd(name_start + 1);
  }
  if (name_end > name_start) {
    if (auto hit = Gaz(name_start);
        hit && lex_.entities[hit->entity].type != EntityType::kPerson &&
        hit->length >= name_end - name_start) {
      name_end = name_start;  // a country or organization, not a name
    }
  }
  // "Qatar emir, Trump discuss ...": a known person of another country
  // after the comma is the next item of a list, not the title's holder.
  if (after_comma && name_end > name_start && !country.empty()) {
    if (auto hit = Gaz(name_start); hit && lex_.entities[hit->entity].type == EntityType::kPerson &&
                                    !lex_.entities[hit->entity].country.empty() &&
                                    lex_.entities[hit->entity].country != country) {
      name_end = name_start;
    }
  }
  // "summoned the German charge d'affaires, Kanaani said": a name after the
  // comma that goes on with a speech verb is the speaker, not the title's.
  if (after_comma && name_end > name_start && name_end < end_ && Has(name_end, Word::kSpeechVerb)) {
    name_end = name_start;
  }
  // "Foreign Minister X of Chile": the country after the name is the office's.
  if (name_end > name_start && country.empty() && !org_title && name_end + 1 < end_ &&
      Is(toks_[name_end], "of")) {
    if (auto hit = Gaz(name_end + 1); hit && hit->kind == MentionKind::kName &&
                                      lex_.entities[hit->entity].type == EntityType::kCountry) {
      country = lex_.entities[hit->entity].iri;
    }
  }
  if (name_end > name_start) {
    size_t words = 0;
    for (size_t k = name_start; k < name_end; ++k) words += toks_[k].IsWord() && !IsText(toks_[k], "-");
    auto d = Make(name_start, name_end, words >= 2 ? MentionKind::kName : MentionKind::kPartial,
                   EntityType::kPerson, Text(name_start, name_end));
    d->mention.title_begin = determiner ? i + 1 : i;
    if (auto hit = Gaz(name_start);
        hit && lex_.entities[hit->entity].type == EntityType::kPerson) {
      d->mention.lexicon_iri = lex_.entities[hit->entity].iri;
      d->mention.kind = MentionKind::kName;
    }
    d->mention.country_iri = country;
    d->mention.country_name = country_name;
    d->mention.host_iri = host;
    d->mention.office = holds ? office->first : -1;
    d->mention.org_title = org_title;
    d->mention.posted_to_org = posted_to_org;
    return d;
  }
  // An office with no name: only when it clearly refers ("the ambassador",
  // "Russia's ambassador", or a title set off after a name: "Liu Jinsong,
  // director-general of the Asian Affairs Department of the Chinese
  // Foreign Ministry,", which the resolver joins to the name), not a bare
  // title in running text.
  const bool after_name = i >= begin_ + 2 && IsText(toks_[i - 1], ",") && toks_[i - 2].IsWord() &&
                          toks_[i - 2].IsCapitalized();
  if (after_name && country.empty() && !org_title) {
    std::tie(country, host) = CountryOfPhraseAfter(j);
  }
  // (An apposition that names no country says nothing the resolver could
  // not guess wrong: "Russian officials, including Alexander Novak, Deputy
  // Prime Minister for Energy Affairs".)
  // The title is still the person's, though: marking it keeps the body
  // in it from passing for the subject ("X, director-general of the
  // Foreign Ministry, summoned Y"); the resolver takes no office from it.
  const bool bare_apposition = after_name && country.empty() && !determiner && !person_pronoun && !org_title;
  if ((!determiner || person_pronoun) && country.empty() && !bare_apposition) return std::nullopt;
  if (person_pronoun) return std::nullopt;  // "her first official visit": the pronoun is the possessor
  size_t b = determiner ? i + 1 : i;
  // Named by the office alone: the resolver adds the host ("... to Peru").
  auto d = Make(b, j, MentionKind::kTitle, EntityType::kPerson, Text(office_start, office->second));
  d->mention.country_iri = country;
  d->mention.country_name = country_name;
  d->mention.host_iri = host;
  d->mention.office = office->first;
  d->mention.posted_to_org = posted_to_org;
  return d;
}

// The country of a titled person just before "and" at i - 1, if any.
std::string EntityRecognizer::SentenceScanner::CoordinatedTitleCountry(size_t i, int office) const {
  if (i <= begin_ || !Is(toks_[i - 1], "and") || doc_.mentions.empty()) return {};
  const Mention& prev = doc_.mentions.back();
  if (prev.sentence != sentence_ || prev.token_end != i - 1 || prev.type != EntityType::kPerson ||
      prev.office < 0 || prev.org_title) {
    return {};
  }
  if (lex_.offices[static_cast<size_t>(office)].leader || lex_.offices[static_cast<size_t>(prev.office)].leader) {
    return {};
  }
  return prev.country_iri;
}

// Whether "X's" stands right before token i, X a person the lexicon
// knows with a country, which goes to *country.
bool EntityRecognizer::SentenceScanner::LeadersPossessiveBefore(size_t i, std::string* country) const {
  if (i < begin_ + 2 || !IsPossessiveAt(toks_, i - 1) || doc_.mentions.empty()) return false;
  const Mention& owner = doc_.mentions.back();
  if (owner.sentence != sentence_ || owner.token_end != i - 1 || owner.type != EntityType::kPerson) return false;
  const LexEntity* known = owner.lexicon_iri.empty() ? nullptr : lex_.Find(owner.lexicon_iri);
  if (!known || known->country.empty() || !known->leader) return false;
  *country = known->country;
  return true;
}

// The end of a title that goes on past its office `j` ends before:
// "Deputy Prime Minister and Minister of Foreign Affairs and European
// Integration of the Republic of Moldova X" is one person's title, the
// offices joined by "and", the portfolio going on with capitalized words
// up to the "of" that names the country. `j` when it goes on with none.
size_t EntityRecognizer::SentenceScanner::CompoundTitleEnd(size_t j) const {
  static constexpr size_t kPortfolioReach = 4;
  if (j + 1 < end_ && Is(toks_[j], "and")) {
    const size_t k = SkipModifiers(j + 1);
    if (auto second = k < end_ ? OfficeAt(k) : std::nullopt) j = second->second;
  }
  if (j + 2 < end_ && Is(toks_[j], "and")) {
    size_t k = j + 1;
    while (k < end_ && k < j + 1 + kPortfolioReach && toks_[k].IsWord() && toks_[k].IsCapitalized() && !Gaz(k)) ++k;
    if (k > j + 1 && k + 1 < end_ && Is(toks_[k], "of")) j = k;
  }
  return j;
}

// "Vietnamese Communist Party General Secretary X", "Japanese Liberal
// Democratic Party Secretary-General Y": after a country modifier, a
// body the lexicon does not know, in capitalized words no name claims,
// right before a capitalized office. Where that office starts; `j` when
// no such body stands there.
size_t EntityRecognizer::SentenceScanner::UnknownBodyEnd(size_t j) const {
  static constexpr size_t kBodyReach = 4;
  size_t k = j;
  while (k < end_ && k < j + kBodyReach && toks_[k].IsWord() && toks_[k].IsCapitalized() && !Gaz(k) &&
         !OfficeAt(k) && !Has(k, Word::kOfficeModifier)) {
    ++k;
  }
  const size_t office = SkipModifiers(k);
  return k > j && office < end_ && toks_[office].IsCapitalized() && OfficeAt(office) ? k : j;
}

// Past words written after an office that keep it the same office
// ("Charge d'Affaires ad interim X", "Ambassador a.i. X"); j if none.
size_t EntityRecognizer::SentenceScanner::OfficeSuffixEnd(size_t j) const {
  if (j < end_ && lex_.office_suffixes.Contains(Lower(j))) return j + 1;
  if (j + 1 < end_ && lex_.office_suffixes.Contains(std::string(Lower(j)).append(" ").append(Lower(j + 1)))) {
    return j + 2;
  }
  return j;
}

// For a title at j: the country of the body or country its "of" phrase
// names before the next comma ("of the Chinese Foreign Ministry"), and for
// an embassy's staff the country it is in ("of the Japanese Embassy in
// China"); empty strings when none.
std::pair<std::string, std::string> EntityRecognizer::SentenceScanner::CountryOfPhraseAfter(size_t j) const {
  if (j + 1 >= end_ || !Is(toks_[j], "of")) return {};
  for (size_t k = j + 1; k < end_ && k < j + 12 && !IsText(toks_[k], ","); ++k) {
    if (auto body = Body(k); body && !body->mention.country_iri.empty()) {
      std::string host;
      const size_t after = body->end;
      if (AsciiLower(body->mention.name).find("embassy") != std::string::npos && after + 1 < end_ &&
          Is(toks_[after], "in")) {
        if (auto hit = Gaz(after + 1)) {
          const LexEntity& e = lex_.entities[hit->entity];
          host = e.type == EntityType::kCountry ? e.iri : e.type == EntityType::kCity ? e.country : std::string();
        }
      }
      return {body->mention.country_iri, host};
    }
    if (auto hit = Gaz(k); hit && hit->kind == MentionKind::kName &&
                           lex_.entities[hit->entity].type == EntityType::kCountry) {
      return {lex_.entities[hit->entity].iri, {}};
    }
  }
  return {};
}

}  // namespace diplograph
