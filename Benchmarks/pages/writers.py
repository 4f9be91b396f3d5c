#!/usr/bin/env python3
"""The benchmark's pages as other PDF writers make them, to score the reader on.

    python3 Benchmarks/pages/writers.py WRITER [--pages DIR] [--out DIR] [-j 2]
    python3 Benchmarks/pages/score.py --pages OUT --mode pdf

WRITER is `lualatex` (the page's TeX typeset again by LuaLaTeX: other line breaks,
other font metrics in the PDF), `cairo` (the XeLaTeX PDF rewritten by `pdftocairo
-pdf`) or `ghostscript` (rewritten by `gs -sDEVICE=pdfwrite`). OUT (default
DIR-WRITER) gets each page's gold linked from DIR, the new PDF and its text as
`pdftotext` gives it (so `--mode text` scores that writer's text too), for pages
whose new PDF is one page that extracts with exactly the gold's Han characters;
the others are listed, not written, since a writer that loses a page's text (cairo
drops the Fandol fonts' maps to Unicode, Ghostscript most fonts') tests the writer,
not the reader. Deterministic for a pages directory; a page already
written is kept.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from multiprocessing import Pool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True      # no __pycache__ inside the repository

from generate import DEFAULT_OUT, han_mismatch, page_count  # noqa: E402


def lualatex(base, work, pdf):
    shutil.copy(base + ".tex", os.path.join(work, "page.tex"))
    subprocess.run(["lualatex", "-interaction=batchmode", "-halt-on-error", "page.tex"],
                   cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    shutil.copy(os.path.join(work, "page.pdf"), pdf)


def cairo(base, work, pdf):
    subprocess.run(["pdftocairo", "-pdf", base + ".pdf", pdf], check=True)


def ghostscript(base, work, pdf):
    subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-sOutputFile=" + pdf, base + ".pdf"], check=True, stdout=subprocess.DEVNULL)


WRITERS = {"lualatex": lualatex, "cairo": cairo, "ghostscript": ghostscript}


def rewrite(job):
    """Write one page's PDF by the writer; None when written, else why not."""
    writer, base, out = job
    name = os.path.basename(base)
    target = os.path.join(out, name)
    if os.path.exists(target + ".pdf"):
        return None
    with tempfile.TemporaryDirectory(dir=out) as work:
        pdf = os.path.join(work, "new.pdf")
        try:
            WRITERS[writer](base, work, pdf)
        except (subprocess.SubprocessError, OSError) as e:
            return f"{name}: {writer} failed ({e})"
        if page_count(pdf) != 1:
            return f"{name}: not one page"
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-nopgbrk", pdf, "-"],
                              capture_output=True, text=True).stdout
        with open(base + ".gold.json", encoding="utf-8") as f:
            lost = han_mismatch(json.load(f), text)
        if lost:
            return f"{name}: {len(lost)} Han characters differ from the gold's"
        if not os.path.lexists(target + ".gold.json"):
            os.symlink(os.path.abspath(base + ".gold.json"), target + ".gold.json")
        with open(target + ".txt", "w", encoding="utf-8") as f:
            f.write(text)
        shutil.move(pdf, target + ".pdf")   # last: marks the page written
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("writer", choices=sorted(WRITERS))
    ap.add_argument("--pages", default=DEFAULT_OUT)
    ap.add_argument("--out")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()
    pages = args.pages.rstrip("/")
    out = args.out or f"{pages}-{args.writer}"
    os.makedirs(out, exist_ok=True)
    bases = sorted(os.path.join(pages, f[:-len(".gold.json")]) for f in os.listdir(pages) if f.endswith(".gold.json"))
    with Pool(args.jobs) as pool:
        skipped = [r for r in pool.imap(rewrite, [(args.writer, b, out) for b in bases]) if r]
    for reason in skipped:
        print("skipped", reason)
    print(f"{len(bases) - len(skipped)} of {len(bases)} pages in {out}")


if __name__ == "__main__":
    main()
