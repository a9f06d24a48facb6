# RapidJSON 1.1.0 (Debian's rapidjson-dev) is header-only and its CMake
# config exports variables, not targets: wrap it in an interface target.
find_path(RAPIDJSON_INCLUDE_DIR rapidjson/document.h REQUIRED)
add_library(diplograph_rapidjson INTERFACE)
target_include_directories(diplograph_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIR})
