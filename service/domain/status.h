// Status and Result<T>: how domain, calendar, store and publisher report
// success or failure without exceptions crossing module edges.
//
// Thread-safety: value types; a const Status may be shared freely.
// Contract: Status::Ok() carries no message; every other code carries a
// human-readable message (for department staff it is Chinese, for operators
// English). The api layer maps codes to HTTP statuses in exactly one place.
#ifndef DPFEED_SERVICE_DOMAIN_STATUS_H_
#define DPFEED_SERVICE_DOMAIN_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dpfeed {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,
  kNotFound,
  kConflict,
  kUnauthorized,
  kForbidden,
  kIOError,
  kCorruption,
};

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status Conflict(std::string m) { return {StatusCode::kConflict, std::move(m)}; }
  static Status Unauthorized(std::string m) { return {StatusCode::kUnauthorized, std::move(m)}; }
  static Status Forbidden(std::string m) { return {StatusCode::kForbidden, std::move(m)}; }
  static Status IOError(std::string m) { return {StatusCode::kIOError, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "InvalidArgument: message", for logs.
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-ok Status.
// REQUIRES: constructed from a non-ok Status when there is no value.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}            // NOLINT(runtime/explicit)
  Result(Status status) : status_(std::move(status)) {}    // NOLINT(runtime/explicit)

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_DOMAIN_STATUS_H_
