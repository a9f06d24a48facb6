#include "ontology/lexicon_statements.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <tuple>
#include <unordered_map>

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

namespace {

// The compiled form: little-endian 32-bit numbers; the string count, each
// string as its length and bytes, the statement count, and each statement
// as the numbers of its subject, predicate, object value, datatype and
// language, and its object's kind in one byte.
void PutNumber(uint32_t n, std::string* out) {
  for (int shift = 0; shift < 32; shift += 8) out->push_back(static_cast<char>((n >> shift) & 0xFF));
}

// Reads the compiled form front to back. A read past its end, or a value
// out of range (Reject), fails it: every later read gives zeros.
class CompiledReader {
 public:
  explicit CompiledReader(std::string_view bytes) : rest_(bytes) {}
  bool ok() const { return ok_; }
  void Reject() {
    ok_ = false;
    rest_ = {};
  }

  uint32_t Number() {
    const std::string_view bytes = Bytes(4);
    uint32_t n = 0;
    for (size_t k = bytes.size(); k-- > 0;) n = n << 8 | static_cast<unsigned char>(bytes[k]);
    return n;
  }
  unsigned char Byte() {
    const std::string_view bytes = Bytes(1);
    return bytes.empty() ? 0 : static_cast<unsigned char>(bytes.front());
  }
  std::string_view Bytes(size_t n) {
    if (rest_.size() < n) {
      Reject();
      return {};
    }
    const std::string_view bytes = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return bytes;
  }

 private:
  std::string_view rest_;
  bool ok_ = true;
};

}  // namespace

std::string CompileLexiconStatements(const std::vector<rdf::Quad>& quads) {
  std::vector<std::string_view> strings;
  std::unordered_map<std::string_view, uint32_t> numbers;
  auto number = [&](std::string_view s) {
    const auto [it, added] = numbers.try_emplace(s, static_cast<uint32_t>(strings.size()));
    if (added) strings.push_back(s);
    return it->second;
  };
  std::vector<uint32_t> fields;
  for (const rdf::Quad& q : quads) {
    for (std::string_view s : {std::string_view(q.subject.value), std::string_view(q.predicate.value),
                               std::string_view(q.object.value), std::string_view(q.object.datatype),
                               std::string_view(q.object.lang)}) {
      fields.push_back(number(s));
    }
  }
  std::string out;
  PutNumber(static_cast<uint32_t>(strings.size()), &out);
  for (std::string_view s : strings) {
    PutNumber(static_cast<uint32_t>(s.size()), &out);
    out.append(s);
  }
  PutNumber(static_cast<uint32_t>(quads.size()), &out);
  for (size_t i = 0; i < quads.size(); ++i) {
    for (size_t f = 0; f < 5; ++f) PutNumber(fields[5 * i + f], &out);
    out.push_back(static_cast<char>(quads[i].object.kind));
  }
  return out;
}

Status LexiconStatements::AddCompiled(std::string_view compiled) {
  CompiledReader in(compiled);
  const uint32_t string_count = in.Number();
  if (string_count > compiled.size()) in.Reject();  // each takes four bytes at least
  std::vector<std::string_view> strings(in.ok() ? string_count : 0);
  for (std::string_view& s : strings) s = in.Bytes(in.Number());
  const uint32_t count = in.Number();
  auto string = [&](uint32_t n) {
    if (n < strings.size()) return strings[n];
    in.Reject();
    return std::string_view();
  };
  for (uint32_t i = 0; i < count && in.ok(); ++i) {
    LexiconStatement s;
    s.subject = string(in.Number());
    s.predicate = string(in.Number());
    s.object.value = string(in.Number());
    s.object.datatype = string(in.Number());
    s.object.lang = string(in.Number());
    const unsigned char kind = in.Byte();
    if (kind > static_cast<unsigned char>(rdf::Term::Kind::kLiteral)) in.Reject();
    s.object.kind = static_cast<rdf::Term::Kind>(kind);
    added_.push_back(s);
  }
  return in.ok() ? Status::Ok() : Status::Internal("the lexicon compiled into the program is damaged");
}

void LexiconStatements::Group() {
  // The runs of statements about one subject, in the order added; sorted by
  // subject, stably (though the order of a subject's runs does not matter:
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
  // Merged pairwise from the stretches already in order (a natural merge
  // sort): a compiled file comes sorted (see ontology/compiler), so a few
  // merges do where a sort compared every run again and again.
  auto by_subject = [](const Run& a, const Run& b) { return a.subject < b.subject; };
  std::vector<size_t> bounds = {0};  // where each sorted stretch of runs begins, then the end
  for (size_t r = 1; r < runs.size(); ++r) {
    if (by_subject(runs[r], runs[r - 1])) bounds.push_back(r);
  }
  bounds.push_back(runs.size());
  while (bounds.size() > 2) {
    std::vector<size_t> merged = {0};
    size_t b = 0;
    for (; b + 2 < bounds.size(); b += 2) {
      std::inplace_merge(runs.begin() + static_cast<std::ptrdiff_t>(bounds[b]),
                         runs.begin() + static_cast<std::ptrdiff_t>(bounds[b + 1]),
                         runs.begin() + static_cast<std::ptrdiff_t>(bounds[b + 2]), by_subject);
      merged.push_back(bounds[b + 2]);
    }
    if (b + 1 < bounds.size()) merged.push_back(bounds[b + 1]);  // an odd stretch out, left as it is
    bounds = std::move(merged);
  }

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
    if (!std::is_sorted(first, grouped_.end(), by_predicate_then_object)) {
      std::sort(first, grouped_.end(), by_predicate_then_object);
    }
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
