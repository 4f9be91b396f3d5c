#!/usr/bin/env python3
"""Time textrank4zh summarising every article of a corpus, as `newsdigest summarize` does.

    ~/.cache/newsdigest-peers/venv/bin/python Benchmarks/textrank4zh_speed.py ../shared/data/rmrb1998-01-01_20.jsonl.gz

Per article: TextRank4Sentence.analyze(body, lower=True, source='all_filters') and the two best
sentences, as ../shared/peers/summarize.py calls it. Prints one JSON object with the wall seconds.
"""
import gzip
import json
import sys
import time


def main():
    from textrank4zh import TextRank4Sentence
    with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
        bodies = [json.loads(line)["body"] for line in f]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else len(bodies)
    tr = TextRank4Sentence()
    start = time.perf_counter()
    done = 0
    for body in bodies[:limit]:
        tr.analyze(text=body, lower=True, source="all_filters")
        tr.get_key_sentences(num=2, sentence_min_len=1)
        done += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"articles": done, "seconds": seconds, "seconds_per_article": seconds / max(done, 1)}))


if __name__ == "__main__":
    main()
