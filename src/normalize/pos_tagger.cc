#include "normalize/pos_tagger.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include "normalize/char_class.h"
#include "normalize/token_text.h"

namespace statecraft {

namespace {

constexpr float kNegInf = -std::numeric_limits<float>::infinity();
constexpr size_t kMaxKey = 64;  // longer words are never in the lexicon

// Case factors (natural logs). A lowercase word is rarely a proper noun; a
// capitalized word inside a sentence rarely anything else; an all-caps word
// ("US", "NATO") even more rarely.
const float kLowerProper = std::log(0.005f);
const float kCapitalizedOther = std::log(0.03f);
const float kAllCapsOpen = std::log(0.03f);
const float kAllCapsClosed = std::log(0.001f);
// Known words seen at most this often get a pseudo-count of
// kRareWordPseudoCount spread by the suffix model over tags they were not
// seen with; shares below kRareWordMinPseudo are not made candidates.
constexpr double kRareWordCount = 10;
constexpr double kRareWordPseudoCount = 0.5;
constexpr double kRareWordMinPseudo = 0.02;
// Unknown words: tags of word classes WordNet does not list them in are
// multiplied by this; capitalized ones get this much probability of being a name.
constexpr float kWordNetMismatch = 0.1f;
constexpr float kCapitalizedNameShare = 0.5f;
constexpr float kWireCapitalNameShare = 0.1f;
// Candidates whose unknown-word probability is below this share of the best
// one are dropped.
constexpr float kUnknownPrune = 1e-3f;

bool IsAsciiString(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// What the tagger needs to know about a word's letters.
struct WordShape {
  bool has_alnum = false;
  bool numeric = false;  // the first letter-or-digit is a digit
  int letters = 0;
  bool first_letter_upper = false;
  bool has_lower = false;              // any lowercase letter
  bool all_parts_capitalized = false;  // hyphenated, and every part starts uppercase ("US-China")
  bool hyphenated = false;
};

WordShape ShapeOf(std::string_view text) {
  WordShape shape;
  size_t pos = 0;
  bool part_start = true;
  bool parts_capitalized = true;
  while (pos < text.size()) {
    const CodePoint cp = DecodeAt(text, pos);
    if (IsAlnum(cp.kind)) {
      if (!shape.has_alnum) shape.numeric = cp.kind == CharKind::kDigit;
      shape.has_alnum = true;
      if (cp.kind == CharKind::kUpper || cp.kind == CharKind::kLower ||
          cp.kind == CharKind::kLetter) {
        if (shape.letters == 0) shape.first_letter_upper = cp.kind == CharKind::kUpper;
        ++shape.letters;
        if (cp.kind == CharKind::kLower) shape.has_lower = true;
      }
      if (part_start && cp.kind != CharKind::kUpper) parts_capitalized = false;
      part_start = false;
    } else if (cp.value == '-') {
      shape.hyphenated = true;
      part_start = true;
    }
    pos += cp.size;
  }
  shape.all_parts_capitalized = shape.hyphenated && parts_capitalized;
  return shape;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Capitalized words with the endings of nationality and regional adjectives
// ("Japanese", "Ukrainian", "Polish", "Israeli", "French", "Western").
bool LooksLikeDemonym(std::string_view lower) {
  if (lower.size() < 4) return false;
  for (std::string_view suffix : {"an", "ese", "ish", "i", "ch", "ern"}) {
    if (EndsWith(lower, suffix)) return true;
  }
  return false;
}

// The surest endings of nationality adjectives, for words no lexicon knows.
bool HasDemonymEnding(std::string_view lower) {
  if (lower.size() < 5) return false;
  for (std::string_view suffix : {"ian", "ean", "ese", "ish"}) {
    if (EndsWith(lower, suffix)) return true;
  }
  return false;
}

bool IsProper(LexTag t) { return t == LexTag::NNP || t == LexTag::NNPS; }

bool IsOpenClass(LexTag t) {
  switch (t) {
    case LexTag::NN:
    case LexTag::NNS:
    case LexTag::JJ:
    case LexTag::JJR:
    case LexTag::JJS:
    case LexTag::RB:
    case LexTag::RBR:
    case LexTag::RBS:
    case LexTag::VB:
    case LexTag::VBD:
    case LexTag::VBG:
    case LexTag::VBN:
    case LexTag::VBP:
    case LexTag::VBZ:
    case LexTag::CD:
    case LexTag::FW:
    case LexTag::UH:
      return true;
    default:
      return false;
  }
}

// The WordNet class of a tag, or -1.
int WordClassOf(LexTag t) {
  switch (t) {
    case LexTag::NN:
    case LexTag::NNS:
      return WordNet::kNoun;
    case LexTag::VB:
    case LexTag::VBD:
    case LexTag::VBG:
    case LexTag::VBN:
    case LexTag::VBP:
    case LexTag::VBZ:
      return WordNet::kVerb;
    case LexTag::JJ:
    case LexTag::JJR:
    case LexTag::JJS:
      return WordNet::kAdj;
    case LexTag::RB:
    case LexTag::RBR:
    case LexTag::RBS:
      return WordNet::kAdv;
    default:
      return -1;
  }
}

bool IsNounTag(LexTag t) {
  return t == LexTag::NN || t == LexTag::NNS || t == LexTag::NNP || t == LexTag::NNPS;
}

bool IsFinite(LexTag t) {
  return t == LexTag::VBD || t == LexTag::VBZ || t == LexTag::VBP || t == LexTag::MD;
}

// What a prenominal adjective can stand before (a comma or a conjunction
// may separate it from the next adjective).
bool IsNominalModifiee(LexTag t, std::string_view lower) {
  return IsNounTag(t) || t == LexTag::JJ || t == LexTag::JJR || t == LexTag::JJS ||
         t == LexTag::CD || t == LexTag::VBG || t == LexTag::VBN || t == LexTag::CC || lower == ",";
}

// Where a clause starts: conjunctions, relative words, subordinators.
bool IsClauseBoundary(LexTag t, std::string_view lower) {
  if (t == LexTag::CC || t == LexTag::WDT || t == LexTag::WP || t == LexTag::WRB) return true;
  if (lower == ";" || lower == ":" || lower == "--") return true;
  if (t != LexTag::IN) return false;
  for (std::string_view w :
       {"that", "as", "since", "after", "before", "because", "while", "when", "although", "though",
        "if", "whereas", "until", "unless", "once", "whether"}) {
    if (lower == w) return true;
  }
  return false;
}

// "today", "yesterday", "tonight", "tomorrow": wire copy puts them between
// a subject and its verb ("Britain today called on Japan").
bool IsDeicticDay(std::string_view lower) {
  return lower == "today" || lower == "yesterday" || lower == "tonight" || lower == "tomorrow";
}

// Words that make a number approximate ("about 1,000", "nearly 300").
bool IsApproximator(std::string_view lower) {
  for (std::string_view w :
       {"about", "around", "nearly", "almost", "roughly", "approximately"}) {
    if (lower == w) return true;
  }
  return false;
}

// The first token of the noun phrase that ends at `last` (determiners,
// adjectives, numbers with "about" or "more than" before them,
// possessives, nouns, and "of" between nouns).
size_t NounPhraseStart(const std::vector<LexTag>& t, const std::vector<std::string_view>& lowers,
                       size_t last) {
  size_t start = last;
  while (start > 0) {
    const LexTag prev = t[start - 1];
    const bool np_word = IsNounTag(prev) || prev == LexTag::DT || prev == LexTag::JJ ||
                         prev == LexTag::JJR || prev == LexTag::JJS || prev == LexTag::CD ||
                         prev == LexTag::POS || prev == LexTag::PDT ||
                         (prev == LexTag::PRP && ToPos(prev, lowers[start - 1], true) == Pos::PRPS);
    if (np_word) {
      --start;
    } else if (prev == LexTag::OF && start >= 2 && IsNounTag(t[start - 2])) {
      start -= 2;
    } else if (t[start] == LexTag::CD && IsApproximator(lowers[start - 1])) {
      --start;  // "about 1,000 troops"
    } else if (t[start] == LexTag::CD && start >= 2 && lowers[start - 1] == "than" &&
               (lowers[start - 2] == "more" || lowers[start - 2] == "fewer" ||
                lowers[start - 2] == "less")) {
      start -= 2;  // "more than 40 countries"
    } else {
      break;
    }
  }
  return start;
}

// Whether a noun phrase starting at `start` can be a clause's subject: it
// opens the sentence or follows a comma, a conjunction or a subordinator.
bool StartsClause(const std::vector<LexTag>& t, const std::vector<std::string_view>& lowers,
                  size_t start) {
  if (start == 0) return true;
  const LexTag prev = t[start - 1];
  if (lowers[start - 1] == ",") return true;
  // "ANKARA - A Turkish military court jailed …": after a dateline's dash.
  if ((lowers[start - 1] == "-" || lowers[start - 1] == "--") && start >= 2 && IsProper(t[start - 2])) return true;
  if (lowers[start - 1] == ":") return false;  // "NOTE: figures adjusted for ..." is a caption
  return prev == LexTag::CC || IsClauseBoundary(prev, lowers[start - 1]);
}

// Whether the finite verb at `verb` heads a clause of its own set off by a
// comma after `from`: a noun phrase (prepositions and conjunctions inside
// it) between the comma and the verb, and after the verb only the
// sentence's end, punctuation, a preposition or a name: ", a U.N.
// commission of inquiry said on Thursday", ", officials told Reuters".
bool IsReportingClause(const std::vector<LexTag>& t, const std::vector<std::string_view>& lowers,
                       size_t from, size_t verb) {
  if (verb < 2 || !(IsNounTag(t[verb - 1]) || t[verb - 1] == LexTag::PRP)) return false;
  if (verb + 1 < t.size()) {
    const LexTag next = t[verb + 1];
    if (next != LexTag::PUNC && next != LexTag::IN && next != LexTag::OF && !IsProper(next))
      return false;
  }
  for (size_t k = verb - 1; k > from; --k) {
    if (lowers[k - 1] == ",") return true;
    const LexTag tag = t[k - 1];
    const bool np_word = IsNounTag(tag) || tag == LexTag::DT || tag == LexTag::JJ ||
                         tag == LexTag::JJR || tag == LexTag::JJS || tag == LexTag::CD ||
                         tag == LexTag::POS || tag == LexTag::PRP || tag == LexTag::IN ||
                         tag == LexTag::OF || tag == LexTag::CC;
    if (!np_word) return false;
  }
  return false;
}

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

bool IsCompassWord(std::string_view lower) {
  return lower == "north" || lower == "south" || lower == "east" || lower == "west";
}

bool IsQuote(std::string_view text) {
  return text == "\"" || text == "'" || text == "``" || text == "`" || text == "''";
}

// Lowercase forms of "be" and "have" that make a following past form a participle.
bool IsBeOrHave(std::string_view lower) {
  for (std::string_view w : {"be", "been", "being", "is", "are", "was", "were", "am", "'re", "'m",
                             "has", "have", "had", "having", "'ve"}) {
    if (lower == w) return true;
  }
  return false;
}

}  // namespace

PosTagger::PosTagger(TagLexicon lexicon, TagTransitions transitions,
                     std::shared_ptr<const WordNet> wordnet)
    : lexicon_(std::move(lexicon)),
      transitions_(std::move(transitions)),
      unknown_(UnknownWordModel::Build(lexicon_, transitions_.TagCounts())),
      wordnet_(std::move(wordnet)) {
  double total = 0;
  for (double c : transitions_.TagCounts()) total += c;
  for (size_t t = 0; t < kLexTagCount; ++t) {
    const double c = transitions_.TagCounts()[t];
    log_prior_[t] = c > 0 ? static_cast<float>(std::log(c / total)) : kNegInf;
  }
}

Result<std::unique_ptr<PosTagger>> PosTagger::Load(const std::string& dicts_dir,
                                                   std::shared_ptr<const WordNet> wordnet) {
  const std::string lexicon_path = dicts_dir + "/" + std::string(kLexiconFile);
  const std::string ngram_path = dicts_dir + "/" + std::string(kNgramFile);
  for (const std::string& path : {lexicon_path, ngram_path}) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      return Status::NotFound(
          path +
          ": part-of-speech data not found; install the Debian package festlex-poslex "
          "(apt-get install festlex-poslex)");
    }
  }
  Result<TagLexicon> lexicon = TagLexicon::Load(lexicon_path);
  if (!lexicon.ok()) return lexicon.status();
  Result<TagTransitions> transitions = TagTransitions::Load(ngram_path);
  if (!transitions.ok()) return transitions.status();
  return std::unique_ptr<PosTagger>(new PosTagger(
      std::move(lexicon).value(), std::move(transitions).value(), std::move(wordnet)));
}

// Verbs an infinitive follows ("decided to", "voted to", "plans to"), not
// verbs of going, whose "to" is a preposition ("went to school").
bool PosTagger::TakesInfinitive(std::string_view lower) const {
  if (wordnet_ == nullptr) return false;
  std::string scratch;
  const std::string_view base = wordnet_->Morphy(lower, WordNet::kVerb, true, &scratch);
  static const std::array<std::string_view, 30> kVerbs = {
      "decide",  "agree",   "vote",   "plan",    "want",   "threaten", "refuse", "seek",    "try",     "attempt",
      "move",    "offer",   "promise", "pledge", "vow",    "intend",   "hope",   "prepare", "expect",  "continue",
      "begin",   "start",   "fail",   "need",    "wish",   "choose",   "aim",    "order",   "urge",    "ask"};
  return std::find(kVerbs.begin(), kVerbs.end(), base) != kVerbs.end();
}

bool PosTagger::WordNetAdjective(std::string_view key) const {
  if (wordnet_ == nullptr) return false;
  std::string scratch;
  return !wordnet_->Morphy(key, WordNet::kAdj, false, &scratch).empty();
}

void PosTagger::KnownCandidates(std::string_view key, std::span<const TagLexicon::Entry> entries,
                                Column* column) const {
  const auto& tag_counts = transitions_.TagCounts();
  const double count = WordCount(entries, tag_counts);
  if (count > kRareWordCount) {
    column->size = 0;
    bool has_vbd = false, has_vbn = false;
    for (const TagLexicon::Entry& e : entries) {
      if (column->size < kMaxCandidates)
        column->items[column->size++] = Candidate{e.tag, e.log_prob};
      has_vbd |= e.tag == LexTag::VBD;
      has_vbn |= e.tag == LexTag::VBN;
    }
    // A regular past form is also the participle (and the other way round)
    // even where the lexicon saw only one of them: count one sighting.
    if (key.size() > 3 && key.substr(key.size() - 2) == "ed" && has_vbd != has_vbn &&
        column->size < kMaxCandidates) {
      const LexTag missing = has_vbd ? LexTag::VBN : LexTag::VBD;
      column->items[column->size++] = Candidate{
          missing, static_cast<float>(-std::log(tag_counts[static_cast<size_t>(missing)]))};
    }
    return;
  }
  // A rare word may have been seen with only some of its tags: add a
  // pseudo-count spread over the tags its suffix suggests.
  std::array<double, kLexTagCount> c{};
  for (const TagLexicon::Entry& e : entries) {
    c[static_cast<size_t>(e.tag)] = std::exp(e.log_prob) * tag_counts[static_cast<size_t>(e.tag)];
  }
  // A regular past form seen only as the participle is the past tense too
  // (and the other way round): half a sighting ("test-fired").
  const size_t vbd = static_cast<size_t>(LexTag::VBD), vbn = static_cast<size_t>(LexTag::VBN);
  if (key.size() > 3 && EndsWith(key, "ed") && (c[vbd] > 0) != (c[vbn] > 0)) {
    c[c[vbd] > 0 ? vbn : vbd] = kRareWordPseudoCount;
  }
  const std::array<float, kLexTagCount> p = unknown_.Probabilities(key, /*whole_word=*/false);
  Candidate all[kLexTagCount];
  int n = 0;
  for (size_t t = 0; t < kLexTagCount; ++t) {
    const double pseudo = kRareWordPseudoCount * p[t];
    if (c[t] <= 0 && pseudo < kRareWordMinPseudo) continue;
    if (tag_counts[t] <= 0) continue;
    all[n++] = Candidate{static_cast<LexTag>(t),
                         static_cast<float>(std::log((c[t] + pseudo) / tag_counts[t]))};
  }
  std::sort(all, all + n, [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  column->size = std::min(n, kMaxCandidates);
  std::copy(all, all + column->size, column->items);
}

void PosTagger::UnknownCandidates(std::string_view key, bool capitalized, bool demonym,
                                  float name_share, Column* column) const {
  std::array<float, kLexTagCount> p = unknown_.Probabilities(key);
  if (wordnet_ != nullptr) {
    // Tags of word classes WordNet does not list the word in become unlikely.
    std::string scratch;
    bool in_class[WordNet::kClassCount];
    bool any = false;
    for (int cls = 0; cls < WordNet::kClassCount; ++cls) {
      in_class[cls] =
          !wordnet_->Morphy(key, static_cast<WordNet::Class>(cls), false, &scratch).empty();
      any |= in_class[cls];
    }
    if (any) {
      for (size_t t = 0; t < kLexTagCount; ++t) {
        const int cls = WordClassOf(static_cast<LexTag>(t));
        if (cls >= 0 && !in_class[cls]) p[t] *= kWordNetMismatch;
      }
    }
  }
  if (capitalized) {
    // The suffix model comes from a lowercase lexicon; a capitalized unknown
    // word is far more often a name than its suffix alone suggests.
    // A nationality adjective ("Kenyan") shares that with JJ.
    const bool plural = key.size() > 3 && key.back() == 's' && key[key.size() - 2] != 's';
    const float proper_share = demonym ? name_share / 2 : name_share;
    for (float& x : p) x *= 1 - name_share;
    p[static_cast<size_t>(LexTag::NNP)] += proper_share * (plural ? 0.7f : 1.0f);
    if (plural) p[static_cast<size_t>(LexTag::NNPS)] += proper_share * 0.3f;
    if (demonym) p[static_cast<size_t>(LexTag::JJ)] += name_share - proper_share;
  }
  const float best = *std::max_element(p.begin(), p.end());
  Candidate all[kLexTagCount];
  int n = 0;
  for (size_t t = 0; t < kLexTagCount; ++t) {
    if (p[t] <= 0 || p[t] < best * kUnknownPrune || log_prior_[t] == kNegInf) continue;
    // Bayes: P(word | tag) is proportional to P(tag | word features) / P(tag).
    all[n++] = Candidate{static_cast<LexTag>(t), std::log(p[t]) - log_prior_[t]};
  }
  std::sort(all, all + n, [&](const Candidate& a, const Candidate& b) {
    return p[static_cast<size_t>(a.tag)] > p[static_cast<size_t>(b.tag)];
  });
  column->size = std::min(n, kMaxCandidates);
  std::copy(all, all + column->size, column->items);
}

void PosTagger::Candidates(std::string_view text, std::string_view lower,
                           const TokenContext& context, Column* column) const {
  column->size = 0;
  column->demonym = false;
  column->demonym_shape = false;
  column->jj_unpenalized = false;
  const WordShape shape = ShapeOf(text);
  column->wire_capital = context.after_dotted && shape.first_letter_upper;
  auto add = [&](LexTag tag, float score) {
    if (column->size < kMaxCandidates) column->items[column->size++] = Candidate{tag, score};
  };
  auto add_prob = [&](LexTag tag, float prob) {
    add(tag, std::log(prob) - log_prior_[static_cast<size_t>(tag)]);
  };

  // The lexicon key: the lowercase text with its dots ("u.s.").
  char key_buf[kMaxKey];
  std::string_view key = lower;
  if (text.size() <= kMaxKey && IsAsciiString(text)) {
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      key_buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    key = std::string_view(key_buf, text.size());
  }
  const bool single_char = text.size() == 1;
  const bool capitalized = shape.first_letter_upper && !single_char && !context.headline;

  const auto entries = lexicon_.Find(key);
  if (!entries.empty()) {
    KnownCandidates(key, entries, column);
    if (capitalized && !context.initial) {
      // Any capitalized word inside a sentence may be (part of) a name: if
      // the lexicon never saw it as one, count one such sighting.
      bool has_nnp = false;
      for (int i = 0; i < column->size; ++i) has_nnp |= column->items[i].tag == LexTag::NNP;
      if (!has_nnp) {
        if (column->size == kMaxCandidates) --column->size;
        add(LexTag::NNP, static_cast<float>(-std::log(
                             transitions_.TagCounts()[static_cast<size_t>(LexTag::NNP)])));
      }
    }
    if (capitalized && LooksLikeDemonym(key)) {
      // Mostly used as an adjective, not only as a name ("American", not "Reagan").
      double jj = 0, proper = 0;
      for (const TagLexicon::Entry& e : entries) {
        const double c =
            std::exp(e.log_prob) * transitions_.TagCounts()[static_cast<size_t>(e.tag)];
        if (e.tag == LexTag::JJ) jj += c;
        if (IsProper(e.tag)) proper += c;
      }
      column->demonym = jj >= 0.5 && jj >= 0.1 * proper;
    }
  } else if (!shape.has_alnum) {
    add(LexTag::PUNC, 0);
    return;
  } else if (shape.numeric) {
    // Digits, possibly with letters after them.
    size_t first_letter = key.size();
    for (size_t i = 0; i < key.size(); ++i) {
      if (key[i] >= 'a' && key[i] <= 'z') {
        first_letter = i;
        break;
      }
    }
    const std::string_view letters = key.substr(first_letter);
    if (letters.empty()) {
      add(LexTag::CD, 0);
    } else if (letters == "s") {  // "1980s", "'90s"
      add_prob(LexTag::NNS, 0.6f);
      add_prob(LexTag::CD, 0.4f);
    } else if (letters == "st" || letters == "nd" || letters == "rd" ||
               letters == "th") {  // "21st"
      add_prob(LexTag::JJ, 0.85f);
      add_prob(LexTag::NN, 0.15f);
    } else {  // "5G", "10km"
      add_prob(LexTag::CD, 0.4f);
      add_prob(LexTag::NN, 0.3f);
      add_prob(LexTag::JJ, 0.15f);
      add_prob(LexTag::NNP, 0.15f);
    }
    return;
  } else {
    const bool demonym = capitalized && LooksLikeDemonym(key) && WordNetAdjective(key);
    // After "U.S." wire copy capitalizes verbs and common nouns too ("the
    // U.S. Criticised Japan"): the capital makes a name less likely there.
    UnknownCandidates(key, capitalized, demonym,
                      context.after_dotted ? kWireCapitalNameShare : kCapitalizedNameShare,
                      column);
    column->demonym = demonym;
    column->demonym_shape = capitalized && HasDemonymEnding(key);
  }
  column->jj_unpenalized =
      column->demonym || (shape.all_parts_capitalized && shape.has_lower);  // "US-China"

  // Capitalization.
  if (single_char || context.headline || shape.letters == 0) return;
  if (!shape.first_letter_upper) {
    // A lowercase word the lexicon knows only as a name can still be a
    // common noun ("euro"): count one sighting.
    bool all_proper = column->size > 0;
    for (int i = 0; i < column->size; ++i) all_proper &= IsProper(column->items[i].tag);
    if (all_proper && column->size < kMaxCandidates) {
      add(LexTag::NN,
          static_cast<float>(-std::log(transitions_.TagCounts()[static_cast<size_t>(LexTag::NN)])));
    }
    for (int i = 0; i < column->size; ++i) {
      if (IsProper(column->items[i].tag)) column->items[i].score += kLowerProper;
    }
    return;
  }
  const bool all_caps = !shape.has_lower && shape.letters >= 2;
  if (!all_caps && context.initial) return;
  for (int i = 0; i < column->size; ++i) {
    Candidate& c = column->items[i];
    if (IsProper(c.tag) || c.tag == LexTag::PUNC) continue;
    if (c.tag == LexTag::JJ && column->jj_unpenalized) continue;
    if (all_caps) {
      c.score += IsOpenClass(c.tag) ? kAllCapsOpen : kAllCapsClosed;
    } else {
      c.score += kCapitalizedOther;
    }
  }
}

std::vector<LexTag> PosTagger::Viterbi(const std::vector<Column>& columns) const {
  const size_t n = columns.size();
  constexpr int K = kMaxCandidates;
  Column start;
  start.size = 1;
  start.items[0] = Candidate{LexTag::PUNC, 0};
  // Extended column p: p = 0, 1 are the sentence-start context, p >= 2 is token p - 2.
  auto col = [&](size_t p) -> const Column& { return p < 2 ? start : columns[p - 2]; };

  // delta[j][l]: best log score of a path ending with (col(p-1)[j], col(p)[l]).
  std::vector<float> delta(K * K, kNegInf), next(K * K, kNegInf);
  std::vector<uint8_t> back((n + 2) * K * K, 0);
  delta[0] = 0;  // p = 1: (start, start)
  for (size_t p = 2; p < n + 2; ++p) {
    const Column& c2 = col(p - 2);
    const Column& c1 = col(p - 1);
    const Column& c0 = col(p);
    std::fill(next.begin(), next.end(), kNegInf);
    for (int j = 0; j < c1.size; ++j) {
      for (int l = 0; l < c0.size; ++l) {
        float best = kNegInf;
        int best_h = 0;
        for (int h = 0; h < c2.size; ++h) {
          const float prev = delta[h * K + j];
          if (prev == kNegInf) continue;
          const float s =
              prev + transitions_.LogProb(c2.items[h].tag, c1.items[j].tag, c0.items[l].tag);
          if (s > best) {
            best = s;
            best_h = h;
          }
        }
        next[j * K + l] = best + c0.items[l].score;
        back[p * K * K + j * K + l] = static_cast<uint8_t>(best_h);
      }
    }
    delta.swap(next);
  }
  // Best final pair.
  const Column& last1 = col(n);
  const Column& last0 = col(n + 1);
  int bj = 0, bl = 0;
  float best = kNegInf;
  for (int j = 0; j < last1.size; ++j) {
    for (int l = 0; l < last0.size; ++l) {
      if (delta[j * K + l] > best) {
        best = delta[j * K + l];
        bj = j;
        bl = l;
      }
    }
  }
  std::vector<LexTag> tags(n);
  for (size_t p = n + 1; p >= 2; --p) {
    tags[p - 2] = col(p).items[bl].tag;
    const int h = back[p * K * K + bj * K + bl];
    bl = bj;
    bj = h;
  }
  return tags;
}

bool PosTagger::IsPersonNameLike(std::string_view lower) const {
  // Company designators end names of firms, not of people.
  for (std::string_view w :
       {"co", "corp", "inc", "ltd", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", "spa", "group"}) {
    if (lower == w) return false;
  }
  for (const TagLexicon::Entry& e : lexicon_.Find(lower)) {
    if (!IsProper(e.tag)) return false;
  }
  return true;
}

double PosTagger::LexiconCount(std::string_view lower, LexTag tag) const {
  for (const TagLexicon::Entry& e : lexicon_.Find(lower)) {
    if (e.tag == tag)
      return std::exp(e.log_prob) * transitions_.TagCounts()[static_cast<size_t>(tag)];
  }
  return 0;
}

void PosTagger::Correct(const std::vector<std::string_view>& texts,
                        const std::vector<std::string_view>& lowers,
                        const std::vector<Column>& columns, std::vector<LexTag>* tags) const {
  std::vector<LexTag>& t = *tags;
  const size_t n = t.size();
  auto can_be = [&](size_t i, LexTag tag) {
    for (int c = 0; c < columns[i].size; ++c) {
      if (columns[i].items[c].tag == tag) return true;
    }
    return false;
  };
  auto is_aux = [&](size_t i) {
    return IsBeOrHave(lowers[i]) || (lowers[i] == "'s" && t[i] == LexTag::VBZ) || lowers[i] == "'d";
  };
  // "Ahmed al-Sharaa", "Abdel Fattah el-Sisi": an Arabic article or a word
  // for "son of" joined to a capitalized name is part of the name.
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = texts[i];
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash + 1 >= w.size() || w[dash + 1] < 'A' || w[dash + 1] > 'Z') continue;
    const std::string_view prefix = w.substr(0, dash);
    if (prefix == "al" || prefix == "el" || prefix == "ad" || prefix == "ash" || prefix == "as" || prefix == "an" ||
        prefix == "ar" || prefix == "at" || prefix == "az" || prefix == "bin" || prefix == "ibn" || prefix == "abu" ||
        prefix == "abd" || prefix == "ben" || prefix == "bint") {
      t[i] = LexTag::NNP;
    }
  }
  // "drills around Taiwan, code-named Justice Mission 2025": a compound
  // naming participle is never a clause's finite verb.
  for (size_t i = 1; i < n; ++i) {
    if (t[i] == LexTag::VBD && (EndsWith(lowers[i], "-named") || EndsWith(lowers[i], "-dubbed"))) t[i] = LexTag::VBN;
  }
  // "the Democratic controlled Congress", "the Republican led Senate": a
  // participle between a proper adjective after an article and the noun it
  // describes is part of that noun phrase (an unhyphenated compound).
  for (size_t i = 2; i + 1 < n; ++i) {
    if (t[i] == LexTag::VBD && t[i - 2] == LexTag::DT && (t[i - 1] == LexTag::NNP || t[i - 1] == LexTag::JJ) &&
        (t[i + 1] == LexTag::NNP || t[i + 1] == LexTag::NN) &&
        (lowers[i] == "controlled" || lowers[i] == "led" || lowers[i] == "backed" || lowers[i] == "dominated" ||
         lowers[i] == "owned" || lowers[i] == "sponsored" || lowers[i] == "run")) {
      t[i] = LexTag::VBN;
    }
  }
  // Tags a clause's finite past verb may have been given: a participle;
  // for a regular past form ("abducted", "massacred") or a word seen more
  // often as a past tense ("shot") also a noun or an adjective; for a
  // regular past form a name where its capital comes from wire copy ("the
  // U.S. Criticised Japan").
  auto may_be_finite_past = [&](size_t i) {
    if (t[i] == LexTag::VBN) return true;
    if (t[i] == LexTag::NNP) return columns[i].wire_capital && EndsWith(lowers[i], "ed");
    if (t[i] != LexTag::NN && t[i] != LexTag::JJ) return false;
    // Not when a verb follows: "the price cut boosted sales".
    if (i + 1 < n && (WordClassOf(t[i + 1]) == WordNet::kVerb || t[i + 1] == LexTag::MD))
      return false;
    return EndsWith(lowers[i], "ed") ||
           LexiconCount(lowers[i], LexTag::VBD) > LexiconCount(lowers[i], t[i]);  // "shot"
  };
  // Clause starts: subordinators and relative words; a conjunction only after a comma.
  auto is_boundary = [&](size_t i) {
    if (t[i] == LexTag::CC) return i > 0 && lowers[i - 1] == ",";
    return IsClauseBoundary(t[i], lowers[i]);
  };

  for (size_t i = 1; i + 1 < n; ++i) {
    // "Venezuela will back Ecuador's bid": a word that can be a bare verb,
    // right after a modal and before an object, is that verb.
    if (t[i - 1] == LexTag::MD && (t[i] == LexTag::RB || t[i] == LexTag::NN || t[i] == LexTag::JJ) &&
        (can_be(i, LexTag::VB) ||
         (t[i] == LexTag::NN && wordnet_ != nullptr && wordnet_->IsLemma(WordNet::kVerb, lowers[i]))) &&
        (t[i + 1] == LexTag::DT || IsProper(t[i + 1]) || t[i + 1] == LexTag::PRP || t[i + 1] == LexTag::CD)) {
      t[i] = LexTag::VB;
    }
    // "decided to sanction Russia", "available to escort Kuwaiti tankers":
    // likewise after the "to" of an infinitive, a verb or an adjective of
    // readiness before it.
    if (i >= 2 && t[i - 1] == LexTag::TO && t[i] == LexTag::NN &&
        (can_be(i, LexTag::VB) || (wordnet_ != nullptr && wordnet_->IsLemma(WordNet::kVerb, lowers[i]))) &&
        (TakesInfinitive(lowers[i - 2]) ||
         (t[i - 2] == LexTag::JJ && (lowers[i - 2] == "available" || lowers[i - 2] == "ready" ||
                                     lowers[i - 2] == "willing" || lowers[i - 2] == "prepared" ||
                                     lowers[i - 2] == "able" || lowers[i - 2] == "unable"))) &&
        (t[i + 1] == LexTag::DT || IsProper(t[i + 1]) || t[i + 1] == LexTag::PRP || t[i + 1] == LexTag::CD ||
         t[i + 1] == LexTag::JJ)) {
      t[i] = LexTag::VB;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    // A past form after "be" or "have" (adverbs between) is a participle.
    if (t[i] == LexTag::VBD && i > 0) {
      size_t j = i;
      while (j > 0 && (t[j - 1] == LexTag::RB || t[j - 1] == LexTag::RBR) && i - j < 3) --j;
      if (j > 0 && is_aux(j - 1) && lowers[j - 1] != "'d" && can_be(i, LexTag::VBN))
        t[i] = LexTag::VBN;
    }
    const bool object_next =
        i + 1 < n && (t[i + 1] == LexTag::DT || IsProper(t[i + 1]) || t[i + 1] == LexTag::CD ||
                      t[i + 1] == LexTag::PRP);
    if ((t[i] == LexTag::VBN || t[i] == LexTag::VB || t[i] == LexTag::VBP ||
         (t[i] == LexTag::JJ && EndsWith(lowers[i], "ed") && object_next)) &&
        i > 0 && t[i - 1] == LexTag::CC && can_be(i, LexTag::VBD)) {
      // Coordinated with a past-tense finite verb: "lasted six hours but
      // ended ...", "refused to accept it and called for ...", "shot and
      // wounded the prime minister" (an adjective only before an object).
      size_t j = i - 1;
      while (j > 0 && !IsFinite(t[j - 1])) --j;
      if (j > 0 && t[j - 1] == LexTag::VBD && !is_aux(j - 1)) t[i] = LexTag::VBD;
    } else if (const size_t subject_end = i >= 2 && (t[i - 1] == LexTag::RB ||
                                                      ((t[i - 1] == LexTag::DT || t[i - 1] == LexTag::PDT) &&
                                                       (lowers[i - 1] == "all" || lowers[i - 1] == "both")))
                                               ? i - 2
                                               : i - 1;
               i > 0 && may_be_finite_past(i) && can_be(i, LexTag::VBD) &&
               (IsNounTag(t[subject_end]) || t[subject_end] == LexTag::PRP ||
                (t[subject_end] == LexTag::JJ &&
                 LexiconCount(lowers[subject_end], LexTag::NN) >= 2)) &&
               StartsClause(t, lowers, NounPhraseStart(t, lowers, subject_end))) {
      // Right after its subject (a noun phrase that starts a clause, not
      // the object of a verb or a preposition: "an agreement reached in
      // May" stays), an adverb between them or not, with no auxiliary or
      // finite verb in the clause before or after it, and no passive "by"
      // after it, a past form is the clause's finite verb: "residents
      // complained that ...", "turnover provisionally totalled". A finite
      // verb after a conjunction is coordinated with it, and one whose
      // subject follows a comma is another clause's (", officials said").
      bool finite_elsewhere = false;
      for (size_t j = i; j > 0 && !is_boundary(j - 1); --j) {
        if (IsFinite(t[j - 1]) || is_aux(j - 1)) finite_elsewhere = true;
      }
      for (size_t j = i + 1; j < n && !is_boundary(j); ++j) {
        if (t[j] == LexTag::CC && j + 1 < n && IsFinite(t[j + 1])) break;
        if (!IsFinite(t[j])) continue;
        if (IsReportingClause(t, lowers, i + 1, j)) continue;
        finite_elsewhere = true;
      }
      const bool passive_by = i + 1 < n && lowers[i + 1] == "by";
      if (!finite_elsewhere && !passive_by) t[i] = LexTag::VBD;
    } else if (i > 0 && t[i] == LexTag::NNS && !texts[i].empty() && IsLowerAscii(texts[i][0]) &&
               can_be(i, LexTag::VBZ) && IsProper(t[i - 1]) &&
               i + 1 < n && (t[i + 1] == LexTag::IN || t[i + 1] == LexTag::TO || t[i + 1] == LexTag::DT ||
                             IsProper(t[i + 1])) &&
               StartsClause(t, lowers, NounPhraseStart(t, lowers, i - 1))) {
      // The same for a present form after a name: "Ethiopia departs from
      // Libya" (not "U.S. exports to Japan rose": a finite verb follows;
      // nor the headline capitals of "U.S. Attacks on Iranian platforms").
      bool finite_elsewhere = false;
      for (size_t j = i; j > 0 && !is_boundary(j - 1); --j) {
        if (IsFinite(t[j - 1]) || is_aux(j - 1)) finite_elsewhere = true;
      }
      for (size_t j = i + 1; j < n && !is_boundary(j) && lowers[j] != "," && !finite_elsewhere; ++j) {
        if (IsFinite(t[j]) && !IsReportingClause(t, lowers, i + 1, j)) finite_elsewhere = true;
      }
      if (!finite_elsewhere) t[i] = LexTag::VBZ;
    }
  }
  // "Shultz, accompanied by senior advisers, arrived from Helsinki": a past
  // form after a participial apposition to a clause's subject is its verb.
  for (size_t i = 3; i < n; ++i) {
    if (t[i] != LexTag::VBN || lowers[i - 1] != "," || !can_be(i, LexTag::VBD)) continue;
    if (i + 1 < n && lowers[i + 1] == "by") continue;
    size_t j = i - 2;
    while (j > 0 && lowers[j] != "," && i - j < 14) --j;
    if (lowers[j] != "," || j == 0 || j + 1 >= i - 1) continue;
    if (t[j + 1] != LexTag::VBN && t[j + 1] != LexTag::VBG) continue;
    if (!IsNounTag(t[j - 1])) continue;
    const size_t start = NounPhraseStart(t, lowers, j - 1);
    if (!StartsClause(t, lowers, start)) continue;
    bool finite = false;
    for (size_t k = start; k < i; ++k) finite = finite || IsFinite(t[k]) || is_aux(k);
    if (!finite) t[i] = LexTag::VBD;
  }
  // "Britain today called on Japan …": a past form after a clause's
  // subject and "today" or "yesterday" is the clause's verb, whatever
  // finite verbs follow in later clauses.
  for (size_t i = 2; i < n; ++i) {
    if (t[i] != LexTag::VBN || !IsDeicticDay(lowers[i - 1]) || !can_be(i, LexTag::VBD)) continue;
    if (i + 1 < n && lowers[i + 1] == "by") continue;
    const size_t subject_end = i - 2;
    if (!(IsNounTag(t[subject_end]) || t[subject_end] == LexTag::PRP)) continue;
    const size_t start = NounPhraseStart(t, lowers, subject_end);
    if (!StartsClause(t, lowers, start)) continue;
    bool aux = false;
    for (size_t j = start; j < i; ++j) aux = aux || is_aux(j) || IsFinite(t[j]);
    if (!aux) t[i] = LexTag::VBD;
  }
  // "Japanese officials tomorrow open talks …": a present form after a
  // clause's subject and a deictic day, in a clause with no finite verb
  // yet, is its verb (not the adjective "open").
  for (size_t i = 2; i + 1 < n; ++i) {
    if (!IsDeicticDay(lowers[i - 1]) || IsFinite(t[i]) || is_aux(i)) continue;
    const LexTag present = can_be(i, LexTag::VBP) ? LexTag::VBP : can_be(i, LexTag::VBZ) ? LexTag::VBZ : LexTag::NN;
    if (present == LexTag::NN || !(t[i] == LexTag::JJ || IsNounTag(t[i]))) continue;
    if (!(t[i + 1] == LexTag::DT || IsNounTag(t[i + 1]) || t[i + 1] == LexTag::JJ || t[i + 1] == LexTag::PRP)) continue;
    const size_t subject_end = i - 2;
    if (!(t[subject_end] == LexTag::NNS || t[subject_end] == LexTag::NNPS || t[subject_end] == LexTag::NNP ||
          t[subject_end] == LexTag::PRP)) {
      continue;
    }
    const size_t start = NounPhraseStart(t, lowers, subject_end);
    if (!StartsClause(t, lowers, start)) continue;
    bool finite = false;
    for (size_t j = start; j < i; ++j) finite = finite || is_aux(j) || IsFinite(t[j]);
    if (!finite) t[i] = present;
  }
  // A sentence that opens with a noun phrase and ends with a period needs
  // a finite verb: lacking one, its first participle after a noun or a
  // comma is the past tense ("The Arab League, meeting in Cairo, called
  // on ...", "Thousands of Iraqis, many of them students, protested ...").
  bool any_finite = false;
  for (size_t i = 0; i < n; ++i) any_finite |= IsFinite(t[i]) || is_aux(i);
  const bool opens_with_noun_phrase =
      n > 0 && (IsNounTag(t[0]) || t[0] == LexTag::DT || t[0] == LexTag::CD ||
                t[0] == LexTag::JJ || t[0] == LexTag::PRP);
  if (!any_finite && opens_with_noun_phrase && n >= 3 && lowers[n - 1] == ".") {
    for (size_t i = 1; i + 1 < n; ++i) {
      if (t[i] != LexTag::VBN) continue;
      if ((lowers[i - 1] == "," || IsNounTag(t[i - 1]) || t[i - 1] == LexTag::PRP) &&
          lowers[i + 1] != "by" && can_be(i, LexTag::VBD)) {
        t[i] = LexTag::VBD;
      }
      break;
    }
  }
  // "Heavy fighting broke out", "Fighting erupted in Khartoum": a gerund
  // that opens the sentence or follows an adjective or a determiner, right
  // before the finite verb, is the subject noun.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (t[i] != LexTag::VBG || !can_be(i, LexTag::NN)) continue;
    if (!(i == 0 || t[i - 1] == LexTag::JJ || t[i - 1] == LexTag::DT ||
          lowers[i - 1] == "the" || lowers[i - 1] == "its" || lowers[i - 1] == "their")) {
      continue;
    }
    const LexTag next = t[i + 1];
    if (next == LexTag::VBD || next == LexTag::VBZ || next == LexTag::MD) {
      t[i] = LexTag::NN;
    } else if (next == LexTag::VBN && can_be(i + 1, LexTag::VBD) && (i + 2 >= n || lowers[i + 2] != "by")) {
      t[i] = LexTag::NN;  // "Fighting erupted in Khartoum"
      t[i + 1] = LexTag::VBD;
    }
  }
  // A preposition is never followed by a finite verb: a past form right
  // after one, before a noun phrase, is a participle used as an adjective
  // ("a lawsuit by fired White House aide Oliver North", "with captured
  // equipment"). (Not after "that", which may be a relative pronoun.)
  for (size_t i = 1; i + 1 < n; ++i) {
    if (t[i] != LexTag::VBD || !can_be(i, LexTag::VBN)) continue;
    if (!(t[i - 1] == LexTag::IN || t[i - 1] == LexTag::OF) || lowers[i - 1] == "that") continue;
    const LexTag next = t[i + 1];
    if (IsNounTag(next) || next == LexTag::JJ || next == LexTag::CD || next == LexTag::VBN) t[i] = LexTag::VBN;
  }
  // A verb whose object comes before its preposition ("convicted him of",
  // "accused Iran of", "sentenced him to") is a passive participle when the
  // preposition follows at once: "the first president convicted of a crime".
  for (size_t i = 1; i + 1 < n; ++i) {
    // (Not right after a pronoun subject: "a cleric whom he accused of …".)
    if (t[i] != LexTag::VBD || !can_be(i, LexTag::VBN) || t[i - 1] == LexTag::PRP) continue;
    const std::string_view w = lowers[i];
    const std::string_view p = lowers[i + 1];
    if (((w == "convicted" || w == "accused" || w == "suspected" || w == "acquitted") && p == "of") ||
        (w == "sentenced" && p == "to") || (w == "charged" && p == "with")) {
      t[i] = LexTag::VBN;
    }
  }
  // A degree adverb grades an adjective or an adverb, never a verb: "very
  // close to the border", "too late", "so cold".
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!(lowers[i] == "very" || lowers[i] == "too" || lowers[i] == "extremely")) continue;
    const LexTag next = t[i + 1];
    if (next != LexTag::VB && next != LexTag::VBP) continue;
    if (can_be(i + 1, LexTag::JJ)) {
      t[i + 1] = LexTag::JJ;
    } else if (can_be(i + 1, LexTag::RB)) {
      t[i + 1] = LexTag::RB;
    }
  }
  // A modal, then an adverb or a time phrase, then a word that can be a
  // base verb: "will this week visit Britain", "would next month sign".
  for (size_t i = 0; i + 2 < n; ++i) {
    if (t[i] != LexTag::MD) continue;
    size_t j = i + 1;
    while (j < n && (t[j] == LexTag::RB || t[j] == LexTag::RBR) && j - i <= 2) ++j;
    const size_t before_time = j;
    if (j + 1 < n && (lowers[j] == "this" || lowers[j] == "next") && IsNounTag(t[j + 1])) {
      j += 2;
    } else if (j < n && (lowers[j] == "today" || lowers[j] == "tomorrow" || lowers[j] == "tonight")) {
      ++j;
    }
    if (j == before_time && j == i + 1) continue;  // nothing between: the tagger's own choice stands
    if (j < n && t[j] != LexTag::VB && (IsNounTag(t[j]) || t[j] == LexTag::VBP || t[j] == LexTag::JJ) &&
        can_be(j, LexTag::VB)) {
      t[j] = LexTag::VB;
    }
  }
  for (size_t i = 2; i < n; ++i) {
    // "dismissed … a Human Rights Watch report published on Monday": a
    // lowercase base-form "verb" after a singular name that a determiner
    // opens, once the clause has its finite verb, is the noun the name
    // modifies (not "Japan and the U.S. kick off talks", "the Americans
    // blame").
    if ((t[i] == LexTag::VB || t[i] == LexTag::VBP) && t[i - 1] == LexTag::NNP && can_be(i, LexTag::NN) &&
        !texts[i].empty() && IsLowerAscii(texts[i][0])) {
      size_t j = i - 1;
      while (j > 0 && IsProper(t[j - 1])) --j;
      bool finite_before = false;
      for (size_t k = 0; k + 1 < j; ++k) finite_before = finite_before || IsFinite(t[k]);
      if (j > 0 && t[j - 1] == LexTag::DT && finite_before &&
          (lowers[j - 1] == "a" || lowers[j - 1] == "an" || lowers[j - 1] == "the")) {
        t[i] = LexTag::NN;
      }
    }
  }
  for (size_t i = 0; i < n; ++i) {
    // A nationality adjective, a plural-looking "verb" and a past form
    // ("Azerbaijani forces captured Shusha, …"): the adjective qualifies the
    // noun, and the past form is the clause's verb unless "by" follows it.
    if ((t[i] == LexTag::NNP || t[i] == LexTag::JJ) && (columns[i].demonym || columns[i].demonym_shape) && i + 2 < n &&
        t[i + 1] == LexTag::VBZ && can_be(i + 1, LexTag::NNS) && !texts[i + 1].empty() &&
        IsLowerAscii(texts[i + 1][0]) && t[i + 2] == LexTag::VBN && can_be(i + 2, LexTag::VBD) &&
        !(i + 3 < n && lowers[i + 3] == "by")) {
      t[i + 1] = LexTag::NNS;
      t[i + 2] = LexTag::VBD;
    }
    // A nationality adjective before a common noun ("German forces") or
    // before a title and a person's name ("Polish Prime Minister Donald
    // Tusk") is an adjective; before a run of capitals that ends in a common
    // noun it is part of a name ("European Central Bank", "Canadian
    // Imperial Bank").
    if (t[i] == LexTag::NNP && columns[i].demonym && i + 1 < n) {
      const bool before_noun = (t[i + 1] == LexTag::NN || t[i + 1] == LexTag::NNS) &&
                               !texts[i + 1].empty() && IsLowerAscii(texts[i + 1][0]);
      size_t last = i + 1;
      while (last + 1 < n && t[last + 1] == LexTag::NNP) ++last;
      const bool before_titled_name =
          t[i + 1] == LexTag::NNP && last >= i + 2 && IsPersonNameLike(lowers[last]);
      if (before_noun || before_titled_name) t[i] = LexTag::JJ;
    }
    // An unknown word shaped like a nationality adjective right before a
    // lowercase noun is one: "Zeranian forces", "Ivorian cocoa".
    if (t[i] == LexTag::NNP && columns[i].demonym_shape && i + 1 < n &&
        (t[i + 1] == LexTag::NN || t[i + 1] == LexTag::NNS) && !texts[i + 1].empty() &&
        IsLowerAscii(texts[i + 1][0])) {
      t[i] = LexTag::JJ;
    }
    // An adjective that heads its noun phrase ("the military seized", "in
    // the south .") is a noun when the word can be one.
    if (t[i] == LexTag::JJ && i > 0 && i + 1 < n && !columns[i].jj_unpenalized &&
        (t[i - 1] == LexTag::DT || t[i - 1] == LexTag::POS ||
         ToPos(t[i - 1], lowers[i - 1], true) == Pos::PRPS) &&
        !IsNominalModifiee(t[i + 1], lowers[i + 1]) && LexiconCount(lowers[i], LexTag::NN) >= 2) {
      t[i] = LexTag::NN;
    }
    // A plural-looking "verb" after a number, an adjective or a possessive
    // pronoun is a noun: "three summits", "new talks", "its platforms".
    if (t[i] == LexTag::VBZ && i > 0 && !lowers[i].starts_with('\'') &&
        (t[i - 1] == LexTag::CD || t[i - 1] == LexTag::JJ || t[i - 1] == LexTag::JJR ||
         t[i - 1] == LexTag::JJS || ToPos(t[i - 1], lowers[i - 1], true) == Pos::PRPS) &&
        can_be(i, LexTag::NNS)) {
      t[i] = LexTag::NNS;
    }
    // A participle graded by "most", "least" or "best" before a noun is an
    // adjective: "its most wanted drug lord", "the best known critic".
    if ((t[i] == LexTag::VBD || t[i] == LexTag::VBN) && i > 0 && i + 1 < n &&
        (lowers[i - 1] == "most" || lowers[i - 1] == "least" || lowers[i - 1] == "best") &&
        (t[i + 1] == LexTag::NN || t[i + 1] == LexTag::NNS || t[i + 1] == LexTag::JJ)) {
      t[i] = LexTag::JJ;
    }
    // After two names joined by "and", a word that can be a plural verb
    // and is followed by an infinitive is that verb: "Howe and Shultz plan
    // to discuss" (not "the Reagan plan to cut taxes").
    if (t[i] == LexTag::NN && i >= 3 && i + 2 < n && lowers[i + 1] == "to" && t[i + 2] == LexTag::VB &&
        t[i - 1] == LexTag::NNP && can_be(i, LexTag::VBP)) {
      bool joined = false;
      size_t j = i - 1;
      while (j > 0 && (t[j] == LexTag::NNP || lowers[j] == "of" || lowers[j] == "and")) {
        joined |= lowers[j] == "and";
        --j;
      }
      const bool determined = t[j] == LexTag::DT || t[j] == LexTag::POS;
      if (joined && !determined) t[i] = LexTag::VBP;
    }
  }
  for (size_t i = 1; i + 1 < n; ++i) {
    // A capitalized adjective between two proper nouns is part of the name:
    // "International Atomic Energy Agency".
    if (t[i] == LexTag::JJ && !columns[i].jj_unpenalized && t[i - 1] == LexTag::NNP &&
        (t[i + 1] == LexTag::NNP || t[i + 1] == LexTag::NNPS) && !texts[i].empty() &&
        texts[i][0] >= 'A' && texts[i][0] <= 'Z') {
      t[i] = LexTag::NNP;
    }
  }
  // Coordinated nationality adjectives: "Karsovian and Telmarian troops".
  for (size_t i = n; i-- > 0;) {
    if (t[i] == LexTag::NNP && (columns[i].demonym || columns[i].demonym_shape) && i + 2 < n &&
        t[i + 1] == LexTag::CC && t[i + 2] == LexTag::JJ &&
        (columns[i + 2].demonym || columns[i + 2].demonym_shape)) {
      t[i] = LexTag::JJ;
    }
  }
  // "North Korean", "South African": the compass word is part of the adjective.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (t[i] == LexTag::NNP && IsCompassWord(lowers[i]) && t[i + 1] == LexTag::JJ &&
        columns[i + 1].demonym) {
      t[i] = LexTag::JJ;
    }
  }
  // "A Turkish military court jailed X … and sentenced five supporters":
  // once the first verb is read as finite, a participle joined to it by
  // "and" with an object after it is finite too (the first pass may have
  // met it before the first verb was corrected).
  for (size_t i = 1; i + 1 < n; ++i) {
    if (t[i] != LexTag::VBN || t[i - 1] != LexTag::CC || !can_be(i, LexTag::VBD)) continue;
    // ("called the attacks an escalation and promised retaliation": a bare noun object too.)
    if (!(t[i + 1] == LexTag::DT || IsProper(t[i + 1]) || t[i + 1] == LexTag::CD || t[i + 1] == LexTag::PRP ||
          t[i + 1] == LexTag::NN || t[i + 1] == LexTag::NNS)) {
      continue;
    }
    size_t j = i - 1;
    while (j > 0 && !IsFinite(t[j - 1]) && t[j - 1] != LexTag::VBN) --j;
    if (j > 0 && t[j - 1] == LexTag::VBD && !is_aux(j - 1)) t[i] = LexTag::VBD;
  }
  // "India suspended a treaty with Pakistan, expelled Pakistani advisers
  // and ordered …": in a list of acts ending in "and" and a past form, a
  // participle after a comma with an object after it is finite like the
  // first (not "a man, named Smith": no list follows).
  for (size_t i = 3; i + 1 < n; ++i) {
    if (t[i] != LexTag::VBN || lowers[i - 1] != "," || !can_be(i, LexTag::VBD)) continue;
    if (!(t[i + 1] == LexTag::DT || IsProper(t[i + 1]) || t[i + 1] == LexTag::CD || t[i + 1] == LexTag::PRP ||
          t[i + 1] == LexTag::JJ || t[i + 1] == LexTag::NNS)) {
      continue;
    }
    bool list_goes_on = false;
    for (size_t k = i + 2; k + 1 < n && k < i + 16 && !is_boundary(k); ++k) {
      if (lowers[k] == "and" && (t[k + 1] == LexTag::VBD || t[k + 1] == LexTag::VBN) && can_be(k + 1, LexTag::VBD)) {
        list_goes_on = true;
        break;
      }
    }
    if (!list_goes_on) continue;
    size_t j = i - 1;
    while (j > 0 && !IsFinite(t[j - 1]) && t[j - 1] != LexTag::VBN && i - j < 16) --j;
    if (j > 0 && t[j - 1] == LexTag::VBD && !is_aux(j - 1)) t[i] = LexTag::VBD;
  }
  // "with Xi warning Washington not to …": an -ing word after "with" and a
  // name, before an object, is the participle of an absolute phrase.
  for (size_t i = 2; i + 1 < n; ++i) {
    if (t[i] != LexTag::NN || !EndsWith(lowers[i], "ing") || !can_be(i, LexTag::VBG)) continue;
    if (!IsProper(t[i - 1])) continue;
    size_t j = i - 1;
    while (j > 0 && IsProper(t[j - 1]) && i - j < 4) --j;
    if (j == 0 || lowers[j - 1] != "with") continue;
    if (t[i + 1] == LexTag::DT || IsProper(t[i + 1]) || t[i + 1] == LexTag::PRP || lowers[i + 1] == "that") {
      t[i] = LexTag::VBG;
    }
  }
  // "after meeting Velkor", "before visiting the capital", "since talking
  // with him": an -ing word right after a preposition of time, before its
  // object, is a gerund.
  for (size_t i = 1; i + 1 < n; ++i) {
    if (t[i] != LexTag::NN || !EndsWith(lowers[i], "ing") || !can_be(i, LexTag::VBG)) continue;
    const std::string_view before = lowers[i - 1];
    if (before != "after" && before != "before" && before != "since" && before != "upon" && before != "while" &&
        before != "without") {
      continue;
    }
    if (IsProper(t[i + 1]) || t[i + 1] == LexTag::DT || t[i + 1] == LexTag::PRP || lowers[i + 1] == "with") {
      t[i] = LexTag::VBG;
    }
  }
  // "demanded that Belarus free dissident journalist Roman Protasevich":
  // after a verb of demanding, "that" and a name, a word that can be a
  // verb, before its object, is the subjunctive verb.
  for (size_t i = 3; i + 1 < n; ++i) {
    if ((t[i] != LexTag::NN && t[i] != LexTag::JJ) || !can_be(i, LexTag::VB) || !IsProper(t[i - 1])) continue;
    size_t j = i - 1;
    while (j > 0 && IsProper(t[j - 1]) && i - j < 4) --j;
    if (j < 2 || lowers[j - 1] != "that") continue;
    // (Past a time: "demanded on Monday that …".)
    bool demanding = false;
    for (size_t k = j - 2, steps = 0; !demanding && steps < 4; --k, ++steps) {
      const std::string_view v = lowers[k];
      demanding = v.starts_with("demand") || v.starts_with("insist") || v.starts_with("urg") ||
                  v.starts_with("request") || v.starts_with("recommend") || v.starts_with("requir") ||
                  v.starts_with("propos") || v.starts_with("ask");
      if (k == 0 || v == "," || v == ";") break;
    }
    if (!demanding) continue;
    if (t[i + 1] == LexTag::DT || t[i + 1] == LexTag::JJ || t[i + 1] == LexTag::NN || t[i + 1] == LexTag::NNS ||
        IsProper(t[i + 1]) || t[i + 1] == LexTag::PRP || t[i + 1] == LexTag::CD || t[i + 1] == LexTag::RP) {
      t[i] = LexTag::VB;
    }
  }
  // "in a phone call made from the White House": "call" after "phone",
  // "telephone" or "video" is the noun, whatever follows.
  for (size_t i = 1; i < n; ++i) {
    if ((lowers[i] == "call" || lowers[i] == "calls") && t[i] != LexTag::NN && t[i] != LexTag::NNS &&
        (lowers[i - 1] == "phone" || lowers[i - 1] == "telephone" || lowers[i - 1] == "video")) {
      t[i] = lowers[i] == "call" ? LexTag::NN : LexTag::NNS;
    }
  }
  // "IMF managing director Michel Camdessus", "the ruling party", "acting
  // president": an -ing word of office before a noun is its adjective.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (t[i] != LexTag::VBG) continue;
    const std::string_view w = lowers[i];
    if (!(w == "managing" || w == "acting" || w == "presiding" || w == "governing" || w == "ruling" ||
          w == "founding" || w == "outgoing" || w == "incoming" || w == "reigning")) {
      continue;
    }
    if (t[i + 1] == LexTag::NN || t[i + 1] == LexTag::NNS || IsProper(t[i + 1])) t[i] = LexTag::JJ;
  }
  // "pursuing retreating Iranian troops", "shelled fleeing civilians": an
  // -ing word of going away right after a verb and before a noun phrase
  // describes the noun (the troops retreat, not the pursuers).
  for (size_t i = 1; i + 1 < n; ++i) {
    const bool verb_before = IsFinite(t[i - 1]) || t[i - 1] == LexTag::VB || t[i - 1] == LexTag::VBG ||
                             t[i - 1] == LexTag::VBN;
    if (t[i] != LexTag::VBG || !verb_before || is_aux(i - 1)) continue;
    if (!(lowers[i] == "retreating" || lowers[i] == "fleeing" || lowers[i] == "advancing" ||
          lowers[i] == "departing" || lowers[i] == "retiring")) {
      continue;
    }
    if (t[i + 1] == LexTag::JJ || t[i + 1] == LexTag::NN || t[i + 1] == LexTag::NNS || IsProper(t[i + 1])) {
      t[i] = LexTag::JJ;
    }
  }
  // "concerned about the lack of improvement in exports given the dollar's
  // decline": "given" after a noun or a comma, before a determiner or an
  // adjective, is the preposition ("considering"); "was given the job",
  // "has given Hamas" keep their participle.
  for (size_t i = 1; i + 1 < n; ++i) {
    if (lowers[i] != "given" || t[i] != LexTag::VBN) continue;
    // (A plural noun read as a verb counts: "in U.S. exports given the …".)
    const bool noun_before = t[i - 1] == LexTag::NN || t[i - 1] == LexTag::NNS || t[i - 1] == LexTag::PUNC ||
                             (t[i - 1] == LexTag::VBZ && lowers[i - 1] != "has" && lowers[i - 1] != "is");
    if (!noun_before) continue;
    const std::string_view next = lowers[i + 1];
    if (t[i + 1] == LexTag::JJ || next == "the" || next == "its" || next == "their" || next == "his" ||
        next == "her" || next == "this" || next == "these" || next == "such") {
      t[i] = LexTag::IN;
    }
  }
  // "after Israeli and U.S. strikes on those sites": a plural attack noun
  // after a nationality or a name that follows a preposition, a
  // conjunction or a determiner, and before "on" or "against", is a noun.
  for (size_t i = 2; i + 1 < n; ++i) {
    if (t[i] == LexTag::VBZ && (lowers[i] == "strikes" || lowers[i] == "attacks" || lowers[i] == "raids") &&
        (lowers[i + 1] == "on" || lowers[i + 1] == "against") &&
        (t[i - 1] == LexTag::JJ || IsProper(t[i - 1])) &&
        (t[i - 2] == LexTag::CC || t[i - 2] == LexTag::IN || t[i - 2] == LexTag::DT || t[i - 2] == LexTag::POS)) {
      t[i] = LexTag::NNS;
    }
  }
  // "a wave of Karsovian drone strikes overnight": a plural attack noun
  // after a weapon's noun that follows an adjective, a number or "of" is
  // the compound's head, a noun.
  for (size_t i = 2; i < n; ++i) {
    if (t[i] != LexTag::VBZ || !(lowers[i] == "strikes" || lowers[i] == "attacks" || lowers[i] == "raids")) continue;
    const std::string_view weapon = lowers[i - 1];
    if (weapon != "drone" && weapon != "missile" && weapon != "rocket" && weapon != "artillery" && weapon != "air") {
      continue;
    }
    if (t[i - 2] == LexTag::JJ || t[i - 2] == LexTag::CD || t[i - 2] == LexTag::OF) t[i] = LexTag::NNS;
  }
  // "handed the remains of …": a present-tense form right after an
  // article or a possessive pronoun is a plural noun.
  for (size_t i = 1; i < n; ++i) {
    if (t[i] != LexTag::VBZ || !can_be(i, LexTag::NNS)) continue;
    const std::string_view w = lowers[i - 1];
    if (w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" || w == "our") {
      t[i] = LexTag::NNS;
    }
  }
  // "called the U.S. attacks an escalation": after a finite verb of the
  // same clause, "the" + a nationality or a name + an attack word is the
  // verb's object, a noun ("The U.S. attacks Iran" opens its clause).
  for (size_t i = 3; i < n; ++i) {
    if (t[i] != LexTag::VBZ || !(lowers[i] == "strikes" || lowers[i] == "attacks" || lowers[i] == "raids")) continue;
    if (!(t[i - 1] == LexTag::JJ || IsProper(t[i - 1])) || t[i - 2] != LexTag::DT) continue;
    bool verb_before = false;
    for (size_t k = i - 2; k > 0 && !verb_before; --k) {
      const std::string_view w = lowers[k - 1];
      if (w == "," || w == ";" || w == "that" || w == "which" || w == "who" || t[k - 1] == LexTag::CC) break;
      verb_before = IsFinite(t[k - 1]) && !is_aux(k - 1);
    }
    if (verb_before) t[i] = LexTag::NNS;
  }
}

namespace {

// "U.S.", "U.K.", "U.N.": capitals each followed by a dot.
bool IsDottedCapitals(std::string_view text) {
  if (text.size() < 4 || text.size() % 2 != 0) return false;
  for (size_t i = 0; i < text.size(); i += 2) {
    if (text[i] < 'A' || text[i] > 'Z' || text[i + 1] != '.') return false;
  }
  return true;
}

}  // namespace

std::vector<Pos> PosTagger::TagTexts(const std::vector<std::string_view>& texts,
                                     const std::vector<std::string_view>& lowers) const {
  const size_t n = texts.size();
  std::vector<Pos> out(n, Pos::kUnknown);
  if (n == 0) return out;

  TokenContext context;
  std::vector<WordShape> shapes(n);
  for (size_t i = 0; i < n; ++i) shapes[i] = ShapeOf(texts[i]);
  {
    int words = 0, caps = 0;
    for (const WordShape& s : shapes) {
      if (s.letters < 2) continue;
      ++words;
      if (!s.has_lower) ++caps;
    }
    context.headline = words >= 3 && caps * 10 >= words * 6;
  }
  std::vector<Column> columns(n);
  bool initial = true;
  for (size_t i = 0; i < n; ++i) {
    context.initial = initial;
    context.after_dotted = i > 0 && IsDottedCapitals(texts[i - 1]);
    Candidates(texts[i], lowers[i], context, &columns[i]);
    if (columns[i].size == 0) columns[i].items[columns[i].size++] = Candidate{LexTag::NN, 0};
    if (shapes[i].has_alnum) {
      // Wire copy converted from capitals writes the word after "U.S." with
      // a capital ("the U.S. Has threatened", "U.S. Officials said"): such
      // a word is read like the first of a sentence.
      initial = IsDottedCapitals(texts[i]);
    } else if (IsQuote(texts[i]) || texts[i] == ":" || texts[i] == "--") {
      initial = true;
    }
  }
  std::vector<LexTag> tags = Viterbi(columns);
  Correct(texts, lowers, columns, &tags);
  for (size_t i = 0; i < n; ++i) {
    bool possessive_her = false;
    if (i + 1 < n) {
      const LexTag next = tags[i + 1];
      possessive_her = next == LexTag::NN || next == LexTag::NNS || next == LexTag::NNP ||
                       next == LexTag::NNPS || next == LexTag::JJ || next == LexTag::JJR ||
                       next == LexTag::JJS || next == LexTag::CD || next == LexTag::VBG ||
                       next == LexTag::VBN || next == LexTag::RBS;
    }
    out[i] = ToPos(tags[i], texts[i], possessive_her);
  }
  return out;
}

void PosTagger::Tag(Sentence* sentence) const {
  std::vector<std::string_view> texts, lowers;
  texts.reserve(sentence->tokens.size());
  lowers.reserve(sentence->tokens.size());
  for (const Token& token : sentence->tokens) {
    texts.push_back(token.text);
    lowers.push_back(token.lower);
  }
  const std::vector<Pos> tags = TagTexts(texts, lowers);
  for (size_t i = 0; i < tags.size(); ++i) sentence->tokens[i].pos = tags[i];
}

std::vector<Pos> PosTagger::TagWords(const std::vector<std::string>& words) const {
  std::vector<std::string> lower_storage(words.size());
  std::vector<std::string_view> texts, lowers;
  for (size_t i = 0; i < words.size(); ++i) {
    LowerTokenText(words[i], &lower_storage[i]);
    texts.push_back(words[i]);
  }
  for (const std::string& l : lower_storage) lowers.push_back(l);
  return TagTexts(texts, lowers);
}

Pos PosTagger::MostFrequentTag(std::string_view text) const {
  std::string key;
  LowerTokenText(text, &key);
  std::string with_dots(text);
  for (char& c : with_dots) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  auto entries = lexicon_.Find(with_dots);
  if (entries.empty()) entries = lexicon_.Find(key);
  if (!entries.empty()) {
    LexTag best = entries[0].tag;
    double best_count = -1;
    for (const TagLexicon::Entry& e : entries) {
      const double c = std::exp(e.log_prob) * transitions_.TagCounts()[static_cast<size_t>(e.tag)];
      if (c > best_count) {
        best_count = c;
        best = e.tag;
      }
    }
    return ToPos(best, text, false);
  }
  const WordShape shape = ShapeOf(text);
  if (!shape.has_alnum) return ToPos(LexTag::PUNC, text, false);
  if (shape.numeric) return Pos::CD;
  return shape.first_letter_upper ? Pos::NNP : Pos::NN;
}

}  // namespace statecraft
