#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test_package.sh PACKAGE_DIR SOURCE_DIR (ctest package_install; make package-test)
#
# The Debian package as a user meets it: a clean Debian 13 root (tools/cleanroot: debootstrap minbase, cached)
# gets the package's dependencies from the archive with apt, then `apt-get install ./talysh-kb_*.deb`. Both
# programs run there offscreen: the window opens the bundled base and saves a picture of itself, the CLI searches
# and exports a PDF; versions, translations, man pages and the bash completion are checked where they were
# installed. Then `dpkg -r` must leave the root exactly as it was before the package came (no file left).
# Runs inside the build root (a chroot in a chroot); needs root and the network (deb.debian.org, or
# TALYSHKB_MIRROR), and downloads the dependencies once: later runs take them from tools/cleanroot's cache.
set -euo pipefail
pkgdir=$1
src=$2
start=$(date +%s)
stamp() { echo "== package_install: $1 ($(( $(date +%s) - start )) s)"; }
fail() { echo "FAIL: $*"; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  # A native developer build without root cannot chroot; CI runs this in the build root, as root, never skipped.
  [ -n "${CI:-}" ] && fail "needs root (chroot, dpkg in a clean root)"
  echo "package_install: needs root (chroot); skipped"
  exit 77
fi
deb=$(ls -t "$pkgdir"/talysh-kb_*.deb 2>/dev/null | head -n1 || true)
[ -n "$deb" ] || fail "no package in $pkgdir: run make package first"
echo "package: $deb"

work=$(mktemp -d /var/tmp/talyshkb-package-test.XXXXXX)
root=$work/root
trap 'rm -rf --one-file-system "$work"' EXIT
"$src/tools/cleanroot" "$root"
cache=${TALYSHKB_CLEANROOT_CACHE:-/var/cache/talysh-kb}
cp "$deb" "$root/tmp/"
stamp "clean root ready"

# What runs inside the clean root. It has what minbase has: bash, coreutils, dpkg, apt, grep, sed, gzip, find.
cat >"$root/tmp/inside.sh" <<'INSIDE'
set -euo pipefail
deb=/tmp/$1
fail() { echo "FAIL: $*"; exit 1; }
snapshot() {
  # Everything on the system but what apt, dpkg and the programs' own runs keep (caches, logs, databases, homes).
  find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /run -o -path /root \
    -o -path /home -o -path /var/tmp -o -path /var/cache -o -path /var/log -o -path /var/lib/dpkg \
    -o -path /var/lib/apt \) -prune -o -print | sort
}

# apt downloads as _apt into the cache bind-mounted from outside.
chown _apt /var/cache/apt/archives/partial 2>/dev/null || true
apt-get update -qq
# The dependencies first, from the archive, exactly as the package names them; then a snapshot of the system as it
# is before the package comes, for the removal to be compared with.
apt-get satisfy -y -qq --no-install-recommends "$(dpkg-deb -f "$deb" Depends)" >/tmp/satisfy.log ||
  { tail -n 30 /tmp/satisfy.log; fail "apt cannot satisfy the package's Depends"; }
snapshot >/tmp/before.txt
echo "-- dependencies installed: $(dpkg-query -W -f '${Package}\n' | wc -l) packages on the system"
apt-get install -y --no-install-recommends "$deb" >/tmp/install.log || { cat /tmp/install.log; fail "apt-get install $deb"; }
grep -q '^0 upgraded, 1 newly installed' /tmp/install.log ||
  { cat /tmp/install.log; fail "installing the package wanted more than its Depends"; }
dpkg -L talysh-kb >/tmp/files.txt
version=$(dpkg-query -W -f '${Version}' talysh-kb)
echo "-- installed talysh-kb $version: $(wc -l </tmp/files.txt) paths"

for f in /usr/bin/talysh-kb /usr/bin/talysh-kb-cli /usr/share/applications/org.talyshkb.TalyshKB.desktop \
         /usr/share/metainfo/org.talyshkb.TalyshKB.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.talyshkb.TalyshKB.svg \
         /usr/share/man/man1/talysh-kb.1.gz /usr/share/man/man1/talysh-kb-cli.1.gz \
         /usr/share/bash-completion/completions/talysh-kb-cli /usr/share/zsh/vendor-completions/_talysh-kb-cli \
         /usr/share/fish/vendor_completions.d/talysh-kb-cli.fish /usr/share/doc/talysh-kb/copyright; do
  grep -qx "$f" /tmp/files.txt || fail "the package does not hold $f"
  [ -s "$f" ] || fail "$f is missing or empty after install"
done

export HOME=/tmp/home QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
mkdir -p "$HOME"
# The version the package carries is the one both programs report (dpkg spells a tag's '-' as '~').
want=${version//\~/-}
[ "$(talysh-kb-cli --version)" = "talysh-kb-cli $want" ] || fail "talysh-kb-cli --version: $(talysh-kb-cli --version)"
[ "$(talysh-kb --version)" = "talysh-kb $want" ] || fail "talysh-kb --version: $(talysh-kb --version)"
grep -q "<release version=\"$want\"" /usr/share/metainfo/org.talyshkb.TalyshKB.metainfo.xml ||
  fail "the metainfo's releases do not list $want"

# The window: opens the bundled base (built into the user's data folder on this first run) and pictures itself.
timeout 300 talysh-kb --screenshot /tmp/window.png >/tmp/gui.out 2>/tmp/gui.err ||
  { cat /tmp/gui.err; fail "talysh-kb --screenshot exited $?"; }
cat /tmp/gui.out
grep -q '^Saved a picture of ".* — Talysh KB" to /tmp/window.png\.$' /tmp/gui.out || fail "the window did not say what it showed"
[ -s "$HOME/.local/share/talysh-kb/talysh-kb/talysh-national-movement.tkb" ] || fail "the window built no bundled base"

# The CLI, on the base the window built.
talysh-kb-cli search Гумматов --limit 3 >/tmp/search.out || fail "talysh-kb-cli search exited $?"
cat /tmp/search.out
grep -q '^person/alikram-hummatov' /tmp/search.out || fail "search Гумматов did not find person/alikram-hummatov"
talysh-kb-cli export-pdf 'article#History' -o /tmp/history.pdf || fail "talysh-kb-cli export-pdf exited $?"
[ "$(head -c 5 /tmp/history.pdf)" = "%PDF-" ] || fail "export-pdf wrote no PDF"
talysh-kb-cli check >/tmp/check.out || { cat /tmp/check.out; fail "check finds the bundled base damaged"; }

# The translations are in the programs: Russian help is Russian.
talysh-kb --lang ru --help >/tmp/help-ru.txt
grep -q 'База знаний о Талышском национальном движении' /tmp/help-ru.txt || { cat /tmp/help-ru.txt; fail "no Russian in talysh-kb --lang ru --help"; }

# The installed bash completion offers the commands.
offered=$(bash -c 'source /usr/share/bash-completion/completions/talysh-kb-cli; COMP_WORDS=(talysh-kb-cli export-p);
                   COMP_CWORD=1; _talysh_kb_cli; echo "${COMPREPLY[*]}"')
[ "$offered" = "export-pdf export-pack" ] || [ "$offered" = "export-pack export-pdf" ] ||
  fail "bash completion of export-p offers: $offered"
page=$(zcat /usr/share/man/man1/talysh-kb-cli.1.gz)
grep -q '^\.SH COMMANDS' <<<"$page" || fail "talysh-kb-cli(1) has no COMMANDS"

dpkg -r talysh-kb >/tmp/remove.log || { cat /tmp/remove.log; fail "dpkg -r talysh-kb"; }
status=$(dpkg-query -W -f '${db:Status-Status}' talysh-kb 2>/dev/null || echo not-installed)
[ "$status" = not-installed ] || fail "after dpkg -r the package is $status (config files left?)"
while IFS= read -r f; do
  if [ ! -d "$f" ] && { [ -e "$f" ] || [ -L "$f" ]; }; then fail "$f is left after dpkg -r"; fi
done </tmp/files.txt
snapshot >/tmp/after.txt
if ! diff -u /tmp/before.txt /tmp/after.txt >/tmp/left.diff; then
  cat /tmp/left.diff
  fail "the system differs from before the package came"
fi
echo "-- removed: the system is as it was before the package ($(wc -l </tmp/before.txt) paths compared)"
INSIDE

# Private mounts; inside the build root (a chroot, whose / is no mount point) the namespace it runs in is
# already private, and asking for it again fails.
propagation=private
unshare --mount --propagation private true 2>/dev/null || propagation=unchanged
unshare --mount --propagation "$propagation" -- bash -c '
  set -e
  root=$1 cache=$2 deb=$3
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount -t tmpfs tmpfs "$root/run"
  mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
  exec chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 bash /tmp/inside.sh "$deb"
' _ "$root" "$cache" "$(basename "$deb")" || fail "inside the clean root (see above)"
stamp "installed, ran and removed in the clean root"
# Kept beside the package for a look (and as CI artifacts): what the window and export-pdf made there.
mkdir -p "$pkgdir/package-test"
cp "$root/tmp/window.png" "$root/tmp/history.pdf" "$root/tmp/gui.out" "$pkgdir/package-test/"

# What the clean root cannot judge (it has no poppler, no Python): the PDF's words and the window's picture.
if command -v pdftotext >/dev/null; then
  # Whole text first: grep -q leaving early would make pdftotext fail on a closed pipe under pipefail.
  text=$(pdftotext "$pkgdir/package-test/history.pdf" -) || fail "pdftotext cannot read the exported PDF"
  grep -q '^History$' <<<"$text" || fail "the exported PDF has no History heading"
  grep -q 'Alikram Hummatov' <<<"$text" || fail "the exported PDF lacks the section's text"
  echo "exported PDF: $(wc -w <<<"$text") words"
fi
python3 - "$pkgdir/package-test/window.png" <<'PY' || fail "the window's picture is not a drawn window"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height = 8, b"", 0, 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
stride = len(raw) // height
rows = {raw[r * stride + 1:(r + 1) * stride] for r in range(height)}
print("window picture: %d x %d, %d different rows" % (width, height, len(rows)))
# A blank or single-colour window has a handful of different rows; text, tabs and the sidebar give hundreds.
assert width >= 640 and height >= 400 and len(rows) > 100, "blank or tiny"
PY
stamp "passed"
