#!/usr/bin/env bash
# Scaling benchmark: wall time and peak memory of each command on synthetic corpora of growing
# size from ../shared/tools/gen_corpus.py, with the growth exponent between sizes; scikit-learn's
# TfidfVectorizer + MiniBatchKMeans (../shared/peers/cluster.py) beside them where the peers
# venv exists (../shared/peers/README.md). Writes
# Benchmarks/scale.md.
#
#   bash Benchmarks/scale.sh                        # 10k and 100k articles
#   SIZES="10000 100000 1000000" bash Benchmarks/scale.sh
#   LIMIT=600 bash Benchmarks/scale.sh              # seconds a command may run (default 900)
#
# Corpora are generated once into ~/.cache/newsdigest-scale/ (deterministic for a size) and
# kept there; archives are rebuilt on every run. A command that runs past LIMIT is stopped and
# reported as such. Uses the release binary (built here if missing) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 100000"}
LIMIT=${LIMIT:-900}
SHARED=${SHARED:-../shared}
PY=${PEERS_PYTHON:-$HOME/.cache/newsdigest-peers/venv/bin/python}
CACHE=${CACHE:-$HOME/.cache/newsdigest-scale}
OUT=Benchmarks/scale.md
BIN=.build/release/newsdigest

[ -f "$SHARED/tools/gen_corpus.py" ] || { echo "scale: $SHARED/tools/gen_corpus.py not found (set SHARED)" >&2; exit 66; }
[ -x /usr/bin/time ] || { echo "scale: GNU time is needed (apt-get install time)" >&2; exit 69; }
[ -x "$BIN" ] || swift build -c release --product newsdigest >&2
mkdir -p "$CACHE"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure NAME CMD...: appends "NAME<TAB>seconds<TAB>peak MB" to $work/rows, or "stopped" past LIMIT.
measure() {
  local name=$1; shift
  local status=0
  /usr/bin/time -f '%e %M' -o "$work/time" timeout "$LIMIT" "$@" >/dev/null 2>"$work/err" || status=$?
  if [ "$status" -eq 124 ]; then
    printf '%s\tstopped after %s s\t\n' "$name" "$LIMIT" >>"$work/rows"
  elif [ "$status" -ne 0 ]; then
    printf '%s\tfailed (exit %s): %s\t\n' "$name" "$status" "$(grep -v '^Command' "$work/err" | head -1)" >>"$work/rows"
  else
    read -r seconds kilobytes <"$work/time"
    printf '%s\t%s\t%s\n' "$name" "$seconds" "$((kilobytes / 1024))" >>"$work/rows"
  fi
  echo "scale: $(tail -1 "$work/rows" | tr '\t' ' ')" >&2
}

: >"$work/all"
for n in $SIZES; do
  corpus="$CACHE/syn$n.jsonl.gz"
  [ -s "$corpus" ] || { echo "scale: generating $n articles" >&2; python3 "$SHARED/tools/gen_corpus.py" "$n" "$corpus" >&2; }
  : >"$work/rows"
  measure "vectorize --min-df 2" "$BIN" vectorize "$corpus" --min-df 2 --output "$work/vectors"
  measure "cluster --k 20" "$BIN" cluster "$corpus" --k 20 --format json
  measure "keywords --top 50" "$BIN" keywords "$corpus" --top 50
  measure "summarize" "$BIN" summarize "$corpus" --format json
  rm -f "$work/archive.sqlite"*
  measure "ingest" "$BIN" ingest --archive "$work/archive.sqlite" "$corpus"
  measure "trend --by week (archive)" "$BIN" trend --archive "$work/archive.sqlite" --by week
  if [ -x "$PY" ] && [ -f "$SHARED/peers/cluster.py" ]; then
    # TfidfVectorizer(char 2-2, sublinear, min_df=2) + MiniBatchKMeans(k=20), scores on a sample.
    measure "scikit-learn TF-IDF + MiniBatchKMeans(20)" "$PY" "$SHARED/peers/cluster.py" "$corpus" --k 20 --methods minibatch
  fi
  sed "s/^/$n\t/" "$work/rows" >>"$work/all"
  rm -rf "$work/vectors"
done

python3 - "$work/all" "$LIMIT" >"$OUT" <<'PY'
import math, sys, subprocess, datetime, os
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
sizes = sorted({int(r[0]) for r in rows})
commands = list(dict.fromkeys(r[1] for r in rows))
cell = {(int(r[0]), r[1]): (r[2], r[3]) for r in rows}
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print("# Scaling benchmark\n")
print(f"Made by `bash Benchmarks/scale.sh` on {datetime.date.today()}, {os.cpu_count()} cores, {cpu}; "
      f"corpora from `../shared/tools/gen_corpus.py N` (seed 0); "
      f"each command run once, stopped after {sys.argv[2]} s. Time is wall time, memory the peak "
      "resident set (GNU time).\n")
head = "| command | " + " | ".join(f"{n:,} articles" for n in sizes) + " | " + \
       " | ".join(f"growth {a:,}→{b:,}" for a, b in zip(sizes, sizes[1:])) + " |"
print(head)
print("|---|" + "---|" * (len(sizes) + len(sizes) - 1))
for c in commands:
    cells, growth = [], []
    for n in sizes:
        t, m = cell.get((n, c), ("–", ""))
        cells.append(f"{t} s, {int(m) / 1024:.2f} GB" if m else t)
    for a, b in zip(sizes, sizes[1:]):
        ta, ma = cell.get((a, c), ("", ""))
        tb, mb = cell.get((b, c), ("", ""))
        if ma and mb and float(ta) > 0:
            growth.append(f"n^{math.log(float(tb) / float(ta)) / math.log(b / a):.2f} time, "
                          f"n^{math.log(int(mb) / max(int(ma), 1)) / math.log(b / a):.2f} memory")
        else:
            growth.append("–")
    print(f"| `{c}` | " + " | ".join(cells + growth) + " |")
PY
echo "scale: wrote $OUT" >&2
