#!/usr/bin/env python3
"""How many gold bodies a reader of extracted text could get right at all.

poppler's default mode sometimes interleaves the lines of neighbouring columns. A reader that
keeps the text's order (as `newsdigest articles` does for text input) can only get a piece
right if its body stands in the text in order, with no line of another piece's body inside it
(headlines, captions or furniture in between are fine: the reader sets those apart).

For each gold piece the body is cut into 10-character chunks; each chunk found exactly once in
the page's text (NFKC, white space removed) marks its span as that piece's. A piece is readable
when its first chunk stands first in the text and its last chunk last (poppler also
interleaves a story's own columns, and the scorer checks a body's two ends) and no other
piece's chunk falls between them.

    python3 Benchmarks/pages/ceiling.py                 # default text, tuning families
    python3 Benchmarks/pages/ceiling.py --families framed
"""
import argparse
import collections
import glob
import json
import os
import re
import unicodedata

from pages import FAMILIES, HELD_OUT

TUNING = [f for f in FAMILIES if f != HELD_OUT]
CHUNK = 10


def norm(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def readable(gold, text):
    """For each gold piece, whether its body stands in `text` in order, unbroken by another's."""
    owner = [None] * len(text)
    spans, ordered = [], []
    for i, piece in enumerate(gold["pieces"]):
        body = norm("".join(piece["body"]))
        found = []
        for start in range(0, max(1, len(body) - CHUNK + 1), CHUNK):
            chunk = body[start:start + CHUNK]
            at = text.find(chunk)
            if at >= 0 and text.count(chunk) == 1:
                found.append(at)
                for k in range(at, at + len(chunk)):
                    owner[k] = i
        spans.append((min(found), max(found) + CHUNK) if found else None)
        ordered.append(bool(found) and found[0] == min(found) and found[-1] == max(found))
    return [span is not None and ordered[i] and all(owner[k] in (None, i) for k in range(*span))
            for i, span in enumerate(spans)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default=os.path.expanduser("~/.cache/newsdigest-pages"))
    ap.add_argument("--families", default=",".join(TUNING))
    ap.add_argument("--suffix", default=".txt", help="which extraction: .txt (default mode) or .layout.txt")
    args = ap.parse_args()
    families = args.families.split(",")
    total, ok = collections.Counter(), collections.Counter()
    for path in sorted(glob.glob(os.path.join(args.pages, "*.gold.json"))):
        page = os.path.basename(path)[: -len(".gold.json")]
        family = page.split("-")[0]
        if family not in families:
            continue
        with open(path) as f:
            gold = json.load(f)
        with open(os.path.join(args.pages, page + args.suffix)) as f:
            text = norm(f.read())
        flags = readable(gold, text)
        total[family] += len(flags)
        ok[family] += sum(flags)
    for family in families:
        if total[family]:
            print(f"{family:12} {ok[family]:4} of {total[family]:4} bodies readable in order ({ok[family] / total[family]:.3f})")
    all_total, all_ok = sum(total.values()), sum(ok.values())
    if all_total:
        print(f"{'all':12} {all_ok:4} of {all_total:4} ({all_ok / all_total:.3f})")


if __name__ == "__main__":
    main()
