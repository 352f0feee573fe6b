-- pledge database: how pledges bear on one another.
--
-- A relation is a fact with its own source and quote, like a status entry, and like one it is
-- append-only: a relation found wrong is answered by a new one, never rewritten. `other_id` is
-- the pledge related to; a `conditional` relation may have none (the condition is then outside
-- any recorded pledge) and is the only kind that carries a condition, which it must. A pledge is
-- never related to itself. A cycle through part_of and restates would make totals leave out
-- every pledge on it: the loader refuses one, and `pledge check` reports one that slipped past.

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
CREATE INDEX pledge_relations_pledge ON pledge_relations (pledge_id, relation);
CREATE INDEX pledge_relations_other ON pledge_relations (other_id, relation) WHERE other_id IS NOT NULL;
CREATE INDEX pledge_relations_source ON pledge_relations (source_id);

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

-- Relations join the hash chain. Which tables are chained is the program's list
-- (src/db/chain.rs); the schema checks only that a name has the shape of a table's, so that a
-- table added to the chain later does not need this table rebuilt again.
CREATE TABLE hash_chain_new (
    name    TEXT PRIMARY KEY CHECK (name <> '' AND name NOT GLOB '*[^a-z_]*'),
    last_id INTEGER NOT NULL,
    sha256  TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')
) STRICT, WITHOUT ROWID;
INSERT INTO hash_chain_new SELECT * FROM hash_chain;
DROP TABLE hash_chain;
ALTER TABLE hash_chain_new RENAME TO hash_chain;
