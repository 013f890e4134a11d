#include "redaction/notice_masking.h"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>

#include "redaction/address_detector.h"
#include "redaction/detectors.h"
#include "redaction/digit_detectors.h"
#include "redaction/masking_policy.h"
#include "redaction/pattern_set.h"
#include "redaction/person_name.h"
#include "redaction/record_context.h"

namespace dpfeed {
namespace {

// One text of the notice that is scanned: a field of a record, or a reason.
struct ScannedText {
  size_t record;
  const FieldSpec* field;  // nullptr for a reason
  FieldTreatment treatment;
  std::string_view text;
  std::vector<Span> spans;  // what the detectors found (names by value come later)
};

// Collects personal values, one entry per (value, category), in the order
// first found. A value seen again (a notice's every record may name the
// same person) costs one hash lookup and no allocation.
class ValueList {
 public:
  void Add(std::string_view value, PiiCategory category, size_t record) {
    if (value.empty()) return;
    auto it = index_.find(value);
    if (it == index_.end()) {
      Slots none;
      none.fill(kNoSlot);
      it = index_.emplace(std::string(value), none).first;
    }
    size_t& slot = it->second[static_cast<size_t>(category)];
    if (slot == kNoSlot) {
      slot = values_.size();
      values_.push_back({std::string(value), category, {}});
    }
    // Sorted: records mostly come in order (a value found in record after
    // record is appended); a binary search, never a linear one, otherwise.
    std::vector<size_t>& records = values_[slot].records;
    if (records.empty() || records.back() < record) {
      records.push_back(record);
      return;
    }
    auto at = std::lower_bound(records.begin(), records.end(), record);
    if (*at != record) records.insert(at, record);
  }
  std::vector<PersonalValue> Take() { return std::move(values_); }
  const std::vector<PersonalValue>& values() const { return values_; }

 private:
  static constexpr size_t kNoSlot = static_cast<size_t>(-1);
  using Slots = std::array<size_t, kPiiCategoryCount>;  // index into values_ per category
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Slots, Hash, std::equal_to<>> index_;
  std::vector<PersonalValue> values_;
};

// Byte ranges of the public names standing in a text.
std::vector<std::pair<size_t, size_t>> PublicRanges(const PatternSet& patterns,
                                                    const std::vector<bool>& is_public,
                                                    const std::vector<PatternSet::Match>& matches) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const PatternSet::Match& m : matches) {
    if (is_public[m.pattern]) out.emplace_back(m.pos, m.pos + patterns.pattern(m.pattern).size());
  }
  return out;
}

// Numbers a detection left visible on purpose, compacted.
void AddKept(std::string_view text, const std::vector<Span>& kept, std::vector<std::string>& out) {
  for (const Span& k : kept)
    out.push_back(CompactIdentifier(text.substr(k.begin, k.end - k.begin)));
}

bool Covered(const std::vector<std::pair<size_t, size_t>>& ranges, size_t begin, size_t end,
             size_t longer_than) {
  for (const auto& [b, e] : ranges) {
    if (b <= begin && e >= end && e - b > longer_than) return true;
  }
  return false;
}

}  // namespace

MaskedNotice MaskNotice(const std::vector<const Record*>& records, const MaskingPolicy& policy,
                        const std::vector<std::string>& reasons) {
  MaskedNotice out;
  ValueList values;
  std::vector<RecordContext> contexts;
  contexts.reserve(records.size());
  // Each record's values by field index: looked up once, read by every pass.
  std::vector<std::vector<std::string_view>> field_values;
  field_values.reserve(records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    field_values.push_back(FieldValues(*records[i]));
    contexts.push_back(ContextOf(*records[i], field_values.back()));
    const RecordContext& c = contexts.back();
    for (const KnownValue& k : c.known) values.Add(k.value, k.category, i);
    for (const std::string& n : c.public_names) out.public_names.push_back(n);
    for (const std::string& code : c.public_codes) out.public_numbers.push_back(code);
  }

  // 1. Every scanned text once through the detectors.
  std::vector<ScannedText> scanned;
  for (size_t i = 0; i < records.size(); ++i) {
    const std::vector<FieldSpec>& fields = FieldsOf(records[i]->kind);
    for (size_t k = 0; k < fields.size(); ++k) {
      const FieldSpec& f = fields[k];
      const std::string_view v = field_values[i][k];
      if (v.empty()) continue;
      const FieldTreatment t = TreatmentOf(f, contexts[i].subject, policy);
      if (t == FieldTreatment::kScanText || t == FieldTreatment::kScanIdentity ||
          t == FieldTreatment::kTradeName) {
        scanned.push_back({i, &f, t, v, {}});
      }
    }
    if (i < reasons.size() && !reasons[i].empty()) {
      scanned.push_back({i, nullptr, FieldTreatment::kScanText, reasons[i], {}});
    }
  }
  // The detector options of a record's texts, built once per record and
  // kind of text (free text, or a public code or wording).
  std::vector<std::optional<DetectOptions>> text_options(records.size());
  std::vector<std::optional<DetectOptions>> identity_options(records.size());
  for (ScannedText& s : scanned) {
    if (s.treatment == FieldTreatment::kTradeName) continue;  // names only, by value
    const bool identity_only = s.treatment == FieldTreatment::kScanIdentity;
    std::optional<DetectOptions>& options =
        (identity_only ? identity_options : text_options)[s.record];
    if (!options) options = OptionsFor(contexts[s.record], identity_only);
    Detection d = Detect(s.text, *options);
    s.spans = std::move(d.spans);
    for (const Span& sp : s.spans)
      values.Add(s.text.substr(sp.begin, sp.end - sp.begin), sp.category, s.record);
    AddKept(s.text, d.kept, out.public_numbers);
  }

  // 2. Every personal name and identity number of the notice, and every
  // public name, looked for in every scanned text in one pass each.
  PatternSet patterns;
  std::vector<bool> is_public;
  std::vector<bool> is_personal;
  std::vector<PiiCategory> category;
  auto add = [&](std::string_view v, bool pub, PiiCategory cat) {
    if (!pub && cat == PiiCategory::kPersonName && !IsSearchableName(v)) return;
    const size_t i = patterns.Add(v);
    if (i == PatternSet::kNone) return;
    if (i >= is_public.size()) {
      is_public.resize(i + 1, false);
      is_personal.resize(i + 1, false);
      category.resize(i + 1, cat);
    }
    if (pub) {
      is_public[i] = true;
    } else {
      is_personal[i] = true;
      category[i] = cat;
    }
  };
  for (const PersonalValue& v : values.values()) {
    if (v.category != PiiCategory::kAddress || IsSpecificAddress(v.value))
      add(v.value, false, v.category);
    if (IsDigitNumber(v.category)) {
      const std::string compact = CompactIdentifier(v.value);
      if (compact.size() >= 8 && compact != v.value) add(compact, false, v.category);
    }
  }
  // Only the public names holding a person's name matter here (袁鹏 inside
  // 袁鹏琦); a notice of many firms named 安丘市… would otherwise probe all
  // of them at every 安丘.
  std::vector<std::string_view> holding;
  for (const std::string& n : out.public_names) {
    for (const PatternSet::Match& m : patterns.FindAll(n)) {
      if (is_personal[m.pattern] && category[m.pattern] == PiiCategory::kPersonName) {
        holding.push_back(n);
        break;
      }
    }
  }
  for (std::string_view n : holding) add(n, true, PiiCategory::kPersonName);

  for (ScannedText& s : scanned) {
    if (patterns.empty()) break;
    const std::vector<PatternSet::Match> matches = patterns.FindAll(s.text);
    if (matches.empty()) continue;
    const auto ranges = PublicRanges(patterns, is_public, matches);
    const std::vector<std::string>& own_public = contexts[s.record].public_names;
    bool added = false;
    for (const PatternSet::Match& m : matches) {
      if (!is_personal[m.pattern]) continue;
      const std::string& v = patterns.pattern(m.pattern);
      const size_t end = m.pos + v.size();
      if (category[m.pattern] == PiiCategory::kPersonName) {
        // Inside a longer public name of the notice, or this record's own
        // public name itself (its legal representative): not this person.
        if (Covered(ranges, m.pos, end, v.size())) continue;
        if (std::find(own_public.begin(), own_public.end(), v) != own_public.end()) continue;
      }
      s.spans.push_back({m.pos, end, category[m.pattern]});
      values.Add(v, category[m.pattern], s.record);
      added = true;
    }
    if (added) NormalizeSpans(s.spans);
  }

  // 3. The masked records.
  out.records.reserve(records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    // A copy of the whole record (one map copy, no lookups), then the
    // fields masking drops or masks; a field that is not a standard one
    // stays (the renderer does not publish it either).
    Record m = *records[i];
    for (auto it = m.fields.begin(); it != m.fields.end();) {
      const FieldSpec* f = FindField(m.kind, it->first);
      const FieldTreatment t =
          f == nullptr ? FieldTreatment::kPublish : TreatmentOf(*f, contexts[i].subject, policy);
      if (t == FieldTreatment::kDrop) {
        it = m.fields.erase(it);
        continue;
      }
      if (t == FieldTreatment::kPersonName) it->second = MaskPersonName(it->second);
      if (t == FieldTreatment::kIdentifier) it->second = MaskIdentifierValue(it->second, policy);
      ++it;
    }
    out.records.push_back(std::move(m));
  }
  if (!reasons.empty()) out.reasons.assign(reasons.begin(), reasons.end());
  for (const ScannedText& s : scanned) {
    if (s.spans.empty()) continue;
    std::string masked = ApplyMasks(s.text, s.spans, policy);
    if (s.field == nullptr) {
      out.reasons[s.record] = std::move(masked);
    } else {
      out.records[s.record].Set(s.field->code, std::move(masked));
    }
  }

  // Identifier-shaped numbers in public fields that are something else by
  // context (a construction permit number dated like a birth): public. An
  // adult's ID number typed into a public field is not, and the guard
  // will stop it.
  for (size_t i = 0; i < records.size(); ++i) {
    DigitOptions digits;
    digits.identity_only = true;
    digits.reference_date = contexts[i].decision_date;
    const std::vector<FieldSpec>& fields = FieldsOf(records[i]->kind);
    for (size_t k = 0; k < fields.size(); ++k) {
      const FieldSpec& f = fields[k];
      if (TreatmentOf(f, contexts[i].subject, policy) != FieldTreatment::kPublish) continue;
      const std::string_view v = field_values[i][k];
      if (v.empty() || f.type == FieldType::kDate || f.type == FieldType::kAmount) continue;
      std::vector<Span> found;
      std::vector<Span> kept;
      DetectDigitIdentifiers(v, digits, found, &kept);
      AddKept(v, kept, out.public_numbers);
    }
  }
  std::sort(out.public_numbers.begin(), out.public_numbers.end());
  out.public_numbers.erase(std::unique(out.public_numbers.begin(), out.public_numbers.end()),
                           out.public_numbers.end());
  out.personal = values.Take();
  return out;
}

Record MaskRecord(const Record& record, const MaskingPolicy& policy) {
  return std::move(MaskNotice(std::vector<const Record*>{&record}, policy).records.front());
}

std::string MaskReasonText(std::string_view text, const Record& record,
                           const MaskingPolicy& policy) {
  if (text.empty()) return std::string();
  MaskedNotice n = MaskNotice(std::vector<const Record*>{&record}, policy, {std::string(text)});
  return std::move(n.reasons.front());
}

MaskedNotice WithoutRecords(const MaskedNotice& notice, const std::vector<size_t>& held) {
  MaskedNotice out;
  std::vector<size_t> renumber(notice.records.size(), static_cast<size_t>(-1));
  for (size_t i = 0, next = 0; i < notice.records.size(); ++i) {
    if (std::find(held.begin(), held.end(), i) != held.end()) continue;
    renumber[i] = next++;
    out.records.push_back(notice.records[i]);
    if (i < notice.reasons.size()) out.reasons.push_back(notice.reasons[i]);
  }
  for (const PersonalValue& v : notice.personal) {
    PersonalValue copy{v.value, v.category, {}};
    for (size_t r : v.records) {
      if (r < renumber.size() && renumber[r] != static_cast<size_t>(-1))
        copy.records.push_back(renumber[r]);
    }
    out.personal.push_back(std::move(copy));
  }
  out.public_names = notice.public_names;
  out.public_numbers = notice.public_numbers;
  return out;
}

}  // namespace dpfeed
