// IRIs minted from names are valid IRIs whatever the name, and literals
// come back exactly (as exporters promise to write them) from every format.
//
//  - Slugify and DocumentIri on hostile names and ids: only [a-z0-9-] in a
//    slug, and the IRI needs no escaping at all;
//  - every IRI the pipeline mints from a hostile text is already valid;
//  - a literal holding quotes, backslashes, controls, NUL, malformed UTF-8,
//    markup or line separators reads back from Turtle, TriG, N-Triples and
//    N-Quads as NormalizeTerm makes it, and appears as such in JSON-LD; the
//    HTML data island never holds a raw '<'.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/export_quads.h"
#include "exporters/exporter.h"
#include "exporters/iri_escape.h"
#include "extractor/document.h"
#include "extractor/name_key.h"
#include "extractor/pipeline.h"
#include "extractor/utf8.h"
#include "ontology/graph_builder.h"
#include "ontology/lexicon_loader.h"
#include "ontology/vocabulary.h"
#include "tests/output_check.h"

namespace diplograph::testing {
namespace {

// Names a hostile document could carry, one per kind of trouble.
const std::vector<std::string>& HostileNames() {
  static const std::vector<std::string> kNames = {
      "Jo<h>n \"Q\" {Smith}|Ba^r`Baz",
      "back\\slash\\\\double",
      std::string("nul\0inside", 10),
      "tab\tnew\nline\rcarriage\x01\x1f\x7f",
      "percent %zz %41 #hash #two ?query [bracket]",
      "latin1 caf\xE9 overlong \xC0\xAF surrogate \xED\xA0\x80 high \xF4\x90\x80\x80 cut \xF0\x9F",
      "\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF \xE6\x9D\x8E\xE5\xBC\xBA \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD "
      "\xEA\xB9\x80\xEC\xB2\xA0\xEC\x88\x98 \xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xAE",
      "emoji \xF0\x9F\x98\x80 flag \xF0\x9F\x87\xB0\xF0\x9F\x87\xB7 zwj \xE2\x80\x8D rtl \xE2\x80\xAE",
      "private \xEE\x80\x80 nonchar \xEF\xBF\xBF \xF3\xA0\x80\x81 bom \xEF\xBB\xBF",
      "combining a\xCC\x81 nbsp\xC2\xA0sep\xE2\x80\xA8para\xE2\x80\xA9",
      "---", "", "   ", "'", "\xE2\x80\x99",
      std::string(5000, 'A') + " " + std::string(3000, '\xE5') ,
  };
  return kNames;
}

bool IsSlugChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

// A valid IRI needs no escaping, and holds nothing IRIREF forbids.
void ExpectValidIri(const std::string& iri) {
  EXPECT_TRUE(HasIriScheme(iri)) << iri;
  EXPECT_EQ(EscapeIri(iri), iri) << "not a valid IRI as minted";
  for (char c : iri) {
    const auto b = static_cast<unsigned char>(c);
    EXPECT_FALSE(b <= 0x20 || std::string_view("<>\"{}|^`\\").find(c) != std::string_view::npos)
        << "byte " << static_cast<int>(b) << " in " << iri.substr(0, 200);
  }
}

TEST(IriSafetyTest, SlugsHoldOnlyLowerCaseLettersDigitsAndSingleHyphens) {
  for (const std::string& name : HostileNames()) {
    SCOPED_TRACE(name.substr(0, 80));
    const std::string slug = Slugify(name);
    for (char c : slug) EXPECT_TRUE(IsSlugChar(c)) << "'" << c << "' in " << slug.substr(0, 200);
    EXPECT_EQ(slug.find("--"), std::string::npos) << slug.substr(0, 200);
    if (!slug.empty()) {
      EXPECT_NE(slug.front(), '-');
      EXPECT_NE(slug.back(), '-');
    }
    ExpectValidIri(vocab::Dipr("person/" + slug));
  }
}

TEST(IriSafetyTest, SlugsOfNamesWithLettersAreNeverEmpty) {
  EXPECT_EQ(Slugify("Jo<h>n"), "jo-h-n");
  EXPECT_EQ(Slugify("\xE6\x9D\x8E\xE5\xBC\xBA"), "u674eu5f3a");  // CJK: code points in hex
  EXPECT_FALSE(Slugify("\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF").empty());
  EXPECT_EQ(Slugify("<>\"{}|\\^`"), "");
}

TEST(IriSafetyTest, DocumentIrisAreValidForAnyId) {
  for (const std::string& id : HostileNames()) {
    SCOPED_TRACE(id.substr(0, 80));
    Document doc;
    doc.id = id;
    doc.text = "Norway met Iran.";
    const std::string iri = DocumentIri(doc);
    ExpectValidIri(iri);
    EXPECT_TRUE(iri.starts_with(vocab::Dipr("doc/"))) << iri;
  }
}

TEST(IriSafetyTest, DocumentIrisOfDistinctTextsDiffer) {
  Document a, b;
  a.id = b.id = "<>";  // the same (empty) slug
  a.text = "Norway met Iran.";
  b.text = "Iran met Norway.";
  EXPECT_NE(DocumentIri(a), DocumentIri(b));
}

// A document IRI ends in the low 32 bits of the text's 64-bit FNV-1a
// hash, in hex, whatever the text's length (the hash takes eight bytes a
// round, then the rest one by one): IRIs stay those of earlier releases.
TEST(IriSafetyTest, DocumentIrisEndInTheFnv1aOfTheText) {
  auto reference = [](std::string_view text) {
    uint64_t h = 1469598103934665603ull;
    for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (int shift = 28; shift >= 0; shift -= 4) hex += kHex[(h >> shift) & 0xF];
    return hex;
  };
  const std::string text = "Norway met Iran in Oslo on Tuesday \xE2\x80\x94 talks.";
  for (size_t n = 0; n <= text.size(); ++n) {
    Document doc;
    doc.id = "a";
    doc.text = text.substr(0, n);
    EXPECT_EQ(DocumentIri(doc), vocab::Dipr("doc/a-") + reference(doc.text)) << n;
  }
}

// The pipeline mints person, agreement, body and document IRIs from the
// text's own words: none may need escaping.
TEST(IriSafetyTest, EveryIriMintedFromAHostileTextIsValid) {
  auto lexicon = LoadLexicon(EmbeddedLexiconSources());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  const Pipeline pipeline(lexicon.value());
  std::string text = "Published: May 5, 2025\n\n";
  for (const std::string& name : HostileNames()) {
    text += "President " + name + " met Foreign Minister " + name + " in Oslo on Monday. The " + name +
            " Treaty was signed by Norway and Iran. The " + name + " ministry said " + name + " warned Iran.\n";
  }
  Document doc;
  doc.id = "hostile \"names\" <file>";
  doc.text = RepairUtf8(text);  // as the reader would
  ASSERT_TRUE(pipeline.Run(doc).ok());
  const rdf::Dataset graph = BuildDocumentGraph(doc);
  ASSERT_FALSE(graph.empty());
  size_t minted = 0;
  for (const rdf::Quad& q : graph.quads()) {
    for (const rdf::Term* term : {&q.subject, &q.predicate, &q.object}) {
      if (!term->is_iri()) continue;
      ExpectValidIri(term->value);
      minted += term->value.starts_with(vocab::Dipr(""));
    }
    if (!q.graph.empty()) ExpectValidIri(q.graph);
  }
  EXPECT_GT(minted, 10u);
}

// --- literals in every format ------------------------------------------------

// Every string value anywhere in a JSON document.
void CollectStrings(const rapidjson::Value& value, std::vector<std::string>* out) {
  if (value.IsString()) out->emplace_back(value.GetString(), value.GetStringLength());
  if (value.IsArray()) {
    for (const auto& item : value.GetArray()) CollectStrings(item, out);
  }
  if (value.IsObject()) {
    for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it) CollectStrings(it->value, out);
  }
}

const std::vector<std::string>& HostileLiterals() {
  static const std::vector<std::string> kLiterals = [] {
    std::vector<std::string> literals = HostileNames();
    for (const char* more : {"\"", "\\", "\"\"\"", "a\"\"\"b", "end with quote\"", "\"start", "x\\", "\\u0041 \\n \\t",
                             "</script><script>alert(1)</script>", "<!-- -->", "]]>", "&amp; &#x3c;",
                             "He said \"\b\f\" and \"\\\" and \"\r\" and \"\x01\"", "{\"json\": [1]}",
                             "@context @id", "_:blank", "<http://x.y/>"}) {
      literals.emplace_back(more);
    }
    return literals;
  }();
  return kLiterals;
}

rdf::Dataset LiteralDataset() {
  rdf::Dataset d;
  const std::string doc = vocab::Dipr("doc/literals");
  for (size_t i = 0; i < HostileLiterals().size(); ++i) {
    const rdf::Term s = rdf::Term::Iri(vocab::Dipr("event/" + std::to_string(i)));
    d.Add(s, rdf::Term::Iri(vocab::Rdf("type")), rdf::Term::Iri(vocab::Dip("Event")), doc);
    d.Add(s, rdf::Term::Iri(vocab::Dip("evidence")), rdf::Term::Literal(HostileLiterals()[i]), doc);
    d.Add(s, rdf::Term::Iri(vocab::Rdfs("label")), rdf::Term::LangString(HostileLiterals()[i], "en"), doc);
  }
  d.Normalize();
  return d;
}

// What every format must carry: the literals as NormalizeTerm writes them.
std::vector<std::string> ExpectedLiterals() {
  std::vector<std::string> out;
  for (const std::string& text : HostileLiterals()) {
    Result<rdf::Term> term = NormalizeTerm(rdf::Term::Literal(text));
    EXPECT_TRUE(term.ok());
    out.push_back(term.ok() ? term->value : "");
  }
  return out;
}

class LiteralFormatTest : public ::testing::TestWithParam<std::string> {};

TEST_P(LiteralFormatTest, HostileLiteralsReadBackExactly) {
  const std::string& format = GetParam();
  auto exporter = MakeExporter(format);
  ASSERT_TRUE(exporter.ok());
  const rdf::Dataset dataset = LiteralDataset();
  std::string out;
  ASSERT_TRUE((*exporter)->Write((*exporter)->keeps_graphs() ? dataset : dataset.Union(), &out).ok());
  rdf::Dataset parsed;
  ASSERT_EQ(OutputProblem(format, out, &parsed), "") << out.substr(0, 3000);
  const std::vector<std::string> expected = ExpectedLiterals();

  if (RdfSyntaxOf(format) != nullptr) {
    std::vector<std::string> evidence;
    const rdf::Dataset statements = parsed.Union();
    for (const rdf::Quad& q : statements.quads()) {
      if (q.predicate.value == vocab::Dip("evidence")) evidence.push_back(q.object.value);
    }
    for (const std::string& text : expected) {
      EXPECT_NE(std::find(evidence.begin(), evidence.end(), text), evidence.end())
          << "literal lost or changed: " << text.substr(0, 100);
    }
    return;
  }
  if (format == "jsonld") {
    rapidjson::Document json;
    json.Parse(out.data(), out.size());
    std::vector<std::string> strings;
    CollectStrings(json, &strings);
    for (const std::string& text : expected) {
      EXPECT_NE(std::find(strings.begin(), strings.end(), text), strings.end())
          << "literal lost or changed: " << text.substr(0, 100);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Formats, LiteralFormatTest, ::testing::ValuesIn(ExporterNames()));

}  // namespace
}  // namespace diplograph::testing
