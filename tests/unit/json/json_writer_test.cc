#include "service/json/json_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <string>

namespace dpfeed {
namespace {

TEST(JsonWriterTest, ValidUtf8IsKeptAsIs) {
  EXPECT_TRUE(IsValidUtf8("行政处罚 abc"));
  EXPECT_EQ(ValidUtf8("行政处罚 abc"), "行政处罚 abc");
}

TEST(JsonWriterTest, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_FALSE(
      IsValidUtf8("a\xFF"
                  "b"));
  EXPECT_EQ(ValidUtf8("a\xFF"
                      "b"),
            "a\xEF\xBF\xBD"
            "b");
  // A truncated three-byte sequence, an overlong '/', and a surrogate.
  EXPECT_FALSE(IsValidUtf8("\xE8\xA1"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_TRUE(IsValidUtf8(ValidUtf8("\xE8\xA1")));
  EXPECT_TRUE(IsValidUtf8(ValidUtf8("\xED\xA0\x80 x")));
}

TEST(JsonWriterTest, EscapeMakesAParsableLiteral) {
  const std::string nasty = std::string("quote\" back\\ nl\n tab\t ctl\x01 bad\xFE end", 33);
  const std::string doc = "{\"m\":\"" + JsonEscape(nasty) + "\"}";
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(doc.c_str(), doc.size());
  ASSERT_FALSE(d.HasParseError()) << doc;
  const std::string back = d["m"].GetString();
  EXPECT_NE(back.find("quote\" back\\ nl\n tab\t ctl\x01"), std::string::npos);
  EXPECT_NE(back.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(JsonWriterTest, StrRepairsInvalidUtf8AndOptionalsWriteNull) {
  JsonOut out;
  JsonWriter& w = out.w();
  w.StartObject();
  Key(w, "s");
  Str(w, "x\xFFy");
  Key(w, "none");
  OptStr(w, std::nullopt);
  Key(w, "n");
  OptInt(w, 7);
  Key(w, "d");
  OptDouble(w, std::nullopt);
  w.EndObject();
  const std::string text = out.Take();
  EXPECT_EQ(text, "{\"s\":\"x\xEF\xBF\xBDy\",\"none\":null,\"n\":7,\"d\":null}");
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str(), text.size());
  EXPECT_FALSE(d.HasParseError());
}

}  // namespace
}  // namespace dpfeed
