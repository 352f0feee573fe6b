#!/bin/sh
# The reference for `pledge seed`: one sqlite3 shell process builds the same database from the same
# seed folder with set-based SQL (bench/pipeline.sql). See bench/README.md.
#
#   bench/pipeline.sh SEEDS DB          build DB from the seed folder SEEDS (DB must not exist)
#   bench/pipeline.sh --raw SEEDS DB    only `.import` every CSV file into plain TEXT tables
#
# Exits 1 with the problems listed (FILE:LINE: column COLUMN: what is wrong) when the seed folder
# does not check out.
set -eu
raw=
if [ "${1:-}" = "--raw" ]; then
    raw=1
    shift
fi
if [ $# -ne 2 ]; then
    echo "usage: $0 [--raw] SEEDS DB" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=$(cd "$1" && pwd)
case $2 in /*) db=$2 ;; *) db=$(pwd)/$2 ;; esac
if [ -e "$db" ]; then
    echo "$db exists already; give a new file" >&2
    exit 2
fi
# The seed files in load order, parents first (as `pledge seed` reads them).
tables="sources companies company_aliases officials official_aliases governments categories
category_aliases category_hs_codes evidence official_titles events event_participants pledges
pledge_parties pledge_markets pledge_targets pledge_categories pledge_events status_history
target_progress target_revisions pledge_relations"

quoted() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g")"; }

script() {
    echo ".bail on"
    echo ".output /dev/null"
    echo "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;"
    echo "PRAGMA cache_size = -262144; PRAGMA foreign_keys = OFF;"
    echo ".output stdout"
    if [ -n "$raw" ]; then
        for t in $tables; do echo ".import --csv $(quoted "$seeds/$t.csv") $t"; done
        return
    fi
    # The schema as `pledge init` leaves it: schema.sql, at the version of the last step.
    echo ".read $(quoted "$root/schema.sql")"
    n=0
    for m in "$root"/migrations/[0-9][0-9][0-9]_*.sql; do n=$((n + 1)); done
    echo "PRAGMA user_version = $n;"
    echo "BEGIN;"
    [ -n "${PIPELINE_TIMER:-}" ] && echo ".timer on"
    for t in $tables; do echo ".import --csv --schema temp $(quoted "$seeds/$t.csv") s_$t"; done
    echo ".parameter set @articles $(quoted "$seeds/articles/")"
    echo ".read $(quoted "$root/bench/pipeline.sql")"
}

# The statements the script writes for itself (what it sets aside and replays) go in a folder
# of their own.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
script | (cd "$work" && sqlite3 "$db") || status=$?
if [ "$status" -ne 0 ]; then
    rm -f "$db"
    exit 1
fi
