// RAII over the Serd and Sord C handles, and the one place that converts
// between their `uint8_t*` strings and C++ `char` strings.
//
// Every handle type is a std::unique_ptr whose deleter calls the library's
// free function, so a handle is released on every path, including errors.
// Sord nodes are reference counted inside their world: SordNodePtr keeps the
// world next to the node so it can drop its reference.
//
// Lifetimes follow the C libraries: free models, iterators and nodes before
// their world (declare the world first so it is destroyed last). Nothing here
// is thread-safe beyond what Serd/Sord promise: one world per thread, or
// external locking.
#pragma once

#include <serd/serd.h>
#include <sord/sord.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/status.h"
#include "ontology/rdf.h"

namespace diplograph::serd_sord {

// --- Handles ---------------------------------------------------------------

struct SerdEnvDeleter {
  void operator()(SerdEnv* env) const { serd_env_free(env); }
};
struct SerdReaderDeleter {
  void operator()(SerdReader* reader) const { serd_reader_free(reader); }
};
struct SerdWriterDeleter {
  void operator()(SerdWriter* writer) const { serd_writer_free(writer); }
};
struct SordWorldDeleter {
  void operator()(SordWorld* world) const { sord_world_free(world); }
};
struct SordModelDeleter {
  void operator()(SordModel* model) const { sord_free(model); }
};
struct SordIterDeleter {
  void operator()(SordIter* iter) const { sord_iter_free(iter); }
};

using SerdEnvPtr = std::unique_ptr<SerdEnv, SerdEnvDeleter>;
using SerdReaderPtr = std::unique_ptr<SerdReader, SerdReaderDeleter>;
using SerdWriterPtr = std::unique_ptr<SerdWriter, SerdWriterDeleter>;
using SordWorldPtr = std::unique_ptr<SordWorld, SordWorldDeleter>;
using SordModelPtr = std::unique_ptr<SordModel, SordModelDeleter>;
using SordIterPtr = std::unique_ptr<SordIter, SordIterDeleter>;

// One reference to an interned SordNode, dropped at destruction. Move-only.
// A null SordNodePtr is valid and means "no node" (a wildcard in patterns).
class SordNodePtr {
 public:
  SordNodePtr() = default;
  // Adopts one reference to `node` (as returned by sord_new_uri and friends).
  SordNodePtr(SordWorld* world, SordNode* node) : world_(world), node_(node) {}
  ~SordNodePtr() { reset(); }
  SordNodePtr(SordNodePtr&& other) noexcept : world_(other.world_), node_(other.release()) {}
  SordNodePtr& operator=(SordNodePtr&& other) noexcept;
  SordNodePtr(const SordNodePtr&) = delete;
  SordNodePtr& operator=(const SordNodePtr&) = delete;

  SordNode* get() const { return node_; }
  explicit operator bool() const { return node_ != nullptr; }
  // Gives up ownership without dropping the reference.
  SordNode* release();
  void reset();

 private:
  SordWorld* world_ = nullptr;
  SordNode* node_ = nullptr;
};

SordWorldPtr NewSordWorld();
// `indices` is a SordIndexOption mask (e.g. SORD_SPO | SORD_OPS); `graphs`
// stores graph names too.
SordModelPtr NewSordModel(SordWorld* world, unsigned indices, bool graphs);

// Interned nodes. Returns a null SordNodePtr if Sord rejects the value.
SordNodePtr NewUri(SordWorld* world, const std::string& iri);
SordNodePtr NewBlank(SordWorld* world, const std::string& label);
// `datatype` and `lang` may be empty; a language wins over a datatype.
SordNodePtr NewLiteral(SordWorld* world, const std::string& text, const std::string& datatype = {},
                       const std::string& lang = {});

// --- String conversions ----------------------------------------------------

inline const uint8_t* ToUtf8(const char* text) { return reinterpret_cast<const uint8_t*>(text); }
inline const uint8_t* ToUtf8(const std::string& text) { return ToUtf8(text.c_str()); }
inline const char* ToChars(const uint8_t* text) { return reinterpret_cast<const char*>(text); }

// A view of `n_bytes` bytes at `text`; empty for null.
std::string_view ToStringView(const uint8_t* text, size_t n_bytes);
// A view of a NUL-terminated string; empty for null.
std::string_view ToStringView(const uint8_t* text);
// The node's string (IRI, CURIE, label or lexical form); empty for null.
std::string_view ToStringView(const SerdNode* node);
std::string_view ToStringView(const SordNode* node);

// A Serd node viewing `text`, which must stay alive and NUL-terminated
// (hence std::string) for as long as the node is used.
SerdNode MakeSerdNode(SerdType type, const std::string& text);

// A SerdSink appending to the std::string `stream` points to.
size_t AppendToString(const void* buf, size_t len, void* stream);

// Serd's description of a status code ("Invalid syntax").
std::string_view StatusText(SerdStatus status);

// The printf-style message of a Serd error, without its trailing newline.
std::string FormatSerdError(const SerdError& error);

// --- Sord <-> rdf model -------------------------------------------------------

// The rdf::Term for a node; a literal's datatype and language come along.
rdf::Term ToTerm(const SordNode* node);
// Every triple of `model`, normalized, in the default graph: Sord iterates a
// triple once even when several graphs hold it, so graph names are dropped.
rdf::Dataset ToDataset(SordModel* model);

// --- Reading -------------------------------------------------------------------

// Parses `text` in `syntax` (Turtle, TriG, N-Triples or N-Quads) into `model`,
// strictly. All or nothing: on error `model` is left unchanged and the result
// is ParseError "source_name:line:col: message" (or "source_name: message"
// where Serd gives no position). Relative IRIs are rejected (no base IRI).
// Literals are interned through Sord's API, so NewLiteral() finds them (Serd
// 0.30's reader miscounts the characters of non-ASCII literals, which would
// make Sord intern them apart). Installs its own error sink on `world` while
// it runs, then restores Sord's default; do not share `world` with another
// thread meanwhile.
Status LoadRdf(SordWorld* world, SordModel* model, SerdSyntax syntax, std::string_view text,
               std::string_view source_name);

// LoadRdf for Turtle, which is how the ontology and lexicons are written.
Status LoadTurtle(SordWorld* world, SordModel* model, std::string_view turtle,
                  std::string_view source_name);

// Parses `text` in `syntax` straight into a normalized dataset, keeping graph
// names (TriG, N-Quads). Same strictness and errors as LoadRdf.
Result<rdf::Dataset> ParseRdf(SerdSyntax syntax, std::string_view text, std::string_view source_name);

// Hands each statement to `each` as the text gives it (document order,
// duplicates kept), for a caller that groups them its own way: no dataset
// is built. Same strictness and errors as ParseRdf; on an error, the
// statements before it have been handed over.
Status ParseRdfEach(SerdSyntax syntax, std::string_view text, std::string_view source_name,
                    const std::function<void(rdf::Quad&&)>& each);

}  // namespace diplograph::serd_sord
