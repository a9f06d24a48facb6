// The lexicon's statements as compiled at build time are those its Turtle
// gives, and read the same; a damaged compiled form is refused.
#include "ontology/lexicon_statements.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "ontology/lexicon_loader.h"
#include "ontology/serd_sord.h"

namespace diplograph {
namespace {

using Flat = std::vector<std::tuple<std::string, std::string, int, std::string, std::string, std::string>>;

Flat Flatten(const LexiconStatements& statements) {
  Flat out;
  for (const auto& [iri, props] : statements.subjects()) {
    // Every predicate's statements, through the one lookup there is.
    for (const std::string predicate : {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                                        "http://www.w3.org/2000/01/rdf-schema#label",
                                        "https://w3id.org/diplograph/lexicon#form"}) {
      for (const LexiconStatement& s : props.Of(predicate)) {
        out.emplace_back(s.subject, s.predicate, static_cast<int>(s.object.kind), s.object.value,
                         s.object.datatype, s.object.lang);
      }
    }
  }
  return out;
}

TEST(LexiconStatementsTest, CompiledEmbeddedFilesReadAsTheirTurtle) {
  for (const TextSource& src : EmbeddedLexiconSources()) {
    ASSERT_FALSE(src.compiled.empty()) << src.name;
    LexiconStatements compiled;
    ASSERT_TRUE(compiled.AddCompiled(src.compiled).ok()) << src.name;
    compiled.Group();
    LexiconStatements parsed;
    ASSERT_TRUE(serd_sord::ParseRdfEach(SERD_TURTLE, src.text, src.name, [&](rdf::Quad&& q) { parsed.Add(q); })
                    .ok());
    parsed.Group();
    ASSERT_EQ(compiled.subjects().size(), parsed.subjects().size()) << src.name;
    for (size_t i = 0; i < parsed.subjects().size(); ++i) {
      EXPECT_EQ(compiled.subjects()[i].iri, parsed.subjects()[i].iri) << src.name;
    }
    EXPECT_EQ(Flatten(compiled), Flatten(parsed)) << src.name;
  }
}

TEST(LexiconStatementsTest, CompileThenReadGivesTheStatements) {
  const std::vector<rdf::Quad> quads = {
      {rdf::Term::Iri("urn:b"), rdf::Term::Iri("urn:p"), rdf::Term::LangString("zwei", "de"), {}},
      {rdf::Term::Iri("urn:a"), rdf::Term::Iri("urn:p"), rdf::Term::Typed("1", "urn:int"), {}},
      {rdf::Term::Iri("urn:a"), rdf::Term::Iri("urn:p"), rdf::Term::Iri("urn:o"), {}},
      {rdf::Term::Iri("urn:a"), rdf::Term::Iri("urn:p"), rdf::Term::Iri("urn:o"), {}},
  };
  const std::string compiled = CompileLexiconStatements(quads);
  LexiconStatements statements;
  ASSERT_TRUE(statements.AddCompiled(compiled).ok());
  statements.Group();
  ASSERT_EQ(statements.subjects().size(), 2u);
  EXPECT_EQ(statements.subjects()[0].iri, "urn:a");
  const auto a = statements.subjects()[0].properties.Of("urn:p");
  ASSERT_EQ(a.size(), 2u);  // the repeat dropped; an IRI before a literal, as rdf::Term orders them
  EXPECT_EQ(a[0].object.value, "urn:o");
  EXPECT_EQ(a[1].object.value, "1");
  EXPECT_EQ(a[1].object.datatype, "urn:int");
  const LexiconProperties* b = statements.Find("urn:b");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->Of("urn:p").front().object.lang, "de");
  EXPECT_EQ(statements.Find("urn:c"), nullptr);
}

TEST(LexiconStatementsTest, DamagedCompiledFormIsRefused) {
  const std::vector<rdf::Quad> quads = {
      {rdf::Term::Iri("urn:a"), rdf::Term::Iri("urn:p"), rdf::Term::Literal("x"), {}}};
  const std::string compiled = CompileLexiconStatements(quads);
  for (size_t cut = 0; cut < compiled.size(); ++cut) {
    LexiconStatements statements;
    EXPECT_FALSE(statements.AddCompiled(std::string_view(compiled).substr(0, cut)).ok()) << cut;
  }
  std::string bad_kind = compiled;
  bad_kind.back() = 9;
  LexiconStatements statements;
  EXPECT_FALSE(statements.AddCompiled(bad_kind).ok());
}

}  // namespace
}  // namespace diplograph
