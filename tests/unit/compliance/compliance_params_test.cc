#include "service/compliance/compliance_params.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

const CivilDate kToday = *ParseCivilDate("2026-11-27");

std::vector<Department> Departments() {
  Department a;
  a.id = 3;
  a.code = "scjgj";
  a.name = "市场监督管理局";
  return {a};
}

TEST(ComplianceParamsTest, DefaultsToTheCurrentYearUpToToday) {
  auto p = ParseComplianceParams({}, Departments(), kToday, ComplianceQuestion::kSummary);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->query.filter.from, "2026-01-01");
  EXPECT_EQ(p->query.filter.to, "2026-11-27");
  EXPECT_FALSE(p->csv);
  EXPECT_EQ(p->departments.at(3).first, "scjgj");
}

TEST(ComplianceParamsTest, ReadsEveryParameter) {
  auto p = ParseComplianceParams({{"from", "2026/01/05"},
                                  {"to", "2026-06-30"},
                                  {"department", "scjgj"},
                                  {"kind", "penalty"},
                                  {"channel", "credit"},
                                  {"format", "csv"},
                                  {"status", "late,overdue"},
                                  {"after", "10"},
                                  {"limit", "20"}},
                                 Departments(), kToday, ComplianceQuestion::kRecords);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->query.filter.from, "2026-01-05");
  EXPECT_EQ(*p->query.filter.department_id, 3);
  EXPECT_EQ(*p->query.filter.kind, Kind::kPenalty);
  EXPECT_EQ(*p->query.channel, Channel::kCredit);
  EXPECT_TRUE(p->csv);
  EXPECT_EQ(p->statuses.size(), 2u);
  EXPECT_EQ(p->after, 10);
  EXPECT_EQ(p->limit, 20);
}

TEST(ComplianceParamsTest, BadValuesNameTheParameter) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"from", "2026-13-01"},  {"kind", "fine"},      {"channel", "tv"},  {"format", "xml"},
      {"status", "late,soon"}, {"limit", "0"},        {"limit", "99999"}, {"after", "-1"},
      {"after", "1e3"},        {"department", "nope"}};
  for (const auto& [name, value] : bad) {
    auto p =
        ParseComplianceParams({{name, value}}, Departments(), kToday, ComplianceQuestion::kRecords);
    ASSERT_FALSE(p.ok()) << name << "=" << value;
    EXPECT_EQ(p.status().code(), StatusCode::kInvalidArgument);
    if (name != "department") {
      EXPECT_NE(p.status().message().find(name), std::string::npos) << p.status().message();
    }
  }
  auto reversed = ParseComplianceParams({{"from", "2026-05-01"}, {"to", "2026-04-01"}},
                                        Departments(), kToday, ComplianceQuestion::kSummary);
  EXPECT_FALSE(reversed.ok());
}

TEST(ComplianceParamsTest, SummaryIgnoresRecordOnlyParameters) {
  auto p =
      ParseComplianceParams({{"limit", "0"}}, Departments(), kToday, ComplianceQuestion::kSummary);
  EXPECT_TRUE(p.ok());
}

}  // namespace
}  // namespace dpfeed
