-- Breach incidents (Art. 26; Rules Art. 7-10). An incident holds no personal value: subjects by id, data by item
-- type, free texts about the incident. The incident itself is one JSON document (its fields grow with the PPC's
-- form); the columns beside it are what the register sorts and filters by.
CREATE TABLE incidents (
    id          TEXT    NOT NULL PRIMARY KEY,
    aware_at    INTEGER NOT NULL,
    status      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    document    TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX incidents_by_awareness ON incidents (aware_at, id);

-- Each incident's history, oldest first; never updated or deleted.
CREATE TABLE incident_updates (
    seq         INTEGER NOT NULL PRIMARY KEY,
    incident_id TEXT    NOT NULL REFERENCES incidents (id),
    at          INTEGER NOT NULL,
    user_id     TEXT    NOT NULL,
    note        TEXT    NOT NULL
);
CREATE INDEX incident_updates_by_incident ON incident_updates (incident_id, seq);
CREATE TRIGGER incident_updates_no_update BEFORE UPDATE ON incident_updates
BEGIN SELECT RAISE(ABORT, 'incident history is append-only'); END;
CREATE TRIGGER incident_updates_no_delete BEFORE DELETE ON incident_updates
BEGIN SELECT RAISE(ABORT, 'incident history is append-only'); END;
