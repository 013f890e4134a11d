#include "service/domain/money_text.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

using V = std::vector<int64_t>;

TEST(MoneyTextTest, FindsArabicAmountsInYuanAndWanYuan) {
  EXPECT_EQ(MoneyAmountsInText("警告，并处罚款2000元"), V({200000}));
  EXPECT_EQ(MoneyAmountsInText("罚款0.5万元"), V({500000}));
  EXPECT_EQ(MoneyAmountsInText("罚款人民币1,500.00元整"), V({150000}));
  EXPECT_EQ(MoneyAmountsInText("罚款1.2345万元"), V({1234500}));
  EXPECT_EQ(MoneyAmountsInText("罚款2000元，没收违法所得350.5元"), V({200000, 35050}));
}

TEST(MoneyTextTest, FindsChineseNumerals) {
  EXPECT_EQ(MoneyAmountsInText("罚款贰仟元整"), V({200000}));
  EXPECT_EQ(MoneyAmountsInText("并处罚款五千元"), V({500000}));
  EXPECT_EQ(MoneyAmountsInText("没收违法所得一万五千元"), V({1500000}));
  EXPECT_EQ(MoneyAmountsInText("罚款十五万元"), V({15000000}));
  EXPECT_EQ(MoneyAmountsInText("罚款一千零五元"), V({100500}));
  EXPECT_EQ(MoneyAmountsInText("罚款壹亿贰仟万元"), V({12000000000}));
}

TEST(MoneyTextTest, IgnoresNumbersWithoutACurrencyUnit) {
  EXPECT_TRUE(MoneyAmountsInText("责令停产停业3个月，第一百二十四条").empty());
  EXPECT_TRUE(MoneyAmountsInText("2026年11月20日").empty());
  EXPECT_TRUE(MoneyAmountsInText("").empty());
  // Too many digits to be an amount: skipped, not wrapped.
  EXPECT_TRUE(MoneyAmountsInText("99999999999999999999元").empty());
}

TEST(MoneyTextTest, ConvertsAndFormatsStandardAmounts) {
  EXPECT_EQ(WanYuanToFen("0.5"), 500000);
  EXPECT_EQ(WanYuanToFen("2000"), 2000000000);
  EXPECT_EQ(WanYuanToFen("0.000001"), 1);
  EXPECT_FALSE(WanYuanToFen("1e3"));
  EXPECT_EQ(FormatWanYuan(200000), "0.2万元");
  EXPECT_EQ(FormatWanYuan(2000000000), "2000万元");
  EXPECT_EQ(FormatYuan(200000), "2000元");
  EXPECT_EQ(FormatYuan(35050), "350.5元");
}

}  // namespace
}  // namespace dpfeed
