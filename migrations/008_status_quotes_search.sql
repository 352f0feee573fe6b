-- pledge database: the quotes of the status history in full-text search, so that `search`
-- finds the words that say a pledge was kept, stalled or abandoned.
--
-- Declared as Datasette and sqlite-utils recognise it (the double-quoted `content="TABLE"`),
-- with its trigger named `_fts_` like the others, so that the seed loader sets it aside during a
-- bulk load. The history is append-only (its triggers refuse UPDATE and DELETE), so an insert
-- trigger is all the index needs.
CREATE VIRTUAL TABLE status_history_fts USING fts5 (quote, content="status_history", content_rowid="id");

CREATE TRIGGER status_history_fts_insert AFTER INSERT ON status_history BEGIN
    INSERT INTO status_history_fts (rowid, quote) VALUES (new.id, new.quote);
END;

INSERT INTO status_history_fts (status_history_fts) VALUES ('rebuild');
