// The matter-list notice on its own: the title, the changes above the full
// list, the API's field names beside the Chinese, escaping, and the JSON
// both channels receive.
#include "publisher/matter_notice.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

namespace dpfeed {
namespace {

MatterChangeRow Row(int64_t id, MatterAction action, const std::string& code,
                    const std::string& name, const std::string& effective) {
  MatterChangeRow r;
  r.change_id = id;
  r.action = action;
  r.kind = Kind::kLicense;
  r.fields = {code, name, "《食品安全法》第三十五条", "安丘市市场监督管理局", "普通"};
  r.effective_on = effective;
  return r;
}

MatterListContent Content() {
  MatterListContent c;
  c.kind = Kind::kLicense;
  c.department_code = "scjgj";
  c.department_name = "安丘市市场监督管理局";
  c.department_uscc = "11370784MB28503836";
  c.published_on = "2026-11-23";
  c.changes = {Row(1, MatterAction::kAdd, "XK-001", "食品<经营>许可", "2026-11-02"),
               Row(2, MatterAction::kCancel, "XK-009", "旧许可", "2026-11-20")};
  c.changes[1].reason = "权力下放";
  c.list = {Row(1, MatterAction::kAdd, "XK-001", "食品<经营>许可", "2026-11-02")};
  return c;
}

TEST(MatterNoticeTest, TitleAndPeriodComeFromTheChanges) {
  MatterListContent c = Content();
  ASSERT_TRUE(CompleteMatterListContent(c, "安丘市").ok());
  EXPECT_EQ(c.title, "安丘市市场监督管理局行政许可事项清单公示（2026年11月02日-2026年11月20日）");
  MatterListContent empty = Content();
  empty.changes.clear();
  EXPECT_FALSE(CompleteMatterListContent(empty, "安丘市").ok());
}

TEST(MatterNoticeTest, AChangesReasonIsMaskedLikeAnyFreeText) {
  MatterListContent c = Content();
  c.changes[1].reason = "职能调整，经办人张建国（手机13812345678）。咨询电话0536-4321234";
  ASSERT_TRUE(CompleteMatterListContent(c, "").ok());
  for (const std::string& artifact : {RenderMatterListHtml(c), RenderMatterListJson(c)}) {
    EXPECT_EQ(artifact.find("13812345678"), std::string::npos) << artifact;
    EXPECT_EQ(artifact.find("张建国"), std::string::npos) << artifact;
    EXPECT_NE(artifact.find("职能调整，经办人张**（手机138****5678）。咨询电话0536-4321234"),
              std::string::npos)
        << artifact;
  }
}

TEST(MatterNoticeTest, PageListsTheChangesAboveTheFullListEscaped) {
  MatterListContent c = Content();
  ASSERT_TRUE(CompleteMatterListContent(c, "").ok());
  const std::string html = RenderMatterListHtml(c);
  const size_t changes = html.find("本次公布的变更");
  const size_t list = html.find("现行行政许可事项清单");
  ASSERT_NE(changes, std::string::npos);
  ASSERT_NE(list, std::string::npos);
  EXPECT_LT(changes, list);
  EXPECT_NE(html.find("<td data-label=\"变更类型\">取消</td>"), std::string::npos);
  EXPECT_NE(html.find(">权力下放</td>"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\">设定依据</th>"), std::string::npos);
  EXPECT_NE(html.find("食品&lt;经营&gt;许可"), std::string::npos);
  EXPECT_EQ(html.find("食品<经营>"), std::string::npos);
  EXPECT_NE(html.find("现行事项 1 项"), std::string::npos);
  // The cancelled matter is a change, not on the current list.
  EXPECT_EQ(html.substr(list).find("XK-009"), std::string::npos);
}

TEST(MatterNoticeTest, JsonCarriesTheHeaderTheChangesAndTheList) {
  MatterListContent c = Content();
  ASSERT_TRUE(CompleteMatterListContent(c, "").ok());
  rapidjson::Document d;
  d.Parse(RenderMatterListJson(c).c_str());
  ASSERT_TRUE(d.IsObject());
  EXPECT_EQ(std::string(d["type"].GetString()), "matter_list");
  EXPECT_EQ(std::string(d["department"]["code"].GetString()), "scjgj");
  EXPECT_EQ(std::string(d["period"]["from"].GetString()), "2026-11-02");
  ASSERT_EQ(d["changes"].Size(), 2u);
  EXPECT_EQ(std::string(d["changes"][1]["action"].GetString()), "cancel");
  EXPECT_EQ(std::string(d["changes"][1]["reason"].GetString()), "权力下放");
  ASSERT_EQ(d["matters"].Size(), 1u);
  EXPECT_EQ(std::string(d["matters"][0]["name"].GetString()), "食品<经营>许可");
  EXPECT_FALSE(d["matters"][0].HasMember("action"));
}

TEST(MatterNoticeTest, BuiltNoticeCarriesItsChangesAndStoresNothingInADryRun) {
  MatterListContent c = Content();
  ASSERT_TRUE(CompleteMatterListContent(c, "").ok());
  auto built = BuildMatterListNotice(c, "matters:x:1:license", 7, nullptr);
  ASSERT_TRUE(built.ok());
  EXPECT_EQ(built->write.type, NoticeType::kMatterList);
  EXPECT_EQ(built->write.department_id, 7);
  EXPECT_EQ(built->write.matter_changes, (std::vector<int64_t>{1, 2}));
  EXPECT_TRUE(built->write.items.empty());
  EXPECT_TRUE(built->write.artifacts.portal_html.empty());
}

}  // namespace
}  // namespace dpfeed
