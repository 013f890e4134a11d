#include "service/web/password_hash.h"

#include <argon2.h>
#include <openssl/rand.h>

#include <vector>

#include "service/domain/record.h"

namespace dpfeed {

namespace {
constexpr size_t kSaltBytes = 16;
constexpr size_t kHashBytes = 32;
}  // namespace

Result<std::string> HashPassword(std::string_view password, const PasswordCost& cost) {
  unsigned char salt[kSaltBytes];
  if (RAND_bytes(salt, sizeof(salt)) != 1) return Status::IOError("RAND_bytes failed");
  std::vector<char> encoded(argon2_encodedlen(cost.t_cost, cost.m_cost_kib, cost.parallelism,
                                              kSaltBytes, kHashBytes, Argon2_id) +
                            1);
  const int rc = argon2id_hash_encoded(cost.t_cost, cost.m_cost_kib, cost.parallelism,
                                       password.data(), password.size(), salt, sizeof(salt),
                                       kHashBytes, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) return Status::IOError(std::string("argon2id: ") + argon2_error_message(rc));
  return std::string(encoded.data());
}

bool VerifyPassword(const std::string& encoded, std::string_view password) {
  if (encoded.rfind("$argon2id$", 0) != 0) return false;
  return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

Status CheckPasswordRules(std::string_view password, std::string_view login) {
  if (Utf8Length(password) < 10) return Status::InvalidArgument("密码至少10个字符");
  if (password.size() > 256) return Status::InvalidArgument("密码最多256个字节");
  if (password == login) return Status::InvalidArgument("密码不能与登录名相同");
  return Status::Ok();
}

Result<std::string> RandomPassword() {
  static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  constexpr unsigned kSize = sizeof(kAlphabet) - 1;  // 56
  std::string out;
  while (out.size() < 16) {
    unsigned char b[32];
    if (RAND_bytes(b, sizeof(b)) != 1) return Status::IOError("RAND_bytes failed");
    for (unsigned char c : b) {
      // Rejection sampling keeps every character equally likely.
      if (c < 256 - 256 % kSize && out.size() < 16) out += kAlphabet[c % kSize];
    }
  }
  return out;
}

}  // namespace dpfeed
