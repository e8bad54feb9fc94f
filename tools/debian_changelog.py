#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""CHANGELOG.md as the Debian changelog the package carries (/usr/share/doc/talysh-kb/changelog.gz), one entry
per version, newest first; the notes "Unreleased" are the build's own version (version.txt), as in the AppStream
release list (cmake/AppStreamReleases.cmake).

  debian_changelog.py CHANGELOG.md version.txt MAINTAINER OUT
"""
import datetime
import re
import sys
import textwrap


def sections(markdown):
    out, current = [], None
    for line in markdown.split("\n"):
        m = re.match(r"^## \[([^\]]+)\](?: - (.*))?$", line)
        if m:
            current = {"name": m.group(1), "date": (m.group(2) or "").strip(), "lines": []}
            out.append(current)
        elif current is not None:
            current["lines"].append(line)
    return out


def plain(text):
    text = text.replace("**", "").replace("`", "")
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)


def entries(lines):
    """Markdown lines to the entry's body: '### Group' as '[ Group ]', items and paragraphs as '* ...'."""
    body, item = [], None

    def flush():
        nonlocal item
        if item:
            body.extend(textwrap.wrap(plain(item), 76, initial_indent="  * ", subsequent_indent="    "))
        item = None

    for line in lines:
        if not line.strip():
            flush()
        elif line.startswith("### "):
            flush()
            body += ["", "  [ %s ]" % plain(line[4:].strip())]
        elif re.match(r"^[-*] ", line):
            flush()
            item = line[2:].strip()
        elif item is not None:
            item += " " + line.strip()
        else:
            item = line.strip()
    flush()
    while body and not body[0]:
        body.pop(0)
    return body


def main():
    markdown_path, version_path, maintainer, out_path = sys.argv[1:5]
    with open(version_path, encoding="utf-8") as f:
        build = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
    with open(markdown_path, encoding="utf-8") as f:
        markdown = f.read()
    text = []
    listed = False
    for s in sections(markdown):
        unreleased = s["name"].lower() == "unreleased" or s["date"].lower() in ("", "unreleased")
        if unreleased:
            if build.get("release") == "1" and s["name"] != build["version"]:
                continue
            version, date = build["version"], build["date"]
        else:
            version, date = s["name"], s["date"]
        listed |= version == build["version"]
        when = datetime.datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
        body = entries(s["lines"]) or ["  * No notes."]
        text += ["talysh-kb (%s) unstable; urgency=medium" % version.replace("-", "~"), ""] + body + [
            "", " -- %s  %s" % (maintainer, when.strftime("%a, %d %b %Y %H:%M:%S +0000")), ""]
    if not listed:
        when = datetime.datetime.strptime(build["date"], "%Y-%m-%d")
        text = ["talysh-kb (%s) unstable; urgency=medium" % build["version"].replace("-", "~"), "",
                "  * A development build.", "",
                " -- %s  %s" % (maintainer, when.strftime("%a, %d %b %Y %H:%M:%S +0000")), ""] + text
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(text))


if __name__ == "__main__":
    main()
