// XLSX (Office Open XML) reading with libzip and expat: the workbook's
// sheet list, its relationships to the sheet parts, the shared strings and
// each sheet's cells.
#include <expat.h>
#include <zip.h>

#include <map>
#include <memory>

#include "service/web/spreadsheet.h"

namespace dpfeed {

namespace {

constexpr zip_uint64_t kMaxPartBytes = 64u << 20;

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

Result<std::optional<std::string>> ReadPart(zip_t* zip, const std::string& name) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip, name.c_str(), 0, &st) != 0) return std::optional<std::string>();
  if ((st.valid & ZIP_STAT_SIZE) == 0 || st.size > kMaxPartBytes) {
    return Status::InvalidArgument("工作簿中的 " + name + " 过大（超过64MB）");
  }
  zip_file_t* f = zip_fopen(zip, name.c_str(), 0);
  if (f == nullptr) return Status::InvalidArgument("无法读取工作簿中的 " + name);
  std::string out(st.size, '\0');
  const zip_int64_t n = zip_fread(f, out.data(), st.size);
  zip_fclose(f);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    return Status::InvalidArgument("工作簿中的 " + name + " 已损坏");
  }
  return std::optional<std::string>(std::move(out));
}

// Local name of a possibly prefixed XML name ("x:sheet" -> "sheet").
std::string_view Local(const XML_Char* name) {
  std::string_view n(name);
  const size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const XML_Char* Attr(const XML_Char** attrs, std::string_view local) {
  for (int i = 0; attrs[i] != nullptr; i += 2) {
    if (Local(attrs[i]) == local) return attrs[i + 1];
  }
  return nullptr;
}

// Runs expat over `xml` with element and text callbacks.
class XmlWalk {
 public:
  virtual ~XmlWalk() = default;
  virtual void Start(std::string_view name, const XML_Char** attrs) = 0;
  virtual void End(std::string_view name) = 0;
  virtual void Text(std::string_view) {}

  Status Run(const std::string& xml, const std::string& part) {
    XML_Parser p = XML_ParserCreate("UTF-8");
    if (p == nullptr) return Status::IOError("expat: out of memory");
    XML_SetUserData(p, this);
    XML_SetElementHandler(
        p,
        [](void* self, const XML_Char* name, const XML_Char** attrs) {
          static_cast<XmlWalk*>(self)->Start(Local(name), attrs);
        },
        [](void* self, const XML_Char* name) { static_cast<XmlWalk*>(self)->End(Local(name)); });
    XML_SetCharacterDataHandler(p, [](void* self, const XML_Char* s, int len) {
      static_cast<XmlWalk*>(self)->Text(std::string_view(s, static_cast<size_t>(len)));
    });
    const bool ok = XML_Parse(p, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
    std::string error = ok ? "" : XML_ErrorString(XML_GetErrorCode(p));
    XML_ParserFree(p);
    if (!ok) return Status::InvalidArgument("工作簿中的 " + part + " 不是有效的XML：" + error);
    return stop_.ok() ? Status::Ok() : stop_;
  }

 protected:
  Status stop_;
};

class SharedStrings : public XmlWalk {
 public:
  std::vector<std::string> strings;
  void Start(std::string_view name, const XML_Char**) override {
    if (name == "si") current_.clear(), in_si_ = true;
    if (name == "t") in_t_ = true;
    if (name == "rPh") in_phonetic_ = true;  // ruby text is not part of the value
  }
  void End(std::string_view name) override {
    if (name == "t") in_t_ = false;
    if (name == "rPh") in_phonetic_ = false;
    if (name == "si") strings.push_back(std::move(current_)), in_si_ = false;
  }
  void Text(std::string_view s) override {
    if (in_si_ && in_t_ && !in_phonetic_) current_ += s;
  }

 private:
  std::string current_;
  bool in_si_ = false, in_t_ = false, in_phonetic_ = false;
};

struct SheetRef {
  std::string name, rel_id;
};

class WorkbookSheets : public XmlWalk {
 public:
  std::vector<SheetRef> sheets;
  void Start(std::string_view name, const XML_Char** attrs) override {
    if (name != "sheet") return;
    const XML_Char* n = Attr(attrs, "name");
    const XML_Char* id = Attr(attrs, "id");
    if (n && id) sheets.push_back({n, id});
  }
  void End(std::string_view) override {}
};

class Relationships : public XmlWalk {
 public:
  std::map<std::string, std::string> targets;
  void Start(std::string_view name, const XML_Char** attrs) override {
    if (name != "Relationship") return;
    const XML_Char* id = Attr(attrs, "Id");
    const XML_Char* target = Attr(attrs, "Target");
    if (id && target) targets[id] = target;
  }
  void End(std::string_view) override {}
};

// 0-based column of a cell reference like "AB12"; -1 when malformed.
int ColumnOf(std::string_view ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    col = col * 26 + (ref[i] - 'A' + 1);
    if (col > 16384) return -1;
  }
  return i == 0 ? -1 : col - 1;
}

class SheetCells : public XmlWalk {
 public:
  SheetCells(const std::vector<std::string>& shared, Sheet* sheet)
      : shared_(shared), sheet_(sheet) {}
  void Start(std::string_view name, const XML_Char** attrs) override {
    if (name == "row") {
      const XML_Char* r = Attr(attrs, "r");
      row_number_ = r ? std::atoi(r) : row_number_ + 1;
      row_.clear();
      next_col_ = 0;
    } else if (name == "c") {
      const XML_Char* r = Attr(attrs, "r");
      col_ = r ? ColumnOf(r) : next_col_;
      const XML_Char* t = Attr(attrs, "t");
      type_ = t ? t : "n";
      value_.clear();
    } else if (name == "v" || name == "t") {
      in_value_ = true;
    }
  }
  void End(std::string_view name) override {
    if (name == "v" || name == "t") {
      in_value_ = false;
    } else if (name == "c") {
      if (col_ < 0) {
        stop_ = Status::InvalidArgument("工作表 " + sheet_->name + " 第" +
                                        std::to_string(row_number_) + "行有无效的单元格位置");
        return;
      }
      std::string v = std::move(value_);
      if (type_ == "s") {
        const long idx = std::strtol(v.c_str(), nullptr, 10);
        v = idx >= 0 && static_cast<size_t>(idx) < shared_.size() ? shared_[idx] : "";
      } else if (type_ == "b") {
        v = v == "1" ? "TRUE" : "FALSE";
      }
      if (static_cast<size_t>(col_) >= row_.size()) row_.resize(col_ + 1);
      row_[col_] = std::move(v);
      next_col_ = col_ + 1;
    } else if (name == "row") {
      bool empty = true;
      for (const std::string& c : row_)
        empty = empty && c.find_first_not_of(" \t\r\n") == std::string::npos;
      if (!empty) {
        if (sheet_->rows.size() >= kMaxSheetRows) {
          stop_ = Status::InvalidArgument("工作表 " + sheet_->name + " 超过" +
                                          std::to_string(kMaxSheetRows) + "行");
          return;
        }
        sheet_->rows.push_back({row_number_, std::move(row_)});
      }
      row_.clear();
    }
  }
  void Text(std::string_view s) override {
    if (in_value_) value_ += s;
  }

 private:
  const std::vector<std::string>& shared_;
  Sheet* sheet_;
  std::vector<std::string> row_;
  std::string value_, type_;
  int row_number_ = 0, col_ = 0, next_col_ = 0;
  bool in_value_ = false;
};

}  // namespace

Result<std::vector<Sheet>> ReadXlsx(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (src == nullptr) return Status::IOError("libzip: cannot create a source");
  Zip zip(zip_open_from_source(src, ZIP_RDONLY, &error));
  if (!zip) {
    zip_source_free(src);
    zip_error_fini(&error);
    return Status::InvalidArgument("文件不是有效的XLSX工作簿（无法作为zip打开）");
  }
  zip_error_fini(&error);

  auto workbook = ReadPart(zip.get(), "xl/workbook.xml");
  if (!workbook.ok()) return workbook.status();
  if (!*workbook) return Status::InvalidArgument("文件不是XLSX工作簿（缺少 xl/workbook.xml）");
  WorkbookSheets sheets;
  if (Status s = sheets.Run(**workbook, "xl/workbook.xml"); !s.ok()) return s;
  Relationships rels;
  auto rel_xml = ReadPart(zip.get(), "xl/_rels/workbook.xml.rels");
  if (!rel_xml.ok()) return rel_xml.status();
  if (*rel_xml) {
    if (Status s = rels.Run(**rel_xml, "xl/_rels/workbook.xml.rels"); !s.ok()) return s;
  }
  SharedStrings shared;
  auto shared_xml = ReadPart(zip.get(), "xl/sharedStrings.xml");
  if (!shared_xml.ok()) return shared_xml.status();
  if (*shared_xml) {
    if (Status s = shared.Run(**shared_xml, "xl/sharedStrings.xml"); !s.ok()) return s;
  }

  std::vector<Sheet> out;
  for (const SheetRef& ref : sheets.sheets) {
    auto target = rels.targets.find(ref.rel_id);
    if (target == rels.targets.end()) continue;
    std::string part = target->second;
    part = part.rfind('/', 0) == 0 ? part.substr(1) : "xl/" + part;
    auto xml = ReadPart(zip.get(), part);
    if (!xml.ok()) return xml.status();
    if (!*xml) continue;  // a chart sheet or a missing part
    Sheet sheet;
    sheet.name = ref.name;
    SheetCells cells(shared.strings, &sheet);
    if (Status s = cells.Run(**xml, part); !s.ok()) return s;
    out.push_back(std::move(sheet));
  }
  if (out.empty()) return Status::InvalidArgument("工作簿中没有工作表");
  return out;
}

std::string ColumnName(int column) {
  std::string out;
  for (int c = column + 1; c > 0; c = (c - 1) / 26)
    out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
  return out;
}

}  // namespace dpfeed
