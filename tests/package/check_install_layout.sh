#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_install_layout.sh BUILD_DIR: `cmake --install` into a scratch prefix puts every file a desktop user and the
# Debian package need where the desktop, man and the shells look for them, and nothing is missing or empty.
set -euo pipefail
build=$1
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
DESTDIR=$dest cmake --install "$build" --prefix /usr >"$dest.log" 2>&1 || { cat "$dest.log"; rm -f "$dest.log"; exit 1; }
rm -f "$dest.log"
zsh_dir=$(grep -m1 '^TALYSHKB_ZSH_COMPLETION_DIR:' "$build/CMakeCache.txt" | cut -d= -f2)
expected=(
  usr/bin/talysh-kb
  usr/bin/talysh-kb-cli
  usr/share/applications/org.talyshkb.TalyshKB.desktop
  usr/share/metainfo/org.talyshkb.TalyshKB.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/org.talyshkb.TalyshKB.svg
  usr/share/man/man1/talysh-kb.1.gz
  usr/share/man/man1/talysh-kb-cli.1.gz
  usr/share/bash-completion/completions/talysh-kb-cli
  "usr/$zsh_dir/_talysh-kb-cli"
  usr/share/fish/vendor_completions.d/talysh-kb-cli.fish
  usr/share/doc/talysh-kb/copyright
  usr/share/doc/talysh-kb/changelog.gz
  usr/share/doc/talysh-kb/CHANGELOG.md
)
fail=0
for f in "${expected[@]}"; do
  if [ ! -s "$dest/$f" ]; then echo "FAIL: /$f is not installed (or empty)"; fail=1; fi
done
for f in usr/bin/talysh-kb usr/bin/talysh-kb-cli; do
  [ -x "$dest/$f" ] || { echo "FAIL: /$f is not executable"; fail=1; }
done
# The installed metainfo lists the version the programs report.
version=$(sed -n 's/^version=//p' "$build/generated/version.txt")
grep -q "<release version=\"$version\"" "$dest/usr/share/metainfo/org.talyshkb.TalyshKB.metainfo.xml" ||
  { echo "FAIL: the installed metainfo has no release $version"; fail=1; }
gzip -t "$dest/usr/share/man/man1/talysh-kb-cli.1.gz" || { echo "FAIL: talysh-kb-cli.1.gz is not gzip"; fail=1; }
[ "$fail" = 0 ] && echo "install_layout: ${#expected[@]} files in place (version $version)"
exit "$fail"
