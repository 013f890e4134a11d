// The periods the law sets (DOMAIN.md §1), in one place.
#ifndef DPFEED_SERVICE_DOMAIN_LEGAL_PERIODS_H_
#define DPFEED_SERVICE_DOMAIN_LEGAL_PERIODS_H_

namespace dpfeed {

// Publication within 7 working days of the decision (自作出决定之日起7个工作日内).
inline constexpr int kPublicationWorkdays = 7;
// Withdrawal of a revoked / changed / void decision within 3 working days
// (行政处罚法 art. 48).
inline constexpr int kWithdrawalWorkdays = 3;
// A change of a department's matter list (事项清单) is published within 20
// working days of the change (在信息形成或者变更之日起20个工作日内).
inline constexpr int kMatterListWorkdays = 20;
// A record is at risk when its deadline is within this many working days.
inline constexpr int kAtRiskWorkdays = 2;
// Display periods of penalties depend on their severity and are
// configuration: see publicity_rules.h.

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_LEGAL_PERIODS_H_
