// Pathological single sentences of any length, for the long-input test and
// bench/long_input_bench: each stresses one of the places where a stage
// could look at the whole sentence again for every token, trigger or
// mention (coordinated lists, chains of verbs sharing a subject, dates,
// pronouns, titles, quotes, runs of capitalized words, a random mix of all
// of those). Deterministic (a fixed generator), no article text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace diplograph::testing {

// (name, words) pairs; `words` is joined with spaces and ends with a period.
inline std::vector<std::pair<std::string, std::vector<std::string_view>>> LongSentencePatterns() {
  return {
      {"random-mix",
       {"Germany", "condemned", "Iran", "met", "China", "the", "ambassador", "Foreign", "Minister", "Lee",
        "said", "warned", "on", "Monday", "in", "Seoul", ",", "and", "of", "to", "sanctioned", "\"", "(", ")",
        "-", "President", "Kim", "Jong-un", "North", "Korea", "treaty", "agreed", "which", "that", "both",
        "sides", "their", "his", "the", "ministry", "June", "5", "visited", "Moscow", "urged", "Japan"}},
      {"verb-chain", {"Germany", "condemned", "Iran", "and", "urged", "Iraq", "and", "warned", "Syria", "and"}},
      {"coordinated-list", {"Germany", ",", "France", ",", "Italy", "and", "Spain", ",", "Japan", "and"}},
      {"dates", {"Russia", "met", "China", "on", "Monday", "and", "signed", "the", "treaty", "on", "June", "5"}},
      {"pronouns-titles", {"he", "said", "the", "ambassador", "met", "his", "counterpart", "and", "their",
                           "ministers", "the", "Russian", "ambassador", "Ambassador", "Lee", "Do-hoon"}},
      {"capitalized-run", {"Alpha", "Beta", "Gamma", "Delta", "Treaty", "Epsilon", "Zeta", "Agreement"}},
      {"quotes", {"\"", "We", "warned", "Japan", ",", "\"", "said", "Maria", "Lopez", ",", "according", "to"}},
  };
}

// `pattern`'s words repeated (a fixed pseudo-random pick for "random-mix")
// into one sentence of `words` words.
inline std::string LongSentence(std::string_view name, const std::vector<std::string_view>& pattern,
                                size_t words) {
  std::string text;
  uint64_t state = 0x9E3779B97F4A7C15u;
  for (size_t i = 0; i < words; ++i) {
    size_t pick = i % pattern.size();
    if (name == "random-mix") {
      state = state * 6364136223846793005u + 1442695040888963407u;
      pick = static_cast<size_t>(state >> 33) % pattern.size();
    }
    if (i > 0) text += ' ';
    text += pattern[pick];
  }
  return text + ".\n";
}

}  // namespace diplograph::testing
