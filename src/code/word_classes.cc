#include "code/word_classes.h"

#include <algorithm>

namespace statecraft {

// Words that end the reach of a pattern gap or a subject search.
bool IsClauseBreak(const Token& t) {
  return t.pos == Pos::kPeriod ||
         OneOf(t.lower, {",", ";", ":", "(", ")", "\"", "--", "that", "who", "which", "whom", "whose", "while",
                         "whereas", "but", "because", "although", "though", "if", "when", "after", "before",
                         "since", "until", "amid", "despite", "as", "where"});
}

bool OneOf(Pos p, std::initializer_list<Pos> tags) {
  for (Pos x : tags) if (p == x) return true;
  return false;
}

bool IsNegator(const std::string& w) { return OneOf(w, {"not", "n't", "never", "no", "neither", "nor"}); }

// Verbs whose infinitive complement states an intention of the subject.
bool IsIntentVerb(const std::string& lemma) {
  return OneOf(lemma, {"plan", "intend", "aim", "seek", "want", "hope", "vow", "pledge", "promise", "prepare",
                       "decide", "agree", "offer", "try", "attempt", "wish", "mean", "look", "move", "resolve",
                       "vote", "threaten", "propose", "commit", "prefer"});
}

bool IsVerbOfSaying(const std::string& lemma) {
  return OneOf(lemma, {"say", "tell", "announce", "claim", "add", "state", "confirm", "report", "insist", "deny", "admit",
                       "acknowledge", "allege", "assert", "declare", "conclude", "reveal", "warn", "indicate", "signal",
                       "reiterate", "reaffirm", "repeat", "stress", "emphasize", "emphasise", "assure", "reassure",
                       "inform", "notify"});
}

bool PerformsNominalAct(const std::string& lemma) {
  return OneOf(lemma, {"order", "launch", "begin", "start", "conduct", "carry", "stage", "mount", "impose", "announce",
                       "declare", "unleash", "intensify", "escalate", "continue", "resume", "expand", "step", "lay",
                       "open", "deliver", "issue", "make", "give", "provide", "send", "offer", "extend", "pledge",
                       "approve", "sign", "initiate", "complete", "finish", "hold", "host", "wage", "wind", "repeat",
                       "renew", "reiterate", "proclaim", "formalize", "formalise", "finalize", "finalise"});
}

bool IsVerbOfSayingOrThinking(const std::string& lemma) {
  return IsVerbOfSaying(lemma) || OneOf(lemma, {"feel", "think", "believe", "fear"});
}

// Verbs whose infinitive complement did not happen.
bool IsNegatingVerb(const std::string& lemma) { return OneOf(lemma, {"refuse", "decline", "fail"}); }

// Verbs and adjectives whose infinitive complement is merely expected.
bool IsFutureVerb(const std::string& lemma) { return OneOf(lemma, {"expect", "set", "due", "schedule", "likely"}); }

bool IsAgreementNoun(const std::string& lemma) {
  return OneOf(lemma, {"agreement", "deal", "accord", "pact", "treaty", "memorandum", "declaration"});
}

bool IsAttackNoun(const std::string& lemma) {
  return OneOf(lemma, {"attack", "offensive", "assault", "raid", "incursion", "thrust", "advance"});
}

bool IsTerritoryNoun(const std::string& lemma) {
  return OneOf(lemma, {"city", "town", "village", "capital", "territory", "region", "province", "district", "area",
                       "port", "airport", "stronghold", "border", "crossing", "island", "peninsula", "valley"});
}

bool IsCommodityNoun(const std::string& lemma) {
  return OneOf(lemma, {"oil", "crude", "gas", "wheat", "grain", "corn", "rice", "sugar", "coffee", "beef", "steel",
                       "goods", "export", "import", "product", "shipment", "cargo", "textile", "car", "chip",
                       "semiconductor", "currency", "dollar", "yen", "franc", "mark", "bond", "share", "stock",
                       "price", "output", "production", "economy", "model"});
}

bool IsAttackedThing(const std::string& lemma) {
  return OneOf(lemma, {"vessel", "ship", "tanker", "supertanker", "freighter", "trawler", "warship", "frigate",
                       "destroyer", "boat", "platform",
                       "convoy", "refinery", "terminal", "oilfield", "pipeline", "airfield", "airbase", "base",
                       "outpost", "position", "installation", "depot", "barracks", "camp", "headquarters",
                       "stronghold", "hideout"});
}

bool IsTimeNoun(const std::string& w) {
  return OneOf(w, {"week", "weeks", "month", "months", "year", "years", "day", "days", "today", "tomorrow",
                   "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "weekend", "morning", "evening", "night"});
}

// "five", "5", "a" → 5, 5, 1; 0 when the word is no count.
int CountWord(const std::string& w) {
  static const char* const kWords[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                       "seventeen", "eighteen", "nineteen", "twenty"};
  for (int i = 1; i <= 20; ++i) if (w == kWords[i]) return i;
  if (w == "a" || w == "an") return 1;
  if (w == "thirty") return 30;
  if (w == "forty") return 40;
  if (w == "fifty") return 50;
  if (!w.empty() && w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::stoi(w);
  }
  return 0;
}

// A span of time long enough that an act that far back is background, with
// its length in months ("years" 12, "decade" 120); 0 for shorter spans
// ("hours after", "days after" tell the sequence of the news itself).
int BackgroundSpanMonths(const std::string& w) {
  if (w == "year" || w == "years") return 12;
  if (w == "decade" || w == "decades") return 120;
  if (w == "month" || w == "months") return 1;
  if (w == "century" || w == "centuries") return 1200;
  return 0;
}

bool IsOccasionNoun(const std::string& lemma) {
  return OneOf(lemma, {"debate", "meeting", "session", "conference", "talk", "hearing", "interview", "speech", "summit",
                       "visit", "statement", "address"});
}

bool IsPeopleOrPublicPlace(const std::string& lemma) {
  return OneOf(lemma, {"people", "civilian", "man", "woman", "child", "schoolgirl", "schoolchild", "student",
                       "villager", "resident", "worshipper", "pilgrim", "migrant", "refugee", "hostage", "passenger",
                       "tourist", "farmer", "worker", "person", "family", "boy", "girl", "mall", "market", "church",
                       "mosque", "synagogue", "temple", "school", "hospital", "hotel", "restaurant", "cafe", "stadium",
                       "concert", "festival", "wedding", "theatre", "theater", "shelter", "bakery"});
}

bool IsStateSite(const std::string& lemma) {
  return OneOf(lemma, {"site", "facility", "installation", "base", "airbase", "airfield", "infrastructure", "plant",
                       "reactor", "depot", "silo", "radar", "refinery", "port", "target", "station", "outpost",
                       "barracks", "garrison", "checkpoint", "headquarters",
                       // ("struck 40 strategic bombers at air bases deep inside Russian territory")
                       "bomber", "warplane", "warship"});
}

bool IsStatesClassNoun(const std::string& lemma) {
  return OneOf(lemma, {"nation", "country", "state", "power", "economy", "democracy"});
}

bool IsCompanyNoun(const std::string& lemma) {
  return OneOf(lemma, {"company", "firm", "plant", "factory", "mine", "mill", "shipyard", "steelworks", "refinery",
                       "employer", "carmaker", "automaker", "bank", "airline", "port", "utility", "manufacturer"});
}

// Verbs whose object is asked to do what the infinitive says.
bool IsObjectControlVerb(const std::string& lemma) {
  return OneOf(lemma, {"urge", "ask", "call", "press", "tell", "demand", "request", "invite", "encourage", "persuade",
                       "want", "force", "order", "allow", "pressure", "push", "compel", "warn", "advise", "implore",
                       "challenge", "appeal", "plead", "beg", "exhort"});
}

// Verbs whose object is moved to do what the infinitive says, and does it:
// "prompting Trump to threaten tariffs", "led Iran to close the strait".
bool IsCausativeVerb(const std::string& lemma) {
  return OneOf(lemma, {"prompt", "lead", "spur", "provoke", "drive", "cause", "move", "inspire", "goad"});
}

}  // namespace statecraft
