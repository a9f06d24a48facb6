// A list of signed texts under an introduction that says they were signed
// ("The following agreements were signed:" then "1. Agreement on health
// cooperation." ...): each item is signed by whoever signed or met in the
// story, when its own sentence names no signer.
#pragma once

#include <cstddef>
#include <optional>

#include "extractor/document.h"
#include "extractor/lexicon.h"
#include "extractor/word_set.h"

namespace diplograph {

// The one-word forms of the signing verbs ("signed", "inked").
WordSet SignVerbForms(const Lexicon& lexicon);

// The sentence introducing the list that sentence `s` would be an item of:
// walking back past item numbers ("1.") and earlier items (sentences that
// open with a kind of agreement), the first other sentence, when it ends
// with ":" and holds one of `sign_verbs`; nullopt otherwise.
std::optional<size_t> SigningListIntro(const Document& doc, size_t s, const Lexicon& lexicon,
                                       const WordSet& sign_verbs);

// Adds a signed relation for each listed agreement the sentence rules left
// without a signer: the signers of the introduction, else the parties of
// the last meeting before it, each standing for their country.
void SignListedAgreements(Document& doc, const WordSet& sign_verbs, const Lexicon& lexicon);

}  // namespace diplograph
