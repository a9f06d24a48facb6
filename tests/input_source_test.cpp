// The command line's inputs as one stream of documents (cli/input_source.h),
// the output sink and the progress line: text files and JSON Lines mixed in
// input order, format detection, byte counts for progress, and what a
// progress line says.
#include "cli/input_source.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "cli/output_sink.h"
#include "cli/progress.h"
#include "tests/test_support.h"

namespace diplograph::cli {
namespace {

using testing::TempDir;

struct Read {
  std::vector<std::string> ids;  // "!" + error for a skipped item
  uint64_t bytes = 0;
};

Read ReadAll(InputSource& source) {
  Read out;
  InputItem item;
  for (;;) {
    Result<bool> more = source.Next(&item);
    EXPECT_TRUE(more.ok()) << more.status().message();
    if (!more.ok() || !more.value()) break;
    out.ids.push_back(item.document ? item.document->id : "!" + item.error);
    out.bytes += item.bytes;
  }
  return out;
}

TEST(InputSourceTest, MixesTextFilesAndJsonLinesInInputOrder) {
  TempDir tmp;
  const auto a = tmp.Write("a.txt", "France met Italy.\n");
  const auto b = tmp.Write("b.jsonl", "{\"id\": \"b1\", \"text\": \"Peru met Chile.\"}\n{bad\n{\"id\": \"b3\", \"text\": \"x y\"}\n");
  const auto c = tmp.Write("c.ndjson", "{\"id\": \"c1\", \"text\": \"Kenya met Uganda.\"}\n");
  std::istringstream no_stdin;
  InputSource source({a.string(), b.string(), c.string()}, InputFormat::kAuto, ReaderOptions{}, no_stdin);
  ASSERT_TRUE(source.total_bytes());
  const uint64_t total = *source.total_bytes();
  const Read read = ReadAll(source);
  ASSERT_EQ(read.ids.size(), 5u);
  EXPECT_EQ(read.ids[0], "a");
  EXPECT_EQ(read.ids[1], "b1");
  EXPECT_TRUE(read.ids[2].starts_with("!" + b.string() + ":2: invalid JSON")) << read.ids[2];
  EXPECT_EQ(read.ids[3], "b3");
  EXPECT_EQ(read.ids[4], "c1");
  EXPECT_EQ(read.bytes, total) << "progress reaches 100%";
}

TEST(InputSourceTest, AnExplicitFormatOverridesTheFileName) {
  TempDir tmp;
  const auto lines = tmp.Write("news.txt", "{\"id\": \"n1\", \"text\": \"Peru met Chile.\"}\n{\"id\": \"n2\", \"text\": \"Chad met Niger.\"}\n");
  std::istringstream no_stdin;
  InputSource as_jsonl({lines.string()}, InputFormat::kJsonl, ReaderOptions{}, no_stdin);
  EXPECT_EQ(ReadAll(as_jsonl).ids, (std::vector<std::string>{"n1", "n2"}));
  const auto jsonl = tmp.Write("one.jsonl", "{\"text\": \"Peru met Chile.\"}\n");
  InputSource as_text({jsonl.string()}, InputFormat::kText, ReaderOptions{}, no_stdin);
  EXPECT_EQ(ReadAll(as_text).ids, std::vector<std::string>{"one"});
}

TEST(InputSourceTest, StandardInputAsJsonLines) {
  std::istringstream in("{\"text\": \"Peru met Chile.\"}\n{\"id\": \"x\", \"text\": \"Chad met Niger.\"}\n");
  InputSource source({"-"}, InputFormat::kJsonl, ReaderOptions{}, in);
  EXPECT_FALSE(source.total_bytes()) << "unknown size: no time left is shown";
  EXPECT_EQ(ReadAll(source).ids, (std::vector<std::string>{"stdin-1", "x"}));
}

TEST(InputSourceTest, UnknownFormatNameNamesTheChoices) {
  auto format = ParseInputFormat("csv");
  ASSERT_FALSE(format.ok());
  EXPECT_NE(format.status().message().find("csv"), std::string::npos);
  EXPECT_NE(format.status().message().find("jsonl"), std::string::npos);
  EXPECT_TRUE(ParseInputFormat("auto").ok() && ParseInputFormat("text").ok() && ParseInputFormat("jsonl").ok());
}

TEST(OutputSinkTest, AFileAppearsOnlyWhenFinished) {
  TempDir tmp;
  const auto path = tmp.path() / "graph.nt";
  {
    OutputSink sink;
    ASSERT_TRUE(sink.Open(path.string()).ok());
    ASSERT_TRUE(sink.Append("<a:x> <a:p> <a:y> .\n").ok());
    ASSERT_TRUE(sink.Append(std::string(3 << 20, '#')).ok()) << "a large piece goes straight out";
    EXPECT_FALSE(std::filesystem::exists(path));
  }
  EXPECT_FALSE(std::filesystem::exists(path)) << "abandoned: nothing written";
  OutputSink sink;
  ASSERT_TRUE(sink.Open(path.string()).ok());
  ASSERT_TRUE(sink.Append("one\n").ok());
  ASSERT_TRUE(sink.Append("two\n").ok());
  ASSERT_TRUE(sink.Finish().ok());
  EXPECT_EQ(testing::ReadFile(path), "one\ntwo\n");
}

TEST(ProgressTest, SaysDocumentsMegabytesRateAndTimeLeft) {
  EXPECT_EQ(FormatProgress(1234, 50'000'000, 100'000'000, 10.0),
            "1,234 documents, 50.0 MB, 5.0 MB/s, 0:10 left");
  EXPECT_EQ(FormatProgress(7, 2'000'000, std::nullopt, 1.0), "7 documents, 2.0 MB, 2.0 MB/s");
  EXPECT_EQ(FormatProgress(0, 0, 100, 0.1), "0 documents, 0.0 MB");
  EXPECT_EQ(FormatProgress(1'000'000, 1'000'000'000, 9'000'000'000, 500.0),
            "1,000,000 documents, 1000.0 MB, 2.0 MB/s, 1:06:40 left");
}

}  // namespace
}  // namespace diplograph::cli
