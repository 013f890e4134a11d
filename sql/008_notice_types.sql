-- Notices say what they are (issue 10 §6): a notice published between
-- regular runs because its decisions' deadline comes before the next one is
-- 'expedited' (提前公示), no longer a 'supplementary' (补充公示), which is kept
-- for decisions of an earlier week in a regular run. 'matter_list'
-- (事项清单公示, §4) is allowed here too, so that its notices need no second
-- rebuild. The type's CHECK constraint cannot be changed in place, so the
-- table is rebuilt (the migration runner turns foreign keys off around it
-- and checks them before committing); every column (007's complete and
-- planning_until too), every index and every notice stay as they were.

CREATE TABLE notices_new (
  id                 INTEGER PRIMARY KEY,
  run_key            TEXT NOT NULL UNIQUE,
  department_id      INTEGER NOT NULL REFERENCES departments(id),
  kind               TEXT NOT NULL CHECK (kind IN ('license', 'penalty')),
  type               TEXT NOT NULL CHECK (type IN ('regular', 'supplementary', 'expedited',
                                                   'correction', 'withdrawal', 'matter_list')),
  title              TEXT NOT NULL,
  period_from        TEXT NOT NULL,
  period_to          TEXT NOT NULL,
  published_on       TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  portal_html        TEXT NOT NULL,
  portal_json        TEXT NOT NULL,
  credit_json        TEXT NOT NULL,
  portal_html_sha256 TEXT,
  portal_json_sha256 TEXT,
  credit_json_sha256 TEXT,
  complete           INTEGER NOT NULL DEFAULT 1,
  planning_until     INTEGER
);
INSERT INTO notices_new SELECT id, run_key, department_id, kind, type, title, period_from,
  period_to, published_on, created_at, portal_html, portal_json, credit_json,
  portal_html_sha256, portal_json_sha256, credit_json_sha256, complete, planning_until FROM notices;
DROP TABLE notices;
ALTER TABLE notices_new RENAME TO notices;
CREATE INDEX notices_by_created ON notices (id DESC);
CREATE INDEX notices_incomplete ON notices (planning_until) WHERE complete = 0;

-- A published decision that a correction made withheld (不予公开) is
-- withdrawn; the planner finds those on this partial index.
CREATE INDEX decisions_withheld_to_withdraw ON decisions (id)
  WHERE withheld_reason IS NOT NULL AND status = 'active' AND planned_version IS NOT NULL
  AND withdrawn_at IS NULL;
