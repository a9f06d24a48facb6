// The layers of a Document grouped by sentence: for each sentence, the
// indexes of its mentions, time expressions and relations, in layer order.
// Stages that look at one sentence at a time use it instead of scanning the
// whole layer for every sentence (quadratic in long documents).
//
// A snapshot: built from the document as it is, and not updated when a
// layer changes afterwards. Cheap to build (one pass over each layer).
#pragma once

#include <cstddef>
#include <vector>

#include "extractor/document.h"

namespace diplograph {

struct SentenceIndex {
  std::vector<std::vector<size_t>> mentions;   // by sentence: into Document::mentions
  std::vector<std::vector<size_t>> times;      // by sentence: into Document::times
  std::vector<std::vector<size_t>> relations;  // by sentence: into Document::relations

  static SentenceIndex Of(const Document& doc) {
    SentenceIndex index;
    index.mentions.resize(doc.sentences.size());
    index.times.resize(doc.sentences.size());
    index.relations.resize(doc.sentences.size());
    for (size_t i = 0; i < doc.mentions.size(); ++i) Add(index.mentions, doc.mentions[i].sentence, i);
    for (size_t i = 0; i < doc.times.size(); ++i) Add(index.times, doc.times[i].sentence, i);
    for (size_t i = 0; i < doc.relations.size(); ++i) Add(index.relations, doc.relations[i].sentence, i);
    return index;
  }

 private:
  static void Add(std::vector<std::vector<size_t>>& by_sentence, size_t sentence, size_t i) {
    if (sentence >= by_sentence.size()) by_sentence.resize(sentence + 1);
    by_sentence[sentence].push_back(i);
  }
};

}  // namespace diplograph
