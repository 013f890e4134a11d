-- Withdrawals say what they are, and the leak guard holds records, not
-- notices (issue 8 §6, §8).
--
-- revocation_kind: for a decision with status 'revoked', whether the
-- decision itself was revoked, changed or held void (撤销, 'revoke') or the
-- data was entered in error and is withdrawn (撤回, 'withdraw'). NULL for
-- decisions revoked before this column existed, which read as 撤销.
ALTER TABLE decisions ADD COLUMN revocation_kind TEXT
  CHECK (revocation_kind IN ('revoke', 'withdraw'));

-- held_at: when the leak guard last held this decision out of a notice
-- because one of its own personal values stood in clear; NULL when never
-- held. A held decision still unpublished is tried again at every cycle in
-- a supplementary notice (补充公示) of its own and goes out once corrected.
ALTER TABLE decisions ADD COLUMN held_at TEXT;
