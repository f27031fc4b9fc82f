# statecraft_stage(NAME DEPS dep...)
#
# Declares one pipeline stage: a static library `sc_NAME` built from every
# `*.cc` in src/NAME/ that is not a test, linked only to the stages named in
# DEPS (earlier stages), and one GoogleTest executable per `*_test.cc` beside
# the code. Globbing keeps one-concept-per-file cheap: adding a file needs no
# CMake edit. See docs/decisions/0001-build-layout.md.
function(statecraft_stage name)
  cmake_parse_arguments(ARG "" "" "DEPS;LIBS" ${ARGN})
  file(GLOB all_sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cc")
  file(GLOB test_sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*_test.cc")
  set(lib_sources ${all_sources})
  if(test_sources)
    list(REMOVE_ITEM lib_sources ${test_sources})
  endif()
  set(target sc_${name})
  if(lib_sources)
    add_library(${target} STATIC ${lib_sources})
    target_include_directories(${target} PUBLIC ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src)
    target_link_libraries(${target} PUBLIC ${ARG_DEPS} ${ARG_LIBS})
    target_compile_options(${target} PRIVATE -Wall -Wextra)
    target_compile_definitions(${target} PRIVATE STATECRAFT_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  else()
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src)
    target_link_libraries(${target} INTERFACE ${ARG_DEPS} ${ARG_LIBS})
  endif()
  if(STATECRAFT_BUILD_TESTS)
    foreach(test_source ${test_sources})
      get_filename_component(test_name ${test_source} NAME_WE)
      add_executable(${test_name} ${test_source})
      target_link_libraries(${test_name} PRIVATE ${target} GTest::gtest GTest::gtest_main)
      target_compile_definitions(${test_name} PRIVATE
        STATECRAFT_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        STATECRAFT_BINARY_DIR="${CMAKE_BINARY_DIR}")
      gtest_discover_tests(${test_name} DISCOVERY_TIMEOUT 30
        PROPERTIES LABELS unit)
    endforeach()
  endif()
endfunction()
