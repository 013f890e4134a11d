// Record fixtures shared by the integration tests: valid penalty and
// license JSON in the national standard's wire codes, with valid check
// characters, and the departments they belong to.
#ifndef DPFEED_TESTS_INTEGRATION_FIXTURES_H_
#define DPFEED_TESTS_INTEGRATION_FIXTURES_H_

#include <rapidjson/document.h>

#include <string>
#include <utility>
#include <vector>

namespace dpfeed::test {

// A reply body parsed (an empty object-less document when it is not JSON).
inline rapidjson::Document ParseJson(const std::string& body) {
  rapidjson::Document d;
  d.Parse(body.c_str());
  return d;
}

// The config's "channels" member sending both channels, by HTTP, to a
// local receiver at `port` (/portal and /credit).
inline std::string ReceiverChannels(int port) {
  const std::string base = "http://127.0.0.1:" + std::to_string(port);
  return "\"channels\": {\"portal\": {\"sink\": \"http\", \"url\": \"" + base +
         "/portal\", \"timeout_s\": 5}, \"credit\": {\"sink\": \"http\", \"url\": \"" + base +
         "/credit\", \"timeout_s\": 5}}";
}

// Two departments with valid 统一社会信用代码.
inline constexpr const char* kMarketUscc = "11370784MB28503836";     // 市场监督管理局
inline constexpr const char* kTransportUscc = "11370784MB28503849";  // 交通运输局
inline constexpr const char* kCompanyUscc = "91370784MA3C12345X";

// A penalty on a company decided by `agency` (name and USCC): the
// department itself or an agency registered for it.
inline std::string PenaltyJsonBy(const std::string& agency, const std::string& agency_uscc,
                                 const std::string& wsh, const std::string& jdrq,
                                 const std::string& fine = "0.5", const std::string& extra = "") {
  return std::string("{") + "\"CF_XDR_MC\":\"安丘市某某食品有限公司\"," +
         "\"CF_XDR_LB\":\"法人及非法人组织\",\"CF_XDR_SHXYM\":\"" + kCompanyUscc + "\"," +
         "\"CF_FRDB\":\"王五\",\"CF_WSH\":\"" + wsh + "\",\"CF_WFXW\":\"销售过期食品\"," +
         "\"CF_SY\":\"当事人于2026年销售超过保质期的食品。\"," +
         "\"CF_YJ\":\"《中华人民共和国食品安全法》第一百二十四条\",\"CF_CFLB\":\"警告;罚款\"," +
         "\"CF_NR\":\"警告，并处罚款" + fine + "万元\",\"CF_NR_FK\":\"" + fine + "\"," +
         "\"CF_JDRQ\":\"" + jdrq + "\",\"CF_CFJG\":\"" + agency + "\",\"CF_CFJGDM\":\"" +
         agency_uscc + "\"" + extra + "}";
}

// A penalty on a company decided by the market regulator (scjgj), decided
// `jdrq`, with document number `wsh`.
inline std::string PenaltyJson(const std::string& wsh, const std::string& jdrq,
                               const std::string& fine = "0.5", const std::string& extra = "") {
  return PenaltyJsonBy("安丘市市场监督管理局", kMarketUscc, wsh, jdrq, fine, extra);
}

// A license to a natural person (personal data to be masked).
inline std::string LicenseJson(const std::string& wsh, const std::string& jdrq,
                               const std::string& extra = "") {
  return std::string("{") + "\"XK_XDR_MC\":\"张三丰\",\"XK_XDR_LB\":\"自然人\"," +
         "\"XK_XDR_ZJLX\":\"身份证\",\"XK_XDR_ZJHM\":\"11010519491231002X\"," +
         "\"XK_XKWS\":\"食品经营许可决定书\",\"XK_WSH\":\"" + wsh + "\",\"XK_XKLB\":\"普通\"," +
         "\"XK_NR\":\"准予张三丰食品经营许可，联系电话13812345678\",\"XK_JDRQ\":\"" + jdrq + "\"," +
         "\"XK_YXQZ\":\"" + jdrq + "\",\"XK_YXQZI\":\"2099-12-31\"," +
         "\"XK_XKJG\":\"安丘市市场监督管理局\",\"XK_XKJGDM\":\"" + kMarketUscc + "\"" + extra + "}";
}

// A CSV of the national template with one valid penalty of the market
// regulator per (party, 文书号) row, decided 2026-11-20.
inline std::string PenaltyCsv(const std::vector<std::pair<std::string, std::string>>& rows) {
  std::string s =
      "行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,行政处罚决定书文号,违法行为类型,"
      "违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,"
      "处罚机关统一社会信用代码\r\n";
  for (const auto& [party, wsh] : rows) {
    s += party + ",法人及非法人组织," + kCompanyUscc + ",王五," + wsh +
         ",销售过期食品,当事人销售过期食品。,《食品安全法》,警告;罚款,罚款,0.5,2026-11-20,"
         "安丘市市场监督管理局," +
         kMarketUscc + "\r\n";
  }
  return s;
}

}  // namespace dpfeed::test

#endif  // DPFEED_TESTS_INTEGRATION_FIXTURES_H_
