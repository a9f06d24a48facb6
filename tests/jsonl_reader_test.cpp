// JSON Lines input (extractor/jsonl_reader.h): every field, every way a line
// can be unusable, line numbers and byte counts, and that a bad line never
// stops the reading.
#include "extractor/jsonl_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace diplograph {
namespace {

std::vector<JsonlRecord> ReadAll(const std::string& input) {
  std::istringstream in(input);
  JsonlReader reader(in, "corpus.jsonl", "corpus", ReaderOptions{});
  std::vector<JsonlRecord> records;
  JsonlRecord record;
  while (reader.Next(&record)) records.push_back(std::move(record));
  EXPECT_TRUE(reader.status().ok()) << reader.status().message();
  return records;
}

TEST(JsonlReaderTest, ReadsEveryField) {
  const auto records = ReadAll(
      R"({"id": "kr-1", "text": "Seoul summoned the Russian ambassador.", "date": "2024-06-20", )"
      R"("url": "https://example.org/kr-1", "source": "ignored"})"
      "\n");
  ASSERT_EQ(records.size(), 1u);
  const JsonlRecord& r = records[0];
  EXPECT_EQ(r.line, 1u);
  EXPECT_EQ(r.error, "");
  EXPECT_TRUE(r.notes.empty());
  ASSERT_TRUE(r.document);
  EXPECT_EQ(r.document->id, "kr-1");
  EXPECT_EQ(r.document->text, "Seoul summoned the Russian ambassador.");
  ASSERT_TRUE(r.document->published);
  EXPECT_EQ(r.document->published->ToIso(), "2024-06-20");
  EXPECT_EQ(r.document->url, "https://example.org/kr-1");
}

TEST(JsonlReaderTest, OnlyTextIsRequired) {
  const auto records = ReadAll("{\"text\": \"France met Italy.\"}\n{\"id\": 42, \"text\": \"Peru met Chile.\"}\n");
  ASSERT_EQ(records.size(), 2u);
  ASSERT_TRUE(records[0].document);
  EXPECT_EQ(records[0].document->id, "corpus-1") << "named after the input and line";
  EXPECT_FALSE(records[0].document->published);
  EXPECT_EQ(records[0].document->url, "");
  ASSERT_TRUE(records[1].document);
  EXPECT_EQ(records[1].document->id, "42");
}

TEST(JsonlReaderTest, TimestampsGiveTheirDay) {
  const auto records = ReadAll("{\"text\": \"x y\", \"date\": \"2025-03-11T09:30:00Z\"}\n");
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].document && records[0].document->published);
  EXPECT_EQ(records[0].document->published->ToIso(), "2025-03-11");
}

TEST(JsonlReaderTest, BadFieldsAreIgnoredWithANote) {
  const auto records = ReadAll(R"({"text": "x y", "date": "March 11", "url": 7})" "\n");
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].document);
  EXPECT_FALSE(records[0].document->published);
  ASSERT_EQ(records[0].notes.size(), 2u);
  EXPECT_NE(records[0].notes[0].find("corpus.jsonl:1: \"date\""), std::string::npos) << records[0].notes[0];
  EXPECT_NE(records[0].notes[1].find("\"url\""), std::string::npos) << records[0].notes[1];
}

TEST(JsonlReaderTest, BadLinesAreReportedByLineNumberAndReadingGoesOn) {
  const auto records = ReadAll(
      "{\"id\": \"a\", \"text\": \"France met Italy.\"}\n"
      "{\"id\": \"b\", \"text\": \"unterminated\n"
      "\n"
      "[1, 2]\n"
      "{\"id\": \"c\"}\n"
      "{\"id\": \"d\", \"text\": 5}\n"
      "{\"id\": [], \"text\": \"x\"}\n"
      "{\"id\": \"e\", \"text\": \"   \"}\n"
      "{\"id\": \"f\", \"text\": \"Peru met Chile.\"} trailing\n"
      "{\"id\": \"g\", \"text\": \"Peru met Chile.\"}");
  ASSERT_EQ(records.size(), 9u) << "the blank line is no record";
  const std::vector<std::pair<size_t, std::string>> expected = {
      {1, ""},
      {2, "corpus.jsonl:2: invalid JSON"},
      {4, "corpus.jsonl:4: not a JSON object"},
      {5, "corpus.jsonl:5: no \"text\""},
      {6, "corpus.jsonl:6: \"text\" is not a string"},
      {7, "corpus.jsonl:7: \"id\""},
      {8, "corpus.jsonl:8: e: empty document"},
      {9, "corpus.jsonl:9: invalid JSON"},
      {10, ""},
  };
  for (size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(records[i].line, expected[i].first);
    if (expected[i].second.empty()) {
      EXPECT_EQ(records[i].error, "");
      EXPECT_TRUE(records[i].document);
    } else {
      EXPECT_FALSE(records[i].document);
      EXPECT_TRUE(records[i].error.starts_with(expected[i].second)) << records[i].error;
    }
  }
}

TEST(JsonlReaderTest, CountsEveryByteOnce) {
  const std::string input = "\n{\"text\": \"France met Italy.\"}\r\n  \n{\"text\": \"Peru met Chile.\"}";
  const auto records = ReadAll(input);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].line, 2u);
  EXPECT_EQ(records[1].line, 4u);
  EXPECT_EQ(records[0].bytes + records[1].bytes, input.size());
  ASSERT_TRUE(records[0].document);
  EXPECT_EQ(records[0].document->text, "France met Italy.") << "a CRLF line end is not text";
}

TEST(JsonlReaderTest, TextIsRepairedAsForFiles) {
  const auto records = ReadAll("{\"id\": \"x\", \"text\": \"\\ufeffFrance met Italy. \xC3\x28\"}\n");
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].document);
  EXPECT_TRUE(records[0].document->text.starts_with("France")) << "byte-order mark dropped";
  ASSERT_EQ(records[0].notes.size(), 1u);
  EXPECT_NE(records[0].notes[0].find("UTF-8"), std::string::npos);
}

TEST(JsonlReaderTest, EmptyInputHasNoRecords) {
  EXPECT_TRUE(ReadAll("").empty());
  EXPECT_TRUE(ReadAll("\n\n   \n").empty());
}

}  // namespace
}  // namespace diplograph
