#include "export/gdelt_row.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/files.h"

namespace statecraft {
namespace {

// ISO 3166-1 alpha-3, the codes of data/actors/countries.txt.
constexpr std::string_view kCountries =
    "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD "
    "BGR "
    "BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD "
    "COG "
    "COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST "
    "ETH "
    "FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM "
    "GUY "
    "HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ "
    "KHM "
    "KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX "
    "MHL "
    "MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD "
    "NOR "
    "NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA "
    "SAU "
    "SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR "
    "TCA "
    "TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN "
    "VGB "
    "VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE "
    // Former states with CAMEO codes of their own (countries.txt's header):
    // Yugoslavia, Czechoslovakia, East Germany, South Yemen, Netherlands Antilles.
    "YUG CZA GME YMS ANT";

// CAMEO's regional codes (data/actors/regions.txt and the regions inside
// organization codes), which GDELT reports as a country affiliation.
constexpr std::string_view kRegions =
    "AFR ASA BLK CAS CAU CEU CFR CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR PAC PGS SAF SAM SAS SCN "
    "SEA "
    "WAF WST";

// CAMEO role ("type") codes: domestic roles, then the organization classes.
constexpr std::string_view kTypes =
    "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI INS JUD LAB LEG MED MIL MOD OPP PKO PTY RAD "
    "REB "
    "REF SEP SET SPY UAF UIS IGO IMG INT MNC NGM NGO";

// CAMEO religion codes.
constexpr std::string_view kReligions =
    "BAH BUD CHR CON CTH DOX HIN JAN JEW LDS MOS PRO SHI SIK SUN TAO ZRO";

// Whether `block` (3 letters) is one of the space-separated 3-letter codes.
bool InList(std::string_view list, std::string_view block) {
  if (block.size() != 3) return false;
  for (size_t i = 0; i + 3 <= list.size(); i += 4) {
    if (list.substr(i, 3) == block) return true;
  }
  return false;
}

bool IsCountryOrRegion(std::string_view block) {
  return InList(kCountries, block) || InList(kRegions, block);
}

bool IsOrganizationClass(std::string_view block) {
  return block == "IGO" || block == "NGO" || block == "IMG";
}

// Appends `s` with tabs, CR and LF replaced by spaces, so that a field can
// never split a row.
void AppendField(std::string* out, std::string_view s) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

void AppendActor(std::string* out, const EventActor* actor) {
  if (actor == nullptr) {
    out->append(9, '\t');  // the ten columns, empty
    return;
  }
  GdeltActorCodes parts = SplitActorCode(actor->code);
  for (std::string_view field :
       {std::string_view(actor->code), std::string_view(actor->name),
        std::string_view(parts.country), std::string_view(parts.known_group),
        std::string_view(parts.ethnic), std::string_view(parts.religion1),
        std::string_view(parts.religion2), std::string_view(parts.type1),
        std::string_view(parts.type2)}) {
    AppendField(out, field);
    out->push_back('\t');
  }
  AppendField(out, parts.type3);
}

bool IsLowerHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

std::string Digits(std::string_view s, size_t begin, size_t count) {
  std::string_view part = s.substr(begin, count);
  for (char c : part) {
    if (c < '0' || c > '9') return "";
  }
  return std::string(part);
}

}  // namespace

const std::array<std::string_view, kGdeltColumnCount>& GdeltColumnNames() {
  static constexpr std::array<std::string_view, kGdeltColumnCount> kNames = {
      "GLOBALEVENTID",
      "SQLDATE",
      "MonthYear",
      "Year",
      "FractionDate",
      "Actor1Code",
      "Actor1Name",
      "Actor1CountryCode",
      "Actor1KnownGroupCode",
      "Actor1EthnicCode",
      "Actor1Religion1Code",
      "Actor1Religion2Code",
      "Actor1Type1Code",
      "Actor1Type2Code",
      "Actor1Type3Code",
      "Actor2Code",
      "Actor2Name",
      "Actor2CountryCode",
      "Actor2KnownGroupCode",
      "Actor2EthnicCode",
      "Actor2Religion1Code",
      "Actor2Religion2Code",
      "Actor2Type1Code",
      "Actor2Type2Code",
      "Actor2Type3Code",
      "IsRootEvent",
      "EventCode",
      "EventBaseCode",
      "EventRootCode",
      "QuadClass",
      "GoldsteinScale",
      "NumMentions",
      "NumSources",
      "NumArticles",
      "AvgTone",
      "Actor1Geo_Type",
      "Actor1Geo_FullName",
      "Actor1Geo_CountryCode",
      "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat",
      "Actor1Geo_Long",
      "Actor1Geo_FeatureID",
      "Actor2Geo_Type",
      "Actor2Geo_FullName",
      "Actor2Geo_CountryCode",
      "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat",
      "Actor2Geo_Long",
      "Actor2Geo_FeatureID",
      "ActionGeo_Type",
      "ActionGeo_FullName",
      "ActionGeo_CountryCode",
      "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code",
      "ActionGeo_Lat",
      "ActionGeo_Long",
      "ActionGeo_FeatureID",
      "DATEADDED",
      "SOURCEURL"};
  return kNames;
}

int64_t GdeltEventId(std::string_view event_id) {
  constexpr size_t kDigits = 13;  // 52 bits
  std::string hashed;
  std::string_view hex = event_id;
  if (hex.size() < kDigits || !std::all_of(hex.begin(), hex.begin() + kDigits, IsLowerHex)) {
    hashed = Sha256Hex(event_id);
    hex = hashed;
  }
  int64_t id = 0;
  for (size_t i = 0; i < kDigits; ++i) {
    char c = hex[i];
    id = id * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
  }
  return id;
}

std::string GdeltFractionDate(const Date& date) {
  // Rounded in integers (ten-thousandths of a year) so that no floating
  // point rounding can differ between machines.
  int numerator = (date.month - 1) * 30 + date.day;
  int fraction = (numerator * 10000 * 2 + 365) / (365 * 2);  // round half up
  int year = date.year;
  if (fraction >= 10000) {  // (11 * 30 + 31) / 365 rounds to 0.9890: never, kept for safety
    fraction -= 10000;
    ++year;
  }
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d.%04d", year, fraction);
  return buf;
}

std::string GdeltDateAdded(std::string_view iso_time) {
  // YYYY-MM-DDTHH:MM:SS
  if (iso_time.size() < 19 || iso_time[4] != '-' || iso_time[7] != '-' ||
      (iso_time[10] != 'T' && iso_time[10] != ' ') || iso_time[13] != ':' || iso_time[16] != ':') {
    return "";
  }
  std::string out;
  for (auto [begin, count] :
       {std::pair<size_t, size_t>{0, 4}, {5, 2}, {8, 2}, {11, 2}, {14, 2}, {17, 2}}) {
    std::string part = Digits(iso_time, begin, count);
    if (part.empty()) return "";
    out += part;
  }
  return out;
}

GdeltActorCodes SplitActorCode(std::string_view code) {
  GdeltActorCodes parts;
  std::string* types[] = {&parts.type1, &parts.type2, &parts.type3};
  std::string* religions[] = {&parts.religion1, &parts.religion2};
  size_t num_types = 0, num_religions = 0;
  size_t pos = 0;
  auto next_block = [&]() {
    std::string_view block = code.substr(pos, std::min<size_t>(3, code.size() - pos));
    pos += block.size();
    return block;
  };
  if (code.size() >= 3) {
    std::string_view first = code.substr(0, 3);
    if (IsOrganizationClass(first)) {
      pos = 3;
      *types[num_types++] = std::string(first);
      if (code.size() >= 6 && IsCountryOrRegion(code.substr(3, 3))) {
        parts.country = std::string(code.substr(3, 3));
        pos = 6;
      }
    } else if (IsCountryOrRegion(first)) {
      parts.country = std::string(first);
      pos = 3;
    }
  }
  bool after_peacekeepers = false;
  while (pos < code.size()) {
    std::string_view block = next_block();
    if (block.size() < 3) break;
    bool skip = after_peacekeepers;
    after_peacekeepers = block == "PKO";
    if (skip) continue;
    if (InList(kTypes, block)) {
      if (num_types < 3) *types[num_types++] = std::string(block);
    } else if (InList(kReligions, block)) {
      if (num_religions < 2) *religions[num_religions++] = std::string(block);
    } else {
      parts.known_group = std::string(block);  // the last one wins: the most specific
    }
  }
  return parts;
}

std::string GdeltRow(const Event& event, const EventStore::MergedCounts& counts,
                     const DocumentInfo& doc) {
  std::string row;
  row.reserve(512);
  row += std::to_string(GdeltEventId(event.event_id));
  row.push_back('\t');
  std::optional<Date> date = Date::Parse(event.date);
  if (date) {
    char buf[64];
    std::snprintf(buf, sizeof(buf), "%04d%02d%02d\t%04d%02d\t%04d\t", date->year, date->month,
                  date->day, date->year, date->month, date->year);
    row += buf;
    row += GdeltFractionDate(*date);
  } else {
    row.append(3, '\t');
  }
  row.push_back('\t');
  AppendActor(&row, &event.source);
  row.push_back('\t');
  AppendActor(&row, event.target ? &*event.target : nullptr);
  row.push_back('\t');
  // IsRootEvent: the story's lead sentence, and not a background act in it.
  row += event.sentence == 0 && !event.background ? "1" : "0";
  row.push_back('\t');
  AppendField(&row, event.cameo);
  row.push_back('\t');
  AppendField(&row,
              event.cameo.size() > 3 ? std::string_view(event.cameo).substr(0, 3) : event.cameo);
  row.push_back('\t');
  AppendField(&row,
              std::string_view(event.cameo).substr(0, std::min<size_t>(2, event.cameo.size())));
  row.push_back('\t');
  row += std::to_string(event.quad_class);
  row.push_back('\t');
  char goldstein[32];
  double g = event.goldstein == 0 ? 0.0 : event.goldstein;  // no "-0.0"
  std::snprintf(goldstein, sizeof(goldstein), "%.1f", g);
  row += goldstein;
  row.push_back('\t');
  row += std::to_string(counts.num_mentions);
  row.push_back('\t');
  row += std::to_string(counts.num_sources);
  row.push_back('\t');
  row += std::to_string(counts.num_articles);
  row.push_back('\t');
  // AvgTone and the 24 geography columns: empty.
  row.append(1 + 24, '\t');
  row += GdeltDateAdded(doc.coded_at);
  row.push_back('\t');
  AppendField(&row, doc.url);
  return row;
}

}  // namespace statecraft
