#!/usr/bin/env bash
# The dashboard in a real browser against the real server:
#   1. codes samples/world_news.jsonl (and ../shared/seed/ with --date
#      2025-08-13 when it is there) into a fresh SQLite store;
#   2. copies web/ and vendors its libraries (scripts/vendor-web.sh) into the
#      work folder, so the checkout's web/vendor/ is neither needed nor touched;
#   3. starts `statecraft serve --port 0` (a free port on 127.0.0.1);
#   4. runs test/browser/dashboard.test.mjs with node's test runner, which
#      drives Debian's chromium through playwright-core and saves screenshots
#      to build/test-artifacts/;
#   5. stops the server (SIGTERM) and checks that it exited cleanly.
# Usage: bash test/browser/dashboard_test.sh PATH_TO_STATECRAFT
# Needs node (>= 18), `npm ci` at the repository root and /usr/bin/chromium
# (or $STATECRAFT_CHROMIUM); scripts/install-deps.sh --test installs chromium
# and node. A missing prerequisite is a failure that says what to install.
set -euo pipefail

if [[ $# -lt 1 || ! -x "$1" ]]; then
  echo "usage: $0 PATH_TO_STATECRAFT_BINARY (got '${1:-}')" >&2
  exit 2
fi
SC="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CHROMIUM="${STATECRAFT_CHROMIUM:-/usr/bin/chromium}"
SEED="$REPO/../shared/seed"
export LC_ALL=C

fail() { echo "FAIL - $*" >&2; exit 1; }
command -v node >/dev/null || fail "node is not installed (bash scripts/install-deps.sh --test)"
[[ -x "$CHROMIUM" ]] || fail "$CHROMIUM is missing (bash scripts/install-deps.sh --test, or set STATECRAFT_CHROMIUM)"
[[ -f "$REPO/node_modules/playwright-core/package.json" ]] ||
  fail "node_modules/ is missing: run 'npm ci' in $REPO"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/statecraft-browser.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "# coding the sample corpus"
"$SC" code --db "$WORK/store.sqlite" "$REPO/samples/world_news.jsonl"
if [[ -d "$SEED" ]]; then
  echo "# coding the seed stories ($SEED)"
  "$SC" code --date 2025-08-13 --db "$WORK/store.sqlite" "$SEED"
else
  echo "# $SEED is absent: the seed stories are left out (the sample corpus alone is used)"
fi

echo "# preparing the web folder"
cp -R "$REPO/web" "$WORK/web"
rm -rf "$WORK/web/vendor"
bash "$REPO/scripts/vendor-web.sh" "$WORK/web"

echo "# starting statecraft serve"
# Eight threads: the browser keeps up to six connections open, and each
# keep-alive connection holds a server thread until it times out.
"$SC" serve --db "$WORK/store.sqlite" --port 0 --web "$WORK/web" --threads 8 \
  >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER_PID=$!
URL=""
for _ in $(seq 1 200); do
  URL="$(grep -ohE 'http://127\.0\.0\.1:[0-9]+/' "$WORK/serve.out" "$WORK/serve.err" | head -n 1 || true)"
  [[ -n "$URL" ]] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.err" >&2; fail "statecraft serve exited early"; }
  sleep 0.1
done
[[ -n "$URL" ]] || { cat "$WORK/serve.err" >&2; fail "statecraft serve printed no URL within 20 s"; }
echo "# server at $URL"

status=0
STATECRAFT_URL="$URL" \
STATECRAFT_ARTIFACTS="$REPO/build/test-artifacts" \
STATECRAFT_CHROMIUM="$CHROMIUM" \
  node --test --test-reporter=spec "$REPO/test/browser/dashboard.test.mjs" || status=$?

kill -TERM "$SERVER_PID"
serve_status=0
wait "$SERVER_PID" || serve_status=$?
SERVER_PID=""
if [[ $serve_status -ne 0 ]]; then
  cat "$WORK/serve.err" >&2
  fail "statecraft serve exited with status $serve_status on SIGTERM (expected 0)"
fi
echo "ok - statecraft serve stopped cleanly on SIGTERM"
[[ $status -eq 0 ]] || fail "browser tests failed (node --test exit status $status)"
echo "ok - browser tests passed; screenshots in $REPO/build/test-artifacts/"
