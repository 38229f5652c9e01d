-- Mamori data store, PostgreSQL (runs with search_path set to the data schema). Times are
-- timestamptz (microseconds); lists are JSON text arrays. Text keys use the "C" collation: byte order,
-- the same order SQLite gives, and cheaper index comparisons. Personal values exist here only as
-- AES-256-GCM ciphertext; their keys live in the key schema.

CREATE TABLE subjects (
    id          text COLLATE "C" NOT NULL PRIMARY KEY,
    created_at  timestamptz NOT NULL,
    status      text NOT NULL CHECK (status IN ('active', 'suspended', 'erased')),
    erased_at   timestamptz,
    import_id   text COLLATE "C"
);
CREATE INDEX subjects_by_creation ON subjects (created_at, id);
CREATE INDEX subjects_by_import ON subjects (import_id) WHERE import_id IS NOT NULL;

-- seq keeps insertion order (a subject's items come back in the order they were written).
CREATE TABLE items (
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    id          text COLLATE "C" NOT NULL PRIMARY KEY,
    subject_id  text COLLATE "C" NOT NULL REFERENCES subjects (id),
    type        text COLLATE "C" NOT NULL,
    category    text NOT NULL,
    ciphertext  bytea NOT NULL,
    blind_index text COLLATE "C",
    source      text NOT NULL,
    method      text NOT NULL,
    acquired_at timestamptz NOT NULL,
    notice_id   text COLLATE "C"
);
CREATE INDEX items_by_subject ON items (subject_id, seq);
CREATE INDEX items_by_blind_index ON items (type, blind_index) INCLUDE (subject_id) WHERE blind_index IS NOT NULL;

CREATE TABLE events (
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    id          text COLLATE "C" NOT NULL PRIMARY KEY,
    subject_id  text COLLATE "C" NOT NULL REFERENCES subjects (id),
    kind        text COLLATE "C" NOT NULL,
    occurred_at timestamptz NOT NULL,
    ciphertext  bytea NOT NULL
);
CREATE INDEX events_by_subject ON events (subject_id, occurred_at);

CREATE TABLE purposes (
    code             text COLLATE "C" NOT NULL,
    version          integer NOT NULL,
    effective_from   timestamptz NOT NULL,
    title            text NOT NULL,
    published_text   text NOT NULL,
    item_types       text NOT NULL,
    retention_days   integer NOT NULL,
    requires_consent boolean NOT NULL,
    PRIMARY KEY (code, version)
);

CREATE TABLE notices (
    id               text COLLATE "C" NOT NULL PRIMARY KEY,
    collection_point text NOT NULL,
    version          text NOT NULL,
    text             text NOT NULL,
    published_at     timestamptz NOT NULL,
    purpose_codes    text NOT NULL
);

-- Never updated or deleted by Mamori: a withdrawal is a new row. They outlive an erasure as proof.
CREATE TABLE consents (
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    id           text COLLATE "C" NOT NULL PRIMARY KEY,
    subject_id   text COLLATE "C" NOT NULL REFERENCES subjects (id),
    purpose_code text COLLATE "C" NOT NULL,
    given        boolean NOT NULL,
    at           timestamptz NOT NULL,
    channel      text NOT NULL,
    notice_id    text COLLATE "C",
    evidence     text,
    recipient_id text COLLATE "C"
);
CREATE INDEX consents_by_subject ON consents (subject_id, at);

CREATE TABLE entrustments (
    id            text COLLATE "C" NOT NULL PRIMARY KEY,
    contractor    text NOT NULL,
    item_types    text NOT NULL,
    purpose_codes text NOT NULL,
    valid_until   timestamptz NOT NULL,
    country       text NOT NULL
);

CREATE TABLE users (
    id             text COLLATE "C" NOT NULL PRIMARY KEY,
    name           text COLLATE "C" NOT NULL UNIQUE,
    role           text NOT NULL,
    created_at     timestamptz NOT NULL,
    entrustment_id text COLLATE "C" REFERENCES entrustments (id),
    disabled       boolean NOT NULL
);

CREATE TABLE tokens (
    id         text COLLATE "C" NOT NULL PRIMARY KEY,
    user_id    text COLLATE "C" NOT NULL REFERENCES users (id),
    hash       text COLLATE "C" NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX tokens_by_user ON tokens (user_id);

-- The access log. at_tick holds the 100-ns digit below at's microseconds: the entry's hash covers
-- its time to the tick, so the time must come back exactly.
CREATE TABLE access_log (
    seq        bigint NOT NULL PRIMARY KEY CHECK (seq > 0),
    at         timestamptz NOT NULL,
    at_tick    smallint NOT NULL CHECK (at_tick BETWEEN 0 AND 9),
    user_id    text COLLATE "C",
    role       text,
    action     text NOT NULL,
    subject_id text COLLATE "C",
    item_types text NOT NULL,
    purpose    text,
    allowed    boolean NOT NULL,
    detail     text,
    prev_hash  text NOT NULL,
    hash       text NOT NULL
);
CREATE INDEX access_log_by_subject ON access_log (subject_id) WHERE subject_id IS NOT NULL;

-- Append-only: the database itself refuses to change, remove or truncate entries.
CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only: entries cannot be changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER access_log_no_change BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();

CREATE TABLE exports (
    id            text COLLATE "C" NOT NULL PRIMARY KEY,
    requested_by  text COLLATE "C" NOT NULL,
    purpose       text NOT NULL,
    subject_count integer NOT NULL,
    item_types    text NOT NULL,
    requested_at  timestamptz NOT NULL,
    status        text NOT NULL,
    decided_by    text COLLATE "C",
    decided_at    timestamptz,
    trace_mark    text COLLATE "C"
);
CREATE UNIQUE INDEX exports_by_trace_mark ON exports (trace_mark) WHERE trace_mark IS NOT NULL;

CREATE TABLE settings (
    key   text COLLATE "C" NOT NULL PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE imports (
    id             text COLLATE "C" NOT NULL PRIMARY KEY,
    rows_committed bigint NOT NULL,
    completed      boolean NOT NULL
);
