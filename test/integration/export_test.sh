#!/usr/bin/env bash
# statecraft export end to end: code stories into a temporary SQLite store,
# export them as GDELT 2.0 rows, JSONL and CSV, and check the GDELT table
# column by column (61 tab-separated fields, each of its type, empty where
# statecraft computes nothing), unique GLOBALEVENTIDs, byte-identical
# re-exports, the filters, and the errors.
#
# Usage: export_test.sh PATH_TO_STATECRAFT
# Also reads ../shared/seed/ and ../shared/data/reuters21578/reuters21578.jsonl
# relative to the repository root when they are there (skipped otherwise).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
it_init "$@"
cd "$WORK" || exit 1

D=2025-08-13
SEED="$REPO/../shared/seed/000_82b43b2dbdc5f7a9.txt"
REUTERS="$REPO/../shared/data/reuters21578/reuters21578.jsonl"

# gdelt_check FILE: prints "BAD line N column C (NAME): 'VALUE'" for the
# first problem of each bad line (at most 5), then "bad=K" (lines with a
# problem). Each column is checked against the type the GDELT 2.0 codebook
# gives it and against what statecraft writes there.
gdelt_check() {
  awk -F'\t' '
    function d(n,   s) { s = ""; while (n-- > 0) s = s "[0-9]"; return s }
    function bad(c, why) {
      if (!problem) {
        problem = 1
        if (++shown <= 5) printf "BAD line %d column %d (%s): %s: \047%s\047\n", NR, c, name[c], why, $c
      }
    }
    function is_code3(v) { return v == "" || v ~ /^[A-Z0-9][A-Z0-9][A-Z0-9]$/ }
    BEGIN {
      split("GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode " \
            "Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code " \
            "Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode " \
            "Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code " \
            "Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale " \
            "NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName " \
            "Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long " \
            "Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code " \
            "Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type " \
            "ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat " \
            "ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL", name, " ")
      re_date = "^[12]" d(3) "[01][0-9][0-3][0-9]$"
      re_month = "^[12]" d(3) "[01][0-9]$"
      re_fraction = "^[12]" d(3) "\\." d(4) "$"
      re_added = "^20" d(12) "$"
      re_code = "^([A-Z0-9][A-Z0-9][A-Z0-9])+$"
    }
    {
      problem = 0
      if (NF != 61) { bad(1, "has " NF " fields, not 61"); nbad++; next }
      # GLOBALEVENTID: an integer below 2^52 (at most 16 digits), no leading zero.
      if ($1 !~ /^(0|[1-9][0-9]*)$/ || length($1) > 16) bad(1, "not an integer below 2^52")
      if ($2 !~ re_date) bad(2, "not YYYYMMDD")
      if ($3 !~ re_month || $3 != substr($2, 1, 6)) bad(3, "not the YYYYMM of SQLDATE")
      if ($4 != substr($2, 1, 4)) bad(4, "not the YYYY of SQLDATE")
      if ($5 !~ re_fraction || substr($5, 1, 4) != $4) bad(5, "not YYYY.FFFF")
      if ($6 !~ re_code) bad(6, "not 3-letter blocks")
      if ($7 == "") bad(7, "empty name")
      for (c = 8; c <= 15; c++) if (!is_code3($c)) bad(c, "not a 3-letter code")
      if ($10 != "") bad(10, "ethnic codes are not computed")
      if ($16 != "" && $16 !~ re_code) bad(16, "not 3-letter blocks")
      if (($16 == "") != ($17 == "")) bad(17, "a name without a code or a code without a name")
      for (c = 18; c <= 25; c++) {
        if (!is_code3($c)) bad(c, "not a 3-letter code")
        if ($16 == "" && $c != "") bad(c, "set without an Actor2")
      }
      if ($20 != "") bad(20, "ethnic codes are not computed")
      if ($26 !~ /^[01]$/) bad(26, "not 0/1")
      if ($27 !~ /^[0-2][0-9][0-9]?[0-9]?$/) bad(27, "not a 2-4 digit CAMEO string")
      if ($28 != substr($27, 1, (length($27) > 3 ? 3 : length($27)))) bad(28, "not the first 3 digits of EventCode")
      if ($29 != substr($27, 1, 2) || $29 < 1 || $29 > 20) bad(29, "not the root 01..20 of EventCode")
      if ($30 !~ /^[1-4]$/) bad(30, "not 1..4")
      if ($31 !~ /^-?[0-9][0-9]?\.[0-9]$/ || $31 + 0 < -10 || $31 + 0 > 10) bad(31, "not -10.0..10.0")
      for (c = 32; c <= 34; c++) if ($c !~ /^[1-9][0-9]*$/) bad(c, "not a positive count")
      if ($32 + 0 < $34 + 0) bad(32, "fewer mentions than articles")
      for (c = 35; c <= 59; c++) if ($c != "") bad(c, "must be empty")
      if ($60 !~ re_added) bad(60, "not YYYYMMDDHHMMSS")
      nbad += problem
    }
    END { print "bad=" nbad + 0 }' "$1"
}

# check_gdelt_export FILE LABEL: every line 61 fields of the right types,
# unique GLOBALEVENTIDs.
check_gdelt_export() {
  local file="$1" label="$2" report
  report=$(gdelt_check "$file")
  if [[ "$(tail -n 1 <<<"$report")" == "bad=0" ]]; then
    it_pass "$label: every line has 61 tab-separated fields of the GDELT 2.0 types ($(wc -l <"$file" | tr -d ' ') lines)"
  else
    it_fail "$label: lines that break the GDELT 2.0 table"
    sed 's/^/  | /' <<<"$report" | cut -c1-300
  fi
  assert_eq 0 "$(cut -f1 "$file" | sort | uniq -d | wc -l | tr -d ' ')" "$label: GLOBALEVENTIDs are unique"
}

# ---------------------------------------------------------------------------
echo "# 1. a small corpus: code into SQLite, export in the three formats"
{
  echo "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo."
  echo "Russian forces attacked Ukraine. The United Nations condemned Russia."
  echo "France praised Germany."
  echo "Iran threatened Israel."
  echo "France did not praise Germany."
} >stories.txt
sc code -- code --db small.sqlite --date "$D" stories.txt
assert_exit 0 "$RC" "code --db"
sc gdelt -- export --format gdelt --db small.sqlite
assert_exit 0 "$RC" "export --format gdelt"
check_gdelt_export gdelt.out "small"
assert_ge 6 "$(wc -l <gdelt.out | tr -d ' ')" "small: at least 6 events exported"
assert_contains gdelt.err "exported" "the summary goes to stderr"
assert_not_contains gdelt.out "statecraft:" "nothing but rows on stdout"
assert_matches gdelt.out $'\tKORGOV\tLee Jae-myung\tKOR\t\t\t\t\tGOV\t\t\tJPNGOV\t' "KORGOV and JPNGOV split into country and type columns"
assert_matches gdelt.out $'\tIGOUNO\tUnited Nations\t\tUNO\t\t\t\tIGO\t\t\t' "IGOUNO: no country, known group UNO, type IGO"
assert_matches gdelt.out $'\t1\t04[0-9]\t04[0-9]\t04\t1\t' "the meeting: root event, CAMEO 04x kept as a string"
assert_matches gdelt.out $'^[0-9]+\t20250813\t202508\t2025\t2025\\.6110\t' "dates: SQLDATE, MonthYear, Year, FractionDate"

sc gdelt2 -- export --format gdelt --db small.sqlite
assert_same_file gdelt.out gdelt2.out "exporting twice gives the same bytes"

sc jsonl -- export --format jsonl --db small.sqlite
assert_exit 0 "$RC" "export --format jsonl"
assert_event_lines jsonl.out "export --format jsonl"
assert_eq "$(wc -l <gdelt.out | tr -d ' ')" "$(wc -l <jsonl.out | tr -d ' ')" "jsonl and gdelt export the same events"
# GLOBALEVENTID is the event id's first 13 hex digits, row for row.
MISMATCH=0
paste <(cut -f1 gdelt.out) <(json_scalar jsonl.out event_id) >ids.txt
while IFS=$'\t' read -r gid eid; do
  [[ "$gid" == "$((16#${eid:0:13}))" ]] || MISMATCH=$((MISMATCH + 1))
done <ids.txt
assert_eq 0 "$MISMATCH" "GLOBALEVENTID = first 13 hex digits of event_id, in the same order"
assert_no_match jsonl.out '"negated":true' "negated events are left out by default"

sc neg -- export --format jsonl --include-negated --db small.sqlite
assert_matches neg.out '"negated":true' "--include-negated exports the negated event"
assert_eq $(($(wc -l <jsonl.out) + $(grep -c '"negated":true' neg.out))) "$(wc -l <neg.out | tr -d ' ')" \
  "--include-negated adds exactly the negated events"

sc csv -- export --format csv --db small.sqlite
assert_exit 0 "$RC" "export --format csv"
HEADER='event_id,doc_id,sentence,date,date_precision,source_code,source_country,source_name,target_code,target_country,target_name,cameo,root,quad_class,goldstein,plover,plover_mode,plover_context,negated,background,modality,merged_id,num_mentions,num_sources,num_articles,url,rule,sentence_text'
assert_eq "$HEADER" "$(head -n 1 csv.out | tr -d '\r')" "csv: the header line"
assert_eq "$(wc -l <csv.out | tr -d ' ')" "$(grep -c $'\r$' csv.out)" "csv: every record ends with CRLF"
assert_eq $(($(wc -l <gdelt.out) + 1)) "$(wc -l <csv.out | tr -d ' ')" "csv: a header and one record per event"
assert_matches csv.out ',"?0[0-9][0-9]"?,0[0-9],' "csv: CAMEO codes keep their leading zeros"

# ---------------------------------------------------------------------------
echo "# 2. filters give exactly the matching rows of the full export"
# filter_check LABEL AWK_CONDITION EXPORT_ARGS...: the filtered export equals
# the rows of gdelt.out that satisfy the condition (as sets of lines).
filter_check() {
  local label="$1" cond="$2"
  shift 2
  sc filtered -- export --format gdelt --db small.sqlite "$@"
  assert_exit 0 "$RC" "$label"
  awk -F'\t' "$cond" gdelt.out | sort >expected.txt
  sort filtered.out >got.txt
  if [[ ! -s expected.txt ]]; then
    it_fail "$label: the fixture has no matching row to compare"
  fi
  assert_same_file expected.txt got.txt "$label: exactly the matching rows ($(wc -l <got.txt | tr -d ' '))"
}
filter_check "--cameo 04" '$29 == "04"' --cameo 04
filter_check "--actor KOR" '$8 == "KOR" || $18 == "KOR"' --actor KOR
filter_check "--actor IGOUNO" '$6 == "IGOUNO" || $16 == "IGOUNO"' --actor IGOUNO
filter_check "--source RUS" '$8 == "RUS"' --source RUS
filter_check "--target DEU" '$18 == "DEU"' --target DEU
filter_check "--from/--to" '$2 == "20250813"' --from 2025-08-13 --to 2025-08-13
sc none -- export --format gdelt --db small.sqlite --from 2025-08-14
assert_empty none.out "--from after every event: nothing"

# ---------------------------------------------------------------------------
echo "# 3. errors"
sc e1 -- export --format xml --db small.sqlite
assert_exit 1 "$RC" "unknown --format"
sc e2 -- export --format gdelt --db "$WORK/missing.sqlite"
assert_exit 1 "$RC" "a store that does not exist"
assert_eq 0 "$([[ -e "$WORK/missing.sqlite" ]] && echo 1 || echo 0)" "export creates no store"
sc e3 -- export --format gdelt --db small.sqlite --from 2025-02-30
assert_exit 1 "$RC" "an impossible --from date"
sc e4 -- export --format gdelt --db small.sqlite --cameo 4x
assert_exit 1 "$RC" "a --cameo that is not digits"
sc e5 -- export --db small.sqlite
assert_exit 1 "$RC" "--format is required"

# ---------------------------------------------------------------------------
echo "# 4. the seed stories"
if [[ -f "$SEED" ]]; then
  sc seed_code -- code --db seed.sqlite --date "$D" "$SEED"
  assert_exit 0 "$RC" "seed: code --db"
  sc seed -- export --format gdelt --db seed.sqlite
  assert_exit 0 "$RC" "seed: export --format gdelt"
  check_gdelt_export seed.out "seed"
  assert_ge 20 "$(wc -l <seed.out | tr -d ' ')" "seed: at least 20 events"
  sc seed2 -- export --format gdelt --db seed.sqlite
  assert_same_file seed.out seed2.out "seed: exporting twice gives the same bytes"
else
  it_skip "seed: $SEED is absent"
fi

# ---------------------------------------------------------------------------
echo "# 5. the Reuters-21578 corpus"
if [[ -f "$REUTERS" ]]; then
  sc reuters_code --timeout 100 -- code --db reuters.sqlite -q "$REUTERS"
  assert_exit 0 "$RC" "reuters: code --db"
  sc reuters --timeout 60 -- export --format gdelt --db reuters.sqlite
  assert_exit 0 "$RC" "reuters: export --format gdelt"
  check_gdelt_export reuters.out "reuters"
  assert_ge 1000 "$(wc -l <reuters.out | tr -d ' ')" "reuters: at least 1000 events"
  assert_matches reuters.out $'^[0-9]+\t1987' "reuters: events dated 1987"
  sc reuters2 --timeout 60 -- export --format gdelt --db reuters.sqlite
  assert_same_file reuters.out reuters2.out "reuters: exporting twice gives the same bytes"
  echo "# reuters: $(wc -l <reuters.out | tr -d ' ') GDELT rows"
else
  it_skip "reuters: $REUTERS is absent"
fi

it_finish
