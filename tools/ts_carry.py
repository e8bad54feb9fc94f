#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Carries translations across a move: when a string moves to another class (another tr() context), lupdate
# marks it unfinished in the new context and vanished in the old one. This copies the old translation of the
# same source text (and comment) into every unfinished message, then drops vanished and obsolete messages.
# The old translations are read from the file itself and from its committed version (git HEAD), since
# update_translations runs lupdate with -no-obsolete and so has already dropped the old context. Run after
# `cmake --build BUILD --target update_translations`, then that target once more to restore lupdate's
# formatting:  tools/ts_carry.py translations/*.ts
import subprocess
import sys
import xml.etree.ElementTree as ET


def finished(root, known):
    for ctx in root.iter('context'):
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr is None or tr.get('type') == 'unfinished':
                continue
            if msg.get('numerus') == 'yes':
                if not any((f.text or '').strip() for f in tr.findall('numerusform')):
                    continue
            elif not (tr.text or '').strip():
                continue
            known.setdefault((msg.findtext('source', ''), msg.findtext('comment', '')), tr)


def carry(path):
    tree = ET.parse(path)
    root = tree.getroot()
    known = {}
    finished(root, known)
    try:
        committed = subprocess.run(['git', 'show', 'HEAD:' + path], capture_output=True, check=True).stdout
        finished(ET.fromstring(committed), known)
    except (subprocess.CalledProcessError, OSError, ET.ParseError):
        pass  # not in git: the file's own messages are all there is
    carried = dropped = 0
    for ctx in list(root.iter('context')):
        for msg in list(ctx.findall('message')):
            tr = msg.find('translation')
            if tr is None:
                continue
            kind = tr.get('type', '')
            if kind in ('vanished', 'obsolete'):
                ctx.remove(msg)
                dropped += 1
            elif kind == 'unfinished':
                old = known.get((msg.findtext('source', ''), msg.findtext('comment', '')))
                if old is None:
                    continue
                msg.remove(tr)
                new = ET.SubElement(msg, 'translation')
                new.text = old.text
                for form in old.findall('numerusform'):
                    ET.SubElement(new, 'numerusform').text = form.text
                carried += 1
        if not ctx.findall('message'):
            root.remove(ctx)
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
    print('%s: %d carried, %d dropped' % (path, carried, dropped))


for p in sys.argv[1:]:
    carry(p)
