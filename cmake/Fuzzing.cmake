# DIPLOGRAPH_FUZZ: libFuzzer targets (tests/fuzz). Needs clang; every project
# target is then compiled with coverage instrumentation plus ASan and UBSan,
# so that the fuzzers see into the library, and only the fuzz targets link
# libFuzzer's main().
option(DIPLOGRAPH_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)
if(DIPLOGRAPH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "DIPLOGRAPH_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++), not "
                        "${CMAKE_CXX_COMPILER_ID}")
  endif()
  target_compile_options(diplograph_sanitizers INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=all
    # RapidJSON 1.1.0's iterators declare == and != as C++20 clang reads
    # ambiguously; GCC, which gates warnings, does not complain.
    -Wno-ambiguous-reversed-operator
    -fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/tests/fuzz/sanitizer_ignorelist.txt)
  target_link_options(diplograph_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
