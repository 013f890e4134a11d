// XML 1.0 text escaping, for the Atom feed and any other XML dpfeed writes.
//
// Thread-safety: pure function.
// Contract: the result is safe as element content and inside a quoted
// attribute value of an XML 1.0 document: & < > " ' become entity
// references; invalid UTF-8 becomes U+FFFD; characters XML 1.0 forbids
// (controls other than tab, newline and carriage return, U+FFFE, U+FFFF)
// are dropped, since no escape can carry them.
#ifndef DPFEED_SERVICE_JSON_XML_ESCAPE_H_
#define DPFEED_SERVICE_JSON_XML_ESCAPE_H_

#include <string>
#include <string_view>

namespace dpfeed {

std::string XmlEscape(std::string_view text);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_JSON_XML_ESCAPE_H_
