#!/usr/bin/env python3
"""Where the reader fails on generated pages' default-mode text (the fifty-fifth and fifty-sixth
and fifty-seventh sessions' diagnoses). Reads the gold; its figures describe failures, they are
no score.

    python3 Benchmarks/pages/diagnose.py failures    --pages DIR [--binary PATH]
    python3 Benchmarks/pages/diagnose.py alternation --pages DIR [--binary PATH]
    python3 Benchmarks/pages/diagnose.py titles      --pages DIR [--binary PATH]
    python3 Benchmarks/pages/diagnose.py splits      --pages DIR [--binary PATH]

failures:    each gold piece the reader misses (`score.py`'s match), by what the output
             sharing most body bigrams with it holds: the piece and more (merged), part of it
             (split), parts of several (mixed), or all of it in the wrong order or with a
             wrong edge (order); 95% of bigrams is "all".
alternation: text lines sitting between two lines of another story (`A B A`, each line owned
             by the one gold piece holding it, four characters or more), and how many of them
             `--explain` puts in the pieces the pattern calls for (the two outer lines in one
             piece, the middle line in another).
titles:      each gold piece's headline against the title of the output sharing most body
             bigrams with it (`score.py`'s headline match): right, missing (the output has
             none), another story's, the piece's kicker, part of the headline, the headline and
             more, or other text; and the lines `--explain` leaves as "headline that matches no
             article", by the gold field holding them (title, kicker, subtitle, body, furniture).
splits:      each gold piece the reader splits (the output sharing most body bigrams with it holds
             part of it and nothing else), and each further part of it (an output whose body
             bigrams are 80% the piece's, starting past the piece's start) by its title: a gold
             headline (another piece's, or the piece's own, read apart from it), one of the
             piece's paragraphs (a crosshead), other body text, none, or other text.
The held-out family `framed` is left out of all four.
"""

import argparse
import glob
import json
import os
import re
import subprocess
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import score
from pages import HELD_OUT


def pages_of(directory):
    for gold_path in sorted(glob.glob(os.path.join(directory, "*.gold.json"))):
        gold = json.load(open(gold_path, encoding="utf-8"))
        if gold["family"] != HELD_OUT:
            yield gold_path[: -len(".gold.json")], gold


def explain(binary, page):
    """The reader's `--explain` rows for the page's text."""
    return subprocess.run([binary, "articles", page + ".txt", "--explain"], capture_output=True, text=True).stdout


def missed(page, gold, binary):
    """The reader's articles and their normalised bodies, how many gold pieces it reads right
    (`score.py`'s match), and for each piece it misses: its index, the body bigrams it shares
    with each output, and how the output sharing most fails it (merged, split, mixed, order;
    "none" where no output shares any)."""
    result = score.run_reader(binary, page + ".txt")
    articles = result.get("articles", [])
    gold_bodies = [score.gold_content(p) for p in gold["pieces"]]
    out_bodies = [score.norm(a.get("body")) for a in articles]
    matched = set(m for m in score.match_pieces(gold_bodies, out_bodies) if m is not None)
    out_grams = [score.bigrams(o) for o in out_bodies]
    misses = []
    for i, body in enumerate(gold_bodies):
        if i in matched:
            continue
        grams = score.bigrams(body)
        shared = [score.overlap(grams, o) for o in out_grams]
        if not shared or max(shared) == 0:
            misses.append((i, shared, "none"))
            continue
        best = max(range(len(shared)), key=shared.__getitem__)
        covers = shared[best] >= 0.95 * max(1, sum(grams.values()))
        pure = shared[best] >= 0.95 * max(1, sum(out_grams[best].values()))
        misses.append((i, shared, "order" if covers and pure else "merged" if covers else "split" if pure else "mixed"))
    return articles, out_bodies, out_grams, len(matched), misses


def failures(page, gold, binary):
    _, _, _, right, misses = missed(page, gold, binary)
    kinds = Counter(kind for _, _, kind in misses)
    kinds["right"] = right
    return kinds


def piece_texts(gold):
    fields = ("kicker", "title", "subtitle", "editorsNote", "lead", "signature", "credit")
    return [score.norm("".join(p.get(k) or "" for k in fields) + "".join(p["body"])) for p in gold["pieces"]]


def alternation(page, gold, binary):
    texts = piece_texts(gold)
    lines = open(page + ".txt", encoding="utf-8").read().split("\n")

    def owner(line):
        text = score.norm(line)
        holders = [i for i, t in enumerate(texts) if len(text) >= 4 and text in t]
        return holders[0] if len(holders) == 1 else None

    owners = [owner(line) for line in lines]
    explained = explain(binary, page)
    piece = {}
    for row in explained.splitlines():
        m = re.match(r"\S+\.txt:(\d+)\s+\S+\s+(\S+)", row)
        if m:
            piece[int(m.group(1))] = m.group(2)
    counts = Counter()
    for k in range(1, len(lines) - 1):
        a, b, c = owners[k - 1], owners[k], owners[k + 1]
        if None not in (a, b, c) and a == c != b:
            counts["between"] += 1
            # --explain numbers lines from 1.
            if piece.get(k) == piece.get(k + 2) != piece.get(k + 1):
                counts["placed"] += 1
    counts["pages"] += counts["between"] > 0
    return counts


def titles(page, gold, binary):
    pieces = gold["pieces"]
    result = score.run_reader(binary, page + ".txt")
    articles = result.get("articles", [])
    nearest = score.nearest([score.gold_content(p) for p in pieces], [score.norm(a.get("body")) for a in articles])
    gold_titles = [score.norm(p.get("title")) for p in pieces]
    counts = Counter()
    for piece, title, best in zip(pieces, gold_titles, nearest):
        if best is None:
            continue
        out = score.norm(articles[best].get("title"))
        kicker = score.norm(piece.get("kicker"))
        kind = ("right" if out == title else "missing" if not out else "untitled in gold" if not title
                else "kicker" if out == kicker else "another's" if out in gold_titles
                else "part" if out in title else "more" if title in out else "other")
        counts["headline " + kind] += 1
    explained = explain(binary, page)
    furniture = [score.norm(f) for f in gold.get("furniture", [])]
    for row in explained.splitlines():
        m = re.match(r"\S+\.txt:\d+\s+unassigned\s+\S+\s+headline that matches no article\s+(\S.*)$", row)
        if not m:
            continue
        text = score.norm(m.group(1))
        holder = next((field for p in pieces for field in ("title", "kicker", "subtitle")
                       if text and text in score.norm(p.get(field))), None)
        if holder is None:
            holder = ("furniture" if any(text in f for f in furniture)
                      else "body" if any(text in score.gold_content(p) for p in pieces) else "none")
        counts["left over: " + holder] += 1
    return counts


def splits(page, gold, binary):
    pieces = gold["pieces"]
    articles, out_bodies, out_grams, _, misses = missed(page, gold, binary)
    gold_bodies = [score.gold_content(p) for p in pieces]
    gold_titles = {score.norm(p.get("title")) for p in pieces} - {""}
    counts = Counter()
    for i, shared, kind in misses:
        if kind != "split":
            continue
        counts["split pieces"] += 1
        paragraphs = {score.norm(b) for b in pieces[i]["body"]}
        for j, out in enumerate(out_bodies):
            if shared[j] == 0 or shared[j] < 0.8 * max(1, sum(out_grams[j].values())) or gold_bodies[i].find(out[:8]) <= 0:
                continue
            title = score.norm(articles[j].get("title"))
            kind = ("none" if not title else "a gold headline" if title in gold_titles else "a paragraph (crosshead)"
                    if title in paragraphs else "body text" if any(title in b for b in gold_bodies) else "other")
            counts["later part titled: " + kind] += 1
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("failures", "alternation", "titles", "splits"))
    parser.add_argument("--pages", default=score.DEFAULT_PAGES)
    parser.add_argument("--binary", default=score.DEFAULT_BINARY)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    measure = {"failures": failures, "alternation": alternation, "titles": titles, "splits": splits}[args.what]
    with ThreadPoolExecutor(args.jobs) as pool:
        counts = sum(pool.map(lambda p: measure(*p, args.binary), pages_of(args.pages)), Counter())
    for key, value in sorted(counts.items()):
        print(f"{key:10} {value}")


if __name__ == "__main__":
    main()
