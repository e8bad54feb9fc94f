#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_version.sh SOURCE_DIR: cmake/ProgramVersion.cmake in every situation a build meets, on throwaway git
# repositories (the project's own tags are never touched): no git, no tag, on a tag, after it, uncommitted changes,
# a tag that is no version, a `git archive` tarball of a tag and of a later commit (export-subst). Then
# cmake/AppStreamReleases.cmake lists the right releases for a release and for a development build.
set -euo pipefail
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
version_of() { # DIR -> "version release" as the build would see them
  rm -f "$work/v.txt"
  cmake -DSOURCE_DIR="$1" -DFALLBACK_VERSION=9.8.7 -DOUTPUT_FILE="$work/v.txt" -DOUTPUT_HEADER="$work/v.h" \
    -P "$src/cmake/ProgramVersion.cmake"
  echo "$(sed -n 's/^version=//p' "$work/v.txt") $(sed -n 's/^release=//p' "$work/v.txt")"
}
expect() { # WHAT GOT WANT
  if [ "$2" = "$3" ]; then echo "ok: $1: $2"; else echo "FAIL: $1: got '$2', want '$3'"; fails=$((fails + 1)); fi
}
git_() { git -C "$work/repo" -c user.name=t -c user.email=t@example.org -c commit.gpgsign=false -c tag.gpgsign=false "$@"; }

mkdir -p "$work/plain/cmake"
expect "no git at all" "$(version_of "$work/plain")" "9.8.7 0"
cp "$src/cmake/describe.txt" "$work/plain/cmake/"
expect "a checkout's unsubstituted describe.txt" "$(version_of "$work/plain")" "9.8.7 0"

mkdir -p "$work/repo/cmake"
cp "$src/cmake/describe.txt" "$work/repo/cmake/"
cp "$src/.gitattributes" "$work/repo/"
git init -q "$work/repo"
echo one >"$work/repo/file"
git_ add -A && git_ commit -q -m one
expect "git, no tag" "$(version_of "$work/repo")" "9.8.7 0"
git_ tag -a not-a-version -m x
expect "a tag that is no version" "$(version_of "$work/repo")" "9.8.7 0"
git_ tag -a v1.2.0 -m "1.2.0"
expect "on tag v1.2.0" "$(version_of "$work/repo")" "1.2.0 1"
grep -q '^#define TALYSHKB_VERSION_TEXT "1.2.0"$' "$work/v.h" || { echo "FAIL: header: $(cat "$work/v.h")"; fails=$((fails + 1)); }
grep -q '^#define TALYSHKB_VERSION_IS_RELEASE 1$' "$work/v.h" || { echo "FAIL: header release flag"; fails=$((fails + 1)); }
git_ archive --format=tar --prefix=t/ v1.2.0 | tar -x -C "$work" && mv "$work/t" "$work/tar-tag"
expect "git archive of v1.2.0 (no .git)" "$(version_of "$work/tar-tag")" "1.2.0 1"
echo two >"$work/repo/file"
expect "tag with uncommitted changes" "$(version_of "$work/repo")" "1.2.0+0.g$(git_ rev-parse --short=7 HEAD).dirty 0"
git_ commit -q -am two
hash=$(git_ rev-parse --short=7 HEAD)
expect "one commit after v1.2.0" "$(version_of "$work/repo")" "1.2.0+1.g$hash 0"
echo three >"$work/repo/file"
expect "after the tag, uncommitted changes" "$(version_of "$work/repo")" "1.2.0+1.g$hash.dirty 0"
git_ checkout -q -- file
git_ archive --format=tar --prefix=t/ HEAD | tar -x -C "$work" && mv "$work/t" "$work/tar-later"
# %(describe) abbreviates as git chooses (at least 7 hex digits): compare the shape.
got=$(version_of "$work/tar-later")
if [[ $got =~ ^1\.2\.0\+1\.g${hash}[0-9a-f]*\ 0$ ]]; then echo "ok: git archive after the tag: $got"
else echo "FAIL: git archive after the tag: $got"; fails=$((fails + 1)); fi
git_ tag -a v1.3.0-rc1 -m rc
expect "on a pre-release tag" "$(version_of "$work/repo")" "1.3.0-rc1 1"

# Written only when the text changes: an unchanged version must not rebuild anything.
version_of "$work/repo" >/dev/null
before=$(stat -c %Y.%y "$work/v.h")
sleep 1.1
cmake -DSOURCE_DIR="$work/repo" -DFALLBACK_VERSION=9.8.7 -DOUTPUT_FILE="$work/v.txt" -DOUTPUT_HEADER="$work/v.h" \
  -P "$src/cmake/ProgramVersion.cmake"
expect "an unchanged version leaves the header alone" "$(stat -c %Y.%y "$work/v.h")" "$before"

# The AppStream releases for a release build and for a development build.
cat >"$work/CHANGELOG.md" <<'MD'
# Changelog
## [Unreleased]
- Something new & <better>.
## [1.2.0] - 2026-12-24
The first.
- A **list** of `things`,
  on two lines.
MD
printf '<releases>\n@TALYSHKB_RELEASES@\n</releases>\n' >"$work/m.in"
releases() { # VERSION RELEASE
  printf 'version=%s\nrelease=%s\ndate=2027-01-02\n' "$1" "$2" >"$work/r.txt"
  cmake -DTEMPLATE="$work/m.in" -DCHANGELOG="$work/CHANGELOG.md" -DVERSION_FILE="$work/r.txt" -DOUTPUT="$work/m.xml" \
    -P "$src/cmake/AppStreamReleases.cmake"
  grep -o '<release [^>]*>\|<li>[^<]*</li>\|<p>[^<]*</p>' "$work/m.xml" | tr '\n' '|'
}
expect "releases of a development build" "$(releases 1.2.0+3.gabc 0)" \
  '<release version="1.2.0+3.gabc" date="2027-01-02" type="development">|<li>Something new &amp; &lt;better&gt;.</li>|<release version="1.2.0" date="2026-12-24">|<p>The first.</p>|<li>A list of things, on two lines.</li>|'
expect "releases of the 1.2.0 release build" "$(releases 1.2.0 1)" \
  '<release version="1.2.0" date="2026-12-24">|<p>The first.</p>|<li>A list of things, on two lines.</li>|'
expect "a build the changelog does not know is listed still" "$(releases 0.9.0+1.gdef 0 | cut -d'|' -f1)" \
  '<release version="0.9.0+1.gdef" date="2027-01-02" type="development">'

[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
