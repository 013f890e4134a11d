#include "service/domain/matter.h"

#include <gtest/gtest.h>

#include <string>

namespace dpfeed {
namespace {

MatterChange Add(const std::string& name, const std::string& agency = "安丘市市场监督管理局") {
  MatterChange c;
  c.fields = {"XK-001", name, "《中华人民共和国食品安全法》第三十五条", agency, "普通"};
  c.effective_on = "2026-11-02";
  return c;
}

std::vector<std::string> FieldsOf(const std::vector<FieldIssue>& issues) {
  std::vector<std::string> out;
  for (const FieldIssue& i : issues) out.push_back(i.field);
  return out;
}

TEST(MatterTest, AcceptsAnOrdinaryChangeAndTrimsIt) {
  MatterChange c = Add("  食品经营许可 ");
  EXPECT_TRUE(ValidateMatterChange(c).empty());
  EXPECT_EQ(c.fields.name, "食品经营许可");
  // Names longer than a department's are fine within the matter's limit.
  MatterChange long_name = Add(std::string(150, 'a'));
  EXPECT_TRUE(ValidateMatterChange(long_name).empty());
}

TEST(MatterTest, NamesWithControlOrFormattingCharactersAreRefusedLikeDepartmentNames) {
  for (const std::string& name : {std::string("食品\x07经营许可"), std::string("食品\xC2\x85许可"),
                                  std::string("食品\xE2\x80\xAE许可"), std::string("食品\xFF许可"),
                                  std::string("食品许可\xE3\x80\x80")}) {
    MatterChange c = Add(name);
    const auto issues = ValidateMatterChange(c);
    EXPECT_EQ(FieldsOf(issues), std::vector<std::string>{"name"}) << name;
    ASSERT_FALSE(issues.empty());
    EXPECT_NE(issues[0].reason.find("事项名称"), std::string::npos);
  }
  MatterChange agency = Add("食品经营许可", "安丘市\x1b[31m监管局");
  EXPECT_EQ(FieldsOf(ValidateMatterChange(agency)), std::vector<std::string>{"agency"});
  MatterChange code = Add("食品经营许可");
  code.fields.code = "XK 001";
  EXPECT_EQ(FieldsOf(ValidateMatterChange(code)), std::vector<std::string>{"code"});
  MatterChange too_long = Add(std::string(201, 'a'));
  const auto issues = ValidateMatterChange(too_long);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].reason.find("最多200个字符"), std::string::npos);
}

}  // namespace
}  // namespace dpfeed
