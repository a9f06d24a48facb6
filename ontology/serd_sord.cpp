#include "ontology/serd_sord.h"

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <functional>
#include <utility>

namespace diplograph::serd_sord {

SordNodePtr& SordNodePtr::operator=(SordNodePtr&& other) noexcept {
  if (this != &other) {
    reset();
    world_ = other.world_;
    node_ = other.release();
  }
  return *this;
}

SordNode* SordNodePtr::release() { return std::exchange(node_, nullptr); }

void SordNodePtr::reset() {
  if (node_ != nullptr) sord_node_free(world_, std::exchange(node_, nullptr));
}

SordWorldPtr NewSordWorld() { return SordWorldPtr(sord_world_new()); }

SordModelPtr NewSordModel(SordWorld* world, unsigned indices, bool graphs) {
  return SordModelPtr(sord_new(world, indices, graphs));
}

SordNodePtr NewUri(SordWorld* world, const std::string& iri) {
  return {world, sord_new_uri(world, ToUtf8(iri))};
}

SordNodePtr NewBlank(SordWorld* world, const std::string& label) {
  return {world, sord_new_blank(world, ToUtf8(label))};
}

SordNodePtr NewLiteral(SordWorld* world, const std::string& text, const std::string& datatype,
                       const std::string& lang) {
  // sord_new_literal takes its own reference to the datatype node.
  SordNodePtr type = (datatype.empty() || !lang.empty()) ? SordNodePtr() : NewUri(world, datatype);
  return {world, sord_new_literal(world, type.get(), ToUtf8(text),
                                  lang.empty() ? nullptr : lang.c_str())};
}

std::string_view ToStringView(const uint8_t* text, size_t n_bytes) {
  if (text == nullptr) return {};
  return {ToChars(text), n_bytes};
}

std::string_view ToStringView(const uint8_t* text) {
  if (text == nullptr) return {};
  return {ToChars(text)};
}

std::string_view ToStringView(const SerdNode* node) {
  if (node == nullptr) return {};
  return ToStringView(node->buf, node->n_bytes);
}

std::string_view ToStringView(const SordNode* node) {
  if (node == nullptr) return {};
  // Not sord_node_get_string_counted: some Sord versions count characters.
  return ToStringView(sord_node_to_serd_node(node));
}

SerdNode MakeSerdNode(SerdType type, const std::string& text) {
  return serd_node_from_substring(type, ToUtf8(text), text.size());
}

size_t AppendToString(const void* buf, size_t len, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
  return len;
}

std::string_view StatusText(SerdStatus status) { return ToStringView(serd_strerror(status)); }

std::string FormatSerdError(const SerdError& error) {
  va_list args;
  va_copy(args, *error.args);
  char buffer[1024];
  const int n = std::vsnprintf(buffer, sizeof(buffer), error.fmt, args);
  va_end(args);
  std::string message = n > 0 ? std::string(buffer) : std::string(StatusText(error.status));
  while (!message.empty() && (message.back() == '\n' || message.back() == '\r')) message.pop_back();
  return message;
}

rdf::Term ToTerm(const SordNode* node) {
  std::string value(ToStringView(node));
  switch (sord_node_get_type(node)) {
    case SORD_BLANK:
      return rdf::Term::Blank(std::move(value));
    case SORD_LITERAL: {
      const char* lang = sord_node_get_language(node);
      if (lang != nullptr && *lang != '\0') return rdf::Term::LangString(std::move(value), lang);
      const SordNode* datatype = sord_node_get_datatype(node);
      if (datatype != nullptr) {
        return rdf::Term::Typed(std::move(value), std::string(ToStringView(datatype)));
      }
      return rdf::Term::Literal(std::move(value));
    }
    case SORD_URI:
      break;
  }
  return rdf::Term::Iri(std::move(value));
}

rdf::Dataset ToDataset(SordModel* model) {
  rdf::Dataset dataset;
  for (SordIterPtr it(sord_begin(model)); it && !sord_iter_end(it.get()); sord_iter_next(it.get())) {
    SordQuad quad;
    sord_iter_get(it.get(), quad);
    dataset.Add(ToTerm(quad[SORD_SUBJECT]), ToTerm(quad[SORD_PREDICATE]), ToTerm(quad[SORD_OBJECT]));
  }
  dataset.Normalize();
  return dataset;
}

namespace {

// The first error Serd or Sord reported while loading.
struct ErrorCapture {
  bool failed = false;
  unsigned line = 0;
  unsigned col = 0;
  std::string message;
};

SerdStatus CaptureError(void* handle, const SerdError* error) {
  auto* capture = static_cast<ErrorCapture*>(handle);
  if (!capture->failed) {
    capture->failed = true;
    capture->line = error->line;
    capture->col = error->col;
    capture->message = FormatSerdError(*error);
  }
  return SERD_SUCCESS;
}

std::string Located(std::string_view source_name, unsigned line, unsigned col,
                    const std::string& message) {
  std::string out(source_name);
  if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(col);
  return out + ": " + message;
}

// Serd reads NUL-terminated strings, so a NUL byte would silently end the
// input early: report it instead.
Status CheckNoNul(std::string_view text, std::string_view source_name) {
  const size_t nul = text.find('\0');
  if (nul == std::string_view::npos) return Status::Ok();
  const std::string_view before = text.substr(0, nul);
  unsigned line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < before.size(); ++i) {
    if (before[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  const auto col = static_cast<unsigned>(nul - line_start + 1);  // 1-based, like Serd
  return Status::ParseError(Located(source_name, line, col, "NUL byte in input"));
}

// Serd 0.30 reads a little past the terminating NUL of an empty string; a
// few extra NULs make that read harmless (Serd stops at the first one).
std::string PaddedCopy(std::string_view text) {
  std::string padded(text);
  padded.append(4, '\0');
  return padded;
}

}  // namespace

Status LoadRdf(SordWorld* world, SordModel* model, SerdSyntax syntax, std::string_view text,
               std::string_view source_name) {
  if (Status status = CheckNoNul(text, source_name); !status.ok()) return status;
  const std::string input = PaddedCopy(text);

  // Read into a scratch model so that a failure leaves `model` untouched.
  SordModelPtr scratch = NewSordModel(world, SORD_SPO, true);
  ErrorCapture capture;
  SerdStatus read_status = SERD_SUCCESS;
  {
    SerdEnvPtr env(serd_env_new(nullptr));
    SerdReaderPtr reader(sord_new_reader(scratch.get(), env.get(), syntax, nullptr));
    if (!env || !reader) return Status::Internal("cannot create an RDF reader");
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), CaptureError, &capture);
    sord_world_set_error_sink(world, CaptureError, &capture);
    read_status = serd_reader_read_string(reader.get(), ToUtf8(input));
    sord_world_set_error_sink(world, nullptr, nullptr);
  }
  if (capture.failed) {
    return Status::ParseError(Located(source_name, capture.line, capture.col, capture.message));
  }
  // SERD_FAILURE without a reported error only means "nothing to read".
  if (read_status != SERD_SUCCESS && read_status != SERD_FAILURE) {
    return Status::ParseError(Located(source_name, 0, 0, std::string(StatusText(read_status))));
  }

  for (SordIterPtr it(sord_begin(scratch.get())); it && !sord_iter_end(it.get());
       sord_iter_next(it.get())) {
    SordQuad quad;
    sord_iter_get(it.get(), quad);
    SordNodePtr literal;
    if (sord_node_get_type(quad[SORD_OBJECT]) == SORD_LITERAL) {
      const SordNode* object = quad[SORD_OBJECT];
      const SordNode* datatype = sord_node_get_datatype(object);
      const char* lang = sord_node_get_language(object);
      literal = NewLiteral(world, std::string(ToStringView(object)),
                           datatype ? std::string(ToStringView(datatype)) : std::string(),
                           lang ? std::string(lang) : std::string());
      quad[SORD_OBJECT] = literal.get();
    }
    sord_add(model, quad);
  }
  return Status::Ok();
}

Status LoadTurtle(SordWorld* world, SordModel* model, std::string_view turtle,
                  std::string_view source_name) {
  return LoadRdf(world, model, SERD_TURTLE, turtle, source_name);
}

namespace {

// A node Serd allocated (serd_env_expand_node), freed at scope exit.
struct SerdNodeOwner {
  SerdNode node;
  explicit SerdNodeOwner(SerdNode owned) : node(owned) {}
  ~SerdNodeOwner() { serd_node_free(&node); }
  SerdNodeOwner(const SerdNodeOwner&) = delete;
  SerdNodeOwner& operator=(const SerdNodeOwner&) = delete;
};

struct ParseState {
  SerdEnv* env = nullptr;
  const std::function<void(rdf::Quad&&)>* each = nullptr;
  ErrorCapture capture;
  // The statement handed to `each`, refilled for every one: the strings a
  // callback leaves in it (a subject or predicate it already had) keep
  // their memory, so most IRIs are copied without allocating.
  rdf::Quad quad;
  // The last CURIE expanded in each place of a statement, and what it
  // expanded to: Turtle repeats a subject for each of its statements and a
  // predicate for each value in a list, and the copy costs less than
  // expanding again. Forgotten when a prefix or the base changes.
  struct CurieMemo {
    std::string curie;
    std::string iri;
  };
  CurieMemo subject_memo;
  CurieMemo predicate_memo;
  CurieMemo object_memo;
  void ForgetCuries() {
    for (CurieMemo* memo : {&subject_memo, &predicate_memo, &object_memo}) memo->curie.clear();
  }
};

SerdStatus Fail(ParseState* state, std::string message) {
  if (!state->capture.failed) {
    state->capture.failed = true;
    state->capture.message = std::move(message);
  }
  return SERD_ERR_BAD_ARG;
}

// An absolute IRI for a URI or CURIE node, expanded against the prefixes
// and base seen so far.
SerdStatus ExpandIri(ParseState* state, const SerdNode* node, std::string* iri,
                     ParseState::CurieMemo* memo = nullptr) {
  if (node->type == SERD_CURIE && memo != nullptr && !memo->curie.empty() && memo->curie == ToStringView(node)) {
    iri->assign(memo->iri);  // checked when it was expanded
    return SERD_SUCCESS;
  }
  if (node->type == SERD_CURIE) {
    // Joined here, as serd_env_expand_node would: it also formats with
    // snprintf and counts characters, which made it most of a parse.
    SerdChunk prefix;
    SerdChunk suffix;
    if (serd_env_expand(state->env, node, &prefix, &suffix) != SERD_SUCCESS) {
      return Fail(state, "cannot expand `" + std::string(ToStringView(node)) + "'");
    }
    iri->reserve(prefix.len + suffix.len);
    iri->assign(ToStringView(prefix.buf, prefix.len)).append(ToStringView(suffix.buf, suffix.len));
  } else if (node->type == SERD_URI && serd_uri_string_has_scheme(node->buf)) {
    // Absolute already: Serd would resolve it to itself, at a cost.
    iri->assign(ToStringView(node));
    return SERD_SUCCESS;
  } else {
    const SerdNodeOwner expanded(serd_env_expand_node(state->env, node));
    if (expanded.node.buf == nullptr) {
      return Fail(state, "cannot expand `" + std::string(ToStringView(node)) + "'");
    }
    *iri = std::string(ToStringView(&expanded.node));
  }
  if (!serd_uri_string_has_scheme(ToUtf8(*iri))) {
    return Fail(state, "relative IRI <" + std::string(ToStringView(node)) + "> without a base");
  }
  if (node->type == SERD_CURIE && memo != nullptr) {
    memo->curie.assign(ToStringView(node));
    memo->iri.assign(*iri);
  }
  return SERD_SUCCESS;
}

// Fills `term` in place (its strings' memory reused) from a Serd node.
SerdStatus ToTermFromSerd(ParseState* state, const SerdNode* node, const SerdNode* datatype,
                          const SerdNode* lang, rdf::Term* term, ParseState::CurieMemo* memo = nullptr) {
  term->datatype.clear();
  term->lang.clear();
  switch (node->type) {
    case SERD_URI:
    case SERD_CURIE:
      term->kind = rdf::Term::Kind::kIri;
      return ExpandIri(state, node, &term->value, memo);
    case SERD_BLANK:
      term->kind = rdf::Term::Kind::kBlank;
      term->value.assign(ToStringView(node));
      return SERD_SUCCESS;
    case SERD_LITERAL:
      break;
    case SERD_NOTHING:
      return Fail(state, "empty node");
  }
  term->kind = rdf::Term::Kind::kLiteral;
  term->value.assign(ToStringView(node));
  if (lang != nullptr && lang->buf != nullptr) {
    term->lang.assign(ToStringView(lang));
  } else if (datatype != nullptr && datatype->buf != nullptr) {
    return ExpandIri(state, datatype, &term->datatype);
  }
  return SERD_SUCCESS;
}

SerdStatus OnBase(void* handle, const SerdNode* uri) {
  auto* state = static_cast<ParseState*>(handle);
  state->ForgetCuries();
  return serd_env_set_base_uri(state->env, uri);
}

SerdStatus OnPrefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  auto* state = static_cast<ParseState*>(handle);
  state->ForgetCuries();
  return serd_env_set_prefix(state->env, name, uri);
}

SerdStatus OnStatement(void* handle, SerdStatementFlags /*flags*/, const SerdNode* graph,
                       const SerdNode* subject, const SerdNode* predicate, const SerdNode* object,
                       const SerdNode* object_datatype, const SerdNode* object_lang) {
  auto* state = static_cast<ParseState*>(handle);
  rdf::Quad& quad = state->quad;
  quad.graph.clear();
  if (SerdStatus st = ToTermFromSerd(state, subject, nullptr, nullptr, &quad.subject, &state->subject_memo); st) {
    return st;
  }
  if (SerdStatus st = ToTermFromSerd(state, predicate, nullptr, nullptr, &quad.predicate, &state->predicate_memo);
      st) {
    return st;
  }
  if (SerdStatus st =
          ToTermFromSerd(state, object, object_datatype, object_lang, &quad.object, &state->object_memo);
      st) {
    return st;
  }
  if (graph != nullptr && graph->buf != nullptr) {
    rdf::Term graph_term;
    if (SerdStatus st = ToTermFromSerd(state, graph, nullptr, nullptr, &graph_term); st) return st;
    quad.graph = graph_term.is_iri() ? graph_term.value : "_:" + graph_term.value;
  }
  (*state->each)(std::move(quad));
  return SERD_SUCCESS;
}

}  // namespace

Status ParseRdfEach(SerdSyntax syntax, std::string_view text, std::string_view source_name,
                    const std::function<void(rdf::Quad&&)>& each) {
  if (Status status = CheckNoNul(text, source_name); !status.ok()) return status;
  const std::string input = PaddedCopy(text);
  ParseState state;
  SerdEnvPtr env(serd_env_new(nullptr));
  state.env = env.get();
  state.each = &each;
  SerdReaderPtr reader(
      serd_reader_new(syntax, &state, nullptr, OnBase, OnPrefix, OnStatement, nullptr));
  if (!env || !reader) return Status::Internal("cannot create an RDF reader");
  serd_reader_set_strict(reader.get(), true);
  serd_reader_set_error_sink(reader.get(), CaptureError, &state.capture);
  const SerdStatus read_status = serd_reader_read_string(reader.get(), ToUtf8(input));
  const ErrorCapture& capture = state.capture;
  if (capture.failed) {
    return Status::ParseError(Located(source_name, capture.line, capture.col, capture.message));
  }
  // SERD_FAILURE without a reported error only means "nothing to read".
  if (read_status != SERD_SUCCESS && read_status != SERD_FAILURE) {
    return Status::ParseError(Located(source_name, 0, 0, std::string(StatusText(read_status))));
  }
  return Status::Ok();
}

Result<rdf::Dataset> ParseRdf(SerdSyntax syntax, std::string_view text, std::string_view source_name) {
  rdf::Dataset dataset;
  Status st = ParseRdfEach(syntax, text, source_name, [&](rdf::Quad&& q) { dataset.Add(std::move(q)); });
  if (!st.ok()) return st;
  dataset.Normalize();
  return dataset;
}

}  // namespace diplograph::serd_sord
