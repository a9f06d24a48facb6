// JSON-LD for dashboards: the published context (ontology/context.jsonld)
// that the default output carries inline, and the event-centred layout
// (--jsonld-frame events): its shape, its order, its determinism, and that
// jsonld.js reads both layouts into the statements of the Turtle output
// (all of them, or a subset for the events layout).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/jsonld_context.h"
#include "extractor/predicate.h"
#include "ontology/serd_sord.h"
#include "ontology/vocabulary.h"
#include "tests/exporter_test_data.h"
#include "tests/js_tools.h"
#include "tests/test_support.h"

namespace diplograph {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::CommandResult;
using testing::Lines;
using testing::ReadFile;
using testing::RunCommand;
using testing::RunDiplograph;
using testing::SeedArticles;
using testing::SourcePath;
using testing::TempDir;

rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  EXPECT_FALSE(doc.HasParseError()) << "invalid JSON at offset " << doc.GetErrorOffset();
  return doc;
}

std::string Write(const std::string& format, const ExportOptions& options, const rdf::Dataset& dataset) {
  Result<std::unique_ptr<Exporter>> exporter = MakeExporter(format, options);
  EXPECT_TRUE(exporter.ok()) << exporter.status().message();
  if (!exporter.ok()) return {};
  std::string out;
  const Status status = exporter.value()->Write(dataset.Union(), &out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out;
}

std::string Events(const rdf::Dataset& dataset) { return Write("jsonld", {"events"}, dataset); }

// Three events as the graph builder writes them: two dated (out of order)
// and one undated, with their agents, targets, place and documents.
rdf::Dataset EventsDataset() {
  using rdf::Term;
  namespace v = vocab;
  rdf::Dataset d;
  const Term type = Term::Iri(v::Rdf("type"));
  const Term label = Term::Iri(v::Rdfs("label"));
  const Term lee = Term::Iri(v::Dipr("person/lee-do-hoon"));
  const Term rudenko = Term::Iri(v::Dipr("person/andrey-rudenko"));
  const Term korea = Term::Iri(v::Dipr("country/south-korea"));
  const Term russia = Term::Iri(v::Dipr("country/russia"));
  const Term moscow = Term::Iri(v::Dipr("city/moscow"));
  const Term doc = Term::Iri(v::Dipr("doc/a"));
  const Term undated_doc = Term::Iri(v::Dipr("doc/b"));
  d.Add(lee, type, Term::Iri(v::Dip("Person")));
  d.Add(lee, label, Term::Literal("Lee Do-hoon"));
  d.Add(rudenko, type, Term::Iri(v::Dip("Person")));
  d.Add(rudenko, label, Term::Literal("Andrey Rudenko"));
  d.Add(korea, type, Term::Iri(v::Dip("Country")));
  d.Add(korea, label, Term::Literal("South Korea"));
  d.Add(korea, Term::Iri(v::Owl("sameAs")), Term::Iri(std::string(v::kWikidata) + "Q884"));
  d.Add(russia, type, Term::Iri(v::Dip("Country")));
  d.Add(russia, label, Term::Literal("Russia"));
  d.Add(moscow, type, Term::Iri(v::Dip("City")));
  d.Add(moscow, label, Term::Literal("Moscow"));
  d.Add(doc, type, Term::Iri(v::Dip("Document")));
  d.Add(doc, Term::Iri(v::Schema("name")), Term::Literal("a"));
  d.Add(doc, Term::Iri(v::Schema("datePublished")), Term::Typed("2024-06-21", v::Xsd("date")));
  d.Add(undated_doc, type, Term::Iri(v::Dip("Document")));
  d.Add(undated_doc, Term::Iri(v::Schema("name")), Term::Literal("b"));
  struct Spec {
    const char* id;
    const char* cls;
    Term agent;
    Term target;
    const char* date;
    Term source;
  };
  const Spec specs[] = {
      {"event/3", "Meeting", rudenko, lee, "2024-06-19", doc},
      {"event/1", "Summons", korea, russia, "2024-06-21", doc},
      {"event/2", "Warning", russia, korea, "", undated_doc},
  };
  for (const Spec& spec : specs) {
    const Term event = Term::Iri(v::Dipr(spec.id));
    d.Add(event, type, Term::Iri(v::Dip(spec.cls)));
    d.Add(event, type, Term::Iri(v::Dip("Event")));
    d.Add(event, Term::Iri(v::Dip("agent")), spec.agent);
    d.Add(event, Term::Iri(v::Dip("target")), spec.target);
    if (*spec.date) d.Add(event, Term::Iri(v::Dip("date")), Term::Typed(spec.date, v::Xsd("date")));
    d.Add(event, Term::Iri(v::Prov("wasDerivedFrom")), spec.source);
    d.Add(event, Term::Iri(v::Dip("evidence")), Term::Literal(std::string("The sentence of ") + spec.id + " \"quoted\"."));
    d.Add(event, Term::Iri(v::Dip("evidenceStart")), Term::Typed("0", v::Xsd("nonNegativeInteger")));
    d.Add(event, Term::Iri(v::Dip("confidence")), Term::Typed("0.85", v::Xsd("decimal")));
    d.Add(event, Term::Iri(v::Dip("rule")), Term::Literal("test"));
  }
  d.Add(Term::Iri(v::Dipr("event/3")), Term::Iri(v::Dip("place")), moscow);
  d.Add(lee, Term::Iri(v::Dip("metWith")), rudenko);
  d.Normalize();
  return d;
}

// --- The published context -------------------------------------------------------------

TEST(PublishedContextTest, IsWhatBothLayoutsCarryInline) {
  const rapidjson::Document published = ParseJson(ReadFile(SourcePath("ontology/context.jsonld")));
  ASSERT_TRUE(published.IsObject() && published.HasMember("@context"));
  for (const std::string layout : {"", "events"}) {
    SCOPED_TRACE(layout.empty() ? "whole graph" : layout);
    const rapidjson::Document out = ParseJson(Write("jsonld", {layout}, EventsDataset()));
    ASSERT_TRUE(out.IsObject() && out.HasMember("@context"));
    EXPECT_TRUE(out["@context"] == published["@context"]) << "rebuild after editing ontology/context.jsonld";
  }
}

TEST(PublishedContextTest, DefinesTheContractPrefixesAndEveryPredicate) {
  Result<JsonLdContext> context = JsonLdContext::Parse(ReadFile(SourcePath("ontology/context.jsonld")));
  ASSERT_TRUE(context.ok()) << context.status().message();
  const rapidjson::Document doc = ParseJson(ReadFile(SourcePath("ontology/context.jsonld")));
  auto member = doc["@context"].MemberBegin();
  for (const auto& [prefix, iri] : vocab::Prefixes()) {
    ASSERT_NE(member, doc["@context"].MemberEnd());
    EXPECT_EQ(member->name.GetString(), prefix);
    EXPECT_EQ(member->value.GetString(), iri);
    ++member;
  }
  // Every predicate of the contract has a short key that reads IRIs.
  for (const PredicateInfo& info : AllPredicates()) {
    const JsonLdTerm* term = context->TermFor(vocab::Dip(info.local_name));
    ASSERT_NE(term, nullptr) << info.local_name;
    EXPECT_EQ(term->name, info.local_name);
    EXPECT_EQ(term->coercion, JsonLdTerm::Coercion::kId) << info.local_name;
    if (!info.event_class.empty()) {
      Result<std::string> type = context->CompactType(vocab::Dip(info.event_class));
      ASSERT_TRUE(type.ok());
      EXPECT_EQ(type.value(), info.event_class);
    }
  }
  struct Expected {
    std::string iri;
    std::string name;
    JsonLdTerm::Coercion coercion;
    std::string datatype;
  };
  using C = JsonLdTerm::Coercion;
  const std::vector<Expected> keys = {
      {vocab::Rdfs("label"), "label", C::kNone, ""},
      {vocab::Skos("altLabel"), "altLabel", C::kNone, ""},
      {vocab::Owl("sameAs"), "sameAs", C::kId, ""},
      {vocab::Dip("agent"), "agent", C::kId, ""},
      {vocab::Dip("target"), "target", C::kId, ""},
      {vocab::Dip("date"), "date", C::kDatatype, vocab::Xsd("date")},
      {vocab::Dip("evidence"), "evidence", C::kNone, ""},
      {vocab::Dip("confidence"), "confidence", C::kDatatype, vocab::Xsd("decimal")},
      {vocab::Prov("wasDerivedFrom"), "source", C::kId, ""},
      {vocab::Schema("datePublished"), "datePublished", C::kDatatype, vocab::Xsd("date")},
  };
  for (const Expected& key : keys) {
    const JsonLdTerm* term = context->TermFor(key.iri);
    ASSERT_NE(term, nullptr) << key.iri;
    EXPECT_EQ(term->name, key.name);
    EXPECT_EQ(term->coercion, key.coercion) << key.name;
    EXPECT_EQ(term->datatype, key.datatype) << key.name;
  }
  EXPECT_EQ(context->Keyword("@type"), "type");
  EXPECT_EQ(context->Keyword("@graph"), "events");
}

TEST(PublishedContextTest, RefusesWhatTheWritersDoNotUnderstand) {
  const std::vector<std::string> refused = {
      "[]",
      "{\"@context\": {\"@vocab\": \"https://x/\"}}",
      "{\"@context\": {\"a\": {\"@id\": \"https://x/a\", \"@container\": \"@list\"}}}",
      "{\"@context\": {\"a\": \"https://x/a\", \"a\": \"https://x/b\"}}",
      "{\"@context\": {\"a\": \"relative/a\"}}",
      "{\"@context\": {\"x:y\": \"https://x/a\"}}",
      "{\"@context\": {\"a\": 1}}",
  };
  for (const std::string& text : refused) {
    Result<JsonLdContext> context = JsonLdContext::Parse(text);
    EXPECT_FALSE(context.ok()) << text;
    if (!context.ok()) {
      EXPECT_EQ(context.status().message().find('\n'), std::string::npos);
    }
  }
}

// --- The events layout -------------------------------------------------------------------

TEST(EventsLayoutTest, OneObjectPerEventWithWhatADashboardShows) {
  const rapidjson::Document doc = ParseJson(Events(EventsDataset()));
  ASSERT_TRUE(doc.IsObject());
  ASSERT_EQ(doc.MemberCount(), 2u);
  EXPECT_STREQ(doc.MemberBegin()->name.GetString(), "@context");
  ASSERT_TRUE(doc.HasMember("events") && doc["events"].IsArray());
  const auto& events = doc["events"];
  ASSERT_EQ(events.Size(), 3u);

  // Dated events in date order, then undated ones.
  EXPECT_STREQ(events[0]["@id"].GetString(), "dipr:event/3");
  EXPECT_STREQ(events[1]["@id"].GetString(), "dipr:event/1");
  EXPECT_STREQ(events[2]["@id"].GetString(), "dipr:event/2");
  EXPECT_FALSE(events[2].HasMember("date"));

  const auto& meeting = events[0];
  EXPECT_STREQ(meeting["type"].GetString(), "Meeting");
  EXPECT_STREQ(meeting["agent"]["@id"].GetString(), "dipr:person/andrey-rudenko");
  EXPECT_STREQ(meeting["agent"]["label"].GetString(), "Andrey Rudenko");
  EXPECT_STREQ(meeting["agent"]["type"].GetString(), "Person");
  EXPECT_STREQ(meeting["target"]["label"].GetString(), "Lee Do-hoon");
  EXPECT_STREQ(meeting["date"].GetString(), "2024-06-19");
  EXPECT_STREQ(meeting["place"]["label"].GetString(), "Moscow");
  EXPECT_STREQ(meeting["evidence"].GetString(), "The sentence of event/3 \"quoted\".");
  EXPECT_STREQ(meeting["confidence"].GetString(), "0.85");
  EXPECT_STREQ(meeting["source"]["@id"].GetString(), "dipr:doc/a");
  EXPECT_STREQ(meeting["source"]["datePublished"].GetString(), "2024-06-21");
  EXPECT_STREQ(events[1]["agent"]["sameAs"].GetString(), "wd:Q884");
  // Only what a dashboard shows; the full graph has the rest.
  for (const auto& event : events.GetArray()) {
    for (const auto& member : event.GetObject()) {
      EXPECT_THAT((std::vector<std::string>{"@id", "type", "agent", "target", "date", "place", "evidence",
                                            "confidence", "source"}),
                  ::testing::Contains(member.name.GetString()));
    }
  }
}

TEST(EventsLayoutTest, IsByteStableWhateverTheStatementOrder) {
  const rdf::Dataset dataset = EventsDataset();
  const std::string first = Events(dataset);
  EXPECT_EQ(first, Events(dataset));
  std::vector<rdf::Quad> quads = dataset.quads();
  std::mt19937 shuffle(7);
  std::shuffle(quads.begin(), quads.end(), shuffle);
  rdf::Dataset shuffled;
  for (const rdf::Quad& quad : quads) shuffled.Add(quad);
  shuffled.Normalize();
  EXPECT_EQ(first, Events(shuffled));
}

TEST(EventsLayoutTest, EmptyGraphGivesNoEvents) {
  const rapidjson::Document doc = ParseJson(Events(rdf::Dataset()));
  ASSERT_TRUE(doc.HasMember("events"));
  EXPECT_TRUE(doc["events"].IsArray() && doc["events"].Empty());
}

TEST(EventsLayoutTest, FrameIsCheckedWhenTheExporterIsMade) {
  Result<std::unique_ptr<Exporter>> wrong_format = MakeExporter("turtle", {"events"});
  ASSERT_FALSE(wrong_format.ok());
  EXPECT_EQ(wrong_format.status().code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(wrong_format.status().message(), HasSubstr("jsonld"));
  Result<std::unique_ptr<Exporter>> unknown = MakeExporter("jsonld", {"timeline"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_THAT(unknown.status().message(), HasSubstr("timeline"));
  for (const std::string& frame : JsonLdFrameNames()) EXPECT_THAT(unknown.status().message(), HasSubstr(frame));
}

TEST(EventsLayoutTest, CommandLineWritesItAndRefusesItForOtherFormats) {
  const std::string example = SourcePath("examples/article.txt").string();
  const CommandResult r = RunDiplograph({"extract", "--format", "jsonld", "--jsonld-frame", "events", example});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const rapidjson::Document doc = ParseJson(r.out);
  ASSERT_TRUE(doc.IsObject() && doc.HasMember("events"));
  EXPECT_GT(doc["events"].Size(), 0u);
  EXPECT_EQ(r.out, RunDiplograph({"extract", "--format", "jsonld", "--jsonld-frame", "events", example}).out);

  const CommandResult wrong = RunDiplograph({"extract", "--format", "turtle", "--jsonld-frame", "events", example});
  EXPECT_NE(wrong.exit_code, 0);
  EXPECT_EQ(wrong.out, "");
  EXPECT_EQ(std::count(wrong.err.begin(), wrong.err.end(), '\n'), 1) << wrong.err;
}

// --- jsonld.js reads both layouts --------------------------------------------------------

// The statements jsonld.js finds in `file` (tests/js/to_nquads.mjs).
std::vector<std::string> JsonLdJsStatements(const fs::path& file) {
  const CommandResult r = RunCommand({"node", SourcePath("tests/js/to_nquads.mjs").string(), "jsonld", file.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  Result<rdf::Dataset> read = serd_sord::ParseRdf(SERD_NQUADS, r.out, "jsonld.js output");
  EXPECT_TRUE(read.ok()) << read.status().message();
  return read.ok() ? Lines(read.value()) : std::vector<std::string>{};
}

// Extracts `inputs` as Turtle (read back with Serd) and in both JSON-LD
// layouts (read with jsonld.js); the whole graph must match the Turtle, the
// events layout must be a subset holding every event.
void CheckExpansion(const std::vector<std::string>& inputs) {
  TempDir dir;
  auto extract = [&](std::vector<std::string> args, const std::string& name) {
    const fs::path out = dir.path() / name;
    args.insert(args.begin(), "extract");
    args.push_back("--output");
    args.push_back(out.string());
    args.insert(args.end(), inputs.begin(), inputs.end());
    const CommandResult r = RunDiplograph(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return out;
  };
  Result<rdf::Dataset> turtle = serd_sord::ParseRdf(
      SERD_TURTLE, ReadFile(extract({"--format", "turtle"}, "graph.ttl")), "graph.ttl");
  ASSERT_TRUE(turtle.ok()) << turtle.status().message();
  const std::vector<std::string> all = Lines(turtle.value());

  EXPECT_EQ(JsonLdJsStatements(extract({"--format", "jsonld"}, "graph.jsonld")), all);

  const fs::path events_file = extract({"--format", "jsonld", "--jsonld-frame", "events"}, "events.jsonld");
  const std::vector<std::string> events = JsonLdJsStatements(events_file);
  ASSERT_FALSE(events.empty());
  for (const std::string& line : events) {
    EXPECT_TRUE(std::binary_search(all.begin(), all.end(), line)) << "not in the full graph: " << line;
  }
  // Every event of the graph is in the layout.
  const rapidjson::Document doc = ParseJson(ReadFile(events_file));
  const std::string event_type = "> <" + vocab::Rdf("type") + "> <" + vocab::Dip("Event") + ">";
  const auto event_count = std::count_if(all.begin(), all.end(), [&](const std::string& line) {
    return line.find(event_type) != std::string::npos;
  });
  EXPECT_EQ(static_cast<long>(doc["events"].Size()), event_count);
}

TEST(JsonLdExpansionTest, ExamplesExpandToTheTurtleStatements) {
  DIPLOGRAPH_SKIP_WITHOUT_JS_TOOLS();
  CheckExpansion({SourcePath("examples/article.txt").string(), SourcePath("examples/brief.txt").string()});
}

TEST(JsonLdExpansionTest, SeedsExpandToTheTurtleStatements) {
  DIPLOGRAPH_SKIP_WITHOUT_JS_TOOLS();
  if (SeedArticles().empty()) GTEST_SKIP() << "../shared/seeds not found: the seed articles are not in this checkout";
  std::vector<std::string> inputs;
  for (const fs::path& seed : SeedArticles()) inputs.push_back(seed.string());
  CheckExpansion(inputs);
}

}  // namespace
}  // namespace diplograph
