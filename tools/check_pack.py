#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check a curated knowledge pack (resources/pack/*.json) against the seed article it was built from.

Every fact in a pack must rest on a sentence of its seed, so this checks the citations against the seed
text itself rather than trusting the pack. It also checks the schema the C++ loader reads (pack format 2: claims with qualifiers and citations, dates in
EDTF notation) and the qualifiers themselves: a reported claim or an opinion names whose it is, an ambiguous
reading says why in a note, no date has a bound the notation cannot hold.

usage: tools/check_pack.py [PACK.json] [--seed SEED.txt]
Exit status 0 when the pack is clean, 1 when problems were found, 2 when a file could not be read.
Standard library only.
"""
import argparse
import datetime
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
STATUSES = ("stated", "reported", "opinion", "disputed", "ambiguous")
SCRIPTS = {"Latn", "Cyrl", "Arab", "Grek", "Armn", "Geor"}
ID_RE = re.compile(r"^([a-z]+)/([a-z0-9]+(?:-[a-z0-9]+)*)$")
LINK_RE = re.compile(r"\[\[([^\[\]|]*)\|([^\[\]]*)\]\]")
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# The EDTF forms the pack format allows (docs: pack format 2), nothing more: a plain date, a date with a
# qualifier (~ circa, ? uncertain, % both), a part of a year, an interval with an optional open end or start,
# and before/after.
_PLAIN = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
_SINGLE = rf"(?:{_PLAIN}[~?%]?|\d{{4}}-(?:early|mid|late))"
EDTF_RE = re.compile(rf"^(?:{_SINGLE}|{_SINGLE}/{_SINGLE}|{_SINGLE}/\.\.|\.\./{_SINGLE}"
                     rf"|\[\.\.{_PLAIN}\]|\[{_PLAIN}\.\.\])$")
PLAIN_RE = re.compile(rf"^{_PLAIN}$")
FORBIDDEN_IDS = {
    # Issue 17: the article's "head of the Gummat movement" most likely garbles "the head of the movement,
    # Gummatov"; the pack must not assert such a group.
    "organization/gummat-movement",
}

TOP_KEYS = ["format", "formatVersion", "id", "title", "language", "sources", "entities", "relations"]
SOURCE_KEYS = ["id", "title", "origin", "infobox", "sections"]
SECTION_KEYS = ["id", "title", "text"]
ENTITY_KEYS = ["id", "kind", "name", "aliases", "summary", "body", "attributes", "citations"]
CLAIM_KEYS = ["status", "accordingTo", "former", "note", "citations"]
ALIAS_KEYS = ["text", "lang", "script"]
ATTR_KEYS = ["key", "value"]
CIT_KEYS = ["source", "section", "sentence"]
REL_KEYS = ["subject", "predicate", "object"]
DATE_KEYS = ["edtf"]
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


def edtf_bounds(v):
    """First and last calendar day an EDTF value may mean, as ISO strings; None where open or vague."""
    def day(s, last):
        if not PLAIN_RE.match(s):  # circa, uncertain, a part of a year, before/after: no firm day to compare
            return None
        y, m, d = (s.split("-") + [None, None])[:3]
        if d:
            return s
        if not m:
            return f"{y}-12-31" if last else f"{y}-01-01"
        if not last:
            return f"{y}-{m}-01"
        nxt = datetime.date(int(y) + (m == "12"), int(m) % 12 + 1, 1)
        return (nxt - datetime.timedelta(days=1)).isoformat()
    a, _, b = v.partition("/")
    b = b or a
    return (day(a, False) if a != ".." else None), (day(b, True) if b != ".." else None)


def check_date(p, where, d, seed_text, need_text):
    """A Date: {"edtf", "text"?}; the notation one of the pack format's forms, the text the article's words."""
    if not check_keys(p, where, d, DATE_KEYS, ["text"]):
        return None
    v = d["edtf"]
    if not isinstance(v, str) or not EDTF_RE.match(v):
        p(where, f"edtf {v!r} is not one of the notations of the pack format")
        return None
    for part in re.findall(_PLAIN, v):
        try:  # a real calendar day, not 2019-02-30
            if len(part) == 10:
                datetime.date.fromisoformat(part)
        except ValueError:
            p(where, f"edtf {v!r}: {part} is not a calendar day")
            return None
    lo, hi = edtf_bounds(v)
    if lo and hi and lo > hi:
        p(where, f"interval {v!r} runs backwards")
    if need_text and "text" not in d:
        p(where, "missing 'text' (the article's wording of the date)")
    if "text" in d and check_str(p, where + ".text", d["text"]) and d["text"] not in seed_text:
        p(where, f"date text {d['text']!r} is not the article's wording")
    return v


def check_claim(p, where, obj, ids, cite, need_citation=True):
    """The qualifiers every alias, attribute, relation and date claim may carry, and its citations."""
    status = obj.get("status", "stated")
    if status not in STATUSES:
        p(where, f"status {status!r} not one of {STATUSES}")
    if "status" in obj and status == "stated":
        p(where, "status 'stated' is the default: omit it")
    if "accordingTo" in obj:
        who = obj["accordingTo"]
        if check_str(p, where + ".accordingTo", who) and ID_RE.match(who) and who not in ids:
            p(where, f"accordingTo {who!r} is not an entity")
        if status not in ("reported", "opinion", "disputed"):
            p(where, f"accordingTo on a claim with status {status!r}")
    elif status in ("reported", "opinion"):
        p(where, f"status {status!r} needs 'accordingTo' (who reports it, whose opinion it is)")
    if "former" in obj and obj["former"] is not True:
        p(where, "'former' is either true or absent")
    if "note" in obj:
        check_str(p, where + ".note", obj["note"])
    elif status == "ambiguous":
        p(where, "an ambiguous reading needs a 'note' quoting the article's words")
    cits = obj.get("citations")
    if cits is None:
        if need_citation:
            p(where, "missing 'citations' (every claim rests on at least one passage)")
        return []
    if not isinstance(cits, list) or (need_citation and not cits):
        p(where + ".citations", "expected a non-empty list")
        return []
    for j, c in enumerate(cits):
        cite(f"{where}.citations[{j}]", c)
    return cits


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
    if pack["formatVersion"] != 2 or isinstance(pack["formatVersion"], bool):
        p("pack.formatVersion", f"{pack['formatVersion']!r} is not 2 (the format with claims and qualifiers)")
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

    def cite(where, c):
        check_citation(p, where, c, src_ids, s_sections, infobox_lines)

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
        # Every event says what the article dates it by, even when that is nothing ([]).
        if not check_keys(p, where, e, ENTITY_KEYS + (["dates"] if is_event else []), ["dates"]):
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
                if not check_keys(p, aw, a, ALIAS_KEYS, CLAIM_KEYS):
                    continue
                # A spelling in another language or script is not the article's and cites nothing; a spelling
                # the article uses cites a passage that uses it.
                for c in check_claim(p, aw, a, ids, cite, need_citation=False):
                    if isinstance(c, dict) and a["text"] not in str(c.get("sentence")):
                        p(aw, f"the cited passage does not contain the alias {a['text']!r}")
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
                if check_keys(p, aw, at, ATTR_KEYS, CLAIM_KEYS + ["from", "to"]):
                    check_str(p, aw + ".key", at["key"])
                    check_str(p, aw + ".value", at["value"])
                    check_claim(p, aw, at, ids, cite)
                    for end in ("from", "to"):
                        if end in at:
                            check_date(p, f"{aw}.{end}", at[end], seed_raw, need_text=False)
        if not isinstance(e["citations"], list) or not e["citations"]:
            p(where + ".citations", "every entity needs at least one citation")
        else:
            for j, c in enumerate(e["citations"]):
                check_citation(p, f"{where}.citations[{j}]", c, src_ids, s_sections, infobox_lines)
        if "dates" in e:
            if not isinstance(e["dates"], list):
                p(where + ".dates", "expected a list of date claims")
            else:
                for j, dc in enumerate(e["dates"]):
                    dw = f"{where}.dates[{j}]"
                    if check_keys(p, dw, dc, ["date"], CLAIM_KEYS):
                        check_date(p, dw + ".date", dc["date"], seed_raw, need_text=True)
                        cits = check_claim(p, dw, dc, ids, cite)
                        said = dc["date"].get("text") if isinstance(dc["date"], dict) else None
                        if isinstance(said, str) and cits and not any(
                                isinstance(c, dict) and said in str(c.get("sentence")) for c in cits):
                            p(dw, f"no cited passage contains the date's wording {said!r}")
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
        if not check_keys(p, where, r, REL_KEYS, CLAIM_KEYS + ["from", "to"]):
            continue
        where += f" ({r['subject']} {r['predicate']} {r['object']})"
        for end in ("subject", "object"):
            if r[end] not in ids:
                p(where, f"{end} {r[end]!r} is not an entity")
        if r["subject"] == r["object"]:
            p(where, "subject and object are the same")
        if r["predicate"] not in PREDICATES:
            p(where, f"predicate {r['predicate']!r} is not in the agreed list")
        bounds = {}
        for end in ("from", "to"):
            if end in r:
                bounds[end] = check_date(p, f"{where}.{end}", r[end], seed_raw, need_text=False)
        lo, hi = (edtf_bounds(bounds[k])[i] if bounds.get(k) else None for i, k in ((0, "from"), (1, "to")))
        if lo and hi and lo > hi:
            p(where, f"'from' {bounds['from']!r} is after 'to' {bounds['to']!r}")
        if r.get("former") and "to" in r:
            p(where, "'former' means the end is unknown; this claim has a 'to'")
        check_claim(p, where, r, ids, cite)
        key = json.dumps([r["subject"], r["predicate"], r["object"], r.get("from"), r.get("to")], sort_keys=True)
        if key in rel_seen:
            p(where, "duplicate relation")
        rel_seen.add(key)

    # ---- retired ids: not an entity, not a link target, not a relation end, not named anywhere in the pack
    raw = json.dumps(pack, ensure_ascii=False)
    for bad in sorted(FORBIDDEN_IDS):
        if bad in raw:
            p("pack", f"{bad!r} must not appear (see FORBIDDEN_IDS)")

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
