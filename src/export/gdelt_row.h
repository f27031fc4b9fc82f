// One event as a row of the GDELT 2.0 event table ("export" files): 61
// tab-separated columns in the order of the GDELT Event Codebook V2.0, no
// header. Tools written for GDELT read statecraft's events unchanged.
//
// What each column holds (columns statecraft does not compute are EMPTY,
// never 0, so that no reader mistakes "unknown" for a value):
//   0  GLOBALEVENTID       GdeltEventId(event_id): integer, stable across runs
//   1  SQLDATE             event date YYYYMMDD ("" when the date is unknown)
//   2  MonthYear           YYYYMM
//   3  Year                YYYY
//   4  FractionDate        GdeltFractionDate(date): YYYY.FFFF
//   5  Actor1Code          source code ("KORGOV")
//   6  Actor1Name          source canonical name (tabs and line breaks become spaces)
//   7..14 Actor1CountryCode, KnownGroupCode, EthnicCode, Religion1Code,
//          Religion2Code, Type1Code, Type2Code, Type3Code: SplitActorCode(code)
//   15..24 the same ten columns for the target (all empty without a target)
//   25 IsRootEvent         1 when the event is in the story's first sentence, else 0
//   26 EventCode           CAMEO code as a string, leading zeros kept ("042")
//   27 EventBaseCode       first 3 digits of a 4-digit code, else EventCode
//   28 EventRootCode       first 2 digits ("04")
//   29 QuadClass           1..4
//   30 GoldsteinScale      one decimal ("-10.0", "3.4")
//   31 NumMentions         merged counts: mentions of the same happening
//   32 NumSources          ... distinct sources reporting it
//   33 NumArticles         ... distinct stories reporting it
//   34 AvgTone             empty (statecraft does not score tone)
//   35..42 Actor1Geo_Type, _FullName, _CountryCode, _ADM1Code, _ADM2Code,
//          _Lat, _Long, _FeatureID: empty (no geocoding yet)
//   43..50 Actor2Geo_*      empty
//   51..58 ActionGeo_*      empty
//   59 DATEADDED           YYYYMMDDHHMMSS (UTC) from DocumentInfo::coded_at
//   60 SOURCEURL           DocumentInfo::url (tabs and line breaks become spaces)
//
// All functions are pure and thread-safe; the same inputs give the same bytes.
#ifndef STATECRAFT_EXPORT_GDELT_ROW_H_
#define STATECRAFT_EXPORT_GDELT_ROW_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "export/document_info.h"
#include "model/date.h"
#include "statecraft/event.h"
#include "statecraft/event_store.h"

namespace statecraft {

inline constexpr int kGdeltColumnCount = 61;

// The column names, in order, as the GDELT 2.0 codebook spells them.
const std::array<std::string_view, kGdeltColumnCount>& GdeltColumnNames();

// The row for one event, without a line break: exactly 60 tabs, and no tab,
// CR or LF inside a field.
std::string GdeltRow(const Event& event, const EventStore::MergedCounts& counts,
                     const DocumentInfo& doc);

// GLOBALEVENTID: the first 13 hex digits (52 bits) of the event id read as
// an integer when the id starts with at least 13 lowercase hex digits (the
// ids statecraft makes), else the same taken from the SHA-256 of the id.
// Always in [0, 2^52): exact in a double, so R, pandas and spreadsheets read
// it without rounding; `printf '%013x'` of it is the start of the event id.
int64_t GdeltEventId(std::string_view event_id);

// FractionDate as GDELT's published files compute it: YYYY + ((MONTH - 1) *
// 30 + DAY) / 365, rounded to 4 decimals ("2019.0685" for 2019-01-25,
// "2004.8932" for 2004-11-26). (The codebook's text says MONTH * 30, but
// GDELT's own rows match MONTH - 1.)
std::string GdeltFractionDate(const Date& date);

// DATEADDED: "YYYYMMDDHHMMSS" from an ISO 8601 time "YYYY-MM-DDTHH:MM:SS…"
// (fractions and the zone letter ignored); "" when `iso_time` is not one.
std::string GdeltDateAdded(std::string_view iso_time);

// A CAMEO actor code cut into GDELT's actor columns. The code is read in
// 3-letter blocks:
// - a code that starts with IGO, NGO or IMG: that block is Type1Code; the
//   next block is the CountryCode when it is a country (ISO 3166-1 alpha-3)
//   or a CAMEO region ("IGOEUREEC" → EUR, "IMGPSEHMS" → PSE);
// - any other code starts with its country or region ("KORGOV" → KOR);
// - later blocks: role codes (GOV, MIL, REB, BUS, PKO, …) fill Type1..3Code
//   in order; religion codes (MOS, CHR, …) fill Religion1..2Code; the block
//   after PKO (the mission's host country) is skipped; the LAST other block
//   is the KnownGroupCode, the most specific organization named ("IGOUNO" →
//   UNO, "IGOBUSIMF" → IMF, "IGOUNODEVWBK" → WBK, "IGOUNOREFHCR" → HCR,
//   "IGOUNOPKOLBN" → UNO); earlier ones stay only in the full code.
// EthnicCode is always empty (statecraft has no ethnic codes). A code of
// other shape gives whatever blocks it has; never fails.
struct GdeltActorCodes {
  std::string country, known_group, ethnic, religion1, religion2, type1, type2, type3;
};
GdeltActorCodes SplitActorCode(std::string_view code);

}  // namespace statecraft

#endif  // STATECRAFT_EXPORT_GDELT_ROW_H_
