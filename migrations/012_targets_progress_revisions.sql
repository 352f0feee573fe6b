-- pledge database: targets with a currency, a label, a range and a horizon; what was delivered
-- against them (target_progress) and how they were revised (target_revisions).
--
-- Metrics: money is one metric per meaning (investment, exports, purchases, revenue) with an
-- ISO 4217 currency in `unit`; counts (jobs, businesses, units, people_trained) have no unit
-- (''). The old `usd_X` metrics become `X` in USD. Their claims keep saying field `usd_X`: the
-- program accepts a claim on `usd_X` as evidence for a USD target of metric X without a label,
-- so every claim stays valid as it is.
--
-- A label ('' for none) tells apart targets of one metric (direct and supporting jobs); the
-- claims backing a labelled target name the field METRIC_LABEL (`jobs_direct`). A target
-- gives an amount, a range (minimum and maximum, both or neither), or both with the amount inside
-- the range. Its horizon is a date it is due `by` (a partial date, met by its last day), or a
-- number of years `over_years` from the pledge; `for_years` says how long it is to be kept.
--
-- Progress and revisions are append-only facts with their own source and quote, like the status
-- history: a revision keeps the original target as it was. Each refers to its target by pledge,
-- metric, label and unit, so a figure in another unit than its target's has nothing to refer to.

-- The pledge_status view reads pledge_targets: it is dropped for the rebuild and recreated
-- below as migration 011 made it, its targets written as `pledge list --format csv` writes them.
DROP VIEW pledge_status;

CREATE TABLE pledge_targets_new (
    pledge_id  INTEGER NOT NULL REFERENCES pledges (id),
    metric     TEXT NOT NULL CHECK (metric IN ('jobs', 'businesses', 'investment', 'exports',
                                                 'purchases', 'revenue', 'units', 'people_trained')),
    label      TEXT NOT NULL DEFAULT '' CHECK (label NOT GLOB '*[^a-z0-9_]*'),
    amount     INTEGER CHECK (amount IS NULL OR amount >= 0),
    unit       TEXT NOT NULL DEFAULT '' CHECK (unit = '' OR (length(unit) = 3 AND unit NOT GLOB '*[^A-Z]*')),
    qualifier  TEXT CHECK (qualifier IN ('more_than', 'at_least', 'up_to', 'about')),
    minimum    INTEGER CHECK (minimum IS NULL OR minimum >= 0),
    maximum    INTEGER,
    by         TEXT CHECK (by IS NULL OR by IS date(by, '+0 days') OR (length(by) = 7 AND by || '-01' IS date(by || '-01', '+0 days')) OR (length(by) = 4 AND by NOT GLOB '*[^0-9]*')),
    over_years INTEGER CHECK (over_years IS NULL OR over_years > 0),
    for_years  INTEGER CHECK (for_years IS NULL OR for_years > 0),
    PRIMARY KEY (pledge_id, metric, label),
    UNIQUE (pledge_id, metric, label, unit),
    CHECK ((metric IN ('investment', 'exports', 'purchases', 'revenue')) = (unit <> '')),
    CHECK ((minimum IS NULL) = (maximum IS NULL) AND (minimum IS NULL OR minimum <= maximum)),
    CHECK (amount IS NOT NULL OR minimum IS NOT NULL),
    CHECK (amount IS NULL OR minimum IS NULL OR amount BETWEEN minimum AND maximum),
    CHECK (by IS NULL OR over_years IS NULL)
) STRICT;
INSERT INTO pledge_targets_new (pledge_id, metric, label, amount, unit, qualifier)
SELECT pledge_id,
       CASE WHEN metric LIKE 'usd\_%' ESCAPE '\' THEN substr(metric, 5) ELSE metric END,
       '', amount,
       CASE WHEN metric LIKE 'usd\_%' ESCAPE '\' THEN 'USD' ELSE '' END,
       qualifier
FROM pledge_targets;
DROP TABLE pledge_targets;
ALTER TABLE pledge_targets_new RENAME TO pledge_targets;

CREATE VIEW pledge_status AS
SELECT p.slug,
       p.title,
       p.kind,
       (SELECT group_concat(name, '; ') FROM (
            SELECT coalesce(c.name, g.name) AS name
            FROM pledge_parties pp
            LEFT JOIN companies c ON c.id = pp.company_id
            LEFT JOIN governments g ON g.id = pp.government_id
            WHERE pp.pledge_id = p.id AND pp.role = 'pledger' ORDER BY 1)) AS company,
       (SELECT group_concat(name, '; ') FROM (
            SELECT coalesce(o.name, o.slug) AS name
            FROM pledge_parties pp JOIN officials o ON o.id = pp.official_id
            WHERE pp.pledge_id = p.id AND pp.role = 'made_by' ORDER BY 1)) AS made_by,
       (SELECT group_concat(name, '; ') FROM (
            SELECT coalesce(o.name, o.slug, g.name) AS name
            FROM pledge_parties pp
            LEFT JOIN officials o ON o.id = pp.official_id
            LEFT JOIN governments g ON g.id = pp.government_id
            WHERE pp.pledge_id = p.id AND pp.role = 'made_to' ORDER BY 1)) AS made_to,
       p.made_on,
       (SELECT group_concat(target, '; ') FROM (
            SELECT t.metric || CASE WHEN t.label <> '' THEN '_' || t.label ELSE '' END
                   || coalesce(' ' || t.qualifier, '') || ' '
                   || CASE WHEN t.amount IS NULL THEN t.minimum || '-' || t.maximum
                           WHEN t.minimum IS NULL THEN t.amount
                           ELSE t.amount || ' (' || t.minimum || '-' || t.maximum || ')' END
                   || CASE WHEN t.unit <> '' THEN ' ' || t.unit ELSE '' END
                   || coalesce(' by ' || t.by, '')
                   || coalesce(' over ' || t.over_years || iif(t.over_years = 1, ' year', ' years'), '')
                   || coalesce(' for ' || t.for_years || iif(t.for_years = 1, ' year', ' years'), '')
                   AS target
            FROM pledge_targets t WHERE t.pledge_id = p.id ORDER BY t.metric, t.label)) AS targets,
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
LEFT JOIN pledge_current pc ON pc.pledge_id = p.id;

CREATE TABLE target_progress (
    id          INTEGER PRIMARY KEY,
    pledge_id   INTEGER NOT NULL,
    metric      TEXT NOT NULL,
    label       TEXT NOT NULL,
    as_of       TEXT NOT NULL CHECK (as_of IS NULL OR as_of IS date(as_of, '+0 days') OR (length(as_of) = 7 AND as_of || '-01' IS date(as_of || '-01', '+0 days')) OR (length(as_of) = 4 AND as_of NOT GLOB '*[^0-9]*')),
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    unit        TEXT NOT NULL,
    qualifier   TEXT CHECK (qualifier IN ('more_than', 'at_least', 'up_to', 'about')),
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    quote       TEXT NOT NULL CHECK (quote <> ''),
    quote_start INTEGER,
    quote_end   INTEGER,
    note        TEXT,
    FOREIGN KEY (pledge_id, metric, label, unit)
        REFERENCES pledge_targets (pledge_id, metric, label, unit),
    CHECK ((quote_start IS NULL) = (quote_end IS NULL) AND (quote_start IS NULL OR quote_start < quote_end))
) STRICT;
CREATE INDEX target_progress_target ON target_progress (pledge_id, metric, label, as_of, id);
CREATE INDEX target_progress_source ON target_progress (source_id);

CREATE TABLE target_revisions (
    id          INTEGER PRIMARY KEY,
    pledge_id   INTEGER NOT NULL,
    metric      TEXT NOT NULL,
    label       TEXT NOT NULL,
    as_of       TEXT NOT NULL CHECK (as_of IS NULL OR as_of IS date(as_of, '+0 days') OR (length(as_of) = 7 AND as_of || '-01' IS date(as_of || '-01', '+0 days')) OR (length(as_of) = 4 AND as_of NOT GLOB '*[^0-9]*')),
    amount      INTEGER CHECK (amount IS NULL OR amount >= 0),
    unit        TEXT NOT NULL,
    qualifier   TEXT CHECK (qualifier IN ('more_than', 'at_least', 'up_to', 'about')),
    minimum     INTEGER CHECK (minimum IS NULL OR minimum >= 0),
    maximum     INTEGER,
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    quote       TEXT NOT NULL CHECK (quote <> ''),
    quote_start INTEGER,
    quote_end   INTEGER,
    note        TEXT,
    FOREIGN KEY (pledge_id, metric, label, unit)
        REFERENCES pledge_targets (pledge_id, metric, label, unit),
    CHECK ((minimum IS NULL) = (maximum IS NULL) AND (minimum IS NULL OR minimum <= maximum)),
    CHECK (amount IS NOT NULL OR minimum IS NOT NULL),
    CHECK (amount IS NULL OR minimum IS NULL OR amount BETWEEN minimum AND maximum),
    CHECK ((quote_start IS NULL) = (quote_end IS NULL) AND (quote_start IS NULL OR quote_start < quote_end))
) STRICT;
CREATE INDEX target_revisions_target ON target_revisions (pledge_id, metric, label, as_of, id);
CREATE INDEX target_revisions_source ON target_revisions (source_id);

CREATE TRIGGER target_progress_no_update BEFORE UPDATE ON target_progress
BEGIN
    SELECT RAISE(ABORT, 'target progress is append-only: record a correction as a new entry');
END;
CREATE TRIGGER target_progress_no_delete BEFORE DELETE ON target_progress
BEGIN
    SELECT RAISE(ABORT, 'target progress is append-only: entries cannot be deleted');
END;
CREATE TRIGGER target_progress_no_replace BEFORE INSERT ON target_progress
WHEN EXISTS (SELECT 1 FROM target_progress WHERE id = new.id)
BEGIN
    SELECT RAISE(ABORT, 'target_progress: a row with this id exists already; rows cannot be replaced');
END;
CREATE TRIGGER target_revisions_no_update BEFORE UPDATE ON target_revisions
BEGIN
    SELECT RAISE(ABORT, 'target revisions are append-only: record a correction as a new revision');
END;
CREATE TRIGGER target_revisions_no_delete BEFORE DELETE ON target_revisions
BEGIN
    SELECT RAISE(ABORT, 'target revisions are append-only: revisions cannot be deleted');
END;
CREATE TRIGGER target_revisions_no_replace BEFORE INSERT ON target_revisions
WHEN EXISTS (SELECT 1 FROM target_revisions WHERE id = new.id)
BEGIN
    SELECT RAISE(ABORT, 'target_revisions: a row with this id exists already; rows cannot be replaced');
END;

-- The hash chain covers the two new append-only tables too.
CREATE TABLE hash_chain_new (
    name    TEXT PRIMARY KEY CHECK (name IN ('status_history', 'evidence', 'target_progress',
                                             'target_revisions')),
    last_id INTEGER NOT NULL,
    sha256  TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')
) STRICT, WITHOUT ROWID;
INSERT INTO hash_chain_new SELECT * FROM hash_chain;
DROP TABLE hash_chain;
ALTER TABLE hash_chain_new RENAME TO hash_chain;
