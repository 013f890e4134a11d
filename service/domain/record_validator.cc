#include "service/domain/record_validator.h"

#include <algorithm>
#include <cctype>

#include "service/domain/extension_fields.h"
#include "service/domain/field_requirements.h"
#include "service/domain/field_suggestion.h"
#include "service/domain/identifiers.h"
#include "service/domain/money_text.h"
#include "service/domain/trim.h"

namespace dpfeed {

namespace {

const std::vector<std::string> kPenaltyCategories = {
    "警告",         "通报批评",     "罚款",
    "没收违法所得", "没收非法财物", "暂扣许可证件",
    "降低资质等级", "吊销许可证件", "限制开展生产经营活动",
    "责令停产停业", "责令关闭",     "限制从业",
    "行政拘留",     "其他"};

const std::vector<std::string> kLicenseCategories = {"普通", "特许", "认可",
                                                     "核准", "登记", "其他"};

const std::vector<std::string> kIdTypes = {
    "身份证", "护照号", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证",
    "其他"};

class Checker {
 public:
  Checker(Record& r, CivilDate today, const PublicityRules& rules)
      : r_(r), today_(today), rules_(rules) {}

  Validation Run() {
    Normalise();
    CheckEachField();
    CheckRequired();
    CheckSubject();
    if (r_.kind == Kind::kPenalty) {
      CheckPenalty();
    } else {
      CheckLicense();
    }
    CheckDates();
    CheckUsageScope();
    return std::move(v_);
  }

 private:
  std::string Wire(std::string_view code) const { return RecordWireCode(r_.kind, code); }
  void Error(std::string_view code, std::string reason) {
    v_.errors.push_back({Wire(code), std::move(reason)});
  }
  void Warn(std::string_view code, std::string reason) {
    v_.warnings.push_back({Wire(code), std::move(reason)});
  }
  const std::string& Get(std::string_view code) const { return r_.Get(code); }

  void Normalise() {
    for (auto it = r_.fields.begin(); it != r_.fields.end();) {
      it->second = std::string(TrimAsciiSpace(it->second));
      if (it->second.empty()) {
        it = r_.fields.erase(it);
        continue;
      }
      const FieldSpec* spec = FindRecordField(r_.kind, it->first);
      if (spec != nullptr && spec->type == FieldType::kDate) {
        if (auto date = NormaliseDateText(it->second)) it->second = *date;
      }
      if (spec != nullptr && spec->type == FieldType::kCode) {
        for (char& c : it->second)
          c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
      ++it;
    }
    if (r_.kind == Kind::kPenalty && r_.Has("CFLB")) {
      // Accept full-width '；' and '、' and ',' as separators; store with ';'.
      std::string in = Get("CFLB"), out;
      for (size_t i = 0; i < in.size();) {
        if (in.compare(i, 3, "；") == 0 || in.compare(i, 3, "、") == 0) {
          out += ';';
          i += 3;
        } else if (in[i] == ',' || in[i] == ';') {
          out += ';';
          ++i;
        } else {
          out += in[i++];
        }
      }
      r_.Set("CFLB", out);
    }
  }

  void CheckEachField() {
    for (const auto& [code, value] : r_.fields) {
      const FieldSpec* spec = FindRecordField(r_.kind, code);
      if (spec == nullptr) {
        Error(code, UnknownFieldReason(r_.kind, Wire(code)));
        continue;
      }
      const size_t len = Utf8Length(value);
      if (len > static_cast<size_t>(spec->max_chars)) {
        Error(code, std::string(spec->name) + "超长：最多" + std::to_string(spec->max_chars) +
                        "个字符，实际" + std::to_string(len) + "个");
      }
      for (unsigned char c : value) {
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
          Error(code, std::string(spec->name) + "含有控制字符");
          break;
        }
      }
      switch (spec->type) {
        case FieldType::kDate:
          if (!ParseCivilDate(value)) {
            Error(
                code,
                std::string(spec->name) +
                    "不是有效日期，应为YYYY-MM-DD（也接受YYYY/MM/DD及带00:00:00时间的导出格式）：" +
                    value);
          }
          break;
        case FieldType::kAmount:
          if (!IsAmount(value)) {
            Error(code, std::string(spec->name) + "应为非负数（单位万元，最多6位小数）：" + value);
          }
          break;
        case FieldType::kCode:
          if (std::any_of(value.begin(), value.end(),
                          [](unsigned char c) { return std::isspace(c) != 0; })) {
            Error(code, std::string(spec->name) + "不能包含空白字符");
          }
          break;
        case FieldType::kText:
          break;
      }
    }
  }

  static bool IsAmount(const std::string& s) {
    size_t i = 0, int_digits = 0, frac_digits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++int_digits;
    if (int_digits == 0 || int_digits > 12) return false;
    if (i == s.size()) return true;
    if (s[i] != '.') return false;
    ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++frac_digits;
    return i == s.size() && frac_digits >= 1 && frac_digits <= 6;
  }

  static bool Positive(const std::string& s) {
    return IsAmount(s) &&
           std::any_of(s.begin(), s.end(), [](char c) { return c >= '1' && c <= '9'; });
  }

  void Require(std::string_view code, const char* why = nullptr) {
    if (r_.Has(code)) return;
    const FieldSpec* spec = FindRecordField(r_.kind, code);
    std::string reason = std::string("缺少必填字段") + (spec ? spec->name : "");
    if (why != nullptr) reason += std::string("（") + why + "）";
    Error(code, reason);
  }

  void CheckRequired() {
    for (const FieldRequirement& req : RequirementsOf(r_.kind)) {
      if (!Holds(req.when, r_)) continue;
      Require(req.code, req.when == RequiredWhen::kAlways ? nullptr : RequiredWhenTitle(req.when));
    }
    const char* agency_code = AgencyCodeField(r_.kind);
    if (r_.Has(agency_code) && !IsValidUscc(Get(agency_code))) {
      Error(agency_code,
            "机关统一社会信用代码校验位错误或格式不符（GB 32100-2015）：" + Get(agency_code));
    }
    const char* source_code = SourceCodeField(r_.kind);
    if (r_.Has(source_code) && !IsValidUscc(Get(source_code))) {
      Error(source_code, "数据来源单位统一社会信用代码校验位错误或格式不符：" + Get(source_code));
    }
  }

  void CheckIdNumber(std::string_view type_field, std::string_view number_field) {
    const std::string& type = Get(type_field);
    if (!type.empty() && std::find(kIdTypes.begin(), kIdTypes.end(), type) == kIdTypes.end()) {
      Error(type_field,
            "证件类型不在标准取值内（身份证、护照号、港澳居民来往内地通行证、"
            "台湾居民来往大陆通行证、外国人永久居留身份证、其他）：" +
                type);
    }
    if (type == "身份证" && r_.Has(number_field) && !IsValidIdNumber18(Get(number_field))) {
      Error(number_field, "身份证号码无效：应为18位，出生日期有效且校验位正确（GB 11643-1999）");
    }
  }

  void CheckSubject() {
    const std::string& lb = Get("XDR_LB");
    const std::optional<SubjectCategory> cat = r_.Category();
    if (!lb.empty() && !cat) {
      Error("XDR_LB", "行政相对人类别应为“法人及非法人组织”“自然人”“个体工商户”之一：" + lb);
    }
    const std::string& uscc = Get("XDR_SHXYM");
    if (cat == SubjectCategory::kNaturalPerson && !uscc.empty()) {
      Error("XDR_SHXYM", "自然人不应填写统一社会信用代码");
    }
    if (!uscc.empty() && uscc != kUsccPlaceholder && !IsValidUscc(uscc)) {
      if (uscc.size() != 18) {
        Error("XDR_SHXYM", "统一社会信用代码应为18位：" + uscc);
      } else {
        Warn("XDR_SHXYM", "统一社会信用代码校验位不符（GB 32100-2015），已接收，请核实：" + uscc);
      }
    }
    CheckIdNumber("XDR_ZJLX", "XDR_ZJHM");
    CheckIdNumber("FR_ZJLX", "FR_ZJHM");
  }

  void CheckLicense() {
    const std::string& lb = Get("XKLB");
    if (!lb.empty() &&
        std::find(kLicenseCategories.begin(), kLicenseCategories.end(), lb) ==
            kLicenseCategories.end() &&
        lb.rfind("其他-", 0) != 0) {
      Error("XKLB", "许可类别应为普通、特许、认可、核准、登记、其他（或“其他-说明”）之一：" + lb);
    }
    const std::string& zt = Get("ZT");
    if (!zt.empty() && zt != "1" && zt != "2")
      Error("ZT", "当前状态应为1（有效）或2（无效）：" + zt);
  }

  void CheckPenalty() {
    const std::string& cflb = Get("CFLB");
    size_t start = 0;
    while (!cflb.empty() && start <= cflb.size()) {
      size_t end = cflb.find(';', start);
      if (end == std::string::npos) end = cflb.size();
      const std::string item(TrimAsciiSpace(std::string_view(cflb).substr(start, end - start)));
      if (std::find(kPenaltyCategories.begin(), kPenaltyCategories.end(), item) ==
          kPenaltyCategories.end()) {
        Error("CFLB", "处罚类别不在标准取值内：“" + item + "”");
      }
      start = end + 1;
    }
    if (Holds(RequiredWhen::kFine, r_) && r_.Has("NR_FK") && !Positive(Get("NR_FK"))) {
      Error("NR_FK", "处罚类别含罚款时，罚款金额（万元）必须大于0");
    }
    if (Holds(RequiredWhen::kConfiscation, r_) && r_.Has("NR_WFFF") && !Positive(Get("NR_WFFF"))) {
      Error("NR_WFFF", "处罚类别含没收时，没收违法所得、没收非法财物的金额（万元）必须大于0");
    }
    CheckAmountUnits("NR_FK");
    CheckAmountUnits("NR_WFFF");
    if (auto fine = WanYuanToFen(Get("NR_FK"));
        fine && static_cast<double>(*fine) > rules_.fine_warning_wan_yuan * 1e6) {
      Warn("NR_FK", "罚款金额为" + FormatWanYuan(*fine) + "，超过" +
                        FormatWanYuan(static_cast<int64_t>(rules_.fine_warning_wan_yuan * 1e6)) +
                        "，已接收，请核实金额及单位（罚款金额单位为万元）");
    }
    CheckSeverity();
  }

  // An amount field (万元) against the amounts CF_NR states in words: the
  // same amount 10,000 times apart is a field filled in 元 (or the text
  // in 万元), and would be published 10,000 times wrong.
  void CheckAmountUnits(std::string_view code) {
    const auto field = WanYuanToFen(Get(code));
    if (!field || *field == 0) return;
    const std::vector<int64_t> stated = MoneyAmountsInText(Get("NR"));
    if (std::find(stated.begin(), stated.end(), *field) != stated.end()) return;
    for (int64_t amount : stated) {
      const bool field_in_yuan = amount <= INT64_MAX / 10000 && amount * 10000 == *field;
      const bool text_in_wan = *field <= INT64_MAX / 10000 && *field * 10000 == amount;
      if (!field_in_yuan && !text_in_wan) continue;
      const FieldSpec* spec = FindField(r_.kind, code);
      Error(code, std::string(spec->name) + "填写为" + Get(code) + "（即" + FormatWanYuan(*field) +
                      "），而处罚内容" + Wire("NR") + "写明" + FormatYuan(amount) + "（" +
                      FormatWanYuan(amount) + "），两者相差10000倍；" + Wire(code) +
                      "的单位是万元，请核实后重新提交");
      return;
    }
  }

  // YZCD and CF_GSJZQ: the display period must fit the severity's window.
  void CheckSeverity() {
    const std::string& word = Get(kSeverityCode);
    const auto explicit_severity = ParseSeverity(word);
    if (!word.empty() && !explicit_severity) {
      Error(kSeverityCode, "严重程度应为轻微、一般、严重之一：" + word);
      return;
    }
    const auto decided = ParseCivilDate(Get("JDRQ"));
    const auto until = ParseCivilDate(Get("GSJZQ"));
    if (!decided || !until || *until < *decided) return;
    if (explicit_severity) {
      const DisplayWindow w = WindowOf(rules_, *explicit_severity, *decided);
      if (*until < w.earliest || *until > w.latest) {
        Error("GSJZQ", std::string("严重程度为") + SeverityTitle(*explicit_severity) +
                           "的行政处罚，公示截止期应在" + FormatCivilDate(w.earliest) + "至" +
                           FormatCivilDate(w.latest) + "之间：" + Get("GSJZQ"));
      }
    } else if (!SeverityOfDisplay(rules_, *decided, *until)) {
      const DisplayWindow w = WindowOf(rules_, Severity::kSerious, *decided);
      Error("GSJZQ", "公示截止期超出最长公示期限（严重违法失信行为最长" +
                         std::to_string(rules_.serious.max_months) + "个月，即不晚于" +
                         FormatCivilDate(w.latest) + "）：" + Get("GSJZQ"));
    }
  }

  void CheckDates() {
    const auto jdrq = ParseCivilDate(Get("JDRQ"));
    if (jdrq && *jdrq > today_) {
      Error("JDRQ", "决定日期不能晚于今天（" + FormatCivilDate(today_) + "）：" + Get("JDRQ"));
    }
    if (r_.kind == Kind::kLicense) {
      const auto from = ParseCivilDate(Get("YXQZ"));
      const auto to = ParseCivilDate(Get("YXQZI"));
      if (from && to && *to < *from) Error("YXQZI", "有效期至不能早于有效期自");
    } else {
      const auto until = ParseCivilDate(Get("GSJZQ"));
      if (jdrq && until && *until < *jdrq) Error("GSJZQ", "公示截止期不能早于处罚决定日期");
    }
  }

  void CheckUsageScope() {
    const std::string& scope_text = Get(kUsageScopeCode);
    const auto scope = ParseUsageScope(scope_text.empty() ? "0" : scope_text);
    if (!scope) {
      Error(kUsageScopeCode,
            "使用范围应为0（公示）、1（仅政府内部共享）或2（仅授权查询）：" + scope_text);
      return;
    }
    const std::string& reason = Get(kWithheldReasonCode);
    if (*scope == UsageScope::kPublic) {
      if (!reason.empty() || r_.Has(kWithheldBasisCode)) {
        Error(kWithheldReasonCode, "使用范围为0（公示）时不应填写不予公开理由及依据");
      }
      return;
    }
    const auto& reasons = WithheldReasons();
    if (!reason.empty() && std::find(reasons.begin(), reasons.end(), reason) == reasons.end()) {
      std::string list;
      for (const std::string& r : reasons) list += (list.empty() ? "" : "、") + r;
      Error(kWithheldReasonCode, "不予公开理由应为以下之一：" + list + "：" + reason);
    }
  }

  Record& r_;
  CivilDate today_;
  const PublicityRules& rules_;
  Validation v_;
};

}  // namespace

const std::vector<std::string>& PenaltyCategories() { return kPenaltyCategories; }

Validation ValidateRecord(Record& record, CivilDate today, const PublicityRules& rules) {
  return Checker(record, today, rules).Run();
}

std::optional<std::string> NormaliseDateText(std::string_view text) {
  // "2026-11-20 00:00:00", "2026/11/20 00:00:00.0", "2026-11-20T00:00:00":
  // an exported date-time is the date.
  if (text.size() > 10 && (text[10] == ' ' || text[10] == 'T')) {
    const std::string_view time = text.substr(11);
    const bool looks_like_time =
        time.size() >= 5 && time[2] == ':' && std::all_of(time.begin(), time.end(), [](char c) {
          return (c >= '0' && c <= '9') || c == ':' || c == '.';
        });
    if (!looks_like_time) return std::nullopt;
    text = text.substr(0, 10);
  }
  const auto d = ParseCivilDate(text);
  if (!d) return std::nullopt;
  return FormatCivilDate(*d);
}

}  // namespace dpfeed
