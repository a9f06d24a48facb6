#include "extractor/pipeline.h"

#include <spdlog/spdlog.h>

#include "extractor/entity_recognizer.h"
#include "extractor/entity_resolver.h"
#include "extractor/relation_extractor.h"
#include "extractor/sentence_index.h"
#include "extractor/sentence_splitter.h"
#include "extractor/text_cleaner.h"
#include "extractor/time_expressions.h"

namespace diplograph {

Pipeline::Pipeline(const Lexicon& lexicon) : lexicon_(lexicon), tokenizer_(lexicon.text) {
  Gazetteer::TokenizeFn tokenize = [this](std::string_view text) { return tokenizer_.Words(text); };
  stages_.push_back(std::make_unique<TextCleaner>(lexicon_.text));
  stages_.push_back(std::make_unique<SentenceSplitter>(lexicon_.text));
  // The tokenize stage numbers words by the vocabulary that the stages
  // after it fill as they are built, before any document runs.
  stages_.push_back(std::make_unique<Tokenizer>(lexicon_.text, &vocabulary_));
  stages_.push_back(std::make_unique<TimeExpressionFinder>(&vocabulary_));
  stages_.push_back(std::make_unique<EntityRecognizer>(lexicon_, tokenize, &vocabulary_));
  stages_.push_back(std::make_unique<EntityResolver>(lexicon_));
  stages_.push_back(std::make_unique<RelationExtractor>(lexicon_, tokenize, &vocabulary_));
}

Status Pipeline::Run(Document& doc) const {
  for (const auto& stage : stages_) {
    Status st = stage->Process(doc);
    if (!st.ok()) {
      return Status::Internal(std::string(stage->name()) + " failed on " + doc.id + ": " + st.message());
    }
  }
  if (spdlog::should_log(spdlog::level::debug)) Trace(doc);
  return Status::Ok();
}

// At debug level, what the stages found in each sentence: for analysts
// asking why a relation is (or is not) there.
void Pipeline::Trace(const Document& doc) const {
  const SentenceIndex index = SentenceIndex::Of(doc);  // not every layer scanned for every sentence
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    spdlog::debug("{} s{} [{}]: {}", doc.id, s,
                  doc.blocks[doc.sentences[s].block].kind == BlockKind::kHeadline ? "headline" : "body",
                  doc.View(doc.sentences[s].span));
    for (size_t mi : index.mentions[s]) {
      const Mention& m = doc.mentions[mi];
      std::string target = m.entity >= 0 ? doc.entities[static_cast<size_t>(m.entity)].label : "-";
      if (m.partner >= 0) target += " + " + doc.entities[static_cast<size_t>(m.partner)].label;
      spdlog::debug("  mention '{}' kind={} type={} -> {}", doc.View(m.span), static_cast<int>(m.kind),
                    EntityTypeName(m.type), target);
    }
    for (size_t ti : index.times[s]) {
      const TimeExpression& t = doc.times[ti];
      spdlog::debug("  time '{}' -> {}", doc.View(t.span), t.date ? t.date->ToIso() : "?");
    }
    for (size_t ri : index.relations[s]) {
      const Relation& r = doc.relations[ri];
      spdlog::debug("  relation {} {} {} ({})", doc.entities[static_cast<size_t>(r.subject)].label,
                    Info(r.predicate).local_name, doc.entities[static_cast<size_t>(r.object)].label, r.rule);
    }
  }
}

std::vector<std::string> Pipeline::StageNames() const {
  std::vector<std::string> names;
  for (const auto& stage : stages_) names.emplace_back(stage->name());
  return names;
}

}  // namespace diplograph
