-- pledge database, schema version 6: the schema itself refuses what no client may write.
--
-- Dates: `x = date(x)` let any text through, because date() of text that is not a date is NULL
-- and a CHECK that is NULL passes. `x IS date(x, '+0 days')` is false for such text, and the
-- '+0 days' makes every SQLite (3.40 included) turn an impossible day such as 2017-02-30 into
-- another date, which then differs. SQLite cannot change a CHECK in place, so the five tables
-- with dates are rebuilt: same columns, rows, ids, indexes and triggers. `migrate` runs this step
-- with foreign keys off, as a table rebuild requires; rows are copied as they are, even bad
-- ones, so that `pledge check` can name them instead of the upgrade failing.
--
-- Records that are never rewritten: `REPLACE INTO` or `INSERT OR REPLACE` with an existing id
-- deletes the old row without firing its DELETE trigger. Each such table refuses an insert whose
-- id is already taken, with one trigger of this shape:
--
--     CREATE TRIGGER <table>_no_replace BEFORE INSERT ON <table>
--     WHEN EXISTS (SELECT 1 FROM <table> WHERE id = new.id)
--     BEGIN SELECT RAISE(ABORT, '<table>: a row with this id exists already; rows cannot be replaced'); END;
--
-- (The message is a plain literal: SQLite before 3.47 accepts no expression in RAISE.)
--
-- A claim in `evidence` keeps what it says and where it says it; only its speaker, preference
-- and note may be updated (as `pledge import` does), and it is never deleted.

PRAGMA ignore_check_constraints = ON;

CREATE TABLE sources_new (
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
INSERT INTO sources_new SELECT * FROM sources;
DROP TABLE sources;
ALTER TABLE sources_new RENAME TO sources;
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

CREATE TABLE official_titles_new (
    id           INTEGER PRIMARY KEY,
    official_id  INTEGER NOT NULL REFERENCES officials (id),
    title        TEXT NOT NULL CHECK (title <> ''),
    company_id   INTEGER REFERENCES companies (id),
    government   TEXT CHECK (government IS NULL OR (length(government) = 2 AND government NOT GLOB '*[^A-Z]*')),
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

CREATE TABLE events_new (
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
INSERT INTO events_new SELECT * FROM events;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;
CREATE INDEX events_start ON events (start_on);

CREATE TABLE pledges_new (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT,
    company_id  INTEGER NOT NULL REFERENCES companies (id),
    made_by_id  INTEGER REFERENCES officials (id),
    made_to_id  INTEGER REFERENCES officials (id),
    made_on     TEXT NOT NULL CHECK (made_on IS date(made_on, '+0 days')),
    made_at_id  INTEGER REFERENCES events (id),
    formality   TEXT NOT NULL CHECK (formality IN ('verbal', 'written_statement', 'signed_agreement',
                                                      'contract', 'law')),
    deadline    TEXT CHECK (deadline IS NULL OR deadline IS date(deadline, '+0 days')),
    focus       TEXT,
    note        TEXT,
    CHECK (deadline IS NULL OR deadline >= made_on)
) STRICT;
INSERT INTO pledges_new SELECT * FROM pledges;
DROP TABLE pledges;
ALTER TABLE pledges_new RENAME TO pledges;
CREATE INDEX pledges_company ON pledges (company_id, made_on);
CREATE INDEX pledges_made_by ON pledges (made_by_id);
CREATE INDEX pledges_made_to ON pledges (made_to_id);
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

CREATE TABLE status_history_new (
    id          INTEGER PRIMARY KEY,
    pledge_id   INTEGER NOT NULL REFERENCES pledges (id),
    as_of       TEXT NOT NULL CHECK (as_of IS date(as_of, '+0 days')),
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
INSERT INTO status_history_new SELECT * FROM status_history;
DROP TABLE status_history;
ALTER TABLE status_history_new RENAME TO status_history;
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
CREATE TRIGGER status_history_current AFTER INSERT ON status_history
BEGIN
    INSERT INTO pledge_current (pledge_id, entry_id, status, as_of)
    VALUES (new.pledge_id, new.id, new.status, new.as_of)
    ON CONFLICT (pledge_id) DO UPDATE
        SET entry_id = excluded.entry_id, status = excluded.status, as_of = excluded.as_of
        WHERE excluded.as_of >= pledge_current.as_of;
END;

PRAGMA ignore_check_constraints = OFF;

CREATE TRIGGER status_history_no_replace BEFORE INSERT ON status_history
WHEN EXISTS (SELECT 1 FROM status_history WHERE id = new.id)
BEGIN
    SELECT RAISE(ABORT, 'status_history: a row with this id exists already; rows cannot be replaced');
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

-- A running SHA-256 over each record that is never rewritten, in id order: entry N's hash is
-- SHA-256(hash of entry N-1 || entry N), kept here as of the last entry `pledge` chained. The
-- program extends it after each load; `pledge check` recomputes it, so an entry edited, inserted
-- or deleted by another client (with the triggers dropped) shows. Only the parts of a claim that
-- cannot change are chained.
CREATE TABLE hash_chain (
    name    TEXT PRIMARY KEY CHECK (name IN ('status_history', 'evidence')),
    last_id INTEGER NOT NULL,
    sha256  TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')
) STRICT, WITHOUT ROWID;
