// UTF-8 decoding shared by the exporters, so that every format treats
// malformed text the same way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace diplograph::utf8 {

// Decodes the well-formed UTF-8 sequence starting at text[pos] (shortest
// form, no surrogates, at most U+10FFFF). On success sets *code_point and
// *length and returns true; on a malformed sequence returns false.
bool Decode(std::string_view text, size_t pos, char32_t* code_point, size_t* length);

// Appends the UTF-8 encoding of `code_point` (which must be a valid scalar).
void Append(char32_t code_point, std::string* out);

// `text` with every malformed byte sequence and every U+0000 replaced by
// U+FFFD. RDF writers (and Serd, which stops at NUL) need well-formed text.
std::string Sanitize(std::string_view text);

}  // namespace diplograph::utf8
