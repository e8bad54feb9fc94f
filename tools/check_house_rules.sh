#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tools/check_house_rules.sh — the house rules a compiler cannot see, checked (a ctest, so CI fails on them):
#   - every C++ file is formatted with the committed .clang-format (fix: make format);
#   - every source file carries an SPDX licence line at its top;
#   - no C++ file in core/ or ui/ is over 600 lines;
#   - no public header of core/ (one not named *_p.h) includes or names a QSql type: SQL stays behind core's
#     private headers, and ui/ gets no QtSql include path at all.
# With --fix, formats the tree instead (make format). Prints one line per problem; exit status 0 only when there is none. Run from anywhere; inside tools/buildenv
# when the host has no clang-format.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

# Formatting differs between clang-format releases: the rules are those of Debian 13's clang-format 19, the one
# in the build root (tools/buildenv), so any other release re-runs this inside it.
clang_format=
for c in clang-format-19 clang-format; do
  if command -v "$c" >/dev/null 2>&1 && "$c" --version | grep -q 'version 19\.'; then clang_format=$c; break; fi
done
if [ -z "$clang_format" ]; then
  if [ -z "${TALYSHKB_IN_BUILDENV:-}" ] && [ -x tools/buildenv ]; then
    exec env TALYSHKB_IN_BUILDENV=1 tools/buildenv "$0" "$@"
  fi
  echo "check_house_rules: clang-format 19 not found (install clang-format, or run it in tools/buildenv)" >&2
  # A native build on a distribution with another clang-format cannot judge the formatting: the test is
  # skipped there (ctest's SKIP_RETURN_CODE), never in CI, whose build root has clang-format 19.
  if [ -z "${CI:-}" ] && [ "${1:-}" != --fix ]; then exit 77; fi
  exit 2
fi
# Tracked files only, so build trees and scratch files never count (a plain find where git cannot see the
# repository, as in a worktree seen from the build root).
files() {
  git ls-files -- "$@" 2>/dev/null && return 0
  local args=() p
  for p in "$@"; do args+=(-o -path "./$p"); done
  find . \( -path './build*' -o -path './.git' \) -prune -o -type f \( -false "${args[@]}" \) -print | sed 's|^\./||' | sort
}
cxx_files() { files 'app/*.cpp' 'app/*.h' 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h' | grep -v '^tests/fuzz/corpus/'; }

if [ "${1:-}" = --fix ]; then
  cxx_files | xargs "$clang_format" -i
  echo "check_house_rules: formatted with $($clang_format --version)"
  exit 0
fi

mapfile -t cxx < <(cxx_files)
mapfile -t scripts < <(files '*.sh' '*.py' 'tools/buildenv' '.ci/run' '*CMakeLists.txt' '*.cmake')

problems=0
problem() { echo "$1"; problems=$((problems + 1)); }

# clang-format names each unformatted place; one line per file is enough to act on.
while IFS= read -r f; do
  [ -n "$f" ] && problem "$f: not formatted with .clang-format (run: make format)"
done < <("$clang_format" --dry-run "${cxx[@]}" 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning:.*/\1/p' | sort -u)

for f in "${cxx[@]}" "${scripts[@]}"; do
  head -n 3 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || problem "$f: no SPDX licence line at the top"
done

for f in "${cxx[@]}"; do
  case "$f" in core/*|ui/*)
    n=$(wc -l <"$f")
    [ "$n" -le 600 ] || problem "$f: $n lines (at most 600 in core/ and ui/)"
  esac
done

for f in "${cxx[@]}"; do
  case "$f" in core/*_p.h) ;; core/*.h)
    if grep -n 'QSql' "$f" >/dev/null; then problem "$f: a public core header names QSql (move it to a *_p.h header)"; fi
  esac
done

if [ "$problems" -ne 0 ]; then
  echo "check_house_rules: $problems problem(s)" >&2
  exit 1
fi
echo "check_house_rules: ${#cxx[@]} C++ files and ${#scripts[@]} scripts follow the house rules."
