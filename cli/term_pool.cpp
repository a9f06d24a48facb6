#include "cli/term_pool.h"

#include <algorithm>
#include <functional>
#include <string_view>

namespace diplograph::cli {

namespace {

uint64_t Mix(uint64_t h) {  // splitmix64's finalizer: spreads std::hash's bits for masking
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}

// A datatype is one of a few long IRIs, told apart by their ends: its
// length and last bytes hash it, not all of its text, for every literal.
uint64_t HashDatatype(std::string_view datatype) {
  const std::string_view tail = datatype.substr(datatype.size() - std::min<size_t>(datatype.size(), 16));
  return std::hash<std::string_view>()(tail) + datatype.size();
}

uint64_t HashTerm(rdf::Term::Kind kind, std::string_view value, std::string_view datatype,
                  std::string_view lang) {
  const std::hash<std::string_view> hash;
  uint64_t h = hash(value) + static_cast<uint64_t>(kind);
  if (!datatype.empty()) h = h * 31 + HashDatatype(datatype);
  if (!lang.empty()) h = h * 131 + hash(lang);
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

std::vector<TermPool::Id> TermPool::Ranks() const {
  // Sorted by kind and value held side by side, in rdf::Term order: most
  // comparisons end there without reaching into the terms themselves.
  struct Key {
    rdf::Term::Kind kind;
    Id id;
    std::string_view value;
  };
  std::vector<Key> order;
  order.reserve(terms_.size());
  for (size_t id = 0; id < terms_.size(); ++id) order.push_back({terms_[id].kind, static_cast<Id>(id), terms_[id].value});
  std::sort(order.begin(), order.end(), [this](const Key& a, const Key& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (const int c = a.value.compare(b.value); c != 0) return c < 0;
    return terms_[a.id] < terms_[b.id];  // the same text: by datatype and language
  });
  std::vector<Id> rank(terms_.size());
  for (size_t r = 0; r < order.size(); ++r) rank[order[r].id] = static_cast<Id>(r);
  return rank;
}

std::vector<rdf::Term> TermPool::Release() {
  std::vector<rdf::Term> out = std::move(terms_);
  *this = TermPool();
  return out;
}

}  // namespace diplograph::cli
