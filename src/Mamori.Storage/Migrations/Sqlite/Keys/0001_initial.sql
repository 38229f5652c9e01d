-- Mamori key store, SQLite (keys.db, apart from mamori.db). Deleting a row here crypto-shreds the
-- subject: its data in mamori.db, and in every copy of it, can no longer be decrypted.

CREATE TABLE subject_keys (
    subject_id    TEXT NOT NULL PRIMARY KEY,
    master_key_id TEXT NOT NULL,
    blob          BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX subject_keys_by_master_key ON subject_keys (master_key_id, subject_id);

-- The access log's head (count and last hash), kept away from the log it vouches for.
CREATE TABLE log_head (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    count      INTEGER NOT NULL,
    last_hash  TEXT    NOT NULL
);
