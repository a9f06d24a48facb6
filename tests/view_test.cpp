// The pictures: --format dot must be valid Graphviz (checked with `dot
// -Tsvg` where Graphviz is installed) and --format html one self-contained,
// well-formed page whose data island survives any text; where Chromium is
// installed, the seeds' page is rendered headless and must have run its
// script, drawn every node and painted more than a blank page.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "exporters/dot_exporter.h"
#include "exporters/exporter.h"
#include "exporters/html_exporter.h"
#include "ontology/vocabulary.h"
#include "tests/test_support.h"

namespace diplograph {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::CommandResult;
using testing::HaveTool;
using testing::ReadFile;
using testing::RunCommand;
using testing::RunDiplograph;
using testing::SeedArticles;
using testing::SourcePath;
using testing::TempDir;

// Text no picture may break on: quotes, backslashes and escString
// sequences, line breaks, markup, script closers, braces, non-ASCII.
const std::string kAwkward = "Lee \"Do\" \\N back\\slash\nnext {x} -> <b>&amp; </script><!-- Ülkü 北京";

rdf::Dataset AwkwardDataset() {
  using rdf::Term;
  namespace v = vocab;
  rdf::Dataset d;
  const Term odd = Term::Iri(v::Dipr("person/odd"));
  const Term russia = Term::Iri(v::Dipr("country/russia"));
  const Term event = Term::Iri(v::Dipr("event/1"));
  d.Add(odd, Term::Iri(v::Rdf("type")), Term::Iri(v::Dip("Person")));
  d.Add(odd, Term::Iri(v::Rdfs("label")), Term::Literal(kAwkward));
  d.Add(russia, Term::Iri(v::Rdf("type")), Term::Iri(v::Dip("Country")));
  d.Add(russia, Term::Iri(v::Rdfs("label")), Term::Literal("Russia"));
  d.Add(odd, Term::Iri(v::Dip("metWith")), russia);
  d.Add(odd, Term::Iri(v::Dip("affiliatedWith")), russia);
  d.Add(event, Term::Iri(v::Rdf("type")), Term::Iri(v::Dip("Meeting")));
  d.Add(event, Term::Iri(v::Rdf("type")), Term::Iri(v::Dip("Event")));
  d.Add(event, Term::Iri(v::Dip("agent")), odd);
  d.Add(event, Term::Iri(v::Dip("target")), russia);
  d.Add(event, Term::Iri(v::Dip("date")), Term::Typed("2024-06-19", v::Xsd("date")));
  d.Add(event, Term::Iri(v::Dip("evidence")), Term::Literal("Said: " + kAwkward));
  d.Normalize();
  return d;
}

std::string Write(const std::string& format, const rdf::Dataset& dataset) {
  Result<std::unique_ptr<Exporter>> exporter = MakeExporter(format);
  EXPECT_TRUE(exporter.ok()) << exporter.status().message();
  if (!exporter.ok()) return {};
  EXPECT_FALSE(exporter.value()->rdf());
  std::string out;
  const Status status = exporter.value()->Write(dataset.Union(), &out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out;
}

std::vector<std::string> ExampleArticles() {
  return {SourcePath("examples/article.txt").string(), SourcePath("examples/brief.txt").string()};
}

// The seeds where present (what the brief asks to picture), else examples/.
std::vector<std::string> PictureInputs() {
  std::vector<std::string> out;
  for (const fs::path& seed : SeedArticles()) out.push_back(seed.string());
  return out.empty() ? ExampleArticles() : out;
}

CommandResult Extract(const std::string& format, const std::vector<std::string>& inputs) {
  std::vector<std::string> args = {"extract", "--format", format};
  args.insert(args.end(), inputs.begin(), inputs.end());
  CommandResult r = RunDiplograph(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// --- DOT ------------------------------------------------------------------------------------

TEST(DotExporterTest, QuotesEveryString) {
  EXPECT_EQ(DotQuote("plain"), "\"plain\"");
  EXPECT_EQ(DotQuote("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(DotQuote("a\\N\\"), "\"a\\\\N\\\\\"");
  EXPECT_EQ(DotQuote("one\ntwo\r\tthree"), "\"one two  three\"");
  EXPECT_EQ(DotQuote("Ülkü -> {x}"), "\"Ülkü -> {x}\"");
  EXPECT_EQ(DotQuote("AT&T &amp;"), "\"AT&amp;T &amp;amp;\"");
}

// Runs `dot -Tsvg` on `dot`; returns the SVG.
std::string DotToSvg(const std::string& dot) {
  TempDir dir;
  const fs::path file = dir.Write("graph.dot", dot);
  const CommandResult r = RunCommand({"dot", "-Tsvg", file.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err << "\n" << dot;
  EXPECT_EQ(r.err, "");
  EXPECT_THAT(r.out, HasSubstr("<svg"));
  return r.out;
}

TEST(DotExporterTest, AwkwardLabelsStayInsideTheirStrings) {
  const std::string dot = Write("dot", AwkwardDataset());
  EXPECT_EQ(dot.rfind("digraph diplograph {\n", 0), 0u);
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
  EXPECT_THAT(dot, HasSubstr("label=\"Lee \\\"Do\\\" \\\\N back\\\\slash next {x} -> <b>&amp;amp; </script><!-- Ülkü 北京\""));
  EXPECT_THAT(dot, HasSubstr("label=\"metWith\""));
  EXPECT_THAT(dot, HasSubstr("style=dashed"));  // the role
  EXPECT_THAT(dot, HasSubstr("Said: Lee"));     // evidence in the tooltip
}

TEST(DotExporterTest, EmptyGraphIsStillAGraph) {
  EXPECT_EQ(Write("dot", rdf::Dataset()),
            "digraph diplograph {\n"
            "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];\n"
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n"
            "  edge [fontname=\"Helvetica\", fontsize=9];\n"
            "}\n");
}

TEST(DotExporterTest, PicturesTheArticles) {
  const CommandResult r = Extract("dot", PictureInputs());
  EXPECT_EQ(r.out, Extract("dot", PictureInputs()).out) << "byte-stable";
  EXPECT_THAT(r.out, HasSubstr("label=\"metWith\""));
  EXPECT_THAT(r.out, HasSubstr(SeedArticles().empty() ? "label=\"Kari Lunde\"" : "label=\"Lee Do-hoon\""));
}

TEST(DotExporterTest, GraphvizReadsEveryPicture) {
  if (!HaveTool("dot")) GTEST_SKIP() << "Graphviz not found: install it (apt-get install graphviz) to check DOT output";
  // Graphviz shows the awkward label as written: the escapes did not change it.
  const std::string svg = DotToSvg(Write("dot", AwkwardDataset()));
  EXPECT_THAT(svg, HasSubstr("Lee &quot;Do&quot; \\N back\\slash next {x}"));
  EXPECT_THAT(svg, HasSubstr("&lt;b&gt;&amp;amp; &lt;/script&gt;"));
  DotToSvg(Write("dot", rdf::Dataset()));
  EXPECT_THAT(DotToSvg(Extract("dot", PictureInputs()).out), HasSubstr("metWith"));
}

// --- HTML -----------------------------------------------------------------------------------

constexpr std::string_view kIslandOpen = "<script type=\"application/json\" id=\"diplograph-data\">";

// The data island's JSON, or "" when the page has none.
std::string DataIsland(const std::string& html) {
  const size_t open = html.find(kIslandOpen);
  if (open == std::string::npos) return {};
  const size_t begin = open + kIslandOpen.size();
  return html.substr(begin, html.find("</script>", begin) - begin);
}

TEST(HtmlExporterTest, EscapesWhatCouldCloseTheScript) {
  EXPECT_EQ(EscapeJsonForScript("{\"a\":\"</script><!--\"}"), "{\"a\":\"\\u003c/script>\\u003c!--\"}");
}

TEST(HtmlExporterTest, PageIsWellFormedSelfContainedAndCarriesTheData) {
  const std::string html = Write("html", AwkwardDataset());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
  // Every element opened is closed (markup named in the script's comments
  // and strings is not markup).
  std::string markup = html;
  for (const std::string element : {"script>", "style>"}) {
    for (size_t open = markup.find("<" + element); open != std::string::npos;
         open = markup.find("<" + element, open + 1)) {
      const size_t close = markup.find("</" + element, open);
      markup.erase(open + element.size() + 1, close - open - element.size() - 1);
    }
  }
  for (const char* tag : {"html", "head", "body", "header", "main", "section", "svg", "table", "thead", "tbody",
                          "tr", "th", "style", "script", "noscript", "ul", "p", "h1", "h2", "title"}) {
    const std::regex open(std::string("<") + tag + "[ >]");
    const auto opened = std::distance(std::sregex_iterator(markup.begin(), markup.end(), open), std::sregex_iterator());
    EXPECT_EQ(static_cast<size_t>(opened), Count(markup, std::string("</") + tag + ">")) << tag;
  }
  // Two scripts, whatever the data says; nothing fetched.
  EXPECT_EQ(Count(html, "<script"), 2u);
  EXPECT_EQ(Count(html, "</script>"), 2u);
  EXPECT_EQ(Count(html, "<!--"), 0u);
  for (const char* fetch : {"src=", "href=", "<link", "<img", "<iframe", "@import", "url(http", "url(\"", "url('",
                            "fetch(", "XMLHttpRequest", "import("}) {
    EXPECT_THAT(html, Not(HasSubstr(fetch))) << fetch;
  }
  EXPECT_THAT(html, HasSubstr("Content-Security-Policy"));

  const std::string island = DataIsland(html);
  EXPECT_THAT(island, Not(HasSubstr("<")));
  rapidjson::Document data;
  data.Parse(island.c_str(), island.size());
  ASSERT_FALSE(data.HasParseError()) << island;
  ASSERT_TRUE(data.HasMember("nodes") && data.HasMember("edges") && data.HasMember("events"));
  ASSERT_EQ(data["nodes"].Size(), 2u);
  EXPECT_EQ(data["nodes"][1]["label"].GetString(), kAwkward);  // "person/odd" sorts after "country/russia"
  EXPECT_STREQ(data["nodes"][1]["type"].GetString(), "Person");
  ASSERT_EQ(data["edges"].Size(), 2u);
  EXPECT_STREQ(data["edges"][1]["predicate"].GetString(), "metWith");
  ASSERT_EQ(data["edges"][1]["evidence"].Size(), 1u);
  EXPECT_EQ(data["edges"][1]["evidence"][0].GetString(), "Said: " + kAwkward);
  ASSERT_EQ(data["events"].Size(), 1u);
  EXPECT_STREQ(data["events"][0]["date"].GetString(), "2024-06-19");
  EXPECT_STREQ(data["events"][0]["type"].GetString(), "Meeting");
}

TEST(HtmlExporterTest, ScriptAndStyleCannotEndTheirElementsEarly) {
  const std::string html = Write("html", rdf::Dataset());
  const size_t script = html.rfind("<script>");
  ASSERT_NE(script, std::string::npos);
  EXPECT_EQ(html.find("</", script + 8), html.find("</script>", script));
  const size_t style = html.find("<style>");
  EXPECT_EQ(html.find("</", style), html.find("</style>", style));
}

TEST(HtmlExporterTest, PicturesTheArticles) {
  const CommandResult r = Extract("html", PictureInputs());
  EXPECT_EQ(r.out, Extract("html", PictureInputs()).out) << "byte-stable";
  const std::string island = DataIsland(r.out);
  EXPECT_THAT(island, HasSubstr(SeedArticles().empty() ? "\"Kari Lunde\"" : "\"Lee Do-hoon\""));
  EXPECT_THAT(island, HasSubstr("\"predicate\":\"metWith\""));
}

// --- Rendered by Chromium -------------------------------------------------------------------

std::string Chromium() {
  if (fs::exists("/usr/bin/chromium")) return "/usr/bin/chromium";
  return HaveTool("chromium") ? "chromium" : "";
}

CommandResult RunChromium(const TempDir& dir, const std::vector<std::string>& args, const fs::path& page) {
  std::vector<std::string> argv;
  if (HaveTool("timeout")) argv = {"timeout", "120"};  // a wedged browser must not hang the suite
  argv.insert(argv.end(), {Chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           "--no-first-run", "--user-data-dir=" + (dir.path() / "profile").string()});
  argv.insert(argv.end(), args.begin(), args.end());
  argv.push_back("file://" + page.string());
  return RunCommand(argv);
}

// Width and height from a PNG's IHDR chunk, or {0, 0} when it is no PNG.
std::pair<uint32_t, uint32_t> PngSize(const std::string& png) {
  if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || png.compare(12, 4, "IHDR") != 0) {
    return {0, 0};
  }
  auto word = [&png](size_t at) {
    uint32_t v = 0;
    for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png[at + i]);
    return v;
  };
  return {word(16), word(20)};
}

TEST(HtmlRenderingTest, ChromiumRunsTheScriptAndDrawsEveryNode) {
  if (Chromium().empty()) GTEST_SKIP() << "Chromium not found: install it (apt-get install chromium) to render the page";
  SCOPED_TRACE(SeedArticles().empty() ? "examples/ (no seeds)" : "the seed articles");
  TempDir dir;
  const std::string html = Extract("html", PictureInputs()).out;
  const fs::path page = dir.Write("graph.html", html);
  rapidjson::Document data;
  const std::string island = DataIsland(html);
  data.Parse(island.c_str(), island.size());
  ASSERT_FALSE(data.HasParseError());
  ASSERT_GT(data["nodes"].Size(), 1u);

  const CommandResult dom = RunChromium(dir, {"--dump-dom"}, page);
  ASSERT_EQ(dom.exit_code, 0) << dom.err;
  EXPECT_THAT(dom.out, HasSubstr("data-drawn-nodes=\"" + std::to_string(data["nodes"].Size()) + "\""));
  EXPECT_THAT(dom.out, HasSubstr("data-drawn-edges=\"" + std::to_string(data["edges"].Size()) + "\""));
  EXPECT_THAT(dom.out, HasSubstr("<title>diplograph: " + std::to_string(data["nodes"].Size()) + " entities"));
  EXPECT_GE(Count(dom.out, "<circle"), data["nodes"].Size());
}

TEST(HtmlRenderingTest, ScreenshotShowsMoreThanABlankPage) {
  if (Chromium().empty()) GTEST_SKIP() << "Chromium not found: install it (apt-get install chromium) to render the page";
  TempDir dir;
  const fs::path page = dir.Write("graph.html", Extract("html", PictureInputs()).out);
  const fs::path blank = dir.Write("blank.html", "<!DOCTYPE html><html><head><title>blank</title></head><body></body></html>");
  const fs::path page_png = dir.path() / "graph.png";
  const fs::path blank_png = dir.path() / "blank.png";
  for (const auto& [html, png] : {std::pair{page, page_png}, std::pair{blank, blank_png}}) {
    const CommandResult r = RunChromium(dir, {"--screenshot=" + png.string(), "--window-size=1280,900"}, html);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_TRUE(fs::exists(png)) << r.err;
    EXPECT_EQ(PngSize(ReadFile(png)), (std::pair<uint32_t, uint32_t>{1280, 900}));
  }
  // A blank page compresses to a few kilobytes; nodes, edges and labels do not.
  EXPECT_GT(fs::file_size(page_png), 5 * fs::file_size(blank_png));
}

}  // namespace
}  // namespace diplograph
