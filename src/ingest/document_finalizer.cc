#include "ingest/document_finalizer.h"

#include "base/files.h"
#include "ingest/language_filter.h"
#include "ingest/text_hygiene.h"

namespace statecraft {

namespace {

constexpr std::size_t kContentIdHexDigits = 16;

}  // namespace

std::string ContentId(std::string_view text) {
  return "sha256-" + Sha256Hex(text).substr(0, kContentIdHexDigits);
}

InputProblem MakeProblem(InputProblem::Kind kind, std::string origin, std::string doc_id,
                         std::string reason, std::string message) {
  InputProblem problem;
  problem.kind = kind;
  problem.origin = std::move(origin);
  problem.doc_id = std::move(doc_id);
  problem.reason = std::move(reason);
  problem.message = std::move(message);
  return problem;
}

bool FinalizeDocument(const IngestOptions& options, Document* doc,
                      std::vector<InputProblem>* problems) {
  RepairText(&doc->id);
  RepairText(&doc->url);
  RepairText(&doc->title);
  RepairText(&doc->source);
  doc->title = CollapseWhitespace(doc->title);
  doc->source = CollapseWhitespace(doc->source);

  std::vector<InputProblem> repairs;
  AppendRepairProblems(RepairText(&doc->text), doc->origin, doc->id, "story text", &repairs);
  if (IsBlank(doc->text)) {
    problems->insert(problems->end(), repairs.begin(), repairs.end());
    problems->push_back(MakeProblem(InputProblem::Kind::kSkipped, doc->origin, doc->id, "empty",
                                    "story has no text (empty or only whitespace); skipped"));
    return false;
  }
  if (doc->id.empty()) doc->id = ContentId(doc->text);
  for (InputProblem& repair : repairs) {
    repair.doc_id = doc->id;
    problems->push_back(std::move(repair));
  }
  if (options.skip_non_english) {
    const LanguageGuess guess = GuessLanguage(doc->text);
    if (guess.non_english) {
      problems->push_back(
          MakeProblem(InputProblem::Kind::kSkipped, doc->origin, doc->id, "non-english",
                      "story is in " + guess.name + " (" + guess.code + ", " +
                          std::to_string(guess.percent) + "% of the text), not English; skipped"));
      return false;
    }
  }
  if (!doc->date) doc->date = options.default_date;
  return true;
}

}  // namespace statecraft
