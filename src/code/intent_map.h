// CAMEO's "express intent" codes: what an act becomes when the sentence only
// says an actor plans, vows or aims to do it ("plans to visit" → 036).
#ifndef STATECRAFT_CODE_INTENT_MAP_H_
#define STATECRAFT_CODE_INTENT_MAP_H_

#include <string>

namespace statecraft {

// The intent code for `code`, or `code` itself when CAMEO has no intent form
// (statements, appeals, demands and the verbal-conflict roots stay as they are).
std::string IntentCode(const std::string& code);

}  // namespace statecraft

#endif  // STATECRAFT_CODE_INTENT_MAP_H_
