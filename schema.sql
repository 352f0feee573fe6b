-- pledge database, schema version 16: the whole schema, as the steps in migrations/
-- leave it (001 is the first schema). `pledge init` and `pledge seed` make a new database from
-- this file in one step; an older database is brought forward by the steps it lacks.
--
-- Written by the tests, not by hand: change the schema by adding a step to migrations/ and
-- src/db/schema.rs; `cargo test` then writes what the steps build to schema.sql.new, to review
-- and move over this file.

-- Tables

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE companies (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    name      TEXT NOT NULL CHECK (name <> ''),
    country   TEXT CHECK (country IS NULL OR (length(country) = 2 AND country NOT GLOB '*[^A-Z]*')),
    sector    TEXT,
    parent_id INTEGER REFERENCES companies (id),
    note      TEXT,
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;

CREATE TABLE company_aliases (
    company_id INTEGER NOT NULL REFERENCES companies (id),
    alias      TEXT NOT NULL CHECK (alias <> ''),
    PRIMARY KEY (company_id, alias)
) STRICT;

CREATE TABLE officials (
    id   INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    name TEXT CHECK (name IS NULL OR name <> ''),
    note TEXT
) STRICT;

CREATE TABLE official_aliases (
    official_id INTEGER NOT NULL REFERENCES officials (id),
    alias       TEXT NOT NULL CHECK (alias <> ''),
    PRIMARY KEY (official_id, alias)
) STRICT;

CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    name      TEXT NOT NULL CHECK (name <> ''),
    parent_id INTEGER REFERENCES categories (id),
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;

CREATE TABLE category_aliases (
    category_id INTEGER NOT NULL REFERENCES categories (id),
    alias       TEXT NOT NULL CHECK (alias <> ''),
    PRIMARY KEY (category_id, alias)
) STRICT;

CREATE TABLE category_hs_codes (
    category_id INTEGER NOT NULL REFERENCES categories (id),
    code_from   TEXT NOT NULL CHECK (length(code_from) IN (2, 4, 6) AND code_from NOT GLOB '*[^0-9]*'),
    code_to     TEXT NOT NULL CHECK (length(code_to) = length(code_from) AND code_to NOT GLOB '*[^0-9]*'),
    PRIMARY KEY (category_id, code_from),
    CHECK (code_from <= code_to)
) STRICT;

CREATE TABLE event_participants (
    event_id    INTEGER NOT NULL REFERENCES events (id),
    official_id INTEGER REFERENCES officials (id),
    company_id  INTEGER REFERENCES companies (id),
    role        TEXT NOT NULL CHECK (role <> ''),
    CHECK ((official_id IS NULL) <> (company_id IS NULL))
) STRICT;

CREATE TABLE pledge_markets (
    pledge_id INTEGER NOT NULL REFERENCES pledges (id),
    market    TEXT NOT NULL CHECK (market <> ''),
    PRIMARY KEY (pledge_id, market)
) STRICT;

CREATE TABLE pledge_categories (
    pledge_id   INTEGER NOT NULL REFERENCES pledges (id),
    category_id INTEGER NOT NULL REFERENCES categories (id),
    PRIMARY KEY (pledge_id, category_id)
) STRICT;

CREATE TABLE pledge_events (
    pledge_id INTEGER NOT NULL REFERENCES pledges (id),
    event_id  INTEGER NOT NULL REFERENCES events (id),
    relation  TEXT NOT NULL CHECK (relation IN ('made_at', 'progress', 'setback', 'context', 'retraction')),
    PRIMARY KEY (pledge_id, event_id)
) STRICT;

CREATE TABLE evidence (
    id               INTEGER PRIMARY KEY,
    subject          TEXT NOT NULL CHECK (subject IN ('company', 'official', 'category', 'event', 'pledge')),
    key              TEXT NOT NULL CHECK (key <> ''),
    field            TEXT NOT NULL CHECK (field <> '' AND field NOT GLOB '*[^a-z0-9_]*'),
    value            TEXT,
    source_id        INTEGER NOT NULL REFERENCES sources (id),
    quote            TEXT NOT NULL CHECK (quote <> ''),
    quote_start      INTEGER,
    quote_end        INTEGER,
    speaker_id       INTEGER REFERENCES officials (id),
    preferred        INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
    preferred_reason TEXT,
    note             TEXT,
    CHECK ((quote_start IS NULL) = (quote_end IS NULL) AND (quote_start IS NULL OR quote_start < quote_end)),
    CHECK (preferred = 0 OR (preferred_reason IS NOT NULL AND preferred_reason <> ''))
) STRICT;

CREATE TABLE pledge_current (
    pledge_id INTEGER PRIMARY KEY REFERENCES pledges (id),
    entry_id  INTEGER NOT NULL REFERENCES status_history (id),
    status    TEXT NOT NULL,
    as_of     TEXT NOT NULL
) STRICT;

CREATE TABLE status_counts (
    status  TEXT PRIMARY KEY,
    pledges INTEGER NOT NULL CHECK (pledges >= 0)
) STRICT, WITHOUT ROWID;

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

CREATE TABLE "sources" (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    kind         TEXT NOT NULL CHECK (kind IN ('article', 'blog_post', 'press_release', 'interview',
                                                 'document', 'report', 'web_page')),
    title        TEXT NOT NULL CHECK (title <> ''),
    publisher    TEXT,
    url          TEXT,
    published_on TEXT CHECK (published_on IS NULL OR published_on IS date(published_on, '+0 days')),
    retrieved_on TEXT CHECK (retrieved_on IS NULL OR retrieved_on IS date(retrieved_on, '+0 days')),
    file         TEXT,
    sha256       TEXT CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
    body         TEXT,
    note         TEXT,
    CHECK ((body IS NULL) = (sha256 IS NULL)),
    CHECK (body IS NOT NULL OR url IS NOT NULL)
) STRICT;

CREATE TABLE "events" (
    id               INTEGER PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    kind             TEXT NOT NULL CHECK (kind IN ('meeting', 'announcement', 'conference',
                                                     'regulatory_listing', 'appointment',
                                                     'tariff_action', 'retraction', 'other')),
    title            TEXT NOT NULL CHECK (title <> ''),
    start_on         TEXT CHECK (start_on IS NULL OR start_on IS date(start_on, '+0 days')),
    end_on           TEXT CHECK (end_on IS NULL OR end_on IS date(end_on, '+0 days')),
    date_precision   TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    place            TEXT,
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
    note             TEXT,
    CHECK ((start_on IS NULL) = (date_precision IS NULL)),
    CHECK (end_on IS NULL OR (start_on IS NOT NULL AND start_on <= end_on))
) STRICT;

CREATE VIRTUAL TABLE sources_fts USING fts5 (title, body, content="sources", content_rowid="id");

CREATE VIRTUAL TABLE evidence_fts USING fts5 (quote, content="evidence", content_rowid="id");

CREATE VIRTUAL TABLE pledges_fts USING fts5 (title, description, content="pledges", content_rowid="id");

CREATE VIRTUAL TABLE status_history_fts USING fts5 (quote, content="status_history", content_rowid="id");

CREATE TABLE disputed_facts (
    subject TEXT NOT NULL,
    key     TEXT NOT NULL,
    field   TEXT NOT NULL,
    PRIMARY KEY (subject, key, field)
) STRICT, WITHOUT ROWID;

CREATE TABLE "status_history" (
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

CREATE TABLE status_preferences (
    pledge_id INTEGER NOT NULL REFERENCES pledges (id),
    as_of     TEXT NOT NULL,
    status    TEXT NOT NULL,
    reason    TEXT NOT NULL CHECK (reason <> ''),
    PRIMARY KEY (pledge_id, as_of)
) STRICT;

CREATE TABLE governments (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (code GLOB '[A-Z][A-Z]' OR code GLOB '[A-Z][A-Z]-[A-Z0-9]*'),
    name TEXT NOT NULL CHECK (name <> ''),
    note TEXT
) STRICT;

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

CREATE TABLE "pledges" (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('investment', 'jobs', 'purchase', 'trade_target', 'other')),
    made_on     TEXT CHECK (made_on IS NULL OR made_on IS date(made_on, '+0 days') OR (length(made_on) = 7 AND made_on || '-01' IS date(made_on || '-01', '+0 days')) OR (length(made_on) = 4 AND made_on NOT GLOB '*[^0-9]*')),
    made_at_id  INTEGER REFERENCES events (id),
    formality   TEXT NOT NULL CHECK (formality IN ('verbal', 'written_statement', 'memorandum',
                    'preliminary_terms', 'signed_agreement', 'final_award', 'contract', 'law')),
    deadline    TEXT CHECK (deadline IS NULL OR deadline IS date(deadline, '+0 days') OR (length(deadline) = 7 AND deadline || '-01' IS date(deadline || '-01', '+0 days')) OR (length(deadline) = 4 AND deadline NOT GLOB '*[^0-9]*')),
    focus       TEXT,
    note        TEXT,
    CHECK (deadline IS NULL OR made_on IS NULL OR deadline || '~' >= made_on)
) STRICT;

CREATE TABLE "official_titles" (
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

CREATE TABLE "pledge_targets" (
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

CREATE TABLE pledge_relations (
    id          INTEGER PRIMARY KEY,
    pledge_id   INTEGER NOT NULL REFERENCES pledges (id),
    relation    TEXT NOT NULL CHECK (relation IN ('part_of', 'restates', 'conditional', 'supersedes')),
    other_id    INTEGER REFERENCES pledges (id),
    condition   TEXT CHECK (condition IS NULL OR condition <> ''),
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    quote       TEXT NOT NULL CHECK (quote <> ''),
    quote_start INTEGER,
    quote_end   INTEGER,
    note        TEXT,
    CHECK (other_id IS NOT NULL OR relation = 'conditional'),
    CHECK ((condition IS NOT NULL) = (relation = 'conditional')),
    CHECK (other_id IS NULL OR other_id <> pledge_id),
    CHECK ((quote_start IS NULL) = (quote_end IS NULL) AND (quote_start IS NULL OR quote_start < quote_end))
) STRICT;

CREATE TABLE "hash_chain" (
    name    TEXT PRIMARY KEY CHECK (name <> '' AND name NOT GLOB '*[^a-z_]*'),
    last_id INTEGER NOT NULL,
    sha256  TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')
) STRICT, WITHOUT ROWID;

CREATE TABLE status_disputes (
    pledge_id INTEGER NOT NULL REFERENCES pledges (id),
    as_of     TEXT NOT NULL,
    PRIMARY KEY (pledge_id, as_of)
) WITHOUT ROWID;

-- Indexes

CREATE INDEX companies_parent ON companies (parent_id);

CREATE INDEX company_aliases_alias ON company_aliases (alias);

CREATE INDEX official_aliases_alias ON official_aliases (alias);

CREATE INDEX categories_parent ON categories (parent_id);

CREATE UNIQUE INDEX event_participants_key
    ON event_participants (event_id, coalesce(official_id, 0), coalesce(company_id, 0));

CREATE INDEX event_participants_official ON event_participants (official_id);

CREATE INDEX event_participants_company ON event_participants (company_id);

CREATE INDEX pledge_categories_category ON pledge_categories (category_id, pledge_id);

CREATE INDEX pledge_events_event ON pledge_events (event_id);

CREATE INDEX evidence_subject ON evidence (subject, key, field);

CREATE INDEX evidence_source ON evidence (source_id);

CREATE INDEX evidence_speaker ON evidence (speaker_id);

CREATE INDEX pledge_current_status ON pledge_current (status);

CREATE INDEX pledge_current_as_of ON pledge_current (as_of);

CREATE INDEX journal_kind ON journal (kind, id);

CREATE INDEX events_start ON events (start_on);

CREATE INDEX status_history_pledge ON status_history (pledge_id, as_of, id);

CREATE INDEX status_history_status ON status_history (status);

CREATE INDEX status_history_source ON status_history (source_id);

CREATE UNIQUE INDEX pledge_parties_party ON pledge_parties
    (pledge_id, role, coalesce(company_id, 0), coalesce(government_id, 0), coalesce(official_id, 0));

CREATE INDEX pledge_parties_company ON pledge_parties (company_id) WHERE company_id IS NOT NULL;

CREATE INDEX pledge_parties_government ON pledge_parties (government_id)
    WHERE government_id IS NOT NULL;

CREATE INDEX pledge_parties_official ON pledge_parties (official_id) WHERE official_id IS NOT NULL;

CREATE INDEX pledges_made_on ON pledges (coalesce(made_on, ''));

CREATE INDEX pledges_deadline ON pledges (deadline) WHERE deadline IS NOT NULL;

CREATE INDEX pledges_kind ON pledges (kind);

CREATE INDEX official_titles_company ON official_titles (company_id);

CREATE INDEX target_progress_target ON target_progress (pledge_id, metric, label, as_of, id);

CREATE INDEX target_progress_source ON target_progress (source_id);

CREATE INDEX target_revisions_target ON target_revisions (pledge_id, metric, label, as_of, id);

CREATE INDEX target_revisions_source ON target_revisions (source_id);

CREATE INDEX pledge_relations_pledge ON pledge_relations (pledge_id, relation);

CREATE INDEX pledge_relations_other ON pledge_relations (other_id, relation) WHERE other_id IS NOT NULL;

CREATE INDEX pledge_relations_source ON pledge_relations (source_id);

CREATE INDEX status_history_as_of ON status_history (as_of);

CREATE INDEX sources_file ON sources (file) WHERE file IS NOT NULL;

-- Views

CREATE VIEW status_counting AS
SELECT h.* FROM status_history h
WHERE NOT EXISTS (SELECT 1 FROM status_history o
                  WHERE o.pledge_id = h.pledge_id AND o.as_of = h.as_of AND o.status <> h.status)
   OR EXISTS (SELECT 1 FROM status_preferences f
              WHERE f.pledge_id = h.pledge_id AND f.as_of = h.as_of AND f.status = h.status);

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

-- Triggers

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

CREATE TRIGGER evidence_no_replace BEFORE INSERT ON evidence
WHEN EXISTS (SELECT 1 FROM evidence WHERE id = new.id)
BEGIN
    SELECT RAISE(ABORT, 'evidence: a row with this id exists already; rows cannot be replaced');
END;

CREATE TRIGGER evidence_no_update BEFORE UPDATE OF id, subject, key, field, value, source_id, quote,
    quote_start, quote_end ON evidence
BEGIN
    SELECT RAISE(ABORT, 'a claim cannot be rewritten: record a new claim instead');
END;

CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence
BEGIN
    SELECT RAISE(ABORT, 'claims cannot be deleted: record a new claim instead');
END;

CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
    INSERT INTO sources_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER sources_fts_update AFTER UPDATE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO sources_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
    INSERT INTO evidence_fts (rowid, quote) VALUES (new.id, new.quote);
END;

CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
END;

CREATE TRIGGER evidence_fts_update AFTER UPDATE ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
    INSERT INTO evidence_fts (rowid, quote) VALUES (new.id, new.quote);
END;

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

CREATE TRIGGER pledge_relations_no_update BEFORE UPDATE ON pledge_relations
BEGIN
    SELECT RAISE(ABORT, 'pledge relations are append-only: record a correction as a new relation');
END;

CREATE TRIGGER pledge_relations_no_delete BEFORE DELETE ON pledge_relations
BEGIN
    SELECT RAISE(ABORT, 'pledge relations are append-only: relations cannot be deleted');
END;

CREATE TRIGGER pledge_relations_no_replace BEFORE INSERT ON pledge_relations
WHEN EXISTS (SELECT 1 FROM pledge_relations WHERE id = new.id)
BEGIN
    SELECT RAISE(ABORT, 'pledge_relations: a row with this id exists already; rows cannot be replaced');
END;

CREATE TRIGGER status_history_disputes AFTER INSERT ON status_history
WHEN EXISTS (SELECT 1 FROM status_history o
             WHERE o.pledge_id = new.pledge_id AND o.as_of = new.as_of AND o.status <> new.status)
BEGIN
    INSERT OR IGNORE INTO status_disputes (pledge_id, as_of) VALUES (new.pledge_id, new.as_of);
END;
