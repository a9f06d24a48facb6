#include "exporters/export_quads.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "exporters/iri_escape.h"
#include "extractor/utf8.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

// Well-formed UTF-8 without NUL (Serd stops at NUL): malformed sequences
// and NUL become U+FFFD.
std::string SanitizeText(std::string_view text) {
  std::string repaired = RepairUtf8(text);
  if (repaired.find('\0') == std::string::npos) return repaired;
  std::string out;
  for (char c : repaired) {
    if (c == '\0') {
      AppendUtf8(kReplacementChar, out);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool IsAsciiAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// For messages: the value, shortened so the message stays on one line.
std::string Quoted(std::string_view value) {
  std::string shown = SanitizeText(value.substr(0, 80));
  std::replace(shown.begin(), shown.end(), '\n', ' ');
  return "'" + shown + (value.size() > 80 ? "...'" : "'");
}

Result<std::string> NormalizeIri(std::string_view iri) {
  if (!HasIriScheme(iri)) {
    return Status::InvalidArgument("not an absolute IRI: " + Quoted(iri));
  }
  return EscapeIri(iri);
}

// BCP 47 shape as the Turtle LANGTAG production has it: [a-zA-Z]+('-'[a-zA-Z0-9]+)*.
Result<std::string> NormalizeLanguage(std::string_view lang) {
  std::string out;
  bool first_subtag = true;
  size_t subtag_length = 0;
  for (char c : lang) {
    if (c == '-') {
      if (subtag_length == 0) break;
      first_subtag = false;
      subtag_length = 0;
    } else if (IsAsciiAlpha(c) || (!first_subtag && IsAsciiDigit(c))) {
      ++subtag_length;
    } else {
      subtag_length = 0;
      break;
    }
    out.push_back(IsAsciiAlpha(c) ? static_cast<char>(c | 0x20) : c);
  }
  if (subtag_length == 0 || out.size() != lang.size()) {
    return Status::InvalidArgument("invalid language tag " + Quoted(lang));
  }
  return out;
}

// Labels every syntax accepts: [A-Za-z0-9_][A-Za-z0-9_-]*.
Status CheckBlankLabel(std::string_view label) {
  bool ok = !label.empty() && label[0] != '-';
  for (char c : label) {
    ok = ok && (IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '_' || c == '-');
  }
  if (ok) return Status::Ok();
  return Status::InvalidArgument("invalid blank node label " + Quoted(label));
}

Result<rdf::Quad> NormalizeQuad(const rdf::Quad& quad, GraphMode mode) {
  if (quad.subject.is_literal()) {
    return Status::InvalidArgument("a literal cannot be a subject: " + Quoted(quad.subject.value));
  }
  if (!quad.predicate.is_iri()) {
    return Status::InvalidArgument("a predicate must be an IRI: " + Quoted(quad.predicate.value));
  }
  rdf::Quad out;
  for (auto [from, to] : {std::pair{&quad.subject, &out.subject},
                          std::pair{&quad.predicate, &out.predicate},
                          std::pair{&quad.object, &out.object}}) {
    Result<rdf::Term> term = NormalizeTerm(*from);
    if (!term.ok()) return term.status();
    *to = std::move(term).value();
  }
  if (mode == GraphMode::kKeep && !quad.graph.empty()) {
    Result<std::string> graph = NormalizeIri(quad.graph);
    if (!graph.ok()) return graph.status();
    out.graph = std::move(graph).value();
  }
  return out;
}

// A plain ASCII IRI with a scheme and at most one '#': EscapeIri and
// NormalizeIri give it back unchanged. (Others may too, but they are rare
// and go the copying way.)
bool IsPreparedIri(std::string_view iri) { return HasIriScheme(iri) && IsPlainIri(iri); }

// Well-formed UTF-8 without NUL: SanitizeText would give it back unchanged.
bool IsCleanText(std::string_view text) {
  return text.find('\0') == std::string_view::npos && IsValidUtf8(text);
}

// IsPreparedTerm for a term's parts, with `prepared_iri` for IsPreparedIri.
template <typename IriCheck>
bool IsPreparedPartsWith(rdf::Term::Kind kind, std::string_view value, std::string_view datatype,
                         std::string_view lang, IriCheck&& prepared_iri) {
  switch (kind) {
    case rdf::Term::Kind::kIri:
      return prepared_iri(value);
    case rdf::Term::Kind::kBlank:
      return CheckBlankLabel(value).ok();
    case rdf::Term::Kind::kLiteral:
      break;
  }
  if (!IsCleanText(value)) return false;
  if (!lang.empty()) {
    Result<std::string> lang_normalized = NormalizeLanguage(lang);
    return lang_normalized.ok() && lang_normalized.value() == lang && datatype.empty();
  }
  static const std::string kXsdString = vocab::Xsd("string");
  return datatype.empty() || (datatype != kXsdString && prepared_iri(datatype));
}

template <typename IriCheck>
bool IsPreparedTermWith(const rdf::Term& term, IriCheck&& prepared_iri) {
  return IsPreparedPartsWith(term.kind, term.value, term.datatype, term.lang, prepared_iri);
}

// IRIs found prepared, remembered in a small direct-mapped table (by
// length and last bytes): a dataset repeats a few predicates, classes and
// datatypes, and its nodes' IRIs, many times over, and a hit costs one
// comparison instead of a scan. Views into the dataset being checked.
class PreparedIriCache {
 public:
  bool operator()(std::string_view iri) {
    if (iri.empty()) return false;
    std::string_view& slot = slots_[Slot(iri)];
    if (slot == iri) return true;
    if (!IsPreparedIri(iri)) return false;
    slot = iri;
    return true;
  }

 private:
  static size_t Slot(std::string_view iri) {
    const size_t n = std::min<size_t>(8, iri.size());
    uint64_t tail = 0;
    std::memcpy(&tail, iri.data() + iri.size() - n, n);
    return static_cast<size_t>(((tail ^ iri.size()) * 0x9E3779B97F4A7C15ULL) >> 58);
  }

  std::array<std::string_view, 64> slots_{};
};

// IsPreparedQuad for a quad following `previous`, which is prepared: terms
// equal to the previous quad's are not checked again (a sorted dataset
// repeats subjects and graph names quad after quad).
bool IsPreparedQuadAfter(const rdf::Quad& quad, const rdf::Quad* previous, GraphMode mode,
                         PreparedIriCache& prepared_iri) {
  if (quad.subject.is_literal() || !quad.predicate.is_iri()) return false;
  if (mode == GraphMode::kDrop && !quad.graph.empty()) return false;
  auto same = [&](auto member) { return previous != nullptr && quad.*member == previous->*member; };
  if (mode == GraphMode::kKeep && !quad.graph.empty() && !same(&rdf::Quad::graph) && !prepared_iri(quad.graph)) {
    return false;
  }
  return (same(&rdf::Quad::subject) || IsPreparedTermWith(quad.subject, prepared_iri)) &&
         (same(&rdf::Quad::predicate) || IsPreparedTermWith(quad.predicate, prepared_iri)) &&
         IsPreparedTermWith(quad.object, prepared_iri);
}

bool GraphMajorLess(const rdf::Quad& a, const rdf::Quad& b) {
  if (a.graph != b.graph) return a.graph < b.graph;
  return a < b;
}

// `quads`, strictly ascending, in graph-major order: a stable counting sort
// by graph name, since each graph's statements already follow one another
// in order. Compares graph names, not statements.
std::vector<const rdf::Quad*> ByGraph(const std::vector<rdf::Quad>& quads) {
  std::unordered_map<std::string_view, uint32_t> seen;  // graph name -> number, in order of appearance
  std::vector<std::string_view> names;
  std::vector<uint32_t> graph_of(quads.size());
  for (size_t i = 0; i < quads.size(); ++i) {
    const auto [it, added] = seen.try_emplace(quads[i].graph, static_cast<uint32_t>(names.size()));
    if (added) names.push_back(quads[i].graph);
    graph_of[i] = it->second;
  }
  std::vector<uint32_t> by_name(names.size());
  std::iota(by_name.begin(), by_name.end(), uint32_t{0});
  std::sort(by_name.begin(), by_name.end(), [&names](uint32_t a, uint32_t b) { return names[a] < names[b]; });
  std::vector<uint32_t> next(names.size() + 1, 0);  // per graph number: where its next statement goes
  for (const uint32_t g : graph_of) ++next[g + 1];
  std::vector<uint32_t> counts(next.begin() + 1, next.end());
  uint32_t at = 0;
  for (const uint32_t g : by_name) {
    next[g] = at;
    at += counts[g];
  }
  std::vector<const rdf::Quad*> order(quads.size());
  for (size_t i = 0; i < quads.size(); ++i) order[next[graph_of[i]]++] = &quads[i];
  return order;
}

}  // namespace

Result<rdf::Term> NormalizeTerm(const rdf::Term& term) {
  switch (term.kind) {
    case rdf::Term::Kind::kIri: {
      Result<std::string> iri = NormalizeIri(term.value);
      if (!iri.ok()) return iri.status();
      return rdf::Term::Iri(std::move(iri).value());
    }
    case rdf::Term::Kind::kBlank: {
      if (Status status = CheckBlankLabel(term.value); !status.ok()) return status;
      return term;
    }
    case rdf::Term::Kind::kLiteral:
      break;
  }
  std::string text = SanitizeText(term.value);
  if (!term.lang.empty()) {
    Result<std::string> lang = NormalizeLanguage(term.lang);
    if (!lang.ok()) return lang.status();
    return rdf::Term::LangString(std::move(text), std::move(lang).value());
  }
  if (term.datatype.empty() || term.datatype == vocab::Xsd("string")) {
    return rdf::Term::Literal(std::move(text));
  }
  Result<std::string> datatype = NormalizeIri(term.datatype);
  if (!datatype.ok()) return datatype.status();
  return rdf::Term::Typed(std::move(text), std::move(datatype).value());
}

bool IsPreparedTerm(const rdf::Term& term) { return IsPreparedTermWith(term, IsPreparedIri); }

bool IsPreparedTerm(const TermView& term) {
  return IsPreparedPartsWith(term.kind, term.value, term.datatype, {}, IsPreparedIri);
}

bool IsWrittenAsIs(rdf::Term::Kind kind, std::string_view value, std::string_view datatype, std::string_view lang) {
  if (kind == rdf::Term::Kind::kIri && !(datatype.empty() && lang.empty())) return false;
  return IsPreparedPartsWith(kind, value, datatype, lang, IsPreparedIri);
}

bool IsPreparedGraphName(std::string_view graph) { return IsPreparedIri(graph); }

Result<std::vector<rdf::Quad>> PrepareQuads(const rdf::Dataset& dataset, GraphMode mode) {
  std::vector<rdf::Quad> quads;
  quads.reserve(dataset.size());
  for (const rdf::Quad& quad : dataset.quads()) {
    Result<rdf::Quad> normalized = NormalizeQuad(quad, mode);
    if (!normalized.ok()) return normalized.status();
    quads.push_back(std::move(normalized).value());
  }
  // A normalized dataset usually stays sorted: checking is cheaper than sorting.
  if (mode == GraphMode::kKeep) {
    if (!std::is_sorted(quads.begin(), quads.end(), GraphMajorLess)) {
      std::sort(quads.begin(), quads.end(), GraphMajorLess);
    }
  } else if (!std::is_sorted(quads.begin(), quads.end())) {
    std::sort(quads.begin(), quads.end());
  }
  quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
  return quads;
}

Result<PreparedQuads> ViewPreparedQuads(const rdf::Dataset& dataset, GraphMode mode) {
  const std::vector<rdf::Quad>& quads = dataset.quads();
  PreparedQuads view;
  bool prepared = true, in_order = true, normalized = true;
  PreparedIriCache prepared_iri;
  for (size_t i = 0; i < quads.size() && prepared; ++i) {
    prepared = IsPreparedQuadAfter(quads[i], i > 0 ? &quads[i - 1] : nullptr, mode, prepared_iri);
    if (i > 0 && (normalized || in_order)) {
      // Strictly ascending in the order PrepareQuads sorts by: no duplicates
      // either. One comparison of the statements serves both orders.
      const bool ascending = (quads[i - 1] <=> quads[i]) < 0;
      const std::string& previous_graph = quads[i - 1].graph;
      normalized = normalized && ascending;
      in_order = in_order && (mode == GraphMode::kKeep && previous_graph != quads[i].graph
                                  ? previous_graph < quads[i].graph
                                  : ascending);
    }
  }
  if (prepared && in_order) {
    view.source_ = &quads;
    return view;
  }
  if (prepared && normalized && mode == GraphMode::kKeep) {
    view.source_ = &quads;  // a normalized dataset with several graphs
    view.order_ = ByGraph(quads);
    return view;
  }
  if (prepared) {
    // Only the order differs: sort pointers, not statements, and skip duplicates.
    auto less = [mode](const rdf::Quad* a, const rdf::Quad* b) {
      return mode == GraphMode::kKeep ? GraphMajorLess(*a, *b) : *a < *b;
    };
    std::vector<const rdf::Quad*> order;
    order.reserve(quads.size());
    for (const rdf::Quad& quad : quads) order.push_back(&quad);
    std::sort(order.begin(), order.end(), less);
    auto same = [](const rdf::Quad* a, const rdf::Quad* b) { return *a == *b; };
    order.erase(std::unique(order.begin(), order.end(), same), order.end());
    view.source_ = &quads;
    view.order_ = std::move(order);
    return view;
  }
  Result<std::vector<rdf::Quad>> copy = PrepareQuads(dataset, mode);
  if (!copy.ok()) return copy.status();
  view.owned_ = std::move(copy).value();
  return view;
}

Status ForEachPreparedQuad(const rdf::Dataset& dataset, GraphMode mode,
                           const std::function<void(const rdf::Quad&)>& visit) {
  Result<PreparedQuads> quads = ViewPreparedQuads(dataset, mode);
  if (!quads.ok()) return quads.status();
  for (size_t i = 0; i < quads->size(); ++i) visit((*quads)[i]);
  return Status::Ok();
}

}  // namespace diplograph
