-- Publication: notices (one per department, kind and run), the decisions
-- in each, and the outbox of deliveries to the two channels.

-- A random identity of this database, part of every idempotency key, so a
-- receiver never confuses two dpfeed installations' notice 1.
CREATE TABLE instance (
  id  INTEGER PRIMARY KEY CHECK (id = 1),
  key TEXT NOT NULL
);
INSERT INTO instance (id, key) VALUES (1, lower(hex(randomblob(8))));

CREATE TABLE notices (
  id            INTEGER PRIMARY KEY,
  run_key       TEXT NOT NULL UNIQUE,     -- what created it; makes planning idempotent
  department_id INTEGER NOT NULL REFERENCES departments(id),
  kind          TEXT NOT NULL CHECK (kind IN ('license', 'penalty')),
  type          TEXT NOT NULL CHECK (type IN ('regular', 'supplementary', 'correction', 'withdrawal')),
  title         TEXT NOT NULL,
  period_from   TEXT NOT NULL,            -- decision dates covered
  period_to     TEXT NOT NULL,
  published_on  TEXT NOT NULL,            -- Shanghai date of the run
  created_at    TEXT NOT NULL,
  portal_html   TEXT NOT NULL,            -- rendered, masked, leak-guarded artifacts
  portal_json   TEXT NOT NULL,
  credit_json   TEXT NOT NULL
);
CREATE INDEX notices_by_created ON notices (id DESC);

CREATE TABLE notice_items (
  notice_id   INTEGER NOT NULL REFERENCES notices(id),
  decision_id INTEGER NOT NULL REFERENCES decisions(id),
  version     INTEGER NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('publish', 'correct', 'withdraw')),
  PRIMARY KEY (notice_id, decision_id)
) WITHOUT ROWID;
CREATE INDEX notice_items_by_decision ON notice_items (decision_id);

CREATE TABLE deliveries (
  id               INTEGER PRIMARY KEY,
  notice_id        INTEGER NOT NULL REFERENCES notices(id),
  channel          TEXT NOT NULL CHECK (channel IN ('portal', 'credit')),
  -- waiting: the credit delivery waits for the portal's acknowledgement
  state            TEXT NOT NULL CHECK (state IN ('waiting', 'pending', 'acknowledged', 'failed')),
  idempotency_key  TEXT NOT NULL UNIQUE,
  attempts         INTEGER NOT NULL DEFAULT 0,
  first_attempt_at TEXT,
  next_attempt_at  TEXT NOT NULL,
  last_error       TEXT NOT NULL DEFAULT '',
  last_status      INTEGER NOT NULL DEFAULT 0,
  acknowledged_at  TEXT,
  UNIQUE (notice_id, channel)
);
CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);

-- What publication has already planned for each decision.
ALTER TABLE decisions ADD COLUMN planned_version INTEGER;  -- last version put in a notice
ALTER TABLE decisions ADD COLUMN withdrawn_at TEXT;        -- when its withdrawal was planned
CREATE INDEX decisions_unplanned ON decisions (decision_date) WHERE planned_version IS NULL;

-- Regular runs already done, by the Monday of the week they covered.
CREATE TABLE publication_runs (
  run_key TEXT PRIMARY KEY,
  ran_at  TEXT NOT NULL
);

-- The planner's queries, each on a small partial index.
CREATE INDEX decisions_corrected ON decisions (id)
  WHERE planned_version IS NOT NULL AND planned_version < current_version;
CREATE INDEX decisions_to_withdraw ON decisions (id)
  WHERE status <> 'active' AND planned_version IS NOT NULL AND withdrawn_at IS NULL;
CREATE INDEX decisions_display_end ON decisions (display_until)
  WHERE status = 'active' AND display_until IS NOT NULL;
