// Names of natural persons found by the words around them, in one pass over
// a text:
//   - after a cue naming a person's role: 委托, 受托人, 代理人, 员工, 职工,
//     举报人, 投诉人, 消费者, 联系人, 负责人, 经办人, 证人, 签收人, 驾驶员,
//     监护人, 经营者, 本案系 … and other roles (乘客, 患者, 业主, 营业员,
//     项目经理, 其丈夫, 东至 … 承包地 ...), with lists (员工甲、乙、丙);
//   - before words that only follow a person: （身份证…, （公民身份号码…,
//     （手机号码…, （男, 本人签收, 到场, 代为签收 ...;
//   - names joined by a middle dot (艾力·买买提) anywhere.
// A candidate must read as a name (chinese_names.h): a known surname and
// given-name characters, a Japanese family name, or capitalised Latin
// words; "负责人" before a firm, "经营者应当", "委托书" and "员工宿舍" are
// not names. Which names are public (a legal representative) is the
// caller's business.
//
// Cost: each Chinese character costs one decode and one bit test against
// the first characters of the cue words; the cue words themselves are
// compared only there.
//
// Thread-safety: pure function over immutable tables.
#ifndef DPFEED_REDACTION_CONTEXT_NAMES_H_
#define DPFEED_REDACTION_CONTEXT_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/span.h"
#include "redaction/text_scan.h"

namespace dpfeed {

// Appends a kPersonName span for every name found by context.
void FindNamesByContext(std::string_view text, std::vector<Span>& out);

// Where this detector starts, and the same search over the triggers of
// `text` already collected (TriggerTable::Collect with a spec including
// ContextNameTriggers()), for a caller running several detectors.
const TriggerSpec& ContextNameTriggers();
void FindNamesByContext(std::string_view text, const std::vector<Trigger>& triggers,
                        std::vector<Span>& out);

}  // namespace dpfeed

#endif  // DPFEED_REDACTION_CONTEXT_NAMES_H_
