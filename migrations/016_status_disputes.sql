-- pledge database: the disputed dates of status histories, kept as entries are recorded.
--
-- A dispute is two entries of one pledge on one date with different statuses. Finding them read
-- the whole history (2 s at a million pledges) for `conflicts`, `check` and the site, though
-- disputes are few. The history is append-only, so an entry can only open a dispute, never end
-- one: one trigger on insert keeps the table.

CREATE TABLE status_disputes (
    pledge_id INTEGER NOT NULL REFERENCES pledges (id),
    as_of     TEXT NOT NULL,
    PRIMARY KEY (pledge_id, as_of)
) WITHOUT ROWID;

INSERT INTO status_disputes (pledge_id, as_of)
SELECT pledge_id, as_of FROM status_history
GROUP BY pledge_id, as_of
HAVING count(DISTINCT status) > 1;

CREATE TRIGGER status_history_disputes AFTER INSERT ON status_history
WHEN EXISTS (SELECT 1 FROM status_history o
             WHERE o.pledge_id = new.pledge_id AND o.as_of = new.as_of AND o.status <> new.status)
BEGIN
    INSERT OR IGNORE INTO status_disputes (pledge_id, as_of) VALUES (new.pledge_id, new.as_of);
END;
