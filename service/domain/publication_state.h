// The states and actions of publication, as domain enums with one
// ToString/Parse pair each: what a decision's status is, which channel a
// delivery goes to, where a delivery stands, what a notice does with a
// decision, and what kind of notice it is. The database, the JSON API and
// the logs use the ToString words; everything else compares enums.
//
// Thread-safety: pure functions over value types.
// Contract: ToString returns a stable lower-case word; Parse accepts exactly
// those words and returns nullopt for anything else (a bad stored value is
// the caller's Corruption, never undefined behaviour).
#ifndef DPFEED_SERVICE_DOMAIN_PUBLICATION_STATE_H_
#define DPFEED_SERVICE_DOMAIN_PUBLICATION_STATE_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace dpfeed {

// Whether a stored decision is still to be shown.
enum class DecisionStatus {
  kActive,    // shown (or to be shown) on both channels
  kRevoked,   // revoked, changed or held void by the department: withdrawn
  kExpired,   // its display period (公示截止期) ended: withdrawn
  kRepaired,  // credit repair (信用修复) ended its display early: withdrawn
};
const char* ToString(DecisionStatus s);
std::optional<DecisionStatus> ParseDecisionStatus(std::string_view word);

// Why a revoked decision is withdrawn: the decision was revoked, changed or
// held void (撤销, "revoke"), or the data was entered in error (撤回,
// "withdraw"). A decision revoked before the two were told apart is 撤销.
enum class RevocationKind { kRevoke, kWithdraw };
const char* ToString(RevocationKind k);
std::optional<RevocationKind> ParseRevocationKind(std::string_view word);
// "撤销" / "撤回", for people.
const char* RevocationTitle(RevocationKind k);

// The two publication channels, portal first (DOMAIN.md §1).
enum class Channel { kPortal, kCredit };
inline constexpr std::array<Channel, 2> kChannels = {Channel::kPortal, Channel::kCredit};
const char* ToString(Channel c);
// "政府门户网站" / "信用网站", for people.
const char* ChannelTitle(Channel c);
std::optional<Channel> ParseChannel(std::string_view word);

// Where a delivery of a notice to one channel stands.
enum class DeliveryState {
  kWaiting,       // credit delivery waiting for the portal's acknowledgement
  kPending,       // due now or at its next attempt
  kAcknowledged,  // the channel acknowledged it
  kFailed,        // refused permanently or retries exhausted
};
const char* ToString(DeliveryState s);
std::optional<DeliveryState> ParseDeliveryState(std::string_view word);

// What a notice does with one decision.
enum class NoticeAction { kPublish, kCorrect, kWithdraw };
const char* ToString(NoticeAction a);
std::optional<NoticeAction> ParseNoticeAction(std::string_view word);

// regular (the Monday run) | supplementary (补充: decisions of an earlier
// week, in a regular run) | expedited (提前: published between runs because
// their deadline comes before the next one) | correction (更正) | withdrawal
// (撤下) | matter_list (事项清单: a department's list of matters and its
// changes, no decisions)
enum class NoticeType {
  kRegular,
  kSupplementary,
  kExpedited,
  kCorrection,
  kWithdrawal,
  kMatterList
};
const char* ToString(NoticeType t);
std::optional<NoticeType> ParseNoticeType(std::string_view word);
// The action a notice of this type takes on each of its decisions.
NoticeAction ActionOf(NoticeType t);

// The one wording of why a decision was taken down, shown beside it in the
// withdrawal notice: "公示期满" for an ended display period, "信用修复" for a
// credit repair, "决定已撤销：<reason>" for a revoked decision (撤销) and
// "信息录入有误，已撤回：<reason>" for data entered in error (撤回), without
// the colon when `reason` is empty. `reason` must already be in its
// published (masked) form.
std::string WithdrawalWording(DecisionStatus status, std::string_view reason,
                              RevocationKind kind = RevocationKind::kRevoke);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_PUBLICATION_STATE_H_
