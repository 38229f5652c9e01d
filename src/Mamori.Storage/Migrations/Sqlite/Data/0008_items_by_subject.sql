-- An import of a million members writes nine million items: each paid for two indexes besides the blind index
-- (id alone, and subject_id). Items are now named by (subject_id, id), one index that also finds a subject's
-- items; seq (the rowid) still gives the order they were written. Rebuilt table, same rows.

CREATE TABLE items_next (
    seq         INTEGER NOT NULL PRIMARY KEY,
    id          TEXT    NOT NULL,
    subject_id  TEXT    NOT NULL REFERENCES subjects (id),
    type        TEXT    NOT NULL,
    category    TEXT    NOT NULL,
    ciphertext  BLOB    NOT NULL,
    blind_index TEXT,
    source      TEXT    NOT NULL,
    method      TEXT    NOT NULL,
    acquired_at INTEGER NOT NULL,
    notice_id   TEXT,
    UNIQUE (subject_id, id)
);
INSERT INTO items_next (seq, id, subject_id, type, category, ciphertext, blind_index, source, method, acquired_at, notice_id)
    SELECT seq, id, subject_id, type, category, ciphertext, blind_index, source, method, acquired_at, notice_id FROM items;
DROP TABLE items;
ALTER TABLE items_next RENAME TO items;
CREATE INDEX items_by_blind_index ON items (type, blind_index, subject_id) WHERE blind_index IS NOT NULL;
