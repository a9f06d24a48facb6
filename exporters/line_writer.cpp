#include "exporters/line_writer.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "exporters/export_quads.h"

namespace diplograph {

namespace {

// Lines are written through a pointer into room made once per line, not
// by a std::string call per piece: these run for every statement written.
char* Put(std::string_view text, char* p) {
  if (!text.empty()) std::memcpy(p, text.data(), text.size());
  return p + text.size();
}

char* PutIri(std::string_view iri, char* p) {
  *p++ = '<';
  p = Put(iri, p);
  *p++ = '>';
  return p;
}

// Whether any of the eight bytes in `chunk` may need escaping: a control
// byte, '"', '\\' or DEL. Never false when one does; rarely true otherwise
// (a borrow can flag a byte after one that is flagged rightly).
bool MayNeedEscape(uint64_t chunk) {
  constexpr uint64_t kEachByte = 0x0101010101010101ULL;
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t x) { return (x - kEachByte) & ~x & kHighBits; };
  const uint64_t below_space = (chunk - kEachByte * 0x20) & ~chunk & kHighBits;
  return (below_space | has_zero(chunk ^ (kEachByte * '"')) | has_zero(chunk ^ (kEachByte * '\\')) |
          has_zero(chunk ^ (kEachByte * 0x7F))) != 0;
}

#ifdef __SSE2__
// Whether any of the sixteen bytes at `at` needs escaping: a control byte,
// '"', '\\' or DEL (exactly those, unlike MayNeedEscape).
bool NeedsEscape16(const char* at) {
  const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
  const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(chunk, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
  const __m128i quote = _mm_cmpeq_epi8(chunk, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\\'));
  const __m128i del = _mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x7F));
  return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(control, quote), _mm_or_si128(backslash, del))) != 0;
}
#endif

// Escapes as Serd does: \" \\ \n \r \t, \u00XX for the other control
// characters (\b and \f included); everything else as it is (UTF-8). Runs
// without such bytes, nearly all text, are copied whole, and looked through
// sixteen bytes at a time where SSE2 is at hand (every x86-64), else eight.
char* PutQuoted(std::string_view text, char* p) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  *p++ = '"';
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < text.size(); ++i) {
#ifdef __SSE2__
    if (i + 16 <= text.size() && !NeedsEscape16(text.data() + i)) {
      i += 15;
      continue;
    }
#endif
    if (i + 8 <= text.size()) {
      uint64_t chunk;
      std::memcpy(&chunk, text.data() + i, 8);
      if (!MayNeedEscape(chunk)) {
        i += 7;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) continue;
    p = Put(text.substr(run, i - run), p);
    run = i + 1;
    *p++ = '\\';
    switch (c) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\n': *p++ = 'n'; break;
      case '\r': *p++ = 'r'; break;
      case '\t': *p++ = 't'; break;
      default:
        p = Put("u00", p);
        *p++ = kHex[c >> 4];
        *p++ = kHex[c & 0x0F];
    }
  }
  p = Put(text.substr(run), p);
  *p++ = '"';
  return p;
}

// Works for rdf::Term and TermView alike (a view has no language).
template <typename T>
char* PutTerm(const T& term, char* p) {
  switch (term.kind) {
    case rdf::Term::Kind::kIri:
      return PutIri(term.value, p);
    case rdf::Term::Kind::kBlank:
      return Put(term.value, Put("_:", p));
    case rdf::Term::Kind::kLiteral:
      p = PutQuoted(term.value, p);
      if constexpr (std::is_same_v<T, rdf::Term>) {
        if (!term.lang.empty()) {
          *p++ = '@';
          return Put(term.lang, p);
        }
      }
      if (!term.datatype.empty()) p = PutIri(term.datatype, Put("^^", p));
      return p;
  }
  return p;
}

// The most bytes PutTerm writes for `term`: a byte of text becomes at most
// six (\u00XX), and the delimiters take at most six more ("", ^^ and <>).
size_t MaxWritten(const rdf::Term& term) {
  return 6 * term.value.size() + term.datatype.size() + term.lang.size() + 6;
}

size_t MaxLine(const rdf::Quad& quad) {
  return MaxWritten(quad.subject) + MaxWritten(quad.predicate) + MaxWritten(quad.object) + quad.graph.size() + 8;
}

char* PutLine(const rdf::Quad& quad, GraphMode mode, char* p) {
  p = PutTerm(quad.subject, p);
  *p++ = ' ';
  p = PutTerm(quad.predicate, p);
  *p++ = ' ';
  p = PutTerm(quad.object, p);
  if (mode == GraphMode::kKeep && !quad.graph.empty()) {
    *p++ = ' ';
    p = PutIri(quad.graph, p);
  }
  return Put(" .\n", p);
}

}  // namespace

Status WriteLines(const rdf::Dataset& dataset, GraphMode mode, std::string* out) {
  // Preparing is the only step that can fail, and nothing is written before
  // it succeeds: the lines go straight into `out`. Each line is put together
  // in a buffer that fits the longest (never zero-filled, unlike room made
  // in a std::string) and appended whole.
  Result<PreparedQuads> quads = ViewPreparedQuads(dataset, mode);
  if (!quads.ok()) return quads.status();
  size_t longest = 0, unescaped = 0;
  for (size_t i = 0; i < quads->size(); ++i) {
    const rdf::Quad& q = (*quads)[i];
    longest = std::max(longest, MaxLine(q));
    unescaped += q.subject.value.size() + q.predicate.value.size() + q.object.value.size() +
                 q.object.datatype.size() + q.object.lang.size() + q.graph.size() + 16;
  }
  out->reserve(out->size() + unescaped);
  const auto line = std::make_unique_for_overwrite<char[]>(longest);
  for (size_t i = 0; i < quads->size(); ++i) {
    const char* end = PutLine((*quads)[i], mode, line.get());
    out->append(line.get(), static_cast<size_t>(end - line.get()));
  }
  return Status::Ok();
}

void SubjectLineWriter::Subject(const rdf::Term& subject) {
  // Room as MaxWritten gives, only ever grown: zero-filling it for every
  // subject would cost more than writing the subject.
  const size_t room = MaxWritten(subject) + 1;
  if (subject_room_.size() < room) subject_room_.resize(std::max(room, 2 * subject_room_.size()));
  char* end = PutTerm(subject, subject_room_.data());
  *end++ = ' ';
  subject_ = std::string_view(subject_room_.data(), static_cast<size_t>(end - subject_room_.data()));
}

void SubjectLineWriter::Append(uint32_t predicate_id, const rdf::Term& predicate, const rdf::Term& object,
                               ByteBuffer* out) {
  const std::string& written = predicates_.Get(predicate_id, [&predicate](uint32_t) {
    std::string bytes(MaxWritten(predicate) + 1, '\0');
    char* end = PutTerm(predicate, bytes.data());
    *end++ = ' ';
    bytes.resize(static_cast<size_t>(end - bytes.data()));
    return bytes;
  });
  char* p = out->Room(subject_.size() + written.size() + MaxWritten(object) + 3);
  p = Put(written, Put(subject_, p));
  p = PutTerm(object, p);
  p[0] = ' ';
  p[1] = '.';
  p[2] = '\n';
  out->Commit(p + 3);
}

bool WriteTermLines(std::span<const TermView> terms, std::span<const DocumentGraph::Triple> triples,
                    std::string_view graph, GraphMode mode, std::string* out) {
  // Each term is checked and written once, however many lines use it;
  // then a line is three copies and its end. Terms no line uses are
  // neither checked nor written, as with quads.
  constexpr uint32_t kUnwritten = UINT32_MAX;
  std::vector<uint32_t> at(terms.size(), kUnwritten);  // by term: where its text starts in `written`
  std::vector<uint32_t> length(terms.size(), 0);
  std::string written;
  std::vector<char> buffer;
  auto write = [&](DocumentGraph::Id id) {
    if (at[id] != kUnwritten) return true;
    const TermView& term = terms[id];
    if (!IsPreparedTerm(term)) return false;
    // Room as MaxWritten gives, only ever grown: zero-filling it for every
    // term would cost more than writing the term.
    const size_t room = 6 * term.value.size() + term.datatype.size() + 6;
    if (buffer.size() < room) buffer.resize(std::max(room, 2 * buffer.size()));
    const char* end = PutTerm(term, buffer.data());
    at[id] = static_cast<uint32_t>(written.size());
    length[id] = static_cast<uint32_t>(end - buffer.data());
    written.append(buffer.data(), length[id]);
    return true;
  };
  const bool named = mode == GraphMode::kKeep && !graph.empty();
  if (named && !IsPreparedGraphName(graph)) return false;
  size_t bytes = 0;
  for (const DocumentGraph::Triple& t : triples) {
    if (terms[t.s].is_literal() || !terms[t.p].is_iri()) return false;
    if (!write(t.s) || !write(t.p) || !write(t.o)) return false;
    bytes += length[t.s] + length[t.p] + length[t.o] + 2;
  }
  std::string end = named ? " <" + std::string(graph) + "> .\n" : std::string(" .\n");
  // Lines are copied eight bytes at a time into room made once, with eight
  // bytes to spare on both sides: a library call per piece would cost more
  // than the copy. What a copy writes past a piece the next one overwrites.
  constexpr size_t kSpare = 8;
  written.append(kSpare, '\0');
  end.append(kSpare, '\0');
  const size_t end_size = end.size() - kSpare;
  const size_t before = out->size();
  const size_t total = bytes + triples.size() * end_size;
  out->resize(before + total + kSpare);
  char* p = out->data() + before;
  auto copy = [&p](const char* from, size_t n) {
    for (size_t i = 0; i < n; i += 8) std::memcpy(p + i, from + i, 8);
    p += n;
  };
  const char* text = written.data();
  for (const DocumentGraph::Triple& t : triples) {
    copy(text + at[t.s], length[t.s]);
    *p++ = ' ';
    copy(text + at[t.p], length[t.p]);
    *p++ = ' ';
    copy(text + at[t.o], length[t.o]);
    copy(end.data(), end_size);
  }
  out->resize(before + total);
  return true;
}

namespace {

class LineDocument final : public DocumentWriter {
 public:
  explicit LineDocument(GraphMode mode) : mode_(mode) {}
  Status Write(const rdf::Dataset& piece, std::string* out) override { return WriteLines(piece, mode_, out); }
  Status Finish(std::string*) override { return Status::Ok(); }

 private:
  GraphMode mode_;
};

}  // namespace

std::unique_ptr<DocumentWriter> BeginLineDocument(GraphMode mode) { return std::make_unique<LineDocument>(mode); }

}  // namespace diplograph
