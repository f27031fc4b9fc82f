#include "code/intent_map.h"

namespace statecraft {

std::string IntentCode(const std::string& code) {
  const std::string root = code.substr(0, 2);
  // Material cooperation by sector keeps its sector (CAMEO 0311-0314).
  if (code == "061") return "0311";
  if (code == "062") return "0312";
  if (code == "063") return "0313";
  if (code == "064") return "0314";
  // Aid by kind keeps its kind (CAMEO 0331-0334).
  if (code == "071") return "0331";
  if (code == "072") return "0332";
  if (code == "073") return "0333";
  if (code == "074") return "0334";
  // Yielding by kind (CAMEO 0351-0356).
  if (code.compare(0, 3, "081") == 0) return "0351";
  if (code.compare(0, 3, "082") == 0) return "0352";
  if (code.compare(0, 3, "083") == 0) return "034";
  if (code.compare(0, 3, "084") == 0) return "0353";
  if (code.compare(0, 3, "085") == 0) return "0354";
  if (code.compare(0, 3, "086") == 0) return "0355";
  if (code.compare(0, 3, "087") == 0) return "0356";
  if (code == "045") return "039";  // mediate
  if (root == "04") return "036";   // meet, visit, negotiate
  if (root == "05") return "032";   // diplomatic cooperation
  if (root == "06") return "031";   // material cooperation
  if (root == "07") return "033";   // aid
  if (root == "08") return "035";   // yield
  if (root == "14") return "133";   // protest → threaten political dissent
  if (root == "15") return "138";   // force posture → threaten force
  if (code.compare(0, 3, "162") == 0) return "1311";  // reduce aid (1621 economic, 1622 military) → threaten to
  if (code == "163") return "1312";  // sanction → threaten sanctions
  if (root == "16") return "1313";  // reduce relations → threaten to break relations
  if (root == "17") return "130";   // coerce → threaten
  if (root == "18" || root == "19" || root == "20") return "138";  // threaten military force
  return code;
}

}  // namespace statecraft
