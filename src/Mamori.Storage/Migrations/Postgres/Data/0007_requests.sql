-- Data-subject requests (Art. 32-39): every step with its time, no personal value (the subject by id, notes
-- in the handler's words). Purposes that contact people, and people who asked not to be contacted (Art. 35(5)).
CREATE TABLE subject_requests (
    id                  text COLLATE "C" NOT NULL PRIMARY KEY,
    subject_id          text COLLATE "C" NOT NULL,
    type                text NOT NULL,
    channel             text NOT NULL,
    received_at         timestamptz NOT NULL,
    due_at              timestamptz NOT NULL,
    status              text NOT NULL CHECK (status IN ('received', 'verified', 'fulfilled', 'refused')),
    received_by         text NOT NULL,
    by_agent            boolean NOT NULL,
    verification_method text,
    agent_verification  text,
    verified_at         timestamptz,
    verified_by         text,
    fee_yen             integer NOT NULL CHECK (fee_yen >= 0),
    fee_paid_at         timestamptz,
    format              text,
    item_types          text NOT NULL,
    fulfilled_at        timestamptz,
    refused_at          timestamptz,
    answered_by         text,
    refusal_reason      text,
    note                text,
    outcome             text
);
CREATE INDEX subject_requests_by_status ON subject_requests (status, received_at);
CREATE INDEX subject_requests_by_subject ON subject_requests (subject_id, received_at);

ALTER TABLE subjects ADD COLUMN do_not_contact_at timestamptz;
ALTER TABLE purposes ADD COLUMN direct_contact boolean NOT NULL DEFAULT false;
