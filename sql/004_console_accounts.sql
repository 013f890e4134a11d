-- People who use the web console (department staff, auditors,
-- administrators) and their browser sessions. Machines keep API tokens.

CREATE TABLE users (
  id                  INTEGER PRIMARY KEY,
  login               TEXT NOT NULL UNIQUE,
  role                TEXT NOT NULL CHECK (role IN ('department', 'auditor', 'admin')),
  department_id       INTEGER REFERENCES departments(id),
  password_hash       TEXT NOT NULL,            -- Argon2id encoded string ($argon2id$v=19$...)
  failed_logins       INTEGER NOT NULL DEFAULT 0, -- consecutive failures since the last success
  locked_until        TEXT,                     -- no login before this timestamp
  created_at          TEXT NOT NULL,
  password_changed_at TEXT NOT NULL,
  disabled_at         TEXT,
  CHECK ((role = 'department') = (department_id IS NOT NULL))
);

-- A session is known by the SHA-256 of its cookie value only, like tokens.
CREATE TABLE web_sessions (
  id           INTEGER PRIMARY KEY,
  session_hash TEXT NOT NULL UNIQUE,
  user_id      INTEGER NOT NULL REFERENCES users(id),
  created_at   TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  ended_at     TEXT                             -- log-out, idle timeout, password reset
);
CREATE INDEX web_sessions_by_user ON web_sessions (user_id) WHERE ended_at IS NULL;
