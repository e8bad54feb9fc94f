#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Scores any build's talysh-kb-cli on the judged query sets (MRR, nDCG@10), the way talysh-kb-bench does, so a
# build without the benchmark's quality step (an older one) can be compared:
#   score_cli.py path/to/talysh-kb-cli [--details]
# The bundled base is the CLI's own; the second article is imported into a temporary base. A build whose JSON
# gives no "section" for a lead section (before issue 19) has its lead hits of the article's source read as "#".
import json, math, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))

def load(name):
    out = []
    for line in open(os.path.join(here, name), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        query, judged = line.split('\t')
        out.append((query, {k: int(g) for k, g in (j.rsplit('=', 1) for j in judged.split())}))
    return out

def score(cli, kb, queries, details, lead_source):
    mrr = ndcg = 0.0
    for query, grades in queries:
        args = [cli, 'search', query, '--limit', '20', '--json'] + (['--kb', kb] if kb else [])
        hits = json.loads(subprocess.run(args, capture_output=True, check=True, text=True).stdout)
        keys = []
        for h in hits:
            if 'section' in h:
                keys.append(h['id'] + '#' + h['section'])
            elif lead_source and h['id'] == lead_source:
                keys.append(h['id'] + '#')
            else:
                keys.append(h['id'])
        first = next((i + 1 for i, k in enumerate(keys) if grades.get(k, 0) > 0), 0)
        dcg = sum((2 ** grades.get(k, 0) - 1) / math.log2(i + 2) for i, k in enumerate(keys[:10]))
        ideal = sorted(grades.values(), reverse=True)[:10]
        idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
        mrr += 1 / first if first else 0
        ndcg += dcg / idcg
        if details:
            print(f'  {query}\tfirst relevant {first or "-"}\tnDCG@10 {dcg / idcg:.2f}\t{", ".join(keys[:3])}')
    return len(queries), mrr / len(queries), ndcg / len(queries)

def main():
    cli, details = sys.argv[1], '--details' in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        kb = os.path.join(tmp, 'talysh-language.tkb')
        subprocess.run([cli, 'import', os.path.join(here, 'talysh-language.txt'), '--kb', kb], check=True,
                       capture_output=True)
        for name, base, judged, lead in (('bundled base', None, 'bundled.tsv', None),
                                         ('second article', kb, 'talysh-language.tsv', 'source/talysh-language-article')):
            n, mrr, ndcg = score(cli, base, load(judged), details, lead)
            print(f'| {name} | {n} | {mrr:.3f} | {ndcg:.3f} |')

main()
