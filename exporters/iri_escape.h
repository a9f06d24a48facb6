// Percent-encoding of IRIs, shared by every exporter so that an IRI is
// written the same way in all formats.
#pragma once

#include <string>
#include <string_view>

namespace diplograph {

// True when `iri` starts with a scheme ("https:"), i.e. is not relative.
bool HasIriScheme(std::string_view iri);

// `iri` with every character that may not appear in an RFC 3987 IRI
// percent-encoded (as the %XX of its UTF-8 bytes): controls, space,
// <>"{}|^`\, a '%' not followed by two hex digits, '[' and ']' outside the
// authority, a second '#', non-characters and private-use code points, and
// malformed UTF-8 bytes. Well-formed IRIs come back unchanged, and the
// function is idempotent. The result is legal in an IRIREF (Turtle, TriG,
// N-Triples, N-Quads) and in JSON-LD, and Oxigraph's strict IRI parser
// accepts it.
std::string EscapeIri(std::string_view iri);

// True for the common IRI that EscapeIri returns unchanged at a glance:
// plain ASCII characters allowed anywhere in an IRI, and at most one '#'.
bool IsPlainIri(std::string_view iri);

}  // namespace diplograph
