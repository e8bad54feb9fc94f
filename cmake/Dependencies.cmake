# SPDX-License-Identifier: GPL-3.0-or-later
# Finds what the project builds with, and says which distribution package to install when something is
# missing, because "Could not find a package configuration file" alone leaves a newcomer guessing.

function(talyshkb_require found what debian fedora arch)
  if(NOT ${found})
    message(FATAL_ERROR
      "${what} was not found.\n"
      "  Debian 13 / Ubuntu 24.10+:  sudo apt install ${debian}\n"
      "  Fedora:                     sudo dnf install ${fedora}\n"
      "  Arch:                       sudo pacman -S ${arch}\n"
      "  Or build inside the project's Debian 13 build root:  tools/buildenv make test   (see README.md)")
  endif()
endfunction()

set(TALYSHKB_QT_MIN 6.5)
find_package(Qt6 ${TALYSHKB_QT_MIN} QUIET COMPONENTS Core)
talyshkb_require(Qt6_FOUND "Qt >= ${TALYSHKB_QT_MIN} (Qt6Core)" "qt6-base-dev" "qt6-qtbase-devel" "qt6-base")
foreach(comp Gui Widgets Sql PrintSupport Test Svg)
  find_package(Qt6${comp} ${TALYSHKB_QT_MIN} QUIET)
endforeach()
talyshkb_require(Qt6Gui_FOUND "Qt6Gui" "qt6-base-dev" "qt6-qtbase-devel" "qt6-base")
talyshkb_require(Qt6Widgets_FOUND "Qt6Widgets" "qt6-base-dev" "qt6-qtbase-devel" "qt6-base")
talyshkb_require(Qt6Sql_FOUND "Qt6Sql" "qt6-base-dev libqt6sql6-sqlite" "qt6-qtbase-devel" "qt6-base")
talyshkb_require(Qt6PrintSupport_FOUND "Qt6PrintSupport" "qt6-base-dev" "qt6-qtbase-devel" "qt6-base")
talyshkb_require(Qt6Test_FOUND "Qt6Test" "qt6-base-dev" "qt6-qtbase-devel" "qt6-base")
talyshkb_require(Qt6Svg_FOUND "Qt6Svg" "qt6-svg-dev" "qt6-qtsvg-devel" "qt6-svg")
find_package(Qt6LinguistTools ${TALYSHKB_QT_MIN} QUIET)
talyshkb_require(Qt6LinguistTools_FOUND "Qt6 LinguistTools (lupdate/lrelease)" "qt6-tools-dev qt6-l10n-tools" "qt6-qttools-devel" "qt6-tools")
find_package(KF6SyntaxHighlighting QUIET)
talyshkb_require(KF6SyntaxHighlighting_FOUND "KF6 SyntaxHighlighting" "libkf6syntaxhighlighting-dev" "kf6-syntax-highlighting-devel" "syntax-highlighting")
find_package(ICU QUIET COMPONENTS uc i18n)
talyshkb_require(ICU_FOUND "ICU (uc, i18n)" "libicu-dev" "libicu-devel" "icu")
find_package(SQLite3 QUIET)
talyshkb_require(SQLite3_FOUND "SQLite3 (for the FTS5 tokenizer)" "libsqlite3-dev" "sqlite-devel" "sqlite")
# Snowball stemmers (word forms in search). Debian's libstemmer-dev ships no pkg-config file; others may.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(LIBSTEMMER QUIET IMPORTED_TARGET libstemmer)
endif()
if(TARGET PkgConfig::LIBSTEMMER)
  add_library(Snowball::stemmer ALIAS PkgConfig::LIBSTEMMER)
else()
  find_path(LIBSTEMMER_INCLUDE_DIR libstemmer.h)
  find_library(LIBSTEMMER_LIBRARY NAMES stemmer)
  if(LIBSTEMMER_INCLUDE_DIR AND LIBSTEMMER_LIBRARY)
    add_library(Snowball::stemmer UNKNOWN IMPORTED)
    set_target_properties(Snowball::stemmer PROPERTIES IMPORTED_LOCATION "${LIBSTEMMER_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${LIBSTEMMER_INCLUDE_DIR}")
  endif()
endif()
if(TARGET Snowball::stemmer)
  set(LIBSTEMMER_AVAILABLE TRUE)
endif()
talyshkb_require(LIBSTEMMER_AVAILABLE "Snowball libstemmer (word forms in search)" "libstemmer-dev" "libstemmer-devel" "snowball")

qt_standard_project_setup()
