-- pledge database: the facts on which sources give more than one value, kept by a trigger on
-- `evidence`, so that `conflicts` reads the disputed facts in order instead of grouping every
-- claim, and a limited listing stops after its first rows. Derived data, like pledge_current.
-- Claims are append-only, so a fact once disputed stays disputed. Fields that hold several
-- values by nature (aliases, categories, linked events, markets, participants, statements,
-- titles) are never disputes.
CREATE TABLE disputed_facts (
    subject TEXT NOT NULL,
    key     TEXT NOT NULL,
    field   TEXT NOT NULL,
    PRIMARY KEY (subject, key, field)
) STRICT, WITHOUT ROWID;

INSERT INTO disputed_facts (subject, key, field)
SELECT subject, key, field FROM evidence
WHERE field NOT IN ('alias', 'category', 'event', 'market', 'participant', 'statement', 'title')
GROUP BY subject, key, field
HAVING count(DISTINCT value) > 1;

CREATE TRIGGER evidence_disputed AFTER INSERT ON evidence
WHEN new.value IS NOT NULL
 AND new.field NOT IN ('alias', 'category', 'event', 'market', 'participant', 'statement', 'title')
BEGIN
    INSERT OR IGNORE INTO disputed_facts (subject, key, field)
    SELECT new.subject, new.key, new.field
    WHERE EXISTS (SELECT 1 FROM evidence o
                  WHERE o.subject = new.subject AND o.key = new.key AND o.field = new.field
                    AND o.value <> new.value);
END;
