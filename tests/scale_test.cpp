// Corpus scale, end to end through the command line: output byte-identical
// for any --jobs; shards extracted separately join (sorted, de-duplicated
// N-Quads) to the whole in streaming mode; JSON Lines input, a bad line
// included; the merge of documents (one node and one label per entity, one
// direct triple per relation with an event per report); and --stream
// refusing formats whose outputs do not concatenate.
//
// The corpus is small synthetic articles written here, plus the seed
// articles and the examples where they exist.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ontology/rdf.h"
#include "ontology/serd_sord.h"
#include "ontology/vocabulary.h"
#include "tests/test_support.h"

namespace diplograph::testing {
namespace {

namespace fs = std::filesystem;

struct Nation {
  const char* name;
  const char* demonym;
  const char* capital;
};

constexpr Nation kNations[] = {
    {"Germany", "German", "Berlin"},   {"France", "French", "Paris"},    {"Japan", "Japanese", "Tokyo"},
    {"India", "Indian", "New Delhi"},  {"Brazil", "Brazilian", "Brasilia"}, {"Kenya", "Kenyan", "Nairobi"},
    {"Canada", "Canadian", "Ottawa"},  {"Poland", "Polish", "Warsaw"},   {"Egypt", "Egyptian", "Cairo"},
    {"Mexico", "Mexican", "Mexico City"}, {"Turkey", "Turkish", "Ankara"},
};
constexpr const char* kFirst[] = {"Anna", "Marek", "Yuki", "Ravi", "Lucas", "Amina", "Claire", "Omar"};
constexpr const char* kLast[] = {"Keller", "Nowak", "Tanaka", "Mehta", "Silva", "Otieno", "Dubois", "Haddad"};

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return s;
}

// A short article, different for every i; the same people recur across
// articles, so the merge has work to do.
std::string SyntheticArticle(size_t i) {
  constexpr size_t kN = std::size(kNations);
  const Nation& a = kNations[i % kN];
  const Nation& b = kNations[(i * 7 + 3) % kN == i % kN ? (i + 1) % kN : (i * 7 + 3) % kN];
  const std::string day = std::to_string(1 + i % 28);
  const std::string first_a = kFirst[i % 8], last_a = kLast[i % 8];
  const std::string first_b = kFirst[(i + 3) % 8], last_b = kLast[(i + 5) % 8];
  std::string text = "Published: May " + day + ", 2025\n\n";
  text += Upper(a.capital) + ", May " + day + " - " + a.demonym + " Foreign Minister " + first_a + " " + last_a +
          " met " + b.demonym + " Foreign Minister " + first_b + " " + last_b + " in " + a.capital +
          " on Monday. The two ministers discussed trade and security.\n\n";
  if (i % 2 == 0) text += std::string(a.name) + " condemned " + b.name + " on Tuesday.\n\n";
  if (i % 3 == 0) text += std::string(b.name) + " summoned the " + a.demonym + " ambassador on Wednesday.\n\n";
  if (i % 5 == 0) text += last_a + " warned " + b.name + " against any escalation, the ministry said.\n\n";
  text += "Share this article\n";
  return text;
}

// (name, text) of every document of the test corpus, sorted by name.
std::vector<std::pair<std::string, std::string>> CorpusDocuments() {
  std::vector<std::pair<std::string, std::string>> docs;
  for (size_t i = 0; i < 40; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "synthetic-%03zu", i);
    docs.emplace_back(name, SyntheticArticle(i));
  }
  for (const fs::path& seed : SeedArticles()) docs.emplace_back(seed.stem().string(), ReadFile(seed));
  for (const char* example : {"examples/article.txt", "examples/brief.txt"}) {
    if (fs::exists(SourcePath(example))) {
      docs.emplace_back(fs::path(example).stem().string(), ReadFile(SourcePath(example)));
    }
  }
  std::sort(docs.begin(), docs.end());
  return docs;
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string JsonLine(const std::string& id, const std::string& text, const std::string& extra = {}) {
  return "{\"id\": " + JsonString(id) + ", \"text\": " + JsonString(text) + extra + "}\n";
}

// Writes the documents as text files in `dir`.
void WriteTextFiles(const fs::path& dir, const std::vector<std::pair<std::string, std::string>>& docs) {
  fs::create_directories(dir);
  for (const auto& [name, text] : docs) {
    FILE* f = std::fopen((dir / (name + ".txt")).c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  }
}

std::vector<std::string> SortedUniqueLines(const std::string& text) {
  std::set<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    if (eol > pos) lines.insert(text.substr(pos, eol - pos));
    pos = eol + 1;
  }
  return {lines.begin(), lines.end()};
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

const std::string kDocumentType = "<" + vocab::Rdf("type") + "> <" + vocab::Dip("Document") + ">";

rdf::Dataset ParseNTriples(const std::string& text) {
  Result<rdf::Dataset> read = serd_sord::ParseRdf(SERD_NTRIPLES, text, "output");
  EXPECT_TRUE(read.ok()) << read.status().message();
  return read.ok() ? std::move(read).value() : rdf::Dataset();
}

class ScaleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    docs_ = CorpusDocuments();
    corpus_ = tmp_.path() / "corpus";
    WriteTextFiles(corpus_, docs_);
    std::string lines;
    for (const auto& [name, text] : docs_) lines += JsonLine(name, text);
    jsonl_ = tmp_.Write("corpus.jsonl", lines);
  }

  // Runs diplograph and expects success.
  std::string Extract(std::vector<std::string> args) {
    args.insert(args.begin(), "extract");
    const CommandResult r = RunDiplograph(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    return r.out;
  }

  TempDir tmp_;
  std::vector<std::pair<std::string, std::string>> docs_;
  fs::path corpus_;
  fs::path jsonl_;
};

// --- --jobs -----------------------------------------------------------------------

TEST_F(ScaleTest, OutputIsByteIdenticalForAnyJobCount) {
  ASSERT_GT(docs_.size(), 16u) << "more documents than one window of 4 jobs";
  struct Run {
    std::string format;
    std::vector<std::string> extra;
  };
  for (const Run& run : {Run{"ntriples", {}}, Run{"turtle", {}}, Run{"nquads", {}}, Run{"jsonld", {}},
                         Run{"nquads", {"--stream"}}, Run{"ntriples", {"--stream"}}}) {
    for (const std::string& input : {corpus_.string(), jsonl_.string()}) {
      SCOPED_TRACE(run.format + (run.extra.empty() ? "" : " --stream") + " " + input);
      std::string first;
      for (const char* jobs : {"1", "2", "4"}) {
        std::vector<std::string> args = {"-f", run.format, "--jobs", jobs, input};
        args.insert(args.end(), run.extra.begin(), run.extra.end());
        const std::string out = Extract(args);
        if (first.empty()) {
          first = out;
          EXPECT_FALSE(first.empty());
        } else {
          EXPECT_TRUE(out == first) << "--jobs " << jobs << " differs from --jobs 1";
        }
      }
    }
  }
}

TEST_F(ScaleTest, JsonLinesGiveTheSameGraphAsTheSameTextFiles) {
  // The document IRI comes from the id and the text, so a line whose id is
  // the file's stem gives exactly the file's graph.
  for (const char* format : {"ntriples", "nquads", "turtle"}) {
    SCOPED_TRACE(format);
    EXPECT_EQ(Extract({"-f", format, corpus_.string()}), Extract({"-f", format, jsonl_.string()}));
  }
}

// --- shards -------------------------------------------------------------------------

TEST_F(ScaleTest, ShardsJoinToTheWholeInStreamingNQuads) {
  constexpr size_t kShards = 3;
  std::vector<std::vector<std::pair<std::string, std::string>>> shards(kShards);
  for (size_t i = 0; i < docs_.size(); ++i) shards[i % kShards].push_back(docs_[i]);
  std::string text_joined, jsonl_joined;
  for (size_t s = 0; s < kShards; ++s) {
    const fs::path dir = tmp_.path() / ("shard-" + std::to_string(s));
    WriteTextFiles(dir, shards[s]);
    text_joined += Extract({"-f", "nquads", "--stream", "--jobs", "2", dir.string()});
    std::string lines;
    for (const auto& [name, text] : shards[s]) lines += JsonLine(name, text);
    const fs::path jsonl = tmp_.Write("shard-" + std::to_string(s) + ".jsonl", lines);
    jsonl_joined += Extract({"-f", "nquads", "--stream", jsonl.string()});
  }
  const std::vector<std::string> whole =
      SortedUniqueLines(Extract({"-f", "nquads", "--stream", corpus_.string()}));
  ASSERT_FALSE(whole.empty());
  EXPECT_TRUE(SortedUniqueLines(text_joined) == whole) << "text shards";
  EXPECT_TRUE(SortedUniqueLines(jsonl_joined) == whole) << "JSON Lines shards";
}

// --- streaming mode -----------------------------------------------------------------

TEST_F(ScaleTest, StreamingOneDocumentEqualsTheMergedOutput) {
  const fs::path one = corpus_ / (docs_.front().first + ".txt");
  for (const char* format : {"ntriples", "nquads"}) {
    SCOPED_TRACE(format);
    EXPECT_EQ(Extract({"-f", format, "--stream", one.string()}), Extract({"-f", format, one.string()}));
  }
}

TEST_F(ScaleTest, StreamingWritesEveryDocumentInInputOrder) {
  const std::string out = Extract({"-f", "nquads", "--stream", "--jobs", "3", corpus_.string()});
  // Each document's statements sit in its own named graph; the graphs come
  // in the order of the (sorted) file names.
  std::vector<std::string> graphs;                // in order of appearance
  std::map<std::string, std::string> graph_names;  // graph -> its document's schema:name
  const std::string name_predicate = "> <" + vocab::Schema("name") + "> \"";
  size_t pos = 0;
  while (pos < out.size()) {
    const size_t eol = out.find('\n', pos);
    ASSERT_NE(eol, std::string::npos);
    const std::string line = out.substr(pos, eol - pos);
    pos = eol + 1;
    const size_t g = line.rfind(" <https://w3id.org/diplograph/id/doc/");
    ASSERT_NE(g, std::string::npos) << line;
    const std::string graph = line.substr(g);
    if (graphs.empty() || graphs.back() != graph) graphs.push_back(graph);
    if (const size_t n = line.find(name_predicate); n != std::string::npos) {
      const size_t begin = n + name_predicate.size();
      graph_names[graph] = line.substr(begin, line.find('"', begin) - begin);
    }
  }
  ASSERT_EQ(graphs.size(), docs_.size()) << "one contiguous run of lines per document";
  for (size_t i = 0; i < docs_.size(); ++i) EXPECT_EQ(graph_names[graphs[i]], docs_[i].first) << i;
}

TEST_F(ScaleTest, StreamingToAFileWritesWhatStandardOutputWould) {
  const fs::path out = tmp_.path() / "graph.nq";
  const CommandResult r =
      RunDiplograph({"extract", "-f", "nquads", "--stream", "-o", out.string(), corpus_.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(ReadFile(out), Extract({"-f", "nquads", "--stream", corpus_.string()}));
}

TEST_F(ScaleTest, StreamingWithNothingUsableLeavesNoFile) {
  const fs::path bad = tmp_.Write("bad.jsonl", "{not json\n{\"id\": \"x\", \"text\": \"  \"}\n");
  const fs::path out = tmp_.path() / "graph.nt";
  const CommandResult r = RunDiplograph({"extract", "-f", "ntriples", "--stream", "-o", out.string(), bad.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(Count(r.err, "\n"), 1u) << r.err;
  EXPECT_NE(r.err.find("no usable documents"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
  for (const auto& entry : fs::directory_iterator(tmp_.path())) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << "temporary left";
  }
}

TEST_F(ScaleTest, StreamRefusesFormatsThatDoNotConcatenate) {
  for (const char* format : {"turtle", "jsonld", "trig"}) {
    SCOPED_TRACE(format);
    const CommandResult r = RunDiplograph({"extract", "-f", format, "--stream", corpus_.string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(Count(r.err, "\n"), 1u) << r.err;
    EXPECT_NE(r.err.find("--stream"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(format), std::string::npos) << r.err;
  }
}

// --- JSON Lines ---------------------------------------------------------------------

TEST_F(ScaleTest, JsonLinesWithABadLineSkipItAndGoOn) {
  const std::string lines = JsonLine("kr-1", docs_[0].second, ", \"date\": \"2024-06-20\", \"url\": \"https://example.org/kr-1\"") +
                            JsonLine("kr-2", docs_[1].second) + "{\"id\": \"kr-3\", \"text\": \"cut off\n" + "\n" +
                            JsonLine("kr-4", docs_[2].second);
  const fs::path file = tmp_.Write("news.ndjson", lines);
  for (const std::string format : {"ntriples", "nquads", "turtle"}) {
    SCOPED_TRACE(format);
    const CommandResult r = RunDiplograph({"extract", "-f", format, file.string()});
    EXPECT_EQ(r.exit_code, 2) << "a skipped line makes exit status 2\n" << r.err;
    EXPECT_EQ(Count(r.err, "\n"), 1u) << r.err;
    EXPECT_NE(r.err.find("news.ndjson:3:"), std::string::npos) << "names the line: " << r.err;
    if (format != "turtle") {
      EXPECT_EQ(Count(r.out, kDocumentType), 3u) << r.out;
      EXPECT_NE(r.out.find("<https://schema.org/datePublished> \"2024-06-20\"^^"), std::string::npos);
      EXPECT_NE(r.out.find("<https://schema.org/url> \"https://example.org/kr-1\"^^"), std::string::npos);
      EXPECT_EQ(r.out.find("kr-3"), std::string::npos);
    }
  }
}

TEST_F(ScaleTest, JsonLinesFromStandardInput) {
  const CommandResult r = RunDiplograph({"extract", "-f", "nquads", "--input-format", "jsonl", "-"}, ReadFile(jsonl_));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, Extract({"-f", "nquads", jsonl_.string()}));
}

TEST_F(ScaleTest, UnknownInputFormatIsOneLine) {
  const CommandResult r = RunDiplograph({"extract", "--input-format", "csv", corpus_.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(Count(r.err, "\n"), 1u) << r.err;
  EXPECT_NE(r.err.find("csv"), std::string::npos) << r.err;
}

// --- progress -----------------------------------------------------------------------

TEST_F(ScaleTest, ProgressIsDrawnOnATerminalAndErasedAtTheEnd) {
  if (!HaveTool("script")) GTEST_SKIP() << "needs script(1) (bsdutils) for a terminal";
  // Enough text to run well past the first redraw (250 ms) even on a fast
  // machine: the meter stays silent on shorter runs.
  std::string lines;
  for (int copy = 0; copy < 100; ++copy) {
    for (const auto& [name, text] : docs_) lines += JsonLine(name + "-" + std::to_string(copy), text);
  }
  const fs::path big = tmp_.Write("big.jsonl", lines);
  const fs::path out = tmp_.path() / "graph.nq";
  const std::string command = std::string(DIPLOGRAPH_BIN) + " extract -j 1 --stream -f nquads -o " +
                              out.string() + " " + big.string();
  const CommandResult r = RunCommand({"script", "-qfec", command, "/dev/null"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(fs::exists(out));
  // Only redrawn lines ("\r...\033[K"), never a new line, and the last
  // drawing erased.
  EXPECT_EQ(r.out.find('\n'), std::string::npos) << r.out;
  ASSERT_NE(r.out.find(" documents, "), std::string::npos) << "drawn at least once: " << r.out;
  EXPECT_TRUE(r.out.ends_with("\r\033[K")) << r.out;
  // Not on a file: standard error stays empty.
  const CommandResult quiet = RunDiplograph({"extract", "-j", "1", "--stream", "-f", "nquads", big.string()});
  EXPECT_EQ(quiet.err, "");
}

// --- merging documents --------------------------------------------------------------

// Every name an entity carries in `dataset`: its labels and alt labels.
std::map<std::string, std::set<std::string>> Names(const rdf::Dataset& dataset) {
  std::map<std::string, std::set<std::string>> names;
  for (const rdf::Quad& q : dataset.quads()) {
    if (q.predicate.value == vocab::Rdfs("label") || q.predicate.value == vocab::Skos("altLabel")) {
      names[q.subject.value].insert(q.object.value);
    }
  }
  return names;
}

TEST_F(ScaleTest, AnEntityInManyDocumentsIsOneNodeWithOneLabelAndEveryAltLabel) {
  const rdf::Dataset merged = ParseNTriples(Extract({"-f", "ntriples", corpus_.string()}));
  std::map<std::string, int> labels;
  for (const rdf::Quad& q : merged.quads()) {
    if (q.predicate.value == vocab::Rdfs("label")) ++labels[q.subject.value];
  }
  for (const auto& [subject, n] : labels) EXPECT_EQ(n, 1) << subject << " has " << n << " labels";
  // The union of the names each document gives, no more and no less.
  std::map<std::string, std::set<std::string>> expected;
  for (const auto& [name, text] : docs_) {
    const fs::path one = corpus_ / (name + ".txt");
    for (const auto& [subject, names] : Names(ParseNTriples(Extract({"-f", "ntriples", one.string()})))) {
      expected[subject].insert(names.begin(), names.end());
    }
  }
  EXPECT_TRUE(Names(merged) == expected);
}

TEST_F(ScaleTest, DifferentLabelsOfOneEntityMergeIntoOneLabel) {
  // "Park Jae-sung" and "Park Jae Sung" are one person (one IRI); across the
  // documents the smallest label stays and the other becomes an alt label.
  const fs::path dir = tmp_.path() / "park";
  WriteTextFiles(dir, {{"a", "Published: May 5, 2025\n\nSouth Korean Vice Foreign Minister Park Jae-sung met "
                             "Japanese Deputy Foreign Minister Kenji Mori in Seoul on Monday.\n"},
                       {"b", "Published: May 6, 2025\n\nSouth Korean Vice Foreign Minister Park Jae Sung met "
                             "Japanese Deputy Foreign Minister Kenji Mori in Tokyo on Tuesday.\n"}});
  const rdf::Dataset merged = ParseNTriples(Extract({"-f", "ntriples", dir.string()}));
  std::set<std::string> people, labels, alt_labels;
  size_t meetings = 0, met_with = 0;
  for (const rdf::Quad& q : merged.quads()) {
    if (q.subject.value.find("/person/park") == std::string::npos) {
      if (q.object.value == vocab::Dip("Meeting")) ++meetings;
      if (q.predicate.value == vocab::Dip("metWith")) ++met_with;
      continue;
    }
    people.insert(q.subject.value);
    if (q.predicate.value == vocab::Rdfs("label")) labels.insert(q.object.value);
    if (q.predicate.value == vocab::Skos("altLabel")) alt_labels.insert(q.object.value);
    if (q.predicate.value == vocab::Dip("metWith")) ++met_with;
  }
  EXPECT_EQ(people.size(), 1u);
  EXPECT_EQ(labels, std::set<std::string>{"Park Jae Sung"});
  EXPECT_TRUE(alt_labels.count("Park Jae-sung"));
  EXPECT_EQ(met_with, 1u) << "one direct triple for the relation both report";
  EXPECT_EQ(meetings, 2u) << "one event per report";
}

TEST_F(ScaleTest, OneRelationInSeveralDocumentsIsOneTripleWithAnEventPerReport) {
  const fs::path dir = tmp_.path() / "reports";
  WriteTextFiles(dir, {{"a", "Published: May 5, 2025\n\nGermany condemned Iran on Monday.\n"},
                       {"b", "Published: May 6, 2025\n\nBERLIN, May 6 - Berlin condemned Iran on Tuesday.\n"},
                       {"c", "Published: May 7, 2025\n\nThe Federal Republic of Germany condemned Iran again.\n"}});
  const rdf::Dataset merged = ParseNTriples(Extract({"-f", "ntriples", dir.string()}));
  const std::string germany = vocab::Dipr("country/germany"), iran = vocab::Dipr("country/iran");
  size_t direct = 0;
  std::set<std::string> events, sources;
  for (const rdf::Quad& q : merged.quads()) {
    if (q.subject.value == germany && q.predicate.value == vocab::Dip("condemned") && q.object.value == iran) {
      ++direct;
    }
    if (q.object.value == vocab::Dip("Condemnation")) events.insert(q.subject.value);
  }
  for (const rdf::Quad& q : merged.quads()) {
    if (events.count(q.subject.value) && q.predicate.value == vocab::Prov("wasDerivedFrom")) {
      sources.insert(q.object.value);
    }
  }
  EXPECT_EQ(direct, 1u);
  EXPECT_EQ(events.size(), 3u);
  EXPECT_EQ(sources.size(), 3u) << "each event derives from its own document";
  const std::set<std::string> germany_names = Names(merged)[germany];
  EXPECT_TRUE(germany_names.count("Germany"));
  EXPECT_TRUE(germany_names.count("Berlin")) << "the capital standing for its government";
  EXPECT_TRUE(germany_names.count("Federal Republic of Germany"));
}

}  // namespace
}  // namespace diplograph::testing
