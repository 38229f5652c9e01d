-- Mamori data store, SQLite. Times are INTEGER microseconds since 1970-01-01 UTC (the precision
-- PostgreSQL keeps, so both providers return the same values); lists are JSON text arrays.
-- Personal values exist here only as AES-256-GCM ciphertext; their keys live in keys.db.

CREATE TABLE subjects (
    id          TEXT    NOT NULL PRIMARY KEY,
    created_at  INTEGER NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('active', 'suspended', 'erased')),
    erased_at   INTEGER,
    import_id   TEXT
) WITHOUT ROWID;
CREATE INDEX subjects_by_creation ON subjects (created_at, id);
CREATE INDEX subjects_by_import ON subjects (import_id) WHERE import_id IS NOT NULL;

-- seq keeps insertion order (a subject's items come back in the order they were written).
CREATE TABLE items (
    seq         INTEGER NOT NULL PRIMARY KEY,
    id          TEXT    NOT NULL UNIQUE,
    subject_id  TEXT    NOT NULL REFERENCES subjects (id),
    type        TEXT    NOT NULL,
    category    TEXT    NOT NULL,
    ciphertext  BLOB    NOT NULL,
    blind_index TEXT,
    source      TEXT    NOT NULL,
    method      TEXT    NOT NULL,
    acquired_at INTEGER NOT NULL,
    notice_id   TEXT
);
CREATE INDEX items_by_subject ON items (subject_id);
CREATE INDEX items_by_blind_index ON items (type, blind_index, subject_id) WHERE blind_index IS NOT NULL;

CREATE TABLE events (
    seq         INTEGER NOT NULL PRIMARY KEY,
    id          TEXT    NOT NULL UNIQUE,
    subject_id  TEXT    NOT NULL REFERENCES subjects (id),
    kind        TEXT    NOT NULL,
    occurred_at INTEGER NOT NULL,
    ciphertext  BLOB    NOT NULL
);
CREATE INDEX events_by_subject ON events (subject_id, occurred_at);

CREATE TABLE purposes (
    code             TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    effective_from   INTEGER NOT NULL,
    title            TEXT    NOT NULL,
    published_text   TEXT    NOT NULL,
    item_types       TEXT    NOT NULL,
    retention_days   INTEGER NOT NULL,
    requires_consent INTEGER NOT NULL CHECK (requires_consent IN (0, 1)),
    PRIMARY KEY (code, version)
) WITHOUT ROWID;

CREATE TABLE notices (
    id               TEXT    NOT NULL PRIMARY KEY,
    collection_point TEXT    NOT NULL,
    version          TEXT    NOT NULL,
    text             TEXT    NOT NULL,
    published_at     INTEGER NOT NULL,
    purpose_codes    TEXT    NOT NULL
);

-- Never updated or deleted by Mamori: a withdrawal is a new row. They outlive an erasure as proof.
CREATE TABLE consents (
    seq          INTEGER NOT NULL PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    subject_id   TEXT    NOT NULL REFERENCES subjects (id),
    purpose_code TEXT    NOT NULL,
    given        INTEGER NOT NULL CHECK (given IN (0, 1)),
    at           INTEGER NOT NULL,
    channel      TEXT    NOT NULL,
    notice_id    TEXT,
    evidence     TEXT,
    recipient_id TEXT
);
CREATE INDEX consents_by_subject ON consents (subject_id, at);

CREATE TABLE entrustments (
    id            TEXT    NOT NULL PRIMARY KEY,
    contractor    TEXT    NOT NULL,
    item_types    TEXT    NOT NULL,
    purpose_codes TEXT    NOT NULL,
    valid_until   INTEGER NOT NULL,
    country       TEXT    NOT NULL
);

CREATE TABLE users (
    id             TEXT    NOT NULL PRIMARY KEY,
    name           TEXT    NOT NULL UNIQUE,
    role           TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    entrustment_id TEXT    REFERENCES entrustments (id),
    disabled       INTEGER NOT NULL CHECK (disabled IN (0, 1))
);

CREATE TABLE tokens (
    id         TEXT    NOT NULL PRIMARY KEY,
    user_id    TEXT    NOT NULL REFERENCES users (id),
    hash       TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX tokens_by_user ON tokens (user_id);

-- The access log. at_tick holds the 100-ns digit below at's microseconds: the entry's hash covers
-- its time to the tick, so the time must come back exactly.
CREATE TABLE access_log (
    seq        INTEGER NOT NULL PRIMARY KEY CHECK (seq > 0),
    at         INTEGER NOT NULL,
    at_tick    INTEGER NOT NULL CHECK (at_tick BETWEEN 0 AND 9),
    user_id    TEXT,
    role       TEXT,
    action     TEXT    NOT NULL,
    subject_id TEXT,
    item_types TEXT    NOT NULL,
    purpose    TEXT,
    allowed    INTEGER NOT NULL CHECK (allowed IN (0, 1)),
    detail     TEXT,
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL
);
CREATE INDEX access_log_by_subject ON access_log (subject_id) WHERE subject_id IS NOT NULL;

-- Append-only: the database itself refuses to change or remove an entry.
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only: entries cannot be changed');
END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only: entries cannot be deleted');
END;

CREATE TABLE exports (
    id            TEXT    NOT NULL PRIMARY KEY,
    requested_by  TEXT    NOT NULL,
    purpose       TEXT    NOT NULL,
    subject_count INTEGER NOT NULL,
    item_types    TEXT    NOT NULL,
    requested_at  INTEGER NOT NULL,
    status        TEXT    NOT NULL,
    decided_by    TEXT,
    decided_at    INTEGER,
    trace_mark    TEXT
);
CREATE UNIQUE INDEX exports_by_trace_mark ON exports (trace_mark) WHERE trace_mark IS NOT NULL;

CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE imports (
    id             TEXT    NOT NULL PRIMARY KEY,
    rows_committed INTEGER NOT NULL,
    completed      INTEGER NOT NULL CHECK (completed IN (0, 1))
) WITHOUT ROWID;
