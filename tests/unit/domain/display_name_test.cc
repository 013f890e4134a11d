#include "service/domain/display_name.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

TEST(DisplayNameTest, AcceptsOrdinaryNames) {
  EXPECT_FALSE(CheckDisplayName("安丘市市场监督管理局"));
  EXPECT_FALSE(CheckDisplayName("Anqiu Market Regulation (2026)"));
  EXPECT_FALSE(CheckDisplayName(std::string(100 * 3, 'a').substr(0, 100)));
}

TEST(DisplayNameTest, RefusesWhatCorruptsOrDisguisesText) {
  EXPECT_TRUE(CheckDisplayName(""));
  EXPECT_TRUE(CheckDisplayName("市场\x07监督"));
  EXPECT_TRUE(CheckDisplayName(std::string("局\0", 4)));
  EXPECT_TRUE(CheckDisplayName("a\nb"));
  EXPECT_TRUE(CheckDisplayName("a\x7f"));
  EXPECT_TRUE(CheckDisplayName("a\xC2\x85"));  // U+0085 NEL
  EXPECT_TRUE(
      CheckDisplayName("a\xE2\x80\xAE"
                       "b"));                      // U+202E right-to-left override
  EXPECT_TRUE(CheckDisplayName("a\xEF\xBF\xBF"));  // U+FFFF
  EXPECT_TRUE(CheckDisplayName("a\xFF"));          // invalid UTF-8
  EXPECT_TRUE(CheckDisplayName("\xC0\xAF"));       // overlong
  EXPECT_TRUE(CheckDisplayName(" 局"));
  EXPECT_TRUE(CheckDisplayName("局\xE3\x80\x80"));  // ideographic space at the end
  EXPECT_TRUE(CheckDisplayName(std::string(101, 'a')));
  const auto why = CheckDisplayName("市场\x07监督");
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("U+0007"), std::string::npos);
}

}  // namespace
}  // namespace dpfeed
