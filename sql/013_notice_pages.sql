-- Public pages serve only guarded artifacts (issue 8 §7). A notice's page
-- is the portal's HTML artifact until a decision in it is withdrawn
-- (revoked, expired, repaired, or made withheld); the planner then renders
-- the notice again without it, runs the leak guard over the new page and
-- its JSON twin, stores both as artifacts and records them here with the
-- next revision number. /notices/{id}, the feeds and ?view=public read the
-- newest revision (revision 0, the portal's artifacts, has no row).
CREATE TABLE notice_pages (
  notice_id   INTEGER NOT NULL REFERENCES notices(id),
  revision    INTEGER NOT NULL CHECK (revision > 0),
  html_sha256 TEXT NOT NULL,
  json_sha256 TEXT NOT NULL,
  records     INTEGER NOT NULL,  -- decisions the page shows
  created_at  TEXT NOT NULL,
  PRIMARY KEY (notice_id, revision)
) WITHOUT ROWID;

-- When a guarded page without the decision replaced the notice's page.
ALTER TABLE notice_items ADD COLUMN dropped_at TEXT;
-- When every page that showed the decision was replaced (the planner looks
-- for the withdrawn decisions still shown on this small partial index).
ALTER TABLE decisions ADD COLUMN page_dropped_at TEXT;
CREATE INDEX decisions_page_to_drop ON decisions (id)
  WHERE planned_version IS NOT NULL AND page_dropped_at IS NULL
  AND (status <> 'active' OR withheld_reason IS NOT NULL);
