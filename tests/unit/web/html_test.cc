// The page renderers without a browser: escaping, the security headers,
// no inline script or style anywhere, and record pairs with every field
// present ("—" when empty) and codes only for staff.
#include "service/web/html.h"

#include <gtest/gtest.h>

#include "service/web/record_view.h"

namespace dpfeed {
namespace {

TEST(HtmlTest, PageEscapesAndCarriesNoInlineCode) {
  Page p;
  p.title = "<script>alert(1)</script>";
  p.user = PageUser{"a\"b", Role::kDepartment, "市场监督管理局", "tok"};
  p.scripts = {"dashboard.js"};
  const std::string h = RenderPage(p);
  EXPECT_EQ(h.find("<script>alert"), std::string::npos);
  EXPECT_NE(h.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(h.find("a&quot;b"), std::string::npos);
  EXPECT_NE(h.find("<script src=\"/static/dashboard.js\" defer></script>"), std::string::npos);
  EXPECT_EQ(h.find("<style"), std::string::npos);
  EXPECT_EQ(h.find("style="), std::string::npos);
  EXPECT_EQ(h.find("onclick"), std::string::npos);
  // The log-out form posts the CSRF token; the department user's menu shows.
  EXPECT_NE(h.find("name=\"csrf\" value=\"tok\""), std::string::npos);
  EXPECT_NE(h.find("/console/import"), std::string::npos);
  EXPECT_EQ(h.find("/console/admin"), std::string::npos);
}

TEST(HtmlTest, ResponsesCarryTheContentSecurityPolicy) {
  Request req(http::verb::get, "/", 11);
  Response r = HtmlResponse(req, http::status::ok, "<p>x</p>");
  const std::string csp(r["Content-Security-Policy"]);
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
  EXPECT_NE(csp.find("style-src 'self'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(r["X-Frame-Options"], "DENY");
  Response redirect = Redirect(req, "/console/login");
  EXPECT_EQ(redirect.result(), http::status::see_other);
  EXPECT_EQ(redirect[http::field::location], "/console/login");
  EXPECT_EQ(UrlEncode("/a b?c=安"), "%2Fa%20b%3Fc%3D%E5%AE%89");
}

TEST(RecordViewTest, EveryFieldPresentWithDashAndCodesOnlyForStaff) {
  Record r;
  r.kind = Kind::kPenalty;
  r.Set("XDR_MC", "张*");
  r.Set("SY", "<b>事实</b>");
  const std::string staff = RecordPairs(r, true, false);
  const std::string citizens = RecordPairs(r, false, true);
  for (const FieldSpec& f : FieldsOf(Kind::kPenalty)) {
    if (f.role == FieldRole::kRepresentativeId) continue;
    EXPECT_NE(citizens.find(std::string("<dt>") + f.name + "</dt>"), std::string::npos) << f.code;
  }
  EXPECT_NE(staff.find("<code>CF_XDR_MC</code>"), std::string::npos);
  EXPECT_EQ(citizens.find("CF_"), std::string::npos) << "no field codes for citizens";
  EXPECT_NE(citizens.find("<dd>—</dd>"), std::string::npos);
  EXPECT_NE(citizens.find("&lt;b&gt;事实&lt;/b&gt;"), std::string::npos);
  EXPECT_EQ(citizens.find("法定代表人证件号码"), std::string::npos) << "FR_ZJHM is never published";
  EXPECT_EQ(FullDepartmentName("安丘市", "市场监督管理局"), "安丘市市场监督管理局");
  EXPECT_EQ(FullDepartmentName("安丘市", "安丘市交通运输局"), "安丘市交通运输局");
}

}  // namespace
}  // namespace dpfeed
