// The labelled evaluation sets as a test: masking leaks no planted personal
// value, keeps every public value, and the leak guard passes the masked
// records and catches the unmasked ones. The counting is shared with the
// redaction_eval program.
//   - tests/redaction_eval/records.jsonl: the first set (issue 4), written
//     together with the detectors;
//   - tests/redaction_eval2/dev.jsonl and heldout.jsonl: the second set
//     (issue 8), written independently of this code; the held-out half was
//     frozen before any tuning;
//   - tests/redaction_eval3 to 8: the third to eighth sets (issue 8), each
//     written without sight of this code, measured once blind, then tuned
//     against: their known misses are listed;
//   - tests/redaction_eval9: the ninth, measured once blind and never tuned
//     against: its blind figures are a ceiling.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "service/store/record_json.h"
#include "tests/redaction_eval/eval_counter.h"

namespace dpfeed {
namespace {

struct Evaluated {
  redaction_eval::EvalSet set;
  redaction_eval::Report report;
};

const Evaluated& Get(const std::string& file) {
  static std::map<std::string, Evaluated> cache;
  auto it = cache.find(file);
  if (it == cache.end()) {
    Evaluated e;
    e.set = redaction_eval::LoadEvalSet(std::string(DPFEED_SOURCE_DIR) + "/" + file);
    e.report =
        redaction_eval::Evaluate(e.set.cases, [](const Record& r) { return EncodeRecord(r); });
    it = cache.emplace(file, std::move(e)).first;
  }
  return it->second;
}

// The findings of one kind, for the failure message.
std::string Findings(const redaction_eval::Report& r, const std::string& what) {
  std::string out;
  for (const redaction_eval::Finding& f : r.findings) {
    if (f.what != what) continue;
    out += "  line " + std::to_string(f.line) + " " + f.category;
    if (!f.value.empty()) out += " \"" + f.value + "\"";
    out += " — " + f.context + "\n";
  }
  return out;
}

class EvalSetTest : public testing::TestWithParam<const char*> {
 protected:
  const Evaluated& E() const { return Get(GetParam()); }
};

TEST_P(EvalSetTest, FileIsWellFormedAndCoversEverySubjectAndCategory) {
  ASSERT_TRUE(E().set.errors.empty()) << E().set.errors.front();
  const redaction_eval::Report& r = E().report;
  EXPECT_GE(r.records, 300);
  EXPECT_GT(r.licenses, 0);
  EXPECT_GT(r.penalties, 0);
  for (const char* subject : {"natural", "individual", "legal"}) {
    ASSERT_TRUE(r.by_subject.count(subject)) << subject;
    EXPECT_GE(r.by_subject.at(subject).records, 50) << subject;
  }
  for (const auto& [category, tally] : r.by_category) {
    EXPECT_GE(tally.planted, 10) << category;
  }
  EXPECT_EQ(r.label_errors, 0) << Findings(r, "label");
}

TEST_P(EvalSetTest, MaskedRecordsLeakNoPlantedPersonalValue) {
  const redaction_eval::Report& r = E().report;
  EXPECT_EQ(r.leaked, 0) << r.leaked << " of " << r.planted << " planted values leaked:\n"
                         << Findings(r, "leak");
}

TEST_P(EvalSetTest, MaskedRecordsKeepEveryPublicValue) {
  const redaction_eval::Report& r = E().report;
  EXPECT_EQ(r.over_masked, 0) << r.over_masked << " of " << r.publics
                              << " public values over-masked:\n"
                              << Findings(r, "over-mask");
}

TEST_P(EvalSetTest, LeakGuardPassesMaskedRecordsAndCatchesUnmaskedOnes) {
  const redaction_eval::Report& r = E().report;
  EXPECT_EQ(r.guard_masked_flags, 0) << "the guard would block " << r.guard_masked_records_flagged
                                     << " correctly masked records:\n"
                                     << Findings(r, "guard-flag");
  EXPECT_EQ(r.guard_unmasked_flagged, r.guard_unmasked_expected);
  EXPECT_EQ(r.guard_secret_misses, 0) << Findings(r, "guard-miss");
}

INSTANTIATE_TEST_SUITE_P(Sets, EvalSetTest,
                         testing::Values("tests/redaction_eval/records.jsonl",
                                         "tests/redaction_eval2/dev.jsonl",
                                         "tests/redaction_eval2/heldout.jsonl"),
                         [](const testing::TestParamInfo<const char*>& info) {
                           const std::string f = info.param;
                           return f.find("dev") != std::string::npos       ? std::string("Dev")
                                  : f.find("heldout") != std::string::npos ? std::string("HeldOut")
                                                                           : std::string("First");
                         });

// A set written without sight of this code, measured once before any
// tuning, then tuned against: what is left is listed, so that any other
// leak, over-mask or guard finding fails.
void ExpectOnlyKnownMisses(const char* file,
                           const std::map<std::string, std::vector<std::string>>& known) {
  const Evaluated& e = Get(file);
  ASSERT_TRUE(e.set.errors.empty()) << e.set.errors.front();
  EXPECT_EQ(e.report.label_errors, 0) << Findings(e.report, "label");
  std::string unexpected;
  for (const redaction_eval::Finding& f : e.report.findings) {
    if (f.what == "label") continue;
    const auto it = known.find(f.what);
    if (it != known.end() &&
        std::find(it->second.begin(), it->second.end(), f.value) != it->second.end()) {
      continue;
    }
    unexpected += "  line " + std::to_string(f.line) + " " + f.what + " " + f.category + " \"" +
                  f.value + "\" — " + f.context + "\n";
  }
  EXPECT_TRUE(unexpected.empty()) << unexpected;
}

// The third set (tests/redaction_eval3): 149 of 1,954 values leaked on its
// blind run. Left: a six-character Mongolian name between a role word and
// 向 with nothing else marking it, and ten department phones after a bare
// 联系电话 in natural persons' records, which the set's author judged
// doubtful labels (tests/redaction_eval3/README.md).
TEST(ThirdEvalSetTest, OnlyTheKnownMissesRemain) {
  ExpectOnlyKnownMisses(
      "tests/redaction_eval3/records.jsonl",
      {{"leak", {"额尔敦巴雅尔"}},
       {"guard-miss", {"额尔敦巴雅尔"}},
       {"over-mask",
        {"0476-6942066", "023-54661090", "0452-6942691", "0938-6940070", "0579-8270260",
         "0736-7895173", "0595-7211976", "0892-3821430", "0855-2766534", "0411-5720990"}}});
  EXPECT_EQ(Get("tests/redaction_eval3/records.jsonl").report.leaked, 1);
}

// The fourth set (tests/redaction_eval4): 150 of 1,609 values leaked on its
// blind run, after the tuning on the third. Left: names in lists of wages
// owed with no cue but the amount after them, names after 未取得…证的
// before what they did, a six-character Mongolian name after 雇请, and
// three over-masks: an individual business's shop front read as a house
// number, and two road-transport permit numbers whose tail has the shape
// of a travel permit.
TEST(FourthEvalSetTest, OnlyTheKnownMissesRemain) {
  const std::vector<std::string> names = {"夏侯彬",       "阿尔史且", "海来阿木", "厍飞军",
                                          "额尔敦巴雅尔", "才让多杰", "阿说木乃", "毛成军"};
  std::vector<std::string> guard = names;
  guard.push_back("宋昌");
  ExpectOnlyKnownMisses(
      "tests/redaction_eval4/records.jsonl",
      {{"leak", names},
       {"guard-miss", guard},
       {"over-mask", {"乌帕尔镇广州新城路482号门面", "贵州CB0242648", "吉林CB2935247"}}});
  EXPECT_EQ(Get("tests/redaction_eval4/records.jsonl").report.leaked, 10);
}

// The fifth set (tests/redaction_eval5): 171 of 1,564 values leaked on its
// blind run, after the tuning on the third and fourth. Left: names after
// 雇请 before the act (拆除), after 未取得…证的, a second name of a list
// after a Latin one, a dotted Manchu name before 于 and a date, and four
// sites of a natural person's works (…号门面进行…施工) read as house numbers.
TEST(FifthEvalSetTest, OnlyTheKnownMissesRemain) {
  const std::vector<std::string> names = {"者永泰",   "达瓦央宗",    "陈俊兰",   "德吉拉姆",
                                          "阿尔石布", "钮祜禄·春山", "阿苦日者", "朝鲁门"};
  ExpectOnlyKnownMisses("tests/redaction_eval5/records.jsonl",
                        {{"leak", names},
                         {"guard-miss", names},
                         {"over-mask",
                          {"北京东路241号5层", "金珠中路85号门面", "正定经济开发区恒山路111号门面",
                           "新城铺镇工业路152号9号楼"}}});
  EXPECT_EQ(Get("tests/redaction_eval5/records.jsonl").report.leaked, 9);
}

// The sixth set (tests/redaction_eval6): 54 of 1,051 values leaked on its
// blind run, after the tuning on the third to fifth (86 on the code before
// this tuning). Left: a name after 学员 in a list that follows a
// masked parent's bracket, a Japanese name before 负责看管 whose family
// name reads as a Chinese surname with a given name, and two construction
// permit numbers whose embedded date reads as a young person's birth date.
TEST(SixthEvalSetTest, OnlyTheKnownMissesRemain) {
  const std::vector<std::string> names = {"梁杰卫", "高桥直人", "康志"};
  ExpectOnlyKnownMisses("tests/redaction_eval6/records.jsonl",
                        {{"leak", names},
                         {"guard-miss", names},
                         {"over-mask", {"422802202408203664", "640381202604142616"}}});
  EXPECT_EQ(Get("tests/redaction_eval6/records.jsonl").report.leaked, 4);
}

// The seventh set (tests/redaction_eval7): 226 of 1,311 values leaked on its
// blind run (254 on the code before this session's tuning): key=value
// remarks, names in 【】, names spaced to a form's width (鲁 溪), titles
// (X同志, X经理). Left: the flat or village house of a 送达地址 in a firm's
// record (read as the firm's), names in 【】 before 带团, the last name of a
// comma list after a pseudonym, and two natural persons' works sites read
// as house numbers.
TEST(SeventhEvalSetTest, OnlyTheKnownMissesRemain) {
  const std::vector<std::string> names = {"费斌枫", "李顺姬", "蒋静红", "房飞睿"};
  std::vector<std::string> leaks = names;
  for (const char* a :
       {"金沙路164号兰亭雅居25号楼1单元601室", "胜利大道63号金色家园23号楼2单元803室",
        "滨河街13号锦绣花园9号楼2单元904室", "迎宾路137号兰亭雅居29号楼1单元602室",
        "新华大道303号东方明珠城8号楼1单元1603室", "感王镇双井村四组52号", "溱东镇月牙泉村97号",
        "滨河大道10号东方明珠城13号楼3单元901室"}) {
    leaks.push_back(a);
  }
  ExpectOnlyKnownMisses("tests/redaction_eval7/records.jsonl",
                        {{"leak", leaks},
                         {"guard-miss", names},
                         {"over-mask", {"先锋镇幸福街231号", "工业园区和平街146号"}}});
  EXPECT_EQ(Get("tests/redaction_eval7/records.jsonl").report.leaked, 12);
}

// The eighth set (tests/redaction_eval8): 158 of 1,254 values leaked on its
// blind run (179 on the code before this session's tuning), 37 public
// values over-masked and 5 masked records flagged by the guard. Left:
// tables with '/' under a heading other than 姓名, phones and the flats of
// persons named only after the number (接听人, 收件人 … 送达地址), names after
// 凭 or in lists after a masked name, the agency's own address and phone
// in a natural person's record, the legal representative read as a
// manager (消防安全管理人由负责人X), and two guard flags on 审批许可.
TEST(EighthEvalSetTest, OnlyTheKnownMissesRemain) {
  ExpectOnlyKnownMisses(
      "tests/redaction_eval8/records.jsonl",
      {{"leak",
        {"（0753）5559611", "解放大道245号院4号楼503室", "0511-3510914",
         "柳泉街道黄泥塘村民委员会西坡村民小组84号", "0312-2966683", "0731-5504390",
         "杨柳湾镇黄泥塘村十一组五十八号", "书香门第十二幢一单元904室", "包娥", "丘锋凤", "雷明新",
         "鲍巧", "木贵凯", "长江路198号院5号楼501室", "滨河路130号院5号楼303室", "项巧"}},
       {"guard-miss",
        {"（0753）5559611", "0511-3510914", "柯强", "孔鹏", "0312-2966683", "季东", "0731-5504390",
         "包娥", "丘锋凤", "雷明新", "鲍巧", "木贵凯", "项巧"}},
       {"over-mask",
        {"全娜", "新郑市文昌路100号", "0371-5619436", "下关镇工农大道330号", "浏阳市文昌巷36号",
         "0731-4222774", "时晨晨", "冉凤", "西昌市文昌街16号", "0834-5141164", "万霞洋", "石珍新",
         "兰娥彬", "柳泉乡工农大道347号", "江苏省镇江市丹阳市", "柳泉镇工农大道92号"}},
       {"guard-flag", {""}}});
  EXPECT_EQ(Get("tests/redaction_eval8/records.jsonl").report.leaked, 16);
  EXPECT_EQ(Get("tests/redaction_eval8/records.jsonl").report.guard_masked_flags, 3);
}

// The ninth set (tests/redaction_eval9) is still unseen: measured once,
// blind, after all the tuning above (33 of 781 values leaked, 1 public value
// over-masked; 78 and 1 on the code before this tuning), and never tuned
// against. Its figures are a ceiling only, so that it keeps measuring text
// the detectors were not tuned on.
TEST(NinthEvalSetTest, NoWorseThanItsBlindRun) {
  const Evaluated& e = Get("tests/redaction_eval9/records.jsonl");
  ASSERT_TRUE(e.set.errors.empty()) << e.set.errors.front();
  EXPECT_EQ(e.report.label_errors, 0) << Findings(e.report, "label");
  EXPECT_LE(e.report.leaked, 33) << Findings(e.report, "leak");
  EXPECT_LE(e.report.over_masked, 1) << Findings(e.report, "over-mask");
  EXPECT_EQ(e.report.guard_masked_flags, 0) << Findings(e.report, "guard-flag");
}

}  // namespace
}  // namespace dpfeed
