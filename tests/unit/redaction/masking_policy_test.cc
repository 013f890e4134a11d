#include "redaction/masking_policy.h"

#include <gtest/gtest.h>

#include "redaction/person_name.h"

namespace dpfeed {
namespace {

Record Penalty(const char* category) {
  Record r;
  r.kind = Kind::kPenalty;
  r.Set("XDR_LB", category);
  r.Set("WSH", "安市监罚〔2024〕123号");
  r.Set("JDRQ", "2026-11-16");
  r.Set("YJ", "《中华人民共和国食品安全法》第一百二十四条");
  r.Set("NR_FK", "0.5");
  return r;
}

TEST(PersonNameTest, KeepsTheSurnameIncludingCompoundOnes) {
  EXPECT_EQ(MaskPersonName("张三"), "张*");
  EXPECT_EQ(MaskPersonName("王小明"), "王**");
  EXPECT_EQ(MaskPersonName("欧阳明华"), "欧阳**");
  EXPECT_EQ(MaskPersonName("诸葛亮"), "诸葛*");
  EXPECT_EQ(MaskPersonName("令狐冲"), "令狐*");
  EXPECT_EQ(MaskPersonName("Zhang San"), "Zhang ***");
  EXPECT_EQ(MaskPersonName("欧阳"), "欧*");  // a two-character name is not a compound surname alone
}

TEST(MaskingPolicyTest, NaturalPerson) {
  Record r = Penalty("自然人");
  r.Set("XDR_MC", "欧阳明华");
  r.Set("XDR_ZJLX", "身份证");
  r.Set("XDR_ZJHM", "110101199003071233");
  r.Set("SY", "欧阳明华（电话13812345678，住幸福路88号，卡号6222021234567890128，邮箱ouyang@example.com）"
              "无证经营，违反第十五条");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(m.Get("XDR_MC"), "欧阳**");
  EXPECT_EQ(m.Get("XDR_ZJHM"), "110101********1233");
  EXPECT_EQ(m.Get("SY"),
            "欧阳**（电话138****5678，住幸福路**号，卡号***************0128，邮箱o***@example.com）"
            "无证经营，违反第十五条");
  EXPECT_EQ(m.Get("WSH"), r.Get("WSH"));
  EXPECT_EQ(m.Get("YJ"), r.Get("YJ"));
  EXPECT_EQ(m.Get("NR_FK"), "0.5");
  EXPECT_EQ(m.Get("JDRQ"), "2026-11-16");
}

TEST(MaskingPolicyTest, IndividualBusinessMasksTheOperatorEverywhere) {
  Record r = Penalty("个体工商户");
  r.Set("XDR_MC", "安丘市张三小吃店");
  r.Set("XDR_SHXYM", "00000000000000000X");
  r.Set("XDR_GSZC", "370784600123456");
  r.Set("FRDB", "张三");
  r.Set("FR_ZJHM", "370784198506120014");
  r.Set("SY", "经营者张三在幸福路12号经营");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(m.Get("XDR_MC"), "安丘市张*小吃店");
  EXPECT_EQ(m.Get("FRDB"), "张*");
  EXPECT_FALSE(m.Has("FR_ZJHM"));
  EXPECT_EQ(m.fields.count("FR_ZJHM"), 0u);
  EXPECT_EQ(m.Get("XDR_GSZC"), "370784600123456");
  EXPECT_EQ(m.Get("SY"), "经营者张*在幸福路**号经营");
}

TEST(MaskingPolicyTest, LegalPersonStaysVisibleExceptPersonalNumbers) {
  Record r = Penalty("法人及非法人组织");
  r.Set("XDR_MC", "安丘市张三食品有限公司");
  r.Set("XDR_SHXYM", "91370784MA3C12345X");
  r.Set("FRDB", "张三");
  r.Set("FR_ZJHM", "370784198506120014");
  r.Set("SY", "该公司位于幸福路88号，总机0536-4321234；员工李四手机13812345678");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(m.Get("XDR_MC"), "安丘市张三食品有限公司");
  EXPECT_EQ(m.Get("XDR_SHXYM"), "91370784MA3C12345X");
  EXPECT_EQ(m.Get("FRDB"), "张三");
  EXPECT_FALSE(m.Has("FR_ZJHM"));
  EXPECT_EQ(m.Get("SY"), "该公司位于幸福路88号，总机0536-4321234；员工李四手机138****5678");
}

TEST(MaskingPolicyTest, PolicyIsConfigurable) {
  Record r = Penalty("自然人");
  r.Set("XDR_MC", "张三");
  r.Set("XDR_ZJHM", "110101199003071233");
  r.Set("FR_ZJHM", "370784198506120014");
  MaskingPolicy p;
  p.id_keep_head = 3;
  p.id_keep_tail = 2;
  p.publish_representative_id = true;
  const Record m = MaskRecord(r, p);
  EXPECT_EQ(m.Get("XDR_ZJHM"), "110*************33");
  EXPECT_EQ(m.Get("FR_ZJHM"), "370*************14");
}

}  // namespace
}  // namespace dpfeed
