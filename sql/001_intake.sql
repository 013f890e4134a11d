-- Intake: departments, tokens, decisions with their versions, and the
-- append-only event log. Timestamps are ISO 8601 in Asia/Shanghai time with
-- the offset ("2026-11-23T10:14:36.123+08:00"), so their first ten
-- characters are the legal (Shanghai) date. Dates are "YYYY-MM-DD".

CREATE TABLE departments (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,          -- short operator-chosen code, e.g. "scjgj"
  name        TEXT NOT NULL,                 -- e.g. "市场监督管理局"
  uscc        TEXT NOT NULL UNIQUE,          -- the department's 统一社会信用代码
  publish_empty INTEGER NOT NULL DEFAULT 0,  -- publish a notice even in a week without decisions
  created_at  TEXT NOT NULL
);

CREATE TABLE tokens (
  id            INTEGER PRIMARY KEY,
  token_hash    TEXT NOT NULL UNIQUE,        -- hex SHA-256 of the secret token; the token itself is never stored
  prefix        TEXT NOT NULL,               -- first characters, to recognise a token in listings
  role          TEXT NOT NULL CHECK (role IN ('department', 'auditor', 'admin')),
  department_id INTEGER REFERENCES departments(id),
  label         TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  revoked_at    TEXT,
  CHECK ((role = 'department') = (department_id IS NOT NULL))
);

-- One row per decision identity (department, kind, WSH); the content lives
-- in decision_versions. Columns here are what planning and compliance
-- queries need without decoding the record.
CREATE TABLE decisions (
  id                   INTEGER PRIMARY KEY,
  department_id        INTEGER NOT NULL REFERENCES departments(id),
  kind                 TEXT NOT NULL CHECK (kind IN ('license', 'penalty')),
  wsh                  TEXT NOT NULL,
  current_version      INTEGER NOT NULL,
  decision_date        TEXT NOT NULL,       -- JDRQ of the current version
  received_at          TEXT NOT NULL,       -- first receipt of this decision
  deadline             TEXT NOT NULL,       -- 7th working day after decision_date
  deadline_provisional INTEGER NOT NULL,    -- 1 when computed without that year's calendar
  display_until        TEXT,                -- penalties: GSJZQ (or default), then withdrawn
  status               TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked', 'expired')),
  status_reason        TEXT NOT NULL DEFAULT '',
  portal_published_at  TEXT,                -- first acknowledgement by the portal
  credit_published_at  TEXT,                -- first acknowledgement by the credit website
  UNIQUE (department_id, kind, wsh)
);
-- Covering index for per-department compliance queries: a department's
-- year is read from the index alone, whatever the table's size.
CREATE INDEX decisions_by_department_date ON decisions (
  department_id, kind, decision_date, deadline, deadline_provisional, received_at,
  portal_published_at, credit_published_at, status);
CREATE INDEX decisions_by_date ON decisions (decision_date);
CREATE INDEX decisions_provisional ON decisions (deadline_provisional) WHERE deadline_provisional = 1;

CREATE TABLE decision_versions (
  decision_id  INTEGER NOT NULL REFERENCES decisions(id),
  version      INTEGER NOT NULL,
  content      TEXT NOT NULL,     -- the validated record as canonical JSON (wire codes)
  content_hash TEXT NOT NULL,     -- hex SHA-256 of content
  received_at  TEXT NOT NULL,
  PRIMARY KEY (decision_id, version)
) WITHOUT ROWID;

-- Append-only: auditors replay what happened and when.
CREATE TABLE events (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  type          TEXT NOT NULL,
  department_id INTEGER,
  decision_id   INTEGER,
  detail        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_by_decision ON events (decision_id) WHERE decision_id IS NOT NULL;
CREATE TRIGGER events_are_never_updated BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_are_never_deleted BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- What each calendar year looked like when deadlines were last computed,
-- so a changed calendar file triggers recomputation at start.
CREATE TABLE calendar_years (
  year        INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL
);
