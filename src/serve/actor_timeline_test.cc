#include "serve/actor_timeline.h"

#include <gtest/gtest.h>

namespace statecraft {
namespace {

// Keys as the recognizer makes them, roughly: lowercase, '-' as a space.
std::string Key(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

Role MakeRole(std::string office, std::string code, std::string from, std::string to) {
  Role r;
  r.office = std::move(office);
  r.code = std::move(code);
  r.from = *Date::Parse(from);
  if (!to.empty()) r.to = Date::Parse(to);
  r.loc = "people.txt:1";
  return r;
}

class ActorTimelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Actor kor;
    kor.kind = Actor::Kind::kCountry;
    kor.code = kor.country = "KOR";
    kor.name = "South Korea";
    Actor yoon;
    yoon.kind = Actor::Kind::kPerson;
    yoon.code = yoon.country = "KOR";
    yoon.name = "Yoon Suk Yeol";
    yoon.roles = {MakeRole("KOR.president", "KORGOV", "2022-05-10", "2025-04-03")};
    Actor lee;
    lee.kind = Actor::Kind::kPerson;
    lee.code = lee.country = "KOR";
    lee.name = "Lee Jae-myung";
    lee.roles = {MakeRole("KOR.president", "KORGOV", "2025-06-04", ""),
                 MakeRole("KOR.party_leader", "KOROPP", "2022-08-28", "2025-04-09")};
    Actor ishiba;
    ishiba.kind = Actor::Kind::kPerson;
    ishiba.code = ishiba.country = "JPN";
    ishiba.name = "Shigeru Ishiba";
    ishiba.roles = {MakeRole("JPN.prime_minister", "JPNGOV", "2024-10-01", "2025-10-21")};
    dict_.actors = {kor, yoon, lee, ishiba};
    auto phrase = [this](std::string text, PhraseKind kind, uint32_t target) {
      Phrase p;
      p.key = Key(text);
      p.kind = kind;
      p.target = target;
      dict_.phrases.push_back(p);
    };
    phrase("South Korea", PhraseKind::kName, 0);
    phrase("South Korean", PhraseKind::kDemonym, 0);
    phrase("Yoon Suk Yeol", PhraseKind::kName, 1);
    phrase("Lee Jae-myung", PhraseKind::kName, 2);
    phrase("Lee", PhraseKind::kAlias, 2);
    phrase("Shigeru Ishiba", PhraseKind::kName, 3);
    phrase("prime minister", PhraseKind::kTitle, 0);
    dict_.BuildLookups();
  }

  Dictionary dict_;
};

TEST_F(ActorTimelineTest, ByNameWithTheCodersNormalization) {
  ActorTimelineIndex index(dict_, Key);
  Result<ActorTimeline> t = index.Find("Lee Jae Myung");
  ASSERT_TRUE(t.ok()) << t.status().message();
  ASSERT_EQ(t->actors.size(), 1u);
  EXPECT_EQ(t->actors[0]->name, "Lee Jae-myung");
  ASSERT_EQ(t->roles.size(), 2u);
  EXPECT_EQ(t->roles[0].role->office, "KOR.party_leader") << "oldest first";
  EXPECT_EQ(t->roles[1].role->office, "KOR.president");
  EXPECT_FALSE(t->roles[1].role->to.has_value());
  EXPECT_TRUE(index.Find("lee").ok()) << "an alias finds the person";
}

TEST_F(ActorTimelineTest, ByCode) {
  ActorTimelineIndex index(dict_, Key);
  Result<ActorTimeline> gov = index.Find("KORGOV");
  ASSERT_TRUE(gov.ok()) << gov.status().message();
  ASSERT_EQ(gov->roles.size(), 2u) << "only the KORGOV roles";
  EXPECT_EQ(gov->roles[0].person->name, "Yoon Suk Yeol");
  EXPECT_EQ(gov->roles[1].person->name, "Lee Jae-myung");

  Result<ActorTimeline> kor = index.Find("KOR");
  ASSERT_TRUE(kor.ok());
  EXPECT_EQ(kor->actors.front()->name, "South Korea");
  EXPECT_EQ(kor->actors.size(), 3u) << "the country and its two people";
  EXPECT_EQ(kor->roles.size(), 3u) << "every KOR* role";
}

TEST_F(ActorTimelineTest, TitlesAndUnknownsAreNotFound) {
  ActorTimelineIndex index(dict_, Key);
  EXPECT_EQ(index.Find("prime minister").status().code(), StatusCode::kNotFound) << "a title is no actor";
  EXPECT_EQ(index.Find("Nobody Known").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(index.Find("XYZGOV").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(index.Find("  ").status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace statecraft
