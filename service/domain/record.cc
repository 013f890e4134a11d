#include "service/domain/record.h"

namespace dpfeed {

namespace {

using T = FieldType;
using R = FieldRole;

// The subject block shared by both kinds (DOMAIN.md §3).
#define DPFEED_SUBJECT_FIELDS                                                  \
  {"XDR_MC", "行政相对人名称", T::kText, 200, R::kSubjectName},                \
  {"XDR_LB", "行政相对人类别", T::kText, 16, R::kPublic},                      \
  {"XDR_SHXYM", "统一社会信用代码", T::kCode, 18, R::kRegistryCode},                 \
  {"XDR_GSZC", "工商注册号", T::kCode, 50, R::kRegistryCode},                        \
  {"XDR_ZZJG", "组织机构代码", T::kCode, 9, R::kRegistryCode},                       \
  {"XDR_SWDJ", "税务登记号", T::kCode, 15, R::kRegistryCode},                        \
  {"XDR_SYDW", "事业单位证书号", T::kCode, 12, R::kRegistryCode},                    \
  {"XDR_SHZZ", "社会组织登记证号", T::kCode, 50, R::kRegistryCode},                  \
  {"FRDB", "法定代表人", T::kText, 50, R::kRepresentative},                    \
  {"FR_ZJLX", "法定代表人证件类型", T::kText, 64, R::kPublic},                 \
  {"FR_ZJHM", "法定代表人证件号码", T::kCode, 64, R::kRepresentativeId},       \
  {"XDR_ZJLX", "证件类型", T::kText, 64, R::kPublic},                          \
  {"XDR_ZJHM", "证件号码", T::kCode, 64, R::kSubjectId}

const std::vector<FieldSpec> kLicenseFields = {
    DPFEED_SUBJECT_FIELDS,
    {"XKWS", "行政许可决定文书名称", T::kText, 64, R::kPublic},
    {"WSH", "行政许可决定文书号", T::kText, 64, R::kPublic},
    {"XKLB", "许可类别", T::kText, 256, R::kPublic},
    {"XKZS", "许可证书名称", T::kText, 64, R::kPublicText},
    {"XKBH", "许可编号", T::kText, 64, R::kPublicCode},
    {"NR", "许可内容", T::kText, 4000, R::kFreeText},
    {"JDRQ", "许可决定日期", T::kDate, 10, R::kPublic},
    {"YXQZ", "有效期自", T::kDate, 10, R::kPublic},
    {"YXQZI", "有效期至", T::kDate, 10, R::kPublic},
    {"XKJG", "许可机关", T::kText, 200, R::kPublic},
    {"XKJGDM", "许可机关统一社会信用代码", T::kCode, 18, R::kPublic},
    {"ZT", "当前状态", T::kText, 1, R::kPublic},
    {"LYDW", "数据来源单位", T::kText, 200, R::kPublic},
    {"LYDWDM", "数据来源单位统一社会信用代码", T::kCode, 18, R::kPublic},
    {"BZ", "备注", T::kText, 512, R::kFreeText},
};

const std::vector<FieldSpec> kPenaltyFields = {
    DPFEED_SUBJECT_FIELDS,
    {"WSH", "行政处罚决定书文号", T::kText, 128, R::kPublic},
    {"WFXW", "违法行为类型", T::kText, 2000, R::kPublicText},
    {"SY", "违法事实", T::kText, 5000, R::kFreeText},
    {"YJ", "处罚依据", T::kText, 2000, R::kPublic},
    {"CFLB", "处罚类别", T::kText, 256, R::kPublic},
    {"NR", "处罚内容", T::kText, 4000, R::kFreeText},
    {"NR_FK", "罚款金额（万元）", T::kAmount, 20, R::kPublic},
    {"NR_WFFF", "没收违法所得、没收非法财物的金额（万元）", T::kAmount, 20, R::kPublic},
    {"NR_ZKDX", "暂扣或吊销证照名称及编号", T::kText, 200, R::kPublicCode},
    {"JDRQ", "处罚决定日期", T::kDate, 10, R::kPublic},
    {"YXQ", "处罚有效期", T::kDate, 10, R::kPublic},
    {"GSJZQ", "公示截止期", T::kDate, 10, R::kPublic},
    {"CFJG", "处罚机关", T::kText, 200, R::kPublic},
    {"CFJGDM", "处罚机关统一社会信用代码", T::kCode, 18, R::kPublic},
    {"SJLY", "数据来源单位", T::kText, 200, R::kPublic},
    {"SJLYDM", "数据来源单位统一社会信用代码", T::kCode, 18, R::kPublic},
    {"BZ", "备注", T::kText, 512, R::kFreeText},
};

#undef DPFEED_SUBJECT_FIELDS

const std::string kEmpty;

}  // namespace

const std::vector<FieldSpec>& FieldsOf(Kind kind) {
  return kind == Kind::kLicense ? kLicenseFields : kPenaltyFields;
}

namespace {

// A kind's field codes as views, in FieldsOf order: compared by length
// first, with no strlen per field (decoding and masking look codes up for
// every field of every record).
std::vector<std::string_view> CodeViews(const std::vector<FieldSpec>& fields) {
  std::vector<std::string_view> out;
  for (const FieldSpec& f : fields) out.emplace_back(f.code);
  return out;
}

}  // namespace

const FieldSpec* FindField(Kind kind, std::string_view code) {
  static const std::vector<std::string_view> license = CodeViews(kLicenseFields);
  static const std::vector<std::string_view> penalty = CodeViews(kPenaltyFields);
  const std::vector<std::string_view>& codes = kind == Kind::kLicense ? license : penalty;
  for (size_t i = 0; i < codes.size(); ++i) {
    if (codes[i] == code) return &FieldsOf(kind)[i];
  }
  return nullptr;
}

std::string WireCode(Kind kind, std::string_view code) {
  if (code == kRemarkCode) return std::string(code);
  std::string out = KindPrefix(kind);
  out += code;
  return out;
}

std::optional<std::string> ShortCode(Kind kind, std::string_view wire_code) {
  if (wire_code == kRemarkCode) return std::string(kRemarkCode);
  const std::string_view prefix = KindPrefix(kind);
  if (wire_code.substr(0, prefix.size()) != prefix) return std::nullopt;
  const std::string_view code = wire_code.substr(prefix.size());
  if (FindField(kind, code) == nullptr) return std::nullopt;
  return std::string(code);  // CF_BZ / XK_BZ: accepted aliases of the bare BZ
}

const char* AgencyNameField(Kind k) { return k == Kind::kLicense ? "XKJG" : "CFJG"; }
const char* AgencyCodeField(Kind k) { return k == Kind::kLicense ? "XKJGDM" : "CFJGDM"; }
const char* SourceNameField(Kind k) { return k == Kind::kLicense ? "LYDW" : "SJLY"; }
const char* SourceCodeField(Kind k) { return k == Kind::kLicense ? "LYDWDM" : "SJLYDM"; }

std::optional<SubjectCategory> ParseSubjectCategory(std::string_view word) {
  if (word == kLegalPersonWord) return SubjectCategory::kLegalPerson;
  if (word == kNaturalPersonWord) return SubjectCategory::kNaturalPerson;
  if (word == kIndividualBusinessWord) return SubjectCategory::kIndividualBusiness;
  return std::nullopt;
}

PersonalData PersonalDataIn(FieldRole role, SubjectCategory subject) {
  const bool legal = subject == SubjectCategory::kLegalPerson;
  switch (role) {
    case FieldRole::kPublic:
      return PersonalData::kNone;
    case FieldRole::kRegistryCode:
      return legal ? PersonalData::kNone : PersonalData::kEmbedded;
    case FieldRole::kPublicCode:
    case FieldRole::kPublicText:
    case FieldRole::kFreeText:
      return PersonalData::kEmbedded;
    case FieldRole::kSubjectName:
      if (subject == SubjectCategory::kNaturalPerson) return PersonalData::kWhole;
      return legal ? PersonalData::kNone : PersonalData::kEmbedded;  // a trade name holding the operator's name
    case FieldRole::kSubjectId:
      return legal ? PersonalData::kEmbedded : PersonalData::kWhole;  // a firm's XDR_ZJHM may still be a person's ID
    case FieldRole::kRepresentative:
      return legal ? PersonalData::kNone : PersonalData::kWhole;
    case FieldRole::kRepresentativeId:
      return PersonalData::kWhole;
  }
  return PersonalData::kWhole;
}

const std::string& Record::Get(std::string_view code) const {
  auto it = fields.find(code);
  return it == fields.end() ? kEmpty : it->second;
}

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace dpfeed
