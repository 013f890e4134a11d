-- What publication does with each decision beyond the weekly rhythm
-- (issue 10 §2-3): its usage scope and, when it is never published, why;
-- a penalty's severity; the matter it names; credit repair.
--
-- SQLite cannot change a CHECK constraint in place, so the decisions table
-- is rebuilt (the documented 12-step procedure; the migration runner turns
-- foreign keys off around it and checks them before committing) to allow
-- the status 'repaired'. Every column and index of 001/002 is kept.

CREATE TABLE decisions_new (
  id                   INTEGER PRIMARY KEY,
  department_id        INTEGER NOT NULL REFERENCES departments(id),
  kind                 TEXT NOT NULL CHECK (kind IN ('license', 'penalty')),
  wsh                  TEXT NOT NULL,
  current_version      INTEGER NOT NULL,
  decision_date        TEXT NOT NULL,
  received_at          TEXT NOT NULL,
  deadline             TEXT NOT NULL,
  deadline_provisional INTEGER NOT NULL,
  display_until        TEXT,                -- last day shown (penalties: GSJZQ or the severity's
                                            -- maximum; licenses: YXQZI unless long-term); NULL: until revoked
  status               TEXT NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'revoked', 'expired', 'repaired')),
  status_reason        TEXT NOT NULL DEFAULT '',
  portal_published_at  TEXT,
  credit_published_at  TEXT,
  planned_version      INTEGER,
  withdrawn_at         TEXT,
  usage_scope          INTEGER NOT NULL DEFAULT 0 CHECK (usage_scope IN (0, 1, 2)),
  withheld_reason      TEXT,                -- never published when set (不予公开理由)
  severity             TEXT CHECK (severity IN ('minor', 'ordinary', 'serious')),
  matter_code          TEXT,                -- SXBM: the matter on the department's list
  repair_reference     TEXT,                -- credit repair (信用修复): decision reference
  repaired_on          TEXT,                -- ... and its date
  UNIQUE (department_id, kind, wsh)
);

INSERT INTO decisions_new (id, department_id, kind, wsh, current_version, decision_date,
  received_at, deadline, deadline_provisional, display_until, status, status_reason,
  portal_published_at, credit_published_at, planned_version, withdrawn_at)
SELECT id, department_id, kind, wsh, current_version, decision_date, received_at, deadline,
  deadline_provisional, display_until, status, status_reason, portal_published_at,
  credit_published_at, planned_version, withdrawn_at
FROM decisions;

DROP TABLE decisions;
ALTER TABLE decisions_new RENAME TO decisions;

-- The covering index of per-department compliance queries, now with the
-- withholding reason, so a department's year is still read from it alone.
CREATE INDEX decisions_by_department_date ON decisions (
  department_id, kind, decision_date, deadline, deadline_provisional, received_at,
  portal_published_at, credit_published_at, status, withheld_reason);
CREATE INDEX decisions_by_date ON decisions (decision_date);
CREATE INDEX decisions_provisional ON decisions (deadline_provisional) WHERE deadline_provisional = 1;
CREATE INDEX decisions_unplanned ON decisions (decision_date) WHERE planned_version IS NULL;
CREATE INDEX decisions_corrected ON decisions (id)
  WHERE planned_version IS NOT NULL AND planned_version < current_version;
CREATE INDEX decisions_to_withdraw ON decisions (id)
  WHERE status <> 'active' AND planned_version IS NOT NULL AND withdrawn_at IS NULL;
CREATE INDEX decisions_display_end ON decisions (display_until)
  WHERE status = 'active' AND display_until IS NOT NULL;
CREATE INDEX decisions_by_matter ON decisions (department_id, kind, matter_code)
  WHERE matter_code IS NOT NULL;
