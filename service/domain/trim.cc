#include "service/domain/trim.h"

namespace dpfeed {
namespace {

template <typename IsSpace>
std::string_view TrimIf(std::string_view s, IsSpace is_space) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view TrimOws(std::string_view s) {
  return TrimIf(s, [](char c) { return c == ' ' || c == '\t'; });
}

std::string_view TrimAsciiSpace(std::string_view s) {
  return TrimIf(s, [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

}  // namespace dpfeed
