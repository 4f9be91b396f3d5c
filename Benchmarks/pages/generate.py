#!/usr/bin/env python3
"""Typeset real People's Daily articles into newspaper pages with gold segmentation.

    python3 Benchmarks/pages/generate.py [--out DIR] [--pages-per-family N] [--seed S] [-j 2]
                                         [--geometry standard|varied]

For every page: <family>-<NN>.tex/.pdf, .txt (pdftotext), .layout.txt
(pdftotext -layout) and .gold.json (the pieces exactly as printed).  See
README.md beside this file.
"""

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from multiprocessing import Pool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True      # no __pycache__ inside the repository

from latex import document                                     # noqa: E402
from pages import FALLBACK_FONTS, FAMILIES, drop_paragraph, estimate, make_page  # noqa: E402
from sources import Library, han_count                          # noqa: E402

DEFAULT_OUT = os.path.expanduser("~/.cache/newsdigest-pages")
MAX_ATTEMPTS = 10


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def code_version():
    """A hash of the generator's own code: a page typeset by other code (which
    may trim an overflowing page differently) is typeset again."""
    here = os.path.dirname(os.path.abspath(__file__))
    return sha("".join(open(os.path.join(here, f), encoding="utf-8").read()
                       for f in ("sources.py", "pages.py", "latex.py", "generate.py")))


def compile_tex(source, workdir):
    """Run XeLaTeX; return (page count, log text)."""
    path = os.path.join(workdir, "page.tex")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    subprocess.run(["xelatex", "-interaction=batchmode", "-halt-on-error", "page.tex"],
                   cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    with open(os.path.join(workdir, "page.log"), encoding="utf-8", errors="replace") as f:
        log = f.read()
    pdf = os.path.join(workdir, "page.pdf")
    if not os.path.exists(pdf):
        raise RuntimeError("xelatex failed:\n" + "\n".join(l for l in log.splitlines() if l.startswith("!")))
    pages = page_count(pdf)
    if pages is None:
        raise RuntimeError(f"pdfinfo gave no page count for {pdf}")
    return pages, log


def page_count(pdf):
    """The PDF's page count as pdfinfo gives it; None when pdfinfo gives none."""
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = re.search(r"Pages:\s+(\d+)", info)
    return int(pages.group(1)) if pages else None


def measurements(log):
    """Cell heights {(row, cell): pt} and the page's overflow in pt from the log."""
    pt = r"([\d.]+)pt"
    cells = {(int(r), int(k)): float(h) + float(d)
             for r, k, h, d in re.findall(rf"NDCELL (\d+) (\d+) {pt} {pt}", log)}
    page = float(re.search(rf"NDPAGE {pt}", log).group(1))
    foot = float(re.search(rf"NDFOOT {pt}", log).group(1))
    text = float(re.search(rf"NDTEXTHEIGHT {pt}", log).group(1))
    return cells, page + foot + 4 - text


def removable(cell):
    """What can go from a cell, cheapest first: (story, paragraph) or (None, item)."""
    stories = sorted((p for p in cell.items if p.kind != "photo" and len(p.body) >= 2),
                     key=lambda p: -sum(map(len, p.body)))
    for p in stories:
        minimum = 60 if p.kind == "brief" else 120
        if sum(map(len, p.body[:-1])) >= minimum:
            return p, None
    if len(cell.items) >= 2:
        # Keep the pieces a family is about (photos, signed pieces) when it can.
        plain = [p for p in cell.items if p.kind in ("news", "brief")]
        return None, (plain or cell.items)[-1]
    return None, None


def shrink(page, cells, overflow):
    """Trim paragraphs (or whole pieces, or the last row) from the cells that set
    their rows' heights until the measured overflow should be gone."""
    g = page.geometry
    heights = dict(cells)
    left = overflow + 6
    while left > 0:
        best = None
        for r, rw in enumerate(page.rows):
            row_h = [heights.get((r, k), 0) for k in range(len(rw.cells))]
            for k, c in enumerate(rw.cells):
                others = max([h for j, h in enumerate(row_h) if j != k], default=0)
                slack = row_h[k] - others
                if slack > 0 and any(removable(c)) and (best is None or slack > best[0]):
                    best = (slack, r, k)
        if best is None:
            if len(page.rows) <= 1:
                return False
            dropped = page.rows.pop()
            left -= max(heights.get((len(page.rows), k), 0) for k in range(len(dropped.cells)))
            continue
        slack, r, k = best
        c = page.rows[r].cells[k]
        story, item = removable(c)
        if story is not None:
            before = list(story.body)
            drop_paragraph(story)
            cpl = g.column_chars()
            gain = sum(len(x) // cpl + 1 for x in before[len(story.body):]) / c.span * g.leading
        else:
            c.items.remove(item)
            gain = estimate(item, c.span, g)
        heights[(r, k)] -= gain
        left -= min(gain, slack)
    return True


def extract(pdf, base):
    subprocess.run(["pdftotext", "-enc", "UTF-8", "-nopgbrk", pdf, base + ".txt"], check=True)
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-nopgbrk", pdf, base + ".layout.txt"],
                   check=True)


def gold_text(gold):
    parts = list(gold["furniture"])
    for p in gold["pieces"]:
        parts += [v for k, v in p.items() if isinstance(v, str) and k not in ("source", "kind")]
        parts += p["body"]
    return "\n".join(parts)


def han_mismatch(gold, text):
    """Han characters whose count differs between the gold and the extracted text."""
    want, got = han_count(gold_text(gold)), han_count(text)
    return {ch: (want.get(ch, 0), got.get(ch, 0))
            for ch in set(want) | set(got) if want.get(ch, 0) != got.get(ch, 0)}


def typeset(job):
    """Typeset one page until it fits on one PDF page; write its five files."""
    page, out, version = job
    base = os.path.join(out, page.name)
    first = document(page)
    key = sha(first + version)
    stamp = base + ".hash"
    if os.path.exists(stamp) and os.path.exists(base + ".pdf") and os.path.exists(base + ".tex"):
        with open(stamp) as f:
            stored, final = f.read().split()
        with open(base + ".tex", encoding="utf-8") as f:
            if stored == key and final == sha(f.read()):
                return report(page.name, base, cached=True)
    with tempfile.TemporaryDirectory(dir=out) as work:
        source = first
        for _ in range(MAX_ATTEMPTS):
            pages, log = compile_tex(source, work)
            if "Missing character" in log and page.geometry.fonts != FALLBACK_FONTS:
                page.geometry.fonts = FALLBACK_FONTS
            else:
                cells, overflow = measurements(log)
                if pages == 1 and overflow <= 0:
                    break
                if not shrink(page, cells, max(overflow, 1)):
                    raise RuntimeError(f"{page.name}: cannot fit one page")
            source = document(page)
        else:
            raise RuntimeError(f"{page.name}: still overflowing after {MAX_ATTEMPTS} attempts")
        shutil.copy(os.path.join(work, "page.pdf"), base + ".pdf")
    extract(base + ".pdf", base)
    with open(base + ".gold.json", "w", encoding="utf-8") as f:
        json.dump(page.gold(), f, ensure_ascii=False, indent=1)
    # The .tex goes last: with the stamp it marks the page complete.
    with open(base + ".tex", "w", encoding="utf-8") as f:
        f.write(source)
    with open(stamp, "w") as f:
        f.write(f"{key} {sha(source)}\n")
    return report(page.name, base, cached=False)


def typeset_or_report(job):
    """typeset(), with a failure reported for its page instead of ending the run."""
    try:
        return typeset(job)
    except (RuntimeError, subprocess.SubprocessError, OSError) as e:
        return {"page": job[0].name, "error": str(e)}


def report(name, base, cached):
    with open(base + ".gold.json", encoding="utf-8") as f:
        gold = json.load(f)
    with open(base + ".txt", encoding="utf-8") as f:
        text = f.read()
    return {"page": name, "family": gold["family"], "pieces": len(gold["pieces"]),
            "cached": cached, "han": han_mismatch(gold, text)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--pages-per-family", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1998)
    ap.add_argument("--families", default=",".join(FAMILIES),
                    help="comma-separated subset (pages are still composed for all, so the choice "
                         "of articles does not depend on it)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--geometry", choices=("standard", "varied"), default="standard",
                    help="varied: type 9-12 pt, gutters 1-2.5 em, leading 1.2-1.6, margins 8-15 mm")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    wanted = set(args.families.split(","))

    # Compose every page in a fixed order: which articles a page prints depends
    # on what the pages before it used, so this part is sequential.
    lib = Library()
    version = code_version()
    jobs = []
    for family in FAMILIES:
        for i in range(1, args.pages_per_family + 1):
            page = make_page(family, i, random.Random(f"{args.seed}/{family}/{i}"), lib,
                             varied=args.geometry == "varied")
            if family in wanted:
                jobs.append((page, args.out, version))

    with Pool(args.jobs) as pool:
        outcomes = pool.map(typeset_or_report, jobs, chunksize=1)
    failed = [o for o in outcomes if "error" in o]
    results = [o for o in outcomes if "error" not in o]

    per_family = Counter(r["family"] for r in results)
    pieces = Counter()
    for r in results:
        pieces[r["family"]] += r["pieces"]
    for family in FAMILIES:
        if per_family[family]:
            print(f"{family:11} {per_family[family]:3} pages {pieces[family]:4} pieces")
    cached = sum(r["cached"] for r in results)
    print(f"{len(results)} pages in {args.out} ({cached} unchanged, {len(results) - cached} typeset)")
    bad = [r for r in results if r["han"]]
    for r in bad:
        sample = ", ".join(f"{ch} gold {a} text {b}" for ch, (a, b) in sorted(r["han"].items())[:5])
        print(f"warning: {r['page']}: Han characters differ from the gold: {sample}")
    print(f"{len(bad)} page(s) with Han count mismatches between gold and pdftotext output")
    for o in failed:
        print(f"error: {o['page']}: {o['error']}")
    if failed:
        sys.exit(f"{len(failed)} page(s) could not be typeset")


if __name__ == "__main__":
    main()
