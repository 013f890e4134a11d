#include "service/domain/identifiers.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

TEST(UsccTest, AcceptsValidCodes) {
  EXPECT_TRUE(IsValidUscc("91110000101623741K"));
  EXPECT_TRUE(IsValidUscc("11370784MB28503836"));
}

TEST(UsccTest, RejectsWrongCheckCharacterLengthAndAlphabet) {
  EXPECT_FALSE(IsValidUscc("91110000101623741J"));
  EXPECT_FALSE(IsValidUscc("91110000101623741"));
  EXPECT_FALSE(IsValidUscc("91110000101623741KK"));
  EXPECT_FALSE(IsValidUscc("9111000010162374IK"));  // I is not in the alphabet
  EXPECT_FALSE(IsValidUscc("91110000101623741k"));  // lower case is not normalised here
  EXPECT_FALSE(IsValidUscc(""));
}

TEST(IdNumberTest, AcceptsValidNumbersIncludingX) {
  EXPECT_TRUE(IsValidIdNumber18("11010519491231002X"));
  EXPECT_TRUE(IsValidIdNumber18("11010519491231002x"));
  EXPECT_TRUE(IsValidIdNumber18("110101199003074477"));
}

TEST(IdNumberTest, RejectsBadCheckBadDateAndShape) {
  EXPECT_FALSE(IsValidIdNumber18("110105194912310021"));  // wrong check
  EXPECT_FALSE(IsValidIdNumber18("110101199002304470"));  // Feb 30
  EXPECT_FALSE(IsValidIdNumber18("11010119900307447"));   // 17 chars
  EXPECT_FALSE(IsValidIdNumber18("1101011990030744 7"));
  EXPECT_FALSE(IsValidIdNumber18("A10101199003074477"));
}

TEST(IdNumberTest, OldFifteenDigitNumbersNeedAValidDate) {
  EXPECT_TRUE(IsValidIdNumber15("110105491231002"));
  EXPECT_FALSE(IsValidIdNumber15("110105491331002"));  // month 13
  EXPECT_FALSE(IsValidIdNumber15("11010549123100"));
}

TEST(LuhnTest, ChecksCardNumbers) {
  EXPECT_TRUE(PassesLuhn("4111111111111111"));
  EXPECT_FALSE(PassesLuhn("4111111111111112"));
  EXPECT_FALSE(PassesLuhn("41111111x1111111"));
  EXPECT_FALSE(PassesLuhn(""));
}

}  // namespace
}  // namespace dpfeed
