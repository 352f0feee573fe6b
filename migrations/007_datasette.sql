-- pledge database: the full-text tables declared as Datasette and sqlite-utils recognise them
-- (`content="pledges"`: they look for the double-quoted form and miss `content = 'pledges'`),
-- and views of what the command line shows, for clients that read the file directly.
--
-- The search tables are dropped and made again with the same columns, triggers and trigger
-- names (the seed loader finds the triggers by their `_fts_` names), then filled from their
-- tables.
DROP TRIGGER sources_fts_insert;
DROP TRIGGER sources_fts_delete;
DROP TRIGGER sources_fts_update;
DROP TRIGGER evidence_fts_insert;
DROP TRIGGER evidence_fts_delete;
DROP TRIGGER evidence_fts_update;
DROP TRIGGER pledges_fts_insert;
DROP TRIGGER pledges_fts_delete;
DROP TRIGGER pledges_fts_update;
DROP TABLE sources_fts;
DROP TABLE evidence_fts;
DROP TABLE pledges_fts;

CREATE VIRTUAL TABLE sources_fts USING fts5 (title, body, content="sources", content_rowid="id");
CREATE VIRTUAL TABLE evidence_fts USING fts5 (quote, content="evidence", content_rowid="id");
CREATE VIRTUAL TABLE pledges_fts USING fts5 (title, description, content="pledges", content_rowid="id");

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

INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');
INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild');
INSERT INTO pledges_fts (pledges_fts) VALUES ('rebuild');

-- One row per pledge, as `pledge list` shows it: names rather than ids, the targets and
-- categories in one cell each, the latest recorded status and since when. `overdue` compares
-- the deadline with the clock of whoever reads the view (SQLite's `date('now')`, in UTC), where
-- `pledge list` takes --today. Lists are built in ordered subqueries: SQLite before 3.44 has no
-- ORDER BY inside an aggregate.
CREATE VIEW pledge_status AS
SELECT p.slug,
       p.title,
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
       CASE WHEN p.deadline < date('now')
                 AND coalesce(pc.status, '') NOT IN ('kept', 'partially_kept', 'broken', 'withdrawn')
            THEN 'yes' ELSE 'no' END AS overdue
FROM pledges p
JOIN companies c ON c.id = p.company_id
LEFT JOIN officials mb ON mb.id = p.made_by_id
LEFT JOIN officials mt ON mt.id = p.made_to_id
LEFT JOIN pledge_current pc ON pc.pledge_id = p.id;

-- Every status entry, as `pledge timeline` shows it: the pledge and source by slug, with the
-- quote that backs the entry.
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
