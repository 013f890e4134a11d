#include "service/json/xml_escape.h"

#include <gtest/gtest.h>

namespace dpfeed {
namespace {

TEST(XmlEscapeTest, EscapesMarkupAndKeepsText) {
  EXPECT_EQ(XmlEscape("安丘市<b>&\"'"), "安丘市&lt;b&gt;&amp;&quot;&apos;");
  EXPECT_EQ(XmlEscape("a\tb\nc\rd"), "a\tb\nc\rd");
}

TEST(XmlEscapeTest, DropsWhatXml10ForbidsAndRepairsUtf8) {
  EXPECT_EQ(XmlEscape(std::string("局\x01\x08\x1f\0名", 11)), "局名");
  EXPECT_EQ(XmlEscape("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");  // U+FFFE, U+FFFF
  EXPECT_EQ(XmlEscape("a\xFF"), "a\xEF\xBF\xBD");              // invalid byte -> U+FFFD
  EXPECT_EQ(XmlEscape("\xEF\xBF\xBD"), "\xEF\xBF\xBD");        // U+FFFD itself is fine
}

}  // namespace
}  // namespace dpfeed
