-- Entrusted organisations (受委托组织) an administrator registered for a
-- department: besides the department itself, the only deciding agencies
-- (XKJG/XKJGDM, CFJG/CFJGDM) its decisions may name. Removal keeps the row
-- (decisions already stored still name it) and only stops new use.
CREATE TABLE agencies (
  id            INTEGER PRIMARY KEY,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  name          TEXT NOT NULL,
  uscc          TEXT NOT NULL,           -- the agency's 统一社会信用代码
  created_at    TEXT NOT NULL,
  removed_at    TEXT
);
CREATE UNIQUE INDEX agencies_active ON agencies (department_id, uscc) WHERE removed_at IS NULL;
