-- Matter lists (事项清单, issue 10 §4): each department's license and
-- penalty matters, with every dated change kept (history), the deadline of
-- its publication (20 working days after it takes effect) and when a
-- channel acknowledged a matter-list notice that carried it.

CREATE TABLE matters (
  id              INTEGER PRIMARY KEY,
  department_id   INTEGER NOT NULL REFERENCES departments(id),
  kind            TEXT NOT NULL CHECK (kind IN ('license', 'penalty')),
  code            TEXT NOT NULL,           -- 事项编码
  current_version INTEGER NOT NULL,
  UNIQUE (department_id, kind, code)
);

CREATE TABLE matter_changes (
  id                   INTEGER PRIMARY KEY,
  matter_id            INTEGER NOT NULL REFERENCES matters(id),
  version              INTEGER NOT NULL,
  action               TEXT NOT NULL CHECK (action IN ('add', 'change', 'cancel')),
  effective_on         TEXT NOT NULL,      -- YYYY-MM-DD: the change takes effect (信息形成或者变更之日)
  name                 TEXT NOT NULL,      -- the matter as of this change
  legal_basis          TEXT NOT NULL,
  agency               TEXT NOT NULL,
  category             TEXT NOT NULL DEFAULT '',
  reason               TEXT NOT NULL DEFAULT '',
  recorded_at          TEXT NOT NULL,
  deadline             TEXT NOT NULL,      -- 20th working day after effective_on
  deadline_provisional INTEGER NOT NULL,
  portal_published_at  TEXT,
  credit_published_at  TEXT,
  UNIQUE (matter_id, version)
);
CREATE INDEX matter_changes_by_effective ON matter_changes (effective_on);
CREATE INDEX matter_changes_unpublished ON matter_changes (matter_id)
  WHERE portal_published_at IS NULL OR credit_published_at IS NULL;
