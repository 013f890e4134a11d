#include "service/domain/record_validator.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dpfeed {
namespace {

const CivilDate kToday = *ParseCivilDate("2026-11-23");

Record ValidPenalty() {
  Record r;
  r.kind = Kind::kPenalty;
  r.Set("XDR_MC", "安丘市某某食品有限公司");
  r.Set("XDR_LB", "法人及非法人组织");
  r.Set("XDR_SHXYM", "91110000101623741K");
  r.Set("FRDB", "王五");
  r.Set("WSH", "安市监罚〔2026〕123号");
  r.Set("WFXW", "销售过期食品");
  r.Set("SY", "当事人销售超过保质期的食品。");
  r.Set("YJ", "《中华人民共和国食品安全法》第一百二十四条");
  r.Set("CFLB", "警告;罚款");
  r.Set("NR", "警告并罚款5000元");
  r.Set("NR_FK", "0.5");
  r.Set("JDRQ", "2026/11/02");
  r.Set("CFJG", "安丘市市场监督管理局");
  r.Set("CFJGDM", "11370784MB28503836");
  return r;
}

Record ValidLicense() {
  Record r;
  r.kind = Kind::kLicense;
  r.Set("XDR_MC", "张三");
  r.Set("XDR_LB", "自然人");
  r.Set("XDR_ZJLX", "身份证");
  r.Set("XDR_ZJHM", "11010519491231002x");
  r.Set("XKWS", "食品经营许可决定书");
  r.Set("WSH", "安市监许〔2026〕45号");
  r.Set("XKLB", "普通");
  r.Set("NR", "食品经营");
  r.Set("JDRQ", "2026-11-02");
  r.Set("YXQZ", "2026-11-02");
  r.Set("YXQZI", "2099-12-31");
  r.Set("XKJG", "安丘市市场监督管理局");
  r.Set("XKJGDM", "11370784MB28503836");
  return r;
}

bool HasError(const Validation& v, const std::string& field) {
  return std::any_of(v.errors.begin(), v.errors.end(),
                     [&](const FieldIssue& i) { return i.field == field; });
}

TEST(RecordValidatorTest, AcceptsValidRecordsAndNormalises) {
  Record p = ValidPenalty();
  Validation v = ValidateRecord(p, kToday);
  EXPECT_TRUE(v.ok()) << v.errors.front().field << " " << v.errors.front().reason;
  EXPECT_EQ(p.Get("JDRQ"), "2026-11-02");
  Record l = ValidLicense();
  v = ValidateRecord(l, kToday);
  EXPECT_TRUE(v.ok()) << v.errors.front().field << " " << v.errors.front().reason;
  EXPECT_EQ(l.Get("XDR_ZJHM"), "11010519491231002X");
}

TEST(RecordValidatorTest, ReportsEveryMissingRequiredField) {
  Record r;
  r.kind = Kind::kPenalty;
  Validation v = ValidateRecord(r, kToday);
  for (const char* f : {"CF_XDR_MC", "CF_XDR_LB", "CF_WSH", "CF_JDRQ", "CF_CFJG", "CF_CFJGDM",
                        "CF_WFXW", "CF_SY", "CF_YJ", "CF_CFLB", "CF_NR"}) {
    EXPECT_TRUE(HasError(v, f)) << f;
  }
}

TEST(RecordValidatorTest, LegalPersonNeedsCodeAndRepresentative) {
  Record r = ValidPenalty();
  r.fields.erase("FRDB");
  r.fields.erase("XDR_SHXYM");
  Validation v = ValidateRecord(r, kToday);
  EXPECT_TRUE(HasError(v, "CF_FRDB"));
  EXPECT_TRUE(HasError(v, "CF_XDR_SHXYM"));
}

TEST(RecordValidatorTest, SubjectCodeWithBadCheckIsAWarningNotAnError) {
  Record r = ValidPenalty();
  r.Set("XDR_SHXYM", "91110000101623741J");
  Validation v = ValidateRecord(r, kToday);
  EXPECT_TRUE(v.ok());
  ASSERT_EQ(v.warnings.size(), 1u);
  EXPECT_EQ(v.warnings[0].field, "CF_XDR_SHXYM");
}

TEST(RecordValidatorTest, AgencyCodeWithBadCheckIsAnError) {
  Record r = ValidPenalty();
  r.Set("CFJGDM", "11370784MB2850383A");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_CFJGDM"));
}

TEST(RecordValidatorTest, NaturalPersonNeedsValidIdAndNoCode) {
  Record r = ValidLicense();
  r.Set("XDR_ZJHM", "110105194912310021");
  r.Set("XDR_SHXYM", "91110000101623741K");
  Validation v = ValidateRecord(r, kToday);
  EXPECT_TRUE(HasError(v, "XK_XDR_ZJHM"));
  EXPECT_TRUE(HasError(v, "XK_XDR_SHXYM"));
  Record missing = ValidLicense();
  missing.fields.erase("XDR_ZJHM");
  EXPECT_TRUE(HasError(ValidateRecord(missing, kToday), "XK_XDR_ZJHM"));
}

TEST(RecordValidatorTest, IndividualBusinessPlaceholderNeedsRegistrationNumber) {
  Record r = ValidPenalty();
  r.Set("XDR_LB", "个体工商户");
  r.Set("XDR_SHXYM", "00000000000000000x");
  Validation v = ValidateRecord(r, kToday);
  EXPECT_TRUE(HasError(v, "CF_XDR_GSZC"));
  r.Set("XDR_GSZC", "370784600123456");
  EXPECT_TRUE(ValidateRecord(r, kToday).ok());
}

TEST(RecordValidatorTest, PenaltyCategoriesDriveAmountFields) {
  Record r = ValidPenalty();
  r.Set("NR_FK", "0");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_NR_FK"));
  r = ValidPenalty();
  r.Set("CFLB", "没收违法所得；吊销许可证件");
  Validation v = ValidateRecord(r, kToday);
  EXPECT_TRUE(HasError(v, "CF_NR_WFFF"));
  EXPECT_TRUE(HasError(v, "CF_NR_ZKDX"));
  EXPECT_EQ(r.Get("CFLB"), "没收违法所得;吊销许可证件");
  r = ValidPenalty();
  r.Set("CFLB", "罚款;打板子");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_CFLB"));
}

TEST(RecordValidatorTest, DatesMustBeRealOrderedAndNotInTheFuture) {
  Record r = ValidPenalty();
  r.Set("JDRQ", "2026-11-24");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_JDRQ"));
  r.Set("JDRQ", "2026-02-30");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_JDRQ"));
  r.Set("JDRQ", "2026.11.02");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_JDRQ"));
  r = ValidPenalty();
  r.Set("GSJZQ", "2026-10-01");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_GSJZQ"));
  Record l = ValidLicense();
  l.Set("YXQZI", "2026-01-01");
  EXPECT_TRUE(HasError(ValidateRecord(l, kToday), "XK_YXQZI"));
}

TEST(RecordValidatorTest, AmountsLengthsAndUnknownFields) {
  Record r = ValidPenalty();
  r.Set("NR_FK", "-1");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_NR_FK"));
  r = ValidPenalty();
  r.Set("NR_FK", "1.1234567");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_NR_FK"));
  r = ValidPenalty();
  r.Set("WSH", std::string(129, 'A'));
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_WSH"));
  r = ValidPenalty();
  r.Set("XKWS", "x");  // a license field on a penalty
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_XKWS"));
}

TEST(RecordValidatorTest, LicenseEnumerations) {
  Record l = ValidLicense();
  l.Set("XKLB", "随便");
  l.Set("ZT", "3");
  Validation v = ValidateRecord(l, kToday);
  EXPECT_TRUE(HasError(v, "XK_XKLB"));
  EXPECT_TRUE(HasError(v, "XK_ZT"));
  l = ValidLicense();
  l.Set("XKLB", "其他-备案");
  EXPECT_TRUE(ValidateRecord(l, kToday).ok());
}

TEST(CivilDateTest, ParsesBothSeparatorsAndFormats) {
  auto d = ParseCivilDate("2018/09/03");
  ASSERT_TRUE(d);
  EXPECT_EQ(FormatCivilDate(*d), "2018-09-03");
  EXPECT_EQ(FormatChineseDate(*d), "2018年09月03日");
  EXPECT_EQ(FormatCivilDate(MondayOf(*ParseCivilDate("2018-09-09"))), "2018-09-03");
  EXPECT_FALSE(ParseCivilDate("2018-9-3"));
  EXPECT_FALSE(ParseCivilDate("2018-09/03"));
  EXPECT_EQ(FormatCivilDate(AddMonths(*ParseCivilDate("2026-11-30"), 3)), "2027-02-28");
}

TEST(RecordValidatorTest, AcceptsExportedDateTimesAndStoresTheDate) {
  Record r = ValidPenalty();
  r.Set("JDRQ", "2026-11-20 00:00:00");
  r.Set("GSJZQ", "2027/11/20 00:00:00.0");
  Validation v = ValidateRecord(r, kToday);
  EXPECT_TRUE(v.ok()) << v.errors.front().reason;
  EXPECT_EQ(r.Get("JDRQ"), "2026-11-20");
  EXPECT_EQ(r.Get("GSJZQ"), "2027-11-20");
  r.Set("JDRQ", "2026-11-20 noon");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_JDRQ"));
}

TEST(RecordValidatorTest, RefusesAnAmountInTheWrongUnitWithBothNumbers) {
  Record r = ValidPenalty();
  r.Set("NR", "警告，并处罚款2000元");
  r.Set("NR_FK", "2000");
  Validation v = ValidateRecord(r, kToday);
  ASSERT_TRUE(HasError(v, "CF_NR_FK"));
  const std::string reason =
      std::find_if(v.errors.begin(), v.errors.end(), [](const FieldIssue& i) {
        return i.field == "CF_NR_FK";
      })->reason;
  EXPECT_NE(reason.find("2000万元"), std::string::npos) << reason;
  EXPECT_NE(reason.find("2000元"), std::string::npos) << reason;
  EXPECT_NE(reason.find("0.2万元"), std::string::npos) << reason;
  r.Set("NR_FK", "0.2");
  EXPECT_TRUE(ValidateRecord(r, kToday).ok());
  r.Set("NR", "罚款贰仟元整");
  r.Set("NR_FK", "2000");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_NR_FK"));
  // Text in 万元, the field 10,000 times smaller.
  r.Set("NR", "罚款0.5万元");
  r.Set("NR_FK", "0.00005");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_NR_FK"));
  // The confiscated amount is checked the same way (CF_NR_WFFF, 万元).
  r = ValidPenalty();
  r.Set("CFLB", "罚款;没收违法所得");
  r.Set("NR", "没收违法所得3000元，并处罚款5000元");
  r.Set("NR_WFFF", "3000");
  Validation wfff = ValidateRecord(r, kToday);
  EXPECT_TRUE(HasError(wfff, "CF_NR_WFFF"));
  EXPECT_FALSE(HasError(wfff, "CF_NR_FK"));
  r.Set("NR_WFFF", "0.3");
  EXPECT_TRUE(ValidateRecord(r, kToday).ok());
}

TEST(RecordValidatorTest, WarnsAboveTheFineCeiling) {
  Record r = ValidPenalty();
  r.Set("NR", "罚款150万元");
  r.Set("NR_FK", "150");
  Validation v = ValidateRecord(r, kToday);
  EXPECT_TRUE(v.ok());
  ASSERT_EQ(v.warnings.size(), 1u);
  EXPECT_EQ(v.warnings[0].field, "CF_NR_FK");
  PublicityRules rules;
  rules.fine_warning_wan_yuan = 200;
  EXPECT_TRUE(ValidateRecord(r, kToday, rules).warnings.empty());
}

TEST(RecordValidatorTest, DisplayPeriodMustFitTheSeverity) {
  Record r = ValidPenalty();  // decided 2026-11-02
  r.Set("YZCD", "一般");
  r.Set("GSJZQ", "2028-11-02");
  Validation v = ValidateRecord(r, kToday);
  ASSERT_TRUE(HasError(v, "CF_GSJZQ"));
  EXPECT_NE(v.errors[0].reason.find("2027-02-02至2027-11-02"), std::string::npos)
      << v.errors[0].reason;
  r.Set("YZCD", "严重");
  EXPECT_TRUE(ValidateRecord(r, kToday).ok());
  r.Set("GSJZQ", "2030-11-03");  // beyond every window
  r.fields.erase("YZCD");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "CF_GSJZQ"));
  r.Set("YZCD", "很严重");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "YZCD"));
}

TEST(RecordValidatorTest, UsageScopeNeedsAReasonFromTheListAndABasis) {
  Record r = ValidPenalty();
  r.Set("SYFW", "1");
  Validation v = ValidateRecord(r, kToday);
  EXPECT_TRUE(HasError(v, "BYGKLY"));
  EXPECT_TRUE(HasError(v, "BYGKYJ"));
  r.Set("BYGKLY", "国家秘密");
  r.Set("BYGKYJ", "《中华人民共和国保守国家秘密法》第九条");
  EXPECT_TRUE(ValidateRecord(r, kToday).ok());
  r.Set("BYGKLY", "不想公开");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "BYGKLY"));
  r.Set("SYFW", "0");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "BYGKLY"));
  r.Set("SYFW", "3");
  EXPECT_TRUE(HasError(ValidateRecord(r, kToday), "SYFW"));
}

TEST(RecordValidatorTest, UnknownFieldsGetASuggestion) {
  Record l = ValidLicense();
  l.Set("ZJHM", "x");
  Validation v = ValidateRecord(l, kToday);
  ASSERT_TRUE(HasError(v, "XK_ZJHM"));
  EXPECT_NE(v.errors[0].reason.find("XK_XDR_ZJHM"), std::string::npos) << v.errors[0].reason;
}

}  // namespace
}  // namespace dpfeed
