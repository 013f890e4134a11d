// The renderer on its own: the standard title, the uniform template's
// columns, escaping, and the byte ranges of each record in the portal JSON.
#include "publisher/notice_renderer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "publisher/notice_masker.h"
#include "service/domain/display_name.h"

namespace dpfeed {
namespace {

CivilDate D(const char* s) { return *ParseCivilDate(s); }

NoticeContent Penalties(const MaskingPolicy& policy = {}) {
  NoticeContent n;
  for (const FieldSpec& f : FieldsOf(Kind::kPenalty)) {
    if (IsPublishedColumn(f, policy)) n.columns.push_back(&f);
  }
  n.kind = Kind::kPenalty;
  n.type = NoticeType::kRegular;
  n.department_code = "scjgj";
  n.department_name = "安丘市市场监督管理局";
  n.department_uscc = "11370784MB28503836";
  n.period_from = D("2026-11-16");
  n.period_to = D("2026-11-22");
  n.published_on = "2026-11-23";
  n.title = NoticeTitle("安丘市", n.department_name, n.kind, n.type, n.period_from, n.period_to);
  for (const char* wsh : {"罚〔2026〕1号", "罚〔2026〕2号"}) {
    Record r;
    r.kind = Kind::kPenalty;
    r.Set("XDR_MC", "安丘市某某\"食品\"有限公司");
    r.Set("WSH", wsh);
    r.Set("SY", "<script>alert(1)</script>");
    r.Set("FR_ZJHM", "110105********002X");
    n.records.push_back(r);
  }
  return n;
}

TEST(NoticeTitleTest, StandardTitleWithTypeMarkerAndNoRepeatedJurisdiction) {
  EXPECT_EQ(NoticeTitle("安丘市", "市场监督管理局", Kind::kLicense, NoticeType::kRegular,
                        D("2018-09-03"), D("2018-09-09")),
            "安丘市市场监督管理局行政许可信息公示（2018年09月03日-2018年09月09日）");
  EXPECT_EQ(NoticeTitle("安丘市", "安丘市交通运输局", Kind::kPenalty, NoticeType::kSupplementary,
                        D("2026-11-16"), D("2026-11-16")),
            "安丘市交通运输局行政处罚信息补充公示（2026年11月16日-2026年11月16日）");
  EXPECT_EQ(NoticeTitle("安丘市", "安丘市交通运输局", Kind::kPenalty, NoticeType::kExpedited,
                        D("2026-11-13"), D("2026-11-13")),
            "安丘市交通运输局行政处罚信息提前公示（2026年11月13日-2026年11月13日）");
  EXPECT_EQ(NoticeTitle("", "交通运输局", Kind::kPenalty, NoticeType::kCorrection, D("2026-01-05"),
                        D("2026-01-06")),
            "交通运输局行政处罚信息更正公示（2026年01月05日-2026年01月06日）");
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(NoticeRendererTest, PageHasEveryPublishedColumnEscapedWithoutFieldCodes) {
  const NoticeContent n = Penalties();
  const std::string html = RenderNoticeHtml(n);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\">行政处罚决定书文号</th>"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\">备注</th>"), std::string::npos);
  // Citizens read names, never the standard's codes.
  for (const FieldSpec* f : n.columns) {
    EXPECT_EQ(html.find(WireCode(n.kind, f->code)), std::string::npos) << f->code;
  }
  EXPECT_EQ(html.find("法定代表人证件号码"),
            std::string::npos);  // not a column unless the policy says so
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("共 2 条"), std::string::npos);

  MaskingPolicy publish_id;
  publish_id.publish_representative_id = true;
  EXPECT_NE(RenderNoticeHtml(Penalties(publish_id)).find("法定代表人证件号码"), std::string::npos);
}

TEST(NoticeRendererTest, EveryRecordIsACardOfLabelledCellsWithADashForEmptyFields) {
  const NoticeContent n = Penalties();
  const std::string html = RenderNoticeHtml(n);
  // One row per record, one labelled cell per column: the narrow-screen
  // card shows each value beside its label.
  EXPECT_EQ(Count(html, "<tr><td class=\"seq\">"), 2u);
  EXPECT_EQ(Count(html, "<td data-label="), 2 * n.columns.size());
  EXPECT_NE(html.find("<td data-label=\"违法事实\">&lt;script&gt;"), std::string::npos);
  // Fields the records leave empty are present, as "—".
  EXPECT_NE(html.find("<td data-label=\"处罚依据\">—</td>"), std::string::npos);
  // Cards on narrow screens, the table on wide ones and in print; the one
  // inline style is all the page needs (no script, nothing fetched).
  EXPECT_NE(html.find("@media screen and (max-width:60em)"), std::string::npos);
  EXPECT_NE(html.find("content:attr(data-label)"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_EQ(Count(html, "<style>"), 1u);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
}

TEST(NoticeRendererTest, PublisherIsTheFullNameWithTheJurisdiction) {
  EXPECT_EQ(FullDepartmentName("安丘市", "市场监督管理局"), "安丘市市场监督管理局");
  NoticeContent n = Penalties();
  n.department_name = FullDepartmentName("安丘市", "市场监督管理局");
  EXPECT_NE(RenderNoticeHtml(n).find("发布单位：安丘市市场监督管理局"), std::string::npos);
}

TEST(NoticeRendererTest, EachRecordsRangeInThePortalJsonIsAJsonObjectOfItsOwn) {
  std::vector<ByteRange> ranges;
  const std::string json = RenderPortalJson(Penalties(), &ranges);
  rapidjson::Document whole;
  whole.Parse(json.c_str());
  ASSERT_TRUE(whole.IsObject());
  EXPECT_EQ(std::string(whole["title"].GetString()),
            "安丘市市场监督管理局行政处罚信息公示（2026年11月16日-2026年11月22日）");
  ASSERT_EQ(ranges.size(), 2u);
  for (size_t i = 0; i < ranges.size(); ++i) {
    const std::string slice = json.substr(ranges[i].begin, ranges[i].end - ranges[i].begin);
    rapidjson::Document one;
    one.Parse(slice.c_str());
    ASSERT_TRUE(one.IsObject()) << slice;
    EXPECT_EQ(std::string(one["CF_WSH"].GetString()), i == 0 ? "罚〔2026〕1号" : "罚〔2026〕2号");
    EXPECT_FALSE(one.HasMember("CF_FR_ZJHM"));
  }
}

TEST(NoticeRendererTest, CreditJsonFromThePortalsRecordsIsTheCreditJsonRenderedAnew) {
  for (NoticeType type : {NoticeType::kRegular, NoticeType::kWithdrawal}) {
    NoticeContent n = Penalties();
    n.type = type;
    if (type == NoticeType::kWithdrawal) n.withdrawal_reasons = {"决定已撤销", "公示期满"};
    n.record_notes = {"", "逾期公示（公示期限2026-11-20）"};
    size_t portal_at = 0, credit_at = 0, from_portal_at = 0;
    const std::string portal = RenderPortalJson(n, nullptr, &portal_at);
    const std::string credit = RenderCreditJson(n, &credit_at);
    EXPECT_EQ(CreditJsonFromPortal(n, portal, portal_at, &from_portal_at), credit);
    EXPECT_EQ(from_portal_at, credit_at);
    EXPECT_NE(credit.find("\"standard\""), std::string::npos);
  }
}

TEST(NoticeRendererTest, WithdrawalsCarryTheirReasonOnEveryArtifact) {
  NoticeContent n = Penalties();
  n.type = NoticeType::kWithdrawal;
  n.withdrawal_reasons = {"决定已撤销：复议撤销", "公示期满"};
  EXPECT_NE(RenderNoticeHtml(n).find("<td data-label=\"撤下原因\">公示期满</td>"),
            std::string::npos);
  rapidjson::Document credit;
  credit.Parse(RenderCreditJson(n).c_str());
  ASSERT_TRUE(credit.IsObject());
  EXPECT_EQ(std::string(credit["action"].GetString()), "withdraw");
  EXPECT_EQ(std::string(credit["records"][0]["withdrawal_reason"].GetString()),
            "决定已撤销：复议撤销");
}

TEST(NoticeRendererTest, OnlyRecordsPastTheirDeadlineAreMarkedLate) {
  EXPECT_EQ(PublicationNote("2026-11-23", "2026-11-23"), "");
  EXPECT_EQ(PublicationNote("2026-11-19", "2026-11-23"), "逾期公示（公示期限2026-11-19）");
  NoticeContent n = Penalties();
  EXPECT_EQ(RenderNoticeHtml(n).find("公示说明"), std::string::npos);  // none late: no column
  n.type = NoticeType::kExpedited;
  n.record_notes = {"", PublicationNote("2026-11-19", n.published_on)};
  const std::string html = RenderNoticeHtml(n);
  EXPECT_NE(html.find("<th scope=\"col\">公示说明</th>"), std::string::npos);
  EXPECT_NE(html.find("<td data-label=\"公示说明\">—</td></tr>"), std::string::npos);  // on time
  EXPECT_NE(html.find("<td data-label=\"公示说明\">逾期公示（公示期限2026-11-19）</td></tr>"),
            std::string::npos);
  rapidjson::Document portal;
  portal.Parse(RenderPortalJson(n).c_str());
  ASSERT_TRUE(portal.IsObject());
  EXPECT_FALSE(portal["records"][0].HasMember("publication_note"));
  EXPECT_EQ(std::string(portal["records"][1]["publication_note"].GetString()),
            "逾期公示（公示期限2026-11-19）");
}

}  // namespace
}  // namespace dpfeed
