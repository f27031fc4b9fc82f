#include "dict/lint.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace statecraft {

namespace {

bool IsKnownRole(std::string_view role) {
  static const std::set<std::string, std::less<>> kRoles = {
      "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "PTY", "BUS", "MED", "CVL", "ELI", "REF", "HLH",
      "EDU", "LAB", "AGR", "CRM", "DEV", "ENV", "HRI", "MOD", "RAD", "SET", "UAF", "REL", "INS", "IGO", "NGO"};
  return kRoles.count(role) > 0;
}

// An actor code a person's role may carry: a known country or region
// followed by known three-letter role codes ("KORGOV", "UKRMIL"), or an
// international code (IGO…, NGO…, IMG…) whose parts are not checked.
std::string CheckActorCode(const Dictionary& dict, const std::string& code) {
  if (code.size() < 3 || code.size() % 3 != 0) {
    return "actor code '" + code + "' must be a three-letter country code followed by three-letter role codes";
  }
  std::string head = code.substr(0, 3);
  if (head == "IGO" || head == "NGO" || head == "IMG") return "";
  if (!dict.FindCountry(head)) return "actor code '" + code + "': '" + head + "' is not a country in countries.txt";
  for (size_t i = 3; i < code.size(); i += 3) {
    if (!IsKnownRole(code.substr(i, 3))) {
      return "actor code '" + code + "': '" + code.substr(i, 3) + "' is not a role code (see docs/dictionaries.md)";
    }
  }
  return "";
}

}  // namespace

void LintDictionary(const Dictionary& dict, std::vector<Diagnostic>* diagnostics) {
  // People's role codes name known countries and roles (their country: lines
  // are checked as they are read).
  if (!dict.country_index.empty()) {
    for (const Actor& actor : dict.actors) {
      if (actor.kind != Actor::Kind::kPerson) continue;
      for (const Role& role : actor.roles) {
        std::string problem = CheckActorCode(dict, role.code);
        if (!problem.empty()) diagnostics->push_back({Diagnostic::Severity::kError, role.loc, problem});
      }
    }
  }

  // Overlapping terms for one office.
  struct Term {
    const Role* role;
    const Actor* person;
  };
  std::map<std::string, std::vector<Term>> by_office;
  for (const Actor& actor : dict.actors) {
    if (actor.kind != Actor::Kind::kPerson) continue;
    for (const Role& role : actor.roles) by_office[role.office].push_back({&role, &actor});
  }
  for (auto& [office, terms] : by_office) {
    std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) { return a.role->from < b.role->from; });
    for (size_t i = 1; i < terms.size(); ++i) {
      const Term& prev = terms[i - 1];
      const Term& cur = terms[i];
      if (prev.person == cur.person) continue;
      if (!prev.role->to || cur.role->from <= *prev.role->to) {
        diagnostics->push_back({Diagnostic::Severity::kError, cur.role->loc,
                                office + ": term of " + cur.person->name + " from " +
                                    cur.role->from.ToString() + " overlaps the term of " +
                                    prev.person->name + " (" + prev.role->loc + ") which ends " +
                                    (prev.role->to ? prev.role->to->ToString() : std::string("never"))});
      }
    }
  }

  // Verb patterns name known codes; every root has patterns.
  bool have_codes = !dict.codes.empty();
  std::map<std::string, int> per_root;
  for (const VerbPattern& p : dict.patterns) {
    if (p.code == "---") continue;  // a null pattern codes nothing
    per_root[p.code.substr(0, 2)]++;
    if (have_codes && !dict.FindCode(p.code)) {
      diagnostics->push_back({Diagnostic::Severity::kError, p.loc, "CAMEO code " + p.code + " is not in cameo/codes.txt"});
    }
  }
  // (Only a whole dictionary, one with its code table: a layer of a user's
  // own entries on top of the builtin one may cover a single root.)
  if (!dict.patterns.empty() && have_codes) {
    for (int root = 1; root <= 20; ++root) {
      char buf[3];
      std::snprintf(buf, sizeof(buf), "%02d", root);
      if (!per_root.count(buf)) {
        diagnostics->push_back({Diagnostic::Severity::kError, "verbs", std::string("CAMEO root ") + buf + " has no verb pattern"});
      }
    }
  }

  // One name for two countries.
  std::map<std::string, const Phrase*> country_names;
  for (const Phrase& ph : dict.phrases) {
    if (ph.kind != PhraseKind::kName && ph.kind != PhraseKind::kDemonym && ph.kind != PhraseKind::kMetonym &&
        ph.kind != PhraseKind::kPlace) {
      continue;
    }
    const Actor& actor = dict.actors[ph.target];
    if (actor.kind != Actor::Kind::kCountry) continue;
    auto [it, inserted] = country_names.emplace(ph.key, &ph);
    if (!inserted && dict.actors[it->second->target].code != actor.code) {
      diagnostics->push_back({Diagnostic::Severity::kWarning, ph.loc,
                              "'" + ph.key + "' names both " + dict.actors[it->second->target].code +
                                  " (" + it->second->loc + ") and " + actor.code});
    }
  }
}

}  // namespace statecraft
