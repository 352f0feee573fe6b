-- pledge database, schema version 10: dates known to a month or a year, the kind of a pledge,
-- a longer formality ladder, the `scaled_back` status, and disputed status entries resolved by
-- a curator's preference.
--
-- Partial dates: `pledges.made_on` (now optional: NULL when no source dates the pledge),
-- `pledges.deadline` and `status_history.as_of` hold `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as
-- written. Their text order is their order, and a date stands for its first day when ordering
-- and filtering, so `x <= 'YYYY-MM-DD'` needs no change; a deadline is met by its last day, so it
-- has passed on day D when `deadline || '~' < D` ('~' sorts after every digit and hyphen).
--
-- Both tables are rebuilt as migration 006 did (foreign keys off, rows copied as they are even
-- when bad so that `pledge check` can name them, every index and trigger made again, those of
-- later migrations included). The views of 007 read both tables, so they are dropped first and
-- made again, reading the new columns. Each existing pledge's kind follows from its targets.

DROP VIEW pledge_status;
DROP VIEW pledge_history;

PRAGMA ignore_check_constraints = ON;

CREATE TABLE pledges_new (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('investment', 'jobs', 'purchase', 'trade_target', 'other')),
    company_id  INTEGER NOT NULL REFERENCES companies (id),
    made_by_id  INTEGER REFERENCES officials (id),
    made_to_id  INTEGER REFERENCES officials (id),
    made_on     TEXT CHECK (made_on IS NULL OR made_on IS date(made_on, '+0 days') OR (length(made_on) = 7 AND made_on || '-01' IS date(made_on || '-01', '+0 days')) OR (length(made_on) = 4 AND made_on NOT GLOB '*[^0-9]*')),
    made_at_id  INTEGER REFERENCES events (id),
    formality   TEXT NOT NULL CHECK (formality IN ('verbal', 'written_statement', 'memorandum',
                    'preliminary_terms', 'signed_agreement', 'final_award', 'contract', 'law')),
    deadline    TEXT CHECK (deadline IS NULL OR deadline IS date(deadline, '+0 days') OR (length(deadline) = 7 AND deadline || '-01' IS date(deadline || '-01', '+0 days')) OR (length(deadline) = 4 AND deadline NOT GLOB '*[^0-9]*')),
    focus       TEXT,
    note        TEXT,
    CHECK (deadline IS NULL OR made_on IS NULL OR deadline || '~' >= made_on)
) STRICT;
INSERT INTO pledges_new (id, slug, title, description, kind, company_id, made_by_id, made_to_id,
                         made_on, made_at_id, formality, deadline, focus, note)
SELECT id, slug, title, description,
       CASE
           WHEN EXISTS (SELECT 1 FROM pledge_targets t WHERE t.pledge_id = p.id AND t.metric = 'usd_investment') THEN 'investment'
           WHEN EXISTS (SELECT 1 FROM pledge_targets t WHERE t.pledge_id = p.id AND t.metric = 'jobs') THEN 'jobs'
           WHEN EXISTS (SELECT 1 FROM pledge_targets t WHERE t.pledge_id = p.id AND t.metric = 'usd_purchases') THEN 'purchase'
           WHEN EXISTS (SELECT 1 FROM pledge_targets t WHERE t.pledge_id = p.id AND t.metric = 'usd_exports') THEN 'trade_target'
           ELSE 'other'
       END,
       company_id, made_by_id, made_to_id, made_on, made_at_id, formality, deadline, focus, note
FROM pledges p;
DROP TABLE pledges;
ALTER TABLE pledges_new RENAME TO pledges;
CREATE INDEX pledges_company ON pledges (company_id, made_on);
CREATE INDEX pledges_made_by ON pledges (made_by_id);
CREATE INDEX pledges_made_to ON pledges (made_to_id);
-- A pledge no source dates (NULL) counts as made by any date and lists first: on '' (before
-- every date) the index serves "made by :on" as one range and the listing order as it is.
CREATE INDEX pledges_made_on ON pledges (coalesce(made_on, ''));
CREATE INDEX pledges_deadline ON pledges (deadline) WHERE deadline IS NOT NULL;
CREATE INDEX pledges_kind ON pledges (kind);
CREATE TRIGGER pledges_fts_insert AFTER INSERT ON pledges BEGIN
    INSERT INTO pledges_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER pledges_fts_delete AFTER DELETE ON pledges BEGIN
    INSERT INTO pledges_fts (pledges_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER pledges_fts_update AFTER UPDATE ON pledges BEGIN
    INSERT INTO pledges_fts (pledges_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
    INSERT INTO pledges_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;

-- A status entry needs at least a year.
CREATE TABLE status_history_new (
    id          INTEGER PRIMARY KEY,
    pledge_id   INTEGER NOT NULL REFERENCES pledges (id),
    as_of       TEXT NOT NULL CHECK (as_of IS date(as_of, '+0 days') OR (length(as_of) = 7 AND as_of || '-01' IS date(as_of || '-01', '+0 days')) OR (length(as_of) = 4 AND as_of NOT GLOB '*[^0-9]*')),
    status      TEXT NOT NULL CHECK (status IN ('announced', 'in_progress', 'stalled', 'scaled_back',
                                                  'partially_kept', 'kept', 'broken', 'withdrawn',
                                                  'unverifiable')),
    reason      TEXT CHECK (reason IN ('premise_changed', 'conditions_not_met', 'deprioritized',
                                         'blocked_external', 'business_change', 'superseded', 'unknown')),
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    quote       TEXT NOT NULL CHECK (quote <> ''),
    quote_start INTEGER,
    quote_end   INTEGER,
    note        TEXT,
    CHECK (status NOT IN ('broken', 'withdrawn') OR reason IS NOT NULL),
    CHECK ((quote_start IS NULL) = (quote_end IS NULL) AND (quote_start IS NULL OR quote_start < quote_end))
) STRICT;
INSERT INTO status_history_new SELECT * FROM status_history;
DROP TABLE status_history;
ALTER TABLE status_history_new RENAME TO status_history;

PRAGMA ignore_check_constraints = OFF;

CREATE INDEX status_history_pledge ON status_history (pledge_id, as_of, id);
CREATE INDEX status_history_status ON status_history (status);
CREATE INDEX status_history_source ON status_history (source_id);
CREATE TRIGGER status_history_no_update BEFORE UPDATE ON status_history
BEGIN
    SELECT RAISE(ABORT, 'status history is append-only: record a correction as a new entry');
END;
CREATE TRIGGER status_history_no_delete BEFORE DELETE ON status_history
BEGIN
    SELECT RAISE(ABORT, 'status history is append-only: entries cannot be deleted');
END;
CREATE TRIGGER status_history_no_replace BEFORE INSERT ON status_history
WHEN EXISTS (SELECT 1 FROM status_history WHERE id = new.id)
BEGIN
    SELECT RAISE(ABORT, 'status_history: a row with this id exists already; rows cannot be replaced');
END;
CREATE TRIGGER status_history_fts_insert AFTER INSERT ON status_history BEGIN
    INSERT INTO status_history_fts (rowid, quote) VALUES (new.id, new.quote);
END;

-- Disputes. Entries of one pledge with the same as_of and different statuses are a dispute: the
-- sources disagree on where the pledge stood then. A curator resolves it by preferring one of
-- the statuses, with a reason; the history itself stays as recorded. A preference is curation,
-- not a fact, so it can be changed (`pledge update --prefer`), and it is not chained.
CREATE TABLE status_preferences (
    pledge_id INTEGER NOT NULL REFERENCES pledges (id),
    as_of     TEXT NOT NULL,
    status    TEXT NOT NULL,
    reason    TEXT NOT NULL CHECK (reason <> ''),
    PRIMARY KEY (pledge_id, as_of)
) STRICT;

CREATE TRIGGER status_preferences_entry BEFORE INSERT ON status_preferences
WHEN NOT EXISTS (SELECT 1 FROM status_history h
                 WHERE h.pledge_id = new.pledge_id AND h.as_of = new.as_of AND h.status = new.status)
BEGIN
    SELECT RAISE(ABORT, 'status_preferences: no entry of this pledge has this date and status');
END;
CREATE TRIGGER status_preferences_entry_update BEFORE UPDATE ON status_preferences
WHEN NOT EXISTS (SELECT 1 FROM status_history h
                 WHERE h.pledge_id = new.pledge_id AND h.as_of = new.as_of AND h.status = new.status)
BEGIN
    SELECT RAISE(ABORT, 'status_preferences: no entry of this pledge has this date and status');
END;

-- The entries that count: every entry whose date is undisputed, and on a disputed date the
-- entries of the preferred status. An unresolved dispute counts for nothing: the pledge keeps
-- the status it had before that date until a curator prefers one side. Never "the last
-- inserted wins".
CREATE VIEW status_counting AS
SELECT h.* FROM status_history h
WHERE NOT EXISTS (SELECT 1 FROM status_history o
                  WHERE o.pledge_id = h.pledge_id AND o.as_of = h.as_of AND o.status <> h.status)
   OR EXISTS (SELECT 1 FROM status_preferences f
              WHERE f.pledge_id = h.pledge_id AND f.as_of = h.as_of AND f.status = h.status);

-- pledge_current holds each pledge's latest counting entry, or no row when none counts. It is
-- recomputed for the pledge whenever its history or preferences change.
DELETE FROM pledge_current;
INSERT INTO pledge_current (pledge_id, entry_id, status, as_of)
SELECT pledge_id, id, status, as_of FROM (
    SELECT pledge_id, id, status, as_of,
           row_number() OVER (PARTITION BY pledge_id ORDER BY as_of DESC, id DESC) AS n
    FROM status_counting)
WHERE n = 1;
DELETE FROM status_counts;
INSERT INTO status_counts (status, pledges)
SELECT status, count(*) FROM pledge_current GROUP BY status;

CREATE TRIGGER pledge_current_count_delete AFTER DELETE ON pledge_current
BEGIN
    UPDATE status_counts SET pledges = pledges - 1 WHERE status = old.status;
END;

CREATE TRIGGER status_history_current AFTER INSERT ON status_history
BEGIN
    DELETE FROM pledge_current WHERE pledge_id = new.pledge_id
        AND NOT EXISTS (SELECT 1 FROM status_counting c WHERE c.pledge_id = new.pledge_id);
    INSERT INTO pledge_current (pledge_id, entry_id, status, as_of)
    SELECT pledge_id, id, status, as_of FROM status_counting c WHERE c.pledge_id = new.pledge_id
    ORDER BY as_of DESC, id DESC LIMIT 1
    ON CONFLICT (pledge_id) DO UPDATE
        SET entry_id = excluded.entry_id, status = excluded.status, as_of = excluded.as_of;
END;
CREATE TRIGGER status_history_current_preferred_insert AFTER INSERT ON status_preferences
BEGIN
    INSERT INTO pledge_current (pledge_id, entry_id, status, as_of)
    SELECT pledge_id, id, status, as_of FROM status_counting c WHERE c.pledge_id = new.pledge_id
    ORDER BY as_of DESC, id DESC LIMIT 1
    ON CONFLICT (pledge_id) DO UPDATE
        SET entry_id = excluded.entry_id, status = excluded.status, as_of = excluded.as_of;
END;
CREATE TRIGGER status_history_current_preferred_update AFTER UPDATE ON status_preferences
BEGIN
    INSERT INTO pledge_current (pledge_id, entry_id, status, as_of)
    SELECT pledge_id, id, status, as_of FROM status_counting c WHERE c.pledge_id = new.pledge_id
    ORDER BY as_of DESC, id DESC LIMIT 1
    ON CONFLICT (pledge_id) DO UPDATE
        SET entry_id = excluded.entry_id, status = excluded.status, as_of = excluded.as_of;
END;

-- As in 007, with the kind (as `pledge list` shows it), and a deadline met by its last day.
CREATE VIEW pledge_status AS
SELECT p.slug,
       p.title,
       p.kind,
       c.name AS company,
       coalesce(mb.name, mb.slug) AS made_by,
       coalesce(mt.name, mt.slug) AS made_to,
       p.made_on,
       (SELECT group_concat(target, '; ') FROM (
            SELECT t.metric || coalesce(' ' || t.qualifier, '') || ' ' || t.amount AS target
            FROM pledge_targets t WHERE t.pledge_id = p.id ORDER BY t.metric)) AS targets,
       (SELECT group_concat(slug, '; ') FROM (
            SELECT k.slug FROM pledge_categories pc JOIN categories k ON k.id = pc.category_id
            WHERE pc.pledge_id = p.id ORDER BY k.slug)) AS categories,
       pc.status,
       pc.as_of AS status_since,
       p.deadline,
       CASE WHEN p.deadline || '~' < date('now')
                 AND coalesce(pc.status, '') NOT IN ('kept', 'partially_kept', 'broken', 'withdrawn')
            THEN 'yes' ELSE 'no' END AS overdue
FROM pledges p
JOIN companies c ON c.id = p.company_id
LEFT JOIN officials mb ON mb.id = p.made_by_id
LEFT JOIN officials mt ON mt.id = p.made_to_id
LEFT JOIN pledge_current pc ON pc.pledge_id = p.id;

-- As in 007, with whether the entry counts (0 for a side of an unresolved dispute or the side a
-- curator did not prefer).
CREATE VIEW pledge_history AS
SELECT p.slug AS pledge,
       h.as_of,
       h.status,
       h.reason,
       s.slug AS source,
       s.title AS source_title,
       h.quote,
       h.note,
       EXISTS (SELECT 1 FROM status_counting c WHERE c.id = h.id) AS counts
FROM status_history h
JOIN pledges p ON p.id = h.pledge_id
JOIN sources s ON s.id = h.source_id;
