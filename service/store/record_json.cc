#include "service/store/record_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "service/domain/extension_fields.h"
#include "service/domain/field_suggestion.h"

namespace dpfeed {

namespace {

// The standard's fields in the standard's order, then dpfeed's extension
// fields: the canonical order of every encoding.
template <typename Fn>
void ForEachPresentField(const Record& record, Fn fn) {
  for (const auto* fields : {&FieldsOf(record.kind), &ExtensionFieldsOf(record.kind)}) {
    for (const FieldSpec& f : *fields) {
      const std::string& v = record.Get(f.code);
      if (!v.empty()) fn(RecordWireCode(record.kind, f.code), v);
    }
  }
}

}  // namespace

std::string EncodeRecord(const Record& record) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  ForEachPresentField(record, [&w](const std::string& key, const std::string& v) {
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  });
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

void RecordToValue(const Record& record, rapidjson::Value* object,
                   rapidjson::Document::AllocatorType& a) {
  object->SetObject();
  ForEachPresentField(record, [&](const std::string& key, const std::string& v) {
    object->AddMember(rapidjson::Value(key, a), rapidjson::Value(v, a), a);
  });
}

bool DecodeRecord(const rapidjson::Value& value, Record* record, std::vector<FieldIssue>* issues) {
  if (!value.IsObject()) {
    issues->push_back({"", "记录应为JSON对象"});
    return false;
  }
  const size_t before = issues->size();
  for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it) {
    const std::string key(it->name.GetString(), it->name.GetStringLength());
    const std::optional<std::string> code = RecordShortCode(record->kind, key);
    if (!code) {
      issues->push_back({key, UnknownFieldReason(record->kind, key)});
      continue;
    }
    const FieldSpec* spec = FindRecordField(record->kind, *code);
    const rapidjson::Value& v = it->value;
    if (v.IsString()) {
      record->Set(*code, std::string(v.GetString(), v.GetStringLength()));
    } else if (v.IsNull()) {
      // Treated as absent.
    } else if (v.IsNumber() &&
               (spec->type == FieldType::kAmount || *code == "ZT" || *code == kUsageScopeCode)) {
      rapidjson::StringBuffer buf;
      rapidjson::Writer<rapidjson::StringBuffer> w(buf);
      v.Accept(w);
      std::string text(buf.GetString(), buf.GetSize());
      // 5e-1 style numbers are refused by the validator's amount check.
      record->Set(*code, text);
    } else {
      issues->push_back({key, std::string(spec->name) + "类型错误：应为字符串"});
    }
  }
  return issues->size() == before;
}

Result<Record> DecodeStoredRecord(Kind kind, const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  Record r;
  r.kind = kind;
  std::vector<FieldIssue> issues;
  if (doc.HasParseError() || !DecodeRecord(doc, &r, &issues)) {
    return Status::Corruption("stored record does not decode");
  }
  return r;
}

}  // namespace dpfeed
