// A decision record (行政许可 or 行政处罚 决定) as the national 双公示 standard
// describes it, and the catalogue of its fields.
//
// Fields are held by their short standard code ("XDR_MC", "WSH", "JDRQ");
// the wire format prefixes them with the kind ("XK_XDR_MC", "CF_WSH"), see
// WireCode(), except the remark BZ (备注), which the national standard and
// the data real platforms exchange keep bare for both kinds. A field that is
// absent and a field that is empty are the same.
//
// Thread-safety: Record is a value type; the field catalogue is immutable.
#ifndef DPFEED_SERVICE_DOMAIN_RECORD_H_
#define DPFEED_SERVICE_DOMAIN_RECORD_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/domain/kind.h"

namespace dpfeed {

enum class FieldType {
  kText,     // free or short text, limited by max_chars
  kDate,     // YYYY-MM-DD (YYYY/MM/DD accepted and normalised)
  kAmount,   // non-negative decimal in 万元, up to 6 decimals
  kCode,     // an identifier: no whitespace inside
};

// What a field holds, for the personal-data policy (DOMAIN.md §4). Which
// fields are personal, per subject category, is decided here and only here
// (PersonalDataIn below): masking, the leak guard and the notice renderer all
// derive from it.
enum class FieldRole {
  kPublic,             // never personal: dates, amounts, enumerations, document numbers, legal bases, agencies
  kRegistryCode,       // the subject's registration codes (统一社会信用代码, 工商注册号 ...): public; for a
                       // natural person or an individual business it may be the person's ID number (old
                       // tax registrations were)
  kPublicCode,         // a public number that may reuse a natural person's identity: XKBH (a driver's or
                       // practitioner's certificate number is often the ID number), NR_ZKDX
  kPublicText,         // public wording that may quote a person's identity (WFXW, XKZS ...)
  kSubjectName,        // XDR_MC: a person's name for 自然人, a trade name otherwise
  kSubjectId,          // XDR_ZJHM: the subject's identity document number
  kRepresentative,     // FRDB: legal representative (public) or an individual business's operator (personal)
  kRepresentativeId,   // FR_ZJHM: never published, or only masked (a masking-policy setting)
  kFreeText,           // SY, NR, BZ ...: may contain anyone's personal data
};

struct FieldSpec {
  const char* code;     // short standard code, e.g. "XDR_MC"
  const char* name;     // Chinese name, e.g. "行政相对人名称"
  FieldType type;
  int max_chars;        // limit in Unicode code points
  FieldRole role;
};

// The fields of a kind in the standard's order (the uniform template's
// column order).
const std::vector<FieldSpec>& FieldsOf(Kind kind);
// nullptr when the kind has no such short code.
const FieldSpec* FindField(Kind kind, std::string_view code);

// The remark: bare "BZ" on the wire for both kinds.
inline constexpr std::string_view kRemarkCode = "BZ";

// "XK_" + code or "CF_" + code; "BZ" for the remark.
std::string WireCode(Kind kind, std::string_view code);
// The short code of a wire code of this kind, or nullopt (wrong prefix,
// unknown code). Accepts the bare "BZ" and, as aliases on input, the
// prefixed "XK_BZ" / "CF_BZ" of earlier exchange formats.
std::optional<std::string> ShortCode(Kind kind, std::string_view wire_code);

// The deciding agency and the data-source unit fields differ per kind.
const char* AgencyNameField(Kind kind);   // XKJG / CFJG
const char* AgencyCodeField(Kind kind);   // XKJGDM / CFJGDM
const char* SourceNameField(Kind kind);   // LYDW / SJLY
const char* SourceCodeField(Kind kind);   // LYDWDM / SJLYDM

enum class SubjectCategory { kLegalPerson, kNaturalPerson, kIndividualBusiness };

// How much of a field is a natural person's data, for a subject category.
enum class PersonalData {
  kNone,      // public as it stands
  kWhole,     // the value is a natural person's name or identity number
  kEmbedded,  // a public value in which a natural person's data may stand (a name, an ID number,
              // a home address): only those parts are personal
};
// The national rule (DOMAIN.md §4): a natural person's name, identity
// numbers, contacts and home address are personal, and so is an individual
// business's operator; a legal person's name, codes and legal
// representative are public, its representative's ID number is not; free
// text of every record may hold third parties' data.
PersonalData PersonalDataIn(FieldRole role, SubjectCategory subject);
inline constexpr const char* kLegalPersonWord = "法人及非法人组织";
inline constexpr const char* kNaturalPersonWord = "自然人";
inline constexpr const char* kIndividualBusinessWord = "个体工商户";
std::optional<SubjectCategory> ParseSubjectCategory(std::string_view word);

struct Record {
  Kind kind = Kind::kLicense;
  std::map<std::string, std::string, std::less<>> fields;

  // The value, or "" when absent.
  const std::string& Get(std::string_view code) const;
  void Set(std::string_view code, std::string value) { fields[std::string(code)] = std::move(value); }
  bool Has(std::string_view code) const { return !Get(code).empty(); }
  // XDR_LB parsed; nullopt when missing or not one of the three words.
  std::optional<SubjectCategory> Category() const { return ParseSubjectCategory(Get("XDR_LB")); }
  bool operator==(const Record& other) const = default;
};

// Number of Unicode code points in valid UTF-8 text.
size_t Utf8Length(std::string_view text);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_RECORD_H_
