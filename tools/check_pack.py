#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check a curated knowledge pack (resources/pack/*.json) against the seed article it was built from.

Every fact in a pack must rest on a sentence of its seed, so this checks the citations against the seed
text itself rather than trusting the pack. It also checks the schema the C++ loader reads.

usage: tools/check_pack.py [PACK.json] [--seed SEED.txt]
Exit status 0 when the pack is clean, 1 when problems were found, 2 when a file could not be read.
Standard library only.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PACK = os.path.join(REPO, "resources", "pack", "talysh-national-movement.json")

KINDS = ("person", "organization", "place", "event", "goal", "topic", "source")
PREDICATES = {
    "founded", "founded-in", "heads", "member-of", "board-member-of", "president-of", "chairman-of",
    "joined", "expelled-from", "membership-terminated", "readmitted-to", "headquartered-in", "based-in",
    "lives-in", "located-in", "participated-in", "organized", "detained-by", "extradited-to",
    "emigrated-to", "returned-to", "sentenced", "pardoned-in", "advocates", "concerns", "reported-on",
    "persecuted", "part-of", "opened",
}
PRECISIONS = ("day", "month", "year", "range")
SCRIPTS = {"Latn", "Cyrl", "Arab", "Grek", "Armn", "Geor"}
ID_RE = re.compile(r"^([a-z]+)/([a-z0-9]+(?:-[a-z0-9]+)*)$")
LINK_RE = re.compile(r"\[\[([^\[\]|]*)\|([^\[\]]*)\]\]")
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
DATE_RE = {
    "year": re.compile(r"^\d{4}$"),
    "month": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
    "day": re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
}

TOP_KEYS = ["format", "formatVersion", "id", "title", "language", "sources", "entities", "relations"]
SOURCE_KEYS = ["id", "title", "origin", "infobox", "sections"]
SECTION_KEYS = ["id", "title", "text"]
ENTITY_KEYS = ["id", "kind", "name", "aliases", "summary", "body", "attributes", "citations"]
ALIAS_KEYS = ["text", "lang", "script"]
ATTR_KEYS = ["key", "value", "citation"]
CIT_KEYS = ["source", "section", "sentence"]
REL_KEYS = ["subject", "predicate", "object", "from", "to", "citation"]
INFOBOX = "Infobox"


class Problems:
    def __init__(self):
        self.items = []

    def __call__(self, where, msg):
        self.items.append(f"{where}: {msg}")


# ------------------------------------------------------------------ seed
def parse_seed(text):
    """Split a seed article into (title, infobox [(key, value)], {section title: text}, [section order]).

    Format: "= Title =", then optionally an infobox caption line followed by "- Key: Value" lines, then the
    lead, then sections headed "== Section ==" (spaces optional, as in "==See also==").
    """
    lines = text.replace("\r\n", "\n").split("\n")
    m = re.match(r"^=\s*([^=].*?)\s*=$", lines[0]) if lines else None
    if not m:
        raise ValueError("line 1: expected '= Title ='")
    title, body = m.group(1), lines[1:]
    header = re.compile(r"^==\s*(.*?)\s*==$")
    first_hdr = next((k for k, l in enumerate(body) if header.match(l)), len(body))
    infobox, skip = [], set()
    start = next((k for k, l in enumerate(body[:first_hdr]) if l.startswith("- ")), None)
    if start is not None:
        end = start
        while end < first_hdr and body[end].startswith("- "):
            key, sep, value = body[end][2:].partition(": ")
            if not sep:
                raise ValueError(f"line {end + 2}: infobox line without 'Key: Value'")
            infobox.append((key, value))
            skip.add(end)
            end += 1
        if start > 0 and body[start - 1].strip():
            skip.add(start - 1)  # the infobox caption
    sections, order, cur, buf = {}, [], "", []
    for k, line in enumerate(body):
        if k in skip:
            continue
        h = header.match(line)
        if h:
            sections[cur] = "\n".join(buf).strip()
            order.append(cur)
            cur, buf = h.group(1), []
        else:
            buf.append(line)
    sections[cur] = "\n".join(buf).strip()
    order.append(cur)
    return title, infobox, sections, order


def unlink(text):
    return LINK_RE.sub(lambda m: m.group(2), text)


# ------------------------------------------------------------------ checks
def check_keys(p, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        p(where, f"expected an object, got {type(obj).__name__}")
        return False
    missing = [k for k in required if k not in obj]
    extra = [k for k in obj if k not in required and k not in optional]
    if missing:
        p(where, f"missing keys {missing}")
    if extra:
        p(where, f"unexpected keys {extra}")
    return not missing


def check_str(p, where, value, allow_empty=False):
    if not isinstance(value, str):
        p(where, f"expected a string, got {type(value).__name__}")
        return False
    if not allow_empty and not value.strip():
        p(where, "empty string")
        return False
    if value != value.strip():
        p(where, "leading or trailing whitespace")
    return True


def check_date(p, where, d, seed_text, need_text):
    if not check_keys(p, where, d, ["start", "precision"], ["end", "text"]):
        return
    prec = d["precision"]
    if prec not in PRECISIONS:
        p(where, f"precision {prec!r} not one of {PRECISIONS}")
        return
    start, end = d.get("start"), d.get("end")
    if prec == "range":
        if end is None:
            p(where, "precision 'range' needs an 'end'")
            return
        for name, v in (("start", start), ("end", end)):
            if not isinstance(v, str) or not any(r.match(v) for r in DATE_RE.values()):
                p(where, f"{name} {v!r} is not yyyy, yyyy-mm or yyyy-mm-dd")
                return
        if len(start) != len(end):
            p(where, f"range start {start!r} and end {end!r} have different forms")
        elif start > end:
            p(where, f"range start {start!r} is after end {end!r}")
    else:
        if end is not None:
            p(where, f"precision {prec!r} takes only 'start', not 'end'")
        if not isinstance(start, str) or not DATE_RE[prec].match(start):
            p(where, f"start {start!r} does not match precision {prec!r}")
    if need_text and "text" not in d:
        p(where, "missing 'text' (the article's wording of the date)")
    if "text" in d and check_str(p, where + ".text", d["text"]) and d["text"] not in seed_text:
        p(where, f"date text {d['text']!r} is not the article's wording")


def check_citation(p, where, c, src_ids, seed_sections, infobox_lines):
    if not check_keys(p, where, c, CIT_KEYS):
        return
    if c["source"] not in src_ids:
        p(where, f"unknown source {c['source']!r}")
        return
    sec, sent = c["section"], c["sentence"]
    if not check_str(p, where + ".sentence", sent):
        return
    if sec == INFOBOX:
        if sent not in infobox_lines:
            p(where, f"not an infobox line: {sent!r}")
    elif sec not in seed_sections:
        p(where, f"unknown section {sec!r}")
    elif sent not in seed_sections[sec]:
        p(where, f"sentence not found verbatim in section {sec!r}: {sent!r}")


def check_links(p, where, text, ids, allow_self=None):
    for m in LINK_RE.finditer(text):
        target, label = m.group(1), m.group(2)
        if target not in ids:
            p(where, f"link to unknown entity {target!r}")
        if not label.strip() or label != label.strip():
            p(where, f"link {m.group(0)!r} has an empty or padded label")
        if allow_self is not None and target == allow_self:
            p(where, f"links to itself ({target})")
    rest = LINK_RE.sub("", text)
    if "[[" in rest or "]]" in rest:
        p(where, "malformed link markup (every link must be [[kind/slug|label]])")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pack", nargs="?", default=DEFAULT_PACK)
    ap.add_argument("--seed", help="seed article (default: found from the source's 'origin')")
    args = ap.parse_args()

    try:
        with open(args.pack, encoding="utf-8") as f:
            pack = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        print(f"{args.pack}: cannot read pack: {e}", file=sys.stderr)
        return 2

    p = Problems()
    if not check_keys(p, "pack", pack, TOP_KEYS):
        print("\n".join(p.items))
        return 1
    if pack["format"] != "talysh-kb-pack":
        p("pack.format", f"{pack['format']!r} is not 'talysh-kb-pack'")
    if pack["formatVersion"] != 1 or isinstance(pack["formatVersion"], bool):
        p("pack.formatVersion", f"{pack['formatVersion']!r} is not 1")
    for k in ("id", "title", "language"):
        check_str(p, f"pack.{k}", pack[k])
    for k in ("sources", "entities", "relations"):
        if not isinstance(pack[k], list):
            p(f"pack.{k}", "expected a list")
            print("\n".join(p.items))
            return 1
    if len(pack["sources"]) != 1:
        p("pack.sources", f"expected exactly one source document, got {len(pack['sources'])}")
        print("\n".join(p.items))
        return 1

    # ---- the seed
    src = pack["sources"][0]
    if not check_keys(p, "sources[0]", src, SOURCE_KEYS):
        print("\n".join(p.items))
        return 1
    seed_path = args.seed or os.environ.get("TALYSH_SEED")
    if not seed_path:
        origin = src["origin"]
        candidates = [os.path.join(REPO, origin), os.path.join(REPO, "resources", origin),
                      os.path.join(os.path.dirname(REPO), "shared", origin)]
        seed_path = next((c for c in candidates if os.path.isfile(c)), None)
        if not seed_path:
            print(f"cannot find the seed {origin!r} (looked in {candidates}); pass --seed", file=sys.stderr)
            return 2
    try:
        with open(seed_path, encoding="utf-8") as f:
            seed_raw = f.read()
        s_title, s_infobox, s_sections, s_order = parse_seed(seed_raw)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        print(f"{seed_path}: cannot read seed: {e}", file=sys.stderr)
        return 2
    infobox_lines = {f"{k}: {v}" for k, v in s_infobox}

    # ---- the source document
    if src["title"] != s_title:
        p("sources[0].title", f"{src['title']!r} differs from the seed title {s_title!r}")
    if not isinstance(src["infobox"], list):
        p("sources[0].infobox", "expected a list")
    else:
        got = []
        for i, row in enumerate(src["infobox"]):
            if check_keys(p, f"sources[0].infobox[{i}]", row, ["key", "value"]):
                got.append((row["key"], row["value"]))
        if got != s_infobox:
            p("sources[0].infobox", "differs from the seed's infobox lines (all of them, in order, verbatim)")
    ids = {e.get("id") for e in pack["entities"] if isinstance(e, dict)}
    src_ids = {src["id"]}
    sec_ids = set()
    if not isinstance(src["sections"], list):
        p("sources[0].sections", "expected a list")
    else:
        titles = []
        for i, sec in enumerate(src["sections"]):
            where = f"sources[0].sections[{i}]"
            if not check_keys(p, where, sec, SECTION_KEYS):
                continue
            where += f" ({sec['title'] or 'lead'})"
            titles.append(sec["title"])
            if not ID_RE.match("x/" + str(sec["id"])):
                p(where, f"section id {sec['id']!r} is not a slug")
            if sec["id"] in sec_ids:
                p(where, f"duplicate section id {sec['id']!r}")
            sec_ids.add(sec["id"])
            if sec["title"] not in s_sections:
                p(where, f"no section {sec['title']!r} in the seed")
                continue
            check_links(p, where, sec["text"], ids)
            plain = unlink(sec["text"]).strip()
            want = s_sections[sec["title"]]
            if plain != want:
                k = next((j for j in range(min(len(plain), len(want))) if plain[j] != want[j]),
                         min(len(plain), len(want)))
                p(where, f"text without links differs from the seed at offset {k}: "
                         f"pack {plain[max(0, k - 30):k + 30]!r} vs seed {want[max(0, k - 30):k + 30]!r}")
        if titles != s_order:
            p("sources[0].sections", f"section titles {titles} differ from the seed's {s_order}")

    # ---- entities
    kinds = Counter()
    seen = set()
    for i, e in enumerate(pack["entities"]):
        where = f"entities[{i}]"
        is_event = isinstance(e, dict) and e.get("kind") == "event"
        if not check_keys(p, where, e, ENTITY_KEYS + (["date"] if is_event else [])):
            continue
        eid = e["id"]
        where = eid if isinstance(eid, str) else where
        m = ID_RE.match(eid) if isinstance(eid, str) else None
        if not m:
            p(where, "id is not kind/slug (lower-case letters, digits, single hyphens)")
        elif m.group(1) != e["kind"]:
            p(where, f"id kind {m.group(1)!r} differs from kind {e['kind']!r}")
        if e["kind"] not in KINDS:
            p(where, f"kind {e['kind']!r} not one of {KINDS}")
        if eid in seen:
            p(where, "duplicate id")
        seen.add(eid)
        kinds[e["kind"]] += 1
        check_str(p, where + ".name", e["name"])
        if e["kind"] == "person" and isinstance(e["name"], str) and e["name"] not in seed_raw:
            p(where, f"person name {e['name']!r} is not spelled as in the article")
        check_str(p, where + ".summary", e["summary"])
        if isinstance(e["summary"], str) and ("[[" in e["summary"] or "]]" in e["summary"]):
            p(where + ".summary", "summaries are plain text; put links in the body")
        if check_str(p, where + ".body", e["body"]):
            check_links(p, where + ".body", e["body"], ids, allow_self=eid)
        if not isinstance(e["aliases"], list):
            p(where + ".aliases", "expected a list")
        else:
            texts = set()
            for j, a in enumerate(e["aliases"]):
                aw = f"{where}.aliases[{j}]"
                if not check_keys(p, aw, a, ALIAS_KEYS):
                    continue
                check_str(p, aw + ".text", a["text"])
                if a["text"] == e["name"] or a["text"] in texts:
                    p(aw, f"alias {a['text']!r} repeats the name or another alias")
                texts.add(a["text"])
                if not isinstance(a["lang"], str) or not LANG_RE.match(a["lang"]):
                    p(aw, f"lang {a['lang']!r} is not a language tag")
                if a["script"] not in SCRIPTS:
                    p(aw, f"script {a['script']!r} not one of {sorted(SCRIPTS)}")
        if not isinstance(e["attributes"], list):
            p(where + ".attributes", "expected a list")
        else:
            for j, at in enumerate(e["attributes"]):
                aw = f"{where}.attributes[{j}]"
                if check_keys(p, aw, at, ATTR_KEYS):
                    check_str(p, aw + ".key", at["key"])
                    check_str(p, aw + ".value", at["value"])
                    check_citation(p, aw + ".citation", at["citation"], src_ids, s_sections, infobox_lines)
        if not isinstance(e["citations"], list) or not e["citations"]:
            p(where + ".citations", "every entity needs at least one citation")
        else:
            for j, c in enumerate(e["citations"]):
                check_citation(p, f"{where}.citations[{j}]", c, src_ids, s_sections, infobox_lines)
        if is_event and e["date"] is not None:
            check_date(p, where + ".date", e["date"], seed_raw, need_text=True)
    if src["id"] not in ids:
        p("entities", f"no entity for the source document {src['id']!r}")
    else:
        se = next(e for e in pack["entities"] if isinstance(e, dict) and e.get("id") == src["id"])
        if se.get("kind") != "source":
            p(src["id"], "the source document's entity must have kind 'source'")

    # ---- relations
    rel_seen = set()
    for i, r in enumerate(pack["relations"]):
        where = f"relations[{i}]"
        if not check_keys(p, where, r, REL_KEYS):
            continue
        where += f" ({r['subject']} {r['predicate']} {r['object']})"
        for end in ("subject", "object"):
            if r[end] not in ids:
                p(where, f"{end} {r[end]!r} is not an entity")
        if r["subject"] == r["object"]:
            p(where, "subject and object are the same")
        if r["predicate"] not in PREDICATES:
            p(where, f"predicate {r['predicate']!r} is not in the agreed list")
        for end in ("from", "to"):
            if r[end] is not None:
                check_date(p, f"{where}.{end}", r[end], seed_raw, need_text=False)
        if r["to"] is not None and r["from"] is None:
            p(where, "'to' without 'from'")
        check_citation(p, where + ".citation", r["citation"], src_ids, s_sections, infobox_lines)
        key = json.dumps([r["subject"], r["predicate"], r["object"], r["from"], r["to"]], sort_keys=True)
        if key in rel_seen:
            p(where, "duplicate relation")
        rel_seen.add(key)

    # ---- report
    print(f"pack:      {args.pack}")
    print(f"seed:      {seed_path}")
    print(f"sections:  {len(src['sections']) if isinstance(src['sections'], list) else '?'}, "
          f"infobox lines: {len(src['infobox']) if isinstance(src['infobox'], list) else '?'}")
    print("entities:  " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k])
          + f" (total {sum(kinds.values())})")
    print(f"relations: {len(pack['relations'])}")
    if p.items:
        print(f"\n{len(p.items)} problem(s):")
        for item in p.items:
            print("  " + item)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
