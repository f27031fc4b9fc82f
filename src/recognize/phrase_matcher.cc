#include "recognize/phrase_matcher.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string_view>

#include "normalize/token_text.h"

namespace statecraft {

namespace {
// The longest phrase we look for, in tokens; bounds the work per position.
constexpr size_t kMaxPhraseTokens = 12;

}  // namespace

PhraseMatcher::PhraseMatcher(const Dictionary& dict) : dict_(dict) {
  auto entry = [&](std::string_view text) {
    const uint32_t id = texts_.Insert(text);
    if (id == by_text_.size()) {
      by_text_.emplace_back();
      begins_key_.push_back(false);
    }
    return id;
  };
  for (uint32_t idx = 0; idx < dict.phrases.size(); ++idx) {
    const std::string_view key = dict.phrases[idx].key;
    std::vector<uint32_t>& phrases = by_text_[entry(key)];
    if (phrases.empty()) ++key_count_;
    phrases.push_back(idx);
    for (size_t space = key.find(' '); space != std::string_view::npos; space = key.find(' ', space + 1)) {
      begins_key_[entry(key.substr(0, space))] = true;
    }
  }
  country_name_phrase_.assign(dict.actors.size(), -1);
  for (uint32_t idx = 0; idx < dict.phrases.size(); ++idx) {
    const Phrase& ph = dict.phrases[idx];
    if (ph.kind == PhraseKind::kName && ph.target < dict.actors.size() &&
        dict.actors[ph.target].kind == Actor::Kind::kCountry && country_name_phrase_[ph.target] < 0) {
      country_name_phrase_[ph.target] = static_cast<int>(idx);
    }
  }
}

namespace {

bool IsWord(const std::string& w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

bool HasLowercase(const Token& t) {
  for (char c : t.text) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// Every word the name capitalizes (bit k of `capital_words` for the token
// `begin + k`) is capitalized in the text too.
bool CapitalsAgree(const std::vector<Token>& tokens, size_t begin, size_t end, uint16_t capital_words) {
  for (size_t k = begin; k < end && k - begin < 16; ++k) {
    if (!(capital_words & (1u << (k - begin)))) continue;
    const std::string& text = tokens[k].text;
    if (text.empty() || !(text[0] >= 'A' && text[0] <= 'Z')) return false;
  }
  return true;
}

}  // namespace

PhraseMatch PhraseMatcher::LedCompoundAt(const std::vector<Token>& tokens, size_t token_idx) const {
  PhraseMatch none;
  none.token_begin = none.token_end = static_cast<uint32_t>(token_idx);
  // The second parts that make the first its actor: the leader, the
  // owner or flag state of a ship or a firm ("an Israel-linked cargo ship",
  // "a Liberian-flagged tanker"), the home of a group ("a U.S.-based
  // missionary group"), and the state goods come from ("duties on
  // Japanese-made cars", "barriers to American-caught herring").
  static constexpr std::string_view kSuffixes[] = {"-led",      "-linked",   "-owned",    "-flagged",
                                                   "-registered", "-brokered", "-mediated", "-based",
                                                   "-made",     "-built",    "-caught",   "-grown",
                                                   "-produced", "-manufactured"};
  constexpr size_t kFirstGoodsSuffix = 8;  // "-made" and after
  const Token& t = tokens[token_idx];
  size_t suffix = 0;
  size_t which = 0;
  for (size_t i = 0; i < std::size(kSuffixes); ++i) {
    std::string_view s = kSuffixes[i];
    if (t.lower.size() > s.size() && t.lower.compare(t.lower.size() - s.size(), s.size(), s) == 0) {
      suffix = s.size();
      which = i;
    }
  }
  if (suffix == 0) return none;
  // Goods' origin makes an actor only as what a trade measure is on or
  // opens to ("duties on Japanese-made cars"), not in "the sale of a
  // U.S.-made supercomputer" or "deployed Chinese-made missiles".
  if (which >= kFirstGoodsSuffix) {
    size_t k = token_idx;
    if (k >= 1 && IsWord(tokens[k - 1].lower, {"a", "an", "the", "all", "some", "cheap", "cheaper"})) --k;
    if (k == 0 || !IsWord(tokens[k - 1].lower, {"on", "to", "against", "into"})) return none;
  }
  // A home makes an actor of a group of people only ("a U.S.-based
  // missionary group"), not of a bank or of rumours ("Budapest-based bank",
  // "London-based rumors").
  if (kSuffixes[which] == "-based") {
    bool group = false;
    for (size_t k = token_idx + 1; k < tokens.size() && k <= token_idx + 2 && !group; ++k) {
      group = IsWord(tokens[k].lower, {"group", "groups", "organization", "organisation", "organizations",
                                       "organisations", "charity", "charities", "militia", "militias", "network",
                                       "movement", "missionaries"});
    }
    if (!group) return none;
  }
  if (t.text.empty() || t.text[0] < 'A' || t.text[0] > 'Z') return none;  // "state-led", "self-owned"
  // The first part's key as the tokenizer writes it alone ("U.S." → "us").
  std::string leader;
  LowerTokenText(std::string_view(t.text).substr(0, t.text.size() - suffix), &leader);
  const uint32_t id = texts_.Find(leader);
  if (id == StringTable::kNotFound) return none;
  PhraseMatch best = none;
  for (uint32_t phrase_idx : by_text_[id]) {
    PhraseKind kind = dict_.phrases[phrase_idx].kind;
    // A state, organization or its capital; an office or a sector
    // ("army-led") is no actor by itself.
    if (kind == PhraseKind::kName || kind == PhraseKind::kDemonym || kind == PhraseKind::kMetonym) {
      best.phrases.push_back(phrase_idx);
    }
  }
  if (!best.phrases.empty()) best.token_end = best.token_begin + 1;
  return best;
}

int PhraseMatcher::CountryOfKey(const std::string& key, bool demonym_only) const {
  const uint32_t id = texts_.Find(key);
  if (id == StringTable::kNotFound) return -1;
  for (uint32_t phrase_idx : by_text_[id]) {
    const Phrase& ph = dict_.phrases[phrase_idx];
    if ((ph.kind == PhraseKind::kDemonym || (ph.kind == PhraseKind::kName && !demonym_only)) &&
        ph.target < dict_.actors.size() &&
        dict_.actors[ph.target].kind == Actor::Kind::kCountry && country_name_phrase_[ph.target] >= 0) {
      return static_cast<int>(ph.target);
    }
  }
  return -1;
}

PhraseMatch PhraseMatcher::StatePairAt(const std::vector<Token>& tokens, size_t token_idx) const {
  PhraseMatch none;
  none.token_begin = none.token_end = static_cast<uint32_t>(token_idx);
  const std::string& text = tokens[token_idx].text;
  if (text.size() < 5 || text[0] < 'A' || text[0] > 'Z') return none;
  // Only before a noun of the two states' dealings, past at most two
  // lowercase words ("U.S.-Soviet arms talks", "the U.S.-Japanese
  // semiconductor agreement"): not a name ("the Tanzania-Zambia Railway
  // Authority"), not a war, which the news names as a setting ("the
  // Iran-Iraq war"), and not a trade flow ("a report on U.S.-Japanese trade").
  // ("U.S.-South Korean air force drills": a second state named over two
  // tokens, a compass word and a capitalized word.)
  const bool compass_split =
      token_idx + 1 < tokens.size() && !tokens[token_idx + 1].text.empty() && tokens[token_idx + 1].text[0] >= 'A' &&
      tokens[token_idx + 1].text[0] <= 'Z' &&
      (text.ends_with("-North") || text.ends_with("-South") || text.ends_with("-East") || text.ends_with("-West"));
  const size_t after = token_idx + (compass_split ? 2 : 1);
  bool dealings = false;
  for (size_t k = after; k < tokens.size() && k <= after + 2 && !dealings; ++k) {
    const std::string& w = tokens[k].lower;
    if (tokens[k].text.empty() || !(tokens[k].text[0] >= 'a' && tokens[k].text[0] <= 'z')) break;
    dealings = IsWord(w, {"talks", "negotiations", "summit", "summits", "meeting", "meetings", "relations", "ties",
                          "agreement", "accord", "pact", "treaty", "deal", "consultations", "dialogue",
                          "cooperation", "partnership", "alliance", "rapprochement", "detente", "friendship",
                          "drills", "exercises", "maneuvers", "manoeuvres", "wargames", "war-games", "patrols"});
  }
  if (!dealings) return none;
  std::string first, second;
  for (size_t dash = text.find('-'); dash != std::string::npos; dash = text.find('-', dash + 1)) {
    if (dash == 0 || dash + 1 >= text.size() || text[dash + 1] < 'A' || text[dash + 1] > 'Z') continue;
    LowerTokenText(std::string_view(text).substr(0, dash), &first);
    LowerTokenText(std::string_view(text).substr(dash + 1), &second);
    if (compass_split) second += " " + tokens[token_idx + 1].lower;
    const int a = CountryOfKey(first), b = CountryOfKey(second);
    if (a < 0 || b < 0 || a == b) continue;
    PhraseMatch pair = none;
    pair.token_end = static_cast<uint32_t>(after);
    pair.phrases = {static_cast<uint32_t>(country_name_phrase_[a]), static_cast<uint32_t>(country_name_phrase_[b])};
    return pair;
  }
  return none;
}

PhraseMatch PhraseMatcher::DualNationalityAt(const std::vector<Token>& tokens, size_t token_idx) const {
  PhraseMatch none;
  none.token_begin = none.token_end = static_cast<uint32_t>(token_idx);
  const std::string& text = tokens[token_idx].text;
  const size_t dash = text.find('-');
  if (text.size() < 5 || text[0] < 'A' || text[0] > 'Z' || dash == std::string::npos || dash + 1 >= text.size() ||
      text[dash + 1] < 'A' || text[dash + 1] > 'Z' || text.find('-', dash + 1) != std::string::npos) {
    return none;
  }
  // Before the person's noun ("activist", "soldier", "novelist").
  if (token_idx + 1 >= tokens.size() || tokens[token_idx + 1].text.empty() || tokens[token_idx + 1].text[0] < 'a' ||
      tokens[token_idx + 1].text[0] > 'z') {
    return none;
  }
  // (A person: an agent or a title of the dictionary, or a word for one;
  // not "German-Turkish trade".)
  std::string scratch;
  bool person = IsWord(tokens[token_idx + 1].lower,
                       {"novelist", "writer", "author", "journalist", "activist", "citizen", "citizens", "national",
                        "nationals", "businessman", "businesswoman", "man", "woman", "academic", "scholar",
                        "researcher", "student", "doctor", "photographer", "blogger", "poet", "dissident", "pastor",
                        "hostage", "hostages", "detainee", "prisoner", "filmmaker", "artist", "lawyer", "billionaire"});
  for (uint32_t p : LongestAt(tokens, token_idx + 1, &scratch).phrases) {
    person = person || dict_.phrases[p].kind == PhraseKind::kAgent || dict_.phrases[p].kind == PhraseKind::kTitle;
  }
  if (!person) return none;
  std::string first, second;
  LowerTokenText(std::string_view(text).substr(0, dash), &first);
  LowerTokenText(std::string_view(text).substr(dash + 1), &second);
  const int a = CountryOfKey(first, /*demonym_only=*/true), b = CountryOfKey(second, /*demonym_only=*/true);
  if (a < 0 || b < 0 || a == b) return none;
  // ("Jailed British-Egyptian activist … against the Egyptian authorities":
  // the nationality the story is about.)
  bool second_named = false, first_named = false;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (k == token_idx) continue;
    const int c = CountryOfKey(tokens[k].lower);
    second_named = second_named || c == b;
    first_named = first_named || c == a;
  }
  const int chosen = second_named && !first_named ? b : a;
  PhraseMatch one = none;
  one.token_end = one.token_begin + 1;
  one.phrases = {static_cast<uint32_t>(country_name_phrase_[chosen])};
  return one;
}

PhraseMatch PhraseMatcher::LongestAt(const std::vector<Token>& tokens, size_t token_idx,
                                     std::string* scratch) const {
  PhraseMatch best;
  best.token_begin = best.token_end = static_cast<uint32_t>(token_idx);
  const size_t limit_tok = std::min(tokens.size(), token_idx + kMaxPhraseTokens);
  const bool first_capital = !tokens[token_idx].text.empty() && tokens[token_idx].text[0] >= 'A' &&
                             tokens[token_idx].text[0] <= 'Z';
  bool upper_only = true;
  // The lowercase tokens from token_idx, joined by ' ', one more each step.
  std::string& read = *scratch;
  read.clear();
  for (size_t end_tok = token_idx + 1; end_tok <= limit_tok; ++end_tok) {
    if (end_tok > token_idx + 1) read.push_back(' ');
    read += tokens[end_tok - 1].lower;
    upper_only = upper_only && !HasLowercase(tokens[end_tok - 1]);
    const uint32_t id = texts_.Find(read);
    if (id == StringTable::kNotFound) break;  // no key is or begins with it
    if (!by_text_[id].empty()) {
      std::vector<uint32_t> accepted;
      for (uint32_t phrase_idx : by_text_[id]) {
        const Phrase& ph = dict_.phrases[phrase_idx];
        const bool capitals_ok =
            !ph.capitalized || (first_capital && CapitalsAgree(tokens, token_idx, end_tok, ph.capital_words));
        if ((!ph.exact_case || upper_only) && capitals_ok) accepted.push_back(phrase_idx);
      }
      if (!accepted.empty()) {
        best.token_end = static_cast<uint32_t>(end_tok);
        best.phrases = std::move(accepted);
      }
    }
    if (!begins_key_[id]) break;
  }
  return best;
}

std::vector<PhraseMatch> PhraseMatcher::Match(const std::vector<Token>& tokens) const {
  std::vector<PhraseMatch> out;
  if (key_count_ == 0 || tokens.empty()) return out;
  std::string scratch;
  size_t token_idx = 0;
  while (token_idx < tokens.size()) {
    PhraseMatch best = LongestAt(tokens, token_idx, &scratch);
    if (best.token_end == best.token_begin) best = LedCompoundAt(tokens, token_idx);
    if (best.token_end == best.token_begin) best = StatePairAt(tokens, token_idx);
    if (best.token_end == best.token_begin) best = DualNationalityAt(tokens, token_idx);
    if (best.token_end == best.token_begin) {
      ++token_idx;
      continue;
    }
    // A match that starts inside this one and reaches further wins, unless
    // it is only an agent or a title, which composes with what comes before
    // ("European Union leaders" is the EU's leaders, not "Union leaders").
    bool overtaken = false;
    for (size_t inner = token_idx + 1; inner < best.token_end && !overtaken; ++inner) {
      PhraseMatch other = LongestAt(tokens, inner, &scratch);
      bool names_an_actor = false;
      for (uint32_t p : other.phrases) {
        PhraseKind kind = dict_.phrases[p].kind;
        names_an_actor = names_an_actor || (kind != PhraseKind::kAgent && kind != PhraseKind::kTitle);
      }
      overtaken = other.token_end > best.token_end && names_an_actor;
    }
    // "New Mexico", "New Jersey": a name after a capitalized "New" that is
    // not itself part of a known name ("New Zealand", "New Delhi") is
    // another place.
    if (!overtaken && token_idx > 0 && tokens[token_idx - 1].text == "New") overtaken = true;
    if (overtaken) {
      ++token_idx;
      continue;
    }
    token_idx = best.token_end;
    out.push_back(std::move(best));
  }
  return out;
}

}  // namespace statecraft
