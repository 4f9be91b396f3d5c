#!/usr/bin/env python3
"""How often do per-article top-10 keyphrases fall on gold word boundaries?

People's Daily, 1-20 January 1998 (PFR corpus, 2,012 articles). For each article we take the
ten best keyphrases of

  * ours:  `newsdigest-bench keyphrases RAW` (JSON Lines {"id", "keyphrases"}; corpus-found
           Han phrases ranked by TF-IDF within the article, over headline + body), and
  * jieba: `jieba.analyse.extract_tags(text, topK=10)` with jieba's bundled IDF table and stop
           words, on the RAW text. ../shared/peers/keywords.py runs it on the body only, so the
           row "jieba (body)" does the same; the row "jieba (title+body)" gives jieba the
           headline too (title + "\\n" + body), which is what our tool sees.

and judge them against the corpus's gold segmentation (RAW.seg.jsonl.gz: same ids, `title`
and `body` with words separated by single spaces).

Definition. The gold text of an article is its title line followed by its body lines; each
line's whitespace-separated words are concatenated, and every word's start and end offsets
are recorded as word boundaries. Lines are joined with "\\n", which no keyphrase contains, so
an occurrence cannot straddle the headline/body junction or a paragraph break. A keyphrase
"falls on word boundaries" in an article if at least one of its occurrences in that text
starts at a word boundary and ends at a word boundary, i.e. it is one gold word or a run of
whole gold words. A keyphrase that does not occur at all counts as not on boundaries. Both
sides are folded with unicodedata.normalize("NFKC") first (our keyphrases are computed on
width-normalised text; the gold text prints full-width digits).

Reported per method:
  micro  = keyphrases on boundaries / all keyphrases, over all articles;
  macro  = mean over articles (with at least one keyphrase) of the per-article share;
  exact  = keyphrases that are exactly one gold word of the article / all keyphrases;
  seconds: ours = wall time of the whole `newsdigest-bench keyphrases` process (read, gunzip,
           normalise, find phrases, TF-IDF, print), best of --repeats runs; jieba = wall time of
           the extract_tags loop over all articles in this process, best of --repeats runs,
           after jieba.initialize() and a warm-up call (dictionary load reported separately;
           reading the corpus is not included).
Runs are sequential (nothing runs in parallel with the timed work).

Usage, from the repository root (the release binary must already be built):

    ~/.cache/newsdigest-peers/venv/bin/python Benchmarks/keyphrase_boundaries.py \\
        [RAW.jsonl.gz [GOLD.seg.jsonl.gz]] [--ours FILE] [--bench BINARY] [--repeats 3] \\
        [--examples 5] [--json OUT.json]

Defaults: ../shared/data/rmrb1998-01-01_20.jsonl.gz, the .seg file beside it, and
.build/release/newsdigest-bench. With --ours FILE the keyphrases are read from FILE and our
tool is neither run nor timed. Prints a Markdown section (table, diagnostics, examples) on
stdout; progress goes to stderr.
"""
import argparse
import gzip
import json
import logging
import os
import statistics
import subprocess
import sys
import time
import unicodedata
import warnings
from collections import Counter

TOPK = 10
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_RAW = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "rmrb1998-01-01_20.jsonl.gz"))
DEFAULT_BENCH = os.path.join(ROOT, ".build", "release", "newsdigest-bench")


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def read_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# --------------------------------------------------------------------------- gold text

class GoldText:
    """An article's gold-segmented text with its word boundaries (NFKC-folded)."""

    def __init__(self, record):
        lines = [record.get("title") or ""] + (record.get("body") or "").split("\n")
        parts, self.boundaries, self.words = [], set(), set()
        pos = 0
        for i, line in enumerate(lines):
            if i:
                parts.append("\n")
                pos += 1
            for w in line.split():
                w = nfkc(w)
                self.boundaries.add(pos)
                parts.append(w)
                pos += len(w)
                self.boundaries.add(pos)
                self.words.add(w)
        self.text = "".join(parts)

    def judge(self, phrase):
        """'word' (exactly one gold word), 'run' (a run of whole gold words), 'cross' (occurs,
        but never on boundaries at both ends) or 'absent'."""
        p = nfkc(phrase)
        if p in self.words:
            return "word"
        found, start = False, self.text.find(p)
        while start >= 0 and p:
            found = True
            if start in self.boundaries and start + len(p) in self.boundaries:
                return "run"
            start = self.text.find(p, start + 1)
        return "cross" if found else "absent"


# --------------------------------------------------------------------------- methods

def run_ours(bench, raw, repeats):
    """Runs `bench keyphrases raw` `repeats` times; returns ({id: [phrases]}, best seconds, all times)."""
    times, outputs = [], []
    for r in range(repeats):
        t = time.perf_counter()
        out = subprocess.run([bench, "keyphrases", raw], check=True, stdout=subprocess.PIPE).stdout
        times.append(time.perf_counter() - t)
        outputs.append(out)
        log(f"ours run {r + 1}/{repeats}: {times[-1]:.3f} s")
    # Compare parsed records: JSONSerialization's key order changes from process to process
    # (Swift seeds its hashing per process), so the bytes may differ when the content does not.
    parsed = [parse_ours(o.decode("utf-8").splitlines()) for o in outputs]
    if any(p != parsed[0] for p in parsed):
        log("warning: our keyphrases differed between runs; using the last run's")
    return parsed[-1], min(times), times


def parse_ours(lines):
    result = {}
    for line in lines:
        if line.strip():
            d = json.loads(line)
            result[d["id"]] = list(d["keyphrases"])[:TOPK]
    return result


def run_jieba(texts, repeats, label):
    """extract_tags(text, topK=10) per text, best of `repeats` timed passes."""
    import jieba.analyse
    times, result = [], None
    for r in range(repeats):
        t = time.perf_counter()
        lists = [jieba.analyse.extract_tags(x, topK=TOPK) for x in texts]
        times.append(time.perf_counter() - t)
        if result is not None and lists != result:
            log(f"warning: jieba ({label}) output differed between runs")
        result = lists
        log(f"jieba ({label}) run {r + 1}/{repeats}: {times[-1]:.3f} s")
    return result, min(times), times


# --------------------------------------------------------------------------- scoring

def score(ids, lists, gold):
    """lists: {id: [phrases]}. Returns a dict of counts and shares, and per-id verdicts."""
    total = on = exact = absent = 0
    per_article, verdicts, lengths = [], {}, []
    for i in ids:
        phrases = lists.get(i, [])
        v = [gold[i].judge(p) for p in phrases]
        verdicts[i] = v
        n_on = sum(x in ("word", "run") for x in v)
        total += len(v)
        on += n_on
        exact += sum(x == "word" for x in v)
        absent += sum(x == "absent" for x in v)
        lengths += [len(nfkc(p)) for p in phrases]
        if v:
            per_article.append(n_on / len(v))
    return {
        "articles": len(ids), "articles_with_keyphrases": len(per_article), "keyphrases": total,
        "on_boundaries": on, "exact_words": exact, "absent": absent,
        "micro": on / total if total else float("nan"),
        "macro": statistics.mean(per_article) if per_article else float("nan"),
        "exact_share": exact / total if total else float("nan"),
        "mean_chars": statistics.mean(lengths) if lengths else float("nan"),
    }, verdicts


def check_texts(ids, raw, gold_recs):
    """Articles whose raw headline+body differ from the gold text once white space is dropped
    and both are NFKC-folded (the gold must be the same text, only segmented)."""
    bad = []
    for i in ids:
        a = "".join(nfkc((raw[i].get("title") or "") + (raw[i].get("body") or "")).split())
        b = "".join(nfkc((gold_recs[i].get("title") or "") + (gold_recs[i].get("body") or "")).split())
        if a != b:
            bad.append(i)
    return bad


# --------------------------------------------------------------------------- report

MARK = {"word": "●", "run": "○", "cross": "✗", "absent": "∅"}


def pct(x):
    return f"{100 * x:.1f} %"


def markdown(rows, extra, examples):
    out = []
    out.append("| method | keyphrases | on word boundaries (micro) | (macro) | exact gold words | seconds |")
    out.append("|---|---:|---:|---:|---:|---:|")
    for name, s, sec in rows:
        out.append(f"| {name} | {s['keyphrases']:,} | {pct(s['micro'])} | {pct(s['macro'])} | "
                   f"{pct(s['exact_share'])} | {'n/a' if sec is None else f'{sec:.2f}'} |")
    out.append("")
    out.append("| method | articles with keyphrases | mean per article | mean length (chars) | "
               "runs of ≥2 gold words | crossing a boundary | not found in text |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    for name, s, _ in rows:
        runs = s["on_boundaries"] - s["exact_words"]
        cross = s["keyphrases"] - s["on_boundaries"] - s["absent"]
        out.append(f"| {name} | {s['articles_with_keyphrases']:,} / {s['articles']:,} | "
                   f"{s['keyphrases'] / max(1, s['articles']):.2f} | {s['mean_chars']:.2f} | "
                   f"{runs:,} | {cross:,} | {s['absent']:,} |")
    out.append("")
    out.extend(extra)
    if examples:
        out.append("")
        out.append(f"Examples ({len(examples)} articles spread evenly over the corpus). "
                   "● one gold word, ○ a run of whole gold words, ✗ occurs but crosses a word "
                   "boundary, ∅ does not occur in the article.")
        for ex in examples:
            out.append("")
            out.append(f"**{ex['id']}** {ex['title']}  ")
            out.append(f"gold headline: {ex['gold_title']}")
            out.append("")
            out.append("| # | ours | jieba (body) | jieba (title+body) |")
            out.append("|---:|---|---|---|")
            cols = ex["cols"]
            for k in range(max(len(c) for c in cols)):
                cells = [f"{c[k][0]} {MARK[c[k][1]]}" if k < len(c) else "" for c in cols]
                out.append(f"| {k + 1} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("raw", nargs="?", default=DEFAULT_RAW, help="raw articles (JSONL, gz)")
    ap.add_argument("gold", nargs="?", default=None, help="gold segmentation (default: RAW with .seg)")
    ap.add_argument("--ours", default=None, help="read our keyphrases from this JSONL instead of running the binary")
    ap.add_argument("--bench", default=DEFAULT_BENCH, help="newsdigest-bench binary")
    ap.add_argument("--repeats", type=int, default=3, help="timed runs per method (best is reported)")
    ap.add_argument("--examples", type=int, default=5, help="example articles to list")
    ap.add_argument("--json", default=None, help="also write the figures and per-article lists here")
    args = ap.parse_args()
    if args.gold is None:
        args.gold = args.raw.replace(".jsonl", ".seg.jsonl")

    raw_recs = read_jsonl(args.raw)
    gold_list = read_jsonl(args.gold)
    ids = [r["id"] for r in raw_recs]
    raw = {r["id"]: r for r in raw_recs}
    gold_recs = {r["id"]: r for r in gold_list}
    missing = [i for i in ids if i not in gold_recs]
    if missing:
        sys.exit(f"{len(missing)} articles have no gold segmentation, e.g. {missing[:3]}")
    gold = {i: GoldText(gold_recs[i]) for i in ids}
    mismatched = check_texts(ids, raw, gold_recs)
    log(f"{len(ids)} articles; {len(mismatched)} differ from their gold text")

    # ours
    if args.ours:
        with open(args.ours, encoding="utf-8") as f:
            ours = parse_ours(f)
        ours_sec, ours_times = None, []
    else:
        ours, ours_sec, ours_times = run_ours(args.bench, args.raw, args.repeats)
    not_listed = [i for i in ids if i not in ours]

    # jieba
    warnings.filterwarnings("ignore")  # jieba imports pkg_resources, which warns
    t = time.perf_counter()
    import jieba
    import jieba.analyse
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    jieba.analyse.extract_tags("新华社北京一月一日电", topK=5)  # loads the IDF table
    jieba_init = time.perf_counter() - t
    bodies = [raw[i].get("body") or "" for i in ids]
    titled = [((raw[i].get("title") or "") + "\n" + (raw[i].get("body") or "")) for i in ids]
    jb_body, jb_body_sec, jb_body_times = run_jieba(bodies, args.repeats, "body")
    jb_tb, jb_tb_sec, jb_tb_times = run_jieba(titled, args.repeats, "title+body")
    jb_body = dict(zip(ids, jb_body))
    jb_tb = dict(zip(ids, jb_tb))

    s_ours, v_ours = score(ids, ours, gold)
    s_jb, v_jb = score(ids, jb_body, gold)
    s_jtb, v_jtb = score(ids, jb_tb, gold)
    rows = [("newsdigest (`newsdigest-bench keyphrases`)", s_ours, ours_sec),
            ("jieba extract_tags (body, as peers/keywords.py)", s_jb, jb_body_sec),
            ("jieba extract_tags (title+body)", s_jtb, jb_tb_sec)]

    def jaccard(a, b):
        out = []
        for i in ids:
            x, y = {nfkc(p) for p in a.get(i, [])}, {nfkc(p) for p in b.get(i, [])}
            if x | y:
                out.append(len(x & y) / len(x | y))
        return statistics.mean(out)

    # Sensitivity: glue all lines (no "\n") and see how many verdicts would change.
    glued_changes = 0
    for lists in (ours, jb_body, jb_tb):
        for i in ids:
            g = gold[i]
            glued = "".join(g.text.split("\n"))
            for p in lists.get(i, []):
                q = nfkc(p)
                if q not in g.text and q in glued:
                    glued_changes += 1

    extra = [
        f"- Articles: {len(ids):,}; raw headline+body equals the gold text (white space dropped, NFKC) "
        f"for {len(ids) - len(mismatched):,} of them"
        + (f" (differ: {', '.join(mismatched[:5])}{' …' if len(mismatched) > 5 else ''})" if mismatched else "") + ".",
        f"- Articles missing from our output: {len(not_listed)}.",
        f"- Keyphrases that would only be found if lines were glued together (all three methods): {glued_changes}.",
        f"- Mean Jaccard overlap of the top-10 sets, ours vs jieba (body): {jaccard(ours, jb_body):.3f}; "
        f"ours vs jieba (title+body): {jaccard(ours, jb_tb):.3f}.",
        f"- jieba {jieba.__version__}: import + dictionary load + IDF warm-up {jieba_init:.2f} s, not in the seconds column.",
        "- Timed runs (s): ours " + (", ".join(f"{x:.3f}" for x in ours_times) or "not run (--ours)")
        + "; jieba (body) " + ", ".join(f"{x:.3f}" for x in jb_body_times)
        + "; jieba (title+body) " + ", ".join(f"{x:.3f}" for x in jb_tb_times) + ".",
    ]

    # The keyphrases most often judged as crossing a gold word boundary, per method.
    for name, lists, verdicts in (("ours", ours, v_ours), ("jieba (body)", jb_body, v_jb)):
        crossing = Counter(p for i in ids for p, v in zip(lists.get(i, []), verdicts[i]) if v == "cross")
        extra.append(f"- Most frequent keyphrases crossing a gold word boundary, {name}: "
                     + "、".join(f"{p} ({n})" for p, n in crossing.most_common(15)) + ".")

    examples = []
    if args.examples > 0:
        step = len(ids) / args.examples
        for k in range(args.examples):
            i = ids[int(step * k + step / 2)]
            cols = [list(zip(l.get(i, []), v[i])) for l, v in ((ours, v_ours), (jb_body, v_jb), (jb_tb, v_jtb))]
            examples.append({"id": i, "title": raw[i].get("title") or "", "gold_title": gold_recs[i].get("title") or "",
                             "cols": cols})

    print(markdown(rows, extra, examples))

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"raw": args.raw, "gold": args.gold,
                       "methods": {n: dict(s, seconds=sec) for n, s, sec in rows},
                       "jieba_init_seconds": jieba_init, "mismatched_articles": mismatched,
                       "per_article": {i: {"ours": ours.get(i, []), "jieba_body": jb_body[i], "jieba_title_body": jb_tb[i]}
                                       for i in ids}},
                      f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
