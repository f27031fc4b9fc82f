#!/usr/bin/env bash
# The main job on a fresh machine: install, build, code the bundled sample
# corpus into an embedded SQLite store (statecraft.sqlite), and open the
# dashboard on it: the script ends running `statecraft serve` (Ctrl-C stops
# it). STATECRAFT_PORT picks another port than 8080.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${STATECRAFT_PORT:-8080}"
bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j"$(nproc)"
# The dashboard's libraries (cytoscape, echarts), pinned in package.json.
npm ci --no-audit --no-fund
bash scripts/vendor-web.sh
rm -f statecraft.sqlite
build/release/statecraft code --db statecraft.sqlite samples/world_news.jsonl
echo
echo "Stored in statecraft.sqlite. A few of the events, as JSON lines:"
# (head closes the pipe early: the coder's SIGPIPE is not a failure)
build/release/statecraft code samples/world_news.jsonl 2>/dev/null | head -n 5 || true
echo
echo "Dashboard: http://127.0.0.1:${port}/  (Ctrl-C stops it; the API is under /api/v1/)"
exec build/release/statecraft serve --db statecraft.sqlite --port "$port"
