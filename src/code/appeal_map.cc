#include "code/appeal_map.h"

namespace statecraft {

std::string AppealCode(const std::string& code) {
  if (code.size() < 3) return "";
  const std::string root = code.substr(0, 2), three = code.substr(0, 3);
  // Mediating (028); meeting or negotiating (026).
  if (three == "045") return "028";
  if (root == "04") return "026";
  // Diplomatic cooperation (022).
  if (root == "05") return "022";
  // Material cooperation by kind (0211-0214).
  if (root == "06") {
    if (three == "061") return "0211";
    if (three == "062") return "0212";
    if (three == "063") return "0213";
    if (three == "064") return "0214";
    return "021";
  }
  // Aid by kind (0231-0234).
  if (root == "07") {
    if (three == "071") return "0231";
    if (three == "072") return "0232";
    if (three == "073") return "0233";
    if (three == "074") return "0234";
    return "023";
  }
  // An intent to cooperate that another says is due: a plain appeal.
  if (root == "03") return "020";
  return "";
}

}  // namespace statecraft
