// CAMEO's "appeal" codes: what a cooperative act becomes when another actor
// says the one who would do it must or should ("The United States and Japan
// must work together, Lawson said" → Lawson 022 the United States, Japan).
// A yielding act so said is a demand instead (demand_map.h); a yielding act
// asked for ("urged Algeria to pardon the novelist") is an appeal to yield.
#ifndef STATECRAFT_CODE_APPEAL_MAP_H_
#define STATECRAFT_CODE_APPEAL_MAP_H_

#include <string>

namespace statecraft {

// The appeal code for a cooperative act `code` (roots 03-07), or "" when
// `code` is no cooperative act.
std::string AppealCode(const std::string& code);

// The appeal to yield for a yielding act `code` (root 08): a change of
// leader, policy, rights or institutions (0241-0244 from 0831-0834), or
// easing what would be yielded (0251-0256); "" when `code` is no yielding
// act.
std::string YieldAppealCode(const std::string& code);

}  // namespace statecraft

#endif  // STATECRAFT_CODE_APPEAL_MAP_H_
