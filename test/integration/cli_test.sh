#!/usr/bin/env bash
# The statecraft command line end to end: the JSONL event format, the seed
# stories, doc ids, determinism (re-runs and thread counts), the SQLite store
# (idempotent re-runs), explain, dict lint and eval.
#
# Usage: cli_test.sh PATH_TO_STATECRAFT
# Reads ../shared/seed/ relative to the repository root when it is there.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
it_init "$@"
cd "$WORK" || exit 1

D=2025-08-13
MEET='South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo.'
ATTACK='Russian forces attacked Ukraine.'
SEED="$REPO/../shared/seed/000_82b43b2dbdc5f7a9.txt"

# ---------------------------------------------------------------------------
echo "# 1. --format jsonl: one event object per line, with the documented keys"
{
  echo "$MEET"
  echo "$ATTACK"
  echo "France praised Germany."
  echo "Iran threatened Israel."
} >stories.txt
sc fmt -- code --format jsonl --date "$D" stories.txt
assert_exit 0 "$RC" "code --format jsonl"
assert_event_lines fmt.out "code --format jsonl: every line an event object with all required keys"
assert_line_count fmt.out 5 "code --format jsonl: 5 events (the meeting both ways, attack, praise, threat)"
event_triples fmt.out >fmt.triples
for t in "KORGOV 040 JPNGOV" "JPNGOV 040 KORGOV" "RUSMIL 190 UKR" "FRA 051 DEU" "IRN 130 ISR"; do
  assert_contains fmt.triples "$t" "code --format jsonl: event $t"
done
assert_matches fmt.out '"goldstein":-?[0-9]+(\.[0-9]+)?,' "goldstein is a number"
assert_matches fmt.out '"quad_class":[1-4],' "quad_class is 1..4"
assert_no_match fmt.out '"cameo":[0-9]' "cameo is a string (leading zeros kept)"
assert_contains fmt.out '"cameo":"040"' "cameo keeps its leading zero"
assert_contains fmt.out '"time_refs":[' "time_refs is an array"
assert_matches fmt.out '"rule":"[^"]*verbs/[0-9][0-9]_[a-z_]+\.txt:[0-9]+"' "rule names a verb file and line"
assert_eq "$D" "$(json_scalar fmt.out date | sort -u)" "--date gives every event the story date"
assert_eq 5 "$(json_scalar fmt.out event_id | sort -u | wc -l)" "event ids are distinct"
assert_contains fmt.err "coded 4 stories" "summary on stderr counts the stories"
assert_not_contains fmt.out "statecraft:" "the summary is not on stdout"

sc fmt_default -- code --date "$D" stories.txt
assert_same_file fmt.out fmt_default.out "jsonl is the default format without --db"
sc fmt_none -- code --format none --date "$D" stories.txt
assert_exit 0 "$RC" "code --format none"
assert_empty fmt_none.out "code --format none: nothing on stdout"
assert_contains fmt_none.err "5 events" "code --format none: the summary still counts the events"

echo "France did not praise Germany." >negated.txt
sc neg -- code --date "$D" negated.txt
assert_empty neg.out "a negated event is left out by default"
sc neg_inc -- code --include-negated --date "$D" negated.txt
assert_line_count neg_inc.out 1 "--include-negated prints the negated event"
assert_contains neg_inc.out '"negated":true' "--include-negated: the event is marked negated"

echo "Russian forces attacked on Tuesday." >untargeted.txt
sc untargeted -- code --date "$D" untargeted.txt
assert_empty untargeted.out "an attack with no target found is not coded by default (decision 0009)"
sc untargeted_on -- code --untargeted --date "$D" untargeted.txt
assert_line_count untargeted_on.out 1 "--untargeted codes the one-actor attack"
assert_contains untargeted_on.out '"cameo":"190"' "--untargeted: the attack is 190"

# ---------------------------------------------------------------------------
echo "# 2. the seed stories with --date $D"
if [[ -f "$SEED" ]]; then
  sc seed -- code --date "$D" "$SEED"
  assert_exit 0 "$RC" "seed: code"
  assert_event_lines seed.out "seed: every line an event object with all required keys"
  assert_contains seed.err "coded 9 stories" "seed: 9 stories coded"
  assert_contains seed.err "skipped 0 stories" "seed: none skipped"
  assert_ge 20 "$(wc -l <seed.out | tr -d ' ')" "seed: at least 20 events"
  assert_ge 7 "$(distinct_doc_ids seed.out | wc -l | tr -d ' ')" "seed: events from at least 7 of the 9 stories"
  event_triples seed.out >seed.triples
  # Acts the seed states plainly (story 3: Lee met Ishiba; story 5: the US
  # tariff on Indian goods; story 8: Trump "will participate" in a video
  # conference with Zelenskiy, an intent to meet, 036; story 1: Kim Yo Jong's
  # warning).
  # Checked at the level of the CAMEO root (the exact code may be refined).
  for t in "KORGOV 04. JPNGOV" "JPNGOV 04. KORGOV" "USA 16. IND" "USAGOV 036 UKRGOV" "PRKGOV 13. -"; do
    assert_matches seed.triples "^$t\$" "seed: event ${t//./x}"
  done
  assert_no_match <(json_scalar seed.out date) '^(null|<absent>)$' "seed: every event has a date"
  assert_no_match <(json_scalar seed.out date) '^(2025-(09|1[0-2])|202[6-9])' "seed: no event dated after the story date"
  BAD_IDS=$(json_scalar seed.out doc_id | grep -cvE '^sha256-[0-9a-f]{16}$')
  assert_eq 0 "$BAD_IDS" "seed: every doc id is sha256- plus 16 hex digits"

  sc seed2 -- code --date "$D" "$SEED"
  assert_same_file seed.out seed2.out "seed: a second run prints the same bytes"
  sc seed_t1 -- code --threads 1 --date "$D" "$SEED"
  sc seed_t2 -- code --threads 2 --date "$D" "$SEED"
  assert_same_file seed_t1.out seed_t2.out "seed: --threads 1 and --threads 2 print the same bytes"
  assert_same_file seed.out seed_t1.out "seed: the default thread count prints the same bytes"
  sc seed_b1 -- code --threads 2 --batch 1 --date "$D" "$SEED"
  assert_same_file seed.out seed_b1.out "seed: --batch 1 prints the same bytes"
else
  it_skip "seed file $SEED is absent: seed checks not run"
fi

# ---------------------------------------------------------------------------
echo "# 3. doc_id is the JSONL id, unchanged"
{
  echo '{"id":"Ünïcode id/with spaces & \"quotes\"","date":"2025-08-13","text":"'"$ATTACK"'"}'
  echo '{"id":12345,"date":"2025-08-13","text":"France praised Germany."}'
  echo '{"id":"  padded  ","date":"2025-08-13","text":"Iran threatened Israel."}'
  echo '{"id":"","date":"2025-08-13","text":"Turkey condemned Greece."}'
  echo '{"id":"AFP_20250813.0042","date":"2025-08-13T14:30:00+09:00","text":"'"$MEET"'"}'
} >ids.jsonl
sc ids -- code ids.jsonl
assert_exit 0 "$RC" "JSONL with ids"
assert_contains ids.out '"doc_id":"Ünïcode id/with spaces & \"quotes\""' "doc_id: non-ASCII, spaces, slash and quotes kept"
assert_contains ids.out '"doc_id":"12345"' "doc_id: an integer id becomes its decimal string"
assert_contains ids.out '"doc_id":"  padded  "' "doc_id: surrounding spaces kept"
assert_matches ids.out '"doc_id":"sha256-[0-9a-f]{16}".*"sentence_text":"Turkey condemned Greece\."' \
  "doc_id: an empty id is replaced by the content hash"
assert_contains ids.out '"doc_id":"AFP_20250813.0042"' "doc_id: dots and underscores kept"
assert_matches ids.out '"doc_id":"AFP_20250813.0042".*"date":"2025-08-13"' "an RFC 3339 date gives the story date"
sc ids2 -- code ids.jsonl
assert_same_file ids.out ids2.out "JSONL with ids: a second run prints the same bytes"

# ---------------------------------------------------------------------------
echo "# 4. --db: re-running the same input changes nothing"
if ! command -v sqlite3 >/dev/null; then
  it_fail "the sqlite3 command-line tool is needed for the --db checks (apt-get install sqlite3)"
else
  {
    echo '{"id":"db-1","date":"2025-08-13","text":"'"$MEET"' '"$ATTACK"'"}'
    echo '{"id":"db-2","date":"2025-08-13","text":"France praised Germany. Iran threatened Israel."}'
    echo '{"id":"db-3","date":"2025-08-13","text":"France did not praise Germany."}'
    echo 'not json'
    echo '{"id":"db-5","text":"The weather was fine."}'
  } >db_in.jsonl
  db_counts() {
    sqlite3 "$1" "SELECT (SELECT count(*) FROM documents) || ' ' || (SELECT count(*) FROM events) || ' ' ||
                         (SELECT count(*) FROM sentences) || ' ' || (SELECT count(*) FROM problems)"
  }
  sc db1 -- code --db x.sqlite db_in.jsonl
  assert_exit 0 "$RC" "--db first run"
  assert_empty db1.out "--db without --format: nothing on stdout"
  FIRST=$(db_counts x.sqlite)
  assert_eq 4 "$(sqlite3 x.sqlite 'SELECT count(*) FROM documents')" "--db: one document row per coded story"
  assert_eq "db-1 db-2 db-3 db-5" "$(sqlite3 x.sqlite 'SELECT id FROM documents ORDER BY id' | tr '\n' ' ' | sed 's/ $//')" \
    "--db: document ids are the JSONL ids"
  assert_eq 6 "$(sqlite3 x.sqlite 'SELECT count(*) FROM sentences')" "--db: one sentence row per sentence"
  assert_eq 5 "$(sqlite3 x.sqlite 'SELECT count(*) FROM events WHERE negated = 0')" "--db: the 5 events"
  assert_eq 1 "$(sqlite3 x.sqlite 'SELECT count(*) FROM events WHERE negated = 1')" "--db: the negated event is stored, marked"
  assert_eq "" "$(sqlite3 x.sqlite "SELECT date FROM documents WHERE id = 'db-5'")" "--db: an undated story has date NULL"
  assert_eq "040" "$(sqlite3 x.sqlite "SELECT DISTINCT cameo FROM events WHERE doc_id = 'db-1' AND source_code = 'KORGOV'")" \
    "--db: cameo stored as text with its leading zero"
  assert_eq 0 "$(sqlite3 x.sqlite 'SELECT count(*) FROM events e LEFT JOIN documents d ON d.id = e.doc_id WHERE d.id IS NULL')" \
    "--db: every event belongs to a stored document"
  assert_eq 0 "$(sqlite3 x.sqlite "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id
                                   WHERE substr(d.text, e.source_begin + 1, e.source_end - e.source_begin) != e.source_text")" \
    "--db: every source span indexes its text in the document"
  assert_ge 1 "$(sqlite3 x.sqlite "SELECT count(*) FROM problems WHERE origin = 'db_in.jsonl:4' AND skipped = 1")" \
    "--db: the malformed line is stored as a problem with its origin"

  sc db2 -- code --db x.sqlite db_in.jsonl
  assert_exit 0 "$RC" "--db second run"
  assert_eq "$FIRST" "$(db_counts x.sqlite)" "--db twice: same numbers of documents, events, sentences, problems"
  assert_eq 2 "$(sqlite3 x.sqlite 'SELECT count(*) FROM runs')" "--db twice: each run recorded once"

  sc db3 -- code --db x.sqlite --format jsonl --threads 2 db_in.jsonl
  assert_exit 0 "$RC" "--db with --format jsonl"
  assert_eq "$FIRST" "$(db_counts x.sqlite)" "--db a third time (2 threads): still the same numbers"
  assert_line_count db3.out 5 "--db with --format jsonl: the events are printed too"
  assert_eq "$(json_scalar db3.out event_id | sort | tr '\n' ' ')" \
    "$(sqlite3 x.sqlite 'SELECT event_id FROM events WHERE negated = 0 ORDER BY event_id' | tr '\n' ' ')" \
    "--db: the stored event ids are the printed ones"

  if [[ -f "$SEED" ]]; then
    sc dbseed1 -- code --date "$D" --db seed.sqlite "$SEED"
    SEED_FIRST=$(db_counts seed.sqlite)
    sc dbseed2 -- code --date "$D" --db seed.sqlite "$SEED"
    assert_exit 0 "$RC" "--db seed second run"
    assert_eq "$SEED_FIRST" "$(db_counts seed.sqlite)" "--db seed twice: same numbers of documents, events, sentences"
    assert_eq 9 "$(sqlite3 seed.sqlite 'SELECT count(*) FROM documents')" "--db seed: 9 documents"
    # Story 4 calls Lee Jae-myung "the mayor of Seoul" and Ishiba "a former
    # Japanese prime minister": both contradict the dated roles. Nothing else
    # in the seed does ("US Treasury Secretary Scott Bessent" is right).
    assert_eq "Lee Jae-myung|Shigeru Ishiba" \
      "$(sqlite3 seed.sqlite 'SELECT DISTINCT person FROM claims WHERE contradicts = 1 ORDER BY person' | tr '\n' '|' | sed 's/|$//')" \
      "--db seed: exactly the two false claims of story 4 contradict the dictionary"
  else
    it_skip "seed file $SEED is absent: --db seed checks not run"
  fi

  sc db_bad_path -- code --date "$D" --db no/such/dir/x.sqlite stories.txt
  assert_exit 1 "$RC" "--db in a missing directory"
  assert_contains db_bad_path.err "no/such/dir/x.sqlite" "--db in a missing directory: message names the path"
  sqlite3 foreign.sqlite 'CREATE TABLE t(a)'
  sc db_foreign -- code --date "$D" --db foreign.sqlite stories.txt
  assert_exit 1 "$RC" "--db on another program's database"
  assert_contains db_foreign.err "foreign.sqlite" "--db on another program's database: message names the file"
  assert_eq "t" "$(sqlite3 foreign.sqlite "SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'")" \
    "--db on another program's database: it is left untouched"
fi

# ---------------------------------------------------------------------------
echo "# 5. explain"
sc explain -- explain --date "$D" "$MEET"
assert_exit 0 "$RC" "explain"
assert_matches explain.out "actor: 'South Korean President Lee Jae-myung' .*KORGOV" "explain: shows the source actor and its code"
assert_matches explain.out "actor: 'Japanese Prime Minister Shigeru Ishiba' .*JPNGOV" "explain: shows the target actor and its code"
assert_contains explain.out "events:" "explain: has an events section"
assert_matches explain.out '^ +KORGOV 040 JPNGOV' "explain: lists the event KORGOV 040 JPNGOV"
assert_matches explain.out '^ +JPNGOV 040 KORGOV' "explain: lists the event JPNGOV 040 KORGOV"
sc explain_old -- explain --date 2022-06-01 "Donald Trump met Narendra Modi in Delhi."
assert_matches explain_old.out "^ +USAELI 040 INDGOV" "explain --date 2022-06-01: Trump between terms is USAELI"
# An organization's title before its holder's name claims the
# organization's office: no contradiction ("World Bank President").
sc explain_org_title -- explain --date 1987-03-01 "World Bank President Barber Conable met Brazil's finance minister."
assert_matches explain_org_title.out "claim: 'President' says Barber Conable is WB.president" \
  "explain: an organization's title claims the organization's office"
assert_not_contains explain_org_title.out "CONTRADICTS" "explain: the World Bank's president holding that office is no contradiction"
# A lesser office of the same name, or a party's own office, claims nothing
# of the state's office ("Assistant Defense Secretary", "the party's president").
sc explain_assistant_title -- explain --date 1987-03-01 "Assistant Defense Secretary Richard Perle said the talks had failed."
assert_not_contains explain_assistant_title.out "claim:" "explain: an assistant secretary makes no claim to the secretary's office"
sc explain_secretary_title -- explain --date 1987-03-01 "Defense Secretary Richard Perle said the talks had failed."
assert_contains explain_secretary_title.out "CONTRADICTS" "explain: calling the assistant secretary the secretary contradicts the dictionary"
sc explain_party_title -- explain --date 1987-03-02 "The Christian Democrats may propose the party secretary or the party's president, Arnaldo Forlani, for the job."
assert_not_contains explain_party_title.out "CONTRADICTS" "explain: a party's president makes no claim to the state's presidency"
sc explain_json -- explain --format json --date "$D" "$ATTACK"
assert_exit 0 "$RC" "explain --format json"
assert_contains explain_json.out '"actors"' "explain --format json: has actors"
assert_contains explain_json.out '"events"' "explain --format json: has events"
assert_matches explain_json.out '"cameo": *"190"' "explain --format json: the attack is 190"
sc explain_none -- explain "The weather was fine."
assert_exit 0 "$RC" "explain a sentence without actors"
assert_contains explain_none.out "(none)" "explain a sentence without actors: no events"
sc explain_bad -- explain --date 2025-02-30 "$MEET"
assert_exit 1 "$RC" "explain --date 2025-02-30"
assert_contains explain_bad.err "2025-02-30" "explain --date 2025-02-30: message names the date"

# ---------------------------------------------------------------------------
echo "# 6. dict lint"
sc lint_ok -- dict lint "$REPO/data"
assert_exit 0 "$RC" "dict lint data/"
assert_contains lint_ok.err "0 errors" "dict lint data/: 0 errors"

# broken_copy NAME: a fresh copy of data/ in $WORK/NAME.
broken_copy() {
  rm -rf "$1"
  cp -r "$REPO/data" "$1"
}
# Each broken copy has one planted error; lint must exit 1 and name its file:line.
broken_copy overlap
{
  echo
  echo "person: Testperson Overlap"
  echo "country: JPN"
  echo "role: JPN.prime_minister | JPNGOV | 2025-03-01 | 2025-05-01"
} >overlap/actors/people/zz_test.txt
sc lint_overlap -- dict lint overlap
assert_exit 1 "$RC" "dict lint: overlapping terms for one office"
assert_problem lint_overlap.err overlap/actors/people/zz_test.txt:4 "overlaps" \
  "dict lint: overlap reported at zz_test.txt:4"

broken_copy badcameo
printf '\n999  frobnicate +\n' >>badcameo/verbs/04_consult.txt
LINE=$(wc -l <badcameo/verbs/04_consult.txt | tr -d ' ')
sc lint_cameo -- dict lint badcameo
assert_exit 1 "$RC" "dict lint: a verb pattern with CAMEO code 999"
assert_problem lint_cameo.err "badcameo/verbs/04_consult.txt:$LINE" "999" "dict lint: code 999 reported at 04_consult.txt:$LINE"

broken_copy badrole
printf 'person: Testperson Badrole\ncountry: JPN\nrole: JPN.testing_office | JPNXYZ | 2030-01-01 |\n' \
  >badrole/actors/people/zz_test.txt
sc lint_role -- dict lint badrole
assert_exit 1 "$RC" "dict lint: actor code JPNXYZ (XYZ is no role code)"
assert_problem lint_role.err badrole/actors/people/zz_test.txt:3 "JPNXYZ" "dict lint: JPNXYZ reported at zz_test.txt:3"

broken_copy badcountry
printf 'person: Testperson Badcountry\ncountry: QQQ\nrole: QQQ.president | QQQGOV | 2030-01-01 |\n' \
  >badcountry/actors/people/zz_test.txt
sc lint_country -- dict lint badcountry
assert_exit 1 "$RC" "dict lint: country QQQ (not an ISO 3166 code in countries.txt)"
assert_problem lint_country.err badcountry/actors/people/zz_test.txt:2 "QQQ" "dict lint: QQQ reported at zz_test.txt:2"

broken_copy baddate
printf 'person: Testperson Baddate\ncountry: JPN\nrole: JPN.testing_office | JPNGOV | 2025-02-30 |\n' \
  >baddate/actors/people/zz_test.txt
sc lint_date -- dict lint baddate
assert_exit 1 "$RC" "dict lint: date 2025-02-30"
assert_problem lint_date.err baddate/actors/people/zz_test.txt:3 "2025-02-30" "dict lint: bad date reported at zz_test.txt:3"

sc lint_missing -- dict lint no_such_dir
assert_exit 1 "$RC" "dict lint on a missing directory"
assert_contains lint_missing.err "no_such_dir" "dict lint on a missing directory: message names it"

# ---------------------------------------------------------------------------
echo "# 7. eval --gold"
cat >small.gold <<EOF
# A small gold file: four records the coder gets right and one it cannot.
id: g-1
date: $D
text: $MEET
expect: KORGOV 040 JPNGOV
expect: JPNGOV 040 KORGOV

id: g-2
date: $D
text: $ATTACK
expect: RUSMIL 190 UKR

id: g-3
date: $D
text: The weather in Paris was fine on Tuesday.
expect: none

id: g-4
date: $D
text: France praised Germany.
expect: FRA 051 DEU

id: g-5
date: $D
text: The weather was fine.
expect: FRA 051 DEU
note: unreachable on purpose: one false negative.
EOF
sc eval -- eval --gold small.gold
assert_exit 0 "$RC" "eval --gold"
assert_contains eval.out "records: 5 (4 coded exactly)" "eval: 5 records, 4 exact"
assert_matches eval.out '^\(source country, code, target country\): +P 1\.000 +R 0\.800 +F1 0\.889 +\(tp 4, fp 0, fn 1\)' \
  "eval: precision 1.000, recall 0.800, F1 0.889 on (source, code, target)"
assert_matches eval.out 'expected non-events: 1, of which coded anyway: 0' "eval: the expected non-event is counted"
sc eval_json -- eval --gold small.gold --format json
assert_exit 0 "$RC" "eval --format json"
assert_matches eval_json.out '"recall": *0\.8[,}]?' "eval --format json: recall 0.8"
assert_matches eval_json.out '"precision": *1(\.0)?[,}]?' "eval --format json: precision 1.0"
sc eval_exact -- eval --gold small.gold --exact
assert_exit 1 "$RC" "eval --exact with a record not coded exactly"
assert_contains eval_exact.err "g-5" "eval --exact: the mismatch names record g-5"
printf 'id: x-1\ntext: France praised Germany.\nexpect: FRA 051\n' >bad.gold
sc eval_bad -- eval --gold bad.gold
assert_exit 1 "$RC" "eval on a malformed gold file"
assert_problem eval_bad.err "statecraft eval: bad.gold:3" "FRA 051" "eval on a malformed gold file: message names bad.gold:3"
sc eval_missing -- eval --gold missing.gold
assert_exit 1 "$RC" "eval on a missing gold file"
assert_contains eval_missing.err "missing.gold" "eval on a missing gold file: message names it"

# ---------------------------------------------------------------------------
echo "# 8. the binary's own usage errors"
sc version -- --version
assert_exit 0 "$RC" "--version"
assert_matches version.out '^statecraft [0-9]+\.[0-9]+\.[0-9]+' "--version prints the version"
sc nosub --
assert_exit 1 "$RC" "no subcommand"
sc unknown -- frobnicate
assert_exit 1 "$RC" "unknown subcommand"

it_finish
