// Stable keys for names: the IRI slug of a name, and the identity key under
// which spelling variants of one person's name meet ("Kim Hong-kyun",
// "Kim Hong Kyun", "Kim Hong-gyun"; "Georgy"/"Georgi"/"Georgiy").
#pragma once

#include <string>
#include <string_view>

#include "extractor/lexicon.h"
#include "extractor/utf8.h"

namespace diplograph {

// "Côte d'Ivoire" -> "cote-d-ivoire": ASCII letters and digits joined by
// single '-'. Common accented Latin letters lose their accent; any other
// non-ASCII character is kept as its hex code point ("u5317"), so a slug is
// never empty for a non-empty name and is always safe in an IRI.
std::string Slugify(std::string_view name);

// The identity key of a person's name: words split at spaces and hyphens,
// lower-cased, with spelling variants folded (final -y/-iy to -i; for Korean
// names, the syllables after the surname fold g/k, d/t, b/p, j/ch). Two
// surface forms of one name give the same key; the key is itself a slug.
std::string PersonKey(std::string_view name, const Lexicon& lexicon);

// For a name word written with a glued particle ("al-Sisi", "El-Sisi"), the
// name after it ("Sisi"); empty for any other word. News shortens such names
// to the part after the particle.
std::string_view AfterGluedParticle(std::string_view word);

}  // namespace diplograph
