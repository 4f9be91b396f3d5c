#!/usr/bin/env python3
"""NMI, ARI, AMI and purity of `newsdigest cluster --format json` against a corpus's labels.

    newsdigest cluster CORPUS.jsonl.gz --k 10 --format json > topics.json
    ~/.cache/newsdigest-peers/venv/bin/python Benchmarks/evaluate_clusters.py CORPUS.jsonl.gz topics.json

Prints one JSON object. Uses scikit-learn's metrics, as ../shared/peers/cluster.py does.
"""
import collections
import gzip
import json
import sys

from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score, normalized_mutual_info_score


def main():
    corpus, topics = sys.argv[1], sys.argv[2]
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        labels = {r["id"]: r["label"] for r in map(json.loads, f) if r.get("label")}
    with open(topics, encoding="utf-8") as f:
        assignments = json.load(f)["assignments"]
    ids = [i for i in assignments if i in labels]
    truth = [labels[i] for i in ids]
    found = [assignments[i] for i in ids]
    purity = sum(max(collections.Counter(t for t, c in zip(truth, found) if c == k).values())
                 for k in set(found)) / len(ids)
    print(json.dumps({"documents": len(ids), "nmi": normalized_mutual_info_score(truth, found),
                      "ari": adjusted_rand_score(truth, found), "ami": adjusted_mutual_info_score(truth, found),
                      "purity": purity}))


if __name__ == "__main__":
    main()
