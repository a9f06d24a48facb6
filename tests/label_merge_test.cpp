// MergeLabels, which works on a merged graph in place one subject at a
// time, gives what the plain definition gives: every entity keeps one
// rdfs:label (the smallest, in every graph that labels it) and its other
// labels become skos:altLabel. Also the in-place rewriting under it.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

#include "ontology/graph_builder.h"
#include "ontology/subject_groups.h"
#include "ontology/vocabulary.h"

namespace diplograph {
namespace {

using rdf::Quad;
using rdf::Term;

// The definition, straight from the header's words, with a map of every
// subject: what MergeLabels did before it worked in place.
rdf::Dataset Reference(const rdf::Dataset& dataset) {
  const std::string label = vocab::Rdfs("label"), alt = vocab::Skos("altLabel");
  std::map<std::string, std::string> chosen;
  for (const Quad& q : dataset.quads()) {
    if (q.predicate.value != label) continue;
    auto [it, inserted] = chosen.emplace(q.subject.value, q.object.value);
    if (!inserted && q.object.value < it->second) it->second = q.object.value;
  }
  rdf::Dataset out;
  for (const Quad& q : dataset.quads()) {
    const bool is_label = q.predicate.value == label;
    if (!is_label && q.predicate.value != alt) {
      out.Add(q);
      continue;
    }
    auto it = chosen.find(q.subject.value);
    if (is_label) out.Add({q.subject, q.predicate, Term::Literal(it->second), q.graph});
    if (it != chosen.end() && q.object.value == it->second) continue;
    out.Add({q.subject, Term::Iri(alt), q.object, q.graph});
  }
  out.Normalize();
  return out;
}

rdf::Dataset RandomGraph(unsigned seed, int statements = 200) {
  std::mt19937 rng(seed);
  static const char* names[] = {"Seoul", "Republic of Korea", "South Korea", "Korea", "\xc3\x89mile", "Emile"};
  static const char* graphs[] = {"", "https://example.org/d1", "https://example.org/d2"};
  const Term label = Term::Iri(vocab::Rdfs("label")), alt = Term::Iri(vocab::Skos("altLabel"));
  const Term type = Term::Iri(vocab::Rdf("type")), cls = Term::Iri(vocab::Dip("Country"));
  rdf::Dataset d;
  for (int i = 0; i < statements; ++i) {
    const Term s = Term::Iri("https://example.org/e" + std::to_string(rng() % 12));
    const std::string graph = graphs[rng() % std::size(graphs)];
    const std::string name = names[rng() % std::size(names)];
    switch (rng() % 5) {
      case 0: d.Add(s, label, Term::Literal(name), graph); break;
      case 1: d.Add(s, label, Term::LangString(name, "en"), graph); break;
      case 2: d.Add(s, alt, Term::Literal(name), graph); break;
      case 3: d.Add(s, type, cls, graph); break;
      default: d.Add(s, Term::Iri(vocab::Dip("condemned")), Term::Iri("https://example.org/e0"), graph);
    }
  }
  return d;
}

TEST(MergeLabelsTest, EqualsTheDefinitionOnNormalizedAndUnsortedGraphs) {
  for (unsigned seed = 1; seed <= 50; ++seed) {
    const rdf::Dataset unsorted = RandomGraph(seed);
    const rdf::Dataset expected = Reference(unsorted);
    rdf::Dataset merged = unsorted;
    MergeLabels(merged);
    EXPECT_TRUE(merged.quads() == expected.quads()) << "unsorted, seed " << seed;
    rdf::Dataset normalized = unsorted;
    normalized.Normalize();
    MergeLabels(normalized);
    EXPECT_TRUE(normalized.quads() == expected.quads()) << "normalized, seed " << seed;
    rdf::Dataset union_graph = unsorted.Union();
    MergeLabels(union_graph);
    EXPECT_TRUE(union_graph.quads() == Reference(unsorted.Union()).quads()) << "union, seed " << seed;
  }
}

// Sparse graphs have many subjects with one label or none, which
// MergeLabels leaves alone when the rewrite would change nothing: it must
// still rewrite a label with a language tag and drop an alternative label
// that repeats the label.
TEST(MergeLabelsTest, EqualsTheDefinitionOnSparseGraphs) {
  for (unsigned seed = 1; seed <= 200; ++seed) {
    rdf::Dataset merged = RandomGraph(seed, 24);
    const rdf::Dataset expected = Reference(merged);
    MergeLabels(merged);
    EXPECT_TRUE(merged.quads() == expected.quads()) << "seed " << seed;
  }
}

TEST(MergeLabelsTest, OneDocumentKeepsItsLabelsButLosesARepeatedAltLabel) {
  const std::string g = "https://example.org/d1";
  const Term seoul = Term::Iri("https://example.org/seoul"), korea = Term::Iri("https://example.org/korea");
  const Term label = Term::Iri(vocab::Rdfs("label")), alt = Term::Iri(vocab::Skos("altLabel"));
  rdf::Dataset d;
  d.Add(seoul, label, Term::Literal("Seoul"), g);
  d.Add(seoul, alt, Term::Literal("Soul"), g);
  d.Add(korea, label, Term::Literal("Korea"), g);
  d.Add(korea, alt, Term::Literal("Korea"), g);  // repeats the label: goes
  d.Add(korea, alt, Term::Literal("ROK"), g);
  MergeLabels(d);
  const std::vector<Quad> expected = {
      {korea, label, Term::Literal("Korea"), g},
      {korea, alt, Term::Literal("ROK"), g},
      {seoul, label, Term::Literal("Seoul"), g},
      {seoul, alt, Term::Literal("Soul"), g},
  };
  EXPECT_TRUE(d.quads() == expected);
}

TEST(MergeLabelsTest, SmallestLabelStaysInEveryGraphAndTheOthersBecomeAltLabels) {
  const Term korea = Term::Iri("https://example.org/korea");
  const Term label = Term::Iri(vocab::Rdfs("label")), alt = Term::Iri(vocab::Skos("altLabel"));
  rdf::Dataset d;
  d.Add(korea, label, Term::Literal("South Korea"), "https://example.org/d2");
  d.Add(korea, label, Term::LangString("Korea", "en"), "https://example.org/d1");
  d.Add(korea, alt, Term::Literal("Korea"), "https://example.org/d1");  // the label itself: goes
  d.Normalize();
  MergeLabels(d);
  const std::vector<Quad> expected = {
      {korea, label, Term::Literal("Korea"), "https://example.org/d1"},
      {korea, label, Term::Literal("Korea"), "https://example.org/d2"},
      {korea, alt, Term::Literal("South Korea"), "https://example.org/d2"},
  };
  EXPECT_TRUE(d.quads() == expected);
}

Quad Q(int subject, int object) {
  return {Term::Iri("https://example.org/s" + std::to_string(subject)), Term::Iri("https://example.org/p"),
          Term::Literal(std::to_string(object)), ""};
}

TEST(SubjectGroupsTest, GroupsGrowAndShrinkInPlaceAndStaySorted) {
  // Subjects 0..9, three statements each; even subjects grow to five
  // statements (given out of order, with a repeat), multiples of three
  // shrink to one, the rest are kept.
  std::vector<Quad> quads;
  for (int s = 0; s < 10; ++s) {
    for (int o = 0; o < 3; ++o) quads.push_back(Q(s, o));
  }
  std::vector<Quad> expected;
  for (int s = 0; s < 10; ++s) {
    if (s % 3 == 0) {
      expected.push_back(Q(s, 0));
    } else if (s % 2 == 0) {
      for (int o = 0; o < 5; ++o) expected.push_back(Q(s, o));
    } else {
      for (int o = 0; o < 3; ++o) expected.push_back(Q(s, o));
    }
  }
  rdf::RewriteSubjectGroups(quads, [](std::span<Quad> in, std::vector<Quad>& out) {
    const int s = std::stoi(in.front().subject.value.substr(std::string("https://example.org/s").size()));
    if (s % 3 == 0) {
      out.push_back(std::move(in.front()));
      return true;
    }
    if (s % 2 != 0) return false;
    for (int o : {4, 3, 0, 1, 2, 4}) out.push_back(Q(s, o));
    return true;
  });
  EXPECT_TRUE(quads == expected);
}

}  // namespace
}  // namespace diplograph
