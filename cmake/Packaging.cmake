# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package (make package: cpack -G DEB in the build tree) for Debian 13 and Ubuntu 24.10+. What goes in
# is what `cmake --install` installs; the library dependencies come from dpkg-shlibdeps, and Depends adds what
# the programs load at run time, which no linker sees (Qt's SQLite driver). The version is the build's (git
# describe, cmake/Versioning.cmake), read when cpack runs (cmake/PackageVersion.cmake), so the package and the
# programs it holds always agree. Test: package_install (tests/package/test_package.sh) in a clean Debian 13 root.

# The documents. Debian wants the changelog in its own format as changelog.gz (tools/debian_changelog.py, from
# CHANGELOG.md), compressed without name or time stamp so the build is reproducible.
find_package(Python3 COMPONENTS Interpreter)
set(CPACK_PACKAGE_CONTACT "The Talysh KB developers <developers@talyshkb.org>")
set(changelog_gz ${PROJECT_BINARY_DIR}/generated/changelog.gz)
add_custom_command(OUTPUT ${changelog_gz}
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/debian_changelog.py ${PROJECT_SOURCE_DIR}/CHANGELOG.md
          ${TALYSHKB_VERSION_FILE} ${CPACK_PACKAGE_CONTACT} ${PROJECT_BINARY_DIR}/generated/changelog
  COMMAND gzip -9nf ${PROJECT_BINARY_DIR}/generated/changelog
  DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${TALYSHKB_VERSION_FILE} ${PROJECT_SOURCE_DIR}/tools/debian_changelog.py
  COMMENT "Debian changelog.gz from CHANGELOG.md" VERBATIM)
add_custom_target(changelog_gz ALL DEPENDS ${changelog_gz})
add_dependencies(changelog_gz talyshkb_version)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/debian/copyright ${changelog_gz} ${PROJECT_SOURCE_DIR}/README.md
              ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/docs/CHANGES.md
              ${PROJECT_SOURCE_DIR}/docs/DATA-MODEL.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/talysh-kb)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME talysh-kb)
set(CPACK_PACKAGE_VENDOR "The Talysh KB developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "knowledge base of the Talysh National Movement")
# dpkg shows the description as written: lines under 80 characters.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "Talysh KB lets researchers, journalists, human-rights workers and the diaspora"
  "browse the people, organizations, places, events and goals of the Talysh"
  "National Movement, follow the links between them, and read every fact beside"
  "the sentence of the source it rests on. Search works in any spelling or"
  "script; sections export to PDF."
  "."
  "The package holds the desktop program (talysh-kb) and a scripting interface"
  "(talysh-kb-cli) with man pages and bash, zsh and fish completions.")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://talyshkb.org")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own words in dialogs, fonts for the scripts the base and its PDFs are written in, and the PostgreSQL driver
# for a team's base on a server (docs/SERVER.md; without it opening one says to install it).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-core, fonts-vazirmatn, libqt6sql6-psql")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(TALYSHKB_VERSION_FILE_FOR_CPACK ${TALYSHKB_VERSION_FILE})
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/PackageVersion.cmake)
configure_file(${PROJECT_SOURCE_DIR}/cmake/PackageVersion.cmake.in ${PROJECT_BINARY_DIR}/PackageVersion.cmake @ONLY)
include(CPack)
