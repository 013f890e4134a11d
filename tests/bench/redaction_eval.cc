// The redaction evaluation (issues 4 and 8): masks every record of the
// labelled sets, serialises it as the API and the credit channel do
// (EncodeRecord), and prints per category the secrets planted and leaked,
// the public values kept and over-masked, and what the leak guard says about
// the masked output (should be nothing) and about the unmasked input
// (should flag every record holding a personal value).
//
// The sets, by default all three:
//   tests/redaction_eval/records.jsonl   first set (issue 4), written with the detectors
//   tests/redaction_eval2/dev.jsonl      second set (issue 8), the half tuned against
//   tests/redaction_eval2/heldout.jsonl  second set, frozen before tuning: the honest figures
// For the held-out half the recall per category is printed as well.
//
// Usage: redaction_eval [--findings N] [--dump] [set.jsonl ...]
// --dump prints, instead of the report, what detection and masking decide
// for every record: each field's spans and kept numbers (as free text and as
// a public code field), the record masked alone, and the sets masked as one
// notice each with the personal values found. Two builds that print the same
// bytes detect the same things (how a speed-up is checked).
// Exit status: 0 when nothing leaked, nothing was over-masked and the leak
// guard was right both ways on every set; 1 otherwise; 2 when a set cannot
// be read.
#include <cstdio>
#include <string>
#include <vector>

#include "redaction/detectors.h"
#include "redaction/masking_policy.h"
#include "redaction/notice_masking.h"
#include "redaction/record_context.h"
#include "service/domain/civil_date.h"
#include "service/domain/record_validator.h"
#include "service/store/record_json.h"
#include "tests/redaction_eval/eval_counter.h"

using namespace dpfeed;

namespace {

// Records a department could not post: the standard's validation (the
// future-date check disabled). Prints the first few.
int CountInvalid(const redaction_eval::EvalSet& set) {
  int invalid = 0;
  const CivilDate far_future = *ParseCivilDate("2099-12-31");
  for (const redaction_eval::Case& c : set.cases) {
    Record copy = c.record;
    const Validation v = ValidateRecord(copy, far_future);
    if (!v.ok() && ++invalid <= 5) {
      std::fprintf(stderr, "line %d does not validate: %s %s\n", c.line, v.errors[0].field.c_str(),
                   v.errors[0].reason.c_str());
    }
  }
  return invalid;
}

// Recall per category: the share of planted values that did not leak.
void PrintRecall(const redaction_eval::Report& r) {
  std::printf("recall per category (held-out half):\n");
  std::printf("%-15s %8s %8s %8s\n", "category", "planted", "leaked", "recall");
  for (const std::string& name : redaction_eval::CategoryNames()) {
    const redaction_eval::CategoryTally& t = r.by_category.at(name);
    const double recall = t.planted > 0 ? 100.0 * (t.planted - t.leaked) / t.planted : 100.0;
    std::printf("%-15s %8d %8d %7.1f%%\n", name.c_str(), t.planted, t.leaked, recall);
  }
  const double all = r.planted > 0 ? 100.0 * (r.planted - r.leaked) / r.planted : 100.0;
  std::printf("%-15s %8d %8d %7.1f%%\n", "total", r.planted, r.leaked, all);
  std::printf("public values over-masked: %d of %d\n\n", r.over_masked, r.publics);
}

void DumpSpans(const char* what, const std::vector<Span>& spans) {
  std::printf(" %s", what);
  for (const Span& s : spans) {
    std::printf(" %zu-%zu:%s", s.begin, s.end, PiiCategoryName(s.category));
  }
}

// Everything detection and masking decide about the set, in a stable text form.
void Dump(const redaction_eval::EvalSet& set) {
  std::vector<const Record*> all;
  for (const redaction_eval::Case& c : set.cases) {
    const Record& r = c.record;
    all.push_back(&r);
    const RecordContext context = ContextOf(r);
    const DetectOptions free_text = OptionsFor(context, false);
    const DetectOptions identity = OptionsFor(context, true);
    for (const FieldSpec& f : FieldsOf(r.kind)) {
      if (!r.Has(f.code)) continue;
      for (const DetectOptions* o : {&free_text, &identity}) {
        const Detection d = Detect(r.Get(f.code), *o);
        std::printf("%d %s %s", c.line, f.code, o->identity_only ? "id" : "ft");
        DumpSpans("spans", d.spans);
        DumpSpans("kept", d.kept);
        std::printf("\n");
      }
      std::printf("%d %s masked %s\n", c.line, f.code,
                  MaskFreeText(r.Get(f.code), free_text, MaskingPolicy{}).c_str());
    }
    std::printf("%d record %s\n", c.line, EncodeRecord(MaskRecord(r, MaskingPolicy{})).c_str());
  }
  const MaskedNotice notice = MaskNotice(all, MaskingPolicy{});
  for (const Record& r : notice.records) std::printf("notice %s\n", EncodeRecord(r).c_str());
  for (const PersonalValue& v : notice.personal) {
    std::printf("personal %s %s", PiiCategoryName(v.category), v.value.c_str());
    for (size_t i : v.records) std::printf(" %zu", i);
    std::printf("\n");
  }
  for (const std::string& n : notice.public_names) std::printf("public_name %s\n", n.c_str());
  for (const std::string& n : notice.public_numbers) std::printf("public_number %s\n", n.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  size_t max_findings = 60;
  bool dump = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--findings" && i + 1 < argc) {
      max_findings = std::stoul(argv[++i]);
    } else if (a == "--dump") {
      dump = true;
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) {
    paths = {DPFEED_SOURCE_DIR "/tests/redaction_eval/records.jsonl",
             DPFEED_SOURCE_DIR "/tests/redaction_eval2/dev.jsonl",
             DPFEED_SOURCE_DIR "/tests/redaction_eval2/heldout.jsonl"};
  }
  bool ok = true;
  for (const std::string& path : paths) {
    const redaction_eval::EvalSet set = redaction_eval::LoadEvalSet(path);
    for (const std::string& e : set.errors) std::fprintf(stderr, "%s\n", e.c_str());
    if (!set.errors.empty() || set.cases.empty()) {
      std::fprintf(stderr, "redaction_eval: cannot use %s\n", path.c_str());
      return 2;
    }
    if (dump) {
      std::printf("==== %s\n", path.c_str());
      Dump(set);
      continue;
    }
    const int invalid = CountInvalid(set);
    const redaction_eval::Report report = redaction_eval::Evaluate(
        set.cases, [](const Record& r) { return EncodeRecord(r); }, MaskingPolicy{});
    std::printf("==== redaction evaluation of %s\n", path.c_str());
    if (path.find("heldout") != std::string::npos) PrintRecall(report);
    std::printf("%s", redaction_eval::FormatReport(report, max_findings).c_str());
    std::printf("records failing the standard's validation: %d\n\n", invalid);
    ok = ok && report.ok();
  }
  return ok ? 0 : 1;
}
