#!/bin/sh
# Compares two pledge databases table by table, in any row order: the schema, then per table the
# row count and a SHA-256 of its rows, then the spans of the quotes (quote_start, quote_end), row
# by row. The journal, meta and the hash chain are left out: they hold when and from where the
# database was built, which no two builds share. The full-text indexes are checked against
# their tables in each database (FTS5's integrity-check) rather than compared: how an index is
# cut into segments depends on how it was filled, not on what it holds.
#
#   bench/pipeline-compare.sh A.db B.db
#
# Exits 1 when the schema or any row differs. Spans that differ are counted and listed but only
# fail with --exact-spans: the shell places a quote that differs from its article in white space
# or typography in a plain copy of the text, not in the article itself.
set -eu
exact=
if [ "${1:-}" = "--exact-spans" ]; then
    exact=1
    shift
fi
if [ $# -ne 2 ]; then
    echo "usage: $0 [--exact-spans] A.db B.db" >&2
    exit 2
fi
tables() {
    sqlite3 "$1" "SELECT name FROM sqlite_master WHERE type = 'table'
                  AND name NOT IN ('journal', 'meta', 'hash_chain') AND name NOT GLOB 'sqlite_*'
                  AND name NOT GLOB '*_fts_*' ORDER BY name"
}
# Every column but the spans, as a select list.
columns() {
    sqlite3 "$1" "SELECT group_concat('\"' || name || '\"', ', ') FROM pragma_table_info('$2')
                  WHERE name NOT IN ('quote_start', 'quote_end')"
}
digest() {
    sqlite3 "$1" "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    for f in $(sqlite3 "$1" "SELECT name FROM sqlite_master WHERE sql GLOB 'CREATE VIRTUAL TABLE*'
                             ORDER BY name"); do
        sqlite3 "$1" "INSERT INTO \"$f\" (\"$f\") VALUES ('integrity-check')" && echo "$f matches its table"
    done
    for t in $(tables "$1"); do
        rows=$(sqlite3 -csv "$1" "SELECT $(columns "$1" "$t") FROM \"$t\"" | sort | sha256sum | cut -c1-16)
        echo "$t $(sqlite3 "$1" "SELECT count(*) FROM \"$t\"") $rows"
    done
}
a=$(mktemp)
b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
digest "$1" >"$a"
digest "$2" >"$b"
if ! diff "$a" "$b" >&2; then
    echo "$1 and $2 differ (lines above: table, rows, digest)" >&2
    exit 1
fi
spans=0
for t in evidence status_history target_progress target_revisions pledge_relations; do
    differ=$(sqlite3 "$1" "ATTACH '$2' AS b;
        SELECT '$t ' || x.id || ': ' || x.quote_start || '-' || x.quote_end || ' and '
               || y.quote_start || '-' || y.quote_end
        FROM main.\"$t\" x JOIN b.\"$t\" y ON y.id = x.id
        WHERE x.quote_start IS NOT y.quote_start OR x.quote_end IS NOT y.quote_end")
    if [ -n "$differ" ]; then
        echo "$differ" >&2
        spans=$((spans + $(echo "$differ" | wc -l)))
    fi
done
echo "same schema and rows in $(tables "$1" | wc -l) tables; quote spans differ in $spans rows"
if [ -n "$exact" ] && [ "$spans" -gt 0 ]; then
    exit 1
fi
