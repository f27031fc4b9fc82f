#include "serve/json_response.h"

#include <cmath>
#include <cstdio>

#include "store/event_json.h"

namespace statecraft {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when invalid.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = 0;
  uint32_t min = 0, cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2, min = 0x80, cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3, min = 0x800, cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4, min = 0x10000, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// A small append-only JSON writer: the caller places the commas with
// Sep(), the writer formats the values.
class Out {
 public:
  std::string& str() { return s_; }
  Out& Raw(std::string_view v) {
    s_ += v;
    return *this;
  }
  Out& Key(std::string_view key) {
    AppendJsonString(&s_, key);
    s_.push_back(':');
    return *this;
  }
  Out& Str(std::string_view v) {
    AppendJsonString(&s_, v);
    return *this;
  }
  // A string, or null when empty.
  Out& StrOrNull(std::string_view v) { return v.empty() ? Raw("null") : Str(v); }
  Out& Int(int64_t v) { return Raw(std::to_string(v)); }
  Out& Bool(bool v) { return Raw(v ? "true" : "false"); }
  Out& Num(double v) {
    if (!std::isfinite(v)) return Raw("null");
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%.6g", v);
    return Raw(buf);
  }
  Out& Span(uint32_t begin, uint32_t end) {
    return Raw("[").Int(begin).Raw(",").Int(end).Raw("]");
  }
  Out& Quad(const int64_t (&q)[4]) {
    return Raw("[").Int(q[0]).Raw(",").Int(q[1]).Raw(",").Int(q[2]).Raw(",").Int(q[3]).Raw("]");
  }
  Out& QuadNum(const double (&q)[4]) {
    return Raw("[").Num(q[0]).Raw(",").Num(q[1]).Raw(",").Num(q[2]).Raw(",").Num(q[3]).Raw("]");
  }
  // A comma unless `first`.
  Out& Sep(bool first) { return first ? *this : Raw(","); }

 private:
  std::string s_;
};

void RoleJson(Out& o, const Actor* person, const Role& role) {
  o.Raw("{");
  if (person != nullptr) o.Key("person").Str(person->name).Raw(",");
  o.Key("office").Str(role.office).Raw(",");
  o.Key("code").Str(role.code).Raw(",");
  o.Key("from").Str(role.from.ToString()).Raw(",");
  o.Key("to");
  if (role.to) {
    o.Str(role.to->ToString());
  } else {
    o.Raw("null");
  }
  o.Raw(",").Key("entry").Str(role.loc).Raw("}");
}

}  // namespace

void AppendJsonString(std::string* out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': *out += "\\\""; break;
        case '\\': *out += "\\\\"; break;
        case '\n': *out += "\\n"; break;
        case '\r': *out += "\\r"; break;
        case '\t': *out += "\\t"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            *out += "\\u00";
            out->push_back(kHex[c >> 4]);
            out->push_back(kHex[c & 15]);
          } else {
            out->push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      *out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    } else {
      out->append(s.substr(i, n));
      i += n;
    }
  }
  out->push_back('"');
}

std::string ErrorJson(int http_status, std::string_view message) {
  Out o;
  o.Raw("{\"error\":{").Key("status").Int(http_status).Raw(",").Key("message").Str(message).Raw("}}");
  return std::move(o.str());
}

std::string EventPageJson(const EventPage& page) {
  std::string out = "{\"events\":[";
  out.reserve(page.events.size() * 1500 + 64);
  for (size_t i = 0; i < page.events.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += EventToJson(page.events[i]);
  }
  out += "],\"next\":";
  if (page.next.empty()) {
    out += "null";
  } else {
    AppendJsonString(&out, page.next);
  }
  out.push_back('}');
  return out;
}

std::string SeriesJson(const SeriesRequest& request, const std::vector<SeriesPoint>& points) {
  Out o;
  o.Raw("{").Key("granularity").Str(request.granularity).Raw(",").Key("normalized").Bool(request.normalize);
  o.Raw(",").Key("points").Raw("[");
  for (size_t i = 0; i < points.size(); ++i) {
    const SeriesPoint& p = points[i];
    o.Sep(i == 0).Raw("{").Key("period").Str(p.period);
    o.Raw(",").Key("events").Int(p.events);
    o.Raw(",").Key("quad").Quad(p.quad);
    o.Raw(",").Key("goldstein_sum").Num(p.goldstein_sum);
    o.Raw(",").Key("stories").Int(p.stories);
    if (request.normalize) {
      o.Raw(",").Key("events_norm").Num(p.events_norm);
      o.Raw(",").Key("quad_norm").QuadNum(p.quad_norm);
      o.Raw(",").Key("goldstein_norm").Num(p.goldstein_norm);
    }
    o.Raw("}");
  }
  o.Raw("]}");
  return std::move(o.str());
}

std::string NetworkJson(const Network& network) {
  Out o;
  o.Raw("{").Key("nodes").Raw("[");
  for (size_t i = 0; i < network.nodes.size(); ++i) {
    const NetworkNode& n = network.nodes[i];
    o.Sep(i == 0).Raw("{").Key("id").Str(n.id).Raw(",").Key("label").Str(n.label.empty() ? n.id : n.label);
    o.Raw(",").Key("events").Int(n.events).Raw("}");
  }
  o.Raw("],").Key("edges").Raw("[");
  for (size_t i = 0; i < network.edges.size(); ++i) {
    const NetworkEdge& e = network.edges[i];
    o.Sep(i == 0).Raw("{").Key("source").Str(e.source).Raw(",").Key("target").Str(e.target);
    o.Raw(",").Key("events").Int(e.events).Raw(",").Key("mean_goldstein").Num(e.mean_goldstein);
    o.Raw(",").Key("quad").Quad(e.quad).Raw("}");
  }
  o.Raw("]}");
  return std::move(o.str());
}

std::string TopStoriesJson(const std::vector<TopStory>& stories) {
  Out o;
  o.Raw("{").Key("stories").Raw("[");
  for (size_t i = 0; i < stories.size(); ++i) {
    const TopStory& s = stories[i];
    o.Sep(i == 0).Raw("{").Key("doc_id").Str(s.doc_id).Raw(",").Key("title").Str(s.title);
    o.Raw(",").Key("url").Str(s.url).Raw(",").Key("date").StrOrNull(s.date);
    o.Raw(",").Key("events").Int(s.events).Raw(",").Key("mentions").Int(s.mentions).Raw("}");
  }
  o.Raw("]}");
  return std::move(o.str());
}

std::string TimelineJson(const ActorTimeline& timeline) {
  Out o;
  o.Raw("{").Key("query").Str(timeline.query).Raw(",").Key("actors").Raw("[");
  for (size_t i = 0; i < timeline.actors.size(); ++i) {
    const Actor& a = *timeline.actors[i];
    o.Sep(i == 0).Raw("{").Key("name").Str(a.name).Raw(",").Key("kind").Str(ActorKindName(a.kind));
    o.Raw(",").Key("code").Str(a.code).Raw(",").Key("country").Str(a.country);
    o.Raw(",").Key("entry").Str(a.loc).Raw(",").Key("roles").Raw("[");
    for (size_t r = 0; r < a.roles.size(); ++r) {
      o.Sep(r == 0);
      RoleJson(o, nullptr, a.roles[r]);
    }
    o.Raw("]}");
  }
  o.Raw("],").Key("roles").Raw("[");
  for (size_t i = 0; i < timeline.roles.size(); ++i) {
    o.Sep(i == 0);
    RoleJson(o, timeline.roles[i].person, *timeline.roles[i].role);
  }
  o.Raw("]}");
  return std::move(o.str());
}

std::string DocumentJson(const DocumentRecord& d) {
  Out o;
  o.Raw("{").Key("id").Str(d.id).Raw(",").Key("date").StrOrNull(d.date);
  o.Raw(",").Key("title").Str(d.title).Raw(",").Key("url").Str(d.url);
  o.Raw(",").Key("source").Str(d.source).Raw(",").Key("origin").Str(d.origin);
  o.Raw(",").Key("coded_at").Str(d.coded_at).Raw(",").Key("text").Str(d.text);
  o.Raw(",").Key("sentences").Raw("[");
  for (size_t i = 0; i < d.sentences.size(); ++i) {
    const StoredSentence& s = d.sentences[i];
    o.Sep(i == 0).Raw("{").Key("index").Int(s.index).Raw(",").Key("span").Span(s.begin, s.end);
    o.Raw(",").Key("text").Str(s.text).Raw(",").Key("truncated").Bool(s.truncated).Raw("}");
  }
  o.Raw("],").Key("events").Raw("[");
  for (size_t i = 0; i < d.events.size(); ++i) o.Sep(i == 0).Raw(EventToJson(d.events[i]));
  o.Raw("],").Key("claims").Raw("[");
  for (size_t i = 0; i < d.claims.size(); ++i) {
    const RoleClaim& c = d.claims[i];
    o.Sep(i == 0).Raw("{").Key("person").Str(c.person).Raw(",").Key("claimed").Str(c.claimed);
    o.Raw(",").Key("former").Bool(c.former).Raw(",").Key("text").Str(c.text);
    o.Raw(",").Key("span").Span(c.begin, c.end).Raw(",").Key("known").Str(c.known);
    o.Raw(",").Key("contradicts").Bool(c.contradicts).Raw("}");
  }
  o.Raw("]}");
  return std::move(o.str());
}

std::string HealthJson(const HealthInfo& h) {
  Out o;
  o.Raw("{").Key("status").Str("ok").Raw(",").Key("version").Str(h.version);
  o.Raw(",").Key("schema_version").Int(h.schema_version);
  o.Raw(",").Key("documents").Int(h.documents).Raw(",").Key("events").Int(h.events);
  o.Raw(",").Key("dictionaries").Str(h.dictionaries).Raw(",").Key("write").Bool(h.write).Raw("}");
  return std::move(o.str());
}

std::string IntakeJson(const IntakeResult& r) {
  Out o;
  o.Raw("{").Key("documents").Raw("[");
  for (size_t i = 0; i < r.stored.size(); ++i) {
    const StoredStory& s = r.stored[i];
    o.Sep(i == 0).Raw("{").Key("id").Str(s.id).Raw(",").Key("events").Int(s.events);
    o.Raw(",").Key("created").Bool(s.created).Raw("}");
  }
  o.Raw("],").Key("skipped").Raw("[");
  for (size_t i = 0; i < r.skipped.size(); ++i) {
    const SkippedStory& s = r.skipped[i];
    o.Sep(i == 0).Raw("{").Key("index").Int(static_cast<int64_t>(s.index)).Raw(",").Key("id").Str(s.id);
    o.Raw(",").Key("reason").Str(s.reason).Raw(",").Key("message").Str(s.message).Raw("}");
  }
  o.Raw("],").Key("events").Int(r.events).Raw("}");
  return std::move(o.str());
}

}  // namespace statecraft
