# embed_files(TARGET name NAMESPACE ns FILES a.ttl b.ttl ...)
# Generates a source that holds each file's bytes, so the program carries its
# default ontology and lexicons and needs no installed data to start.
# Each file becomes `std::string_view ns::<stem>()` (non-identifier characters
# in the stem become '_'), declared in <name>.h.
function(embed_files)
  cmake_parse_arguments(E "" "TARGET;NAMESPACE" "FILES" ${ARGN})
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/embedded)
  set(header ${out_dir}/${E_TARGET}.h)
  set(source ${out_dir}/${E_TARGET}.cpp)
  string(REPLACE ";" "|" file_list "${E_FILES}")
  add_custom_command(
    OUTPUT ${header} ${source}
    COMMAND ${CMAKE_COMMAND} -DOUT_DIR=${out_dir} -DNAME=${E_TARGET}
            -DNAMESPACE=${E_NAMESPACE} "-DFILES=${file_list}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${E_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding ${E_TARGET}" VERBATIM)
  add_library(${E_TARGET} STATIC ${source})
  target_include_directories(${E_TARGET} PUBLIC ${out_dir})
endfunction()
