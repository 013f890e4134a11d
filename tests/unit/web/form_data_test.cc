#include "service/web/form_data.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

TEST(FormDataTest, UrlEncodedKeepsOrderRepeatsAndUtf8) {
  auto f = ParseForm("application/x-www-form-urlencoded",
                     "csrf=ab&CFLB=%E8%AD%A6%E5%91%8A&CFLB=%E7%BD%9A%E6%AC%BE&XDR_MC=a+b&empty=");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->Get("csrf"), "ab");
  EXPECT_EQ(f->GetAll("CFLB"), (std::vector<std::string>{"警告", "罚款"}));
  EXPECT_EQ(f->Get("XDR_MC"), "a b");
  EXPECT_TRUE(f->Has("empty"));
  EXPECT_EQ(f->Get("missing"), "");
  EXPECT_FALSE(ParseForm("application/x-www-form-urlencoded", "a=%zz").ok());
  EXPECT_FALSE(ParseForm("text/plain", "a=b").ok());
}

TEST(FormDataTest, MultipartCarriesFieldsAndBinaryFiles) {
  static constexpr char kBytes[] = "PK\x03\x04\r\n--not-the-boundary\0end";
  const std::string file(kBytes, sizeof(kBytes) - 1);
  const std::string body =
      "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"导入.xlsx\"\r\n"
      "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n" +
      file + "\r\n--XyZ--\r\n";
  auto f = ParseForm("multipart/form-data; boundary=XyZ", body);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->Get("csrf"), "tok");
  const FormFile* up = f->File("file");
  ASSERT_NE(up, nullptr);
  EXPECT_EQ(up->filename, "导入.xlsx");
  EXPECT_EQ(up->data, file);
  EXPECT_EQ(f->Get("file"), "") << "files are not fields";
}

TEST(FormDataTest, TruncatedMultipartIsRefused) {
  EXPECT_FALSE(ParseForm("multipart/form-data; boundary=XyZ",
                         "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue")
                   .ok());
  EXPECT_FALSE(ParseForm("multipart/form-data", "--XyZ--").ok());
}

}  // namespace
}  // namespace dpfeed
