-- Third-party provision, PostgreSQL (Art. 27-31): the recipients register (versioned), people's stops of provision, the receipt (Art. 30)
-- and personal-related (Art. 31) confirmations, and the provision/receipt records with their retention deadlines. The
-- counterparties are businesses; their details are published information (Art. 27(2), 32), not data subjects' values.
-- The Art. 28 basis, opt-out filing and joint-use statement of a recipient are JSON objects.

CREATE TABLE recipients (
    id                   text COLLATE "C" NOT NULL,
    version              integer NOT NULL,
    name                 text    NOT NULL,
    address              text    NOT NULL,
    representative       text    NOT NULL,
    country              text    NOT NULL,
    basis                text COLLATE "C" NOT NULL,
    exception            text COLLATE "C",
    foreign_basis        text,
    opt_out              text,
    joint_use            text,
    contract_substitutes boolean NOT NULL,
    recorded_at          timestamptz NOT NULL,
    recorded_by          text    NOT NULL,
    PRIMARY KEY (id, version)
);

CREATE TABLE provision_stops (
    id           text COLLATE "C" NOT NULL PRIMARY KEY,
    subject_id   text COLLATE "C" NOT NULL,
    recipient_id text COLLATE "C",
    reason       text    NOT NULL,
    at           timestamptz NOT NULL,
    by_user      text    NOT NULL
);
CREATE INDEX provision_stops_by_subject ON provision_stops (subject_id);

CREATE TABLE receipt_confirmations (
    id                      text COLLATE "C" NOT NULL PRIMARY KEY,
    provider_name           text    NOT NULL,
    provider_address        text    NOT NULL,
    provider_representative text    NOT NULL,
    provider_acquisition    text    NOT NULL,
    route                   text COLLATE "C" NOT NULL,
    item_types              text    NOT NULL,
    ppc_publication         text,
    contract_substitutes    boolean NOT NULL,
    confirmed_at            timestamptz NOT NULL,
    confirmed_by            text    NOT NULL
);

CREATE TABLE personal_related_confirmations (
    id                            text COLLATE "C" NOT NULL PRIMARY KEY,
    recipient_id                  text COLLATE "C" NOT NULL,
    item_types                    text    NOT NULL,
    method                        text    NOT NULL,
    confirmed_at                  timestamptz NOT NULL,
    valid_until                   timestamptz NOT NULL,
    foreign_information_confirmed boolean NOT NULL,
    confirmed_by                  text    NOT NULL
);

-- One row per person per provision or receipt; a bulk record (record_key shared by repeated provisions of the same items to
-- the same recipient) is extended in place. Read by person for disclosure (Art. 33(5)), purged by retain_until.
CREATE TABLE provision_records (
    id                          text COLLATE "C" NOT NULL PRIMARY KEY,
    record_key                  text COLLATE "C" NOT NULL UNIQUE,
    kind                        text COLLATE "C" NOT NULL,
    subject_id                  text COLLATE "C" NOT NULL,
    counterparty_id             text COLLATE "C" NOT NULL,
    counterparty_name           text    NOT NULL,
    counterparty_address        text    NOT NULL,
    counterparty_representative text    NOT NULL,
    basis                       text COLLATE "C" NOT NULL,
    item_types                  text    NOT NULL,
    first_at                    timestamptz NOT NULL,
    last_at                     timestamptz NOT NULL,
    retain_until                timestamptz NOT NULL,
    operation_id                text COLLATE "C",
    purpose_code                text,
    consent_id                  text COLLATE "C",
    consent_confirmed           boolean NOT NULL,
    provider_acquisition        text,
    ppc_publication             text,
    country                     text    NOT NULL,
    bulk                        boolean NOT NULL,
    provision_count             integer NOT NULL
);
CREATE INDEX provision_records_by_subject ON provision_records (subject_id, first_at);
-- No index on the columns a bulk record's extension changes (last_at, retain_until…): extending 100,000 records then touches no
-- index (PostgreSQL updates them in place, HOT). The purge is a daily scan.
CREATE INDEX provision_records_by_counterparty ON provision_records (counterparty_id);
