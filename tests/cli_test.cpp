// The command line as a user meets it: --help and --version, every format on
// the example article, every error as exactly one line on standard error with
// a non-zero exit status, --output that never leaves a half-written file or a
// temporary behind, and hostile inputs (invalid UTF-8, binary and empty
// files, a 5 MB line, CRLF, a byte-order mark).
//
// Error cases are a table: each names its arguments (with {tmp} for a fresh
// directory and {example} for examples/article.txt), the files to create
// first, and a string the one-line message must contain.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "exporters/exporter.h"
#include "ontology/serd_sord.h"
#include "tests/exporter_test_data.h"
#include "tests/test_support.h"

namespace diplograph::testing {
namespace {

namespace fs = std::filesystem;

const std::string kExample = SourcePath("examples/article.txt").string();
const std::string kBrief = SourcePath("examples/brief.txt").string();

// The non-empty lines of `text`.
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

// The names of the entries of `dir`, sorted.
std::vector<std::string> Listing(const fs::path& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// True when `s` is well-formed UTF-8 (no check for overlong forms; the
// point is that no stray byte reaches the output).
bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto lead = static_cast<unsigned char>(s[i]);
    size_t continuation = 0;
    if (lead < 0x80) {
      continuation = 0;
    } else if ((lead & 0xE0) == 0xC0) {
      continuation = 1;
    } else if ((lead & 0xF0) == 0xE0) {
      continuation = 2;
    } else if ((lead & 0xF8) == 0xF0) {
      continuation = 3;
    } else {
      return false;
    }
    if (i + continuation >= s.size() && continuation > 0) return false;
    for (size_t k = 1; k <= continuation; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += continuation + 1;
  }
  return true;
}

// The RDF formats; any other format (a picture of the graph) is only
// checked for content.
bool IsRdfFormat(const std::string& format) {
  return format == "turtle" || format == "jsonld" || format == "ntriples" || format == "nquads" ||
         format == "trig";
}

// Parses `text` as `format` with an independent reader (Serd for the RDF
// syntaxes, RapidJSON for JSON-LD's JSON). Returns an empty string when it
// parses, else the parser's message.
std::string ParseError(const std::string& format, const std::string& text) {
  if (!IsRdfFormat(format)) return text.empty() ? "no output" : "";
  if (format == "jsonld") {
    rapidjson::Document json;
    json.Parse(text.c_str(), text.size());
    if (json.HasParseError()) return "invalid JSON at offset " + std::to_string(json.GetErrorOffset());
    if (!json.IsObject() || !json.HasMember("@context")) return "no @context";
    return {};
  }
  static const std::map<std::string, SerdSyntax> kSyntaxes = {
      {"turtle", SERD_TURTLE}, {"trig", SERD_TRIG}, {"ntriples", SERD_NTRIPLES}, {"nquads", SERD_NQUADS}};
  auto syntax = kSyntaxes.find(format);
  Result<rdf::Dataset> read = serd_sord::ParseRdf(syntax->second, text, format);
  return read.ok() ? std::string() : read.status().message();
}

// The triples of an N-Triples text as sorted lines.
std::vector<std::string> Triples(const std::string& ntriples) {
  Result<rdf::Dataset> read = serd_sord::ParseRdf(SERD_NTRIPLES, ntriples, "ntriples");
  EXPECT_TRUE(read.ok()) << read.status().message();
  return read.ok() ? Lines(read.value()) : std::vector<std::string>{};
}

// The triples that name neither a document nor an event: what a document says
// about entities, independent of its file name and byte offsets.
std::vector<std::string> EntityTriples(const std::string& ntriples) {
  std::vector<std::string> out;
  for (const std::string& line : Triples(ntriples)) {
    if (line.find("/id/doc/") == std::string::npos && line.find("/id/event/") == std::string::npos) {
      out.push_back(line);
    }
  }
  return out;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

const std::string kDocumentType = "<" + std::string("http://www.w3.org/1999/02/22-rdf-syntax-ns#type") +
                                  "> <https://w3id.org/diplograph/ontology#Document>";

// --- --help and --version ----------------------------------------------------

TEST(CliTest, HelpListsEveryOptionAndFormat) {
  for (const char* flag : {"--help", "-h"}) {
    SCOPED_TRACE(flag);
    const CommandResult r = RunDiplograph({flag});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.err, "");
    for (const char* option : {"--help", "--version", "--format", "--output", "--lexicon", "--jobs",
                               "--log-level", "-f", "-o", "-l", "-j", "extract", "INPUT"}) {
      EXPECT_NE(r.out.find(option), std::string::npos) << option << " missing from\n" << r.out;
    }
    for (const std::string& format : ExporterNames()) {
      // Whole names: a list wrapped inside a name ("tr\n ig") would fail here.
      EXPECT_NE(r.out.find(format), std::string::npos) << format << " missing from\n" << r.out;
    }
  }
}

TEST(CliTest, HelpWinsOverOtherArguments) {
  const CommandResult r = RunDiplograph({"extract", "--format", "xml", "--help", "/nonexistent"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--format"), std::string::npos);
}

TEST(CliTest, VersionIsOneLine) {
  const CommandResult r = RunDiplograph({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  ASSERT_EQ(NonEmptyLines(r.out).size(), 1u) << r.out;
  EXPECT_TRUE(r.out.starts_with("diplograph ")) << r.out;
  EXPECT_NE(r.out.find_first_of("0123456789"), std::string::npos) << r.out;
}

TEST(CliTest, NoArgumentsPrintsUsageAndFails) {
  const CommandResult r = RunDiplograph({});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("Usage"), std::string::npos) << r.err;
}

// --- every format on the example -----------------------------------------------

class FormatTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FormatTest, WritesAParsableGraphOfTheExample) {
  const std::string format = GetParam();
  for (const char* flag : {"--format", "-f"}) {
    SCOPED_TRACE(flag);
    const CommandResult r = RunDiplograph({"extract", flag, format, kExample});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "") << "a clean article gives no warnings";
    EXPECT_EQ(ParseError(format, r.out), "") << r.out;
    EXPECT_NE(r.out.find("Kari Lunde"), std::string::npos) << r.out;
    EXPECT_TRUE(IsValidUtf8(r.out));
  }
}

TEST_P(FormatTest, OutputFileHoldsWhatStandardOutputWould) {
  const std::string format = GetParam();
  TempDir tmp;
  const fs::path out = tmp.path() / ("graph." + format);
  const CommandResult to_file = RunDiplograph({"extract", "--format", format, "--output", out.string(), kExample});
  EXPECT_EQ(to_file.exit_code, 0) << to_file.err;
  EXPECT_EQ(to_file.out, "");
  EXPECT_EQ(to_file.err, "");
  const CommandResult to_stdout = RunDiplograph({"extract", "--format", format, kExample});
  EXPECT_EQ(ReadFile(out), to_stdout.out);
  EXPECT_EQ(Listing(tmp.path()), std::vector<std::string>{out.filename().string()}) << "no temporary left";
}

INSTANTIATE_TEST_SUITE_P(Formats, FormatTest, ::testing::ValuesIn(ExporterNames()),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

TEST(CliTest, DefaultFormatIsTurtle) {
  const CommandResult plain = RunDiplograph({"extract", kBrief});
  const CommandResult turtle = RunDiplograph({"extract", "--format", "turtle", kBrief});
  EXPECT_EQ(plain.exit_code, 0);
  EXPECT_EQ(plain.out, turtle.out);
}

TEST(CliTest, UnknownFormatNamesEveryKnownFormat) {
  const CommandResult r = RunDiplograph({"extract", "--format", "rdfxml", kExample});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  ASSERT_EQ(NonEmptyLines(r.err).size(), 1u) << r.err;
  EXPECT_NE(r.err.find("rdfxml"), std::string::npos) << r.err;
  for (const std::string& format : ExporterNames()) {
    EXPECT_NE(r.err.find(format), std::string::npos) << format << " not named in: " << r.err;
  }
}

// --- errors: one line, non-zero -------------------------------------------------

struct ErrorCase {
  std::string name;
  std::vector<std::string> args;                            // {tmp}, {example} substituted
  std::vector<std::pair<std::string, std::string>> files;   // created in {tmp}; "x/" makes a directory
  std::string stdin_data;
  std::string mention;                                      // the message contains it ({tmp} substituted)
};

// Shown by GoogleTest (and ctest) instead of the struct's bytes.
void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.name; }

std::string Substitute(std::string s, const TempDir& tmp) {
  for (auto [key, value] : {std::pair<std::string, std::string>{"{tmp}", tmp.path().string()},
                            std::pair<std::string, std::string>{"{example}", kExample}}) {
    for (size_t pos = s.find(key); pos != std::string::npos; pos = s.find(key, pos + value.size())) {
      s.replace(pos, key.size(), value);
    }
  }
  return s;
}

const std::string kBinary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5c\x72\xa8\x66", 33);

std::vector<ErrorCase> ErrorCases() {
  return {
      {"UnknownFormat", {"extract", "--format", "xml", "{example}"}, {}, "", "xml"},
      {"MissingFile", {"extract", "{tmp}/absent.txt"}, {}, "", "{tmp}/absent.txt"},
      {"MissingFileBesideAGoodOne", {"extract", "{example}", "{tmp}/absent.txt"}, {}, "", "absent.txt"},
      {"NoInput", {"extract"}, {}, "", "INPUT"},
      {"UnknownCommand", {"summarize", "{example}"}, {}, "", "summarize"},
      {"BogusLogLevel", {"--log-level", "bogus", "extract", "{example}"}, {}, "", "bogus"},
      {"BogusLogLevelAfterCommand", {"extract", "{example}", "--log-level", "bogus"}, {}, "", "bogus"},
      {"UnknownOption", {"extract", "--frobnicate", "{example}"}, {}, "", "frobnicate"},
      {"OptionWithoutValue", {"extract", "{example}", "--format"}, {}, "", "format"},
      {"NegativeJobs", {"extract", "--jobs", "-1", "{example}"}, {}, "", "jobs"},
      {"JobsNotANumber", {"extract", "--jobs", "two", "{example}"}, {}, "", "jobs"},
      {"MissingLexicon", {"extract", "--lexicon", "{tmp}/absent.ttl", "{example}"}, {}, "", "absent.ttl"},
      {"MalformedLexicon",
       {"extract", "--lexicon", "{tmp}/bad.ttl", "{example}"},
       {{"bad.ttl", "@prefix x: <http://example.org/> .\nx:a x:b .\n"}},
       "",
       "bad.ttl:2"},
      // The message a lexicon's undefined prefix has always had.
      {"LexiconWithUndefinedPrefix",
       {"extract", "--lexicon", "{tmp}/undefined.ttl", "{example}"},
       {{"undefined.ttl", "@prefix x: <http://example.org/> .\ny:a x:b x:c .\n"}},
       "",
       "undefined.ttl: failed to expand CURIE `y:a'"},
      {"BinaryFileAlone", {"extract", "{tmp}/photo.png"}, {{"photo.png", kBinary}}, "", "photo"},
      {"EmptyFile", {"extract", "{tmp}/empty.txt"}, {{"empty.txt", ""}}, "", "empty"},
      {"BlankFile", {"extract", "{tmp}/blank.txt"}, {{"blank.txt", " \r\n\t\n  \n"}}, "", "blank"},
      {"EmptyStdin", {"extract", "-"}, {}, "", "stdin"},
      {"EmptyDirectory", {"extract", "{tmp}/d"}, {{"d/", ""}}, "", "document"},
      {"DirectoryOfHiddenFilesOnly", {"extract", "{tmp}/d"}, {{"d/.notes.txt", "France met Italy."}}, "",
       "document"},
      {"NothingUsable",
       {"extract", "{tmp}/d"},
       {{"d/a.bin", kBinary}, {"d/b.txt", ""}},
       "",
       "no usable documents"},
      {"OutputDirectoryMissing",
       {"extract", "--output", "{tmp}/no/such/dir/graph.ttl", "{example}"},
       {},
       "",
       "{tmp}/no/such/dir/graph.ttl"},
      {"OutputIsADirectory", {"extract", "--output", "{tmp}/d", "{example}"}, {{"d/", ""}}, "", "directory"},
  };
}

class ErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ErrorTest, FailsWithOneLineOnStandardError) {
  const ErrorCase& c = GetParam();
  TempDir tmp;
  for (const auto& [name, contents] : c.files) {
    if (name.ends_with("/")) {
      fs::create_directories(tmp.path() / name);
    } else {
      tmp.Write(name, contents);
    }
  }
  std::vector<std::string> args;
  for (const std::string& a : c.args) args.push_back(Substitute(a, tmp));
  const CommandResult r = RunDiplograph(args, c.stdin_data);
  EXPECT_NE(r.exit_code, 0);
  EXPECT_LT(r.exit_code, 128) << "killed by a signal: " << r.err;
  EXPECT_EQ(r.out, "");
  const std::vector<std::string> lines = NonEmptyLines(r.err);
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_TRUE(lines[0].starts_with("diplograph: ")) << lines[0];
  EXPECT_NE(lines[0].find(Substitute(c.mention, tmp)), std::string::npos) << lines[0];
}

INSTANTIATE_TEST_SUITE_P(Cases, ErrorTest, ::testing::ValuesIn(ErrorCases()),
                         [](const ::testing::TestParamInfo<ErrorCase>& p) { return p.param.name; });

// --- --output never leaves a half-written file ------------------------------------

struct FailedOutputCase {
  std::string name;
  std::vector<std::string> args;  // before "--output PATH"
};

void PrintTo(const FailedOutputCase& c, std::ostream* os) { *os << c.name; }

class FailedOutputTest : public ::testing::TestWithParam<FailedOutputCase> {};

TEST_P(FailedOutputTest, LeavesNoFileAndNoTemporary) {
  TempDir tmp;
  tmp.Write("bad.ttl", "not turtle at all");
  tmp.Write("photo.png", kBinary);
  const std::vector<std::string> before = Listing(tmp.path());
  std::vector<std::string> args;
  for (const std::string& a : GetParam().args) args.push_back(Substitute(a, tmp));
  args.push_back("--output");
  args.push_back((tmp.path() / "graph.out").string());
  const CommandResult r = RunDiplograph(args);
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(Listing(tmp.path()), before) << r.err;
}

TEST_P(FailedOutputTest, LeavesAnExistingFileUntouched) {
  TempDir tmp;
  tmp.Write("bad.ttl", "not turtle at all");
  tmp.Write("photo.png", kBinary);
  const fs::path out = tmp.Write("graph.out", "the previous graph\n");
  const std::vector<std::string> before = Listing(tmp.path());
  std::vector<std::string> args;
  for (const std::string& a : GetParam().args) args.push_back(Substitute(a, tmp));
  args.push_back("--output");
  args.push_back(out.string());
  const CommandResult r = RunDiplograph(args);
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(ReadFile(out), "the previous graph\n");
  EXPECT_EQ(Listing(tmp.path()), before) << r.err;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FailedOutputTest,
    ::testing::Values(FailedOutputCase{"UnknownFormat", {"extract", "--format", "xml", "{example}"}},
                      FailedOutputCase{"MissingInput", {"extract", "{tmp}/absent.txt"}},
                      FailedOutputCase{"BinaryInput", {"extract", "{tmp}/photo.png"}},
                      FailedOutputCase{"MalformedLexicon", {"extract", "--lexicon", "{tmp}/bad.ttl", "{example}"}},
                      FailedOutputCase{"BogusLogLevel", {"extract", "--log-level", "bogus", "{example}"}}),
    [](const ::testing::TestParamInfo<FailedOutputCase>& p) { return p.param.name; });

TEST(CliTest, OutputIntoAMissingDirectoryCreatesNothing) {
  TempDir tmp;
  const CommandResult r =
      RunDiplograph({"extract", "--output", (tmp.path() / "no" / "graph.ttl").string(), kExample});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(Listing(tmp.path()).empty());
}

TEST(CliTest, OutputReplacesAnExistingFile) {
  TempDir tmp;
  const fs::path out = tmp.Write("graph.nt", "stale\n");
  const CommandResult r = RunDiplograph({"extract", "-f", "ntriples", "-o", out.string(), kBrief});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(out), RunDiplograph({"extract", "-f", "ntriples", kBrief}).out);
  EXPECT_EQ(Listing(tmp.path()), std::vector<std::string>{"graph.nt"});
}

TEST(CliTest, StandardOutputWriteErrorIsReported) {
  if (!fs::exists("/dev/full") || !HaveTool("sh")) GTEST_SKIP() << "needs /dev/full and sh";
  const CommandResult r = RunCommand({"sh", "-c", "exec \"$0\" extract \"$1\" > /dev/full", DIPLOGRAPH_BIN, kExample});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(NonEmptyLines(r.err).size(), 1u) << r.err;
}

// --- inputs: stdin, directories, several files ------------------------------------

TEST(CliTest, TheDatelinesCityIsWhereTheDocumentWasFiledAndItsCreditTheAuthor) {
  const CommandResult r = RunDiplograph(
      {"extract", "-f", "ntriples", "-"},
      "Talks in Lima\n\nMANILA, Jan 9 (Reuters) - Chilean Foreign Minister Ana Rojas met Peruvian President "
      "Luis Soto.\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<https://schema.org/locationCreated> <https://w3id.org/diplograph/id/city/manila> ."),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("<https://w3id.org/diplograph/id/city/manila> "
                       "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                       "<https://w3id.org/diplograph/ontology#City> ."),
            std::string::npos);
  // The agency the dateline credits wrote it.
  EXPECT_NE(r.out.find("<https://schema.org/author> <https://w3id.org/diplograph/id/org/reuters> ."),
            std::string::npos)
      << r.out;
  // No dateline, no place of filing.
  const CommandResult none = RunDiplograph({"extract", "-f", "ntriples", "-"},
                                           "Chilean Foreign Minister Ana Rojas met Peruvian President Luis Soto.\n");
  EXPECT_EQ(none.out.find("locationCreated"), std::string::npos);
}

TEST(CliTest, DashReadsStandardInput) {
  const CommandResult from_file = RunDiplograph({"extract", "-f", "ntriples", kExample});
  const CommandResult from_stdin = RunDiplograph({"extract", "-f", "ntriples", "-"}, ReadFile(kExample));
  EXPECT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_EQ(from_stdin.err, "");
  EXPECT_FALSE(EntityTriples(from_stdin.out).empty());
  // Described groups ("two Russian trawlers") are minted under the
  // document's name, which is "stdin" for standard input.
  std::string renamed = from_stdin.out;
  for (size_t at = renamed.find("/id/vessel/stdin-"); at != std::string::npos;
       at = renamed.find("/id/vessel/stdin-", at + 1)) {
    renamed.replace(at, std::string("/id/vessel/stdin-").size(), "/id/vessel/article-");
  }
  EXPECT_NE(renamed, from_stdin.out);
  EXPECT_EQ(EntityTriples(renamed), EntityTriples(from_file.out));
  EXPECT_EQ(Count(from_stdin.out, kDocumentType), 1u);
}

TEST(CliTest, DirectoryIsReadRecursivelySkippingHiddenFiles) {
  TempDir tmp;
  tmp.Write("news/2025/brief.txt", ReadFile(kBrief));
  tmp.Write("news/article.txt", ReadFile(kExample));
  tmp.Write("news/.draft.txt", "Published: May 1, 2025\n\nPeru summoned the ambassador of Chile.\n");
  tmp.Write("news/.cache/old.txt", "Published: May 1, 2025\n\nKenya warned Uganda.\n");
  const CommandResult r = RunDiplograph({"extract", "-f", "ntriples", (tmp.path() / "news").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(Count(r.out, kDocumentType), 2u) << r.out;
  EXPECT_NE(r.out.find("Claire Hollis"), std::string::npos) << "the nested file is read";
  EXPECT_NE(r.out.find("Kari Lunde"), std::string::npos);
  EXPECT_EQ(r.out.find("/country/peru"), std::string::npos) << "a hidden file is read";
  EXPECT_EQ(r.out.find("/country/kenya"), std::string::npos) << "a hidden directory is read";
}

TEST(CliTest, SeveralInputsMakeOneGraph) {
  const CommandResult both = RunDiplograph({"extract", "-f", "ntriples", kExample, kBrief});
  EXPECT_EQ(both.exit_code, 0) << both.err;
  EXPECT_EQ(Count(both.out, kDocumentType), 2u);
  EXPECT_EQ(ParseError("ntriples", both.out), "");
  const std::vector<std::string> all = Triples(both.out);
  const std::set<std::string> merged(all.begin(), all.end());
  for (const std::string& one : {kExample, kBrief}) {
    for (const std::string& line : EntityTriples(RunDiplograph({"extract", "-f", "ntriples", one}).out)) {
      if (line.find("rdf-schema#label") != std::string::npos) continue;  // labels may merge
      EXPECT_TRUE(merged.count(line)) << "lost from " << one << ": " << line;
    }
  }
}

TEST(CliTest, LexiconOptionAddsEntities) {
  TempDir tmp;
  const fs::path lexicon = tmp.Write("extra.ttl",
                                     "@prefix dip: <https://w3id.org/diplograph/ontology#> .\n"
                                     "@prefix lex: <https://w3id.org/diplograph/lexicon#> .\n"
                                     "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                                     "<https://w3id.org/diplograph/id/org/nordic-fisheries-council>\n"
                                     "    a dip:InternationalOrganization ;\n"
                                     "    rdfs:label \"Nordic Fisheries Council\" ;\n"
                                     "    lex:abbreviation \"NFC\" .\n");
  const fs::path text = tmp.Write("nfc.txt", "Published: May 2, 2025\n\nOSLO, May 2 - The NFC condemned Russia on Friday.\n");
  const CommandResult without = RunDiplograph({"extract", "-f", "ntriples", text.string()});
  const CommandResult with = RunDiplograph({"extract", "-f", "ntriples", "--lexicon", lexicon.string(), text.string()});
  EXPECT_EQ(with.exit_code, 0) << with.err;
  EXPECT_EQ(without.out.find("Nordic Fisheries Council"), std::string::npos);
  EXPECT_NE(with.out.find("<https://w3id.org/diplograph/id/org/nordic-fisheries-council> "
                          "<http://www.w3.org/2000/01/rdf-schema#label> \"Nordic Fisheries Council\""),
            std::string::npos)
      << with.out;
}

TEST(CliTest, LogLevelInfoReportsASummary) {
  const CommandResult r = RunDiplograph({"extract", "--log-level", "info", kBrief});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("info"), std::string::npos) << r.err;
  const CommandResult quiet = RunDiplograph({"extract", "--log-level", "off", kBrief});
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(quiet.out, r.out);
}

// --- hostile inputs ------------------------------------------------------------------

TEST(HostileInputTest, InvalidUtf8IsRepairedWithAWarning) {
  TempDir tmp;
  const fs::path file = tmp.Write("latin1.txt",
                                  "Published: May 5, 2025\n\n"
                                  "PARIS, May 5 - French Foreign Minister Ren\xE9 Caf\xE9 met Spanish Foreign "
                                  "Minister Lucia Ortega in Paris on Monday. Truncated: \xF0\x9F\x98\n"
                                  "Stray bytes \xC3\x28 and \xFF\xFE here.\n");
  for (const std::string& format : ExporterNames()) {
    SCOPED_TRACE(format);
    const CommandResult r = RunDiplograph({"extract", "-f", format, file.string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const std::vector<std::string> lines = NonEmptyLines(r.err);
    ASSERT_EQ(lines.size(), 1u) << r.err;
    EXPECT_NE(lines[0].find("latin1"), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("UTF-8"), std::string::npos) << lines[0];
    EXPECT_TRUE(IsValidUtf8(r.out));
    EXPECT_EQ(ParseError(format, r.out), "") << r.out;
  }
}

TEST(HostileInputTest, BinaryFileBesideAGoodOneIsSkipped) {
  TempDir tmp;
  tmp.Write("in/photo.png", kBinary);
  tmp.Write("in/brief.txt", ReadFile(kBrief));
  const CommandResult good = RunDiplograph({"extract", "-f", "ntriples", kBrief});
  const CommandResult r = RunDiplograph({"extract", "-f", "ntriples", (tmp.path() / "in").string()});
  EXPECT_EQ(r.exit_code, 2) << "the exit status says a document was skipped\n" << r.err;
  EXPECT_EQ(r.out, good.out) << "the good file's graph is written";
  const std::vector<std::string> lines = NonEmptyLines(r.err);
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_NE(lines[0].find("photo"), std::string::npos) << lines[0];

  // The same with --output: the file is written.
  const fs::path out = tmp.path() / "graph.nt";
  const CommandResult to_file =
      RunDiplograph({"extract", "-f", "ntriples", "-o", out.string(), (tmp.path() / "in").string()});
  EXPECT_EQ(to_file.exit_code, 2);
  EXPECT_EQ(ReadFile(out), good.out);
}

TEST(HostileInputTest, EmptyFileBesideAGoodOneIsSkipped) {
  TempDir tmp;
  const fs::path empty = tmp.Write("empty.txt", "");
  const CommandResult r = RunDiplograph({"extract", "-f", "ntriples", kBrief, empty.string()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.out, RunDiplograph({"extract", "-f", "ntriples", kBrief}).out);
  EXPECT_NE(r.err.find("empty"), std::string::npos) << r.err;
}

// Prose on one 5 MB line with no newline at all: it must finish (in well
// under ctest's timeout) and give valid output.
TEST(HostileInputTest, FiveMegabyteLineWithoutNewline) {
  std::string prose = ReadFile(kExample);
  std::replace(prose.begin(), prose.end(), '\n', ' ');
  std::string big;
  const size_t kSize = 5 * 1024 * 1024;
  while (big.size() < kSize) big += prose;
  big.resize(kSize);
  while (!big.empty() && static_cast<unsigned char>(big.back()) >= 0x80) big.pop_back();  // whole characters
  TempDir tmp;
  const fs::path file = tmp.Write("one-line.txt", big);
  const fs::path out = tmp.path() / "graph.nt";
  // `timeout` turns a hang into a failure with a message instead of a ctest kill.
  std::vector<std::string> argv = {DIPLOGRAPH_BIN, "extract", "-f", "ntriples", "-o", out.string(), file.string()};
  if (HaveTool("timeout")) argv.insert(argv.begin(), {"timeout", "400"});
  const CommandResult r = RunCommand(argv);
  ASSERT_NE(r.exit_code, 124) << "did not finish within 400 s";
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string graph = ReadFile(out);
  EXPECT_EQ(ParseError("ntriples", graph), "");
  EXPECT_NE(graph.find("Kari Lunde"), std::string::npos);
}

// Regression guard for dense input: short sentences, each with a relation, on
// one 5 MB line. Before mentions and times were indexed by sentence, the
// relation stage scanned the whole document for every sentence and this ran
// for more than ten minutes; it now finishes in well under a minute.
TEST(HostileInputTest, FiveMegabytesOfShortSentences) {
  std::string big;
  const size_t kSize = 5 * 1024 * 1024;
  while (big.size() < kSize) big += "Germany condemned Iran on Monday. ";
  big.resize(kSize);
  TempDir tmp;
  const fs::path file = tmp.Write("dense.txt", big);
  const fs::path out = tmp.path() / "graph.nt";
  std::vector<std::string> argv = {DIPLOGRAPH_BIN, "extract", "-f", "ntriples", "-o", out.string(), file.string()};
  if (HaveTool("timeout")) argv.insert(argv.begin(), {"timeout", "400"});
  const CommandResult r = RunCommand(argv);
  ASSERT_NE(r.exit_code, 124) << "did not finish within 400 s";
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ParseError("ntriples", ReadFile(out)), "");
}

TEST(HostileInputTest, CrlfLineEndingsGiveTheSameEntitiesAndRelations) {
  std::string crlf;
  for (char c : ReadFile(kExample)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  TempDir tmp;
  const fs::path file = tmp.Write("article.txt", crlf);
  const CommandResult lf = RunDiplograph({"extract", "-f", "ntriples", kExample});
  const CommandResult r = RunDiplograph({"extract", "-f", "ntriples", file.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(EntityTriples(r.out), EntityTriples(lf.out));
  EXPECT_EQ(Count(r.out, "ontology#evidence> "), Count(lf.out, "ontology#evidence> "));
  EXPECT_EQ(r.out.find("\\r"), std::string::npos) << "a carriage return leaked into a literal";
}

// The text wrapped at `width` columns, as plain-text news feeds send it:
// each paragraph's words on lines of at most `width` bytes.
std::string HardWrapped(const std::string& text, size_t width) {
  std::string out, line;
  std::istringstream lines(text);
  for (std::string paragraph; std::getline(lines, paragraph);) {
    std::istringstream words(paragraph);
    line.clear();
    for (std::string word; words >> word;) {
      if (!line.empty() && line.size() + 1 + word.size() > width) {
        out += line + "\n";
        line.clear();
      }
      line += (line.empty() ? "" : " ") + word;
    }
    out += line + "\n";
  }
  return out;
}

TEST(HostileInputTest, HardWrappedTextGivesTheSameRelations) {
  TempDir tmp;
  const fs::path file = tmp.Write("article.txt", HardWrapped(ReadFile(kExample), 68));
  const CommandResult plain = RunDiplograph({"extract", "-f", "ntriples", kExample});
  const CommandResult r = RunDiplograph({"extract", "-f", "ntriples", file.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(EntityTriples(r.out), EntityTriples(plain.out));
  EXPECT_EQ(Count(r.out, "ontology#evidence> "), Count(plain.out, "ontology#evidence> "));
  EXPECT_EQ(r.out.find("\\n"), std::string::npos) << "a line break leaked into a literal";
}

TEST(HostileInputTest, ByteOrderMarkIsDropped) {
  TempDir tmp;
  // Same file name, so the same document: the output must not differ at all.
  const fs::path plain = tmp.Write("plain/article.txt", ReadFile(kExample));
  const fs::path bom = tmp.Write("bom/article.txt", "\xEF\xBB\xBF" + ReadFile(kExample));
  for (const std::string& format : ExporterNames()) {
    SCOPED_TRACE(format);
    const CommandResult a = RunDiplograph({"extract", "-f", format, plain.string()});
    const CommandResult b = RunDiplograph({"extract", "-f", format, bom.string()});
    EXPECT_EQ(b.exit_code, 0) << b.err;
    EXPECT_EQ(b.out, a.out);
    EXPECT_EQ(b.out.find("\xEF\xBB\xBF"), std::string::npos);
  }
}

TEST(HostileInputTest, NulBytesInTextDoNotCrash) {
  TempDir tmp;
  const fs::path file = tmp.Write("nul.txt", std::string("Published: May 5, 2025\n\nFrance met\0 Italy.\n", 43));
  const CommandResult r = RunDiplograph({"extract", "-f", "ntriples", file.string()});
  EXPECT_LT(r.exit_code, 128) << "crashed: " << r.err;
  EXPECT_LE(NonEmptyLines(r.err).size(), 1u) << r.err;
  if (r.exit_code == 0) {
    EXPECT_EQ(ParseError("ntriples", r.out), "");
  }
}

}  // namespace
}  // namespace diplograph::testing
