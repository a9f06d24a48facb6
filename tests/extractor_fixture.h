// The extractor fixture shared by the extractor's test programs: one
// lexicon and pipeline per suite, and relations read back as
// "Subject predicate Object" by entity label.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>

#include "extractor/pipeline.h"
#include "ontology/lexicon_loader.h"

namespace diplograph {

class ExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lexicon = LoadLexicon(EmbeddedLexiconSources());
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
    lexicon_ = std::make_unique<Lexicon>(std::move(lexicon.value()));
    pipeline_ = std::make_unique<Pipeline>(*lexicon_);
  }
  static void TearDownTestSuite() {
    pipeline_.reset();
    lexicon_.reset();
  }

  static Document Extract(const std::string& text, const std::string& published = "") {
    Document doc;
    doc.id = "test";
    doc.text = text;
    if (!published.empty()) doc.published = Date::FromIso(published);
    Status st = pipeline_->Run(doc);
    EXPECT_TRUE(st.ok()) << st.message();
    return doc;
  }

  // "Subject predicate Object" for every relation, by entity label.
  static std::set<std::string> Relations(const Document& doc) {
    std::set<std::string> out;
    for (const Relation& r : doc.relations) {
      out.insert(doc.entities[static_cast<size_t>(r.subject)].label + " " +
                 std::string(Info(r.predicate).local_name) + " " +
                 doc.entities[static_cast<size_t>(r.object)].label);
    }
    return out;
  }

  static std::set<std::string> Relations(const std::string& text, const std::string& published = "") {
    return Relations(Extract(text, published));
  }

  // The labels of the document's entities of `type` ("" when there are none).
  static std::string LabelsOf(const Document& doc, EntityType type) {
    std::string labels;
    for (const Entity& e : doc.entities) {
      if (e.type == type) labels += (labels.empty() ? "" : "; ") + e.label;
    }
    return labels;
  }

  static std::string DateOf(const Document& doc, Predicate p) {
    for (const Relation& r : doc.relations) {
      if (r.predicate == p && r.date) return r.date->ToIso();
    }
    return "none";
  }

  static inline std::unique_ptr<Lexicon> lexicon_;
  static inline std::unique_ptr<Pipeline> pipeline_;
};


}  // namespace diplograph
