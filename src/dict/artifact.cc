#include "dict/artifact.h"

#include "base/binary_io.h"
#include "base/files.h"

namespace statecraft {

namespace {

void PutElements(BinaryWriter& w, const std::vector<PatternElement>& elements) {
  w.PutU32(static_cast<uint32_t>(elements.size()));
  for (const PatternElement& el : elements) {
    w.PutU32(static_cast<uint32_t>(el.type) | (el.optional ? 0x100u : 0) | (el.adjacent ? 0x200u : 0) |
             (el.skip_phrase ? 0x400u : 0) | (el.exact_form ? 0x800u : 0));
    w.PutU32(static_cast<uint32_t>(el.words.size()));
    for (const std::string& word : el.words) w.PutString(word);
  }
}

}  // namespace

std::string SerializeDictionary(const Dictionary& dict) {
  BinaryWriter w;
  w.PutRaw(std::string_view(kArtifactMagic, sizeof(kArtifactMagic)));
  w.PutU32(kArtifactVersion);
  w.PutString(dict.source_hash);
  w.PutU32(static_cast<uint32_t>(dict.sources.size()));
  for (const std::string& s : dict.sources) w.PutString(s);

  w.PutU32(static_cast<uint32_t>(dict.actors.size()));
  for (const Actor& a : dict.actors) {
    w.PutU32(static_cast<uint32_t>(a.kind));
    w.PutString(a.code);
    w.PutString(a.country);
    w.PutString(a.name);
    w.PutString(a.loc);
    w.PutU32(static_cast<uint32_t>(a.context.size()));
    for (const std::string& c : a.context) w.PutString(c);
    w.PutU32(static_cast<uint32_t>(a.roles.size()));
    for (const Role& role : a.roles) {
      w.PutString(role.office);
      w.PutString(role.code);
      w.PutI32(role.from.ToDays());
      w.PutU32(role.to ? 1 : 0);
      w.PutI32(role.to ? role.to->ToDays() : 0);
      w.PutString(role.loc);
    }
  }
  w.PutU32(static_cast<uint32_t>(dict.agents.size()));
  for (const Agent& a : dict.agents) {
    w.PutString(a.role);
    w.PutString(a.word);
    w.PutString(a.loc);
    w.PutU32(a.prefix ? 1u : 0u);
  }
  w.PutU32(static_cast<uint32_t>(dict.offices.size()));
  for (const Office& o : dict.offices) {
    w.PutString(o.office);
    w.PutString(o.role);
    w.PutString(o.loc);
  }
  w.PutU32(static_cast<uint32_t>(dict.phrases.size()));
  for (const Phrase& p : dict.phrases) {
    w.PutString(p.key);
    w.PutU32(static_cast<uint32_t>(p.kind) | (p.exact_case ? 0x100u : 0u) | (p.capitalized ? 0x200u : 0u) |
             (static_cast<uint32_t>(p.capital_words) << 16));
    w.PutU32(p.target);
    w.PutString(p.loc);
  }
  w.PutU32(static_cast<uint32_t>(dict.patterns.size()));
  for (const VerbPattern& p : dict.patterns) {
    w.PutString(p.code);
    w.PutString(p.paired_code);
    w.PutU32(static_cast<uint32_t>(p.anchor.size()));
    for (const std::string& a : p.anchor) w.PutString(a);
    PutElements(w, p.before);
    PutElements(w, p.after);
    w.PutU32((p.noun ? 1u : 0u) | (p.recip ? 2u : 0u) | (p.compound_subject ? 4u : 0u) |
             (p.needs_target ? 8u : 0u) | (p.reverse_roles ? 16u : 0u) | (p.needs_org ? 32u : 0u) |
             (p.first_actor_target ? 64u : 0u) | (p.clause_end ? 128u : 0u));
    w.PutString(p.text);
    w.PutString(p.loc);
    w.PutI32(p.specificity);
  }
  w.PutU32(static_cast<uint32_t>(dict.codes.size()));
  for (const CameoCode& c : dict.codes) {
    w.PutString(c.code);
    w.PutString(c.name);
    w.PutF64(c.goldstein);
    w.PutI32(c.quad_class);
    w.PutString(c.plover);
    w.PutString(c.plover_mode);
    w.PutString(c.plover_context);
  }
  w.PutRaw(std::string_view(kArtifactMagic, sizeof(kArtifactMagic)));  // trailer
  return w.data();
}

Result<Dictionary> DeserializeDictionary(const std::string& bytes, const std::string& origin) {
  BinaryReader r(bytes);
  if (r.GetRaw(sizeof(kArtifactMagic)) != std::string_view(kArtifactMagic, sizeof(kArtifactMagic))) {
    return Status::Corruption(origin + ": not a statecraft dictionary artifact (bad magic)");
  }
  uint32_t version = r.GetU32();
  if (version != kArtifactVersion) {
    return Status::Corruption(origin + ": artifact format version " + std::to_string(version) +
                              ", this statecraft reads version " + std::to_string(kArtifactVersion) +
                              "; recompile it with `statecraft dict compile`");
  }
  Dictionary dict;
  dict.source_hash = r.GetString();
  // Every count is bounded by the bytes left, so a corrupt count cannot make
  // us allocate without limit: each element takes at least 4 bytes.
  auto count = [&]() -> uint32_t {
    uint32_t n = r.GetU32();
    return n > bytes.size() / 4 ? (r.GetRaw(bytes.size()), 0u) : n;
  };
  auto get_elements = [&]() {
    std::vector<PatternElement> out(count());
    for (PatternElement& el : out) {
      uint32_t bits = r.GetU32();
      el.type = static_cast<PatternElement::Type>(bits & 0xff);
      el.optional = bits & 0x100;
      el.adjacent = bits & 0x200;
      el.skip_phrase = bits & 0x400;
      el.exact_form = bits & 0x800;
      el.words.resize(count());
      for (std::string& word : el.words) word = r.GetString();
    }
    return out;
  };
  dict.sources.resize(count());
  for (std::string& s : dict.sources) s = r.GetString();
  dict.actors.resize(count());
  for (Actor& a : dict.actors) {
    a.kind = static_cast<Actor::Kind>(r.GetU32());
    a.code = r.GetString();
    a.country = r.GetString();
    a.name = r.GetString();
    a.loc = r.GetString();
    a.context.resize(count());
    for (std::string& c : a.context) c = r.GetString();
    a.roles.resize(count());
    for (Role& role : a.roles) {
      role.office = r.GetString();
      role.code = r.GetString();
      role.from = Date::FromDays(r.GetI32());
      bool has_to = r.GetU32() != 0;
      int to = r.GetI32();
      if (has_to) role.to = Date::FromDays(to);
      role.loc = r.GetString();
    }
  }
  dict.agents.resize(count());
  for (Agent& a : dict.agents) {
    a.role = r.GetString();
    a.word = r.GetString();
    a.loc = r.GetString();
    a.prefix = r.GetU32() != 0;
  }
  dict.offices.resize(count());
  for (Office& o : dict.offices) {
    o.office = r.GetString();
    o.role = r.GetString();
    o.loc = r.GetString();
  }
  dict.phrases.resize(count());
  for (Phrase& p : dict.phrases) {
    p.key = r.GetString();
    uint32_t kind = r.GetU32();
    p.kind = static_cast<PhraseKind>(kind & 0xff);
    p.exact_case = kind & 0x100;
    p.capitalized = kind & 0x200;
    p.capital_words = static_cast<uint16_t>(kind >> 16);
    p.target = r.GetU32();
    p.loc = r.GetString();
  }
  dict.patterns.resize(count());
  for (VerbPattern& p : dict.patterns) {
    p.code = r.GetString();
    p.paired_code = r.GetString();
    p.anchor.resize(count());
    for (std::string& a : p.anchor) a = r.GetString();
    p.before = get_elements();
    p.after = get_elements();
    uint32_t flags = r.GetU32();
    p.noun = flags & 1;
    p.recip = flags & 2;
    p.compound_subject = flags & 4;
    p.needs_target = flags & 8;
    p.reverse_roles = flags & 16;
    p.needs_org = flags & 32;
    p.first_actor_target = flags & 64;
    p.clause_end = flags & 128;
    p.text = r.GetString();
    p.loc = r.GetString();
    p.specificity = r.GetI32();
  }
  dict.codes.resize(count());
  for (CameoCode& c : dict.codes) {
    c.code = r.GetString();
    c.name = r.GetString();
    c.goldstein = r.GetF64();
    c.quad_class = r.GetI32();
    c.plover = r.GetString();
    c.plover_mode = r.GetString();
    c.plover_context = r.GetString();
  }
  if (r.GetRaw(sizeof(kArtifactMagic)) != std::string_view(kArtifactMagic, sizeof(kArtifactMagic)) || !r.ok() ||
      !r.at_end()) {
    return Status::Corruption(origin + ": dictionary artifact is truncated or damaged");
  }
  for (const Phrase& p : dict.phrases) {
    size_t limit = p.kind == PhraseKind::kAgent     ? dict.agents.size()
                   : p.kind == PhraseKind::kTitle   ? dict.offices.size()
                   : p.kind == PhraseKind::kDiscard ? size_t{kDiscardStory + 1}
                                                    : dict.actors.size();
    if (p.target >= limit) return Status::Corruption(origin + ": phrase points outside its table");
  }
  dict.BuildLookups();
  return dict;
}

Status SaveArtifact(const Dictionary& dict, const std::string& path) {
  return WriteFileAtomic(path, SerializeDictionary(dict));
}

Result<Dictionary> LoadArtifact(const std::string& path) {
  Result<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  return DeserializeDictionary(*bytes, path);
}

}  // namespace statecraft
