// Addresses by the administrative grammar of Chinese addresses:
//   province 省/自治区 · prefecture 市/州/盟/地区 · county 区/县/旗/市 ·
//   town 镇/乡/街道 · village 村/社区/村委会 · group 组/队/村民小组 ·
//   road 路/街/巷/弄/大道 · estate 小区/花园/苑 … · number 号/栋/幢/单元/层/室,
// with Arabic, full-width and Chinese numerals (四组, 一四〇二室, 10-4-1601).
//
// Two kinds are reported (DOMAIN.md §4):
//   - a natural person's home address, introduced by 住, 住址, 家庭住址, 户籍地,
//     居住地, 现住, 送达地址 ... or attached to a person's name
//     (消费者李某（四川省…）): the part below the county level is the span
//     (`四川省达州市通川区` stays readable);
//   - house-number chains (幸福路88号, 3号楼2单元301室, 张家村三组15号) anywhere
//     in the text, when the caller says house numbers are personal (a
//     natural person's or an individual business's record).
// A legal person's 住所 / 经营场所 / 注册地址 is none of these.
//
// Thread-safety: pure functions.
#ifndef DPFEED_REDACTION_ADDRESS_DETECTOR_H_
#define DPFEED_REDACTION_ADDRESS_DETECTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/span.h"
#include "redaction/text_scan.h"

namespace dpfeed {

struct AddressOptions {
  // House-number chains are personal wherever they stand (natural persons,
  // individual businesses); for a legal person only home addresses are.
  bool house_numbers = true;
  // 住所 / 住所地 / 送达地址 / 地址 name a natural person's home (true for
  // natural persons and individual businesses), not a firm's seat.
  bool domicile_is_home = true;
  // Where persons are named in the text (names found by context or by
  // value, and legal representatives): an address right after one of them
  // (in brackets, after a comma) is that person's home.
  const std::vector<Span>* persons = nullptr;
  // How many of `persons`, from the first, are private persons; the rest
  // are legal representatives, after whom a firm's 住所 and an address in
  // its party block (法定代表人X，住所…路…号) are the firm's (default: all).
  size_t private_persons = static_cast<size_t>(-1);
};

// Appends address spans found in `text` to `out`.
void DetectAddresses(std::string_view text, const AddressOptions& options, std::vector<Span>& out);

// Where this detector starts, and the same search over the triggers and
// ASCII words of `text` already collected (TriggerTable::Collect with a
// spec including AddressTriggers()), for a caller running several
// detectors.
const TriggerSpec& AddressTriggers();
void DetectAddresses(std::string_view text, const std::vector<Trigger>& triggers,
                     const std::vector<AsciiWord>& words, const AddressOptions& options,
                     std::vector<Span>& out);

// The masked form of an address span: unit words stay (村, 组, 号, 单元 ...),
// every other character becomes '*' ("枫树湾村四组86号" -> "***村*组**号").
std::string MaskAddress(std::string_view span_text);
// The same appended to `out` (masking a text writes each address in place).
void AppendMaskedAddress(std::string_view span_text, std::string& out);

// Whether an address value names a place specifically enough to look for
// it elsewhere by value (two or more characters that are not unit words or
// numerals): "振兴路630号" is, "88号" is not.
bool IsSpecificAddress(std::string_view value);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_ADDRESS_DETECTOR_H_
