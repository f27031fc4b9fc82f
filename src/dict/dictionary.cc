#include "dict/dictionary.h"

#include <string_view>

namespace statecraft {

const CameoCode* Dictionary::FindCode(const std::string& code) const {
  auto it = code_index.find(code);
  return it == code_index.end() ? nullptr : &codes[it->second];
}

const Actor* Dictionary::FindCountry(const std::string& iso3) const {
  auto it = country_index.find(iso3);
  return it == country_index.end() ? nullptr : &actors[it->second];
}

bool IsRegionCode(std::string_view code) {
  static constexpr std::string_view kRegions[] = {"EUR", "AFR", "ASA", "MEA", "LAM", "SAM", "NAF", "WAF", "EAF",
                                                  "SAS", "SEA", "EEU", "BLK", "CAS", "CAU", "WST", "PGS", "SCN"};
  for (std::string_view r : kRegions) {
    if (code == r) return true;
  }
  return false;
}

std::string JoinAgentCode(const std::string& actor_code, const Agent& agent) {
  const std::string& role = agent.role;
  if (agent.prefix) {
    return actor_code.compare(0, role.size(), role) == 0 ? actor_code : role + actor_code;
  }
  // Does the actor code hold `part` at a three-letter boundary after its head?
  auto holds = [&](std::string_view part) {
    for (size_t pos = 3; pos + part.size() <= actor_code.size(); pos += 3) {
      if (std::string_view(actor_code).substr(pos, part.size()) == part) return true;
    }
    return false;
  };
  std::string out = actor_code;
  if (role.size() % 3 != 0) return holds(role) ? out : out + role;
  for (size_t pos = 0; pos < role.size(); pos += 3) {
    std::string_view part = std::string_view(role).substr(pos, 3);
    if (!holds(part)) out.append(part);
  }
  return out;
}

void Dictionary::BuildLookups() {
  code_index.clear();
  country_index.clear();
  for (uint32_t i = 0; i < codes.size(); ++i) code_index[codes[i].code] = i;
  for (uint32_t i = 0; i < actors.size(); ++i) {
    if (actors[i].kind == Actor::Kind::kCountry) country_index[actors[i].code] = i;
  }
}

}  // namespace statecraft
