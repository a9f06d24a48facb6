// Defined behaviour for bad documents, through the command line as a user
// meets it. Each kind of hostile input has a test: invalid UTF-8 (repaired,
// a warning naming the document), binary files and NUL bytes (skipped with a
// warning naming the document; the run goes on), empty files, a 50 MB file
// with no newline (cut at --max-bytes), CRLF and byte-order marks, HTML
// markup, extremely long names, many scripts, and names and file names
// holding characters unsafe in IRIs or JSON. For each, every output format
// must read back: Serd for the RDF syntaxes, RapidJSON for JSON-LD (and the
// HTML page's data island), and Raptor's rapper where it is installed.
//
// Exit statuses: 0 when every document was used, 2 when some were skipped,
// 1 when none was usable.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "ontology/serd_sord.h"
#include "tests/output_check.h"
#include "tests/test_support.h"

namespace diplograph::testing {
namespace {

namespace fs = std::filesystem;

const std::string kBrief = SourcePath("examples/brief.txt").string();
const std::string kArticle = SourcePath("examples/article.txt").string();
const std::string kDip = "https://w3id.org/diplograph/ontology#";

// A short document with a relation of its own, to write beside hostile ones.
const std::string kGood = "Published: May 5, 2025\n\nNorway condemned Iran on Monday.\n";

std::vector<std::string> NonEmptyLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    if (eol > pos) lines.push_back(text.substr(pos, eol - pos));
    pos = eol + 1;
  }
  return lines;
}

// What rapper says about `text` in `format`; empty when it reads it, or when
// rapper or a syntax for the format is missing.
std::string RapperProblem(const std::string& format, const std::string& text) {
  static const bool have_rapper = HaveTool("rapper");
  if (!have_rapper || RdfSyntaxOf(format) == nullptr) return {};
  TempDir tmp;
  const fs::path file = tmp.Write("out." + format, text);
  const CommandResult r = RunCommand({"rapper", "-q", "-i", format, "-c", file.string()});
  return r.exit_code == 0 ? std::string() : "rapper: " + r.err.substr(0, 2000);
}

// The direct relation triples (subject dip:predicate object, between
// entities) of an N-Triples text, as "s p o" lines.
std::set<std::string> RelationTriples(const std::string& ntriples) {
  std::set<std::string> out;
  Result<rdf::Dataset> read = serd_sord::ParseRdf(SERD_NTRIPLES, ntriples, "ntriples");
  EXPECT_TRUE(read.ok()) << read.status().message();
  if (!read.ok()) return out;
  for (const rdf::Quad& q : read->quads()) {
    const bool entity_subject = q.subject.value.find("/id/event/") == std::string::npos &&
                                q.subject.value.find("/id/doc/") == std::string::npos;
    if (entity_subject && q.object.is_iri() && q.predicate.value.starts_with(kDip)) {
      out.insert(q.subject.value + " " + q.predicate.value + " " + q.object.value);
    }
  }
  return out;
}

// Runs `args` + the inputs once per output format (and JSON-LD frame) and checks that each run
// exits with `status` and writes output every reader accepts. Returns the
// N-Triples run's result.
CommandResult ExtractInEveryFormat(const std::vector<std::string>& inputs, int status,
                                   const std::vector<std::string>& extra_args = {}) {
  CommandResult ntriples;
  std::vector<std::vector<std::string>> outputs;  // -f FORMAT [--jsonld-frame FRAME]
  for (const std::string& format : ExporterNames()) outputs.push_back({"-f", format});
  for (const std::string& frame : JsonLdFrameNames()) outputs.push_back({"-f", "jsonld", "--jsonld-frame", frame});
  for (const std::vector<std::string>& output : outputs) {
    const std::string& format = output[1];
    SCOPED_TRACE("format " + format + (output.size() > 2 ? " frame " + output[3] : ""));
    std::vector<std::string> args = {"extract"};
    args.insert(args.end(), output.begin(), output.end());
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    args.insert(args.end(), inputs.begin(), inputs.end());
    const CommandResult r = RunDiplograph(args);
    EXPECT_EQ(r.exit_code, status) << r.err;
    if (r.exit_code == 1) continue;
    EXPECT_EQ(OutputProblem(format, r.out), "") << r.out.substr(0, 3000);
    EXPECT_EQ(RapperProblem(format, r.out), "");
    if (format == "ntriples") ntriples = r;
  }
  return ntriples;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// --- invalid UTF-8 -----------------------------------------------------------

TEST(HostileInputTest, InvalidUtf8IsRepairedWithAWarningNamingTheDocument) {
  TempDir tmp;
  const fs::path file = tmp.Write("latin1-news.txt",
                                  "Published: May 5, 2025\n\nPARIS - Foreign Minister Ren\xE9 Dub\xE9 met "
                                  "Swiss Foreign Minister Anna Keller in Paris on Monday.\nCut: \xF0\x9F\x98\n"
                                  "Overlong \xC0\xAF, surrogate \xED\xA0\x80, too high \xF4\x90\x80\x80, lone \x80.\n");
  const CommandResult r = ExtractInEveryFormat({file.string()}, 0);
  const std::vector<std::string> lines = NonEmptyLines(r.err);
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_TRUE(Contains(lines[0], "latin1-news")) << lines[0];
  EXPECT_TRUE(Contains(lines[0], "UTF-8")) << lines[0];
  EXPECT_TRUE(Contains(r.out, "\xEF\xBF\xBD")) << "U+FFFD stands where the bad bytes were";
}

// --- binary files, NUL bytes, empty files ---------------------------------------

TEST(HostileInputTest, BinaryFileIsSkippedWithAWarningAndTheRunGoesOn) {
  TempDir tmp;
  std::string png = "\x89PNG\r\n\x1a\n";
  for (int i = 0; i < 4000; ++i) png.push_back(static_cast<char>((i * 37) & 0xFF));
  tmp.Write("in/picture.png", png);
  tmp.Write("in/good.txt", kGood);
  const CommandResult r = ExtractInEveryFormat({(tmp.path() / "in").string()}, 2);
  const std::vector<std::string> lines = NonEmptyLines(r.err);
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_TRUE(Contains(lines[0], "picture")) << lines[0];
  EXPECT_TRUE(Contains(lines[0], "binary")) << lines[0];
  EXPECT_TRUE(Contains(r.out, "#condemned>")) << "the good document's relation is there\n" << r.out;
}

TEST(HostileInputTest, TextWithANulByteIsSkippedAsBinary) {
  TempDir tmp;
  const fs::path nul = tmp.Write("with-nul.txt", std::string("Chile met Peru.\0 Peru met Chile.\n", 33));
  const fs::path good = tmp.Write("good.txt", kGood);
  const CommandResult r = ExtractInEveryFormat({nul.string(), good.string()}, 2);
  EXPECT_TRUE(Contains(r.err, "with-nul")) << r.err;
  EXPECT_TRUE(Contains(r.out, "#condemned>"));

  const CommandResult alone = RunDiplograph({"extract", nul.string()});
  EXPECT_EQ(alone.exit_code, 1);
  EXPECT_EQ(alone.out, "");
  ASSERT_EQ(NonEmptyLines(alone.err).size(), 1u) << alone.err;
  EXPECT_TRUE(Contains(alone.err, "with-nul")) << alone.err;
}

TEST(HostileInputTest, EmptyAndBlankFilesAreSkipped) {
  TempDir tmp;
  const fs::path empty = tmp.Write("empty.txt", "");
  const fs::path blank = tmp.Write("blank.txt", " \r\n\t\n\n   ");
  const fs::path bom_only = tmp.Write("bom-only.txt", "\xEF\xBB\xBF\n");
  const fs::path good = tmp.Write("good.txt", kGood);
  const CommandResult r = ExtractInEveryFormat({empty.string(), blank.string(), bom_only.string(), good.string()}, 2);
  for (const char* name : {"empty", "blank", "bom-only"}) EXPECT_TRUE(Contains(r.err, name)) << r.err;
  EXPECT_TRUE(Contains(r.out, "#condemned>"));
}

TEST(HostileInputTest, NothingUsableExitsOneWithOneLine) {
  TempDir tmp;
  tmp.Write("in/empty.txt", "");
  tmp.Write("in/binary.dat", std::string("\0\1\2\3\4\5", 6));
  const fs::path out = tmp.path() / "graph.ttl";
  const CommandResult r = RunDiplograph({"extract", "-o", out.string(), (tmp.path() / "in").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(NonEmptyLines(r.err).size(), 1u) << r.err;
  EXPECT_FALSE(fs::exists(out)) << "no output file when nothing was usable";
}

// --- size -------------------------------------------------------------------------

// 50 MB of prose on one line: cut at the default limit (10 MB) where no line
// end helps, with a warning; the cut document is used (exit 0).
TEST(HostileInputTest, FiftyMegabytesWithoutNewlineAreCutAtTheDefaultLimit) {
  std::string prose = ReadFile(kArticle);
  std::replace(prose.begin(), prose.end(), '\n', ' ');
  std::string big;
  big.reserve(50u << 20);
  while (big.size() < (50u << 20)) big += prose;
  big.resize(50u << 20);
  TempDir tmp;
  const fs::path file = tmp.Write("huge-line.txt", big);
  big.clear();
  const fs::path out = tmp.path() / "graph.nt";
  std::vector<std::string> argv = {DIPLOGRAPH_BIN, "extract", "-f", "ntriples", "-o", out.string(), file.string()};
  if (HaveTool("timeout")) argv.insert(argv.begin(), {"timeout", "500"});
  const CommandResult r = RunCommand(argv);
  ASSERT_NE(r.exit_code, 124) << "did not finish within 500 s";
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, "huge-line")) << r.err;
  EXPECT_TRUE(Contains(r.err, "10485760")) << "the warning names the limit\n" << r.err;
  const std::string graph = ReadFile(out);
  EXPECT_EQ(OutputProblem("ntriples", graph), "");
  EXPECT_TRUE(Contains(graph, "#metWith>"));
}

// --max-bytes: a document over the limit is cut at its last line end before
// the limit, so no sentence is cut in half.
TEST(HostileInputTest, MaxBytesCutsAtALineEnd) {
  TempDir tmp;
  std::string text = "Published: May 5, 2025\n\nNorway condemned Iran on Monday.\n";
  const size_t limit = text.size() + 10;
  text += "Sweden warned Denmark on Tuesday.\n";
  const fs::path file = tmp.Write("long.txt", text);
  const CommandResult r = ExtractInEveryFormat({file.string()}, 0, {"--max-bytes", std::to_string(limit)});
  EXPECT_TRUE(Contains(r.err, "long")) << r.err;
  EXPECT_TRUE(Contains(r.out, "#condemned>"));
  EXPECT_FALSE(Contains(r.out, "#warned>")) << "the sentence past the limit is gone";
  EXPECT_FALSE(Contains(r.out, "Sweden warned")) << "no half sentence as evidence";

  const CommandResult whole = RunDiplograph({"extract", "-f", "ntriples", "--max-bytes", "1000000", file.string()});
  EXPECT_EQ(whole.exit_code, 0);
  EXPECT_EQ(whole.err, "");
  EXPECT_TRUE(Contains(whole.out, "#warned>"));
}

TEST(HostileInputTest, MaxBytesMustBeAPositiveNumber) {
  for (const char* value : {"0", "-5", "ten", "1e3", ""}) {
    SCOPED_TRACE(value);
    const CommandResult r = RunDiplograph({"extract", "--max-bytes", value, kBrief});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.out, "");
    ASSERT_EQ(NonEmptyLines(r.err).size(), 1u) << r.err;
    EXPECT_TRUE(Contains(r.err, "max-bytes")) << r.err;
  }
}

// --- line ends, byte-order marks, markup -----------------------------------------

TEST(HostileInputTest, CrlfAndByteOrderMarkGiveTheSameRelations) {
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : ReadFile(kBrief)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  TempDir tmp;
  const fs::path file = tmp.Write("brief.txt", crlf);
  const CommandResult r = ExtractInEveryFormat({file.string()}, 0);
  EXPECT_EQ(r.err, "");
  const CommandResult plain = RunDiplograph({"extract", "-f", "ntriples", kBrief});
  EXPECT_EQ(RelationTriples(r.out), RelationTriples(plain.out));
  EXPECT_FALSE(Contains(r.out, "\\r")) << "a carriage return leaked into a literal";
}

TEST(HostileInputTest, HtmlMarkupDoesNotLeakIntoTheGraph) {
  TempDir tmp;
  const fs::path file = tmp.Write(
      "page.html.txt",
      "<!DOCTYPE html><html><head><title>News</title><style>p{color:red}</style>"
      "<script>var s = \"</p>\"; alert('x');</script></head><body>\n"
      "<p>Published: May 5, 2025</p>\n"
      "<p>Norway <b>condemned</b> Iran on Monday &amp; urged <i>calm</i>.</p>\n"
      "<div onclick=\"x()\">Sweden warned Denmark.</div><!-- comment --></body></html>\n");
  const CommandResult r = ExtractInEveryFormat({file.string()}, 0);
  // Whatever the extractor makes of the tags, no literal or IRI may carry a
  // raw '<' into the output unescaped: every format read back above.
  EXPECT_FALSE(Contains(r.out, "<script>")) << r.out;
}

// --- names --------------------------------------------------------------------------

TEST(HostileInputTest, ExtremelyLongNamesGiveValidOutput) {
  std::string word = "Z";
  word.append(100000, 'a');
  std::string hyphenated = "Ab";
  for (int i = 0; i < 2000; ++i) hyphenated += "-Cd";
  TempDir tmp;
  const fs::path file =
      tmp.Write("long-names.txt", "President " + word + " " + word + " met Prime Minister " + hyphenated +
                                      " in Oslo.\nForeign Minister " + std::string(5000, 'X') +
                                      " Yy said the " + std::string(3000, 'Q') + " Treaty was signed.\n");
  ExtractInEveryFormat({file.string()}, 0);
}

TEST(HostileInputTest, TextInManyScriptsGivesValidOutput) {
  TempDir tmp;
  const fs::path file = tmp.Write(
      "scripts.txt",
      "Published: May 5, 2025\n\n"
      "President \xD9\x85\xD8\xAD\xD9\x85\xD8\xAF \xD8\xB9\xD9\x84\xD9\x8A met Prime Minister "
      "\xE6\x9D\x8E\xE5\xBC\xBA in \xE5\x8C\x97\xE4\xBA\xAC on Monday.\n"
      "Foreign Minister \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2 "
      "warned Ambassador \xEA\xB9\x80\xEC\xB2\xA0\xEC\x88\x98 and \xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xAE "
      "\xE0\xA4\xB6\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xAE\xE0\xA4\xBE.\n"
      "\xF0\x9F\x87\xB0\xF0\x9F\x87\xB7 President \xF0\x9F\x98\x80 Smile met \xE2\x80\xAE"
      "Mirror\xE2\x80\xAC and Japan, \xE2\x80\x9Cquoted\xE2\x80\x9D \xEF\xBB\xBF zero\xE2\x80\x8Bwidth.\n");
  const CommandResult r = ExtractInEveryFormat({file.string()}, 0);
  EXPECT_EQ(r.err, "");
}

TEST(HostileInputTest, CharactersUnsafeInIrisOrJsonInNamesAndFileNames) {
  TempDir tmp;
  const std::string unsafe = "a<b>\"c{d}|e\\f^g`h 'i' \x01\x1f\x7f%zz%41#x#y";
  const fs::path file = tmp.Write(
      "in/" + unsafe + ".txt",
      "Published: May 5, 2025\n\n"
      "President Jo<h>n \"Q\" {Smith}|Ba^r`Baz met Foreign Minister Ann\\Marie Ov\x01" "e\x7fr in "
      "Pa{ris} on Monday.\nThe Bi<l>l Treaty of \"Fri|end\\ship\" was signed by Norway and Iran.\n"
      "</script><script>alert(1)</script> Norway condemned Iran.\n\"\\u0000\\\" }]} Sweden warned Denmark.\n");
  const CommandResult r = ExtractInEveryFormat({file.string()}, 0);
  EXPECT_TRUE(Contains(r.out, "#condemned>")) << r.out;
  // The file name is the document's schema:name, escaped as a literal.
  EXPECT_TRUE(Contains(r.out, "a<b>\\\"c{d}|e\\\\f^g`h")) << r.out;
}

// --- a folder of hostile files beside good ones ---------------------------------

TEST(HostileInputTest, HostileFolderStillYieldsEveryGoodDocument) {
  TempDir tmp;
  const fs::path in = tmp.path() / "corpus";
  tmp.Write("corpus/good/brief.txt", ReadFile(kBrief));
  tmp.Write("corpus/good/short.txt", kGood);
  tmp.Write("corpus/bad/binary.bin", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10) + std::string(500, '\0'));
  tmp.Write("corpus/bad/nul.txt", std::string("Norway met\0Iran.", 16));
  tmp.Write("corpus/bad/empty.txt", "");
  tmp.Write("corpus/bad/latin1.txt", "Ren\xE9 met Jos\xE9 in S\xE3o Paulo.\n");
  tmp.Write("corpus/bad/crlf-bom.txt", "\xEF\xBB\xBFNorway met Iran.\r\nIran met Norway.\r\n");
  tmp.Write("corpus/bad/markup.txt", "<p>Chile <b>met</b> Peru &amp; Bolivia</p><script>x</script>\n");
  tmp.Write("corpus/bad/scripts.txt", "\xE5\x8C\x97\xE4\xBA\xAC met \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0.\n");
  tmp.Write("corpus/bad/unsafe \"{|}\\^`<>.txt", "President A<b>c met Prime Minister D\\e\"f.\n");
  tmp.Write("corpus/bad/controls.txt", "Norway\x1b[31m met\x1b[0m Iran\x08\x08.\n");
  tmp.Write("corpus/bad/long-line.txt", std::string(200000, 'x') + " Norway met Iran.");

  const CommandResult r = ExtractInEveryFormat({in.string()}, 2);
  for (const char* name : {"binary", "nul", "empty", "latin1"}) EXPECT_TRUE(Contains(r.err, name)) << r.err;

  const std::set<std::string> all = RelationTriples(r.out);
  for (const std::string& good : {kBrief, (in / "good/short.txt").string()}) {
    const std::set<std::string> alone = RelationTriples(RunDiplograph({"extract", "-f", "ntriples", good}).out);
    EXPECT_FALSE(alone.empty()) << good;
    for (const std::string& triple : alone) EXPECT_TRUE(all.count(triple)) << "missing " << triple;
  }
}

}  // namespace
}  // namespace diplograph::testing
