// statecraft query --db PATH|URL [filters] [--series|--network|--top-stories|
//                  --timeline NAME|--document ID] [--format json|table]
//
// The HTTP API's questions on the command line: the flags become the API's
// parameters (--max-nodes → max_nodes) and go through the same parser, so
// the answers and the error messages are the API's (docs/http_api.md).
#include <cstdio>
#include <memory>

#include "serve/json_response.h"
#include "serve/loaded_dictionary.h"
#include "serve/query_api.h"
#include "serve/store_pool.h"
#include "statecraft/event_store.h"
#include "store/event_json.h"
#include "tools/commands.h"

namespace statecraft {

namespace {

struct QueryFlags {
  std::string db;
  std::string dict = "builtin";
  std::string format = "json";
  // Filters (the API's names with '_' for '-').
  std::vector<std::string> actor, cameo, root, quad, plover;
  std::string source, target, from, to, q, doc;
  bool symmetric = false, include_negated = false, no_background = false;
  // Events.
  std::string limit, cursor;
  bool all = false;
  // Modes.
  bool series = false, network = false, top_stories = false;
  std::string timeline, document;
  std::string granularity, by, max_nodes;
  bool normalize = false;
};

// The flags as the API's parameters; only those given.
ParamMap ToParams(const QueryFlags& f) {
  ParamMap p;
  auto add = [&p](const char* name, const std::string& value) {
    if (!value.empty()) p.emplace(name, value);
  };
  auto add_all = [&p](const char* name, const std::vector<std::string>& values) {
    for (const std::string& v : values) p.emplace(name, v);
  };
  add_all("actor", f.actor);
  add_all("cameo", f.cameo);
  add_all("root", f.root);
  add_all("quad", f.quad);
  add_all("plover", f.plover);
  add("source", f.source);
  add("target", f.target);
  add("from", f.from);
  add("to", f.to);
  add("q", f.q);
  add("doc", f.doc);
  if (f.symmetric) add("symmetric", "true");
  if (f.include_negated) add("include_negated", "true");
  if (f.no_background) add("include_background", "false");
  add("limit", f.limit);
  add("cursor", f.cursor);
  add("granularity", f.granularity);
  if (f.normalize) add("normalize", "true");
  add("by", f.by);
  add("max_nodes", f.max_nodes);
  return p;
}

// Prints rows as aligned columns (the last column is not padded).
void PrintTable(const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> width;
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (width.size() <= c) width.push_back(0);
      width[c] = std::max(width[c], row[c].size());
    }
  }
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(width[c] - row[c].size() + 2, ' ');
    }
    std::printf("%s\n", line.c_str());
  }
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.2f", v);
  return buf;
}

std::string Cut(const std::string& s, size_t n) {
  if (s.size() <= n) return s;
  size_t end = n;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;  // UTF-8 boundary
  return s.substr(0, end) + "…";
}

void EventRows(const std::vector<Event>& events, std::vector<std::vector<std::string>>* rows) {
  rows->push_back({"date", "source", "cameo", "target", "quad", "goldstein", "doc", "sentence"});
  for (const Event& e : events) {
    rows->push_back({e.date.empty() ? "-" : e.date, e.source.code, e.cameo, e.target ? e.target->code : "-",
                     std::to_string(e.quad_class), Num(e.goldstein), e.doc_id, Cut(e.sentence_text, 70)});
  }
}

int Fail(const Status& status) {
  std::fprintf(stderr, "statecraft query: %s\n", status.message().c_str());
  return kExitError;
}

int RunEvents(const QueryApi& api, ParamMap params, EventStore& store, const QueryFlags& flags) {
  bool table = flags.format == "table";
  std::vector<Event> all;
  while (true) {
    Result<EventPage> page = api.Events(params, store);
    if (!page.ok()) return Fail(page.status());
    if (!flags.all) {
      if (!table) {
        std::printf("%s\n", EventPageJson(*page).c_str());
        return kExitOk;
      }
      std::vector<std::vector<std::string>> rows;
      EventRows(page->events, &rows);
      PrintTable(rows);
      if (!page->next.empty()) std::printf("next: %s\n", page->next.c_str());
      return kExitOk;
    }
    for (Event& e : page->events) {
      if (table) {
        all.push_back(std::move(e));
      } else {
        std::printf("%s\n", EventToJson(e).c_str());
      }
    }
    if (page->next.empty()) break;
    params.erase("cursor");
    params.emplace("cursor", page->next);
  }
  if (table) {
    std::vector<std::vector<std::string>> rows;
    EventRows(all, &rows);
    PrintTable(rows);
  }
  return kExitOk;
}

int RunQuery(const QueryFlags& flags) {
  if (flags.format != "json" && flags.format != "table") return Fail(Status::InvalidArgument("--format must be json or table"));
  int modes = flags.series + flags.network + flags.top_stories + !flags.timeline.empty() + !flags.document.empty();
  if (modes > 1) {
    return Fail(Status::InvalidArgument("give at most one of --series, --network, --top-stories, --timeline, --document"));
  }
  if (flags.all && modes > 0) return Fail(Status::InvalidArgument("--all is for event lists only"));
  Result<std::unique_ptr<LoadedDictionary>> dictionary = LoadedDictionary::Load(flags.dict);
  if (!dictionary.ok()) return Fail(dictionary.status());
  QueryApi api((*dictionary)->dictionary, (*dictionary)->key_of);
  ParamMap params = ToParams(flags);
  bool table = flags.format == "table";

  if (!flags.timeline.empty()) {
    Result<ActorTimeline> timeline = api.Timeline(flags.timeline, params);
    if (!timeline.ok()) return Fail(timeline.status());
    if (!table) {
      std::printf("%s\n", TimelineJson(*timeline).c_str());
      return kExitOk;
    }
    std::vector<std::vector<std::string>> rows = {{"from", "to", "person", "office", "code", "entry"}};
    for (const TimelineRole& r : timeline->roles) {
      rows.push_back({r.role->from.ToString(), r.role->to ? r.role->to->ToString() : "-", r.person->name,
                      r.role->office, r.role->code, r.role->loc});
    }
    if (timeline->roles.empty()) {
      for (const Actor* a : timeline->actors) {
        rows.push_back({"-", "-", a->name, ActorKindName(a->kind), a->code, a->loc});
      }
    }
    PrintTable(rows);
    return kExitOk;
  }

  if (flags.db.empty()) return Fail(Status::InvalidArgument("--db is required"));
  Result<std::unique_ptr<EventStore>> opened = OpenStoreForReading(flags.db);
  if (!opened.ok()) return Fail(opened.status());
  EventStore& store = **opened;

  if (flags.series) {
    SeriesRequest request;
    Result<std::vector<SeriesPoint>> points = api.Series(params, store, &request);
    if (!points.ok()) return Fail(points.status());
    if (!table) {
      std::printf("%s\n", SeriesJson(request, *points).c_str());
      return kExitOk;
    }
    std::vector<std::vector<std::string>> rows = {
        {"period", "events", "quad1", "quad2", "quad3", "quad4", "goldstein", "stories"}};
    if (request.normalize) rows[0].push_back("events/story");
    for (const SeriesPoint& p : *points) {
      rows.push_back({p.period, std::to_string(p.events), std::to_string(p.quad[0]), std::to_string(p.quad[1]),
                      std::to_string(p.quad[2]), std::to_string(p.quad[3]), Num(p.goldstein_sum),
                      std::to_string(p.stories)});
      if (request.normalize) rows.back().push_back(Num(p.events_norm));
    }
    PrintTable(rows);
    return kExitOk;
  }
  if (flags.network) {
    Result<Network> network = api.ActorNetwork(params, store);
    if (!network.ok()) return Fail(network.status());
    if (!table) {
      std::printf("%s\n", NetworkJson(*network).c_str());
      return kExitOk;
    }
    std::vector<std::vector<std::string>> nodes = {{"node", "events", "label"}};
    for (const NetworkNode& n : network->nodes) nodes.push_back({n.id, std::to_string(n.events), n.label});
    PrintTable(nodes);
    std::printf("\n");
    std::vector<std::vector<std::string>> edges = {{"source", "target", "events", "mean_goldstein", "quad1-4"}};
    for (const NetworkEdge& e : network->edges) {
      edges.push_back({e.source, e.target, std::to_string(e.events), Num(e.mean_goldstein),
                       std::to_string(e.quad[0]) + "/" + std::to_string(e.quad[1]) + "/" + std::to_string(e.quad[2]) +
                           "/" + std::to_string(e.quad[3])});
    }
    PrintTable(edges);
    return kExitOk;
  }
  if (flags.top_stories) {
    Result<std::vector<TopStory>> stories = api.TopStories(params, store);
    if (!stories.ok()) return Fail(stories.status());
    if (!table) {
      std::printf("%s\n", TopStoriesJson(*stories).c_str());
      return kExitOk;
    }
    std::vector<std::vector<std::string>> rows = {{"events", "mentions", "date", "doc", "title"}};
    for (const TopStory& s : *stories) {
      rows.push_back({std::to_string(s.events), std::to_string(s.mentions), s.date.empty() ? "-" : s.date, s.doc_id,
                      Cut(s.title, 70)});
    }
    PrintTable(rows);
    return kExitOk;
  }
  if (!flags.document.empty()) {
    Result<DocumentRecord> document = api.Document(flags.document, params, store);
    if (!document.ok()) return Fail(document.status());
    if (!table) {
      std::printf("%s\n", DocumentJson(*document).c_str());
      return kExitOk;
    }
    std::printf("%s  %s  %s\n%s\n\n", document->id.c_str(), document->date.empty() ? "-" : document->date.c_str(),
                document->title.c_str(), document->url.c_str());
    std::vector<std::vector<std::string>> rows;
    EventRows(document->events, &rows);
    PrintTable(rows);
    return kExitOk;
  }
  return RunEvents(api, params, store, flags);
}

}  // namespace

void AddQueryCommand(CLI::App& app, int* status) {
  auto f = std::make_shared<QueryFlags>();
  CLI::App* cmd = app.add_subcommand("query", "Ask a store what the HTTP API answers (events, series, network, ...)");
  cmd->add_option("--db", f->db, "The store: a SQLite file or postgresql://... (required but for --timeline)");
  cmd->add_option("--dict", f->dict, "Dictionary layers (code table, timelines; default builtin)");
  cmd->add_option("--format", f->format, "json (the API's answer, default) or table");
  cmd->add_option("--actor", f->actor, "Events with this actor or country as source or target (repeatable)");
  cmd->add_option("--source", f->source, "Source actor or country");
  cmd->add_option("--target", f->target, "Target actor or country");
  cmd->add_flag("--symmetric", f->symmetric, "Source and target in either direction");
  cmd->add_option("--cameo", f->cameo, "CAMEO codes; two digits = a root (repeatable)");
  cmd->add_option("--root", f->root, "CAMEO roots 01..20 (repeatable)");
  cmd->add_option("--quad", f->quad, "Quad classes 1..4 (repeatable)");
  cmd->add_option("--plover", f->plover, "PLOVER types (repeatable)");
  cmd->add_option("--from", f->from, "First date, YYYY-MM-DD");
  cmd->add_option("--to", f->to, "Last date, YYYY-MM-DD");
  cmd->add_option("--q", f->q, "Full-text search over the event's sentence");
  cmd->add_option("--doc", f->doc, "Only this story's events");
  cmd->add_flag("--include-negated", f->include_negated, "Also events the text says did not happen");
  cmd->add_flag("--no-background", f->no_background, "Leave out events in background clauses");
  cmd->add_option("--limit", f->limit, "Rows per page (1..1000, default 20) or top stories");
  cmd->add_option("--cursor", f->cursor, "The 'next' of the previous page");
  cmd->add_flag("--all", f->all, "Follow the pages to the end (JSON: one event per line)");
  cmd->add_flag("--series", f->series, "A time series of the matching events");
  cmd->add_option("--granularity", f->granularity, "Series periods: day, week or month (default)");
  cmd->add_flag("--normalize", f->normalize, "Series divided by the stories of each period");
  cmd->add_flag("--network", f->network, "The actor network of the matching events");
  cmd->add_option("--by", f->by, "Network nodes: country (default) or actor; top stories: events or mentions");
  cmd->add_option("--max-nodes", f->max_nodes, "Network: the busiest nodes kept (1..1000, default 200)");
  cmd->add_flag("--top-stories", f->top_stories, "The stories with the most matching events");
  cmd->add_option("--timeline", f->timeline, "The dated roles the dictionary knows for a name or code");
  cmd->add_option("--document", f->document, "One stored story with its sentences and events");
  cmd->callback([f, status]() { *status = RunQuery(*f); });
}

}  // namespace statecraft
