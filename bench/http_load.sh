#!/usr/bin/env bash
# HTTP load test: builds a store of at least 100,000 events by CODING stories
# (the Reuters-21578 corpus several times under prefixed ids, plus the
# bundled samples), starts `statecraft serve` on it, and drives
# GET /api/v1/events with wrk (bench/http_load.lua: 20-row pages, random
# filters, keyset cursors followed) at 4 and at 64 connections.
#
#   bench/http_load.sh [BINARY] [--store FILE] [--min-events N]
#                      [--duration SECS] [--connections "4 64"] [--threads N]
#
# BINARY defaults to build/release/statecraft. --store keeps the coded store
# in FILE and reuses it when it already holds enough events (coding takes
# minutes); without it the store lives in a temporary directory.
# Reports, per connection count: requests/s, latency p50/p90/p99, socket
# errors and non-2xx answers, and how much of the machine's CPU other
# processes used meanwhile (a busy machine understates the server). The
# server has no response cache.
# Target: >= 2,000 requests/s at 4 connections (2-core machine).
# HTTP_LOAD_KINDS=none,root,period (say) keeps only those kinds of filter
# (bench/http_load.lua), to measure one kind of store query alone.
#
# Needs wrk (Debian package wrk) and the corpus at
# ../shared/data/reuters21578/reuters21578.jsonl (relative to the repository
# root); when it is absent the script says so and exits 0 (skipped).
# Exit status: 0 PASS or skipped, 1 FAIL (below target or errors), 2 could
# not measure.
set -u -o pipefail

readonly TARGET_RPS=2000
readonly CORPUS_REL="../shared/data/reuters21578/reuters21578.jsonl"

binary=""
store=""
min_events=100000
duration=20
connections="4 64"
server_threads=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h | --help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --store) store="$2"; shift 2 ;;
    --min-events) min_events="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) server_threads="$2"; shift 2 ;;
    -*) echo "http_load.sh: unknown option $1" >&2; exit 2 ;;
    *) binary="$1"; shift ;;
  esac
done
if [[ -n "$binary" && "$binary" != /* ]]; then binary="$PWD/$binary"; fi
if [[ -n "$store" && "$store" != /* ]]; then store="$PWD/$store"; fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root" || exit 2
[[ -n "$binary" ]] || binary="$repo_root/build/release/statecraft"
if [[ ! -x "$binary" ]]; then
  echo "http_load.sh: no statecraft binary at $binary" >&2
  exit 2
fi
if ! command -v wrk >/dev/null; then
  echo "http_load.sh: wrk is not installed (apt-get install wrk)" >&2
  exit 2
fi
if [[ ! -f "$CORPUS_REL" ]]; then
  echo "http_load.sh: SKIPPED: $CORPUS_REL (relative to $repo_root) is absent; nothing to measure."
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/statecraft-http-load.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
[[ -n "$store" ]] || store="$work/load.sqlite"

count_events() {
  sqlite3 "$store" "select count(*) from events where negated = 0" 2>/dev/null || echo 0
}

# ---------------------------------------------------------------------------
# The store: samples, then Reuters copies until there are enough events. Copy
# k gets ids "cK-reuters-N" and its dates moved K-1 years later (1987 → …),
# so the events spread over the years as a long-running store's would.
events=$(count_events)
if ((events < min_events)); then
  echo "http_load.sh: coding a store of >= $min_events events into $store"
  "$binary" code --db "$store" -q samples/world_news.jsonl || exit 2
  copy=0
  start=$(date +%s)
  while ((events < min_events)); do
    copy=$((copy + 1))
    year=$((1986 + copy))
    sed -e "s/\"id\": \"reuters-/\"id\": \"c${copy}-reuters-/" \
        -e "s/\"date\": \"1987-/\"date\": \"${year}-/" "$CORPUS_REL" >"$work/copy.jsonl"
    "$binary" code --db "$store" -q "$work/copy.jsonl" 2>"$work/code.err" || { cat "$work/code.err"; exit 2; }
    events=$(count_events)
    echo "  copy $copy (dates in $year): $events events"
  done
  echo "http_load.sh: coded $copy copies of Reuters-21578 + samples in $(($(date +%s) - start)) s"
fi
stories=$(sqlite3 "$store" "select count(*) from documents")
echo "http_load.sh: store $store: $stories stories, $events events (negated left out), $(du -m "$store" | cut -f1) MiB"

# ---------------------------------------------------------------------------
serve_args=(serve --db "$store" --port 0)
[[ -n "$server_threads" ]] && serve_args+=(--threads "$server_threads")
"$binary" "${serve_args[@]}" 2>"$work/serve.err" &
server_pid=$!
base=""
for ((i = 0; i < 600; i++)); do
  base=$(sed -n 's|^statecraft: serving \(http://[^ ]*\)/ (dashboard).*|\1|p' "$work/serve.err")
  [[ -n "$base" ]] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if [[ -z "$base" ]]; then
  echo "http_load.sh: the server did not start:" >&2
  cat "$work/serve.err" >&2
  exit 2
fi
curl -s "$base/api/v1/health" && echo
# Warm the page cache and the store pool.
wrk -t2 -c2 -d3s -s bench/http_load.lua "$base" >/dev/null 2>&1

# CPU time in clock ticks: the machine's busy time (user, nice, system,
# irq, softirq, steal), and one process's (user + system, all threads).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
process_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
ticks_per_s=$(getconf CLK_TCK)

verdict=0
summary=()
for c in $connections; do
  echo
  echo "== wrk -t$c -c$c -d${duration}s --latency -s bench/http_load.lua $base"
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  busy0=$(busy_ticks); server0=$(process_ticks "$server_pid"); start_ns=$(date +%s%N)
  TIMEFORMAT='%3U %3S'
  { time wrk -t"$c" -c"$c" -d"${duration}s" --timeout 10s --latency -s bench/http_load.lua "$base" \
      >"$work/wrk.out"; } 2>"$work/wrk.time"
  busy1=$(busy_ticks); server1=$(process_ticks "$server_pid"); end_ns=$(date +%s%N)
  cat "$work/wrk.out"
  # Whatever the machine did besides the server and wrk, as a share of all
  # its cores over the run.
  others=$(awk -v b="$((busy1 - busy0))" -v s="$((server1 - server0))" -v hz="$ticks_per_s" \
    -v wall_ns="$((end_ns - start_ns))" -v cores="$(nproc)" -v wrk_s="$(tail -1 "$work/wrk.time")" \
    'BEGIN { split(wrk_s, w, " "); o = (b - s) / hz - w[1] - w[2]; if (o < 0) o = 0;
             printf "%.0f", 100 * o / (cores * wall_ns / 1e9) }')
  echo "other processes used ${others}% of the machine's CPU during the run (load average before: $load_before)"
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$work/wrk.out")
  p50=$(awk '/^ +50%/ { print $2 }' "$work/wrk.out")
  p90=$(awk '/^ +90%/ { print $2 }' "$work/wrk.out")
  p99=$(awk '/^ +99%/ { print $2 }' "$work/wrk.out")
  socket=$(sed -n 's/^ *Socket errors: //p' "$work/wrk.out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$work/wrk.out")
  [[ -n "$rps" ]] || { echo "http_load.sh: could not read wrk's output" >&2; exit 2; }
  summary+=("$(printf '%3d connections: %8.0f req/s  p50 %-8s p90 %-8s p99 %-8s socket errors: %s  non-2xx: %s  others: %s%% CPU' \
    "$c" "$rps" "$p50" "$p90" "$p99" "${socket:-none}" "${non2xx:-0}" "$others")")
  if [[ -n "$non2xx" && "$non2xx" != 0 ]] || [[ -n "$socket" ]]; then verdict=1; fi
  if [[ "$c" == 4 ]] && awk -v r="$rps" -v t="$TARGET_RPS" 'BEGIN { exit !(r < t) }'; then verdict=1; fi
done

echo
echo "http_load.sh: $stories stories, $events events; $(nproc) cores; server threads: ${server_threads:-2 per core}"
printf '%s\n' "${summary[@]}"
if ((verdict == 0)); then
  echo "PASS: >= $TARGET_RPS req/s at 4 connections, no errors"
else
  echo "FAIL: below $TARGET_RPS req/s at 4 connections, or errors (see above)"
fi
exit "$verdict"
