// The analyst's queries (examples/queries/*.rq) on real output. The graph of
// the seed articles, and that of examples/ (so the test means something
// without ../shared), is loaded into Oxigraph once from Turtle and once from
// JSON-LD expanded by jsonld.js (tests/js/sparql.mjs); every query must give
// the same answers from both, and the answers must hold what the articles
// state.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "ontology/vocabulary.h"
#include "tests/js_tools.h"
#include "tests/test_support.h"

namespace diplograph {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::ReadFile;
using testing::RunCommand;
using testing::RunDiplograph;
using testing::SeedArticles;
using testing::SourcePath;
using testing::TempDir;

using Row = std::map<std::string, std::string>;  // variable -> lexical value; unbound ones absent
struct Answers {
  std::vector<std::string> vars;
  std::vector<Row> rows;
};
using AllAnswers = std::map<std::string, Answers>;  // by query file name

std::vector<fs::path> QueryFiles() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(SourcePath("examples/queries"))) {
    if (entry.path().extension() == ".rq") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> ExampleArticles() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(SourcePath("examples"))) {
    if (entry.path().extension() == ".txt") out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> SeedInputs() {
  std::vector<std::string> out;
  for (const fs::path& seed : SeedArticles()) out.push_back(seed.string());
  return out;
}

// The graph of `inputs` in `format`, written into `dir`.
fs::path Extract(const TempDir& dir, const std::string& format, const std::vector<std::string>& inputs) {
  const fs::path out = dir.path() / ("graph." + format);
  std::vector<std::string> args = {"extract", "--format", format, "--output", out.string()};
  args.insert(args.end(), inputs.begin(), inputs.end());
  const CommandResult r = RunDiplograph(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return out;
}

// The queries with their VALUES defaults (the seeds' actors) replaced.
std::vector<fs::path> QueriesWith(const TempDir& dir, const std::vector<std::pair<std::string, std::string>>& edits) {
  std::vector<fs::path> out;
  for (const fs::path& query : QueryFiles()) {
    std::string text = ReadFile(query);
    for (const auto& [from, to] : edits) {
      for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
      }
    }
    out.push_back(dir.Write("queries/" + query.filename().string(), text));
  }
  return out;
}

// tests/js/sparql.mjs's JSON output.
std::string RunQueries(const std::string& format, const fs::path& graph, const std::vector<fs::path>& queries) {
  std::vector<std::string> argv = {"node", SourcePath("tests/js/sparql.mjs").string(), format, graph.string()};
  for (const fs::path& query : queries) argv.push_back(query.string());
  const CommandResult r = RunCommand(argv);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return r.out;
}

AllAnswers ParseAnswers(const std::string& json) {
  AllAnswers all;
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  EXPECT_FALSE(doc.HasParseError()) << json.substr(0, 400);
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("queries")) return all;
  for (const rapidjson::Value& query : doc["queries"].GetArray()) {
    Answers& answers = all[query["query"].GetString()];
    for (const rapidjson::Value& var : query["vars"].GetArray()) answers.vars.emplace_back(var.GetString());
    for (const rapidjson::Value& row : query["rows"].GetArray()) {
      Row out;
      for (const auto& binding : row.GetObject()) {
        out[binding.name.GetString()] = std::string(binding.value.GetString(), binding.value.GetStringLength());
      }
      answers.rows.push_back(std::move(out));
    }
  }
  return all;
}

// True when some row has every binding of `wanted`.
bool HasRow(const Answers& answers, const Row& wanted) {
  return std::any_of(answers.rows.begin(), answers.rows.end(), [&](const Row& row) {
    return std::all_of(wanted.begin(), wanted.end(), [&](const auto& binding) {
      auto it = row.find(binding.first);
      return it != row.end() && it->second == binding.second;
    });
  });
}

std::string Show(const Answers& answers) {
  std::ostringstream out;
  for (const Row& row : answers.rows) {
    for (const auto& [var, value] : row) out << var << "=" << value.substr(0, 60) << "  ";
    out << "\n";
  }
  return out.str();
}

// Runs every query on `inputs` read from Turtle and from JSON-LD; checks the
// answers agree and returns them.
AllAnswers AnswersFromBothFormats(const std::vector<std::string>& inputs,
                                  const std::vector<std::pair<std::string, std::string>>& edits = {}) {
  TempDir dir;
  const std::vector<fs::path> queries = QueriesWith(dir, edits);
  const std::string from_turtle = RunQueries("turtle", Extract(dir, "turtle", inputs), queries);
  const std::string from_jsonld = RunQueries("jsonld", Extract(dir, "jsonld", inputs), queries);
  // Every query orders its rows completely, so the texts must match exactly.
  EXPECT_EQ(from_turtle, from_jsonld);
  AllAnswers answers = ParseAnswers(from_turtle);
  EXPECT_EQ(answers.size(), queries.size());
  return answers;
}

// --- The queries themselves ----------------------------------------------------------

TEST(QueryFilesTest, EachStatesItsQuestionAndUsesTheContractPrefixes) {
  const std::vector<fs::path> queries = QueryFiles();
  EXPECT_GE(queries.size(), 6u);
  std::map<std::string, std::string> prefixes(vocab::Prefixes().begin(), vocab::Prefixes().end());
  for (const fs::path& query : queries) {
    SCOPED_TRACE(query.filename().string());
    const std::string text = ReadFile(query);
    EXPECT_EQ(text.rfind("# ", 0), 0u) << "a query opens with a comment stating its question";
    EXPECT_THAT(text, ::testing::HasSubstr("SELECT"));
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("PREFIX ", 0) != 0) continue;
      const size_t colon = line.find(':');
      const std::string name = line.substr(7, colon - 7);
      const size_t open = line.find('<');
      const std::string iri = line.substr(open + 1, line.find('>') - open - 1);
      ASSERT_EQ(prefixes.count(name), 1u) << line;
      EXPECT_EQ(iri, prefixes[name]) << line;
    }
  }
}

// --- On the seed articles -------------------------------------------------------------

class SeedQueriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    DIPLOGRAPH_SKIP_WITHOUT_JS_TOOLS();
    if (SeedArticles().empty()) GTEST_SKIP() << "../shared/seeds not found: the seed articles are not in this checkout";
    // Node and Oxigraph take seconds to start: the tests of one run share
    // the answers.
    static const AllAnswers kAnswers = AnswersFromBothFormats(SeedInputs());
    answers_ = &kAnswers;
  }
  const Answers& Of(const std::string& query) {
    static const Answers kNone;
    auto it = answers_->find(query);
    EXPECT_NE(it, answers_->end()) << query << " was not run";
    return it == answers_->end() ? kNone : it->second;
  }

  const AllAnswers* answers_ = nullptr;
};

TEST_F(SeedQueriesTest, MeetingsNameBothPartiesWithTheSentence) {
  const Answers& meetings = Of("01-meetings.rq");
  const bool found = HasRow(meetings, {{"partyA", "Andrey Rudenko"}, {"partyB", "Lee Do-hoon"}}) ||
                     HasRow(meetings, {{"partyA", "Lee Do-hoon"}, {"partyB", "Andrey Rudenko"}});
  EXPECT_TRUE(found) << Show(meetings);
  for (const Row& row : meetings.rows) {
    EXPECT_EQ(row.count("evidence"), 1u);
    EXPECT_EQ(row.count("source"), 1u);
  }
}

TEST_F(SeedQueriesTest, SanctionsListSouthKoreasWithTargets) {
  const Answers& sanctions = Of("02-sanctions.rq");
  EXPECT_TRUE(HasRow(sanctions, {{"country", "South Korea"}})) << Show(sanctions);
  const bool vessels = std::any_of(sanctions.rows.begin(), sanctions.rows.end(), [](const Row& row) {
    return row.at("country") == "South Korea" && row.at("target").find("vessel") != std::string::npos;
  });
  EXPECT_TRUE(vessels) << "South Korea sanctioned four vessels\n" << Show(sanctions);
}

TEST_F(SeedQueriesTest, TimelineRunsInDateOrderBetweenTheTwoCountries) {
  const Answers& timeline = Of("03-timeline.rq");
  EXPECT_TRUE(HasRow(timeline, {{"what", "Summons"}, {"target", "Georgi Zinoviev"}})) << Show(timeline);
  std::string previous;
  bool undated_seen = false;
  for (const Row& row : timeline.rows) {
    auto when = row.find("when");
    if (when == row.end()) {
      undated_seen = true;
      continue;
    }
    EXPECT_FALSE(undated_seen) << "dated rows come first";
    EXPECT_LE(previous, when->second);
    previous = when->second;
  }
}

TEST_F(SeedQueriesTest, ActorProfileHasRolesCounterpartsAndEvents) {
  const Answers& actor = Of("04-actor.rq");
  EXPECT_TRUE(HasRow(actor, {{"aspect", "role"}, {"relation", "ambassadorTo"}, {"counterpart", "Russia"}}))
      << Show(actor);
  EXPECT_TRUE(HasRow(actor, {{"relation", "Meeting"}, {"counterpart", "Andrey Rudenko"}})) << Show(actor);
}

TEST_F(SeedQueriesTest, SourcesOfAClaimAreSeveralArticles) {
  const Answers& sources = Of("05-sources.rq");
  std::vector<std::string> documents;
  for (const Row& row : sources.rows) {
    EXPECT_NE(row.at("evidence").find("South Korea"), std::string::npos) << row.at("evidence");
    documents.push_back(row.at("source"));
  }
  std::sort(documents.begin(), documents.end());
  documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
  EXPECT_GE(documents.size(), 2u) << "Putin's warning to South Korea is reported by several articles\n"
                                  << Show(sources);
}

TEST_F(SeedQueriesTest, WikidataLinksIncludePutin) {
  const Answers& wikidata = Of("06-wikidata.rq");
  EXPECT_TRUE(HasRow(wikidata, {{"label", "Vladimir Putin"}, {"wikidata", "http://www.wikidata.org/entity/Q7747"}}))
      << Show(wikidata);
  for (const Row& row : wikidata.rows) EXPECT_EQ(row.at("wikidata").rfind(vocab::kWikidata, 0), 0u);
}

TEST_F(SeedQueriesTest, MostActiveActorsComeFirst) {
  const Answers& active = Of("07-most-active.rq");
  ASSERT_FALSE(active.rows.empty());
  std::map<std::string, std::pair<int, int>> per_actor;  // total, sum of the kinds' counts
  int previous_total = 1 << 30;
  for (const Row& row : active.rows) {
    const int total = std::stoi(row.at("total"));
    EXPECT_LE(total, previous_total);
    previous_total = total;
    per_actor[row.at("actor")].first = total;
    per_actor[row.at("actor")].second += std::stoi(row.at("events"));
  }
  for (const auto& [actor, counts] : per_actor) EXPECT_EQ(counts.first, counts.second) << actor;
  EXPECT_EQ(per_actor.count("South Korea"), 1u);
}

// --- On examples/, which every checkout has ----------------------------------------------

TEST(ExampleQueriesTest, AnswersAgreeAndHoldTheArticlesFacts) {
  DIPLOGRAPH_SKIP_WITHOUT_JS_TOOLS();
  AllAnswers answers = AnswersFromBothFormats(
      ExampleArticles(), {{"(\"South Korea\" \"Russia\")", "(\"Norway\" \"Russia\")"},
                          {"\"Lee Do-hoon\"", "\"Kari Lunde\""},
                          {"(\"Vladimir Putin\" dip:warned \"South Korea\")", "(\"Norway\" dip:summoned \"Pavel Orlov\")"}});
  const Answers& meetings = answers["01-meetings.rq"];
  EXPECT_TRUE(HasRow(meetings, {{"partyA", "Einar Magnusson"}, {"partyB", "Kari Lunde"}, {"date", "2025-03-11"}}))
      << Show(meetings);
  EXPECT_TRUE(HasRow(answers["02-sanctions.rq"], {{"country", "Norway"}})) << Show(answers["02-sanctions.rq"]);
  EXPECT_TRUE(HasRow(answers["03-timeline.rq"], {{"what", "Summons"}, {"target", "Pavel Orlov"}}))
      << Show(answers["03-timeline.rq"]);
  EXPECT_TRUE(HasRow(answers["04-actor.rq"], {{"relation", "Meeting"}, {"counterpart", "Einar Magnusson"}}))
      << Show(answers["04-actor.rq"]);
  EXPECT_TRUE(HasRow(answers["05-sources.rq"], {{"subject", "Norway"}, {"object", "Pavel Orlov"}}))
      << Show(answers["05-sources.rq"]);
  EXPECT_TRUE(HasRow(answers["06-wikidata.rq"], {{"label", "Norway"}})) << Show(answers["06-wikidata.rq"]);
  EXPECT_FALSE(answers["07-most-active.rq"].rows.empty());
  for (const auto& [query, result] : answers) EXPECT_FALSE(result.vars.empty()) << query;
}

TEST(ExampleQueriesTest, BrokenQueryFailsLoudly) {
  // Guards the harness: a query Oxigraph rejects must fail the run, not
  // return no rows.
  DIPLOGRAPH_SKIP_WITHOUT_JS_TOOLS();
  TempDir dir;
  const fs::path graph = Extract(dir, "turtle", ExampleArticles());
  const fs::path bad = dir.Write("bad.rq", "SELECT ?x WHERE { ?x ?p }");
  const CommandResult r = RunCommand({"node", SourcePath("tests/js/sparql.mjs").string(), "turtle", graph.string(),
                                      bad.string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_THAT(r.err, ::testing::HasSubstr("bad.rq"));
}

}  // namespace
}  // namespace diplograph
