#include "recognize/actor_recognizer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <set>
#include <string_view>

#include "recognize/dateline.h"

namespace statecraft {

using std::string_view_literals::operator""sv;  // literal comparisons that check the length first

namespace {

// "today", "yesterday": a time, though tagged as a noun.
bool IsDayWord(std::string_view w) {
  return w == "today" || w == "yesterday" || w == "tonight" || w == "tomorrow" || w == "overnight";
}

// One phrase match with its candidates sorted by kind. -1: no candidate.
struct Piece {
  uint32_t begin = 0, end = 0;
  int state = -1;       // country by name or metonym
  bool metonym = false;  // `state` came from a metonym ("Paris", "the Kremlin")
  bool place = false;    // `state` came from a place in it ("Mariupol")
  std::vector<uint32_t> more_states;  // further actors of the same name (PETRARCH's "[ELR/GAL]")
  int demonym = -1;     // country by adjective
  int org = -1;
  int contextual = -1;
  int agent = -1;
  int title = -1;
  std::vector<uint32_t> persons;
  std::string loc;      // entry of the winning candidate
  std::string person_loc;

  bool IsNational() const { return state >= 0 || demonym >= 0; }
  int Country() const { return state >= 0 ? state : demonym; }
};

// How many days after an armed group's leader was killed the news still
// names him by his office: the reports of a killing run for about a week.
constexpr int kJustEndedDays = 7;

// Words that end a company's or a society's name: "Corp", "Inc", "Ltd",
// "AG" …, "Club", "Society" ("the Asia Society", "the Commonwealth Club").
bool IsCompanyDesignator(std::string_view w) {
  static constexpr std::array<std::string_view, 21> kWords = {
      "corp", "corporation", "inc", "incorporated", "co",  "ltd", "limited",   "plc",
      "ag",   "sa",          "nv",  "gmbh",         "bhd", "spa", "pty",       "llc",
      "cos",  "club",        "society", "institute", "foundation"};
  for (std::string_view k : kWords) if (w == k) return true;
  return false;
}

// Agreements and meetings named after the city where they were made.
bool IsNamedAfterPlace(const std::string& lemma) {
  static const std::array<const char*, 11> kNamed = {"accord", "pact", "agreement", "club", "round", "communique",
                                                     "declaration", "protocol", "charter", "convention", "summit"};
  for (const char* w : kNamed) if (lemma == w) return true;
  return false;
}

// "rebel positions", "a militant commander": an armed group's adjective
// before one of its own sites or ranks names the group.
bool IsFightersOwn(const std::string& adjective, const std::string& noun_lemma) {
  static const std::array<const char*, 7> kFighters = {"rebel",     "insurgent",  "militant", "guerrilla",
                                                       "guerilla",  "separatist", "jihadist"};
  static const std::array<const char*, 11> kOwn = {"position", "stronghold", "base",   "camp",    "hideout", "target",
                                                   "enclave",  "commander",  "leader", "fighter", "unit"};
  return std::find(kFighters.begin(), kFighters.end(), adjective) != kFighters.end() &&
         std::find(kOwn.begin(), kOwn.end(), noun_lemma) != kOwn.end();
}

// Offices so generic that a title claim about them can never contradict.
bool IsGenericOffice(const std::string& office) {
  static const std::array<const char*, 13> kGeneric = {
      "leader", "official", "minister", "diplomat", "negotiator", "envoy",
      "general", "commander", "spokesperson", "admiral", "ambassador", "lawmaker", "counterpart"};
  for (const char* g : kGeneric) if (office == g) return true;
  return false;
}

// Offices a claim can contradict: titles used precisely enough that a
// mismatch with the dictionary means something (not "minister", "official",
// or ministries that countries name differently, like "treasury secretary").
bool IsCheckableOffice(const std::string& office) {
  static const std::array<const char*, 11> kCheckable = {
      "president", "vice_president", "prime_minister", "chancellor", "king", "monarch",
      "supreme_leader", "foreign_minister", "defence_minister", "opposition_leader", "general_secretary"};
  for (const char* c : kCheckable) if (office == c) return true;
  return office.starts_with("mayor_of_") || office.starts_with("governor_of_");
}

// Rank of an office for picking the one a person is best known by.
int OfficeRank(const std::string& office_key) {
  std::string_view office(office_key);
  size_t dot = office.find('.');
  if (dot != std::string_view::npos) office.remove_prefix(dot + 1);
  static const std::array<const char*, 12> kOrder = {
      "supreme_leader", "president", "general_secretary", "king", "monarch", "emir",
      "chancellor", "prime_minister", "premier", "crown_prince", "vice_president", "foreign_minister"};
  for (size_t i = 0; i < kOrder.size(); ++i) {
    if (office == kOrder[i]) return static_cast<int>(i);
  }
  if (office.starts_with("acting_")) return 20;
  return 30;
}

// A national institution (institutions.txt): an organization of one state,
// "Bundesbank" → DEUGOV.
bool IsInstitution(const Actor& a) {
  return a.kind == Actor::Kind::kOrganization && a.country != "IGO" && a.country != "NGO" && a.country != "IMG";
}

// A firm (companies.txt, or a state-owned one in institutions.txt): its
// code is its country's business sector.
bool IsCompany(const Actor& a) {
  return IsInstitution(a) && a.code.size() == 6 && a.code.compare(3, 3, "BUS") == 0;
}

bool IsLowerWord(const Token& t) {
  if (t.text.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t.text[0]);
  return c >= 'a' && c <= 'z';
}

std::string Underscored(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(c == ' ' || c == '-' ? '_' : c);
  return out;
}

class SentenceRecognizer {
 public:
  SentenceRecognizer(const Dictionary& dict, const ActorRecognizer& recognizer, const Sentence& sentence,
                     std::string_view text, const StoryContext& context, SentenceMentions* out)
      : dict_(dict), rec_(recognizer), tokens_(sentence.tokens), text_(text), context_(context), out_(out) {}

  void Run(const std::vector<PhraseMatch>& matches) {
    BuildPieces(matches);
    NameBeforeAbbreviation();
    DropCompanyNames();
    DropDescent();
    FindSentenceCountry();
    size_t i = 0;
    while (i < pieces_.size()) i = Compose(i);
    SpeakForOrganization();
  }

  // "ATPC Chairman Subroto appealed to …": a person the dictionary knows,
  // named with an office of an international organization right before
  // him, acts for the organization, whatever office he holds at home.
  // One actor then: "IMF Managing Director Michel Camdessus" is one mention
  // over all its words, so a list that goes on ("and to World Bank
  // President Barber Conable") joins it.
  void SpeakForOrganization() {
    std::vector<ActorMention>& actors = out_->actors;
    for (size_t k = 1; k < actors.size(); ++k) {
      ActorMention& person = actors[k];
      const ActorMention& org = actors[k - 1];
      if (person.kind != ActorMention::Kind::kPerson || org.kind != ActorMention::Kind::kOrganization ||
          (org.country != "IGO" && org.country != "NGO") ||
          (person.country == org.country && person.code != org.code)) {
        continue;
      }
      uint32_t t = org.token_end;
      if (t < tokens_.size() && (tokens_[t].lower == "'s"sv || tokens_[t].lower == "'"sv)) ++t;
      uint32_t office_end = t;
      while (office_end < person.token_begin && office_end < t + 3 &&
             (tokens_[office_end].pos == Pos::NNP || tokens_[office_end].pos == Pos::NN)) {
        ++office_end;
      }
      if (office_end != person.token_begin || office_end == t) continue;
      std::string office;
      for (uint32_t w = t; w < office_end; ++w) office += (w > t ? " " : "") + tokens_[w].lower;
      static constexpr std::string_view kOffices[] = {
          "chairman", "chairwoman", "chair", "president", "secretary-general", "secretary general",
          "director-general", "director general", "managing director", "executive director",
          "executive secretary", "spokesman", "spokeswoman", "head", "chief", "director"};
      bool is_office = false;
      for (std::string_view o : kOffices) is_office = is_office || office == o;
      if (!is_office) continue;
      if (person.code != org.code) {
        person.code = org.code;
        person.country = org.country;
        person.why = "the organization's " + office + " named before the person acts for it; " + person.why;
      }
      person.token_begin = org.token_begin;
      person.span.begin = org.span.begin;
      actors.erase(actors.begin() + static_cast<std::ptrdiff_t>(k - 1));
      --k;
    }
  }

 private:
  void BuildPieces(const std::vector<PhraseMatch>& matches) {
    for (const PhraseMatch& m : matches) {
      Piece piece;
      piece.begin = m.token_begin;
      piece.end = m.token_end;
      for (uint32_t phrase_idx : m.phrases) {
        const Phrase& ph = dict_.phrases[phrase_idx];
        int target = static_cast<int>(ph.target);
        switch (ph.kind) {
          case PhraseKind::kName:
          case PhraseKind::kMetonym:
          case PhraseKind::kPlace:
          case PhraseKind::kAlias: {
            const Actor& a = dict_.actors[ph.target];
            if (a.kind == Actor::Kind::kPerson) {
              piece.persons.push_back(ph.target);
              piece.person_loc = ph.loc;
            } else if (a.kind == Actor::Kind::kOrganization) {
              // An institution's proper name is capitalized: "the Diet", not "a diet".
              if (IsInstitution(a) && IsLowerWord(tokens_[m.token_begin])) break;
              // (Nor an organization before it was founded or after it ended:
              // "The ICC had rejected the merger" in 1987.)
              const auto existed = [&](const Role& r) { return r.ValidOn(*context_.date); };
              if (context_.date && !a.roles.empty() && std::none_of(a.roles.begin(), a.roles.end(), existed)) break;
              piece.org = target;
              piece.loc = ph.loc;
            } else if (piece.state >= 0 && piece.state != target && ph.kind == PhraseKind::kName &&
                       dict_.actors[piece.state].kind == Actor::Kind::kCountry) {
              piece.more_states.push_back(ph.target);
            } else if (m.token_end < tokens_.size() && tokens_[m.token_end].pos == Pos::NNP &&
                       !IsLowerWord(tokens_[m.token_end]) &&
                       (tokens_[m.token_end - 1].lower == "west"sv || tokens_[m.token_end - 1].lower == "east"sv ||
                        tokens_[m.token_end - 1].lower == "north"sv || tokens_[m.token_end - 1].lower == "south"sv)) {
              // "the West Darfur city": a compass word that begins a longer
              // proper name is no region.
              break;
            } else {
              piece.state = target;
              piece.loc = ph.loc;
              piece.metonym = ph.kind == PhraseKind::kMetonym || ph.kind == PhraseKind::kPlace;
              piece.place = ph.kind == PhraseKind::kPlace;
            }
            break;
          }
          case PhraseKind::kDemonym:
            piece.demonym = target;
            if (piece.loc.empty()) piece.loc = ph.loc;
            break;
          case PhraseKind::kContextual:
            piece.contextual = target;
            piece.loc = ph.loc;
            break;
          case PhraseKind::kAgent:
            piece.agent = target;
            piece.loc = ph.loc;
            break;
          case PhraseKind::kTitle:
            piece.title = target;
            piece.loc = ph.loc;
            break;
          case PhraseKind::kDiscard:  // voids the sentence: the engine's job
            break;
        }
      }
      // A one-word alias right after an unknown capitalized word is someone
      // else's surname: "Mario Branco Peres" is not Shimon Peres.
      if (!piece.persons.empty() && piece.end - piece.begin == 1 && piece.begin > 0) {
        const Token& before = tokens_[piece.begin - 1];
        bool capitalized = !before.text.empty() && before.text[0] >= 'A' && before.text[0] <= 'Z';
        // ("FmHA Administrator Vance Clark": a one-word alias of another
        // person before it is this name's first word, not a name of its own.)
        bool covered = !pieces_.empty() && pieces_.back().end == piece.begin &&
                       !(pieces_.back().end - pieces_.back().begin == 1 && pieces_.back().title < 0 &&
                         pieces_.back().org < 0 && !pieces_.back().IsNational() && pieces_.back().agent < 0 &&
                         pieces_.back().contextual < 0);
        bool only_alias = std::all_of(m.phrases.begin(), m.phrases.end(), [&](uint32_t p) {
          return dict_.phrases[p].kind == PhraseKind::kAlias;
        });
        if (capitalized && !covered && only_alias && piece.begin > 1 && !IsPossessive(piece.begin - 1)) {
          piece.persons.clear();
        }
      }
      // A title must head its phrase: "general" in "general election" is not one.
      // ("The Japanese prime minister today said": a day word is no noun
      // the title modifies.)
      if (piece.title >= 0 && piece.end < tokens_.size() && IsNoun(tokens_[piece.end].pos) &&
          IsLowerWord(tokens_[piece.end]) &&
          !IsDayWord(tokens_[piece.end].lower)) {
        piece.title = -1;
      }
      // A contextual phrase counts only when the story is about its countries,
      // or ("!PRK") when it does not name a country that would make it ambiguous.
      if (piece.contextual >= 0) {
        const Actor& a = dict_.actors[piece.contextual];
        bool ok = std::any_of(a.context.begin(), a.context.end(), [&](const std::string& c) {
          if (!c.empty() && c[0] == '!') return context_.countries.count(c.substr(1)) == 0;
          return context_.countries.count(c) > 0;
        });
        if (!ok) piece.contextual = -1;
      }
      if (IsOfficeLocation(piece)) continue;
      // ("visited Israel to press for more aid", "to police the border":
      // an agent word used as an infinitive is a verb.)
      if (piece.agent >= 0 && piece.end == piece.begin + 1 && piece.begin > 0 &&
          tokens_[piece.begin].pos == Pos::VB && tokens_[piece.begin - 1].pos == Pos::TO) {
        piece.agent = -1;
        if (!piece.IsNational() && piece.org < 0 && piece.title < 0 && piece.persons.empty() &&
            piece.contextual < 0) {
          continue;
        }
      }
      pieces_.push_back(std::move(piece));
    }
  }

  // "its Brussels office", "the company's Tokyo office", "the Moscow bureau
  // of the newspaper": a city that names a state or an organization, before
  // a noun of an office of someone's, is where that office is.
  bool IsOfficeLocation(const Piece& piece) const {
    if (piece.end != piece.begin + 1 || piece.end >= tokens_.size() || piece.title >= 0 || piece.agent >= 0 ||
        !piece.persons.empty() || piece.demonym >= 0 || !(piece.org >= 0 || (piece.state >= 0 && piece.metonym))) {
      return false;
    }
    const Token& city = tokens_[piece.begin];
    if (city.text.size() < 2 || !std::islower(static_cast<unsigned char>(city.text[1]))) return false;  // "EU"
    const Token& noun = tokens_[piece.end];
    static constexpr std::string_view kOfficeNouns[] = {"office", "offices",      "branch", "branches", "bureau",
                                                        "subsidiary", "headquarters", "plant", "factory", "unit"};
    if (std::find(std::begin(kOfficeNouns), std::end(kOfficeNouns), noun.lower) == std::end(kOfficeNouns)) return false;
    if (piece.begin > 0 && (IsPossessive(piece.begin - 1) || tokens_[piece.begin - 1].pos == Pos::PRPS)) return true;
    return piece.begin > 0 && tokens_[piece.begin - 1].lower == "the"sv && piece.end + 1 < tokens_.size() &&
           tokens_[piece.end + 1].lower == "of"sv;
  }

  // "the Food and Agricultural Organisation (FAO)": an organization's
  // abbreviation in parentheses names the capitalized words before it when
  // their initials spell it, whatever spelling of the name the dictionary
  // lacks; the name and the abbreviation are then one mention.
  void NameBeforeAbbreviation() {
    for (size_t i = 0; i < pieces_.size(); ++i) {
      Piece& p = pieces_[i];
      if (p.org < 0 || p.end != p.begin + 1 || p.begin < 3 || p.end >= tokens_.size() ||
          tokens_[p.begin - 1].text != "("sv || tokens_[p.end].text != ")"sv) {
        continue;
      }
      const std::string& abbr = tokens_[p.begin].text;
      if (abbr.size() < 2 || abbr.size() > 6 ||
          !std::all_of(abbr.begin(), abbr.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); })) {
        continue;
      }
      const uint32_t paren = p.begin - 1;
      // (A name the dictionary knows already names it: "the International
      // Monetary Fund (IMF)".)
      if (std::any_of(pieces_.begin(), pieces_.end(), [&](const Piece& q) { return q.end == paren && q.org >= 0; })) {
        continue;
      }
      std::string initials;  // read backwards
      uint32_t start = paren;
      for (uint32_t k = paren; k > 0 && paren - k < 10;) {
        --k;
        const std::string& w = tokens_[k].text;
        if (!w.empty() && std::isupper(static_cast<unsigned char>(w[0])) && tokens_[k].pos != Pos::kPunct) {
          initials.insert(initials.begin(), w[0]);
          if (initials == abbr) {
            start = k;
            break;
          }
          if (initials.size() >= abbr.size()) break;
        } else if (const std::string_view l = tokens_[k].lower;
                   l != "and"sv && l != "of"sv && l != "for"sv && l != "on"sv && l != "&"sv && l != "de"sv) {
          break;
        }
      }
      if (start == paren) continue;
      p.begin = start;
      // The words of the name are no actors of their own ("Organisation of
      // African Unity": not Africa); they all stand before this piece.
      i -= std::erase_if(pieces_, [&](const Piece& q) { return q.begin >= start && q.end <= paren; });
    }
  }

  // "Union National Corp", "American Motors Corp", "Texaco Canada Inc",
  // "<Siemens AG>": capitalized words that end in a company designator are
  // a company's name; an agent ("Union") or a country inside it is no actor.
  void DropCompanyNames() {
    std::vector<bool> in_company(tokens_.size(), false);
    std::vector<uint32_t> designator_at(tokens_.size(), 0);  // the designator that ends the name
    for (uint32_t t = 1; t < tokens_.size(); ++t) {
      std::string_view w = tokens_[t].lower;
      if (!w.empty() && w.back() == '.') w.remove_suffix(1);
      if (!IsCompanyDesignator(w) || tokens_[t].text.empty()) continue;
      // (The wire writes some in lower case, "Baker International corp";
      // "club" or "society" in lower case are common nouns.)
      const bool legal_form = w == "corp"sv || w == "corporation"sv || w == "inc"sv || w == "incorporated"sv ||
                              w == "ltd"sv || w == "plc"sv || w == "llc"sv || w == "co"sv;
      if (!legal_form && !std::isupper(static_cast<unsigned char>(tokens_[t].text[0]))) continue;
      uint32_t b = t;
      while (b > 0 && t - b < 6) {
        const Token& prev = tokens_[b - 1];
        const bool capital = !prev.text.empty() && std::isupper(static_cast<unsigned char>(prev.text[0]));
        if (!(capital || prev.lower == "&"sv || prev.lower == "of"sv || prev.lower == "and"sv)) break;
        if (prev.pos == Pos::kPunct && prev.lower != "&"sv) break;
        --b;
      }
      while (b < t && (tokens_[b].lower == "of"sv || tokens_[b].lower == "and"sv || tokens_[b].lower == "&"sv)) ++b;
      if (b == t) continue;  // a designator alone ("Co.") names nothing
      for (uint32_t k = b; k <= t; ++k) {
        in_company[k] = true;
        designator_at[k] = t;
      }
    }
    std::vector<Piece> kept;
    kept.reserve(pieces_.size());
    for (Piece& p : pieces_) {
      // (Not a body the dictionary names with its designator: "the British
      // Broadcasting Corporation"; but "the Commonwealth Club" is a club.)
      bool inside = p.begin < p.end && p.end <= tokens_.size();
      for (uint32_t k = p.begin; inside && k < p.end; ++k) inside = in_company[k];
      // (Nor a company the dictionary knows: "Toshiba Corp" is Toshiba.)
      if (inside && p.org >= 0 && (p.end > designator_at[p.begin] || IsCompany(dict_.actors[p.org]))) inside = false;
      if (!inside) kept.push_back(std::move(p));
    }
    pieces_ = std::move(kept);
  }

  // The country of a state named right before a verb of detaining or
  // releasing whose object begins the piece `i` ("Belarus freed 52
  // prisoners", "Nicaragua freed 222 jailed opponents"); "" otherwise.
  std::string CaptorBefore(size_t i) const {
    const Piece& piece = pieces_[i];
    int k = static_cast<int>(piece.begin) - 1;
    // (Past a count and adjectives: "52", "jailed", "political".)
    for (int skipped = 0; k >= 0 && skipped < 4 &&
                          (tokens_[k].pos == Pos::CD || tokens_[k].pos == Pos::DT || IsAdjective(tokens_[k].pos) ||
                           (tokens_[k].pos == Pos::VBN && k > 0 && !IsVerb(tokens_[k - 1].pos)));
         ++skipped) {
      --k;
    }
    if (k < 1 || !IsVerb(tokens_[k].pos)) return "";
    static constexpr std::array<std::string_view, 10> kVerbs = {"free",    "release", "arrest", "detain", "jail",
                                                                "imprison", "pardon", "execute", "torture", "deport"};
    if (std::find(kVerbs.begin(), kVerbs.end(), tokens_[k].lemma) == kVerbs.end()) return "";
    // The state right before the verb (auxiliaries between): its subject.
    int v = k - 1;
    auto auxiliary = [&](int t) {
      const std::string& w = tokens_[t].lower;
      return tokens_[t].pos == Pos::MD || w == "has" || w == "have" || w == "had" || w == "also";
    };
    while (v >= 0 && auxiliary(v)) --v;
    if (v < 0 || i == 0) return "";
    for (size_t p = i; p-- > 0;) {
      if (pieces_[p].end <= static_cast<uint32_t>(v)) break;
      if (pieces_[p].end == static_cast<uint32_t>(v) + 1 && pieces_[p].state >= 0 && pieces_[p].persons.empty() &&
          pieces_[p].agent < 0 && pieces_[p].title < 0) {
        const Actor& c = dict_.actors[pieces_[p].state];
        return c.code.size() == 3 ? c.code : "";
      }
    }
    return "";
  }

  // The dash that ends a dateline the sentence opens with ("TEHRAN, Dec 15
  // (Reuters) -", "MANILA - …"): an all-capitals place name, a comma or the
  // dash, the dash within a dozen words; 0 if none.
  static bool IsDirection(std::string_view w) {
    for (std::string_view d : {"eastern", "western", "northern", "southern", "central", "north-east", "north-west",
                               "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
                               "northeastern", "northwestern", "southeastern", "southwestern", "east", "west", "north",
                               "south"}) {
      if (w == d) return true;
    }
    return false;
  }

  // "tea workers of Indian origin", "a Briton of Iranian descent": an
  // adjective of a people's origin names no state that acts or is acted on.
  // (An agent before it takes the whole phrase: "workers of Indian origin
  // went on strike" are workers of no country named.)
  void DropDescent() {
    std::vector<Piece> kept;
    kept.reserve(pieces_.size());
    for (Piece& p : pieces_) {
      const bool descent = p.demonym >= 0 && p.state < 0 && p.agent < 0 && p.title < 0 && p.persons.empty() &&
                           p.end < tokens_.size() &&
                           (tokens_[p.end].lower == "origin"sv || tokens_[p.end].lower == "descent"sv ||
                            tokens_[p.end].lower == "extraction"sv || tokens_[p.end].lower == "ancestry"sv);
      // ("jailed Kremlin critic Alexei Navalny": the state a named person
      // opposes describes him; it is no actor of the sentence.)
      const bool opposed = p.IsNational() && p.agent < 0 && p.title < 0 && p.persons.empty() &&
                           p.end + 1 < tokens_.size() &&
                           (tokens_[p.end].lemma == "critic"sv || tokens_[p.end].lemma == "opponent"sv ||
                            tokens_[p.end].lemma == "foe"sv || tokens_[p.end].lemma == "detractor"sv) &&
                           std::any_of(pieces_.begin(), pieces_.end(),
                                       [&](const Piece& q) { return q.begin == p.end + 1 && !q.persons.empty(); });
      if (opposed) continue;
      if (!descent) {
        kept.push_back(std::move(p));
        continue;
      }
      if (!kept.empty() && kept.back().agent >= 0 && p.begin >= 1 && kept.back().end + 1 == p.begin &&
          tokens_[p.begin - 1].lower == "of"sv) {
        kept.back().end = p.end + 1;
      }
    }
    pieces_ = std::move(kept);
  }

  // Whether the piece names a visitor: "the visit of West German
  // president Richard von Weizsaecker", "the visiting Soviet delegation".
  // A visitor's country is not the host's, whose government the
  // sentence's bare agents are.
  bool IsVisitor(const Piece& p) const {
    uint32_t b = p.begin;
    // (Past the title and the country before a name: "West German president".)
    for (int k = 0; k < 6 && b > 0; ++k, --b) {
      const Pos pos = tokens_[b - 1].pos;
      if (pos != Pos::DT && pos != Pos::NNP && pos != Pos::NN && !IsAdjective(pos)) break;
    }
    if (b > 0 && tokens_[b - 1].lower == "visiting"sv) return true;
    if (b < 2 || (tokens_[b - 1].lower != "of"sv && tokens_[b - 1].lower != "by"sv)) return false;
    const std::string& head = tokens_[b - 2].lemma;
    return head == "visit" || head == "arrival" || head == "trip" || head == "tour";
  }

  // The country a bare agent ("the government", "protesters", "police")
  // belongs to: the place the sentence is set in ("in Tbilisi"), else the one
  // country the sentence names; none when it names several.
  void FindSentenceCountry() {
    std::set<std::string> named;
    // Countries named other than as an origin: "the government would cut
    // tariffs on goods from the U.S." does not make the government American.
    std::set<std::string> named_as_actor;
    bool setting_is_place = false;  // the setting is a city or region, not the state or its capital
    // "TEHRAN, Dec 15 (Reuters) - …", "BUSAN, South Korea, Oct 30 (Reuters) -
    // …": a dateline places the sentence before anything it says.
    // (Only a state the sentence names again: a bureau's city reports
    // other states' news, "BAHRAIN - Iran reported launching …".)
    if (const uint32_t dash = DatelineDash(tokens_); dash > 0) {
      for (const Piece& p : pieces_) {
        if (p.begin >= dash) break;
        if (!p.IsNational() || dict_.actors[p.Country()].code.size() != 3) continue;
        const Actor& c = dict_.actors[p.Country()];
        const bool named_again = std::any_of(pieces_.begin(), pieces_.end(), [&](const Piece& q) {
          return q.begin > dash && q.IsNational() && dict_.actors[q.Country()].code == c.code;
        });
        if (!named_again) break;
        sentence_country_ = c.code;
        sentence_country_why_ = "the dateline places the sentence in " + c.name;
        setting_is_place = p.place;
        break;
      }
    }
    for (const Piece& p : pieces_) {
      if (!p.IsNational()) continue;
      const Actor& c = dict_.actors[p.Country()];
      if (c.code.size() != 3) continue;
      // "in Kenya", "across Iran", "in the Ethiopian city of Axum".
      // ("in eastern Yugoslavia", "in north-east China": past a direction.)
      uint32_t before = p.begin;
      if (before > 1 && IsDirection(tokens_[before - 1].lower)) --before;
      bool in_place = before > 0 && (tokens_[before - 1].lower == "in"sv || tokens_[before - 1].lower == "across"sv);
      // ("protesters against the war in Gaza rallied near the Capitol":
      // the place of a war or a crisis named is not where the sentence is.)
      static constexpr std::string_view kHappenings[] = {"war",      "conflict",   "fighting", "crisis",
                                                         "violence", "offensive",  "ceasefire", "invasion",
                                                         "occupation", "genocide", "bloodshed", "famine"};
      if (in_place && before > 1 &&
          std::find(std::begin(kHappenings), std::end(kHappenings), tokens_[before - 2].lemma) !=
              std::end(kHappenings)) {
        in_place = false;
      }
      if (!in_place && p.begin > 1 && p.demonym >= 0 && p.state < 0 &&
          tokens_[p.begin - 1].lower == "the"sv &&
          (tokens_[p.begin - 2].lower == "in"sv || tokens_[p.begin - 2].lower == "across"sv) &&
          p.end < tokens_.size()) {
        const std::string& w = tokens_[p.end].lower;
        in_place = w == "city" || w == "town" || w == "region" || w == "province" || w == "village" ||
                   w == "capital" || w == "port" || w == "district" || w == "state";
      }
      if (in_place && sentence_country_.empty()) {
        sentence_country_ = c.code;
        sentence_country_why_ = "the sentence is set in " + c.name;
        setting_is_place = p.place;
      }
      named.insert(c.code);
      uint32_t b = p.begin;
      if (b > 0 && tokens_[b - 1].lower == "the"sv) --b;
      // ("delivered computers to the Soviet Union": a destination, not
      // the agents' country; "to the U.S. bankruptcy court" names one.)
      const bool modifier = p.end < tokens_.size() &&
                            (tokens_[p.end].pos == Pos::NN || tokens_[p.end].pos == Pos::NNS);
      // ("holding talks with the Soviets": the counterpart, when the state
      // alone; "negotiating with the U.S. Navy", "a summit with the White
      // House" name a body of that state.)
      const bool bare_state = p.state >= 0 && !p.metonym && p.agent < 0 && p.title < 0 && !modifier &&
                              (p.end >= tokens_.size() || tokens_[p.end].pos != Pos::NNP);
      // ("criticized Karsovia": the one acted on, when no verb follows it.)
      // (A state's name only: "asked Japanese commercial banks" names
      // theirs; "criticised India"s budget" in the wire's quotes too.)
      const bool object = b == p.begin && b > 0 && p.state >= 0 && !modifier && IsVerb(tokens_[b - 1].pos) &&
                          tokens_[b - 1].pos != Pos::VBG &&
                          (p.end >= tokens_.size() ||
                           (!IsVerb(tokens_[p.end].pos) && tokens_[p.end].pos != Pos::MD &&
                            tokens_[p.end].lower != "'s"sv && tokens_[p.end].lower != "\""sv));
      const bool aimed_at =
          b > 0 && (tokens_[b - 1].lower == "from"sv || (tokens_[b - 1].lower == "to"sv && !modifier) || object ||
                    (tokens_[b - 1].lower == "with"sv && bare_state));
      if (!aimed_at && !IsVisitor(p)) named_as_actor.insert(c.code);
    }
    for (const Piece& p : pieces_) {
      if (p.org >= 0 && IsInstitution(dict_.actors[p.org])) {
        named.insert(dict_.actors[p.org].country);
        named_as_actor.insert(dict_.actors[p.org].country);
      }
      if (p.persons.empty()) continue;
      int person = ChoosePerson(p.persons);
      if (person >= 0) {
        named.insert(dict_.actors[person].country);
        if (!IsVisitor(p)) named_as_actor.insert(dict_.actors[person].country);
      }
    }
    // (A region is no state whose agents a bare "the Senate" or "the
    // government" could be: "The Senate voted to condemn the proposed
    // European common market tax".)
    if (named.size() == 1 && named_as_actor.count(*named.begin()) && !IsRegionCode(*named.begin())) {
      only_country_ = *named.begin();
    }
    // "Biden and Putin met … in Geneva and agreed to return their
    // ambassadors": a city of a third country where two others meet is the
    // venue, not the country of a bare agent. (A capital stays: "talking
    // in Washington to government officials" are American ones.)
    if (!sentence_country_.empty() && setting_is_place) {
      size_t others = 0;
      for (const std::string& c : named_as_actor) others += c != sentence_country_;
      if (others >= 2) sentence_country_.clear();
    }
    if (sentence_country_.empty() && !only_country_.empty()) {
      sentence_country_ = only_country_;
      sentence_country_why_ = "the only country the sentence names";
    }
  }

  static bool IsSpokesNoun(const std::string& w) {
    return w == "spokesman" || w == "spokeswoman" || w == "spokesperson" || w == "official" || w == "officials" ||
           w == "source" || w == "sources" || w == "commander" || w == "commanders" || w == "officer" ||
           w == "officers" || w == "communique" || w == "statement";
  }

  // The country of the mentions emitted so far, when they name one only
  // and no organization but a state's own institutions; "" else. With
  // `past_organizations`, international and non-governmental
  // organizations are passed over instead.
  std::string OnlyCountryBefore(uint32_t begin, bool past_organizations = false) const {
    std::string only;
    for (const ActorMention& m : out_->actors) {
      if (m.token_end > begin) break;
      if (past_organizations && (m.country == "IGO" || m.country == "NGO")) continue;
      if (m.country.size() != 3 || m.country == "IGO" || m.country == "NGO" || m.country == "IMG") {
        return "";
      }
      if (!only.empty() && only != m.country) return "";
      only = m.country;
    }
    return only;
  }

  // The state that is the subject of the clause `begin` stands in, named
  // a few words before it with nothing but its verb and adverbs, particles
  // or prepositions between ("Caracas agreed with the opposition"); "" if
  // none.
  std::string StateOfClauseBefore(uint32_t begin) const {
    const ActorMention* subject = nullptr;
    for (const ActorMention& m : out_->actors) {
      if (m.token_end > begin) break;
      subject = &m;
    }
    if (subject == nullptr || subject->country.size() != 3 || subject->country == "IGO" ||
        subject->country == "NGO" || subject->country == "IMG" ||
        !(subject->code == subject->country || subject->code == subject->country + "GOV") ||
        begin > subject->token_end + 6) {
      return "";
    }
    bool verb = false;
    for (uint32_t k = subject->token_end; k < begin; ++k) {
      const Pos p = tokens_[k].pos;
      if (IsVerb(p) || p == Pos::MD) {
        verb = true;
      } else if (!(IsAdverb(p) || p == Pos::IN || p == Pos::TO || p == Pos::DT || p == Pos::RP)) {
        return "";
      }
    }
    return verb ? subject->country : "";
  }

  // The country of a state's court, legislature, opposition, party or
  // people that is the subject of the verb right before `begin` (past a
  // determiner): "Israel's Supreme Court ordered the government"; "" if none.
  std::string DomesticSubjectCountry(uint32_t begin) const {
    uint32_t v = begin;
    if (v > 0 && tokens_[v - 1].pos == Pos::DT) --v;
    if (v == 0 ||
        !(tokens_[v - 1].pos == Pos::VBD || tokens_[v - 1].pos == Pos::VBZ || tokens_[v - 1].pos == Pos::VBP)) {
      return "";
    }
    const uint32_t verb = v - 1;
    const ActorMention* subject = nullptr;
    for (const ActorMention& m : out_->actors) {
      if (m.token_end > verb) break;
      subject = &m;
    }
    static constexpr std::string_view kDomestic[] = {"JUD", "LEG", "OPP", "PTY", "CVL", "LAB", "EDU", "MED", "REB"};
    if (subject == nullptr || subject->token_end + 2 < verb) return "";
    // ("The ELN demands the government charge the penalty": an armed group
    // of one country acts on that country's government.)
    const bool home_group = subject->code.size() >= 6 && subject->code.compare(0, 3, "IMG") == 0 &&
                            dict_.FindCountry(subject->code.substr(3, 3)) != nullptr;
    if (!home_group &&
        (subject->code.size() != 6 ||
         std::find(std::begin(kDomestic), std::end(kDomestic), std::string_view(subject->code).substr(3)) ==
             std::end(kDomestic))) {
      return "";
    }
    for (uint32_t k = subject->token_end; k < verb; ++k) {
      if (!IsAdverb(tokens_[k].pos)) return "";
    }
    return home_group ? subject->code.substr(3, 3) : subject->country;
  }

  // Whether the agent in [begin, end) acts: a verb follows it (past
  // adverbs), or a 'by' stands before it.
  bool ActsAt(uint32_t begin, uint32_t end) const {
    // ("made by firms in Korea": a place of their own after them.)
    if (end < tokens_.size() && (tokens_[end].lower == "in"sv || tokens_[end].lower == "from"sv ||
                                 tokens_[end].lower == "of"sv)) {
      return false;
    }
    uint32_t b = begin;
    if (b > 0 && tokens_[b - 1].pos == Pos::DT) --b;
    if (b > 0 && tokens_[b - 1].lower == "by"sv) return true;
    uint32_t after = end;
    while (after < tokens_.size() && IsAdverb(tokens_[after].pos)) ++after;
    // (Not "fishermen held by Karsovia": a participle describes them; but
    // one with an object is the past tense the tagger missed: "its
    // warplanes bombed Telmarian positions".)
    if (after >= tokens_.size() || !(IsVerb(tokens_[after].pos) || tokens_[after].pos == Pos::MD) ||
        tokens_[after].pos == Pos::VBG) {
      return false;
    }
    if (tokens_[after].pos != Pos::VBN) return true;
    const Pos next = after + 1 < tokens_.size() ? tokens_[after + 1].pos : Pos::kPeriod;
    return next == Pos::DT || next == Pos::CD || next == Pos::PRPS || IsAdjective(next) || IsNoun(next);
  }

  // The country of the speaker of a report whose attribution ends the
  // sentence (", Bolivian Information Minister Herman Antelo said."), when
  // the attribution names one state, or "".
  std::string SpeakerAfterCountry(uint32_t from) const {
    int end = static_cast<int>(tokens_.size()) - 1;
    while (end >= 0 && tokens_[end].pos == Pos::kPeriod) --end;
    // "… , X said", "… , X said on Monday", "…, X told reporters".
    int v = end;
    while (v > 0 && (tokens_[v].pos == Pos::NNP || tokens_[v].pos == Pos::IN || tokens_[v].lower == "reporters"sv ||
                     tokens_[v].lower == "today"sv || tokens_[v].lower == "yesterday"sv) &&
           end - v < 4) {
      --v;
    }
    if (v < 2 || !IsVerb(tokens_[v].pos) ||
        !(tokens_[v].lemma == "say"sv || tokens_[v].lemma == "tell"sv || tokens_[v].lemma == "report"sv)) {
      return "";
    }
    int comma = v - 1;
    while (comma > static_cast<int>(from) && tokens_[comma].lower != ","sv && v - comma < 10) --comma;
    if (comma <= static_cast<int>(from) || tokens_[comma].lower != ","sv) return "";
    std::string country;
    for (const Piece& p : pieces_) {
      if (p.begin <= static_cast<uint32_t>(comma) || p.end > static_cast<uint32_t>(v)) continue;
      if (!p.IsNational()) continue;
      const Actor& c = dict_.actors[p.Country()];
      if (c.code.size() != 3) continue;
      if (!country.empty() && country != c.code) return "";
      country = c.code;
    }
    return country;
  }

  // For an agent in [begin, end) that is the subject of a reported clause
  // ("Chad's military high command said today | troops killed …"): the
  // national actor that is the subject of the verb of saying, or nullptr.
  // Only a time word, "that" or an article may stand between the verb and
  // the agent; a verb must follow the agent ("told parliament on Thursday"
  // names an addressee, not a reporter).
  const ActorMention* SpeakerBefore(uint32_t begin, uint32_t end) const {
    auto in = [](const std::string& w, std::initializer_list<const char*> words) {
      for (const char* x : words) if (w == x) return true;
      return false;
    };
    uint32_t after = end;
    while (after < tokens_.size() && IsAdverb(tokens_[after].pos)) ++after;
    if (after >= tokens_.size() || !(IsVerb(tokens_[after].pos) || tokens_[after].pos == Pos::MD)) return nullptr;
    int v = static_cast<int>(begin) - 1;
    while (v >= 0 && (tokens_[v].lower == "that"sv || tokens_[v].pos == Pos::DT ||
                      in(tokens_[v].lower, {"today", "yesterday", "tonight", "earlier", "later"}))) {
      --v;
    }
    if (v < 1 || !IsVerb(tokens_[v].pos) ||
        !in(tokens_[v].lemma, {"say", "tell", "report", "announce", "add", "claim", "state", "confirm"})) {
      return nullptr;
    }
    // (The speaker's head noun may follow its actor: "Chad's military high
    // command", "the Iranian news agency".)
    int head = v;
    while (head > 0 && v - head < 3 && (tokens_[head - 1].pos == Pos::NN || tokens_[head - 1].pos == Pos::NNS ||
                                         tokens_[head - 1].pos == Pos::JJ)) {
      --head;
    }
    for (auto it = out_->actors.rbegin(); it != out_->actors.rend(); ++it) {
      if (it->token_end > static_cast<uint32_t>(v)) continue;
      if (it->token_end < static_cast<uint32_t>(head) || it->country.size() != 3) return nullptr;
      return &*it;
    }
    return nullptr;
  }

  Span SpanOf(uint32_t begin, uint32_t end) const {
    return Span{tokens_[begin].span.begin, tokens_[end - 1].span.end};
  }

  bool IsPossessive(uint32_t idx) const {
    return idx < tokens_.size() && (tokens_[idx].lower == "'s"sv || tokens_[idx].lower == "'"sv);
  }

  // A name starts at `idx`, past "the": "of the International Criminal
  // Court", "of OPEC" (not "of softening his stand", "of fraud").
  bool NameAfter(uint32_t idx) const {
    if (idx < tokens_.size() && tokens_[idx].lower == "the"sv) ++idx;
    return idx < tokens_.size() && !tokens_[idx].text.empty() && tokens_[idx].text[0] >= 'A' &&
           tokens_[idx].text[0] <= 'Z';
  }

  // True when tokens [from, to) may sit between a national modifier and its
  // title or agent: "'s", "top", "senior", "armed" — lowercase non-verbs.
  bool FillerOnly(uint32_t from, uint32_t to, size_t max) const {
    if (to < from || to - from > max) return false;
    for (uint32_t t = from; t < to; ++t) {
      if (IsPossessive(t)) continue;
      const Token& tok = tokens_[t];
      // Capitalized rank words belong to the title: "Dagolath's First Deputy Prime Minister".
      bool rank = tok.lower == "deputy"sv || tok.lower == "first"sv || tok.lower == "acting"sv ||
                  tok.lower == "vice"sv || tok.lower == "senior"sv || tok.lower == "interim"sv ||
                  tok.lower == "second"sv;
      // A model's designation: "Russian MiG-31 fighter jets", "U.S. B-1B bombers".
      const bool model = std::any_of(tok.text.begin(), tok.text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                         std::any_of(tok.text.begin(), tok.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if ((!IsLowerWord(tok) && !rank && !model) || IsVerb(tok.pos) || tok.pos == Pos::IN || tok.pos == Pos::CC ||
          tok.pos == Pos::DT || tok.lower == "and"sv || tok.lower == "of"sv) {
        return false;
      }
    }
    return true;
  }

  bool FirstOfficeLongAfter(const Actor& p) const {
    if (!context_.date || p.roles.empty()) return false;
    constexpr int kYears = 10;
    const int limit = context_.date->ToDays() + kYears * 365;
    return std::all_of(p.roles.begin(), p.roles.end(), [&](const Role& r) { return r.from.ToDays() > limit; });
  }

  bool FormerBefore(uint32_t token_idx) const {
    return token_idx > 0 && tokens_[token_idx - 1].lower == "former"sv;
  }

  // Chooses among people sharing a name: the one with a role on the story
  // date, preferring one whose country the story names, then one who held
  // office before the date over one whose offices all lie ahead ("Marcos"
  // in 1987 is the deposed president, not his son).
  int ChoosePerson(const std::vector<uint32_t>& persons) const {
    int best = -1, best_score = -1;
    for (uint32_t idx : persons) {
      const Actor& p = dict_.actors[idx];
      int score = 0;
      if (rec_.RoleOn(p, context_.date)) score += 4;
      if (context_.countries.count(p.country)) score += 2;
      if (context_.date && std::any_of(p.roles.begin(), p.roles.end(),
                                       [&](const Role& r) { return r.from <= *context_.date; })) {
        score += 1;
      }
      if (score > best_score) {
        best = static_cast<int>(idx);
        best_score = score;
      }
    }
    return best;
  }

  ActorMention PersonMention(int person_idx, uint32_t begin, uint32_t end, const std::string& loc) const {
    const Actor& p = dict_.actors[person_idx];
    ActorMention m;
    m.kind = ActorMention::Kind::kPerson;
    m.token_begin = begin;
    m.token_end = end;
    m.span = SpanOf(begin, end);
    m.name = p.name;
    m.country = p.country;
    m.entry = loc.empty() ? p.loc : loc;
    const Role* role = rec_.RoleOn(p, context_.date);
    // "Al-Qaeda leader Ayman al-Zawahiri was killed in a U.S. drone strike
    // over the weekend", reported on Monday: an armed group's leader
    // mostly leaves office by being killed (the holder keeps the day of
    // death), and the week's news of it names him by that office. (A
    // state's officeholder hands over: days later he is former, ELI.)
    bool just_ended = false;
    if (!role && context_.date) {
      for (const Role& r : p.roles) {
        const bool armed_group = r.code.starts_with("IMG") || r.code.ends_with("REB");
        if (armed_group && r.to && *r.to < *context_.date &&
            context_.date->ToDays() - r.to->ToDays() <= kJustEndedDays && (!role || *role->to < *r.to)) {
          role = &r;
        }
      }
      just_ended = role != nullptr;
    }
    if (role) {
      m.code = role->code;
      m.office = role->office;
      // The state (or IGO, NGO, IMG) the office is of, not the person's
      // own: Shevardnadze, a Georgian, was the Soviet foreign minister.
      if (role->code.size() >= 3) m.country = role->code.substr(0, 3);
      m.why = "person; " + role->office + (just_ended ? " until " + role->to->ToString() + ", days before the story ("
                                                     : " on the story date (") +
              role->loc + ")";
    } else {
      bool held_before = context_.date &&
                         std::any_of(p.roles.begin(), p.roles.end(), [&](const Role& r) { return r.from <= *context_.date; });
      m.code = held_before ? p.country + "ELI" : p.country;
      m.why = context_.date ? (held_before ? "person; no office on the story date, held one before"
                                           : "person; no office on the story date")
                            : "person; story has no date, no role can be checked";
    }
    return m;
  }

  void AddClaim(const ActorMention& person, const std::string& office_key, bool former, uint32_t begin,
                uint32_t end) {
    // ("Assistant Defense Secretary Richard Perle", "the party's president,
    // Arnaldo Forlani": a lesser office of that name, or a body's own, makes
    // no claim about the state's office.)
    if (begin >= 1) {
      const std::string_view w = tokens_[begin - 1].lower;
      // (A capitalized "Under" only: "will not serve under Foreign Minister
      // Andreotti" claims the office.)
      if (w == "assistant"sv || w == "deputy"sv || w == "associate"sv || w == "principal"sv ||
          tokens_[begin - 1].text == "Under"sv) {
        return;
      }
    }
    for (uint32_t k = begin >= 2 ? begin - 2 : 0; k + 1 < end && k + 1 < tokens_.size(); ++k) {
      if (tokens_[k + 1].lower != "'s"sv && tokens_[k + 1].lower != "'"sv) continue;
      const std::string_view body = tokens_[k].lemma;
      if (body == "party"sv || body == "union"sv || body == "federation"sv || body == "committee"sv ||
          body == "council"sv || body == "association"sv || body == "league"sv || body == "movement"sv ||
          body == "front"sv || body == "company"sv || body == "bank"sv || body == "board"sv ||
          body == "commission"sv) {
        return;
      }
    }
    int person_idx = -1;
    for (size_t i = 0; i < dict_.actors.size(); ++i) {
      if (dict_.actors[i].kind == Actor::Kind::kPerson && dict_.actors[i].name == person.name) {
        person_idx = static_cast<int>(i);
        break;
      }
    }
    RoleClaim claim;
    claim.person = person.name;
    claim.claimed = office_key;
    claim.former = former;
    Span span = SpanOf(begin, end);
    claim.begin = span.begin;
    claim.end = span.end;
    claim.text = std::string(span.Of(text_));
    claim.known = person.office;
    std::string office = office_key.substr(office_key.find('.') + 1);
    if (person_idx >= 0 && context_.date && !IsGenericOffice(office) && IsCheckableOffice(office)) {
      const Actor& p = dict_.actors[person_idx];
      bool holds = std::any_of(p.roles.begin(), p.roles.end(), [&](const Role& r) {
        return r.office == office_key && r.ValidOn(*context_.date);
      });
      bool has_any_role_now = rec_.RoleOn(p, context_.date) != nullptr;
      claim.contradicts = former ? holds : (!holds && has_any_role_now);
    }
    out_->claims.push_back(std::move(claim));
  }

  // The office key a title makes with a country: "JPN.prime_minister", or
  // for city offices followed by "of <city>", "KOR.mayor_of_seoul".
  std::string OfficeKey(const std::string& country, const Office& office) const {
    return country + "." + office.office;
  }

  // The office a title before a person's name claims: the office of the
  // person's country, or, when the person holds that very office of an
  // organization on the date, that one ("World Bank President Barber
  // Conable" is the World Bank's president, WB.president, not IGO.president).
  std::string ClaimedOfficeKey(const ActorMention& person, const Office& office) const {
    const std::string suffix = "." + office.office;
    if (person.office.size() > suffix.size() &&
        person.office.compare(person.office.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return person.office;
    }
    return OfficeKey(person.country, office);
  }

  // After a person mention ending at `end`: ", (a|the) [former] [national] TITLE [of PLACE] ,"
  // Returns the index of the first token after the apposition, or `end`.
  uint32_t Apposition(const ActorMention& person, uint32_t end, size_t next_piece) {
    if (end >= tokens_.size() || tokens_[end].lower != ","sv) return end;
    uint32_t t = end + 1;
    bool determiner = false;
    if (t < tokens_.size() &&
        (tokens_[t].lower == "the"sv || tokens_[t].lower == "a"sv || tokens_[t].lower == "an"sv)) {
      determiner = true;
      ++t;
    }
    bool former = false;
    if (t < tokens_.size() && tokens_[t].lower == "former"sv) {
      former = true;
      ++t;
    }
    // ", German Chancellor Friedrich Merz" is the next item of a list, not an
    // apposition: an apposition starts with an article or "former".
    if (!determiner && !former) return end;
    size_t p = PieceAt(next_piece, t);
    if (p >= pieces_.size() || pieces_[p].begin != t) return end;
    std::string country = person.country;
    if (pieces_[p].IsNational() && pieces_[p].persons.empty() && pieces_[p].title < 0) {
      country = dict_.actors[pieces_[p].Country()].code;
      ++p;
      if (p >= pieces_.size() || !FillerOnly(pieces_[p - 1].end, pieces_[p].begin, 2)) return end;
    }
    if (p >= pieces_.size() || pieces_[p].title < 0) return end;
    if (p + 1 < pieces_.size() && !pieces_[p + 1].persons.empty() && pieces_[p + 1].begin <= pieces_[p].end + 1) {
      return end;  // "…, the foreign minister Wang Yi": another person
    }
    const Office& office = dict_.offices[pieces_[p].title];
    uint32_t claim_end = pieces_[p].end;
    std::string key = OfficeKey(country, office);
    // "the mayor of Seoul": a city office.
    if (claim_end + 1 < tokens_.size() && tokens_[claim_end].lower == "of"sv && p + 1 < pieces_.size() &&
        pieces_[p + 1].begin == claim_end + 1 && pieces_[p + 1].IsNational()) {
      const Piece& place = pieces_[p + 1];
      const Actor& place_country = dict_.actors[place.Country()];
      std::string place_words;
      for (uint32_t k = place.begin; k < place.end; ++k) place_words += (k > place.begin ? " " : "") + tokens_[k].lower;
      bool is_country_name = place_words == [&] {
        std::string n;
        for (char c : place_country.name) n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        return n;
      }();
      key = is_country_name ? OfficeKey(place_country.code, office)
                            : place_country.code + "." + office.office + "_of_" + Underscored(place_words);
      claim_end = place.end;
    }
    AddClaim(person, key, former, end + 1, claim_end);
    consumed_until_ = claim_end;
    return claim_end;
  }

  void Emit(ActorMention m) { out_->actors.push_back(std::move(m)); }

  // A plural people's name ("Georgians") after a count: "thousands of",
  // "hundreds of", "200", "many".
  // Plural nouns for ordinary people: "theatregoers", "villagers", "tourists"
  // (not "boats", "platforms", "members").
  static bool IsOrdinaryPeople(const Token& t) {
    static const char* const kPeople[] = {
        "people", "civilian", "villager", "resident", "worshipper", "pilgrim", "migrant", "refugee", "hostage",
        "passenger", "tourist", "farmer", "family", "child", "woman", "man", "schoolchild", "schoolgirl",
        "fisherman", "sailor", "spectator", "shopper", "commuter", "settler", "national", "citizen", "voter",
        "mourner", "worker", "student", "pensioner", "inhabitant"};
    const std::string& lemma = t.lemma.empty() ? t.lower : t.lemma;
    for (const char* p : kPeople) {
      if (lemma == p) return true;
    }
    return lemma.size() > 4 && lemma.compare(lemma.size() - 4, 4, "goer") == 0;  // "theatregoers", "concertgoers"
  }

  bool CountedPeople(const Piece& piece) const {
    const Token& last = tokens_[piece.end - 1];
    if (!(last.pos == Pos::NNPS || last.pos == Pos::NNS || (last.text.size() > 3 && last.text.back() == 's')) ||
        piece.begin == 0) {
      return false;
    }
    auto count_word = [](const Token& t) {
      return t.pos == Pos::CD || t.lower == "thousands"sv || t.lower == "hundreds"sv || t.lower == "dozens"sv ||
             t.lower == "millions"sv || t.lower == "scores"sv || t.lower == "tens"sv;
    };
    uint32_t k = piece.begin - 1;
    if (tokens_[k].lower == "of"sv) return k > 0 && count_word(tokens_[k - 1]);
    return count_word(tokens_[k]) || tokens_[k].lower == "many"sv || tokens_[k].lower == "several"sv;
  }

  // Emits an institution mention `m`; pieces_[k] is the piece after it. A
  // title and a name right after it are the institution's officer, one
  // person mention with no claim about a national office ("Bundesbank
  // President Karl Otto Poehl" is not a president of Germany). Returns the
  // next piece to compose.
  size_t EmitInstitution(ActorMention m, size_t k) {
    if (k + 1 < pieces_.size() && pieces_[k].title >= 0 && pieces_[k].persons.empty() &&
        pieces_[k].begin == m.token_end && !pieces_[k + 1].persons.empty() &&
        pieces_[k + 1].begin == pieces_[k].end) {
      int person_idx = ChoosePerson(pieces_[k + 1].persons);
      if (person_idx >= 0) {
        ActorMention pm = PersonMention(person_idx, m.token_begin, pieces_[k + 1].end, pieces_[k + 1].person_loc);
        pm.why = "institution + title + person; " + pm.why;
        uint32_t after = pm.token_end;
        Emit(std::move(pm));
        Apposition(out_->actors.back(), after, k + 2);
        return k + 2;
      }
    }
    // "the opposition SPD", "the opposition Kuomintang": a party
    // called the opposition is coded so (OPP).
    if (m.code.size() == 6 && m.code.compare(3, 3, "PTY") == 0 && m.token_begin > 0 &&
        (tokens_[m.token_begin - 1].lower == "opposition"sv ||
         tokens_[m.token_begin - 1].lower == "main-opposition"sv)) {
      m.code = m.code.substr(0, 3) + "OPP";
      m.why += "; 'opposition' before it";
    }
    Emit(std::move(m));
    return k;
  }

  // Skips pieces that end before `token_idx`.
  size_t PieceAt(size_t from, uint32_t token_idx) const {
    while (from < pieces_.size() && pieces_[from].begin < token_idx) ++from;
    return from;
  }

  // "magnetic tape and media products", "government bonds rose", "Japanese
  // color television sets": an agent word naming the kind of a thing after
  // it is no actor.
  bool NamesKindOfThing(const Piece& piece) const {
    if (piece.agent < 0 || piece.end - piece.begin != 1 || piece.end >= tokens_.size()) return false;
    if (tokens_[piece.end].pos != Pos::NN && tokens_[piece.end].pos != Pos::NNS) return false;
    static constexpr std::string_view kThings[] = {"product", "bond", "security", "share", "stock", "price",
                                                   "spending", "budget", "revenue", "debt", "deficit",
                                                   "market", "paper", "set", "project", "program", "programme",
                                                   "scheme", "rehabilitation"};
    const std::string_view next = tokens_[piece.end].lemma;
    return std::find(std::begin(kThings), std::end(kThings), next) != std::end(kThings);
  }

  size_t Compose(size_t i) {
    const Piece& piece = pieces_[i];
    if (piece.begin < consumed_until_) return i + 1;
    size_t j = i + 1;
    const Piece* next = j < pieces_.size() ? &pieces_[j] : nullptr;

    // 1. National modifier (+ 's + fillers) + title/agent (+ person).
    int nat_country = piece.IsNational() && piece.persons.empty() && piece.org < 0 ? piece.Country()
                      : piece.contextual >= 0                                         ? -2
                                                                                      : -1;
    std::string nat_code;
    if (nat_country >= 0) nat_code = dict_.actors[nat_country].code;
    if (nat_country == -2) nat_code = dict_.actors[piece.contextual].code;
    int person_for_possessive = -1;
    if (nat_country == -1 && !piece.persons.empty() && IsPossessive(piece.end)) {
      person_for_possessive = ChoosePerson(piece.persons);
      if (person_for_possessive >= 0) nat_code = dict_.actors[person_for_possessive].country;
    }
    if (!nat_code.empty() && next && (next->title >= 0 || next->agent >= 0) && next->persons.empty() &&
        FillerOnly(piece.end, next->begin, 3) && !(next->title < 0 && NamesKindOfThing(*next))) {
      // "former Gondor prosecutors", "Arnor former security officials".
      bool former = FormerBefore(piece.begin);
      for (uint32_t t = piece.end; t < next->begin; ++t) former = former || tokens_[t].lower == "former"sv;
      ActorMention m;
      m.kind = next->title >= 0 ? ActorMention::Kind::kTitle : ActorMention::Kind::kState;
      m.token_begin = piece.begin;
      m.token_end = next->end;
      m.country = nat_code.substr(0, 3);
      m.code = former              ? nat_code.substr(0, 3) + "ELI"
               : next->title >= 0 ? nat_code.substr(0, 3) + dict_.offices[next->title].role
                                  : JoinAgentCode(nat_code, dict_.agents[next->agent]);
      m.name = dict_.FindCountry(m.country) ? dict_.FindCountry(m.country)->name : m.country;
      m.entry = piece.loc + " + " + next->loc;
      m.why = std::string(next->title >= 0 ? "country + title" : "country + agent");
      if (next->title >= 0) m.office = OfficeKey(m.country, dict_.offices[next->title]);
      if (next->agent >= 0) m.plural_agent = tokens_[next->end - 1].pos == Pos::NNS;
      // Title followed by a name: the person, with a claim about the office.
      uint32_t person_start = next->end;
      if (next->title >= 0 && person_start < tokens_.size() && tokens_[person_start].lower == ","sv) ++person_start;
      // Rank titles between ("Lt. Gen.") are skipped.
      size_t k = PieceAt(j + 1, person_start);
      while (k < pieces_.size() && pieces_[k].persons.empty() && pieces_[k].title >= 0 &&
             pieces_[k].begin <= person_start + 2) {
        person_start = pieces_[k].end;
        ++k;
      }
      // (Not past a lowercase word: "the Ukrainian leader met Trump".)
      bool name_follows = next->title >= 0 && k < pieces_.size() && !pieces_[k].persons.empty() &&
                          pieces_[k].begin >= person_start && pieces_[k].begin <= person_start + 2;
      for (uint32_t t = person_start; name_follows && t < pieces_[k].begin; ++t) {
        name_follows = !IsLowerWord(tokens_[t]);
      }
      // (Not a name after a comma that a verb follows: "after talks with
      // the Ostrevian foreign minister, Dostan said …" names two people.)
      if (name_follows && person_start > next->end && pieces_[k].end < tokens_.size() &&
          (tokens_[pieces_[k].end].pos == Pos::VBD || tokens_[pieces_[k].end].pos == Pos::VBZ ||
           tokens_[pieces_[k].end].pos == Pos::VBP || tokens_[pieces_[k].end].pos == Pos::MD)) {
        name_follows = false;
      }
      if (name_follows) {
        int person_idx = ChoosePerson(pieces_[k].persons);
        ActorMention pm = PersonMention(person_idx, piece.begin, pieces_[k].end, pieces_[k].person_loc);
        pm.why = "title + person; " + pm.why;
        AddClaim(pm, m.office, former, piece.begin, next->end);
        uint32_t after = pieces_[k].end;
        Emit(std::move(pm));
        Apposition(out_->actors.back(), after, k + 1);
        return k + 1;
      }
      // "Karsovian and Telmarian troops", "U.S. and Japanese officials": the
      // first adjective (or a bare state name before an adjective and a
      // plural agent) shares the agent. Before a singular one the state is
      // a party of its own: "Kenya and Chinese company Huawei".
      if (next->agent >= 0 && !out_->actors.empty()) {
        ActorMention& prev = out_->actors.back();
        const bool plural = tokens_[next->end - 1].pos == Pos::NNS || tokens_[next->end - 1].pos == Pos::NNPS;
        bool modifier = prev.demonym_only || (piece.demonym >= 0 && piece.state < 0 && plural &&
                                              prev.kind == ActorMention::Kind::kState && prev.code == prev.country);
        bool joined = modifier && prev.token_end < piece.begin && piece.begin - prev.token_end <= 2;
        // (A bare state only through "and": "in Damascus, Iranian state
        // media said" joins nothing.)
        bool and_between = false;
        for (uint32_t t = prev.token_end; joined && t < piece.begin; ++t) {
          joined = tokens_[t].lower == "and"sv || tokens_[t].lower == ","sv;
          and_between = and_between || tokens_[t].lower == "and"sv;
        }
        if (!prev.demonym_only && !and_between) joined = false;
        if (joined) {
          prev.code = JoinAgentCode(prev.country, dict_.agents[next->agent]);
          prev.demonym_only = false;
          prev.why = "country adjective sharing the agent of '" + tokens_[next->end - 1].text + "'";
          // ("British, German, French and American banks": every adjective
          // of the list.)
          for (size_t i = out_->actors.size() - 1; i > 0; --i) {
            ActorMention& more = out_->actors[i - 1];
            const uint32_t gap_end = out_->actors[i].token_begin;
            bool listed = more.demonym_only && more.token_end < gap_end && gap_end - more.token_end <= 2;
            for (uint32_t t = more.token_end; listed && t < gap_end; ++t) {
              listed = tokens_[t].lower == "and"sv || tokens_[t].lower == ","sv;
            }
            if (!listed) break;
            more.code = JoinAgentCode(more.country, dict_.agents[next->agent]);
            more.demonym_only = false;
            more.why = prev.why;
          }
        }
      }
      // ("joint U.S.-South Korean air force drills": each state of a pair
      // has the agent.)
      std::vector<ActorMention> pair;
      if (next->agent >= 0 && nat_country >= 0 && !former) {
        for (uint32_t more : piece.more_states) {
          const Actor& c = dict_.actors[more];
          ActorMention other = m;
          other.code = JoinAgentCode(c.code, dict_.agents[next->agent]);
          other.country = c.code;
          other.name = c.name;
          other.why = "one of the pair the modifier names + agent";
          pair.push_back(std::move(other));
        }
      }
      Emit(std::move(m));
      for (ActorMention& other : pair) Emit(std::move(other));
      return j + 1;
    }

    // 1b. National modifier + institution: "the West German Bundesbank" →
    // DEUGOV; "Lithuania's Supreme Soviet" → the modifier's country with the
    // institution's roles (LTULEG).
    if (!nat_code.empty() && person_for_possessive < 0 && next && next->org >= 0 && next->persons.empty() &&
        next->title < 0 && IsInstitution(dict_.actors[next->org]) && FillerOnly(piece.end, next->begin, 3)) {
      const Actor& inst = dict_.actors[next->org];
      std::string country = nat_code.substr(0, 3);
      ActorMention m;
      m.kind = ActorMention::Kind::kOrganization;
      m.token_begin = piece.begin;
      m.token_end = next->end;
      m.code = country == inst.country ? inst.code : country + inst.code.substr(3);
      m.country = country;
      m.name = country == inst.country ? inst.name : (dict_.FindCountry(country) ? dict_.FindCountry(country)->name : country);
      m.entry = piece.loc + " + " + next->loc;
      m.why = "country + institution";
      size_t k = j + 1;
      if (k < pieces_.size() && pieces_[k].agent >= 0 && pieces_[k].begin == next->end) {  // "… Bundesbank officials"
        m.code = JoinAgentCode(m.code, dict_.agents[pieces_[k].agent]);
        m.token_end = pieces_[k].end;
        m.entry += " + " + pieces_[k].loc;
        Emit(std::move(m));
        return k + 1;
      }
      return EmitInstitution(std::move(m), k);
    }

    // 2. Title without a national modifier.
    if (piece.title >= 0 && piece.persons.empty()) {
      const Office& office = dict_.offices[piece.title];
      bool former = FormerBefore(piece.begin);
      // Title + person: "President Lee Jae-myung".
      // (Every word between is part of the name: not "King Abdullah met
      // Barack Obama".)
      bool name_between = next && next->begin <= piece.end + 2;
      for (uint32_t k = piece.end; name_between && next && k < next->begin; ++k) {
        name_between = !IsLowerWord(tokens_[k]);
      }
      if (next && !next->persons.empty() && name_between) {
        int person_idx = ChoosePerson(next->persons);
        ActorMention pm = PersonMention(person_idx, piece.begin, next->end, next->person_loc);
        pm.why = "title + person; " + pm.why;
        AddClaim(pm, ClaimedOfficeKey(pm, office), former, piece.begin, piece.end);
        uint32_t after = next->end;
        Emit(std::move(pm));
        Apposition(out_->actors.back(), after, j + 1);
        return j + 1;
      }
      // Title of Country: "the prime minister of Japan".
      if (next && next->IsNational() && next->persons.empty() && piece.end < tokens_.size() &&
          tokens_[piece.end].lower == "of"sv && next->begin == piece.end + 1) {
        const Actor& c = dict_.actors[next->Country()];
        ActorMention m;
        m.kind = ActorMention::Kind::kTitle;
        m.token_begin = piece.begin;
        m.token_end = next->end;
        m.country = c.code;
        m.code = c.code + (former ? "ELI" : office.role);
        m.name = c.name;
        m.office = OfficeKey(c.code, office);
        m.entry = piece.loc + " + " + next->loc;
        m.why = "title of country";
        Emit(std::move(m));
        return j + 1;
      }
      // "the prime minister", "opposition leader Kizza Besigye": a title the
      // sentence places, as it places a bare agent, with a name the
      // dictionary does not know after it. Not "its leader", "the group's
      // leader": the possessor's; nor "the prosecutor of the International
      // Criminal Court", an officer of what follows.
      // Nor "A Japan Air Lines spokesman", "The OPEC president": the officer
      // of the name before it.
      const bool owned = (piece.begin > 0 && (IsPossessive(piece.begin - 1) || tokens_[piece.begin - 1].pos == Pos::PRPS ||
                                              tokens_[piece.begin - 1].pos == Pos::NNP ||
                                              tokens_[piece.begin - 1].pos == Pos::NNPS)) ||
                         (piece.end + 1 < tokens_.size() &&
                          (tokens_[piece.end].lower == "of"sv || tokens_[piece.end].lower == "at"sv ||
                           tokens_[piece.end].lower == "for"sv) &&
                          // (Of a name: not "accused the chief negotiator of
                          // softening his stand".)
                          NameAfter(piece.end + 1));
      // A title used as an adjective ("an official week-long visit") names no one.
      const bool heads = IsNoun(tokens_[piece.end - 1].pos) &&
                         (piece.end >= tokens_.size() || !(tokens_[piece.end].pos == Pos::NN || tokens_[piece.end].pos == Pos::NNS ||
                                                           IsAdjective(tokens_[piece.end].pos)));
      // Offices a story often leaves to another body than the one country it
      // names: a bare "the spokesman" is a company's as often as a state's,
      // "the secretary-general" an organization's, "the King" another
      // state's, "the keynote speaker" no office.
      const std::string& key = office.office;
      const bool ambiguous = key == "secretary_general" || key == "monarch" || key == "counterpart" ||
                             (piece.end == piece.begin + 1 && (key == "spokesperson" || key == "speaker"));
      // "Baghdad war communiques made no mention of fighting, but a military
      // spokesman threatened …": an office acting after the sentence has
      // named one country only is that country's.
      // "President Garcia" where the dictionary lists "Alan Garcia" but not
      // the common surname alone: the one person of that surname holding
      // the office on the story date.
      if (!owned && heads && !former && piece.end < tokens_.size() && tokens_[piece.end].pos == Pos::NNP &&
          (!next || next->begin > piece.end)) {
        uint32_t end = piece.end;
        while (end < tokens_.size() && end - piece.end < 3 && tokens_[end].pos == Pos::NNP &&
               (!next || end < next->begin)) {
          ++end;
        }
        const int person_idx = rec_.PersonBySurname(tokens_[end - 1].lower, office.office, context_.date);
        if (person_idx >= 0) {
          ActorMention pm = PersonMention(person_idx, piece.begin, end, "");
          pm.why = "title + surname; " + pm.why;
          Emit(std::move(pm));
          return i + 1;
        }
      }
      std::string country = only_country_, country_why = "the only country the sentence names";
      // "Valdoria said its prime minister had been killed": an office that
      // "its" or "their" owns is the one country's the sentence names
      // before it, when the owner is that state or its government (not
      // "The UAW said its vice president", a union's officer).
      const ActorMention* owner = nullptr;
      for (const ActorMention& m : out_->actors) {
        if (m.token_end <= piece.begin) owner = &m;
      }
      const bool its_office =
          owned && !former && piece.begin > 0 &&
          (tokens_[piece.begin - 1].lower == "its"sv || tokens_[piece.begin - 1].lower == "their"sv) &&
          owner != nullptr && (owner->code == owner->country || owner->code == owner->country + "GOV");
      if (its_office) {
        country = OnlyCountryBefore(piece.begin);
        country_why = "the one country the sentence names before '" + tokens_[piece.begin - 1].text + "'";
      }
      // "Yemen's Houthis said their prime minister had been killed": the
      // office of an armed movement "its" or "their" owns is the movement's.
      if (owned && !former && !its_office && heads && piece.begin > 0 && owner != nullptr &&
          (tokens_[piece.begin - 1].lower == "its"sv || tokens_[piece.begin - 1].lower == "their"sv) &&
          owner->country == "IMG" && owner->token_end + 12 > piece.begin) {
        ActorMention m = *owner;
        m.kind = ActorMention::Kind::kTitle;
        m.token_begin = piece.begin;
        m.token_end = piece.end;
        m.span = SpanOf(piece.begin, piece.end);
        m.office.clear();
        m.plural_agent = false;
        m.entry = piece.loc;
        m.why = "an office '" + tokens_[piece.begin - 1].text + "' owns; the armed movement named before, " +
                owner->code;
        Emit(std::move(m));
        return i + 1;
      }
      // "Secretary of State George Shultz", "Undersecretary of State Michael
      // Armacost": without a country, the US usage ("secretary of state for
      // defence" is another office).
      if (!owned && (office.office == "foreign_minister" || office.office == "deputy_foreign_minister") &&
          piece.end >= piece.begin + 3 && tokens_[piece.end - 1].lower == "state"sv &&
          tokens_[piece.end - 2].lower == "of"sv && tokens_[piece.end - 3].lower.find("secretary") != std::string::npos) {
        country = "USA";
        country_why = "'secretary of state' with no country: the US office";
      }
      // "The Pope arrived in Chile": the one office of its kind is the Holy
      // See's, whatever country the sentence names.
      if (!owned && office.office == "pope") {
        country = "VAT";
        country_why = "the pope's office is the Holy See's";
      }
      // (Not the head of a national agent's phrase: "a top Iranian military
      // official" is the military's.)
      const bool after_mention = !out_->actors.empty() && out_->actors.back().token_end == piece.begin;
      if (country.empty() && !owned && heads && !ambiguous && !after_mention && ActsAt(piece.begin, piece.end) &&
          SpeakerBefore(piece.begin, piece.end) == nullptr) {
        country = OnlyCountryBefore(piece.begin);
        country_why = "the one country the sentence names before it";
      }
      // "arrested former Vice President Jorge Glas" in a sentence set in
      // Quito: a former officeholder, whom the dictionary does not know, of
      // the state the sentence is set in (a serving one may be a visitor).
      if (country.empty() && !owned && heads && !ambiguous && former && !sentence_country_.empty()) {
        country = sentence_country_;
        country_why = sentence_country_why_ + " (a former officeholder)";
      }
      // ("the Chancellor had emphasised in talks with Funaro …": an office
      // of a few other states is no office of the one the sentence names.)
      if (!country.empty() && country_why.find("names") != std::string::npos &&
          rec_.OfficeOfOtherStates(office.office, country)) {
        country.clear();
      }
      if (!country.empty() && (!owned || its_office) && heads && !ambiguous) {
        const Actor* c = dict_.FindCountry(country);
        uint32_t end = piece.end;
        const uint32_t name_limit = next ? next->begin : static_cast<uint32_t>(tokens_.size());
        while (end < name_limit && end - piece.end < 4 && tokens_[end].pos == Pos::NNP) ++end;
        ActorMention m;
        m.kind = ActorMention::Kind::kTitle;
        m.token_begin = piece.begin;
        m.token_end = end;
        m.country = country;
        m.code = country + (former ? "ELI" : office.role);
        m.name = c ? c->name : country;
        m.office = OfficeKey(country, office);
        m.entry = piece.loc;
        m.why = "title without a country; " + country_why;
        Emit(std::move(m));
      }
      return i + 1;
    }

    // 3a. A prefix agent (PETRARCH's "NGO~") right before a country, and
    // perhaps an agent after it: "MSF Arnor" → NGOARN, "MSF Arnor diplomat"
    // → NGOARNGOV.
    if (piece.agent >= 0 && dict_.agents[piece.agent].prefix && piece.persons.empty() && piece.state < 0 && next &&
        next->IsNational() && next->persons.empty() && next->begin == piece.end) {
      const Actor& c = dict_.actors[next->Country()];
      ActorMention m;
      m.kind = ActorMention::Kind::kState;
      m.token_begin = piece.begin;
      m.token_end = next->end;
      m.code = JoinAgentCode(c.code, dict_.agents[piece.agent]);
      m.country = c.country;
      m.name = c.name;
      m.entry = piece.loc + " + " + next->loc;
      m.why = "prefix agent + country";
      size_t k = j + 1;
      if (k < pieces_.size() && pieces_[k].agent >= 0 && pieces_[k].persons.empty() && pieces_[k].state < 0 &&
          !dict_.agents[pieces_[k].agent].prefix && FillerOnly(next->end, pieces_[k].begin, 3)) {
        m.code = JoinAgentCode(m.code, dict_.agents[pieces_[k].agent]);
        m.token_end = pieces_[k].end;
        m.entry += " + " + pieces_[k].loc;
        m.why += " + agent";
        ++k;
      }
      Emit(std::move(m));
      return k;
    }

    // 3. Agent from/of Country(, Country)*: "leaders from Finland, France and the EU".
    // Also "lawmakers in Fornost and Gondor", "protesters in Iran" (not armed
    // forces: "troops in Ukraine" are often another state's). Not after a
    // possessive: "its troops from Niger" are the possessor's.
    bool possessed = piece.begin > 0 && tokens_[piece.begin - 1].pos == Pos::PRPS;
    // ("bought fighter jets from Karsovia": what is bought or ordered from a
    // state comes from it as a seller, not as its forces.)
    uint32_t before = piece.begin;
    while (before > 0 && (tokens_[before - 1].pos == Pos::DT || tokens_[before - 1].pos == Pos::CD ||
                          tokens_[before - 1].pos == Pos::JJ)) {
      --before;
    }
    static const std::set<std::string_view> kAcquire = {"buy", "purchase", "acquire", "order", "import", "obtain"};
    const bool acquired =
        before > 0 && IsVerb(tokens_[before - 1].pos) && kAcquire.count(tokens_[before - 1].lemma) > 0;
    possessed = possessed || (acquired && piece.end < tokens_.size() && tokens_[piece.end].lower == "from"sv);
    bool in_country = piece.agent >= 0 && piece.end < tokens_.size() && tokens_[piece.end].lower == "in"sv &&
                      dict_.agents[piece.agent].role != "MIL";
    if (piece.agent >= 0 && piece.persons.empty() && piece.state < 0 && piece.org < 0) {
      if (!possessed && next && (next->IsNational() || next->org >= 0) && next->persons.empty() && piece.end < tokens_.size() &&
          (tokens_[piece.end].lower == "from"sv || tokens_[piece.end].lower == "of"sv || in_country) &&
          (next->begin == piece.end + 1 ||  // ("the trade ministers of the United States, …")
           (next->begin == piece.end + 2 && tokens_[piece.end + 1].lower == "the"sv &&
            !(next->demonym >= 0 && next->state < 0)))) {  // (not "from the Karsovian opposition")
        size_t k = j;
        uint32_t prev_end = piece.end;
        while (k < pieces_.size()) {
          const Piece& member = pieces_[k];
          // Only list punctuation and "and" between members.
          bool joined = k == j;
          if (!joined) {
            joined = member.begin > prev_end;
            for (uint32_t t = prev_end; t < member.begin && joined; ++t) {
              const std::string& w = tokens_[t].lower;
              joined = w == "," || w == "and" || w == "the";
            }
          }
          if (!joined || !(member.IsNational() || member.org >= 0) || !member.persons.empty()) break;
          // ("diverted to the rebels from U.S. arms sales": a country that
          // modifies the noun after it is no country the agent is from.)
          if (member.end < tokens_.size() &&
              (tokens_[member.end].pos == Pos::NN || tokens_[member.end].pos == Pos::NNS) &&
              tokens_[member.end].lower != "today"sv && tokens_[member.end].lower != "yesterday"sv &&
              tokens_[member.end].lower != "tomorrow"sv && tokens_[member.end].lower != "tonight"sv &&
              // (Not a word the tagger took for a noun before the verb:
              // "Soldiers from Gondor wire tapped …".)
              !(member.end + 1 < tokens_.size() && (IsVerb(tokens_[member.end + 1].pos) ||
                                                    tokens_[member.end + 1].pos == Pos::MD))) {
            break;
          }
          ActorMention m;
          m.kind = ActorMention::Kind::kState;
          m.token_begin = k == j ? piece.begin : member.begin;
          m.token_end = member.end;
          if (member.org >= 0) {
            const Actor& o = dict_.actors[member.org];
            m.kind = ActorMention::Kind::kOrganization;
            m.code = o.code;
            m.country = o.country;
            m.name = o.name;
          } else {
            const Actor& c = dict_.actors[member.Country()];
            m.code = JoinAgentCode(c.code, dict_.agents[piece.agent]);
            m.country = c.code;
            m.name = c.name;
          }
          m.entry = piece.loc + " + " + member.loc;
          m.why = "agent from country list";
          m.plural_agent = true;
          Emit(std::move(m));
          prev_end = member.end;
          ++k;
        }
        return k;
      }
      // "Danish media and government", "Iranian officials and clerics": a
      // bare agent joined by "and" to a national agent shares its country.
      if (!out_->actors.empty()) {
        const ActorMention& prev = out_->actors.back();
        bool joined = prev.kind == ActorMention::Kind::kState && !prev.demonym_only && prev.code != prev.country &&
                      prev.country.size() == 3 && prev.token_end < piece.begin && piece.begin - prev.token_end <= 2;
        for (uint32_t t = prev.token_end; joined && t < piece.begin; ++t) {
          joined = tokens_[t].lower == "and"sv || tokens_[t].lower == ","sv || tokens_[t].lower == "the"sv;
        }
        if (joined && tokens_[prev.token_end].lower == "and"sv) {
          ActorMention m = prev;
          m.token_begin = piece.begin;
          m.token_end = piece.end;
          m.span = SpanOf(piece.begin, piece.end);
          m.code = JoinAgentCode(prev.country, dict_.agents[piece.agent]);
          m.entry = piece.loc;
          m.why = "agent joined by 'and' to the national agent before it";
          m.plural_agent = tokens_[piece.end - 1].pos == Pos::NNS;
          Emit(std::move(m));
          return i + 1;
        }
      }
      // A bare agent ("the government", "protesters") placed by the sentence;
      // "foreign firms" are of no country the sentence names.
      bool foreign = piece.begin > 0 && (tokens_[piece.begin - 1].lower == "foreign"sv ||
                                         tokens_[piece.begin - 1].lower == "overseas"sv ||
                                         tokens_[piece.begin - 1].lower == "international"sv);
      // "military sites", "an executive order": a lone agent word used as
      // an adjective of the noun after it names no one.
      // (But "a military spokesman", "police officials": one who speaks
      // for the agent is of it.)
      const bool adjective = piece.end == piece.begin + 1 && tokens_[piece.begin].pos == Pos::JJ &&
                             piece.end < tokens_.size() && IsNoun(tokens_[piece.end].pos);
      // (Nor fighters' own sites and ranks: "attacked rebel positions",
      // "a militant commander".)
      const bool fighters_own = adjective && IsFightersOwn(tokens_[piece.begin].lower, tokens_[piece.end].lemma);
      if (adjective && !IsSpokesNoun(tokens_[piece.end].lower) && !fighters_own) return i + 1;
      // "ordered the Trump administration to restore funding": a head of
      // government's name before "administration", "government" or
      // "cabinet" names that government, one actor.
      if (piece.end == piece.begin + 1 && !out_->actors.empty() &&
          out_->actors.back().token_end == piece.begin &&
          out_->actors.back().kind == ActorMention::Kind::kPerson &&
          out_->actors.back().code.size() == 6 && out_->actors.back().code.compare(3, 3, "GOV") == 0 &&
          (tokens_[piece.begin].lower == "administration"sv || tokens_[piece.begin].lower == "government"sv ||
           tokens_[piece.begin].lower == "cabinet"sv)) {
        ActorMention& person = out_->actors.back();
        person.kind = ActorMention::Kind::kState;  // a government, not a person "his" stands for
        person.token_end = piece.end;
        person.span.end = tokens_[piece.end - 1].span.end;
        person.why += "; the government the name heads ('" + tokens_[piece.begin].text + "')";
        return i + 1;
      }
      // "called a general strike to press the government": a lone agent
      // word after an infinitive's "to" is a verb.
      if (piece.end == piece.begin + 1 && piece.begin > 0 && tokens_[piece.begin - 1].pos == Pos::TO &&
          tokens_[piece.begin].pos == Pos::VB) {
        return i + 1;
      }
      // "the disappearance of journalist Jamal Khashoggi": a bare agent
      // word right before a known person describes that person.
      if (i + 1 < pieces_.size() && pieces_[i + 1].begin == piece.end && !pieces_[i + 1].persons.empty() &&
          tokens_[piece.end - 1].pos == Pos::NN) {
        return i + 1;
      }
      // "prompting Japan to convey grave concerns to both governments": a
      // plural agent after "both" or "the two" is a pair named before, which
      // the coder resolves; not the agents of the sentence's country.
      // (Only the words the coder reads as a pair: "the two companies are
      // negotiating with the Karsovian navy" are its own.)
      if (piece.end == piece.begin + 1 && piece.begin > 0 &&
          (tokens_[piece.begin].lower == "governments"sv || tokens_[piece.begin].lower == "leaders"sv) &&
          (tokens_[piece.begin - 1].lower == "both"sv ||
           (piece.begin > 1 && tokens_[piece.begin - 1].lower == "two"sv &&
            tokens_[piece.begin - 2].lower == "the"sv))) {
        return i + 1;
      }
      const uint32_t agent_end = adjective ? piece.end + 1 : piece.end;  // past "spokesman"
      std::string country = sentence_country_, country_why = sentence_country_why_;
      // "leaflets sent by activists from the South": people "from" a state
      // are its own.
      // "a drone attack by Iran-backed militants … at a base in Jordan": a
      // patron's proxies are of no country the sentence is set in.
      if (piece.begin > 0) {
        const std::string& w = tokens_[piece.begin - 1].lower;
        for (const char* suffix : {"-backed", "-sponsored", "-funded", "-aligned", "-allied", "-linked"}) {
          const size_t k = std::char_traits<char>::length(suffix);
          if (w.size() > k && w.compare(w.size() - k, k, suffix) == 0) country.clear();
        }
      }
      // (Not "its fishermen from Zerania": the possessor's own.)
      const bool possessed = piece.begin > 0 && tokens_[piece.begin - 1].pos == Pos::PRPS;
      if (!possessed && i + 1 < pieces_.size() && agent_end < tokens_.size() && tokens_[agent_end].lower == "from"sv) {
        const Piece& from = pieces_[i + 1];
        const bool right_after =
            from.begin == agent_end + 1 ||
            (from.begin == agent_end + 2 && agent_end + 1 < tokens_.size() && tokens_[agent_end + 1].lower == "the"sv);
        if (right_after && (from.IsNational() || from.contextual >= 0)) {
          const Actor& c = dict_.actors[from.contextual >= 0 ? from.contextual : from.Country()];
          country = c.country;
          country_why = "the country they are from";
        }
      }
      // "Judges at the International Criminal Court", "officials of the
      // World Bank": the organization's own. (Not "from": "accepted
      // peacekeepers from the Compact" names where they come from.)
      if (!possessed && i + 1 < pieces_.size() && agent_end + 1 < tokens_.size() &&
          (tokens_[agent_end].lower == "at"sv || tokens_[agent_end].lower == "of"sv)) {
        const Piece& org = pieces_[i + 1];
        const bool right_after = org.begin == agent_end + 1 ||
                                 (org.begin == agent_end + 2 && tokens_[agent_end + 1].lower == "the"sv);
        if (right_after && org.org >= 0 && org.agent < 0 && org.title < 0 && org.persons.empty() &&
            !org.IsNational() && org.end <= tokens_.size()) {
          const Actor& o = dict_.actors[org.org];
          if (o.country == "IGO" || o.country == "NGO") {
            ActorMention m;
            m.kind = ActorMention::Kind::kOrganization;
            m.token_begin = piece.begin;
            m.token_end = org.end;
            m.code = JoinAgentCode(o.code, dict_.agents[piece.agent]);
            m.country = o.country;
            m.name = o.name;
            m.entry = o.loc + " + " + piece.loc;
            m.why = "agent of the organization after '" + tokens_[agent_end].text + "'";
            m.plural_agent = tokens_[piece.end - 1].pos == Pos::NNS;
            Emit(std::move(m));
            return i + 2;
          }
        }
      }
      const std::string& role = dict_.agents[piece.agent].role;
      // ("met with USDA to express opposition to any quota expansion": an
      // attitude, not the political opposition.)
      if (role == "OPP" && tokens_[piece.end - 1].lower == "opposition"sv && piece.end < tokens_.size() &&
          tokens_[piece.end].lower == "to"sv) {
        return i + 1;
      }
      if (NamesKindOfThing(piece)) return i + 1;
      // ("interest rates held firm", "Baghdad stood firm": a stance, not a company.)
      if (role == "BUS" && tokens_[piece.end - 1].lower == "firm"sv && piece.end - piece.begin == 1 &&
          piece.begin > 0) {
        const std::string_view before = tokens_[piece.begin - 1].lemma;
        if (before == "hold"sv || before == "stand"sv || before == "remain"sv || before == "stay"sv ||
            before == "keep"sv) {
          return i + 1;
        }
      }
      // ("the EC oilseeds regime", "the sanctions regime": a regime named
      // by the matter it rules is a system of rules, not a government.)
      if (tokens_[piece.end - 1].lemma == "regime"sv && piece.end - piece.begin == 1 && piece.begin > 0 &&
          (tokens_[piece.begin - 1].pos == Pos::NN || tokens_[piece.begin - 1].pos == Pos::NNS)) {
        const std::string_view before = tokens_[piece.begin - 1].lemma;
        if (before != "military"sv && before != "army"sv && before != "puppet"sv && before != "junta"sv) return i + 1;
      }
      // "welcomed the accord between producers and consumers", "praised
      // non-OPEC oil producers", "talks with creditor banks": the parties of
      // a market are of no one country for being the only one named.
      const std::string& head = tokens_[piece.end - 1].lemma;
      const bool market_party =
          head == "consumer" ||
          (role == "BUS" && (head == "producer" || head == "exporter" || head == "importer" || head == "buyer" ||
                             head == "seller" || head == "bank" || head == "lender" || head == "creditor" ||
                             head == "investor"));
      if (market_party && country_why == "the only country the sentence names") country.clear();
      // ("agreed at talks in Moscow that their troops should disengage",
      // "dissolved the opposition party and banned its leaders": a
      // possessive pronoun says whose forces or leaders they are, not the
      // sentence's place or its one country; "urging their government",
      // "its labor unions" stay.)
      if ((role == "MIL" || head == "leader") && piece.begin > 0 &&
          (tokens_[piece.begin - 1].lower == "their"sv || tokens_[piece.begin - 1].lower == "its"sv) &&
          (country_why == "the only country the sentence names" || country_why == sentence_country_why_)) {
        country.clear();
      }
      // ("A high command communique said warplanes hit the western jetty at
      // Iran's Kharg island oil terminal": forces are not the only
      // country's when it is named as the owner of a thing; "Brazil's
      // state-oil company Petrobras" is an actor of its own.)
      if (role == "MIL" && country_why == "the only country the sentence names") {
        for (const Piece& q : pieces_) {
          if (!q.IsNational() || q.end >= tokens_.size() || tokens_[q.end].lower != "'s"sv ||
              dict_.actors[q.Country()].code != country) {
            continue;
          }
          const bool owns_actor = std::any_of(pieces_.begin(), pieces_.end(), [&](const Piece& r) {
            return r.begin > q.end && r.begin <= q.end + 4;
          });
          if (!owns_actor) {
            country.clear();
            break;
          }
        }
      }
      // ("debt talks between Brazil and its creditor banks": a state's
      // creditors and lenders are others, of no country the sentence names.)
      if (role == "BUS" && (head == "lender" || head == "creditor" ||
                            (piece.begin > 0 && tokens_[piece.begin - 1].lower == "creditor"sv) ||
                            (piece.end - piece.begin >= 2 && tokens_[piece.end - 2].lower == "creditor"sv))) {
        country.clear();
        foreign = true;
      }
      if (country.empty() && !foreign && (role == "MIL" || role == "COP")) {
        // "Chad's military high command said today troops killed …": the
        // forces opening what a national speaker reports are the speaker's
        // (lawmakers or protesters reported on may be anyone's).
        const ActorMention* speaker = SpeakerBefore(piece.begin, piece.end);
        if (speaker != nullptr) {
          country = speaker->country;
          country_why = "the country of the speaker whose report it opens";
        } else if (ActsAt(piece.begin, piece.end)) {
          // ("Police fired tear gas to disperse 1,000 miners …, Bolivian
          // Information Minister Herman Antelo said": the speaker named
          // after the report.)
          const std::string after = SpeakerAfterCountry(piece.end);
          if (!after.empty()) {
            country = after;
            country_why = "the country of the speaker who reports it after";
          }
        }
      }
      // "Israel's military admitted that its warplanes had destroyed a
      // reactor in Syria's Deir al-Zor region": "its" forces are those of
      // the state named before them, not of the place the sentence is set in.
      if (!foreign && !country.empty() && country_why != "the only country the sentence names" &&
          piece.begin > 0 &&
          (tokens_[piece.begin - 1].lower == "its"sv ||
           tokens_[piece.begin - 1].lower == "their"sv)) {
        const std::string before = OnlyCountryBefore(piece.begin);
        if (!before.empty() && before != country) {
          country = before;
          country_why = "the one country the sentence names before 'its'";
        }
      }
      // ("dismissed a report that accused its border guards of killing …
      // migrants from Yemen": the owner "its" names, when the sentence
      // names other countries only after it.)
      // (An organization named before owns no forces or police: "a Human
      // Rights Watch report that accused its border guards".)
      // (Forces and police only: "its diplomats", "its banks" may be
      // another's in a sentence that names several states.)
      if (country.empty() && !foreign && piece.begin > 0 && (role == "MIL" || role == "COP") &&
          (tokens_[piece.begin - 1].lower == "its"sv || tokens_[piece.begin - 1].lower == "their"sv)) {
        const std::string before = OnlyCountryBefore(piece.begin, /*past_organizations=*/true);
        if (!before.empty()) {
          country = before;
          country_why = "the one country the sentence names before '" + tokens_[piece.begin - 1].text + "'";
        }
      }
      if (country.empty() && !foreign) {
        // "Baghdad war communiques made no mention of fighting, but a
        // military spokesman threatened … Iranian towns": an agent acting
        // (a subject, or a 'by' agent) after the sentence has named one
        // country only is of that country.
        // (Rebels and opponents are of no state a sentence names before
        // them: "The Taliban freed U.S. Army Sergeant …, after the
        // insurgents captured him".)
        std::string before = role == "REB" || role == "OPP" ? "" : OnlyCountryBefore(piece.begin);
        // (Nor what a speaker reports others did: "Karsovian officials said
        // that lawmakers condemned …" may be anyone's lawmakers; but "said
        // its warplanes bombed …" are the speaker's own.)
        const bool own = piece.begin > 0 && (tokens_[piece.begin - 1].lower == "its"sv ||
                                             tokens_[piece.begin - 1].lower == "their"sv);
        if (!before.empty() && ActsAt(piece.begin, agent_end) &&
            (own || SpeakerBefore(piece.begin, agent_end) == nullptr)) {
          country = before;
          country_why = "the one country the sentence names before it";
        }
      }
      if (country.empty() && !foreign && role == "GOV") {
        // "Israel's Supreme Court ordered the government to allow more aid
        // into Gaza", "the opposition accused the government of …": the
        // government a state's own court, legislature, opposition or people
        // act on, right after their verb, is that state's.
        const std::string own = DomesticSubjectCountry(piece.begin);
        if (!own.empty()) {
          country = own;
          country_why = "the state of the court, legislature, opposition, armed group or people acting on it";
        }
      }
      if (country.empty() && !foreign &&
          (role == "CVL" || role == "OPP" || role == "EDU" || role == "MED" || role == "LAB" || role == "REL")) {
        // "Belarus freed 52 prisoners … after the United States eased
        // sanctions", "Nicaragua freed 222 jailed opponents": the people a
        // state frees, jails or arrests are its own when nothing says
        // otherwise.
        const std::string captor = CaptorBefore(i);
        if (!captor.empty()) {
          country = captor;
          country_why = "the country of the state that frees or holds them";
        }
      }
      if (country.empty() && !foreign && role == "OPP" && tokens_[piece.end - 1].lemma == "opposition"sv) {
        // "after Caracas agreed with the opposition on a roadmap": the
        // opposition a state's own clause deals with is that state's.
        const std::string own = StateOfClauseBefore(piece.begin);
        if (!own.empty()) {
          country = own;
          country_why = "the state whose clause names the opposition";
        }
      }
      // "arrested members of the city's pro-democracy opposition": the
      // country, city or nation that owns the agent is the one the sentence
      // names (another possessor's agents are that possessor's).
      const bool owned_by_country_noun =
          piece.begin >= 3 && tokens_[piece.begin - 3].lower == "the"sv &&
          (tokens_[piece.begin - 2].lower == "country"sv || tokens_[piece.begin - 2].lower == "nation"sv ||
           tokens_[piece.begin - 2].lower == "city"sv);
      // ("… paused aid to Niger's government, after the country's military
      // seized power": with several states named, the country is the last
      // one named before it.)
      if (owned_by_country_noun && country.empty() && !foreign && tokens_[piece.begin - 2].lower != "city"sv) {
        for (auto it = out_->actors.rbegin(); it != out_->actors.rend(); ++it) {
          if (it->token_end > piece.begin || it->country.size() != 3 || it->country == "IGO" ||
              it->country == "NGO" || it->country == "IMG") {
            continue;
          }
          country = it->country;
          country_why = "the country named last before 'the country's'";
          break;
        }
      }
      const bool owner_is_country =
          owned_by_country_noun && (country_why == "the only country the sentence names" ||
                                    country_why == "the country named last before 'the country's'");
      if (!country.empty() && !foreign && (owner_is_country || !(piece.begin > 0 && IsPossessive(piece.begin - 1)))) {
        const Actor* c = dict_.FindCountry(country);
        ActorMention m;
        m.kind = ActorMention::Kind::kState;
        m.token_begin = piece.begin;
        m.token_end = agent_end;
        m.country = country;
        m.code = country + dict_.agents[piece.agent].role;
        m.name = c ? c->name : country;
        m.entry = piece.loc;
        m.why = "agent without a country; " + country_why;
        m.plural_agent = tokens_[piece.end - 1].pos == Pos::NNS;
        Emit(std::move(m));
      } else if (rec_.null_country_agents() && !(piece.begin > 0 && IsPossessive(piece.begin - 1))) {
        ActorMention m;
        m.kind = ActorMention::Kind::kState;
        m.token_begin = piece.begin;
        m.token_end = piece.end;
        m.code = "---" + dict_.agents[piece.agent].role;
        m.name = dict_.agents[piece.agent].role;
        m.entry = piece.loc;
        m.why = "agent no country of the sentence places: of no country ('---', null_country_agents)";
        m.plural_agent = tokens_[piece.end - 1].pos == Pos::NNS;
        Emit(std::move(m));
      }
      return i + 1;
    }

    // 4. A person (with possessive agent, or apposition).
    if (!piece.persons.empty()) {
      int person_idx = ChoosePerson(piece.persons);
      if (person_idx < 0) return i + 1;
      // "Lindner" in a 1987 story is not the German minister of 2021: a
      // surname alone names no one whose first office lies over ten years
      // after the story.
      if (piece.end == piece.begin + 1 && FirstOfficeLongAfter(dict_.actors[person_idx])) return i + 1;
      ActorMention pm = PersonMention(person_idx, piece.begin, piece.end, piece.person_loc);
      uint32_t after = piece.end;
      Emit(std::move(pm));
      Apposition(out_->actors.back(), after, j);
      return j;
    }

    // 5. Organization (+ agent: "NATO forces").
    if (piece.org >= 0) {
      const Actor& o = dict_.actors[piece.org];
      ActorMention m;
      m.kind = ActorMention::Kind::kOrganization;
      m.token_begin = piece.begin;
      m.token_end = piece.end;
      m.code = o.code;
      m.country = o.country;
      m.name = o.name;
      m.entry = IsInstitution(o) ? o.loc : piece.loc;  // piece.loc may be an agent's ("State Department")
      const bool people = IsInstitution(o) && o.code.size() == 6 && o.code.compare(3, 3, "CVL") == 0;
      m.why = IsCompany(o)       ? "company"
              : people           ? "people of a state"
              : IsInstitution(o) ? "institution"
                                 : "organization";
      // (Not an agent word used as an adjective of the noun after it: "the
      // Sandinista regime military hardware".)
      const bool agent_adjective = next && next->end == next->begin + 1 && tokens_[next->begin].pos == Pos::JJ &&
                                   next->end < tokens_.size() && IsNoun(tokens_[next->end].pos);
      if (next && next->agent >= 0 && next->begin == piece.end && !agent_adjective) {
        m.code = JoinAgentCode(m.code, dict_.agents[next->agent]);
        m.token_end = next->end;
        m.entry += " + " + next->loc;
        ++j;
      } else if (IsInstitution(o)) {
        return EmitInstitution(std::move(m), j);
      }
      m.span = SpanOf(m.token_begin, m.token_end);
      Emit(std::move(m));
      return j;
    }

    // 6. A country by name, metonym, adjective, or contextual phrase.
    // "the Paris accord", "the Geneva convention", "the Tokyo summit": a
    // city naming an agreement or a meeting is where it was made, no actor.
    if (piece.state >= 0 && piece.metonym && piece.contextual < 0 && piece.end < tokens_.size() &&
        IsNamedAfterPlace(tokens_[piece.end].lemma)) {
      return j;
    }
    // ("the 1957 Treaty of Rome", "the Convention of Lome": after the
    // agreement's noun and "of".)
    if (piece.state >= 0 && piece.metonym && piece.contextual < 0 && piece.begin >= 2 &&
        tokens_[piece.begin - 1].lower == "of"sv &&
        (IsNamedAfterPlace(tokens_[piece.begin - 2].lemma) || tokens_[piece.begin - 2].lemma == "treaty"sv)) {
      return j;
    }
    // "the Uruguay Round", "the Uruguay trade round": a round of trade talks
    // named after the country where it opened.
    if (piece.state >= 0 && piece.contextual < 0 && piece.end < tokens_.size() &&
        (tokens_[piece.end].lower == "round"sv ||
         (tokens_[piece.end].lower == "trade"sv && piece.end + 1 < tokens_.size() &&
          tokens_[piece.end + 1].lower == "round"sv))) {
      return j;
    }
    // "47 mln U.S. Dlrs", "the U.S. dollar", "Canadian dollars": a currency
    // named by its country is money, no actor.
    if (piece.end < tokens_.size() &&
        (tokens_[piece.end].lower == "dlrs"sv || tokens_[piece.end].lower == "dlr"sv ||
         tokens_[piece.end].lower == "dollar"sv || tokens_[piece.end].lower == "dollars"sv)) {
      return j;
    }
    if (piece.IsNational() || piece.contextual >= 0) {
      const Actor& c = dict_.actors[piece.contextual >= 0 ? piece.contextual : piece.Country()];
      ActorMention m;
      m.kind = ActorMention::Kind::kState;
      m.token_begin = piece.begin;
      m.token_end = piece.end;
      m.code = c.code;
      m.country = c.country;
      m.name = piece.contextual >= 0 && dict_.FindCountry(c.country) ? dict_.FindCountry(c.country)->name : c.name;
      m.entry = piece.loc;
      m.demonym_only = piece.state < 0 && piece.demonym >= 0;
      m.why = piece.contextual >= 0 ? "contextual phrase; the story names " + c.country
              : m.demonym_only      ? "country adjective"
              : piece.place         ? "place in the country"
                                    : "country";
      m.place = piece.place && !m.demonym_only;
      // "MUSCAT, April 12 (Reuters) - Iran's foreign minister …": a dateline
      // names where the report was filed, no side of what it reports.
      if (const uint32_t dash = DatelineDash(tokens_); dash > 0 && piece.end <= dash) {
        m.place = true;
        m.why = "dateline";
      }
      // One name for several actors: one mention each, over the same words.
      std::vector<ActorMention> extra_mentions;
      if (piece.contextual < 0 && piece.demonym < 0) {
        for (uint32_t more : piece.more_states) {
          const Actor& a = dict_.actors[more];
          ActorMention extra = m;
          extra.code = a.code;
          extra.country = a.country;
          extra.name = a.name;
          extra.entry = a.loc;
          extra.why = "one name of several actors";
          extra_mentions.push_back(std::move(extra));
        }
      }
      // "Tens of thousands of Georgians", "hundreds of Iraqis", "200
      // Venezuelans": a counted crowd of a nation's people is its civilians.
      if (piece.contextual < 0 && CountedPeople(piece)) {
        m.code = c.code + "CVL";
        m.demonym_only = false;
        m.why = "a counted crowd of the country's people";
      }
      // "hundreds of Russian theatregoers": a counted crowd the nation's
      // adjective describes (a plural common noun the dictionary does not
      // name) is its civilians too.
      if (piece.contextual < 0 && piece.demonym >= 0 && piece.state < 0 && piece.end < tokens_.size() &&
          (next == nullptr || next->begin > piece.end) && tokens_[piece.end].pos == Pos::NNS &&
          IsOrdinaryPeople(tokens_[piece.end])) {
        Piece crowd = piece;
        crowd.end = piece.end + 1;
        if (CountedPeople(crowd)) {
          m.code = c.code + "CVL";
          m.token_end = crowd.end;
          m.demonym_only = false;
          m.why = "a counted crowd the country's adjective describes";
        }
      }
      Emit(std::move(m));
      for (ActorMention& extra : extra_mentions) Emit(std::move(extra));
      return j;
    }
    return i + 1;
  }

  const Dictionary& dict_;
  const ActorRecognizer& rec_;
  const std::vector<Token>& tokens_;
  std::string_view text_;
  const StoryContext& context_;
  SentenceMentions* out_;
  std::vector<Piece> pieces_;
  uint32_t consumed_until_ = 0;
  std::string sentence_country_, sentence_country_why_;
  // The one country the sentence names, if one (not the place it is set in:
  // "will visit the United States … and hold talks in Washington with …").
  std::string only_country_;
};

}  // namespace

ActorRecognizer::ActorRecognizer(const Dictionary& dict, bool null_country_agents)
    : dict_(dict), null_country_agents_(null_country_agents) {
  for (const Phrase& p : dict_.phrases) {
    if ((p.kind != PhraseKind::kName && p.kind != PhraseKind::kAlias) || p.target >= dict_.actors.size() ||
        dict_.actors[p.target].kind != Actor::Kind::kPerson) {
      continue;
    }
    const size_t space = p.key.rfind(' ');
    if (space == std::string::npos || space + 1 >= p.key.size()) continue;
    std::vector<uint32_t>& people = persons_by_surname_[p.key.substr(space + 1)];
    if (std::find(people.begin(), people.end(), p.target) == people.end()) people.push_back(p.target);
  }
  for (const Actor& a : dict_.actors) {
    if (a.kind != Actor::Kind::kPerson) continue;
    for (const Role& role : a.roles) {
      const size_t dot = role.office.find('.');
      if (dot != std::string::npos) office_states_[role.office.substr(dot + 1)].insert(role.office.substr(0, dot));
    }
  }
}

bool ActorRecognizer::OfficeOfOtherStates(const std::string& office, const std::string& country) const {
  // Offices that a few states' constitutions name (most titles, "judge",
  // "premier", "crown prince", name offices of many states, whatever the
  // dictionary happens to list).
  static constexpr std::string_view kOfFewStates[] = {"chancellor", "chancellor_of_the_exchequer",
                                                      "chief_cabinet_secretary", "cia_director"};
  if (std::find(std::begin(kOfFewStates), std::end(kOfFewStates), office) == std::end(kOfFewStates)) return false;
  const auto it = office_states_.find(office);
  return it != office_states_.end() && it->second.count(country) == 0;
}

int ActorRecognizer::PersonBySurname(const std::string& surname, const std::string& office,
                                     const std::optional<Date>& date) const {
  if (!date) return -1;
  const auto it = persons_by_surname_.find(surname);
  if (it == persons_by_surname_.end()) return -1;
  int found = -1;
  for (uint32_t idx : it->second) {
    for (const Role& role : dict_.actors[idx].roles) {
      const size_t dot = role.office.find('.');
      if (!role.ValidOn(*date) || dot == std::string::npos || role.office.compare(dot + 1, std::string::npos, office) != 0) {
        continue;
      }
      if (found >= 0 && found != static_cast<int>(idx)) return -1;  // two of that name: no guess
      found = static_cast<int>(idx);
    }
  }
  return found;
}

const Role* ActorRecognizer::RoleOn(const Actor& person, const std::optional<Date>& date) const {
  if (!date) return nullptr;
  const Role* best = nullptr;
  for (const Role& role : person.roles) {
    if (!role.ValidOn(*date)) continue;
    if (!best || OfficeRank(role.office) < OfficeRank(best->office)) best = &role;
  }
  return best;
}

bool ActorRecognizer::CollectCountries(const std::vector<PhraseMatch>& matches,
                                       std::set<std::string>* countries) const {
  bool names_actor = false;
  for (const PhraseMatch& m : matches) {
    for (uint32_t phrase_idx : m.phrases) {
      const Phrase& ph = dict_.phrases[phrase_idx];
      if (ph.kind == PhraseKind::kAgent || ph.kind == PhraseKind::kTitle || ph.kind == PhraseKind::kDiscard) continue;
      names_actor = true;
      if (ph.kind == PhraseKind::kContextual) continue;
      const Actor& a = dict_.actors[ph.target];
      if (a.kind == Actor::Kind::kCountry || a.kind == Actor::Kind::kPerson || IsInstitution(a)) {
        countries->insert(a.country);
      }
    }
  }
  return names_actor;
}

const Phrase* ActorRecognizer::FindDiscard(const std::vector<PhraseMatch>& matches) const {
  const Phrase* found = nullptr;
  for (const PhraseMatch& m : matches) {
    for (uint32_t phrase_idx : m.phrases) {
      const Phrase& ph = dict_.phrases[phrase_idx];
      if (ph.kind != PhraseKind::kDiscard) continue;
      if (ph.target == kDiscardStory) return &ph;
      if (!found) found = &ph;
    }
  }
  return found;
}

void ActorRecognizer::Recognize(const Sentence& sentence, const std::vector<PhraseMatch>& matches,
                                std::string_view story_text, const StoryContext& context, SentenceMentions* out) const {
  SentenceRecognizer recognizer(dict_, *this, sentence, story_text, context, out);
  recognizer.Run(matches);
  for (ActorMention& m : out->actors) {
    m.span = Span{sentence.tokens[m.token_begin].span.begin, sentence.tokens[m.token_end - 1].span.end};
  }
}

}  // namespace statecraft
