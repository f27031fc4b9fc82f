#!/usr/bin/env bash
# The main job on a fresh machine: install, build, and code the bundled
# sample corpus into an embedded SQLite store (statecraft.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j"$(nproc)"
rm -f statecraft.sqlite
build/release/statecraft code --db statecraft.sqlite samples/world_news.jsonl
echo
echo "Stored in statecraft.sqlite. A few of the events, as JSON lines:"
build/release/statecraft code samples/world_news.jsonl 2>/dev/null | head -n 5
