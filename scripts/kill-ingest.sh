#!/usr/bin/env bash
# Kills `newsdigest ingest` at random moments, N times (default 50), and checks after each
# kill that the archive passes PRAGMA integrity_check and holds only whole issues (the
# article count stored with each issue equals its article rows).
#
#   bash scripts/kill-ingest.sh [N] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50}
CORPUS=${2:-../shared/data/rmrb1998-01-01_20.jsonl.gz}
swift build -c release --product newsdigest >&2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
archive="$work/news.sqlite"
failures=0
for i in $(seq 1 "$N"); do
  .build/release/newsdigest ingest --archive "$archive" "$CORPUS" --replace >/dev/null 2>&1 &
  pid=$!
  sleep "0.$(( RANDOM % 900 + 10 ))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  check=$(python3 - "$archive" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
partial = db.execute("""SELECT COUNT(*) FROM issue WHERE articleCount !=
    (SELECT COUNT(*) FROM article WHERE article.issueId = issue.id)""").fetchone()[0] if ok == "ok" else -1
issues = db.execute("SELECT COUNT(*) FROM issue").fetchone()[0] if ok == "ok" else -1
print(ok, partial, issues)
PY
)
  read -r ok partial issues <<<"$check"
  [ "$ok" = ok ] && [ "$partial" = 0 ] || failures=$((failures + 1))
  echo "kill $i: integrity $ok, partial issues $partial, issues stored $issues"
done
echo "$((N - failures)) passed, $failures failed"
[ "$failures" = 0 ]
