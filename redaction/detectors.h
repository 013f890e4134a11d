// All detectors over one text, in the context of its record: which subject
// the record is about, which names are its persons' and which are public,
// and which numbers are the record's own public codes.
//
// Thread-safety: pure functions.
#ifndef DPFEED_REDACTION_DETECTORS_H_
#define DPFEED_REDACTION_DETECTORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/span.h"
#include "service/domain/record.h"

namespace dpfeed {

struct DetectOptions {
  // Whose record the text belongs to. A natural person's or an individual
  // business's house numbers and landlines are personal wherever they
  // stand; a legal person's premises and switchboard are public, but its
  // third parties' homes and phones are not (default: a natural person,
  // the most protective reading).
  SubjectCategory subject = SubjectCategory::kNaturalPerson;
  // A public code or wording field (XKBH, NR_ZKDX, WFXW): only a person's
  // identity reused there (an adult's ID number, a mobile, an email, a
  // travel document), no names by context, no addresses (default false).
  bool identity_only = false;
  // The record's decision date as YYYYMMDD, 0 when unknown: an "ID number"
  // born after it is a dated code (digit_detectors.h).
  int reference_date = 0;
  // Names of this record's persons, searched for verbatim.
  std::vector<std::string> names;
  // Public names (a legal person's name and its legal representative): a
  // name found by context that equals one or stands inside one is that
  // public value.
  std::vector<std::string> public_names;
  // Trade names of the record (an individual business's XDR_MC): a name
  // found by context inside one is part of the shop's name (敖汉旗…), not a
  // person; the operator's own name inside it is still masked by value.
  std::vector<std::string> trade_names;
  // The legal representatives among them: persons, so a phone or home
  // address attached to one is personal.
  std::vector<std::string> public_persons;
  // The record's own public codes (统一社会信用代码, 工商注册号 ...),
  // compacted: an all-digit code quoted in free text may look like a card
  // or an old ID number, and stays visible (DOMAIN.md §4).
  std::vector<std::string> public_codes;
};

struct Detection {
  std::vector<Span> spans;  // personal data, sorted and non-overlapping
  // Numbers shaped like identifiers that the context shows are not a
  // person's (labelled 案件编号 ..., a dated code, a public code, a public
  // switchboard): left visible on purpose.
  std::vector<Span> kept;
};

Detection Detect(std::string_view text, const DetectOptions& options);
// The same into `out`, whose vectors are cleared and reused (a caller that
// detects text after text allocates nothing per text).
void Detect(std::string_view text, const DetectOptions& options, Detection& out);

// Detect(text, options).spans.
std::vector<Span> DetectPersonalData(std::string_view text, const DetectOptions& options);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_DETECTORS_H_
