#include "analyze/discovery.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_set>

#include "model/token.h"

namespace statecraft {

namespace {

using WordSet = std::unordered_set<std::string_view>;

// Months and weekdays are capitalized but name no actor ("May" the modal is
// tagged MD and never gets here).
const WordSet& CalendarWords() {
  static const WordSet kWords = {
      "january", "february", "march", "april",  "may",      "june",     "july",    "august",
      "september", "october", "november", "december", "jan", "feb",    "mar",     "apr",
      "jun",     "jul",      "aug",   "sep",    "sept",     "oct",      "nov",     "dec",
      "monday",  "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
      "tue",     "tues",     "wed",   "thu",    "thur",     "thurs",    "fri",     "sat"};
  return kWords;
}

// Titles and honorifics: before a name they make it a person, and they are
// cut off the front of a name ("Trade Representative Clayton Yeutter").
const WordSet& TitleWords() {
  static const WordSet kWords = {
      "president", "minister", "premier", "secretary", "chairman", "chairwoman", "chancellor", "governor",
      "senator", "sen", "rep", "representative", "congressman", "ambassador", "spokesman", "spokeswoman",
      "gen", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "judge",
      "mayor", "director", "commissioner", "envoy", "leader", "ayatollah", "pope", "cardinal", "archbishop",
      "colonel", "col", "lieutenant", "lt", "captain", "capt", "admiral", "adm", "sergeant", "sgt",
      "speaker", "exchequer", "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "mme", "messrs",
      "president-elect"};
  return kWords;
}

// Words that come before a title in a title block ("Treasury Secretary",
// "Vice President", "Prime Minister", "West German Economics Minister").
const WordSet& PortfolioWords() {
  static const WordSet kWords = {
      "prime",   "vice",     "deputy",    "chief",      "foreign",  "finance",  "trade",   "defence",
      "defense", "interior", "economy",   "economics",  "economic", "agriculture", "agricultural",
      "energy",  "oil",      "petroleum", "justice",    "labour",   "labor",    "industry", "treasury",
      "state",   "commerce", "attorney",  "budget",     "health",   "education", "transport", "planning",
      "information", "home", "fiscal",    "monetary",   "senior",   "acting",   "former",   "first",
      "executive", "general", "central",  "national",   "supreme",  "surgeon",  "brigadier", "major",
      "inspector", "international", "affairs"};
  return kWords;
}

// Last words that make a name an organization.
const WordSet& OrganizationEnds() {
  static const WordSet kWords = {
      "party", "ministry", "bank", "council", "corp", "corporation", "inc", "group", "union", "agency",
      "co", "company", "ltd", "plc", "association", "commission", "committee", "board", "federation",
      "institute", "fund", "department", "authority", "organisation", "organization", "front", "league",
      "assembly", "parliament", "court", "exchange", "trust", "bancorp", "industries", "airlines",
      "ag", "sa", "nv", "bureau", "office", "army", "movement", "service", "services", "administration",
      "cabinet", "secretariat", "community", "club", "society", "foundation", "consortium", "cartel"};
  return kWords;
}

// Lowercase words allowed inside a name, between capitalized tokens. "and"
// only stays inside a name that ends like an organization ("Securities and
// Exchange Commission"); elsewhere it separates names.
const WordSet& Connectors() {
  static const WordSet kWords = {"of", "&", "and", "de", "du", "da", "la", "le", "van", "von", "der", "den",
                                 "al", "el", "bin", "ibn", "y"};
  return kWords;
}

const WordSet& PlacePrepositions() {
  static const WordSet kWords = {"in", "at", "near"};
  return kWords;
}

// Auxiliaries and light verbs: their meaning is in their object.
const WordSet& LightVerbs() {
  static const WordSet kWords = {"be", "have", "do", "get", "become", "seem", "make", "take"};
  return kWords;
}

// Tokens after which a capitalized word may be capitalized only because a
// sentence or a quotation starts there.
const WordSet& Openers() {
  static const WordSet kWords = {"\"", "'", "``", "`", "(", "[", ":", "-", "--", "*"};
  return kWords;
}

bool Has(const WordSet& set, std::string_view word) { return set.count(word) > 0; }

size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool HasLetter(std::string_view s) {
  for (char c : s) {
    if (IsAsciiLower(c) || IsAsciiUpper(c) || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

// The first character is an uppercase letter: ASCII, or a non-ASCII letter
// whose lowercase form (Token::lower) is spelled differently ("Özal").
bool Capitalized(const AnalyzedToken& t) {
  if (t.text.empty()) return false;
  unsigned char lead = static_cast<unsigned char>(t.text[0]);
  if (lead < 0x80) return IsAsciiUpper(t.text[0]);
  size_t n = Utf8Length(lead);
  return t.lower.size() >= n && t.text.compare(0, n, t.lower, 0, n) != 0;
}

bool StartsLower(const AnalyzedToken& t) { return !t.text.empty() && IsAsciiLower(t.text[0]); }

// Two or more letters, none lowercase: "OPEC", "SHR".
bool AllCaps(const AnalyzedToken& t) {
  size_t letters = 0;
  for (char c : t.text) {
    if (IsAsciiLower(c)) return false;
    letters += IsAsciiUpper(c);
  }
  return letters >= 2;
}

bool ClosedClass(Pos p) {
  switch (p) {
    case Pos::CC: case Pos::CD: case Pos::DT: case Pos::EX: case Pos::IN: case Pos::LS: case Pos::MD:
    case Pos::PDT: case Pos::POS: case Pos::PRP: case Pos::PRPS: case Pos::RP: case Pos::SYM: case Pos::TO:
    case Pos::UH: case Pos::WDT: case Pos::WP: case Pos::WPS: case Pos::WRB: case Pos::kPunct: case Pos::kPeriod:
      return true;
    default:
      return false;
  }
}

// Whitespace runs become one space; the text is cut near `max_bytes` at a
// UTF-8 boundary, with "…" when cut.
std::string ExampleText(std::string_view text, size_t max_bytes) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  if (out.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    out += "…";
  }
  return out;
}

// Sentences whose names are not worth reading: no verb (tables, datelines,
// "Payable March 31"), comparisons ("Revs 291.8 mln vs 151.1 mln", where
// the tagger may call "vs" or "shrs" a verb), or set in capitals
// (headlines, "SHR 1.23 DLRS").
bool NameWorthy(const SentenceAnalysis& s) {
  size_t words = 0, caps = 0, lower = 0;
  bool verb = false;
  for (const AnalyzedToken& t : s.tokens) {
    if (t.lower == "vs" || t.lower == "v") return false;
    verb = verb || IsVerb(PosFromName(t.pos));
    if (!HasLetter(t.text)) continue;
    ++words;
    caps += AllCaps(t);
    lower += StartsLower(t);
  }
  if (!verb) return false;
  return words < 3 || (caps * 2 <= words && lower > 0);
}

class SentenceNames {
 public:
  explicit SentenceNames(const SentenceAnalysis& s)
      : s_(s), covered_(s.tokens.size()), place_like_(s.tokens.size()) {
    for (const MatchedPhrase& p : s.phrases) {
      bool place_like = p.kind == "name" || p.kind == "demonym" || p.kind == "metonym" || p.kind == "contextual";
      for (uint32_t idx = p.token_begin; idx < p.token_end && idx < covered_.size(); ++idx) {
        covered_[idx] = true;
        place_like_[idx] = place_like;
      }
    }
  }

  // Appends the sentence's unknown names to *out, with text index `text`.
  void Find(uint32_t text, std::vector<NameHit>* out) const {
    size_t n = s_.tokens.size();
    size_t idx = 0;
    while (idx < n) {
      if (!Member(idx)) {
        ++idx;
        continue;
      }
      size_t begin = idx, end = idx + 1;
      while (end < n) {
        if (Member(end)) {
          ++end;
        } else if (end + 1 < n && Has(Connectors(), s_.tokens[end].lower) && !Capitalized(s_.tokens[end]) &&
                   Member(end + 1)) {
          end += 2;
        } else {
          break;
        }
      }
      Emit(begin, end, text, out);
      idx = end;
    }
  }

 private:
  bool Initial(size_t idx) const {
    if (idx == 0) return true;
    const AnalyzedToken& prev = s_.tokens[idx - 1];
    return Has(Openers(), prev.text) || PosFromName(prev.pos) == Pos::kPeriod;
  }

  // Whether token idx can be part of a capitalized run.
  bool Member(size_t idx) const {
    const AnalyzedToken& t = s_.tokens[idx];
    if (!Capitalized(t) || !HasLetter(t.text) || Has(CalendarWords(), t.lower)) return false;
    if (covered_[idx]) return true;
    Pos pos = PosFromName(t.pos);
    if (pos == Pos::NNP || pos == Pos::NNPS) return true;
    if (ClosedClass(pos)) return false;
    return !Initial(idx);  // "Analysts said", "Separately, ..."
  }

  // "General" is a title only after another title word ("Attorney General",
  // "Secretary General"); in front it starts a name ("General Motors").
  bool IsTitle(size_t idx) const {
    const std::string& w = s_.tokens[idx].lower;
    if (w == "general") {
      return idx > 0 && (Has(TitleWords(), s_.tokens[idx - 1].lower) || Has(PortfolioWords(), s_.tokens[idx - 1].lower));
    }
    return Has(TitleWords(), w);
  }

  // Splits a capitalized run at its title words and emits its names: after a
  // title block a person ("Bank of Japan Governor Satoshi Sumita" → "Bank of
  // Japan", person "Satoshi Sumita"); a run that ends like an organization
  // stays whole ("Finance Ministry").
  void Emit(size_t begin, size_t end, uint32_t text, std::vector<NameHit>* out) const {
    NameKind context = NameKind::kUnknown;
    if (begin > 0) {
      const std::string& prev = s_.tokens[begin - 1].lower;
      if (Has(PlacePrepositions(), prev)) context = NameKind::kPlace;
      if (Has(TitleWords(), prev)) context = NameKind::kPerson;
    }
    // "and" separates names ("Baker and Volcker", "the Fed and Japan
    // Airlines") except inside an organization's name ("Securities and
    // Exchange Commission").
    bool organization = Has(OrganizationEnds(), s_.tokens[end - 1].lower);
    size_t part = begin;
    for (size_t idx = begin; idx <= end; ++idx) {
      bool split = idx == end || (s_.tokens[idx].lower == "and" &&
                                  (!organization || Has(OrganizationEnds(), s_.tokens[idx - 1].lower)));
      if (!split) continue;
      if (Has(OrganizationEnds(), s_.tokens[idx - 1].lower)) {
        EmitName(part, idx, NameKind::kOrganization, text, out);
      } else {
        EmitTitled(part, idx, part == begin ? context : NameKind::kUnknown, text, out);
      }
      part = idx + 1;
    }
  }

  // A run without "and", split at its title words.
  void EmitTitled(size_t begin, size_t end, NameKind context, uint32_t text, std::vector<NameHit>* out) const {
    size_t first = out->size();
    while (begin < end) {
      size_t title = end;
      for (size_t idx = end; idx > begin; --idx) {
        if (IsTitle(idx - 1)) {
          title = idx - 1;
          break;
        }
      }
      if (title == end) {
        EmitName(begin, end, context, text, out);
        break;
      }
      // The title's complement belongs to it: "Secretary of State George
      // Shultz", "Chancellor of the Exchequer Nigel Lawson".
      size_t person = title + 1;
      for (size_t idx = person; idx + 1 < end; ++idx) {
        const std::string& w = s_.tokens[idx].lower;
        if (w != "of" && !Has(PortfolioWords(), w) && !IsTitle(idx)) break;
        if (w != "of") person = idx + 1;
      }
      EmitName(person, end, NameKind::kPerson, text, out);
      // The title block: the title and the titles and portfolio words before
      // it ("Vice President", "Treasury Secretary").
      size_t block = title;
      while (block > begin && (IsTitle(block - 1) || Has(PortfolioWords(), s_.tokens[block - 1].lower))) --block;
      end = block;
      while (end > begin && Has(Connectors(), s_.tokens[end - 1].lower)) --end;
    }
    std::reverse(out->begin() + first, out->end());
  }

  void EmitName(size_t begin, size_t end, NameKind hint, uint32_t text, std::vector<NameHit>* out) const {
    if (begin >= end) return;
    // A country or demonym in front of a longer name is not part of it
    // ("U.S. Federal Reserve Board"); in front of one word it is ("Japan
    // Airlines", "American Express"). A title stays ("General Motors").
    size_t lead = begin;
    while (lead < end && place_like_[lead]) ++lead;
    if (lead < end && end - lead >= 2) begin = lead;
    bool any_unknown = false;
    for (size_t idx = begin; idx < end; ++idx) any_unknown = any_unknown || !covered_[idx];
    if (!any_unknown) return;  // a known actor, title or agent
    if (end - begin > kMaxNameTokens) return;
    if (end - begin == 1) {
      const AnalyzedToken& t = s_.tokens[begin];
      size_t letters = 0;
      for (char c : t.text) letters += IsAsciiLower(c) || IsAsciiUpper(c) || static_cast<unsigned char>(c) >= 0x80;
      if (letters < 2 || Has(PortfolioWords(), t.lower)) return;
    }
    // Only generic heads ("the Bank said", "Co Inc"): no name.
    bool generic = true;
    for (size_t idx = begin; idx < end && generic; ++idx) {
      generic = Has(OrganizationEnds(), s_.tokens[idx].lower) || Has(Connectors(), s_.tokens[idx].lower);
    }
    if (generic) return;
    NameHit hit;
    for (size_t idx = begin; idx < end; ++idx) {
      if (idx > begin) {
        hit.key.push_back(' ');
        hit.surface.push_back(' ');
      }
      hit.key += s_.tokens[idx].lower;
      hit.surface += s_.tokens[idx].text;
    }
    hit.hint = hint;
    hit.text = text;
    out->push_back(std::move(hit));
  }

  static constexpr size_t kMaxNameTokens = 6;  // longer runs are headings, not names
  const SentenceAnalysis& s_;
  std::vector<bool> covered_;     // inside a dictionary phrase
  std::vector<bool> place_like_;  // inside a name, demonym or metonym phrase
};

}  // namespace

const char* NameKindName(NameKind kind) {
  switch (kind) {
    case NameKind::kPerson: return "person";
    case NameKind::kOrganization: return "organization";
    case NameKind::kPlace: return "place";
    default: return "?";
  }
}

DocumentFindings FindUnknowns(const Document& document, const StoryAnalysis& analysis,
                              const DiscoveryOptions& options) {
  DocumentFindings f;
  f.doc_id = document.id;
  f.sentences = analysis.sentences.size();
  for (const SentenceAnalysis& s : analysis.sentences) {
    size_t names_before = f.names.size(), verbs_before = f.verbs.size();
    uint32_t text = static_cast<uint32_t>(f.texts.size());
    if (NameWorthy(s)) SentenceNames(s).Find(text, &f.names);
    if (s.actors > 0 && s.events == 0) {
      ++f.quiet_sentences;
      std::vector<bool> covered(s.tokens.size());
      for (const MatchedPhrase& p : s.phrases) {
        for (uint32_t idx = p.token_begin; idx < p.token_end && idx < covered.size(); ++idx) covered[idx] = true;
      }
      for (size_t idx = 0; idx < s.tokens.size(); ++idx) {
        const AnalyzedToken& t = s.tokens[idx];
        if (covered[idx] || !IsVerb(PosFromName(t.pos))) continue;
        const std::string& lemma = t.lemma.empty() ? t.lower : t.lemma;
        if (lemma.empty() || !std::all_of(lemma.begin(), lemma.end(), [](char c) { return IsAsciiLower(c) || c == '-'; }))
          continue;
        if (Has(LightVerbs(), lemma)) continue;
        f.verbs.push_back({lemma, t.anchor, text});
      }
    }
    if (f.names.size() > names_before || f.verbs.size() > verbs_before) {
      uint32_t begin = std::min<uint32_t>(s.info.begin, document.text.size());
      uint32_t end = std::clamp<uint32_t>(s.info.end, begin, document.text.size());
      f.texts.push_back(ExampleText(std::string_view(document.text).substr(begin, end - begin), options.example_bytes));
    }
  }
  return f;
}

bool UntargetedStatementVerb(std::string_view lemma) {
  return lemma == "say" || lemma == "add" || lemma == "state" || lemma == "note";
}

DiscoveryTally::Entry* DiscoveryTally::Count(Table* table, const std::string& key, const std::string& surface,
                                             const std::string& doc_id, const std::string& text) {
  auto [it, fresh] = table->map.try_emplace(key);
  Entry& e = it->second;
  if (fresh) {
    e.key = key;
    e.surface = surface;
  }
  ++e.count;
  if (e.examples.size() < options_.examples &&
      std::none_of(e.examples.begin(), e.examples.end(), [&](const Example& x) { return x.doc_id == doc_id; })) {
    e.examples.push_back({doc_id, text});
  }
  return &e;
}

void DiscoveryTally::Add(const DocumentFindings& findings) {
  ++stories_;
  sentences_ += findings.sentences;
  quiet_sentences_ += findings.quiet_sentences;
  for (const NameHit& h : findings.names) {
    Entry* e = Count(&names_, h.key, h.surface, findings.doc_id, findings.texts[h.text]);
    ++e->votes[static_cast<size_t>(h.hint)];
  }
  for (const VerbHit& h : findings.verbs) {
    Entry* e = Count(&verbs_, h.lemma, h.lemma, findings.doc_id, findings.texts[h.text]);
    e->anchor = e->anchor || h.anchor;
  }
  Prune(&names_);
  Prune(&verbs_);
}

void DiscoveryTally::Prune(Table* table) const {
  size_t keep = std::max<size_t>(1, options_.max_keys / 2);
  if (table->map.size() <= options_.max_keys) return;
  std::vector<uint64_t> counts;
  counts.reserve(table->map.size());
  for (const auto& [key, e] : table->map) counts.push_back(e.count);
  // The smallest threshold t that drops at least size - keep keys.
  size_t rank = counts.size() - keep - 1;
  std::nth_element(counts.begin(), counts.begin() + rank, counts.end());
  uint64_t threshold = counts[rank];
  std::erase_if(table->map, [threshold](const auto& item) { return item.second.count <= threshold; });
  table->error += threshold;
}

std::vector<const DiscoveryTally::Entry*> DiscoveryTally::Top(const Table& table, size_t n) {
  std::vector<const Entry*> all;
  all.reserve(table.map.size());
  for (const auto& [key, e] : table.map) all.push_back(&e);
  auto before = [](const Entry* a, const Entry* b) { return a->count != b->count ? a->count > b->count : a->key < b->key; };
  n = std::min(n, all.size());
  std::partial_sort(all.begin(), all.begin() + n, all.end(), before);
  all.resize(n);
  return all;
}

NameKind DiscoveryTally::Guess(const Entry& entry) {
  auto votes = [&](NameKind k) { return entry.votes[static_cast<size_t>(k)]; };
  if (votes(NameKind::kOrganization) > 0) return NameKind::kOrganization;
  uint64_t person = votes(NameKind::kPerson), place = votes(NameKind::kPlace);
  if (person > place && person * 10 >= entry.count) return NameKind::kPerson;
  if (place > person && place * 10 >= entry.count) return NameKind::kPlace;
  return NameKind::kUnknown;
}

void DiscoverBatch(const Engine& engine, const std::vector<Document>& documents, int threads, DiscoveryTally* tally,
                   const DiscoveryOptions& options) {
  std::vector<DocumentFindings> findings(documents.size());
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t idx = next++; idx < documents.size(); idx = next++) {
      findings[idx] = FindUnknowns(documents[idx], engine.Analyze(documents[idx]), options);
    }
  };
  int extra = std::min<int>(threads, static_cast<int>(documents.size())) - 1;
  std::vector<std::thread> pool;
  for (int t = 0; t < extra; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  for (const DocumentFindings& f : findings) tally->Add(f);
}

}  // namespace statecraft
