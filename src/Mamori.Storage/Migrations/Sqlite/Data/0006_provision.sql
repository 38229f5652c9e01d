-- Third-party provision (Art. 27-31): the recipients register (versioned), people's stops of provision, the receipt (Art. 30)
-- and personal-related (Art. 31) confirmations, and the provision/receipt records with their retention deadlines. The
-- counterparties are businesses; their details are published information (Art. 27(2), 32), not data subjects' values.
-- The Art. 28 basis, opt-out filing and joint-use statement of a recipient are JSON objects.

CREATE TABLE recipients (
    id                   TEXT    NOT NULL,
    version              INTEGER NOT NULL,
    name                 TEXT    NOT NULL,
    address              TEXT    NOT NULL,
    representative       TEXT    NOT NULL,
    country              TEXT    NOT NULL,
    basis                TEXT    NOT NULL,
    exception            TEXT,
    foreign_basis        TEXT,
    opt_out              TEXT,
    joint_use            TEXT,
    contract_substitutes INTEGER NOT NULL CHECK (contract_substitutes IN (0, 1)),
    recorded_at          INTEGER NOT NULL,
    recorded_by          TEXT    NOT NULL,
    PRIMARY KEY (id, version)
) WITHOUT ROWID;

CREATE TABLE provision_stops (
    id           TEXT    NOT NULL PRIMARY KEY,
    subject_id   TEXT    NOT NULL,
    recipient_id TEXT,
    reason       TEXT    NOT NULL,
    at           INTEGER NOT NULL,
    by_user      TEXT    NOT NULL
);
CREATE INDEX provision_stops_by_subject ON provision_stops (subject_id);

CREATE TABLE receipt_confirmations (
    id                      TEXT    NOT NULL PRIMARY KEY,
    provider_name           TEXT    NOT NULL,
    provider_address        TEXT    NOT NULL,
    provider_representative TEXT    NOT NULL,
    provider_acquisition    TEXT    NOT NULL,
    route                   TEXT    NOT NULL,
    item_types              TEXT    NOT NULL,
    ppc_publication         TEXT,
    contract_substitutes    INTEGER NOT NULL CHECK (contract_substitutes IN (0, 1)),
    confirmed_at            INTEGER NOT NULL,
    confirmed_by            TEXT    NOT NULL
);

CREATE TABLE personal_related_confirmations (
    id                            TEXT    NOT NULL PRIMARY KEY,
    recipient_id                  TEXT    NOT NULL,
    item_types                    TEXT    NOT NULL,
    method                        TEXT    NOT NULL,
    confirmed_at                  INTEGER NOT NULL,
    valid_until                   INTEGER NOT NULL,
    foreign_information_confirmed INTEGER NOT NULL CHECK (foreign_information_confirmed IN (0, 1)),
    confirmed_by                  TEXT    NOT NULL
);

-- One row per person per provision or receipt; a bulk record (record_key shared by repeated provisions of the same items to
-- the same recipient) is extended in place. Read by person for disclosure (Art. 33(5)), purged by retain_until.
CREATE TABLE provision_records (
    id                          TEXT    NOT NULL PRIMARY KEY,
    record_key                  TEXT    NOT NULL UNIQUE,
    kind                        TEXT    NOT NULL,
    subject_id                  TEXT    NOT NULL,
    counterparty_id             TEXT    NOT NULL,
    counterparty_name           TEXT    NOT NULL,
    counterparty_address        TEXT    NOT NULL,
    counterparty_representative TEXT    NOT NULL,
    basis                       TEXT    NOT NULL,
    item_types                  TEXT    NOT NULL,
    first_at                    INTEGER NOT NULL,
    last_at                     INTEGER NOT NULL,
    retain_until                INTEGER NOT NULL,
    operation_id                TEXT,
    purpose_code                TEXT,
    consent_id                  TEXT,
    consent_confirmed           INTEGER NOT NULL CHECK (consent_confirmed IN (0, 1)),
    provider_acquisition        TEXT,
    ppc_publication             TEXT,
    country                     TEXT    NOT NULL,
    bulk                        INTEGER NOT NULL CHECK (bulk IN (0, 1)),
    provision_count             INTEGER NOT NULL
);
CREATE INDEX provision_records_by_subject ON provision_records (subject_id, first_at);
-- No index on the columns a bulk record's extension changes (last_at, retain_until…): extending 100,000 records then touches no
-- index (PostgreSQL updates them in place, HOT). The purge is a daily scan.
CREATE INDEX provision_records_by_counterparty ON provision_records (counterparty_id);
