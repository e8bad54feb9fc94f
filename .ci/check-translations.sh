#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# .ci/check-translations.sh — every language must be complete.
#
# Runs lupdate over the program's sources (ui/, core/, app/gui/) into a temporary copy of each .ts file, so the
# committed files stay untouched, then fails when any copy has
#   - an unfinished message (never translated, or a source string the committed file lacks: lupdate adds it as
#     unfinished),
#   - an empty translation or plural form,
#   - a vanished or obsolete message (the committed file still carries a string the sources no longer have),
#   - a message the committed file lacks altogether (compared by context and source text).
# Prints one line per language with its counts. Exit status 0 only when every language is at 100 %.
# Run from anywhere; when the host has no Qt 6 lupdate it re-runs itself inside tools/buildenv.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

find_tool() {
  local name=$1 dir
  if command -v "$name" >/dev/null 2>&1 && "$name" -version 2>&1 | grep -q 'version 6'; then
    command -v "$name"
    return 0
  fi
  for dir in "$(qtpaths6 --query QT_HOST_LIBEXECS 2>/dev/null || true)" "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)" \
             /usr/lib/qt6/bin /usr/lib/qt6/libexec /usr/lib/x86_64-linux-gnu/qt6/bin; do
    if [ -n "$dir" ] && [ -x "$dir/$name" ]; then
      echo "$dir/$name"
      return 0
    fi
  done
  return 1
}

if ! lupdate=$(find_tool lupdate); then
  if [ -z "${TALYSHKB_IN_BUILDENV:-}" ] && [ -x tools/buildenv ]; then
    exec env TALYSHKB_IN_BUILDENV=1 tools/buildenv "$0" "$@"
  fi
  echo "check-translations: Qt 6 lupdate not found (install qt6-l10n-tools)" >&2
  exit 2
fi
lconvert=$(find_tool lconvert) || { echo "check-translations: Qt 6 lconvert not found" >&2; exit 2; }
command -v python3 >/dev/null || { echo "check-translations: python3 not found" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The same sources and options as the update_translations target in translations/CMakeLists.txt.
sources=(ui core app/gui)
options=(-extensions cpp,h -locations none -silent -I "$repo")

status=0
for ts in translations/talysh-kb_*.ts; do
  lang=$(basename "$ts" .ts)
  lang=${lang#talysh-kb_}
  cp "$ts" "$tmp/$lang.ts"
  "$lupdate" "${options[@]}" "${sources[@]}" -ts "$tmp/$lang.ts" >"$tmp/$lang.log" 2>&1 || {
    cat "$tmp/$lang.log" >&2
    echo "check-translations: lupdate failed for $ts" >&2
    exit 2
  }
  if [ "$lang" = en ]; then
    # The source language carries only the plural messages (qt_add_translations' PLURALS_TS_FILE).
    "$lconvert" -pluralonly -i "$tmp/$lang.ts" -o "$tmp/$lang.plural.ts"
    mv "$tmp/$lang.plural.ts" "$tmp/$lang.ts"
  fi
  python3 - "$ts" "$tmp/$lang.ts" "$lang" <<'EOF' || status=1
import os
import sys
import xml.etree.ElementTree as ET

committed_path, updated_path, lang = sys.argv[1:4]

def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter('context'):
        name = ctx.findtext('name', '')
        for msg in ctx.iter('message'):
            key = (name, msg.findtext('source', ''), msg.findtext('comment', ''))
            out[key] = msg
    return out

LIMIT = int(os.environ.get("TALYSHKB_TS_PROBLEMS", "40"))
committed = messages(committed_path)
updated = messages(updated_path)
problems = []
unfinished = empty = stale = missing = plural = 0
active = 0
for key, msg in updated.items():
    tr = msg.find('translation')
    kind = tr.get('type', '') if tr is not None else 'missing'
    label = '%s: "%s"' % (key[0], key[1].replace('\n', '\\n')[:70])
    if kind in ('vanished', 'obsolete'):
        stale += 1
        problems.append('no longer in the sources: ' + label)
        continue
    active += 1
    if key not in committed:
        missing += 1
        problems.append('missing: ' + label)
        continue
    if kind == 'unfinished':
        unfinished += 1
        problems.append('unfinished: ' + label)
        continue
    if msg.get('numerus') == 'yes':
        plural += 1
        forms = tr.findall('numerusform')
        if not forms or any(not (f.text or '').strip() for f in forms):
            empty += 1
            problems.append('empty plural form: ' + label)
    elif not (tr.text or '').strip():
        empty += 1
        problems.append('empty translation: ' + label)
# Messages the committed file has but lupdate dropped without marking them (should not happen, but be sure).
for key in committed:
    if key not in updated:
        stale += 1
        problems.append('no longer in the sources: %s: "%s"' % (key[0], key[1][:70]))

done = active - unfinished - empty - missing
pct = 100.0 * done / active if active else 100.0
print('%-3s %4d messages (%d plural), %4d translated, %d unfinished, %d missing, %d empty, %d obsolete  %5.1f%%'
      % (lang, active, plural, done, unfinished, missing, empty, stale, pct))
for p in problems[:LIMIT]:
    print('      ' + p)
if len(problems) > LIMIT:
    print('      ... and %d more' % (len(problems) - LIMIT))
sys.exit(1 if problems else 0)
EOF
done

if [ "$status" -ne 0 ]; then
  echo "check-translations: FAILED. Run: cmake --build BUILD --target update_translations, translate, and commit." >&2
else
  echo "check-translations: all languages complete."
fi
exit "$status"
