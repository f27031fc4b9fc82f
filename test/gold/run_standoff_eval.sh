#!/usr/bin/env bash
# Scores the coder on a stand-off gold file (records that point into a JSONL
# corpus with doc: + span:, docs/dictionaries.md). An evaluation, not a
# golden test: it fails only when the run fails (a parse error, a doc not in
# the corpus, a span out of range), never on the scores, which it prints.
#
# Usage: run_standoff_eval.sh PATH_TO_STATECRAFT GOLD_FILE CORPUS_JSONL
# Exits 77 (CTest SKIP_RETURN_CODE) when the corpus is absent: it lives in
# ../shared, outside the repository, and is not redistributed.
set -u
if [[ $# -ne 3 ]]; then
  echo "usage: $0 PATH_TO_STATECRAFT GOLD_FILE CORPUS_JSONL" >&2
  exit 2
fi
sc="$1"
gold="$2"
corpus="$3"
if [[ ! -r "$corpus" ]]; then
  echo "SKIP: corpus $corpus is absent; $gold is not scored"
  exit 77
fi
"$sc" eval --gold "$gold" --corpus "$corpus" --errors
rc=$?
if [[ $rc -ne 0 ]]; then
  echo "FAIL: statecraft eval exited $rc on $gold" >&2
fi
exit $rc
