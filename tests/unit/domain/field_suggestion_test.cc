#include "service/domain/field_suggestion.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

TEST(FieldSuggestionTest, SuggestsTheCodeMeant) {
  EXPECT_EQ(SuggestWireCode(Kind::kLicense, "XK_ZJHM"), "XK_XDR_ZJHM");
  EXPECT_EQ(SuggestWireCode(Kind::kLicense, "XK_YXQJZ"), "XK_YXQZI");
  EXPECT_EQ(SuggestWireCode(Kind::kLicense, "xk_wsh"), "XK_WSH");
  EXPECT_EQ(SuggestWireCode(Kind::kPenalty, "WSH"), "CF_WSH");
  EXPECT_EQ(SuggestWireCode(Kind::kPenalty, "CF_CFJDRQ"), "CF_JDRQ");
  EXPECT_EQ(SuggestWireCode(Kind::kPenalty, "CF_NRFK"), "CF_NR_FK");
}

TEST(FieldSuggestionTest, KnowsTheDataSourceAsymmetry) {
  // Licenses name the data source LYDW, penalties SJLY.
  EXPECT_EQ(SuggestWireCode(Kind::kLicense, "XK_SJLY"), "XK_LYDW");
  EXPECT_EQ(SuggestWireCode(Kind::kLicense, "XK_SJLYDM"), "XK_LYDWDM");
  EXPECT_EQ(SuggestWireCode(Kind::kPenalty, "CF_LYDW"), "CF_SJLY");
  EXPECT_EQ(SuggestWireCode(Kind::kPenalty, "CF_LYDWDM"), "CF_SJLYDM");
}

TEST(FieldSuggestionTest, SuggestsNothingForUnrelatedNames) {
  EXPECT_FALSE(SuggestWireCode(Kind::kPenalty, "CF_XKWS"));
  EXPECT_FALSE(SuggestWireCode(Kind::kPenalty, "comment"));
  EXPECT_FALSE(SuggestWireCode(Kind::kLicense, "QQ"));
}

TEST(FieldSuggestionTest, ReasonNamesTheSuggestionAndItsChineseName) {
  EXPECT_EQ(UnknownFieldReason(Kind::kLicense, "XK_ZJHM"),
            "未知字段XK_ZJHM，是否应为XK_XDR_ZJHM（证件号码）？");
  EXPECT_NE(UnknownFieldReason(Kind::kPenalty, "comment").find("GET /api/v1/fields"),
            std::string::npos);
}

}  // namespace
}  // namespace dpfeed
