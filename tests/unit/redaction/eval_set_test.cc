// The labelled evaluation set (tests/redaction_eval/records.jsonl, issue #4)
// as a test: masking leaks no planted personal value, keeps every public
// value, and the leak guard passes the masked records and catches the
// unmasked ones. The counting is shared with the redaction_eval program.
#include <gtest/gtest.h>

#include <string>

#include "service/store/record_json.h"
#include "tests/redaction_eval/eval_counter.h"

namespace dpfeed {
namespace {

std::string EvalSetPath() { return DPFEED_SOURCE_DIR "/tests/redaction_eval/records.jsonl"; }

const redaction_eval::EvalSet& Set() {
  static const redaction_eval::EvalSet set = redaction_eval::LoadEvalSet(EvalSetPath());
  return set;
}

const redaction_eval::Report& Result() {
  static const redaction_eval::Report report = redaction_eval::Evaluate(
      Set().cases, [](const Record& r) { return EncodeRecord(r); });
  return report;
}

// The findings of one kind, for the failure message.
std::string Findings(const std::string& what) {
  std::string out;
  for (const redaction_eval::Finding& f : Result().findings) {
    if (f.what != what) continue;
    out += "  line " + std::to_string(f.line) + " " + f.category;
    if (!f.value.empty()) out += " \"" + f.value + "\"";
    out += " — " + f.context + "\n";
  }
  return out;
}

TEST(EvalSetTest, FileIsWellFormedAndCoversEverySubjectAndCategory) {
  ASSERT_TRUE(Set().errors.empty()) << Set().errors.front();
  const redaction_eval::Report& r = Result();
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
  EXPECT_EQ(r.label_errors, 0) << Findings("label");
}

TEST(EvalSetTest, MaskedRecordsLeakNoPlantedPersonalValue) {
  const redaction_eval::Report& r = Result();
  EXPECT_EQ(r.leaked, 0) << r.leaked << " of " << r.planted << " planted values leaked:\n"
                         << Findings("leak");
}

TEST(EvalSetTest, MaskedRecordsKeepEveryPublicValue) {
  const redaction_eval::Report& r = Result();
  EXPECT_EQ(r.over_masked, 0) << r.over_masked << " of " << r.publics
                              << " public values over-masked:\n"
                              << Findings("over-mask");
}

TEST(EvalSetTest, LeakGuardPassesMaskedRecordsAndCatchesUnmaskedOnes) {
  const redaction_eval::Report& r = Result();
  EXPECT_EQ(r.guard_masked_flags, 0) << "the guard would block " << r.guard_masked_records_flagged
                                     << " correctly masked records:\n"
                                     << Findings("guard-flag");
  EXPECT_EQ(r.guard_unmasked_flagged, r.guard_unmasked_expected);
  EXPECT_EQ(r.guard_secret_misses, 0) << Findings("guard-miss");
}

}  // namespace
}  // namespace dpfeed
