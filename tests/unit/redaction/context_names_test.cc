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

// Issue 8, from the third evaluation set (tests/redaction_eval3, written
// without sight of this code): names that are not of the usual shape, in
// places only the context marks.
TEST(ContextNamesTest, NamesOfAnyShapeWhereTheContextSaysAPersonStands) {
  // A Tibetan, Yi or Mongolian name, or a surname missing from the table,
  // up to a bracket of a person's details.
  EXPECT_EQ(Names("上网人员沙马拉则（公民身份号码513401198301011234）"), V{"沙马拉则"});
  EXPECT_EQ(Names("现场有患者宝音图（24岁；住广东省…）"), V{"宝音图"});
  EXPECT_EQ(Names("举报人申程凯【家庭住址：湖北省…】"), V{"申程凯"});
  EXPECT_EQ(Names("卫生负责人:多吉达瓦【身份证540202…】"), V{"多吉达瓦"});
  // Up to the end of the clause after a person noun and a connector (or a
  // person noun of three characters), not after a verb cue.
  EXPECT_EQ(Names("签收人 旦增央金，签收日期2025年"), V{"旦增央金"});
  EXPECT_EQ(Names("经办人：阿拉坦仓，联系电话：177…"), V{"阿拉坦仓"});
  EXPECT_EQ(Names("总监理工程师宝音图。工程合同价款8472万元"), V{"宝音图"});
  EXPECT_EQ(Names("质量负责人：拉姆顿珠(执业药师，注册证编号"), V{"拉姆顿珠"});
  EXPECT_EQ(Names("当事人委托顿珠多吉于2025-08-09到场领取"), V{"顿珠多吉"});
  // Before a cue of its own: 为患者, 名下, 责任山.
  EXPECT_EQ(Names("使用未取得医师执业证书的达瓦扎西为患者长孙亮天实施口腔治疗"),
            (V{"达瓦扎西", "长孙亮天"}));
  EXPECT_EQ(Names("四至：东至闫怡建责任山，西至阿拉坦仓自留山"), (V{"闫怡建", "阿拉坦仓"}));
  // Rare surnames and new cue words.
  EXPECT_EQ(Names("带团导游禤亮承承认上述事实"), V{"禤亮承"});
  EXPECT_EQ(Names("施工由包工头帅福凤实施。"), V{"帅福凤"});
  EXPECT_EQ(Names("当班网管苑宇汉在笔录上签字"), V{"苑宇汉"});
  EXPECT_EQ(Names("诉求人韩在锡），2025/09/18"), V{"韩在锡"});
  // A transliterated name whose second part starts with 托 (托合提).
  EXPECT_EQ(Names("委托代理人 阿迪力·托合提，单位职工"), V{"阿迪力·托合提"});
  EXPECT_EQ(Names("退款已汇入消费者热依拉·托合提名下银行卡"), V{"热依拉·托合提"});
}

TEST(ContextNamesTest, ListsThroughBracketsQuotesAndCommas) {
  // The details of one person in brackets, then the next name.
  EXPECT_EQ(Names("聘用面点师汪才兰(38岁),扎西尼玛,牛程子,窦刚长在未取得健康证明"),
            (V{"汪才兰", "扎西尼玛", "牛程子", "窦刚长"}));
  EXPECT_EQ(Names("居民谷小(户籍地:四川省西昌市川兴镇三岔口村163号）、那仁满都拉(住址:梅州市"),
            (V{"谷小", "那仁满都拉"}));
  EXPECT_EQ(Names("员工公孙欣、白玛顿珠（手机号:18087355152)均未"), (V{"公孙欣", "白玛顿珠"}));
  // Quoted names after a cue, and before 等消费者 / 等3人.
  EXPECT_EQ(Names("职工“邬宏亮”“上官燕”“巫雪”等3人未经培训"), (V{"邬宏亮", "上官燕", "巫雪"}));
  EXPECT_EQ(Names("广告中使用“暴芳华”、“艾力·阿不都热依木”等消费者的名义和形象"),
            (V{"暴芳华", "艾力·阿不都热依木"}));
  // Not a list: a contact label after a comma, quoted product claims.
  EXPECT_EQ(Names("委托代理人张三，联系电话：023-54661090"), V{"张三"});
  EXPECT_TRUE(Names("并标示“三天见效”等字样").empty());
  EXPECT_TRUE(Names("使用“放心肉”等产品名称").empty());
}

TEST(ContextNamesTest, RoleCharactersThatEndNoRoleWord) {
  // 工 of 施工 and 工程, 长 of 延长 do not end a role word: 许可, 程合 are no names.
  EXPECT_TRUE(Names("在未取得建筑工程施工许可证的情况下").empty());
  EXPECT_TRUE(Names("工程合同价款6084万元").empty());
  EXPECT_TRUE(Names("申请延长许可期限").empty());
  EXPECT_TRUE(Names("道路旅客运输（县内班车客运）").empty());
  EXPECT_TRUE(Names("违反第三十二条的规定，身份证号11010").empty());
  EXPECT_TRUE(Names("本案系消费者沈凤峰（家庭住址：").size() == 1);
  EXPECT_EQ(Names("本案系消费者沈凤峰（家庭住址："), V{"沈凤峰"});
  // Still names: after 员工, 厂长.
  EXPECT_EQ(Names("员工许可在店内"), V{"许可"});
  EXPECT_EQ(Names("厂长程合安到场"), V{"程合安"});
}

// Issue 8, from the fourth evaluation set (tests/redaction_eval4).
TEST(ContextNamesTest, PhrasingsFirstSeenInTheFourthSet) {
  // A bracket saying the person's role.
  EXPECT_EQ(Names("卫生技术人员:黄耀坤(执业助理医师)、郝明(执业医师)、覃荣志(乡村医生)。"),
            (V{"黄耀坤", "郝明", "覃荣志"}));
  EXPECT_EQ(Names("经查属实，谭明峰（当事人的实际经营者）对上述事实无异议"), V{"谭明峰"});
  EXPECT_EQ(Names("许可证由阿苏拉且（受托人，身份证号码530102…）领取"), V{"阿苏拉且"});
  EXPECT_EQ(Names("当事人股东曲比阿果（持股22%）参与日常经营"), V{"曲比阿果"});
  // Cues after the name, and new cue words.
  EXPECT_EQ(Names("。谭昌成作为见证人在场。"), V{"谭昌成"});
  EXPECT_EQ(Names("上网人员陶某使用吉克石布的身份证登记上网"), (V{"陶某", "吉克石布"}));
  EXPECT_EQ(Names("邮寄送达，签收人：阿说木乃，手机号"), V{"阿说木乃"});
  EXPECT_EQ(Names("送达邮箱:w@gmail.com，受送达人马麦燕。"), V{"马麦燕"});
  EXPECT_EQ(Names("由其妻拉毛措代为签收"), V{"拉毛措"});
  EXPECT_EQ(Names("送达时其妻子万炜琦到场。"), V{"万炜琦"});
  EXPECT_EQ(Names("消防安全责任人海小兰。"), V{"海小兰"});
  EXPECT_EQ(Names("于2026年2月4日雇请吕永、李鹏飞、俄木拉铁在新城镇火普村"),
            (V{"吕永", "李鹏飞", "俄木拉铁"}));
  EXPECT_EQ(Names("当事人未对新招用的阿苏拉且等人员进行安全生产教育"), V{"阿苏拉且"});
  EXPECT_EQ(Names("具体为：欧阳慧佳 17100元"), V{"欧阳慧佳"});
  EXPECT_EQ(Names("四至:东至杨伊斯哈格林地,南至邴某承包地,西至山脊"), (V{"杨伊斯哈格", "邴某"}));
  EXPECT_EQ(Names("使用“患者马阿舍”“患者马某”等患者名义"), (V{"马阿舍", "马某"}));
  // Not names: a place after 西至, a document after a role, what a customer is sold.
  EXPECT_TRUE(Names("西至山脊，北至公路").empty());
  EXPECT_TRUE(Names("未取得护士执业证书的").empty());
  EXPECT_EQ(Names("由员工令狐兴燕向顾客销售"), V{"令狐兴燕"});
  EXPECT_TRUE(Names("使用未取得导游证的人员").empty());
}

// Issue 8, from the fifth evaluation set (tests/redaction_eval5).
TEST(ContextNamesTest, PhrasingsFirstSeenInTheFifthSet) {
  // A table flattened into text: the cells under 姓名.
  EXPECT_EQ(Names("证人情况：\n序号 | 姓名 | 与当事人关系 | 联系电话\n1 | 玄哲民 | 邻居 | "
                  "17690416721\n2 | 韩斌 | 同事 | +8613367260731\n上述证人证言…"),
            (V{"玄哲民", "韩斌"}));
  EXPECT_TRUE(Names("序号 | 项目 | 金额\n1 | 罚款 | 5000元").empty());
  // A complainant at the start of a sentence, before 于 and a date.
  EXPECT_EQ(Names("。南基烈于二〇二四年十二月二十五日向本局劳动保障监察机构投诉。"), V{"南基烈"});
  EXPECT_EQ(Names("\n次仁卓玛于2025年01月29日向本机关举报，"), V{"次仁卓玛"});
  EXPECT_TRUE(Names("。本局于2025年01月29日接到举报").empty());
  EXPECT_TRUE(Names("。当事人于2025年01月29日被投诉").empty());
  // A count before the names, a bracket of wages, 由X签收.
  EXPECT_EQ(
      Names("涉及劳动者3人:全光日(延时工作58小时)、梁帆华(延时工作48小时)、谢波(工资5039元)。"),
      (V{"全光日", "梁帆华", "谢波"}));
  EXPECT_EQ(Names("《行政处罚告知书》送达回证由海来拉哈签收，联系电话"), V{"海来拉哈"});
  EXPECT_EQ(Names("办税人员：梁海璐，证件号码540102…"), V{"梁海璐"});
  EXPECT_EQ(Names("驾驶人图门吉日嘎拉（驾驶证号152502-…）"), V{"图门吉日嘎拉"});
}

// Issue 8, from the sixth evaluation set (tests/redaction_eval6).
TEST(ContextNamesTest, PhrasingsFirstSeenInTheSixthSet) {
  EXPECT_EQ(Names("木头。”证人玄成日（140728198001014119）证实了采伐经过。"), V{"玄成日"});
  EXPECT_EQ(Names("四邻邓瑶霞、陶凯凯已签字同意。"), (V{"邓瑶霞", "陶凯凯"}));
  EXPECT_EQ(Names("经询问村民小组长范德永得知，该地块未办理任何用地手续"), V{"范德永"});
  EXPECT_EQ(Names("经查，吉克阿呷未取得医师资格，在住宅一楼为患者"), V{"吉克阿呷"});
  EXPECT_EQ(Names("由吕德志负责看管。吕德志在询问笔录中称："), (V{"吕德志", "吕德志"}));
  EXPECT_EQ(Names("经询问，曾杰称：“看见他们拉了两车木头。”"), V{"曾杰"});
  EXPECT_EQ(Names("学员家长邓斌志（手机号码：183…）"), V{"邓斌志"});
  EXPECT_EQ(Names("车辆登记所有人为吕英，在甘州区超限检测站"), V{"吕英"});
  EXPECT_EQ(Names("帮厨那仁格日勒（男，67岁）未取得有效健康证明"), V{"那仁格日勒"});
  // Not names: a firm or a determiner after 经查.
  EXPECT_TRUE(Names("经查，该企业未取得排污许可证").empty());
  EXPECT_TRUE(Names("经查，当事人未取得食品经营许可证").empty());
  EXPECT_TRUE(Names("经查，本店未取得食品经营许可证").empty());
}

// Issue 8, from the seventh evaluation set (tests/redaction_eval7).
TEST(ContextNamesTest, PhrasingsFirstSeenInTheSeventhSet) {
  // key=value remarks.
  EXPECT_EQ(Names("卫生负责人=林瑞桂;从业人员=成嵩崇,Lin Ming;经营地址=卫星镇兴业路132号;"),
            (V{"林瑞桂", "成嵩崇", "Lin Ming"}));
  EXPECT_EQ(Names("联系人=邝潇;电话=138…"), V{"邝潇"});
  // Names in 【】.
  EXPECT_EQ(Names("安全管理人员：文某、【宁双】、屈明颖；"), (V{"文某", "宁双", "屈明颖"}));
  EXPECT_EQ(Names("决定书由委托代理人【雷玲】（公民身份号码：350583…）代为签收"), V{"雷玲"});
  // A name spaced to a form's width; a title after the name.
  EXPECT_EQ(Names("决定书由委托代理人桑 亮（公民身份号码：420683…）代为签收"), V{"桑 亮"});
  EXPECT_EQ(Names("申请材料由鲁 溪同志报送"), V{"鲁 溪"});
  EXPECT_EQ(Names("申请材料由余喜松同志报送"), V{"余喜松"});
  EXPECT_EQ(Names("经办：姜萍菊 电话166…；复核：已现场核查。"), V{"姜萍菊"});
  EXPECT_EQ(Names("《关于华英颖投诉的处理意见》附卷"), V{"华英颖"});
  EXPECT_EQ(Names("四至：东邻童菊宅基地，西邻姜某承包地"), (V{"童菊", "姜某"}));
  EXPECT_EQ(Names("储存区作业人员鲍某、岑红钰未经安全教育培训即上岗作业"), (V{"鲍某", "岑红钰"}));
  EXPECT_EQ(Names("从东台市汽车站搭载乘客谢某、盛亮洁前往富安镇"), (V{"谢某", "盛亮洁"}));
}

// Issue 8, from the eighth evaluation set (tests/redaction_eval8).
TEST(ContextNamesTest, PhrasingsFirstSeenInTheEighthSet) {
  EXPECT_EQ(
      Names(
          "证人（姓名 / 身份证号 / 联系方式）：\n1. 胡红 / 430181… / 139…\n2. 牛菊 / 4301… / 138…"),
      (V{"胡红", "牛菊"}));
  EXPECT_EQ(Names("保证金退还账户：户名刘香凤，卡号6222…"), V{"刘香凤"});
  EXPECT_EQ(Names("当事人委托律师陈悦珍参加听证。"), V{"陈悦珍"});
  EXPECT_EQ(Names("执业兽医：符娜、令狐艳永（均持有执业兽医资格证书）"), (V{"符娜", "令狐艳永"}));
  EXPECT_EQ(Names("随船人员：Olga Petrova、伍锋霞。"), (V{"Olga Petrova", "伍锋霞"}));
  EXPECT_EQ(Names("从业人员名单：方红梅、朱霞洋、辜平英（均已取得健康证明）。"),
            (V{"方红梅", "朱霞洋", "辜平英"}));
  EXPECT_EQ(Names("申请材料由潘香明代为递交，当场受理。"), V{"潘香明"});
  EXPECT_EQ(Names("。路浩系当事人聘用的收银员"), V{"路浩"});
  EXPECT_EQ(Names("经劝导后拒不改正。据查娟英反映：“钱是从我的银行卡"), V{"查娟英"});
  EXPECT_EQ(Names("变更事项：负责人由涂秀变更为全娜。"), V{"涂秀"});
  // An office is no name, before a bracket of its phone either.
  EXPECT_TRUE(Names("南康区自然资源和规划局（联系电话：0797-2320863）").empty());
  EXPECT_TRUE(Names("兴宁市文化和旅游局（联系电话：0753-5214845）").empty());
}

TEST(ChineseNamesTest, MaskingKeepsTheWholeSurname) {
  EXPECT_EQ(MaskPersonName("淳于琦琦"), "淳于**");
  EXPECT_EQ(MaskPersonName("佐藤健一"), "佐藤**");
  EXPECT_EQ(MaskPersonName("田中华"), "田**");  // three characters: a Chinese name
  EXPECT_EQ(MaskPersonName("艾力·买买提"), "艾*****");
}

TEST(ChineseNamesTest, DottedNamesWhosePartStartsWithAWordEnd) {
  const std::string text = "乘客艾力·托合提受伤";
  size_t b = 0, e = 0;
  ASSERT_TRUE(DottedNameAround(text, text.find("·"), &b, &e));
  EXPECT_EQ(text.substr(b, e - b), "艾力·托合提");
}

}  // namespace
}  // namespace dpfeed
