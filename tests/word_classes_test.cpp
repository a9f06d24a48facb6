#include "extractor/word_classes.h"

#include <gtest/gtest.h>

namespace diplograph {
namespace {

enum class TestClass { kPreposition, kSpeechVerb, kNumber };

// A token viewing a literal, which outlives it.
Token Word(std::string_view lower) {
  Token t;
  t.text = lower;
  t.lower = lower;
  return t;
}

TEST(WordClassTableTest, AFormBelongsToEveryClassWhoseSetHoldsIt) {
  WordClassTable<TestClass> table;
  table.Add(TestClass::kPreposition, WordSet{"to", "of", "about"});
  table.Add(TestClass::kSpeechVerb, WordSet{"said", "told"});
  table.Add(TestClass::kNumber, WordSet{"two", "about"});  // "about two dozen"

  using Table = WordClassTable<TestClass>;
  EXPECT_EQ(table.ClassesOf("to"), Table::BitOf(TestClass::kPreposition));
  EXPECT_EQ(table.ClassesOf("said"), Table::BitOf(TestClass::kSpeechVerb));
  EXPECT_EQ(table.ClassesOf("about"), Table::BitOf(TestClass::kPreposition) | Table::BitOf(TestClass::kNumber));
  EXPECT_EQ(table.ClassesOf("met"), 0u);
  EXPECT_EQ(table.ClassesOf("Said"), 0u);  // exact: callers pass lower-case forms
  EXPECT_EQ(table.ClassesOf(""), 0u);
}

TEST(WordClassTableTest, TheEmptyFormKeepsItsClassesToo) {
  WordSet with_empty;
  with_empty.Add("");
  with_empty.Add("if");
  WordClassTable<TestClass> table;
  table.Add(TestClass::kSpeechVerb, with_empty);
  EXPECT_EQ(table.ClassesOf(""), WordClassTable<TestClass>::BitOf(TestClass::kSpeechVerb));
  EXPECT_EQ(table.ClassesOf("if"), WordClassTable<TestClass>::BitOf(TestClass::kSpeechVerb));
}

TEST(TokenClassesTest, AnswersAsTheSetsWouldForEachTokensLowerCaseForm) {
  const WordSet prepositions = {"to", "of"};
  const WordSet speech = {"said"};
  WordClassTable<TestClass> table;
  table.Add(TestClass::kPreposition, prepositions);
  table.Add(TestClass::kSpeechVerb, speech);

  const std::vector<Token> tokens = {Word("he"), Word("said"), Word("to"), Word("them")};
  const TokenClasses<TestClass> classes(table, tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(classes.Has(i, TestClass::kPreposition), prepositions.Contains(tokens[i].lower)) << i;
    EXPECT_EQ(classes.Has(i, TestClass::kSpeechVerb), speech.Contains(tokens[i].lower)) << i;
    EXPECT_FALSE(classes.Has(i, TestClass::kNumber)) << i;
  }
  EXPECT_TRUE(classes.Has(1, TestClass::kSpeechVerb));
  EXPECT_TRUE(classes.Has(2, TestClass::kPreposition));
}

TEST(TokenClassesTest, TokensNumberedByTheBoundVocabularyAnswerAsByTheirForm) {
  Vocabulary vocabulary;
  vocabulary.Add("met");  // another stage's word, numbered first
  WordClassTable<TestClass> table;
  table.Add(TestClass::kPreposition, WordSet{"to", "of"});
  table.Add(TestClass::kSpeechVerb, WordSet{"said"});
  table.Bind(vocabulary);
  vocabulary.Add("told");  // added after the bind: in no class of the table

  std::vector<Token> tokens = {Word("he"), Word("said"), Word("to"), Word("met"), Word("told")};
  for (Token& t : tokens) t.word = vocabulary.NumberOf(t.lower);
  EXPECT_EQ(tokens[0].word, Vocabulary::kNone);
  const TokenClasses<TestClass> by_number(table, tokens, &vocabulary);
  const TokenClasses<TestClass> by_form(table, tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (TestClass c : {TestClass::kPreposition, TestClass::kSpeechVerb, TestClass::kNumber}) {
      EXPECT_EQ(by_number.Has(i, c), by_form.Has(i, c)) << i;
    }
  }
  EXPECT_TRUE(by_number.Has(1, TestClass::kSpeechVerb));

  // Numbers from another vocabulary are not trusted: the form decides.
  Vocabulary other;
  const TokenClasses<TestClass> by_other(table, tokens, &other);
  EXPECT_TRUE(by_other.Has(2, TestClass::kPreposition));
}

TEST(WordSetTest, IndexOfGivesTheOrderFormsWereFirstAdded) {
  WordSet set = {"not", "never"};
  set.Add("not");
  set.Add("no");
  EXPECT_EQ(set.IndexOf("not"), 0u);
  EXPECT_EQ(set.IndexOf("never"), 1u);
  EXPECT_EQ(set.IndexOf("no"), 2u);
  EXPECT_EQ(set.IndexOf("nor"), WordSet::kNotFound);
  EXPECT_EQ(set.IndexOf(""), WordSet::kNotFound);
}

}  // namespace
}  // namespace diplograph
