// The statements of the lexicon files, grouped by subject and then
// predicate, for the lexicon loader to read entities, triggers and word
// lists from. Their strings are views into one arena, not strings of their
// own: a map of strings per subject and predicate cost more to free at the
// end of start-up than the parse that filled it.
//
// The lexicon files built into the program are parsed at build time
// (ontology/compiler): their statements, in a compact form, are read in
// place at start-up, where parsing their Turtle was half of it.
#pragma once

#include <compare>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/status.h"
#include "ontology/rdf.h"
#include "ontology/string_arena.h"

namespace diplograph {

struct LexiconStatement {
  // An object term, ordered as rdf::Term is.
  struct Value {
    rdf::Term::Kind kind = rdf::Term::Kind::kIri;
    std::string_view value;
    std::string_view datatype;
    std::string_view lang;
    auto operator<=>(const Value&) const = default;
  };

  std::string_view subject;
  std::string_view predicate;
  Value object;
};

// One subject's statements, sorted by predicate and then object, without
// repeats.
class LexiconProperties {
 public:
  explicit LexiconProperties(std::span<const LexiconStatement> statements) : statements_(statements) {}

  // The statements of `predicate`, their objects in order.
  std::span<const LexiconStatement> Of(std::string_view predicate) const;
  // The values of `predicate`, in order.
  std::vector<std::string> Strings(std::string_view predicate) const;
  // The first value of `predicate`, or "" when it has none.
  std::string_view First(std::string_view predicate) const;
  bool Flag(std::string_view predicate) const { return First(predicate) == "true"; }

 private:
  std::span<const LexiconStatement> statements_;
};

class LexiconStatements {
 public:
  struct Subject {
    std::string_view iri;
    LexiconProperties properties;
  };

  // Adds a statement (in the order the text gives them: a subject's come
  // together, which the grouping takes advantage of).
  void Add(const rdf::Quad& quad);
  // Adds the statements of a compiled form (CompileLexiconStatements),
  // viewing its bytes: `compiled` must outlive this. Internal when it is
  // not one.
  Status AddCompiled(std::string_view compiled);
  // Groups the statements added by subject; call once, after the last Add.
  void Group();

  // The subjects in byte order of their IRIs (blank node labels too).
  const std::vector<Subject>& subjects() const { return subjects_; }
  // The properties of `iri`, or nullptr when no statement is about it.
  const LexiconProperties* Find(std::string_view iri) const;

 private:
  StringArena arena_;
  std::vector<LexiconStatement> added_;    // in the order added
  std::vector<LexiconStatement> grouped_;  // by subject, predicate and object: what subjects_ view
  std::vector<Subject> subjects_;
};

// The statements `quads` in the compact form AddCompiled reads: their
// strings once each, then each statement as the numbers of its strings.
std::string CompileLexiconStatements(const std::vector<rdf::Quad>& quads);

}  // namespace diplograph
