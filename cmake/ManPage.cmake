# SPDX-License-Identifier: GPL-3.0-or-later
# Build step for one man page: runs PROGRAM --help in a neutral environment (English, no user settings, no display)
# and turns what it prints into OUTPUT with tools/help_to_man.py. docs/man/CMakeLists.txt calls it.
#   cmake -DPROGRAM=... -DNAME=... -DSUMMARY=... -DVERSION_FILE=... [-DINCLUDE=...] -DOUTPUT=...
#         -DPYTHON=... -DCONVERTER=... -DWORK_DIR=... -P cmake/ManPage.cmake
cmake_minimum_required(VERSION 3.21)
# An empty home: a language the user chose in the window must not translate the page.
file(REMOVE_RECURSE "${WORK_DIR}/home")
file(MAKE_DIRECTORY "${WORK_DIR}/home")
set(ENV{HOME} "${WORK_DIR}/home")
set(ENV{XDG_CONFIG_HOME} "${WORK_DIR}/home/.config")
set(ENV{XDG_DATA_HOME} "${WORK_DIR}/home/.local/share")
set(ENV{LC_ALL} "C.UTF-8")
set(ENV{LANG} "C.UTF-8")
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} "offscreen")
# In the sanitizer build (make asan) a leak Qt leaves at exit must not fail the build step.
if(NOT DEFINED ENV{ASAN_OPTIONS})
  set(ENV{ASAN_OPTIONS} "detect_leaks=0")
endif()
set(help "${WORK_DIR}/${NAME}.help.txt")
execute_process(COMMAND "${PROGRAM}" --help OUTPUT_FILE "${help}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --help failed (${rc}): ${err}")
endif()
set(args --name "${NAME}" --summary "${SUMMARY}" --version-file "${VERSION_FILE}")
if(INCLUDE)
  list(APPEND args --include "${INCLUDE}")
endif()
execute_process(COMMAND "${PYTHON}" "${CONVERTER}" ${args} "${help}" "${OUTPUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "help_to_man.py failed for ${NAME}")
endif()
# Installed compressed, as Debian's policy asks (-n: no name or time stamp, so the build is reproducible).
execute_process(COMMAND gzip -9nc "${OUTPUT}" OUTPUT_FILE "${OUTPUT}.gz" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip failed for ${OUTPUT}")
endif()
