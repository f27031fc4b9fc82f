// Which CAMEO acts exist only toward another actor. A plain statement, an
// intent to cooperate, a consultation, cooperation, aid, recognition, an
// accusation, breaking ties or fighting is done to someone: coded with no
// target found, it is more often a misreading than an event (decisions 0003
// and 0009).
#ifndef STATECRAFT_CODE_COUNTERPART_H_
#define STATECRAFT_CODE_COUNTERPART_H_

#include <string>

namespace statecraft {

// True when `code` (a 2-4 digit CAMEO code) is not coded without a target.
// One-sided acts stay codable alone: the comment codes (011-019), appeals,
// demands, criticism, rejections, force posture, protest, coercion such as
// martial law, occupying territory (192), assault and mass violence.
bool NeedsCounterpart(const std::string& code);

}  // namespace statecraft

#endif  // STATECRAFT_CODE_COUNTERPART_H_
