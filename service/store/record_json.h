// The JSON form of a decision record, keyed by the national standard's wire
// codes (XK_… / CF_…): how records travel on the API and how their
// versions are stored.
//
// Thread-safety: pure functions.
// Contract: EncodeRecord writes the non-empty fields in the standard's
// order (canonical: equal records encode to equal bytes). DecodeRecord
// accepts an object whose values are strings, or numbers for amount and
// status fields; it reports each key that is unknown for the kind or has a
// wrong type as a FieldIssue (Chinese reason) and never throws.
#ifndef DPFEED_SERVICE_STORE_RECORD_JSON_H_
#define DPFEED_SERVICE_STORE_RECORD_JSON_H_

#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "service/domain/record.h"
#include "service/domain/record_validator.h"
#include "service/domain/status.h"

namespace dpfeed {

std::string EncodeRecord(const Record& record);

// Appends the record's fields to an open rapidjson writer-compatible
// object value, for embedding records in larger documents.
void RecordToValue(const Record& record, rapidjson::Value* object,
                   rapidjson::Document::AllocatorType& allocator);

// Returns false (with issues) when `value` is not an object or has
// problems; `record->kind` must be set by the caller.
bool DecodeRecord(const rapidjson::Value& value, Record* record, std::vector<FieldIssue>* issues);

// Parses stored canonical JSON (trusted). Corruption on failure.
Result<Record> DecodeStoredRecord(Kind kind, const std::string& json);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_RECORD_JSON_H_
