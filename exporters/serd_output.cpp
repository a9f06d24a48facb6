#include "exporters/serd_output.h"

#include <optional>
#include <string_view>

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

// Owns the strings a statement's SerdNodes point into.
struct SerdTerm {
  std::string text;
  std::string datatype;
  std::string lang;
  SerdNode node = SERD_NODE_NULL;
  SerdNode datatype_node = SERD_NODE_NULL;
  SerdNode lang_node = SERD_NODE_NULL;

  SerdTerm(const rdf::Term& term, bool abbreviating) : text(term.value) {
    switch (term.kind) {
      case rdf::Term::Kind::kIri:
        node = MakeSerdNode(SERD_URI, text);
        return;
      case rdf::Term::Kind::kBlank:
        node = MakeSerdNode(SERD_BLANK, text);
        return;
      case rdf::Term::Kind::kLiteral:
        break;
    }
    node = MakeSerdNode(SERD_LITERAL, text);
    // Serd writes a literal holding a quote or newline as a """long string""",
    // and its reader (0.30) misreads an escape right after a quote there
    // ("\b, "\\, "\u0001 come back as a raw backslash): always write the
    // short form, which escapes everything and reads back exactly.
    node.flags &= ~static_cast<SerdNodeFlags>(SERD_HAS_NEWLINE | SERD_HAS_QUOTE);
    if (!term.lang.empty()) {
      lang = term.lang;
      lang_node = MakeSerdNode(SERD_LITERAL, lang);
    } else if (!term.datatype.empty()) {
      std::optional<std::string> curie = abbreviating ? QuotedDatatypeCurie(term) : std::nullopt;
      datatype = curie ? *curie : term.datatype;
      datatype_node = MakeSerdNode(curie ? SERD_CURIE : SERD_URI, datatype);
    }
  }
  SerdTerm(const SerdTerm&) = delete;
  SerdTerm& operator=(const SerdTerm&) = delete;

  const SerdNode* datatype_or_null() const { return datatype.empty() ? nullptr : &datatype_node; }
  const SerdNode* lang_or_null() const { return lang.empty() ? nullptr : &lang_node; }
};

SerdStatus RecordError(void* handle, const SerdError* error) {
  auto* message = static_cast<std::string*>(handle);
  if (message->empty()) *message = serd_sord::FormatSerdError(*error);
  return SERD_SUCCESS;
}

// Serd 0.30 ends TriG with indentation after the last '}' and Turtle with a
// blank line; the trailing whitespace is outside any token, so end the
// document with exactly one newline instead.
void TrimTrailingWhitespace(std::string* text) {
  const size_t end = text->find_last_not_of(" \t\n");
  text->resize(end == std::string::npos ? 0 : end + 1);
  if (!text->empty()) text->push_back('\n');
}

}  // namespace

Status WriteWithSerd(SerdSyntax syntax, const std::vector<rdf::Quad>& quads, std::string* out) {
  const bool abbreviating = syntax == SERD_TURTLE || syntax == SERD_TRIG;
  const bool with_graphs = syntax == SERD_TRIG || syntax == SERD_NQUADS;
  const auto style = abbreviating ? static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED)
                                  : static_cast<SerdStyle>(0);
  std::string text;  // appended to `out` only on success
  std::string error;
  {
    serd_sord::SerdEnvPtr env(serd_env_new(nullptr));
    serd_sord::SerdWriterPtr writer(
        serd_writer_new(syntax, style, env.get(), nullptr, serd_sord::AppendToString, &text));
    if (!env || !writer) return Status::Internal("cannot create a Serd writer");
    serd_writer_set_error_sink(writer.get(), RecordError, &error);

    if (abbreviating) {
      for (const auto& [prefix, iri] : vocab::Prefixes()) {
        const SerdNode name = MakeSerdNode(SERD_LITERAL, prefix);
        const SerdNode uri = MakeSerdNode(SERD_URI, iri);
        if (serd_writer_set_prefix(writer.get(), &name, &uri) != SERD_SUCCESS) {
          return Status::Internal("cannot declare prefix " + prefix + ":");
        }
      }
    }
    for (const rdf::Quad& quad : quads) {
      const SerdTerm subject(quad.subject, abbreviating);
      const SerdTerm predicate(quad.predicate, abbreviating);
      const SerdTerm object(quad.object, abbreviating);
      const std::string graph = with_graphs ? quad.graph : std::string();
      const SerdNode graph_node = MakeSerdNode(SERD_URI, graph);
      const SerdStatus status = serd_writer_write_statement(
          writer.get(), 0, graph.empty() ? nullptr : &graph_node, &subject.node, &predicate.node,
          &object.node, object.datatype_or_null(), object.lang_or_null());
      if (status != SERD_SUCCESS) {
        return Status::Internal("Serd cannot write a statement about " + quad.subject.value + ": " +
                                (error.empty() ? std::string(serd_sord::StatusText(status)) : error));
      }
    }
    if (serd_writer_finish(writer.get()) != SERD_SUCCESS) {
      return Status::Internal("Serd cannot finish the document: " + error);
    }
  }
  if (!error.empty()) return Status::Internal("Serd: " + error);
  if (abbreviating) TrimTrailingWhitespace(&text);
  out->append(text);
  return Status::Ok();
}

}  // namespace diplograph
