// Discovery: what the dictionaries miss in a corpus, as a dictionary
// maintainer's work list (`statecraft discover`). Two tallies:
//  - unknown names: runs of capitalized tokens (Penn NNP/NNPS, or Title Case
//    after the first word of a sentence) that no dictionary phrase covers,
//    with a guess of their kind from their context;
//  - quiet verbs: verb lemmas of sentences that name an actor yet yield no
//    event, i.e. acts the verb patterns may be missing.
//
// Finding is per document and pure (FindUnknowns, thread-safe); counting is
// sequential in input order (DiscoveryTally::Add), so results do not depend
// on the thread count. Memory is bounded: after each document a tally holds
// at most DiscoveryOptions::max_keys distinct keys (see DiscoveryTally).
#ifndef STATECRAFT_ANALYZE_DISCOVERY_H_
#define STATECRAFT_ANALYZE_DISCOVERY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/document.h"
#include "statecraft/engine.h"

namespace statecraft {

// What kind of actor an unknown name looks like.
enum class NameKind : uint8_t {
  kUnknown = 0,
  kPerson,        // after a title or honorific: "President", "Minister", "Mr."
  kOrganization,  // ends in Party, Ministry, Bank, Council, Corp, Inc, Group, Union, Agency, ...
  kPlace,         // after "in", "at" or "near"
  kCount
};
// "?", "person", "organization", "place".
const char* NameKindName(NameKind kind);

// One occurrence of an unknown name in a document.
struct NameHit {
  std::string key;      // lowercase tokens joined by ' ' ("yasuhiro nakasone")
  std::string surface;  // as written, tokens joined by ' ' ("Yasuhiro Nakasone")
  NameKind hint = NameKind::kUnknown;  // from this occurrence's context
  uint32_t text = 0;    // index into DocumentFindings::texts
};

// One verb of a sentence that names an actor but yields no event.
struct VerbHit {
  std::string lemma;    // "curb"
  bool anchor = false;  // some verb pattern is already anchored on it
  uint32_t text = 0;    // index into DocumentFindings::texts
};

// Everything one document contributes to the tallies.
struct DocumentFindings {
  std::string doc_id;
  std::vector<std::string> texts;  // example sentences (whitespace collapsed, capped)
  std::vector<NameHit> names;
  std::vector<VerbHit> verbs;
  size_t sentences = 0;        // sentences in the story
  size_t quiet_sentences = 0;  // sentences with an actor and no event
};

struct DiscoveryOptions {
  // Distinct keys each tally keeps (names and verbs separately). Beyond it,
  // the rarest keys are pruned (see DiscoveryTally). REQUIRES: >= 2.
  size_t max_keys = 100000;
  // Example sentences kept per key, each from a different document.
  size_t examples = 2;
  // Example sentences are cut to about this many bytes (at a UTF-8 boundary).
  size_t example_bytes = 280;
};

// Finds the unknown names and the quiet verbs of one analysed story
// (Engine::Analyze). Pure and thread-safe.
//
// Names are only looked for in sentences that have a verb and are not set in
// capitals (tables, headlines, "Qtly div 35 cts" lines). A run of name-like
// tokens may hold "of", "&" and name particles ("de", "van", "al") between
// capitalized tokens; it breaks at a dictionary phrase, a month or weekday,
// and a function word. Leading titles and honorifics ("Treasury Secretary",
// "Mr.") are cut off and make the name a person; a sentence-initial word the
// tagger calls common ("Analysts", "Separately") is no name.
// Verbs: every VB* token of a sentence with an actor and no event, by lemma,
// without be/have/do and light verbs (get, become, seem, make, take).
DocumentFindings FindUnknowns(const Document& document, const StoryAnalysis& analysis,
                              const DiscoveryOptions& options = {});

// Verbs whose patterns code plain statements (CAMEO 010: "say", "add"):
// without an addressee they are dropped by design (untargeted_acts is
// off), so their sentences stay quiet on purpose.
bool UntargetedStatementVerb(std::string_view lemma);

// Counts findings, with up to `examples` example sentences per key.
//
// Bounded memory: when, after a document, a tally holds more than max_keys
// distinct keys, every key with a count at or below a threshold t is
// dropped, t being chosen so that at most max_keys / 2 keys stay (lossy
// counting). A key that comes back
// starts again from 1, so any count may be low by at most the sum of the
// thresholds used so far (MaxNameError / MaxVerbError; 0 when nothing was
// pruned), and a key seen no more often than that may be missing.
// Deterministic: the result depends only on the order of Add calls.
// Not thread-safe: one thread adds (DiscoverBatch does so in input order).
class DiscoveryTally {
 public:
  struct Example {
    std::string doc_id;
    std::string text;
  };
  struct Entry {
    std::string key;
    std::string surface;  // names: the first spelling seen; verbs: the lemma
    uint64_t count = 0;
    std::vector<Example> examples;
    // Names: occurrences per NameKind hint.
    std::array<uint64_t, static_cast<size_t>(NameKind::kCount)> votes{};
    bool anchor = false;  // verbs: a verb pattern is anchored on the lemma
  };

  explicit DiscoveryTally(const DiscoveryOptions& options = {}) : options_(options) {}

  void Add(const DocumentFindings& findings);

  // The n most frequent keys, count descending, then key ascending.
  std::vector<const Entry*> TopNames(size_t n) const { return Top(names_, n); }
  std::vector<const Entry*> TopVerbs(size_t n) const { return Top(verbs_, n); }
  size_t DistinctNames() const { return names_.map.size(); }
  size_t DistinctVerbs() const { return verbs_.map.size(); }
  uint64_t MaxNameError() const { return names_.error; }
  uint64_t MaxVerbError() const { return verbs_.error; }

  uint64_t stories() const { return stories_; }
  uint64_t sentences() const { return sentences_; }
  uint64_t quiet_sentences() const { return quiet_sentences_; }

  // The kind an entry's votes point to: organization when the name ends like
  // one; else person or place when that hint wins and was seen in at least a
  // tenth of the occurrences; else kUnknown.
  static NameKind Guess(const Entry& entry);

 private:
  struct Table {
    std::unordered_map<std::string, Entry> map;
    uint64_t error = 0;
  };
  Entry* Count(Table* table, const std::string& key, const std::string& surface, const std::string& doc_id,
               const std::string& text);
  void Prune(Table* table) const;
  static std::vector<const Entry*> Top(const Table& table, size_t n);

  DiscoveryOptions options_;
  Table names_, verbs_;
  uint64_t stories_ = 0, sentences_ = 0, quiet_sentences_ = 0;
};

// Analyses `documents` on `threads` threads (Engine::Analyze + FindUnknowns)
// and adds their findings to *tally in input order, so that the tally is the
// same for any thread count. REQUIRES: threads >= 1. Blocks until done.
void DiscoverBatch(const Engine& engine, const std::vector<Document>& documents, int threads,
                   DiscoveryTally* tally, const DiscoveryOptions& options = {});

}  // namespace statecraft

#endif  // STATECRAFT_ANALYZE_DISCOVERY_H_
