// The pass after the scan: a lone surname or given name of a person the document names
// in full elsewhere is a partial mention ("Rudenko" after "Andrei Rudenko"), and a country
// named in full once may be named by its name's last word ("Congo"), at tokens no mention
// covers; both are merged into the mentions in text order.

#include "extractor/entity_recognizer.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extractor/name_key.h"
#include "extractor/one_line.h"
#include "extractor/recognizer/sentence_scanner.h"
#include "extractor/short_country_names.h"
#include "extractor/word_set.h"

namespace diplograph {

namespace {

bool IsUpperStart(const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// Whether the mentions begin at strictly increasing bytes.
bool StrictlyInTextOrder(const std::vector<Mention>& mentions) {
  return std::adjacent_find(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
           return a.span.begin >= b.span.begin;
         }) == mentions.end();
}

// Appends `more` to `mentions` and sorts them all by where they begin, as
// std::sort did. The scan and the partial names each come in text order,
// so when no two begin at the same byte (the sorted order is then the only
// one) a merge from the back does it, moving each mention at most once; a
// sort moved them about many times.
void AddInTextOrder(std::vector<Mention>& mentions, std::vector<Mention>&& more) {
  auto sort_all = [&] {
    mentions.insert(mentions.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  };
  if (!StrictlyInTextOrder(mentions) || !StrictlyInTextOrder(more)) return sort_all();
  for (const Mention& m : more) {  // a tie across the lists: left to std::sort, whose order of it the output keeps
    auto at = std::lower_bound(mentions.begin(), mentions.end(), m.span.begin,
                               [](const Mention& a, size_t begin) { return a.span.begin < begin; });
    if (at != mentions.end() && at->span.begin == m.span.begin) return sort_all();
  }
  size_t a = mentions.size(), b = more.size();
  mentions.resize(a + b);
  for (size_t out = a + b; b > 0;) {
    if (a > 0 && mentions[a - 1].span.begin > more[b - 1].span.begin) {
      mentions[--out] = std::move(mentions[--a]);
    } else {
      mentions[--out] = std::move(more[--b]);
    }
  }
}

}  // namespace

void EntityRecognizer::SecondPass(Document& doc) const {
  // Second pass: a lone surname or given name of a person named elsewhere in
  // the document ("Rudenko", "Lee") is a partial mention of that person.
  WordSet name_parts;  // looked up at every capitalized token below: a WordSet turns most away unhashed
  for (const Mention& m : doc.mentions) {
    if (m.type != EntityType::kPerson || m.kind != MentionKind::kName) continue;
    size_t start = m.token_begin;
    for (size_t k = m.token_begin; k <= m.token_end; ++k) {
      if (k == m.token_end || doc.tokens[k].space_before) {
        if (k > start && start >= m.token_begin) {
          // one space-separated word ("Do-hoon" stays whole)
          std::string word(doc.View({doc.tokens[start].span.begin, doc.tokens[k - 1].span.end}));
          if (!lexicon_.name_stopwords.Contains(word) && word.size() > 1 && IsUpperStart(word)) {
            name_parts.Add(word);
          }
          // "al-Rashidi": the name after the particle stands alone too.
          if (const std::string_view rest = AfterGluedParticle(word); rest.size() > 1) {
            name_parts.Add(std::string(rest));
          }
        }
        start = k;
      }
    }
  }
  // "US Senator John Abbas met ... Abbas said": a known person's surname
  // alone is whoever the document named with it, nearest first (the
  // resolver decides), not the lexicon's person by default.
  // Word -> the distinct lexicon IRIs of the full names holding it, as views:
  // the tokens, and the full names' IRIs, stay as they are below.
  std::unordered_map<std::string_view, std::vector<std::string_view>> named_with;
  for (const Mention& m : doc.mentions) {
    if (m.type != EntityType::kPerson || m.kind != MentionKind::kName || m.token_end < m.token_begin + 2) continue;
    for (size_t k = m.token_begin; k < m.token_end; ++k) {
      if (!doc.tokens[k].IsCapitalized()) continue;
      std::vector<std::string_view>& iris = named_with[doc.tokens[k].text];
      if (std::find(iris.begin(), iris.end(), m.lexicon_iri) == iris.end()) iris.push_back(m.lexicon_iri);
    }
  }
  for (Mention& m : doc.mentions) {
    if (m.type != EntityType::kPerson || m.kind != MentionKind::kName || m.lexicon_iri.empty() ||
        m.token_end != m.token_begin + 1) {
      continue;
    }
    std::string surface = OneLine(doc.View(m.span));
    auto it = named_with.find(surface);
    if (it == named_with.end() || (it->second.size() == 1 && it->second[0] == m.lexicon_iri)) continue;
    const LexEntity* known = lexicon_.Find(m.lexicon_iri);
    if (known && known->label == surface) continue;  // a one-word label ("Lula") is the name itself
    m.kind = MentionKind::kPartial;
    m.name = std::move(surface);
    m.lexicon_iri = {};
  }
  std::vector<char> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions) {
    for (size_t k = m.token_begin; k < m.token_end; ++k) covered[k] = true;
  }
  std::vector<Mention> partials;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    for (size_t k = sent.token_begin; k < sent.token_end; ++k) {
      const Token& t = doc.tokens[k];
      // "Al-Rashidi" opening a sentence: the particle joins the partial name.
      size_t name_token = k;
      if (!covered[k] && t.IsCapitalized() && k + 2 < sent.token_end && IsText(doc.tokens[k + 1], "-") &&
          !doc.tokens[k + 1].space_before && !doc.tokens[k + 2].space_before &&
          !AfterGluedParticle(std::string(t.text).append("-").append(doc.tokens[k + 2].text)).empty()) {
        name_token = k + 2;
      }
      const Token& n = doc.tokens[name_token];
      if (covered[k] || !n.IsCapitalized() || !n.IsWord()) continue;
      // "Akufo-Addo": a surname of capitalized parts glued by hyphens is one word.
      size_t glued_end = name_token + 1;
      std::string glued(n.text);
      while (IsHyphenGlue(doc.tokens, glued_end, sent.token_end) && doc.tokens[glued_end + 1].IsCapitalized()) {
        glued.append("-").append(doc.tokens[glued_end + 1].text);
        glued_end += 2;
      }
      const bool glued_name = glued_end > name_token + 1 && name_parts.Contains(glued);
      if (!glued_name && !name_parts.Contains(n.text)) continue;
      // "Israel" of "Israel Katz" standing alone is the country.
      if (auto known = gazetteer_.Match(doc.tokens, k, sent.token_end);
          known && lexicon_.entities[known->entity].type != EntityType::kPerson) {
        continue;
      }
      size_t e = glued_name ? glued_end : name_token + 1;
      while (IsHyphenGlue(doc.tokens, e, sent.token_end) && !doc.tokens[e + 1].IsCapitalized()) e += 2;
      if (e < sent.token_end && !doc.tokens[e].space_before && !IsText(doc.tokens[e], "'s") &&
          !IsText(doc.tokens[e], "-") && doc.tokens[e].IsWord()) {
        continue;
      }
      Mention m;
      m.span = {t.span.begin, doc.tokens[e - 1].span.end};
      m.sentence = s;
      m.token_begin = k;
      m.token_end = e;
      m.kind = MentionKind::kPartial;
      m.type = EntityType::kPerson;
      m.name = OneLine(doc.View(m.span));
      partials.push_back(std::move(m));
    }
  }
  AddInTextOrder(doc.mentions, std::move(partials));
  AddInTextOrder(doc.mentions, ShortCountryNames(doc, lexicon_, covered));
}

}  // namespace diplograph
