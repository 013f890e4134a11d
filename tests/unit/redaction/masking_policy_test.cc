#include "redaction/masking_policy.h"

#include <gtest/gtest.h>

#include "redaction/leak_guard.h"
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
  r.Set("SY",
        "欧阳明华（电话13812345678，住幸福路88号，卡号6222021234567890128，邮箱ouyang@example.com）"
        "无证经营，违反第十五条");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(m.Get("XDR_MC"), "欧阳**");
  EXPECT_EQ(m.Get("XDR_ZJHM"), "110101********1233");
  EXPECT_EQ(m.Get("SY"),
            "欧阳**（电话138****5678，住**路**号，卡号***************0128，邮箱o***@example.com）"
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

// Issue 8, fifth evaluation set: an individual business registered under
// its operator's bare name has no trade name to keep; the name is masked
// in its field and wherever it stands.
TEST(MaskingPolicyTest, AnIndividualBusinessNamedAfterItsOperatorIsMasked) {
  Record r = Penalty("个体工商户");
  r.Set("XDR_MC", "贾平");
  r.Set("XDR_SHXYM", "92222401087248M205");
  r.Set("SY", "经查，贾平在其经营场所销售过期食品");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(m.Get("XDR_MC"), "贾*");
  EXPECT_EQ(m.Get("SY"), "经查，贾*在其经营场所销售过期食品");
  r.Set("XDR_MC", "热依拉·买合木提");
  EXPECT_EQ(MaskRecord(r, MaskingPolicy{}).Get("XDR_MC").find("买合木提"), std::string::npos);
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
  EXPECT_EQ(m.Get("SY"), "该公司位于幸福路88号，总机0536-4321234；员工李*手机138****5678");
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

TEST(MaskingPolicyTest, ALegalPersonsCaseHidesTheConsumerAndHerHome) {
  Record r = Penalty("法人及非法人组织");
  r.Set("XDR_MC", "衡阳市凯旋百货有限公司");
  r.Set("FRDB", "马宝霞");
  r.Set("SY",
        "当事人住所：衡南县迎宾路88号。消费者徐文阳（联系方式：19843054266，住址：衡南县迎宾路1347"
        "号7号楼"
        "5单元2503室）投诉，法定代表人马宝霞到场。");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(m.Get("SY"),
            "当事人住所：衡南县迎宾路88号。消费者徐**（联系方式：198****4266，住址：衡南县**路****"
            "号*号楼"
            "*单元****室）投诉，法定代表人马宝霞到场。");
}

TEST(MaskingPolicyTest, AgentsNamesNextToAMaskedId) {
  Record r = Penalty("法人及非法人组织");
  r.Set("XDR_MC", "安丘市某某有限公司");
  r.Set("FRDB", "王五");
  r.Set("SY",
        "申请人委托魏刚雪（公民身份号码：110101199003071233）办理，本案系邹娟诗（手机号码：13812345"
        "678）举报。");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(m.Get("SY"),
            "申请人委托魏**（公民身份号码：110101********1233）办理，本案系邹**（手机号码：138****"
            "5678）举报。");
}

TEST(MaskingPolicyTest, ALicenseNumberEqualToTheHoldersIdIsMasked) {
  Record r;
  r.kind = Kind::kLicense;
  r.Set("XDR_LB", "自然人");
  r.Set("XDR_MC", "邓怡怡");
  r.Set("XDR_ZJHM", "530381200011015588");
  r.Set("XKBH", "530381200011015588");
  r.Set("JDRQ", "2026-02-16");
  Record old = r;
  old.Set("XDR_ZJHM", "370784850612001");  // an old 15-digit number, reused too
  old.Set("XKBH", "370784850612001");
  EXPECT_EQ(MaskRecord(r, MaskingPolicy{}).Get("XKBH"), "530381********5588");
  EXPECT_EQ(MaskRecord(old, MaskingPolicy{}).Get("XKBH"), "370784*****2001");
  // A revoked certificate's number in NR_ZKDX too.
  Record p = Penalty("自然人");
  p.Set("XDR_MC", "李飞");
  p.Set("XDR_ZJHM", "450321199802255973");
  p.Set("NR_ZKDX", "道路运输从业资格证(证号:450321199802255973）");
  EXPECT_EQ(MaskRecord(p, MaskingPolicy{}).Get("NR_ZKDX"),
            "道路运输从业资格证(证号:450321********5973）");
}

TEST(MaskingPolicyTest, DatedCodesAndLabelledNumbersStayVisible) {
  // A construction permit number: region, permit date, serial (the date
  // reads like a birth date and the check digit may pass).
  Record r;
  r.kind = Kind::kLicense;
  r.Set("XDR_LB", "法人及非法人组织");
  r.Set("XDR_MC", "义乌市天润置业有限公司");
  r.Set("XKBH", "330782202606264944");
  r.Set("JDRQ", "2026-06-26");
  r.Set("NR",
        "案件编号：37078320260810531X，受理编号：320924202503265335，流水号：511702202409260630，"
        "文号：37078320241126566X，缴款码:45032126061132525053");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(m.Get("XKBH"), r.Get("XKBH"));
  EXPECT_EQ(m.Get("NR"), r.Get("NR"));
  // The leak guard knows masking kept them on purpose.
  EXPECT_TRUE(FindLeaks(m.Get("XKBH") + m.Get("NR"), {&r}, MaskingPolicy{}).empty());
}

TEST(MaskingPolicyTest, TheLegalRepresentativeStaysPublicInFieldAndText) {
  Record r = Penalty("法人及非法人组织");
  r.Set("XDR_MC", "宣威市百川建材有限公司");
  r.Set("FRDB", "肖启莉");
  r.Set("SY",
        "当事人法定代表人肖启莉到场接受询问；负责人：肖启莉（电话0874-"
        "1234567）。送达时其职工戴辉到场。");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(m.Get("FRDB"), "肖启莉");
  EXPECT_EQ(m.Get("SY"),
            "当事人法定代表人肖启莉到场接受询问；负责人：肖启莉（电话0874-"
            "1234567）。送达时其职工戴*到场。");
}

TEST(MaskingPolicyTest, ALandlineKeepsItsAreaCode) {
  Record r = Penalty("自然人");
  r.Set("XDR_MC", "佘薇传");
  r.Set("SY",
        "业主郝瑾颖（联系电话：0536-88207436）投诉；座机：０５３２－４４３２８４８１。"
        "安丘市住房和城乡建设局联系电话：0536-6400505");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(m.Get("SY"),
            "业主郝**（联系电话：0536-****7436）投诉；座机：０５３２－****８４８１。"
            "安丘市住房和城乡建设局联系电话：0536-6400505");
}

TEST(MaskingPolicyTest, ALandlineInsideAPersonsBracketIsTheirs) {
  // In a firm's case: the complainant's bracket runs long before the phone.
  Record r = Penalty("法人及非法人组织");
  r.Set("XDR_MC", "某某物业有限公司");
  r.Set("FRDB", "王五");
  r.Set("SY",
        "投诉人沈某某（住江西省赣州市于都县贡江镇长征大道99号锦绣新城12栋5单元1904室，联系电话：079"
        "7 48886894）"
        "投诉移送。");
  const std::string masked = MaskRecord(r, MaskingPolicy{}).Get("SY");
  EXPECT_EQ(masked.find("48886894"), std::string::npos) << masked;
  EXPECT_NE(masked.find("0797 ****6894"), std::string::npos) << masked;
}

TEST(MaskingPolicyTest, FullWidthAndSplitNumbers) {
  Record r = Penalty("个体工商户");
  r.Set("XDR_MC", "营山县好又多熟食店");
  r.Set("FRDB", "陆信");
  r.Set("SY",
        "身份证号码：３６０７３１１９８００９２８６１８２，3707 8319 6108 0406 "
        "97，电话：(+86)13312475689");
  const Record m = MaskRecord(r, MaskingPolicy{});
  EXPECT_EQ(
      m.Get("SY"),
      "身份证号码：３６０７３１********６１８２，3707 83** **** **06 97，电话：(+86)133****5689");
}

}  // namespace
}  // namespace dpfeed

namespace dpfeed {
namespace {

TEST(ReasonMaskingTest, AReasonIsMaskedLikeFreeTextOfItsRecord) {
  Record firm = Penalty("法人及非法人组织");
  firm.Set("XDR_MC", "安丘市某某食品有限公司");
  firm.Set("FRDB", "王五");
  EXPECT_EQ(MaskReasonText("经行政复议撤销。举报人李建国（联系电话13912345678、0536-12341234）",
                           firm, MaskingPolicy{}),
            "经行政复议撤销。举报人李**（联系电话139****5678、0536-****1234）");
  // The legal representative stays public in a reason as anywhere else.
  EXPECT_EQ(MaskReasonText("法定代表人王五申请撤回", firm, MaskingPolicy{}),
            "法定代表人王五申请撤回");
  Record person = Penalty("自然人");
  person.Set("XDR_MC", "佘薇传");
  EXPECT_EQ(MaskReasonText("佘薇传申请，电话0536-12341234", person, MaskingPolicy{}),
            "佘**申请，电话0536-****1234");
}

TEST(MaskingPolicyTest, ALandlinesAreaCodeIsPublicNotPartOfTheMask) {
  Record r = Penalty("自然人");
  r.Set("XDR_MC", "佘薇传");
  r.Set("SY", "当事人电话0536-12341234，(010)62345678");
  EXPECT_EQ(MaskRecord(r, MaskingPolicy{}).Get("SY"), "当事人电话0536-****1234，(010)****5678");
}

}  // namespace
}  // namespace dpfeed
