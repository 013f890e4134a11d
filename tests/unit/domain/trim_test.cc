#include "service/domain/trim.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

TEST(TrimTest, OwsIsSpaceAndTabOnly) {
  EXPECT_EQ(TrimOws(" \tapplication/json\t "), "application/json");
  EXPECT_EQ(TrimOws("\r\nx\n"), "\r\nx\n");
  EXPECT_EQ(TrimOws(" \t "), "");
  EXPECT_EQ(TrimOws(""), "");
}

TEST(TrimTest, AsciiSpaceIsTheCLocalesSpace) {
  EXPECT_EQ(TrimAsciiSpace(" \t\n\v\f\r罚款 \r\n"), "罚款");
  EXPECT_EQ(TrimAsciiSpace("a b"), "a b");
  // A full-width space (U+3000) is a character of the value, not ASCII space.
  EXPECT_EQ(TrimAsciiSpace("\u3000罚款"), "\u3000罚款");
  EXPECT_EQ(TrimAsciiSpace("\n\n"), "");
}

}  // namespace
}  // namespace dpfeed
