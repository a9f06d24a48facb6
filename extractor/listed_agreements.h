// A list of signed texts under an introduction that says they were signed
// ("The following agreements were signed:" then "1. Agreement on health
// cooperation." ...): each item is signed by whoever signed or met in the
// story, when its own sentence names no signer.
#pragma once

#include "extractor/document.h"
#include "extractor/lexicon.h"

namespace diplograph {

// Adds a signed relation for each listed agreement the sentence rules left
// without a signer: the signers of the introduction, else the parties of
// the last meeting before it, each standing for their country.
void SignListedAgreements(Document& doc, const Lexicon& lexicon);

}  // namespace diplograph
