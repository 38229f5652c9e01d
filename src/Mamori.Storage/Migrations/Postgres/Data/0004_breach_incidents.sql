-- Breach incidents (Art. 26; Rules Art. 7-10). An incident holds no personal value: subjects by id, data by item
-- type, free texts about the incident. The incident itself is one JSON document (its fields grow with the PPC's
-- form); the columns beside it are what the register sorts and filters by.
CREATE TABLE incidents (
    id          text COLLATE "C" NOT NULL PRIMARY KEY,
    aware_at    timestamptz NOT NULL,
    status      text NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    document    text NOT NULL
);
CREATE INDEX incidents_by_awareness ON incidents (aware_at, id);

-- Each incident's history, oldest first; never updated or deleted.
CREATE TABLE incident_updates (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id),
    at          timestamptz NOT NULL,
    user_id     text COLLATE "C" NOT NULL,
    note        text NOT NULL
);
CREATE INDEX incident_updates_by_incident ON incident_updates (incident_id, seq);
CREATE FUNCTION incident_updates_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'incident history is append-only';
END;
$$;
CREATE TRIGGER incident_updates_no_change BEFORE UPDATE OR DELETE ON incident_updates
    FOR EACH ROW EXECUTE FUNCTION incident_updates_append_only();
