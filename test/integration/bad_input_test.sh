#!/usr/bin/env bash
# statecraft code against bad and varied input: broken bytes, broken JSONL,
# broken feeds, HTML boilerplate, huge lines, missing paths, directories,
# stdin, --strict. Every problem message must say where (file:line, or the
# document id), good stories next to bad ones must still be coded, and exit
# statuses must follow tools/code_command.cc: 0 when the input was read to
# the end, 1 for usage and I/O errors, and with --strict 1 when a story was
# skipped.
#
# Usage: bad_input_test.sh PATH_TO_STATECRAFT
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
it_init "$@"
cd "$WORK" || exit 1

D=2025-08-13
# Sentences the builtin dictionary codes (one event or a pair each).
MEET='South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo.'
ATTACK='Russian forces attacked Ukraine.'

# ---------------------------------------------------------------------------
echo "# 1. plain text: invalid UTF-8, NUL and control bytes, blank lines, CRLF, BOM"
{
  printf '\xef\xbb\xbf%s\n' "$MEET"                                     # 1: BOM
  printf '\n'                                                           # 2: separator
  printf '   \t  \n'                                                    # 3: whitespace only
  printf 'Russian forces attacked Ukraine \xff\xfe near the border.\n'  # 4: invalid UTF-8
  printf 'France praised\x00Germany.\n'                                 # 5: NUL
  printf 'India criticized Pakistan.\r\n'                               # 6: CRLF
  printf 'Turkey\x01condemned Greece.\n'                                # 7: control char
  printf '\n'                                                           # 8: separator
} >text.txt
sc text -- code --date "$D" text.txt
assert_exit 0 "$RC" "text with bad bytes: read to the end"
assert_event_lines text.out "text with bad bytes: one event object per line"
assert_valid_utf8 text.out "text with bad bytes: stdout is valid UTF-8"
assert_eq 5 "$(distinct_doc_ids text.out | wc -l)" "text with bad bytes: all 5 non-empty stories yield events"
assert_contains text.err "coded 5 stories" "text with bad bytes: summary counts 5 coded stories"
assert_contains text.err "skipped 1 stories" "text with bad bytes: summary counts 1 skipped story"
assert_problem text.err text.txt:3 "skipped" "whitespace-only line: skipped, message names text.txt:3"
assert_no_problem text.err text.txt:2 "empty separator line 2: no message"
assert_no_problem text.err text.txt:8 "empty separator line 8: no message"
assert_problem text.err text.txt:4 "invalid UTF-8" "invalid UTF-8: warning names text.txt:4"
assert_problem text.err text.txt:4 "doc sha256-" "invalid UTF-8: warning names the doc id"
assert_problem text.err text.txt:5 "NUL" "NUL byte: warning names text.txt:5"
assert_problem text.err text.txt:7 "control" "control byte: warning names text.txt:7"
sentence_texts text.out >text.sentences
assert_contains text.sentences $'Ukraine \xef\xbf\xbd\xef\xbf\xbd near' \
  "invalid bytes become U+FFFD in sentence_text"
assert_contains text.sentences "France praised Germany." "a NUL becomes a space (words do not merge)"
assert_contains text.sentences "Turkey condemned Greece." "a control byte becomes a space"
assert_not_contains text.out '\r' "CRLF: no carriage return left in any event"
assert_not_contains text.out $'\xef\xbb\xbf' "BOM: not part of the text"
head -n 1 text.out >text.first
assert_contains text.first '"text":"South Korean President Lee Jae-myung","span":[0,36]' \
  "BOM: dropped before the text, so spans start at the first letter"

# Only NUL/invalid bytes, no skipped story: --strict still exits 0.
printf 'France praised\x00Germany.\nRussian forces attacked Ukraine \xff today.\n' >warn_only.txt
sc warn_strict -- code --strict --date "$D" warn_only.txt
assert_exit 0 "$RC" "--strict with warnings but no skipped story"
assert_eq 2 "$(distinct_doc_ids warn_strict.out | wc -l)" "--strict with warnings: both stories coded"
sc text_strict -- code --strict --date "$D" text.txt
assert_exit 1 "$RC" "--strict with a skipped (whitespace-only) story"
assert_eq 5 "$(distinct_doc_ids text_strict.out | wc -l)" "--strict: the good stories are still coded"
assert_problem text_strict.err text.txt:3 "skipped" "--strict: the skip is reported with its location"

# An input that is nothing but blank lines and an empty file.
printf '\n\n\n' >blank.txt
: >empty.txt
sc blank -- code --date "$D" blank.txt empty.txt
assert_exit 0 "$RC" "blank-only and empty files"
assert_empty blank.out "blank-only and empty files: no events"
assert_contains blank.err "coded 0 stories" "blank-only and empty files: summary says 0 stories"

# ---------------------------------------------------------------------------
echo "# 2. a 10 MB single line: coded or skipped, quickly, with a clear message"
# News-like text: every sentence names actors, one in four holds an event.
PARA="$MEET The two leaders spoke about trade, security and history for two hours. Officials in Seoul said the talks were useful, and markets rose slightly. Russian forces attacked Ukraine overnight, the ministry in Kyiv said. "
{
  yes "$PARA" | head -c $((10 * 1024 * 1024)) | tr -d '\n'
  printf '\n%s\n' "$ATTACK"
} >big.txt
# --format none: coding this many events would print ~100 MB of JSON; the
# summary line says what was coded. The time-out only catches a hang or a
# quadratic blow-up (seconds become hours); speed is measured by bench/.
sc big --timeout 180 -- code --format none --date "$D" big.txt
if [[ $RC -ne 124 && $RC -ne 137 ]]; then  # (a time-out is already reported)
  assert_exit 0 "$RC" "10 MB line: read to the end"
  if grep -q "coded 2 stories" big.err; then
    it_pass "10 MB line: coded (and the story after it too)"
    assert_matches big.err 'coded 2 stories .*, [0-9]{4,} events' "10 MB line: its events are counted"
  elif grep -q "coded 1 stories" big.err; then
    assert_problem big.err big.txt:1 "skipped" "10 MB line: skipped with a message naming big.txt:1"
  else
    it_fail "10 MB line: expected 'coded 2 stories' (coded) or 'coded 1 stories' plus a skip message" big.err
  fi
  assert_ge 1 "$(wc -l <big.err)" "10 MB line: a summary line on stderr"
  assert_le 5 "$(lines_at big.err big.txt:1 | wc -l)" "10 MB line: a few messages at most, no flood"
fi
rm -f big.txt

# A long line with no sentence end is cut into many pieces: that must give
# one clear message, not one per piece.
{
  yes "the quick brown fox jumps over the lazy dog" | head -c $((1024 * 1024)) | tr '\n' ' '
  printf '\n%s\n' "$ATTACK"
} >soup.txt
sc soup --timeout 120 -- code --date "$D" soup.txt
assert_exit 0 "$RC" "1 MB line without sentence ends: read to the end"
assert_contains soup.err "soup.txt:1" "1 MB line without sentence ends: message names soup.txt:1"
assert_le 10 "$(wc -l <soup.err)" "1 MB line without sentence ends: a few stderr lines, not one per cut"
assert_eq 1 "$(json_scalar soup.out doc_id | sort -u | wc -l)" "1 MB line without sentence ends: the next story is coded"

# ---------------------------------------------------------------------------
echo "# 3. JSONL: malformed lines between good ones, unknown fields, bad dates"
{
  echo '{"id":"good-1","date":"2025-08-13","text":"'"$MEET"'"}'
  echo '{"id":"bad-2","date":"2025-08-13","text":"unterminated'
  echo 'this is not json at all'
  echo '{"id":"good-4","date":"2025-08-13","text":"'"$ATTACK"'","mood":"grim","extra":{"a":1}}'
  echo '[1,2,3]'
  echo '{"id":"notext-6","date":"2025-08-13"}'
  echo '{"id":"nodate-7","text":"France praised Germany."}'
  echo '{"id":"baddate-8","date":"2025-02-30","text":"India criticized Pakistan."}'
  echo '{"id":"num-9","date":"2025-08-13","text":42}'
  echo '{"id":"good-10","date":"2025-08-13","text":"Turkey condemned Greece.","mood":"calm"}'
  echo ''
  echo '   '
  printf '{"id":"raw-13","date":"2025-08-13","text":"Iran threatened Israel. \xc3\x28 bad"}\n'
  echo '{"id":"good-14","date":"2025-08-13","text":"Egypt hosted Jordanian officials."}'
} >in.jsonl
sc jsonl -- code in.jsonl
assert_exit 0 "$RC" "JSONL with bad lines: read to the end"
assert_event_lines jsonl.out "JSONL: one event object per line"
assert_eq "good-1 good-4 nodate-7 baddate-8 good-10 raw-13 good-14" \
  "$(distinct_doc_ids jsonl.out | tr '\n' ' ' | sed 's/ $//')" "JSONL: every good line coded, in input order, ids unchanged"
assert_contains jsonl.err "coded 7 stories" "JSONL: summary counts 7 coded stories"
assert_contains jsonl.err "skipped 5 stories" "JSONL: summary counts 5 skipped lines"
assert_problem jsonl.err in.jsonl:2 "skipped" "JSONL: unterminated string skipped, message names in.jsonl:2"
assert_problem jsonl.err in.jsonl:2 "column" "JSONL: the malformed-line message gives the column"
assert_problem jsonl.err in.jsonl:3 "skipped" "JSONL: non-JSON line skipped, message names in.jsonl:3"
assert_problem jsonl.err in.jsonl:5 "skipped" "JSONL: array line skipped, message names in.jsonl:5"
assert_problem jsonl.err in.jsonl:6 "notext-6" "JSONL: missing text skipped, message names the doc id"
assert_problem jsonl.err in.jsonl:9 "num-9" "JSONL: non-string text skipped, message names the doc id"
assert_problem jsonl.err in.jsonl:4 'unknown field "mood"' "JSONL: unknown field reported at in.jsonl:4"
assert_problem jsonl.err in.jsonl:4 'unknown field "extra"' "JSONL: second unknown field reported too"
assert_eq 1 "$(grep -c 'unknown field "mood"' jsonl.err)" "JSONL: an unknown field is reported once per file"
assert_problem jsonl.err in.jsonl:7 "nodate-7" "JSONL: missing date: warning names in.jsonl:7 and the doc id"
assert_problem jsonl.err in.jsonl:7 "no date" "JSONL: missing date: the warning says so"
assert_problem jsonl.err in.jsonl:8 "2025-02-30" "JSONL: impossible date: warning names in.jsonl:8 and the date"
assert_problem jsonl.err in.jsonl:8 "baddate-8" "JSONL: impossible date: warning names the doc id"
assert_problem jsonl.err in.jsonl:13 "invalid UTF-8" "JSONL: raw invalid byte repaired, warning names in.jsonl:13"
assert_no_problem jsonl.err in.jsonl:11 "JSONL: empty line 11: no message"
assert_no_problem jsonl.err in.jsonl:12 "JSONL: whitespace-only line 12: no message"
json_scalar jsonl.out date >jsonl.dates
paste -d' ' <(json_scalar jsonl.out doc_id) jsonl.dates >jsonl.iddates
assert_matches jsonl.iddates '^nodate-7 null$' "JSONL: missing date: events have date null"
assert_matches jsonl.iddates '^baddate-8 null$' "JSONL: impossible date: events have date null"
assert_no_match jsonl.iddates '^(nodate-7|baddate-8) [^n]' "JSONL: no date invented for undated stories"
assert_matches jsonl.iddates '^good-1 2025-08-13$' "JSONL: dated story keeps its date"

sc jsonl_date -- code --date "$D" in.jsonl
paste -d' ' <(json_scalar jsonl_date.out doc_id) <(json_scalar jsonl_date.out date) >jsonl_date.iddates
assert_matches jsonl_date.iddates '^nodate-7 2025-08-13$' "JSONL + --date: undated story gets the default date"
assert_matches jsonl_date.iddates '^baddate-8 2025-08-13$' "JSONL + --date: impossible date falls back to --date"
assert_problem jsonl_date.err in.jsonl:8 "2025-02-30" "JSONL + --date: impossible date still warned about"

sc jsonl_strict -- code --strict in.jsonl
assert_exit 1 "$RC" "JSONL --strict with skipped lines"
assert_same_file jsonl.out jsonl_strict.out "JSONL --strict: the same events are still printed"

# A JSON escape of a lone surrogate: coded (repaired) or skipped, with its line.
echo '{"id":"sur-1","date":"2025-08-13","text":"Russian forces attacked Ukraine. Caf\u00e9 \ud800 x"}' >sur.jsonl
sc sur -- code sur.jsonl
assert_exit 0 "$RC" "JSONL lone surrogate escape: read to the end"
if grep -q '"doc_id":"sur-1"' sur.out; then
  it_pass "JSONL lone surrogate escape: story coded"
  assert_valid_utf8 sur.out "JSONL lone surrogate escape: stdout is valid UTF-8"
else
  assert_problem sur.err sur.jsonl:1 "skipped" "JSONL lone surrogate escape: skipped with sur.jsonl:1"
fi

# ---------------------------------------------------------------------------
echo "# 4. feeds: truncated RSS and Atom, entity tricks, not a feed"
cat >feed.rss <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Test Wire</title>
<item>
<title>Summit</title>
<guid>rss-1</guid>
<pubDate>Wed, 13 Aug 2025 10:00:00 GMT</pubDate>
<description>$MEET</description>
</item>
<item>
<title>War</title>
<guid>rss-2</guid>
<pubDate>Wed, 13 Aug 2025 11:00:00 GMT</pubDate>
<description>&lt;p&gt;$ATTACK&lt;/p&gt;&lt;script&gt;Japan attacked China.&lt;/script&gt;</description>
</item>
<item>
<title>Cut</title>
<guid>rss-3</guid>
<description>France praised Germ
EOF
sc rss -- code feed.rss
assert_exit 0 "$RC" "truncated RSS: read to the end"
assert_eq "rss-1 rss-2" "$(distinct_doc_ids rss.out | tr '\n' ' ' | sed 's/ $//')" "truncated RSS: the complete items are coded"
assert_matches rss.err '^feed\.rss:[0-9]+: skipped' "truncated RSS: skip message names feed.rss:LINE"
assert_not_contains rss.out "Japan attacked China" "RSS: script inside an item's HTML is not text"
assert_not_contains rss.out "France praised" "truncated RSS: the cut item is not coded"
assert_no_match <(json_scalar rss.out date) '^(null|<absent>)$' "RSS: pubDate gives the events a date"

cat >feed.atom <<EOF
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Wire</title>
<entry>
<id>atom-1</id>
<published>2025-08-13T09:00:00Z</published>
<title>War</title>
<content type="html">&lt;p&gt;$ATTACK&lt;/p&gt;&lt;style&gt;.x { Iran threatened Israel }&lt;/style&gt;</content>
</entry>
<entry>
<id>atom-2</id>
<published>2025-08-13T09:00:00Z</published>
<title>Broken</title>
<content type="html">India criticized Pakistan.
</entry>
</feed>
EOF
sc atom -- code feed.atom
assert_exit 0 "$RC" "malformed Atom: read to the end"
assert_eq "atom-1" "$(distinct_doc_ids atom.out | tr '\n' ' ' | sed 's/ $//')" "malformed Atom: the complete entry is coded"
assert_matches atom.err '^feed\.atom:[0-9]+: skipped' "malformed Atom: skip message names feed.atom:LINE"
assert_not_contains atom.out "Iran threatened" "Atom: style inside an entry's HTML is not text"

# Exponential entities and an external entity: no blow-up, no file read.
{
  echo '<?xml version="1.0"?>'
  echo '<!DOCTYPE rss ['
  echo ' <!ENTITY a "Russian forces attacked Ukraine. ">'
  prev=a
  for e in b c d e f g h i; do
    echo " <!ENTITY $e \"$(printf "&$prev;%.0s" 1 2 3 4 5 6 7 8 9 10)\">"
    prev=$e
  done
  echo ' <!ENTITY xxe SYSTEM "file:///etc/passwd">'
  echo ']>'
  echo '<rss version="2.0"><channel><title>T</title>'
  echo '<item><guid>lol-1</guid><description>France praised Germany. &i;</description></item>'
  echo '</channel></rss>'
} >lol.rss
sc lol --timeout 120 -- code --date "$D" lol.rss
assert_exit 0 "$RC" "entity expansion bomb: read to the end"
assert_ge 1 "$(lines_at lol.err lol.rss | wc -l)" "entity expansion bomb: a message names lol.rss"
LOL_EVENTS=$(wc -l <lol.out | tr -d ' ')
if ((LOL_EVENTS < 100)); then
  it_pass "entity expansion bomb: entities not expanded ($LOL_EVENTS events)"
else
  it_fail "entity expansion bomb: $LOL_EVENTS events, the entities were expanded"
fi

cat >xxe.rss <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>T</title>
<item><guid>xxe-1</guid><description>France praised Germany. &xxe; Russian forces attacked Ukraine.</description></item>
</channel></rss>
EOF
sc xxe -- code --date "$D" xxe.rss
assert_exit 0 "$RC" "external entity: read to the end"
assert_not_contains xxe.out "root:" "external entity: /etc/passwd is not read into the text"
assert_eq 1 "$(distinct_doc_ids xxe.out | grep -c '^xxe-1$')" "external entity: the item itself is coded"

printf '<html><body><p>%s</p></body></html>\n' "$ATTACK" >notafeed.rss
: >emptyfeed.xml
printf 'plain text, not XML\n' >text.atom
sc notfeed -- code --date "$D" notafeed.rss emptyfeed.xml text.atom
assert_exit 0 "$RC" "not-a-feed files: read to the end"
assert_empty notfeed.out "not-a-feed files: no events"
assert_matches notfeed.err '^notafeed\.rss(:[0-9]+)?: skipped' "HTML in a .rss file: skipped, message names the file"
assert_matches notfeed.err '^emptyfeed\.xml(:[0-9]+)?: skipped' "empty .xml file: skipped, message names the file"
assert_matches notfeed.err '^text\.atom(:[0-9]+)?: skipped' "plain text in a .atom file: skipped, message names the file"

# ---------------------------------------------------------------------------
echo "# 5. HTML: scripts, styles and navigation are not story text"
cat >article.html <<EOF
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Summit news</title>
<meta property="article:published_time" content="2025-08-13T08:00:00Z">
<style>body { color: red; } .note:before { content: "Cuba praised Venezuela." }</style>
<script>var s = "North Korea attacked South Korea."; document.write(s);</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/w">France condemned Germany.</a></nav>
<article>
<h1>Leaders meet</h1>
<p>$MEET</p>
<script>console.log("Egypt accused Sudan of spying.");</script>
<p>$ATTACK</p>
</article>
</body></html>
EOF
sc html -- code article.html
assert_exit 0 "$RC" "HTML article: read to the end"
assert_event_lines html.out "HTML article: one event object per line"
sentence_texts html.out >html.sentences
assert_contains html.sentences "$ATTACK" "HTML article: paragraph text is coded"
assert_contains html.sentences "Shigeru Ishiba in Tokyo." "HTML article: first paragraph is coded"
for boiler in "North Korea attacked" "document.write" "console.log" "Egypt accused" "color: red" \
  "Cuba praised" "France condemned" "Home"; do
  assert_not_contains html.sentences "$boiler" "HTML article: '$boiler' (script/style/nav) not in any sentence_text"
done
assert_no_match <(json_scalar html.out date) '^(null|<absent>)$' "HTML article: published_time gives the date"

printf '<html><head><script>%s</script></head><body><nav>%s</nav></body></html>\n' "$ATTACK" "$ATTACK" >boiler.html
sc boiler -- code boiler.html
assert_exit 0 "$RC" "HTML with only script and nav: read to the end"
assert_empty boiler.out "HTML with only script and nav: no events"
assert_problem boiler.err boiler.html "skipped" "HTML with only script and nav: skipped, message names the file"

# ---------------------------------------------------------------------------
echo "# 6. a path that does not exist, among good inputs"
echo "$ATTACK" >ok.txt
echo '{"id":"after-missing","date":"2025-08-13","text":"France praised Germany."}' >after.jsonl
sc missing -- code --date "$D" ok.txt no/such/dir/missing.txt after.jsonl
assert_exit 1 "$RC" "missing input path: exit 1"
assert_contains missing.err "no/such/dir/missing.txt" "missing input path: message names the path"
assert_eq 2 "$(distinct_doc_ids missing.out | wc -l)" "missing input path: the inputs before and after it are coded"
assert_contains missing.out '"doc_id":"after-missing"' "missing input path: the input after it is coded"
sc missing_strict -- code --strict --date "$D" ok.txt missing.jsonl
assert_exit 1 "$RC" "missing input path with --strict: exit 1"
assert_contains missing_strict.err "missing.jsonl" "missing input path with --strict: message names the path"

# ---------------------------------------------------------------------------
echo "# 7. a directory with mixed files"
mkdir -p dir/sub dir/.hidden_dir
echo "$ATTACK" >dir/a.txt
printf '{"id":"dir-json-1","date":"2025-08-13","text":"France praised Germany."}\nnot json\n' >dir/b.jsonl
cp feed.rss dir/c.rss
cp article.html dir/d.html
echo "India criticized Pakistan." >dir/sub/e.txt
echo "Iran threatened Israel." >dir/.hidden.txt
echo "Iran threatened Israel." >dir/.hidden_dir/x.txt
: >dir/empty.txt
printf 'Brazil\x00\xff\xfe\x01accused Argentina of spying.\n\x80\x81\x82\n' >dir/blob.bin
ln -s .. dir/loop
sc dir -- code --date "$D" dir
assert_exit 0 "$RC" "directory with mixed files: read to the end"
assert_event_lines dir.out "directory: one event object per line"
distinct_doc_ids dir.out >dir.ids
assert_contains dir.ids "dir-json-1" "directory: the JSONL file is read as JSONL"
assert_contains dir.ids "rss-1" "directory: the .rss file is read as a feed"
assert_problem dir.err dir/b.jsonl:2 "skipped" "directory: malformed JSONL line named dir/b.jsonl:2"
assert_matches dir.err '^dir/c\.rss:[0-9]+: skipped' "directory: truncated feed named dir/c.rss:LINE"
assert_contains dir.err "dir/blob.bin" "directory: repairs in the binary file name it"
assert_not_contains dir.out "Iran threatened" "directory: hidden files and directories are not read"
assert_not_contains dir.out "North Korea attacked" "directory: HTML scripts are not read"
sentence_texts dir.out >dir.sentences
# Files are read in sorted path order: a.txt, b.jsonl, blob.bin, c.rss, d.html, sub/e.txt.
ORDER=$(awk -v a="Russian forces attacked Ukraine." -v b="France praised Germany." \
  -v c="Shigeru Ishiba in Tokyo." -v e="India criticized Pakistan." '
  index($0, a) && !ia { ia = NR } index($0, b) && !ib { ib = NR }
  index($0, c) && !ic { ic = NR } index($0, e) && !ie { ie = NR }
  END { print (ia && ib && ic && ie && ia < ib && ib < ic && ic < ie) ? "sorted" : "unsorted " ia " " ib " " ic " " ie }' dir.sentences)
assert_eq sorted "$ORDER" "directory: files are read in sorted path order"
sc dir_again -- code --date "$D" dir
assert_same_file dir.out dir_again.out "directory: a second run prints the same bytes"

# ---------------------------------------------------------------------------
echo "# 8. stdin with -"
sc stdin_text --stdin text.txt -- code --date "$D" -
assert_exit 0 "$RC" "stdin text: read to the end"
assert_eq 5 "$(distinct_doc_ids stdin_text.out | wc -l)" "stdin text: same stories as from the file"
assert_problem stdin_text.err -:3 "skipped" "stdin text: message names -:3"
assert_problem stdin_text.err -:4 "invalid UTF-8" "stdin text: message names -:4"
assert_same_file <(json_scalar text.out event_id) <(json_scalar stdin_text.out event_id) \
  "stdin text: the same event ids as from the file"

sc stdin_jsonl --stdin in.jsonl -- code --input-format jsonl -
assert_exit 0 "$RC" "stdin JSONL (--input-format jsonl): read to the end"
assert_same_file jsonl.out stdin_jsonl.out "stdin JSONL: same events as from the file"
assert_problem stdin_jsonl.err -:2 "skipped" "stdin JSONL: malformed line named -:2"

sc stdin_mixed --stdin ok.txt -- code --date "$D" - after.jsonl
assert_exit 0 "$RC" "stdin and a file together"
assert_eq 2 "$(distinct_doc_ids stdin_mixed.out | wc -l)" "stdin and a file together: both coded"

: >nothing.txt
sc stdin_empty --stdin nothing.txt -- code --date "$D" -
assert_exit 0 "$RC" "empty stdin"
assert_empty stdin_empty.out "empty stdin: no events"

# ---------------------------------------------------------------------------
echo "# 9. usage errors: exit 1, a message, nothing on stdout"
sc usage_date -- code --date 2025-02-30 ok.txt
assert_exit 1 "$RC" "--date 2025-02-30"
assert_contains usage_date.err "2025-02-30" "--date 2025-02-30: message names the date"
assert_empty usage_date.out "--date 2025-02-30: no events"
sc usage_format -- code --input-format yaml ok.txt
assert_exit 1 "$RC" "--input-format yaml"
assert_contains usage_format.err "yaml" "--input-format yaml: message names the format"
assert_empty usage_format.out "--input-format yaml: no events"
sc usage_out -- code --format xml --date "$D" ok.txt
assert_exit 1 "$RC" "--format xml"
assert_empty usage_out.out "--format xml: no events"
sc usage_none -- code
assert_exit 1 "$RC" "code without inputs"
sc usage_threads -- code --threads abc ok.txt
assert_exit 1 "$RC" "--threads abc"

it_finish
