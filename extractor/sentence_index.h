// The layers of a Document grouped by sentence: for each sentence, the
// indexes of its mentions, time expressions and relations, in layer order.
// Stages that look at one sentence at a time use it instead of scanning the
// whole layer for every sentence (quadratic in long documents).
//
// A snapshot: built from the document as it is, and not updated when a
// layer changes afterwards. Cheap to build (one pass over each layer).
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <vector>

#include "extractor/document.h"

namespace diplograph {

// One layer's indexes by sentence, held flat: every sentence's run in one
// array (a vector per sentence cost allocations for every document).
class SentenceLayer {
 public:
  // The indexes of sentence `s`'s items, in layer order; empty past the
  // last sentence.
  std::span<const size_t> operator[](size_t s) const {
    if (s + 1 >= begins_.size()) return {};
    return {items_.data() + begins_[s], begins_[s + 1] - begins_[s]};
  }
  // Sentences indexed: the document's, or more when an item names a later one.
  size_t size() const { return begins_.empty() ? 0 : begins_.size() - 1; }

  template <typename Item>
  static SentenceLayer Of(const std::vector<Item>& layer, size_t sentences) {
    SentenceLayer out;
    out.Fill(layer, sentences);
    return out;
  }
  // The same in place, reusing this layer's memory.
  template <typename Item>
  void Fill(const std::vector<Item>& layer, size_t sentences) {
    for (const Item& item : layer) sentences = std::max(sentences, item.sentence + 1);
    begins_.assign(sentences + 1, 0);
    for (const Item& item : layer) ++begins_[item.sentence + 1];
    for (size_t s = 1; s < begins_.size(); ++s) begins_[s] += begins_[s - 1];
    items_.resize(layer.size());
    // Each sentence's start serves as its cursor, which leaves it at the
    // next one's start; then the starts move back up by one.
    for (size_t i = 0; i < layer.size(); ++i) items_[begins_[layer[i].sentence]++] = i;
    for (size_t s = sentences; s > 0; --s) begins_[s] = begins_[s - 1];
    begins_[0] = 0;
  }

 private:
  std::vector<size_t> begins_;  // by sentence, and one past the last: where its run starts in items_
  std::vector<size_t> items_;
};

struct SentenceIndex {
  SentenceLayer mentions;   // by sentence: into Document::mentions
  SentenceLayer times;      // by sentence: into Document::times
  SentenceLayer relations;  // by sentence: into Document::relations

  static SentenceIndex Of(const Document& doc) {
    SentenceIndex index;
    index.Fill(doc);
    return index;
  }
  // The same in place, reusing the layers' memory (a stage keeps one per
  // thread).
  void Fill(const Document& doc) {
    const size_t sentences = doc.sentences.size();
    mentions.Fill(doc.mentions, sentences);
    times.Fill(doc.times, sentences);
    relations.Fill(doc.relations, sentences);
  }
};

}  // namespace diplograph
