#include "ontology/lexicon_loader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "diplograph_embedded_lexicon.h"
#include "ontology/compiled_lexicon.h"
#include "extractor/tokenizer.h"
#include "extractor/utf8.h"
#include "ontology/lexicon_statements.h"
#include "ontology/serd_sord.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

constexpr std::string_view kLex = "https://w3id.org/diplograph/lexicon#";

std::string Lex(std::string_view local) { return std::string(kLex) + std::string(local); }

std::string_view LocalName(std::string_view iri) {
  size_t cut = iri.find_last_of("#/");
  return cut == std::string_view::npos ? iri : iri.substr(cut + 1);
}

void FillWordSet(const LexiconStatements& statements, std::string_view list, WordSet* set) {
  const LexiconProperties* props = statements.Find(Lex(list));
  if (props == nullptr) return;
  for (const LexiconStatement& form : props->Of(Lex("form"))) set->Add(std::string(form.object.value));
}

std::vector<std::string> LowerTokens(const Tokenizer& tokenizer, std::string_view text) {
  const Tokenized tokenized = tokenizer.Tokenize(text);
  std::vector<std::string> out;
  for (const Token& t : tokenized.tokens) out.emplace_back(t.lower);
  return out;
}

void ReadEntity(std::string_view iri, const LexiconProperties& props, EntityType type, Lexicon* lex) {
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
  e.label = props.First(kLabel);
  e.alt_labels = props.Strings(kAltLabel);
  e.abbreviations = props.Strings(kAbbreviation);
  e.demonyms = props.Strings(kDemonym);
  e.same_as = props.First(kSameAs);
  e.country = props.First(kCountry);
  e.capital = props.First(kCapital);
  e.offices = props.Strings(kOffice);
  for (const auto& role : props.Strings(kRole)) {
    if (role == kHeadOfState || role == kHeadOfGovernment) e.leader = true;
  }
  if (!e.label.empty()) lex->entities.push_back(std::move(e));
}

void ReadTrigger(std::string_view iri, const LexiconProperties& props, Lexicon* lex) {
  auto predicate = PredicateFromName(LocalName(props.First(Lex("predicate"))));
  if (!predicate) return;
  Trigger t;
  t.predicate = *predicate;
  t.words = props.Strings(Lex("form"));
  t.noun = props.First(Lex("pos")) == "noun";
  t.adjective = props.First(Lex("pos")) == "adjective";
  t.person_target = props.First(Lex("targetType")) == "Person";
  t.transitive = props.Flag(Lex("transitive"));
  std::istringstream slots{std::string(props.First(Lex("slots")))};
  for (std::string slot; slots >> slot;) {
    if (slot == "direct") t.slots.push_back(TargetSlot::kDirect);
    if (slot == "preposition") t.slots.push_back(TargetSlot::kPreposition);
    if (slot == "complement") t.slots.push_back(TargetSlot::kComplement);
    if (slot == "loose-complement") t.slots.push_back(TargetSlot::kLooseComplement);
  }
  t.prepositions = props.Strings(Lex("preposition"));
  t.object_preposition = props.First(Lex("objectPreposition"));
  t.between = props.Flag(Lex("between"));
  t.topic = props.Flag(Lex("topic"));
  t.guest_visits = props.Flag(Lex("guestVisits"));
  t.mutual = props.Flag(Lex("mutual"));
  t.needs_verdict = props.Flag(Lex("needsVerdict"));
  t.closed_object = props.Flag(Lex("closedObject"));
  if (const std::string_view appeal = props.First(Lex("appeal")); appeal == "required") {
    t.appeal = AppealNeed::kRequired;
  } else if (appeal == "refused") {
    t.appeal = AppealNeed::kRefused;
  }
  t.remote = props.Flag(Lex("remote"));
  t.passive = props.Flag(Lex("passive"));
  const std::string confidence(props.First(Lex("confidence")));
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
  const auto compiled = compiled_lexicon::All();
  for (const auto& [name, text] : embedded_lexicon::All()) {
    TextSource src{"embedded:" + std::string(name), std::string(text)};
    for (const auto& [compiled_name, statements] : compiled) {
      if (compiled_name == name) src.compiled = statements;
    }
    out.push_back(std::move(src));
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
  LexiconStatements statements;
  for (const TextSource& src : sources) {
    if (!src.compiled.empty()) {
      if (Status st = statements.AddCompiled(src.compiled); !st.ok()) return st;
      continue;
    }
    Status st = serd_sord::ParseRdfEach(SERD_TURTLE, src.text, src.name,
                                        [&](rdf::Quad&& q) { statements.Add(q); });
    if (!st.ok()) return SordDiagnostic(src, st);
  }
  // Values in a normalized dataset's order, without repeats: the order of
  // alternative labels and forms reaches the output.
  statements.Group();

  Lexicon lex;
  // The word classes, each filled from the forms of its lex: subject.
  const std::pair<std::string_view, WordSet*> word_sets[] = {
      {"abbreviations", &lex.text.abbreviations},
      {"furniture", &lex.text.furniture},
      {"captionMarkers", &lex.text.caption_markers},
      {"negations", &lex.text.negations},
      {"modals", &lex.text.modals},
      {"hypotheticals", &lex.text.hypotheticals},
      {"directives", &lex.text.directives},
      {"denials", &lex.text.denials},
      {"cancellations", &lex.text.cancellations},
      {"appealModals", &lex.text.appeal_modals},
      {"unassertedGerundMarkers", &lex.text.unasserted_gerund_markers},
      {"commitments", &lex.text.commitments},
      {"honorifics", &lex.text.honorifics},
      {"victimNouns", &lex.victim_nouns},
      {"speechVerbs", &lex.speech_verbs},
      {"lightVerbs", &lex.light_verbs},
      {"reactionVerbs", &lex.reaction_verbs},
      {"givingVerbs", &lex.giving_verbs},
      {"placeHeads", &lex.place_heads},
      {"pairNouns", &lex.pair_nouns},
      {"stateFormNouns", &lex.state_form_nouns},
      {"territoryNouns", &lex.territory_nouns},
      {"conflictNouns", &lex.conflict_nouns},
      {"departureVerbs", &lex.departure_verbs},
      {"namingVerbs", &lex.naming_verbs},
      {"adoptedTextNouns", &lex.adopted_text_nouns},
      {"kinshipNouns", &lex.kinship_nouns},
      {"actNouns", &lex.act_nouns},
      {"utteranceNouns", &lex.utterance_nouns},
      {"accountVerbs", &lex.account_verbs},
      {"recallVerbs", &lex.recall_verbs},
      {"violationVerbs", &lex.violation_verbs},
      {"irregularParticiples", &lex.irregular_participles},
      {"eventNouns", &lex.event_nouns},
      {"witnessVerbs", &lex.witness_verbs},
      {"stateOrganNouns", &lex.state_organ_nouns},
      {"personVerbs", &lex.person_verbs},
      {"vesselNouns", &lex.vessel_nouns},
      {"personGroupNouns", &lex.person_group_nouns},
      {"privateGroupNouns", &lex.private_group_nouns},
      {"orgGroupNouns", &lex.org_group_nouns},
      {"companyNouns", &lex.company_nouns},
      {"companySuffixes", &lex.company_suffixes},
      {"numberWords", &lex.number_words},
      {"agreementHeads", &lex.agreement_heads},
      {"signedOnlyHeads", &lex.signed_only_heads},
      {"agreementKinds", &lex.agreement_kinds},
      {"agreementAbbreviations", &lex.agreement_abbreviations},
      {"verdictWords", &lex.verdict_words},
      {"officeModifiers", &lex.office_modifiers},
      {"officeSuffixes", &lex.office_suffixes},
      {"organizationNominalHeads", &lex.organization_nominal_heads},
      {"countryNameGenericWords", &lex.country_name_generic_words},
      {"nameStopwords", &lex.name_stopwords},
      {"koreanSurnames", &lex.korean_surnames},
  };
  for (const auto& [subject, set] : word_sets) FillWordSet(statements, subject, set);

  // Office and body forms are matched token by token, so tokenize them the
  // way documents are tokenized.
  Tokenizer tokenizer(lex.text);
  const std::string type = vocab::Rdf("type");
  const std::string trigger = Lex("Trigger");
  const std::string office = Lex("Office");
  const std::string body_kind = Lex("BodyKind");
  const std::string country_group = Lex("CountryGroup");
  const std::string office_sense = Lex("OfficeSense");
  const std::string country = Lex("country");  // asked of every entity
  // (Office senses name offices by form: resolved once every office is read.)
  std::vector<std::tuple<std::string, std::string, std::vector<std::string>>> senses;
  int synonym_groups = 0;
  for (const auto& [subject, props] : statements.subjects()) {
    for (const LexiconStatement& class_statement : props.Of(type)) {
      const std::string_view cls = class_statement.object.value;
      if (cls.starts_with(vocab::kDip)) {
        if (auto et = EntityTypeFromName(cls.substr(vocab::kDip.size()))) {
          // An entity serves one country: of several, none would be the one
          // the text means (and the store's order is no preference).
          if (props.Of(country).size() > 1) {
            return Status::InvalidArgument("lexicon: " + std::string(subject) + " has more than one lex:country");
          }
          ReadEntity(subject, props, *et, &lex);
        }
      } else if (cls == trigger) {
        ReadTrigger(subject, props, &lex);
      } else if (cls == office) {
        const int synonyms = props.Flag(Lex("synonymous")) ? synonym_groups++ : -1;
        for (const std::string& form : props.Strings(Lex("form"))) {
          Office o;
          o.form = form;
          o.words = LowerTokens(tokenizer, form);
          o.leader = props.Flag(Lex("leader"));
          o.envoy = props.Flag(Lex("envoy"));
          o.heads_mission = o.envoy && !props.Flag(Lex("missionStaff"));
          o.counterpart = props.Flag(Lex("counterpart"));
          o.international = props.Flag(Lex("international"));
          o.official = !props.Flag(Lex("private"));
          o.country = props.First(Lex("country"));
          o.synonyms = synonyms;
          if (!o.words.empty()) lex.offices.push_back(std::move(o));
        }
      } else if (cls == body_kind) {
        BodyKind b;
        b.canonical = props.First(Lex("canonical"));
        for (const std::string& form : props.Strings(Lex("form"))) {
          b.forms.push_back(LowerTokens(tokenizer, form));
        }
        if (!b.canonical.empty()) lex.bodies.push_back(std::move(b));
      } else if (cls == country_group) {
        CountryGroup g;
        for (const std::string& form : props.Strings(Lex("form"))) {
          g.forms.push_back(LowerTokens(tokenizer, form));
        }
        g.members = props.Strings(Lex("member"));
        std::sort(g.members.begin(), g.members.end());  // a set's order: the same in every run
        if (g.members.size() >= 2) lex.country_groups.push_back(std::move(g));
      } else if (cls == office_sense) {
        senses.emplace_back(props.First(Lex("form")), props.First(Lex("sense")), props.Strings(Lex("country")));
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
