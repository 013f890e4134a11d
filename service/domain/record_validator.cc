#include "service/domain/record_validator.h"

#include <algorithm>
#include <cctype>

#include "service/domain/identifiers.h"

namespace dpfeed {

namespace {

const std::vector<std::string> kPenaltyCategories = {
    "警告",         "通报批评",     "罚款",         "没收违法所得",       "没收非法财物",
    "暂扣许可证件", "降低资质等级", "吊销许可证件", "限制开展生产经营活动", "责令停产停业",
    "责令关闭",     "限制从业",     "行政拘留",     "其他"};

const std::vector<std::string> kLicenseCategories = {"普通", "特许", "认可", "核准", "登记", "其他"};

const std::vector<std::string> kIdTypes = {
    "身份证", "护照号", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证",
    "其他"};

class Checker {
 public:
  Checker(Record& r, CivilDate today) : r_(r), today_(today) {}

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
    return std::move(v_);
  }

 private:
  std::string Wire(std::string_view code) const { return WireCode(r_.kind, code); }
  void Error(std::string_view code, std::string reason) {
    v_.errors.push_back({Wire(code), std::move(reason)});
  }
  void Warn(std::string_view code, std::string reason) {
    v_.warnings.push_back({Wire(code), std::move(reason)});
  }
  const std::string& Get(std::string_view code) const { return r_.Get(code); }

  static std::string Trim(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
  }

  void Normalise() {
    for (auto it = r_.fields.begin(); it != r_.fields.end();) {
      it->second = Trim(it->second);
      if (it->second.empty()) {
        it = r_.fields.erase(it);
        continue;
      }
      const FieldSpec* spec = FindField(r_.kind, it->first);
      if (spec != nullptr && spec->type == FieldType::kDate && it->second.size() == 10 &&
          it->second[4] == '/' && it->second[7] == '/') {
        it->second[4] = '-';
        it->second[7] = '-';
      }
      if (spec != nullptr && spec->type == FieldType::kCode) {
        for (char& c : it->second) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
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
      const FieldSpec* spec = FindField(r_.kind, code);
      if (spec == nullptr) {
        Error(code, "未知字段");
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
            Error(code, std::string(spec->name) + "不是有效日期，应为YYYY-MM-DD或YYYY/MM/DD：" + value);
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
    return IsAmount(s) && std::any_of(s.begin(), s.end(), [](char c) { return c >= '1' && c <= '9'; });
  }

  void Require(std::string_view code, const char* why = nullptr) {
    if (r_.Has(code)) return;
    const FieldSpec* spec = FindField(r_.kind, code);
    std::string reason = std::string("缺少必填字段") + (spec ? spec->name : "");
    if (why != nullptr) reason += std::string("（") + why + "）";
    Error(code, reason);
  }

  void CheckRequired() {
    for (const char* code : {"XDR_MC", "XDR_LB", "WSH", "JDRQ"}) Require(code);
    Require(AgencyNameField(r_.kind));
    Require(AgencyCodeField(r_.kind));
    if (r_.kind == Kind::kLicense) {
      for (const char* code : {"XKWS", "XKLB", "NR", "YXQZ"}) Require(code);
    } else {
      for (const char* code : {"WFXW", "SY", "YJ", "CFLB", "NR"}) Require(code);
    }
    const char* agency_code = AgencyCodeField(r_.kind);
    if (r_.Has(agency_code) && !IsValidUscc(Get(agency_code))) {
      Error(agency_code, "机关统一社会信用代码校验位错误或格式不符（GB 32100-2015）：" + Get(agency_code));
    }
    const char* source_code = SourceCodeField(r_.kind);
    if (r_.Has(source_code) && !IsValidUscc(Get(source_code))) {
      Error(source_code, "数据来源单位统一社会信用代码校验位错误或格式不符：" + Get(source_code));
    }
  }

  void CheckIdNumber(std::string_view type_field, std::string_view number_field) {
    const std::string& type = Get(type_field);
    if (!type.empty() && std::find(kIdTypes.begin(), kIdTypes.end(), type) == kIdTypes.end()) {
      Error(type_field, "证件类型不在标准取值内（身份证、护照号、港澳居民来往内地通行证、"
                        "台湾居民来往大陆通行证、外国人永久居留身份证、其他）：" + type);
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
    if (cat == SubjectCategory::kLegalPerson) {
      Require("XDR_SHXYM", "法人及非法人组织必填");
      Require("FRDB", "法人及非法人组织必填");
    } else if (cat == SubjectCategory::kNaturalPerson) {
      Require("XDR_ZJLX", "自然人必填");
      Require("XDR_ZJHM", "自然人必填");
      if (!uscc.empty()) Error("XDR_SHXYM", "自然人不应填写统一社会信用代码");
    } else if (cat == SubjectCategory::kIndividualBusiness) {
      Require("XDR_SHXYM", "个体工商户必填；无代码时填写00000000000000000X");
      if (uscc == kUsccPlaceholder) Require("XDR_GSZC", "个体工商户无统一社会信用代码时必填");
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
    if (!lb.empty() && std::find(kLicenseCategories.begin(), kLicenseCategories.end(), lb) ==
                           kLicenseCategories.end() &&
        lb.rfind("其他-", 0) != 0) {
      Error("XKLB", "许可类别应为普通、特许、认可、核准、登记、其他（或“其他-说明”）之一：" + lb);
    }
    const std::string& zt = Get("ZT");
    if (!zt.empty() && zt != "1" && zt != "2") Error("ZT", "当前状态应为1（有效）或2（无效）：" + zt);
  }

  void CheckPenalty() {
    const std::string& cflb = Get("CFLB");
    bool fine = false, confiscate = false, licence = false;
    size_t start = 0;
    while (!cflb.empty() && start <= cflb.size()) {
      size_t end = cflb.find(';', start);
      if (end == std::string::npos) end = cflb.size();
      const std::string item = Trim(cflb.substr(start, end - start));
      if (std::find(kPenaltyCategories.begin(), kPenaltyCategories.end(), item) ==
          kPenaltyCategories.end()) {
        Error("CFLB", "处罚类别不在标准取值内：“" + item + "”");
      }
      fine |= item == "罚款";
      confiscate |= item == "没收违法所得" || item == "没收非法财物";
      licence |= item == "暂扣许可证件" || item == "吊销许可证件";
      start = end + 1;
    }
    if (fine && !Positive(Get("NR_FK"))) Error("NR_FK", "处罚类别含罚款时，罚款金额（万元）必须大于0");
    if (confiscate && !Positive(Get("NR_WFFF"))) {
      Error("NR_WFFF", "处罚类别含没收时，没收违法所得、没收非法财物的金额（万元）必须大于0");
    }
    if (licence) Require("NR_ZKDX", "处罚类别含暂扣或吊销许可证件时必填");
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
      if (jdrq && until && *until < *jdrq) {
        Error("GSJZQ", "公示截止期不能早于处罚决定日期");
      } else if (jdrq && until && *until < AddMonths(*jdrq, 3)) {
        Warn("GSJZQ", "公示截止期短于3个月，请核实");
      }
    }
  }

  Record& r_;
  CivilDate today_;
  Validation v_;
};

}  // namespace

const std::vector<std::string>& PenaltyCategories() { return kPenaltyCategories; }

Validation ValidateRecord(Record& record, CivilDate today) { return Checker(record, today).Run(); }

}  // namespace dpfeed
