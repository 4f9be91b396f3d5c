#!/usr/bin/env bash
# Makes Tests/Fixtures/seed-pieces.jsonl: the eight pieces of the sample page (seeds/) as
# JSON Lines records {id, title?, body}, as `newsdigest articles` reads them. Run from the
# repository root after `swift build -c release`; rerun when the page reader changes on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
.build/release/newsdigest articles --format json | python3 -c '
import json, sys
for a in json.load(sys.stdin)["articles"]:
    record = {"id": a["id"], "title": a["title"], "body": a["body"]}
    print(json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False))
' > Tests/Fixtures/seed-pieces.jsonl
