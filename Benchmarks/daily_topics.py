"""Daily topics of People's Daily, measured as issue #12's acceptance measures them.

For each issue (day) of a JSON Lines corpus: `newsdigest cluster CORPUS --issue DAY --format json`,
then per day the number of topics, and per topic of 3+ articles whether its label phrases each
occur in at least 40% of its articles (headline or body), and whether a label is on the
boilerplate list below (phrases of the paper's furniture, not of any story).

    python3 Benchmarks/daily_topics.py [CORPUS] [--days first|second|all]

`--days first` is the first half of the days (tuning), `second` the rest (report). Needs the
release build. Prints one line a day and a summary.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOL = os.path.join(ROOT, ".build", "release", "newsdigest")
BOILERPLATE = {"本报讯", "新华社", "记者", "图片", "日电", "本报", "通讯员", "附图片", "本报记者", "新华社记者", "电记者"}


def fold(text):
    return "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" or "Ａ" <= c <= "Ｚ" or "ａ" <= c <= "ｚ" else c for c in text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=os.path.join(ROOT, "..", "shared", "data", "rmrb1998-01-01_20.jsonl.gz"))
    parser.add_argument("--days", choices=["first", "second", "all"], default="all")
    parser.add_argument("--link", help="passed to cluster --link")
    args = parser.parse_args()
    records = {}
    days = {}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            records[r["id"]] = fold((r.get("title") or "") + "\n" + r["body"])
            days.setdefault(r.get("date") or r.get("issue"), []).append(r["id"])
    ordered = sorted(days)
    half = len(ordered) // 2
    chosen = {"first": ordered[:half], "second": ordered[half:], "all": ordered}[args.days]
    few, covered, boiler, checked, unlabelled = 0, 0, 0, 0, 0
    for day in chosen:
        extra = ["--link", args.link] if args.link else []
        out = subprocess.run([TOOL, "cluster", args.corpus, "--issue", day, "--format", "json", *extra], capture_output=True, text=True, check=True)
        body = json.loads(out.stdout)
        # The articles that fit no topic are listed as "other": not a topic.
        topics = [t for t in body["clusters"] if not t.get("other")]
        others = sum(t["size"] for t in body["clusters"] if t.get("other"))
        if len(days[day]) >= 30 and len(topics) < 3:
            few += 1
        bad = []
        for t in topics:
            phrases = [p.strip() for p in t["label"].split("·") if p.strip() and p.strip() != "—"]
            unlabelled += not phrases
            if any(p in BOILERPLATE for p in phrases):
                boiler += 1
                bad.append(t["label"] + " (boilerplate)")
            if t["size"] >= 3:
                for p in phrases:
                    checked += 1
                    share = sum(p in records[a] for a in t["articles"]) / t["size"]
                    if share >= 0.4:
                        covered += 1
                    else:
                        bad.append(f"{p} {share:.0%} of {t['size']}")
        print(f"{day}: {len(days[day])} articles, {len(topics)} topics, {others} other; {'; '.join(bad[:6])}")
    print(f"days with 30+ articles and < 3 topics: {few} of {len(chosen)}; label phrases in ≥40% of their topic: "
          f"{covered} of {checked} ({covered / max(1, checked):.1%}); boilerplate labels: {boiler}; unlabelled topics: {unlabelled}")


if __name__ == "__main__":
    main()
