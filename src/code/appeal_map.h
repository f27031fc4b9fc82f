// CAMEO's "appeal" codes: what a cooperative act becomes when another actor
// says the one who would do it must or should ("The United States and Japan
// must work together, Lawson said" → Lawson 022 the United States, Japan).
// A yielding act so said is a demand instead (demand_map.h).
#ifndef STATECRAFT_CODE_APPEAL_MAP_H_
#define STATECRAFT_CODE_APPEAL_MAP_H_

#include <string>

namespace statecraft {

// The appeal code for a cooperative act `code` (roots 03-07), or "" when
// `code` is no cooperative act.
std::string AppealCode(const std::string& code);

}  // namespace statecraft

#endif  // STATECRAFT_CODE_APPEAL_MAP_H_
