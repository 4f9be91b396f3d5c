#!/usr/bin/env bash
# Benchmarks text-to-vectors against scikit-learn on the shared corpora, and writes
# Benchmarks/results.md. Run from anywhere; takes a few minutes on 2 cores.
#
#   bash Benchmarks/run.sh                    # rmrb1998, cnews-1000, sohu9-dev
#   CORPORA="cnews-1000" bash Benchmarks/run.sh
#
# scikit-learn figures come from ../shared/peers/vectorize.py, run in the same session,
# when the peers venv exists (see ../shared/peers/README.md); otherwise they are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data}
PEERS=${PEERS:-../shared/peers}
PY=${PEERS_PYTHON:-$HOME/.cache/newsdigest-peers/venv/bin/python}
CORPORA=${CORPORA:-"rmrb1998-01-01_20 cnews-1000 sohu9-dev"}
OUT=Benchmarks/results.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product newsdigest >&2
swift build -c release --product newsdigest-bench >&2
paths=()
for c in $CORPORA; do paths+=("$DATA/$c.jsonl.gz"); done

best_of_3() { # prints the smallest wall time of three runs of "$@"
  local best="" t
  for _ in 1 2 3; do
    t=$( { TIMEFORMAT=%R; time "$@" >/dev/null 2>&1; } 2>&1 )
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
  done
  echo "$best"
}

{
  echo "# Text-to-vectors benchmark"
  echo
  echo "Made by \`bash Benchmarks/run.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')."
  echo "OPENBLAS_CORETYPE: ${OPENBLAS_CORETYPE:-(not set)}."
  echo
  echo "## Stages, one core (\`newsdigest-bench\`)"
  echo
  .build/release/newsdigest-bench "${paths[@]}"
  echo
  echo "MB/s is over the UTF-8 bytes of the normalised text each stage consumed; the next column counts"
  echo "over the bodies with all white space removed, the basis scikit-learn's figures use. Each stage is"
  echo "the best of 3 runs (tokenising and counting: of 5)."
  echo
  echo "## End to end: \`newsdigest vectorize CORPUS --output DIR --min-df 2\` against scikit-learn"
  echo
  echo "| corpus | newsdigest vectorize s (read, normalise, count, weight, write 4 files) | sklearn TfidfVectorizer(char 2-2, sublinear_tf, min_df=2) fit_transform s (in memory, no reading or writing) | speed-up | tfidf.mtx vs sklearn TfidfTransformer on counts.mtx |"
  echo "|---|---:|---:|---:|---|"
  for c in $CORPORA; do
    ours=$(best_of_3 .build/release/newsdigest vectorize "$DATA/$c.jsonl.gz" --output "$work/$c" --min-df 2)
    theirs="-"; ratio="-"; check="(no peers venv)"
    if [ -x "$PY" ]; then
      theirs=$("$PY" "$PEERS/vectorize.py" "$DATA/$c.jsonl.gz" --repeat 3 --skip tfidf_char_1_2,count_then_tfidf_2_2,hashing_tfidf_2_2 2>/dev/null \
        | "$PY" -c 'import json,sys; v=json.load(sys.stdin)["variants"]["tfidf_char_2_2"]; print("%.3f" % min(v["fit_transform_seconds_all"]))')
      ratio=$(awk "BEGIN{printf \"%.1f×\", $theirs / $ours}")
      check=$("$PY" Benchmarks/check_tfidf_against_sklearn.py "$work/$c" | "$PY" -c 'import json,sys; r=json.load(sys.stdin); print("max abs difference %.1e (%s)" % (r["max_abs_difference"], "ok" if r["within_1e-5"] else "FAILS 1e-5"))')
    fi
    echo "| $c | $ours | $theirs | $ratio | $check |"
  done
  echo
  echo "## Topics: \`newsdigest cluster CORPUS --k K --format json\` against scikit-learn"
  echo
  echo "newsdigest: read, normalise, char-bigram TF-IDF, LSA (randomised SVD, 100 dimensions), spherical k-means"
  echo "(5 restarts), near-duplicates, keyphrase labels — end to end. scikit-learn: \`../shared/peers/cluster.py\`"
  echo "(TF-IDF char 2-2 fit_transform + KMeans, n_init 3; and TruncatedSVD(100) + KMeans), same run, same machine."
  echo
  echo "| corpus | k | newsdigest s | NMI | ARI | sklearn TF-IDF + KMeans s | NMI | ARI | sklearn LSA + KMeans NMI | speed-up |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for c in cnews-1000 sohu9-dev; do
    case $c in cnews-1000) k=10;; sohu9-dev) k=9;; esac
    ours=$(best_of_3 .build/release/newsdigest cluster "$DATA/$c.jsonl.gz" --k $k --format json)
    .build/release/newsdigest cluster "$DATA/$c.jsonl.gz" --k $k --format json > "$work/$c.topics.json"
    if [ -x "$PY" ]; then
      read -r nmi ari < <("$PY" Benchmarks/evaluate_clusters.py "$DATA/$c.jsonl.gz" "$work/$c.topics.json" \
        | "$PY" -c 'import json,sys; r=json.load(sys.stdin); print("%.4f %.4f" % (r["nmi"], r["ari"]))')
      read -r sk_s sk_nmi sk_ari lsa_nmi < <("$PY" "$PEERS/cluster.py" "$DATA/$c.jsonl.gz" 2>/dev/null | "$PY" -c '
import json, sys
r = json.load(sys.stdin); m = r["methods"]
t = r["timings"]["tfidf_seconds"] + m["kmeans"]["fit_seconds"]
print("%.2f %.4f %.4f %.4f" % (t, m["kmeans"]["nmi"], m["kmeans"]["ari"], m["lsa_kmeans"]["nmi"]))')
      echo "| $c | $k | $ours | $nmi | $ari | $sk_s | $sk_nmi | $sk_ari | $lsa_nmi | $(awk "BEGIN{printf \"%.1f×\", $sk_s / $ours}") |"
    else
      echo "| $c | $k | $ours | - | - | - | - | - | - | (no peers venv) |"
    fi
  done
  echo
  echo "## Summaries: character ROUGE (F1 × 100) with \`newsdigest evaluate\`"
  echo
  echo "Selection as in ../shared/peers/summarize.py: sentences in rank order until their letters and digits reach"
  echo "the reference's. Peer figures on the same records: Benchmarks/peers.md."
  echo
  echo '```'
  for half in report tune; do
    echo "\$ newsdigest evaluate lcsts-part3-dev.jsonl.gz --min-human-label 3 --split $half"
    .build/release/newsdigest evaluate "$DATA/lcsts-part3-dev.jsonl.gz" --min-human-label 3 --split "$half"
  done
  echo "\$ newsdigest evaluate clts-samples-12.jsonl.gz"
  .build/release/newsdigest evaluate "$DATA/clts-samples-12.jsonl.gz"
  echo '```'
  echo
  echo "## Summarising every article of rmrb1998-01-01_20 (2,012 articles, 2 sentences each)"
  echo
  ours=$(best_of_3 .build/release/newsdigest summarize "$DATA/rmrb1998-01-01_20.jsonl.gz" --sentences 2 --format json)
  if [ -x "$PY" ]; then
    theirs=$("$PY" Benchmarks/textrank4zh_speed.py "$DATA/rmrb1998-01-01_20.jsonl.gz" 2>/dev/null | "$PY" -c 'import json,sys; print("%.1f" % json.load(sys.stdin)["seconds"])')
    echo "| newsdigest summarize (read, page, summarise, write JSON) s | textrank4zh (summarising alone) s | speed-up |"
    echo "|---:|---:|---:|"
    echo "| $ours | $theirs | $(awk "BEGIN{printf \"%.0f×\", $theirs / $ours}") |"
  else
    echo "newsdigest summarize: $ours s (no peers venv for textrank4zh)"
  fi
} > "$OUT"
cat "$OUT"
