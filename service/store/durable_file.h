// Files that appear whole or not at all and survive a crash once written:
// the artifact store and the file sink both write through here.
//
// Thread-safety: safe to call from many threads and processes at once, even
// for the same final name (each writer uses its own temporary file; the last
// rename wins, and writers of one name write the same bytes by contract of
// their callers).
// Contract: WriteFileDurably writes `bytes` to a temporary file in `dir`,
// fsyncs it, renames it to `name` and fsyncs `dir`; on success the file is
// durable under its final name. On failure nothing is left under `name`
// that was not there before, the temporary file is removed, and the Status
// (IOError) says which step failed and why.
#ifndef DPFEED_SERVICE_STORE_DURABLE_FILE_H_
#define DPFEED_SERVICE_STORE_DURABLE_FILE_H_

#include <string>
#include <string_view>

#include "service/domain/status.h"

namespace dpfeed {

// REQUIRES: `dir` exists; `name` has no '/'. `mode` is the new file's
// permissions (default 0644).
Status WriteFileDurably(const std::string& dir, const std::string& name, std::string_view bytes,
                        unsigned mode = 0644);

// Makes `dir`/`name` a hard link to the durable file `source` (no byte is
// copied), the same way: temporary name, rename, fsync of `dir`. NotFound
// when `source` does not exist; Unimplemented-like failures (another
// filesystem, links not permitted) are IOError with `*cannot_link` set, so
// the caller can copy instead.
Status LinkFileDurably(const std::string& source, const std::string& dir, const std::string& name,
                       bool* cannot_link);

// Creates `dir` and its parents if missing, and fsyncs the parent of each
// directory it created so the new entries survive a crash.
Status CreateDirectoriesDurably(const std::string& dir);

// The whole file, or bytes [offset, offset + length) of it. NotFound when
// the file does not exist; IOError on a read error or a short file.
Result<std::string> ReadWholeFile(const std::string& path);
Result<std::string> ReadFileRange(const std::string& path, size_t offset, size_t length);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_STORE_DURABLE_FILE_H_
