#include "cli/term_pool.h"

#include "exporters/export_quads.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace diplograph::cli {

namespace {

uint64_t Mix(uint64_t h) {  // splitmix64's finalizer: spreads the hash's bits for masking
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}

// The bytes of `s`, eight at a time, each word folded in by a multiply and
// a rotation (so that every bit reaches the low ones too): std::hash's
// Murmur steps cost several times more for the long literals (evidence
// sentences) that many terms are. Mix() finishes it.
uint64_t HashBytes(std::string_view s) {
  constexpr uint64_t kOdd = 0x9e3779b97f4a7c15ULL;
  auto fold = [](uint64_t h, uint64_t word) { return std::rotl((h ^ word) * kOdd, 29); };
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = n * kOdd;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    h = fold(h, word);
  }
  // The last 0 to 7 bytes as one word, without a variable-length copy: two
  // overlapping 4-byte loads, or the first, middle and last byte.
  const size_t rest = n - i;
  uint64_t tail = 0;
  if (rest >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p + i, 4);
    std::memcpy(&hi, p + n - 4, 4);
    tail = lo | (uint64_t{hi} << 32);
  } else if (rest > 0) {
    const auto byte = [p, i](size_t k) { return uint64_t{static_cast<unsigned char>(p[i + k])}; };
    tail = byte(0) | (byte(rest / 2) << 8) | (byte(rest - 1) << 16);
  }
  return fold(h, tail);
}

// A datatype is one of a few long IRIs, told apart by their ends: its
// length and last bytes hash it, not all of its text, for every literal.
uint64_t HashDatatype(std::string_view datatype) {
  const std::string_view tail = datatype.substr(datatype.size() - std::min<size_t>(datatype.size(), 16));
  return HashBytes(tail) + datatype.size();
}

uint64_t HashTerm(rdf::Term::Kind kind, std::string_view value, std::string_view datatype,
                  std::string_view lang) {
  uint64_t h = HashBytes(value) + static_cast<uint64_t>(kind);
  if (!datatype.empty()) h = h * 31 + HashDatatype(datatype);
  if (!lang.empty()) h = h * 131 + HashBytes(lang);
  return Mix(h);
}

}  // namespace

uint32_t TermPool::Hash(rdf::Term::Kind kind, std::string_view value, std::string_view datatype,
                       std::string_view lang) {
  return static_cast<uint32_t>(HashTerm(kind, value, datatype, lang));
}

void TermPool::Reserve(size_t more) {
  while (2 * (terms_.size() + more) > slots_.size()) Grow();
}

TermPool::Id TermPool::Intern(rdf::Term::Kind kind, std::string_view value, std::string_view datatype,
                              std::string_view lang) {
  return Intern(Hash(kind, value, datatype, lang), kind, value, datatype, lang);
}

TermPool::Id TermPool::Intern(uint32_t h, rdf::Term::Kind kind, std::string_view value, std::string_view datatype,
                              std::string_view lang) {
  if (2 * (terms_.size() + 1) > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) {
      slot = {static_cast<Id>(terms_.size() + 1), h};
      terms_.push_back({kind, std::string(value), std::string(datatype), std::string(lang)});
      written_as_is_.push_back(IsWrittenAsIs(kind, value, datatype, lang));
      return static_cast<Id>(terms_.size() - 1);
    }
    if (slot.hash != h) continue;
    const Id id = slot.id_plus_one - 1;
    const rdf::Term& t = terms_[id];
    if (t.kind == kind && t.value == value && t.datatype == datatype && t.lang == lang) return id;
  }
}

void TermPool::Grow() {
  std::vector<Slot> slots(std::max<size_t>(1024, slots_.size() * 2));
  const size_t mask = slots.size() - 1;
  for (const Slot& slot : slots_) {
    if (slot.id_plus_one == 0) continue;
    size_t i = slot.hash & mask;
    while (slots[i].id_plus_one != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
  slots_ = std::move(slots);
}

namespace {

// A term being ranked: its kind and text, and the eight bytes of the text
// from the depth being sorted on, big-endian (so that comparing words
// compares bytes) and zero-padded past its end.
struct RankKey {  // 32 bytes: sorting moves them
  uint64_t word = 0;
  std::string_view value;
  TermPool::Id id;
  rdf::Term::Kind kind;
};

uint64_t WordAt(std::string_view s, size_t depth) {
  if (depth + 8 <= s.size()) {  // most texts: one load, its bytes reversed
    uint64_t word;
    std::memcpy(&word, s.data() + depth, 8);
    return std::endian::native == std::endian::little ? __builtin_bswap64(word) : word;
  }
  uint64_t word = 0;
  for (size_t i = 0; i < 8; ++i) {
    const size_t at = depth + i;
    word = word << 8 | (at < s.size() ? static_cast<unsigned char>(s[at]) : 0u);
  }
  return word;
}

// Past this depth a group is sorted by comparing whole texts.
constexpr size_t kMaxWordDepth = 1024;

// Sorts keys of one kind whose texts agree on their first `depth` bytes, in
// rdf::Term order, eight bytes a step (most-significant first): a merged
// graph's texts share long prefixes ("https://w3id.org/diplograph/..."),
// which comparing whole strings read again at every comparison. `tie`
// orders terms of the same kind and text (by datatype and language).
template <typename Tie>
void SortFrom(RankKey* begin, RankKey* end, size_t depth, const Tie& tie) {
  while (end - begin > 1) {
    if (depth > kMaxWordDepth) {
      std::sort(begin, end, [&](const RankKey& a, const RankKey& b) {
        if (const int c = a.value.compare(b.value); c != 0) return c < 0;
        return tie(a, b);
      });
      return;
    }
    bool same = true;
    for (RankKey* k = begin; k != end; ++k) {
      k->word = WordAt(k->value, depth);
      same = same && k->word == begin->word && k->value.size() > depth + 8;
    }
    if (same) {  // one shared run of eight bytes: nothing to order by yet
      depth += 8;
      continue;
    }
    std::sort(begin, end, [](const RankKey& a, const RankKey& b) { return a.word < b.word; });
    for (RankKey* run = begin; run != end;) {
      RankKey* run_end = run + 1;
      while (run_end != end && run_end->word == run->word) ++run_end;
      // Texts that end within these bytes are prefixes of the longer ones
      // with the same word (the padding is zeros): they come first, the
      // shorter first; the same text is ordered by `tie`.
      RankKey* longer = std::partition(run, run_end, [depth](const RankKey& k) { return k.value.size() <= depth + 8; });
      std::sort(run, longer, [&](const RankKey& a, const RankKey& b) {
        if (a.value.size() != b.value.size()) return a.value.size() < b.value.size();
        return tie(a, b);
      });
      SortFrom(longer, run_end, depth + 8, tie);
      run = run_end;
    }
    return;
  }
}

}  // namespace

std::vector<TermPool::Id> TermPool::Ranks() const {
  // By kind first (a few: placed by counting them), then each kind by text.
  constexpr size_t kKinds = 3;
  static_assert(static_cast<size_t>(rdf::Term::Kind::kLiteral) + 1 == kKinds);
  std::array<size_t, kKinds + 1> next{};
  for (const rdf::Term& t : terms_) ++next[static_cast<size_t>(t.kind) + 1];
  for (size_t k = 1; k < next.size(); ++k) next[k] += next[k - 1];
  std::vector<RankKey> order(terms_.size());
  for (size_t id = 0; id < terms_.size(); ++id) {
    const rdf::Term& t = terms_[id];
    order[next[static_cast<size_t>(t.kind)]++] = {0, t.value, static_cast<Id>(id), t.kind};
  }
  auto tie = [this](const RankKey& a, const RankKey& b) { return terms_[a.id] < terms_[b.id]; };
  for (auto kind = order.begin(); kind != order.end();) {
    auto kind_end = kind;
    while (kind_end != order.end() && kind_end->kind == kind->kind) ++kind_end;
    SortFrom(&*kind, &*kind + (kind_end - kind), 0, tie);
    kind = kind_end;
  }
  std::vector<Id> rank(terms_.size());
  for (size_t r = 0; r < order.size(); ++r) rank[order[r].id] = static_cast<Id>(r);
  return rank;
}

TermPool::Released TermPool::Release() {
  Released out{std::move(terms_), std::move(written_as_is_)};
  *this = TermPool();
  return out;
}

}  // namespace diplograph::cli
