// The document model: a document owns its original text and every layer the
// pipeline adds. Every annotation is a half-open byte span into `text`,
// which no stage modifies (spaCy's idea: tokens and spans are views).
//
// Layers, in the order the stages add them:
//   blocks     lines/paragraphs classified as body, headline or furniture
//   sentences  within body and headline blocks
//   tokens     within sentences
//   times      date expressions, grounded against the publication date
//   mentions   entity mentions, then resolved to entities
//   relations  subject-predicate-object facts with provenance
//
// Thread safety: a Document is worked on by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/date.h"
#include "extractor/entity_type.h"
#include "extractor/predicate.h"
#include "extractor/span.h"
#include "extractor/token_text.h"

namespace diplograph {

class Vocabulary;

enum class BlockKind {
  kBody,       // running text: extracted from
  kHeadline,   // a title line: extracted from, with lower confidence
  kFurniture,  // navigation, ads, weather, share buttons, bylines, date lines, captions
};

// One line or paragraph of the original text. A dateline ("SEOUL (Reuters) -")
// is left out of the span of the body block it opens.
struct Block {
  Span span;
  BlockKind kind = BlockKind::kBody;
};

// Text and lower view the document's token_text (or static strings, for
// folded typography): a token owns no bytes. Their first byte can always be
// read: a NUL when empty.
struct Token {
  Span span;
  std::string_view text = "";   // the surface with curly quotes, dashes and apostrophes folded to ASCII
  std::string_view lower = "";  // text with ASCII letters lower-cased: every stage compares words this way
  bool space_before = false;  // whitespace (or a block start) precedes it
  uint32_t word = UINT32_MAX;  // the number of `lower` in Document::vocabulary, if it has one

  // Inline for an ASCII first byte (nearly every token: these run many
  // times per token); other text is decoded out of line. (An empty text's
  // first byte is the NUL after it, which is neither: no test of its own,
  // which kept the compiler from inlining them whole; and IsWord always
  // inlined, which GCC had left to calls in places.)
  __attribute__((always_inline)) bool IsWord() const {  // starts with a letter or digit
    const auto c = static_cast<unsigned char>(*text.data());
    if (c >= 0x80) return IsWordNonAscii();
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  bool IsCapitalized() const {  // first letter upper-case (ASCII or not lower-case)
    const auto c = static_cast<unsigned char>(*text.data());
    if (c >= 0x80) return IsCapitalizedNonAscii();
    return c >= 'A' && c <= 'Z';
  }
  bool IsAllCaps() const;  // at least two letters, none lower-case

 private:
  bool IsWordNonAscii() const;
  bool IsCapitalizedNonAscii() const;
};

struct Sentence {
  Span span;
  size_t block = 0;        // index into Document::blocks
  size_t token_begin = 0;  // [token_begin, token_end) into Document::tokens
  size_t token_end = 0;
};

// A date expression ("on Tuesday", "June 19", "last week") and the day it fixes.
struct TimeExpression {
  Span span;
  size_t sentence = 0;
  size_t token_begin = 0;
  size_t token_end = 0;
  std::optional<Date> date;  // nullopt when it cannot be grounded to a day
};

enum class MentionKind {
  kName,       // a proper name or one of its variants ("Lee Do-hoon", "S. Korea")
  kCapital,    // a capital that may stand for its government ("Seoul said")
  kDemonym,    // an adjective or people noun ("Russian", "North Korean")
  kTitle,      // an office with no name ("the Russian ambassador")
  kPartial,    // surname or title plus surname ("Lee", "Ambassador Lee")
  kPronoun,    // he, she, his, her, it, its, they, their
  kNominal,    // "the ministry", "the treaty", "the Russian side"
};

struct Mention {
  Span span;
  size_t sentence = 0;
  size_t token_begin = 0;
  size_t token_end = 0;
  size_t title_begin = 0;   // first token of the title before a titled name (token_begin when none)
  MentionKind kind = MentionKind::kName;
  EntityType type = EntityType::kPerson;  // the class the recognizer proposes
  std::string name;         // the name or description it carries ("Lee Do-hoon", "Foreign Ministry")
  // A known entity, when the lexicon has it: a view of the lexicon's own
  // IRI, which outlives the documents (a copy was an allocation for most
  // mentions).
  std::string_view lexicon_iri;
  std::string country_iri;  // the country it belongs to or serves (title, demonym, possessive)
  Span country_name;        // where the title names that country by name ("US" of "US Vice President"), if so
  std::string host_iri;     // for envoys: the country they are posted to
  int office = -1;          // index into Lexicon::offices for titled people
  bool in_quote = false;    // inside quotation marks
  int entity = -1;          // index into Document::entities once resolved
  int partner = -1;         // for "both sides", "the two countries": the second party
  std::vector<int> members; // for "they" after "A, B and C": the parties after entity and partner
  int city = -1;            // for a capital read as its country: the city itself
  int country_group = -1;   // for "the Baltic states": index into Lexicon::country_groups
  bool org_title = false;   // the title is an organization's ("NATO Secretary General")
  bool posted_to_org = false;  // an envoy to an organization ("ambassador to the UN") or for a country's affairs ("envoy for Yemen"): no country hosts them
  size_t named_end = 0;     // for agreements named by what they are on ("agreement on X"): where X ends
};

struct Entity {
  std::string iri;                      // stable across documents and runs
  EntityType type = EntityType::kPerson;
  std::string label;                    // canonical name
  std::vector<std::string> alt_labels;  // every other surface form met (sorted, unique)
  std::string_view same_as;             // Wikidata entity IRI, when known: a view of the lexicon's
  int country = -1;                     // the country it belongs to or serves, if known
  int posted_to = -1;                   // for mission staff ("a Russian diplomat"): the host, if known
  // The country was guessed from the sentences around a bare title ("Foreign
  // Minister X"), not said: the person's own acts may refute it.
  bool country_from_context = false;
};

struct Relation {
  Predicate predicate = Predicate::kMetWith;
  int subject = -1;  // index into Document::entities
  int object = -1;
  size_t sentence = 0;
  std::optional<Date> date;
  int place = -1;           // entity index of where it happened, if the text says
  double confidence = 0.0;  // 0..1
  std::string rule;         // the rule that produced it, for analysts
  bool remote = false;      // a call by telephone or video: it took place nowhere
};

struct Document {
  std::string id;   // stable name (a file's stem, a JSON Lines "id")
  std::string text; // original bytes, valid UTF-8
  std::string url;  // where it was published, when known
  std::optional<Date> published;
  // The place of the first body paragraph's dateline ("MANILA" in "MANILA,
  // July 8 (Reuters) -"), empty when there is none; and the IRI of its
  // country when the lexicon knows the place (set by the entity recognizer).
  Span dateline;
  Span dateline_region;  // what follows the place after a comma ("Philippines" in "Metro Manila, Philippines -")
  std::string dateline_country;
  std::string dateline_city;  // the lexicon IRI of the dateline's city, when it names one
  int dateline_place = -1;    // its entity, once resolved: where the story was filed
  // The dateline's credit ("Reuters" in "SYDNEY (Reuters) -"), the lexicon
  // IRI of the news agency it names, and its entity: who wrote the story.
  Span dateline_credit;
  std::string dateline_agency;
  int dateline_author = -1;

  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  TokenText token_text;  // the bytes tokens view (set by the tokenizer)
  const Vocabulary* vocabulary = nullptr;  // what Token::word numbers (set by the tokenizer)
  std::vector<TimeExpression> times;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Relation> relations;

  std::string_view View(const Span& s) const { return s.Of(text); }
};

}  // namespace diplograph
