#include "dict/team_reader.h"

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

// One open file being read line by line, with its display name for locations.
struct SourceFile {
  std::string display;
  std::string text;
  std::vector<std::string_view> lines;

  std::string Loc(size_t line_idx) const { return display + ":" + std::to_string(line_idx + 1); }
};

class Reader {
 public:
  Reader(const TeamReaderOptions& options, Dictionary* dict, std::vector<Diagnostic>* diagnostics,
         std::string* hashed)
      : options_(options), dict_(dict), diagnostics_(diagnostics), hashed_(hashed) {}

  Status Run() {
    std::error_code ec;
    if (!fs::is_directory(options_.dir, ec)) {
      return Status::NotFound(options_.dir + ": not a dictionary directory");
    }
    ForFile("cameo/codes.txt", &Reader::ReadCodes);
    ForFile("actors/countries.txt", &Reader::ReadCountries);
    iso_countries_ = countries_;  // before regions: an institution belongs to a state
    ForFile("actors/regions.txt", &Reader::ReadCountries);
    ForFile("actors/organizations.txt", &Reader::ReadOrganizations);
    ForFile("actors/institutions.txt", &Reader::ReadInstitutions);
    ForFile("actors/companies.txt", &Reader::ReadCompanies);
    ForFile("actors/parties.txt", &Reader::ReadParties);
    ForFile("actors/peoples.txt", &Reader::ReadPeoples);
    ForFile("actors/contextual.txt", &Reader::ReadContextual);
    ForFile("actors/places.txt", &Reader::ReadPlaces);
    ForFile("actors/agents.txt", &Reader::ReadAgents);
    ForFile("actors/roles.txt", &Reader::ReadRoles);
    for (const std::string& rel : ListDir("actors/people")) ForFile(rel, &Reader::ReadPeople);
    for (const std::string& rel : ListDir("verbs")) ForFile(rel, &Reader::ReadVerbs);
    return Status::Ok();
  }

 private:
  using Method = void (Reader::*)(const SourceFile&);

  std::vector<std::string> ListDir(const std::string& rel) {
    std::vector<std::string> out;
    std::error_code ec;
    fs::path dir = fs::path(options_.dir) / rel;
    if (!fs::is_directory(dir, ec)) return out;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      std::string name = entry.path().filename().string();
      if (entry.is_regular_file() && name.size() > 4 && name.ends_with(".txt")) {
        out.push_back(rel + "/" + name);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  void ForFile(const std::string& rel, Method method) {
    fs::path path = fs::path(options_.dir) / rel;
    std::error_code ec;
    if (!fs::exists(path, ec)) return;
    Result<std::string> text = ReadFile(path.string());
    SourceFile file;
    file.display = options_.display_prefix.empty() ? path.string() : options_.display_prefix + "/" + rel;
    if (!text.ok()) {
      Error(file.display, text.status().message());
      return;
    }
    file.text = std::move(text.value());
    hashed_->append(rel);
    hashed_->push_back('\0');
    hashed_->append(file.text);
    std::string_view rest = file.text;
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      file.lines.push_back(rest.substr(0, nl));
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
    }
    (this->*method)(file);
  }

  void Error(const std::string& loc, std::string message) {
    diagnostics_->push_back({Diagnostic::Severity::kError, loc, std::move(message)});
  }
  void Warn(const std::string& loc, std::string message) {
    diagnostics_->push_back({Diagnostic::Severity::kWarning, loc, std::move(message)});
  }

  void AddPhrase(std::string_view written, PhraseKind kind, uint32_t target, const std::string& loc) {
    std::string key = options_.key_of(written);
    if (key.empty()) {
      Error(loc, "phrase '" + std::string(written) + "' has no words");
      return;
    }
    bool has_upper = false, has_lower = false;
    for (char c : written) {
      has_upper = has_upper || (c >= 'A' && c <= 'Z');
      has_lower = has_lower || (c >= 'a' && c <= 'z');
    }
    bool organization = kind == PhraseKind::kName && target < dict_->actors.size() &&
                        dict_->actors[target].kind == Actor::Kind::kOrganization;
    // (A place too: "Tyre", not "a tyre".)
    bool capitalized = (organization || kind == PhraseKind::kPlace) && !written.empty() && written[0] >= 'A' &&
                       written[0] <= 'Z';
    // Which of the key's words the name capitalizes: each is looked for, in
    // order, in what was written (a word the key spells differently, such
    // as one without its accent, is not checked).
    uint16_t capital_words = 0;
    if (capitalized) {
      size_t at = 0, word = 0;
      for (std::string_view rest = key; !rest.empty() && word < 16; ++word) {
        const size_t space = rest.find(' ');
        const std::string_view w = rest.substr(0, space);
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        for (size_t k = at; k + w.size() <= written.size(); ++k) {
          bool same = true;
          for (size_t c = 0; c < w.size() && same; ++c) {
            same = std::tolower(static_cast<unsigned char>(written[k + c])) == static_cast<unsigned char>(w[c]);
          }
          if (!same) continue;
          if (written[k] >= 'A' && written[k] <= 'Z') capital_words |= static_cast<uint16_t>(1u << word);
          at = k + w.size();
          break;
        }
      }
    }
    dict_->phrases.push_back({std::move(key), kind, target, loc, has_upper && !has_lower, capitalized, capital_words});
  }

  // Splits "a | b | c" and checks the field count.
  bool Fields(const SourceFile& file, size_t line_idx, std::string_view line, size_t min, size_t max,
              std::vector<std::string>* fields) {
    *fields = SplitTrim(line, '|');
    if (fields->size() < min || fields->size() > max) {
      Error(file.Loc(line_idx), "expected " + std::to_string(min) +
                                    (min == max ? "" : "-" + std::to_string(max)) +
                                    " fields separated by '|', found " +
                                    std::to_string(fields->size()));
      return false;
    }
    return true;
  }

  // A demonym whose plural is formed with -s: "Georgian" → "Georgians", but
  // not "Chinese", "Swiss", "French", nor multi-word or all-capital forms.
  static bool PluralDemonym(std::string_view d) {
    if (d.size() < 4 || d.find(' ') != std::string_view::npos) return false;
    if (std::all_of(d.begin(), d.end(), [](char c) { return !(c >= 'a' && c <= 'z'); })) return false;
    for (std::string_view end : {"s", "sh", "ch", "ese", "x", "z"}) {
      if (d.ends_with(end)) return false;
    }
    return true;
  }

  static bool IsUpperCode(std::string_view s, size_t min_len) {
    if (s.size() < min_len) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
  }

  void ReadCodes(const SourceFile& file) {
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(StripComment(file.lines[i]));
      if (line.empty()) continue;
      std::vector<std::string> f;
      if (!Fields(file, i, line, 5, 7, &f)) continue;
      CameoCode code;
      code.code = f[0];
      if (code.code.size() < 2 || code.code.size() > 4 ||
          !std::all_of(code.code.begin(), code.code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        Error(file.Loc(i), "CAMEO code '" + code.code + "' is not 2-4 digits");
        continue;
      }
      code.name = f[1];
      try {
        code.goldstein = std::stod(f[2]);
        code.quad_class = std::stoi(f[3]);
      } catch (...) {
        Error(file.Loc(i), "Goldstein value or quad class is not a number");
        continue;
      }
      if (code.goldstein < -10 || code.goldstein > 10) Error(file.Loc(i), "Goldstein value outside [-10, 10]");
      if (code.quad_class < 1 || code.quad_class > 4) Error(file.Loc(i), "quad class must be 1-4");
      code.plover = f[4];
      if (f.size() > 5) code.plover_mode = f[5];
      if (f.size() > 6) code.plover_context = f[6];
      if (dict_->code_index.count(code.code)) {
        Error(file.Loc(i), "CAMEO code " + code.code + " defined twice");
        continue;
      }
      dict_->code_index[code.code] = static_cast<uint32_t>(dict_->codes.size());
      dict_->codes.push_back(std::move(code));
    }
  }

  void ReadCountries(const SourceFile& file) {
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(StripComment(file.lines[i]));
      if (line.empty()) continue;
      std::vector<std::string> f;
      if (!Fields(file, i, line, 2, 4, &f)) continue;
      if (f[0].size() != 3 || !IsUpperCode(f[0], 3)) {
        Error(file.Loc(i), "country code '" + f[0] + "' is not ISO 3166-1 alpha-3");
        continue;
      }
      std::vector<std::string> names = SplitTrim(f[1], ';');
      if (names.empty() || names[0].empty()) {
        Error(file.Loc(i), "country " + f[0] + " has no name");
        continue;
      }
      Actor actor;
      actor.kind = Actor::Kind::kCountry;
      actor.code = actor.country = f[0];
      actor.name = names[0];
      actor.loc = file.Loc(i);
      uint32_t idx = static_cast<uint32_t>(dict_->actors.size());
      countries_.insert(actor.code);
      dict_->actors.push_back(std::move(actor));
      for (const std::string& n : names) if (!n.empty()) AddPhrase(n, PhraseKind::kName, idx, file.Loc(i));
      if (f.size() > 2) {
        for (const std::string& n : SplitTrim(f[2], ';')) {
          if (n.empty()) continue;
          AddPhrase(n, PhraseKind::kDemonym, idx, file.Loc(i));
          // The people: "Georgians", "Israelis" name the country as an actor.
          if (PluralDemonym(n)) AddPhrase(n + "s", PhraseKind::kName, idx, file.Loc(i));
        }
      }
      if (f.size() > 3) {
        for (const std::string& n : SplitTrim(f[3], ';')) if (!n.empty()) AddPhrase(n, PhraseKind::kMetonym, idx, file.Loc(i));
      }
    }
  }

  // "UKR | Mariupol; Kharkiv; Odesa": places inside a state. They place
  // victims, sites and seizures; they never speak or act for the state.
  void ReadPlaces(const SourceFile& file) {
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(StripComment(file.lines[i]));
      if (line.empty()) continue;
      std::vector<std::string> f;
      if (!Fields(file, i, line, 2, 2, &f)) continue;
      uint32_t idx = 0;
      bool found = false;
      for (uint32_t a = 0; a < dict_->actors.size() && !found && iso_countries_.count(f[0]); ++a) {
        found = dict_->actors[a].kind == Actor::Kind::kCountry && dict_->actors[a].code == f[0];
        if (found) idx = a;
      }
      if (!found) {
        Error(file.Loc(i), "place country '" + f[0] + "' is not in countries.txt");
        continue;
      }
      for (const std::string& n : SplitTrim(f[1], ';')) {
        if (!n.empty()) AddPhrase(n, PhraseKind::kPlace, idx, file.Loc(i));
      }
    }
  }

  void ReadOrganizations(const SourceFile& file) {
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(StripComment(file.lines[i]));
      if (line.empty()) continue;
      std::vector<std::string> f;
      if (!Fields(file, i, line, 3, 5, &f)) continue;
      if (!IsUpperCode(f[0], 3)) {
        Error(file.Loc(i), "organization code '" + f[0] + "' must be upper-case letters");
        continue;
      }
      if (f[1] != "IGO" && f[1] != "NGO" && f[1] != "IMG") {
        Error(file.Loc(i), "organization kind '" + f[1] + "' must be IGO, NGO or IMG");
        continue;
      }
      std::vector<std::string> names = SplitTrim(f[2], ';');
      Actor actor;
      actor.kind = Actor::Kind::kOrganization;
      actor.code = f[0];
      actor.country = f[1];
      actor.name = names[0];
      actor.loc = file.Loc(i);
      // "| FROM | TO": the days the organization existed, kept as its one
      // role; outside them its names name no one ("ICC" in 1987 news is
      // the Interstate Commerce Commission, not the court founded in 2002).
      if (f.size() > 3) {
        Role life;
        life.code = actor.code;
        life.loc = actor.loc;
        auto from = Date::Parse(f[3]);
        if (!from) {
          Error(file.Loc(i), "start date '" + f[3] + "' is not a valid YYYY-MM-DD date");
          continue;
        }
        life.from = *from;
        if (f.size() > 4 && !f[4].empty() && f[4] != "-") {
          auto to = Date::Parse(f[4]);
          if (!to || *to < *from) {
            Error(file.Loc(i), "end date '" + f[4] + "' is not a valid YYYY-MM-DD date on or after the start");
            continue;
          }
          life.to = *to;
        }
        actor.roles.push_back(std::move(life));
      }
      uint32_t idx = static_cast<uint32_t>(dict_->actors.size());
      dict_->actors.push_back(std::move(actor));
      for (const std::string& n : names) if (!n.empty()) AddPhrase(n, PhraseKind::kName, idx, file.Loc(i));
    }
  }

  // "CODE | ISO3 | names": a company, coded as its home country's business
  // sector ("USABUS | USA | Alphabet; Google"); read as an institution whose
  // only role is BUS.
  void ReadCompanies(const SourceFile& file) {
    companies_ = true;
    ReadInstitutions(file);
    companies_ = false;
  }

  // "CODE | ISO3 | names": a political party of one state ("INDPTY | IND |
  // Bharatiya Janata Party; BJP"); read as an institution whose only role
  // is PTY.
  void ReadParties(const SourceFile& file) {
    parties_ = true;
    ReadInstitutions(file);
    parties_ = false;
  }

  // "CODE | ISO3 | names": a people of one state that the news names
  // apart from its nation, a minority its state acts on ("CHNCVL | CHN |
  // Uyghurs; Uighurs"); read as an institution whose only role is CVL.
  void ReadPeoples(const SourceFile& file) {
    peoples_ = true;
    ReadInstitutions(file);
    peoples_ = false;
  }

  // "CODE | ISO3 | names": a national institution ("USAGOV | USA | Federal
  // Reserve; Fed"). It is an organization whose country is a state, so the
  // recognizer codes it alone and scoring treats it as national. CODE is the
  // ISO3 followed by one or more known role codes.
  void ReadInstitutions(const SourceFile& file) {
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(StripComment(file.lines[i]));
      if (line.empty()) continue;
      std::vector<std::string> f;
      if (!Fields(file, i, line, 3, 3, &f)) continue;
      const std::string& code = f[0];
      const std::string& country = f[1];
      if (country.size() != 3 || !IsUpperCode(country, 3)) {
        Error(file.Loc(i), "institution country '" + country + "' is not an ISO 3166-1 alpha-3 code");
        continue;
      }
      if (country == "IGO" || country == "NGO" || country == "IMG" ||
          (!iso_countries_.empty() && !iso_countries_.count(country))) {
        Error(file.Loc(i), "institution country '" + country + "' is not in countries.txt");
        continue;
      }
      if (!IsUpperCode(code, 6) || code.size() % 3 != 0 || !code.starts_with(country)) {
        Error(file.Loc(i), "institution code '" + code + "' must be its country " + country +
                               " followed by role codes (" + country + "GOV, " + country + "LEG, ...)");
        continue;
      }
      bool roles_ok = true;
      for (size_t r = 3; r < code.size() && roles_ok; r += 3) {
        if (!KnownRole(std::string_view(code).substr(r, 3))) {
          Error(file.Loc(i), "institution code '" + code + "': '" + code.substr(r, 3) +
                                 "' is not a role code (see docs/dictionaries.md)");
          roles_ok = false;
        }
      }
      if (!roles_ok) continue;
      if (companies_ && code != country + "BUS") {
        Error(file.Loc(i), "company code '" + code + "' must be its country followed by BUS (" + country + "BUS)");
        continue;
      }
      if (parties_ && code != country + "PTY") {
        Error(file.Loc(i), "party code '" + code + "' must be its country followed by PTY (" + country + "PTY)");
        continue;
      }
      if (peoples_ && code != country + "CVL") {
        Error(file.Loc(i), "people code '" + code + "' must be its country followed by CVL (" + country + "CVL)");
        continue;
      }
      std::vector<std::string> names = SplitTrim(f[2], ';');
      names.erase(std::remove(names.begin(), names.end(), std::string()), names.end());
      if (names.empty()) {
        Error(file.Loc(i), "institution " + code + " has no name");
        continue;
      }
      Actor actor;
      actor.kind = Actor::Kind::kOrganization;
      actor.code = code;
      actor.country = country;
      actor.name = names[0];
      actor.loc = file.Loc(i);
      uint32_t idx = static_cast<uint32_t>(dict_->actors.size());
      dict_->actors.push_back(std::move(actor));
      for (const std::string& n : names) AddPhrase(n, PhraseKind::kName, idx, file.Loc(i));
    }
  }

  void ReadContextual(const SourceFile& file) {
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(StripComment(file.lines[i]));
      if (line.empty()) continue;
      std::vector<std::string> f;
      if (!Fields(file, i, line, 3, 3, &f)) continue;
      Actor actor;
      actor.kind = Actor::Kind::kContextual;
      actor.code = f[1];
      actor.country = f[1].substr(0, 3);
      actor.name = f[0];
      actor.context = SplitWhitespace(f[2]);
      actor.loc = file.Loc(i);
      if (actor.context.empty()) {
        Error(file.Loc(i), "contextual phrase needs the countries that make it valid");
        continue;
      }
      uint32_t idx = static_cast<uint32_t>(dict_->actors.size());
      dict_->actors.push_back(std::move(actor));
      AddPhrase(f[0], PhraseKind::kContextual, idx, file.Loc(i));
    }
  }

  static bool KnownRole(std::string_view role) {
    static const std::set<std::string, std::less<>> kRoles = {
        "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "PTY", "BUS", "MED", "CVL",
        "ELI", "REF", "HLH", "EDU", "LAB", "AGR", "CRM", "DEV", "ENV", "HRI", "IGO", "NGO",
        "IMG", "MOD", "RAD", "SET", "UAF", "REL", "NGM", "INT"};
    return kRoles.count(role) > 0;
  }

  void ReadAgents(const SourceFile& file) {
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(StripComment(file.lines[i]));
      if (line.empty()) continue;
      std::vector<std::string> f;
      if (!Fields(file, i, line, 2, 2, &f)) continue;
      if (!KnownRole(f[0])) Warn(file.Loc(i), "unknown role code '" + f[0] + "'");
      for (const std::string& w : SplitTrim(f[1], ';')) {
        if (w.empty()) continue;
        uint32_t idx = static_cast<uint32_t>(dict_->agents.size());
        dict_->agents.push_back({f[0], w, file.Loc(i)});
        AddPhrase(w, PhraseKind::kAgent, idx, file.Loc(i));
      }
    }
  }

  void ReadRoles(const SourceFile& file) {
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(StripComment(file.lines[i]));
      if (line.empty()) continue;
      std::vector<std::string> f;
      if (!Fields(file, i, line, 3, 3, &f)) continue;
      if (!KnownRole(f[1])) Warn(file.Loc(i), "unknown role code '" + f[1] + "'");
      uint32_t idx = static_cast<uint32_t>(dict_->offices.size());
      dict_->offices.push_back({f[0], f[1], file.Loc(i)});
      for (const std::string& w : SplitTrim(f[2], ';')) {
        if (!w.empty()) AddPhrase(w, PhraseKind::kTitle, idx, file.Loc(i));
      }
    }
  }

  void ReadPeople(const SourceFile& file) {
    Actor person;
    bool open = false;
    std::vector<std::pair<std::string, std::string>> aliases;  // phrase, loc
    auto flush = [&]() {
      if (!open) return;
      open = false;
      if (person.country.empty()) {
        Error(person.loc, "person '" + person.name + "' has no country: line");
        return;
      }
      uint32_t idx = static_cast<uint32_t>(dict_->actors.size());
      std::string loc = person.loc;
      std::string name = person.name;
      dict_->actors.push_back(std::move(person));
      AddPhrase(name, PhraseKind::kName, idx, loc);
      for (const auto& [alias, alias_loc] : aliases) AddPhrase(alias, PhraseKind::kAlias, idx, alias_loc);
      person = Actor();
      aliases.clear();
    };
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(StripComment(file.lines[i]));
      if (line.empty()) continue;
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) {
        Error(file.Loc(i), "expected 'key: value' (person:, alias:, country:, role:)");
        continue;
      }
      std::string_view key = Trim(line.substr(0, colon));
      std::string_view value = Trim(line.substr(colon + 1));
      if (key == "person") {
        flush();
        open = true;
        person.kind = Actor::Kind::kPerson;
        person.name = std::string(value);
        person.loc = file.Loc(i);
        if (value.empty()) Error(file.Loc(i), "person: needs a name");
        continue;
      }
      if (!open) {
        Error(file.Loc(i), "'" + std::string(key) + ":' outside a person: block");
        continue;
      }
      if (key == "alias") {
        for (const std::string& a : SplitTrim(value, ';')) if (!a.empty()) aliases.emplace_back(a, file.Loc(i));
      } else if (key == "country") {
        if (value.size() != 3 || !IsUpperCode(value, 3)) {
          Error(file.Loc(i), "country: must be an ISO 3166-1 alpha-3 code");
        } else if (!countries_.empty() && !countries_.count(std::string(value))) {
          Error(file.Loc(i), "country: '" + std::string(value) + "' is not in countries.txt");
        }
        person.country = person.code = std::string(value);
      } else if (key == "role") {
        std::vector<std::string> f = SplitTrim(value, '|');
        if (f.size() != 4) {
          Error(file.Loc(i), "role: needs OFFICE | CODE | FROM | TO (4 fields), found " + std::to_string(f.size()));
          continue;
        }
        Role role;
        role.office = f[0];
        role.code = f[1];
        role.loc = file.Loc(i);
        if (role.office.find('.') == std::string::npos) Error(file.Loc(i), "office key '" + role.office + "' must be ISO3.office");
        if (!IsUpperCode(role.code, 3)) {
          Error(file.Loc(i), "actor code '" + role.code + "' must be a three-letter country code followed by role codes");
        }
        auto from = Date::Parse(f[2]);
        if (!from) {
          Error(file.Loc(i), "start date '" + f[2] + "' is not a valid YYYY-MM-DD date");
          continue;
        }
        role.from = *from;
        if (!f[3].empty() && f[3] != "-") {
          auto to = Date::Parse(f[3]);
          if (!to) {
            Error(file.Loc(i), "end date '" + f[3] + "' is not a valid YYYY-MM-DD date");
            continue;
          }
          if (*to < *from) Error(file.Loc(i), "end date before start date");
          role.to = *to;
        }
        person.roles.push_back(std::move(role));
      } else {
        Error(file.Loc(i), "unknown key '" + std::string(key) + ":'");
      }
    }
    flush();
  }

  void ReadVerbs(const SourceFile& file) {
    std::vector<std::pair<std::string, std::vector<std::string>>> synsets;
    for (size_t i = 0; i < file.lines.size(); ++i) {
      std::string_view line = Trim(StripComment(file.lines[i]));
      if (line.empty()) continue;
      if (line.front() == '&') {
        size_t eq = line.find('=');
        if (eq == std::string_view::npos) {
          Error(file.Loc(i), "synset needs '&NAME = word | word'");
          continue;
        }
        std::string name(Trim(line.substr(0, eq)));
        std::vector<std::string> words;
        for (const std::string& w : SplitTrim(line.substr(eq + 1), '|')) {
          // A member is one word: "standards NEEDS = complaints" is a line
          // pasted into another, not a word a token can match.
          if (w.find_first_of(" \t=&") != std::string::npos) {
            Error(file.Loc(i), "synset member '" + w + "' is not one word");
            continue;
          }
          if (!w.empty()) words.push_back(AsciiLower(w));
        }
        synsets.emplace_back(std::move(name), std::move(words));
        continue;
      }
      VerbPattern pattern;
      Status st = ParsePatternLine(line, synsets, &pattern);
      if (!st.ok()) {
        Error(file.Loc(i), st.message());
        continue;
      }
      pattern.loc = file.Loc(i);
      dict_->patterns.push_back(std::move(pattern));
    }
  }

  const TeamReaderOptions& options_;
  std::set<std::string> countries_;  // codes read from countries.txt and regions.txt
  std::set<std::string> iso_countries_;  // codes read from countries.txt alone
  bool companies_ = false;  // ReadInstitutions is reading companies.txt
  bool parties_ = false;    // ReadInstitutions is reading parties.txt
  bool peoples_ = false;    // ReadInstitutions is reading peoples.txt
  Dictionary* dict_;
  std::vector<Diagnostic>* diagnostics_;
  std::string* hashed_;
};

}  // namespace

Status ParsePatternLine(std::string_view line,
                        const std::vector<std::pair<std::string, std::vector<std::string>>>& synsets,
                        VerbPattern* pattern) {
  *pattern = VerbPattern{};
  std::vector<std::string> words = SplitWhitespace(line);
  if (words.size() < 2) return Status::InvalidArgument("pattern needs a code and an anchor word");
  const std::string& code = words[0];
  // "---": a null pattern, as in PETRARCH — it wins like any other and codes
  // nothing ("--- meet &NEEDS" keeps "met the demands" from being a meeting).
  if (code != "---" && (code.size() < 2 || code.size() > 4 ||
                        !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
    return Status::InvalidArgument("'" + code + "' is not a 2-4 digit CAMEO code or '---'");
  }
  pattern->code = code;
  pattern->text = std::string(Trim(line.substr(line.find(words[1]))));
  std::vector<PatternElement> elements;
  int anchor_idx = -1;
  bool explicit_anchor = false;
  for (size_t w = 1; w < words.size(); ++w) {
    std::string tok = words[w];
    if (tok.front() == '[') {
      if (tok.back() != ']') return Status::InvalidArgument("flag '" + tok + "' lacks ']'");
      std::string flag = tok.substr(1, tok.size() - 2);
      if (flag == "noun") pattern->noun = true;
      else if (flag == "recip") pattern->recip = true;
      else if (flag == "verb") pattern->noun = false;
      else if (flag == "target") pattern->needs_target = true;
      else if (flag == "reverse") pattern->reverse_roles = true;
      else if (flag == "org") pattern->needs_org = true;
      else if (flag == "compound") pattern->compound_subject = true;
      else if (flag == "end") pattern->clause_end = true;
      else return Status::InvalidArgument("unknown flag [" + flag + "] (known: [noun] [recip] [verb] [target] [reverse] [org] [compound] [end])");
      continue;
    }
    PatternElement el;
    if (tok.front() == '(' && tok.back() == ')' && tok.size() > 2) {
      el.optional = true;
      tok = tok.substr(1, tok.size() - 2);
    }
    if (tok.find_first_of("()") != std::string::npos) {
      return Status::InvalidArgument("'" + tok + "': parentheses enclose one element, \"(word)\" or \"(a|b)\"");
    }
    if (tok.front() == '=' && tok.size() > 1) {
      el.adjacent = true;
      tok = tok.substr(1);
    }
    bool is_anchor = false;
    if (tok.front() == '*' && tok.size() > 1) {
      if (explicit_anchor) return Status::InvalidArgument("two anchors marked with '*'");
      explicit_anchor = true;
      is_anchor = true;
      tok = tok.substr(1);
    }
    if (tok == "+") {
      el.type = PatternElement::Type::kTarget;
    } else if (tok == "$") {
      el.type = PatternElement::Type::kSource;
    } else if (tok.front() == '&' && tok.find('|') == std::string::npos) {
      auto it = std::find_if(synsets.begin(), synsets.end(), [&](const auto& s) { return s.first == tok; });
      if (it == synsets.end()) return Status::InvalidArgument("synset " + tok + " is not defined above");
      el.words = it->second;
    } else {
      for (std::string alt : SplitTrim(tok, '|')) {
        // "=streets|=square": an '=' on every alternative marks the element
        // adjacent as one on the first does.
        if (alt.size() > 1 && alt.front() == '=' && alt.compare(0, 2, ">=") != 0) {
          el.adjacent = true;
          alt.erase(0, 1);
        }
        if (alt.empty()) return Status::InvalidArgument("empty alternative in '" + tok + "'");
        if (alt.front() == '&') {  // "military|&FORCE": a synset among the alternatives
          auto it = std::find_if(synsets.begin(), synsets.end(), [&](const auto& s) { return s.first == alt; });
          if (it == synsets.end()) return Status::InvalidArgument("synset " + alt + " is not defined above");
          el.words.insert(el.words.end(), it->second.begin(), it->second.end());
          continue;
        }
        if (alt.compare(0, 2, ">=") == 0 &&
            (alt.size() == 2 || !std::all_of(alt.begin() + 2, alt.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
          return Status::InvalidArgument("'" + alt + "': a number bound is '>=' and digits (\">=100\")");
        }
        el.words.push_back(AsciiLower(alt));
      }
    }
    if (is_anchor) {
      if (el.type != PatternElement::Type::kWord || el.optional) {
        return Status::InvalidArgument("the anchor must be a word");
      }
      anchor_idx = static_cast<int>(elements.size());
    }
    elements.push_back(std::move(el));
  }
  if (elements.empty()) return Status::InvalidArgument("pattern has no anchor word");
  if (anchor_idx < 0) {
    if (elements[0].type != PatternElement::Type::kWord || elements[0].optional) {
      return Status::InvalidArgument("the first element must be the anchor word (or mark one with '*')");
    }
    anchor_idx = 0;
  }
  pattern->anchor = elements[anchor_idx].words;
  pattern->before.assign(elements.begin(), elements.begin() + anchor_idx);
  pattern->after.assign(elements.begin() + anchor_idx + 1, elements.end());
  int targets = 0, sources = 0;
  pattern->specificity = 1;
  for (const auto* part : {&pattern->before, &pattern->after}) {
    for (const PatternElement& el : *part) {
      targets += el.type == PatternElement::Type::kTarget;
      sources += el.type == PatternElement::Type::kSource;
      if (!el.optional) ++pattern->specificity;
    }
  }
  if (sources > 1) return Status::InvalidArgument("at most one '$' per pattern");
  if (targets > 2) return Status::InvalidArgument("at most two '+' per pattern (the first actor found is the target)");
  if (pattern->needs_target && targets == 0) return Status::InvalidArgument("[target] needs a '+' in the pattern");
  if (pattern->needs_org && targets == 0) return Status::InvalidArgument("[org] needs a '+' in the pattern");
  if (pattern->reverse_roles && (targets == 0 || pattern->recip)) {
    return Status::InvalidArgument("[reverse] needs a '+' and no [recip]");
  }
  return Status::Ok();
}

Status ReadTeamDictionary(const TeamReaderOptions& options, Dictionary* dict,
                          std::vector<Diagnostic>* diagnostics, std::string* hashed) {
  Reader reader(options, dict, diagnostics, hashed);
  return reader.Run();
}

}  // namespace statecraft
