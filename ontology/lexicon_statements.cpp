#include "ontology/lexicon_statements.h"

#include <algorithm>
#include <tuple>

namespace diplograph {

std::span<const LexiconStatement> LexiconProperties::Of(std::string_view predicate) const {
  // A subject has a handful of statements: a scan costs less than a search.
  const auto first = std::find_if(statements_.begin(), statements_.end(),
                                  [&](const LexiconStatement& s) { return s.predicate == predicate; });
  const auto last = std::find_if(first, statements_.end(),
                                 [&](const LexiconStatement& s) { return s.predicate != predicate; });
  return {first, last};
}

std::vector<std::string> LexiconProperties::Strings(std::string_view predicate) const {
  std::vector<std::string> out;
  for (const LexiconStatement& s : Of(predicate)) out.emplace_back(s.object.value);
  return out;
}

std::string_view LexiconProperties::First(std::string_view predicate) const {
  const std::span<const LexiconStatement> values = Of(predicate);
  return values.empty() ? std::string_view() : values.front().object.value;
}

void LexiconStatements::Add(const rdf::Quad& quad) {
  LexiconStatement s;
  // A subject's statements come together, and a predicate often repeats
  // for each value of a list: those are viewed again, not copied again.
  const bool same_subject = !added_.empty() && added_.back().subject == quad.subject.value;
  s.subject = same_subject ? added_.back().subject : arena_.Keep(quad.subject.value);
  const bool same_predicate = !added_.empty() && added_.back().predicate == quad.predicate.value;
  s.predicate = same_predicate ? added_.back().predicate : arena_.Keep(quad.predicate.value);
  s.object.kind = quad.object.kind;
  s.object.value = arena_.Keep(quad.object.value);
  s.object.datatype = arena_.Keep(quad.object.datatype);
  s.object.lang = arena_.Keep(quad.object.lang);
  added_.push_back(s);
}

void LexiconStatements::Group() {
  // The runs of statements about one subject, in the order added; sorted by
  // subject (stable, though the order of a subject's runs does not matter:
  // its statements are sorted in full below).
  struct Run {
    std::string_view subject;
    size_t begin;
    size_t end;
  };
  std::vector<Run> runs;
  for (size_t i = 0; i < added_.size(); ++i) {
    if (runs.empty() || added_[i].subject != runs.back().subject) runs.push_back({added_[i].subject, i, i});
    runs.back().end = i + 1;
  }
  std::stable_sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.subject < b.subject; });

  grouped_.clear();
  grouped_.reserve(added_.size());
  std::vector<std::pair<std::string_view, std::pair<size_t, size_t>>> ranges;  // subject, [begin, end) in grouped_
  for (size_t r = 0; r < runs.size();) {
    const size_t begin = grouped_.size();
    const std::string_view subject = runs[r].subject;
    for (; r < runs.size() && runs[r].subject == subject; ++r) {
      grouped_.insert(grouped_.end(), added_.begin() + static_cast<std::ptrdiff_t>(runs[r].begin),
                      added_.begin() + static_cast<std::ptrdiff_t>(runs[r].end));
    }
    const auto first = grouped_.begin() + static_cast<std::ptrdiff_t>(begin);
    auto by_predicate_then_object = [](const LexiconStatement& a, const LexiconStatement& b) {
      return std::tie(a.predicate, a.object) < std::tie(b.predicate, b.object);
    };
    std::sort(first, grouped_.end(), by_predicate_then_object);
    grouped_.erase(std::unique(first, grouped_.end(),
                               [](const LexiconStatement& a, const LexiconStatement& b) {
                                 return a.predicate == b.predicate && a.object == b.object;
                               }),
                   grouped_.end());
    ranges.push_back({subject, {begin, grouped_.size()}});
  }
  // (Views taken once grouped_ has stopped growing.)
  subjects_.clear();
  subjects_.reserve(ranges.size());
  for (const auto& [subject, range] : ranges) {
    subjects_.push_back(
        {subject, LexiconProperties(std::span<const LexiconStatement>(grouped_).subspan(
                      range.first, range.second - range.first))});
  }
  added_.clear();
  added_.shrink_to_fit();
}

const LexiconProperties* LexiconStatements::Find(std::string_view iri) const {
  const auto it = std::lower_bound(subjects_.begin(), subjects_.end(), iri,
                                   [](const Subject& s, std::string_view key) { return s.iri < key; });
  return it == subjects_.end() || it->iri != iri ? nullptr : &it->properties;
}

}  // namespace diplograph
