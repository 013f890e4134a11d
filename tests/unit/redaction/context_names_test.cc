#include "redaction/context_names.h"

#include <gtest/gtest.h>

#include "redaction/chinese_names.h"
#include "redaction/person_name.h"

namespace dpfeed {
namespace {

// The names found in `text`, in order, without duplicates.
std::vector<std::string> Names(std::string_view text) {
  std::vector<Span> spans;
  FindNamesByContext(text, spans);
  NormalizeSpans(spans);
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}
using V = std::vector<std::string>;

TEST(ContextNamesTest, CueWordsBeforeTheName) {
  EXPECT_EQ(Names("申请人委托魏刚雪办理"), V{"魏刚雪"});
  EXPECT_EQ(Names("当事人员工钟强明在店内"), V{"钟强明"});
  EXPECT_EQ(Names("消费者李霞超向我局投诉"), V{"李霞超"});
  EXPECT_EQ(Names("举报人：张春然。"), V{"张春然"});
  EXPECT_EQ(Names("联系人为严然英，联系电话…"), V{"严然英"});
  EXPECT_EQ(Names("受托人杨涛志代为签收"), V{"杨涛志"});
  EXPECT_EQ(Names("证人韩山航证实"), V{"韩山航"});
  EXPECT_EQ(Names("驾驶员訾山仁拒载"), V{"訾山仁"});
  EXPECT_EQ(Names("其监护人汤敏燕到场"), V{"汤敏燕"});
  EXPECT_EQ(Names("卫生负责人：贺潇；"), V{"贺潇"});
  EXPECT_EQ(Names("经办人：武佳娅"), V{"武佳娅"});
  EXPECT_EQ(Names("东至梁娅晗承包地，西至马斌林地"), (V{"梁娅晗", "马斌"}));
}

TEST(ContextNamesTest, CuesAfterTheName) {
  EXPECT_EQ(Names("本案系邹娟诗（手机号码：…）举报"), V{"邹娟诗"});
  EXPECT_EQ(Names("申请人委托魏刚雪（公民身份号码：…）办理"), V{"魏刚雪"});
  EXPECT_EQ(Names("。韩东建（身份证号430422198001017514）"), V{"韩东建"});
  EXPECT_EQ(Names("送达：毛垚莉本人签收。"), V{"毛垚莉"});
  EXPECT_EQ(Names("。初福雨到场领证"), V{"初福雨"});
  EXPECT_EQ(Names("销售给个人矫煜勇(往来台湾通行证号码：L96376615)"), V{"矫煜勇"});
  EXPECT_EQ(Names("患者张瑶珍（女，62岁）"), V{"张瑶珍"});
  // Korean given names may use characters that are rarely Chinese given names.
  EXPECT_EQ(Names("投诉人郑在勋（联系方式:155…）"), V{"郑在勋"});
}

TEST(ContextNamesTest, ListsOfNamesAfterOneCue) {
  EXPECT_EQ(Names("当事人的服务员龚瑶宝、姜惠琳、潘曦未取得健康证明"),
            (V{"龚瑶宝", "姜惠琳", "潘曦"}));
  EXPECT_EQ(Names("员工彭炜，Maria Garcia，淳于琦琦未取得健康证明"),
            (V{"彭炜", "Maria Garcia", "淳于琦琦"}));
  // A comma also ends a clause: 卫生 is not a second name.
  EXPECT_EQ(Names("负责人：邵庆铭，卫生负责人：向淼波（电话"), (V{"邵庆铭", "向淼波"}));
}

TEST(ContextNamesTest, CompoundJapaneseKoreanLatinAndDottedNames) {
  EXPECT_EQ(Names("由员工令狐兴燕向顾客销售"), V{"令狐兴燕"});
  EXPECT_EQ(Names("证人佐藤健一（联系方式"), V{"佐藤健一"});
  EXPECT_EQ(Names("决定书由其职工中村和也代为签收"), V{"中村和也"});
  EXPECT_EQ(Names("证人PARK JI EUN（护照号码"), V{"PARK JI EUN"});
  EXPECT_EQ(Names("购房人SMITH John投诉"), V{"SMITH John"});
  EXPECT_EQ(Names("证人Lee Seong-ho的证言"), V{"Lee Seong-ho"});
  EXPECT_EQ(Names("当事人委托古丽娜尔·阿不都(手机号码"), V{"古丽娜尔·阿不都"});
  EXPECT_EQ(Names("造成乘客艾力·买买提受伤"), V{"艾力·买买提"});
}

TEST(ContextNamesTest, PhrasingsFirstSeenInTheHeldOutHalf) {
  // A contact's name before a comma and a contact label.
  EXPECT_EQ(Names("联系人：郑在勋，联系电话：152…"), V{"郑在勋"});
  // 太史 is a compound surname.
  EXPECT_EQ(Names("出租汽车驾驶员太史澜拒载"), V{"太史澜"});
  EXPECT_EQ(Names("联系人：太史琴，手机：182…"), V{"太史琴"});
  // A two-character name after 的 before a weak cue.
  EXPECT_EQ(Names("使用未取得护士执业证书的顾垚从事护理工作"), V{"顾垚"});
  // A relative's transliterated name: the cue word is not part of it.
  EXPECT_EQ(Names("决定书由其儿子艾力·买买提代为签收。"), V{"艾力·买买提"});
}

TEST(ContextNamesTest, WordsAfterCuesThatAreNotNames) {
  EXPECT_TRUE(Names("负责人安丘市某某有限公司").empty());
  EXPECT_TRUE(Names("负责人华润万家有限公司").empty());
  EXPECT_TRUE(Names("经营者应当依法经营").empty());
  EXPECT_TRUE(Names("出具委托书一份").empty());
  EXPECT_TRUE(Names("员工宿舍内存放").empty());
  EXPECT_TRUE(Names("消费者权益保护法").empty());
  EXPECT_TRUE(Names("执法人员对当事人进行检查").empty());
  EXPECT_TRUE(Names("当事人到场接受询问").empty());
  EXPECT_TRUE(Names("投诉人于2023年向我局投诉").empty());
}

TEST(ChineseNamesTest, MaskingKeepsTheWholeSurname) {
  EXPECT_EQ(MaskPersonName("淳于琦琦"), "淳于**");
  EXPECT_EQ(MaskPersonName("佐藤健一"), "佐藤**");
  EXPECT_EQ(MaskPersonName("田中华"), "田**");  // three characters: a Chinese name
  EXPECT_EQ(MaskPersonName("艾力·买买提"), "艾*****");
}

}  // namespace
}  // namespace dpfeed
