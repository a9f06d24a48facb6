// The ontology (ontology/diplograph.ttl) and the SHACL shapes
// (ontology/shapes.ttl): both parse with independent tools; the ontology
// declares, labels and documents every class and property of the output
// contract and agrees with the predicate and entity tables of the code; the
// SHACL validator (tests/shacl/validate.mjs) accepts a conforming graph and
// reports each violation of a violating one.
//
// Tests skip with a message when rapper, serdi, node or the validator's
// node_modules (`npm ci --prefix tests/shacl`) are absent.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractor/entity_type.h"
#include "extractor/predicate.h"
#include "ontology/vocabulary.h"
#include "tests/test_support.h"

namespace diplograph::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kOntologyIri = "https://w3id.org/diplograph/ontology";
constexpr std::string_view kSem = "http://semanticweb.cs.vu.nl/2009/11/sem/";

// N-Triples terms as written: "<iri>", "_:label", "\"lexical\"..." .
std::string Iri(std::string_view iri) { return "<" + std::string(iri) + ">"; }
std::string Dip(std::string_view local) { return Iri(vocab::Dip(local)); }
std::string Rdf(std::string_view local) { return Iri(vocab::Rdf(local)); }
std::string Rdfs(std::string_view local) { return Iri(vocab::Rdfs(local)); }
std::string Owl(std::string_view local) { return Iri(vocab::Owl(local)); }
std::string Xsd(std::string_view local) { return Iri(vocab::Xsd(local)); }
std::string Prov(std::string_view local) { return Iri(vocab::Prov(local)); }
std::string Schema(std::string_view local) { return Iri(vocab::Schema(local)); }
std::string Sem(std::string_view local) { return Iri(std::string(kSem) + std::string(local)); }

bool IsLiteral(const std::string& term) { return !term.empty() && term[0] == '"'; }

// The lexical form of an N-Triples literal term (escapes left as written).
std::string LexicalForm(const std::string& term) {
  if (!IsLiteral(term)) return {};
  size_t end = term.rfind('"');
  return end == 0 ? std::string() : term.substr(1, end - 1);
}

// A set of triples read from N-Triples, with the look-ups the tests need.
class Graph {
 public:
  // Parses N-Triples `text`. Returns nullopt and sets `error` on a malformed line.
  static std::optional<Graph> Parse(const std::string& text, std::string* error) {
    Graph graph;
    size_t line_no = 0;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t eol = text.find('\n', pos);
      if (eol == std::string::npos) eol = text.size();
      std::string_view line(text.data() + pos, eol - pos);
      pos = eol + 1;
      ++line_no;
      size_t i = 0;
      std::string terms[3];
      bool ok = true;
      for (auto& term : terms) {
        if (!ReadTerm(line, &i, &term)) {
          ok = false;
          break;
        }
      }
      SkipSpace(line, &i);
      if (!ok && terms[0].empty() && (i >= line.size() || line[i] == '#')) continue;  // blank
      if (!ok || i >= line.size() || line[i] != '.') {
        *error = "line " + std::to_string(line_no) + ": " + std::string(line);
        return std::nullopt;
      }
      graph.Add(terms[0], terms[1], terms[2]);
    }
    return graph;
  }

  bool Has(const std::string& s, const std::string& p, const std::string& o) const {
    auto it = by_sp_.find({s, p});
    return it != by_sp_.end() &&
           std::find(it->second.begin(), it->second.end(), o) != it->second.end();
  }

  std::vector<std::string> Objects(const std::string& s, const std::string& p) const {
    auto it = by_sp_.find({s, p});
    return it == by_sp_.end() ? std::vector<std::string>{} : it->second;
  }

  // Every IRI term (subject, predicate or object) that starts with `ns`.
  std::set<std::string> IrisIn(std::string_view ns) const {
    std::set<std::string> out;
    std::string prefix = "<" + std::string(ns);
    for (const auto& term : terms_) {
      if (term.rfind(prefix, 0) == 0) out.insert(term);
    }
    return out;
  }

  // True when `cls` reaches `ancestor` through zero or more rdfs:subClassOf.
  bool IsSubClassOf(const std::string& cls, const std::string& ancestor) const {
    std::set<std::string> seen;
    std::vector<std::string> todo = {cls};
    while (!todo.empty()) {
      std::string c = todo.back();
      todo.pop_back();
      if (c == ancestor) return true;
      if (!seen.insert(c).second) continue;
      for (const auto& super : Objects(c, Rdfs("subClassOf"))) todo.push_back(super);
    }
    return false;
  }

 private:
  static void SkipSpace(std::string_view line, size_t* i) {
    while (*i < line.size() && (line[*i] == ' ' || line[*i] == '\t' || line[*i] == '\r')) ++*i;
  }

  static bool ReadTerm(std::string_view line, size_t* i, std::string* term) {
    SkipSpace(line, i);
    if (*i >= line.size()) return false;
    size_t start = *i;
    char c = line[*i];
    if (c == '<') {
      size_t end = line.find('>', start);
      if (end == std::string_view::npos) return false;
      *i = end + 1;
    } else if (c == '_') {
      while (*i < line.size() && line[*i] != ' ' && line[*i] != '\t') ++*i;
    } else if (c == '"') {
      ++*i;
      while (*i < line.size() && line[*i] != '"') *i += (line[*i] == '\\') ? size_t{2} : size_t{1};
      if (*i >= line.size()) return false;
      ++*i;
      while (*i < line.size() && line[*i] != ' ' && line[*i] != '\t') ++*i;  // @lang, ^^<dt>
    } else {
      return false;
    }
    *term = std::string(line.substr(start, *i - start));
    return true;
  }

  void Add(const std::string& s, const std::string& p, const std::string& o) {
    by_sp_[{s, p}].push_back(o);
    terms_.insert(s);
    terms_.insert(p);
    terms_.insert(o);
  }

  std::map<std::pair<std::string, std::string>, std::vector<std::string>> by_sp_;
  std::set<std::string> terms_;
};

fs::path OntologyFile() { return SourcePath("ontology/diplograph.ttl"); }
fs::path ShapesFile() { return SourcePath("ontology/shapes.ttl"); }

// Parses a Turtle file to N-Triples with rapper. Sets `error` on failure.
std::optional<Graph> LoadTurtle(const fs::path& file, std::string* error) {
  CommandResult r = RunCommand({"rapper", "-q", "-i", "turtle", "-o", "ntriples", file.string()});
  if (r.exit_code != 0) {
    *error = "rapper failed on " + file.string() + ": " + r.err;
    return std::nullopt;
  }
  return Graph::Parse(r.out, error);
}

// ---------------------------------------------------------------------------
// Both files parse with independent tools.
// ---------------------------------------------------------------------------

TEST(OntologyFilesParse, WithRapper) {
  if (!HaveTool("rapper")) GTEST_SKIP() << "rapper (raptor2-utils) is not installed";
  for (const fs::path& file : {OntologyFile(), ShapesFile()}) {
    CommandResult r = RunCommand({"rapper", "-i", "turtle", "-c", file.string()});
    EXPECT_EQ(r.exit_code, 0) << file << "\n" << r.err;
    EXPECT_EQ(r.err.find("Error"), std::string::npos) << file << "\n" << r.err;
    EXPECT_EQ(r.err.find("Warning"), std::string::npos) << file << "\n" << r.err;
  }
}

TEST(OntologyFilesParse, WithSerdi) {
  if (!HaveTool("serdi")) GTEST_SKIP() << "serdi (serdi package) is not installed";
  for (const fs::path& file : {OntologyFile(), ShapesFile()}) {
    CommandResult r = RunCommand({"serdi", "-i", "turtle", "-o", "ntriples", file.string()});
    EXPECT_EQ(r.exit_code, 0) << file << "\n" << r.err;
    EXPECT_TRUE(r.err.empty()) << file << "\n" << r.err;
    EXPECT_FALSE(r.out.empty()) << file;
  }
}

// ---------------------------------------------------------------------------
// The ontology's content, read through rapper.
// ---------------------------------------------------------------------------

class OntologyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!HaveTool("rapper")) GTEST_SKIP() << "rapper (raptor2-utils) is not installed";
    std::string error;
    std::optional<Graph> g = LoadTurtle(OntologyFile(), &error);
    ASSERT_TRUE(g.has_value()) << error;
    graph_ = std::move(*g);
  }

  // Declared with `type`, an rdfs:label, an rdfs:comment and rdfs:isDefinedBy the ontology.
  void ExpectDocumented(const std::string& term, const std::string& type) const {
    SCOPED_TRACE(term);
    EXPECT_TRUE(graph_.Has(term, Rdf("type"), type)) << "not declared as " << type;
    std::vector<std::string> labels = graph_.Objects(term, Rdfs("label"));
    ASSERT_FALSE(labels.empty()) << "no rdfs:label";
    EXPECT_TRUE(IsLiteral(labels[0]));
    std::vector<std::string> comments = graph_.Objects(term, Rdfs("comment"));
    ASSERT_FALSE(comments.empty()) << "no rdfs:comment";
    EXPECT_TRUE(IsLiteral(comments[0]));
    EXPECT_TRUE(graph_.Has(term, Rdfs("isDefinedBy"), Iri(kOntologyIri))) << "no rdfs:isDefinedBy";
  }

  Graph graph_;
};

TEST_F(OntologyTest, HeaderCarriesVersionAndMetadata) {
  const std::string ontology = Iri(kOntologyIri);
  const std::string dcterms = "http://purl.org/dc/terms/";
  EXPECT_TRUE(graph_.Has(ontology, Rdf("type"), Owl("Ontology")));
  EXPECT_TRUE(graph_.Has(ontology, Owl("versionInfo"), "\"0.1.0\""));
  EXPECT_EQ(graph_.Objects(ontology, Owl("versionIRI")).size(), 1u);
  EXPECT_FALSE(graph_.Objects(ontology, Rdfs("label")).empty());
  EXPECT_FALSE(graph_.Objects(ontology, Rdfs("comment")).empty());
  EXPECT_FALSE(graph_.Objects(ontology, Iri(dcterms + "title")).empty());
  EXPECT_FALSE(graph_.Objects(ontology, Iri(dcterms + "description")).empty());
  EXPECT_TRUE(graph_.Has(ontology, Iri(dcterms + "license"),
                         Iri("https://creativecommons.org/licenses/by/4.0/")));
  EXPECT_TRUE(graph_.Has(ontology, Iri(dcterms + "created"), "\"2026-11-22\"^^" + Xsd("date")));
}

// The 15 predicates of CONTRACT.md, with their event class (empty for roles),
// symmetry, domain and range.
struct ContractPredicate {
  std::string_view name;
  std::string_view event_class;
  bool symmetric;
  std::string domain;
  std::string range;
};

std::vector<ContractPredicate> ContractPredicates() {
  const std::string actor = Dip("Actor");
  const std::string thing = Owl("Thing");
  return {
      {"metWith", "Meeting", true, actor, actor},
      {"visited", "Visit", false, actor, Dip("Place")},
      {"summoned", "Summons", false, actor, actor},
      {"protestedTo", "Protest", false, actor, actor},
      {"urged", "Appeal", false, actor, actor},
      {"warned", "Warning", false, actor, actor},
      {"condemned", "Condemnation", false, actor, thing},
      {"expressedConcernAbout", "Concern", false, actor, thing},
      {"sanctioned", "Sanction", false, actor, thing},
      {"signed", "Signing", false, actor, Dip("Agreement")},
      {"agreedWith", "Agreeing", true, actor, actor},
      {"cooperatesWith", "Cooperation", true, actor, actor},
      {"affiliatedWith", "", false, Dip("Person"), Dip("Country")},
      {"ambassadorTo", "", false, Dip("Person"), Dip("Country")},
      {"leaderOf", "", false, Dip("Person"), Dip("Country")},
  };
}

TEST_F(OntologyTest, DeclaresTheFifteenContractPredicates) {
  for (const ContractPredicate& p : ContractPredicates()) {
    const std::string property = Dip(p.name);
    SCOPED_TRACE(property);
    ExpectDocumented(property, Owl("ObjectProperty"));
    EXPECT_EQ(graph_.Objects(property, Rdfs("domain")), std::vector<std::string>{p.domain});
    EXPECT_EQ(graph_.Objects(property, Rdfs("range")), std::vector<std::string>{p.range});
    EXPECT_EQ(graph_.Has(property, Rdf("type"), Owl("SymmetricProperty")), p.symmetric);
    std::vector<std::string> expected_class;
    if (!p.event_class.empty()) expected_class.push_back(Dip(p.event_class));
    EXPECT_EQ(graph_.Objects(property, Dip("eventClass")), expected_class);
  }
}

// Event class, CAMEO code and PLOVER category as chosen in diplograph.ttl
// (the reasons are in the classes' skos:note).
struct EventClass {
  std::string_view name;
  std::string_view cameo;
  std::string_view plover;
};

constexpr EventClass kEventClasses[] = {
    {"Meeting", "040", "CONSULT"},         {"Visit", "042", "CONSULT"},
    {"Summons", "114", "DISAPPROVE"},      {"Protest", "114", "DISAPPROVE"},
    {"Appeal", "020", "DEMAND"},           {"Warning", "130", "THREATEN"},
    {"Condemnation", "111", "DISAPPROVE"}, {"Concern", "012", "DISAPPROVE"},
    {"Sanction", "163", "SANCTION"},       {"Signing", "057", "SUPPORT"},
    {"Agreeing", "030", "AGREE"},          {"Cooperation", "060", "COOPERATE"},
};

TEST_F(OntologyTest, DeclaresTheTwelveEventClassesWithCameoAndPlover) {
  ExpectDocumented(Dip("Event"), Owl("Class"));
  const std::regex cameo_code(R"(\d{2,4})");
  for (const EventClass& e : kEventClasses) {
    const std::string cls = Dip(e.name);
    SCOPED_TRACE(cls);
    ExpectDocumented(cls, Owl("Class"));
    EXPECT_TRUE(graph_.Has(cls, Rdfs("subClassOf"), Dip("Event")));
    std::vector<std::string> codes = graph_.Objects(cls, Dip("cameoCode"));
    ASSERT_EQ(codes.size(), 1u) << "exactly one dip:cameoCode";
    EXPECT_TRUE(std::regex_match(LexicalForm(codes[0]), cameo_code)) << codes[0];
    EXPECT_EQ(LexicalForm(codes[0]), e.cameo);
    std::vector<std::string> names = graph_.Objects(cls, Dip("cameoLabel"));
    ASSERT_EQ(names.size(), 1u) << "exactly one dip:cameoLabel";
    EXPECT_FALSE(LexicalForm(names[0]).empty());
    for (const std::string& secondary : graph_.Objects(cls, Dip("cameoSecondaryCode"))) {
      EXPECT_TRUE(std::regex_match(LexicalForm(secondary), cameo_code)) << secondary;
    }
    std::vector<std::string> plover = graph_.Objects(cls, Dip("ploverCategory"));
    ASSERT_EQ(plover.size(), 1u) << "exactly one dip:ploverCategory";
    EXPECT_EQ(LexicalForm(plover[0]), e.plover);
  }
}

TEST_F(OntologyTest, EventIsAlignedWithSemSchemaAndProv) {
  const std::string event = Dip("Event");
  EXPECT_TRUE(graph_.Has(event, Rdfs("subClassOf"), Sem("Event")));
  EXPECT_TRUE(graph_.Has(event, Rdfs("subClassOf"), Schema("Event")));
  // An event node is prov:wasDerivedFrom its document, whose domain is
  // prov:Entity; PROV-O makes prov:Activity disjoint with prov:Entity.
  EXPECT_TRUE(graph_.Has(event, Rdfs("subClassOf"), Prov("Entity")));
  EXPECT_FALSE(graph_.IsSubClassOf(event, Prov("Activity")));
  ExpectDocumented(Dip("Document"), Owl("Class"));
  EXPECT_TRUE(graph_.Has(Dip("Document"), Rdfs("subClassOf"), Prov("Entity")));
  EXPECT_TRUE(graph_.Has(Dip("Document"), Rdfs("subClassOf"), Schema("NewsArticle")));
}

TEST_F(OntologyTest, DeclaresTheEventProperties) {
  struct Expected {
    std::string_view name;
    std::string type;
    std::string range;
  };
  const Expected properties[] = {
      {"agent", Owl("ObjectProperty"), Dip("Actor")},
      {"target", Owl("ObjectProperty"), Owl("Thing")},
      {"place", Owl("ObjectProperty"), Dip("Place")},
      {"date", Owl("DatatypeProperty"), Xsd("date")},
      {"evidence", Owl("DatatypeProperty"), Xsd("string")},
      {"evidenceStart", Owl("DatatypeProperty"), Xsd("nonNegativeInteger")},
      {"evidenceEnd", Owl("DatatypeProperty"), Xsd("nonNegativeInteger")},
      {"confidence", Owl("DatatypeProperty"), Xsd("decimal")},
      {"rule", Owl("DatatypeProperty"), Xsd("string")},
  };
  for (const Expected& p : properties) {
    const std::string property = Dip(p.name);
    SCOPED_TRACE(property);
    ExpectDocumented(property, p.type);
    EXPECT_EQ(graph_.Objects(property, Rdfs("domain")), std::vector<std::string>{Dip("Event")});
    EXPECT_EQ(graph_.Objects(property, Rdfs("range")), std::vector<std::string>{p.range});
  }
  EXPECT_TRUE(graph_.Has(Dip("agent"), Rdfs("subPropertyOf"), Sem("hasActor")));
  EXPECT_TRUE(graph_.Has(Dip("place"), Rdfs("subPropertyOf"), Sem("hasPlace")));
  EXPECT_TRUE(graph_.Has(Dip("place"), Rdfs("subPropertyOf"), Schema("location")));
  EXPECT_TRUE(graph_.Has(Dip("date"), Rdfs("subPropertyOf"), Sem("hasTimeStamp")));
  ExpectDocumented(Dip("country"), Owl("ObjectProperty"));
  EXPECT_EQ(graph_.Objects(Dip("country"), Rdfs("range")),
            std::vector<std::string>{Dip("Country")});
}

TEST_F(OntologyTest, DeclaresTheEntityClassesAndTheirHierarchy) {
  ExpectDocumented(Dip("Actor"), Owl("Class"));
  for (int i = 0; i <= static_cast<int>(EntityType::kVessel); ++i) {
    const auto type = static_cast<EntityType>(i);
    const std::string cls = Dip(EntityTypeName(type));
    SCOPED_TRACE(cls);
    ExpectDocumented(cls, Owl("Class"));
    if (IsActorType(type)) {
      EXPECT_TRUE(graph_.IsSubClassOf(cls, Dip("Actor"))) << "an actor type must be a dip:Actor";
    }
  }
  const std::pair<std::string_view, std::string_view> kSubClasses[] = {
      {"Person", "Actor"},
      {"Country", "Actor"},
      {"Organization", "Actor"},
      {"GovernmentBody", "Organization"},
      {"InternationalOrganization", "Organization"},
      {"NewsAgency", "Organization"},
      {"City", "Place"},
      {"Country", "Place"},
  };
  for (const auto& [sub, super] : kSubClasses) {
    EXPECT_TRUE(graph_.Has(Dip(sub), Rdfs("subClassOf"), Dip(super))) << sub << " ⊑ " << super;
  }
  const std::pair<std::string_view, std::string_view> kSchemaAlignment[] = {
      {"Person", "Person"},
      {"Country", "Country"},
      {"City", "City"},
      {"Place", "Place"},
      {"Organization", "Organization"},
      {"GovernmentBody", "GovernmentOrganization"},
      {"NewsAgency", "NewsMediaOrganization"},
  };
  for (const auto& [ours, theirs] : kSchemaAlignment) {
    EXPECT_TRUE(graph_.IsSubClassOf(Dip(ours), Schema(theirs))) << ours << " ⊑ schema:" << theirs;
  }
}

TEST_F(OntologyTest, AgreesWithThePredicateTableOfTheCode) {
  for (const PredicateInfo& info : AllPredicates()) {
    const std::string property = Dip(info.local_name);
    SCOPED_TRACE(property);
    EXPECT_TRUE(graph_.Has(property, Rdf("type"), Owl("ObjectProperty")));
    EXPECT_EQ(graph_.Has(property, Rdf("type"), Owl("SymmetricProperty")), info.symmetric);
    std::vector<std::string> expected_class;
    if (!info.role) expected_class.push_back(Dip(info.event_class));
    EXPECT_EQ(graph_.Objects(property, Dip("eventClass")), expected_class);
  }
}

TEST_F(OntologyTest, EveryDipTermIsDeclaredAndDocumented) {
  for (const std::string& term : graph_.IrisIn(vocab::kDip)) {
    SCOPED_TRACE(term);
    EXPECT_FALSE(graph_.Objects(term, Rdf("type")).empty()) << "used but not declared";
    EXPECT_FALSE(graph_.Objects(term, Rdfs("label")).empty());
    EXPECT_FALSE(graph_.Objects(term, Rdfs("comment")).empty());
    EXPECT_TRUE(graph_.Has(term, Rdfs("isDefinedBy"), Iri(kOntologyIri)));
  }
}

TEST_F(OntologyTest, ShapesUseOnlyDeclaredDipTerms) {
  std::string error;
  std::optional<Graph> shapes = LoadTurtle(ShapesFile(), &error);
  ASSERT_TRUE(shapes.has_value()) << error;
  std::set<std::string> used = shapes->IrisIn(vocab::kDip);
  EXPECT_FALSE(used.empty());
  for (const std::string& term : used) {
    EXPECT_FALSE(graph_.Objects(term, Rdf("type")).empty()) << term << " is not in diplograph.ttl";
  }
  // Every event class and entity class has a shape targeting it explicitly.
  const std::string sh = "http://www.w3.org/ns/shacl#";
  std::set<std::string> targeted;
  for (const std::string& shape : {Iri("https://w3id.org/diplograph/shapes#EventShape"),
                                   Iri("https://w3id.org/diplograph/shapes#EntityShape")}) {
    for (const std::string& cls : shapes->Objects(shape, Iri(sh + "targetClass")))
      targeted.insert(cls);
  }
  for (const EventClass& e : kEventClasses) EXPECT_TRUE(targeted.contains(Dip(e.name))) << e.name;
  for (int i = 0; i <= static_cast<int>(EntityType::kVessel); ++i) {
    std::string_view name = EntityTypeName(static_cast<EntityType>(i));
    EXPECT_TRUE(targeted.contains(Dip(name))) << name;
  }
}

// ---------------------------------------------------------------------------
// SHACL validation with tests/shacl/validate.mjs.
// ---------------------------------------------------------------------------

class ShaclTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!HaveTool("node")) GTEST_SKIP() << "node is not installed";
    std::error_code ec;
    if (!fs::exists(SourcePath("tests/shacl/node_modules/rdf-validate-shacl"), ec)) {
      GTEST_SKIP() << "tests/shacl/node_modules is absent: run `npm ci --prefix tests/shacl`";
    }
  }

  static CommandResult Validate(const fs::path& data) {
    return RunCommand({"node", SourcePath("tests/shacl/validate.mjs").string(),
                       ShapesFile().string(), data.string()});
  }
};

TEST_F(ShaclTest, ConformingFixturePasses) {
  CommandResult r = Validate(SourcePath("tests/shacl/fixtures/conforming.ttl"));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("conforms"), std::string::npos) << r.out;
}

TEST_F(ShaclTest, ViolatingFixtureReportsEachViolation) {
  CommandResult r = Validate(SourcePath("tests/shacl/fixtures/violating.ttl"));
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("does not conform"), std::string::npos) << r.out;
  // One line per violation: the confidence of 1.5, the missing agent, the two labels.
  EXPECT_NE(r.out.find("event/bad-confidence dip:confidence"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sh:MaxInclusiveConstraintComponent"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("event/no-agent dip:agent"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sh:MinCountConstraintComponent"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("country/two-labels rdfs:label"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sh:MaxCountConstraintComponent"), std::string::npos) << r.out;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 4) << r.out;  // summary + 3
}

TEST_F(ShaclTest, NTriplesInputIsAccepted) {
  if (!HaveTool("rapper")) GTEST_SKIP() << "rapper (raptor2-utils) is not installed";
  CommandResult nt = RunCommand({"rapper", "-q", "-i", "turtle", "-o", "ntriples",
                                 SourcePath("tests/shacl/fixtures/conforming.ttl").string()});
  ASSERT_EQ(nt.exit_code, 0) << nt.err;
  TempDir tmp;
  CommandResult r = Validate(tmp.Write("graph.nt", nt.out));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

// What diplograph emits for the seed articles satisfies the shapes, in N-Quads
// (named graphs merged by the validator) and in Turtle.
TEST_F(ShaclTest, SeedArticleGraphsConform) {
  std::vector<fs::path> seeds = SeedArticles();
  if (seeds.empty()) GTEST_SKIP() << "no seed articles in ../shared/seeds";
  TempDir tmp;
  const std::pair<std::string, std::string> kFormats[] = {{"nquads", "seeds.nq"},
                                                          {"turtle", "seeds.ttl"}};
  for (const auto& [format, name] : kFormats) {
    SCOPED_TRACE(format);
    std::vector<std::string> args = {"extract", "--format", format};
    for (const fs::path& seed : seeds) args.push_back(seed.string());
    CommandResult extract = RunDiplograph(args);
    if (extract.exit_code != 0) {
      GTEST_SKIP() << "diplograph extract --format " << format << " failed (exit "
                   << extract.exit_code << "): " << extract.err;
    }
    CommandResult r = Validate(tmp.Write(name, extract.out));
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  }
}

TEST_F(ShaclTest, ParseErrorExitsWithTwo) {
  TempDir tmp;
  CommandResult r = Validate(tmp.Write("broken.ttl", "<urn:a> <urn:b> .\n"));
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("parse error"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

}  // namespace
}  // namespace diplograph::testing
