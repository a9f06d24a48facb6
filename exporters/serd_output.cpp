#include "exporters/serd_output.h"

#include <memory>
#include <optional>
#include <string_view>
#include <utility>

#include "exporters/export_quads.h"
#include "ontology/serd_sord.h"
#include "ontology/vocabulary.h"

namespace diplograph {

namespace {

using serd_sord::MakeSerdNode;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Turtle INTEGER: [+-]?[0-9]+
bool IsTurtleInteger(std::string_view text) {
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  if (text.empty()) return false;
  for (char c : text) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// Turtle DECIMAL: [+-]?[0-9]*'.'[0-9]+
bool IsTurtleDecimal(std::string_view text) {
  const size_t dot = text.find('.');
  if (dot == std::string_view::npos) return false;
  std::string_view whole = text.substr(0, dot);
  if (!whole.empty() && (whole[0] == '+' || whole[0] == '-')) whole.remove_prefix(1);
  const std::string_view fraction = text.substr(dot + 1);
  for (char c : whole) {
    if (!IsDigit(c)) return false;
  }
  return IsTurtleInteger(fraction) && IsDigit(fraction[0]);
}

// Serd 0.30 writes xsd:integer and xsd:boolean literals bare without checking
// the lexical form (and xsd:decimal whenever it holds a '.'), which yields
// invalid Turtle for "abc"^^xsd:integer and turns "1.5e3"^^xsd:decimal into a
// double. When the bare form would be wrong, the datatype is handed over as
// a CURIE instead, which Serd writes quoted as "abc"^^xsd:integer.
std::optional<std::string> QuotedDatatypeCurie(const rdf::Term& literal) {
  const std::string_view xsd = vocab::kXsd;
  const std::string_view datatype = literal.datatype;
  if (datatype.substr(0, xsd.size()) != xsd) return std::nullopt;
  const std::string_view local = datatype.substr(xsd.size());
  const std::string_view text = literal.value;
  bool bare_ok = true;
  if (local == "integer") {
    bare_ok = IsTurtleInteger(text);
  } else if (local == "boolean") {
    bare_ok = text == "true" || text == "false";
  } else if (local == "decimal") {
    bare_ok = IsTurtleDecimal(text) || text.find('.') == std::string_view::npos;
  }
  if (bare_ok) return std::nullopt;
  for (const auto& [prefix, iri] : vocab::Prefixes()) {
    if (iri == xsd) return prefix + ":" + std::string(local);
  }
  return std::nullopt;
}

// A term as SerdNodes. They point into the term's own strings, which
// outlive the statement's writing, so nothing is copied; only a datatype
// rewritten as a CURIE is held here.
struct SerdTerm {
  std::string curie;
  SerdNode node = SERD_NODE_NULL;
  SerdNode datatype_node = SERD_NODE_NULL;
  SerdNode lang_node = SERD_NODE_NULL;
  bool has_datatype = false;
  bool has_lang = false;

  SerdTerm(const rdf::Term& term, bool abbreviating) {
    switch (term.kind) {
      case rdf::Term::Kind::kIri:
        node = MakeSerdNode(SERD_URI, term.value);
        return;
      case rdf::Term::Kind::kBlank:
        node = MakeSerdNode(SERD_BLANK, term.value);
        return;
      case rdf::Term::Kind::kLiteral:
        break;
    }
    node = MakeSerdNode(SERD_LITERAL, term.value);
    // Serd writes a literal holding a quote or newline as a """long string""",
    // and its reader (0.30) misreads an escape right after a quote there
    // ("\b, "\\, "\u0001 come back as a raw backslash): always write the
    // short form, which escapes everything and reads back exactly.
    node.flags &= ~static_cast<SerdNodeFlags>(SERD_HAS_NEWLINE | SERD_HAS_QUOTE);
    if (!term.lang.empty()) {
      has_lang = true;
      lang_node = MakeSerdNode(SERD_LITERAL, term.lang);
    } else if (!term.datatype.empty()) {
      has_datatype = true;
      std::optional<std::string> quoted = abbreviating ? QuotedDatatypeCurie(term) : std::nullopt;
      if (quoted) {
        curie = std::move(*quoted);
        datatype_node = MakeSerdNode(SERD_CURIE, curie);
      } else {
        datatype_node = MakeSerdNode(SERD_URI, term.datatype);
      }
    }
  }
  SerdTerm(const SerdTerm&) = delete;
  SerdTerm& operator=(const SerdTerm&) = delete;

  const SerdNode* datatype_or_null() const { return has_datatype ? &datatype_node : nullptr; }
  const SerdNode* lang_or_null() const { return has_lang ? &lang_node : nullptr; }
};

SerdStatus RecordError(void* handle, const SerdError* error) {
  auto* message = static_cast<std::string*>(handle);
  if (message->empty()) *message = serd_sord::FormatSerdError(*error);
  return SERD_SUCCESS;
}

constexpr const char* kSpace = " \t\n";

// One Serd writer for a whole document, fed a statement at a time. Serd
// writes into text_, which Flush() hands over; so the document's bytes do
// not depend on where it is cut into pieces. Not movable: Serd holds
// pointers to its members.
class SerdDocument final : public DocumentWriter {
 public:
  explicit SerdDocument(SerdSyntax syntax)
      : abbreviating_(syntax == SERD_TURTLE || syntax == SERD_TRIG),
        with_graphs_(syntax == SERD_TRIG || syntax == SERD_NQUADS),
        env_(serd_env_new(nullptr)),
        writer_(serd_writer_new(syntax,
                                abbreviating_ ? static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED)
                                              : static_cast<SerdStyle>(0),
                                env_.get(), nullptr, serd_sord::AppendToString, &text_)) {}
  SerdDocument(const SerdDocument&) = delete;
  SerdDocument& operator=(const SerdDocument&) = delete;

  // Turtle and TriG declare every prefix first.
  Status Begin(std::string* out) {
    if (!env_ || !writer_) return Status::Internal("cannot create a Serd writer");
    serd_writer_set_error_sink(writer_.get(), RecordError, &error_);
    if (abbreviating_) {
      for (const auto& [prefix, iri] : vocab::Prefixes()) {
        const SerdNode name = MakeSerdNode(SERD_LITERAL, prefix);
        const SerdNode uri = MakeSerdNode(SERD_URI, iri);
        if (serd_writer_set_prefix(writer_.get(), &name, &uri) != SERD_SUCCESS) {
          return Status::Internal("cannot declare prefix " + prefix + ":");
        }
      }
    }
    Flush(out);
    return Status::Ok();
  }

  // `quad` is prepared and follows every statement written before.
  Status Add(const rdf::Quad& quad) {
    const SerdTerm subject(quad.subject, abbreviating_);
    const SerdTerm predicate(quad.predicate, abbreviating_);
    const SerdTerm object(quad.object, abbreviating_);
    const bool graph = with_graphs_ && !quad.graph.empty();
    const SerdNode graph_node = graph ? MakeSerdNode(SERD_URI, quad.graph) : SERD_NODE_NULL;
    const SerdStatus status =
        serd_writer_write_statement(writer_.get(), 0, graph ? &graph_node : nullptr, &subject.node,
                                    &predicate.node, &object.node, object.datatype_or_null(), object.lang_or_null());
    if (status != SERD_SUCCESS) {
      return Status::Internal("Serd cannot write a statement about " + quad.subject.value + ": " +
                              (error_.empty() ? std::string(serd_sord::StatusText(status)) : error_));
    }
    return Status::Ok();
  }

  Status Write(const rdf::Dataset& piece, std::string* out) override {
    Result<PreparedQuads> quads = ViewPreparedQuads(piece, with_graphs_ ? GraphMode::kKeep : GraphMode::kDrop);
    if (!quads.ok()) return quads.status();
    for (size_t i = 0; i < quads->size(); ++i) {
      if (Status added = Add((*quads)[i]); !added.ok()) return added;
    }
    Flush(out);
    return Status::Ok();
  }

  Status Finish(std::string* out) override {
    if (serd_writer_finish(writer_.get()) != SERD_SUCCESS) {
      return Status::Internal("Serd cannot finish the document: " + error_);
    }
    if (!error_.empty()) return Status::Internal("Serd: " + error_);
    // Serd 0.30 ends TriG with indentation after the last '}' and Turtle
    // with a blank line; the trailing whitespace is outside any token, so
    // end the document with exactly one newline instead.
    if (abbreviating_) {
      const size_t end = text_.find_last_not_of(kSpace);
      text_.resize(end == std::string::npos ? 0 : end + 1);
      if (!text_.empty() || wrote_text_) text_.push_back('\n');
    }
    out->append(text_);
    text_.clear();
    return Status::Ok();
  }

 private:
  // Hands over what Serd has written, but for trailing whitespace where it
  // abbreviates: that may turn out to end the document, and be trimmed.
  // (Serd 0.30 writes such whitespace only when finishing; holding it back
  // keeps the bytes right whatever it does.)
  void Flush(std::string* out) {
    size_t length = text_.size();
    if (abbreviating_) {
      const size_t last = text_.find_last_not_of(kSpace);
      length = last == std::string::npos ? 0 : last + 1;
    }
    if (length == 0) return;
    out->append(text_, 0, length);
    text_.erase(0, length);
    wrote_text_ = true;
  }

  const bool abbreviating_;
  const bool with_graphs_;
  // Serd writes into these until it is freed, so they are declared first.
  std::string text_;
  std::string error_;
  bool wrote_text_ = false;  // anything but whitespace handed over
  serd_sord::SerdEnvPtr env_;
  serd_sord::SerdWriterPtr writer_;
};

}  // namespace

Result<std::unique_ptr<DocumentWriter>> BeginSerdDocument(SerdSyntax syntax, std::string* out) {
  auto document = std::make_unique<SerdDocument>(syntax);
  if (Status begun = document->Begin(out); !begun.ok()) return begun;
  return std::unique_ptr<DocumentWriter>(std::move(document));
}

Status WriteWithSerd(SerdSyntax syntax, const std::vector<rdf::Quad>& quads, std::string* out) {
  std::string text;  // appended to `out` only on success
  SerdDocument document(syntax);
  if (Status begun = document.Begin(&text); !begun.ok()) return begun;
  for (const rdf::Quad& quad : quads) {
    if (Status added = document.Add(quad); !added.ok()) return added;
  }
  if (Status finished = document.Finish(&text); !finished.ok()) return finished;
  out->append(text);
  return Status::Ok();
}

}  // namespace diplograph
