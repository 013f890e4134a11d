#include "service/domain/publicity_rules.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

CivilDate D(const char* s) { return *ParseCivilDate(s); }

Record Penalty(const std::string& jdrq) {
  Record r;
  r.kind = Kind::kPenalty;
  r.Set("XDR_LB", "法人及非法人组织");
  r.Set("JDRQ", jdrq);
  return r;
}

TEST(PublicityRulesTest, SeverityComesFromTheFieldThenTheDisplayPeriodThenTheDefault) {
  const PublicityRules rules;
  Record r = Penalty("2026-11-20");
  PublicityTerms t = DerivePublicityTerms(r, rules);
  EXPECT_EQ(t.severity, Severity::kOrdinary);
  EXPECT_EQ(t.display_until, D("2027-11-20"));  // the ordinary maximum, one year

  r.Set("GSJZQ", "2029-11-20");
  t = DerivePublicityTerms(r, rules);
  EXPECT_EQ(t.severity, Severity::kSerious);
  EXPECT_EQ(t.display_until, D("2029-11-20"));

  r.Set("GSJZQ", "2027-02-20");  // exactly 3 months: ordinary, not minor
  EXPECT_EQ(DerivePublicityTerms(r, rules).severity, Severity::kOrdinary);

  r.Set("YZCD", "严重");
  r.Set("GSJZQ", "");
  r.fields.erase("GSJZQ");
  t = DerivePublicityTerms(r, rules);
  EXPECT_EQ(t.severity, Severity::kSerious);
  EXPECT_EQ(t.display_until, D("2029-11-20"));
  EXPECT_EQ(RepairPossibleFrom(rules, Severity::kSerious, D("2026-11-20")), D("2027-11-20"));
}

TEST(PublicityRulesTest, MinorPenaltiesAreWithheldUnlessConfigured) {
  PublicityRules rules;
  Record r = Penalty("2026-11-20");
  r.Set("YZCD", "轻微");
  PublicityTerms t = DerivePublicityTerms(r, rules);
  EXPECT_EQ(t.withheld_reason, std::string(kMinorPenaltyReason));
  rules.publish_minor = true;
  t = DerivePublicityTerms(r, rules);
  EXPECT_FALSE(t.withheld_reason);
  EXPECT_EQ(t.display_until, D("2027-02-20"));
}

TEST(PublicityRulesTest, RecordsAboutMinorsAreWithheldOnTheDecisionDate) {
  Record r;
  r.kind = Kind::kLicense;
  r.Set("XDR_LB", "自然人");
  r.Set("XDR_ZJHM", "11010520081201001X");  // born 2008-12-01
  r.Set("JDRQ", "2026-11-30");
  EXPECT_TRUE(IsAboutMinor(r));
  PublicityTerms t = DerivePublicityTerms(r, PublicityRules());
  EXPECT_EQ(t.withheld_reason, std::string(kMinorReason));
  EXPECT_TRUE(t.withheld_automatically);
  EXPECT_EQ(t.usage_scope, UsageScope::kGovernmentOnly);
  r.Set("JDRQ", "2026-12-01");  // the 18th birthday
  EXPECT_FALSE(IsAboutMinor(r));
  r.Set("XDR_LB", "法人及非法人组织");
  r.Set("JDRQ", "2026-11-30");
  EXPECT_FALSE(IsAboutMinor(r));
}

TEST(PublicityRulesTest, LicensesEndAtTheirValidityUnlessLongTerm) {
  Record r;
  r.kind = Kind::kLicense;
  r.Set("JDRQ", "2026-11-20");
  r.Set("YXQZI", "2031-11-19");
  EXPECT_EQ(DerivePublicityTerms(r, PublicityRules()).display_until, D("2031-11-19"));
  r.Set("YXQZI", "2099-12-31");
  EXPECT_FALSE(DerivePublicityTerms(r, PublicityRules()).display_until);
  EXPECT_EQ(DisplayValue(Kind::kLicense, "YXQZI", "2099-12-31"), "长期");
  PublicityRules keep;
  keep.license_until_validity_end = false;
  r.Set("YXQZI", "2031-11-19");
  EXPECT_FALSE(DerivePublicityTerms(r, keep).display_until);
}

}  // namespace
}  // namespace dpfeed
