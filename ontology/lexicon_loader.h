// Builds the extractor's Lexicon from Turtle files (schema:
// ontology/lexicon/README.md), parsed with Serd. The defaults are embedded
// in the binary; users add files with --lexicon.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractor/lexicon.h"
#include "extractor/status.h"

namespace diplograph {

struct TextSource {
  std::string name;  // for error messages: a file path or "embedded:countries.ttl"
  std::string text;
  // For a lexicon file built into the program, its statements as parsed at
  // build time (ontology/compiled_lexicon.h), read in place of parsing
  // `text`; empty for any other.
  std::string_view compiled = {};
};

// The lexicon files built into the program, with their compiled statements.
std::vector<TextSource> EmbeddedLexiconSources();

// Reads every source into one Lexicon. Later sources add to earlier ones.
// A syntax error is a ParseError naming the source, line and column.
Result<Lexicon> LoadLexicon(const std::vector<TextSource>& sources);

// Reads a file into a TextSource; IoError naming the path when it cannot.
Result<TextSource> ReadTextSource(const std::string& path);

}  // namespace diplograph
