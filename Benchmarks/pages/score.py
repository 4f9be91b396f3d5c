#!/usr/bin/env python3
"""Score `newsdigest articles --format json` against the generated pages' gold.

    python3 Benchmarks/pages/score.py [--pages DIR] [--binary PATH] [--mode text|layout|pdf|all]
                                      [--families a,b] [--show-failures N] [--json [FILE]]

Modes: text reads <page>.txt (pdftotext), layout reads <page>.layout.txt
(pdftotext -layout), both as a user would, with no --input-format: the reader
tells a page from an article file itself; pdf hands the reader <page>.pdf.
Family `framed` is held out (`tabloid` was until session 27): it is scored on
its own line and its failures are never shown unless it is asked for by name
with --families.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from pages import HELD_OUT

DEFAULT_PAGES = os.path.expanduser("~/.cache/newsdigest-pages")
DEFAULT_BINARY = "/work/main/.build/release/newsdigest"
MODES = ("text", "layout", "pdf")
EDGE = 12          # characters that must match at each end of a piece's body
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Output fields that repeat or describe text held elsewhere; every other string
# field of an article (title, kicker, subtitle, byline, lead, body, editorsNote…)
# is page text the reader kept.
DERIVED_FIELDS = {"displayTitle", "sentences", "id", "kind", "date", "issue", "section", "source"}


def norm(text):
    """NFKC (so full-width and ASCII digits compare equal), no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def norm_deck(text):
    """A subtitle without the dashes that lead it, which a reader may drop."""
    return norm(text).lstrip("—-－")


def bigrams(text):
    return Counter(text[i:i + 2] for i in range(len(text) - 1))


def overlap(a, b):
    return sum((a & b).values())


# ---------------------------------------------------------------- running the reader

def run_reader(binary, path):
    """The reader's JSON for one input, or a refusal {status, message}."""
    proc = subprocess.run([binary, "articles", "--format", "json", path], capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        first = next((l for l in proc.stderr.splitlines() if l.strip()), "")
        return {"refusal": {"status": proc.returncode, "message": first}}
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        return {"refusal": {"status": 0, "message": f"output is not JSON: {e}"}}


def input_path(base, mode):
    return {"text": base + ".txt", "layout": base + ".layout.txt", "pdf": base + ".pdf"}[mode]


# ---------------------------------------------------------------- scoring one page

def gold_content(piece):
    """What a correct output body must hold: the body paragraphs, without the
    lead, editor's note, caption title, credit or signature (all kept apart
    in the gold)."""
    return norm("".join(piece["body"]))


def match_pieces(gold, outputs):
    """Gold index matched by each output (or None): an output is correct when
    its body starts and ends with the first and last EDGE characters of one
    gold body; each gold piece is matched at most once."""
    matched, used = [], set()
    for out in outputs:
        hit = None
        for i, g in enumerate(gold):
            if i not in used and g and out.startswith(g[:EDGE]) and out.endswith(g[-EDGE:]):
                hit = i
                break
        if hit is not None:
            used.add(hit)
        matched.append(hit)
    return matched


def nearest(gold_bodies, out_bodies):
    """For each gold piece, the output piece sharing most body bigrams (or None)."""
    out_grams = [bigrams(o) for o in out_bodies]
    result = []
    for g in gold_bodies:
        gg = bigrams(g)
        scores = [overlap(gg, o) for o in out_grams]
        best = max(range(len(scores)), key=scores.__getitem__, default=None)
        result.append(best if best is not None and scores[best] > 0 else None)
    return result


def han_lost(page_text, result):
    """Han characters of the page text the output does not account for
    (None for a refusal: nothing was read, nothing was lost)."""
    if "refusal" in result:
        return None
    have = Counter()
    for a in result.get("articles", []):
        for k, v in a.items():
            if k not in DERIVED_FIELDS and isinstance(v, str):
                have.update(HAN.findall(v))
    for u in result.get("unassigned", []):
        have.update(HAN.findall(u.get("text", "")))
    need = Counter(HAN.findall(page_text))
    return sum((need - have).values())


def score_page(gold, result, page_text):
    """Piece, headline and deck counts for one page; a refusal scores as a
    page with no output."""
    pieces = gold["pieces"]
    gold_bodies = [gold_content(p) for p in pieces]
    arts = result.get("articles", [])
    out_bodies = [norm(a.get("body")) for a in arts]
    matched = match_pieces(gold_bodies, out_bodies)
    near = nearest(gold_bodies, out_bodies)

    def agree(field, fn=norm):
        """Gold pieces whose nearest output has the same field (both absent agrees)."""
        return sum(fn(pieces[i][field]) == fn(arts[j].get(field) if j is not None else None)
                   for i, j in enumerate(near))

    hit = set(m for m in matched if m is not None)
    failures = []
    for i, p in enumerate(pieces):
        if i not in hit:
            j = near[i]
            failures.append({"gold": {"title": p["title"], "kind": p["kind"], "body": gold_bodies[i]},
                             "nearest": None if j is None else
                             {"title": arts[j].get("title"), "kind": arts[j].get("kind"), "body": out_bodies[j]}})
    return {"page": gold["page"], "family": gold["family"], "gold": len(pieces), "out": len(arts),
            "correct": len(hit), "refusal": result.get("refusal"), "headline": agree("title"),
            "fields": {"kicker": agree("kicker"), "subtitle": agree("subtitle", norm_deck),
                       "lead": agree("lead")},
            "carried": sorted({f for a in arts for f in ("kicker", "subtitle", "lead") if f in a}),
            "han_lost": han_lost(page_text, result), "failures": failures}


# ---------------------------------------------------------------- tables

def summarise(rows, carried):
    """Totals and rates over pages; deck accuracies only for fields the
    reader's output carries at all in this mode."""
    s = {"pages": len(rows), "gold": sum(r["gold"] for r in rows), "out": sum(r["out"] for r in rows),
         "correct": sum(r["correct"] for r in rows), "headline": sum(r["headline"] for r in rows),
         "refusals": sum(r["refusal"] is not None for r in rows),
         "han_loss_pages": sum(bool(r["han_lost"]) for r in rows)}
    s["precision"] = s["correct"] / s["out"] if s["out"] else 0.0
    s["recall"] = s["correct"] / s["gold"] if s["gold"] else 0.0
    pr = s["precision"] + s["recall"]
    s["f1"] = 2 * s["precision"] * s["recall"] / pr if pr else 0.0
    s["headline_acc"] = s["headline"] / s["gold"] if s["gold"] else 0.0
    for field in carried:
        s[field + "_acc"] = sum(r["fields"][field] for r in rows) / s["gold"] if s["gold"] else 0.0
    return s


def table(mode, groups):
    head = (f"{'mode ' + mode:28} {'pages':>5} {'gold':>5} {'out':>5} {'prec':>6} {'recall':>6} "
            f"{'F1':>6} {'title':>6} {'kicker':>6} {'subt.':>6} {'lead':>6} {'refused':>7} {'Han lost':>8}")
    lines = [head, "-" * len(head)]
    for label, s in groups:
        if label is None:
            lines.append("-" * len(head))
            continue
        acc = [f"{s[k]:6.3f}" if k in s else f"{'–':>6}" for k in ("kicker_acc", "subtitle_acc", "lead_acc")]
        lines.append(f"{label:28} {s['pages']:5} {s['gold']:5} {s['out']:5} {s['precision']:6.3f} "
                     f"{s['recall']:6.3f} {s['f1']:6.3f} {s['headline_acc']:6.3f} {' '.join(acc)} "
                     f"{s['refusals']:7} {s['han_loss_pages']:8}")
    return "\n".join(lines)


def show_failures(mode, rows, limit):
    print(f"\nfailing pieces, mode {mode}: gold vs the output sharing most text with it")
    shown = 0
    for r in rows:
        if shown >= limit:
            return
        if r["refusal"]:
            print(f"  {r['page']}: refused ({r['refusal']['status']}): {r['refusal']['message']}")
            shown += 1
            continue
        for f in r["failures"]:
            if shown >= limit:
                return
            g, o = f["gold"], f["nearest"]
            print(f"  {r['page']} gold   [{g['kind']}] {g['title']!s:.30} | {g['body'][:EDGE]} … {g['body'][-EDGE:]}")
            if o:
                print(f"  {'':{len(r['page'])}} output [{o['kind']}] {o['title']!s:.30} | "
                      f"{o['body'][:EDGE]} … {o['body'][-EDGE:]}  ({len(o['body'])} chars vs {len(g['body'])})")
            else:
                print(f"  {'':{len(r['page'])}} output none shares text with it")
            shown += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default=DEFAULT_PAGES)
    ap.add_argument("--binary", default=DEFAULT_BINARY)
    ap.add_argument("--mode", default="all", choices=MODES + ("all",))
    ap.add_argument("--families", help="comma-separated families to score (default: all)")
    ap.add_argument("--show-failures", type=int, default=0, metavar="N")
    ap.add_argument("--json", nargs="?", const="-", metavar="FILE",
                    help="write machine-readable results to FILE (standard output if no FILE)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()

    if not os.access(args.binary, os.X_OK):
        sys.exit(f"newsdigest binary not found at {args.binary}: build it (swift build -c release) "
                 "or pass --binary; this script does not build it")
    golds = []
    for path in sorted(glob.glob(os.path.join(args.pages, "*.gold.json"))):
        with open(path, encoding="utf-8") as f:
            golds.append(json.load(f))
    families = args.families.split(",") if args.families else sorted({g["family"] for g in golds})
    golds = [g for g in golds if g["family"] in families]
    if not golds:
        sys.exit(f"no gold pages for {','.join(families)} in {args.pages}: run generate.py first")
    modes = MODES if args.mode == "all" else (args.mode,)

    def work(item):
        gold, mode = item
        base = os.path.join(args.pages, gold["page"])
        # The text the reader saw (for a PDF, what pdftotext makes of it).
        with open(base + (".layout.txt" if mode == "layout" else ".txt"), encoding="utf-8") as f:
            text = f.read()
        return mode, score_page(gold, run_reader(args.binary, input_path(base, mode)), text)

    try:
        with ThreadPoolExecutor(args.jobs) as ex:
            scored = list(ex.map(work, [(g, m) for m in modes for g in golds]))
    except OSError as e:      # e.g. the binary is being rebuilt ("Text file busy")
        sys.exit(f"cannot run {args.binary}: {e}")

    results = {}
    out_json = {"pages_dir": args.pages, "binary": args.binary, "modes": {}}
    tuning_names = [f for f in families if f != HELD_OUT]
    for mode in modes:
        rows = [r for m, r in scored if m == mode]
        carried = sorted({f for r in rows for f in r["carried"]})
        fam = {f: summarise([r for r in rows if r["family"] == f], carried) for f in families}
        groups = [(f, fam[f]) for f in tuning_names]
        tuning = summarise([r for r in rows if r["family"] != HELD_OUT], carried)
        if tuning_names:
            groups += [(None, None), ("all tuning families", tuning)]
        if HELD_OUT in families:
            groups += [(None, None), (f"{HELD_OUT} (HELD OUT)", fam[HELD_OUT])]
        results[mode] = groups
        out_json["modes"][mode] = {"families": fam, "tuning": tuning,
                                   "held_out": fam.get(HELD_OUT),
                                   "pages": [{k: v for k, v in r.items() if k != "failures"} for r in rows]}
        if args.json != "-":
            print(table(mode, groups) + "\n")
            visible = [r for r in rows if r["family"] != HELD_OUT
                       or (args.families and HELD_OUT in args.families.split(","))]
            if args.show_failures:
                show_failures(mode, visible, args.show_failures)
                print()
    if args.json:
        text = json.dumps(out_json, ensure_ascii=False, indent=1)
        if args.json == "-":
            print(text)
        else:
            with open(args.json, "w", encoding="utf-8") as f:
                f.write(text + "\n")


if __name__ == "__main__":
    main()
