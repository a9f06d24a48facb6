// Every exporter on the tricky dataset (tests/exporter_test_data.h): output
// parsed back (Serd for the RDF syntaxes, RapidJSON for JSON-LD) must give
// the input statements; output must be byte-stable; bad input must fail
// cleanly. Also the shared pieces: IRI escaping, UTF-8 sanitising, and the
// Serd/Sord loading the ontology relies on.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "exporters/export_quads.h"
#include "exporters/exporter.h"
#include "exporters/iri_escape.h"
#include "exporters/serd_output.h"
#include "ontology/serd_sord.h"
#include "ontology/vocabulary.h"
#include "tests/exporter_test_data.h"

namespace diplograph {
namespace {

using ::testing::HasSubstr;
using testing::Lines;
using testing::ReadWithSerd;
using testing::TrickyDataset;

std::unique_ptr<Exporter> Make(const std::string& name) {
  Result<std::unique_ptr<Exporter>> exporter = MakeExporter(name);
  EXPECT_TRUE(exporter.ok()) << exporter.status().message();
  return exporter.ok() ? std::move(exporter).value() : nullptr;
}

// What the caller hands an exporter: the union unless it keeps graphs.
std::string Export(const Exporter& exporter, const rdf::Dataset& dataset) {
  std::string out;
  const Status status = exporter.Write(exporter.keeps_graphs() ? dataset : dataset.Union(), &out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out;
}

SerdSyntax SyntaxOf(const std::string& name) {
  if (name == "turtle") return SERD_TURTLE;
  if (name == "trig") return SERD_TRIG;
  if (name == "ntriples") return SERD_NTRIPLES;
  return SERD_NQUADS;
}

// --- The four RDF syntaxes, read back with Serd -------------------------------

class SerdSyntaxTest : public ::testing::TestWithParam<std::string> {};

TEST_P(SerdSyntaxTest, RoundTripsTheTrickyDataset) {
  for (bool odd_lexical_forms : {false, true}) {
    SCOPED_TRACE(odd_lexical_forms ? "with odd lexical forms" : "canonical literals");
    std::unique_ptr<Exporter> exporter = Make(GetParam());
    ASSERT_NE(exporter, nullptr);
    const std::string out = Export(*exporter, TrickyDataset(false, odd_lexical_forms));
    Result<rdf::Dataset> read = ReadWithSerd(SyntaxOf(GetParam()), out);
    ASSERT_TRUE(read.ok()) << read.status().message() << "\n" << out;
    rdf::Dataset expected = TrickyDataset(true, odd_lexical_forms);
    if (!exporter->keeps_graphs()) expected = expected.Union();
    EXPECT_EQ(Lines(read.value()), Lines(expected)) << out;
  }
}

TEST_P(SerdSyntaxTest, ExporterIgnoresGraphsOnlyWhenItCannotKeepThem) {
  std::unique_ptr<Exporter> exporter = Make(GetParam());
  ASSERT_NE(exporter, nullptr);
  // Given all quads (not the union), a triple-only format still writes the union.
  std::string out;
  ASSERT_TRUE(exporter->Write(TrickyDataset(), &out).ok());
  Result<rdf::Dataset> read = ReadWithSerd(SyntaxOf(GetParam()), out);
  ASSERT_TRUE(read.ok()) << read.status().message();
  const rdf::Dataset expected = TrickyDataset(true);
  EXPECT_EQ(Lines(read.value()), Lines(exporter->keeps_graphs() ? expected : expected.Union()));
}

INSTANTIATE_TEST_SUITE_P(Formats, SerdSyntaxTest,
                         ::testing::Values("turtle", "trig", "ntriples", "nquads"));

// --- Every format ------------------------------------------------------------------

class EveryFormatTest : public ::testing::TestWithParam<std::string> {};

TEST_P(EveryFormatTest, OutputIsByteIdenticalAcrossRunsAndInsertionOrders) {
  std::unique_ptr<Exporter> exporter = Make(GetParam());
  ASSERT_NE(exporter, nullptr);
  const std::string first = Export(*exporter, TrickyDataset());
  EXPECT_EQ(first, Export(*exporter, TrickyDataset()));
  EXPECT_EQ(first, Export(*Make(GetParam()), TrickyDataset()));

  std::vector<rdf::Quad> quads = TrickyDataset().quads();
  std::mt19937 rng(42);
  std::shuffle(quads.begin(), quads.end(), rng);
  rdf::Dataset shuffled;
  for (rdf::Quad& quad : quads) shuffled.Add(quad);
  shuffled.Add(quads.front());  // a duplicate
  shuffled.Normalize();
  EXPECT_EQ(first, Export(*exporter, shuffled));
}

TEST_P(EveryFormatTest, AppendsToTheOutputAndEndsWithANewline) {
  std::unique_ptr<Exporter> exporter = Make(GetParam());
  ASSERT_NE(exporter, nullptr);
  std::string out = "already here\n";
  ASSERT_TRUE(exporter->Write(TrickyDataset(), &out).ok());
  EXPECT_EQ(out.rfind("already here\n", 0), 0u);
  EXPECT_GT(out.size(), 13u);
  EXPECT_EQ(out.back(), '\n');
}

TEST_P(EveryFormatTest, WritesAnEmptyDataset) {
  std::unique_ptr<Exporter> exporter = Make(GetParam());
  ASSERT_NE(exporter, nullptr);
  std::string out;
  ASSERT_TRUE(exporter->Write(rdf::Dataset(), &out).ok());
  if (GetParam() == "jsonld") {
    rapidjson::Document doc;
    ASSERT_FALSE(doc.Parse(out.c_str()).HasParseError());
    ASSERT_TRUE(doc.HasMember("@graph"));
    EXPECT_TRUE(doc["@graph"].IsArray() && doc["@graph"].Empty());
  } else {
    Result<rdf::Dataset> read = ReadWithSerd(SyntaxOf(GetParam()), out);
    ASSERT_TRUE(read.ok()) << read.status().message();
    EXPECT_TRUE(read.value().empty());
  }
}

TEST_P(EveryFormatTest, RejectsStatementsNoSyntaxCanExpressAndLeavesOutputAlone) {
  std::unique_ptr<Exporter> exporter = Make(GetParam());
  ASSERT_NE(exporter, nullptr);
  const rdf::Term s = rdf::Term::Iri(vocab::Dipr("x"));
  const rdf::Term p = rdf::Term::Iri(vocab::Dip("p"));
  struct Case {
    rdf::Quad quad;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{rdf::Term::Iri("relative/iri"), p, s, {}}, "not an absolute IRI"},
      {{s, p, rdf::Term::Iri(""), {}}, "not an absolute IRI"},
      {{rdf::Term::Literal("lit"), p, s, {}}, "literal cannot be a subject"},
      {{s, rdf::Term::Literal("lit"), s, {}}, "predicate must be an IRI"},
      {{s, p, rdf::Term::LangString("x", "en gb"), {}}, "invalid language tag"},
      {{s, p, rdf::Term::LangString("x", "en-"), {}}, "invalid language tag"},
      {{s, p, rdf::Term::Blank("b 1"), {}}, "invalid blank node label"},
      {{s, p, rdf::Term::Typed("1", "integer"), {}}, "not an absolute IRI"},
  };
  for (const Case& c : cases) {
    rdf::Dataset dataset = TrickyDataset();
    dataset.Add(c.quad);
    dataset.Normalize();
    std::string out = "kept";
    const Status status = exporter->Write(dataset, &out);
    EXPECT_EQ(status.code(), Status::Code::kInvalidArgument) << c.message;
    EXPECT_THAT(status.message(), HasSubstr(c.message));
    EXPECT_EQ(out, "kept");
  }
}

INSTANTIATE_TEST_SUITE_P(Formats, EveryFormatTest,
                         ::testing::Values("turtle", "trig", "ntriples", "nquads", "jsonld"));

// --- Format specifics ----------------------------------------------------------------

TEST(TurtleExporterTest, DeclaresPrefixesAndUsesCuriesOnlyWhereLegal) {
  const std::string out = Export(*Make("turtle"), TrickyDataset());
  for (const auto& [prefix, iri] : vocab::Prefixes()) {
    EXPECT_THAT(out, HasSubstr("@prefix " + prefix + ": <" + iri + "> .")) << prefix;
  }
  EXPECT_THAT(out, HasSubstr("a dip:Country"));
  EXPECT_THAT(out, HasSubstr("dipr:Q42"));
  EXPECT_THAT(out, HasSubstr("wd:Q42"));
  // '/' and a final '.' are not legal in a PN_LOCAL: the full IRI is written.
  EXPECT_THAT(out, HasSubstr("<https://w3id.org/diplograph/id/country/south-korea>"));
  EXPECT_THAT(out, HasSubstr("<https://w3id.org/diplograph/id/v1.2.>"));
  EXPECT_THAT(out, HasSubstr("<https://w3id.org/diplograph/id/place/a%20b%3Ec>"));
  EXPECT_THAT(out, HasSubstr("dip:confidence 0.85"));
  EXPECT_THAT(out, HasSubstr("\"2024-06-19\"^^xsd:date"));
  EXPECT_THAT(out, ::testing::Not(HasSubstr("document/d2")));
}

TEST(TurtleExporterTest, QuotesNumbersSerdWouldWriteBareWrongly) {
  const std::string out = Export(*Make("turtle"), TrickyDataset(false, true));
  EXPECT_THAT(out, HasSubstr("\"abc\"^^xsd:integer"));
  EXPECT_THAT(out, HasSubstr("\"1.5e3\"^^xsd:decimal"));
  EXPECT_THAT(out, HasSubstr("\"1\"^^xsd:boolean"));
  EXPECT_THAT(out, HasSubstr("+5"));
}

TEST(TrigExporterTest, WritesOneBlockPerNamedGraph) {
  const std::string out = Export(*Make("trig"), TrickyDataset());
  const std::string d1 = "<" + vocab::Dipr("document/d1") + "> {";
  const std::string d2 = "<" + vocab::Dipr("document/d2") + "> {";
  ASSERT_THAT(out, HasSubstr(d1));
  EXPECT_EQ(out.find(d1), out.rfind(d1));
  EXPECT_THAT(out, HasSubstr(d2));
}

TEST(LineExportersTest, OutputsConcatenate) {
  for (const std::string name : {"ntriples", "nquads"}) {
    SCOPED_TRACE(name);
    std::unique_ptr<Exporter> exporter = Make(name);
    ASSERT_NE(exporter, nullptr);
    EXPECT_TRUE(exporter->concatenable());
    rdf::Dataset first;
    rdf::Dataset second;
    const rdf::Dataset all = TrickyDataset();
    for (size_t i = 0; i < all.size(); ++i) (i % 2 == 0 ? first : second).Add(all.quads()[i]);
    first.Normalize();
    second.Normalize();
    const std::string out = Export(*exporter, first) + Export(*exporter, second);
    Result<rdf::Dataset> read = ReadWithSerd(SyntaxOf(name), out);
    ASSERT_TRUE(read.ok()) << read.status().message();
    const rdf::Dataset expected = TrickyDataset(true);
    EXPECT_EQ(Lines(read.value()), Lines(exporter->keeps_graphs() ? expected : expected.Union()));
  }
}

// The line exporters write without Serd; their bytes must stay the ones
// Serd writes, for every control character, quote, backslash, non-ASCII
// text, malformed UTF-8, language, datatype, blank node and IRI to escape.
TEST(LineExportersTest, WriteWhatSerdWrites) {
  rdf::Dataset data = TrickyDataset(false, true);
  std::string every_byte;
  for (int c = 1; c < 0x80; ++c) every_byte.push_back(static_cast<char>(c));
  data.Add(rdf::Term::Iri("http://example.org/s"), rdf::Term::Iri("http://example.org/p"),
           rdf::Term::Literal(every_byte + "\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80\xFF\xC3"), "http://example.org/g");
  data.Add(rdf::Term::Blank("b1"), rdf::Term::Iri("http://example.org/p q"),
           rdf::Term::LangString("x", "EN-gb"));
  data.Add(rdf::Term::Iri("http://example.org/s#a#b"), rdf::Term::Iri("http://example.org/p"),
           rdf::Term::Typed("5", vocab::Xsd("integer")));
  // One byte to escape, or none, at every place in and around the blocks
  // of eight and sixteen bytes that clean text is looked through in.
  for (const char c : {'"', '\\', '\n', '\x01', '\x1F', '\x7F', ' ', '~'}) {
    for (size_t at = 0; at < 40; ++at) {
      std::string text(40, 'a');
      text[at] = c;
      data.Add(rdf::Term::Iri("http://example.org/s"), rdf::Term::Iri("http://example.org/q"),
               rdf::Term::Literal(text));
    }
  }
  data.Normalize();
  for (const auto& [name, syntax, mode] : {std::tuple{"ntriples", SERD_NTRIPLES, GraphMode::kDrop},
                                           std::tuple{"nquads", SERD_NQUADS, GraphMode::kKeep}}) {
    SCOPED_TRACE(name);
    const rdf::Dataset input = mode == GraphMode::kKeep ? data : data.Union();
    Result<std::vector<rdf::Quad>> prepared = PrepareQuads(input, mode);
    ASSERT_TRUE(prepared.ok()) << prepared.status().message();
    std::string by_serd;
    ASSERT_TRUE(WriteWithSerd(syntax, prepared.value(), &by_serd).ok());
    EXPECT_EQ(Export(*Make(name), input), by_serd);
  }
}

// --- JSON-LD, read back with RapidJSON ------------------------------------------------

// The output's @context as a JSON-LD processor would use it: prefixes, the
// "@type" alias, and terms with their coercion ("@id" or a datatype IRI).
struct ReadContext {
  struct Term {
    std::string iri;
    std::string coercion;
  };
  std::map<std::string, std::string> prefixes;
  std::map<std::string, Term> terms;
  std::string type_key = "@type";
};

// Expands a compact IRI the way a JSON-LD processor would with our context.
std::string Expand(const std::string& value, const ReadContext& context) {
  const size_t colon = value.find(':');
  if (colon == std::string::npos || value.compare(colon + 1, 2, "//") == 0) return value;
  auto it = context.prefixes.find(value.substr(0, colon));
  return it == context.prefixes.end() ? value : it->second + value.substr(colon + 1);
}

// A key or "type" value: a term, else a compact IRI.
std::string ExpandVocab(const std::string& value, const ReadContext& context) {
  auto term = context.terms.find(value);
  return term != context.terms.end() ? term->second.iri : Expand(value, context);
}

rdf::Term NodeRef(const std::string& id, const ReadContext& context) {
  if (id.rfind("_:", 0) == 0) return rdf::Term::Blank(id.substr(2));
  return rdf::Term::Iri(Expand(id, context));
}

rdf::Term ReadJsonLdValue(const rapidjson::Value& value, const ReadContext::Term* term, const ReadContext& context) {
  if (value.IsString()) {
    std::string text(value.GetString(), value.GetStringLength());
    if (term != nullptr && term->coercion == "@id") return NodeRef(text, context);
    if (term != nullptr && !term->coercion.empty()) return rdf::Term::Typed(text, term->coercion);
    return rdf::Term::Literal(text);
  }
  EXPECT_TRUE(value.IsObject());
  if (!value.IsObject()) return {};
  if (value.HasMember("@id")) {
    EXPECT_EQ(value.MemberCount(), 1u);
    return NodeRef(value["@id"].GetString(), context);
  }
  EXPECT_TRUE(value.HasMember("@value") && value["@value"].IsString());
  std::string text(value["@value"].GetString(), value["@value"].GetStringLength());
  if (value.HasMember("@language")) return rdf::Term::LangString(text, value["@language"].GetString());
  if (value.HasMember("@type")) return rdf::Term::Typed(text, ExpandVocab(value["@type"].GetString(), context));
  EXPECT_TRUE(term != nullptr && !term->coercion.empty()) << "a plain string needs no value object: " << text;
  return rdf::Term::Literal(text);
}

ReadContext ReadJsonLdContext(const rapidjson::Value& ctx) {
  ReadContext context;
  EXPECT_TRUE(ctx.IsObject());
  if (!ctx.IsObject()) return context;
  // The contract's prefixes come first, in vocab::Prefixes() order.
  auto prefix = vocab::Prefixes().begin();
  for (auto it = ctx.MemberBegin(); it != ctx.MemberEnd() && prefix != vocab::Prefixes().end(); ++it, ++prefix) {
    EXPECT_EQ(it->name.GetString(), prefix->first);
    EXPECT_TRUE(it->value.IsString() && it->value.GetString() == prefix->second) << prefix->first;
  }
  EXPECT_EQ(prefix, vocab::Prefixes().end()) << "missing prefixes";
  for (auto it = ctx.MemberBegin(); it != ctx.MemberEnd(); ++it) {
    const std::string name = it->name.GetString();
    if (it->value.IsString()) {
      const std::string value = it->value.GetString();
      if (value == "@type") context.type_key = name;
      if (value[0] == '@') continue;
      if (value.back() == '/' || value.back() == '#') {
        context.prefixes[name] = value;
      } else {
        context.terms[name] = {value, ""};
      }
    } else {
      EXPECT_TRUE(it->value.IsObject() && it->value.HasMember("@id")) << name;
      context.terms[name] = {it->value["@id"].GetString(),
                             it->value.HasMember("@type") ? it->value["@type"].GetString() : ""};
    }
  }
  for (auto& [name, term] : context.terms) {
    term.iri = Expand(term.iri, context);
    if (term.coercion != "@id") term.coercion = Expand(term.coercion, context);
  }
  return context;
}

// Checks the compact shape the exporter promises and returns the triples.
rdf::Dataset ReadJsonLd(const std::string& text) {
  rdf::Dataset dataset;
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  EXPECT_FALSE(doc.HasParseError()) << "offset " << doc.GetErrorOffset();
  if (doc.HasParseError() || !doc.IsObject()) return dataset;
  EXPECT_EQ(doc.MemberCount(), 2u);
  EXPECT_EQ(std::string(doc.MemberBegin()->name.GetString()), "@context");
  const ReadContext context = ReadJsonLdContext(doc["@context"]);

  const rapidjson::Value& graph = doc["@graph"];
  EXPECT_TRUE(graph.IsArray());
  std::string previous_id;
  for (const rapidjson::Value& node : graph.GetArray()) {
    EXPECT_TRUE(node.IsObject());
    auto member = node.MemberBegin();
    EXPECT_EQ(std::string(member->name.GetString()), "@id");
    const std::string id = member->value.GetString();
    EXPECT_LT(previous_id, id) << "node objects must be unique and sorted by @id";
    previous_id = id;
    const rdf::Term subject = NodeRef(id, context);
    for (++member; member != node.MemberEnd(); ++member) {
      const std::string key = member->name.GetString();
      const rapidjson::Value& value = member->value;
      if (value.IsArray()) {
        EXPECT_GE(value.Size(), 2u) << "single values are not wrapped: " << key;
      }
      std::vector<const rapidjson::Value*> values;
      if (value.IsArray()) {
        for (const rapidjson::Value& v : value.GetArray()) values.push_back(&v);
      } else {
        values.push_back(&value);
      }
      auto term = context.terms.find(key);
      for (const rapidjson::Value* v : values) {
        if (key == context.type_key) {
          dataset.Add(subject, rdf::Term::Iri(vocab::Rdf("type")),
                      rdf::Term::Iri(ExpandVocab(v->GetString(), context)));
        } else {
          EXPECT_NE(key[0], '@') << key;
          EXPECT_NE(key, "rdf:type");
          dataset.Add(subject, rdf::Term::Iri(ExpandVocab(key, context)),
                      ReadJsonLdValue(*v, term == context.terms.end() ? nullptr : &term->second, context));
        }
      }
    }
  }
  dataset.Normalize();
  return dataset;
}

TEST(JsonLdExporterTest, RoundTripsTheTrickyDatasetInCompactForm) {
  for (bool odd_lexical_forms : {false, true}) {
    const std::string out = Export(*Make("jsonld"), TrickyDataset(false, odd_lexical_forms));
    EXPECT_EQ(Lines(ReadJsonLd(out)), Lines(TrickyDataset(true, odd_lexical_forms).Union())) << out;
  }
}

TEST(JsonLdExporterTest, CompactsIdsTypesAndValues) {
  const std::string out = Export(*Make("jsonld"), TrickyDataset());
  rapidjson::Document doc;
  doc.Parse(out.c_str());
  ASSERT_FALSE(doc.HasParseError());
  std::map<std::string, const rapidjson::Value*> nodes;
  for (const rapidjson::Value& node : doc["@graph"].GetArray()) nodes[node["@id"].GetString()] = &node;

  // Short keys and class names from the published context.
  ASSERT_EQ(nodes.count("dipr:country/south-korea"), 1u);
  const rapidjson::Value& korea = *nodes["dipr:country/south-korea"];
  EXPECT_STREQ(korea["type"].GetString(), "Country");
  EXPECT_STREQ(korea["label"].GetString(), "South Korea");
  EXPECT_STREQ(korea["altLabel"].GetString(), "Seoul");

  // Values the context types are bare strings.
  ASSERT_EQ(nodes.count("dipr:event/meeting-1"), 1u);
  const rapidjson::Value& event = *nodes["dipr:event/meeting-1"];
  EXPECT_STREQ(event["type"].GetString(), "Meeting");
  EXPECT_STREQ(event["date"].GetString(), "2024-06-19");
  EXPECT_STREQ(event["confidence"].GetString(), "0.85");
  EXPECT_STREQ(event["agent"].GetString(), "dipr:person/lee-do-hoon");
  EXPECT_STREQ(event["place"].GetString(), "dipr:place/a%20b%3Ec");
  EXPECT_STREQ(event["source"].GetString(), "dipr:document/d1");
  EXPECT_FALSE(event.HasMember("dip:date"));

  ASSERT_EQ(nodes.count("dipr:person/Ülkü"), 1u);
  const rapidjson::Value& ulku = *nodes["dipr:person/Ülkü"];
  EXPECT_STREQ(ulku["altLabel"]["@language"].GetString(), "tr-latn");

  // Properties the context has no term for keep compact IRIs.
  ASSERT_EQ(nodes.count("dipr:place/a%20b%3Ec"), 1u);
  const rapidjson::Value& place = *nodes["dipr:place/a%20b%3Ec"];
  ASSERT_TRUE(place["rdfs:comment"].IsArray());
  EXPECT_EQ(place["rdfs:comment"].Size(), 3u);
  EXPECT_STREQ(place["label"].GetString(), "");

  EXPECT_STREQ(nodes["dipr:Q42"]->operator[]("rdfs:seeAlso")["@id"].GetString(), "wd:Q42");
  EXPECT_STREQ(nodes["dipr:Q42"]->operator[]("dip:count")["@type"].GetString(), "xsd:integer");
}

TEST(JsonLdExporterTest, ValuesTheContextTypesOtherwiseKeepTheirOwnForm) {
  // A date that is not an xsd:date, a plain string and a literal under keys
  // that coerce: each must be written so that it expands back unchanged.
  rdf::Dataset dataset;
  const rdf::Term event = rdf::Term::Iri(vocab::Dipr("event/e"));
  dataset.Add(event, rdf::Term::Iri(vocab::Dip("date")), rdf::Term::Typed("2024", vocab::Xsd("gYear")));
  dataset.Add(event, rdf::Term::Iri(vocab::Dip("date")), rdf::Term::Literal("June 2024"));
  dataset.Add(event, rdf::Term::Iri(vocab::Dip("agent")), rdf::Term::Literal("someone"));
  dataset.Add(event, rdf::Term::Iri(vocab::Dip("target")), rdf::Term::Blank("b1"));
  dataset.Add(event, rdf::Term::Iri(vocab::Owl("sameAs")), rdf::Term::Iri("http://www.wikidata.org/entity/Q1"));
  dataset.Normalize();
  const std::string out = Export(*Make("jsonld"), dataset);
  EXPECT_THAT(out, HasSubstr("\"@type\": \"xsd:gYear\""));
  EXPECT_THAT(out, HasSubstr("\"target\": \"_:b1\""));
  EXPECT_THAT(out, HasSubstr("\"sameAs\": \"wd:Q1\""));
  EXPECT_EQ(Lines(ReadJsonLd(out)), Lines(dataset));
}

TEST(JsonLdExporterTest, KeepsFullIrisThatWouldNotExpandBack) {
  rdf::Dataset dataset;
  // A local part starting with "//" would be read as an absolute IRI.
  dataset.Add(rdf::Term::Iri(vocab::kSchema.data() + std::string("//odd")), rdf::Term::Iri(vocab::Dip("p")),
              rdf::Term::Iri("http://example.org/other"));
  dataset.Normalize();
  const std::string out = Export(*Make("jsonld"), dataset);
  EXPECT_THAT(out, HasSubstr("\"@id\": \"https://schema.org///odd\""));
  EXPECT_THAT(out, HasSubstr("\"@id\": \"http://example.org/other\""));
  EXPECT_EQ(Lines(ReadJsonLd(out)), Lines(dataset));

  // An IRI whose scheme is one of our prefixes cannot be written unambiguously.
  rdf::Dataset clash;
  clash.Add(rdf::Term::Iri("dip:oops"), rdf::Term::Iri(vocab::Dip("p")), rdf::Term::Literal("x"));
  std::string ignored;
  const Status status = Make("jsonld")->Write(clash, &ignored);
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("dip:oops"));
}

// --- Factory ------------------------------------------------------------------------------

TEST(ExporterFactoryTest, MakesEveryListedFormat) {
  EXPECT_EQ(ExporterNames(),
            (std::vector<std::string>{"turtle", "jsonld", "ntriples", "nquads", "trig", "html", "dot"}));
  for (const std::string& name : ExporterNames()) {
    std::unique_ptr<Exporter> exporter = Make(name);
    ASSERT_NE(exporter, nullptr);
    EXPECT_EQ(exporter->name(), name);
    EXPECT_EQ(exporter->concatenable(), name == "ntriples" || name == "nquads") << name;
    EXPECT_EQ(exporter->keeps_graphs(), name == "trig" || name == "nquads") << name;
    EXPECT_EQ(exporter->rdf(), name != "html" && name != "dot") << name;
  }
}

TEST(ExporterFactoryTest, UnknownFormatListsTheKnownOnes) {
  Result<std::unique_ptr<Exporter>> exporter = MakeExporter("bogus");
  ASSERT_FALSE(exporter.ok());
  EXPECT_EQ(exporter.status().code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(exporter.status().message(), HasSubstr("bogus"));
  for (const std::string& name : ExporterNames()) EXPECT_THAT(exporter.status().message(), HasSubstr(name));
  EXPECT_EQ(exporter.status().message().find('\n'), std::string::npos);
}

// --- Shared pieces --------------------------------------------------------------------------

TEST(EscapeIriTest, EncodesWhatAnIriCannotHold) {
  EXPECT_EQ(EscapeIri("https://w3id.org/diplograph/id/country/south-korea"),
            "https://w3id.org/diplograph/id/country/south-korea");
  EXPECT_EQ(EscapeIri("http://x/a b<c>\"d{e}|f^g`h\\i"), "http://x/a%20b%3Cc%3E%22d%7Be%7D%7Cf%5Eg%60h%5Ci");
  EXPECT_EQ(EscapeIri("http://x/\t\n\x7f"), "http://x/%09%0A%7F");
  EXPECT_EQ(EscapeIri("http://x/100%"), "http://x/100%25");
  EXPECT_EQ(EscapeIri("http://x/%zz%2f"), "http://x/%25zz%2f");
  EXPECT_EQ(EscapeIri("http://x/a#b#c"), "http://x/a#b%23c");
  EXPECT_EQ(EscapeIri("http://[::1]:80/p[1]"), "http://[::1]:80/p%5B1%5D");
  EXPECT_EQ(EscapeIri("http://x/Ülkü/北京"), "http://x/Ülkü/北京");
  EXPECT_EQ(EscapeIri("http://x/\xff"), "http://x/%FF");
  EXPECT_EQ(EscapeIri("http://x/\xc2\x85"), "http://x/%C2%85");          // C1 control
  EXPECT_EQ(EscapeIri("http://x/\xef\xbf\xbf"), "http://x/%EF%BF%BF");  // U+FFFF
  EXPECT_EQ(EscapeIri("http://x/?q=1&r=(2);s=!$'*+,@:~"), "http://x/?q=1&r=(2);s=!$'*+,@:~");
}

TEST(EscapeIriTest, IsIdempotent) {
  for (const std::string iri : {"http://x/a b%", "http://x/#a#b", "http://x/\xff\xfe", "http://x/%41"}) {
    const std::string once = EscapeIri(iri);
    EXPECT_EQ(EscapeIri(once), once) << iri;
  }
}

TEST(EscapeIriTest, RecognisesAbsoluteIris) {
  EXPECT_TRUE(HasIriScheme("https://x"));
  EXPECT_TRUE(HasIriScheme("urn:isbn:1"));
  EXPECT_FALSE(HasIriScheme(""));
  EXPECT_FALSE(HasIriScheme("relative/path"));
  EXPECT_FALSE(HasIriScheme("1http://x"));
  EXPECT_FALSE(HasIriScheme("/a:b"));
}

TEST(NormalizeTermTest, ReplacesMalformedUtf8AndNulInLiterals) {
  const auto text = [](const std::string& given) {
    Result<rdf::Term> term = NormalizeTerm(rdf::Term::Literal(given));
    EXPECT_TRUE(term.ok());
    return term.ok() ? term.value().value : std::string();
  };
  const std::string kFffd = "\xEF\xBF\xBD";
  EXPECT_EQ(text("Ülkü 北京 😀"), "Ülkü 北京 😀");
  EXPECT_EQ(text(std::string("a\0b", 3)), "a" + kFffd + "b");
  EXPECT_EQ(text("\xff"), kFffd);
  EXPECT_EQ(text("\xc0\xaf"), kFffd + kFffd);  // overlong '/'
  EXPECT_EQ(text("x\xe4\xb8"), "x" + kFffd);    // truncated
}

TEST(NormalizeTermTest, LowerCasesLanguagesAndDropsXsdString) {
  Result<rdf::Term> lang = NormalizeTerm(rdf::Term::LangString("x", "EN-GB"));
  ASSERT_TRUE(lang.ok());
  EXPECT_EQ(lang.value().lang, "en-gb");
  Result<rdf::Term> typed = NormalizeTerm(rdf::Term::Typed("x", vocab::Xsd("string")));
  ASSERT_TRUE(typed.ok());
  EXPECT_EQ(typed.value(), rdf::Term::Literal("x"));
  rdf::Term both = rdf::Term::LangString("x", "en");
  both.datatype = vocab::Xsd("date");
  Result<rdf::Term> lang_wins = NormalizeTerm(both);
  ASSERT_TRUE(lang_wins.ok());
  EXPECT_EQ(lang_wins.value(), rdf::Term::LangString("x", "en"));
  EXPECT_TRUE(NormalizeTerm(rdf::Term::Blank("b1")).ok());
  EXPECT_FALSE(NormalizeTerm(rdf::Term::Blank("")).ok());
}

// --- Serd/Sord wrappers ------------------------------------------------------------------

class LoadTurtleTest : public ::testing::Test {
 protected:
  Status Load(std::string_view turtle, std::string_view name) {
    return serd_sord::LoadTurtle(world_.get(), model_.get(), turtle, name);
  }
  size_t size() const { return sord_num_quads(model_.get()); }

  serd_sord::SordWorldPtr world_ = serd_sord::NewSordWorld();
  serd_sord::SordModelPtr model_ = serd_sord::NewSordModel(world_.get(), SORD_SPO | SORD_OPS, false);
};

TEST_F(LoadTurtleTest, LoadsStatementsIntoTheModel) {
  const Status status = Load(
      "@prefix ex: <http://example.org/> .\n"
      "ex:a ex:label \"Ülkü\"@tr , 1.5 ; ex:knows ex:b .\n",
      "lexicon.ttl");
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(size(), 3u);
  EXPECT_EQ(Lines(serd_sord::ToDataset(model_.get())),
            (std::vector<std::string>{
                "<http://example.org/a> <http://example.org/knows> <http://example.org/b>",
                "<http://example.org/a> <http://example.org/label> \"1.5\"^^<" + vocab::Xsd("decimal") + ">",
                "<http://example.org/a> <http://example.org/label> \"Ülkü\"@tr",
            }));

  SordWorld* world = world_.get();
  serd_sord::SordNodePtr a = serd_sord::NewUri(world, "http://example.org/a");
  serd_sord::SordNodePtr knows = serd_sord::NewUri(world, "http://example.org/knows");
  serd_sord::SordNodePtr b = serd_sord::NewUri(world, "http://example.org/b");
  EXPECT_TRUE(sord_ask(model_.get(), a.get(), knows.get(), b.get(), nullptr));
  serd_sord::SordNodePtr moved = std::move(b);
  EXPECT_FALSE(b);  // NOLINT(bugprone-use-after-move): documented state
  EXPECT_EQ(serd_sord::ToStringView(moved.get()), "http://example.org/b");
  // A non-ASCII literal read by Serd is found by a literal made through Sord's API.
  serd_sord::SordNodePtr label = serd_sord::NewLiteral(world, "Ülkü", {}, "tr");
  serd_sord::SordNodePtr label_property = serd_sord::NewUri(world, "http://example.org/label");
  EXPECT_TRUE(sord_ask(model_.get(), a.get(), label_property.get(), label.get(), nullptr));
  serd_sord::SordNodePtr number = serd_sord::NewLiteral(world, "1.5", vocab::Xsd("decimal"));
  EXPECT_TRUE(sord_ask(model_.get(), a.get(), label_property.get(), number.get(), nullptr));
}

TEST_F(LoadTurtleTest, ReportsSyntaxErrorsWithPositionAndLeavesTheModelUnchanged) {
  ASSERT_TRUE(Load("<http://x/a> <http://x/b> <http://x/c> .", "ok.ttl").ok());
  const Status status = Load(
      "@prefix ex: <http://example.org/> .\n"
      "ex:a ex:b ex:c .\n"
      "ex:a ex:b ex:d ex:e .\n",
      "triggers.ttl");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kParseError);
  EXPECT_THAT(status.message(), ::testing::MatchesRegex("triggers\\.ttl:3:[0-9]+: .+"));
  EXPECT_EQ(status.message().find('\n'), std::string::npos);
  EXPECT_EQ(size(), 1u);
}

TEST_F(LoadTurtleTest, ReportsUndefinedPrefixesBadIrisAndNulBytes) {
  Status status = Load("nope:a <http://x/b> <http://x/c> .\n", "a.ttl");
  EXPECT_EQ(status.code(), Status::Code::kParseError);
  EXPECT_THAT(status.message(), ::testing::StartsWith("a.ttl:"));
  EXPECT_THAT(status.message(), HasSubstr("nope:a"));

  status = Load("<http://x/a b> <http://x/b> <http://x/c> .\n", "b.ttl");
  EXPECT_EQ(status.code(), Status::Code::kParseError);
  EXPECT_THAT(status.message(), ::testing::StartsWith("b.ttl:1:"));

  status = Load(std::string("<http://x/a> <http://x/b>\n \0", 28), "c.ttl");
  EXPECT_EQ(status.code(), Status::Code::kParseError);
  EXPECT_EQ(status.message(), "c.ttl:2:2: NUL byte in input");

  status = Load("<a> <b> <c> .\n", "d.ttl");
  EXPECT_EQ(status.code(), Status::Code::kParseError);
  EXPECT_THAT(status.message(), ::testing::StartsWith("d.ttl:"));
  EXPECT_EQ(size(), 0u);
}

TEST(ParseRdfTest, KeepsGraphsAndReportsPositions) {
  Result<rdf::Dataset> read = serd_sord::ParseRdf(SERD_TRIG,
                                                  "@prefix ex: <http://x/> .\n"
                                                  "ex:g { ex:a ex:b ex:c . }\n"
                                                  "ex:h { ex:a ex:b ex:c . }\n",
                                                  "t.trig");
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(Lines(read.value()), (std::vector<std::string>{
                                     "<http://x/a> <http://x/b> <http://x/c> <http://x/g>",
                                     "<http://x/a> <http://x/b> <http://x/c> <http://x/h>",
                                 }));
  for (const char* empty : {"", "\n", "# nothing\n"}) {
    Result<rdf::Dataset> nothing = serd_sord::ParseRdf(SERD_TURTLE, empty, "e.ttl");
    ASSERT_TRUE(nothing.ok()) << nothing.status().message();
    EXPECT_TRUE(nothing.value().empty());
  }
  Result<rdf::Dataset> bad = serd_sord::ParseRdf(SERD_NTRIPLES, "<http://x/a> <http://x/b> .\n", "bad.nt");
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), ::testing::MatchesRegex("bad\\.nt:1:[0-9]+: .+"));
}

}  // namespace
}  // namespace diplograph
