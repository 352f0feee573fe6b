-- pledge database, schema version 11: the parties of a pledge. A pledge is made by one or more
-- pledgers (each a company or a government), through one or more people, to one or more
-- recipients (people and/or governments). The single company, made_by and made_to of a pledge
-- move to `pledge_parties`, one row per party; governments are ISO 3166-1 alpha-2 countries
-- (`US`) or ISO 3166-2 subdivisions (`US-IN`), checked against the ISO lists by the program.
--
-- People keep their table's name, `officials`: it holds every person a source names or quotes
-- (officials, executives, union presidents, analysts, workers), and every query, view and
-- export written against it keeps working. A title may now be held in a subdivision (`US-IN`).
--
-- A party is backed by a claim on the pledge with field `company` or `government` (a pledger,
-- by its kind), `made_by` or `made_to`, whose value is the party's slug or code; these fields
-- hold several values by nature, so two of them are no longer a dispute. Existing claims stay
-- as they are: `made_by` and `made_to` claims already name the person by slug.
--
-- Tables are rebuilt as migration 006 does: foreign keys off (`migrate` sees to it), rows copied
-- as they are, indexes, triggers and views recreated.

PRAGMA ignore_check_constraints = ON;

CREATE TABLE governments (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (code GLOB '[A-Z][A-Z]' OR code GLOB '[A-Z][A-Z]-[A-Z0-9]*'),
    name TEXT NOT NULL CHECK (name <> ''),
    note TEXT
) STRICT;

-- Exactly one party a row: a pledger is a company or a government, made_by is a person, made_to
-- is a person or a government.
CREATE TABLE pledge_parties (
    pledge_id     INTEGER NOT NULL REFERENCES pledges (id),
    role          TEXT NOT NULL CHECK (role IN ('pledger', 'made_by', 'made_to')),
    company_id    INTEGER REFERENCES companies (id),
    government_id INTEGER REFERENCES governments (id),
    official_id   INTEGER REFERENCES officials (id),
    CHECK ((company_id IS NOT NULL) + (government_id IS NOT NULL) + (official_id IS NOT NULL) = 1),
    CHECK (role <> 'pledger' OR official_id IS NULL),
    CHECK (role <> 'made_by' OR official_id IS NOT NULL),
    CHECK (role <> 'made_to' OR company_id IS NULL)
) STRICT;
CREATE UNIQUE INDEX pledge_parties_party ON pledge_parties
    (pledge_id, role, coalesce(company_id, 0), coalesce(government_id, 0), coalesce(official_id, 0));
CREATE INDEX pledge_parties_company ON pledge_parties (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX pledge_parties_government ON pledge_parties (government_id)
    WHERE government_id IS NOT NULL;
CREATE INDEX pledge_parties_official ON pledge_parties (official_id) WHERE official_id IS NOT NULL;

INSERT INTO pledge_parties (pledge_id, role, company_id)
SELECT id, 'pledger', company_id FROM pledges;
INSERT INTO pledge_parties (pledge_id, role, official_id)
SELECT id, 'made_by', made_by_id FROM pledges WHERE made_by_id IS NOT NULL;
INSERT INTO pledge_parties (pledge_id, role, official_id)
SELECT id, 'made_to', made_to_id FROM pledges WHERE made_to_id IS NOT NULL;

-- ---- BEGIN rebuild of pledges: without company_id, made_by_id and made_to_id ----
DROP VIEW pledge_status;
DROP VIEW pledge_history;
CREATE TABLE pledges_new (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT,
    made_on     TEXT NOT NULL CHECK (made_on IS date(made_on, '+0 days')),
    made_at_id  INTEGER REFERENCES events (id),
    formality   TEXT NOT NULL CHECK (formality IN ('verbal', 'written_statement', 'signed_agreement',
                                                      'contract', 'law')),
    deadline    TEXT CHECK (deadline IS NULL OR deadline IS date(deadline, '+0 days')),
    focus       TEXT,
    note        TEXT,
    CHECK (deadline IS NULL OR deadline >= made_on)
) STRICT;
INSERT INTO pledges_new (id, slug, title, description, made_on, made_at_id, formality, deadline,
                         focus, note)
SELECT id, slug, title, description, made_on, made_at_id, formality, deadline, focus, note
FROM pledges;
DROP TABLE pledges;
ALTER TABLE pledges_new RENAME TO pledges;
CREATE INDEX pledges_made_on ON pledges (made_on);
CREATE INDEX pledges_deadline ON pledges (deadline) WHERE deadline IS NOT NULL;
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
-- ---- END rebuild of pledges ----

-- One row per pledge, as `pledge list` shows it (see migration 007): each role's parties by
-- name, joined with '; ' in name order (`company` holds every pledger, companies and
-- governments).
CREATE VIEW pledge_status AS
SELECT p.slug,
       p.title,
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
            SELECT t.metric || coalesce(' ' || t.qualifier, '') || ' ' || t.amount AS target
            FROM pledge_targets t WHERE t.pledge_id = p.id ORDER BY t.metric)) AS targets,
       (SELECT group_concat(slug, '; ') FROM (
            SELECT k.slug FROM pledge_categories pc JOIN categories k ON k.id = pc.category_id
            WHERE pc.pledge_id = p.id ORDER BY k.slug)) AS categories,
       pc.status,
       pc.as_of AS status_since,
       p.deadline,
       CASE WHEN p.deadline < date('now')
                 AND coalesce(pc.status, '') NOT IN ('kept', 'partially_kept', 'broken', 'withdrawn')
            THEN 'yes' ELSE 'no' END AS overdue
FROM pledges p
LEFT JOIN pledge_current pc ON pc.pledge_id = p.id;

-- Every status entry, as migration 007 has it.
CREATE VIEW pledge_history AS
SELECT p.slug AS pledge,
       h.as_of,
       h.status,
       h.reason,
       s.slug AS source,
       s.title AS source_title,
       h.quote,
       h.note
FROM status_history h
JOIN pledges p ON p.id = h.pledge_id
JOIN sources s ON s.id = h.source_id;

-- Titles may be held in a subdivision (`US-IN`) as well as a country.
CREATE TABLE official_titles_new (
    id           INTEGER PRIMARY KEY,
    official_id  INTEGER NOT NULL REFERENCES officials (id),
    title        TEXT NOT NULL CHECK (title <> ''),
    company_id   INTEGER REFERENCES companies (id),
    government   TEXT CHECK (government IS NULL OR government GLOB '[A-Z][A-Z]'
                             OR government GLOB '[A-Z][A-Z]-[A-Z0-9]*'),
    organization TEXT CHECK (organization IS NULL OR organization <> ''),
    valid_from   TEXT CHECK (valid_from IS NULL OR valid_from IS date(valid_from, '+0 days')),
    valid_to     TEXT CHECK (valid_to IS NULL OR valid_to IS date(valid_to, '+0 days')),
    UNIQUE (official_id, title),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
) STRICT;
INSERT INTO official_titles_new SELECT * FROM official_titles;
DROP TABLE official_titles;
ALTER TABLE official_titles_new RENAME TO official_titles;
CREATE INDEX official_titles_company ON official_titles (company_id);

PRAGMA ignore_check_constraints = OFF;

-- Parties are several by nature: claims on them are not disputes (see migration 009).
DROP TRIGGER evidence_disputed;
DELETE FROM disputed_facts WHERE field IN ('company', 'government', 'made_by', 'made_to');
CREATE TRIGGER evidence_disputed AFTER INSERT ON evidence
WHEN new.value IS NOT NULL
 AND new.field NOT IN ('alias', 'category', 'company', 'event', 'government', 'made_by',
                       'made_to', 'market', 'participant', 'statement', 'title')
BEGIN
    INSERT OR IGNORE INTO disputed_facts (subject, key, field)
    SELECT new.subject, new.key, new.field
    WHERE EXISTS (SELECT 1 FROM evidence o
                  WHERE o.subject = new.subject AND o.key = new.key AND o.field = new.field
                    AND o.value <> new.value);
END;
