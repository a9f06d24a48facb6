// The small dataset full of awkward strings and IRIs that the exporter and
// conformance tests write in every format, and helpers to read RDF back and
// compare statement sets.
#pragma once

#include <serd/serd.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/status.h"
#include "ontology/rdf.h"
#include "ontology/serd_sord.h"
#include "ontology/vocabulary.h"

namespace diplograph::testing {

// The tricky dataset as given to an exporter (`as_written` false), or as every
// exporter must write it (`as_written` true): IRIs percent-escaped, language
// tags lower-cased, xsd:string dropped, malformed UTF-8 replaced by U+FFFD.
// Statements sit in two named graphs and the default graph; one triple is in
// both named graphs. Literals are in canonical form (other tools may
// canonicalise), except where `with_odd_lexical_forms` adds typed literals
// whose lexical form is invalid for their datatype.
inline rdf::Dataset TrickyDataset(bool as_written = false, bool with_odd_lexical_forms = false) {
  using rdf::Term;
  namespace v = vocab;
  const auto pick = [as_written](auto given, auto written) { return as_written ? written : given; };
  const std::string doc1 = v::Dipr("document/d1");
  const std::string doc2 = v::Dipr("document/d2");
  const Term type = Term::Iri(v::Rdf("type"));
  const Term label = Term::Iri(v::Rdfs("label"));
  const Term comment = Term::Iri(v::Rdfs("comment"));
  const Term alt = Term::Iri(v::Skos("altLabel"));
  const Term korea = Term::Iri(v::Dipr("country/south-korea"));
  const Term russia = Term::Iri(v::Dipr("country/russia"));
  const Term lee = Term::Iri(v::Dipr("person/lee-do-hoon"));
  const Term ulku = Term::Iri(v::Dipr("person/Ülkü"));
  const Term spaced = Term::Iri(pick(v::Dipr("place/a b>c"), v::Dipr("place/a%20b%3Ec")));
  const Term odd = Term::Iri(pick(v::Dipr("x/{q}|^`\\\"<tab>\t"),
                                  v::Dipr("x/%7Bq%7D%7C%5E%60%5C%22%3Ctab%3E%09")));
  const Term dotted = Term::Iri(v::Dipr("v1.2."));
  const Term simple = Term::Iri(v::Dipr("Q42"));
  const Term event = Term::Iri(v::Dipr("event/meeting-1"));

  rdf::Dataset d;
  d.Add(korea, type, Term::Iri(v::Dip("Country")), doc1);
  d.Add(korea, label, Term::Literal("South Korea"), doc1);
  d.Add(korea, alt, Term::Literal("Seoul"), doc1);
  d.Add(russia, type, Term::Iri(v::Dip("Country")), doc1);
  d.Add(russia, label, Term::LangString("Russia", "en"), doc1);
  d.Add(lee, type, Term::Iri(v::Dip("Person")), doc1);
  d.Add(lee, label, Term::Literal("Lee Do-hoon"), doc1);
  d.Add(lee, Term::Iri(v::Dip("ambassadorTo")), russia, doc1);
  d.Add(lee, Term::Iri(v::Dip("metWith")), ulku, doc1);
  d.Add(ulku, type, Term::Iri(v::Dip("Person")), doc1);
  d.Add(ulku, label, Term::Literal("Ülkü 北京"), doc1);
  d.Add(ulku, alt, Term::LangString("Ülkü", pick(std::string("TR-Latn"), std::string("tr-latn"))), doc1);
  d.Add(event, type, Term::Iri(v::Dip("Meeting")), doc1);
  d.Add(event, Term::Iri(v::Dip("agent")), lee, doc1);
  d.Add(event, Term::Iri(v::Dip("date")), Term::Typed("2024-06-19", v::Xsd("date")), doc1);
  d.Add(event, Term::Iri(v::Dip("confidence")), Term::Typed("0.85", v::Xsd("decimal")), doc1);
  d.Add(event, Term::Iri(v::Dip("evidence")),
        Term::Literal("He said \"no\", then \\ left.\nNext line\twith a tab"), doc1);
  d.Add(event, Term::Iri(v::Prov("wasDerivedFrom")), Term::Iri(doc1), doc1);
  d.Add(event, Term::Iri(v::Dip("place")), spaced, doc1);
  d.Add(spaced, label, Term::Literal(""), doc1);
  d.Add(spaced, comment, Term::Literal("ends with a quote\""), doc1);
  d.Add(spaced, comment, Term::Literal("has \"\"\" three quotes\nand ''' three apostrophes"), doc1);
  d.Add(spaced, comment, Term::Literal("carriage\r\nreturn and \x01 control"), doc1);
  d.Add(odd, label, pick(Term::Typed("typed as string", v::Xsd("string")), Term::Literal("typed as string")),
        doc1);
  d.Add(dotted, label,
        Term::Literal(pick(std::string("bad \xff byte"), std::string("bad \xEF\xBF\xBD byte"))), doc1);
  d.Add(simple, Term::Iri(v::Rdfs("seeAlso")), Term::Iri("http://www.wikidata.org/entity/Q42"), doc1);
  d.Add(simple, Term::Iri(v::Dip("count")), Term::Typed("42", v::Xsd("integer")), doc1);
  d.Add(simple, Term::Iri(v::Dip("flag")), Term::Typed("true", v::Xsd("boolean")), doc1);
  d.Add(simple, Term::Iri(v::Dip("negative")), Term::Typed("-7", v::Xsd("integer")), doc1);
  if (with_odd_lexical_forms) {
    d.Add(simple, Term::Iri(v::Dip("odd")), Term::Typed("abc", v::Xsd("integer")), doc1);
    d.Add(simple, Term::Iri(v::Dip("odd")), Term::Typed("1.5e3", v::Xsd("decimal")), doc1);
    d.Add(simple, Term::Iri(v::Dip("odd")), Term::Typed("1.", v::Xsd("decimal")), doc1);
    d.Add(simple, Term::Iri(v::Dip("odd")), Term::Typed("1", v::Xsd("boolean")), doc1);
    d.Add(simple, Term::Iri(v::Dip("odd")), Term::Typed("+5", v::Xsd("integer")), doc1);
  }
  // The same meeting reported by a second document.
  d.Add(lee, Term::Iri(v::Dip("metWith")), ulku, doc2);
  d.Add(lee, label, Term::Literal("Lee Do-hoon"), doc2);
  // Statements about the documents themselves, in the default graph.
  d.Add(Term::Iri(doc1), type, Term::Iri(v::Schema("NewsArticle")));
  d.Add(Term::Iri(doc1), Term::Iri(v::Schema("name")), Term::Literal("Doc 1"));
  d.Normalize();
  return d;
}

// Reads `text` strictly with Serd into a normalized dataset.
inline Result<rdf::Dataset> ReadWithSerd(SerdSyntax syntax, std::string_view text,
                                         std::string_view name = "output") {
  return serd_sord::ParseRdf(syntax, text, name);
}

// A term in N-Triples-like notation, with control characters made visible.
inline std::string Show(const rdf::Term& term) {
  switch (term.kind) {
    case rdf::Term::Kind::kIri:
      return "<" + term.value + ">";
    case rdf::Term::Kind::kBlank:
      return "_:" + term.value;
    case rdf::Term::Kind::kLiteral:
      break;
  }
  std::string out = "\"";
  for (char c : term.value) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  out += "\"";
  if (!term.lang.empty()) return out + "@" + term.lang;
  if (!term.datatype.empty()) return out + "^^<" + term.datatype + ">";
  return out;
}

// One line per statement, sorted and unique, so EXPECT_EQ shows readable
// differences.
inline std::vector<std::string> Lines(const rdf::Dataset& dataset) {
  std::vector<std::string> lines;
  for (const rdf::Quad& q : dataset.quads()) {
    std::string line = Show(q.subject) + " " + Show(q.predicate) + " " + Show(q.object);
    if (!q.graph.empty()) line += " <" + q.graph + ">";
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  return lines;
}

}  // namespace diplograph::testing
