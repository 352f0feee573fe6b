-- pledge database, schema version 1.
--
-- Every table is STRICT. Natural keys are slugs (lowercase letters, digits and hyphens); numeric
-- ids are internal and never appear in seed files. Dates are ISO 8601 text checked with
-- date(), which rejects impossible days such as 2017-02-30. Enums are TEXT with CHECK lists that
-- mirror src/model.rs.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Articles and documents. `body` holds the full text when we have it (then `sha256` is its hash
-- and `file` the seed file it came from); a URL-only source has neither.
CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    kind         TEXT NOT NULL CHECK (kind IN ('article', 'blog_post', 'press_release', 'interview',
                                                 'document', 'report', 'web_page')),
    title        TEXT NOT NULL CHECK (title <> ''),
    publisher    TEXT,
    url          TEXT,
    published_on TEXT CHECK (published_on IS NULL OR published_on = date(published_on)),
    retrieved_on TEXT CHECK (retrieved_on IS NULL OR retrieved_on = date(retrieved_on)),
    file         TEXT,
    sha256       TEXT CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
    body         TEXT,
    note         TEXT,
    CHECK ((body IS NULL) = (sha256 IS NULL)),
    CHECK (body IS NOT NULL OR url IS NOT NULL)
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
CREATE INDEX companies_parent ON companies (parent_id);

CREATE TABLE company_aliases (
    company_id INTEGER NOT NULL REFERENCES companies (id),
    alias      TEXT NOT NULL CHECK (alias <> ''),
    PRIMARY KEY (company_id, alias)
) STRICT;
CREATE INDEX company_aliases_alias ON company_aliases (alias);

-- People who act for a company or a government, or who are quoted. `name` is NULL when the
-- source does not name the person: the record says so instead of guessing.
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
CREATE INDEX official_aliases_alias ON official_aliases (alias);

-- A title held for a company (company_id), a government (government: ISO 3166 alpha-2) or
-- another organization (organization), over an optional date range.
CREATE TABLE official_titles (
    id           INTEGER PRIMARY KEY,
    official_id  INTEGER NOT NULL REFERENCES officials (id),
    title        TEXT NOT NULL CHECK (title <> ''),
    company_id   INTEGER REFERENCES companies (id),
    government   TEXT CHECK (government IS NULL OR (length(government) = 2 AND government NOT GLOB '*[^A-Z]*')),
    organization TEXT CHECK (organization IS NULL OR organization <> ''),
    valid_from   TEXT CHECK (valid_from IS NULL OR valid_from = date(valid_from)),
    valid_to     TEXT CHECK (valid_to IS NULL OR valid_to = date(valid_to)),
    UNIQUE (official_id, title),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
) STRICT;
CREATE INDEX official_titles_company ON official_titles (company_id);

-- Product categories: a hierarchy with keyword aliases and Harmonized System code ranges.
CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    name      TEXT NOT NULL CHECK (name <> ''),
    parent_id INTEGER REFERENCES categories (id),
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX categories_parent ON categories (parent_id);

CREATE TABLE category_aliases (
    category_id INTEGER NOT NULL REFERENCES categories (id),
    alias       TEXT NOT NULL CHECK (alias <> ''),
    PRIMARY KEY (category_id, alias)
) STRICT;

-- An HS range: chapters (2 digits), headings (4) or subheadings (6); code_from = code_to for a
-- single code.
CREATE TABLE category_hs_codes (
    category_id INTEGER NOT NULL REFERENCES categories (id),
    code_from   TEXT NOT NULL CHECK (length(code_from) IN (2, 4, 6) AND code_from NOT GLOB '*[^0-9]*'),
    code_to     TEXT NOT NULL CHECK (length(code_to) = length(code_from) AND code_to NOT GLOB '*[^0-9]*'),
    PRIMARY KEY (category_id, code_from),
    CHECK (code_from <= code_to)
) STRICT;

-- `start_on` is NULL when the sources give no date; `date_precision` says how much of the date
-- is known (2016 listed with precision 'year' is stored as 2016-01-01).
CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    kind             TEXT NOT NULL CHECK (kind IN ('meeting', 'announcement', 'conference',
                                                     'regulatory_listing', 'appointment',
                                                     'tariff_action', 'retraction', 'other')),
    title            TEXT NOT NULL CHECK (title <> ''),
    start_on         TEXT CHECK (start_on IS NULL OR start_on = date(start_on)),
    end_on           TEXT CHECK (end_on IS NULL OR end_on = date(end_on)),
    date_precision   TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    place            TEXT,
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
    note             TEXT,
    CHECK ((start_on IS NULL) = (date_precision IS NULL)),
    CHECK (end_on IS NULL OR (start_on IS NOT NULL AND start_on <= end_on))
) STRICT;
CREATE INDEX events_start ON events (start_on);

-- Exactly one of official_id and company_id is set.
CREATE TABLE event_participants (
    event_id    INTEGER NOT NULL REFERENCES events (id),
    official_id INTEGER REFERENCES officials (id),
    company_id  INTEGER REFERENCES companies (id),
    role        TEXT NOT NULL CHECK (role <> ''),
    CHECK ((official_id IS NULL) <> (company_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX event_participants_key
    ON event_participants (event_id, coalesce(official_id, 0), coalesce(company_id, 0));
CREATE INDEX event_participants_official ON event_participants (official_id);
CREATE INDEX event_participants_company ON event_participants (company_id);

CREATE TABLE pledges (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT,
    company_id  INTEGER NOT NULL REFERENCES companies (id),
    made_by_id  INTEGER REFERENCES officials (id),
    made_to_id  INTEGER REFERENCES officials (id),
    made_on     TEXT NOT NULL CHECK (made_on = date(made_on)),
    made_at_id  INTEGER REFERENCES events (id),
    formality   TEXT NOT NULL CHECK (formality IN ('verbal', 'written_statement', 'signed_agreement',
                                                      'contract', 'law')),
    deadline    TEXT CHECK (deadline IS NULL OR deadline = date(deadline)),
    focus       TEXT,
    note        TEXT,
    CHECK (deadline IS NULL OR deadline >= made_on)
) STRICT;
CREATE INDEX pledges_company ON pledges (company_id, made_on);
CREATE INDEX pledges_made_by ON pledges (made_by_id);
CREATE INDEX pledges_made_to ON pledges (made_to_id);
CREATE INDEX pledges_made_on ON pledges (made_on);
CREATE INDEX pledges_deadline ON pledges (deadline) WHERE deadline IS NOT NULL;

CREATE TABLE pledge_markets (
    pledge_id INTEGER NOT NULL REFERENCES pledges (id),
    market    TEXT NOT NULL CHECK (market <> ''),
    PRIMARY KEY (pledge_id, market)
) STRICT;

-- Amounts are whole units of the metric (jobs, businesses, US dollars), never fractions.
CREATE TABLE pledge_targets (
    pledge_id INTEGER NOT NULL REFERENCES pledges (id),
    metric    TEXT NOT NULL CHECK (metric IN ('jobs', 'businesses', 'usd_investment', 'usd_exports',
                                                'usd_purchases', 'usd_revenue', 'units', 'people_trained')),
    amount    INTEGER NOT NULL CHECK (amount >= 0),
    qualifier TEXT CHECK (qualifier IN ('more_than', 'at_least', 'up_to', 'about')),
    PRIMARY KEY (pledge_id, metric)
) STRICT;

CREATE TABLE pledge_categories (
    pledge_id   INTEGER NOT NULL REFERENCES pledges (id),
    category_id INTEGER NOT NULL REFERENCES categories (id),
    PRIMARY KEY (pledge_id, category_id)
) STRICT;
CREATE INDEX pledge_categories_category ON pledge_categories (category_id, pledge_id);

CREATE TABLE pledge_events (
    pledge_id INTEGER NOT NULL REFERENCES pledges (id),
    event_id  INTEGER NOT NULL REFERENCES events (id),
    relation  TEXT NOT NULL CHECK (relation IN ('made_at', 'progress', 'setback', 'context', 'retraction')),
    PRIMARY KEY (pledge_id, event_id)
) STRICT;
CREATE INDEX pledge_events_event ON pledge_events (event_id);

-- Append-only: a pledge's status on a date is its latest entry with as_of <= that date (ties go
-- to the later id). Each entry carries its own evidence. The triggers below refuse UPDATE and
-- DELETE; a correction is a new entry.
CREATE TABLE status_history (
    id          INTEGER PRIMARY KEY,
    pledge_id   INTEGER NOT NULL REFERENCES pledges (id),
    as_of       TEXT NOT NULL CHECK (as_of = date(as_of)),
    status      TEXT NOT NULL CHECK (status IN ('announced', 'in_progress', 'stalled', 'partially_kept',
                                                  'kept', 'broken', 'withdrawn', 'unverifiable')),
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
CREATE INDEX status_history_pledge ON status_history (pledge_id, as_of, id);
CREATE INDEX status_history_status ON status_history (status);

CREATE TRIGGER status_history_no_update BEFORE UPDATE ON status_history
BEGIN
    SELECT RAISE(ABORT, 'status history is append-only: record a correction as a new entry');
END;
CREATE TRIGGER status_history_no_delete BEFORE DELETE ON status_history
BEGIN
    SELECT RAISE(ABORT, 'status history is append-only: entries cannot be deleted');
END;

-- A claim: `source` says, in `quote`, that field `field` of record `subject`/`key` has `value`.
-- Keys are slugs (`subject` names the table: company, official, category, event, pledge). Two
-- claims on the same single-valued field with different values are a conflict; `preferred`
-- marks the one a curator chose, with `preferred_reason`. quote_start and quote_end are byte
-- offsets of the quote in the source's body (NULL when the source has no stored text, in which
-- case the quote is unverified). `speaker` is the person quoted, when the quote is a statement.
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
CREATE INDEX evidence_subject ON evidence (subject, key, field);
CREATE INDEX evidence_source ON evidence (source_id);
CREATE INDEX evidence_speaker ON evidence (speaker_id);

-- Full-text search over article texts, quotes and pledge descriptions. External-content tables:
-- the triggers keep them in step with their tables.
CREATE VIRTUAL TABLE sources_fts USING fts5 (title, body, content = 'sources', content_rowid = 'id');
CREATE VIRTUAL TABLE evidence_fts USING fts5 (quote, content = 'evidence', content_rowid = 'id');
CREATE VIRTUAL TABLE pledges_fts USING fts5 (title, description, content = 'pledges', content_rowid = 'id');

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
