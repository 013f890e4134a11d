#include "publisher/webhook_signature.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace dpfeed {

namespace {

constexpr std::string_view kPrefix = "whsec_";

std::string Base64(const unsigned char* data, size_t n) {
  std::string out(4 * ((n + 2) / 3) + 1, '\0');
  const int len =
      EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(n));
  out.resize(static_cast<size_t>(len));
  return out;
}

}  // namespace

Result<std::string> WebhookKey(std::string_view secret) {
  if (secret.substr(0, kPrefix.size()) != kPrefix) return std::string(secret);
  const std::string_view b64 = secret.substr(kPrefix.size());
  bool valid = !b64.empty() && b64.size() % 4 == 0;
  for (size_t i = 0; valid && i < b64.size(); ++i) {
    const char c = b64[i];
    const bool pad = c == '=' && i + 2 >= b64.size();
    valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '+' || c == '/' || pad;
  }
  if (!valid) return Status::InvalidArgument("secret: what follows whsec_ must be base64");
  std::string key(b64.size() / 4 * 3, '\0');
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(key.data()),
                                reinterpret_cast<const unsigned char*>(b64.data()),
                                static_cast<int>(b64.size()));
  if (n <= 0) return Status::InvalidArgument("secret: what follows whsec_ must be base64");
  // EVP_DecodeBlock counts padding as zero bytes: drop them.
  size_t len = static_cast<size_t>(n);
  for (size_t i = b64.size(); i > 0 && b64[i - 1] == '='; --i) --len;
  key.resize(len);
  if (key.empty()) return Status::InvalidArgument("secret: the whsec_ key is empty");
  return key;
}

std::string WebhookSignature(std::string_view key, std::string_view id, std::string_view timestamp,
                             std::string_view body) {
  std::string signed_content;
  signed_content.reserve(id.size() + timestamp.size() + body.size() + 2);
  signed_content.append(id).append(".").append(timestamp).append(".").append(body);
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(signed_content.data()), signed_content.size(), mac,
       &mac_len);
  return "v1," + Base64(mac, mac_len);
}

}  // namespace dpfeed
