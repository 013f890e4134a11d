#include "redaction/leak_guard.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dpfeed {
namespace {

Record Person() {
  Record r;
  r.kind = Kind::kPenalty;
  r.Set("XDR_LB", "自然人");
  r.Set("XDR_MC", "欧阳明华");
  r.Set("XDR_ZJHM", "110101199003071233");
  r.Set("SY", "当事人邮箱ouyang@example.com，护照E12345678");
  return r;
}

std::vector<std::string> Categories(std::string_view artifact,
                                    const std::vector<const Record*>& records) {
  std::vector<std::string> out;
  for (const Leak& l : FindLeaks(artifact, records, MaskingPolicy{}))
    out.push_back(PiiCategoryName(l.category));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());  // a value may be caught twice
  return out;
}

TEST(LeakGuardTest, PassesTheMaskedArtifact) {
  const Record r = Person();
  const Record m = MaskRecord(r, MaskingPolicy{});
  const std::string artifact = "<td>" + m.Get("XDR_MC") + "</td><td>" + m.Get("XDR_ZJHM") +
                               "</td><td>" + m.Get("SY") +
                               "</td><td>安市监罚〔2024〕123号</td><td>2026-11-16</td>";
  EXPECT_TRUE(Categories(artifact, {&r}).empty());
}

TEST(LeakGuardTest, CatchesEachPlantedPersonalValue) {
  const Record r = Person();
  EXPECT_EQ(Categories("<td>欧阳明华</td>", {&r}), std::vector<std::string>{"person_name"});
  EXPECT_EQ(Categories("{\"XDR_ZJHM\":\"110101199003071233\"}", {&r}),
            std::vector<std::string>{"id_number"});
  EXPECT_EQ(Categories("contact OUYANG@example.com", {&r}), std::vector<std::string>{"email"});
  EXPECT_EQ(Categories("护照 E12345678", {&r}), std::vector<std::string>{"passport"});
}

TEST(LeakGuardTest, CatchesAnyValidIdPhoneOrCardEvenFromElsewhere) {
  const Record r = Person();
  EXPECT_EQ(Categories("备注：370784198506120014", {&r}), std::vector<std::string>{"id_number"});
  EXPECT_EQ(Categories("电话 139-0000-1111", {&r}), std::vector<std::string>{"mobile"});
  EXPECT_EQ(Categories("卡 6222021234567890128", {&r}), std::vector<std::string>{"bank_card"});
}

TEST(LeakGuardTest, LegalPersonPublicCodesAreNotLeaks) {
  Record firm;
  firm.kind = Kind::kLicense;
  firm.Set("XDR_LB", "法人及非法人组织");
  firm.Set("XDR_MC", "安丘市某某有限公司");
  firm.Set("FRDB", "张三");
  firm.Set("XDR_GSZC", "370784850612001");  // looks like an old ID, is a registration number
  firm.Set("FR_ZJHM", "370784198506120014");
  EXPECT_TRUE(Categories("安丘市某某有限公司 张三 370784850612001", {&firm}).empty());
  EXPECT_EQ(Categories("370784198506120014", {&firm}), std::vector<std::string>{"id_number"});
}

TEST(LeakGuardTest, IndividualBusinessRegistrationNumberIsPublic) {
  Record shop;
  shop.kind = Kind::kPenalty;
  shop.Set("XDR_LB", "个体工商户");
  shop.Set("XDR_MC", "安丘市某某小吃店");
  shop.Set("FRDB", "余萍");
  shop.Set("XDR_GSZC", "370783600422025");  // digits 7-12 read like a 1960 birth date
  EXPECT_TRUE(Categories("安丘市某某小吃店 余* 370783600422025", {&shop}).empty());
}

TEST(LeakGuardTest, ALatinNameAfterAJsonEscapeIsFound) {
  Record r = Person();
  r.Set("BZ", "咨询电话:0734-4599507\nOlivia Martin到场领证");
  // In JSON the line break is the two characters \ and n, right before the name.
  EXPECT_EQ(Categories("{\"BZ\":\"咨询电话:0734-4599507\\nOlivia Martin到场领证\"}", {&r}),
            std::vector<std::string>{"person_name"});
}

TEST(LeakGuardTest, PersonNameInsideAnotherRecordsPublicNameIsNotALeak) {
  Record shop;
  shop.kind = Kind::kPenalty;
  shop.Set("XDR_LB", "个体工商户");
  shop.Set("XDR_MC", "某某小吃店");
  shop.Set("FRDB", "余萍");
  Record firm;
  firm.kind = Kind::kPenalty;
  firm.Set("XDR_LB", "法人及非法人组织");
  firm.Set("XDR_MC", "安丘市某某有限公司");
  firm.Set("FRDB", "余萍旭");
  EXPECT_TRUE(Categories("<td>余*</td><td>余萍旭</td>", {&shop, &firm}).empty());
  EXPECT_EQ(Categories("<td>余萍</td><td>余萍旭</td>", {&shop, &firm}),
            std::vector<std::string>{"person_name"});
}

}  // namespace
}  // namespace dpfeed
