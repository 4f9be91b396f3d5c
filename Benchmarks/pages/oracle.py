#!/usr/bin/env python3
"""Rewrite generated pages' default-mode text in an order the gold gives, to measure what a
reader that reordered poppler's lines could gain (the forty-first session's oracles).

    python3 Benchmarks/pages/oracle.py --pages DIR --out OUT --order blocks|threads|stories
    python3 Benchmarks/pages/score.py --pages OUT --mode text

Orders:
- blocks:  within each block (lines between blank lines), lines grouped by the gold piece that
           owns them, in order of first appearance;
- threads: each line put after the line it continues in the gold, when that is one to five
           lines up (a line continuing the line right above stays put), blank lines kept
           before the lines that had them;
- stories: every line of the page grouped by owning piece, a blank line between pieces.

A line's owner is the piece (title, kicker, subtitle, lead, byline, note, caption, credit,
signature and body together) that alone holds most of its 4-character chunks; a line with
none, or holding two pieces' text, goes with the line before it. Only `.txt` and
`.gold.json` are written to OUT. This reads the gold: its figures bound what reordering could
give, they are no reader's.
"""
import argparse
import collections
import glob
import json
import os
import re
import shutil
import unicodedata

FIELDS = ("kicker", "title", "subtitle", "lead", "byline", "editorsNote", "caption", "credit", "signature")
REACH = 5


def norm(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def piece_text(piece):
    parts = [piece.get(k) or "" for k in FIELDS]
    return norm("".join(p if isinstance(p, str) else "".join(p) for p in parts) + "".join(piece["body"]))


def owner(line, texts):
    s = norm(line)
    if len(s) < 4:
        return None
    votes = collections.Counter()
    for k in range(len(s) - 3):
        hits = [i for i, t in enumerate(texts) if s[k:k + 4] in t]
        if len(hits) == 1:
            votes[hits[0]] += 1
    top = votes.most_common(2)
    if not top or (len(top) > 1 and top[1][1] >= 3):
        return None
    return top[0][0]


def owners(lines, texts):
    result, last = [], None
    for line in lines:
        o = owner(line, texts)
        last = last if o is None else o
        result.append(last)
    return result


def grouped(lines, own):
    rank = {}
    for o in own:
        rank.setdefault(o, len(rank))
    return sorted(range(len(lines)), key=lambda i: (rank[own[i]], i))


def by_blocks(raw, texts):
    out, block = [], []

    def flush():
        own = owners(block, texts)
        out.extend(block[i] for i in grouped(block, own))
        block.clear()

    for line in raw:
        if line.strip():
            block.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return out


def by_stories(raw, texts):
    lines = [line for line in raw if line.strip()]
    own = owners(lines, texts)
    out, previous = [], object()
    for i in grouped(lines, own):
        if own[i] != previous and out:
            out.append("")
        previous = own[i]
        out.append(lines[i])
    return out


def by_threads(raw, gold):
    full = "\x00".join(norm("".join(p["body"])) for p in gold["pieces"])
    lines, blank = [], False
    for line in raw:
        if not line.strip():
            blank = True
            continue
        lines.append((line, blank))
        blank = False
    span = []
    for line, _ in lines:
        s = norm(line)
        span.append((full.index(s), full.index(s) + len(s)) if len(s) >= 4 and full.count(s) == 1 else None)

    def continues(k, back):
        return k - back >= 0 and span[k] and span[k - back] and span[k - back][1] == span[k][0]

    thread_of, threads = [None] * len(lines), []
    for k in range(len(lines)):
        t = None
        if span[k] and not continues(k, 1):
            t = next((thread_of[k - b] for b in range(2, REACH + 1) if continues(k, b)), None)
        if t is None:
            stays = k > 0 and (continues(k, 1) or not span[k] or not span[k - 1])
            t = thread_of[k - 1] if stays and not lines[k][1] else None
            if t is None:
                t = len(threads)
                threads.append([])
        thread_of[k] = t
        threads[t].append(k)
    out = []
    for thread in threads:
        for j, k in enumerate(thread):
            if (lines[k][1] or j == 0) and out:
                out.append("")
            out.append(lines[k][0])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--order", choices=("blocks", "threads", "stories"), required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(args.pages, "*.gold.json"))):
        base = path[:-len(".gold.json")]
        gold = json.load(open(path, encoding="utf-8"))
        raw = open(base + ".txt", encoding="utf-8").read().split("\n")
        texts = [piece_text(p) for p in gold["pieces"]]
        if args.order == "blocks":
            out = by_blocks(raw, texts)
        elif args.order == "stories":
            out = by_stories(raw, texts)
        else:
            out = by_threads(raw, gold)
        name = os.path.basename(base)
        open(os.path.join(args.out, name + ".txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")
        shutil.copy(path, os.path.join(args.out, name + ".gold.json"))


if __name__ == "__main__":
    main()
