// The statements of the lexicon files built into the program, parsed at
// build time by ontology/compiler/compile_lexicon.cpp, in the compact form
// LexiconStatements::AddCompiled reads.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace diplograph::compiled_lexicon {

// (file name, compiled statements) of every lexicon file, in the order of
// embedded_lexicon::All().
std::vector<std::pair<std::string_view, std::string_view>> All();

}  // namespace diplograph::compiled_lexicon
