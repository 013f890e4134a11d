#include "redaction/detectors.h"

#include <algorithm>
#include <cstring>

#include "redaction/address_detector.h"
#include "redaction/context_names.h"
#include "redaction/digit_detectors.h"
#include "redaction/person_name.h"
#include "redaction/text_detectors.h"
#include "redaction/text_scan.h"

namespace dpfeed {
namespace {

using std::string_view_literals::operator""sv;

// Every occurrence of `needle` in `text` as a span.
void Occurrences(std::string_view text, std::string_view needle, std::vector<Span>& out) {
  for (size_t p = 0; (p = FindBytes(text, p, needle)) != std::string_view::npos;) {
    out.push_back({p, p + needle.size(), PiiCategory::kPersonName});
    p += needle.size();
  }
}

bool Inside(const Span& s, const std::vector<Span>& ranges) {
  return std::any_of(ranges.begin(), ranges.end(),
                     [&](const Span& r) { return r.begin <= s.begin && s.end <= r.end; });
}

// Where the label of a number at p ends: before the colons, spaces and
// opening brackets between them, and (`wei`) a 为 (电话为…).
size_t LabelEnd(std::string_view text, size_t p, bool wei) {
  size_t q = p;
  for (int k = 0; k < 3 && q > 0; ++k) {
    if (text[q - 1] == ':' || text[q - 1] == ' ' || text[q - 1] == '(') {
      --q;
    } else if (EndsWithAt(text, q, "：") || EndsWithAt(text, q, "（") ||
               (wei && EndsWithAt(text, q, "为"))) {
      q -= 3;
    } else {
      break;
    }
  }
  return q;
}

// A landline labelled as an office's: 咨询电话, 举报电话, or 电话 right after
// an agency's or a firm's name (…管理局联系电话：).
bool PublicLineLabel(std::string_view text, size_t p) {
  const size_t q = LabelEnd(text, p, /*wei=*/true);
  for (std::string_view w : {"咨询电话"sv, "举报电话"sv, "投诉电话"sv, "监督电话"sv, "服务电话"sv,
                             "热线"sv, "办公电话"sv, "传真"sv, "值班电话"sv, "总机"sv}) {
    if (EndsWithAt(text, q, w)) return true;
  }
  // Right after an office's name (咨询电话：南安市市场监督管理局0595-…).
  for (std::string_view org : {"局"sv, "院"sv, "所"sv, "中心"sv, "委员会"sv, "办公室"sv, "大队"sv,
                               "支队"sv, "管理站"sv, "政府"sv}) {
    if (EndsWithAt(text, q, org)) return true;
  }
  for (std::string_view w : {"联系电话"sv, "电话"sv}) {
    if (!EndsWithAt(text, q, w)) continue;
    size_t b = q - w.size();
    // 联系榆次区农业农村局，联系电话：…
    for (std::string_view org :
         {"局"sv, "院"sv, "所"sv, "中心"sv, "公司"sv, "室"sv, "队"sv, "站"sv, "府"sv, "会"sv,
          "部"sv, "处"sv, "厅"sv, "委"sv, "馆"sv, "社"sv, "校"sv, "分局"sv, "机关"sv}) {
      if (EndsWithAt(text, b, org)) return true;
    }
    // An office named in the clause before (联系榆次区农业农村局，联系电话：…);
    // not 室 or 号 of a home (…1904室，联系电话：…).
    const size_t c = EndsWithAt(text, b, "，") || EndsWithAt(text, b, "（")
                         ? b - 3
                         : (b > 0 && (text[b - 1] == ',' || text[b - 1] == '(') ? b - 1 : b);
    if (c == b) continue;
    for (std::string_view org :
         {"局"sv, "中心"sv, "委员会"sv, "政府"sv, "大队"sv, "支队"sv, "办公室"sv, "机关"sv}) {
      if (EndsWithAt(text, c, org)) return true;
    }
  }
  return false;
}

// Whether a person named at one of `persons` stands shortly before p in
// the same sentence, or opened a bracket that p is still inside (投诉人李某
// （住…1904室，联系电话：0797 …）).
bool AttachedToPerson(std::string_view text, size_t p, const std::vector<Span>& persons) {
  for (const Span& s : persons) {
    if (s.end > p || p - s.end > 300) continue;
    const std::string_view between = text.substr(s.end, p - s.end);
    // Still inside a bracket opened right after the person, whatever it
    // holds before the number (证人X【居住地…；座机:…】).
    const bool bracket = between.rfind("（", 0) == 0 || between.rfind("(", 0) == 0 ||
                         between.rfind("【", 0) == 0 || between.rfind("[", 0) == 0;
    if (bracket && between.find("）") == std::string_view::npos &&
        between.find(')') == std::string_view::npos &&
        between.find("】") == std::string_view::npos &&
        between.find(']') == std::string_view::npos &&
        between.find('\n') == std::string_view::npos) {
      return true;
    }
    const bool same_sentence = between.find("。") == std::string_view::npos &&
                               between.find("；") == std::string_view::npos &&
                               between.find(';') == std::string_view::npos &&
                               between.find('\n') == std::string_view::npos;
    if (same_sentence && p - s.end <= 90) return true;
  }
  return false;
}

// A landline labelled as a home's (家庭电话（0938）2827787): personal in
// any record.
bool HomeLineLabel(std::string_view text, size_t p) {
  const size_t q = LabelEnd(text, p, /*wei=*/false);
  for (std::string_view w : {"家庭电话"sv, "住宅电话"sv, "宅电"sv, "家庭座机"sv, "家中电话"sv,
                             "家里电话"sv, "住宅座机"sv}) {
    if (EndsWithAt(text, q, w)) return true;
  }
  // A third party's line, named by her role (举报人联系电话0851-…).
  for (std::string_view w : {"联系电话"sv, "电话"sv, "座机"sv}) {
    if (!EndsWithAt(text, q, w)) continue;
    for (std::string_view role : {"举报人"sv, "投诉人"sv, "消费者"sv, "证人"sv, "受害人"sv,
                                  "患者"sv, "顾客"sv, "乘客"sv, "家属"sv, "邻居"sv, "诉求人"sv}) {
      if (EndsWithAt(text, q - w.size(), role)) return true;
    }
  }
  return false;
}

// A landline is personal unless it is an office's, or a firm's that no
// third party in the sentence owns (after 法定代表人X，联系电话 it is the
// firm's switchboard): the others move from d.spans to d.kept. Out of line,
// as the sort below: most texts hold no landline, and the code every text
// runs stays small.
[[gnu::noinline]] void KeepPublicLines(std::string_view text, const std::vector<Span>& names,
                                       bool legal, Detection& d, std::vector<Span>& kept_lines) {
  d.spans.erase(std::remove_if(d.spans.begin(), d.spans.end(),
                               [&](const Span& s) {
                                 if (s.category != PiiCategory::kLandline) return false;
                                 const bool personal = AttachedToPerson(text, s.begin, names) ||
                                                       HomeLineLabel(text, s.begin) ||
                                                       (!legal && !PublicLineLabel(text, s.begin));
                                 if (!personal) kept_lines.push_back(s);
                                 return !personal;
                               }),
                d.spans.end());
  d.kept.insert(d.kept.end(), kept_lines.begin(), kept_lines.end());
}

[[gnu::noinline]] void SortByBegin(std::vector<Span>& spans) {
  std::sort(spans.begin(), spans.end(),
            [](const Span& x, const Span& y) { return x.begin < y.begin; });
}

}  // namespace

Detection Detect(std::string_view text, const DetectOptions& options) {
  Detection d;
  Detect(text, options, d);
  return d;
}

void Detect(std::string_view text, const DetectOptions& options, Detection& d) {
  d.spans.clear();
  d.kept.clear();
  const bool legal = options.subject == SubjectCategory::kLegalPerson;
  // One pass over the text collects the characters the Chinese-text
  // detectors start at (and any full-width digit), and the ASCII words the
  // detectors of numbers and documents read; they look only there.
  static const TriggerTable kTriggers = [] {
    TriggerSpec t;
    t.AddSpec(ContextNameTriggers());
    t.AddSpec(AddressTriggers());
    return TriggerTable(t);
  }();
  // Scratch vectors reused across calls on a thread: no allocation per
  // text, and one thread-local object to reach (each has a guard).
  struct Scratch {
    std::vector<Trigger> triggers;
    std::vector<AsciiWord> words;
    std::vector<Span> numbers, names, public_ranges, persons, kept_lines;
  };
  thread_local Scratch scratch;
  std::vector<Trigger>& triggers = scratch.triggers;
  std::vector<AsciiWord>& words = scratch.words;
  std::vector<Span>& numbers = scratch.numbers;
  std::vector<Span>& names = scratch.names;
  std::vector<Span>& public_ranges = scratch.public_ranges;
  std::vector<Span>& persons = scratch.persons;
  std::vector<Span>& kept_lines = scratch.kept_lines;
  triggers.clear();
  words.clear();
  numbers.clear();
  names.clear();
  public_ranges.clear();
  persons.clear();
  kept_lines.clear();
  kTriggers.Collect(text, triggers, &words);
  const bool full_width = std::any_of(triggers.begin(), triggers.end(), [](const Trigger& t) {
    return t.cp >= 0xFF10 && t.cp <= 0xFF19;
  });

  DigitOptions digits;
  digits.full_width = full_width;
  digits.identity_only = options.identity_only;
  digits.reference_date = options.reference_date;
  DetectDigitIdentifiers(text, words, digits, numbers, &d.kept);
  for (const Span& s : numbers) {
    const std::string_view number = text.substr(s.begin, s.end - s.begin);
    const bool own_code =
        std::any_of(options.public_codes.begin(), options.public_codes.end(),
                    [&](const std::string& code) { return CompactEquals(number, code); });
    (own_code ? d.kept : d.spans).push_back(s);
  }
  DetectEmails(text, d.spans);
  DetectTravelDocuments(text, words, d.spans);
  if (options.identity_only) {
    NormalizeSpans(d.spans);
    return;
  }

  // Persons: names found by context and by value, less the public names.
  // The public names' occurrences are searched for only when something
  // asks for them: names to clear, or public persons to list (most texts
  // name no one by context, and a trade name matters only to those).
  FindNamesByContext(text, triggers, names);
  bool public_found = false;
  if (!names.empty()) {
    for (const std::string& n : options.public_names) Occurrences(text, n, public_ranges);
    const size_t public_only = public_ranges.size();  // the trade names' follow
    for (const std::string& n : options.trade_names) Occurrences(text, n, public_ranges);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&](const Span& s) { return Inside(s, public_ranges); }),
                names.end());
    public_ranges.resize(public_only);
    public_found = true;
  }
  // Names known by value: public only inside a legal person's name or
  // representative, never inside a trade name (the operator's own name).
  const size_t by_context = names.size();
  for (const std::string& name : options.names) DetectName(text, name, names);
  if (!public_found && (names.size() > by_context || !options.public_persons.empty())) {
    for (const std::string& n : options.public_names) Occurrences(text, n, public_ranges);
  }
  if (!public_ranges.empty()) {
    names.erase(std::remove_if(names.begin() + static_cast<std::ptrdiff_t>(by_context), names.end(),
                               [&](const Span& s) { return Inside(s, public_ranges); }),
                names.end());
  }
  persons = names;
  for (const Span& r : public_ranges) {
    const std::string_view v = text.substr(r.begin, r.end - r.begin);
    if (std::find(options.public_persons.begin(), options.public_persons.end(), v) !=
        options.public_persons.end()) {
      persons.push_back(r);
    }
  }

  if (std::any_of(d.spans.begin(), d.spans.end(),
                  [](const Span& s) { return s.category == PiiCategory::kLandline; })) {
    KeepPublicLines(text, names, legal, d, kept_lines);
  }

  AddressOptions a;
  a.house_numbers = !legal;
  a.domicile_is_home = !legal;
  a.persons = &persons;
  // The legal representatives, after the private persons: in a firm's
  // record an address after one of them is the firm's.
  a.private_persons = legal ? names.size() : persons.size();
  DetectAddresses(text, triggers, words, a, d.spans);
  d.spans.insert(d.spans.end(), names.begin(), names.end());
  NormalizeSpans(d.spans);
  if (d.kept.size() > 1) SortByBegin(d.kept);
}

std::vector<Span> DetectPersonalData(std::string_view text, const DetectOptions& options) {
  return Detect(text, options).spans;
}

}  // namespace dpfeed
