// CAMEO's "demand" codes: what a yielding act becomes when another actor
// says the one who would yield must do it ("Gaddafi must step down, Obama
// said" → Obama 1041 Gaddafi).
#ifndef STATECRAFT_CODE_DEMAND_MAP_H_
#define STATECRAFT_CODE_DEMAND_MAP_H_

#include <string>

namespace statecraft {

// The demand code for a yielding act `code` (root 08), or "" when `code`
// is no yielding act.
std::string DemandCode(const std::string& code);

}  // namespace statecraft

#endif  // STATECRAFT_CODE_DEMAND_MAP_H_
