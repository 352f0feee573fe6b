-- pledge database, schema version 2: status entries can be found by the source that reports
-- them, as evidence already can (evidence_source), so that `pledge sources` counts each
-- source's quotes without reading the whole status history once per source.
CREATE INDEX status_history_source ON status_history (source_id);
