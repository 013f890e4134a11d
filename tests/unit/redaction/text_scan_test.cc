#include "redaction/text_scan.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/digit_detectors.h"
#include "redaction/text_detectors.h"

namespace dpfeed {
namespace {

// The trigger characters of `text` (as UTF-8) and their byte offsets.
std::vector<std::pair<size_t, std::string>> Triggers(const TriggerTable& table,
                                                     std::string_view text) {
  std::vector<Trigger> found;
  table.Collect(text, found);
  std::vector<std::pair<size_t, std::string>> out;
  for (const Trigger& t : found) out.emplace_back(t.pos, std::string(text.substr(t.pos, t.len)));
  return out;
}
using T = std::pair<size_t, std::string>;

TriggerTable TestTable() {
  TriggerSpec spec;
  spec.AddWord("联系人");  // a pair: 联 then 系
  spec.AddWord("住");      // a single character
  spec.roles.Add(U'员');
  spec.name_starts.Add(U'王');
  spec.run_starts.AddAll("一二三");
  spec.singles.Add(0xB7);  // the middle dot, a two-byte character
  return TriggerTable(spec);
}

TEST(TriggerTableTest, PairsTriggerOnlyWithTheirSecondCharacter) {
  const TriggerTable table = TestTable();
  EXPECT_EQ(Triggers(table, "联系人张五"), (std::vector<T>{{0, "联"}}));
  EXPECT_TRUE(Triggers(table, "联合执法，关联").empty());
  EXPECT_TRUE(Triggers(table, "关联").empty());  // at the end: no next character
  EXPECT_EQ(Triggers(table, "营业员王芳，店员李四"), (std::vector<T>{{6, "员"}}));
}

TEST(TriggerTableTest, SinglesAndTheFirstOfARunOfNumerals) {
  const TriggerTable table = TestTable();
  EXPECT_EQ(Triggers(table, "住一二三组"), (std::vector<T>{{0, "住"}, {3, "一"}}));
  EXPECT_TRUE(Triggers(table, "5一组").empty());  // a numeral run after a digit
  EXPECT_EQ(Triggers(table, "艾力\xC2\xB7买买提"), (std::vector<T>{{6, "\xC2\xB7"}}));
}

TEST(TriggerTableTest, AsciiLettersAndDigitsNeverTriggerAndAreListedAsWords) {
  TriggerSpec spec;
  spec.singles.AddAll("1a住");  // ASCII words are read by the number detectors
  const TriggerTable table(spec);
  const std::string text = "住址a1 2024年3月，电话0536-8123456，护照E12345678。Zhang San住";
  std::vector<Trigger> triggers;
  std::vector<AsciiWord> words;
  table.Collect(text, triggers, &words);
  ASSERT_EQ(triggers.size(), 2u);
  EXPECT_EQ(triggers[0].pos, 0u);
  EXPECT_EQ(triggers[1].pos, text.size() - 3);
  std::vector<AsciiWord> scanned;
  FindAsciiWords(text, scanned);
  ASSERT_EQ(words.size(), scanned.size());
  std::vector<std::string> listed;
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(words[i].begin, scanned[i].begin);
    EXPECT_EQ(words[i].end, scanned[i].end);
    listed.emplace_back(text.substr(words[i].begin, words[i].end - words[i].begin));
  }
  EXPECT_EQ(listed, (std::vector<std::string>{"a1", "2024", "3", "0536", "8123456", "E12345678",
                                              "Zhang", "San"}));
}

// The detectors that read the words a trigger scan listed find what they
// find when they scan the text themselves.
TEST(TriggerTableTest, DetectorsOverListedWordsFindWhatTheirOwnScanFinds) {
  const TriggerTable table{TriggerSpec{}};
  for (std::string_view text : {
           "手机：+86 178 5449 9105，票据号码6216355962557768。",
           "身份证37078419850612009X，电话(0536)8123456，0536-8123456转2",
           "编号MA3C1234567890123X与110101199003071233，小数0.13812345678",
           "护照E12345678，港澳通行证C12345678，台胞证12345678，订单号E12345678",
           "１３８１２３４５６７８，6222 0212 3456 7890 123",
       }) {
    std::vector<Trigger> triggers;
    std::vector<AsciiWord> words;
    table.Collect(text, triggers, &words);
    std::vector<Span> own, listed, own_kept, listed_kept;
    DetectDigitIdentifiers(text, DigitOptions{}, own, &own_kept);
    DetectDigitIdentifiers(text, words, DigitOptions{}, listed, &listed_kept);
    DetectTravelDocuments(text, own);
    DetectTravelDocuments(text, words, listed);
    ASSERT_EQ(own.size(), listed.size()) << text;
    EXPECT_FALSE(own.empty()) << text;
    for (size_t i = 0; i < own.size(); ++i) {
      EXPECT_EQ(own[i].begin, listed[i].begin) << text;
      EXPECT_EQ(own[i].end, listed[i].end) << text;
      EXPECT_EQ(own[i].category, listed[i].category) << text;
    }
    EXPECT_EQ(own_kept.size(), listed_kept.size()) << text;
  }
}

TEST(FindBytesTest, FindsWhatStringFindFinds) {
  const std::string text = "张三、张三丰和李四（张三）签收。Zhang San";
  for (std::string_view needle : {"张三", "张三丰", "李四", "签收。", "三", "王五", "Zhang", "San",
                                  "张三、张三丰和李四（张三）签收。Zhang San!"}) {
    for (size_t from = 0; from <= text.size(); ++from) {
      EXPECT_EQ(FindBytes(text, from, needle), std::string_view(text).find(needle, from))
          << needle << " from " << from;
    }
  }
  EXPECT_EQ(FindBytes("", 0, "张三"), std::string_view::npos);
  EXPECT_EQ(FindBytes("张", 0, "张三"), std::string_view::npos);
}

// FindBytes over a text long enough for several steps of sixteen, from
// every offset, finds what string_view::find finds.
TEST(FindBytesTest, FindsWhatStringFindFindsInALongText) {
  std::string text;
  for (int i = 0; i < 12; ++i) text += "当事人张三、张三丰和李四（张三）签收。Zhang San 张";
  for (std::string_view needle :
       {"张三", "张三丰", "李四", "签收。", "王五", "Zhang", "San 张", "张三）签收。Zhang San",
        "人张三、张三丰和李四（张三）签收。Zh"}) {
    for (size_t from = 0; from <= text.size(); ++from) {
      ASSERT_EQ(FindBytes(text, from, needle), std::string_view(text).find(needle, from))
          << needle << " " << from;
    }
  }
}

// Eight bytes at a time and the byte loop for the tail agree with a plain
// byte loop: every byte value on either side of the digits, at every
// offset of a text longer than one word.
TEST(SkipAsciiDigitsTest, StopsAtTheFirstNonDigitLikeAByteLoop) {
  auto plain = [](std::string_view t, size_t p) {
    while (p < t.size() && t[p] >= '0' && t[p] <= '9') ++p;
    return p;
  };
  for (int stop = 0; stop < 256; ++stop) {
    for (size_t digits = 0; digits <= 19; ++digits) {
      std::string text = "x" + std::string(digits, '7') + static_cast<char>(stop) + "12345678";
      text[1 + digits / 2] = '0';
      for (size_t from = 0; from <= text.size(); ++from) {
        ASSERT_EQ(SkipAsciiDigits(text, from), plain(text, from))
            << "stop byte " << stop << ", " << digits << " digits, from " << from;
      }
    }
  }
  EXPECT_EQ(SkipAsciiDigits("", 0), 0u);
  EXPECT_EQ(SkipAsciiDigits("2024年", 0), 4u);
  EXPECT_EQ(SkipAsciiDigits("110101199003071233X", 0), 18u);
}

}  // namespace
}  // namespace dpfeed
