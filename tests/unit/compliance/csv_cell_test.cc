#include "service/compliance/csv_cell.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

TEST(CsvCellTest, PlainValuesStayAsTheyAre) {
  EXPECT_EQ(CsvCell("安市监罚〔2026〕1号"), "安市监罚〔2026〕1号");
  EXPECT_EQ(CsvCell(""), "");
  EXPECT_EQ(CsvCell("-12.5"), "-12.5");
}

TEST(CsvCellTest, SeparatorsAndQuotesAreQuoted) {
  EXPECT_EQ(CsvCell("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvCell("two\nlines"), "\"two\nlines\"");
}

TEST(CsvCellTest, FormulaLeadersAreNeutralised) {
  EXPECT_EQ(CsvCell("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  EXPECT_EQ(CsvCell("+1+1"), "'+1+1");
  EXPECT_EQ(CsvCell("-1+2"), "'-1+2");
  EXPECT_EQ(CsvCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvCell("\tcmd"), "'\tcmd");
}

}  // namespace
}  // namespace dpfeed
