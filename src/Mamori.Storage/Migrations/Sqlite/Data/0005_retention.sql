-- The contractor register (Art. 25) on the entrustments: processing entrusted, contract date, status, supervision
-- dates and the sub-contractor chain (a JSON array of {name, country, processing_content, approved, parent}).
-- Entrustments made before keep their rows: empty processing content, active, never assessed (so their assessment is due).
ALTER TABLE entrustments ADD COLUMN processing_content TEXT NOT NULL DEFAULT '';
ALTER TABLE entrustments ADD COLUMN contract_date INTEGER;
ALTER TABLE entrustments ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'ended'));
ALTER TABLE entrustments ADD COLUMN ended_at INTEGER;
ALTER TABLE entrustments ADD COLUMN last_assessed_at INTEGER;
ALTER TABLE entrustments ADD COLUMN last_assessment_result TEXT;
ALTER TABLE entrustments ADD COLUMN next_assessment_due INTEGER;
ALTER TABLE entrustments ADD COLUMN sub_contractors TEXT NOT NULL DEFAULT '[]';

-- Every assessment (監督・点検) of a contractor, kept as the supervision record.
CREATE TABLE contractor_assessments (
    seq            INTEGER NOT NULL PRIMARY KEY,
    id             TEXT    NOT NULL UNIQUE,
    entrustment_id TEXT    NOT NULL REFERENCES entrustments (id),
    assessed_at    INTEGER NOT NULL,
    result         TEXT    NOT NULL CHECK (result IN ('satisfactory', 'needs_improvement', 'unsatisfactory')),
    assessor       TEXT    NOT NULL,
    notes          TEXT    NOT NULL,
    next_due       INTEGER NOT NULL
);
CREATE INDEX contractor_assessments_by_entrustment ON contractor_assessments (entrustment_id, seq);

-- The deletion log of the retention job (Art. 22): what went, under which rule, when. Never a value.
CREATE TABLE deletion_log (
    seq            INTEGER NOT NULL PRIMARY KEY,
    run_id         TEXT    NOT NULL,
    at             INTEGER NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('subject', 'items', 'records')),
    subject_id     TEXT,
    item_types     TEXT    NOT NULL,
    item_count     INTEGER NOT NULL,
    rule           TEXT    NOT NULL,
    purpose_codes  TEXT    NOT NULL,
    retention_days INTEGER,
    last_activity  INTEGER,
    actor          TEXT    NOT NULL,
    participant    TEXT
);
CREATE INDEX deletion_log_by_subject ON deletion_log (subject_id) WHERE subject_id IS NOT NULL;
