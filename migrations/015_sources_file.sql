-- pledge database: sources by their article's file name.
--
-- A new source whose article file name another source already holds must hold the same text;
-- finding that other source read every source before it, which made a seed of 20,000 sources
-- quadratic (410 s of a million-pledge seed). `check` pairs sources by file the same way.

CREATE INDEX sources_file ON sources (file) WHERE file IS NOT NULL;
