// A wire story's dateline: "TEHRAN, Dec 15 (Reuters) - …", "SAMARKAND,
// Uzbekistan, Sept 16 (Reuters) - …". The recognizer places bare agents by
// it; the coder places meetings by a dateline that names a state.
#ifndef STATECRAFT_RECOGNIZE_DATELINE_H_
#define STATECRAFT_RECOGNIZE_DATELINE_H_

#include <cstdint>
#include <vector>

#include "model/token.h"

namespace statecraft {

// The token of the dash that ends a dateline opening `tokens` (a first word
// in capitals, a comma or dash after it, the dash within 14 tokens), or 0
// when the sentence opens with none.
uint32_t DatelineDash(const std::vector<Token>& tokens);

}  // namespace statecraft

#endif  // STATECRAFT_RECOGNIZE_DATELINE_H_
