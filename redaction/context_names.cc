#include "redaction/context_names.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "redaction/chinese_names.h"
#include "redaction/text_scan.h"
#include "redaction/word_table.h"

namespace dpfeed {
namespace {

using std::string_view_literals::operator""sv;

// Words after which a natural person's name follows: roles of third
// parties in decisions (agents, employees, complainants, consumers,
// witnesses, contacts, relatives, neighbours in felling boundaries).
constexpr auto kBeforeCues = std::to_array<std::string_view>(
    {"委托", "受托人", "代理人", "员工", "职工", "举报人", "投诉人", "消费者", "联系人", "负责人",
     "经办人", "证人", "签收人", "驾驶员", "驾驶人", "监护人", "经营者", "本案系", "姓名", "领证人",
     "领取人", "收件人", "群众", "居民", "村民", "业主", "车主", "房主", "户主", "患者", "病人",
     "顾客", "乘客", "旅客", "购房人", "购买人", "购买者", "买受人", "承租人", "出租人", "租户",
     "房东", "住户", "营业员", "服务员", "店员", "收银员", "厨师", "安全员", "管理员", "管理人员",
     "施工人员", "从业人员", "工作人员", "经纪人员", "经纪人", "销售员", "业务员", "保洁员",
     "保安员", "司机", "帮工", "学徒", "店长", "经理", "工程师", "药师", "医师", "医生", "护士",
     "技术员", "质检员", "检验员", "操作工", "电工", "焊工", "丈夫", "妻子", "之妻", "之夫", "儿子",
     "女儿", "之子", "之女", "父亲", "母亲", "家属", "亲属", "朋友", "邻居", "受害人", "被害人",
     "伤者", "见证人", "在场人", "陪同人", "东至", "西至", "南至", "北至", "个人", "雇用", "雇佣",
     "聘用", "介绍人", "担保人", "面点师", "理发师", "美容师", "技师", "药剂师", "按摩师", "配送员",
     "外卖员", "快递员", "送货员", "装卸工", "维修工", "清洁工", "搬运工", "厂长", "主任",
     "同车人员", "同行人员", "随车人员", "押运员", "押运人员", "售货员", "导购员", "保管员", "门卫",
     "会计", "出纳", "施工员", "教练员", "学员", "店主", "摊主", "货主", "船主", "申请人", "持证人",
     "权利人", "承包人", "配偶", "前妻", "前夫", "哥哥", "弟弟", "姐姐", "妹妹", "孙子", "侄子",
     "外甥", "亲戚", "同事", "合伙人", "股东",
     // First met in the third evaluation set (issue 8).
     "网管", "包工头", "导游", "总监", "诉求人", "购药人", "收货人", "上网人员", "当班人员",
     "值班人员", "工人", "证明人", "知情人", "雇员",
     // First met in the fourth evaluation set (issue 8).
     "受送达人", "送达人", "代办人", "责任人", "技术人员", "收购人", "雇请", "招用", "招聘",
     "同船人员", "随行人员", "陪同检查人员", "被检查人员", "其妻", "其夫", "其父", "其母", "其子",
     "其女", "其兄", "其弟", "其姐", "其妹", "其妻子", "其丈夫", "其儿子", "其女儿", "其父亲",
     "其母亲", "之父", "之母", "之兄", "之弟", "之姐", "之妹", "具体为", "搓澡工", "就诊人员",
     "就诊人", "委派",
     // The fifth set.
     "办税人员", "办税员", "财务人员", "财务负责人", "开票人员", "顾问", "陪护人", "陪护人员",
     "旅游者", "游客", "劳动者",
     // The sixth set.
     "四邻", "小组长", "所有人", "帮厨", "外籍人员", "家长", "学员家长", "经查，", "经查,",
     "经询问", "询问",
     // The seventh set.
     "经办", "第三人", "岳父", "岳母", "兄长", "其兄长", "其岳父", "东邻", "西邻", "南邻", "北邻",
     "项目经理", "作业人员", "紧急联系人", "购药人", "关于",
     // The eighth set.
     "户名", "律师", "执业兽医", "兽医", "随船人员", "人员名单", "名单", "询问了", "负责人由"});

// Cues that are verbs or places rather than persons (委托 …, 东至 …): a
// name after them must read as one; after a person noun (投诉人, 网管,
// 签收人 …) any two to four characters that end the clause are the name
// (a rare surname, a Tibetan or Yi name: 签收人 旦增央金，).
bool IsVerbCue(std::string_view cue) {
  for (std::string_view v :
       {"委托"sv, "雇用"sv, "雇佣"sv,   "聘用"sv, "东至"sv,   "西至"sv,  "南至"sv,
        "北至"sv, "个人"sv, "本案系"sv, "群众"sv, "居民"sv,   "村民"sv,  "雇请"sv,
        "招用"sv, "招聘"sv, "具体为"sv, "委派"sv, "经查，"sv, "经查,"sv, "经询问"sv,
        "东邻"sv, "西邻"sv, "南邻"sv,   "北邻"sv, "关于"sv,   "询问"sv,  "询问了"sv}) {
    if (cue == v) return true;
  }
  return false;
}

// What a bracket right after a person's name holds: 张三（身份证号码…）,
// 李四（女，62岁）, 王五(手机号码…).
constexpr auto kBracketLabels = std::to_array<std::string_view>(
    {"身份证", "公民身份", "居民身份", "证件", "手机", "联系", "电话", "电子邮", "邮箱", "护照",
     "往来",   "港澳",     "台湾",     "台胞", "男",   "女",   "住",   "家住",   "居住", "户籍",
     "现住",   "家庭",     "座机",     "微信", "年龄", "出生", "籍贯", "民族",   "国籍", "系当事人",
     "工号",   "送达",     "通讯",     "暂住", "大陆", "工资", "延时", "驾驶证", "加班"});

// Words that follow a natural person's name. Strong ones accept any name
// shape; weak ones (到场, 签收 ...) only a three-character name or one
// standing alone.
struct AfterCue {
  std::string_view word;
  bool strong;
};
constexpr auto kAfterCues = std::to_array<AfterCue>({
    {"，男，", true},
    {",男,", true},
    {"，女，", true},
    {",女,", true},
    {"，身份证", true},
    {",身份证", true},
    {"，公民身份", true},
    {",公民身份", true},
    {"本人签收", true},
    {"本人领取", true},
    {"代为签收", true},
    {"代为领取", true},
    {"代领", true},
    {"本人在", true},
    {"承包地", true},
    {"到场", false},
    {"签收", false},
    {"证实", false},
    {"陈述", false},
    {"确认", false},
    {"从事", false},
    {"受伤", false},
    {"签字", false},
    {"林地", false},
    {"在场", false},
    {"领取", false},
    {"拒载", false},
    {"现场", false},
    // First met in the third evaluation set (issue 8): 汇入投诉人X名下账户,
    // 证书的X为患者Y, 东至X责任山, and a quoted list of names before 等消费者.
    {"名下", true},
    {"为患者", true},
    {"责任山", true},
    {"自留山", true},
    {"责任田", true},
    {"自留地", true},
    {"承包山", true},
    {"”等", true},
    // The fourth set: X作为见证人在场, 使用X的身份证.
    {"作为见证人", true},
    // The fifth set: 该工程实际由X借用…资质, X多次举报.
    {"借用", false},
    {"多次举报", false},
    // The sixth set: 由X负责看管, X在询问笔录中称, 经询问，X称：“….
    {"负责看管", false},
    // The seventh set: X同志报送, X经理负责, 由X带团, 由X举报, 东邻X宅基地,
    // 《关于X投诉的处理意见》.
    {"同志", true},
    {"经理负责", true},
    {"带团", false},
    {"举报", false},
    {"宅基地", true},
    {"投诉的处理", true},
    // The eighth set: 由X代为递交, X系当事人聘用的…, 由X凭授权委托书领取,
    // 罚没款由X通过其个人借记卡….
    {"代为", true},
    {"系当事人", true},
    {"凭授权", true},
    {"通过其", false},
    {"反映：“", true},
    {"反映:“", true},
    {"在询问笔录", true},
    {"称：“", true},
    {"称:“", true},
    {"作为证人", true},
    {"的身份证", true},
});

// Words right after a candidate that make it a place or a firm, not a
// person: 负责人安丘市…, 委托华润万家有限公司.
constexpr auto kOrgWords = std::to_array<std::string_view>(
    {"公司",   "有限",   "集团", "合作社", "超市", "商行",   "经营部", "门市", "机构", "单位",
     "医院",   "诊所",   "药房", "药店",   "学校", "幼儿园", "酒店",   "宾馆", "饭店", "餐厅",
     "工作室", "加油站", "中心", "事务所", "工厂", "分店",   "企业",   "门店", "店铺", "工地"});

// Characters that end a run of words belonging to a name or a firm.
bool IsBreakChar(char32_t cp) {
  static const CodePointSet set = CodePointSet::Of(
      "的在于等和与及对向将系已未称说被从因为均并也本作到签代经由委承证陈现驾受拒持通提使是");
  return set.Has(cp);
}

bool IsPlaceUnitChar(char32_t cp) {
  static const CodePointSet set = CodePointSet::Of("省市县区镇乡村路街巷旗州盟");
  return set.Has(cp);
}

char32_t FirstCodePoint(std::string_view w) {
  size_t len = 0;
  return DecodeAt(w, 0, &len);
}

// The first two characters of a cue word (every cue has two or more).
std::pair<char32_t, char32_t> FirstTwo(std::string_view w) {
  size_t len = 0;
  const char32_t a = DecodeAt(w, 0, &len);
  size_t len2 = 0;
  return {a, DecodeAt(w, len, &len2)};
}

// Cue words by their first two characters, in an open-addressed table: a
// position gives its candidates by one probe (the words sharing both
// characters, in their list's order), where a search by the first
// character and a byte comparison with each word sharing it cost a few
// dozen steps.
class CuesByPair {
 public:
  void Add(std::string_view word, std::uint16_t id) {
    entries_.push_back({Key(FirstTwo(word)), id});
  }
  void Build() {
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry& x, const Entry& y) { return x.key < y.key; });
    for (const Entry& e : entries_) ids_.push_back(e.id);
    for (size_t i = 0; i < entries_.size();) {
      size_t j = i;
      while (j < entries_.size() && entries_[j].key == entries_[i].key) ++j;
      for (std::uint32_t h = Hash(entries_[i].key);; h = (h + 1) & (kSlots - 1)) {
        if (slots_[h].count == 0) {
          slots_[h] = {entries_[i].key, static_cast<std::uint16_t>(i),
                       static_cast<std::uint16_t>(j - i)};
          break;
        }
      }
      i = j;
    }
  }
  // The ids of the words whose first two characters are a and b.
  std::span<const std::uint16_t> Find(char32_t a, char32_t b) const {
    const std::uint64_t key = Key({a, b});
    for (std::uint32_t h = Hash(key);; h = (h + 1) & (kSlots - 1)) {
      const Slot& s = slots_[h];
      if (s.count == 0) return {};
      if (s.key == key) return {ids_.data() + s.begin, s.count};
    }
  }

 private:
  static constexpr std::uint32_t kSlots = 512;  // a power of two, over twice the words
  struct Entry {
    std::uint64_t key;
    std::uint16_t id;
  };
  struct Slot {
    std::uint64_t key = 0;
    std::uint16_t begin = 0;
    std::uint16_t count = 0;  // 0: an empty slot
  };
  static std::uint64_t Key(std::pair<char32_t, char32_t> ab) {
    return std::uint64_t{ab.first} << 32 | ab.second;
  }
  static std::uint32_t Hash(std::uint64_t key) {
    return static_cast<std::uint32_t>((key * 0x9E3779B97F4A7C15ULL) >> 55);  // 9 bits
  }
  std::vector<Entry> entries_;
  std::vector<std::uint16_t> ids_;
  std::array<Slot, kSlots> slots_{};
};

struct Tables {
  CodePointSet triggers;
  PairFilter pairs;   // the first two characters of every cue
  CuesByPair before;  // indices into kBeforeCues
  CuesByPair after;   // and into kAfterCues
};

const Tables& GetTables() {
  static const Tables t = [] {
    Tables t;
    for (size_t i = 0; i < kBeforeCues.size(); ++i) {
      t.triggers.Add(FirstCodePoint(kBeforeCues[i]));
      t.before.Add(kBeforeCues[i], static_cast<std::uint16_t>(i));
      t.pairs.Add(kBeforeCues[i]);
    }
    for (size_t i = 0; i < kAfterCues.size(); ++i) {
      t.triggers.Add(FirstCodePoint(kAfterCues[i].word));
      t.after.Add(kAfterCues[i].word, static_cast<std::uint16_t>(i));
      t.pairs.Add(kAfterCues[i].word);
    }
    t.before.Build();
    t.after.Build();
    t.triggers.Add(U'（');
    t.triggers.Add(U'(');
    t.triggers.Add(U'【');
    t.triggers.Add(U'于');  // ReporterBefore
    t.triggers.Add(U',');
    t.triggers.Add(0xB7);  // the middle dot of transliterated names
    for (char32_t cp : {U'员', U'师', U'工', U'长', U'人', U'者', U'主'}) t.triggers.Add(cp);
    return t;
  }();
  return t;
}

// An age at p: 24岁, 38周岁 (患者宝音图（24岁；住…）).
bool AgeAt(std::string_view text, size_t p) {
  size_t q = p;
  while (q < text.size() && q < p + 3 && IsAsciiDigit(text[q])) ++q;
  return q > p && (StartsWithAt(text, q, "岁") || StartsWithAt(text, q, "周岁"));
}

bool BracketLabelAt(std::string_view text, size_t p) {
  static const WordTable labels(kBracketLabels);
  return labels.AnyAt(text, p);
}

// What a bracket right after a person's name says of her role: 黄耀坤(执业
// 助理医师)、郝明(乡村医生), 谭明峰（当事人的实际经营者）, 阿苏拉且（受托人，
// …）, 曲比阿果（持股22%）: a few characters ending in a role character
// (员, 师, 士, 生, 人, 者) before the bracket closes or a comma, or a
// word of a person's standing. p is right after the opening bracket (a
// comma or space left there by a form is skipped).
bool BracketRoleAt(std::string_view text, size_t p) {
  static constexpr auto kRoleLabels = std::to_array<std::string_view>(
      {"当事人", "系", "持股", "固定", "执业", "注册", "受托", "代办", "乘车", "保安", "股东"});
  static const WordTable labels(kRoleLabels);
  if (p < text.size() && (text[p] == ',' || text[p] == ' ')) ++p;
  if (StartsWithAt(text, p, "，")) p += 3;
  if (labels.AnyAt(text, p) || BracketLabelAt(text, p)) return true;
  size_t q = p;
  for (int k = 0; k < 6; ++k, q += 3) {
    const char32_t cp = DecodeBmp3(text, q);
    if (cp == 0 || !IsHan(cp)) return false;
    if (k >= 1 &&
        (cp == U'员' || cp == U'师' || cp == U'士' || cp == U'生' || cp == U'人' || cp == U'者')) {
      const size_t e = q + 3;
      if (e >= text.size()) return true;
      if (text[e] == ')' || text[e] == ',' || StartsWithAt(text, e, "）") ||
          StartsWithAt(text, e, "，") || StartsWithAt(text, e, "、") || StartsWithAt(text, e, "】"))
        return true;
    }
  }
  return false;
}

// An amount right after a name, as in a list of wages owed: 马麦燕 7800元,
// 夏侯彬,13700元.
bool AmountAt(std::string_view text, size_t p) {
  size_t q = p;
  if (q < text.size() && (text[q] == ' ' || text[q] == ',')) ++q;
  if (StartsWithAt(text, q, "，")) q += 3;
  const size_t digits = q;
  while (q < text.size() && (IsAsciiDigit(text[q]) || (q > digits && text[q] == ','))) ++q;
  return q > digits && StartsWithAt(text, q, "元");
}

// An ID number right inside a bracket after a name (证人玄成日（140728…4119）):
// six digits or more, masked or not.
bool IdInBracketAt(std::string_view text, size_t p) {
  size_t q = p;
  while (q < text.size() && (IsAsciiDigit(text[q]) || text[q] == '*')) ++q;
  return q >= p + 6;
}

// 等 and persons after a name: 阿苏拉且等人员, 薛成海、侯辉等3人.
bool PersonsEtcAt(std::string_view text, size_t p) {
  if (!StartsWithAt(text, p, "等")) return false;
  size_t q = p + 3;
  while (q < text.size() && IsAsciiDigit(text[q])) ++q;
  return StartsWithAt(text, q, "人") || (q > p + 3 && StartsWithAt(text, q, "名"));
}

const std::vector<std::string_view>& AfterCueWords(bool strong_only) {
  static const auto words = [] {
    std::array<std::vector<std::string_view>, 2> w;
    for (const AfterCue& c : kAfterCues) {
      w[0].push_back(c.word);
      if (c.strong) w[1].push_back(c.word);
    }
    return w;
  }();
  return words[strong_only ? 1 : 0];
}

// A strong cue right at p: a bracket with identity or contact details, or
// a strong after-cue word.
bool StrongCueAt(std::string_view text, size_t p) {
  // 张三（身份证…, 张三(手机…, 联系人：张三，联系电话…, 郝明(执业医师)
  if (StartsWithAt(text, p, "（") || StartsWithAt(text, p, "【"))
    return BracketLabelAt(text, p + 3) || AgeAt(text, p + 3) || BracketRoleAt(text, p + 3) ||
           IdInBracketAt(text, p + 3);
  if (StartsWithAt(text, p, "，")) return BracketLabelAt(text, p + 3);
  if (p < text.size() && (text[p] == '(' || text[p] == '['))
    return BracketLabelAt(text, p + 1) || AgeAt(text, p + 1) || BracketRoleAt(text, p + 1) ||
           IdInBracketAt(text, p + 1);
  if (p < text.size() && text[p] == ',') return BracketLabelAt(text, p + 1);
  if (PersonsEtcAt(text, p) || AmountAt(text, p)) return true;
  static const WordTable strong(AfterCueWords(true));
  return strong.AnyAt(text, p);
}

// Common words that begin with a surname and a given-name character:
// after a cue they are the cue's object, not a person (消费者权益, 员工工资).
constexpr auto kCommonWords = std::to_array<std::string_view>(
    {"权益",   "权利", "权限", "合法", "合理", "个人", "信息", "身份", "安全", "健康", "宿舍",
     "工资",   "名单", "数量", "人数", "管理", "服务", "经营", "卫生", "公共", "公司", "公民",
     "公众",   "公安", "公示", "公告", "法律", "法规", "证件", "证明", "证书", "文件", "文书",
     "相关",   "相应", "有关", "明确", "明显", "全部", "全体", "全面", "平台", "时间", "原因",
     "原料",   "车辆", "车间", "商品", "商户", "质量", "价格", "金额", "房屋", "单位", "方式",
     "方面",   "程序", "行为", "政府", "国家", "培训", "花名", "通讯", "通信", "和其", "及其",
     "向其",   "于是", "于当", "于某", "成员", "家庭", "年龄", "性别", "姓名", "劳动", "保险",
     "福利",   "食堂", "休息", "康复", "应当", "应该", "名义", "名下", "形象", "规定", "运输",
     "工作",   "作业", "教育", "检查", "登记", "执业", "销售", "情况", "证言", "笔录", "陈述",
     "信息表", "资格", "资质", "岗位", "职责", "执照"});

bool IsCommonWordAt(std::string_view text, size_t p) {
  static const WordTable common(kCommonWords);
  return common.AnyAt(text, p);
}

// Whether the Chinese name [b, e) is followed by a place unit or runs into
// a firm's name.
bool RunsIntoPlaceOrFirm(std::string_view text, size_t e) {
  const char32_t next = DecodeBmp3(text, e);
  if (next != 0 && IsPlaceUnitChar(next)) return true;
  static const WordTable org(kOrgWords);
  size_t q = e;
  for (int k = 0; k < 10; ++k) {
    if (org.AnyAt(text, q)) return true;
    const char32_t cp = DecodeBmp3(text, q);
    if (cp == 0 || !IsHan(cp) || IsBreakChar(cp)) return false;
    q += 3;
  }
  return false;
}

// A middle dot within the next few Han characters, or npos.
size_t DotAhead(std::string_view text, size_t p) {
  size_t q = p;
  for (int k = 0; k < 6 && q < text.size(); ++k) {
    if (StartsWithAt(text, q, "\xC2\xB7") || StartsWithAt(text, q, "\xE3\x83\xBB") ||
        StartsWithAt(text, q, "\xE2\x80\xA2") || StartsWithAt(text, q, "\xEF\xBD\xA5")) {
      return q;
    }
    const char32_t cp = DecodeBmp3(text, q);
    if (cp == 0 || !IsHan(cp)) break;
    q += 3;
  }
  return std::string_view::npos;
}

// Characters that may follow a name in a sentence (未取得, 在场, 从事 ...).
bool IsFollowerChar(char32_t cp) {
  static const CodePointSet set = CodePointSet::Of(
      "未在从向代到现拒等对于称驾系因将已均也并的和与及本签陈证承作不无私擅持受经出被为是"
      "办领负使提购销没进供陪接把又还当说讲即就都再曾仍亦只才共同给让叫请跟随替帮至此处"
      "所要会能可应自手电联身住男女年");
  return set.Has(cp);
}

bool AfterCueAt(std::string_view text, size_t p) {
  static const WordTable after(AfterCueWords(false));
  return after.AnyAt(text, p);
}

// Whether the text at p ends a name: punctuation, a line end, ASCII, a
// character or a word that follows names.
bool NameBoundaryAt(std::string_view text, size_t p) {
  if (p >= text.size()) return true;
  const char32_t cp = DecodeBmp3(text, p);
  return cp == 0 || !IsHan(cp) || IsFollowerChar(cp) || IsFollowerWordAt(text, p) ||
         AfterCueAt(text, p);
}

// The stricter end of a further name in a list (员工甲、乙未…): punctuation
// or a word that only follows a person.
bool ListNameBoundaryAt(std::string_view text, size_t p) {
  if (p >= text.size()) return true;
  const char32_t cp = DecodeBmp3(text, p);
  if (cp == 0 || !IsHan(cp)) return true;
  static const CodePointSet set =
      CodePointSet::Of("未在从向到等对于均也并及和与系代现拒称的被为将已");
  return set.Has(cp) || AfterCueAt(text, p) || IsFollowerWordAt(text, p);
}

// Runs that stand where a name would but are not one: 签收人：本人，
// 经营者：个体（女，…）, 负责人为其本人.
bool IsNotANameRun(std::string_view run) {
  for (std::string_view w : {"本人"sv, "其本人"sv, "个体"sv, "个人"sv, "当事人"sv, "自然人"sv,
                             "同上"sv, "不详"sv, "未知"sv, "该人"sv, "此人"sv, "其妻"sv, "其夫"sv,
                             "无"sv, "暂无"sv, "家属"sv, "亲属"sv, "其他"sv, "其他人"sv}) {
    if (run == w) return true;
  }
  return false;
}

// The last character of an office's or a firm's name (规划局, 卫生院, 门店),
// or of a role (当事人): no name of any shape ends so.
bool EndsAsOffice(char32_t cp) {
  static const CodePointSet set = CodePointSet::Of("人局院所处厅委站队办馆社府司厂店校园室部关会");
  return set.Has(cp);
}

// Whether [b, e) is a run of Chinese characters that could be a name of
// any shape: none of them ends a name in a sentence (的, 在 …) or names a
// place unit, no firm's word starts in it, it is not a common word and
// does not end in 人 (当事人, 申请人).
bool AnyShapeNameRun(std::string_view text, size_t b, size_t e) {
  static const WordTable org(kOrgWords);
  if (e <= b || IsNotANameRun(text.substr(b, e - b)) || IsCommonWordAt(text, b)) return false;
  const Tables& t = GetTables();
  for (size_t q = b; q < e; q += 3) {
    const char32_t cp = DecodeBmp3(text, q);
    // Words that end a name stand in none, but for a few characters that
    // transliterated names use (阿说木乃) past the first.
    const bool transliteration =
        q > b && (cp == U'说' || cp == U'提' || cp == U'本' || cp == U'作');
    if (cp == 0 || !IsHan(cp) || (IsBreakChar(cp) && !transliteration) || IsPlaceUnitChar(cp) ||
        org.AnyAt(text, q))
      return false;
    // 该企业, 本店, 各村民: a determiner starts no name.
    if (q == b && (cp == U'该' || cp == U'本' || cp == U'我' || cp == U'此' || cp == U'贵' ||
                   cp == U'每' || cp == U'各'))
      return false;
    // A cue or a role word inside is no name (本案系消费者沈凤峰, 经办人财务
    // 人员陆敏: the name follows it).
    if (q + 3 < e && (cp == U'员' || cp == U'人' || cp == U'者' || cp == U'师')) return false;
    if (q + 3 < e) {
      const char32_t next = DecodeBmp3(text, q + 3);
      for (const std::uint16_t i : t.before.Find(cp, next)) {
        if (StartsWithAt(text, q, kBeforeCues[i])) return false;
      }
    }
  }
  // Nor an office (自然资源和规划局, 文化和旅游局).
  return !EndsAsOffice(DecodeBmp3(text, e - 3));
}

// What ends a clause right after a name: punctuation, a bracket, a space,
// a line end or the end of the text.
bool ClauseEndAt(std::string_view text, size_t p) {
  if (p >= text.size()) return true;
  const char c = text[p];
  if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ';' || c == '.' ||
      c == ')' || c == ']' || c == ':')
    return true;
  // Not an opening bracket: 旅客运输（县内班车） is no name; a bracket of
  // a person's details is a strong cue of its own. Every mark below starts
  // with 0xEF, 0xE3 or 0xE2; a Chinese character never does.
  const auto lead = static_cast<unsigned char>(c);
  if (lead != 0xEF && lead != 0xE3 && lead != 0xE2) return false;
  for (std::string_view w :
       {"，"sv, "。"sv, "；"sv, "、"sv, "）"sv, "】"sv, "："sv, "\u201D"sv, "\u3000"sv}) {
    if (StartsWithAt(text, p, w)) return true;
  }
  return false;
}

// Role words end in these (驾驶员, 面点师, 维修工, 厂长, 当事人, 经营者, 业主):
// a name right after one of them and ending at a boundary is a person's.
bool EndsRoleWord(char32_t cp) {
  return cp == U'员' || cp == U'师' || cp == U'工' || cp == U'长' || cp == U'人' || cp == U'者' ||
         cp == U'主';
}

// Characters that start what a person does next, after her name: 雇请
// 多吉才让在…, 出租人X与当事人… (not 的: 执业证书的 is a thing's).
bool PersonActsNext(char32_t cp) {
  static const CodePointSet set = CodePointSet::Of("在于向对从将已未均也并与和及等到替帮给把");
  return set.Has(cp);
}

// Where a name of any shape may end: only at a strong cue, also at the
// end of its clause, or also at an opening bracket (after a connector:
// 质量负责人：拉姆顿珠(执业药师…)).
enum class AnyShape { kStrongCueOnly, kToClause, kToClauseOrBracket };

// A name of any shape (a rare surname, a Tibetan, Yi or Mongolian name)
// starting at p where the context alone says a person stands there: two
// to six characters up to a strong cue (受托人禤霞长（身份证…, 上网人员
// 沙马拉则（公民身份号码…), or, when `clause_end` allows it, two to four
// up to the end of the clause (签收人 旦增央金，). The shortest reading
// wins. Returns its end, or p.
size_t AnyShapeNameFrom(std::string_view text, size_t p, AnyShape shape) {
  for (size_t chars = 2; chars <= 6; ++chars) {
    const size_t e = p + 3 * chars;
    if (e > text.size()) break;
    const char32_t last = DecodeBmp3(text, e - 3);
    if (last == 0 || !IsHan(last)) break;
    bool ends = StrongCueAt(text, e);
    // What stands on a person's land or what she does next (东至杨伊斯哈格
    // 林地, 雇请多吉才让在…): after any cue.
    if (!ends) {
      const char32_t next = DecodeBmp3(text, e);
      ends = AfterCueAt(text, e) || (chars <= 4 && next != 0 && PersonActsNext(next) &&
                                     !IsFollowerChar(DecodeBmp3(text, p)));
    }
    // A person noun of three characters or more and a name of five or six
    // (消防安全责任人额尔敦巴雅尔。).
    if (!ends && chars >= 5 && shape != AnyShape::kStrongCueOnly) ends = ClauseEndAt(text, e);
    if (!ends && chars <= 4 && shape != AnyShape::kStrongCueOnly) {
      // The end of the clause, or what a person does next (当班人员哈德成
      // 在现场, 东至海小兰林地, 雇员海小兰当时在岗).
      const char32_t next = DecodeBmp3(text, e);
      ends = ClauseEndAt(text, e) || AfterCueAt(text, e) || IsFollowerWordAt(text, e) ||
             (next != 0 && IsHan(next) && ListNameBoundaryAt(text, e)) ||
             (shape == AnyShape::kToClauseOrBracket &&
              (StartsWithAt(text, e, "（") || (e < text.size() && text[e] == '(')));
    }
    if (ends && AnyShapeNameRun(text, p, e)) return e;
  }
  return p;
}

// After 委托 a name of any shape is read only before a date: 当事人委托
// 顿珠多吉于2025-08-09到场领取 (委托检测 … is an act, not a person).
size_t AnyShapeNameBeforeDate(std::string_view text, size_t p) {
  for (size_t chars = 2; chars <= 4; ++chars) {
    const size_t e = p + 3 * chars;
    if (e + 4 > text.size()) break;
    if (StartsWithAt(text, e, "于") && IsAsciiDigit(text[e + 3]) && AnyShapeNameRun(text, p, e) &&
        !EndsRoleWord(DecodeBmp3(text, e - 3))) {
      return e;
    }
  }
  return p;
}

// A name starting at p (after a cue): its end, or p when none.
// `dots`: whether the text holds a middle dot at all (most do not, and
// the dotted-name readings are skipped).
size_t NameFrom(std::string_view text, size_t p, bool dots, AnyShape shape) {
  const bool person_cue = shape != AnyShape::kStrongCueOnly;
  if (p >= text.size()) return p;
  // A surname and a given name spaced apart to fill a form's width (鲁 溪).
  if (ChineseSurnameAt(text, p) == 3 && p + 7 <= text.size() && text[p + 3] == ' ' &&
      IsHan(DecodeBmp3(text, p + 4)) && NameBoundaryAt(text, p + 7)) {
    return p + 7;
  }
  if (IsAsciiUpper(text[p])) return p + LatinNameAt(text, p);
  if (const size_t dot = dots ? DotAhead(text, p) : std::string_view::npos;
      dot != std::string_view::npos) {
    size_t b = 0, e = 0;
    if (dot >= p + 6 && DottedNameAround(text, dot, &b, &e) && b <= p) return e;
  }
  // Up to a bracket of identity details, two to six characters are a name
  // whatever they are (员工…、那仁满都拉(住址:…)), unless a cue or a firm
  // stands in them.
  if (const size_t e = AnyShapeNameFrom(text, p, AnyShape::kStrongCueOnly); e != p) return e;
  // Between a cue and a bracket of identity details (投诉人郑在勋（联系方式…）),
  // a surname and one or two more characters are a name whatever they are.
  if (const size_t s = ChineseSurnameAt(text, p)) {
    for (size_t given = 2; given >= 1; --given) {
      const size_t e = p + s + 3 * given;
      bool han = true;
      for (size_t q = p + s; q < e && han; q += 3) han = IsHan(DecodeBmp3(text, q));
      if (han && (StrongCueAt(text, e) || (person_cue && ClauseEndAt(text, e)))) return e;
    }
  }
  // After a cue a name is taken as long as it reads as one, unless it is a
  // common word (消费者权益, 员工宿舍); a shorter reading ending where names
  // end is preferred (员工王芳负责…).
  size_t len = ChineseNameAt(text, p);
  if (len > 6 && !NameBoundaryAt(text, p + len) && NameBoundaryAt(text, p + len - 3)) len -= 3;
  // A reading that runs on into the sentence (斯琴 of 斯琴高娃、): the
  // context's reading when there is one.
  if (len > 0 && !NameBoundaryAt(text, p + len) && shape != AnyShape::kStrongCueOnly) {
    if (const size_t e = AnyShapeNameFrom(text, p, shape); e != p) return e;
  }
  if (len == 0 || IsCommonWordAt(text, p) || RunsIntoPlaceOrFirm(text, p + len)) {
    // No usual name reads here: a name of any shape, where the context
    // alone says so.
    return AnyShapeNameFrom(text, p, shape);
  }
  return p + len;
}

// Connectors between a cue and the name: 联系人：张三, 负责人为李四, 委托的赵燕.
// Quotes around a name: “…” and 【…】 (签收人【艾博涵】).
bool OpenQuoteAt(std::string_view text, size_t p) {
  return StartsWithAt(text, p, "\u201C") || StartsWithAt(text, p, "【");
}
bool CloseQuoteAt(std::string_view text, size_t p) {
  return StartsWithAt(text, p, "\u201D") || StartsWithAt(text, p, "】");
}

size_t SkipConnector(std::string_view text, size_t p) {
  if (p < text.size() && (text[p] == ':' || text[p] == ' ')) ++p;
  for (std::string_view w : {"："sv, "为"sv, "是"sv, "的"sv}) {
    if (StartsWithAt(text, p, w)) {
      p += w.size();
      break;
    }
  }
  if (p < text.size() && (text[p] == ' ' || text[p] == '=')) ++p;
  // A quoted name: 职工“邬宏亮”“上官燕”…, 签收人【艾博涵】.
  if (OpenQuoteAt(text, p)) p += 3;
  return p;
}

// The end of a bracket opened at p (（…）, (…), 【…】, […]) holding a
// person's details (身份证…, 38岁, 联系电话…), or p when none closes in the
// same sentence.
size_t SkipDetailsBracket(std::string_view text, size_t p) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}};
  for (const auto& [open, close] : kPairs) {
    if (!StartsWithAt(text, p, open)) continue;
    for (size_t q = p + open.size(); q < text.size() && q < p + 240; ++q) {
      if (text[q] == '\n' || StartsWithAt(text, q, "。")) return p;
      if (StartsWithAt(text, q, close)) return q + close.size();
      // A closing bracket of the other width: 武伟(联系电话：…）.
      if (StartsWithAt(text, q, "）") || text[q] == ')' || StartsWithAt(text, q, "】")) {
        return q + (text[q] == ')' ? 1 : 3);
      }
    }
    return p;
  }
  return p;
}

// Separators of a list of names: 员工彭炜、姜惠琳，Maria Garcia和潘曦.
size_t ListSeparatorAt(std::string_view text, size_t p) {
  if (p < text.size() && text[p] == ',') return 1;
  for (std::string_view w : {"、"sv, "，"sv, "和"sv, "及"sv, "与"sv}) {
    if (StartsWithAt(text, p, w)) return w.size();
  }
  return 0;
}

// Whether a further name of a list may have any shape: it is quoted, or
// its separator is 、/和/及/与 (a comma may also end the list: 委托代理人
// 张三，联系电话…), or it is followed by a strong cue, 等, or another
// separator and a name (汪才兰(38岁),扎西尼玛,牛程子…).
bool AnyShapeListItemEnd(std::string_view text, size_t e, bool quoted, bool comma) {
  if (quoted) return CloseQuoteAt(text, e) || StrongCueAt(text, e);
  if (!comma || StrongCueAt(text, e) || StartsWithAt(text, e, "等")) return true;
  // The last name of the list, before what the persons did (…,窦刚长在未取得…).
  const char32_t next = DecodeBmp3(text, e);
  if (next != 0 && IsHan(next) && ListNameBoundaryAt(text, e)) return true;
  const size_t sep = ListSeparatorAt(text, e);
  if (sep > 0 && (ChineseSurnameAt(text, e + sep) > 0 || ChineseNameAt(text, e + sep) > 0))
    return true;
  // The last name of a list that ends its clause (从业人员=江某,李顺姬;).
  return e < text.size() &&
         (text[e] == ';' || StartsWithAt(text, e, "；") || StartsWithAt(text, e, "。"));
}

// Whether the role character cp at p ends a role word: 工 and 长 end one
// only after the characters of 员工, 焊工, 厂长, 店长 … (施工许可, 工程
// 合同 and 延长许可 name no one), 者 not after 或, 再, 前, 后.
bool RoleWordEndsAt(std::string_view text, size_t p, char32_t cp) {
  if (cp != U'工' && cp != U'长' && cp != U'者') return true;
  const char32_t before = p >= 3 ? DecodeBmp3(text, p - 3) : 0;
  if (before == 0) return false;
  static const CodePointSet work =
      CodePointSet::Of("员职焊电钳木瓦民技普帮杂修作卸洁运漆时小徒农雇务泥子装");
  // 施工, 加工, 竣工, 开工, 人工 …: acts and things, not workers.
  static const CodePointSet not_work =
      CodePointSet::Of("施加竣开停完动复分化手用罢怠误旷做监理人务勤社上下收赶");
  static const CodePointSet head = CodePointSet::Of(
      "厂店院校村组班队科局所站部处社事会车船机家园馆镇乡县区团营连排旅室股庭舍士");
  static const CodePointSet not_person = CodePointSet::Of("或再前后两二三");
  if (cp == U'工') return work.Has(before) || (IsHan(before) && !not_work.Has(before));
  if (cp == U'长') return head.Has(before);
  return !not_person.Has(before);
}

void NamesAfterCue(std::string_view text, size_t p, bool dots, bool person_cue,
                   std::vector<Span>& out);

void NamesAfterRoleWord(std::string_view text, size_t p, std::vector<Span>& out) {
  // Role characters are frequent (当事人, 人员): most are followed by no
  // surname at all.
  if (!CanStartName(DecodeBmp3(text, p))) return;
  const size_t len = ChineseNameAt(text, p);
  if (len == 0 || !NameBoundaryAt(text, p + len) || RunsIntoPlaceOrFirm(text, p + len) ||
      IsCommonWordAt(text, p)) {
    return;
  }
  out.push_back({p, p + len, PiiCategory::kPersonName});
  // Further names of a list: 作业人员鲍某、岑红钰未经….
  const size_t e = p + len;
  if (StartsWithAt(text, e, "、")) NamesAfterCue(text, e + 3, false, false, out);
}

void NamesAfterCue(std::string_view text, size_t p, bool dots, bool person_cue,
                   std::vector<Span>& out) {
  // A name of any shape up to the end of its clause only after a person
  // noun and a connector (签收人 旦增央金，, 经办人：阿拉坦仓，), or in
  // quotes: 旅客运输， is a service, not a traveller.
  const size_t cue_end = p;
  // A count of the persons before their names: 涉及劳动者3人:全光日(…)、….
  if (p < text.size() && IsAsciiDigit(text[p])) {
    size_t q = p;
    while (q < text.size() && IsAsciiDigit(text[q])) ++q;
    if (StartsWithAt(text, q, "人") || StartsWithAt(text, q, "名")) p = q + 3;
  }
  p = SkipConnector(text, p);
  bool quoted = p >= 3 && OpenQuoteAt(text, p - 3);
  // (A common word after the cue is no name: 顾客销售, 旅客运输.)
  const bool clause_end = person_cue || quoted;
  const AnyShape first = !clause_end   ? AnyShape::kStrongCueOnly
                         : p > cue_end ? AnyShape::kToClauseOrBracket
                                       : AnyShape::kToClause;
  bool comma = false;
  for (int k = 0; k < 8; ++k) {
    size_t e = NameFrom(text, p, dots,
                        k == 0 ? first : (quoted ? AnyShape::kToClause : AnyShape::kStrongCueOnly));
    if (k == 0 && e == p && !person_cue) e = AnyShapeNameBeforeDate(text, p);
    if (k > 0 && e == p) {
      // A further name of any shape, where the list says so: 员工公孙欣、
      // 白玛顿珠（…）, 和拉姆多吉（证件号码…）, “满梅”“隋俊”.
      for (size_t chars = 2; chars <= 4 && e == p; ++chars) {
        const size_t end = p + 3 * chars;
        if (end <= text.size() && (ListNameBoundaryAt(text, end) || ClauseEndAt(text, end)) &&
            AnyShapeListItemEnd(text, end, quoted, comma) && AnyShapeNameRun(text, p, end)) {
          e = end;
        }
      }
    }
    if (e == p) return;
    // A further name of a list must end where names end (负责人：邵某，卫生
    // 负责人… is not a list of two names).
    if (k > 0 && !ListNameBoundaryAt(text, e) && !StrongCueAt(text, e) &&
        !(quoted && CloseQuoteAt(text, e))) {
      return;
    }
    out.push_back({p, e, PiiCategory::kPersonName});
    // The person's details in brackets and a closing quote come before the
    // next name of the list.
    if (quoted) e = SkipDetailsBracket(text, e);
    if (quoted && CloseQuoteAt(text, e)) e += 3;
    e = SkipDetailsBracket(text, e);
    size_t sep = ListSeparatorAt(text, e);
    comma = sep > 0 && (text[e] == ',' || StartsWithAt(text, e, "，"));
    quoted = OpenQuoteAt(text, e + sep);
    if (quoted) sep += 3;
    if (sep == 0) return;
    p = e + sep;
  }
}

// A name of any shape ending at p before a strong cue (证书的达瓦扎西为
// 患者…, 西至阿拉坦仓自留山): two to four characters back to what stands
// before a name (的, 至, 为, punctuation …). Returns its start, or p.
size_t AnyShapeNameEndingAt(std::string_view text, size_t p) {
  static const CodePointSet stops = CodePointSet::Of("的至为是由和与及系被让叫请给用人员者师");
  for (size_t chars = 2; chars <= 4 && 3 * chars <= p; ++chars) {
    const size_t b = p - 3 * chars;
    const char32_t cp = DecodeBmp3(text, b);
    if (cp == 0 || !IsHan(cp)) return p;
    const char32_t before = b >= 3 ? DecodeBmp3(text, b - 3) : 0;
    const bool starts = b == 0 || (before != 0 && stops.Has(before)) || ClauseEndAt(text, b - 1) ||
                        ClauseEndAt(text, b - 3);
    if (starts && AnyShapeNameRun(text, b, p)) return b;
  }
  return p;
}

// Whether exactly [b, e) reads as one name, where the layout alone (quotes,
// a table's 姓名 column) says a name stands: a Latin or dotted name, or two
// to six characters of any shape.
bool WholeNameAt(std::string_view text, size_t b, size_t e) {
  if (b < e && IsAsciiUpper(text[b]) && LatinNameAt(text, b) == e - b) return true;
  size_t db = 0, de = 0;
  const size_t dot = DotAhead(text, b);
  if (dot != std::string_view::npos && DottedNameAround(text, dot, &db, &de) && db == b && de == e)
    return true;
  return e - b >= 6 && e - b <= 18 && AnyShapeNameRun(text, b, e);
}

// A quoted list of names before …”等消费者 / ”等3人: “曹平平”、“南宫强天”.
void QuotedNamesBefore(std::string_view text, size_t p, std::vector<Span>& out) {
  // What follows 等 must be persons: a number of them, 人, or a person noun.
  size_t q = p + 6;  // past ”等
  while (q < text.size() && IsAsciiDigit(text[q])) ++q;
  static constexpr auto kPersons = std::to_array<std::string_view>(
      {"人",   "名",   "消费者", "患者", "顾客", "客户", "群众", "员工", "职工",   "工人",
       "乘客", "游客", "学员",   "学生", "家长", "村民", "居民", "业主", "购买者", "使用者"});
  static const WordTable persons(kPersons);
  if (!persons.AnyAt(text, q)) return;
  const size_t first = out.size();
  size_t end = p;  // a name ends here, before its closing quote
  for (int k = 0; k < 8; ++k) {
    // Its opening quote, at most six characters back.
    size_t b = end;
    while (b >= 3 && end - b < 40 && !StartsWithAt(text, b - 3, "\u201C"))
      b = PrevCharStart(text, b);
    if (b < 3 || !StartsWithAt(text, b - 3, "\u201C")) break;
    // A role before the name inside the quotes: “患者马阿舍”.
    for (size_t q = b; q + 6 <= end && q < b + 12; q += 3) {
      const Tables& t = GetTables();
      const char32_t c0 = DecodeBmp3(text, q);
      const char32_t c1 = DecodeBmp3(text, q + 3);
      bool cue = false;
      for (const std::uint16_t i : t.before.Find(c0, c1)) {
        if (StartsWithAt(text, q, kBeforeCues[i]) && q + kBeforeCues[i].size() < end) {
          b = q + kBeforeCues[i].size();
          cue = true;
          break;
        }
      }
      if (cue || q > b) break;
    }
    if (!WholeNameAt(text, b, end)) break;
    out.push_back({b, end, PiiCategory::kPersonName});
    // The name before it: “A”、“B” or “A”“B”.
    size_t prev = b - 3;
    if (prev >= 3 && StartsWithAt(text, prev - 3, "、")) prev -= 3;
    if (prev < 3 || !StartsWithAt(text, prev - 3, "\u201D")) break;
    end = prev - 3;
  }
  std::reverse(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
}

void NameBeforeCue(std::string_view text, size_t p, bool strong, bool dots,
                   std::vector<Span>& out) {
  if (p == 0) return;
  // Found already from a cue before it (由其儿子艾力·买买提代为签收).
  if (!out.empty() && out.back().end == p) return;
  if (IsAsciiLetter(text[p - 1])) {
    const size_t b = LatinNameEndingAt(text, p);
    if (b < p) out.push_back({b, p, PiiCategory::kPersonName});
    return;
  }
  // A transliterated name ending here.
  for (size_t q = p; dots && q + 24 > p && q > 0;) {
    --q;
    size_t b = 0, e = 0;
    if ((static_cast<unsigned char>(text[q]) == 0xC2 ||
         static_cast<unsigned char>(text[q]) >= 0xE0) &&
        DottedNameAround(text, q, &b, &e) && e == p) {
      out.push_back({b, e, PiiCategory::kPersonName});
      return;
    }
  }
  size_t b = ChineseNameEndingAt(text, p);
  // A spaced name (申请材料由鲁 溪同志报送).
  if (p >= 7 && text[p - 4] == ' ' && IsHan(DecodeBmp3(text, p - 3)) &&
      ChineseSurnameAt(text, p - 7) == 3) {
    b = p - 7;
  }
  // Any shape only before a cue of its own (为患者, 名下, 责任山), not
  // before a comma and 身份证 (…的规定，身份证号…).
  if (b == p && strong && text[p] != ',' && !StartsWithAt(text, p, "，")) {
    b = AnyShapeNameEndingAt(text, p);
  }
  // Before a weak cue, a name of any shape after 由 (送达回证由海来拉哈签收).
  if (!strong) {
    bool after_you = false;  // a 由 two to four characters before p
    for (size_t chars = 2; chars <= 4 && 3 * chars + 3 <= p && !after_you; ++chars)
      after_you = StartsWithAt(text, p - 3 * chars - 3, "由");
    if (after_you) {
      const size_t any = AnyShapeNameEndingAt(text, p);
      if (any < p && any >= 3 && StartsWithAt(text, any - 3, "由")) b = any;
    }
  }
  if (b == p) return;
  // 院长孙思柏: 长孙 reads as a compound surname, but 长 ends a role word.
  if (p - b >= 12 && EndsRoleWord(DecodeBmp3(text, b)) && ChineseNameEndingAt(text, p) <= b + 3) {
    const size_t shorter = b + 3;
    if (ChineseSurnameAt(text, shorter) > 0) b = shorter;
  }
  if (!strong && p - b < 9) {
    // A two-character name before a weak cue only when it stands alone or
    // after 的 (…证书的顾垚从事护理工作).
    const char32_t before = b >= 3 ? DecodeBmp3(text, b - 3) : 0;
    if (before != 0 && IsHan(before) && before != U'的' && before != U'由') return;
  }
  out.push_back({b, p, PiiCategory::kPersonName});
}

// A person who reported or complained, named at the start of a sentence
// before 于 and a date: 南基烈于二〇二四年十二月二十五日向本局劳动保障监察机构
// 投诉, 。者永泰于2026年4月2日向本局举报… p is at 于.
void ReporterBefore(std::string_view text, size_t p, std::vector<Span>& out) {
  const char32_t next = DecodeBmp3(text, p + 3);
  if (!(p + 3 < text.size() && IsAsciiDigit(text[p + 3])) && next != U'二' && next != U'一' &&
      next != U'〇')
    return;
  // Most dates follow 当事人, 本局 or nothing: the name is read first, the
  // sentence only when one stands there.
  const char32_t last = p >= 3 ? DecodeBmp3(text, p - 3) : 0;
  if (last == 0 || EndsAsOffice(last)) {
    if (!(p >= 2 && IsAsciiLetter(text[p - 1]))) return;
  }
  size_t b = ChineseNameEndingAt(text, p);
  if (b == p) b = AnyShapeNameEndingAt(text, p);
  if (b == p && p >= 2 && IsAsciiLetter(text[p - 1])) b = LatinNameEndingAt(text, p);
  if (b == p) return;
  // Standing at the start of its clause, and not an office (本局, 我局).
  const bool starts = b == 0 || ClauseEndAt(text, b - 1) || (b >= 3 && ClauseEndAt(text, b - 3));
  static const CodePointSet not_first = CodePointSet::Of("本我该其此贵");
  if (!starts || not_first.Has(DecodeBmp3(text, b))) return;
  // The sentence must say so.
  const size_t from = p + 3;
  size_t to = std::min(text.size(), p + 150);
  const std::string_view rest = text.substr(from, to - from);
  size_t stop = std::min(rest.find("。"), rest.find('\n'));
  const std::string_view sentence = rest.substr(0, std::min(stop, rest.size()));
  for (std::string_view w : {"举报"sv, "投诉"sv, "反映"sv, "报案"sv, "申诉"sv}) {
    if (sentence.find(w) != std::string_view::npos) {
      out.push_back({b, p, PiiCategory::kPersonName});
      return;
    }
  }
}

}  // namespace

const TriggerSpec& ContextNameTriggers() {
  static const TriggerSpec spec = [] {
    TriggerSpec t;
    for (std::string_view w : kBeforeCues) t.AddWord(w);
    for (const AfterCue& c : kAfterCues) t.AddWord(c.word);
    for (char32_t dot : {char32_t{0xB7}, char32_t{0x30FB}, char32_t{0x2022}, char32_t{0xFF65}})
      t.singles.Add(dot);
    // Every opening bracket: what it holds (a label, an age, a role, an ID)
    // is read by the bracket's own tests, not by a pair of characters.
    for (char32_t bracket : {U'（', U'(', U'【'}) t.singles.Add(bracket);
    // 于 and a date: a complainant named before it (ReporterBefore).
    for (std::string_view w : {"于0"sv, "于1"sv, "于2"sv, "于3"sv, "于4"sv, "于5"sv, "于6"sv,
                               "于7"sv, "于8"sv, "于9"sv, "于二"sv, "于一"sv, "于〇"sv}) {
      t.AddWord(w);
    }
    for (char32_t cp : {U'员', U'师', U'工', U'长', U'人', U'者', U'主'}) t.roles.Add(cp);
    t.name_starts = NameStartChars();
    return t;
  }();
  return spec;
}

// Names in a table flattened into text, rows on lines and cells between
// '|' (证人情况：序号 | 姓名 | 与当事人关系 | 联系电话⏎1 | 玄哲民 | 邻居 | …):
// every cell under a 姓名 heading that reads as a name.
[[gnu::noinline]] void NamesInTables(std::string_view text, char sep, std::vector<Span>& out) {
  size_t column = std::string_view::npos;  // of 姓名 in the last heading
  size_t cells = 0;
  std::vector<std::pair<size_t, size_t>> row;
  for (size_t line = 0; line < text.size();) {
    size_t end = text.find('\n', line);
    if (end == std::string_view::npos) end = text.size();
    // The cells of this line, trimmed.
    row.clear();
    for (size_t b = line;;) {
      size_t e = text.find(sep, b);
      if (e == std::string_view::npos || e > end) e = end;
      size_t cb = b, ce = e;
      while (cb < ce && (text[cb] == ' ' || text[cb] == '\t')) ++cb;
      while (ce > cb && (text[ce - 1] == ' ' || text[ce - 1] == '\t' || text[ce - 1] == '\r')) --ce;
      // A row's number before its first cell: "1. 胡红".
      if (b == line) {
        size_t q = cb;
        while (q < ce && IsAsciiDigit(text[q])) ++q;
        if (q > cb && q < ce && (text[q] == '.' || StartsWithAt(text, q, "、"))) {
          q += text[q] == '.' ? 1 : 3;
          while (q < ce && text[q] == ' ') ++q;
          cb = q;
        }
      }
      row.emplace_back(cb, ce);
      if (e == end) break;
      b = e + 1;
    }
    size_t heading = std::string_view::npos;
    for (size_t i = 0; row.size() >= 2 && i < row.size(); ++i) {
      // 姓名, or a heading opened in the line's text: 证人（姓名 / 身份证号 …
      const std::string_view cell = text.substr(row[i].first, row[i].second - row[i].first);
      if (cell == "姓名" || (cell.size() > 6 && cell.substr(cell.size() - 6) == "姓名"))
        heading = i;
    }
    if (heading != std::string_view::npos) {
      column = heading;
      cells = row.size();
    } else if (column != std::string_view::npos && row.size() == cells) {
      const auto [b, e] = row[column];
      if (WholeNameAt(text, b, e)) out.push_back({b, e, PiiCategory::kPersonName});
    } else {
      column = std::string_view::npos;
    }
    line = end + 1;
  }
}

void FindNamesByContext(std::string_view text, const std::vector<Trigger>& triggers,
                        std::vector<Span>& out) {
  // A table is read only under a 姓名 heading (most texts have none; '/'
  // stands in every date written 2025/02/13).
  const bool bars = std::memchr(text.data(), '|', text.size()) != nullptr;
  const bool slashes = std::memchr(text.data(), '/', text.size()) != nullptr;
  if ((bars || slashes) && text.find("姓名") != std::string_view::npos) {
    if (bars) NamesInTables(text, '|', out);
    if (slashes) NamesInTables(text, '/', out);
  }
  const Tables& t = GetTables();
  // Every middle dot is a trigger (ContextNameTriggers): without one, no
  // transliterated name needs looking for.
  const bool dots = std::any_of(triggers.begin(), triggers.end(), [](const Trigger& tr) {
    return tr.cp == 0xB7 || tr.cp == 0x30FB || tr.cp == 0x2022 || tr.cp == 0xFF65;
  });
  size_t skip_to = 0;  // a dotted name already read up to here
  for (const Trigger& tr : triggers) {
    const size_t p = tr.pos;
    const char32_t cp = tr.cp;
    if (p < skip_to || !t.triggers.Has(cp)) continue;
    if (cp == 0xB7) {
      // A middle dot: a transliterated name around it.
      size_t b = 0, e = 0;
      if (DottedNameAround(text, p, &b, &e)) {
        // Found already from the cue before it (乘客艾力·买买提): that
        // reading knows where the name starts.
        if (out.empty() || out.back().end < e) out.push_back({b, e, PiiCategory::kPersonName});
        skip_to = e;
      }
      continue;
    }
    if (cp == U'(' || cp == U'（' || cp == U'【') {
      if (BracketLabelAt(text, p + tr.len) || AgeAt(text, p + tr.len) ||
          BracketRoleAt(text, p + tr.len) || IdInBracketAt(text, p + tr.len))
        NameBeforeCue(text, p, true, dots, out);
      continue;
    }
    if (cp == U'于') {
      ReporterBefore(text, p, out);
      continue;
    }
    if (EndsRoleWord(cp) && RoleWordEndsAt(text, p, cp)) NamesAfterRoleWord(text, p + tr.len, out);
    // Every cue has two characters or more: most trigger characters (a
    // comma, 经 of 经营) are dismissed by the pair of characters here.
    size_t next_len = 0;
    if (p + tr.len >= text.size()) continue;
    const char32_t next = DecodeAt(text, p + tr.len, &next_len);
    if (!t.pairs.Has(cp, next)) continue;
    // The longest cue standing here (其妻子, not 其妻 and a name 子…).
    std::string_view cue;
    for (const std::uint16_t i : t.before.Find(cp, next)) {
      const std::string_view w = kBeforeCues[i];
      if (w.size() > cue.size() && StartsWithAt(text, p, w)) cue = w;
    }
    // A cue inside a longer one that started before it (其妻子: 妻子) has
    // been read with that one.
    if (!cue.empty() && p >= 3 &&
        (StartsWithAt(text, p - 3, "其") || StartsWithAt(text, p - 3, "之")) &&
        (cue == "妻子" || cue == "丈夫" || cue == "儿子" || cue == "女儿" || cue == "父亲" ||
         cue == "母亲")) {
      cue = {};
    }
    if (!cue.empty()) NamesAfterCue(text, p + cue.size(), dots, !IsVerbCue(cue), out);
    for (const std::uint16_t i : t.after.Find(cp, next)) {
      const AfterCue& a = kAfterCues[i];
      if (StartsWithAt(text, p, a.word)) {
        if (a.word == "”等") {
          QuotedNamesBefore(text, p, out);
        } else {
          NameBeforeCue(text, p, a.strong, dots, out);
        }
        break;
      }
    }
  }
}

void FindNamesByContext(std::string_view text, std::vector<Span>& out) {
  static const TriggerTable table(ContextNameTriggers());
  std::vector<Trigger> triggers;
  table.Collect(text, triggers);
  FindNamesByContext(text, triggers, out);
}

}  // namespace dpfeed
