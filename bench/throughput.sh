#!/usr/bin/env bash
# Throughput benchmark: codes the Reuters-21578 corpus on one core, exactly as
# a user would run it, and checks the result against the project's targets.
#
#   bench/throughput.sh [BINARY] [--repeat N]
#
# BINARY defaults to build/release/statecraft (relative to the repository
# root). The measured command is
#
#   taskset -c 0 BINARY code --threads 1 --format jsonl \
#       ../shared/data/reuters21578/reuters21578.jsonl > /dev/null
#
# run from the repository root with default options (dictionary load
# included), timed by GNU time (/usr/bin/time -v) for wall time and peak RSS.
# STATECRAFT_DICT, if set in the environment, is passed through and reported.
#
# Targets: >= 20,000 sentences/s on one core, peak RSS < 1 GiB.
# One run is the protocol; --repeat N runs N times and judges the median wall
# time and the largest peak RSS.
#
# Exit status: 0 PASS (or skipped: corpus absent), 1 FAIL, 2 could not measure.
set -u -o pipefail

readonly TARGET_SENTENCES_PER_S=20000
readonly TARGET_RSS_MIB=1024
readonly CORPUS_REL="../shared/data/reuters21578/reuters21578.jsonl"

usage() {
  sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'
}

binary=""
repeat=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --repeat) repeat="${2:-}"; shift 2 ;;
    --repeat=*) repeat="${1#--repeat=}"; shift ;;
    -*) echo "throughput.sh: unknown option $1" >&2; exit 2 ;;
    *)
      if [[ -n "$binary" ]]; then echo "throughput.sh: only one binary may be given" >&2; exit 2; fi
      binary="$1"; shift ;;
  esac
done
if ! [[ "$repeat" =~ ^[1-9][0-9]*$ ]]; then
  echo "throughput.sh: --repeat needs a positive integer" >&2
  exit 2
fi

# A binary given on the command line is relative to the caller's directory.
if [[ -n "$binary" && "$binary" != /* ]]; then binary="$PWD/$binary"; fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root" || exit 2
[[ -n "$binary" ]] || binary="build/release/statecraft"

if [[ ! -f "$CORPUS_REL" ]]; then
  echo "throughput.sh: SKIPPED: $CORPUS_REL (relative to $repo_root) is absent; nothing to measure."
  exit 0
fi
if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "throughput.sh: GNU time is missing: /usr/bin/time -v is needed for peak memory." >&2
  echo "  On Debian/Ubuntu: apt-get install time   (the shell keyword 'time' is not enough)" >&2
  exit 2
fi
if ! command -v taskset >/dev/null 2>&1; then
  echo "throughput.sh: taskset is missing (Debian package util-linux); it pins the run to CPU 0." >&2
  exit 2
fi
if [[ ! -x "$binary" ]]; then
  echo "throughput.sh: no executable statecraft at $binary (build it first: cmake --preset release && cmake --build build/release)" >&2
  exit 2
fi

# m:ss.cc or h:mm:ss(.cc) -> seconds
to_seconds() {
  awk -v t="$1" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }'
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cpu_model="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)"
echo "statecraft throughput benchmark"
echo "  date:        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "  machine:     $(nproc) CPUs, ${cpu_model:-unknown CPU}"
echo "  binary:      $binary ($("$binary" --version 2>/dev/null || echo 'version unknown'))"
if [[ -n "${STATECRAFT_DICT:-}" ]]; then
  echo "  dictionary:  STATECRAFT_DICT=$STATECRAFT_DICT"
else
  echo "  dictionary:  builtin (next to the binary)"
fi
echo "  corpus:      $CORPUS_REL"
echo "  command:     taskset -c 0 $binary code --threads 1 --format jsonl $CORPUS_REL > /dev/null"
echo

summary_re='^statecraft: coded ([0-9]+) stories \(([0-9]+) sentences, ([0-9]+) analysed\), ([0-9]+) events'

walls=()
cpus=()
max_rss_kib=0
stories=0 sentences=0 analysed=0 events=0
for ((run = 1; run <= repeat; run++)); do
  /usr/bin/time -v -o "$tmp/time.txt" \
    taskset -c 0 "$binary" code --threads 1 --format jsonl "$CORPUS_REL" >/dev/null 2>"$tmp/stderr.txt"
  status=$?
  if [[ $status -ne 0 ]]; then
    echo "throughput.sh: statecraft exited with status $status; its last stderr lines:" >&2
    tail -n 20 "$tmp/stderr.txt" >&2
    exit 2
  fi
  summary="$(grep '^statecraft: coded ' "$tmp/stderr.txt" | tail -n 1)"
  if ! [[ "$summary" =~ $summary_re ]]; then
    echo "throughput.sh: no summary line ('statecraft: coded N stories (...)') on stderr; last lines:" >&2
    tail -n 20 "$tmp/stderr.txt" >&2
    exit 2
  fi
  stories="${BASH_REMATCH[1]}" sentences="${BASH_REMATCH[2]}"
  analysed="${BASH_REMATCH[3]}" events="${BASH_REMATCH[4]}"
  elapsed="$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time.*: //p' "$tmp/time.txt")"
  user_s="$(sed -n 's/^[[:space:]]*User time (seconds): //p' "$tmp/time.txt")"
  sys_s="$(sed -n 's/^[[:space:]]*System time (seconds): //p' "$tmp/time.txt")"
  rss_kib="$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$tmp/time.txt")"
  if [[ -z "$elapsed" || -z "$rss_kib" ]]; then
    echo "throughput.sh: could not read wall time / peak RSS from GNU time's report:" >&2
    cat "$tmp/time.txt" >&2
    exit 2
  fi
  wall="$(to_seconds "$elapsed")"
  walls+=("$wall")
  cpu_s="$(awk -v u="${user_s:-0}" -v s="${sys_s:-0}" 'BEGIN { printf "%.2f", u + s }')"
  cpus+=("$cpu_s")
  ((rss_kib > max_rss_kib)) && max_rss_kib=$rss_kib
  if ((repeat > 1)); then
    awk -v r="$run" -v w="$wall" -v s="$sentences" -v m="$rss_kib" \
      -v c="$cpu_s" 'BEGIN { printf "  run %d: %.2f s wall, %.2f s CPU, %.0f sentences/s, peak %.1f MiB\n", r, w, c, (w > 0 ? s / w : 0), m / 1024 }'
  fi
  echo "  summary:     $summary" >"$tmp/summary_line"
done
((repeat > 1)) && echo

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
wall="$(printf '%s\n' "${walls[@]}" | median)"
cpu="$(printf '%s\n' "${cpus[@]}" | median)"
cat "$tmp/summary_line"
awk -v stories="$stories" -v sentences="$sentences" -v analysed="$analysed" -v events="$events" \
    -v wall="$wall" -v cpu="$cpu" -v rss="$max_rss_kib" -v repeat="$repeat" \
    -v target_sps="$TARGET_SENTENCES_PER_S" -v target_mib="$TARGET_RSS_MIB" '
BEGIN {
  cores = 1  # pinned to CPU 0 with --threads 1
  sps = 0; stories_ps = 0; cpu_pct = 0; share = 0
  if (wall > 0) { sps = sentences / wall / cores; stories_ps = stories / wall; cpu_pct = 100 * cpu / wall }
  if (sentences > 0) share = 100 * analysed / sentences
  mib = rss / 1024
  wall_note = ""; rss_note = ""
  if (repeat > 1) { wall_note = sprintf(" (median of %d runs)", repeat); rss_note = " (largest run)" }
  printf("  stories:            %d\n", stories)
  printf("  sentences:          %d\n", sentences)
  printf("  analysed share:     %.1f%% (%d of %d sentences)\n", share, analysed, sentences)
  printf("  events:             %d\n", events)
  printf("  wall seconds:       %.2f%s\n", wall, wall_note)
  printf("  CPU seconds:        %.2f user+sys (%.0f%% of wall)\n", cpu, cpu_pct)
  printf("  stories/s:          %.0f\n", stories_ps)
  printf("  sentences/s/core:   %.0f (target >= %d)\n", sps, target_sps)
  printf("  peak memory MiB:    %.1f%s (target < %d)\n", mib, rss_note, target_mib)
  if (wall > 0 && cpu_pct < 90)
    printf("  note: the run got only %.0f%% of CPU 0; another process competed for the core, so the wall time overstates the cost. Rerun on an idle machine.\n", cpu_pct)
  sps_ok = (sps >= target_sps); mib_ok = (mib < target_mib)
  verdict = "FAIL"; if (sps_ok && mib_ok) verdict = "PASS"
  sps_cmp = ">="; if (!sps_ok) sps_cmp = "<"
  mib_cmp = "<"; if (!mib_ok) mib_cmp = ">="
  printf("%s: %.0f sentences/s/core %s %d; peak %.1f MiB %s %d MiB\n", verdict, sps, sps_cmp, target_sps, mib, mib_cmp, target_mib)
  exit (sps_ok && mib_ok) ? 0 : 1
}'
