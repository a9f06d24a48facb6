// Rewrites a sorted, de-duplicated list of statements one subject at a time,
// in place: the list is never copied, however much a subject's statements
// grow or shrink, so a merged graph of millions of statements is held once.
#pragma once

#include <algorithm>
#include <deque>
#include <iterator>
#include <span>
#include <utility>
#include <vector>

#include "ontology/rdf.h"

namespace diplograph::rdf {

// `quads` must be sorted and unique (Dataset::Normalize()). `rewrite` is
// called with each subject's statements and an empty vector: it returns
// false to keep them as they are, or true after putting their replacements
// (same subject, any order; it may move from the statements) into the
// vector. Replacements are sorted and de-duplicated, so the list stays
// sorted and unique.
template <typename Rewrite>
void RewriteSubjectGroups(std::vector<Quad>& quads, Rewrite rewrite) {
  std::vector<Quad> group;
  // Output that does not fit yet into the slots already read: each
  // subject's output is queued here and drained into them in order, so only
  // the net growth so far is held apart.
  std::deque<Quad> pending;
  size_t write = 0;
  auto put = [&](Quad& q, size_t end) {
    if (pending.empty() && write < end) {
      if (&quads[write] != &q) quads[write] = std::move(q);
      ++write;
    } else {
      pending.push_back(std::move(q));
    }
  };
  for (size_t begin = 0, end = 0; begin < quads.size(); begin = end) {
    end = begin + 1;
    while (end < quads.size() && quads[end].subject == quads[begin].subject) ++end;
    group.clear();
    if (rewrite(std::span<Quad>(quads.data() + begin, end - begin), group)) {
      std::sort(group.begin(), group.end());
      group.erase(std::unique(group.begin(), group.end()), group.end());
      for (Quad& q : group) put(q, end);
    } else {
      for (size_t i = begin; i < end; ++i) put(quads[i], end);
    }
    while (!pending.empty() && write < end) {
      quads[write++] = std::move(pending.front());
      pending.pop_front();
    }
  }
  quads.resize(write);
  std::move(pending.begin(), pending.end(), std::back_inserter(quads));
}

}  // namespace diplograph::rdf
