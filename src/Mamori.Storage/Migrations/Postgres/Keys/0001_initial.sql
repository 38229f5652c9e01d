-- Mamori key store, PostgreSQL (runs with search_path set to the key schema, apart from the data
-- schema: grant it to fewer roles and back it up on its own schedule). Deleting a row here
-- crypto-shreds the subject.

CREATE TABLE subject_keys (
    subject_id    text COLLATE "C" NOT NULL PRIMARY KEY,
    master_key_id text COLLATE "C" NOT NULL,
    blob          bytea NOT NULL
);
CREATE INDEX subject_keys_by_master_key ON subject_keys (master_key_id, subject_id);

-- The access log's head (count and last hash), kept away from the log it vouches for.
CREATE TABLE log_head (
    id        integer NOT NULL PRIMARY KEY CHECK (id = 1),
    count     bigint NOT NULL,
    last_hash text NOT NULL
);
