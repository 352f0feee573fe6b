-- pledge database, schema version 4: how many pledges stand at each status now, kept by
-- triggers on pledge_current, so the status summary of a large database reads a handful of
-- rows. Derived data, like pledge_current.
CREATE TABLE status_counts (
    status  TEXT PRIMARY KEY,
    pledges INTEGER NOT NULL CHECK (pledges >= 0)
) STRICT, WITHOUT ROWID;

INSERT INTO status_counts (status, pledges)
SELECT status, count(*) FROM pledge_current GROUP BY status;

CREATE TRIGGER pledge_current_count_insert AFTER INSERT ON pledge_current
BEGIN
    INSERT INTO status_counts (status, pledges) VALUES (new.status, 1)
    ON CONFLICT (status) DO UPDATE SET pledges = pledges + 1;
END;

CREATE TRIGGER pledge_current_count_update AFTER UPDATE OF status ON pledge_current
WHEN old.status <> new.status
BEGIN
    UPDATE status_counts SET pledges = pledges - 1 WHERE status = old.status;
    INSERT INTO status_counts (status, pledges) VALUES (new.status, 1)
    ON CONFLICT (status) DO UPDATE SET pledges = pledges + 1;
END;
