# Warnings (and optionally sanitizers) as interface targets that every
# project target links.
add_library(diplograph_warnings INTERFACE)
target_compile_options(diplograph_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  $<$<BOOL:${DIPLOGRAPH_WERROR}>:-Werror>
  # GCC 12 at -O3 reports -Wrestrict inside libstdc++ for `" " + str`
  # (GCC bug 105329, fixed in 13): a false positive that breaks Release.
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>
  # RapidJSON 1.1's member iterators declare operator!= in a way C++20's
  # reversed comparisons find ambiguous; Clang reports it at every loop.
  $<$<CXX_COMPILER_ID:Clang>:-Wno-ambiguous-reversed-operator>)

add_library(diplograph_sanitizers INTERFACE)
if(DIPLOGRAPH_SANITIZE)
  target_compile_options(diplograph_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
    # GCC's flow analysis sees through ASan's instrumentation badly and reports
    # uninitialized std::function members inside <regex> (GCC bug 105562);
    # the build without sanitizers keeps the warning.
    $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
  target_link_options(diplograph_sanitizers INTERFACE -fsanitize=address,undefined)
  # Checked build: the entity recognizer also verifies its start gate on
  # every text the tests extract from.
  target_compile_definitions(diplograph_sanitizers INTERFACE DIPLOGRAPH_CHECK_START_GATE)
endif()
