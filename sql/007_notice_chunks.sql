-- A large notice is committed in several short writer jobs (so intake never
-- waits long for the writer): its row is written first with complete = 0,
-- its items in chunks, its deliveries last with complete = 1. While
-- incomplete it has no delivery and appears nowhere public. The planner
-- writing it renews planning_until (Unix milliseconds, real time) with each
-- job; an incomplete notice whose lease ran out was abandoned (a crash, a
-- stale decision) and is taken apart again: its decisions un-marked, its
-- items and row deleted. previous_planned_version is what a correction's
-- decision had before, so un-marking can restore it.
ALTER TABLE notices ADD COLUMN complete INTEGER NOT NULL DEFAULT 1;
ALTER TABLE notices ADD COLUMN planning_until INTEGER;
CREATE INDEX notices_incomplete ON notices (planning_until) WHERE complete = 0;
ALTER TABLE notice_items ADD COLUMN previous_planned_version INTEGER;
