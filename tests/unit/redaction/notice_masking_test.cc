#include "redaction/notice_masking.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "redaction/field_policy.h"
#include "redaction/leak_guard.h"

namespace dpfeed {
namespace {

Record Person(const char* name, const char* id) {
  Record r;
  r.kind = Kind::kPenalty;
  r.Set("XDR_LB", "自然人");
  r.Set("XDR_MC", name);
  r.Set("XDR_ZJLX", "身份证");
  r.Set("XDR_ZJHM", id);
  r.Set("WSH", "安市监罚〔2026〕7号");
  r.Set("SY", std::string("当事人") + name + "无证经营。");
  return r;
}

Record Firm(const char* name, const char* representative) {
  Record r;
  r.kind = Kind::kPenalty;
  r.Set("XDR_LB", "法人及非法人组织");
  r.Set("XDR_MC", name);
  r.Set("XDR_SHXYM", "91370784MA3C12345X");
  r.Set("FRDB", representative);
  r.Set("FR_ZJHM", "370784198506120014");
  r.Set("WSH", "安市监罚〔2026〕8号");
  return r;
}

const PersonalValue* Find(const MaskedNotice& n, const std::string& value) {
  for (const PersonalValue& v : n.personal) {
    if (v.value == value) return &v;
  }
  return nullptr;
}

TEST(FieldPolicyTest, TheCatalogueDecidesPerSubject) {
  const MaskingPolicy drop;
  MaskingPolicy publish;
  publish.publish_representative_id = true;
  const FieldSpec& mc = *FindField(Kind::kPenalty, "XDR_MC");
  const FieldSpec& frdb = *FindField(Kind::kPenalty, "FRDB");
  const FieldSpec& frzjhm = *FindField(Kind::kPenalty, "FR_ZJHM");
  const FieldSpec& sy = *FindField(Kind::kPenalty, "SY");
  const FieldSpec& wsh = *FindField(Kind::kPenalty, "WSH");
  const FieldSpec& zkdx = *FindField(Kind::kPenalty, "NR_ZKDX");
  const FieldSpec& xkbh = *FindField(Kind::kLicense, "XKBH");
  EXPECT_EQ(TreatmentOf(mc, SubjectCategory::kNaturalPerson, drop), FieldTreatment::kPersonName);
  EXPECT_EQ(TreatmentOf(mc, SubjectCategory::kIndividualBusiness, drop),
            FieldTreatment::kTradeName);
  EXPECT_EQ(TreatmentOf(mc, SubjectCategory::kLegalPerson, drop), FieldTreatment::kPublish);
  EXPECT_EQ(TreatmentOf(frdb, SubjectCategory::kLegalPerson, drop), FieldTreatment::kPublish);
  EXPECT_EQ(TreatmentOf(frdb, SubjectCategory::kIndividualBusiness, drop),
            FieldTreatment::kPersonName);
  EXPECT_EQ(TreatmentOf(frzjhm, SubjectCategory::kLegalPerson, drop), FieldTreatment::kDrop);
  EXPECT_EQ(TreatmentOf(frzjhm, SubjectCategory::kLegalPerson, publish),
            FieldTreatment::kIdentifier);
  EXPECT_EQ(TreatmentOf(sy, SubjectCategory::kLegalPerson, drop), FieldTreatment::kScanText);
  EXPECT_EQ(TreatmentOf(wsh, SubjectCategory::kNaturalPerson, drop), FieldTreatment::kPublish);
  EXPECT_EQ(TreatmentOf(zkdx, SubjectCategory::kLegalPerson, drop), FieldTreatment::kScanIdentity);
  EXPECT_EQ(TreatmentOf(xkbh, SubjectCategory::kNaturalPerson, drop),
            FieldTreatment::kScanIdentity);
  // The renderer's columns: FR_ZJHM only when the policy publishes it.
  EXPECT_FALSE(IsPublishedField(frzjhm, drop));
  EXPECT_TRUE(IsPublishedField(frzjhm, publish));
  EXPECT_TRUE(IsPublishedField(frdb, drop));
}

TEST(NoticeMaskingTest, RepresentativeIdFollowsThePolicyInNotices) {
  const Record firm = Firm("安丘市某某有限公司", "张三");
  MaskingPolicy publish;
  publish.publish_representative_id = true;
  EXPECT_EQ(MaskNotice({&firm}, MaskingPolicy{}).records[0].fields.count("FR_ZJHM"), 0u);
  EXPECT_EQ(MaskNotice({&firm}, publish).records[0].Get("FR_ZJHM"), "370784********0014");
  // Dropped or shown masked, it is a personal value the guard looks for.
  const MaskedNotice n = MaskNotice({&firm}, MaskingPolicy{});
  ASSERT_NE(Find(n, "370784198506120014"), nullptr);
  EXPECT_EQ(Find(n, "370784198506120014")->category, PiiCategory::kIdNumber);
}

TEST(NoticeMaskingTest, APersonsNameIsMaskedInEveryRecordOfTheNotice) {
  const Record a = Person("魏刚雪", "110101199003071233");
  Record b = Firm("安丘市某某有限公司", "张三");
  b.Set("SY", "该公司雇用魏刚雪从事配送。");
  const MaskedNotice n = MaskNotice({&a, &b}, MaskingPolicy{});
  EXPECT_EQ(n.records[0].Get("XDR_MC"), "魏**");
  EXPECT_EQ(n.records[1].Get("SY"), "该公司雇用魏**从事配送。");
  const PersonalValue* v = Find(n, "魏刚雪");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->records, (std::vector<size_t>{0, 1}));
}

TEST(NoticeMaskingTest, ANameInsideALongerPublicNameStaysThere) {
  const Record a = Person("袁鹏", "110101199003071233");
  Record b = Firm("安丘市某某有限公司", "袁鹏琦");
  b.Set("SY", "法定代表人袁鹏琦到场。");
  const MaskedNotice n = MaskNotice({&a, &b}, MaskingPolicy{});
  EXPECT_EQ(n.records[0].Get("XDR_MC"), "袁*");
  EXPECT_EQ(n.records[1].Get("FRDB"), "袁鹏琦");
  EXPECT_EQ(n.records[1].Get("SY"), "法定代表人袁鹏琦到场。");
  const LeakGuard guard(n);
  EXPECT_TRUE(guard.Check("<td>袁*</td><td>袁鹏琦</td><td>法定代表人袁鹏琦到场。</td>").empty());
  const std::vector<Leak> leaks = guard.Check("<td>袁鹏</td><td>袁鹏琦</td>");
  ASSERT_EQ(leaks.size(), 1u);
  EXPECT_EQ(leaks[0].category, PiiCategory::kPersonName);
  EXPECT_EQ(leaks[0].offset, 4u);
  EXPECT_EQ(leaks[0].records, std::vector<size_t>{0});
}

TEST(NoticeMaskingTest, TheLegalRepresentativeStaysPublicInItsOwnRecordOnly) {
  // The same name is a firm's representative in one record and a natural
  // person in another: public in the first, masked in the second.
  const Record a = Person("张三丰", "110101199003071233");
  Record b = Firm("安丘市某某有限公司", "张三丰");
  b.Set("SY", "经查，法定代表人张三丰未尽审查义务。");
  const MaskedNotice n = MaskNotice({&a, &b}, MaskingPolicy{});
  EXPECT_EQ(n.records[0].Get("SY"), "当事人张**无证经营。");
  EXPECT_EQ(n.records[1].Get("FRDB"), "张三丰");
  EXPECT_EQ(n.records[1].Get("SY"), "经查，法定代表人张三丰未尽审查义务。");
}

TEST(LeakGuardTest, ReportsTheRecordsOfEachLeakSoOnlyThoseAreHeld) {
  const Record a = Person("魏刚雪", "110101199003071233");
  const Record b = Person("钟强明", "37078419850612009X");
  const MaskedNotice n = MaskNotice({&a, &b}, MaskingPolicy{});
  const LeakGuard guard(n);
  const std::string artifact =
      "<td>魏**</td><td>钟强明</td><td>37078419850612009X</td><td>370784198506120014</td>";
  const std::vector<Leak> leaks = guard.Check(artifact);
  ASSERT_EQ(leaks.size(), 3u);
  EXPECT_EQ(leaks[0].category, PiiCategory::kPersonName);
  EXPECT_EQ(leaks[0].records, std::vector<size_t>{1});
  EXPECT_EQ(artifact.substr(leaks[1].offset, 18), "37078419850612009X");
  EXPECT_EQ(leaks[1].records, std::vector<size_t>{1});
  EXPECT_TRUE(leaks[2].records.empty());  // a valid ID number of no one in the notice
  bool unattributed = false;
  EXPECT_EQ(LeakGuard::RecordsOf(leaks, &unattributed), std::vector<size_t>{1});
  EXPECT_TRUE(unattributed);
}

TEST(NoticeMaskingTest, WithoutRecordsKeepsTheMaskingAndEveryValue) {
  const Record a = Person("魏刚雪", "110101199003071233");
  const Record b = Person("钟强明", "37078419850612009X");
  const MaskedNotice n = MaskNotice({&a, &b}, MaskingPolicy{});
  const MaskedNotice kept = WithoutRecords(n, {0});
  ASSERT_EQ(kept.records.size(), 1u);
  EXPECT_EQ(kept.records[0].Get("XDR_MC"), "钟**");
  // The held record's values are still looked for, tied to no record.
  const std::vector<Leak> leaks = LeakGuard(kept).Check("魏刚雪 钟强明");
  ASSERT_EQ(leaks.size(), 2u);
  EXPECT_TRUE(leaks[0].records.empty());
  EXPECT_EQ(leaks[1].records, std::vector<size_t>{0});
}

TEST(NoticeMaskingTest, ReasonsAreMaskedInTheirRecordsContext) {
  const Record a = Person("魏刚雪", "110101199003071233");
  const MaskedNotice n =
      MaskNotice({&a}, MaskingPolicy{}, {"魏刚雪申请撤销，联系电话13812345678、0536-57471234"});
  ASSERT_EQ(n.reasons.size(), 1u);
  EXPECT_EQ(n.reasons[0], "魏**申请撤销，联系电话138****5678、0536-****1234");
  EXPECT_EQ(MaskReasonText("因魏刚雪提供虚假材料撤销", a, MaskingPolicy{}),
            "因魏**提供虚假材料撤销");
  EXPECT_NE(Find(n, "13812345678"), nullptr);
}

}  // namespace
}  // namespace dpfeed
