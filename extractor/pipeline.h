// The extraction pipeline: the stages in order, built once from a lexicon
// and shared by every thread. Run() takes a Document holding only its text
// (and, when known, id, URL and publication date) and fills every layer.
//
// The lexicon must outlive the pipeline. Run() is const and thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extractor/document.h"
#include "extractor/lexicon.h"
#include "extractor/stage.h"
#include "extractor/status.h"
#include "extractor/tokenizer.h"
#include "extractor/vocabulary.h"

namespace diplograph {

class Pipeline {
 public:
  explicit Pipeline(const Lexicon& lexicon);

  Status Run(Document& doc) const;

  // The stage names, in order ("clean", "split", ...).
  std::vector<std::string> StageNames() const;

 private:
  void Trace(const Document& doc) const;

  const Lexicon& lexicon_;
  Tokenizer tokenizer_;
  // The words the stages ask tokens about, numbered by the tokenize stage.
  Vocabulary vocabulary_;
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace diplograph
