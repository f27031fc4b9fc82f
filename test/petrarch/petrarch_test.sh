#!/usr/bin/env bash
# Runs PETRARCH2's unit-test records through `statecraft eval` with the
# suite's own dictionaries and fails below a floor.
#
# Usage: petrarch_test.sh STATECRAFT_BINARY SUITE_DIR FLOOR_PERCENT
#
# SUITE_DIR holds PETR.UnitTest.records.xml and the PETR.Validate.*.txt
# dictionaries. Exit status: 0 when the whole file reproduces at least
# FLOOR_PERCENT of its expected events; 1 below it (the records not coded
# exactly are listed); 77 (skipped) when SUITE_DIR is absent; 2 on a usage
# error.

set -u

if [[ $# -ne 3 ]]; then
  echo "usage: $0 STATECRAFT_BINARY SUITE_DIR FLOOR_PERCENT" >&2
  exit 2
fi
statecraft=$1
suite=$2
floor=$3
records="$suite/PETR.UnitTest.records.xml"
if [[ ! -f "$records" ]]; then
  echo "skipped: $records is absent (the PETRARCH2 unit-test suite lives in ../shared, outside the repository)"
  exit 77
fi
if [[ ! -x "$statecraft" ]]; then
  echo "$0: $statecraft is not executable" >&2
  exit 2
fi
# The binary finds its own builtin dictionary; only the PETRARCH layer is used.
exec "$statecraft" eval --petrarch-records "$records" --dict "petrarch:$suite" --half all \
  --min-reproduced "$floor" --errors
