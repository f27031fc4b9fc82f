#!/usr/bin/env bash
# `statecraft serve` end to end over real HTTP (curl), and `statecraft query`:
# every endpoint's status and JSON shape, keyset paging to the end without
# duplicates, 400s for bad parameters, 404/405, the write endpoint's 401/403
# and 201/200, the dashboard's static files (MIME types, path traversal),
# and a clean stop on SIGTERM. docs/http_api.md is the contract.
#
# Usage: http_test.sh PATH_TO_STATECRAFT
# Codes samples/world_news.jsonl, and ../shared/seed/ when it is there, into
# a fresh store; the server listens on a free port of 127.0.0.1 only.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
it_init "$@"
cd "$WORK" || exit 1

if ! command -v curl >/dev/null; then
  it_fail "curl is not installed (bash scripts/install-deps.sh --test)"
  it_finish
fi

SERVER_PIDS=()
stop_servers() {
  local pid
  for pid in "${SERVER_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${SERVER_PIDS[@]}"; do wait "$pid" 2>/dev/null; done
  SERVER_PIDS=()
}
trap 'stop_servers; rm -rf "$WORK"' EXIT

# start_server NAME ARGS...: starts `statecraft serve --port 0 ARGS` in the
# background, waits for its "serving http://..." line, sets $BASE
# ("http://127.0.0.1:PORT") and $SERVER_PID. Fails the test when it does not
# come up within 60 s.
start_server() {
  local name="$1"
  shift
  : >"$WORK/$name.err"
  "$SC" serve --port 0 "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
  SERVER_PID=$!
  SERVER_PIDS+=("$SERVER_PID")
  BASE=""
  local i
  for ((i = 0; i < 600; i++)); do
    BASE=$(sed -n 's|^statecraft: serving \(http://127\.0\.0\.1:[0-9]*\)/ (dashboard) and /api/v1/$|\1|p' "$WORK/$name.err")
    [[ -n "$BASE" ]] && break
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
    sleep 0.1
  done
  if [[ -z "$BASE" ]]; then
    it_fail "$name: the server did not start" "$WORK/$name.err"
    it_finish
  fi
  it_pass "$name: serving $BASE"
}

# http NAME [CURL ARGS...] URL: one request; the body goes to $WORK/NAME.body,
# the headers to $WORK/NAME.head, the status to $CODE.
http() {
  local name="$1"
  shift
  CODE=$(curl -s -o "$WORK/$name.body" -D "$WORK/$name.head" -w '%{http_code}' --max-time 30 "$@")
}

# assert_status EXPECTED NAME LABEL
assert_status() {
  if [[ "$CODE" == "$1" ]]; then
    it_pass "$3 (HTTP $CODE)"
  else
    it_fail "$3: expected HTTP $1, got $CODE" "$WORK/$2.body"
  fi
}

# assert_json_error STATUS NAME LABEL: HTTP STATUS with the JSON error body.
assert_json_error() {
  assert_status "$1" "$2" "$3"
  assert_matches "$WORK/$2.body" "^\\{\"error\":\\{\"status\":$1,\"message\":\"([^\"\\\\]|\\\\.)+\"\\}\\}\$" "$3: JSON error body"
  assert_matches "$WORK/$2.head" '^[Cc]ontent-[Tt]ype: application/json' "$3: JSON content type"
}

# event_ids FILE: the event_id of every event in an events page, one a line.
event_ids() {
  grep -o '"event_id":"[^"]*"' "$1" | sed 's/"event_id":"//; s/"$//'
}

# next_cursor FILE: the page's next cursor, or "null".
next_cursor() {
  if grep -q '"next":null}$' "$1"; then
    echo null
  else
    sed -n 's/.*"next":"\([^"]*\)"}$/\1/p' "$1"
  fi
}

urlencode() {
  local s="$1" out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [a-zA-Z0-9.~_-]) out+="$c" ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  echo "$out"
}

# ---------------------------------------------------------------------------
echo "# 1. a store coded from the sample corpus (and the seed)"
sc code_sample -- code --db store.sqlite -q "$REPO/samples/world_news.jsonl"
assert_exit 0 "$RC" "code the sample corpus into the store"
SEED="$REPO/../shared/seed/000_82b43b2dbdc5f7a9.txt"
if [[ -f "$SEED" ]]; then
  sc code_seed -- code --db store.sqlite -q --date 2025-08-13 "$SEED"
  assert_exit 0 "$RC" "code the seed stories into the store"
else
  it_skip "the seed ($SEED) is absent: the store holds the sample only"
fi
STORED_EVENTS=$(sqlite3 store.sqlite "select count(*) from events where negated = 0")
assert_ge 100 "$STORED_EVENTS" "the store holds enough events to page through"

mkdir -p web/js web/css
printf '<!doctype html><title>dash</title>\n' >web/index.html
printf 'console.log("dash");\n' >web/js/app.js
printf 'body { margin: 0 }\n' >web/css/style.css
printf '<svg xmlns="http://www.w3.org/2000/svg"/>\n' >web/logo.svg
printf 'not for the web\n' >secret.txt
ln -s "$WORK/secret.txt" web/leak.txt
printf 'test-token-0123456789abcdef\n' >token
printf 'wrong-token-0123456789abcdef\n' >wrong_token

start_server serve1 --db store.sqlite --web web --token-file token
assert_contains "$WORK/serve1.err" "(dashboard) and /api/v1/" "the start-up line names the dashboard and the API"

# ---------------------------------------------------------------------------
echo "# 2. health"
http health "$BASE/api/v1/health"
assert_status 200 health "GET /api/v1/health"
assert_matches health.body '^\{"status":"ok","version":"[^"]+","schema_version":[0-9]+,"documents":[0-9]+,"events":[0-9]+,"dictionaries":"sha256:[0-9a-f]+","write":true\}$' "health: JSON shape"
assert_matches health.head '^[Cc]ontent-[Tt]ype: application/json; charset=utf-8' "health: content type"
http health_param "$BASE/api/v1/health?x=1"
assert_json_error 400 health_param "health with an unknown parameter"

# ---------------------------------------------------------------------------
echo "# 3. events: shape and filters"
http events "$BASE/api/v1/events"
assert_status 200 events "GET /api/v1/events"
assert_matches events.body '^\{"events":\[\{"doc_id":.*\}\],"next":"[^"]+"\}$' "events: {events:[...], next:\"...\"}"
assert_eq 20 "$(event_ids events.body | wc -l | tr -d ' ')" "events: 20 rows by default"
for key in doc_id event_id date source target cameo root quad_class goldstein plover sentence_text rule; do
  assert_eq 20 "$(grep -o "\"$key\":" events.body | wc -l | tr -d ' ')" "events: every row has \"$key\""
done
# Newest first.
grep -o '"date":"[0-9-]*","date_precision"' events.body | cut -c9-18 >events.dates
assert_same_file events.dates <(sort -r events.dates) "events: newest first"

http ev_rus "$BASE/api/v1/events?actor=RUS&limit=1000"
assert_status 200 ev_rus "events?actor=RUS"
n_rus=$(event_ids ev_rus.body | wc -l | tr -d ' ')
assert_ge 1 "$n_rus" "actor=RUS finds events"
n_rus_side=$(grep -o '"source":{"code":"[^"]*","country":"RUS"\|"target":{"code":"[^"]*","country":"RUS"' ev_rus.body |
  wc -l | tr -d ' ')
assert_ge "$n_rus" "$n_rus_side" "actor=RUS: every event has RUS on one side"
assert_matches ev_rus.body '"next":null\}$' "one page of 1000 holds them all: next is null"

http ev_dyad "$BASE/api/v1/events?source=USA&target=CHN&limit=1000"
assert_status 200 ev_dyad "events?source=USA&target=CHN"
assert_no_match ev_dyad.body '"source":\{"code":"[^"]*","country":"(CHN|RUS)"' "source=USA: no other source"
http ev_sym "$BASE/api/v1/events?source=USA&target=CHN&symmetric=true&limit=1000"
assert_ge "$(event_ids ev_dyad.body | wc -l)" "$(event_ids ev_sym.body | wc -l)" "symmetric finds at least the directed dyad"

http ev_quad "$BASE/api/v1/events?quad=4&limit=1000"
assert_status 200 ev_quad "events?quad=4"
assert_no_match ev_quad.body '"quad_class":[123],' "quad=4: only material conflict"
http ev_root "$BASE/api/v1/events?root=19&limit=1000"
assert_no_match ev_root.body '"root":"(0[0-9]|1[0-8]|20)"' "root=19: only root 19"
http ev_cameo "$BASE/api/v1/events?cameo=04&limit=1000"
assert_no_match ev_cameo.body '"root":"(0[0-35-9]|1[0-9]|20)"' "cameo=04 is the root 04"
http ev_dates "$BASE/api/v1/events?from=2025-01-01&to=2025-06-30&limit=1000"
assert_no_match ev_dates.body '"date":"(2024|2026|2025-(0[7-9]|1[0-2]))' "from/to bound the dates"
http ev_doc "$BASE/api/v1/events?doc=sample-001&limit=1000"
assert_eq "sample-001" "$(grep -o '"doc_id":"[^"]*"' ev_doc.body | sort -u | cut -d'"' -f4)" "doc= keeps one story"
http ev_plover "$BASE/api/v1/events?plover=consult&limit=1000"
assert_status 200 ev_plover "plover=consult (case-insensitive)"
assert_no_match ev_plover.body '"plover":"(AGREE|ASSAULT|ACCUSE|THREATEN|COERCE)"' "plover=CONSULT only"
http ev_q "$BASE/api/v1/events?q=tariff&limit=1000"
assert_status 200 ev_q "q=tariff"
if [[ -n "$(event_ids ev_q.body)" ]]; then
  assert_eq "$(event_ids ev_q.body | wc -l | tr -d ' ')" \
    "$(grep -o '"sentence_text":"[^"]*[Tt]ariff' ev_q.body | wc -l | tr -d ' ')" "q=tariff: every sentence says tariff"
fi

# ---------------------------------------------------------------------------
echo "# 4. keyset paging: follow next to the end, each event once"
http all "$BASE/api/v1/events?limit=1000"
event_ids all.body | sort >all.ids
TOTAL=$(wc -l <all.ids | tr -d ' ')
assert_eq "$STORED_EVENTS" "$TOTAL" "limit=1000 returns every non-negated event of the store"
: >paged.ids
cursor=""
pages=0
while :; do
  url="$BASE/api/v1/events?limit=7"
  [[ -n "$cursor" ]] && url+="&cursor=$(urlencode "$cursor")"
  http page "$url"
  if [[ "$CODE" != 200 ]]; then
    it_fail "paging: page $pages answered HTTP $CODE" page.body
    break
  fi
  event_ids page.body >>paged.ids
  pages=$((pages + 1))
  cursor=$(next_cursor page.body)
  [[ "$cursor" == null ]] && break
  if ((pages > 500)); then
    it_fail "paging: more than 500 pages; next never becomes null"
    break
  fi
done
assert_eq "$(((TOTAL + 6) / 7))" "$pages" "paging: ceil(total/7) pages"
assert_eq "$TOTAL" "$(wc -l <paged.ids | tr -d ' ')" "paging: as many events as in one big page"
assert_eq 0 "$(sort paged.ids | uniq -d | wc -l | tr -d ' ')" "paging: no event twice"
assert_same_file all.ids <(sort paged.ids) "paging: the same events as the big page"

: >paged_rus.ids
cursor=""
while :; do
  url="$BASE/api/v1/events?actor=RUS&limit=2"
  [[ -n "$cursor" ]] && url+="&cursor=$(urlencode "$cursor")"
  http page "$url"
  [[ "$CODE" == 200 ]] || break
  event_ids page.body >>paged_rus.ids
  cursor=$(next_cursor page.body)
  [[ "$cursor" == null ]] && break
done
assert_same_file <(event_ids ev_rus.body | sort) <(sort paged_rus.ids) "paging with a filter: the same events"

# ---------------------------------------------------------------------------
echo "# 5. bad parameters are 400 with the reason"
check_400() {
  local query="$1" reason="$2"
  http bad "$BASE/api/v1/$query"
  assert_json_error 400 bad "GET $query"
  assert_contains bad.body "$reason" "GET $query: the message says '$reason'"
}
check_400 "events?limit=0" "limit: '0' is out of range (1..1000)"
check_400 "events?limit=1001" "limit: '1001' is out of range"
check_400 "events?limit=abc" "limit: 'abc' is not an integer"
check_400 "events?from=2025-13-01" "from: '2025-13-01' is not a real date"
check_400 "events?to=yesterday" "to: 'yesterday' is not a date (YYYY-MM-DD)"
check_400 "events?from=2025-09-01&to=2025-08-01" "is after to"
check_400 "events?quad=5" "quad: '5' is not a quad class (1..4)"
check_400 "events?cameo=999" "cameo: '999' is not in the dictionary's CAMEO code table"
check_400 "events?root=21" "root: '21' is not a CAMEO root"
check_400 "events?plover=DANCE" "plover: 'DANCE' is not a PLOVER type"
check_400 "events?actor=K" "actor: 'K' is not an actor code"
check_400 "events?symmetric=maybe" "symmetric: 'maybe' is not a boolean"
check_400 "events?cursor=not-a-cursor" "cursor"
check_400 "events?colour=red" "'colour' is not a parameter here"
check_400 "series?granularity=year" "granularity: 'year' is not day, week or month"
check_400 "network?by=city" "by: 'city' is not country or actor"
check_400 "network?max_nodes=0" "max_nodes: '0' is out of range"
check_400 "stories/top?by=clicks" "by: 'clicks' is not events or mentions"
check_400 "stories/top?limit=5000" "limit: '5000' is out of range"

# ---------------------------------------------------------------------------
echo "# 6. series, network, top stories"
http series "$BASE/api/v1/series?source=USA&target=CHN&symmetric=true&granularity=month"
assert_status 200 series "GET series (USA-CHN by month)"
assert_matches series.body '^\{"granularity":"month","normalized":false,"points":\[.*\]\}$' "series: shape"
assert_matches series.body '"period":"20[0-9][0-9]-[0-9][0-9]","events":[0-9]+,"quad":\[[0-9]+,[0-9]+,[0-9]+,[0-9]+\],"goldstein_sum":' "series: month points with quad counts"
http series_w "$BASE/api/v1/series?actor=RUS&granularity=week&normalize=true"
assert_status 200 series_w "GET series (RUS by week, normalized)"
assert_matches series_w.body '"period":"20[0-9][0-9]-W[0-9][0-9]"' "series: ISO week periods"
assert_matches series_w.body '"events_norm":[0-9.e+-]+,"quad_norm":\[' "series: normalized values"

http network "$BASE/api/v1/network?max_nodes=10"
assert_status 200 network "GET network"
assert_matches network.body '^\{"nodes":\[\{"id":"[A-Z]+","label":"[^"]+","events":[0-9]+\}.*\],"edges":\[.*\]\}$' "network: nodes and edges"
assert_le 10 "$(grep -o '"label":' network.body | wc -l | tr -d ' ')" "network: at most max_nodes nodes"
assert_matches network.body '"edges":\[\{"source":"[A-Z]+","target":"[A-Z]+","events":[0-9]+,"mean_goldstein":-?[0-9.e+-]+,"quad":\[' "network: edge shape"
assert_contains network.body '"label":"United States"' "network: countries carry their names"
http network_a "$BASE/api/v1/network?by=actor&actor=USA"
assert_status 200 network_a "GET network by actor"
assert_matches network_a.body '"id":"USA[A-Z]+"' "network by actor: full codes"

http top "$BASE/api/v1/stories/top?limit=3"
assert_status 200 top "GET stories/top"
assert_matches top.body '^\{"stories":\[\{"doc_id":"[^"]+","title":"[^"]*","url":"[^"]*","date":("[0-9-]+"|null),"events":[0-9]+,"mentions":[0-9]+\}' "stories/top: shape"
assert_eq 3 "$(grep -o '"doc_id":' top.body | wc -l | tr -d ' ')" "stories/top: limit=3"
grep -o '"events":[0-9]*' top.body | cut -d: -f2 >top.counts
assert_same_file top.counts <(sort -rn top.counts) "stories/top: most events first"
http top_m "$BASE/api/v1/stories/top?by=mentions&actor=RUS"
assert_status 200 top_m "GET stories/top by mentions"

# ---------------------------------------------------------------------------
echo "# 7. actor timelines and documents"
http tl "$BASE/api/v1/actors/Shigeru%20Ishiba/timeline"
assert_status 200 tl "timeline of Shigeru Ishiba"
assert_contains tl.body '"office":"JPN.prime_minister","code":"JPNGOV","from":"2024-10-01"' "Ishiba: prime minister from 2024-10-01"
assert_matches tl.body '^\{"query":"Shigeru Ishiba","actors":\[\{"name":"Shigeru Ishiba","kind":"person"' "timeline: shape"
http tl_lee "$BASE/api/v1/actors/Lee%20Jae%20Myung/timeline"
assert_status 200 tl_lee "timeline by another spelling (Lee Jae Myung)"
assert_contains tl_lee.body '"office":"KOR.president","code":"KORGOV","from":"2025-06-04","to":null' "Lee Jae-myung: president from 2025-06-04, still in office"
http tl_code "$BASE/api/v1/actors/KORGOV/timeline"
assert_status 200 tl_code "timeline of the code KORGOV"
assert_contains tl_code.body '"person":"Yoon Suk Yeol"' "KORGOV: Yoon Suk Yeol held it"
http tl_none "$BASE/api/v1/actors/Nobody%20Known%20Here/timeline"
assert_json_error 404 tl_none "timeline of an unknown name"

http doc "$BASE/api/v1/documents/sample-001"
assert_status 200 doc "GET documents/sample-001"
assert_matches doc.body '^\{"id":"sample-001","date":"2024-01-14","title":"[^"]*",.*"text":".*","sentences":\[\{"index":0,"span":\[0,[0-9]+\],"text":' "document: shape with sentences and spans"
assert_matches doc.body '"events":\[\{"doc_id":"sample-001"' "document: its events"
assert_contains doc.body '"claims":[' "document: its claims"
http doc_none "$BASE/api/v1/documents/no-such-story"
assert_json_error 404 doc_none "GET documents/no-such-story"

# ---------------------------------------------------------------------------
echo "# 8. unknown paths and methods"
http nope "$BASE/api/v1/nope"
assert_json_error 404 nope "GET /api/v1/nope"
http del -X DELETE "$BASE/api/v1/events"
assert_json_error 405 del "DELETE /api/v1/events"
assert_matches del.head '^Allow: GET' "405 names the allowed method"
http put -X PUT --data '{}' "$BASE/api/v1/documents"
assert_json_error 405 put "PUT /api/v1/documents"

# ---------------------------------------------------------------------------
echo "# 9. the write endpoint"
STORY='{"id":"http-t1","date":"2025-08-13","title":"T1","text":"France praised Germany. Iran threatened Israel."}'
http post_none -X POST -H 'Content-Type: application/json' --data "$STORY" "$BASE/api/v1/documents"
assert_json_error 401 post_none "POST without a token"
assert_matches post_none.head '^WWW-Authenticate: Bearer' "401 says Bearer"
http post_wrong -X POST -H "Authorization: Bearer $(cat wrong_token)" --data "$STORY" "$BASE/api/v1/documents"
assert_json_error 403 post_wrong "POST with a wrong token"
http post_basic -X POST -H "Authorization: Basic $(cat token)" --data "$STORY" "$BASE/api/v1/documents"
assert_json_error 401 post_basic "POST with another scheme"
http post_ok -X POST -H "Authorization: Bearer $(cat token)" -H 'Content-Type: application/json' --data "$STORY" "$BASE/api/v1/documents"
assert_status 201 post_ok "POST with the token: created"
assert_matches post_ok.body '^\{"documents":\[\{"id":"http-t1","events":[2-9],"created":true\}\],"skipped":\[\],"events":[2-9]\}$' "POST: the stored story and its events"
http post_again -X POST -H "Authorization: Bearer $(cat token)" --data "$STORY" "$BASE/api/v1/documents"
assert_status 200 post_again "POST the same story again: replaced"
assert_contains post_again.body '"created":false' "POST again: created is false"
http doc_t1 "$BASE/api/v1/documents/http-t1"
assert_status 200 doc_t1 "the posted story is served"
assert_contains doc_t1.body '"source":{"code":"FRA"' "the posted story's event FRA -> DEU"
http ev_t1 "$BASE/api/v1/events?doc=http-t1"
assert_eq 2 "$(event_ids ev_t1.body | wc -l | tr -d ' ')" "its events are queryable, once each"
http post_bad -X POST -H "Authorization: Bearer $(cat token)" --data '{"id":"x",' "$BASE/api/v1/documents"
assert_json_error 400 post_bad "POST malformed JSON"
http post_notext -X POST -H "Authorization: Bearer $(cat token)" --data '[{"id":"x"}]' "$BASE/api/v1/documents"
assert_json_error 400 post_notext "POST a story without text"
assert_contains post_notext.body '[0].text' "the message names the element"
http post_skip -X POST -H "Authorization: Bearer $(cat token)" \
  --data '[{"id":"http-t2","date":"2025-08-14","text":"Russian forces attacked Ukraine."},{"id":"http-empty","text":"  "}]' \
  "$BASE/api/v1/documents"
assert_status 201 post_skip "POST an array with an empty story"
assert_contains post_skip.body '"skipped":[{"index":1,"id":"http-empty","reason":"empty"' "the empty story is listed as skipped"

# ---------------------------------------------------------------------------
echo "# 10. the dashboard's files"
http root "$BASE/"
assert_status 200 root "GET /"
assert_contains root.body "<title>dash</title>" "/ is index.html"
assert_matches root.head '^[Cc]ontent-[Tt]ype: text/html' "index.html is text/html"
http js "$BASE/js/app.js"
assert_status 200 js "GET /js/app.js"
assert_matches js.head '^[Cc]ontent-[Tt]ype: text/javascript' ".js is text/javascript"
http css "$BASE/css/style.css"
assert_matches css.head '^[Cc]ontent-[Tt]ype: text/css' ".css is text/css"
http svg "$BASE/logo.svg"
assert_matches svg.head '^[Cc]ontent-[Tt]ype: image/svg\+xml' ".svg is image/svg+xml"
http head_js -I "$BASE/js/app.js"
assert_status 200 head_js "HEAD /js/app.js"
http missing "$BASE/missing.js"
assert_status 404 missing "GET /missing.js"
for path in "/../secret.txt" "/js/../../secret.txt" "/%2e%2e/secret.txt" "/js/%2e%2e%2f%2e%2e%2fsecret.txt" "/leak.txt"; do
  http trav --path-as-is "$BASE$path"
  if [[ "$CODE" == 400 || "$CODE" == 404 ]]; then
    it_pass "path traversal $path refused (HTTP $CODE)"
  else
    it_fail "path traversal $path: expected 400 or 404, got $CODE" trav.body
  fi
  assert_not_contains trav.body "not for the web" "path traversal $path: the file outside is not served"
done

# ---------------------------------------------------------------------------
echo "# 11. statecraft query prints the API's answers"
http q_api "$BASE/api/v1/events?actor=RUS&limit=5"
sc q_cli -- query --db store.sqlite --actor RUS --limit 5
assert_exit 0 "$RC" "query --actor RUS --limit 5"
assert_same_file <(cat q_api.body; echo) q_cli.out "query prints the same JSON as GET /api/v1/events"
http q_api_series "$BASE/api/v1/series?source=USA&granularity=week"
sc q_cli_series -- query --db store.sqlite --series --source USA --granularity week
assert_same_file <(cat q_api_series.body; echo) q_cli_series.out "query --series prints the same JSON as GET series"
sc q_table -- query --db store.sqlite --top-stories --limit 3 --format table
assert_exit 0 "$RC" "query --top-stories --format table"
assert_matches q_table.out '^events +mentions +date +doc +title' "the table has a header"
assert_line_count q_table.out 4 "header and 3 stories"
sc q_all -- query --db store.sqlite --all --limit 9
assert_eq "$(wc -l <q_all.out | tr -d ' ')" "$(sqlite3 store.sqlite 'select count(*) from events where negated = 0')" "query --all follows the pages to the end"
sc q_bad -- query --db store.sqlite --quad 7
assert_exit 1 "$RC" "query --quad 7 is an error"
assert_contains q_bad.err "quad: '7' is not a quad class (1..4)" "query: the API's message"
sc q_tl -- query --timeline "Shigeru Ishiba" --format table
assert_exit 0 "$RC" "query --timeline without a store"
assert_contains q_tl.out "JPN.prime_minister" "query --timeline: the office"

# ---------------------------------------------------------------------------
echo "# 12. without --token-file writing is off; SIGTERM stops the server"
start_server serve2 --db store.sqlite --web web
http post_off -X POST -H "Authorization: Bearer $(cat token)" --data "$STORY" "$BASE/api/v1/documents"
assert_json_error 403 post_off "POST without --token-file"
assert_contains post_off.body "--token-file" "the message says how to turn writing on"
http health2 "$BASE/api/v1/health"
assert_contains health2.body '"write":false' "health says writing is off"
kill -TERM "$SERVER_PID"
stopped=no
for ((i = 0; i < 100; i++)); do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    stopped=yes
    break
  fi
  sleep 0.1
done
assert_eq yes "$stopped" "SIGTERM stops the server within 10 s"
wait "$SERVER_PID"
assert_exit 0 "$?" "the server exits 0 on SIGTERM"
assert_contains serve2.err "statecraft: stopped" "it says it stopped"

http gone "$BASE/api/v1/health"
assert_eq 000 "$CODE" "nothing listens after the stop"

start_server serve3 --db store.sqlite --web web
kill -INT "$SERVER_PID"
wait "$SERVER_PID"
assert_exit 0 "$?" "the server exits 0 on SIGINT"

sc missing_db -- serve --port 0 --db "$WORK/no-such.sqlite"
assert_exit 1 "$RC" "serve on a missing store is an error"
assert_contains missing_db.err "statecraft serve:" "and says so"

it_finish
