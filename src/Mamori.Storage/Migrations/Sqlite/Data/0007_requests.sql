-- Data-subject requests (Art. 32-39): every step with its time, no personal value (the subject by id, notes
-- in the handler's words). Purposes that contact people, and people who asked not to be contacted (Art. 35(5)).
CREATE TABLE subject_requests (
    id                  TEXT    NOT NULL PRIMARY KEY,
    subject_id          TEXT    NOT NULL,
    type                TEXT    NOT NULL,
    channel             TEXT    NOT NULL,
    received_at         INTEGER NOT NULL,
    due_at              INTEGER NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('received', 'verified', 'fulfilled', 'refused')),
    received_by         TEXT    NOT NULL,
    by_agent            INTEGER NOT NULL CHECK (by_agent IN (0, 1)),
    verification_method TEXT,
    agent_verification  TEXT,
    verified_at         INTEGER,
    verified_by         TEXT,
    fee_yen             INTEGER NOT NULL CHECK (fee_yen >= 0),
    fee_paid_at         INTEGER,
    format              TEXT,
    item_types          TEXT    NOT NULL,
    fulfilled_at        INTEGER,
    refused_at          INTEGER,
    answered_by         TEXT,
    refusal_reason      TEXT,
    note                TEXT,
    outcome             TEXT
) WITHOUT ROWID;
CREATE INDEX subject_requests_by_status ON subject_requests (status, received_at);
CREATE INDEX subject_requests_by_subject ON subject_requests (subject_id, received_at);

ALTER TABLE subjects ADD COLUMN do_not_contact_at INTEGER;
ALTER TABLE purposes ADD COLUMN direct_contact INTEGER NOT NULL DEFAULT 0 CHECK (direct_contact IN (0, 1));
