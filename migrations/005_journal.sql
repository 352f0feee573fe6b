-- pledge database, schema version 5: the journal, one entry per command that changed the
-- database (or wrote it out to a seed folder). It only grows: the triggers below refuse any
-- UPDATE, any DELETE, and an INSERT onto an existing entry (REPLACE INTO and INSERT OR REPLACE
-- delete the old row without firing a DELETE trigger, so the INSERT trigger guards them).
CREATE TABLE journal (
    id      INTEGER PRIMARY KEY,
    -- UTC, as YYYY-MM-DDTHH:MM:SSZ.
    at      TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    -- `write`: data changed (add, update, import); `seed`: rebuilt from a seed folder;
    -- `export`: every table written to a seed folder; `init`: created or brought up to date.
    kind    TEXT NOT NULL CHECK (kind IN ('init', 'write', 'seed', 'export')),
    -- The command line as typed.
    command TEXT NOT NULL,
    -- What changed: per table, the slug where there is one, and the counts.
    changes TEXT NOT NULL
) STRICT;

CREATE INDEX journal_kind ON journal (kind, id);

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only: its entries cannot be changed');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only: its entries cannot be deleted');
END;

CREATE TRIGGER journal_no_replace BEFORE INSERT ON journal
WHEN EXISTS (SELECT 1 FROM journal WHERE id = new.id)
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only: its entries cannot be replaced');
END;
