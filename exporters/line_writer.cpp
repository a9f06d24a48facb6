#include "exporters/line_writer.h"

#include <string_view>

namespace diplograph {

namespace {

void AppendIri(std::string_view iri, std::string* out) {
  out->push_back('<');
  out->append(iri);
  out->push_back('>');
}

// Escapes as Serd does: \" \\ \n \r \t, \u00XX for the other control
// characters (\b and \f included); everything else as it is (UTF-8).
void AppendQuoted(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) continue;
    out->append(text.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 0x0F]);
    }
  }
  out->append(text.substr(run));
  out->push_back('"');
}

void AppendTerm(const rdf::Term& term, std::string* out) {
  switch (term.kind) {
    case rdf::Term::Kind::kIri:
      AppendIri(term.value, out);
      return;
    case rdf::Term::Kind::kBlank:
      out->append("_:");
      out->append(term.value);
      return;
    case rdf::Term::Kind::kLiteral:
      AppendQuoted(term.value, out);
      if (!term.lang.empty()) {
        out->push_back('@');
        out->append(term.lang);
      } else if (!term.datatype.empty()) {
        out->append("^^");
        AppendIri(term.datatype, out);
      }
      return;
  }
}

}  // namespace

Status WriteLines(const rdf::Dataset& dataset, GraphMode mode, std::string* out) {
  std::string text;  // appended to `out` only on success
  Status status = ForEachPreparedQuad(dataset, mode, [&](const rdf::Quad& quad) {
    AppendTerm(quad.subject, &text);
    text.push_back(' ');
    AppendTerm(quad.predicate, &text);
    text.push_back(' ');
    AppendTerm(quad.object, &text);
    if (mode == GraphMode::kKeep && !quad.graph.empty()) {
      text.push_back(' ');
      AppendIri(quad.graph, &text);
    }
    text.append(" .\n");
  });
  if (!status.ok()) return status;
  out->append(text);
  return Status::Ok();
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
