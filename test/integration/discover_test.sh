#!/usr/bin/env bash
# statecraft discover on the sample corpus: both sections (unknown names and
# the verbs of sentences with an actor and no event) with counts and
# examples, the JSON form, --top, and the same output for any --threads.
#
# Usage: discover_test.sh PATH_TO_STATECRAFT
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
it_init "$@"
cd "$WORK" || exit 1

SAMPLE="$REPO/samples/world_news.jsonl"

# ---------------------------------------------------------------------------
echo "# 1. text output on the sample corpus"
sc text -- discover --top 15 --threads 1 "$SAMPLE"
assert_exit 0 "$RC" "discover on the sample corpus"
assert_matches text.out '^unknown names: top 15 of [0-9]+ \(exact counts\)$' "names section header"
assert_matches text.out '^verbs of sentences with an actor and no event \([0-9]+ sentences\): top 15 of [0-9]+' \
  "verbs section header"
# Rows: "  COUNT  KIND  NAME" and "  COUNT  yes|no  LEMMA", each followed by
# example lines "        DOC_ID: sentence".
NAMES=$(awk '/^unknown names:/ { on = 1; next } /^verbs of/ { on = 0 } on && /^ +[0-9]+  /' text.out | wc -l)
VERBS=$(awk '/^verbs of/ { on = 1; next } on && /^ +[0-9]+  (yes|no) /' text.out | wc -l)
assert_eq 15 "$NAMES" "15 name rows"
assert_eq 15 "$VERBS" "15 verb rows"
assert_matches text.out '^ +[0-9]+  (person|organization|place|\?) +  [A-Z]' "a name row has a count, a kind and a name"
assert_matches text.out '^        sample-0[0-9][0-9]: [A-Z]' "examples name their document"
# The sample names people the dictionary does not know after titles
# ("Foreign Secretary Vikram Misri") and places after "in"; "say" is its
# most frequent verb. (The whole list: which unknown names reach the top 15
# changes as the dictionary grows.)
sc all -- discover --top 1000 "$SAMPLE"
assert_matches all.out '^ +[0-9]+  person +  [A-Z]' "a name after a title is guessed a person"
assert_matches all.out '^ +[0-9]+  place +  [A-Z]' "a name after 'in' is guessed a place"
assert_matches text.out '^ +[0-9]+  yes +  say  -- untargeted 010 statements are dropped by design$' \
  "say is listed with the note on untargeted statements"
FIRST_VERB=$(awk '/^verbs of/ { on = 1; next } on && /^ +[0-9]+  (yes|no) / { print $3; exit }' text.out)
assert_eq say "$FIRST_VERB" "say is the most frequent verb"
awk '/^unknown names:/ { on = 1; next } /^verbs of/ { on = 0 } on && /^ +[0-9]+  /' text.out >names.rows
assert_no_match names.rows '  (Donald Trump|Xi Jinping|South Korea|China|Egypt)$' "dictionary names are not listed"
assert_contains text.err "discover read 40 stories" "summary on stderr"

# ---------------------------------------------------------------------------
echo "# 2. the same output for any thread count"
sc text3 -- discover --top 15 --threads 3 "$SAMPLE"
assert_same_file text.out text3.out "--threads 1 and --threads 3 give the same output"

# ---------------------------------------------------------------------------
echo "# 3. --format json"
sc json -- discover --top 5 --format json "$SAMPLE"
assert_exit 0 "$RC" "discover --format json"
for key in '"stories": 40' '"names": [' '"verbs": [' '"count":' '"kind":' '"examples": [' '"doc_id":' \
  '"has_patterns":' '"max_count_error":'; do
  assert_contains json.out "$key" "json has $key"
done
assert_eq 5 "$(grep -c '"lemma":' json.out)" "json: --top 5 verbs"
assert_eq 5 "$(grep -c '"key":' json.out)" "json: --top 5 names"

# ---------------------------------------------------------------------------
echo "# 4. errors"
sc badfmt -- discover --format xml "$SAMPLE"
assert_exit 1 "$RC" "--format xml is refused"
assert_contains badfmt.err "--format must be text or json" "the message says why"
sc missing -- discover "$WORK/no-such-file.jsonl"
assert_exit 1 "$RC" "a missing input is an error"

it_finish
