#include "redaction/detectors.h"

#include <gtest/gtest.h>

#include "redaction/digit_detectors.h"
#include "redaction/text_detectors.h"

namespace dpfeed {
namespace {

constexpr const char* kId = "110101199003071233";       // valid check digit, born 1990-03-07
constexpr const char* kIdX = "37078419850612009X";      // check character X
constexpr const char* kCard19 = "6222021234567890128";  // Luhn-valid
constexpr const char* kCard16 = "6217000123456788";

// The categories found, with the exact text of each span.
std::vector<std::pair<std::string, std::string>> Found(std::string_view text,
                                                       DetectOptions o = {}) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Span& s : DetectPersonalData(text, o)) {
    out.emplace_back(PiiCategoryName(s.category),
                     std::string(text.substr(s.begin, s.end - s.begin)));
  }
  return out;
}
using P = std::pair<std::string, std::string>;

TEST(DigitDetectorTest, IdNumbersValidatedByCheckCharacterAndBirthDate) {
  EXPECT_EQ(Found(std::string("身份证号") + kId + "。"), (std::vector<P>{{"id_number", kId}}));
  EXPECT_EQ(Found(std::string("证件") + kIdX), (std::vector<P>{{"id_number", kIdX}}));
  EXPECT_EQ(Found("证件37078419850612009x，"),
            (std::vector<P>{{"id_number", "37078419850612009x"}}));
  EXPECT_TRUE(Found("110101199003071234").empty());  // wrong check digit
  EXPECT_TRUE(Found("110101199013071238").empty());  // month 13
  EXPECT_EQ(Found("号码 110101 19900307 1233 已核"),
            (std::vector<P>{{"id_number", "110101 19900307 1233"}}));
  EXPECT_EQ(Found("号码110101-19900307-1233"),
            (std::vector<P>{{"id_number", "110101-19900307-1233"}}));
  EXPECT_EQ(Found("旧证370784850612001"), (std::vector<P>{{"id_number", "370784850612001"}}));
  EXPECT_TRUE(Found("370784851312001").empty());  // 15 digits, month 13
}

TEST(DigitDetectorTest, NoMatchInsideLongerRunsOrCodes) {
  EXPECT_TRUE(
      Found(std::string("9") + kId).empty());  // 19 digits: not an ID (and not a card prefix/Luhn)
  EXPECT_TRUE(Found(std::string(kId) + "12").empty());
  EXPECT_TRUE(Found("91370784MA3C12345X").empty());        // 统一社会信用代码
  EXPECT_TRUE(Found("案号GX110101199003071233").empty());  // glued to letters
  EXPECT_TRUE(Found("安市监罚〔2024〕123号，罚款5000.00元").empty());
  EXPECT_TRUE(Found("2024-01-15 至 2099-12-31").empty());
  EXPECT_TRUE(Found("第十五条第一款、第90条").empty());
  EXPECT_TRUE(Found("金额 0.13812345678 万元").empty());  // a fraction is not a phone
}

TEST(DigitDetectorTest, MobilesWithCountryCodeSpacesAndDashes) {
  EXPECT_EQ(Found("电话13812345678"), (std::vector<P>{{"mobile", "13812345678"}}));
  EXPECT_EQ(Found("电话 +86 138 1234 5678"), (std::vector<P>{{"mobile", "138 1234 5678"}}));
  EXPECT_EQ(Found("电话+8613812345678"), (std::vector<P>{{"mobile", "13812345678"}}));
  EXPECT_EQ(Found("电话138-1234-5678。"), (std::vector<P>{{"mobile", "138-1234-5678"}}));
  EXPECT_TRUE(Found("编号12812345678").empty());  // 12x is not a mobile prefix
  EXPECT_TRUE(Found("编号1381234567").empty());   // ten digits
}

TEST(DigitDetectorTest, LandlinesNeedAnAreaCode) {
  EXPECT_EQ(Found("电话0536-4321234"), (std::vector<P>{{"landline", "0536-4321234"}}));
  EXPECT_EQ(Found("电话010-62345678"), (std::vector<P>{{"landline", "010-62345678"}}));
  EXPECT_EQ(Found("固定电话（0536）5747001"), (std::vector<P>{{"landline", "0536）5747001"}}));
  EXPECT_TRUE(Found("电话4321234").empty());
  DetectOptions firm;
  firm.subject = SubjectCategory::kLegalPerson;
  EXPECT_TRUE(Found("电话0536-4321234", firm).empty());  // a firm's switchboard
}

// Issue 8, third evaluation set: in a firm's record a landline is still
// personal when labelled as a home's, or inside the bracket of a person's
// details, however long and whatever punctuation it holds.
TEST(DigitDetectorTest, AFirmsRecordKeepsPersonalLandlinesMasked) {
  DetectOptions firm;
  firm.subject = SubjectCategory::kLegalPerson;
  EXPECT_EQ(Found("联系人家庭电话（0938）2827787", firm),
            (std::vector<P>{{"landline", "0938）2827787"}}));
  const std::string witness =
      "证人德吉卓玛【居住地:西藏自治区日喀则市桑珠孜区珠峰路12号院3号楼2单元2202;座机:0892-"
      "5520646】的证言";
  bool line_masked = false;
  for (const P& f : Found(witness, firm)) line_masked |= f.first == "landline";
  EXPECT_TRUE(line_masked);
  EXPECT_TRUE(Found("监督电话：0892-5520646", firm).empty());
}

// Labels that name an ID-shaped number as something else (DOMAIN.md §4).
TEST(DigitDetectorTest, ApplicationAndPaymentNoticeNumbersAreNotIds) {
  EXPECT_EQ(Found(std::string("身份证号") + kId), (std::vector<P>{{"id_number", kId}}));
  EXPECT_TRUE(Found(std::string("申请编号：") + kId).empty());
  EXPECT_TRUE(Found(std::string("缴款通知书号:") + kId).empty());
  EXPECT_TRUE(Found(std::string("工单编号：") + kId).empty());
  EXPECT_TRUE(Found(std::string("本案登记编号：") + kId).empty());
  EXPECT_TRUE(Found(std::string("立案编号") + kId).empty());
}

TEST(DigitDetectorTest, TaxAndPaymentReferenceNumbersAreNotIds) {
  EXPECT_TRUE(Found(std::string("电子税票号码：") + kId).empty());
  EXPECT_TRUE(Found(std::string("统一编号:") + kId).empty());
  EXPECT_TRUE(Found(std::string("非税收入缴款识别码：") + kId).empty());
}

// A firm's record: its seat after the legal representative is public; a
// complainant's line named by her role is not.
TEST(DigitDetectorTest, AFirmsSeatAfterItsRepresentativeStaysAndAReportersLineIsMasked) {
  DetectOptions firm;
  firm.subject = SubjectCategory::kLegalPerson;
  firm.public_names = {"冯艳"};
  firm.public_persons = {"冯艳"};
  EXPECT_TRUE(Found("（法定代表人冯艳，住所银川市兴庆区北京东路4号3层）", firm).empty());
  EXPECT_EQ(Found("举报人联系电话0851-78795526。", firm),
            (std::vector<P>{{"landline", "0851-78795526"}}));
  // The representative's home (住, not 住所) stays masked.
  bool home = false;
  for (const P& f : Found("法定代表人冯艳，住银川市兴庆区北京东路4号3单元302室", firm))
    home |= f.first == "address";
  EXPECT_TRUE(home);
}

TEST(TextDetectorTest, AnyPassportNamedAsOne) {
  EXPECT_EQ(Found("外籍顾问秦某（护照号码B2514839）"),
            (std::vector<P>{{"person_name", "秦某"}, {"passport", "B2514839"}}));
  EXPECT_TRUE(Found("批次号B2514839").empty());
}

TEST(DigitDetectorTest, AnAgencysOwnLineStaysVisibleInAPersonsRecord) {
  EXPECT_TRUE(Found("本机关联系电话：0974-3749039。").empty());
  EXPECT_TRUE(Found("咨询电话：南安市市场监督管理局0595-7433948。").empty());
  EXPECT_TRUE(Found("联系榆次区农业农村局，联系电话：0354-7452709。").empty());
  EXPECT_TRUE(Found("宜都市综合行政执法局（联系电话：0717-6302099）").empty());
  // A home's room before the comma is no office.
  EXPECT_EQ(Found("住幸福路12号3单元1904室，联系电话：0579-71364794").back(),
            (P{"landline", "0579-71364794"}));
  EXPECT_EQ(Found("联系电话：0974-3749039"), (std::vector<P>{{"landline", "0974-3749039"}}));
}

TEST(DigitDetectorTest, BankCardsByLuhn) {
  EXPECT_EQ(Found(std::string("卡号") + kCard19), (std::vector<P>{{"bank_card", kCard19}}));
  EXPECT_EQ(Found("卡号6217 0001 2345 6788"),
            (std::vector<P>{{"bank_card", "6217 0001 2345 6788"}}));
  EXPECT_EQ(Found(std::string("卡号") + kCard16 + "。"), (std::vector<P>{{"bank_card", kCard16}}));
  EXPECT_TRUE(Found("卡号6222021234567890127").empty());      // Luhn fails
  EXPECT_TRUE(Found("案件编号2024370784000012345").empty());  // long run, wrong shape
}

TEST(DigitDetectorTest, GroupOfPartsFindsEachIdentifier) {
  EXPECT_EQ(Found("2024-01-15 13812345678"), (std::vector<P>{{"mobile", "13812345678"}}));
}

TEST(DigitDetectorTest, TheRecordsOwnPublicCodesStayVisible) {
  DetectOptions o;
  o.public_codes = {"913707257338504562"};  // an all-digit USCC that also passes Luhn
  EXPECT_TRUE(Found("统一社会信用代码913707257338504562", o).empty());
  EXPECT_EQ(Found("代码913707257338504562"),
            (std::vector<P>{{"bank_card", "913707257338504562"}}));  // without the record's context
}

TEST(DigitDetectorTest, CompactEqualsReadsASpanAsCompactIdentifierDoes) {
  for (const std::string span :
       {"110105199003071234", "1101 0519 9003 0712 3x", "0536-8123456",
        "\xEF\xBC\x91\xEF\xBC\x93\xEF\xBC\x98 1234 5678", "11010519900307123\xEF\xBC\xB8", ""}) {
    const std::string compact = CompactIdentifier(span);
    EXPECT_TRUE(CompactEquals(span, compact)) << span;
    EXPECT_FALSE(CompactEquals(span, compact + "1")) << span;
    if (!compact.empty()) {
      EXPECT_FALSE(CompactEquals(span, compact.substr(0, compact.size() - 1))) << span;
      std::string other = compact;
      other[0] = other[0] == '9' ? '8' : '9';
      EXPECT_FALSE(CompactEquals(span, other)) << span;
    }
  }
}

TEST(TextDetectorTest, Emails) {
  EXPECT_EQ(Found("邮箱zhang.san+x@example.com.cn，"),
            (std::vector<P>{{"email", "zhang.san+x@example.com.cn"}}));
  EXPECT_EQ(Found("邮箱13812345678@qq.com"), (std::vector<P>{{"email", "13812345678@qq.com"}}));
  EXPECT_TRUE(Found("@ 和 a@b 不是邮箱").empty());
}

TEST(TextDetectorTest, PassportsAndTravelPermits) {
  EXPECT_EQ(Found("护照号E12345678。"), (std::vector<P>{{"passport", "E12345678"}}));
  EXPECT_EQ(Found("护照EA1234567"), (std::vector<P>{{"passport", "EA1234567"}}));
  EXPECT_EQ(Found("回乡证H12345678"), (std::vector<P>{{"travel_permit", "H12345678"}}));
  EXPECT_EQ(Found("回乡证M1234567890"), (std::vector<P>{{"travel_permit", "M1234567890"}}));
  EXPECT_EQ(Found("往来港澳通行证C12345678"), (std::vector<P>{{"travel_permit", "C12345678"}}));
  EXPECT_EQ(Found("台胞证号码 12345678"), (std::vector<P>{{"travel_permit", "12345678"}}));
  EXPECT_TRUE(Found("编号12345678").empty());
  EXPECT_TRUE(Found("车次G1234，代码E1234567890X").empty());
}

TEST(TextDetectorTest, HouseNumberAddresses) {
  EXPECT_EQ(Found("在幸福路88号经营"), (std::vector<P>{{"address", "88号"}}));
  EXPECT_EQ(Found("在阳光花园3号楼2单元301室"), (std::vector<P>{{"address", "3号楼2单元301室"}}));
  EXPECT_EQ(Found("在张家村3组15号"), (std::vector<P>{{"address", "3组15号"}}));
  EXPECT_EQ(Found("在幸福路88-1号"), (std::vector<P>{{"address", "88-1号"}}));
  EXPECT_TRUE(Found("安市监罚〔2024〕123号").empty());
  EXPECT_TRUE(Found("国发第3号文件，第5组数据").empty());
  DetectOptions firm;
  firm.subject = SubjectCategory::kLegalPerson;
  EXPECT_TRUE(Found("该公司位于幸福路88号", firm).empty());  // a firm's premises
}

TEST(TextDetectorTest, NamesInChineseAndLatinScript) {
  DetectOptions o;
  o.names = {"张三", "Zhang San"};
  EXPECT_EQ(Found("当事人张三于2024年承认，ZHANG SAN签字", o),
            (std::vector<P>{{"person_name", "张三"}, {"person_name", "ZHANG SAN"}}));
  EXPECT_TRUE(Found("Zhang Sanford", o).empty());  // not a whole word
}

}  // namespace
}  // namespace dpfeed
