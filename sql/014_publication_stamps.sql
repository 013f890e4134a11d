-- An acknowledgement writes one row (issue 12): the delivery. A decision's
-- first publication on a channel (decisions.portal_published_at /
-- credit_published_at, read by compliance from the covering index) is
-- brought up to date from the acknowledged deliveries afterwards, many
-- notices at once in decision-id order, so each table page is written once
-- for a batch of notices instead of once per notice and channel.
--
-- stamped_at: when the decisions of this acknowledged delivery's notice
-- were stamped with its acknowledged_at. Until then readers take the
-- earliest of the column and the acknowledgements not stamped yet
-- (service/store/publication_stamps.h), so what they see never depends on
-- whether the stamping has run. Deliveries acknowledged before this column
-- existed were stamped at their acknowledgement.
ALTER TABLE deliveries ADD COLUMN stamped_at TEXT;
UPDATE deliveries SET stamped_at = acknowledged_at WHERE state = 'acknowledged';
CREATE INDEX deliveries_unstamped ON deliveries (channel)
  WHERE state = 'acknowledged' AND stamped_at IS NULL;
