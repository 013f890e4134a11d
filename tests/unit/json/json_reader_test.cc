#include "service/json/json_reader.h"

#include <gtest/gtest.h>

#include <string>

namespace dpfeed {
namespace {

std::optional<JsonReadError> Parse(const std::string& text, rapidjson::Document* doc,
                                   JsonReadOptions options = {}) {
  return ParseJson(text, options, doc);
}

TEST(JsonReaderTest, ParsesOneDocument) {
  rapidjson::Document doc;
  ASSERT_FALSE(Parse(" [{\"a\":\"行政处罚\",\"b\":[1,2.5,null,true]}] \n", &doc));
  ASSERT_TRUE(doc.IsArray());
  EXPECT_EQ(std::string(doc[0]["a"].GetString()), "行政处罚");
  EXPECT_EQ(doc[0]["b"].Size(), 4u);
}

TEST(JsonReaderTest, NestingFarBeyondTheStackIsRefusedNotACrash) {
  // 107,000 levels crashed the recursive parser (issue 9, item 1).
  for (const char* open : {"[", "{\"a\":"}) {
    std::string deep;
    for (int i = 0; i < 107000; ++i) deep += open;
    rapidjson::Document doc;
    const auto error = Parse(deep, &doc);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, JsonReadError::Kind::kTooDeep);
    EXPECT_TRUE(doc.IsNull());
  }
  std::string ok(64, '[');
  ok += std::string(64, ']');
  rapidjson::Document doc;
  EXPECT_FALSE(Parse(ok, &doc));
  const auto error = Parse("[" + ok + "]", &doc);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, JsonReadError::Kind::kTooDeep);
}

TEST(JsonReaderTest, ContentAfterTheDocumentIsRefused) {
  rapidjson::Document doc;
  for (const char* text : {"{\"a\":1}{\"a\":2}", "{} x", "[1] [2]", "1 2"}) {
    const auto error = Parse(text, &doc);
    ASSERT_TRUE(error) << text;
    EXPECT_EQ(error->kind, JsonReadError::Kind::kTrailingContent) << text;
    EXPECT_TRUE(doc.IsNull());
  }
  // A NUL would end the text early for RapidJSON's stream: refused too.
  const auto error = Parse(std::string("{}\0{\"a\":1}", 10), &doc);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->offset, 2u);
}

TEST(JsonReaderTest, TextCutInsideAMultiByteSequenceIsAnErrorNotAnOverread) {
  // Under ASan an overread past the text's end aborts (found by the fuzzer).
  // Long enough to live on the heap, where ASan sees the end of the buffer.
  const std::string key = "{\"" + std::string(40, 'k') + "\": \"";
  for (const std::string& text : {key + "\xe5", key + "\xf0\x9f", key + "\xe5\xae"}) {
    rapidjson::Document doc;
    const auto error = Parse(text, &doc);
    ASSERT_TRUE(error) << text;
    EXPECT_EQ(error->kind, JsonReadError::Kind::kSyntax);
  }
}

TEST(JsonReaderTest, DuplicateKeysNameTheKeyAndWhereItsObjectIs) {
  rapidjson::Document doc;
  auto error = Parse("{\"CF_WSH\":\"1\",\"CF_NR\":\"x\",\"CF_WSH\":\"2\"}", &doc);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, JsonReadError::Kind::kDuplicateKey);
  EXPECT_EQ(error->key, "CF_WSH");
  EXPECT_TRUE(error->path.empty());
  error = Parse("[{\"a\":1},{\"b\":{\"c\":1}},{\"a\":1,\"a\":2}]", &doc);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->key, "a");
  EXPECT_EQ(error->path, std::vector<std::string>{"2"});
  error = Parse("{\"x\":[0,{\"y\":{\"k\":1,\"k\":1}}]}", &doc);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->path, (std::vector<std::string>{"x", "1", "y"}));
  // The same key in different objects is fine.
  EXPECT_FALSE(Parse("[{\"a\":1},{\"a\":1}]", &doc));
}

TEST(JsonReaderTest, InvalidUtf8AndSyntaxErrorsCarryTheLine) {
  rapidjson::Document doc;
  auto error = Parse("{\"a\":\"\xff\"}", &doc);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->kind, JsonReadError::Kind::kSyntax);
  error = Parse("{\n\"a\": 1,\n\"b\": ]\n}", &doc);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 3);
  EXPECT_FALSE(error->detail.empty());
}

TEST(JsonReaderTest, CommentsAndTrailingCommasOnlyWhenAllowedAndKeyLinesAreNoted) {
  const std::string text =
      "// config\n{\n  \"a\": 1, /* c */\n  \"o\": {\n    \"k\": [1, 2,],\n  },\n}\n";
  rapidjson::Document doc;
  EXPECT_TRUE(Parse(text, &doc));
  JsonReadOptions options;
  options.allow_comments = true;
  options.allow_trailing_commas = true;
  JsonKeyLines lines;
  ASSERT_FALSE(ParseJson(text, options, &doc, &lines));
  EXPECT_EQ(lines["a"], 3);
  EXPECT_EQ(lines["o"], 4);
  EXPECT_EQ(lines["o.k"], 5);
}

}  // namespace
}  // namespace dpfeed
