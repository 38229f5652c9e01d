-- The contractor register (Art. 25) on the entrustments: processing entrusted, contract date, status, supervision
-- dates and the sub-contractor chain (a JSON array of {name, country, processing_content, approved, parent}).
-- Entrustments made before keep their rows: empty processing content, active, never assessed (so their assessment is due).
ALTER TABLE entrustments
    ADD COLUMN processing_content text NOT NULL DEFAULT '',
    ADD COLUMN contract_date timestamptz,
    ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'ended')),
    ADD COLUMN ended_at timestamptz,
    ADD COLUMN last_assessed_at timestamptz,
    ADD COLUMN last_assessment_result text,
    ADD COLUMN next_assessment_due timestamptz,
    ADD COLUMN sub_contractors text NOT NULL DEFAULT '[]';

-- Every assessment (監督・点検) of a contractor, kept as the supervision record.
CREATE TABLE contractor_assessments (
    seq            bigint GENERATED ALWAYS AS IDENTITY,
    id             text COLLATE "C" NOT NULL PRIMARY KEY,
    entrustment_id text COLLATE "C" NOT NULL REFERENCES entrustments (id),
    assessed_at    timestamptz NOT NULL,
    result         text NOT NULL CHECK (result IN ('satisfactory', 'needs_improvement', 'unsatisfactory')),
    assessor       text NOT NULL,
    notes          text NOT NULL,
    next_due       timestamptz NOT NULL
);
CREATE INDEX contractor_assessments_by_entrustment ON contractor_assessments (entrustment_id, seq);

-- The deletion log of the retention job (Art. 22): what went, under which rule, when. Never a value.
CREATE TABLE deletion_log (
    seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id         text COLLATE "C" NOT NULL,
    at             timestamptz NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('subject', 'items', 'records')),
    subject_id     text COLLATE "C",
    item_types     text NOT NULL,
    item_count     integer NOT NULL,
    rule           text NOT NULL,
    purpose_codes  text NOT NULL,
    retention_days integer,
    last_activity  timestamptz,
    actor          text NOT NULL,
    participant    text
);
CREATE INDEX deletion_log_by_subject ON deletion_log (subject_id) WHERE subject_id IS NOT NULL;
