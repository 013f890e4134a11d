#include "service/api/fields_handler.h"

#include <iterator>
#include <string_view>

#include "redaction/field_policy.h"
#include "service/domain/extension_fields.h"
#include "service/domain/field_requirements.h"
#include "service/domain/publicity_rules.h"
#include "service/domain/record.h"
#include "service/domain/record_validator.h"

namespace dpfeed {

namespace {

const char* TypeName(FieldType t) {
  switch (t) {
    case FieldType::kText:
      return "text";
    case FieldType::kDate:
      return "date";
    case FieldType::kAmount:
      return "amount";
    case FieldType::kCode:
      return "code";
  }
  return "text";
}

const char* PersonalDataWord(PersonalData p) {
  switch (p) {
    case PersonalData::kNone:
      return "none";
    case PersonalData::kWhole:
      return "whole";
    case PersonalData::kEmbedded:
      return "embedded";
  }
  return "whole";
}

const char* PersonalDataTitle(PersonalData p) {
  switch (p) {
    case PersonalData::kNone:
      return "公开";
    case PersonalData::kWhole:
      return "个人信息，公示时脱敏";
    case PersonalData::kEmbedded:
      return "公开，其中的个人信息公示时脱敏";
  }
  return "个人信息";
}

constexpr SubjectCategory kCategories[] = {SubjectCategory::kLegalPerson,
                                           SubjectCategory::kNaturalPerson,
                                           SubjectCategory::kIndividualBusiness};
constexpr const char* kCategoryWords[] = {kLegalPersonWord, kNaturalPersonWord,
                                          kIndividualBusinessWord};

// Public or personal, from the domain's one policy (PersonalDataIn) and the
// masking policy (IsPublishedField): a word for programs.
const char* PrivacyWord(FieldRole role, bool published) {
  if (!published) return "never_published";
  bool all_none = true, all_whole = true;
  for (SubjectCategory c : kCategories) {
    all_none &= PersonalDataIn(role, c) == PersonalData::kNone;
    all_whole &= PersonalDataIn(role, c) == PersonalData::kWhole;
  }
  if (all_none) return "public";
  if (all_whole) return "personal";
  if (PersonalDataIn(role, SubjectCategory::kLegalPerson) == PersonalData::kNone) {
    return "personal_if_natural_person";
  }
  return "may_contain_personal";
}

void WriteField(JsonWriter& w, Kind kind, const FieldSpec& f, bool standard,
                const MaskingPolicy& masking) {
  const bool published = IsPublishedField(f, masking);
  w.StartObject();
  Key(w, "code");
  Str(w, RecordWireCode(kind, f.code));
  Key(w, "name");
  Str(w, f.name);
  Key(w, "type");
  Str(w, TypeName(f.type));
  Key(w, "max_length");
  w.Int(f.max_chars);
  Key(w, "required_when");
  Str(w, RequiredWhenText(kind, f.code));
  const char* privacy = PrivacyWord(f.role, published);
  Key(w, "privacy");
  Str(w, privacy);
  Key(w, "personal_data");
  w.StartObject();
  for (size_t i = 0; i < std::size(kCategories); ++i) {
    Key(w, kCategoryWords[i]);
    Str(w, PersonalDataWord(PersonalDataIn(f.role, kCategories[i])));
  }
  w.EndObject();
  std::string title;
  if (std::string_view(privacy) == "never_published") {
    title = "不公示";
  } else {
    for (size_t i = 0; i < std::size(kCategories); ++i) {
      title += std::string(i ? "；" : "") + kCategoryWords[i] + "：" +
               PersonalDataTitle(PersonalDataIn(f.role, kCategories[i]));
    }
  }
  Key(w, "privacy_title");
  Str(w, title);
  Key(w, "standard");
  w.Bool(standard);
  Key(w, "published");
  w.Bool(standard && published);
  w.EndObject();
}

void WriteStrings(JsonWriter& w, std::initializer_list<const char*> values) {
  w.StartArray();
  for (const char* v : values) Str(w, v);
  w.EndArray();
}

}  // namespace

void HandleFieldCatalogue(HandlerArgs a) {
  std::vector<Kind> kinds = {Kind::kLicense, Kind::kPenalty};
  if (auto it = a.target.query.find("kind"); it != a.target.query.end() && !it->second.empty()) {
    const auto kind = ParseKind(it->second);
    if (!kind) {
      a.reply(ErrorResponse(
          a.req, Status::InvalidArgument("kind 参数应为 license 或 penalty：" + it->second)));
      return;
    }
    kinds = {*kind};
  }
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "kinds");
  w.StartArray();
  for (Kind kind : kinds) {
    w.StartObject();
    Key(w, "kind");
    Str(w, KindName(kind));
    Key(w, "title");
    Str(w, KindTitle(kind));
    Key(w, "prefix");
    Str(w, KindPrefix(kind));
    Key(w, "fields");
    w.StartArray();
    for (const FieldSpec& f : FieldsOf(kind)) WriteField(w, kind, f, true, a.ctx.masking);
    for (const FieldSpec& f : ExtensionFieldsOf(kind)) WriteField(w, kind, f, false, a.ctx.masking);
    w.EndArray();
    Key(w, "aliases");
    w.StartObject();
    Key(w, std::string(KindPrefix(kind)) + "BZ");
    Str(w, kRemarkCode);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  Key(w, "date_formats");
  WriteStrings(w, {"YYYY-MM-DD", "YYYY/MM/DD", "YYYY-MM-DD HH:MM:SS"});
  Key(w, "long_term_date");
  Str(w, kLongTermDate);
  Key(w, "usage_scopes");
  w.StartArray();
  for (UsageScope s :
       {UsageScope::kPublic, UsageScope::kGovernmentOnly, UsageScope::kAuthorisedQuery}) {
    w.StartObject();
    Key(w, "value");
    w.Int(static_cast<int>(s));
    Key(w, "title");
    Str(w, UsageScopeTitle(s));
    w.EndObject();
  }
  w.EndArray();
  Key(w, "withheld_reasons");
  w.StartArray();
  for (const std::string& r : WithheldReasons()) Str(w, r);
  w.EndArray();
  Key(w, "severities");
  WriteStrings(w, {SeverityTitle(Severity::kMinor), SeverityTitle(Severity::kOrdinary),
                   SeverityTitle(Severity::kSerious)});
  Key(w, "penalty_categories");
  w.StartArray();
  for (const std::string& c : PenaltyCategories()) Str(w, c);
  w.EndArray();
  w.EndObject();
  a.reply(JsonResponse(a.req, http::status::ok, out.Take()));
}

}  // namespace dpfeed
