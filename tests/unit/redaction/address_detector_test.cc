#include "redaction/address_detector.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

std::vector<std::string> Found(std::string_view text, const AddressOptions& o = {}) {
  std::vector<Span> spans;
  DetectAddresses(text, o, spans);
  NormalizeSpans(spans);
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}
using V = std::vector<std::string>;

AddressOptions Firm() {
  AddressOptions o;
  o.house_numbers = false;
  o.domicile_is_home = false;
  return o;
}

TEST(AddressDetectorTest, HomeAddressKeepsTheCountyLevelPart) {
  EXPECT_EQ(Found("住四川省达州市通川区新桥镇枫树湾村四组86号。"), V{"新桥镇枫树湾村四组86号"});
  EXPECT_EQ(Found("户籍地：湖南省衡阳市衡南县茶市镇竹山村10组194号附7号"),
            V{"茶市镇竹山村10组194号附7号"});
  EXPECT_EQ(Found("居住地：羊场镇阿都村委会新寨村民小组1236号，"),
            V{"羊场镇阿都村委会新寨村民小组1236号"});
  EXPECT_EQ(Found("家庭住址：广西壮族自治区桂林市阳朔县抗战路163号漓江花园9-1-501"),
            V{"抗战路163号漓江花园9-1-501"});
  EXPECT_EQ(Found("现住振兴路630号雨母花园10-4-1601，联系"), V{"振兴路630号雨母花园10-4-1601"});
  EXPECT_EQ(Found("送达地址为寿光市古城街道文圣街167号7幢五单元一四〇二室"),
            V{"古城街道文圣街167号7幢五单元一四〇二室"});
  EXPECT_EQ(Found("住安徽省六安市霍邱县孟集镇沣河村一社。"), V{"孟集镇沣河村一社"});
  EXPECT_EQ(Found("住寿光市文圣街139号12号楼3单元1204室。"), V{"文圣街139号12号楼3单元1204室"});
}

TEST(AddressDetectorTest, ACountyFollowedByAnEstateRoadStaysReadable) {
  // 衡南县 then 花园路: a county and a road, not one name.
  EXPECT_EQ(Found("住所：湖南省衡阳市衡南县花园路8号27幢二单元一〇三室；"),
            V{"花园路8号27幢二单元一〇三室"});
  // A town named 茶市 is a town, not a county-level city.
  EXPECT_EQ(Found("住衡南县茶市镇竹山村10组"), V{"茶市镇竹山村10组"});
}

TEST(AddressDetectorTest, HomeIntroducersHoldInALegalPersonsRecord) {
  // A consumer's home in a company's case is hers, wherever it stands.
  EXPECT_EQ(
      Found("消费者林欣（家庭住址：湖南省衡阳市衡南县迎宾路306号雨母花园2-2-1203）投诉", Firm()),
      V{"迎宾路306号雨母花园2-2-1203"});
  EXPECT_EQ(Found("投诉人郑某（住潍坊市寿光市稻田镇北洛村332号）", Firm()), V{"稻田镇北洛村332号"});
  // The firm's own seat is public.
  EXPECT_TRUE(Found("住所：山东省青岛市胶州市工业园区兰州西路149号", Firm()).empty());
  EXPECT_TRUE(Found("经营场所：通川区西外镇柏树坪村驻地", Firm()).empty());
  EXPECT_TRUE(Found("该公司位于幸福路88号", Firm()).empty());
}

TEST(AddressDetectorTest, AnAddressAttachedToAPersonIsAHome) {
  const std::string text = "申请人徐鑫（宣威市龙泉路193号院2栋801号）";
  std::vector<Span> persons{{text.find("徐鑫"), text.find("徐鑫") + 6, PiiCategory::kPersonName}};
  AddressOptions o = Firm();
  o.persons = &persons;
  EXPECT_EQ(Found(text, o), V{"龙泉路193号院2栋801号"});
}

TEST(AddressDetectorTest, HouseNumberChainsWithChineseNumerals) {
  EXPECT_EQ(Found("在张家村三组15号经营"), V{"三组15号"});
  EXPECT_EQ(Found("在金桥路133号32号楼3单元2202室"), V{"133号32号楼3单元2202室"});
  EXPECT_EQ(Found("在幸福路二十三号"), V{"二十三号"});
  EXPECT_TRUE(Found("依据第一百二十四条第一款").empty());
  EXPECT_TRUE(Found("二〇二五年七月九日").empty());
  EXPECT_TRUE(Found("安市监罚〔2024〕123号").empty());
  EXPECT_TRUE(Found("经营场所：衡南县工业园区云集大道1381号").empty());  // a business address
  EXPECT_TRUE(Found("在幸福路88号经营", Firm()).empty());
}

TEST(AddressDetectorTest, WordsThatLookLikeIntroducers) {
  EXPECT_TRUE(Found("安丘市住房和城乡建设局").empty());
  EXPECT_TRUE(Found("住院治疗期间").empty());
  EXPECT_TRUE(Found("居住证明").empty());
}

TEST(AddressDetectorTest, MaskingKeepsUnitWordsOnly) {
  EXPECT_EQ(MaskAddress("新桥镇枫树湾村四组86号"), "**镇***村*组**号");
  EXPECT_EQ(MaskAddress("雨母花园10-4-1601"), "**花园**-*-****");
  EXPECT_EQ(MaskAddress("88号"), "**号");
  EXPECT_TRUE(IsSpecificAddress("振兴路630号"));
  EXPECT_FALSE(IsSpecificAddress("3号楼2单元301室"));
}

}  // namespace
}  // namespace dpfeed
