#!/usr/bin/env bash
# The sanitizer sweep: builds statecraft with AddressSanitizer and
# UndefinedBehaviorSanitizer (the `sanitize` preset, optimized) and codes
# real and odd input with it: every golden and gold file, the seed, and,
# when ../shared is present, the Reuters corpus and the PETRARCH2 records.
# Any out-of-bounds read, use after free, leak or undefined behaviour stops
# the run with the sanitizer's report; the coding results themselves are
# checked by the test suite, not here.
#
#   bash scripts/sanitize.sh          # called by scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize -j"$(nproc)"
bin=build/sanitize/statecraft
shared=../shared
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86
log=$(mktemp)
trap 'rm -f "$log"' EXIT
runs=0

# Runs one command; fails the sweep on a sanitizer report, whatever the
# command's own exit status (eval exits 1 when a record is not coded exactly).
sweep() {
  local what=$1
  shift
  runs=$((runs + 1))
  local rc=0
  "$@" >/dev/null 2>"$log" || rc=$?
  if [[ $rc -eq 86 ]] || grep -qE "ERROR: (Address|Leak)Sanitizer|runtime error:" "$log"; then
    echo "sanitize: $what: the sanitizer reported an error" >&2
    grep -m1 -A40 -E "ERROR: (Address|Leak)Sanitizer|runtime error:" "$log" >&2
    exit 1
  fi
  if [[ $rc -gt 1 ]]; then
    echo "sanitize: $what: exit status $rc" >&2
    tail -20 "$log" >&2
    exit 1
  fi
}

for f in test/golden/*.gold test/golden/coverage/*.gold; do
  sweep "$f" "$bin" eval --dict builtin,test/golden/dict --gold "$f"
done
for f in test/gold/*.gold; do
  if grep -q '^doc:' "$f"; then
    [[ -f $shared/data/reuters21578/reuters21578.jsonl ]] || continue
    sweep "$f" "$bin" eval --gold "$f" --corpus "$shared/data/reuters21578/reuters21578.jsonl"
  else
    sweep "$f" "$bin" eval --gold "$f"
  fi
done
if [[ -d $shared/seed ]]; then
  for f in "$shared"/seed/*.txt; do
    sweep "$f" "$bin" code -q --format jsonl "$f"
  done
fi
if [[ -f $shared/data/reuters21578/reuters21578.jsonl ]]; then
  sweep "Reuters-21578" "$bin" code -q --threads "$(nproc)" "$shared/data/reuters21578/reuters21578.jsonl"
else
  echo "sanitize: $shared/data/reuters21578 is absent: the Reuters corpus is not swept"
fi
petrarch=$shared/data/petrarch2-unittest
if [[ -f $petrarch/PETR.UnitTest.records.xml ]]; then
  sweep "PETRARCH2 records" "$bin" eval --dict "petrarch:$petrarch" \
    --petrarch-records "$petrarch/PETR.UnitTest.records.xml" --half all
else
  echo "sanitize: $petrarch is absent: the PETRARCH2 records are not swept"
fi
echo "sanitize: $runs runs, no sanitizer report"
