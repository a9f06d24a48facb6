#include "extractor/listed_agreements.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extractor/word_set.h"

namespace diplograph {
namespace {

constexpr size_t kMaxListSentences = 40;

bool IsDigitWord(const Token& t) { return !t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9'; }

// A bare item number or bullet: "1.", "2)", "-".
bool NumberOnly(const Document& doc, const Sentence& s) {
  for (size_t t = s.token_begin; t < s.token_end; ++t) {
    if (doc.tokens[t].IsWord() && !IsDigitWord(doc.tokens[t])) return false;
  }
  return true;
}

// The sentence opens with a kind of agreement: "MoU on ...", "Agreement on ...".
bool OpensWithAgreementWord(const Document& doc, const Sentence& s, const Lexicon& lexicon) {
  const Token& first = doc.tokens[s.token_begin];
  return lexicon.agreement_abbreviations.Contains(first.text) ||
         (first.IsCapitalized() && lexicon.agreement_heads.Contains(first.lower));
}

// The agreement mention an item sentence opens with, or -1.
int OpeningAgreement(const Document& doc, const std::vector<int>& first_mention, size_t s) {
  const int m = first_mention[s];
  if (m < 0) return -1;
  const Mention& mention = doc.mentions[static_cast<size_t>(m)];
  if (mention.type != EntityType::kAgreement || mention.entity < 0 ||
      mention.token_begin != doc.sentences[s].token_begin) {
    return -1;
  }
  return mention.entity;
}

}  // namespace

WordSet SignVerbForms(const Lexicon& lexicon) {
  WordSet forms;
  for (const Trigger& t : lexicon.triggers) {  // each holds its forms
    if (t.predicate != Predicate::kSigned || t.noun) continue;
    for (const std::string& form : t.words) {
      if (form.find(' ') == std::string::npos) forms.Add(form);
    }
  }
  return forms;
}

std::optional<size_t> SigningListIntro(const Document& doc, size_t s, const Lexicon& lexicon,
                                       const WordSet& sign_verbs) {
  for (size_t k = s; k-- > 0 && k + kMaxListSentences > s;) {
    const Sentence& sent = doc.sentences[k];
    if (sent.token_end <= sent.token_begin || NumberOnly(doc, sent)) continue;
    if (doc.tokens[sent.token_end - 1].text == ":") {
      for (size_t t = sent.token_begin; t < sent.token_end; ++t) {
        if (sign_verbs.Contains(doc.tokens[t].lower)) return k;
      }
      return std::nullopt;
    }
    if (!OpensWithAgreementWord(doc, sent, lexicon)) return std::nullopt;
  }
  return std::nullopt;
}

void SignListedAgreements(Document& doc, const WordSet& sign_verbs, const Lexicon& lexicon) {
  std::vector<int> first_mention(doc.sentences.size(), -1);
  for (size_t m = doc.mentions.size(); m-- > 0;) first_mention[doc.mentions[m].sentence] = static_cast<int>(m);
  std::vector<char> has_signer(doc.sentences.size(), 0);
  for (const Relation& r : doc.relations) {
    if (r.predicate == Predicate::kSigned) has_signer[r.sentence] = 1;
  }
  auto country_of = [&](int e) {
    const Entity& entity = doc.entities[static_cast<size_t>(e)];
    return entity.type == EntityType::kCountry ? e : entity.country;
  };
  std::vector<Relation> added;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const int agreement = OpeningAgreement(doc, first_mention, s);
    if (agreement < 0 || has_signer[s]) continue;
    const std::optional<size_t> intro = SigningListIntro(doc, s, lexicon, sign_verbs);
    if (!intro) continue;
    std::vector<int> signers;
    for (const Relation& r : doc.relations) {
      if (r.predicate == Predicate::kSigned && r.sentence == *intro) signers.push_back(r.subject);
    }
    if (signers.empty()) {
      // The parties of the last meeting told before the list.
      for (const Relation& r : doc.relations) {
        if (r.predicate != Predicate::kMetWith || r.sentence > *intro) continue;
        const int a = country_of(r.subject), b = country_of(r.object);
        if (a >= 0 && b >= 0 && a != b) signers = {a, b};
      }
    }
    std::sort(signers.begin(), signers.end());
    signers.erase(std::unique(signers.begin(), signers.end()), signers.end());
    for (int signer : signers) {
      Relation r;
      r.predicate = Predicate::kSigned;
      r.subject = signer;
      r.object = agreement;
      r.sentence = s;
      r.confidence = 0.6;
      r.rule = "listed-agreement";
      added.push_back(std::move(r));
    }
  }
  doc.relations.insert(doc.relations.end(), added.begin(), added.end());
}

}  // namespace diplograph
