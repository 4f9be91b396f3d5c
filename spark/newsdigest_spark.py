#!/usr/bin/env python3
"""NewsDigest on Apache Spark: the analysis of `newsdigest vectorize`, `keywords` and
`cluster`, with the per-article work done by `newsdigest map ...` in each partition.

    spark-submit spark/newsdigest_spark.py CORPUS.jsonl.gz --output OUT/ [--k 20] [--newsdigest PATH]

Stages (see spark/README.md):
  1. read JSON Lines (plain or .gz) or Parquet; every record keeps its line number;
  2. per partition, `newsdigest map counts` (a subprocess fed the partition's records): one
     JSON line an article, term -> count; a failing child fails the job naming the input line;
     the number of records out must equal the number in;
  3. document frequencies with reduceByKey, the vocabulary (--min-df/--max-df), IDF broadcast,
     TF-IDF rows (tf = 1 + ln count, idf = ln((1+n)/(1+df)) + 1, rows L2-normalised): the
     formula of `newsdigest vectorize`;
  4. keyword counts (occurrences, documents, summed weight) as `keywords --terms bigrams
     --rank-by count --format json` gives them;
  5. topics: `newsdigest cluster --save-model` on the driver over the sample `cluster` itself
     fits on (the first --sample articles in its content order, by the `key` of the counts);
     the model broadcast with addFile; every other article placed per partition by
     `newsdigest map assign` (nearest centroid), as single-machine `cluster` places them;
  6. trends: articles per issue and cluster with Spark SQL;
  7. Parquet tables plus keywords.json and trend.json in OUT/.

Deterministic for a given input and options: ids, not arrival order, decide every order.
"""
import argparse
import collections
import hashlib
import json
import math
import operator
import os
import re
import shutil
import subprocess
import sys
import tempfile

FAILURE_MARK = "NEWSDIGEST-MAP-FAILED: "


class MapFailure(Exception):
    """A map command stopped on a record; the message names the input line."""


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="JSON Lines (.jsonl, .jsonl.gz) or a Parquet folder/file (.parquet) of records {id, issue?, date?, title?, body}")
    p.add_argument("--output", required=True, help="folder for the Parquet tables and JSON reports (replaced)")
    p.add_argument("--newsdigest", default=None, help="the newsdigest binary to ship to executors (default: .build/release/newsdigest beside this folder)")
    p.add_argument("--k", type=int, default=20, help="topics, as `cluster --k` (default 20)")
    p.add_argument("--min-df", default="1", help="drop terms in fewer documents: a count (2) or a proportion (0.01)")
    p.add_argument("--max-df", default="1.0", help="drop terms in more documents: a count or a proportion (default 1.0)")
    p.add_argument("--top", type=int, default=50, help="keywords to report (default 50)")
    p.add_argument("--seed", type=int, default=0, help="seed of the topic model, as `cluster --seed` (default 0)")
    p.add_argument("--sample", type=int, default=20000, help="articles the topic model is fitted on, as `cluster --sample` (default 20000)")
    p.add_argument("--partitions", type=int, default=0, help="partitions the records are mapped in (default: 4 a core; more if the input has more)")
    p.add_argument("--master", default=None, help="Spark master when not run by spark-submit (e.g. local[2])")
    return p.parse_args(argv)


def frequency_limit(text, n, name):
    """A --min-df/--max-df value as a count of documents: '2' is a count, '0.5' a proportion."""
    if re.fullmatch(r"\d+", text):
        return int(text)
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise SystemExit(f"newsdigest-spark: {name} takes a count or a proportion from 0 to 1, not {text}")
    return value * n


# ---------------------------------------------------------------------------------------------
# The map side: runs in executors.

def run_map(binary, command, records, source):
    """Feeds `records` [(line number, text)] to `newsdigest map COMMAND`; its JSON lines, one a record.

    The child gets an explicit, small environment (a subprocess launched from an executor would
    otherwise inherit whatever the worker has). Its error names a line of its standard input,
    which is translated back to the line of `source`."""
    if not records:
        return []
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1"}
    payload = "".join(text + "\n" for _, text in records).encode("utf-8")
    child = subprocess.run([binary, "map"] + command, input=payload, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=env, check=False)
    message = child.stderr.decode("utf-8", "replace").strip()
    if child.returncode != 0:
        found = re.search(r"<stdin>:(\d+):\s*(.*)", message)
        if found and 1 <= int(found.group(1)) <= len(records):
            line = records[int(found.group(1)) - 1][0]
            raise MapFailure(f"{FAILURE_MARK}{source}:{line}: {found.group(2)} (newsdigest map {' '.join(command)}, exit {child.returncode})")
        raise MapFailure(f"{FAILURE_MARK}{source}: newsdigest map {' '.join(command)} exited {child.returncode}: {message}")
    out = child.stdout.decode("utf-8").splitlines()
    if len(out) != len(records):
        raise MapFailure(f"{FAILURE_MARK}{source}: newsdigest map {' '.join(command)} gave {len(out)} records for "
                         f"{len(records)} (lines {records[0][0]}-{records[-1][0]})")
    return out


def map_partitions(rdd, binary_name, command, source):
    """`newsdigest map COMMAND` over each partition of (line number, record text) pairs:
    (line number, output record text) pairs. Files named in COMMAND as `file:NAME` are the
    executor's copies of files shipped with SparkContext.addFile."""
    def each(partition):
        from pyspark import SparkFiles
        binary = SparkFiles.get(binary_name)
        arguments = [SparkFiles.get(a[5:]) if a.startswith("file:") else a for a in command]
        records = list(partition)
        return iter(zip([line for line, _ in records], run_map(binary, arguments, records, source)))
    return rdd.mapPartitions(each)


# ---------------------------------------------------------------------------------------------
# The reduce side: pure functions of the mapped records, also used by the tests.

def partition_frequencies(docs):
    """(term, documents holding it) within one partition: counted here, so the shuffle carries
    one pair a term and partition rather than one a term and document."""
    frequencies = collections.Counter()
    for d in docs:
        frequencies.update(d[2].keys())
    return iter(frequencies.items())


def partition_keyword_totals(rows):
    """(term, (occurrences, documents, summed weight)) within one partition, over the kept terms
    (those with a weight)."""
    totals = {}
    for _, _, counts, weights in rows:
        for t, w in weights.items():
            c, d, s = totals.get(t, (0, 0, 0.0))
            totals[t] = (c + counts[t], d + 1, s + w)
    return iter(totals.items())


def tfidf_row(counts, idf):
    """{term: count} -> {term: weight}: (1 + ln count) * idf, L2-normalised; terms outside idf dropped."""
    weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in counts.items() if t in idf}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm > 0 else {}


def idf_of(df, n):
    """Smooth IDF, as scikit-learn's and `vectorize`'s default: ln((1 + n) / (1 + df)) + 1."""
    return math.log((1.0 + n) / (1.0 + df)) + 1.0


def nmi(a, b):
    """Normalised mutual information of two labelings (arithmetic mean of entropies, as scikit-learn)."""
    n = len(a)
    assert n == len(b) and n > 0
    joint, ca, cb = {}, {}, {}
    for x, y in zip(a, b):
        joint[(x, y)] = joint.get((x, y), 0) + 1
        ca[x] = ca.get(x, 0) + 1
        cb[y] = cb.get(y, 0) + 1
    mi = sum(c / n * math.log(c * n / (ca[x] * cb[y])) for (x, y), c in joint.items())
    ha = -sum(c / n * math.log(c / n) for c in ca.values())
    hb = -sum(c / n * math.log(c / n) for c in cb.values())
    if ha == 0 and hb == 0:
        return 1.0
    return mi / ((ha + hb) / 2) if ha + hb > 0 else 0.0


def rounded(x):
    """Six decimals, as newsdigest's JSON (JSONOutput.rounded)."""
    return round(x * 1_000_000) / 1_000_000


# ---------------------------------------------------------------------------------------------

def read_records(spark, path, partitions):
    """(line number, record JSON text) for every non-blank line; Parquet rows are numbered in file order."""
    sc = spark.sparkContext
    if path.endswith(".parquet") or os.path.isdir(path):
        lines = spark.read.parquet(path).toJSON()
    else:
        lines = sc.textFile(path, minPartitions=partitions or None)
    numbered = lines.zipWithIndex().map(lambda p: (p[1] + 1, p[0])).filter(lambda p: p[1].strip() != "")
    # A gzip file is one partition: spread its records so every core maps some.
    wanted = partitions or 4 * sc.defaultParallelism
    return numbered.repartition(wanted) if numbered.getNumPartitions() < wanted else numbered


def analyse(spark, args):
    """Runs the job; returns a dict of what it computed (for the tests) after writing args.output."""
    work = tempfile.mkdtemp(prefix="newsdigest-spark-")
    try:
        return run_job(spark, args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_job(spark, args, work):
    """The job, with `work` a local folder for the sample and the model until it ends."""
    sc = spark.sparkContext
    binary = os.path.abspath(args.newsdigest or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".build", "release", "newsdigest"))
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"newsdigest-spark: no newsdigest binary at {binary}; build it (swift build -c release --static-swift-stdlib) or pass --newsdigest")
    sc.addFile(binary)
    sc.addPyFile(os.path.abspath(__file__))  # workers unpickle this module's functions by name
    binary_name = os.path.basename(binary)

    records = read_records(spark, args.input, args.partitions).cache()
    n_in = records.count()
    source = os.path.basename(args.input)
    mapped = map_partitions(records, binary_name, ["counts"], source).map(lambda p: (p[0], json.loads(p[1])))
    docs = mapped.map(lambda p: (p[1]["id"], p[1].get("issue"), p[1]["terms"], p[1]["key"], p[0])).cache()
    n = docs.count()
    if n != n_in:
        raise MapFailure(f"{FAILURE_MARK}{args.input}: {n_in} records in, {n} out")
    duplicate = docs.map(lambda d: (d[0], 1)).reduceByKey(lambda a, b: a + b).filter(lambda p: p[1] > 1).take(1)
    if duplicate:
        raise MapFailure(f"{FAILURE_MARK}{args.input}: id \"{duplicate[0][0]}\" is given {duplicate[0][1]} times; ids must be unique")

    df = docs.mapPartitions(partition_frequencies).reduceByKey(operator.add)
    low, high = frequency_limit(args.min_df, n, "--min-df"), frequency_limit(args.max_df, n, "--max-df")
    kept = df.filter(lambda p: low <= p[1] <= high)
    vocabulary = sorted(kept.collect())  # (term, df) by code point
    if not vocabulary:
        raise SystemExit("newsdigest-spark: no term is left after --min-df/--max-df; lower --min-df or raise --max-df")
    idf = {t: idf_of(d, n) for t, d in vocabulary}
    b_idf = sc.broadcast(idf)

    rows = docs.map(lambda d: (d[0], d[1], d[2], tfidf_row(d[2], b_idf.value))).cache()

    # Keywords: occurrences, documents and summed weight of each kept term.
    totals = rows.mapPartitions(partition_keyword_totals).reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1], a[2] + b[2]))
    top = totals.takeOrdered(args.top, key=lambda p: (-p[1][0], p[0]))
    keywords = [{"count": c, "documents": d, "term": t, "weight": rounded(w)} for t, (c, d, w) in top]

    # Topics: `cluster` fitted on the sample it would take itself (the first --sample articles in
    # its content order: by key, then input line), run here on the driver; every other article
    # placed per partition by `newsdigest map assign` under the model it saved.
    k = max(1, min(args.k, n))
    sample_lines = set(docs.map(lambda d: (d[3], d[4])).takeOrdered(min(args.sample, n)))
    sample_lines = {line for _, line in sample_lines}
    sample = sorted(records.filter(lambda p: p[0] in sample_lines).collect())
    sample_file, model_file = os.path.join(work, "sample.jsonl"), os.path.join(work, "topics.model")
    with open(sample_file, "w", encoding="utf-8") as f:
        f.write("".join(text + "\n" for _, text in sample))
    # A model is needed only to place articles beyond the sample (and exists only for more than 60).
    saving = ["--save-model", model_file] if n > len(sample) else []
    fitted = subprocess.run([binary, "cluster", sample_file, "--k", str(k), "--seed", str(args.seed), "--sample", str(args.sample),
                             "--format", "json"] + saving, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if fitted.returncode != 0:
        raise SystemExit(f"newsdigest-spark: newsdigest cluster on the sample failed: {fitted.stderr.decode('utf-8', 'replace').strip()}")
    topics_json = json.loads(fitted.stdout)
    sample_topics = topics_json["assignments"]
    if n > len(sample):
        # Named by its contents: SparkContext.addFile refuses a second, different file of one name.
        with open(model_file, "rb") as f:
            shipped = os.path.join(work, f"topics-{hashlib.sha256(f.read()).hexdigest()[:16]}.model")
        os.rename(model_file, shipped)
        sc.addFile(shipped)
        rest = records.filter(lambda p: p[0] not in sample_lines)
        placed = map_partitions(rest, binary_name, ["assign", "--model", "file:" + os.path.basename(shipped)], source) \
            .map(lambda p: json.loads(p[1])).map(lambda r: (r["id"], r.get("issue") or "", r["topic"]))
    else:
        placed = sc.parallelize([])
    issues = dict(docs.filter(lambda d: d[0] in sample_topics).map(lambda d: (d[0], d[1] or "")).collect())
    fitted_rows = sc.parallelize(sorted((i, issues[i], t) for i, t in sample_topics.items()))
    topics = spark.createDataFrame(fitted_rows.union(placed), "id string, issue string, topic int").cache()
    topics.createOrReplaceTempView("topics")
    trend = spark.sql("""
        SELECT issue, topic, COUNT(*) AS articles FROM topics GROUP BY issue, topic ORDER BY issue, topic""")
    labels = {c["id"]: c["label"] for c in topics_json["clusters"]}

    out = args.output
    spark.createDataFrame([(t, d, idf[t]) for t, d in vocabulary], "term string, df long, idf double").coalesce(1) \
        .write.mode("overwrite").parquet(os.path.join(out, "vocabulary.parquet"))
    spark.createDataFrame(rows.map(lambda r: (r[0], r[1] or "", r[3])), "id string, issue string, tfidf map<string, double>") \
        .write.mode("overwrite").parquet(os.path.join(out, "tfidf.parquet"))
    topics.orderBy("id").write.mode("overwrite").parquet(os.path.join(out, "topics.parquet"))
    trend.coalesce(1).write.mode("overwrite").parquet(os.path.join(out, "trend.parquet"))
    assignments = {r["id"]: r["topic"] for r in topics.collect()}
    if len(assignments) != n:
        raise MapFailure(f"{FAILURE_MARK}{args.input}: {n} articles but {len(assignments)} placed in topics")
    trend_rows = [{"issue": r["issue"], "topic": r["topic"], "articles": r["articles"]} for r in trend.collect()]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "keywords.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"keywords": keywords}, ensure_ascii=False, indent=2, sort_keys=True, separators=(",", " : ")) + "\n")
    with open(os.path.join(out, "trend.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"k": k, "articles": n, "sample": len(sample), "labels": {str(t): l for t, l in sorted(labels.items())},
                            "trend": trend_rows}, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return {"n": n, "vocabulary": vocabulary, "rows": rows, "keywords": keywords, "assignments": assignments}


def main(argv=None):
    args = parse_args(argv)
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("newsdigest")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        result = analyse(spark, args)
        print(f"newsdigest-spark: {result['n']} articles, {len(result['vocabulary'])} terms, "
              f"{len(set(result['assignments'].values()))} topics -> {args.output}", file=sys.stderr)
        return 0
    except Exception as error:  # Spark wraps an executor's exception; find ours inside.
        text = str(error)
        if FAILURE_MARK in text:
            message = text[text.index(FAILURE_MARK) + len(FAILURE_MARK):].splitlines()[0]
            print(f"newsdigest-spark: error: {message}", file=sys.stderr)
            return 65
        raise
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
