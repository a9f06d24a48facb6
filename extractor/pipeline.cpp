#include "extractor/pipeline.h"

#include "extractor/entity_recognizer.h"
#include "extractor/entity_resolver.h"
#include "extractor/relation_extractor.h"
#include "extractor/sentence_splitter.h"
#include "extractor/text_cleaner.h"
#include "extractor/time_expressions.h"

namespace diplograph {

Pipeline::Pipeline(const Lexicon& lexicon) : lexicon_(lexicon), tokenizer_(lexicon.text) {
  Gazetteer::TokenizeFn tokenize = [this](std::string_view text) {
    std::vector<std::string> words;
    for (const Token& t : tokenizer_.Tokenize(text)) words.push_back(t.text);
    return words;
  };
  stages_.push_back(std::make_unique<TextCleaner>(lexicon_.text));
  stages_.push_back(std::make_unique<SentenceSplitter>(lexicon_.text));
  stages_.push_back(std::make_unique<Tokenizer>(lexicon_.text));
  stages_.push_back(std::make_unique<TimeExpressionFinder>());
  stages_.push_back(std::make_unique<EntityRecognizer>(lexicon_, tokenize));
  stages_.push_back(std::make_unique<EntityResolver>(lexicon_));
  stages_.push_back(std::make_unique<RelationExtractor>(lexicon_, tokenize));
}

Status Pipeline::Run(Document& doc) const {
  for (const auto& stage : stages_) {
    Status st = stage->Process(doc);
    if (!st.ok()) {
      return Status::Internal(std::string(stage->name()) + " failed on " + doc.id + ": " + st.message());
    }
  }
  return Status::Ok();
}

std::vector<std::string> Pipeline::StageNames() const {
  std::vector<std::string> names;
  for (const auto& stage : stages_) names.emplace_back(stage->name());
  return names;
}

}  // namespace diplograph
