-- Bulk writes (an import of a million members is nine million items) were paid twice per row: a second index
-- on items, and a foreign-key check per row (an executor started for every item, event and consent, and a row
-- lock on its subject). Now:
--  * items are keyed by (subject_id, id): one index finds a subject's items and names an item, where there
--    were two (id alone, and subject_id with seq). seq still gives the order a subject's items were written.
--  * items, events and consents name an existing subject by one check per statement, over the rows the
--    statement inserted; subjects are never deleted (erasure destroys the key and keeps the row), which a
--    trigger now enforces, so nothing can remove a subject a row names.

ALTER TABLE items DROP CONSTRAINT items_subject_id_fkey;
ALTER TABLE events DROP CONSTRAINT events_subject_id_fkey;
ALTER TABLE consents DROP CONSTRAINT consents_subject_id_fkey;

ALTER TABLE items DROP CONSTRAINT items_pkey;
DROP INDEX items_by_subject;
ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY (subject_id, id);

-- A nested loop over the statement's distinct subjects and the subjects' key: a hash join would read every subject.
CREATE FUNCTION rows_name_subjects() RETURNS trigger LANGUAGE plpgsql
SET enable_hashjoin = off SET enable_mergejoin = off AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT subject_id FROM inserted) AS n
               WHERE NOT EXISTS (SELECT 1 FROM subjects AS s WHERE s.id = n.subject_id)) THEN
        RAISE EXCEPTION 'a row inserted into % names a subject that does not exist', TG_TABLE_NAME
            USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER items_name_subjects AFTER INSERT ON items REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION rows_name_subjects();
CREATE TRIGGER events_name_subjects AFTER INSERT ON events REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION rows_name_subjects();
CREATE TRIGGER consents_name_subjects AFTER INSERT ON consents REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION rows_name_subjects();

-- A row's subject cannot change either.
CREATE FUNCTION subject_id_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the subject of a row in % cannot change', TG_TABLE_NAME
        USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME;
END $$;

CREATE TRIGGER items_subject_fixed BEFORE UPDATE OF subject_id ON items
    FOR EACH ROW WHEN (OLD.subject_id IS DISTINCT FROM NEW.subject_id) EXECUTE FUNCTION subject_id_unchanged();
CREATE TRIGGER events_subject_fixed BEFORE UPDATE OF subject_id ON events
    FOR EACH ROW WHEN (OLD.subject_id IS DISTINCT FROM NEW.subject_id) EXECUTE FUNCTION subject_id_unchanged();
CREATE TRIGGER consents_subject_fixed BEFORE UPDATE OF subject_id ON consents
    FOR EACH ROW WHEN (OLD.subject_id IS DISTINCT FROM NEW.subject_id) EXECUTE FUNCTION subject_id_unchanged();

CREATE FUNCTION subjects_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'subjects are never deleted: erase the subject instead (its key is destroyed, its row stays)'
        USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER subjects_no_delete BEFORE DELETE ON subjects FOR EACH STATEMENT EXECUTE FUNCTION subjects_never_deleted();
CREATE TRIGGER subjects_no_truncate BEFORE TRUNCATE ON subjects FOR EACH STATEMENT EXECUTE FUNCTION subjects_never_deleted();
