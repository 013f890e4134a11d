-- Rendered artifacts move out of SQLite into content-addressed files (the
-- artifact store: <artifact dir>/<aa>/<sha256>); a notice keeps the SHA-256
-- of each. The inline columns of 002 stay for notices planned before this
-- migration until `dpfeed serve` or `dpfeed publish` moves them to files at
-- start (then they hold '').
ALTER TABLE notices ADD COLUMN portal_html_sha256 TEXT;
ALTER TABLE notices ADD COLUMN portal_json_sha256 TEXT;
ALTER TABLE notices ADD COLUMN credit_json_sha256 TEXT;
