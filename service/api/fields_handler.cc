#include "service/api/fields_handler.h"

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

// Public or personal, from the domain's FieldRole: a word for programs and
// a sentence for people.
std::pair<const char*, const char*> Privacy(FieldRole role) {
  switch (role) {
    case FieldRole::kPublic:
      return {"public", "公开"};
    case FieldRole::kSubjectName:
      return {"personal_if_natural_person", "自然人的姓名为个人信息，公示时脱敏；单位名称公开"};
    case FieldRole::kSubjectId:
      return {"personal", "个人信息，公示时脱敏"};
    case FieldRole::kRepresentative:
      return {"personal_if_natural_person",
              "个体工商户经营者等自然人的姓名为个人信息，公示时脱敏；法人的法定代表人公开"};
    case FieldRole::kRepresentativeId:
      return {"never_published", "个人信息，不公示"};
    case FieldRole::kFreeText:
      return {"may_contain_personal",
              "公开，其中的个人信息（姓名、证件号、电话、住址等）公示时脱敏"};
  }
  return {"personal", "个人信息"};
}

void WriteField(JsonWriter& w, Kind kind, const FieldSpec& f, bool standard) {
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
  const auto [privacy, privacy_title] = Privacy(f.role);
  Key(w, "privacy");
  Str(w, privacy);
  Key(w, "privacy_title");
  Str(w, privacy_title);
  Key(w, "standard");
  w.Bool(standard);
  Key(w, "published");
  w.Bool(standard && f.role != FieldRole::kRepresentativeId);
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
    for (const FieldSpec& f : FieldsOf(kind)) WriteField(w, kind, f, true);
    for (const FieldSpec& f : ExtensionFieldsOf(kind)) WriteField(w, kind, f, false);
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
