#include "dict/petrarch_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "base/files.h"
#include "base/strings.h"

namespace statecraft {

namespace fs = std::filesystem;

namespace {

// Patterns one PETRARCH pattern line may expand into (synset members of
// several words times the places of an implicit target). Beyond it the
// line's other variants are left out with a warning.
constexpr size_t kMaxVariants = 512;
// Synsets nested deeper than this are reported, not followed.
constexpr int kMaxSynsetDepth = 4;

// PETRARCH's implicit target is the first actor after the verb, its object or
// the object of a preposition ("arrived in Gondor", "ties with Gondor"): the
// '+' it gets here may follow one of these, or the "that" of a clause whose
// subject it is ("allowed that Mordor isn't …"). Not "by": after a passive
// verb its actor is the source.
const std::vector<std::string>& TargetPrepositions() {
  static const std::vector<std::string> kPrepositions = {
      "about",  "above",  "across",  "against", "along",  "among", "around", "at",
      "before", "behind", "between", "beyond",  "during", "for",   "from",   "in",
      "inside", "into",   "near",    "of",      "on",     "onto",  "over",   "through",
      "that",   "to",     "toward",  "towards", "under",  "upon",  "with",   "within",
      "without"};
  return kPrepositions;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool IsVowel(char c) {
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Appends `suffix` in the case of `word` (the dictionaries are upper case).
std::string WithSuffix(std::string_view word, std::string_view suffix) {
  bool lower = std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  std::string out(word);
  for (char c : suffix)
    out.push_back(lower ? c : static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return out;
}

bool EndsWithCi(std::string_view word, std::string_view suffix) {
  if (word.size() < suffix.size()) return false;
  return AsciiLower(word.substr(word.size() - suffix.size())) == suffix;
}

std::string VerbPast(std::string_view verb) {
  if (verb.empty()) return "";
  if (EndsWithCi(verb, "e")) return WithSuffix(verb, "d");
  if (verb.size() > 1 && EndsWithCi(verb, "y") && !IsVowel(verb[verb.size() - 2])) {
    return WithSuffix(verb.substr(0, verb.size() - 1), "ied");
  }
  return WithSuffix(verb, "ed");
}

std::string VerbGerund(std::string_view verb) {
  if (verb.empty()) return "";
  if (EndsWithCi(verb, "ie")) return WithSuffix(verb.substr(0, verb.size() - 2), "ying");
  if (EndsWithCi(verb, "e") && !EndsWithCi(verb, "ee") && !EndsWithCi(verb, "ye") &&
      !EndsWithCi(verb, "oe") && verb.size() > 2) {
    return WithSuffix(verb.substr(0, verb.size() - 1), "ing");
  }
  return WithSuffix(verb, "ing");
}

// Applies RegularPlural to the last word of a phrase ("FOREIGN_MINISTER").
std::string PluralOfPhrase(std::string_view phrase) {
  size_t cut = phrase.find_last_of(" _");
  if (cut == std::string_view::npos) return RegularPlural(phrase);
  return std::string(phrase.substr(0, cut + 1)) + RegularPlural(phrase.substr(cut + 1));
}

// Words of a phrase as written: '_' and runs of spaces separate them.
std::string PhraseText(std::string_view written) {
  std::string out;
  bool space = false;
  for (char c : written) {
    if (c == '_' || c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// A dictionary file with its comments removed line by line.
struct PetFile {
  std::string display;
  std::vector<std::string> raw;    // the lines as written
  std::vector<std::string> lines;  // without comments; same numbering

  std::string Loc(size_t line_idx) const { return display + ":" + std::to_string(line_idx + 1); }
  bool Indented(size_t line_idx) const {
    return !raw[line_idx].empty() && (raw[line_idx][0] == ' ' || raw[line_idx][0] == '\t');
  }
};

// Splits into lines and removes "<!-- … -->" spans (over lines too; "<!"
// opens one), and '#' and ';' comments.
void StripComments(const std::string& text, PetFile* file) {
  std::string_view rest = text;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    file->raw.emplace_back(line);
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  bool in_xml = false;
  for (const std::string& line : file->raw) {
    std::string out;
    size_t i = 0;
    while (i < line.size()) {
      if (in_xml) {
        size_t end = line.find("-->", i);
        if (end == std::string::npos) break;
        in_xml = false;
        i = end + 3;
        continue;
      }
      size_t open = line.find("<!", i);
      size_t hash = line.find_first_of("#;", i);
      if (open != std::string::npos && (hash == std::string::npos || open < hash)) {
        out.append(line, i, open - i);
        in_xml = true;
        i = open + 2;
        continue;
      }
      out.append(line, i, hash == std::string::npos ? std::string::npos : hash - i);
      break;
    }
    file->lines.push_back(std::move(out));
  }
}

// The contents of every "[…]" in `text`; false when one is not closed.
bool BracketGroups(std::string_view text, std::vector<std::string>* groups) {
  size_t pos = 0;
  while ((pos = text.find('[', pos)) != std::string_view::npos) {
    size_t end = text.find(']', pos);
    if (end == std::string_view::npos) return false;
    groups->emplace_back(Trim(text.substr(pos + 1, end - pos - 1)));
    pos = end + 1;
  }
  return true;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// An event code field of a verb dictionary: "064", "032:033", ":190", "---".
bool ParseEventCode(std::string_view content, std::string* code, std::string* paired,
                    std::string* error) {
  std::string text;
  for (char c : content)
    if (c != ' ' && c != '\t') text.push_back(c);
  size_t colon = text.find(':');
  std::string first = text.substr(0, colon);
  std::string second = colon == std::string::npos ? "" : text.substr(colon + 1);
  auto valid = [](const std::string& c) {
    return c == "---" || (!c.empty() && std::all_of(c.begin(), c.end(), IsAsciiAlnum));
  };
  if (first.empty() && !second.empty()) first = "---";
  if (!valid(first) || (!second.empty() && !valid(second))) {
    *error = "'[" + std::string(content) +
             "]' is not an event code (digits and letters, '---', or 'A:B')";
    return false;
  }
  *code = Upper(first);
  *paired = second == "---" ? "" : Upper(second);
  return true;
}

// One date restriction of an actor: "[CODE]", "[CODE <D]", "[CODE >D]",
// "[CODE D-D]".
struct Restriction {
  std::string code;
  std::vector<std::string> also;  // "[ELR/GAL]": further actors the phrase names
  bool dated = false;
  std::optional<Date> from, to;
  std::string loc;
};

bool ParseRestriction(std::string_view content, Restriction* r, std::string* error) {
  size_t end = 0;
  while (end < content.size() && content[end] != ' ' && content[end] != '\t' &&
         content[end] != '<' && content[end] != '>') {
    ++end;
  }
  r->code = Upper(content.substr(0, end));
  std::string rest;
  for (char c : content.substr(end))
    if (c != ' ' && c != '\t') rest.push_back(c);
  if (r->code.empty()) {
    *error = "'[" + std::string(content) + "]' has no actor code";
    return false;
  }
  if (rest.empty()) return true;
  r->dated = true;
  auto date = [&](std::string_view text, std::optional<Date>* out) {
    *out = ParsePetrarchDate(text);
    if (!*out)
      *error = "'" + std::string(text) + "' in '[" + std::string(content) +
               "]' is not a YYYYMMDD or YYMMDD date";
    return out->has_value();
  };
  if (rest[0] == '<') return date(std::string_view(rest).substr(1), &r->to);
  if (rest[0] == '>') return date(std::string_view(rest).substr(1), &r->from);
  size_t dash = rest.find('-');
  if (dash == std::string::npos) {
    *error = "'[" + std::string(content) + "]': a restriction is <DATE, >DATE or DATE-DATE";
    return false;
  }
  if (!date(std::string_view(rest).substr(0, dash), &r->from) ||
      !date(std::string_view(rest).substr(dash + 1), &r->to)) {
    return false;
  }
  if (*r->to < *r->from) {
    *error = "'[" + std::string(content) + "]' ends before it starts";
    return false;
  }
  return true;
}

// A piece of a verb pattern as written, in text order.
struct Unit {
  enum class Kind { kWord, kSynset, kTarget, kSource, kCompound, kSkip, kAnchor };
  Kind kind = Kind::kWord;
  std::string text;
  bool joined = false;  // '_' before it: no gap from the previous unit
};

// An element of an expanded pattern, or the anchor, in text order.
struct FlatUnit {
  PatternElement element;
  bool joined = false;
  bool anchor = false;
};
using Flat = std::vector<FlatUnit>;

struct Synset {
  std::vector<std::pair<std::string, std::string>> members;  // as written, loc
  bool plurals = true;
  std::string loc;
};

// A verb of a block: its forms and the fixed words of a multi-word verb.
struct VerbEntry {
  std::vector<std::string> forms;  // lowercase; forms[0] is the verb as written
  std::vector<std::string> before, after;
  bool has_code = false;
  std::string code, paired;
  std::string written;
  std::string loc;
};

struct PatternLine {
  std::string body;  // between '-' and the code
  std::string code, paired;
  std::string written;
  std::string loc;
};

class Reader {
 public:
  Reader(const PetrarchReaderOptions& options, Dictionary* dict,
         std::vector<Diagnostic>* diagnostics, std::string* hashed, PetrarchReadStats* stats)
      : options_(options), dict_(dict), diagnostics_(diagnostics), hashed_(hashed), stats_(stats) {}

  Status Run() {
    std::error_code ec;
    if (!fs::is_directory(options_.dir, ec)) {
      return Status::NotFound(options_.dir + ": not a directory of PETRARCH2 dictionaries");
    }
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(options_.dir, ec)) {
      if (entry.is_regular_file(ec)) names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    enum Kind { kVerbs, kActors, kAgents, kDiscards, kIssues };
    std::vector<std::pair<Kind, std::string>> files;
    for (const std::string& name : names) {
      std::string lower = AsciiLower(name);
      if ((StartsWith(name, "CAMEO") && lower.ends_with(".txt")) ||
          lower.find("verbs") != std::string::npos) {
        files.emplace_back(kVerbs, name);
      } else if (lower.find("actors") != std::string::npos) {
        files.emplace_back(kActors, name);
      } else if (lower.find("agents") != std::string::npos) {
        files.emplace_back(kAgents, name);
      } else if (lower.find("discards") != std::string::npos) {
        files.emplace_back(kDiscards, name);
      } else if (lower.find("issue") != std::string::npos) {
        files.emplace_back(kIssues, name);
      }
    }
    bool any_dictionary = std::any_of(files.begin(), files.end(), [](const auto& f) {
      return f.first == kVerbs || f.first == kActors || f.first == kAgents;
    });
    if (!any_dictionary) {
      return Status::NotFound(
          options_.dir +
          ": holds no PETRARCH2 dictionary (CAMEO*.txt, *verbs*, *actors* or *agents* files)");
    }
    // Actors, agents and lists before verbs; within a kind, in name order.
    for (Kind kind : {kActors, kAgents, kDiscards, kIssues, kVerbs}) {
      for (const auto& [file_kind, name] : files) {
        if (file_kind != kind) continue;
        PetFile file;
        if (!Load(name, &file)) continue;
        switch (kind) {
          case kVerbs:
            ReadVerbs(file);
            break;
          case kActors:
            ReadActors(file);
            break;
          case kAgents:
            ReadAgents(file);
            break;
          case kDiscards:
            ReadDiscards(file);
            break;
          case kIssues:
            ReadIssues(file);
            break;
        }
      }
    }
    return Status::Ok();
  }

 private:
  bool Load(const std::string& name, PetFile* file) {
    fs::path path = fs::path(options_.dir) / name;
    file->display =
        options_.display_prefix.empty() ? path.string() : options_.display_prefix + "/" + name;
    Result<std::string> text = ReadFile(path.string());
    if (!text.ok()) {
      diagnostics_->push_back(
          {Diagnostic::Severity::kError, file->display, text.status().message()});
      return false;
    }
    hashed_->append(name);
    hashed_->push_back('\0');
    hashed_->append(*text);
    StripComments(*text, file);
    ++stats_->files;
    return true;
  }

  void Warn(const std::string& loc, std::string message) {
    diagnostics_->push_back({Diagnostic::Severity::kWarning, loc, std::move(message)});
  }

  // The normalized words of a phrase as written ("N'T", "U.S._ARMY").
  std::vector<std::string> Words(std::string_view written) const {
    return SplitWhitespace(options_.key_of(PhraseText(written)));
  }

  bool AddPhrase(std::string_view written, PhraseKind kind, uint32_t target,
                 const std::string& loc) {
    std::string key = options_.key_of(PhraseText(written));
    if (key.empty()) {
      Warn(loc, "phrase '" + std::string(written) + "' has no words: left out");
      return false;
    }
    // PETRARCH dictionaries are written in capitals and match regardless of
    // case: no exact-case phrases here.
    dict_->phrases.push_back({std::move(key), kind, target, loc, false});
    return true;
  }

  // ---- Actors ----

  struct ActorRecord {
    std::string primary;
    std::string loc;
    std::vector<std::pair<std::string, std::string>> synonyms;  // phrase, loc
    std::vector<Restriction> restrictions;
  };

  void ReadActors(const PetFile& file) {
    std::optional<ActorRecord> record;
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(file.lines[i]);
      if (line.empty()) continue;
      if (line.front() != '[' && line.front() != '+' && file.Indented(i)) {
        Warn(file.Loc(i), "indented line that is neither a [restriction] nor a +synonym: left out");
        continue;
      }
      if (line.front() == '[') {
        if (!record) {
          Warn(file.Loc(i), "date restriction outside an actor record: left out");
          continue;
        }
        AddRestrictions(file.Loc(i), line, &*record);
        continue;
      }
      if (line.front() == '+') {
        if (!record) {
          Warn(file.Loc(i), "synonym outside an actor record: left out");
          continue;
        }
        std::string_view phrase = Trim(line.substr(1));
        size_t bracket = phrase.find('[');
        if (bracket != std::string_view::npos) {
          Warn(file.Loc(i), "a code on a synonym line applies to the whole record");
          AddRestrictions(file.Loc(i), phrase.substr(bracket), &*record);
          phrase = Trim(phrase.substr(0, bracket));
        }
        if (!phrase.empty()) record->synonyms.emplace_back(phrase, file.Loc(i));
        continue;
      }
      if (record) FlushActor(std::move(*record));
      record = ActorRecord();
      record->loc = file.Loc(i);
      size_t bracket = line.find('[');
      record->primary = std::string(Trim(line.substr(0, bracket)));
      if (bracket != std::string_view::npos)
        AddRestrictions(file.Loc(i), line.substr(bracket), &*record);
    }
    if (record) FlushActor(std::move(*record));
  }

  void AddRestrictions(const std::string& loc, std::string_view text, ActorRecord* record) {
    std::vector<std::string> groups;
    if (!BracketGroups(text, &groups)) {
      Warn(loc, "'[' without ']': restriction left out");
      return;
    }
    for (const std::string& content : groups) {
      Restriction r;
      r.loc = loc;
      std::string error;
      if (!ParseRestriction(content, &r, &error)) {
        Warn(loc, error + ": restriction left out");
        continue;
      }
      size_t slash = r.code.find('/');
      if (slash != std::string::npos) {
        // "LORIEN [ELR/GAL]": one phrase, several actors, each coded (an
        // undated code only; a dated one keeps its first).
        std::vector<std::string> codes = SplitTrim(r.code, '/');
        r.code = codes[0];
        if (r.dated) {
          Warn(loc, "'" + content + "' names several actors for one dated phrase; statecraft codes only the first, " +
                        r.code);
        } else {
          r.also.assign(codes.begin() + 1, codes.end());
        }
      }
      if (r.code != "---" && !std::all_of(r.code.begin(), r.code.end(), IsAsciiAlnum)) {
        Warn(loc, "actor code '" + r.code + "' is not letters and digits; kept as written");
      }
      record->restrictions.push_back(std::move(r));
    }
  }

  void FlushActor(ActorRecord record) {
    if (record.primary.empty()) {
      Warn(record.loc, "actor record without a phrase: left out");
      return;
    }
    std::string default_code;
    std::vector<std::string> also;
    std::vector<const Restriction*> dated;
    for (const Restriction& r : record.restrictions) {
      if (r.dated) {
        dated.push_back(&r);
      } else if (default_code.empty()) {
        default_code = r.code;
        also = r.also;
      } else {
        Warn(r.loc, "second undated code '" + r.code + "' for '" + record.primary +
                        "': the first, " + default_code + ", is the default");
      }
    }
    if (default_code.empty()) default_code = "---";  // PETRARCH's null actor
    Actor actor;
    actor.code = default_code;
    actor.country = default_code.substr(0, 3);
    actor.name = PhraseText(record.primary);
    actor.loc = record.loc;
    if (dated.empty()) {
      actor.kind = Actor::Kind::kCountry;
    } else {
      actor.kind = Actor::Kind::kPerson;
      const std::string office = "PETR." + record.loc;
      const Date earliest = *Date::FromYmd(1, 1, 1);
      for (const Restriction* r : dated) {
        actor.roles.push_back({office, r->code, r->from ? *r->from : earliest, r->to, r->loc});
      }
      actor.roles.push_back({office, default_code, earliest, std::nullopt, record.loc});
      ++stats_->dated_actors;
    }
    uint32_t idx = static_cast<uint32_t>(dict_->actors.size());
    dict_->actors.push_back(std::move(actor));
    ++stats_->actors;
    AddPhrase(record.primary, PhraseKind::kName, idx, record.loc);
    for (const auto& [phrase, loc] : record.synonyms)
      AddPhrase(phrase, PhraseKind::kName, idx, loc);
    // The further actors of "[ELR/GAL]" share every phrase (undated ones only).
    if (!dated.empty()) return;
    for (const std::string& code : also) {
      Actor more;
      more.kind = Actor::Kind::kCountry;
      more.code = code;
      more.country = code.substr(0, 3);
      more.name = PhraseText(record.primary);
      more.loc = record.loc;
      uint32_t more_idx = static_cast<uint32_t>(dict_->actors.size());
      dict_->actors.push_back(std::move(more));
      ++stats_->actors;
      AddPhrase(record.primary, PhraseKind::kName, more_idx, record.loc);
      for (const auto& [phrase, loc] : record.synonyms) AddPhrase(phrase, PhraseKind::kName, more_idx, loc);
    }
  }

  // ---- Agents ----

  void ReadAgents(const PetFile& file) {
    std::map<std::string, std::vector<std::string>> substitutions;  // "!PERSON!" → values
    int spaced = 0;
    std::string first_spaced;
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(file.lines[i]);
      if (line.empty()) continue;
      const std::string loc = file.Loc(i);
      size_t eq = line.find('=');
      if (line.front() == '!' && eq != std::string_view::npos) {
        std::string marker(Trim(line.substr(0, eq)));
        if (marker.size() < 3 || marker.back() != '!') {
          Warn(loc, "substitution set '" + marker + "' must be named !NAME!: left out");
          continue;
        }
        std::vector<std::string> values;
        for (const std::string& v : SplitTrim(line.substr(eq + 1), ',')) {
          std::string compact;
          for (char c : v)
            if (c != ' ' && c != '\t') compact.push_back(c);
          if (!compact.empty()) values.push_back(compact);
        }
        substitutions[marker] = std::move(values);
        continue;
      }
      size_t lb = line.find('[');
      size_t rb = lb == std::string_view::npos ? lb : line.find(']', lb);
      if (rb == std::string_view::npos) {
        Warn(loc, "agent entry without a [~CODE]: left out");
        continue;
      }
      std::string code;
      for (char c : line.substr(lb + 1, rb - lb - 1))
        if (c != ' ' && c != '\t') code.push_back(c);
      bool prefix = !code.empty() && code.back() == '~';
      bool suffix = !code.empty() && code.front() == '~';
      std::string role =
          Upper(code.substr(suffix ? 1 : 0, code.size() - (suffix ? 1 : 0) - (prefix ? 1 : 0)));
      if (role.empty() || !std::all_of(role.begin(), role.end(), IsAsciiAlnum) ||
          (prefix && suffix)) {
        Warn(loc, "agent code '[" + code + "]' must be ~ROLE or ROLE~: left out");
        continue;
      }
      if (!prefix && !suffix) Warn(loc, "agent code '[" + code + "]' has no '~'; read as ~" + role);
      std::string_view head = line.substr(0, lb);
      std::optional<std::string> plurals;
      size_t lc = head.find('{');
      if (lc != std::string_view::npos) {
        size_t rc = head.find('}', lc);
        if (rc == std::string_view::npos) {
          Warn(loc, "'{' without '}': left out");
          continue;
        }
        plurals = std::string(head.substr(lc + 1, rc - lc - 1));
        head = head.substr(0, lc);
      }
      std::string phrase(Trim(head));
      if (phrase.empty()) {
        Warn(loc, "agent entry without a phrase: left out");
        continue;
      }
      // Substitution markers expand without further plurals.
      std::vector<std::string> forms;
      size_t bang = phrase.find('!');
      if (bang != std::string::npos) {
        size_t close = phrase.find('!', bang + 1);
        std::string marker =
            close == std::string::npos ? "" : phrase.substr(bang, close - bang + 1);
        auto it = substitutions.find(marker);
        if (it == substitutions.end()) {
          Warn(loc, "substitution set '" + (marker.empty() ? phrase.substr(bang) : marker) +
                        "' is not defined above: left out");
          continue;
        }
        for (const std::string& value : it->second) {
          forms.push_back(phrase.substr(0, bang) + value + phrase.substr(close + 1));
        }
      } else {
        forms.push_back(phrase);
        if (!plurals) {
          forms.push_back(PluralOfPhrase(phrase));
        } else {
          for (const std::string& p : SplitWhitespace(*plurals)) forms.push_back(p);
        }
      }
      if (phrase.find(' ') != std::string::npos) {
        if (spaced++ == 0) first_spaced = loc;
      }
      uint32_t idx = static_cast<uint32_t>(dict_->agents.size());
      Agent agent;
      agent.role = role;
      agent.word = PhraseText(forms.front());
      agent.loc = loc;
      agent.prefix = prefix;
      dict_->agents.push_back(std::move(agent));
      ++stats_->agents;
      std::set<std::string> seen;
      for (const std::string& form : forms) {
        if (seen.insert(AsciiLower(form)).second) AddPhrase(form, PhraseKind::kAgent, idx, loc);
      }
    }
    if (spaced > 0) {
      Warn(
          first_spaced,
          std::to_string(spaced) +
              " agent phrases of this file separate words by a space, which in PETRARCH lets other "
              "words come between them; statecraft matches them as consecutive words (first here)");
    }
  }

  // ---- Discards and issues ----

  void ReadDiscards(const PetFile& file) {
    int stems = 0;
    std::string first_stem;
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(file.lines[i]);
      if (line.empty()) continue;
      bool story = line.front() == '+';
      if (story) line = Trim(line.substr(1));
      if (line.empty()) {
        Warn(file.Loc(i), "discard entry without a phrase: left out");
        continue;
      }
      uint32_t scope = story ? kDiscardStory : kDiscardSentence;
      bool whole_word = line.back() == '_';
      if (!AddPhrase(line, PhraseKind::kDiscard, scope, file.Loc(i))) continue;
      ++stats_->discards;
      if (!whole_word) {
        std::string plural = PluralOfPhrase(Trim(line));
        if (AsciiLower(plural) != AsciiLower(line))
          AddPhrase(plural, PhraseKind::kDiscard, scope, file.Loc(i));
        if (stems++ == 0) first_stem = file.Loc(i);
      }
    }
    if (stems > 0) {
      Warn(
          first_stem,
          std::to_string(stems) +
              " discard phrases of this file are stems in PETRARCH (they match any word they "
              "begin); "
              "statecraft matches the phrase and the regular plural of its last word (first here)");
    }
  }

  void ReadIssues(const PetFile& file) {
    int issues = 0, ignores = 0;
    std::string first;
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(file.lines[i]);
      if (line.empty() || line.front() == '<') continue;
      if (line.front() == '~') {
        ++ignores;
        continue;
      }
      std::vector<std::string> groups;
      if (!BracketGroups(line, &groups) || groups.size() != 1 || groups[0].empty() ||
          Trim(line.substr(0, line.find('['))).empty()) {
        Warn(file.Loc(i), "issue entry must be 'phrase [CODE]': left out");
        continue;
      }
      if (issues++ == 0) first = file.Loc(i);
    }
    stats_->issues += issues;
    if (issues + ignores > 0) {
      Warn(first.empty() ? file.display : first,
           "issue coding is not a statecraft feature: " + std::to_string(issues) +
               " issue phrases and " + std::to_string(ignores) +
               " ignore phrases of this file are read and not used");
    }
  }

  // ---- Verbs ----

  void ReadVerbs(const PetFile& file) {
    synsets_.clear();  // a verb file's synsets are its own
    std::vector<bool> synset_line(file.lines.size(), false);
    CollectSynsets(file, &synset_line);
    std::optional<size_t> block_line;
    std::string block_code = "---", block_paired;
    std::vector<VerbEntry> verbs;
    std::vector<PatternLine> patterns;
    auto flush = [&]() {
      if (block_line) EmitBlock(block_code, block_paired, verbs, patterns);
      verbs.clear();
      patterns.clear();
    };
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(file.lines[i]);
      if (line.empty() || synset_line[i]) continue;
      const std::string loc = file.Loc(i);
      if (StartsWith(line, "---")) {
        flush();
        block_line = i;
        block_code = "---";
        block_paired.clear();
        std::vector<std::string> groups;
        if (!BracketGroups(line, &groups)) {
          Warn(loc, "'[' without ']' in a verb block header: the block has no code of its own");
        } else if (!groups.empty()) {
          std::string error;
          if (!ParseEventCode(groups[0], &block_code, &block_paired, &error)) {
            Warn(loc, error + ": the block has no code of its own");
            block_code = "---";
            block_paired.clear();
          }
          if (groups.size() > 1)
            Warn(loc, "verb block header with several codes: the first is used");
        }
        continue;
      }
      if (line.front() == '~') {
        Warn(loc, "PETRARCH2 transformations ('~ …') are not supported: left out");
        continue;
      }
      if (line.front() == '&') continue;  // a synset label with no members
      if (!block_line) {
        Warn(loc, "line outside a verb block ('--- VERB [CODE] ---'): left out");
        continue;
      }
      if (line.front() == '-') {
        ReadPatternLine(loc, line.substr(1), &patterns);
        continue;
      }
      VerbEntry verb;
      if (ReadVerbLine(loc, line, &verb)) verbs.push_back(std::move(verb));
    }
    flush();
  }

  void CollectSynsets(const PetFile& file, std::vector<bool>* synset_line) {
    Synset* current = nullptr;
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(file.lines[i]);
      if (line.empty()) continue;
      if (line.front() == '&') {
        std::string name = SplitWhitespace(line)[0];
        bool plurals = name.back() != '_';
        while (!name.empty() && name.back() == '_') name.pop_back();
        if (synsets_.count(name))
          Warn(file.Loc(i), "synset " + name + " defined again: the new members replace it");
        Synset& s = synsets_[name];
        s = Synset();
        s.plurals = plurals;
        s.loc = file.Loc(i);
        current = &s;
        (*synset_line)[i] = true;
        ++stats_->synsets;
        continue;
      }
      if (line.front() == '+' && current) {
        current->members.emplace_back(std::string(Trim(line.substr(1))), file.Loc(i));
        (*synset_line)[i] = true;
        continue;
      }
      current = nullptr;
    }
  }

  // The members of a synset as word lists, nested synsets expanded.
  bool SynsetMembers(const std::string& name, int depth, std::vector<std::vector<std::string>>* out,
                     std::string* error) {
    auto it = synsets_.find(name);
    if (it == synsets_.end()) {
      *error = "synset " + name + " is not defined";
      return false;
    }
    if (depth > kMaxSynsetDepth) {
      *error = "synset " + name + " nests synsets more than " + std::to_string(kMaxSynsetDepth) +
               " deep";
      return false;
    }
    for (const auto& [member, loc] : it->second.members) {
      if (!member.empty() && member.front() == '&') {
        std::string inner = member;
        while (!inner.empty() && inner.back() == '_') inner.pop_back();
        if (!SynsetMembers(inner, depth + 1, out, error)) return false;
        continue;
      }
      std::vector<std::string> words = Words(member);
      if (words.empty()) continue;
      out->push_back(words);
      if (it->second.plurals && member.back() != '_') {
        std::vector<std::string> plural = Words(PluralOfPhrase(member));
        if (!plural.empty() && plural != words) out->push_back(std::move(plural));
      }
    }
    return true;
  }

  bool ReadVerbLine(const std::string& loc, std::string_view line, VerbEntry* verb) {
    size_t brace = line.find('{');
    size_t bracket = line.find('[');
    std::string_view main = Trim(line.substr(0, std::min(brace, bracket)));
    verb->written = std::string(main);
    verb->loc = loc;
    if (bracket != std::string_view::npos) {
      std::vector<std::string> groups;
      if (!BracketGroups(line.substr(bracket), &groups) || groups.empty()) {
        Warn(loc, "'[' without ']' on a verb line: the verb has the block's code");
      } else {
        std::string error;
        if (ParseEventCode(groups[0], &verb->code, &verb->paired, &error)) {
          verb->has_code = true;
        } else {
          Warn(loc, error + ": the verb has the block's code");
        }
      }
    }
    std::string root;
    if (!SplitVerb(main, &root, &verb->before, &verb->after)) {
      Warn(loc, "verb line '" + std::string(main) + "' has no verb: left out");
      return false;
    }
    verb->forms.push_back(root);
    if (brace != std::string_view::npos) {
      size_t close = line.find('}', brace);
      if (close == std::string_view::npos) {
        Warn(loc, "'{' without '}': only the verb as written is used");
      } else {
        for (const std::string& form : SplitWhitespace(line.substr(brace + 1, close - brace - 1))) {
          std::string word;
          std::vector<std::string> before, after;
          if (SplitVerb(form, &word, &before, &after)) verb->forms.push_back(word);
        }
      }
    } else {
      verb->forms.push_back(AsciiLower(RegularPlural(root)));
      verb->forms.push_back(AsciiLower(VerbPast(root)));
      verb->forms.push_back(AsciiLower(VerbGerund(root)));
    }
    std::sort(verb->forms.begin() + 1, verb->forms.end());
    verb->forms.erase(std::unique(verb->forms.begin() + 1, verb->forms.end()), verb->forms.end());
    ++stats_->verbs;
    return true;
  }

  // "KLM_NOP_+RST" → verb "rst", before {klm, nop}; "+CORDON_OFF" → "cordon",
  // after {off}; "LASH OUT" → "lash", after {out}.
  static bool SplitVerb(std::string_view written, std::string* verb,
                        std::vector<std::string>* before, std::vector<std::string>* after) {
    std::vector<std::string> words;
    int marked = -1;
    for (const std::string& piece : SplitWhitespace(PhraseText(written))) {
      std::string word = piece;
      if (!word.empty() && word.front() == '+') {
        word.erase(0, 1);
        if (marked < 0) marked = static_cast<int>(words.size());
      }
      if (!word.empty()) words.push_back(AsciiLower(word));
    }
    if (words.empty()) return false;
    if (marked < 0 || marked >= static_cast<int>(words.size())) marked = 0;
    *verb = words[marked];
    before->assign(words.begin(), words.begin() + marked);
    after->assign(words.begin() + marked + 1, words.end());
    return true;
  }

  void ReadPatternLine(const std::string& loc, std::string_view body,
                       std::vector<PatternLine>* patterns) {
    ++stats_->verb_patterns;
    size_t bracket = body.rfind('[');
    if (bracket == std::string_view::npos || body.find(']', bracket) == std::string_view::npos) {
      Warn(loc, "pattern without a [code]: left out");
      return;
    }
    PatternLine p;
    p.loc = loc;
    p.body = std::string(Trim(body.substr(0, bracket)));
    p.written = "- " + std::string(Trim(body));
    std::string error;
    size_t close = body.find(']', bracket);
    if (!ParseEventCode(body.substr(bracket + 1, close - bracket - 1), &p.code, &p.paired,
                        &error)) {
      Warn(loc, error + ": pattern left out");
      return;
    }
    if (Trim(body.substr(close + 1)).size() > 0)
      Warn(loc, "text after the pattern's code is ignored");
    patterns->push_back(std::move(p));
  }

  // Splits a pattern body into units; false (with *error) when malformed.
  static bool ParseUnits(std::string_view body, std::vector<Unit>* units, std::string* error) {
    int anchors = 0;
    for (const std::string& token : SplitWhitespace(body)) {
      std::string cleaned;
      for (char c : token) {
        if (c != '{' && c != '}' && c != '(' && c != ')') cleaned.push_back(c);
      }
      bool first = true;
      for (const std::string& part : SplitTrim(cleaned, '_')) {
        if (part.empty()) {
          first = false;
          continue;
        }
        Unit unit;
        unit.joined = !first;
        first = false;
        unit.text = part;
        if (part == "*" || part == "**") {
          unit.kind = Unit::Kind::kAnchor;
          ++anchors;
        } else if (part == "+") {
          unit.kind = Unit::Kind::kTarget;
        } else if (part == "$") {
          unit.kind = Unit::Kind::kSource;
        } else if (part == "%") {
          unit.kind = Unit::Kind::kCompound;
        } else if (part == "^") {
          unit.kind = Unit::Kind::kSkip;
        } else if (part.front() == '&') {
          unit.kind = Unit::Kind::kSynset;
        } else if (part.find_first_of("*+$%^&") != std::string::npos) {
          *error = "'" + part + "' mixes a word with '*', '+', '$', '%', '^' or '&'";
          return false;
        }
        units->push_back(std::move(unit));
      }
    }
    if (anchors != 1) {
      *error = anchors == 0 ? "pattern has no '*' for the verb" : "pattern has several '*'";
      return false;
    }
    return true;
  }

  // Expands units into flat element sequences (one per combination of
  // synset members of several words). Sets *recip for a '%' before the verb.
  bool Expand(const std::vector<Unit>& units, std::vector<Flat>* out, bool* recip, bool* truncated,
              std::string* error) {
    std::vector<Flat> variants(1);
    bool seen_anchor = false;
    bool unjoin_next = false;
    bool skip_next = false;  // after '^': a phrase, actors included, may stand before this unit
    bool skip = false;
    auto append_words = [&skip](Flat* flat, const std::vector<std::string>& words, bool joined) {
      for (size_t w = 0; w < words.size(); ++w) {
        FlatUnit fu;
        fu.element.words = {words[w]};
        fu.element.skip_phrase = w == 0 && skip;
        fu.joined = w == 0 ? joined : true;
        flat->push_back(std::move(fu));
      }
    };
    for (const Unit& unit : units) {
      bool joined = unit.joined && !unjoin_next;
      unjoin_next = false;
      skip = skip_next;
      skip_next = false;
      switch (unit.kind) {
        case Unit::Kind::kAnchor:
          seen_anchor = true;
          for (Flat& v : variants) v.push_back({PatternElement(), joined, true});
          break;
        case Unit::Kind::kSkip:
          unjoin_next = true;  // the coder's gap stands for PETRARCH's skipped phrase
          skip_next = true;
          break;
        case Unit::Kind::kCompound:
          if (!seen_anchor) {
            *recip = true;
            unjoin_next = true;
            break;
          }
          [[fallthrough]];
        case Unit::Kind::kTarget:
        case Unit::Kind::kSource: {
          PatternElement el;
          el.type = unit.kind == Unit::Kind::kSource ? PatternElement::Type::kSource
                                                     : PatternElement::Type::kTarget;
          el.skip_phrase = skip;
          for (Flat& v : variants) v.push_back({el, joined, false});
          break;
        }
        case Unit::Kind::kWord: {
          std::vector<std::string> words = Words(unit.text);
          if (words.empty()) {
            unjoin_next = !joined;
            break;
          }
          for (Flat& v : variants) append_words(&v, words, joined);
          break;
        }
        case Unit::Kind::kSynset: {
          std::string name = unit.text;
          while (!name.empty() && name.back() == '_') name.pop_back();
          std::vector<std::vector<std::string>> members;
          if (!SynsetMembers(name, 0, &members, error)) return false;
          std::vector<std::string> single;
          std::vector<const std::vector<std::string>*> multi;
          for (const auto& m : members) {
            if (m.size() == 1) {
              if (std::find(single.begin(), single.end(), m[0]) == single.end())
                single.push_back(m[0]);
            } else {
              multi.push_back(&m);
            }
          }
          if (single.empty() && multi.empty()) {
            *error = "synset " + name + " has no words";
            return false;
          }
          std::vector<Flat> next;
          for (const Flat& v : variants) {
            if (!single.empty()) {
              Flat f = v;
              FlatUnit fu;
              fu.element.words = single;
              fu.element.skip_phrase = skip;
              fu.joined = joined;
              f.push_back(std::move(fu));
              next.push_back(std::move(f));
            }
            for (const auto* m : multi) {
              Flat f = v;
              append_words(&f, *m, joined);
              next.push_back(std::move(f));
            }
            if (next.size() > kMaxVariants) {
              next.resize(kMaxVariants);
              *truncated = true;
              break;
            }
          }
          variants = std::move(next);
          break;
        }
      }
    }
    *out = std::move(variants);
    return true;
  }

  // Builds patterns from a flat sequence for one verb group; a sequence
  // without '+' gets one in each place after the verb.
  void BuildPatterns(const Flat& flat, const std::vector<std::string>& anchor,
                     const std::vector<std::string>& fixed_before,
                     const std::vector<std::string>& fixed_after, const std::string& code,
                     const std::string& paired, bool recip, const std::string& text,
                     const std::string& loc, size_t* budget) {
    size_t anchor_pos = 0;
    while (anchor_pos < flat.size() && !flat[anchor_pos].anchor) ++anchor_pos;
    VerbPattern base;
    base.code = code;
    base.paired_code = paired;
    base.anchor = anchor;
    // "[031:031]": the same act both ways is a mutual act.
    base.recip = recip || (!paired.empty() && paired == code);
    base.compound_subject = recip;  // '%' before the verb
    base.text = text;
    base.loc = loc;
    // Before the verb: adjacency faces the anchor (no gap to the right).
    for (size_t k = 0; k < anchor_pos; ++k) {
      PatternElement el = flat[k].element;
      el.adjacent = flat[k + 1].joined;
      base.before.push_back(std::move(el));
    }
    for (const std::string& w : fixed_before) {
      PatternElement el;
      el.words = {w};
      el.adjacent = true;
      base.before.push_back(std::move(el));
    }
    for (const std::string& w : fixed_after) {
      PatternElement el;
      el.words = {w};
      el.adjacent = true;
      base.after.push_back(std::move(el));
    }
    for (size_t k = anchor_pos + 1; k < flat.size(); ++k) {
      PatternElement el = flat[k].element;
      el.adjacent = flat[k].joined;
      base.after.push_back(std::move(el));
    }
    // PETRARCH matches the forms its dictionaries list, not their lemmas.
    for (auto* part : {&base.before, &base.after}) {
      for (PatternElement& el : *part) el.exact_form = el.type == PatternElement::Type::kWord;
    }
    auto has_target = [](const std::vector<PatternElement>& els) {
      return std::any_of(els.begin(), els.end(), [](const PatternElement& e) {
        return e.type == PatternElement::Type::kTarget;
      });
    };
    std::vector<VerbPattern> out;
    if (has_target(base.before) || has_target(base.after)) {
      out.push_back(std::move(base));
    } else {
      for (size_t p = fixed_after.size(); p <= base.after.size(); ++p) {
        if (p < base.after.size() && base.after[p].adjacent) continue;
        VerbPattern v = base;
        v.first_actor_target = true;
        PatternElement preposition;
        preposition.words = TargetPrepositions();
        preposition.optional = true;
        PatternElement target;
        target.type = PatternElement::Type::kTarget;
        v.after.insert(v.after.begin() + static_cast<std::ptrdiff_t>(p), {preposition, target});
        out.push_back(std::move(v));
      }
    }
    for (VerbPattern& v : out) {
      if (*budget == 0) return;
      --*budget;
      v.specificity = 1;
      for (const auto* part : {&v.before, &v.after}) {
        for (const PatternElement& el : *part) v.specificity += el.optional ? 0 : 1;
      }
      dict_->patterns.push_back(std::move(v));
    }
  }

  void EmitBlock(const std::string& block_code, const std::string& block_paired,
                 const std::vector<VerbEntry>& verbs, const std::vector<PatternLine>& patterns) {
    if (verbs.empty()) {
      if (!patterns.empty())
        Warn(patterns.front().loc, "verb block without a verb line: its patterns are left out");
      return;
    }
    // Each verb alone codes its own or the block's code.
    for (const VerbEntry& verb : verbs) {
      std::string code = verb.has_code ? verb.code : block_code;
      std::string paired = verb.has_code ? verb.paired : block_paired;
      if (code == "---" && paired.empty()) continue;  // codes nothing alone
      Flat flat;
      flat.push_back({PatternElement(), false, true});
      size_t budget = kMaxVariants;
      BuildPatterns(flat, verb.forms, verb.before, verb.after, code, paired, false,
                    verb.written + " [" + code + (paired.empty() ? "" : ":" + paired) + "]",
                    verb.loc, &budget);
    }
    // The block's patterns apply to every verb; verbs with the same fixed
    // words share one pattern with all their forms as anchors.
    std::map<std::pair<std::vector<std::string>, std::vector<std::string>>,
             std::vector<std::string>>
        groups;
    std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> order;
    for (const VerbEntry& verb : verbs) {
      auto key = std::make_pair(verb.before, verb.after);
      auto [it, inserted] = groups.emplace(key, std::vector<std::string>());
      if (inserted) order.push_back(key);
      for (const std::string& f : verb.forms) {
        if (std::find(it->second.begin(), it->second.end(), f) == it->second.end())
          it->second.push_back(f);
      }
    }
    for (const PatternLine& p : patterns) {
      std::vector<Unit> units;
      std::string error;
      if (!ParseUnits(p.body, &units, &error)) {
        Warn(p.loc, error + ": pattern left out");
        continue;
      }
      std::vector<Flat> flats;
      bool recip = false, truncated = false;
      if (!Expand(units, &flats, &recip, &truncated, &error)) {
        Warn(p.loc, error + ": pattern left out");
        continue;
      }
      size_t budget = kMaxVariants;
      for (const auto& key : order) {
        for (const Flat& flat : flats) {
          BuildPatterns(flat, groups[key], key.first, key.second, p.code, p.paired, recip,
                        p.written, p.loc, &budget);
        }
      }
      if (truncated || budget == 0) {
        Warn(p.loc, "pattern expands into more than " + std::to_string(kMaxVariants) +
                        " patterns (synsets of several-word members, places for the target); the "
                        "rest are left out");
      }
    }
  }

  const PetrarchReaderOptions& options_;
  Dictionary* dict_;
  std::vector<Diagnostic>* diagnostics_;
  std::string* hashed_;
  PetrarchReadStats* stats_;
  std::map<std::string, Synset> synsets_;  // per verb file
};

}  // namespace

std::optional<Date> ParsePetrarchDate(std::string_view text) {
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  if (text.size() == 8) return Date::Parse(text);
  if (text.size() != 6) return std::nullopt;
  int yy = (text[0] - '0') * 10 + (text[1] - '0');
  int month = (text[2] - '0') * 10 + (text[3] - '0');
  int day = (text[4] - '0') * 10 + (text[5] - '0');
  return Date::FromYmd(yy < 30 ? 2000 + yy : 1900 + yy, month, day);
}

std::string RegularPlural(std::string_view word) {
  if (word.empty()) return "";
  if (EndsWithCi(word, "s") || EndsWithCi(word, "x") || EndsWithCi(word, "z") ||
      EndsWithCi(word, "ch") || EndsWithCi(word, "sh")) {
    return WithSuffix(word, "es");
  }
  if (word.size() > 1 && EndsWithCi(word, "y") && !IsVowel(word[word.size() - 2])) {
    return WithSuffix(word.substr(0, word.size() - 1), "ies");
  }
  return WithSuffix(word, "s");
}

Status ReadPetrarchDictionary(const PetrarchReaderOptions& options, Dictionary* dict,
                              std::vector<Diagnostic>* diagnostics, std::string* hashed,
                              PetrarchReadStats* stats) {
  PetrarchReadStats local;
  Reader reader(options, dict, diagnostics, hashed, stats ? stats : &local);
  return reader.Run();
}

}  // namespace statecraft
