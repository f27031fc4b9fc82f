// statecraft code [options] PATH... | -
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <thread>

#include "base/files.h"
#include "ingest/document_source.h"
#include "model/document.h"
#include "pipeline/batch_coder.h"
#include "statecraft/engine.h"
#include "statecraft/event_store.h"
#include "store/event_json.h"
#include "tools/commands.h"

namespace statecraft {

namespace {

struct CodeFlags {
  std::vector<std::string> inputs;
  std::string format;  // "jsonl" or "none"; default: jsonl unless --db
  std::string db;
  std::string date;
  std::string input_format;
  std::string dict = "builtin";
  int threads = 0;
  bool strict = false;
  bool include_negated = false;
  bool keep_non_english = false;
  bool quiet = false;
  bool no_prefilter = false;
  bool future_as_act = false;
  bool untargeted = false;
  bool null_country_agents = false;
  size_t batch = 256;
  int merge_window_days = 3;
  size_t max_tokens = 200;
};

std::string NowIso() {
  std::time_t now = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return buf;
}

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)), start_(Clock::now()) {}
  void Update(size_t stories, size_t events) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r%zu stories, %zu events, %.0f stories/s   ", stories, events, secs > 0 ? stories / secs : 0.0);
  }
  void Done() {
    if (enabled_) std::fprintf(stderr, "\r%*s\r", 60, "");
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  Clock::time_point start_, last_{};
};

void Report(const InputProblem& p) {
  std::fprintf(stderr, "%s: %s%s%s: %s\n", p.origin.c_str(), p.kind == InputProblem::Kind::kSkipped ? "skipped" : "warning",
               p.doc_id.empty() ? "" : " doc ", p.doc_id.c_str(), p.message.c_str());
}

int RunCode(const CodeFlags& flags) {
  std::optional<Date> default_date;
  if (!flags.date.empty()) {
    default_date = Date::Parse(flags.date);
    if (!default_date) {
      std::fprintf(stderr, "statecraft code: --date %s is not a valid YYYY-MM-DD date\n", flags.date.c_str());
      return kExitError;
    }
  }
  std::string format = flags.format.empty() ? (flags.db.empty() ? "jsonl" : "none") : flags.format;
  if (format != "jsonl" && format != "none") {
    std::fprintf(stderr, "statecraft code: --format must be jsonl or none\n");
    return kExitError;
  }
  EngineOptions eopts;
  eopts.dictionaries = flags.dict;
  eopts.max_tokens = flags.max_tokens;
  eopts.prefilter = !flags.no_prefilter;
  eopts.future_as_act = flags.future_as_act;
  eopts.untargeted_acts = flags.untargeted;
  eopts.null_country_agents = flags.null_country_agents;
  Result<std::unique_ptr<Engine>> engine = Engine::Create(eopts);
  if (!engine.ok()) {
    std::fprintf(stderr, "statecraft code: %s\n", engine.status().message().c_str());
    return kExitError;
  }
  std::unique_ptr<EventStore> store;
  if (!flags.db.empty()) {
    Result<std::unique_ptr<EventStore>> opened = OpenEventStore(flags.db);
    if (!opened.ok()) {
      std::fprintf(stderr, "statecraft code: %s\n", opened.status().message().c_str());
      return kExitError;
    }
    store = std::move(opened.value());
  }
  int threads = flags.threads > 0 ? flags.threads : std::max(1u, std::thread::hardware_concurrency());
  IngestOptions iopts;
  iopts.input_format = flags.input_format;
  iopts.default_date = default_date;
  iopts.skip_non_english = !flags.keep_non_english;

  RunRecord run;
  run.coder_version = Engine::Version();
  run.dictionaries = (*engine)->DictionaryHash();
  run.started_at = NowIso();
  size_t coded = 0, skipped = 0, warnings = 0, events_out = 0, sentences = 0, analyzed = 0, undated = 0;
  std::map<std::string, size_t> skip_reasons;
  bool io_error = false;
  Progress progress(!flags.quiet);
  std::string out;
  std::vector<StoredProblem> stored_problems;

  auto note_problem = [&](const InputProblem& p) {
    if (p.kind == InputProblem::Kind::kSkipped) {
      ++skipped;
      ++skip_reasons[p.reason];
    } else {
      ++warnings;
    }
    if (!flags.quiet || p.kind == InputProblem::Kind::kSkipped) Report(p);
    if (store) stored_problems.push_back({p.origin, p.doc_id, p.reason, p.message, p.kind == InputProblem::Kind::kSkipped});
  };

  for (const std::string& input : flags.inputs) {
    run.input += (run.input.empty() ? "" : " ") + input;
    Result<std::unique_ptr<DocumentSource>> source = OpenDocumentSource(input, iopts);
    if (!source.ok()) {
      std::fprintf(stderr, "statecraft code: %s\n", source.status().message().c_str());
      io_error = true;
      continue;
    }
    bool more = true;
    while (more) {
      std::vector<Document> batch;
      std::vector<InputProblem> problems;
      more = ReadBatch(**source, flags.batch, &batch, &problems);
      for (const InputProblem& p : problems) note_problem(p);
      if (batch.empty()) continue;
      std::vector<StoryResult> results = CodeBatch(**engine, batch, threads);
      std::vector<DocumentRecord> records;
      for (size_t i = 0; i < batch.size(); ++i) {
        const Document& doc = batch[i];
        StoryResult& r = results[i];
        ++coded;
        sentences += r.sentences.size();
        for (const SentenceInfo& s : r.sentences) analyzed += s.analyzed;
        if (!doc.date) {
          ++undated;
          note_problem({InputProblem::Kind::kWarning, doc.origin, doc.id, "no-date",
                        "story has no date (give --date); coded with date null and no role checks"});
        }
        for (const std::string& n : r.notes) note_problem({InputProblem::Kind::kWarning, doc.origin, doc.id, "truncated", n});
        for (Event& e : r.events) {
          if (format == "jsonl" && (!e.negated || flags.include_negated)) {
            out += EventToJson(e);
            out.push_back('\n');
          }
          events_out += !e.negated || flags.include_negated;
        }
        if (store) {
          DocumentRecord rec;
          rec.id = doc.id;
          rec.date = doc.date ? doc.date->ToString() : "";
          rec.title = doc.title;
          rec.url = doc.url;
          rec.source = doc.source;
          rec.origin = doc.origin;
          rec.text = doc.text;
          rec.text_sha256 = Sha256Hex(doc.text);
          for (const SentenceInfo& s : r.sentences) {
            rec.sentences.push_back({s.index, s.begin, s.end, doc.text.substr(s.begin, s.end - s.begin), s.truncated});
          }
          rec.events = std::move(r.events);
          rec.claims = std::move(r.claims);
          records.push_back(std::move(rec));
        }
      }
      if (!out.empty()) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
      if (store) {
        Status st = store->PutDocuments(records);
        if (st.ok() && !stored_problems.empty()) st = store->PutProblems(stored_problems);
        stored_problems.clear();
        if (!st.ok()) {
          std::fprintf(stderr, "statecraft code: %s\n", st.message().c_str());
          return kExitError;
        }
      }
      progress.Update(coded, events_out);
    }
  }
  std::fflush(stdout);
  progress.Done();
  run.finished_at = NowIso();
  run.documents = static_cast<int64_t>(coded);
  run.events = static_cast<int64_t>(events_out);
  run.problems = static_cast<int64_t>(skipped + warnings);
  size_t merged = 0;
  if (store) {
    Status st = stored_problems.empty() ? Status::Ok() : store->PutProblems(stored_problems);
    Result<int64_t> merged_count = st.ok() ? store->RebuildMergedEvents(flags.merge_window_days) : Result<int64_t>(st);
    if (!merged_count.ok()) {
      std::fprintf(stderr, "statecraft code: %s\n", merged_count.status().message().c_str());
      return kExitError;
    }
    merged = static_cast<size_t>(*merged_count);
    Result<int64_t> id = store->RecordRun(run);
    if (!id.ok()) {
      std::fprintf(stderr, "statecraft code: %s\n", id.status().message().c_str());
      return kExitError;
    }
  }
  std::string reasons;
  for (const auto& [reason, n] : skip_reasons) reasons += (reasons.empty() ? " (" : ", ") + reason + ": " + std::to_string(n);
  if (!reasons.empty()) reasons += ")";
  std::string merged_note = store ? "; " + std::to_string(merged) + " merged events in the store" : "";
  std::fprintf(stderr,
               "statecraft: coded %zu stories (%zu sentences, %zu analysed), %zu events%s; skipped %zu stories%s; "
               "%zu warnings%s%s\n",
               coded, sentences, analyzed, events_out, flags.include_negated ? "" : " (negated left out)", skipped,
               reasons.c_str(), warnings, undated ? (", " + std::to_string(undated) + " stories without a date").c_str() : "",
               merged_note.c_str());
  if (io_error) return kExitError;
  if (flags.strict && skipped > 0) return kExitError;
  return kExitOk;
}

}  // namespace

void AddCodeCommand(CLI::App& app, int* status) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* cmd = app.add_subcommand("code", "Code stories into events (JSONL on stdout and/or a database)");
  cmd->add_option("inputs", flags->inputs, "Input files or directories; - for stdin")->required();
  cmd->add_option("--format", flags->format, "Output on stdout: jsonl (default without --db) or none");
  cmd->add_option("--db", flags->db, "Store documents, sentences and events in this SQLite file");
  cmd->add_option("--date", flags->date, "Story date (YYYY-MM-DD) for inputs that carry none");
  cmd->add_option("--input-format", flags->input_format, "Force the input format: text, textfile, jsonl, feed, html");
  cmd->add_option("--dict", flags->dict, "Dictionary layers, later winning: builtin,DIR,FILE.scd");
  cmd->add_option("--threads", flags->threads, "Worker threads (default: all cores)");
  cmd->add_option("--batch", flags->batch, "Stories per batch (default 256)")->check(CLI::Range(1, 100000));
  cmd->add_option("--max-tokens", flags->max_tokens, "Cut sentences longer than this (default 200)")->check(CLI::Range(10, 10000));
  cmd->add_option("--merge-window", flags->merge_window_days,
                  "Days within which reports of the same act are one merged event (default 3)")
      ->check(CLI::Range(0, 365));
  cmd->add_flag("--strict", flags->strict, "Exit 1 when any story was skipped");
  cmd->add_flag("--include-negated", flags->include_negated, "Also print events the text says did not happen");
  cmd->add_flag("--keep-non-english", flags->keep_non_english, "Do not skip stories detected as non-English");
  cmd->add_flag("--no-prefilter", flags->no_prefilter, "Analyse every sentence, even those naming no actor");
  cmd->add_flag("--future-as-act", flags->future_as_act,
                "Code \"X will visit Y\" as the visit (TABARI's convention), not as an intent (CAMEO 036)");
  cmd->add_flag("--untargeted", flags->untargeted,
                "Also code statements, intents and two-sided acts whose target was not found (GDELT's one-actor rows)");
  cmd->add_flag("--null-country-agents", flags->null_country_agents,
                "Code an agent no country of its sentence places as of no country (\"---GOV\", PETRARCH's convention)");
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress and no warnings on stderr (skips are still reported)");
  cmd->callback([flags, status]() { *status = RunCode(*flags); });
}

}  // namespace statecraft
