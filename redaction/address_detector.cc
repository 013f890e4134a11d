#include "redaction/address_detector.h"

#include <array>
#include <optional>

#include "redaction/text_scan.h"
#include "redaction/word_table.h"

namespace dpfeed {
namespace {

using std::string_view_literals::operator""sv;

enum Level {
  kProvince = 1,
  kPrefecture = 2,
  kCounty = 3,  // the last level kept readable
  kTown = 4,
  kVillage = 5,
  kGroup = 6,
  kRoad = 7,
  kEstate = 8,
  kNumber = 9,
};

struct Unit {
  std::string_view word;
  Level level;
};

// Unit words, longest first among those sharing a first character. 市 is
// listed as a county (a county-level city); the grammar below also accepts
// it as a prefecture.
constexpr auto kUnits = std::to_array<Unit>({
    {"特别行政区", kProvince},
    {"自治区", kProvince},
    {"省", kProvince},
    {"自治州", kPrefecture},
    {"地区", kPrefecture},
    {"州", kPrefecture},
    {"盟", kPrefecture},
    {"自治县", kCounty},
    {"自治旗", kCounty},
    {"新区", kCounty},
    {"区", kCounty},
    {"县", kCounty},
    {"旗", kCounty},
    {"市", kCounty},
    {"街道办事处", kTown},
    {"街道", kTown},
    {"镇", kTown},
    {"乡", kTown},
    {"苏木", kTown},
    {"村民委员会", kVillage},
    {"居民委员会", kVillage},
    {"村委会", kVillage},
    {"居委会", kVillage},
    {"社区", kVillage},
    {"嘎查", kVillage},
    {"村民小组", kGroup},
    {"村", kVillage},
    {"屯", kVillage},
    {"小组", kGroup},
    {"社", kGroup},
    {"组", kGroup},
    {"队", kGroup},
    {"大道", kRoad},
    {"大街", kRoad},
    {"胡同", kRoad},
    {"路", kRoad},
    {"街", kRoad},
    {"巷", kRoad},
    {"弄", kRoad},
    {"道", kRoad},
    {"小区", kEstate},
    {"花园", kEstate},
    {"公寓", kEstate},
    {"大厦", kEstate},
    {"家园", kEstate},
    {"新村", kEstate},
    {"苑", kEstate},
    {"园", kEstate},
    {"庄", kEstate},
    {"里", kEstate},
    {"湾", kEstate},
    {"号院", kNumber},
    {"号楼", kNumber},
    {"号", kNumber},
    {"栋", kNumber},
    {"幢", kNumber},
    {"座", kNumber},
    {"单元", kNumber},
    {"层", kNumber},
    {"楼", kNumber},
    {"室", kNumber},
    {"户", kNumber},
    {"院", kEstate},
});

// The unit word at p (the longest), if any.
template <typename T, size_t N>
std::vector<std::string_view> WordsOf(const std::array<T, N>& entries) {
  std::vector<std::string_view> out;
  for (const T& e : entries) out.push_back(e.word);
  return out;
}

const Unit* UnitAt(std::string_view text, size_t p) {
  static const std::vector<std::string_view> words = WordsOf(kUnits);
  static const WordTable table(words);
  const size_t i = table.LongestAt(text, p);
  return i == WordTable::kNone ? nullptr : &kUnits[i];
}

bool IsCountyEnding(std::string_view word) {
  return word == "区" || word == "县" || word == "旗" || word == "市" || word == "自治县" ||
         word == "自治旗" || word == "新区";
}

// Chinese numerals as used in addresses (四组, 一四〇二室, 二十三号).
bool IsChineseNumeral(char32_t cp) {
  switch (cp) {
    case U'〇':
    case U'零':
    case U'一':
    case U'二':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
    case U'百':
    case U'两':
      return true;
    default:
      return false;
  }
}

// Bytes of one numeral character at p (ASCII, full-width or Chinese), or 0.
size_t NumeralAt(std::string_view text, size_t p) {
  if (p >= text.size()) return 0;
  const auto b = static_cast<unsigned char>(text[p]);
  if (b < 0xE0) return IsAsciiDigit(static_cast<char>(b)) ? 1 : 0;
  const char32_t cp = DecodeBmp3(text, p);
  if (cp >= 0xFF10 && cp <= 0xFF19) return 3;
  return IsChineseNumeral(cp) ? 3 : 0;
}

// The non-ASCII characters a house number may start with: Chinese and
// full-width numerals, and 第 (第三村民小组).
const CodePointSet& NumeralTriggers() {
  static const CodePointSet set = [] {
    CodePointSet s;
    s.AddAll("〇零一二三四五六七八九十百两第");
    for (char32_t cp = 0xFF10; cp <= 0xFF19; ++cp) s.Add(cp);
    return s;
  }();
  return set;
}

// Glue inside a house number: 105-4, 10－4, 3之1.
size_t NumberGlueAt(std::string_view text, size_t p) {
  if (p >= text.size()) return 0;
  if (text[p] == '-') return 1;
  // － (EF …), 之 (E4 …) and — (E2 …): any other first byte is no glue.
  const auto b = static_cast<unsigned char>(text[p]);
  if (b != 0xEF && b != 0xE4 && b != 0xE2) return 0;
  if (StartsWithAt(text, p, "－") || StartsWithAt(text, p, "之") || StartsWithAt(text, p, "—"))
    return 3;
  return 0;
}

struct Number {
  size_t end = 0;
  int dashes = 0;
};

// NumberAt past its first character, which may start a number.
std::optional<Number> NumberFrom(std::string_view text, size_t p) {
  size_t q = p;
  if (StartsWithAt(text, q, "第") || StartsWithAt(text, q, "附")) q += 3;
  if (NumeralAt(text, q) == 0) return std::nullopt;
  Number n;
  while (true) {
    q = SkipAsciiDigits(text, q);  // the usual numerals
    while (const size_t k = NumeralAt(text, q)) q += k;
    const size_t glue = NumberGlueAt(text, q);
    if (glue > 0 && NumeralAt(text, q + glue) > 0) {
      q += glue;
      ++n.dashes;
      continue;
    }
    break;
  }
  n.end = q;
  return n;
}

// A number at p: an optional 第 or 附, numerals and glue. nullopt when none.
// Most positions asked (the start of each segment of an address, the end of
// a chain) start none, which their first character tells without a call.
inline std::optional<Number> NumberAt(std::string_view text, size_t p) {
  if (p >= text.size()) return std::nullopt;
  const auto b = static_cast<unsigned char>(text[p]);
  if (b < 0x80) return IsAsciiDigit(static_cast<char>(b)) ? NumberFrom(text, p) : std::nullopt;
  const char32_t cp = DecodeBmp3(text, p);  // 0 for no three-byte character
  const bool may = cp == U'附' || (cp != 0 && NumeralTriggers().Has(cp));  // numerals and 第
  return may ? NumberFrom(text, p) : std::nullopt;
}

struct Parsed {
  size_t begin = 0;
  size_t county_end = 0;  // end of the readable county-level part (== begin when none)
  size_t end = 0;
  int below_county = 0;  // segments below the county level
  bool has_number = false;
};

constexpr size_t kMaxNameChars = 12;

// A building named without a unit word and its building-unit-room number
// (金山国际6-3-1102): the end of the number, or p when there is none.
size_t NamedBuildingEnd(std::string_view text, size_t p) {
  size_t r = p;
  for (int k = 0; k < 8; ++k) {
    const char32_t cp = DecodeBmp3(text, r);
    if (cp == 0 || !IsHan(cp)) break;
    r += 3;
  }
  if (r - p < 6) return p;
  const std::optional<Number> num = NumberAt(text, r);
  return num && num->dashes >= 2 ? num->end : p;
}

// An address starting at p, by the grammar; nullopt when no segment parses.
std::optional<Parsed> ParseAddress(std::string_view text, size_t p) {
  Parsed out;
  out.begin = out.county_end = out.end = p;
  bool admin_open = true;  // still in the province/prefecture/county part
  size_t q = p;
  for (int segments = 0; segments < 16 && q < text.size(); ++segments) {
    // A numbered segment: 四组, 86号, 2单元, 第三村民小组, 附7号, 10-4-1601.
    if (const std::optional<Number> num = NumberAt(text, q)) {
      const Unit* u = UnitAt(text, num->end);
      if (u != nullptr && (u->level == kGroup || u->level == kNumber || u->level == kVillage)) {
        q = num->end + u->word.size();
        out.has_number = out.has_number || u->level == kNumber;
        ++out.below_county;
        admin_open = false;
        out.end = q;
        continue;
      }
      if (num->dashes >= 1 && out.below_county > 0) {  // 雨母花园10-4-1601: building-unit-room
        out.end = num->end;
        out.has_number = true;
        ++out.below_county;
        break;
      }
      if (NumeralAt(text, q) == 1 || StartsWithAt(text, q, "第") || StartsWithAt(text, q, "附"))
        break;
      // A Chinese numeral starting a name (四川省, 三里屯): read on as a name.
    }
    // A named segment: up to twelve Chinese characters and a unit word. A
    // unit word right after another belongs to the name (达州市, 花园路).
    size_t r = q;
    const Unit* unit = nullptr;
    for (size_t k = 0; k <= kMaxNameChars; ++k) {
      const char32_t cp = DecodeBmp3(text, r);
      if (cp == 0 || !IsHan(cp)) break;
      if (k > 0) {
        const Unit* u = UnitAt(text, r);
        if (u != nullptr && u->level != kNumber && !(u->level <= kCounty && !admin_open)) {
          unit = u;
          break;
        }
      }
      r += 3;
    }
    if (unit == nullptr) {
      if (out.has_number) {
        if (const size_t e = NamedBuildingEnd(text, q); e > q) {
          out.end = e;
          ++out.below_county;
        }
      }
      break;
    }
    while (true) {
      const Unit* next = UnitAt(text, r + unit->word.size());
      // 达州市: 州 then 市; 茶市镇, 花园路, 枫树湾村. But 衡南县花园路 is a
      // county and a road: an administrative unit joins only another
      // administrative unit or a town.
      if (next == nullptr || next->level == kNumber || (next->level <= kCounty && !admin_open) ||
          (unit->level <= kCounty && next->level > kTown))
        break;
      r += unit->word.size();
      unit = next;
    }
    q = r + unit->word.size();
    out.end = q;
    if (unit->level <= kCounty && admin_open) {
      if (IsCountyEnding(unit->word)) out.county_end = q;
    } else {
      admin_open = false;
      ++out.below_county;
    }
  }
  if (out.end == p) return std::nullopt;
  return out;
}

// Words that introduce an address, and whose address it is.
enum class Intro { kHome, kDomicile, kBusiness };
struct Introducer {
  std::string_view word;
  Intro kind;
};
constexpr auto kIntroducers = std::to_array<Introducer>({
    {"家庭住址", Intro::kHome},     {"家庭地址", Intro::kHome},     {"家住", Intro::kHome},
    {"现住址", Intro::kHome},       {"现住", Intro::kHome},         {"住址", Intro::kHome},
    {"住处", Intro::kHome},         {"户籍地址", Intro::kHome},     {"户籍所在地", Intro::kHome},
    {"户籍地", Intro::kHome},       {"户籍", Intro::kHome},         {"居住地址", Intro::kHome},
    {"经常居住地", Intro::kHome},   {"现居住地", Intro::kHome},     {"居住地", Intro::kHome},
    {"居住于", Intro::kHome},       {"暂住地", Intro::kHome},       {"暂住", Intro::kHome},
    {"住", Intro::kHome},           {"住所地", Intro::kDomicile},   {"住所", Intro::kDomicile},
    {"送达地址", Intro::kDomicile}, {"联系地址", Intro::kDomicile}, {"通讯地址", Intro::kDomicile},
    {"通信地址", Intro::kDomicile}, {"邮寄地址", Intro::kDomicile}, {"地址", Intro::kDomicile},
    {"经营场所", Intro::kBusiness}, {"营业场所", Intro::kBusiness}, {"注册地址", Intro::kBusiness},
    {"经营地址", Intro::kBusiness}, {"办公地址", Intro::kBusiness}, {"建设地址", Intro::kBusiness},
    {"工程地址", Intro::kBusiness}, {"地点", Intro::kBusiness},     {"场所", Intro::kBusiness},
});

const Introducer* IntroducerAt(std::string_view text, size_t p) {
  static const std::vector<std::string_view> words = WordsOf(kIntroducers);
  static const WordTable table(words);
  const size_t i = table.LongestAt(text, p);
  return i == WordTable::kNone ? nullptr : &kIntroducers[i];
}

const CodePointSet& IntroducerFirstChars() {
  static const CodePointSet set = [] {
    CodePointSet s;
    // Business labels are read back from a house number (InBusinessClause),
    // never scanned for: only the words that may introduce a home.
    for (const Introducer& i : kIntroducers) {
      if (i.kind != Intro::kBusiness) s.AddAll(i.word.substr(0, 3));
    }
    return s;
  }();
  return set;
}

// Whether an introducer may start at p, where the character `cp` of `len`
// bytes stands: 住 alone, or the first two characters of a longer one. Most
// triggers of the characters introducers start with are other words
// (经营, 联系人, 现场), turned away here by one bit test.
bool MayStartIntroducer(std::string_view text, size_t p, char32_t cp, size_t len) {
  static const PairFilter pairs = [] {
    PairFilter f;
    for (const Introducer& i : kIntroducers) f.Add(i.word);
    return f;
  }();
  if (cp == U'住') return true;  // the only introducer of one character
  if (p + len >= text.size()) return false;
  size_t next_len = 0;
  return pairs.Has(cp, DecodeAt(text, p + len, &next_len));
}

// Separators between an introducer (or a name) and the address.
size_t SkipLead(std::string_view text, size_t p) {
  for (int k = 0; k < 3; ++k) {
    if (p < text.size() && (text[p] == ':' || text[p] == ' ' || text[p] == '(')) {
      ++p;
      continue;
    }
    bool moved = false;
    for (std::string_view w : {"："sv, "（"sv, "为"sv, "在"sv, "于"sv, "是"sv, "至"sv}) {
      if (StartsWithAt(text, p, w)) {
        p += w.size();
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return p;
}

// Whether position p is the end of a clause boundary run: the text between
// `from` and `to` holds no sentence break.
bool SameSentence(std::string_view text, size_t from, size_t to) {
  const std::string_view between = text.substr(from, to - from);
  for (std::string_view b : {"。"sv, "；"sv, ";"sv, "\n"sv}) {
    if (between.find(b) != std::string_view::npos) return false;
  }
  return true;
}

// Whether a person named in the text ends within a short distance before p
// in the same sentence.
bool AfterPerson(std::string_view text, size_t p, const std::vector<Span>* persons, size_t window,
                 size_t count = static_cast<size_t>(-1)) {
  if (persons == nullptr) return false;
  for (size_t i = 0; i < persons->size() && i < count; ++i) {
    const Span& s = (*persons)[i];
    if (s.end <= p && p - s.end <= window && SameSentence(text, s.end, p)) return true;
  }
  return false;
}

// Bytes of a separator between a person's name and an address after it
// (（ ( ， , 、 ： :), or 0. Names are mostly followed by neither: the
// first byte decides that.
size_t PersonSeparatorAt(std::string_view text, size_t q) {
  if (q >= text.size()) return 0;
  const char c = text[q];
  if (c == '(' || c == ',' || c == ':') return 1;
  if (static_cast<unsigned char>(c) != 0xEF && static_cast<unsigned char>(c) != 0xE3) return 0;
  for (std::string_view w : {"（"sv, "，"sv, "、"sv, "："sv}) {
    if (StartsWithAt(text, q, w)) return w.size();
  }
  return 0;
}

void AddHome(const Parsed& a, std::vector<Span>& out) {
  if (a.below_county == 0) return;
  out.push_back({a.county_end, a.end, PiiCategory::kAddress});
}

void DetectHomeAddresses(std::string_view text, const std::vector<Trigger>& triggers,
                         const AddressOptions& o, std::vector<Span>& out) {
  const CodePointSet& first = IntroducerFirstChars();
  size_t p = 0;  // where the scan stands: triggers before it were read already
  for (const Trigger& t : triggers) {
    if (t.pos < p || !first.Has(t.cp)) continue;
    p = t.pos;
    const size_t len = t.len;
    if (!MayStartIntroducer(text, p, t.cp, len)) {
      p += len;
      continue;
    }
    const Introducer* intro = IntroducerAt(text, p);
    if (intro == nullptr || intro->kind == Intro::kBusiness) {
      p += intro != nullptr ? intro->word.size() : len;
      continue;
    }
    if (intro->word == "住") {
      // 住 alone: only as a word (，住…, （住…), not inside 居住, 住房和城乡建设局.
      const size_t prev = PrevCharStart(text, p);
      const char32_t before = p > 0 ? DecodeBmp3(text, prev) : 0;
      if (before != 0 && IsHan(before) && !AfterPerson(text, p, o.persons, 0)) {
        p += len;
        continue;
      }
    }
    if (intro->word == "地址") {
      // 经营地址, 单位地址 ...: not a home.
      bool business = false;
      for (std::string_view w : {"经营"sv, "营业"sv, "注册"sv, "办公"sv, "建设"sv, "工程"sv,
                                 "项目"sv, "单位"sv, "公司"sv, "企业"sv, "门店"sv}) {
        business = business || EndsWithAt(text, p, w);
      }
      if (business) {
        p += intro->word.size();
        continue;
      }
    }
    // A firm's 住所 after its legal representative is the firm's seat.
    const bool home =
        intro->kind == Intro::kHome || o.domicile_is_home ||
        AfterPerson(text, p, o.persons, 6,
                    intro->kind == Intro::kDomicile ? o.private_persons : static_cast<size_t>(-1));
    const size_t start = SkipLead(text, p + intro->word.size());
    if (home) {
      const std::optional<Parsed> a = ParseAddress(text, start);
      if (a && (intro->word != "住" || a->below_county >= 2 || a->has_number ||
                a->county_end > a->begin)) {
        AddHome(*a, out);
        p = a->end;
        continue;
      }
    }
    p += intro->word.size();
  }
  // An address right after a person's name: 申请人徐鑫（宣威市龙泉路193号院2栋801号）.
  if (o.persons != nullptr) {
    for (size_t i = 0; i < o.persons->size() && i < o.private_persons; ++i) {
      const Span& s = (*o.persons)[i];
      const size_t q = s.end + PersonSeparatorAt(text, s.end);
      if (q == s.end) continue;  // 张三在幸福路…: where he was, not where he lives
      const std::optional<Parsed> a = ParseAddress(text, q);
      if (a && (a->county_end > a->begin || (a->below_county >= 2 && a->has_number)))
        AddHome(*a, out);
    }
  }
}

// Characters before a house number that make it an address: the last
// character of a road, village or estate word.
bool PlaceCharBefore(std::string_view text, size_t p) {
  if (p < 3) return false;
  const Unit* u = UnitAt(text, p - 3);
  if (u != nullptr && u->word.size() == 3) return u->level >= kVillage;
  // One bit test for the character before p (three-byte characters have
  // one encoding, so this is the byte comparison with each of them).
  static const CodePointSet places = CodePointSet::Of("屯寨厦城府区苑园道里庄湾");
  const char32_t before = DecodeBmp3(text, p - 3);
  return before != 0 && places.Has(before);
}

// The business-address labels alone: where none starts, the longest
// introducer there is not one.
const WordTable& BusinessLabels() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> w;
    for (const Introducer& i : kIntroducers) {
      if (i.kind == Intro::kBusiness) w.push_back(i.word);
    }
    return w;
  }();
  static const WordTable table(words);
  return table;
}

// Whether the clause holding p was opened by a business-address label.
bool InBusinessClause(std::string_view text, size_t p) {
  const size_t from = p > 90 ? p - 90 : 0;
  size_t q = p;
  while (q > from) {
    const size_t prev = PrevCharStart(text, q);
    const std::string_view ch = text.substr(prev, q - prev);
    if (ch == "，" || ch == "。" || ch == "；" || ch == ";" || ch == "," || ch == "\n" ||
        ch == "（" || ch == "、")
      break;
    if (BusinessLabels().AnyAt(text, prev)) {  // one inline bit test at most characters
      if (const Introducer* i = IntroducerAt(text, prev);
          i != nullptr && i->kind == Intro::kBusiness)
        return true;
    }
    q = prev;
  }
  return false;
}

// After a house number, an estate name followed by more numbers
// (雨母花园 in 306号雨母花园2-2-1203): the position after the estate word,
// or p when there is none.
size_t SkipEstateName(std::string_view text, size_t p) {
  if (const size_t e = NamedBuildingEnd(text, p); e > p) return e;
  size_t r = p;
  for (size_t k = 0; k < 8; ++k) {
    const char32_t cp = DecodeBmp3(text, r);
    if (cp == 0 || !IsHan(cp)) return p;
    if (k > 0) {
      const Unit* u = UnitAt(text, r);
      if (u != nullptr && u->level == kEstate) {
        const size_t e = r + u->word.size();
        return NumberAt(text, e) ? e : p;
      }
    }
    r += 3;
  }
  return p;
}

// Where house numbers may start: every ASCII digit, and the numeral
// characters among the triggers (Chinese and full-width numerals, 第).
// Whether a house-number chain can start at p: a number followed by a
// group or number unit word (四组, 86号, 2单元) or written 10-4-1601. Most
// numbers (dates, amounts, articles) fail this at the first character
// after them.
bool MayStartChain(std::string_view text, size_t p) {
  static const CodePointSet unit_first = [] {
    CodePointSet s;
    for (const Unit& u : kUnits) {
      if (u.level == kNumber || u.level == kGroup) s.AddAll(u.word.substr(0, 3));
    }
    return s;
  }();
  const std::optional<Number> num = NumberAt(text, p);
  if (!num) return false;
  if (num->dashes >= 2) return true;
  const char32_t next = DecodeBmp3(text, num->end);
  return next != 0 && unit_first.Has(next);
}

// Whether a number followed by `cp` (a three-byte character, 0 for any
// other) may be part of a house-number chain: a numeral or glue continues
// it, a group or number unit word ends it.
bool ChainMayGoOn(char32_t cp) {
  static const CodePointSet set = [] {
    CodePointSet s;
    for (const Unit& u : kUnits) {
      if (u.level == kNumber || u.level == kGroup) s.AddAll(u.word.substr(0, 3));
    }
    s.AddAll("〇零一二三四五六七八九十百两－之—");
    for (char32_t d = 0xFF10; d <= 0xFF19; ++d) s.Add(d);
    return s;
  }();
  return cp != 0 && set.Has(cp);
}

void NumberStarts(std::string_view text, const std::vector<Trigger>& triggers,
                  const std::vector<AsciiWord>& words, std::vector<size_t>& out) {
  thread_local std::vector<size_t> ascii;  // reused: no allocation per text
  ascii.clear();
  for (const AsciiWord& w : words) {
    for (size_t p = w.begin; p < w.end;) {
      if (!IsAsciiDigit(text[p])) {
        ++p;
        continue;
      }
      const size_t b = p;
      p = SkipAsciiDigits(text, p);  // a word ends at its last digit or before
      // Most digits are followed by a character that neither continues a
      // number nor is a unit (2024年, 1.5元, 3C): no chain starts there,
      // decided without reading a number.
      const bool may_go_on =
          p < text.size() && (text[p] == '-' || ChainMayGoOn(DecodeBmp3(text, p)));
      if (may_go_on && MayStartChain(text, b)) ascii.push_back(b);
    }
  }
  out.clear();
  auto a = ascii.begin();
  for (const Trigger& t : triggers) {
    if (!NumeralTriggers().Has(t.cp)) continue;
    if (!MayStartChain(text, t.pos)) continue;
    while (a != ascii.end() && *a < t.pos) out.push_back(*a++);
    out.push_back(t.pos);
  }
  out.insert(out.end(), a, ascii.end());
}

void DetectHouseNumbers(std::string_view text, const std::vector<Trigger>& triggers,
                        const std::vector<AsciiWord>& words, std::vector<Span>& out) {
  thread_local std::vector<size_t> starts;
  NumberStarts(text, triggers, words, starts);
  size_t resume = 0;
  for (const size_t p : starts) {
    if (p < resume) continue;
    // Only where a number starts: inside one (the 0 of 2024) a chain is a
    // part of the one from the number's start.
    if (p > 0 && (IsAsciiDigit(text[p - 1]) || NumeralAt(text, PrevCharStart(text, p)) > 0))
      continue;
    const size_t k = NumeralAt(text, p);
    // A chain of <number><unit> elements, and a trailing 10-4-1601.
    const size_t begin = p;
    size_t q = p;
    int elements = 0;
    bool residential = false;
    while (const std::optional<Number> num = NumberAt(text, q)) {
      const Unit* u = UnitAt(text, num->end);
      if (u == nullptr || (u->level != kNumber && u->level != kGroup)) {
        if (num->dashes >= 2 && (elements > 0 || PlaceCharBefore(text, q))) {
          q = num->end;
          ++elements;
          residential = true;
        }
        break;
      }
      residential = residential || u->word == "单元" || u->word == "室";
      q = num->end + u->word.size();
      ++elements;
      // An estate name between numbers: 306号雨母花园2-2-1203.
      q = SkipEstateName(text, q);
    }
    const bool glued = begin > 0 && (IsAsciiAlnum(text[begin - 1]) || text[begin - 1] == '.');
    if (elements > 0 && !glued && (PlaceCharBefore(text, begin) || residential) &&
        !InBusinessClause(text, begin)) {
      out.push_back({begin, q, PiiCategory::kAddress});
      resume = q;
      continue;
    }
    resume = std::max(q, p + (k > 0 ? k : 3));
  }
}

}  // namespace

const TriggerSpec& AddressTriggers() {
  static const TriggerSpec spec = [] {
    TriggerSpec t;
    for (const Introducer& i : kIntroducers) {
      if (i.kind != Intro::kBusiness) t.AddWord(i.word);
    }
    t.run_starts = NumeralTriggers();
    return t;
  }();
  return spec;
}

void DetectAddresses(std::string_view text, const std::vector<Trigger>& triggers,
                     const std::vector<AsciiWord>& words, const AddressOptions& options,
                     std::vector<Span>& out) {
  DetectHomeAddresses(text, triggers, options, out);
  if (options.house_numbers) DetectHouseNumbers(text, triggers, words, out);
}

void DetectAddresses(std::string_view text, const AddressOptions& options, std::vector<Span>& out) {
  static const TriggerTable table(AddressTriggers());
  std::vector<Trigger> triggers;
  std::vector<AsciiWord> words;
  table.Collect(text, triggers, &words);
  DetectAddresses(text, triggers, words, options, out);
}

std::string MaskAddress(std::string_view span_text) {
  std::string out;
  out.reserve(span_text.size());
  AppendMaskedAddress(span_text, out);
  return out;
}

void AppendMaskedAddress(std::string_view span_text, std::string& out) {
  for (size_t p = 0; p < span_text.size();) {
    // A unit word stays, unless another follows it (枫树湾村: 湾 is part of
    // the name).
    if (const Unit* u = UnitAt(span_text, p); u != nullptr) {
      if (UnitAt(span_text, p + u->word.size()) == nullptr) {
        out.append(u->word);
        p += u->word.size();
        continue;
      }
    }
    const char c = span_text[p];
    if (c == '-' || c == ' ') {
      out.push_back(c);
      ++p;
      continue;
    }
    if (StartsWithAt(span_text, p, "－") || StartsWithAt(span_text, p, "之") ||
        StartsWithAt(span_text, p, "附")) {
      out.append(span_text.substr(p, 3));
      p += 3;
      continue;
    }
    out.push_back('*');
    p += std::max<size_t>(
        1, std::min(span_text.size() - p, Utf8SeqLen(static_cast<unsigned char>(c))));
  }
}

bool IsSpecificAddress(std::string_view value) {
  int named = 0;
  for (size_t p = 0; p < value.size();) {
    if (const Unit* u = UnitAt(value, p); u != nullptr) {
      p += u->word.size();
      continue;
    }
    size_t len = 0;
    const char32_t cp = DecodeAt(value, p, &len);
    if (IsHan(cp) && !IsChineseNumeral(cp)) ++named;
    p += len;
  }
  return named >= 2;
}

}  // namespace dpfeed
