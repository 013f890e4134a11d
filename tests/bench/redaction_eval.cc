// The redaction evaluation of issue #4: masks every record of the labelled
// set (tests/redaction_eval/records.jsonl, written by generate.py there),
// serialises it as the API and the credit channel do (EncodeRecord), and
// prints per category the secrets planted and leaked, the public values kept
// and over-masked, and what the leak guard says about the masked output
// (should be nothing) and about the unmasked input (should flag every
// record holding a personal value).
//
// Usage: redaction_eval [records.jsonl]
// Exit status: 0 when nothing leaked, nothing was over-masked and the leak
// guard was right both ways; 1 otherwise; 2 when the set cannot be read.
#include <cstdio>
#include <string>

#include "redaction/masking_policy.h"
#include "service/domain/civil_date.h"
#include "service/domain/record_validator.h"
#include "service/store/record_json.h"
#include "tests/redaction_eval/eval_counter.h"

using namespace dpfeed;

int main(int argc, char** argv) {
  size_t max_findings = 60;
  int arg = 1;
  if (argc > 2 && std::string(argv[1]) == "--findings") {
    max_findings = std::stoul(argv[2]);
    arg = 3;
  }
  const std::string path =
      argc > arg ? argv[arg] : DPFEED_SOURCE_DIR "/tests/redaction_eval/records.jsonl";
  const redaction_eval::EvalSet set = redaction_eval::LoadEvalSet(path);
  for (const std::string& e : set.errors) std::fprintf(stderr, "%s\n", e.c_str());
  if (!set.errors.empty() || set.cases.empty()) {
    std::fprintf(stderr, "redaction_eval: cannot use %s\n", path.c_str());
    return 2;
  }

  // The set must hold records a department could post: the standard's
  // validation (the future-date check disabled).
  int invalid = 0;
  const CivilDate far_future = *ParseCivilDate("2099-12-31");
  for (const redaction_eval::Case& c : set.cases) {
    Record copy = c.record;
    const Validation v = ValidateRecord(copy, far_future);
    if (!v.ok()) {
      if (++invalid <= 5) {
        std::fprintf(stderr, "line %d does not validate: %s %s\n", c.line,
                     v.errors[0].field.c_str(), v.errors[0].reason.c_str());
      }
    }
  }

  const redaction_eval::Report report = redaction_eval::Evaluate(
      set.cases, [](const Record& r) { return EncodeRecord(r); }, MaskingPolicy{});
  std::printf("redaction evaluation of %s\n", path.c_str());
  std::printf("%s", redaction_eval::FormatReport(report, max_findings).c_str());
  std::printf("records failing the standard's validation: %d\n", invalid);
  return report.ok() ? 0 : 1;
}
