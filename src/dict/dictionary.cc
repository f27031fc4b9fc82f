#include "dict/dictionary.h"

namespace statecraft {

const CameoCode* Dictionary::FindCode(const std::string& code) const {
  auto it = code_index.find(code);
  return it == code_index.end() ? nullptr : &codes[it->second];
}

const Actor* Dictionary::FindCountry(const std::string& iso3) const {
  auto it = country_index.find(iso3);
  return it == country_index.end() ? nullptr : &actors[it->second];
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
