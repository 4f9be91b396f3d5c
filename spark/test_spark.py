#!/usr/bin/env python3
"""The Spark job against the single-machine commands, in local[2].

    .build-spark/venv/bin/python spark/test_spark.py [--corpus FILE] [--limit N] [--k K]

Corpus: the first 300 records of ../shared/data/rmrb1998-01-01_20.jsonl.gz where ../shared is
beside the repository, else the sample page's eight pieces (Tests/Fixtures/seed-pieces.jsonl).
Checks, each of which fails the script:
  - document frequencies equal `newsdigest vectorize`'s, term by term;
  - TF-IDF rows equal `vectorize`'s tfidf.mtx within 1e-5;
  - keyword counts equal `newsdigest keywords --terms bigrams --rank-by count --format json`
    (terms, counts and documents exactly, summed weights within 1e-6 of their size);
  - the topics agree with `newsdigest cluster --k K --sample S` at NMI >= --min-nmi (printed
    either way), S half the corpus (at least 100), so that the fit on the sample and the
    placing of the other articles by `map assign` are both compared;
  - the same records read from Parquet give the same document frequencies and topics;
  - a malformed record fails the job with its line named; no record is lost.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import newsdigest_spark as job  # noqa: E402


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def newsdigest(binary, arguments):
    result = subprocess.run([binary] + arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if result.returncode != 0:
        fail(f"newsdigest {' '.join(arguments)} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout.decode("utf-8")


def read_matrix_market(path, row_limit=None):
    """{row: {column: value}} (0-based) of a coordinate Matrix Market file, rows below row_limit."""
    rows = {}
    with open(path, encoding="utf-8") as f:
        header = True
        for line in f:
            if line.startswith("%"):
                continue
            if header:
                header = False
                continue
            r, c, v = line.split()
            if row_limit is None or int(r) <= row_limit:
                rows.setdefault(int(r) - 1, {})[int(c) - 1] = float(v)
    return rows


def single_machine(binary, corpus, k, sample, work, check_rows=None):
    """What `vectorize`, `keywords` and `cluster` compute on one machine."""
    out = os.path.join(work, "vectors")
    newsdigest(binary, ["vectorize", corpus, "--output", out])
    with open(os.path.join(out, "vocabulary.tsv"), encoding="utf-8") as f:
        vocabulary = [line.rstrip("\n").split("\t") for line in f][1:]
    with open(os.path.join(out, "documents.tsv"), encoding="utf-8") as f:
        documents = [line.rstrip("\n").split("\t") for line in f][1:]
    tfidf = read_matrix_market(os.path.join(out, "tfidf.mtx"), check_rows)
    terms = [token for _, token, _ in vocabulary]
    rows = {documents[r][1]: {terms[c]: w for c, w in row.items()} for r, row in tfidf.items()}
    keywords = json.loads(newsdigest(binary, ["keywords", corpus, "--terms", "bigrams", "--rank-by", "count", "--top", "50", "--format", "json"]))
    topics = json.loads(newsdigest(binary, ["cluster", corpus, "--k", str(k), "--sample", str(sample), "--format", "json"]))
    return {"df": {token: int(df) for _, token, df in vocabulary}, "rows": rows,
            "keywords": keywords["keywords"], "assignments": topics["assignments"]}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", help="JSON Lines corpus (default: see above)")
    p.add_argument("--limit", type=int, default=300, help="records taken from the corpus (default 300)")
    p.add_argument("--k", type=int, default=None, help="clusters (default 10, or 3 for the sample page)")
    p.add_argument("--min-nmi", type=float, default=0.9, help="least NMI between the two partitions (default 0.9)")
    p.add_argument("--sample", type=int, default=None, help="articles the topic model is fitted on (default: half the corpus, at least 100)")
    p.add_argument("--check-rows", type=int, default=None, help="compare the TF-IDF rows of only the first N records (default: all)")
    p.add_argument("--no-parquet", action="store_true", help="leave out the second run over the records as Parquet (for large corpora)")
    p.add_argument("--newsdigest", default=os.path.join(ROOT, ".build", "release", "newsdigest"))
    args = p.parse_args()

    shared = os.path.join(os.path.dirname(ROOT), "shared", "data", "rmrb1998-01-01_20.jsonl.gz")
    fixture = os.path.join(ROOT, "Tests", "Fixtures", "seed-pieces.jsonl")
    source = os.path.abspath(args.corpus or (shared if os.path.exists(shared) else fixture))
    k = args.k or (3 if source == fixture else 10)
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="newsdigest-spark-") as work:
        opener = gzip.open if source.endswith(".gz") else open
        with opener(source, "rt", encoding="utf-8") as f:
            lines = [line.rstrip("\n") for line in f if line.strip()][: args.limit]
        corpus = os.path.join(work, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(f"corpus: {len(lines)} records of {source}, k = {k}", file=sys.stderr)

        # A sample of half the corpus, so that both the fit and the placing of the rest are compared.
        sample = args.sample or max(100, len(lines) // 2)
        began = time.time()
        expected = single_machine(args.newsdigest, corpus, k, sample, work, args.check_rows)
        print(f"single machine (vectorize, keywords, cluster, reading their output): {time.time() - began:.0f} s", file=sys.stderr)

        from pyspark.sql import SparkSession
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this Python, not whatever python3 is first on PATH
        spark = SparkSession.builder.master("local[2]").appName("newsdigest-test") \
            .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4") \
            .config("spark.driver.memory", os.environ.get("SPARK_DRIVER_MEMORY", "2g")).getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
        try:
            options = job.parse_args([corpus, "--output", os.path.join(work, "spark"), "--k", str(k),
                                      "--newsdigest", args.newsdigest, "--partitions", "3", "--sample", str(sample)])
            began = time.time()
            got = job.analyse(spark, options)
            print(f"spark job: {time.time() - began:.0f} s", file=sys.stderr)

            if got["n"] != len(lines):
                fail(f"{len(lines)} records in, {got['n']} analysed")
            df = dict(got["vocabulary"])
            if df != expected["df"]:
                differing = sorted(set(df.items()) ^ set(expected["df"].items()))[:5]
                fail(f"document frequencies differ from vectorize's, e.g. {differing}")
            worst, compared = 0.0, 0
            wanted = expected["rows"]
            for doc_id, _, _, weights in got["rows"].filter(lambda r: r[0] in wanted).collect():
                theirs = wanted[doc_id]
                if set(weights) != set(theirs):
                    fail(f"{doc_id}: TF-IDF terms differ from vectorize's")
                worst = max([worst] + [abs(w - theirs[t]) for t, w in weights.items()])
                compared += 1
            if compared != len(wanted):
                fail(f"{len(wanted)} TF-IDF rows to compare, {compared} found")
            if worst > 1e-5:
                fail(f"TF-IDF differs from vectorize's by {worst:.2e} (> 1e-5)")
            mine = [(x["term"], x["count"], x["documents"]) for x in got["keywords"]]
            theirs = [(x["term"], x["count"], x["documents"]) for x in expected["keywords"]]
            if mine != theirs:
                fail(f"keyword counts differ from `keywords --terms bigrams --rank-by count`: {mine[:5]} vs {theirs[:5]}")
            # A summed weight adds up thousands of Float32 weights on one side, doubles on the
            # other: compared relative to its size.
            weight_gap = max(abs(a["weight"] - b["weight"]) / max(1.0, abs(b["weight"])) for a, b in zip(got["keywords"], expected["keywords"]))
            if weight_gap > 1e-6:
                fail(f"summed keyword weights differ by {weight_gap:.2e} of their size")
            ids = sorted(expected["assignments"])
            score = job.nmi([got["assignments"][i] for i in ids], [expected["assignments"][i] for i in ids])
            print(f"document frequencies: {len(df)} terms equal; TF-IDF: {compared} rows, largest difference {worst:.1e}; "
                  f"keywords: {len(mine)} equal; topics: NMI {score:.3f} against `cluster --k {k} --sample {sample}`", file=sys.stderr)
            if score < args.min_nmi:
                fail(f"clusters agree with `cluster --k {k}` at NMI {score:.3f} < {args.min_nmi}")

            # The same records as Parquet give the same document frequencies and topics.
            if not args.no_parquet:
                parquet = os.path.join(work, "corpus.parquet")
                spark.read.json(corpus).write.parquet(parquet)
                again = job.analyse(spark, job.parse_args([parquet, "--output", os.path.join(work, "from-parquet"), "--k", str(k),
                                                           "--newsdigest", args.newsdigest, "--sample", str(sample)]))
                if dict(again["vocabulary"]) != df or again["assignments"] != got["assignments"]:
                    fail("the corpus read from Parquet gives other document frequencies or topics than from JSON Lines")

            # A malformed record fails the job, naming its line of the input.
            bad_line = min(len(lines), 7)
            broken = lines[:]
            broken[bad_line - 1] = '{"id": "broken", "body": 3}'
            bad = os.path.join(work, "broken.jsonl")
            with open(bad, "w", encoding="utf-8") as f:
                f.write("\n".join(broken) + "\n")
            spark.sparkContext.setLogLevel("OFF")  # the executor's failure is expected: keep its trace out of the log
            try:
                job.analyse(spark, job.parse_args([bad, "--output", os.path.join(work, "broken"), "--k", str(k),
                                                   "--newsdigest", args.newsdigest, "--partitions", "3"]))
                fail("a malformed record did not fail the job")
            except Exception as error:  # Spark wraps the executor's MapFailure
                text = str(error)
                if f"broken.jsonl:{bad_line}:" not in text or "is a number" not in text:
                    fail(f"the failure does not name line {bad_line}: {text[:500]}")
        finally:
            spark.stop()
    print(f"spark: all checks passed in {time.time() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
