// Internal to the store: the few steps every repository query repeats
// (prepare, bind, run; read all rows or exactly one through a row reader).
//
// Thread-safety: as the connection passed in (one thread at a time).
#ifndef DPFEED_SERVICE_STORE_QUERY_HELPERS_H_
#define DPFEED_SERVICE_STORE_QUERY_HELPERS_H_

#include <functional>
#include <string>
#include <vector>

#include "service/domain/status.h"
#include "service/store/database.h"

namespace dpfeed::store_internal {

// Prepares `sql`, lets `bind` bind its parameters and runs it to the end.
inline Status Run(Database& db, const char* sql, const std::function<void(Statement&)>& bind) {
  Status s;
  Statement* st = db.Prepare(sql, &s);
  if (st == nullptr) return s;
  bind(*st);
  return st->Run();
}

// Steps `st` to the end, collecting every row `read` accepts; the first
// Corruption stops it.
template <typename T>
Result<std::vector<T>> ReadAll(Statement& st, Result<T> (*read)(const Statement&)) {
  Status s;
  std::vector<T> out;
  while (st.Step(&s)) {
    Result<T> row = read(st);
    if (!row.ok()) {
      st.Reset();
      return row.status();
    }
    out.push_back(std::move(row.value()));
  }
  if (!s.ok()) return s;
  return out;
}

// The single row of `st`, or NotFound(`what`).
template <typename T>
Result<T> ReadOne(Statement& st, Result<T> (*read)(const Statement&), const std::string& what) {
  Status s;
  if (!st.Step(&s)) return s.ok() ? Status::NotFound(what) : s;
  Result<T> row = read(st);
  st.Reset();
  return row;
}

}  // namespace dpfeed::store_internal

#endif  // DPFEED_SERVICE_STORE_QUERY_HELPERS_H_
