#include "code/demand_map.h"

namespace statecraft {

std::string DemandCode(const std::string& code) {
  if (code.compare(0, 2, "08") != 0) return "";
  // Political reform by kind (CAMEO 1041-1044 from 0831-0834).
  if (code == "0831") return "1041";
  if (code == "0832") return "1042";
  if (code == "0833") return "1043";
  if (code == "0834") return "1044";
  if (code.compare(0, 3, "083") == 0) return "104";
  // That the target yield, by what it would yield (CAMEO 1051-1056).
  if (code.compare(0, 3, "081") == 0) return "1051";
  if (code.compare(0, 3, "082") == 0) return "1052";
  if (code.compare(0, 3, "084") == 0) return "1053";
  if (code.compare(0, 3, "085") == 0) return "1054";
  if (code.compare(0, 3, "086") == 0) return "1055";
  if (code.compare(0, 3, "087") == 0) return "1056";
  return "105";
}

}  // namespace statecraft
