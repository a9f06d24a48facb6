// Every distinct RDF term of a merged graph, stored once and named by a
// 32-bit id, so that millions of statements can be held, compared and
// de-duplicated as four integers instead of ten strings each.
//
// Not thread-safe: the thread that consumes results owns it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "ontology/rdf.h"

namespace diplograph::cli {

class TermPool {
 public:
  using Id = uint32_t;

  // The id of the term with these parts, adding it on first sight.
  Id Intern(rdf::Term::Kind kind, std::string_view value, std::string_view datatype = {},
            std::string_view lang = {});
  Id Intern(const rdf::Term& t) { return Intern(t.kind, t.value, t.datatype, t.lang); }

  // For interning many terms at once: the hash of a term's parts, room for
  // `more` terms, and a hint to fetch the first slot a hash probes. Terms
  // hashed and fetched ahead of their Intern() are found without waiting
  // for memory, one after another.
  static uint32_t Hash(rdf::Term::Kind kind, std::string_view value, std::string_view datatype = {},
                       std::string_view lang = {});
  void Reserve(size_t more);
  void Prefetch(uint32_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  // Then, once that slot is at hand: a hint to fetch the term it names when
  // the hashes agree, which Intern() will compare with.
  void PrefetchTerm(uint32_t hash) const {
    if (slots_.empty()) return;
    const Slot& slot = slots_[hash & (slots_.size() - 1)];
    if (slot.id_plus_one != 0 && slot.hash == hash) __builtin_prefetch(&terms_[slot.id_plus_one - 1]);
  }
  // Intern() for a term whose Hash() is known.
  Id Intern(uint32_t hash, rdf::Term::Kind kind, std::string_view value, std::string_view datatype = {},
            std::string_view lang = {});

  const rdf::Term& term(Id id) const { return terms_[id]; }
  size_t size() const { return terms_.size(); }
  // IsWrittenAsIs() of the term, found when it was added, while its text
  // was at hand: so that checking a whole graph reads no text again.
  bool written_as_is(Id id) const { return written_as_is_[id]; }

  // rank[id] is the term's position in rdf::Term order, so that comparing
  // ranks compares terms.
  std::vector<Id> Ranks() const;
  // The terms by id, and written_as_is() of each; the pool is left empty.
  struct Released {
    std::vector<rdf::Term> terms;
    std::vector<bool> written_as_is;
  };
  Released Release();

 private:
  void Grow();

  // Open addressing, linear probing. A slot keeps the term's hash beside
  // its id: a probe passes other terms without reading them (a cache miss
  // each), and growing never rehashes strings.
  struct Slot {
    Id id_plus_one = 0;  // 0: free
    uint32_t hash = 0;   // the hash's low bits, which also place the slot
  };

  std::vector<rdf::Term> terms_;
  std::vector<bool> written_as_is_;  // by id
  std::vector<Slot> slots_;
};

}  // namespace diplograph::cli
