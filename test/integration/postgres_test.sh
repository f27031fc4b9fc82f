#!/usr/bin/env bash
# statecraft on a real PostgreSQL 15 server, started here and thrown away.
#
#   bash postgres_test.sh PATH_TO_STATECRAFT PATH_TO_event_store_conformance_test
#
# Starts a server from Debian's binaries (/usr/lib/postgresql/15/bin, or
# $STATECRAFT_PG_BIN) in a temporary directory: listening on 127.0.0.1 only,
# on a free port, trust authentication, fsync off. As root it runs the server
# as the `postgres` system user (initdb refuses root). Then:
#   1. the store conformance suite, PostgreSQL backend, against it;
#   2. `statecraft code --db postgresql://...` on the sample stories, twice:
#      the second run changes no count, and the counts equal a SQLite run's.
# The server is stopped and the directory removed at exit, whatever happens.
# Installs nothing. Exits 77 (CTest's SKIP_RETURN_CODE) with a message when
# the PostgreSQL binaries are absent (scripts/install-deps.sh --test installs
# them) or, as root, there is no `postgres` user to run them as.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
it_init "$1"
CONFORMANCE="${2:-}"
readonly SKIP=77

PG_BIN="${STATECRAFT_PG_BIN:-/usr/lib/postgresql/15/bin}"
for tool in initdb pg_ctl postgres psql; do
  if [[ ! -x "$PG_BIN/$tool" ]]; then
    echo "SKIP - PostgreSQL 15 is not installed ($PG_BIN/$tool is missing);"
    echo "       apt-get install postgresql (scripts/install-deps.sh --test) to run this test"
    exit $SKIP
  fi
done
if [[ -z "$CONFORMANCE" || ! -x "$CONFORMANCE" ]]; then
  echo "FAIL - the conformance test binary was not given or is not executable: '$CONFORMANCE'"
  exit 1
fi

# The server may not run as root; `as_server` runs a command as its user.
if [[ $(id -u) -eq 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "SKIP - running as root and there is no 'postgres' user to run the server as"
    exit $SKIP
  fi
  as_server() { runuser -u postgres -- "$@"; }
else
  as_server() { "$@"; }
fi

PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/statecraft-pg.XXXXXX")"
[[ $(id -u) -eq 0 ]] && chown postgres: "$PG_DIR"
SERVER_UP=0
cleanup() {
  if ((SERVER_UP)); then
    as_server "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
  fi
  rm -rf "$PG_DIR" "$WORK"
}
trap cleanup EXIT

echo "# 1. a throwaway server"
# C.UTF-8 gives PostgreSQL Unicode case folding; fall back to the C locale.
if ! as_server "$PG_BIN/initdb" -D "$PG_DIR/data" -U statecraft --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 --no-sync >"$WORK/initdb.log" 2>&1 &&
  ! { rm -rf "$PG_DIR/data"; as_server "$PG_BIN/initdb" -D "$PG_DIR/data" -U statecraft \
    --auth=trust --encoding=UTF8 --no-locale --no-sync >"$WORK/initdb.log" 2>&1; }; then
  it_fail "initdb" "$WORK/initdb.log"
  it_finish
fi

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for attempt in 1 2 3 4 5; do
  PORT=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
  port_is_free "$PORT" || continue
  if as_server "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >"$WORK/pg_ctl.log" 2>&1; then
    SERVER_UP=1
    break
  fi
done
if ((!SERVER_UP)); then
  cp "$PG_DIR/server.log" "$WORK/server.log" 2>/dev/null
  it_fail "the server did not start" "$WORK/server.log"
  it_finish
fi
it_pass "server listening on 127.0.0.1:$PORT"

BASE="postgresql://statecraft@127.0.0.1:$PORT"
psql_at() {  # psql_at DB SQL: one value
  "$PG_BIN/psql" "$BASE/$1" -XAtq -v ON_ERROR_STOP=1 -c "$2"
}
for db in conformance coded; do
  psql_at postgres "CREATE DATABASE $db" >"$WORK/createdb.log" 2>&1 ||
    it_fail "create database $db" "$WORK/createdb.log"
done

echo "# 2. the store conformance suite on PostgreSQL"
STATECRAFT_TEST_PG="$BASE/conformance" timeout 100 "$CONFORMANCE" --gtest_filter='*/postgres' \
  >"$WORK/conformance.out" 2>&1
RC=$?
assert_exit 0 "$RC" "conformance suite, PostgreSQL backend"
assert_matches "$WORK/conformance.out" '^\[  PASSED  \] [1-9][0-9]* tests?\.' "its tests ran"
assert_not_contains "$WORK/conformance.out" "[  SKIPPED ]" "none was skipped"

echo "# 3. statecraft code --db postgresql://... twice, and once into SQLite"
URL="$BASE/coded"
SAMPLE="$REPO/samples/world_news.jsonl"
counts() {
  psql_at coded "SELECT (SELECT count(*) FROM documents) || ' ' || (SELECT count(*) FROM sentences)
    || ' ' || (SELECT count(*) FROM events) || ' ' || (SELECT count(*) FROM merged_events)
    || ' ' || (SELECT count(*) FROM event_merges)"
}
sc first --timeout 100 -- code --quiet --db "$URL" "$SAMPLE"
assert_exit 0 "$RC" "code --db postgresql://, first run"
FIRST="$(counts)"
read -r DOCS SENTENCES EVENTS MERGED LINKS <<<"$FIRST"
assert_ge 30 "${DOCS:-0}" "stories stored"
assert_ge 30 "${EVENTS:-0}" "events stored"
assert_ge 1 "${MERGED:-0}" "merged events stored"
sc second --timeout 100 -- code --quiet --db "$URL" "$SAMPLE"
assert_exit 0 "$RC" "code --db postgresql://, second run"
assert_eq "$FIRST" "$(counts)" "re-coding changes no count (documents sentences events merged links)"
assert_eq 2 "$(psql_at coded 'SELECT count(*) FROM runs')" "each run is recorded"
assert_eq "$(psql_at coded 'SELECT max(version) FROM schema_migrations')" \
  "$(psql_at coded 'SELECT count(*) FROM schema_migrations')" "migrations 1..N applied once each"

sc sqlite --timeout 100 -- code --quiet --db "$WORK/events.sqlite" "$SAMPLE"
assert_exit 0 "$RC" "code --db events.sqlite"
if command -v sqlite3 >/dev/null; then
  SQLITE="$(sqlite3 "$WORK/events.sqlite" "SELECT (SELECT count(*) FROM documents) || ' ' ||
    (SELECT count(*) FROM sentences) || ' ' || (SELECT count(*) FROM events) || ' ' ||
    (SELECT count(*) FROM merged_events) || ' ' || (SELECT count(*) FROM event_merges)")"
  assert_eq "$SQLITE" "$FIRST" "PostgreSQL holds what SQLite holds"
  # The same events, byte for byte in the columns both keep.
  COLUMNS="event_id, doc_id, coalesce(date, '-'), source_code, coalesce(target_code, '-'), cameo,
    CAST(round(goldstein * 10) AS INTEGER), negated, background, sentence_text"
  sqlite3 "$WORK/events.sqlite" "SELECT $COLUMNS FROM events ORDER BY event_id" >"$WORK/sqlite.events"
  psql_at coded "SELECT $COLUMNS FROM events ORDER BY event_id" >"$WORK/pg.events"
  assert_same_file "$WORK/sqlite.events" "$WORK/pg.events" "the same events in both stores"
else
  it_skip "no sqlite3 tool: PostgreSQL not compared with SQLite"
fi

it_finish
