-- Matter-list notices (事项清单公示, issue 10 §4): which notice (type
-- 'matter_list', allowed since 008) publishes each matter change. A change
-- is in at most one notice (the primary key); a channel acknowledging the
-- notice sets the change's portal_published_at / credit_published_at,
-- which its compliance reads.

CREATE TABLE notice_matter_changes (
  change_id INTEGER PRIMARY KEY REFERENCES matter_changes(id),
  notice_id INTEGER NOT NULL REFERENCES notices(id)
);
CREATE INDEX notice_matter_changes_by_notice ON notice_matter_changes (notice_id);
