#include "dict/lint.h"

#include <algorithm>
#include <map>
#include <string>

namespace statecraft {

void LintDictionary(const Dictionary& dict, std::vector<Diagnostic>* diagnostics) {
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
    per_root[p.code.substr(0, 2)]++;
    if (have_codes && !dict.FindCode(p.code)) {
      diagnostics->push_back({Diagnostic::Severity::kError, p.loc, "CAMEO code " + p.code + " is not in cameo/codes.txt"});
    }
  }
  if (!dict.patterns.empty()) {
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
    if (ph.kind != PhraseKind::kName && ph.kind != PhraseKind::kDemonym && ph.kind != PhraseKind::kMetonym) continue;
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
