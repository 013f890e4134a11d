// The evaluation of the redaction library against the labelled set in
// tests/redaction_eval/records.jsonl (issue #4), shared by the
// redaction_eval program (tests/bench/) and the unit test
// (tests/unit/redaction/eval_set_test.cc). Header-only so that the unit test
// needs no library beyond dpfeed_redaction.
//
// One line of the set: {"kind":"license"|"penalty","record":{XK_/CF_ wire
// fields},"secrets":[{"category":<PiiCategoryName>,"value":...}],
// "public":[...]}. For each record the evaluation masks it with MaskRecord,
// serialises the result (the caller's encoder: EncodeRecord, as the API and
// the credit channel do) and counts
//   - secrets planted and leaked (the value still occurs in the output);
//   - public values and over-masked ones (fewer occurrences in the output
//     than in the record: every occurrence must survive);
//   - leak-guard flags on the masked output (each one would block a correct
//     publication), and whether the guard catches every non-address secret
//     of the UNMASKED record (house numbers are checked by masking, not by
//     value: DOMAIN.md §4, leak_guard.cc).
// A label that does not occur in the unmasked record is a label error: it
// could never leak, so it would test nothing.
//
// Thread-safety: pure functions over value types.
#ifndef DPFEED_TESTS_REDACTION_EVAL_EVAL_COUNTER_H_
#define DPFEED_TESTS_REDACTION_EVAL_EVAL_COUNTER_H_

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/leak_guard.h"
#include "redaction/masking_policy.h"
#include "redaction/span.h"
#include "service/domain/record.h"

namespace dpfeed::redaction_eval {

struct Secret {
  std::string category;  // a PiiCategoryName
  std::string value;     // must not occur in the masked output
};

struct Case {
  int line = 0;  // 1-based line in the file
  Record record;
  std::vector<Secret> secrets;
  std::vector<std::string> publics;  // must occur unchanged in the masked output
};

struct EvalSet {
  std::vector<Case> cases;
  std::vector<std::string> errors;  // unreadable file, malformed lines
};

// The category names in PiiCategory order.
inline std::vector<std::string> CategoryNames() {
  std::vector<std::string> out;
  for (int i = 0; i < kPiiCategoryCount; ++i)
    out.emplace_back(PiiCategoryName(static_cast<PiiCategory>(i)));
  return out;
}

// "natural" / "individual" / "legal" / "unknown", for report rows.
inline const char* SubjectName(const Record& r) {
  const auto c = r.Category();
  if (!c) return "unknown";
  switch (*c) {
    case SubjectCategory::kNaturalPerson:
      return "natural";
    case SubjectCategory::kIndividualBusiness:
      return "individual";
    case SubjectCategory::kLegalPerson:
      return "legal";
  }
  return "unknown";
}

// Parses one line; false with `error` set when it is malformed.
inline bool ParseCase(std::string_view line, int line_no, Case* out, std::string* error) {
  rapidjson::Document doc;
  doc.Parse(line.data(), line.size());
  if (doc.HasParseError()) {
    *error = std::string("JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
             " at offset " + std::to_string(doc.GetErrorOffset());
    return false;
  }
  if (!doc.IsObject() || !doc.HasMember("kind") || !doc["kind"].IsString() ||
      !doc.HasMember("record") || !doc["record"].IsObject() || !doc.HasMember("secrets") ||
      !doc["secrets"].IsArray() || !doc.HasMember("public") || !doc["public"].IsArray()) {
    *error = "expected an object with kind, record, secrets and public";
    return false;
  }
  const std::string kind = doc["kind"].GetString();
  if (kind != "license" && kind != "penalty") {
    *error = "kind must be license or penalty: " + kind;
    return false;
  }
  out->line = line_no;
  out->record = Record{};
  out->record.kind = kind == "license" ? Kind::kLicense : Kind::kPenalty;
  for (auto it = doc["record"].MemberBegin(); it != doc["record"].MemberEnd(); ++it) {
    const std::string key(it->name.GetString(), it->name.GetStringLength());
    const std::optional<std::string> code = ShortCode(out->record.kind, key);
    if (!code) {
      *error = "unknown field for a " + kind + ": " + key;
      return false;
    }
    if (!it->value.IsString()) {
      *error = "field is not a string: " + key;
      return false;
    }
    out->record.Set(*code, std::string(it->value.GetString(), it->value.GetStringLength()));
  }
  const std::vector<std::string> names = CategoryNames();
  out->secrets.clear();
  for (const auto& s : doc["secrets"].GetArray()) {
    if (!s.IsObject() || !s.HasMember("category") || !s["category"].IsString() ||
        !s.HasMember("value") || !s["value"].IsString() || s["value"].GetStringLength() == 0) {
      *error = "a secret must be {\"category\":...,\"value\":<non-empty>}";
      return false;
    }
    Secret secret{s["category"].GetString(),
                  std::string(s["value"].GetString(), s["value"].GetStringLength())};
    if (std::find(names.begin(), names.end(), secret.category) == names.end()) {
      *error = "unknown category: " + secret.category;
      return false;
    }
    out->secrets.push_back(std::move(secret));
  }
  out->publics.clear();
  for (const auto& p : doc["public"].GetArray()) {
    if (!p.IsString() || p.GetStringLength() == 0) {
      *error = "a public value must be a non-empty string";
      return false;
    }
    out->publics.emplace_back(p.GetString(), p.GetStringLength());
  }
  return true;
}

// Reads the whole file; blank lines are skipped.
inline EvalSet LoadEvalSet(const std::string& path) {
  EvalSet set;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    set.errors.push_back("cannot open " + path);
    return set;
  }
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Case c;
    std::string error;
    if (ParseCase(line, line_no, &c, &error)) {
      set.cases.push_back(std::move(c));
    } else {
      set.errors.push_back("line " + std::to_string(line_no) + ": " + error);
    }
  }
  return set;
}

struct CategoryTally {
  int planted = 0;
  int leaked = 0;
  int guard_checked = 0;  // non-address secrets: the guard must flag each in the unmasked record
  int guard_caught = 0;
};

struct SubjectTally {
  int records = 0;
  int secrets = 0;
  int leaked = 0;
  int publics = 0;
  int over_masked = 0;
};

struct Finding {
  int line = 0;
  std::string what;      // "leak", "over-mask", "guard-flag", "guard-miss", "label"
  std::string category;  // secret or leak category; empty for public values
  std::string value;     // the labelled value (test data, never real)
  std::string context;   // where: field and masked text around it
};

struct Report {
  int records = 0;
  int licenses = 0;
  int penalties = 0;
  std::map<std::string, CategoryTally> by_category;  // every category, in name order
  std::map<std::string, SubjectTally> by_subject;
  int planted = 0;
  int leaked = 0;
  int publics = 0;
  int over_masked = 0;
  int label_errors = 0;
  // Leak guard over the masked output: should flag nothing.
  int guard_masked_records_flagged = 0;
  int guard_masked_flags = 0;
  std::map<std::string, int> guard_masked_by_category;
  // Leak guard over the unmasked record: should flag every record holding a
  // non-address secret, at every occurrence of each such secret.
  int guard_unmasked_expected = 0;
  int guard_unmasked_flagged = 0;
  int guard_secret_misses = 0;
  std::vector<Finding> findings;

  int guard_record_misses() const { return guard_unmasked_expected - guard_unmasked_flagged; }
  bool ok() const {
    return label_errors == 0 && leaked == 0 && over_masked == 0 && guard_masked_flags == 0 &&
           guard_record_misses() == 0 && guard_secret_misses == 0;
  }
};

using Encoder = std::function<std::string(const Record&)>;

namespace internal {

// Backs up / advances to a UTF-8 character boundary.
inline size_t CharBegin(std::string_view s, size_t p) {
  while (p > 0 && p < s.size() && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return std::min(p, s.size());
}

// Up to `radius` bytes either side of [begin, end), on character boundaries.
inline std::string Around(std::string_view s, size_t begin, size_t end, size_t radius = 48) {
  const size_t b = CharBegin(s, begin > radius ? begin - radius : 0);
  const size_t e = CharBegin(s, std::min(s.size(), end + radius));
  return std::string(b > 0 ? "…" : "") + std::string(s.substr(b, e - b)) +
         (e < s.size() ? "…" : "");
}

// The wire code of the first field holding `value`, and that field's value
// in `shown` (the masked record), around the value's place in `original`.
inline std::string FieldContext(const Record& original, const Record& shown,
                                const std::string& value) {
  for (const FieldSpec& f : FieldsOf(original.kind)) {
    const std::string& v = original.Get(f.code);
    const size_t p = v.find(value);
    if (p == std::string::npos) continue;
    const std::string& m = shown.Get(f.code);
    const size_t q = std::min(p, m.size());
    return WireCode(original.kind, f.code) + ": " +
           Around(m, q, std::min(m.size(), q + value.size()));
  }
  return "(no field)";
}

inline bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

inline size_t Count(std::string_view haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string_view::npos;
       p = haystack.find(needle, p + 1))
    ++n;
  return n;
}

// The first field where masking removed an occurrence of `value`.
inline std::string LostContext(const Record& original, const Record& shown,
                               const std::string& value) {
  for (const FieldSpec& f : FieldsOf(original.kind)) {
    const std::string& v = original.Get(f.code);
    if (Count(v, value) <= Count(shown.Get(f.code), value)) continue;
    const std::string& m = shown.Get(f.code);
    const size_t q = std::min(v.find(value), m.size());
    return WireCode(original.kind, f.code) + ": " +
           Around(m, q, std::min(m.size(), q + value.size()));
  }
  return "(no field)";
}

}  // namespace internal

// Masks and checks every case. `encode` serialises a record (EncodeRecord).
inline Report Evaluate(const std::vector<Case>& cases, const Encoder& encode,
                       const MaskingPolicy& policy = {}) {
  Report rep;
  for (const std::string& name : CategoryNames()) rep.by_category[name];
  for (const Case& c : cases) {
    ++rep.records;
    (c.record.kind == Kind::kLicense ? rep.licenses : rep.penalties) += 1;
    SubjectTally& subject = rep.by_subject[SubjectName(c.record)];
    ++subject.records;

    const std::string before = encode(c.record);
    const Record masked = MaskRecord(c.record, policy);
    const std::string after = encode(masked);

    // Labels that test nothing.
    for (const Secret& s : c.secrets) {
      if (!internal::Contains(before, s.value)) {
        ++rep.label_errors;
        rep.findings.push_back({c.line, "label", s.category, s.value, "secret not in the record"});
      }
    }
    for (const std::string& p : c.publics) {
      if (!internal::Contains(before, p)) {
        ++rep.label_errors;
        rep.findings.push_back({c.line, "label", "", p, "public value not in the record"});
      }
    }

    // Leaks and over-masks, by value.
    for (const Secret& s : c.secrets) {
      CategoryTally& t = rep.by_category[s.category];
      ++t.planted;
      ++rep.planted;
      ++subject.secrets;
      if (internal::Contains(after, s.value)) {
        ++t.leaked;
        ++rep.leaked;
        ++subject.leaked;
        rep.findings.push_back({c.line, "leak", s.category, s.value,
                                internal::FieldContext(c.record, masked, s.value)});
      }
    }
    for (const std::string& p : c.publics) {
      ++rep.publics;
      ++subject.publics;
      // Every occurrence must survive: a code shown in its own column but
      // starred in the facts is still over-masked there.
      if (internal::Count(after, p) < internal::Count(before, p)) {
        ++rep.over_masked;
        ++subject.over_masked;
        rep.findings.push_back(
            {c.line, "over-mask", "", p, internal::LostContext(c.record, masked, p)});
      }
    }

    // The leak guard must pass the masked record...
    const std::vector<const Record*> records = {&c.record};
    const std::vector<Leak> masked_leaks = FindLeaks(after, records, policy);
    if (!masked_leaks.empty()) ++rep.guard_masked_records_flagged;
    for (const Leak& l : masked_leaks) {
      ++rep.guard_masked_flags;
      ++rep.guard_masked_by_category[PiiCategoryName(l.category)];
      rep.findings.push_back({c.line, "guard-flag", PiiCategoryName(l.category), "",
                              "byte " + std::to_string(l.offset) + ": " +
                                  internal::Around(after, l.offset, l.offset + 1)});
    }

    // ... and catch every non-address secret of the unmasked one.
    const std::vector<Leak> raw_leaks = FindLeaks(before, records, policy);
    std::vector<size_t> flagged_at;
    for (const Leak& l : raw_leaks) flagged_at.push_back(l.offset);
    bool expected = false;
    for (const Secret& s : c.secrets) {
      if (s.category == PiiCategoryName(PiiCategory::kAddress)) continue;
      expected = true;
      CategoryTally& t = rep.by_category[s.category];
      ++t.guard_checked;
      bool all = true;
      for (size_t p = before.find(s.value); p != std::string::npos;
           p = before.find(s.value, p + 1)) {
        const bool hit = std::any_of(flagged_at.begin(), flagged_at.end(),
                                     [&](size_t b) { return b >= p && b < p + s.value.size(); });
        all = all && hit;
      }
      if (all) {
        ++t.guard_caught;
      } else {
        ++rep.guard_secret_misses;
        rep.findings.push_back(
            {c.line, "guard-miss", s.category, s.value, "not flagged in the unmasked record"});
      }
    }
    if (expected) {
      ++rep.guard_unmasked_expected;
      if (!raw_leaks.empty()) ++rep.guard_unmasked_flagged;
    }
  }
  return rep;
}

// A plain-text table of the report, with up to `max_findings` findings.
inline std::string FormatReport(const Report& r, size_t max_findings = 60) {
  std::string out;
  char buf[512];
  auto line = [&](const char* fmt, auto... args) {
    std::snprintf(buf, sizeof(buf), fmt, args...);
    out += buf;
  };
  line("records: %d (%d penalties, %d licenses)\n\n", r.records, r.penalties, r.licenses);
  line("%-15s %8s %8s %18s\n", "category", "planted", "leaked", "guard on unmasked");
  for (const std::string& name : CategoryNames()) {
    const CategoryTally& t = r.by_category.at(name);
    if (name == PiiCategoryName(PiiCategory::kAddress)) {
      line("%-15s %8d %8d %18s\n", name.c_str(), t.planted, t.leaked, "n/a (by masking)");
    } else {
      line("%-15s %8d %8d %11d / %4d\n", name.c_str(), t.planted, t.leaked, t.guard_caught,
           t.guard_checked);
    }
  }
  line("%-15s %8d %8d\n\n", "total", r.planted, r.leaked);
  line("%-15s %8s %8s %8s %8s %12s\n", "subject", "records", "secrets", "leaked", "public",
       "over-masked");
  for (const char* s : {"natural", "individual", "legal", "unknown"}) {
    auto it = r.by_subject.find(s);
    if (it == r.by_subject.end()) continue;
    const SubjectTally& t = it->second;
    line("%-15s %8d %8d %8d %8d %12d\n", s, t.records, t.secrets, t.leaked, t.publics,
         t.over_masked);
  }
  line("%-15s %8d %8d %8d %8d %12d\n\n", "total", r.records, r.planted, r.leaked, r.publics,
       r.over_masked);
  line("leak guard, masked output:  %d records flagged, %d flags (expected 0)",
       r.guard_masked_records_flagged, r.guard_masked_flags);
  for (const auto& [cat, n] : r.guard_masked_by_category) line(" %s=%d", cat.c_str(), n);
  line(
      "\nleak guard, unmasked input: %d / %d records with a non-address secret flagged; %d secrets "
      "missed\n",
      r.guard_unmasked_flagged, r.guard_unmasked_expected, r.guard_secret_misses);
  line("label errors: %d\n", r.label_errors);
  if (!r.findings.empty()) {
    line("\nfindings (%zu", r.findings.size());
    out += r.findings.size() > max_findings ? ", first " + std::to_string(max_findings) + "):\n"
                                            : "):\n";
    for (size_t i = 0; i < r.findings.size() && i < max_findings; ++i) {
      const Finding& f = r.findings[i];
      out += "  line " + std::to_string(f.line) + " " + f.what;
      if (!f.category.empty()) out += " " + f.category;
      if (!f.value.empty()) out += " \"" + f.value + "\"";
      out += " — " + f.context + "\n";
    }
  }
  out += r.ok() ? "\nRESULT: PASS\n" : "\nRESULT: FAIL\n";
  return out;
}

}  // namespace dpfeed::redaction_eval

#endif  // DPFEED_TESTS_REDACTION_EVAL_EVAL_COUNTER_H_
