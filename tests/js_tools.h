// Node.js and the npm packages of tests/js (jsonld.js, Oxigraph), for tests
// that check our output with independent tools. CI installs them with
// `npm ci --prefix tests/js`; elsewhere those tests skip and say how.
#pragma once

#include <filesystem>
#include <string>
#include <system_error>

#include "tests/test_support.h"

namespace diplograph::testing {

// Why the JavaScript tools cannot run, or "" when they can.
inline std::string JsToolsMissing() {
  if (!HaveTool("node")) {
    return "node not found: install Node.js 18 or later, then run `npm ci --prefix tests/js`";
  }
  std::error_code ec;
  for (const char* package : {"jsonld", "oxigraph"}) {
    if (!std::filesystem::exists(SourcePath("tests/js/node_modules") / package / "package.json", ec)) {
      return "jsonld.js and Oxigraph are not installed: run `npm ci --prefix tests/js`";
    }
  }
  return {};
}

}  // namespace diplograph::testing

#define DIPLOGRAPH_SKIP_WITHOUT_JS_TOOLS()                                        \
  do {                                                                            \
    if (const std::string why = ::diplograph::testing::JsToolsMissing(); !why.empty()) { \
      GTEST_SKIP() << why;                                                        \
    }                                                                             \
  } while (false)
