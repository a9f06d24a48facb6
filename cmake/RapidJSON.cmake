# RapidJSON 1.1.0 (Debian's rapidjson-dev) is header-only and its CMake
# config exports variables, not targets: wrap it in an interface target.
find_path(RAPIDJSON_INCLUDE_DIR rapidjson/document.h REQUIRED)
add_library(diplograph_rapidjson INTERFACE)
target_include_directories(diplograph_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIR})
# Its string scanning takes sixteen bytes a step with SSE2, which every
# x86-64 processor has (a JSON Lines corpus is mostly long strings). The
# SIMD loads read whole aligned blocks, a few bytes past a string's end
# but never past its page: AddressSanitizer would report those, so the
# sanitized builds (DIPLOGRAPH_SANITIZE, and the fuzzers', DIPLOGRAPH_FUZZ,
# set on the command line before this runs) keep the byte-at-a-time scan.
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$" AND NOT DIPLOGRAPH_SANITIZE AND NOT DIPLOGRAPH_FUZZ)
  target_compile_definitions(diplograph_rapidjson INTERFACE RAPIDJSON_SSE2)
endif()
