#include "service/domain/publication_state.h"

namespace dpfeed {

namespace {

// Looks a word up in the ToString words of every value of E.
template <typename E, size_t N>
std::optional<E> ParseWord(std::string_view word, const std::array<E, N>& values) {
  for (E v : values) {
    if (word == ToString(v)) return v;
  }
  return std::nullopt;
}

}  // namespace

const char* ToString(DecisionStatus s) {
  switch (s) {
    case DecisionStatus::kActive:
      return "active";
    case DecisionStatus::kRevoked:
      return "revoked";
    case DecisionStatus::kExpired:
      return "expired";
    case DecisionStatus::kRepaired:
      return "repaired";
  }
  return "active";
}

std::optional<DecisionStatus> ParseDecisionStatus(std::string_view word) {
  return ParseWord(word, std::array{DecisionStatus::kActive, DecisionStatus::kRevoked,
                                    DecisionStatus::kExpired, DecisionStatus::kRepaired});
}

const char* ToString(RevocationKind k) {
  return k == RevocationKind::kWithdraw ? "withdraw" : "revoke";
}

std::optional<RevocationKind> ParseRevocationKind(std::string_view word) {
  return ParseWord(word, std::array{RevocationKind::kRevoke, RevocationKind::kWithdraw});
}

const char* RevocationTitle(RevocationKind k) {
  return k == RevocationKind::kWithdraw ? "撤回" : "撤销";
}

const char* ToString(Channel c) { return c == Channel::kPortal ? "portal" : "credit"; }
const char* ChannelTitle(Channel c) { return c == Channel::kPortal ? "政府门户网站" : "信用网站"; }
std::optional<Channel> ParseChannel(std::string_view word) { return ParseWord(word, kChannels); }

const char* ToString(DeliveryState s) {
  switch (s) {
    case DeliveryState::kWaiting:
      return "waiting";
    case DeliveryState::kPending:
      return "pending";
    case DeliveryState::kAcknowledged:
      return "acknowledged";
    case DeliveryState::kFailed:
      return "failed";
  }
  return "pending";
}

std::optional<DeliveryState> ParseDeliveryState(std::string_view word) {
  return ParseWord(word, std::array{DeliveryState::kWaiting, DeliveryState::kPending,
                                    DeliveryState::kAcknowledged, DeliveryState::kFailed});
}

const char* ToString(NoticeAction a) {
  switch (a) {
    case NoticeAction::kPublish:
      return "publish";
    case NoticeAction::kCorrect:
      return "correct";
    case NoticeAction::kWithdraw:
      return "withdraw";
  }
  return "publish";
}

std::optional<NoticeAction> ParseNoticeAction(std::string_view word) {
  return ParseWord(
      word, std::array{NoticeAction::kPublish, NoticeAction::kCorrect, NoticeAction::kWithdraw});
}

const char* ToString(NoticeType t) {
  switch (t) {
    case NoticeType::kRegular:
      return "regular";
    case NoticeType::kSupplementary:
      return "supplementary";
    case NoticeType::kExpedited:
      return "expedited";
    case NoticeType::kCorrection:
      return "correction";
    case NoticeType::kWithdrawal:
      return "withdrawal";
    case NoticeType::kMatterList:
      return "matter_list";
  }
  return "regular";
}

std::optional<NoticeType> ParseNoticeType(std::string_view word) {
  return ParseWord(
      word, std::array{NoticeType::kRegular, NoticeType::kSupplementary, NoticeType::kExpedited,
                       NoticeType::kCorrection, NoticeType::kWithdrawal, NoticeType::kMatterList});
}

NoticeAction ActionOf(NoticeType t) {
  switch (t) {
    case NoticeType::kWithdrawal:
      return NoticeAction::kWithdraw;
    case NoticeType::kCorrection:
      return NoticeAction::kCorrect;
    case NoticeType::kRegular:
    case NoticeType::kSupplementary:
    case NoticeType::kExpedited:
    case NoticeType::kMatterList:
      return NoticeAction::kPublish;
  }
  return NoticeAction::kPublish;
}

std::string WithdrawalWording(DecisionStatus status, std::string_view reason, RevocationKind kind) {
  if (status == DecisionStatus::kExpired) return "公示期满";
  if (status == DecisionStatus::kRepaired) return "信用修复";
  const std::string wording =
      kind == RevocationKind::kWithdraw ? "信息录入有误，已撤回" : "决定已撤销";
  return reason.empty() ? wording : wording + "：" + std::string(reason);
}

}  // namespace dpfeed
