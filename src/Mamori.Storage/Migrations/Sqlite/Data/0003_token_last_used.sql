-- When each token last signed someone in (shown by `mamori users list`); recorded at most once per
-- token-cache period, so a busy API does not write on every request.
ALTER TABLE tokens ADD COLUMN last_used_at INTEGER;
