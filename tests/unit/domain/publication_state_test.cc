#include "service/domain/publication_state.h"

#include <gtest/gtest.h>

#include "service/domain/record.h"

namespace dpfeed {
namespace {

TEST(PublicationStateTest, EveryWordRoundTrips) {
  for (auto s : {DecisionStatus::kActive, DecisionStatus::kRevoked, DecisionStatus::kExpired,
                 DecisionStatus::kRepaired}) {
    EXPECT_EQ(ParseDecisionStatus(ToString(s)), s);
  }
  for (Channel c : kChannels) EXPECT_EQ(ParseChannel(ToString(c)), c);
  for (auto s : {DeliveryState::kWaiting, DeliveryState::kPending, DeliveryState::kAcknowledged,
                 DeliveryState::kFailed}) {
    EXPECT_EQ(ParseDeliveryState(ToString(s)), s);
  }
  for (auto a : {NoticeAction::kPublish, NoticeAction::kCorrect, NoticeAction::kWithdraw}) {
    EXPECT_EQ(ParseNoticeAction(ToString(a)), a);
  }
  for (auto t : {NoticeType::kRegular, NoticeType::kSupplementary, NoticeType::kExpedited,
                 NoticeType::kCorrection, NoticeType::kWithdrawal, NoticeType::kMatterList}) {
    EXPECT_EQ(ParseNoticeType(ToString(t)), t);
  }
}

TEST(PublicationStateTest, UnknownWordsAreRefused) {
  EXPECT_FALSE(ParseDecisionStatus("Active"));
  EXPECT_FALSE(ParseChannel(""));
  EXPECT_FALSE(ParseDeliveryState("done"));
  EXPECT_FALSE(ParseNoticeAction("delete"));
  EXPECT_FALSE(ParseNoticeType("urgent"));
}

TEST(PublicationStateTest, ActionsAndWordingFollowTheType) {
  EXPECT_EQ(ActionOf(NoticeType::kRegular), NoticeAction::kPublish);
  EXPECT_EQ(ActionOf(NoticeType::kSupplementary), NoticeAction::kPublish);
  EXPECT_EQ(ActionOf(NoticeType::kExpedited), NoticeAction::kPublish);
  EXPECT_EQ(ActionOf(NoticeType::kMatterList), NoticeAction::kPublish);
  EXPECT_EQ(ActionOf(NoticeType::kCorrection), NoticeAction::kCorrect);
  EXPECT_EQ(ActionOf(NoticeType::kWithdrawal), NoticeAction::kWithdraw);
  EXPECT_EQ(WithdrawalWording(DecisionStatus::kExpired, "ignored"), "公示期满");
  EXPECT_EQ(WithdrawalWording(DecisionStatus::kRepaired, "ignored"), "信用修复");
  EXPECT_EQ(WithdrawalWording(DecisionStatus::kRevoked, "复议撤销"), "决定已撤销：复议撤销");
}

TEST(RemarkFieldTest, BareBzIsTheWireCodeAndPrefixedFormsAreAliases) {
  for (Kind k : {Kind::kLicense, Kind::kPenalty}) {
    EXPECT_EQ(WireCode(k, "BZ"), "BZ");
    EXPECT_EQ(ShortCode(k, "BZ"), "BZ");
    EXPECT_EQ(ShortCode(k, std::string(KindPrefix(k)) + "BZ"), "BZ");
  }
  EXPECT_EQ(WireCode(Kind::kPenalty, "WSH"), "CF_WSH");
  EXPECT_FALSE(ShortCode(Kind::kPenalty, "XK_BZ"));
  EXPECT_FALSE(ShortCode(Kind::kLicense, "CF_BZ"));
}

}  // namespace
}  // namespace dpfeed
