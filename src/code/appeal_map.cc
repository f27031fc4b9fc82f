#include "code/appeal_map.h"

#include <string_view>

namespace statecraft {

std::string AppealCode(const std::string& code) {
  if (code.size() < 3) return "";
  // The act's first three digits, or failing them its root, to the appeal
  // for it: mediating (028), meeting or negotiating (026), diplomatic
  // cooperation (022), material cooperation and aid by kind (021x, 023x),
  // an intent to cooperate (a plain appeal, 020).
  struct Row {
    std::string_view act, appeal;
  };
  static constexpr Row kTable[] = {
      {"045", "028"}, {"04", "026"},  {"05", "022"},  {"061", "0211"}, {"062", "0212"}, {"063", "0213"},
      {"064", "0214"}, {"06", "021"}, {"071", "0231"}, {"072", "0232"}, {"073", "0233"}, {"074", "0234"},
      {"07", "023"},  {"03", "020"},
  };
  const std::string_view c(code);
  for (const Row& row : kTable) {
    if (c.substr(0, row.act.size()) == row.act) return std::string(row.appeal);
  }
  return "";
}

std::string YieldAppealCode(const std::string& code) {
  if (code.compare(0, 2, "08") != 0) return "";
  if (code == "0831") return "0241";
  if (code == "0832") return "0242";
  if (code == "0833") return "0243";
  if (code == "0834") return "0244";
  if (code.compare(0, 3, "083") == 0) return "024";
  if (code.compare(0, 3, "081") == 0) return "0251";
  if (code.compare(0, 3, "082") == 0) return "0252";
  if (code.compare(0, 3, "084") == 0) return "0253";
  if (code.compare(0, 3, "085") == 0) return "0254";
  if (code.compare(0, 3, "086") == 0) return "0255";
  if (code.compare(0, 3, "087") == 0) return "0256";
  return "025";
}

}  // namespace statecraft
