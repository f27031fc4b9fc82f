# Helpers shared by the command-line integration tests (sourced, not run).
#
# Usage in a test script:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#   it_init "$@"                 # $1 = path of the statecraft binary
#   sc out -- code --date 2025-08-13 "$WORK/in.txt"
#   assert_exit 0 "$RC" "code on a clean file"
#   assert_contains "$WORK/out.err" "in.txt:3" "the message names file:line"
#   it_finish                    # exits 1 when any assertion failed
#
# Every assertion prints "ok - LABEL" or "FAIL - LABEL" with what was expected
# and what was found, and the script goes on, so one run shows every failure.
# Only bash, coreutils, grep, sed, awk and sqlite3 are used.

set -u

IT_FAILURES=0
IT_PASSES=0
IT_SKIPS=0

# it_init BINARY: checks the binary, makes the fresh work directory $WORK
# (removed at exit) and sets $SC, $REPO (the repository root).
it_init() {
  if [[ $# -lt 1 || -z "$1" ]]; then
    echo "usage: $0 PATH_TO_STATECRAFT_BINARY" >&2
    exit 2
  fi
  SC="$1"
  if [[ ! -x "$SC" ]]; then
    echo "FAIL - statecraft binary not found or not executable: $SC" >&2
    exit 1
  fi
  REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/statecraft-it.XXXXXX")"
  trap 'rm -rf "$WORK"' EXIT
  # A run must not depend on the caller's terminal or locale.
  export LC_ALL=C
}

# sc NAME [--timeout SECS] [--stdin FILE] -- ARGS...
# Runs the binary with ARGS; stdout goes to $WORK/NAME.out, stderr to
# $WORK/NAME.err, the exit status to $RC and the wall time (seconds, with
# milliseconds) to $SECS. A run killed by a signal or by the timeout (default
# 60 s) is reported as a failure at once, naming the command.
sc() {
  local name="$1"
  shift
  local limit=60 stdin=/dev/null
  while [[ $# -gt 0 && "$1" != "--" ]]; do
    case "$1" in
      --timeout) limit="$2"; shift 2 ;;
      --stdin) stdin="$2"; shift 2 ;;
      *) echo "sc: unknown option $1" >&2; exit 2 ;;
    esac
  done
  shift  # the --
  local start end
  start=$(date +%s%N)
  timeout --kill-after=5 "$limit" "$SC" "$@" <"$stdin" >"$WORK/$name.out" 2>"$WORK/$name.err"
  RC=$?
  end=$(date +%s%N)
  SECS=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  if [[ $RC -eq 124 || $RC -eq 137 ]]; then
    it_fail "$name: statecraft $* did not finish within ${limit}s (exit $RC)" "$WORK/$name.err"
  elif [[ $RC -ge 128 ]]; then
    it_fail "$name: statecraft $* was killed by signal $((RC - 128)) (crash)" "$WORK/$name.err"
  fi
  return 0
}

# Internal: records a failure; FILE (optional) is shown, trimmed, as evidence.
it_fail() {
  local label="$1" file="${2:-}"
  IT_FAILURES=$((IT_FAILURES + 1))
  echo "FAIL - $label"
  if [[ -n "$file" && -f "$file" ]]; then
    echo "  --- $(basename "$file") (first 20 lines, 300 chars each) ---"
    head -n 20 "$file" | cut -c1-300 | sed 's/^/  | /'
  fi
}

it_pass() {
  IT_PASSES=$((IT_PASSES + 1))
  echo "ok - $1"
}

# it_skip LABEL: a part of the test that cannot run here (says why).
it_skip() {
  IT_SKIPS=$((IT_SKIPS + 1))
  echo "SKIP - $1"
}

# assert_exit EXPECTED ACTUAL LABEL
assert_exit() {
  if [[ "$2" == "$1" ]]; then
    it_pass "$3 (exit $2)"
  else
    it_fail "$3: expected exit status $1, got $2"
  fi
}

# assert_eq EXPECTED ACTUAL LABEL
assert_eq() {
  if [[ "$2" == "$1" ]]; then
    it_pass "$3 ($2)"
  else
    it_fail "$3: expected '$1', got '$2'"
  fi
}

# assert_ge MIN ACTUAL LABEL (integers)
assert_ge() {
  if [[ "$2" =~ ^[0-9]+$ ]] && (($2 >= $1)); then
    it_pass "$3 ($2 >= $1)"
  else
    it_fail "$3: expected a number >= $1, got '$2'"
  fi
}

# assert_le MAX ACTUAL LABEL (integers)
assert_le() {
  if [[ "$2" =~ ^[0-9]+$ ]] && (($2 <= $1)); then
    it_pass "$3 ($2 <= $1)"
  else
    it_fail "$3: expected a number <= $1, got '$2'"
  fi
}

# assert_contains FILE TEXT LABEL: FILE holds TEXT (a fixed string).
assert_contains() {
  if grep -qF -- "$2" "$1"; then
    it_pass "$3"
  else
    it_fail "$3: expected $(basename "$1") to contain '$2'" "$1"
  fi
}

# assert_not_contains FILE TEXT LABEL
assert_not_contains() {
  if grep -qF -- "$2" "$1"; then
    it_fail "$3: expected $(basename "$1") NOT to contain '$2'; found:"
    grep -nF -- "$2" "$1" | head -n 3 | cut -c1-300 | sed 's/^/  | /'
  else
    it_pass "$3"
  fi
}

# assert_matches FILE REGEX LABEL: a line of FILE matches the extended REGEX.
assert_matches() {
  if grep -qE -- "$2" "$1"; then
    it_pass "$3"
  else
    it_fail "$3: expected a line of $(basename "$1") to match /$2/" "$1"
  fi
}

# assert_no_match FILE REGEX LABEL
assert_no_match() {
  if grep -qE -- "$2" "$1"; then
    it_fail "$3: expected no line of $(basename "$1") to match /$2/; found:"
    grep -nE -- "$2" "$1" | head -n 3 | cut -c1-300 | sed 's/^/  | /'
  else
    it_pass "$3"
  fi
}

# assert_line_count FILE N LABEL: FILE has exactly N lines.
assert_line_count() {
  local n
  n=$(wc -l <"$1" | tr -d ' ')
  if [[ "$n" == "$2" ]]; then
    it_pass "$3 ($n lines)"
  else
    it_fail "$3: expected $2 lines in $(basename "$1"), got $n" "$1"
  fi
}

# assert_empty FILE LABEL
assert_empty() {
  if [[ ! -s "$1" ]]; then
    it_pass "$2"
  else
    it_fail "$2: expected $(basename "$1") to be empty" "$1"
  fi
}

# assert_same_file A B LABEL: byte-identical (A and B may be process
# substitutions; the first differing line is shown on failure).
assert_same_file() {
  cat "$1" >"$WORK/.same_a"
  cat "$2" >"$WORK/.same_b"
  if [[ "$(sha256sum <"$WORK/.same_a")" == "$(sha256sum <"$WORK/.same_b")" ]]; then
    it_pass "$3"
  else
    it_fail "$3: $(basename "$1") and $(basename "$2") differ"
    awk 'NR == FNR { line[FNR] = $0; n = FNR; next }
         !found && (!(FNR in line) || line[FNR] != $0) {
           print "  first difference at line " FNR ":"
           print "  < " substr(line[FNR], 1, 200)
           print "  > " substr($0, 1, 200)
           found = 1
         }
         END { if (!found) print "  one file is a prefix of the other" }' "$WORK/.same_a" "$WORK/.same_b"
  fi
}

# assert_lt A B LABEL: A < B, decimals allowed (e.g. seconds).
assert_lt() {
  if awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; then
    it_pass "$3 ($1 < $2)"
  else
    it_fail "$3: expected $1 < $2"
  fi
}

# ---- Helpers on the event JSONL (no jq: plain text patterns). ----

# assert_event_lines FILE LABEL: every line of FILE is one JSON object with the
# keys an event must have.
assert_event_lines() {
  local file="$1" label="$2" bad key
  bad=$(grep -cvE '^\{.*\}$' "$file")
  if [[ "$bad" != 0 ]]; then
    it_fail "$label: $bad lines are not one {...} object each" "$file"
    return
  fi
  for key in doc_id event_id cameo source target goldstein quad_class plover rule sentence_text time_refs; do
    bad=$(grep -cvF "\"$key\":" "$file")
    if [[ "$bad" != 0 ]]; then
      it_fail "$label: $bad lines lack the key \"$key\"" "$file"
      return
    fi
  done
  it_pass "$label ($(wc -l <"$file" | tr -d ' ') event lines, all keys present)"
}

# event_triples FILE: "SOURCE CAMEO TARGET" for each event line ("-" when the
# target is null), in order.
event_triples() {
  awk '{
    src = "?"; tgt = "-"; cameo = "?"
    if (match($0, /"source":\{"code":"[^"]*"/)) src = substr($0, RSTART + 18, RLENGTH - 19)
    if (match($0, /"target":\{"code":"[^"]*"/)) tgt = substr($0, RSTART + 18, RLENGTH - 19)
    if (match($0, /"cameo":"[^"]*"/)) cameo = substr($0, RSTART + 9, RLENGTH - 10)
    print src, cameo, tgt
  }' "$1"
}

# json_scalar FILE KEY: the value of the FIRST "KEY": on each line, without
# quotes for a string ("null", a number or "<absent>" otherwise). Meant for
# the top-level keys that come before any nested object (doc_id, event_id,
# date, sentence).
json_scalar() {
  awk -v key="\"$2\":" '{
    i = index($0, key)
    if (i == 0) { print "<absent>"; next }
    rest = substr($0, i + length(key))
    if (substr(rest, 1, 1) == "\"") {
      rest = substr(rest, 2)
      print substr(rest, 1, index(rest, "\"") - 1)
    } else {
      match(rest, /^[^,}]*/)
      print substr(rest, 1, RLENGTH)
    }
  }' "$1"
}

# distinct_doc_ids FILE: the doc ids of FILE's events, in order of first
# appearance, one per line.
distinct_doc_ids() {
  json_scalar "$1" doc_id | awk '!seen[$0]++'
}

# sentence_texts FILE: the "sentence_text" string of every event, one a line
# (JSON escapes left as they are).
sentence_texts() {
  awk '{
    if (match($0, /"sentence_text":"([^"\\]|\\.)*"/)) print substr($0, RSTART + 17, RLENGTH - 18)
  }' "$1"
}

# assert_valid_utf8 FILE LABEL: every line of FILE is valid UTF-8 (checked
# with grep in the C.UTF-8 locale, which glibc 2.35+ always has).
assert_valid_utf8() {
  local bad
  if [[ "$(printf 'ok\n\xff\n' | LC_ALL=C.UTF-8 grep -caxv '.*')" != 1 ]]; then
    it_skip "$2: grep cannot check UTF-8 here (no C.UTF-8 locale)"
    return
  fi
  bad=$(LC_ALL=C.UTF-8 grep -caxv '.*' "$1")
  if [[ "$bad" == 0 ]]; then
    it_pass "$2"
  else
    it_fail "$2: $bad lines of $(basename "$1") are not valid UTF-8"
  fi
}

# lines_at FILE LOCATION: the lines of FILE that start with "LOCATION:".
lines_at() {
  awk -v loc="$2:" 'index($0, loc) == 1' "$1"
}

# assert_problem FILE LOCATION TEXT LABEL: a line of FILE (stderr) starts
# with "LOCATION:" (e.g. "in.jsonl:3") and contains TEXT (a fixed string).
assert_problem() {
  if lines_at "$1" "$2" | grep -qF -- "$3"; then
    it_pass "$4"
  else
    it_fail "$4: expected a message starting '$2:' that contains '$3'" "$1"
  fi
}

# assert_no_problem FILE LOCATION LABEL: no line of FILE starts with "LOCATION:".
assert_no_problem() {
  if [[ -z "$(lines_at "$1" "$2")" ]]; then
    it_pass "$3"
  else
    it_fail "$3: expected no message for $2; found:"
    lines_at "$1" "$2" | head -n 3 | cut -c1-300 | sed 's/^/  | /'
  fi
}

# it_finish: the summary line and the exit status (1 when anything failed).
it_finish() {
  echo "# $IT_PASSES passed, $IT_FAILURES failed, $IT_SKIPS skipped"
  if ((IT_FAILURES > 0)); then exit 1; fi
  exit 0
}
