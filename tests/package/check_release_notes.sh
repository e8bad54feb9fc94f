#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_release_notes.sh SOURCE_DIR BUILD_DIR PROJECT_VERSION: CHANGELOG.md has notes for the version being made
# (the project version), a build of a release tag has dated notes for it (tagging before writing the notes fails
# here), and the metainfo the build made lists the build's version.
set -euo pipefail
src=$1 build=$2 project=$3
version=$(sed -n 's/^version=//p' "$build/generated/version.txt")
release=$(sed -n 's/^release=//p' "$build/generated/version.txt")
fail() { echo "FAIL: $*"; exit 1; }
grep -q "^## \[$project\] - " "$src/CHANGELOG.md" || fail "CHANGELOG.md has no section '## [$project] - ...' for the project version"
if [ "$release" = 1 ]; then
  grep -Eq "^## \[${version//./\\.}\] - [0-9]{4}-[0-9]{2}-[0-9]{2}$" "$src/CHANGELOG.md" ||
    fail "this is the release $version, but CHANGELOG.md has no dated section '## [$version] - YYYY-MM-DD' for it"
fi
metainfo=$build/resources/org.talyshkb.TalyshKB.metainfo.xml
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo does not list the build's version $version"
echo "release notes: version $version ($([ "$release" = 1 ] && echo release || echo development build)), CHANGELOG.md and the metainfo agree"
