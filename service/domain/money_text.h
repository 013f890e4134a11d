// Money amounts written in prose, as penalty contents (CF_NR) state them:
// "罚款2000元", "并处罚款0.5万元", "罚款人民币贰仟元整", "罚款1,500.00元",
// "没收违法所得一万五千元". Used to catch an amount field filled in 元
// where the standard wants 万元 (issue 10 §1).
//
// Thread-safety: pure functions.
// Contract: amounts are exact integers in fen (0.01 元); an amount that
// does not fit (more than 15 significant digits) is skipped, never wrapped.
#ifndef DPFEED_SERVICE_DOMAIN_MONEY_TEXT_H_
#define DPFEED_SERVICE_DOMAIN_MONEY_TEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dpfeed {

// Every amount followed by 元 (or 圆), with 万 / 亿 multipliers, in Arabic or
// Chinese numerals (lower case or 大写), in the order they appear.
std::vector<int64_t> MoneyAmountsInText(std::string_view text);

// A standard amount field ("0.5", in 万元, up to 6 decimals) in fen.
std::optional<int64_t> WanYuanToFen(std::string_view amount);

// "0.2万元" / "2000万元" / "2000元": a fen amount for people.
std::string FormatWanYuan(int64_t fen);
std::string FormatYuan(int64_t fen);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_MONEY_TEXT_H_
