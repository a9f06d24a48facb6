// The ontology as the program loads it, and the check of emitted graphs
// against its domains and ranges.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "extractor/pipeline.h"
#include "ontology/graph_builder.h"
#include "ontology/lexicon_loader.h"
#include "ontology/ontology.h"
#include "ontology/vocabulary.h"

namespace diplograph {
namespace {

using rdf::Term;

Ontology LoadEmbedded() {
  auto onto = Ontology::Load(Ontology::EmbeddedSources());
  EXPECT_TRUE(onto.ok()) << onto.status().message();
  return std::move(onto.value());
}

TEST(OntologyTest, EmbeddedOntologyDeclaresEveryPredicateWithDomainAndRange) {
  Ontology onto = LoadEmbedded();
  for (const PredicateInfo& info : AllPredicates()) {
    const Ontology::Property* p = onto.FindProperty(vocab::Dip(info.local_name));
    ASSERT_NE(p, nullptr) << info.local_name;
    EXPECT_FALSE(p->domain.empty()) << info.local_name;
    EXPECT_FALSE(p->range.empty()) << info.local_name;
    if (!info.role) {
      EXPECT_TRUE(onto.DeclaresClass(vocab::Dip(info.event_class))) << info.event_class;
    }
  }
  EXPECT_TRUE(onto.IsSubclassOf(vocab::Dip("NewsAgency"), vocab::Dip("Organization")));
  EXPECT_TRUE(onto.IsSubclassOf(vocab::Dip("Country"), vocab::Dip("Actor")));
  EXPECT_FALSE(onto.IsSubclassOf(vocab::Dip("Agreement"), vocab::Dip("Actor")));
}

TEST(OntologyTest, DetectsDomainRangeAndUndeclaredTerms) {
  Ontology onto = LoadEmbedded();
  rdf::Dataset ds;
  Term korea = Term::Iri(vocab::Dipr("country/south-korea"));
  Term treaty = Term::Iri(vocab::Dipr("agreement/x"));
  ds.Add(korea, Term::Iri(vocab::Rdf("type")), Term::Iri(vocab::Dip("Country")));
  ds.Add(treaty, Term::Iri(vocab::Rdf("type")), Term::Iri(vocab::Dip("Agreement")));
  ds.Add(korea, Term::Iri(vocab::Dip("leaderOf")), korea);          // a country leads nothing
  ds.Add(treaty, Term::Iri(vocab::Dip("warned")), korea);           // an agreement warns nobody
  ds.Add(korea, Term::Iri(vocab::Dip("condemned")), treaty);        // fine
  ds.Add(korea, Term::Iri(vocab::Dip("bogusProperty")), treaty);    // undeclared
  ds.Normalize();
  auto violations = CheckAgainstOntology(ds, onto);
  ASSERT_EQ(violations.size(), 3u);
  rdf::Dataset clean = WithoutViolations(ds, violations);
  EXPECT_EQ(clean.size(), 3u);
  EXPECT_TRUE(CheckAgainstOntology(clean, onto).empty());
}

// The check reads domains and ranges from tables made at load: it must
// answer as IsSubclassOf does, for every object property and every class
// the ontology declares, owl:Thing, and a class it does not know.
TEST(OntologyTest, DomainAndRangeChecksAgreeWithTheClassHierarchy) {
  Ontology onto = LoadEmbedded();
  const std::string type = vocab::Rdf("type");
  std::set<std::string> classes = {vocab::Owl("Thing"), vocab::Dip("Unheard")};
  std::set<std::string> properties;
  for (const rdf::Quad& q : onto.statements().quads()) {
    if (q.predicate.value != type) continue;
    if (q.object.value == vocab::Owl("Class")) classes.insert(q.subject.value);
    if (q.object.value == vocab::Owl("ObjectProperty")) properties.insert(q.subject.value);
  }
  ASSERT_GT(classes.size(), 10u);
  ASSERT_GT(properties.size(), 10u);
  auto fits = [&](const std::string& cls, const std::set<std::string>& listed) {
    return listed.empty() || std::any_of(listed.begin(), listed.end(),
                                         [&](const std::string& c) { return onto.IsSubclassOf(cls, c); });
  };
  // True when some violation's reason starts with `reason`.
  auto flagged = [&](const rdf::Dataset& ds, std::string_view reason) {
    const std::vector<Violation> found = CheckAgainstOntology(ds, onto);
    return std::any_of(found.begin(), found.end(), [&](const Violation& v) { return v.reason.starts_with(reason); });
  };
  const Term s = Term::Iri(vocab::Dipr("x/s"));
  const Term o = Term::Iri(vocab::Dipr("x/o"));
  for (const std::string& p : properties) {
    const Ontology::Property* prop = onto.FindProperty(p);
    ASSERT_NE(prop, nullptr) << p;
    for (const std::string& cls : classes) {
      // The class on one side; every class on the other, which then fits.
      rdf::Dataset domain, range;
      domain.Add(s, Term::Iri(type), Term::Iri(cls));
      range.Add(o, Term::Iri(type), Term::Iri(cls));
      for (const std::string& any : classes) {
        domain.Add(o, Term::Iri(type), Term::Iri(any));
        range.Add(s, Term::Iri(type), Term::Iri(any));
      }
      domain.Add(s, Term::Iri(p), o);
      range.Add(s, Term::Iri(p), o);
      domain.Normalize();
      range.Normalize();
      EXPECT_EQ(flagged(domain, "subject outside"), !fits(cls, prop->domain)) << p << " " << cls;
      EXPECT_EQ(flagged(range, "object outside"), !fits(cls, prop->range)) << p << " " << cls;
    }
  }
}

TEST(OntologyTest, ViolationsAreRemovedInPlaceAndTheRestKeepsItsOrder) {
  Ontology onto = LoadEmbedded();
  rdf::Dataset ds;
  const Term type = Term::Iri(vocab::Rdf("type"));
  Term korea = Term::Iri(vocab::Dipr("country/south-korea"));
  Term kim = Term::Iri(vocab::Dipr("person/kim"));
  Term treaty = Term::Iri(vocab::Dipr("agreement/x"));
  ds.Add(korea, type, Term::Iri(vocab::Dip("Country")));
  ds.Add(kim, type, Term::Iri(vocab::Dip("Person")));
  ds.Add(kim, type, Term::Iri(vocab::Dip("Unheard")));                           // undeclared class
  ds.Add(treaty, type, Term::Iri(vocab::Dip("Agreement")));
  ds.Add(kim, Term::Iri(vocab::Dip("leaderOf")), korea);                         // fine: one of kim's types fits
  ds.Add(kim, Term::Iri(vocab::Dip("leaderOf")), treaty);                        // an agreement has no leader
  ds.Add(korea, Term::Iri(vocab::Dip("condemned")), Term::Literal("x"));         // a literal is no actor
  ds.Add(korea, Term::Iri(vocab::Dip("condemned")), treaty, "https://example.org/g");
  ds.Normalize();
  auto violations = CheckAgainstOntology(ds, onto);
  ASSERT_EQ(violations.size(), 3u);
  std::vector<rdf::Quad> expected;
  for (const rdf::Quad& q : ds.quads()) {
    bool bad = false;
    for (const Violation& v : violations) bad = bad || v.quad == q;
    if (!bad) expected.push_back(q);
  }
  const rdf::Dataset copy = WithoutViolations(ds, violations);
  RemoveViolations(ds, violations);
  EXPECT_TRUE(ds.quads() == expected);
  EXPECT_TRUE(copy.quads() == expected);
  EXPECT_TRUE(CheckAgainstOntology(ds, onto).empty());
  RemoveViolations(ds, {});
  EXPECT_EQ(ds.size(), 5u) << "nothing to remove leaves it whole";
}

TEST(DatasetTest, UnionOfATemporaryIsTheUnionOfTheCopy) {
  rdf::Dataset ds;
  const Term p = Term::Iri("https://example.org/p");
  ds.Add(Term::Iri("https://example.org/b"), p, Term::Literal("x"), "https://example.org/g1");
  ds.Add(Term::Iri("https://example.org/b"), p, Term::Literal("x"), "https://example.org/g2");
  ds.Add(Term::Iri("https://example.org/a"), p, Term::LangString("y", "en"));
  ds.Add(Term::Iri("https://example.org/a"), p, Term::LangString("y", "en"), "https://example.org/g1");
  ds.Normalize();
  const rdf::Dataset from_copy = ds.Union();
  ASSERT_EQ(from_copy.size(), 2u);  // one statement per triple, default graph, sorted
  EXPECT_EQ(from_copy.quads()[0].subject.value, "https://example.org/a");
  EXPECT_TRUE(from_copy.quads()[0].graph.empty() && from_copy.quads()[1].graph.empty());
  const rdf::Dataset from_temporary = std::move(ds).Union();
  EXPECT_TRUE(from_temporary.quads() == from_copy.quads());
}

TEST(TypeIndexTest, EveryNodeFindsItsOwnClassesAndNoOthers) {
  std::vector<std::string> nodes, classes = {"https://example.org/A", "https://example.org/B", "https://example.org/C"};
  for (size_t i = 0; i < 3000; ++i) nodes.push_back("https://example.org/n" + std::to_string(i));
  TypeIndex index;
  EXPECT_TRUE(index.ClassesOf(nodes[0]).empty()) << "empty, before sealing";
  for (size_t i = 3000; i-- > 0;) {
    for (size_t c = 0; c <= i % 3; ++c) index.Add(nodes[i], classes[c]);
  }
  index.Add(nodes[4], classes[2]);  // stated apart from its other classes
  index.Seal();
  EXPECT_EQ(index.class_count(), 3u);
  for (size_t i = 0; i < 3000; ++i) {
    std::vector<std::string> found;
    for (TypeIndex::ClassId id : index.ClassesOf(nodes[i])) found.emplace_back(index.class_name(id));
    std::vector<std::string> expected(classes.begin(), classes.begin() + static_cast<long>(i % 3 + 1));
    if (i == 4) expected.push_back(classes[2]);
    ASSERT_EQ(found, expected) << nodes[i];
  }
  EXPECT_TRUE(index.ClassesOf("https://example.org/n3000").empty());
  EXPECT_TRUE(index.ClassesOf("").empty());
}

TEST(OntologyTest, ExtractedGraphsKeepToTheOntology) {
  Ontology onto = LoadEmbedded();
  auto lexicon = LoadLexicon(EmbeddedLexiconSources());
  ASSERT_TRUE(lexicon.ok());
  Pipeline pipeline(lexicon.value());
  Document doc;
  doc.id = "check";
  doc.text =
      "June 3, 2024\n"
      "Chilean Foreign Minister Tomas Arancibia met Peruvian President Elena Quispe in Lima on Monday.\n"
      "Japan imposed sanctions on three Russian banks. Spain and Portugal condemned Venezuela.\n"
      "The Treaty of Friendship was signed by Italy and Albania in Rome.\n";
  ASSERT_TRUE(pipeline.Run(doc).ok());
  rdf::Dataset ds = BuildDocumentGraph(doc);
  ds.Normalize();
  auto violations = CheckAgainstOntology(ds, onto);
  for (const auto& v : violations) ADD_FAILURE() << v.reason << ": " << v.quad.subject.value;
}

TEST(OntologyTest, RejectsTextThatIsNotAnOntology) {
  auto onto = Ontology::Load({{"empty.ttl", "@prefix x: <http://x/> . x:a x:b x:c ."}});
  EXPECT_FALSE(onto.ok());
  auto broken = Ontology::Load({{"broken.ttl", "this is not turtle"}});
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("broken.ttl"), std::string::npos);
}

}  // namespace
TEST(LexiconTest, AnOfficeSenseMustNameOfficesTheLexiconHas) {
  const std::string prefix =
      "@prefix lex: <https://w3id.org/diplograph/lexicon#> .\n"
      "@prefix country: <https://w3id.org/diplograph/id/country/> .\n"
      "lex:a a lex:Office ; lex:leader true ; lex:form \"chancellor\" .\n"
      "lex:b a lex:Office ; lex:form \"foreign minister\" .\n";
  auto good = LoadLexicon({{"good.ttl", prefix + "lex:s a lex:OfficeSense ; lex:form \"chancellor\" ; "
                                                 "lex:sense \"foreign minister\" ; lex:country country:peru .\n"}});
  ASSERT_TRUE(good.ok());
  const Lexicon& lex = good.value();
  ASSERT_EQ(lex.offices.size(), 2u);
  const int chancellor = lex.offices[0].form == "chancellor" ? 0 : 1;
  EXPECT_EQ(lex.OfficeIn(chancellor, "https://w3id.org/diplograph/id/country/peru"), 1 - chancellor);
  EXPECT_EQ(lex.OfficeIn(chancellor, "https://w3id.org/diplograph/id/country/austria"), chancellor);
  auto bad = LoadLexicon({{"bad.ttl", prefix + "lex:s a lex:OfficeSense ; lex:form \"chancellor\" ; "
                                               "lex:sense \"prime minister\" ; lex:country country:peru .\n"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("prime minister"), std::string::npos);
}

TEST(LexiconTest, AnEntityServesOneCountry) {
  const std::string prefix =
      "@prefix lex: <https://w3id.org/diplograph/lexicon#> .\n"
      "@prefix dip: <https://w3id.org/diplograph/ontology#> .\n"
      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
      "@prefix country: <https://w3id.org/diplograph/id/country/> .\n"
      "@prefix person: <https://w3id.org/diplograph/id/person/> .\n";
  auto one = LoadLexicon({{"one.ttl", prefix + "person:x a dip:Person ; rdfs:label \"Ana Rojas\" ; "
                                               "lex:country country:peru .\n"}});
  ASSERT_TRUE(one.ok()) << one.status().message();
  ASSERT_NE(one.value().Find("https://w3id.org/diplograph/id/person/x"), nullptr);
  EXPECT_EQ(one.value().Find("https://w3id.org/diplograph/id/person/x")->country,
            "https://w3id.org/diplograph/id/country/peru");
  auto two = LoadLexicon({{"two.ttl", prefix + "person:x a dip:Person ; rdfs:label \"Ana Rojas\" ; "
                                               "lex:country country:peru, country:chile .\n"}});
  ASSERT_FALSE(two.ok());
  EXPECT_NE(two.status().message().find("person/x"), std::string::npos) << two.status().message();
}

}  // namespace diplograph
