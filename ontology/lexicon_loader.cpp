#include "ontology/lexicon_loader.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "diplograph_embedded_lexicon.h"
#include "extractor/tokenizer.h"
#include "extractor/utf8.h"
#include "ontology/serd_sord.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

constexpr std::string_view kLex = "https://w3id.org/diplograph/lexicon#";

std::string Lex(std::string_view local) { return std::string(kLex) + std::string(local); }

// Every statement grouped by subject, then predicate.
using PropertyMap = std::map<std::string, std::vector<rdf::Term>>;
using SubjectMap = std::map<std::string, PropertyMap>;

std::vector<std::string> Strings(const PropertyMap& props, const std::string& predicate) {
  std::vector<std::string> out;
  auto it = props.find(predicate);
  if (it == props.end()) return out;
  for (const rdf::Term& t : it->second) out.push_back(t.value);
  return out;
}

std::string First(const PropertyMap& props, const std::string& predicate) {
  auto it = props.find(predicate);
  return it == props.end() || it->second.empty() ? std::string() : it->second.front().value;
}

bool Flag(const PropertyMap& props, const std::string& predicate) {
  return First(props, predicate) == "true";
}

std::string LocalName(const std::string& iri) {
  size_t cut = iri.find_last_of("#/");
  return cut == std::string::npos ? iri : iri.substr(cut + 1);
}

void FillWordSet(const SubjectMap& subjects, std::string_view list, WordSet* set) {
  auto it = subjects.find(Lex(list));
  if (it == subjects.end()) return;
  for (const auto& form : Strings(it->second, Lex("form"))) set->Add(form);
}

std::vector<std::string> LowerTokens(const Tokenizer& tokenizer, std::string_view text) {
  const Tokenized tokenized = tokenizer.Tokenize(text);
  std::vector<std::string> out;
  for (const Token& t : tokenized.tokens) out.emplace_back(t.lower);
  return out;
}

void ReadEntity(const std::string& iri, const PropertyMap& props, EntityType type, Lexicon* lex) {
  // Spelled out once: entities are read by the thousand.
  static const std::string kLabel = vocab::Rdfs("label");
  static const std::string kAltLabel = vocab::Skos("altLabel");
  static const std::string kAbbreviation = Lex("abbreviation");
  static const std::string kDemonym = Lex("demonym");
  static const std::string kSameAs = vocab::Owl("sameAs");
  static const std::string kCountry = Lex("country");
  static const std::string kCapital = Lex("capital");
  static const std::string kOffice = Lex("office");
  static const std::string kRole = Lex("role");
  static const std::string kHeadOfState = Lex("HeadOfState");
  static const std::string kHeadOfGovernment = Lex("HeadOfGovernment");
  LexEntity e;
  e.iri = iri;
  e.type = type;
  e.label = First(props, kLabel);
  e.alt_labels = Strings(props, kAltLabel);
  e.abbreviations = Strings(props, kAbbreviation);
  e.demonyms = Strings(props, kDemonym);
  e.same_as = First(props, kSameAs);
  e.country = First(props, kCountry);
  e.capital = First(props, kCapital);
  e.offices = Strings(props, kOffice);
  for (const auto& role : Strings(props, kRole)) {
    if (role == kHeadOfState || role == kHeadOfGovernment) e.leader = true;
  }
  if (!e.label.empty()) lex->entities.push_back(std::move(e));
}

void ReadTrigger(const std::string& iri, const PropertyMap& props, Lexicon* lex) {
  auto predicate = PredicateFromName(LocalName(First(props, Lex("predicate"))));
  if (!predicate) return;
  Trigger t;
  t.predicate = *predicate;
  t.words = Strings(props, Lex("form"));
  t.noun = First(props, Lex("pos")) == "noun";
  t.adjective = First(props, Lex("pos")) == "adjective";
  t.person_target = First(props, Lex("targetType")) == "Person";
  t.transitive = Flag(props, Lex("transitive"));
  std::istringstream slots(First(props, Lex("slots")));
  for (std::string slot; slots >> slot;) {
    if (slot == "direct") t.slots.push_back(TargetSlot::kDirect);
    if (slot == "preposition") t.slots.push_back(TargetSlot::kPreposition);
    if (slot == "complement") t.slots.push_back(TargetSlot::kComplement);
    if (slot == "loose-complement") t.slots.push_back(TargetSlot::kLooseComplement);
  }
  t.prepositions = Strings(props, Lex("preposition"));
  t.object_preposition = First(props, Lex("objectPreposition"));
  t.between = Flag(props, Lex("between"));
  t.topic = Flag(props, Lex("topic"));
  t.guest_visits = Flag(props, Lex("guestVisits"));
  t.mutual = Flag(props, Lex("mutual"));
  t.needs_verdict = Flag(props, Lex("needsVerdict"));
  t.closed_object = Flag(props, Lex("closedObject"));
  if (const std::string appeal = First(props, Lex("appeal")); appeal == "required") {
    t.appeal = AppealNeed::kRequired;
  } else if (appeal == "refused") {
    t.appeal = AppealNeed::kRefused;
  }
  t.remote = Flag(props, Lex("remote"));
  t.passive = Flag(props, Lex("passive"));
  std::string confidence = First(props, Lex("confidence"));
  if (!confidence.empty()) t.confidence = std::stod(confidence);
  t.id = LocalName(iri);
  lex->triggers.push_back(std::move(t));
}

// Reports a source the direct parse rejected with the message its Sord load
// gives, which is what --lexicon users have always been shown.
Status SordDiagnostic(const TextSource& src, Status parse_error) {
  serd_sord::SordWorldPtr world = serd_sord::NewSordWorld();
  serd_sord::SordModelPtr model = serd_sord::NewSordModel(world.get(), SORD_SPO, false);
  Status st = serd_sord::LoadTurtle(world.get(), model.get(), src.text, src.name);
  return st.ok() ? parse_error : st;
}

}  // namespace

std::vector<TextSource> EmbeddedLexiconSources() {
  std::vector<TextSource> out;
  for (const auto& [name, text] : embedded_lexicon::All()) {
    out.push_back({"embedded:" + std::string(name), std::string(text)});
  }
  return out;
}

Result<TextSource> ReadTextSource(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  return TextSource{path, text.str()};
}

Result<Lexicon> LoadLexicon(const std::vector<TextSource>& sources) {
  // Parsed straight into statements (an intermediate Sord model cost more
  // than the parse) and grouped as they come: Turtle gives a subject's
  // statements together.
  SubjectMap subjects;
  for (const TextSource& src : sources) {
    PropertyMap* props = nullptr;
    const std::string* subject = nullptr;
    Status st = serd_sord::ParseRdfEach(SERD_TURTLE, src.text, src.name, [&](rdf::Quad&& q) {
      if (subject == nullptr || q.subject.value != *subject) {
        auto it = subjects.try_emplace(std::move(q.subject.value)).first;
        subject = &it->first;
        props = &it->second;
      }
      (*props)[std::move(q.predicate.value)].push_back(std::move(q.object));
    });
    if (!st.ok()) return SordDiagnostic(src, st);
  }
  // Values in a normalized dataset's order, without repeats: the order of
  // alternative labels and forms reaches the output.
  for (auto& [subject, props] : subjects) {
    for (auto& [predicate, values] : props) {
      std::sort(values.begin(), values.end());
      values.erase(std::unique(values.begin(), values.end()), values.end());
    }
  }

  Lexicon lex;
  FillWordSet(subjects, "abbreviations", &lex.text.abbreviations);
  FillWordSet(subjects, "furniture", &lex.text.furniture);
  FillWordSet(subjects, "captionMarkers", &lex.text.caption_markers);
  FillWordSet(subjects, "negations", &lex.text.negations);
  FillWordSet(subjects, "modals", &lex.text.modals);
  FillWordSet(subjects, "hypotheticals", &lex.text.hypotheticals);
  FillWordSet(subjects, "directives", &lex.text.directives);
  FillWordSet(subjects, "denials", &lex.text.denials);
  FillWordSet(subjects, "cancellations", &lex.text.cancellations);
  FillWordSet(subjects, "appealModals", &lex.text.appeal_modals);
  FillWordSet(subjects, "unassertedGerundMarkers", &lex.text.unasserted_gerund_markers);
  FillWordSet(subjects, "commitments", &lex.text.commitments);
  FillWordSet(subjects, "honorifics", &lex.text.honorifics);
  FillWordSet(subjects, "victimNouns", &lex.victim_nouns);
  FillWordSet(subjects, "speechVerbs", &lex.speech_verbs);
  FillWordSet(subjects, "lightVerbs", &lex.light_verbs);
  FillWordSet(subjects, "reactionVerbs", &lex.reaction_verbs);
  FillWordSet(subjects, "givingVerbs", &lex.giving_verbs);
  FillWordSet(subjects, "placeHeads", &lex.place_heads);
  FillWordSet(subjects, "pairNouns", &lex.pair_nouns);
  FillWordSet(subjects, "namingVerbs", &lex.naming_verbs);
  FillWordSet(subjects, "adoptedTextNouns", &lex.adopted_text_nouns);
  FillWordSet(subjects, "kinshipNouns", &lex.kinship_nouns);
  FillWordSet(subjects, "actNouns", &lex.act_nouns);
  FillWordSet(subjects, "utteranceNouns", &lex.utterance_nouns);
  FillWordSet(subjects, "accountVerbs", &lex.account_verbs);
  FillWordSet(subjects, "recallVerbs", &lex.recall_verbs);
  FillWordSet(subjects, "violationVerbs", &lex.violation_verbs);
  FillWordSet(subjects, "irregularParticiples", &lex.irregular_participles);
  FillWordSet(subjects, "eventNouns", &lex.event_nouns);
  FillWordSet(subjects, "witnessVerbs", &lex.witness_verbs);
  FillWordSet(subjects, "stateOrganNouns", &lex.state_organ_nouns);
  FillWordSet(subjects, "personVerbs", &lex.person_verbs);
  FillWordSet(subjects, "vesselNouns", &lex.vessel_nouns);
  FillWordSet(subjects, "personGroupNouns", &lex.person_group_nouns);
  FillWordSet(subjects, "privateGroupNouns", &lex.private_group_nouns);
  FillWordSet(subjects, "orgGroupNouns", &lex.org_group_nouns);
  FillWordSet(subjects, "companyNouns", &lex.company_nouns);
  FillWordSet(subjects, "companySuffixes", &lex.company_suffixes);
  FillWordSet(subjects, "numberWords", &lex.number_words);
  FillWordSet(subjects, "agreementHeads", &lex.agreement_heads);
  FillWordSet(subjects, "signedOnlyHeads", &lex.signed_only_heads);
  FillWordSet(subjects, "agreementKinds", &lex.agreement_kinds);
  FillWordSet(subjects, "agreementAbbreviations", &lex.agreement_abbreviations);
  FillWordSet(subjects, "verdictWords", &lex.verdict_words);
  FillWordSet(subjects, "officeModifiers", &lex.office_modifiers);
  FillWordSet(subjects, "officeSuffixes", &lex.office_suffixes);
  FillWordSet(subjects, "countryNameGenericWords", &lex.country_name_generic_words);
  FillWordSet(subjects, "nameStopwords", &lex.name_stopwords);
  FillWordSet(subjects, "koreanSurnames", &lex.korean_surnames);

  // Office and body forms are matched token by token, so tokenize them the
  // way documents are tokenized.
  Tokenizer tokenizer(lex.text);
  const std::string type = vocab::Rdf("type");
  const std::string trigger = Lex("Trigger");
  const std::string office = Lex("Office");
  const std::string body_kind = Lex("BodyKind");
  const std::string country_group = Lex("CountryGroup");
  const std::string office_sense = Lex("OfficeSense");
  // (Office senses name offices by form: resolved once every office is read.)
  std::vector<std::tuple<std::string, std::string, std::vector<std::string>>> senses;
  int synonym_groups = 0;
  for (const auto& [subject, props] : subjects) {
    for (const std::string& cls : Strings(props, type)) {
      if (cls.rfind(vocab::kDip, 0) == 0) {
        if (auto et = EntityTypeFromName(cls.substr(vocab::kDip.size()))) {
          // An entity serves one country: of several, none would be the one
          // the text means (and the store's order is no preference).
          if (Strings(props, Lex("country")).size() > 1) {
            return Status::InvalidArgument("lexicon: " + subject + " has more than one lex:country");
          }
          ReadEntity(subject, props, *et, &lex);
        }
      } else if (cls == trigger) {
        ReadTrigger(subject, props, &lex);
      } else if (cls == office) {
        const int synonyms = Flag(props, Lex("synonymous")) ? synonym_groups++ : -1;
        for (const std::string& form : Strings(props, Lex("form"))) {
          Office o;
          o.form = form;
          o.words = LowerTokens(tokenizer, form);
          o.leader = Flag(props, Lex("leader"));
          o.envoy = Flag(props, Lex("envoy"));
          o.heads_mission = o.envoy && !Flag(props, Lex("missionStaff"));
          o.counterpart = Flag(props, Lex("counterpart"));
          o.international = Flag(props, Lex("international"));
          o.official = !Flag(props, Lex("private"));
          o.country = First(props, Lex("country"));
          o.synonyms = synonyms;
          if (!o.words.empty()) lex.offices.push_back(std::move(o));
        }
      } else if (cls == body_kind) {
        BodyKind b;
        b.canonical = First(props, Lex("canonical"));
        for (const std::string& form : Strings(props, Lex("form"))) {
          b.forms.push_back(LowerTokens(tokenizer, form));
        }
        if (!b.canonical.empty()) lex.bodies.push_back(std::move(b));
      } else if (cls == country_group) {
        CountryGroup g;
        for (const std::string& form : Strings(props, Lex("form"))) {
          g.forms.push_back(LowerTokens(tokenizer, form));
        }
        g.members = Strings(props, Lex("member"));
        std::sort(g.members.begin(), g.members.end());  // a set's order: the same in every run
        if (g.members.size() >= 2) lex.country_groups.push_back(std::move(g));
      } else if (cls == office_sense) {
        senses.emplace_back(First(props, Lex("form")), First(props, Lex("sense")), Strings(props, Lex("country")));
      }
    }
  }
  const auto office_index = [&](const std::string& form) {
    for (size_t i = 0; i < lex.offices.size(); ++i) {
      if (lex.offices[i].form == form) return static_cast<int>(i);
    }
    return -1;
  };
  for (auto& [form, sense, countries] : senses) {
    OfficeSense s;
    s.office = office_index(form);
    s.sense = office_index(sense);
    if (s.office < 0 || s.sense < 0) {
      return Status::InvalidArgument("lexicon: the office sense of \"" + form + "\" as \"" + sense +
                                     "\" names an office no lex:Office has");
    }
    s.countries = std::move(countries);
    std::sort(s.countries.begin(), s.countries.end());
    lex.office_senses.push_back(std::move(s));
  }
  lex.Finalize();
  return lex;
}

}  // namespace diplograph
