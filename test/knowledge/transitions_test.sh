#!/usr/bin/env bash
# Dated-role knowledge test: checks that each named person resolves, on a
# given story date, to the expected actor code and office key.
#
# Usage: transitions_test.sh STATECRAFT_BINARY CASES_FILE...
#
# Each CASES_FILE has one case a line (see the header of transitions_g20.txt):
#   YYYY-MM-DD | name as written in news | expected actor code | office key or -
# Blank lines and '#' comments are ignored.
#
# For every case the script runs, in its own process (so that no case can
# influence another),
#   statecraft explain --format json --date DATE "NAME said."
# and reads the actors the sentence yields: there must be exactly one, with
# the expected "code" and "office" ("" in the JSON for '-'). The explain
# runs go in parallel (TRANSITIONS_JOBS, default: the number of CPUs). Only
# bash, coreutils, xargs, grep and sed are used (no jq, no python).
#
# Exit status: 0 when every case passes; 1 when any case fails (each failure
# is listed as FILE:LINE: ...); 2 on a usage error or an unreadable file.

set -u

if [[ $# -lt 2 ]]; then
  echo "usage: $0 STATECRAFT_BINARY CASES_FILE..." >&2
  exit 2
fi
statecraft=$1
shift
if [[ ! -x "$statecraft" ]]; then
  echo "$0: $statecraft is not an executable" >&2
  exit 2
fi
jobs=${TRANSITIONS_JOBS:-$(nproc 2>/dev/null || echo 2)}

work=$(mktemp -d "${TMPDIR:-/tmp}/transitions.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

trim() {
  local s=$1
  s=${s#"${s%%[![:space:]]*}"}
  s=${s%"${s##*[![:space:]]}"}
  printf '%s' "$s"
}

# Prints the values of KEY ("code" or "office") of the recognized actors,
# one a line, from explain's JSON on stdin. Everything from the top-level
# "events" key on is cut first, so that event actors are not counted; the
# JSON is joined into one line so that pretty-printing does not matter.
# Quotes inside JSON strings are escaped (\"), so trace text cannot match.
actor_values() {
  local key=$1
  tr -d '\n' | sed 's/"events"[[:space:]]*:.*$//' |
    grep -o "\"$key\"[[:space:]]*:[[:space:]]*\"[^\"]*\"" |
    sed 's/^.*:[[:space:]]*"\(.*\)"$/\1/'
}

# Pass 1: parse every case. Case i has where[i], date[i], name[i],
# want_code[i], want_office[i]; malformed lines fail at once.
declare -a where=() dates=() names=() want_codes=() want_offices=()
failures=0
for file in "$@"; do
  if [[ ! -r "$file" ]]; then
    echo "$0: cannot read $file" >&2
    exit 2
  fi
  line_no=0
  while IFS= read -r line || [[ -n "$line" ]]; do
    line_no=$((line_no + 1))
    line=${line%%#*}
    [[ -z "$(trim "$line")" ]] && continue
    IFS='|' read -r date name code office extra <<<"$line"
    date=$(trim "${date:-}")
    name=$(trim "${name:-}")
    code=$(trim "${code:-}")
    office=$(trim "${office:-}")
    if [[ ! "$date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ || -z "$name" || -z "$code" || -z "$office" ||
          -n "$(trim "${extra:-}")" ]]; then
      echo "$file:$line_no: malformed case: $line"
      failures=$((failures + 1))
      continue
    fi
    [[ "$office" == "-" ]] && office=""
    where+=("$file:$line_no")
    dates+=("$date")
    names+=("$name")
    want_codes+=("$code")
    want_offices+=("$office")
  done <"$file"
done
cases=${#where[@]}

# Pass 2: one explain per case, in parallel; case i writes $work/i.json and
# its exit status to $work/i.rc. In the inline script $1 is the binary, $2 the
# work folder, and $3 $4 $5 the case index, date and name that xargs appends.
for ((i = 0; i < cases; i++)); do
  printf '%s\0%s\0%s\0' "$i" "${dates[i]}" "${names[i]}"
done | xargs -0 -n 3 -P "$jobs" sh -c '"$1" explain --format json --date "$4" "$5 said." >"$2/$3.json" 2>&1; echo $? >"$2/$3.rc"' \
  sh "$statecraft" "$work"

# Pass 3: compare.
for ((i = 0; i < cases; i++)); do
  label="${where[i]}: ${dates[i]} | ${names[i]}"
  want_office=${want_offices[i]}
  if [[ ! -s "$work/$i.rc" || "$(cat "$work/$i.rc")" != 0 ]]; then
    echo "$label: statecraft explain failed: $(head -n 3 "$work/$i.json" 2>/dev/null)"
    failures=$((failures + 1))
    continue
  fi
  mapfile -t codes < <(actor_values code <"$work/$i.json")
  mapfile -t offices < <(actor_values office <"$work/$i.json")
  if [[ ${#codes[@]} -ne 1 || ${#offices[@]} -ne 1 ]]; then
    echo "$label: expected one actor ${want_codes[i]} ${want_office:--}, got ${#codes[@]}: ${codes[*]:-none}"
    failures=$((failures + 1))
    continue
  fi
  if [[ "${codes[0]}" != "${want_codes[i]}" || "${offices[0]}" != "$want_office" ]]; then
    echo "$label: expected ${want_codes[i]} ${want_office:--}, got ${codes[0]} ${offices[0]:--}"
    failures=$((failures + 1))
  fi
done

echo "transitions: $cases cases, $failures failed"
[[ $failures -eq 0 ]]
