// The entity recognizer skips the tokens where its start gate
// (SentenceScanner::MayStart) says no pattern can match. Here every pattern
// is tried at those tokens too, over the seed articles, the examples and
// sentences that exercise each pattern: none may match there.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extractor/entity_recognizer.h"
#include "extractor/pipeline.h"
#include "extractor/sentence_splitter.h"
#include "extractor/text_cleaner.h"
#include "extractor/time_expressions.h"
#include "extractor/tokenizer.h"
#include "ontology/lexicon_loader.h"
#include "tests/test_support.h"

namespace diplograph {
namespace {

class StartGateTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lexicon = LoadLexicon(EmbeddedLexiconSources());
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
    lexicon_ = std::make_unique<Lexicon>(std::move(lexicon.value()));
    tokenizer_ = std::make_unique<Tokenizer>(lexicon_->text);
    Gazetteer::TokenizeFn tokenize = [](std::string_view text) { return tokenizer_->Words(text); };
    stages_.push_back(std::make_unique<TextCleaner>(lexicon_->text));
    stages_.push_back(std::make_unique<SentenceSplitter>(lexicon_->text));
    stages_.push_back(std::make_unique<Tokenizer>(lexicon_->text));
    stages_.push_back(std::make_unique<TimeExpressionFinder>());
    auto recognizer = std::make_unique<EntityRecognizer>(*lexicon_, tokenize);
    recognizer->set_check_start_gate(true);
    stages_.push_back(std::move(recognizer));
  }
  static void TearDownTestSuite() {
    stages_.clear();
    tokenizer_.reset();
    lexicon_.reset();
  }

  // Runs the stages up to the recognizer; its status says whether the gate held.
  static void ExpectGateHolds(const std::string& text, const std::string& id) {
    Document doc;
    doc.id = id;
    doc.text = text;
    doc.published = Date::FromIso("2024-06-21");
    for (const auto& stage : stages_) {
      const Status st = stage->Process(doc);
      ASSERT_TRUE(st.ok()) << st.message();
    }
  }

  static inline std::unique_ptr<Lexicon> lexicon_;
  static inline std::unique_ptr<Tokenizer> tokenizer_;
  static inline std::vector<std::unique_ptr<Stage>> stages_;
};

TEST_F(StartGateTest, EveryPatternStartsAtAGatedToken) {
  const char* const kSentences[] = {
      // TitledPerson, its modifiers, possessives and "of"/"to" phrases.
      "South Korean Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken.",
      "Russia's ambassador to Seoul, Georgy Zinoviev, was summoned on Tuesday.",
      "its ambassador was recalled, and their envoy left.",
      "the foreign minister of India said the minister of state for regional integration, James Kabarebe, agreed.",
      "the North's leader and Kremlin spokesman Dmitry Peskov spoke; former President Moon Jae-in did not.",
      "Liu Jinsong, director-general of the Asian Affairs Department of the Chinese Foreign Ministry, said so.",
      // Body, Group, DescribedOrganization, CompanyName.
      "the Russian Embassy in Seoul and the Foreign Ministry of Japan protested.",
      "four Russian-flagged vessels and 12 officials were sanctioned, with two companies.",
      "the Chinese company Huawei and Venezuela's state oil company PDVSA and the tanker Grace One were named.",
      "Golden Sun Trading Ltd and the Wagner Group were sanctioned.",
      // NamedAgreement, DescribedAgreement.
      "They signed the \"Comprehensive Strategic Partnership Treaty\" and the Treaty of Friendship.",
      "Moscow's new partnership treaty, 12 cooperation agreements and a memorandum of understanding were signed.",
      "Kenya, Ethiopia sign defence pact; the two inked deal after talks.",
      // Nominal, Place, Known, NamedPerson, Pronoun.
      "the North fired; both sides and the two countries, all four governments and the Russian side agreed.",
      "the two agreed to meet in the Korean Peninsula and the Asia-Pacific region.",
      "Kamala Harris met Lim Soo-suk, Mr. Haddad said, and Sheikh Mohammed visited.",
      "\"We will act,\" she said, and he told his counterpart their view; I said my piece to us.",
      "a Lima-based company, the Yonhap news agency and Russian-flagged ships.",
  };
  for (const char* sentence : kSentences) ExpectGateHolds(sentence, sentence);
}

TEST_F(StartGateTest, SeedArticlesAndExamples) {
  std::vector<std::filesystem::path> files = testing::SeedArticles();
  files.push_back(testing::SourcePath("examples/article.txt"));
  files.push_back(testing::SourcePath("examples/brief.txt"));
  for (const auto& path : files) ExpectGateHolds(testing::ReadFile(path), path.string());
}

}  // namespace
}  // namespace diplograph
