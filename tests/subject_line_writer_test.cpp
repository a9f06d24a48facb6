#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "exporters/line_writer.h"
#include "ontology/rdf.h"

namespace diplograph {
namespace {

using rdf::Term;

// A subject's lines, written with the subject and predicates rendered once,
// are the lines WriteLines writes for the same statements (one at a time:
// it sorts them).
TEST(SubjectLineWriterTest, LinesAreThoseOfWriteLines) {
  const Term label = Term::Iri("http://www.w3.org/2000/01/rdf-schema#label");
  const Term evidence = Term::Iri("https://w3id.org/diplograph/ontology#evidence");
  const Term date = Term::Iri("https://w3id.org/diplograph/ontology#date");
  const std::vector<Term> subjects = {Term::Iri("https://w3id.org/diplograph/id/event/1"), Term::Blank("b0")};
  const std::vector<std::pair<Term, Term>> statements = {
      {label, Term::Literal("Kim \"the envoy\" Lee\\\n\t\x01 caf\xC3\xA9")},
      {evidence, Term::Literal(std::string(40, 'x') + "\"" + std::string(9, 'y'))},
      {date, Term::Typed("2024-06-21", "http://www.w3.org/2001/XMLSchema#date")},
      {label, Term::LangString("Seoul", "en")},
      {date, Term::Iri("https://example.org/day")},
      {label, Term::Blank("b1")},
  };
  std::string expected;
  ByteBuffer lines;
  SubjectLineWriter writer;
  // Ids as a merged graph's: one per predicate, the same each time.
  auto id_of = [&](const Term& p) { return p == label ? 10u : p == evidence ? 74u : 138u; };
  for (const Term& subject : subjects) {
    writer.Subject(subject);
    for (const auto& [predicate, object] : statements) {
      rdf::Dataset one;
      one.Add(subject, predicate, object);
      ASSERT_TRUE(WriteLines(one, GraphMode::kDrop, &expected).ok());
      writer.Append(id_of(predicate), predicate, object, &lines);
    }
  }
  EXPECT_EQ(lines.view(), expected);
}

// A long object after short ones: the output's room grows, and the lines
// already in it stay.
TEST(SubjectLineWriterTest, RoomGrowsUnderTheLines) {
  SubjectLineWriter writer;
  writer.Subject(Term::Iri("https://example.org/s"));
  ByteBuffer lines;
  const Term p = Term::Iri("https://example.org/p");
  writer.Append(1, p, Term::Literal("a"), &lines);
  writer.Append(1, p, Term::Literal(std::string(5000, 'z')), &lines);
  EXPECT_EQ(lines.view(), "<https://example.org/s> <https://example.org/p> \"a\" .\n"
                   "<https://example.org/s> <https://example.org/p> \"" + std::string(5000, 'z') + "\" .\n");
}

}  // namespace
}  // namespace diplograph
