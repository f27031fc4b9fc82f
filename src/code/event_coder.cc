#include "code/event_coder.h"

#include <vector>

#include "code/sentence_coder.h"

namespace statecraft {

void EventCoder::Code(const StoryInfo& story, int sentence_idx, const Sentence& sentence,
                      const SentenceMentions& mentions, StoryMemory* memory, std::vector<Event>* out,
                      CodeTrace* trace) const {
  coder_internal::SentenceCoder coder(dict_, index_, options_, story, sentence_idx, sentence,
                                      mentions, memory, out, trace);
  coder.Run();
}

bool EventCoder::HasAnchor(const Sentence& sentence) const {
  for (const Token& t : sentence.tokens) {
    if (index_.Has(t.lemma) || index_.Has(t.lower)) return true;
  }
  return false;
}

}  // namespace statecraft
