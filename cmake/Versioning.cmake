# SPDX-License-Identifier: GPL-3.0-or-later
# Works out the program's version at every build (cmake/ProgramVersion.cmake: git describe, else the project
# version) into talyshkb_version.h, which only core/version/programversion.cpp includes, and version.txt, which
# the AppStream metainfo, the man pages and the package (cmake/Packaging.cmake) read. Only those rebuild when the
# version changes, never the whole tree.
find_package(Git QUIET)
set(TALYSHKB_GENERATED_DIR ${PROJECT_BINARY_DIR}/generated)
set(TALYSHKB_VERSION_FILE ${TALYSHKB_GENERATED_DIR}/version.txt)
set(_talyshkb_version_args
  -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DFALLBACK_VERSION=${PROJECT_VERSION} -DGIT_EXECUTABLE=${GIT_EXECUTABLE}
  -DOUTPUT_HEADER=${TALYSHKB_GENERATED_DIR}/talyshkb_version.h -DOUTPUT_FILE=${TALYSHKB_VERSION_FILE})
# Once now, so the files exist for the first build and configure can say which version it makes.
execute_process(COMMAND ${CMAKE_COMMAND} ${_talyshkb_version_args} -P ${PROJECT_SOURCE_DIR}/cmake/ProgramVersion.cmake)
file(STRINGS ${TALYSHKB_VERSION_FILE} _talyshkb_version REGEX "^version=")
string(REPLACE "version=" "" _talyshkb_version "${_talyshkb_version}")
message(STATUS "Talysh KB version: ${_talyshkb_version}")
add_custom_target(talyshkb_version
  COMMAND ${CMAKE_COMMAND} ${_talyshkb_version_args} -P ${PROJECT_SOURCE_DIR}/cmake/ProgramVersion.cmake
  BYPRODUCTS ${TALYSHKB_GENERATED_DIR}/talyshkb_version.h ${TALYSHKB_VERSION_FILE}
  COMMENT "Talysh KB version (git describe)" VERBATIM)
