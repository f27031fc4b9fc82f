// statecraft export --format gdelt|jsonl|csv --db PATH|URL [filters]
//
// Writes the store's events to stdout: GDELT 2.0 event rows (61 tab-separated
// columns, no header; src/export/gdelt_row.h), the event JSON one per line
// (src/store/event_json.h), or CSV with a header (src/export/csv_row.h).
// The order is the store's ForEachEvent order, so exporting the same store
// twice gives the same bytes.
#include <cstdio>
#include <ctime>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "export/csv_row.h"
#include "export/document_info.h"
#include "export/gdelt_row.h"
#include "model/date.h"
#include "statecraft/event_query.h"
#include "statecraft/event_store.h"
#include "store/event_json.h"
#include "tools/commands.h"

namespace statecraft {

namespace {

struct ExportFlags {
  std::string format;
  std::string db;
  std::vector<std::string> actors;
  std::string source, target;
  std::vector<std::string> cameo;
  std::string from, to;
  bool include_negated = false;
  bool no_background = false;
};

// Output is written in blocks of about this many bytes.
constexpr size_t kFlushBytes = 1 << 20;

std::string NowIso() {
  std::time_t now = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return buf;
}

bool IsCameoFilter(const std::string& code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The URL and coding time of each story, read once per story. A story the
// store does not know (or one it gives no coding time for) takes the time of
// this export, so DATEADDED is never empty.
class DocumentInfoCache {
 public:
  DocumentInfoCache(EventStore* store, std::string now) : store_(store), now_(std::move(now)) {}

  Result<DocumentInfo> Get(const std::string& doc_id) {
    auto it = cache_.find(doc_id);
    if (it != cache_.end()) return it->second;
    DocumentInfo info;
    Result<DocumentRecord> doc = store_->GetDocument(doc_id);
    if (doc.ok()) {
      info.url = std::move(doc->url);
      info.coded_at = std::move(doc->coded_at);
    } else if (doc.status().code() != StatusCode::kNotFound) {
      return doc.status();
    }
    if (info.coded_at.empty()) info.coded_at = now_;
    return cache_.emplace(doc_id, std::move(info)).first->second;
  }

 private:
  EventStore* store_;
  std::string now_;
  std::unordered_map<std::string, DocumentInfo> cache_;
};

int RunExport(const ExportFlags& flags) {
  const char* kPrefix = "statecraft export";
  if (flags.format != "gdelt" && flags.format != "jsonl" && flags.format != "csv") {
    std::fprintf(stderr, "%s: --format must be gdelt, jsonl or csv\n", kPrefix);
    return kExitError;
  }
  EventFilter filter;
  filter.actors = flags.actors;
  filter.source = flags.source;
  filter.target = flags.target;
  filter.include_negated = flags.include_negated;
  filter.include_background = !flags.no_background;
  for (const std::string& code : flags.cameo) {
    if (!IsCameoFilter(code)) {
      std::fprintf(stderr, "%s: --cameo %s is not a CAMEO code or root (2 to 4 digits)\n", kPrefix,
                   code.c_str());
      return kExitError;
    }
    filter.cameo.push_back(code);
  }
  for (auto [flag, value, field] : {std::tuple{"--from", &flags.from, &filter.date_from},
                                    std::tuple{"--to", &flags.to, &filter.date_to}}) {
    if (value->empty()) continue;
    std::optional<Date> date = Date::Parse(*value);
    if (!date) {
      std::fprintf(stderr, "%s: %s %s is not a valid YYYY-MM-DD date\n", kPrefix, flag,
                   value->c_str());
      return kExitError;
    }
    *field = date->ToString();
  }

  EventStoreOptions options;
  options.read_only = true;
  Result<std::unique_ptr<EventStore>> store = OpenEventStore(flags.db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "%s: %s\n", kPrefix, store.status().message().c_str());
    return kExitError;
  }
  DocumentInfoCache documents(store->get(), NowIso());
  std::string out;
  if (flags.format == "csv") out = CsvHeader();
  size_t events = 0;
  bool write_failed = false;
  auto flush = [&]() {
    if (!out.empty() && std::fwrite(out.data(), 1, out.size(), stdout) != out.size())
      write_failed = true;
    out.clear();
  };
  Status st = (*store)->ForEachEvent(
      filter, [&](const Event& event, const EventStore::MergedCounts& counts) -> Status {
        if (flags.format == "jsonl") {
          out += EventToJson(event);
          out.push_back('\n');
        } else {
          Result<DocumentInfo> doc = documents.Get(event.doc_id);
          if (!doc.ok()) return doc.status();
          if (flags.format == "gdelt") {
            out += GdeltRow(event, counts, *doc);
            out.push_back('\n');
          } else {
            out += CsvRow(event, counts, *doc);
          }
        }
        ++events;
        if (out.size() >= kFlushBytes) flush();
        if (write_failed) return Status::IoError("cannot write to stdout");
        return Status::Ok();
      });
  flush();
  if (std::fflush(stdout) != 0) write_failed = true;
  if (!st.ok()) {
    std::fprintf(stderr, "%s: %s\n", kPrefix, st.message().c_str());
    return kExitError;
  }
  if (write_failed) {
    std::fprintf(stderr, "%s: cannot write to stdout\n", kPrefix);
    return kExitError;
  }
  std::fprintf(stderr, "statecraft: exported %zu events (%s)%s\n", events, flags.format.c_str(),
               flags.include_negated ? "" : "; negated left out");
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, int* status) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* cmd =
      app.add_subcommand("export", "Write stored events to stdout as GDELT 2.0 rows, JSONL or CSV");
  cmd->add_option("--format", flags->format,
                  "gdelt (61 tab-separated GDELT 2.0 event columns), jsonl or csv")
      ->required();
  cmd->add_option("--db", flags->db, "The store: a SQLite file (or a postgresql:// URL)")
      ->required();
  cmd->add_option("--actor", flags->actors,
                  "Events whose source or target is this actor (KORGOV) or country (KOR); "
                  "repeatable, or comma-separated")
      ->delimiter(',');
  cmd->add_option("--source", flags->source, "Events whose source is this actor or country");
  cmd->add_option("--target", flags->target, "Events whose target is this actor or country");
  cmd->add_option(
         "--cameo", flags->cameo,
         "Events with this CAMEO code, or root when 2 digits (04); repeatable, or comma-separated")
      ->delimiter(',');
  cmd->add_option("--from", flags->from, "Events on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", flags->to, "Events on or before this date (YYYY-MM-DD)");
  cmd->add_flag("--include-negated", flags->include_negated,
                "Also export events the text says did not happen");
  cmd->add_flag("--no-background", flags->no_background,
                "Leave out acts in background clauses (exported by default, with their own date; "
                "in GDELT rows IsRootEvent is 0)");
  cmd->callback([flags, status]() { *status = RunExport(*flags); });
}

}  // namespace statecraft
