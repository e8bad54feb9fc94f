#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The built man pages say exactly what the programs print for --help: the page's text, read back from roff, up to
the sections --help has no place for (files, see also), is --help's text word for word, headings aside. A page
left over from an older build, or text the generator dropped, fails. Where groff is installed the pages must also
render without a warning.

  check_man_pages.py --page PAGE.1 PROGRAM [--page PAGE.1 PROGRAM ...]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

END_OF_HELP = '.\\" end of the --help text'


def man_words(path):
    words = []
    in_name = False
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line == END_OF_HELP:
                return words, True
            if line.startswith(".SH"):
                in_name = line.strip() == ".SH NAME"
                continue
            if line.startswith((".TH", ".TP", ".PP", '.\\"')) or in_name:
                continue
            text = re.sub(r"\\f[BRI]", "", line).replace("\\-", "-").replace("\\&", "").replace("\\e", "\\")
            words += text.split()
    return words, False


def help_words(text, program):
    words = []
    for line in text.split("\n"):
        if re.fullmatch(r"[A-Z][A-Za-z ]*:", line):
            continue  # a heading: the page has it as a section title
        if line.startswith("Usage: "):
            parts = line.split()
            words += [os.path.basename(parts[1])] + parts[2:]
            continue
        words += line.split()
    return words


def main(argv):
    pairs = []
    i = 0
    while i < len(argv):
        if argv[i] != "--page" or i + 2 >= len(argv):
            sys.exit(__doc__)
        pairs.append((argv[i + 1], argv[i + 2]))
        i += 3
    failures = 0
    for page, program in pairs:
        with tempfile.TemporaryDirectory() as home:
            # As the build made the page: English, no remembered language, no display.
            env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/c", XDG_DATA_HOME=home + "/d",
                       LC_ALL="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
            r = subprocess.run([program, "--help"], capture_output=True, text=True, env=env, timeout=120)
        if r.returncode != 0 or not r.stdout.strip():
            print("FAIL: %s --help exited %d: %s" % (program, r.returncode, r.stderr))
            failures += 1
            continue
        want = help_words(r.stdout, program)
        got, complete = man_words(page)
        if not complete:
            print("FAIL: %s lacks the end-of-help marker (not made by tools/help_to_man.py?)" % page)
            failures += 1
        if got != want:
            n = next((k for k in range(min(len(got), len(want))) if got[k] != want[k]), min(len(got), len(want)))
            print("FAIL: %s differs from %s --help at word %d:\n  page: %s\n  help: %s"
                  % (page, os.path.basename(program), n, " ".join(got[n:n + 12]), " ".join(want[n:n + 12])))
            failures += 1
        else:
            print("ok: %s matches %s --help (%d words)" % (os.path.basename(page), os.path.basename(program), len(want)))
        with open(page, encoding="utf-8") as f:
            head = f.read(2000)
        for section in (".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH SEE ALSO"):
            if section not in head and section not in open(page, encoding="utf-8").read():
                print("FAIL: %s has no %s section" % (page, section[4:]))
                failures += 1
        if shutil.which("groff"):
            g = subprocess.run(["groff", "-man", "-ww", "-z", page], capture_output=True, text=True)
            if g.returncode != 0 or g.stderr.strip():
                print("FAIL: groff warns about %s: %s" % (page, g.stderr.strip()))
                failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
