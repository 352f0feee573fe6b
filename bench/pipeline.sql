-- The set-based reference for `pledge seed`, run by bench/pipeline.sh in one sqlite3 shell.
--
-- On entry: the schema as `pledge init` leaves it, an open transaction, every seed file
-- `.import`ed as text into temp.s_TABLE (row N of the file is rowid N - 1: line = rowid + 1, as
-- long as no quoted value spans lines), and @articles naming the articles folder (with its
-- slash). It checks the rows with queries, writes every problem as FILE:LINE: column COLUMN:
-- what is wrong and stops when there is one; otherwise it fills the tables with INSERT ...
-- SELECT (slugs resolved by joins, ids in file order, as the loader gives them), then builds the
-- derived tables, the secondary indexes and the full-text indexes once, at the end. A row with
-- a problem is left out of its table (INSERT OR IGNORE passes over the rows that break a
-- constraint), and the build stops before the end when there is one.
--
-- What SQL cannot do here: hash article files with SHA-256 (the shell has SHA-3 only; the
-- hash is stored as given), match a quote that differs from its article in white space,
-- quotation marks or dashes (quotes are found byte for byte), check government codes against
-- the ISO lists (only their form), and extend the hash chain (SHA-256 again).

CREATE TEMP TABLE problems (file TEXT, line INTEGER, col TEXT, message TEXT);

-- Secondary indexes, and the triggers that keep full-text indexes and derived tables in step,
-- are set aside and built once at the end (their CREATE statements are kept to replay).
CREATE TEMP TABLE deferred AS
SELECT type, name, sql FROM sqlite_master
WHERE sql IS NOT NULL
  AND ((type = 'trigger' AND (name GLOB '*_fts_*' OR name GLOB 'status_history_current*'
                              OR name = 'evidence_disputed' OR name GLOB 'pledge_current_count_*'
                              OR name = 'status_history_disputes' OR name GLOB '*_no_replace'))
       OR type = 'index');
.headers off
.mode list
.output deferred-drop.sql
SELECT 'DROP ' || type || ' ' || name || ';' FROM temp.deferred;
.output deferred-indexes.sql
SELECT sql || ';' FROM temp.deferred WHERE type = 'index';
.output deferred-triggers.sql
SELECT sql || ';' FROM temp.deferred WHERE type = 'trigger';
.output stdout
.read deferred-drop.sql

----------------------------------------------------------------------------------------------
-- Parents: sources (with their article texts), companies, officials, governments, categories.

-- A cell that a spreadsheet would take for a number or a formula is written with a leading '
-- (see `pledge export`); it is read without it. Only the HS codes need it here.
UPDATE s_category_hs_codes
SET code_from = CASE WHEN code_from GLOB '''0[0-9]*' THEN substr(code_from, 2) ELSE code_from END,
    code_to = CASE WHEN code_to GLOB '''0[0-9]*' THEN substr(code_to, 2) ELSE code_to END;

CREATE TEMP TABLE articles AS
SELECT rowid AS r, file, CAST(readfile(@articles || file) AS TEXT) AS body
FROM s_sources WHERE file <> '';

INSERT INTO problems
SELECT 'sources.csv', rowid + 1, 'slug', CASE WHEN slug = '' THEN 'is empty but required'
       ELSE '`' || slug || '` is not a valid slug' END
FROM s_sources WHERE slug = '' OR slug GLOB '*[^a-z0-9-]*'
UNION ALL
SELECT 'sources.csv', rowid + 1, 'kind', '`' || kind || '` is not a source kind'
FROM s_sources WHERE kind NOT IN ('article', 'blog_post', 'press_release', 'interview',
                                  'document', 'report', 'web_page')
UNION ALL
SELECT 'sources.csv', rowid + 1, 'title', 'is empty but required' FROM s_sources WHERE title = ''
UNION ALL
SELECT 'sources.csv', rowid + 1, NULL, 'a source needs its text (`file`) or at least a `url`'
FROM s_sources WHERE file = '' AND url = ''
UNION ALL
SELECT 'sources.csv', s.rowid + 1, 'file', @articles || s.file || ' cannot be read, or is not UTF-8'
FROM s_sources s JOIN articles a ON a.r = s.rowid WHERE a.body IS NULL
UNION ALL
SELECT 'sources.csv', rowid + 1, 'sha256', 'is not a SHA-256 in hex'
FROM s_sources WHERE file <> '' AND (length(sha256) <> 64 OR lower(sha256) GLOB '*[^0-9a-f]*')
UNION ALL
SELECT 'sources.csv', rowid + 1, c, 'is not a date (YYYY-MM-DD)'
FROM (SELECT rowid, 'published_on' AS c, published_on AS d FROM s_sources
      UNION ALL SELECT rowid, 'retrieved_on', retrieved_on FROM s_sources)
WHERE d <> '' AND d IS NOT date(d, '+0 days')
UNION ALL
SELECT 'sources.csv', r + 1, 'slug', 'is a duplicate: `' || slug || '` is on an earlier line'
FROM (SELECT rowid AS r, slug, row_number() OVER (PARTITION BY slug ORDER BY rowid) AS n FROM s_sources)
WHERE n > 1;

INSERT INTO problems
SELECT 'companies.csv', rowid + 1, 'slug', '`' || slug || '` is not a valid slug'
FROM s_companies WHERE slug = '' OR slug GLOB '*[^a-z0-9-]*'
UNION ALL
SELECT 'companies.csv', rowid + 1, 'name', 'is empty but required' FROM s_companies WHERE name = ''
UNION ALL
SELECT 'companies.csv', rowid + 1, 'country', '`' || country || '` is not a country code'
FROM s_companies WHERE country <> '' AND NOT country GLOB '[A-Z][A-Z]';

INSERT INTO problems
SELECT 'officials.csv', rowid + 1, 'slug', '`' || slug || '` is not a valid slug'
FROM s_officials WHERE slug = '' OR slug GLOB '*[^a-z0-9-]*'
UNION ALL
SELECT 'officials.csv', rowid + 1, 'note', 'is empty; an unnamed person needs a note saying who they are'
FROM s_officials WHERE name = '' AND note = '';

INSERT INTO problems
SELECT 'governments.csv', rowid + 1, 'code', '`' || code || '` is not an ISO 3166 code'
FROM s_governments WHERE NOT (code GLOB '[A-Z][A-Z]' OR code GLOB '[A-Z][A-Z]-[A-Z0-9]*')
UNION ALL
SELECT 'governments.csv', rowid + 1, 'name', 'is empty but required' FROM s_governments WHERE name = '';

INSERT INTO problems
SELECT 'categories.csv', rowid + 1, 'slug', '`' || slug || '` is not a valid slug'
FROM s_categories WHERE slug = '' OR slug GLOB '*[^a-z0-9-]*'
UNION ALL
SELECT 'categories.csv', rowid + 1, 'name', 'is empty but required' FROM s_categories WHERE name = '';

INSERT OR IGNORE INTO sources (id, slug, kind, title, publisher, url, published_on, retrieved_on, file,
                     sha256, body, note)
SELECT s.rowid, s.slug, s.kind, s.title, nullif(s.publisher, ''), nullif(s.url, ''),
       nullif(s.published_on, ''), nullif(s.retrieved_on, ''), nullif(s.file, ''),
       nullif(s.sha256, ''), a.body, nullif(s.note, '')
FROM s_sources s LEFT JOIN articles a ON a.r = s.rowid
WHERE NOT EXISTS (SELECT 1 FROM problems WHERE file = 'sources.csv' AND line = s.rowid + 1)
ORDER BY s.rowid;

INSERT OR IGNORE INTO companies (id, slug, name, country, sector, parent_id, note)
SELECT rowid, slug, name, nullif(country, ''), nullif(sector, ''), NULL, nullif(note, '')
FROM s_companies ORDER BY rowid;
INSERT OR IGNORE INTO officials (id, slug, name, note)
SELECT rowid, slug, nullif(name, ''), nullif(note, '') FROM s_officials ORDER BY rowid;
INSERT OR IGNORE INTO governments (id, code, name, note)
SELECT rowid, code, name, nullif(note, '') FROM s_governments ORDER BY rowid;
INSERT OR IGNORE INTO categories (id, slug, name, parent_id)
SELECT rowid, slug, name, NULL FROM s_categories ORDER BY rowid;

-- Parents, once every record of the file is in; a parent that is its own ancestor is a loop.
INSERT INTO problems
SELECT 'companies.csv', s.rowid + 1, 'parent', 'no company `' || s.parent || '` in companies.csv'
FROM s_companies s LEFT JOIN companies p ON p.slug = s.parent
WHERE s.parent <> '' AND p.id IS NULL
UNION ALL
SELECT 'categories.csv', s.rowid + 1, 'parent', 'no category `' || s.parent || '` in categories.csv'
FROM s_categories s LEFT JOIN categories p ON p.slug = s.parent
WHERE s.parent <> '' AND p.id IS NULL;
UPDATE companies SET parent_id = (SELECT p.id FROM s_companies s JOIN companies p ON p.slug = s.parent
                                  WHERE s.rowid = companies.id);
UPDATE categories SET parent_id = (SELECT p.id FROM s_categories s JOIN categories p ON p.slug = s.parent
                                   WHERE s.rowid = categories.id);
WITH RECURSIVE up (start, id, depth) AS (
    SELECT id, parent_id, 1 FROM companies WHERE parent_id IS NOT NULL
    UNION ALL
    SELECT up.start, c.parent_id, depth + 1 FROM up JOIN companies c ON c.id = up.id
    WHERE c.parent_id IS NOT NULL AND up.id <> up.start AND depth < 1000)
INSERT INTO problems
SELECT DISTINCT 'companies.csv', start + 1, 'parent', 'parents cannot loop' FROM up WHERE id = start;
WITH RECURSIVE up (start, id, depth) AS (
    SELECT id, parent_id, 1 FROM categories WHERE parent_id IS NOT NULL
    UNION ALL
    SELECT up.start, c.parent_id, depth + 1 FROM up JOIN categories c ON c.id = up.id
    WHERE c.parent_id IS NOT NULL AND up.id <> up.start AND depth < 1000)
INSERT INTO problems
SELECT DISTINCT 'categories.csv', start + 1, 'parent', 'parents cannot loop' FROM up WHERE id = start;

-- Aliases and HS codes.
INSERT INTO problems
SELECT 'company_aliases.csv', s.rowid + 1, 'company', 'no company `' || s.company || '` in companies.csv'
FROM s_company_aliases s LEFT JOIN companies c ON c.slug = s.company WHERE c.id IS NULL
UNION ALL
SELECT 'official_aliases.csv', s.rowid + 1, 'official', 'no official `' || s.official || '` in officials.csv'
FROM s_official_aliases s LEFT JOIN officials o ON o.slug = s.official WHERE o.id IS NULL
UNION ALL
SELECT 'category_aliases.csv', s.rowid + 1, 'category', 'no category `' || s.category || '` in categories.csv'
FROM s_category_aliases s LEFT JOIN categories c ON c.slug = s.category WHERE c.id IS NULL
UNION ALL
SELECT 'category_hs_codes.csv', s.rowid + 1, 'category', 'no category `' || s.category || '` in categories.csv'
FROM s_category_hs_codes s LEFT JOIN categories c ON c.slug = s.category WHERE c.id IS NULL
UNION ALL
SELECT 'category_hs_codes.csv', rowid + 1, 'code_to', 'is not an HS code of as many digits, not before code_from'
FROM s_category_hs_codes
WHERE length(code_from) NOT IN (2, 4, 6) OR code_from GLOB '*[^0-9]*'
   OR length(code_to) <> length(code_from) OR code_to GLOB '*[^0-9]*' OR code_to < code_from;

INSERT OR IGNORE INTO company_aliases (company_id, alias)
SELECT c.id, s.alias FROM s_company_aliases s JOIN companies c ON c.slug = s.company ORDER BY s.rowid;
INSERT OR IGNORE INTO official_aliases (official_id, alias)
SELECT o.id, s.alias FROM s_official_aliases s JOIN officials o ON o.slug = s.official ORDER BY s.rowid;
INSERT OR IGNORE INTO category_aliases (category_id, alias)
SELECT c.id, s.alias FROM s_category_aliases s JOIN categories c ON c.slug = s.category ORDER BY s.rowid;
INSERT OR IGNORE INTO category_hs_codes (category_id, code_from, code_to)
SELECT c.id, s.code_from, s.code_to FROM s_category_hs_codes s JOIN categories c ON c.slug = s.category
WHERE length(s.code_from) IN (2, 4, 6) AND s.code_from NOT GLOB '*[^0-9]*'
  AND length(s.code_to) = length(s.code_from) AND s.code_to NOT GLOB '*[^0-9]*' AND s.code_from <= s.code_to
ORDER BY s.rowid;

----------------------------------------------------------------------------------------------
-- Quotes: every quoted row found in its source's text, byte for byte, exactly once. `at` is
-- the 1-based byte position of the quote in the text (0: not there), `again` the next one.

CREATE TEMP TABLE quoted (file TEXT, r INTEGER, source_id INTEGER, quote TEXT, at INTEGER,
                          again INTEGER, PRIMARY KEY (file, r)) WITHOUT ROWID;
INSERT INTO quoted
SELECT file, r, source_id, quote, at,
       CASE WHEN at > 0 THEN instr(substr(text, at + 1), needle) END
FROM (SELECT q.file, q.r, src.id AS source_id, q.quote, CAST(src.body AS BLOB) AS text,
             CAST(q.quote AS BLOB) AS needle,
             instr(CAST(src.body AS BLOB), CAST(q.quote AS BLOB)) AS at
      FROM (SELECT 'evidence.csv' AS file, rowid AS r, source, quote FROM s_evidence
            UNION ALL SELECT 'status_history.csv', rowid, source, quote FROM s_status_history
            UNION ALL SELECT 'target_progress.csv', rowid, source, quote FROM s_target_progress
            UNION ALL SELECT 'target_revisions.csv', rowid, source, quote FROM s_target_revisions
            UNION ALL SELECT 'pledge_relations.csv', rowid, source, quote FROM s_pledge_relations) q
      JOIN sources src ON src.slug = q.source
      WHERE q.quote <> '' AND src.body IS NOT NULL);
-- A quote not there byte for byte is looked for again with white space, quotation marks,
-- dashes and ellipses made plain on both sides (as far as nested replace() goes: three rounds
-- of collapsing double spaces). Its span is then a place in the plain text, not in the article.
CREATE TEMP TABLE plain (id INTEGER PRIMARY KEY, text BLOB);
INSERT INTO plain
SELECT id, CAST(replace(replace(replace(
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(body, char(8230), '...'),
        char(160), ' '), char(10), ' '), char(13), ' '), char(9), ' '),
        char(8216), ''''), char(8217), ''''), char(8220), '"'), char(8221), '"'),
        char(8211), '-'), char(8212), '-'),
    '  ', ' '), '  ', ' '), '  ', ' ') AS BLOB)
FROM sources WHERE id IN (SELECT source_id FROM quoted WHERE at = 0);
UPDATE quoted SET at = found, again = CASE WHEN found > 0 THEN instr(substr(text, found + 1), needle) END
FROM (SELECT q.file AS f, q.r AS n, p.text, needle, instr(p.text, needle) AS found
      FROM (SELECT file, r, source_id, CAST(replace(replace(replace(
                replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
                    replace(quote, char(8230), '...'),
                    char(160), ' '), char(10), ' '), char(13), ' '), char(9), ' '),
                    char(8216), ''''), char(8217), ''''), char(8220), '"'), char(8221), '"'),
                    char(8211), '-'), char(8212), '-'),
                '  ', ' '), '  ', ' '), '  ', ' ') AS BLOB) AS needle
            FROM quoted WHERE at = 0) q
      JOIN plain p ON p.id = q.source_id)
WHERE quoted.file = f AND quoted.r = n;

INSERT INTO problems
SELECT q.file, q.r + 1, 'source', 'no source `' || q.source || '` in sources.csv'
FROM (SELECT 'evidence.csv' AS file, rowid AS r, source FROM s_evidence
      UNION ALL SELECT 'status_history.csv', rowid, source FROM s_status_history
      UNION ALL SELECT 'target_progress.csv', rowid, source FROM s_target_progress
      UNION ALL SELECT 'target_revisions.csv', rowid, source FROM s_target_revisions
      UNION ALL SELECT 'pledge_relations.csv', rowid, source FROM s_pledge_relations) q
LEFT JOIN sources src ON src.slug = q.source WHERE src.id IS NULL
UNION ALL
SELECT file, r + 1, 'quote', 'is not in the source''s text; quotes must be verbatim'
FROM quoted WHERE at = 0
UNION ALL
SELECT file, r + 1, 'quote', 'occurs more than once in the source''s text; quote more of the sentence'
FROM quoted WHERE again > 0
UNION ALL
SELECT file, r + 1, 'quote', '`' || quote || '` is too short to name one passage of the source'
FROM quoted WHERE length(replace(replace(replace(quote, ' ', ''), char(10), ''), char(9), '')) < 15
                  AND length(quote) - length(replace(quote, ' ', '')) < 2;

----------------------------------------------------------------------------------------------
-- Claims.

INSERT INTO problems
SELECT 'evidence.csv', rowid + 1, 'subject', '`' || subject || '` is not a subject'
FROM s_evidence WHERE subject NOT IN ('company', 'official', 'category', 'event', 'pledge')
UNION ALL
SELECT 'evidence.csv', rowid + 1, 'key', '`' || key || '` is not a valid slug'
FROM s_evidence WHERE key = '' OR key GLOB '*[^a-z0-9-]*'
UNION ALL
SELECT 'evidence.csv', rowid + 1, 'field', '`' || field || '` is not a field name'
FROM s_evidence WHERE field = '' OR field GLOB '*[^a-z0-9_]*'
UNION ALL
SELECT 'evidence.csv', s.rowid + 1, 'speaker', 'no official `' || s.speaker || '` in officials.csv'
FROM s_evidence s LEFT JOIN officials o ON o.slug = s.speaker WHERE s.speaker <> '' AND o.id IS NULL
UNION ALL
SELECT 'evidence.csv', rowid + 1, 'preferred', '`' || preferred || '` is not 0 or 1'
FROM s_evidence WHERE preferred NOT IN ('', '0', '1')
UNION ALL
SELECT 'evidence.csv', rowid + 1, 'preferred_reason', 'is empty; a preferred claim must say why'
FROM s_evidence WHERE preferred = '1' AND preferred_reason = '';

INSERT OR IGNORE INTO evidence (id, subject, key, field, value, source_id, quote, quote_start, quote_end,
                      speaker_id, preferred, preferred_reason, note)
SELECT NULL, s.subject, s.key, s.field, nullif(s.value, ''), q.source_id, s.quote, q.at - 1,
       q.at - 1 + length(CAST(s.quote AS BLOB)), o.id, s.preferred = '1',
       nullif(s.preferred_reason, ''), nullif(s.note, '')
FROM s_evidence s
JOIN quoted q ON q.file = 'evidence.csv' AND q.r = s.rowid AND q.at > 0 AND q.again = 0
LEFT JOIN officials o ON o.slug = s.speaker AND s.speaker <> ''
ORDER BY s.rowid;
-- Facts are looked up by subject, key, field and value while the records load.
CREATE INDEX evidence_subject ON evidence (subject, key, field);

-- Official titles: each backed by a claim on the official's `title`.
INSERT INTO problems
SELECT 'official_titles.csv', s.rowid + 1, 'official', 'no official `' || s.official || '` in officials.csv'
FROM s_official_titles s LEFT JOIN officials o ON o.slug = s.official WHERE o.id IS NULL
UNION ALL
SELECT 'official_titles.csv', s.rowid + 1, 'company', 'no company `' || s.company || '` in companies.csv'
FROM s_official_titles s LEFT JOIN companies c ON c.slug = s.company WHERE s.company <> '' AND c.id IS NULL
UNION ALL
SELECT 'official_titles.csv', rowid + 1, NULL,
       'no evidence: add a row to evidence.csv with subject `official`, key `' || official
       || '`, field `title`, value `' || title || '`, a source and its quote'
FROM s_official_titles s
WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.subject = 'official' AND e.key = s.official
                  AND e.field = 'title' AND e.value = s.title);
INSERT OR IGNORE INTO official_titles (official_id, title, company_id, government, organization, valid_from, valid_to)
SELECT o.id, s.title, c.id, nullif(s.government, ''), nullif(s.organization, ''),
       nullif(s.valid_from, ''), nullif(s.valid_to, '')
FROM s_official_titles s JOIN officials o ON o.slug = s.official
LEFT JOIN companies c ON c.slug = s.company AND s.company <> ''
ORDER BY s.rowid;

----------------------------------------------------------------------------------------------
-- Events and their participants.

INSERT INTO problems
SELECT 'events.csv', rowid + 1, 'slug', '`' || slug || '` is not a valid slug'
FROM s_events WHERE slug = '' OR slug GLOB '*[^a-z0-9-]*'
UNION ALL
SELECT 'events.csv', rowid + 1, 'kind', '`' || kind || '` is not an event kind'
FROM s_events WHERE kind NOT IN ('meeting', 'announcement', 'conference', 'regulatory_listing',
                                 'appointment', 'tariff_action', 'retraction', 'other')
UNION ALL
SELECT 'events.csv', rowid + 1, 'date_precision', 'is empty, or set without start_on'
FROM s_events WHERE (start_on = '') <> (date_precision = '')
   OR date_precision NOT IN ('', 'day', 'month', 'year')
UNION ALL
SELECT 'events.csv', rowid + 1, c, 'is not a date (YYYY-MM-DD)'
FROM (SELECT rowid, 'start_on' AS c, start_on AS d FROM s_events
      UNION ALL SELECT rowid, 'end_on', end_on FROM s_events)
WHERE d <> '' AND d IS NOT date(d, '+0 days')
UNION ALL
SELECT 'events.csv', rowid + 1, 'end_on', 'comes before start_on, or start_on is empty'
FROM s_events WHERE end_on <> '' AND (start_on = '' OR end_on < start_on)
UNION ALL
SELECT 'events.csv', rowid + 1, 'duration_minutes', '`' || duration_minutes || '` is not a whole number of at least 1'
FROM s_events WHERE duration_minutes <> ''
  AND (duration_minutes GLOB '*[^0-9]*' OR CAST(duration_minutes AS INTEGER) < 1)
UNION ALL
SELECT 'events.csv', rowid + 1, NULL,
       'no evidence: add a row to evidence.csv with subject `event`, key `' || slug || '`, a source and its quote'
FROM s_events s WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.subject = 'event' AND e.key = s.slug);
INSERT OR IGNORE INTO events (id, slug, kind, title, start_on, end_on, date_precision, place,
                    duration_minutes, note)
SELECT rowid, slug, kind, title, nullif(start_on, ''), nullif(end_on, ''),
       nullif(date_precision, ''), nullif(place, ''), CAST(nullif(duration_minutes, '') AS INTEGER),
       nullif(note, '')
FROM s_events ORDER BY rowid;

INSERT INTO problems
SELECT 'event_participants.csv', s.rowid + 1, 'event', 'no event `' || s.event || '` in events.csv'
FROM s_event_participants s LEFT JOIN events e ON e.slug = s.event WHERE e.id IS NULL
UNION ALL
SELECT 'event_participants.csv', s.rowid + 1, 'official', 'no official `' || s.official || '` in officials.csv'
FROM s_event_participants s LEFT JOIN officials o ON o.slug = s.official WHERE s.official <> '' AND o.id IS NULL
UNION ALL
SELECT 'event_participants.csv', s.rowid + 1, 'company', 'no company `' || s.company || '` in companies.csv'
FROM s_event_participants s LEFT JOIN companies c ON c.slug = s.company WHERE s.company <> '' AND c.id IS NULL
UNION ALL
SELECT 'event_participants.csv', rowid + 1, NULL,
       'a participant is an official or a company: fill exactly one of the two columns'
FROM s_event_participants WHERE (official = '') = (company = '')
UNION ALL
SELECT 'event_participants.csv', rowid + 1, NULL,
       'no evidence: add a row to evidence.csv with subject `event`, key `' || event
       || '`, field `participant`, value `' || official || company || '`, a source and its quote'
FROM s_event_participants s
WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.subject = 'event' AND e.key = s.event
                  AND e.field = 'participant' AND e.value = s.official || s.company);
INSERT OR IGNORE INTO event_participants (event_id, official_id, company_id, role)
SELECT e.id, o.id, c.id, s.role
FROM s_event_participants s JOIN events e ON e.slug = s.event
LEFT JOIN officials o ON o.slug = s.official AND s.official <> ''
LEFT JOIN companies c ON c.slug = s.company AND s.company <> ''
ORDER BY s.rowid;

----------------------------------------------------------------------------------------------
-- Pledges and what hangs off them.

INSERT INTO problems
SELECT 'pledges.csv', rowid + 1, 'slug', '`' || slug || '` is not a valid slug'
FROM s_pledges WHERE slug = '' OR slug GLOB '*[^a-z0-9-]*'
UNION ALL
SELECT 'pledges.csv', rowid + 1, 'kind', '`' || kind || '` is not a pledge kind'
FROM s_pledges WHERE kind NOT IN ('investment', 'jobs', 'purchase', 'trade_target', 'other')
UNION ALL
SELECT 'pledges.csv', rowid + 1, 'formality', '`' || formality || '` is not a formality'
FROM s_pledges WHERE formality NOT IN ('verbal', 'written_statement', 'memorandum',
    'preliminary_terms', 'signed_agreement', 'final_award', 'contract', 'law')
UNION ALL
SELECT 'pledges.csv', rowid + 1, c, '`' || d || '` is not a date (YYYY-MM-DD, YYYY-MM or YYYY)'
FROM (SELECT rowid, 'made_on' AS c, made_on AS d FROM s_pledges
      UNION ALL SELECT rowid, 'deadline', deadline FROM s_pledges)
WHERE d <> '' AND NOT (d IS date(d, '+0 days')
                       OR (length(d) = 7 AND d || '-01' IS date(d || '-01', '+0 days'))
                       OR (length(d) = 4 AND d NOT GLOB '*[^0-9]*'))
UNION ALL
SELECT 'pledges.csv', rowid + 1, 'deadline', deadline || ' ends before made_on ' || made_on
FROM s_pledges WHERE deadline <> '' AND made_on <> '' AND deadline || '~' < made_on
UNION ALL
SELECT 'pledges.csv', s.rowid + 1, 'made_at', 'no event `' || s.made_at || '` in events.csv'
FROM s_pledges s LEFT JOIN events e ON e.slug = s.made_at WHERE s.made_at <> '' AND e.id IS NULL
UNION ALL
SELECT 'pledges.csv', rowid + 1, NULL,
       'no evidence: add a row to evidence.csv with subject `pledge`, key `' || slug || '`, a source and its quote'
FROM s_pledges s WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.subject = 'pledge' AND e.key = s.slug)
UNION ALL
SELECT 'pledges.csv', r + 1, 'slug', 'is a duplicate: `' || slug || '` is on an earlier line'
FROM (SELECT rowid AS r, slug, row_number() OVER (PARTITION BY slug ORDER BY rowid) AS n FROM s_pledges)
WHERE n > 1;
INSERT OR IGNORE INTO pledges (id, slug, title, description, kind, made_on, made_at_id, formality, deadline,
                     focus, note)
SELECT s.rowid, s.slug, s.title, nullif(s.description, ''), s.kind, nullif(s.made_on, ''), e.id,
       s.formality, nullif(s.deadline, ''), nullif(s.focus, ''), nullif(s.note, '')
FROM s_pledges s LEFT JOIN events e ON e.slug = s.made_at AND s.made_at <> ''
WHERE s.rowid IN (SELECT min(rowid) FROM s_pledges GROUP BY slug)
ORDER BY s.rowid;

-- Every row of a pledge_* file names its pledge.
INSERT INTO problems
SELECT q.file, q.r + 1, 'pledge', 'no pledge `' || q.pledge || '` in pledges.csv'
FROM (SELECT 'pledge_parties.csv' AS file, rowid AS r, pledge FROM s_pledge_parties
      UNION ALL SELECT 'pledge_markets.csv', rowid, pledge FROM s_pledge_markets
      UNION ALL SELECT 'pledge_targets.csv', rowid, pledge FROM s_pledge_targets
      UNION ALL SELECT 'pledge_categories.csv', rowid, pledge FROM s_pledge_categories
      UNION ALL SELECT 'pledge_events.csv', rowid, pledge FROM s_pledge_events
      UNION ALL SELECT 'status_history.csv', rowid, pledge FROM s_status_history
      UNION ALL SELECT 'target_progress.csv', rowid, pledge FROM s_target_progress
      UNION ALL SELECT 'target_revisions.csv', rowid, pledge FROM s_target_revisions
      UNION ALL SELECT 'pledge_relations.csv', rowid, pledge FROM s_pledge_relations) q
LEFT JOIN pledges p ON p.slug = q.pledge WHERE p.id IS NULL;

-- Parties: a pledger is a company or a government, made_by a person, made_to a person or a
-- government; each backed by a claim on the pledge.
INSERT INTO problems
SELECT 'pledge_parties.csv', rowid + 1, 'role', '`' || role || '` is not a party role'
FROM s_pledge_parties WHERE role NOT IN ('pledger', 'made_by', 'made_to')
UNION ALL
SELECT 'pledge_parties.csv', rowid + 1, NULL, 'fill exactly one of company, government and official'
FROM s_pledge_parties WHERE (company <> '') + (government <> '') + (official <> '') <> 1
   OR (role = 'pledger' AND official <> '') OR (role = 'made_by' AND official = '')
   OR (role = 'made_to' AND company <> '')
UNION ALL
SELECT 'pledge_parties.csv', s.rowid + 1, 'company', 'no company `' || s.company || '` in companies.csv'
FROM s_pledge_parties s LEFT JOIN companies c ON c.slug = s.company WHERE s.company <> '' AND c.id IS NULL
UNION ALL
SELECT 'pledge_parties.csv', s.rowid + 1, 'government', 'no government `' || s.government || '` in governments.csv'
FROM s_pledge_parties s LEFT JOIN governments g ON g.code = s.government WHERE s.government <> '' AND g.id IS NULL
UNION ALL
SELECT 'pledge_parties.csv', s.rowid + 1, 'official', 'no official `' || s.official || '` in officials.csv'
FROM s_pledge_parties s LEFT JOIN officials o ON o.slug = s.official WHERE s.official <> '' AND o.id IS NULL
UNION ALL
SELECT 'pledge_parties.csv', rowid + 1, NULL,
       'no evidence: add a row to evidence.csv with subject `pledge`, key `' || pledge || '`, field `'
       || field || '`, value `' || value || '`, a source and its quote'
FROM (SELECT rowid, pledge,
             CASE WHEN role = 'pledger' THEN CASE WHEN company <> '' THEN 'company' ELSE 'government' END
                  ELSE role END AS field,
             company || government || official AS value
      FROM s_pledge_parties) s
WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.subject = 'pledge' AND e.key = s.pledge
                  AND e.field = s.field AND e.value = s.value);
INSERT OR IGNORE INTO pledge_parties (pledge_id, role, company_id, government_id, official_id)
SELECT p.id, s.role, c.id, g.id, o.id
FROM s_pledge_parties s JOIN pledges p ON p.slug = s.pledge
LEFT JOIN companies c ON c.slug = s.company AND s.company <> ''
LEFT JOIN governments g ON g.code = s.government AND s.government <> ''
LEFT JOIN officials o ON o.slug = s.official AND s.official <> ''
ORDER BY s.rowid;

INSERT INTO problems
SELECT 'pledge_markets.csv', rowid + 1, NULL,
       'no evidence: add a row to evidence.csv with subject `pledge`, key `' || pledge
       || '`, field `market`, value `' || market || '`, a source and its quote'
FROM s_pledge_markets s
WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.subject = 'pledge' AND e.key = s.pledge
                  AND e.field = 'market' AND e.value = s.market);
INSERT OR IGNORE INTO pledge_markets (pledge_id, market)
SELECT p.id, s.market FROM s_pledge_markets s JOIN pledges p ON p.slug = s.pledge ORDER BY s.rowid;

-- Targets: the unit a currency for money and empty for counts, and a claim on the metric
-- (`METRIC_LABEL` with a label) whose value is the amount or MINIMUM-MAXIMUM; a USD target of a
-- money metric without a label may be backed by a claim on `usd_METRIC` instead.
INSERT INTO problems
SELECT 'pledge_targets.csv', rowid + 1, 'metric', '`' || metric || '` is not a metric'
FROM s_pledge_targets WHERE metric NOT IN ('jobs', 'businesses', 'investment', 'exports',
                                           'purchases', 'revenue', 'units', 'people_trained')
UNION ALL
SELECT 'pledge_targets.csv', rowid + 1, 'label', '`' || label || '` may only hold lowercase letters, digits and _'
FROM s_pledge_targets WHERE label GLOB '*[^a-z0-9_]*'
UNION ALL
SELECT 'pledge_targets.csv', rowid + 1, 'unit', 'is not a currency for money, or set for a count'
FROM s_pledge_targets
WHERE (metric IN ('investment', 'exports', 'purchases', 'revenue'))
      <> (length(unit) = 3 AND unit NOT GLOB '*[^A-Z]*')
UNION ALL
SELECT 'pledge_targets.csv', rowid + 1, c, '`' || n || '` is not a whole number'
FROM (SELECT rowid, 'amount' AS c, amount AS n FROM s_pledge_targets
      UNION ALL SELECT rowid, 'minimum', minimum FROM s_pledge_targets
      UNION ALL SELECT rowid, 'maximum', maximum FROM s_pledge_targets)
WHERE n <> '' AND n GLOB '*[^0-9]*'
UNION ALL
SELECT 'pledge_targets.csv', rowid + 1, 'qualifier', '`' || qualifier || '` is not a qualifier'
FROM s_pledge_targets WHERE qualifier NOT IN ('', 'more_than', 'at_least', 'up_to', 'about')
UNION ALL
SELECT 'pledge_targets.csv', rowid + 1, 'amount', 'is empty, and so is the range'
FROM s_pledge_targets WHERE amount = '' AND (minimum = '' OR maximum = '')
UNION ALL
SELECT 'pledge_targets.csv', rowid + 1, 'over_years', 'is set with by: give one deadline'
FROM s_pledge_targets WHERE by <> '' AND over_years <> ''
UNION ALL
SELECT 'pledge_targets.csv', rowid + 1, NULL,
       'no evidence: add a row to evidence.csv with subject `pledge`, key `' || pledge || '`, field `'
       || field || '`, value `' || value || '`, a source and its quote'
FROM (SELECT rowid, pledge, metric, label, unit,
             CASE WHEN label = '' THEN metric ELSE metric || '_' || label END AS field,
             CASE WHEN amount <> '' THEN amount ELSE minimum || '-' || maximum END AS value
      FROM s_pledge_targets) s
WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.subject = 'pledge' AND e.key = s.pledge
                  AND e.field = s.field AND e.value = s.value)
  AND NOT (s.unit = 'USD' AND s.label = ''
           AND EXISTS (SELECT 1 FROM evidence e WHERE e.subject = 'pledge' AND e.key = s.pledge
                       AND e.field = 'usd_' || s.metric AND e.value = s.value));
INSERT OR IGNORE INTO pledge_targets (pledge_id, metric, label, amount, unit, qualifier, minimum, maximum,
                            by, over_years, for_years)
SELECT p.id, s.metric, s.label, CAST(nullif(s.amount, '') AS INTEGER), s.unit,
       nullif(s.qualifier, ''), CAST(nullif(s.minimum, '') AS INTEGER),
       CAST(nullif(s.maximum, '') AS INTEGER), nullif(s.by, ''),
       CAST(nullif(s.over_years, '') AS INTEGER), CAST(nullif(s.for_years, '') AS INTEGER)
FROM s_pledge_targets s JOIN pledges p ON p.slug = s.pledge ORDER BY s.rowid;

INSERT INTO problems
SELECT 'pledge_categories.csv', s.rowid + 1, 'category', 'no category `' || s.category || '` in categories.csv'
FROM s_pledge_categories s LEFT JOIN categories c ON c.slug = s.category WHERE c.id IS NULL
UNION ALL
SELECT 'pledge_categories.csv', rowid + 1, NULL,
       'no evidence: add a row to evidence.csv with subject `pledge`, key `' || pledge
       || '`, field `category`, value `' || category || '`, a source and its quote'
FROM s_pledge_categories s
WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.subject = 'pledge' AND e.key = s.pledge
                  AND e.field = 'category' AND e.value = s.category);
INSERT OR IGNORE INTO pledge_categories (pledge_id, category_id)
SELECT p.id, c.id FROM s_pledge_categories s JOIN pledges p ON p.slug = s.pledge
JOIN categories c ON c.slug = s.category ORDER BY s.rowid;

INSERT INTO problems
SELECT 'pledge_events.csv', s.rowid + 1, 'event', 'no event `' || s.event || '` in events.csv'
FROM s_pledge_events s LEFT JOIN events e ON e.slug = s.event WHERE e.id IS NULL
UNION ALL
SELECT 'pledge_events.csv', rowid + 1, 'relation', '`' || relation || '` is not an event relation'
FROM s_pledge_events WHERE relation NOT IN ('made_at', 'progress', 'setback', 'context', 'retraction');
INSERT OR IGNORE INTO pledge_events (pledge_id, event_id, relation)
SELECT p.id, e.id, s.relation FROM s_pledge_events s JOIN pledges p ON p.slug = s.pledge
JOIN events e ON e.slug = s.event ORDER BY s.rowid;

-- The status history, and the status preferred on a date with two.
INSERT INTO problems
SELECT 'status_history.csv', rowid + 1, 'status', '`' || status || '` is not a status'
FROM s_status_history WHERE status NOT IN ('announced', 'in_progress', 'stalled', 'scaled_back',
    'partially_kept', 'kept', 'broken', 'withdrawn', 'unverifiable')
UNION ALL
SELECT 'status_history.csv', rowid + 1, 'reason', 'is missing for broken or withdrawn, or set for another status'
FROM s_status_history WHERE (status IN ('broken', 'withdrawn')) <> (reason <> '')
   OR reason NOT IN ('', 'premise_changed', 'conditions_not_met', 'deprioritized',
                     'blocked_external', 'business_change', 'superseded', 'unknown')
UNION ALL
SELECT 'status_history.csv', rowid + 1, 'as_of', '`' || as_of || '` is not a date (YYYY-MM-DD, YYYY-MM or YYYY)'
FROM s_status_history
WHERE NOT (as_of IS date(as_of, '+0 days')
           OR (length(as_of) = 7 AND as_of || '-01' IS date(as_of || '-01', '+0 days'))
           OR (length(as_of) = 4 AND as_of NOT GLOB '*[^0-9]*'))
UNION ALL
SELECT 'status_history.csv', s.rowid + 1, 'as_of', s.as_of || ' is before the pledge was made (' || p.made_on || ')'
FROM s_status_history s JOIN pledges p ON p.slug = s.pledge WHERE s.as_of || '~' < p.made_on
UNION ALL
SELECT 'status_history.csv', rowid + 1, 'preferred', 'preferred and preferred_reason go together'
FROM s_status_history WHERE preferred NOT IN ('', '0', '1') OR (preferred = '1') <> (preferred_reason <> '');
INSERT OR IGNORE INTO status_history (id, pledge_id, as_of, status, reason, source_id, quote, quote_start,
                            quote_end, note)
SELECT NULL, p.id, s.as_of, s.status, nullif(s.reason, ''), q.source_id, s.quote, q.at - 1,
       q.at - 1 + length(CAST(s.quote AS BLOB)), nullif(s.note, '')
FROM s_status_history s JOIN pledges p ON p.slug = s.pledge
JOIN quoted q ON q.file = 'status_history.csv' AND q.r = s.rowid AND q.at > 0 AND q.again = 0
ORDER BY s.rowid;
INSERT INTO status_preferences (pledge_id, as_of, status, reason)
SELECT p.id, s.as_of, s.status, s.preferred_reason
FROM s_status_history s JOIN pledges p ON p.slug = s.pledge
WHERE s.preferred = '1'
  AND EXISTS (SELECT 1 FROM status_history h
              WHERE h.pledge_id = p.id AND h.as_of = s.as_of AND h.status = s.status)
ORDER BY s.rowid
ON CONFLICT (pledge_id, as_of) DO UPDATE SET status = excluded.status, reason = excluded.reason;

-- Progress and revisions of targets: of a target the pledge has, in its unit.
INSERT INTO problems
SELECT q.file, q.r + 1, 'metric', 'pledge `' || q.pledge || '` has no target `'
       || CASE WHEN q.label = '' THEN q.metric ELSE q.metric || '_' || q.label END || '`'
FROM (SELECT 'target_progress.csv' AS file, rowid AS r, pledge, metric, label, unit FROM s_target_progress
      UNION ALL SELECT 'target_revisions.csv', rowid, pledge, metric, label, unit FROM s_target_revisions) q
JOIN pledges p ON p.slug = q.pledge
LEFT JOIN pledge_targets t ON t.pledge_id = p.id AND t.metric = q.metric AND t.label = q.label
WHERE t.pledge_id IS NULL
UNION ALL
SELECT q.file, q.r + 1, 'unit', '`' || q.unit || '` is not the target''s unit (' || t.unit || ')'
FROM (SELECT 'target_progress.csv' AS file, rowid AS r, pledge, metric, label, unit FROM s_target_progress
      UNION ALL SELECT 'target_revisions.csv', rowid, pledge, metric, label, unit FROM s_target_revisions) q
JOIN pledges p ON p.slug = q.pledge
JOIN pledge_targets t ON t.pledge_id = p.id AND t.metric = q.metric AND t.label = q.label
WHERE t.unit <> q.unit
UNION ALL
SELECT 'target_progress.csv', rowid + 1, 'amount', 'is empty or not a whole number'
FROM s_target_progress WHERE amount = '' OR amount GLOB '*[^0-9]*'
UNION ALL
SELECT 'target_revisions.csv', rowid + 1, c, '`' || n || '` is not a whole number'
FROM (SELECT rowid, 'amount' AS c, amount AS n FROM s_target_revisions
      UNION ALL SELECT rowid, 'minimum', minimum FROM s_target_revisions
      UNION ALL SELECT rowid, 'maximum', maximum FROM s_target_revisions)
WHERE n <> '' AND n GLOB '*[^0-9]*';
INSERT OR IGNORE INTO target_progress (id, pledge_id, metric, label, as_of, amount, unit, qualifier,
                             source_id, quote, quote_start, quote_end, note)
SELECT NULL, p.id, s.metric, s.label, s.as_of, CAST(s.amount AS INTEGER), s.unit,
       nullif(s.qualifier, ''), q.source_id, s.quote, q.at - 1,
       q.at - 1 + length(CAST(s.quote AS BLOB)), nullif(s.note, '')
FROM s_target_progress s JOIN pledges p ON p.slug = s.pledge
JOIN quoted q ON q.file = 'target_progress.csv' AND q.r = s.rowid AND q.at > 0 AND q.again = 0
ORDER BY s.rowid;
INSERT OR IGNORE INTO target_revisions (id, pledge_id, metric, label, as_of, amount, unit, qualifier,
                              minimum, maximum, source_id, quote, quote_start, quote_end, note)
SELECT NULL, p.id, s.metric, s.label, s.as_of, CAST(nullif(s.amount, '') AS INTEGER), s.unit,
       nullif(s.qualifier, ''), CAST(nullif(s.minimum, '') AS INTEGER),
       CAST(nullif(s.maximum, '') AS INTEGER), q.source_id, s.quote, q.at - 1,
       q.at - 1 + length(CAST(s.quote AS BLOB)), nullif(s.note, '')
FROM s_target_revisions s JOIN pledges p ON p.slug = s.pledge
JOIN quoted q ON q.file = 'target_revisions.csv' AND q.r = s.rowid AND q.at > 0 AND q.again = 0
ORDER BY s.rowid;

-- Relations between pledges: a conditional one says its condition, the others name the other
-- pledge, never the pledge itself.
INSERT INTO problems
SELECT 'pledge_relations.csv', rowid + 1, 'relation', '`' || relation || '` is not a relation'
FROM s_pledge_relations WHERE relation NOT IN ('part_of', 'restates', 'conditional', 'supersedes')
UNION ALL
SELECT 'pledge_relations.csv', rowid + 1, 'condition', 'is set for a relation other than conditional, or missing for one'
FROM s_pledge_relations WHERE (relation = 'conditional') <> (condition <> '')
UNION ALL
SELECT 'pledge_relations.csv', rowid + 1, 'other', 'is empty, or the pledge itself'
FROM s_pledge_relations WHERE (other = '' AND relation <> 'conditional') OR other = pledge
UNION ALL
SELECT 'pledge_relations.csv', s.rowid + 1, 'other', 'no pledge `' || s.other || '` in pledges.csv'
FROM s_pledge_relations s LEFT JOIN pledges p ON p.slug = s.other WHERE s.other <> '' AND p.id IS NULL;
CREATE INDEX pledge_relations_pledge ON pledge_relations (pledge_id, relation);
INSERT OR IGNORE INTO pledge_relations (id, pledge_id, relation, other_id, condition, source_id, quote,
                              quote_start, quote_end, note)
SELECT NULL, p.id, s.relation, o.id, nullif(s.condition, ''), q.source_id, s.quote, q.at - 1,
       q.at - 1 + length(CAST(s.quote AS BLOB)), nullif(s.note, '')
FROM s_pledge_relations s JOIN pledges p ON p.slug = s.pledge
LEFT JOIN pledges o ON o.slug = s.other AND s.other <> ''
JOIN quoted q ON q.file = 'pledge_relations.csv' AND q.r = s.rowid AND q.at > 0 AND q.again = 0
ORDER BY s.rowid;

-- No chain of part_of and restates relations, nor of supersedes ones, may lead a pledge back to
-- itself: each relation is followed from its other pledge (by the index the loader keeps too).
WITH RECURSIVE walk (r, target, id, grp, depth) AS (
    SELECT s.rowid, p.id, o.id, CASE WHEN s.relation = 'supersedes' THEN 2 ELSE 1 END, 1
    FROM s_pledge_relations s JOIN pledges p ON p.slug = s.pledge JOIN pledges o ON o.slug = s.other
    WHERE s.relation IN ('part_of', 'restates', 'supersedes')
    UNION ALL
    SELECT w.r, w.target, x.other_id, w.grp, w.depth + 1
    FROM walk w JOIN pledge_relations x ON x.pledge_id = w.id
    WHERE x.other_id IS NOT NULL AND w.id <> w.target AND w.depth < 64
      AND (CASE x.relation WHEN 'supersedes' THEN 2 WHEN 'conditional' THEN 0 ELSE 1 END) = w.grp)
INSERT INTO problems
SELECT DISTINCT 'pledge_relations.csv', r + 1, 'other',
       'would close a cycle; a pledge cannot be inside or a restatement of itself'
FROM walk WHERE id = target;

-- Claims about records that do not exist.
INSERT INTO problems
SELECT 'evidence.csv', s.rowid + 1, 'key',
       'no ' || s.subject || ' `' || s.key || '`: the claim is about a record that does not exist'
FROM s_evidence s
WHERE NOT CASE s.subject
    WHEN 'company' THEN EXISTS (SELECT 1 FROM companies WHERE slug = s.key)
    WHEN 'official' THEN EXISTS (SELECT 1 FROM officials WHERE slug = s.key)
    WHEN 'category' THEN EXISTS (SELECT 1 FROM categories WHERE slug = s.key)
    WHEN 'event' THEN EXISTS (SELECT 1 FROM events WHERE slug = s.key)
    WHEN 'pledge' THEN EXISTS (SELECT 1 FROM pledges WHERE slug = s.key)
    ELSE 1 END;

-- Every problem, in file and line order; one makes the build stop before anything is kept.
.mode list
.separator ""
.output stderr
SELECT file || ':' || line || ': ' || coalesce('column ' || col || ': ', '') || message
FROM problems ORDER BY file, line, col;
.output stdout
.separator "|"
CREATE TEMP TABLE gate (
    problems INTEGER CONSTRAINT "the seed folder has problems (listed above); nothing was built"
    CHECK (problems = 0));
INSERT INTO gate SELECT count(*) FROM problems;

----------------------------------------------------------------------------------------------
-- Once, at the end: the secondary indexes, the derived tables, the full-text indexes and the
-- triggers that keep them in step from now on.

DROP INDEX evidence_subject;
DROP INDEX pledge_relations_pledge;
.read deferred-indexes.sql
INSERT INTO pledge_current (pledge_id, entry_id, status, as_of)
SELECT pledge_id, id, status, as_of FROM (
    SELECT pledge_id, id, status, as_of,
           row_number() OVER (PARTITION BY pledge_id ORDER BY as_of DESC, id DESC) AS n
    FROM status_counting)
WHERE n = 1;
INSERT INTO status_counts (status, pledges)
SELECT status, count(*) FROM pledge_current GROUP BY status;
INSERT INTO status_disputes (pledge_id, as_of)
SELECT pledge_id, as_of FROM status_history
GROUP BY pledge_id, as_of
HAVING count(DISTINCT status) > 1;
INSERT INTO disputed_facts (subject, key, field)
SELECT subject, key, field FROM evidence
WHERE field NOT IN ('alias', 'category', 'company', 'event', 'government', 'made_by', 'made_to',
                    'market', 'participant', 'statement', 'title')
GROUP BY subject, key, field
HAVING count(DISTINCT value) > 1;
INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');
INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild');
INSERT INTO pledges_fts (pledges_fts) VALUES ('rebuild');
INSERT INTO status_history_fts (status_history_fts) VALUES ('rebuild');
.read deferred-triggers.sql
PRAGMA foreign_key_check;
COMMIT;
