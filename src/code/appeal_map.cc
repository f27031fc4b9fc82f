#include "code/appeal_map.h"

#include <string_view>

#include "code/demand_map.h"

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
  // The demand for the same thing (1041-1044, 1051-1056) is the appeal's
  // code with "10" for "02": CAMEO numbers both families alike.
  const std::string demand = DemandCode(code);
  return demand.empty() ? "" : "02" + demand.substr(2);
}

}  // namespace statecraft
