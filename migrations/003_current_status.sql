-- pledge database, schema version 3: each pledge's latest status entry, kept by a trigger, so
-- that "where does every pledge stand now" reads one row per pledge instead of searching each
-- pledge's history. Derived data: the status history stays the only record. It answers for any
-- date on or after the latest entry of all; earlier dates still read the history.
CREATE TABLE pledge_current (
    pledge_id INTEGER PRIMARY KEY REFERENCES pledges (id),
    entry_id  INTEGER NOT NULL REFERENCES status_history (id),
    status    TEXT NOT NULL,
    as_of     TEXT NOT NULL
) STRICT;
CREATE INDEX pledge_current_status ON pledge_current (status);
CREATE INDEX pledge_current_as_of ON pledge_current (as_of);

INSERT INTO pledge_current (pledge_id, entry_id, status, as_of)
SELECT pledge_id, id, status, as_of FROM (
    SELECT pledge_id, id, status, as_of,
           row_number() OVER (PARTITION BY pledge_id ORDER BY as_of DESC, id DESC) AS n
    FROM status_history)
WHERE n = 1;

-- The history is append-only, so an insert is the only change to follow. A new entry becomes
-- current unless an entry already there is dated later.
CREATE TRIGGER status_history_current AFTER INSERT ON status_history
BEGIN
    INSERT INTO pledge_current (pledge_id, entry_id, status, as_of)
    VALUES (new.pledge_id, new.id, new.status, new.as_of)
    ON CONFLICT (pledge_id) DO UPDATE
        SET entry_id = excluded.entry_id, status = excluded.status, as_of = excluded.as_of
        WHERE excluded.as_of >= pledge_current.as_of;
END;
