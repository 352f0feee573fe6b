#!/usr/bin/env python3
"""Benchmarks of pledge against the sqlite3 shell doing the same work on the same files.

Run with `make bench`. For each size (10,000 and 1,000,000 pledges by default; set
BENCH_SIZES=10000 for a quick run) it generates a seed folder, then times each side several
times and reports medians, their ratio and peak memory, in bench/results.md. Standard library
only; installs the sqlite3 shell from Debian's packages when it is missing.
"""

import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("BENCH_DATA", ROOT / "bench" / "data"))
PLEDGE = ROOT / "target" / "release" / "pledge"
GENERATE = ROOT / "target" / "release" / "examples" / "generate"
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "10000,1000000").split(",")]
TODAY = "2026-11-21"

def run(cmd, stdout=subprocess.DEVNULL, stdin=None):
    """Runs cmd; returns (seconds, peak resident KiB) of the child, raising on failure."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, stdin=subprocess.PIPE if stdin else None)
    if stdin:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}\n{err}")
    return took, usage.ru_maxrss, err


def median_of(times, cmd_factory, setup=None):
    """Median seconds and peak KiB over `times` runs of the command cmd_factory() builds."""
    seconds, peaks = [], []
    for _ in range(times):
        if setup:
            setup()
        cmd, kwargs = cmd_factory()
        took, peak, _ = run(cmd, **kwargs)
        seconds.append(took)
        peaks.append(peak)
    return statistics.median(seconds), max(peaks)


def ensure_tools():
    if shutil.which("sqlite3") is None:
        print("installing sqlite3 from Debian's packages", file=sys.stderr)
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "sqlite3"], check=True)
    subprocess.run(["cargo", "build", "--release", "--locked", "--bin", "pledge", "--example", "generate"],
                   cwd=ROOT, check=True)


def generate(n):
    folder = DATA / f"seeds-{n}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        run([GENERATE, "--pledges", str(n), "--dir", folder])
        marker.write_text("")
    return folder


def remove(*paths):
    for path in paths:
        Path(path).unlink(missing_ok=True)


def bench_size(n, results):
    seeds = generate(n)
    work = DATA / f"work-{n}"
    work.mkdir(parents=True, exist_ok=True)
    db = work / "pledges.db"
    raw = work / "raw.db"
    big = n >= 100_000
    slow_runs = 3 if big else 5
    fast_runs = 10 if big else 20
    row = lambda name, ours, theirs, note="": results.append((n, name, ours, theirs, note))

    # 1. load: pledge seed against .import of the same CSV files into plain TEXT tables.
    csvs = sorted(p for p in seeds.glob("*.csv"))
    script = "".join(f".import --csv '{p}' {p.stem}\n" for p in csvs)
    phases = []

    def pledge_seed():
        return [PLEDGE, "--db", db, "--today", TODAY, "seed", "--dir", seeds, "--timings"], {}

    seconds, peaks = [], []
    for _ in range(slow_runs):
        remove(db)
        took, peak, err = run(pledge_seed()[0])
        seconds.append(took)
        peaks.append(peak)
        line = next(l for l in err.splitlines() if l.startswith("timings:"))
        phases.append({k: float(v.rstrip("s")) for k, v in (p.rsplit(" ", 1) for p in line[9:].split(", "))})
    ours = statistics.median(seconds)
    load_peak = max(peaks)
    theirs, _ = median_of(slow_runs, lambda: (["sqlite3", raw], {"stdin": script}), setup=lambda: remove(raw))
    search = statistics.median(p["search index"] for p in phases)
    row("load", ours, theirs, f"of which search index {search:.2f} s; peak memory {load_peak / 1024:.0f} MiB")
    remove(db)
    run(pledge_seed()[0])

    # 2. export: pledge_status to a file.
    out = work / "status.csv"
    ours, export_peak = median_of(slow_runs, lambda: ([PLEDGE, "--db", db, "--today", TODAY, "export", "pledge_status",
                                                     "--out", out, "--plain"], {}))
    theirs, _ = median_of(slow_runs, lambda: (["sqlite3", "-csv", "-header", db, EXPORT_SQL.format(on=TODAY)],
                                             {"stdout": open(work / "status-sqlite.csv", "w")}))
    row("export", ours, theirs, f"peak memory {export_peak / 1024:.0f} MiB")
    results.append((n, "memory", load_peak, export_peak, "peak KiB: load, export"))

    # 3. list, 4. status, 5. show.
    company, category, pledge = pick(db)
    list_args = ["list", "--status", "in_progress", "--company", company, "--category", category, "--limit", "50"]
    for name, args, sql in [
        ("list", list_args, LIST_SQL.format(on=TODAY, company=company, category=category)),
        ("status", ["status", "--limit", "50"], STATUS_SQL.format(on=TODAY)),
        ("status", ["status"], STATUS_LATEST_SQL.format(on=TODAY)),
        ("show", ["show", pledge], SHOW_SQL.format(on=TODAY, pledge=pledge)),
    ]:
        ours, _ = median_of(fast_runs, lambda: ([PLEDGE, "--db", db, "--today", TODAY, "--format", "csv", *args], {}))
        theirs, _ = median_of(fast_runs, lambda: (["sqlite3", "-csv", db, sql], {}))
        row(name, ours, theirs, " ".join(args))

    # 6. search of a word in every event's quote and of one in every pledge's title,
    # 7. conflicts, all limited.
    for name, args, sql in [
        ("search", ["search", "held", "--limit", "20"], SEARCH_SQL.format(query='"held"', limit=20)),
        ("search", ["search", "pledge", "--limit", "20"], SEARCH_SQL.format(query='"pledge"', limit=20)),
        ("conflicts", ["conflicts", "--limit", "50"], CONFLICTS_SQL.format(limit=50)),
        ("sources", ["sources", "--limit", "50"], SOURCES_SQL.format(limit=50)),
    ]:
        ours, _ = median_of(fast_runs, lambda: ([PLEDGE, "--db", db, "--today", TODAY, "--format", "csv", *args], {}))
        theirs, _ = median_of(fast_runs, lambda: (["sqlite3", "-csv", db, sql], {}))
        row(name, ours, theirs, " ".join(args))


def pick(db):
    """A company with subsidiaries, a top-level category and a pledge, from the database."""
    q = lambda sql: subprocess.run(["sqlite3", db, sql], capture_output=True, text=True, check=True).stdout.strip()
    company = q("SELECT p.slug FROM companies p WHERE EXISTS (SELECT 1 FROM companies c WHERE c.parent_id = p.id) "
                "ORDER BY p.id LIMIT 1")
    category = q("SELECT slug FROM categories WHERE parent_id IS NULL ORDER BY id LIMIT 1")
    pledge = q("SELECT slug FROM pledges ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM pledges)")
    return company, category, pledge


def version_time():
    seconds, _ = median_of(50, lambda: ([PLEDGE, "--version"], {}))
    return seconds


def machine():
    cpu = "unknown"
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), {mem:.0f} GiB; sqlite3 shell {sqlite}"


def report(results, version):
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    lines = [
        "# Benchmark results",
        "",
        f"- date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- commit: {commit}",
        f"- machine: {machine()}",
        "- medians of several runs of each side, in one run of `make bench`; ratio = pledge / sqlite3",
        "",
        "| pledges | task | pledge | sqlite3 shell | ratio | notes |",
        "|---:|---|---:|---:|---:|---|",
    ]
    for n, name, ours, theirs, note in results:
        if name == "memory":
            lines.append(f"| {n:,} | peak memory (load / export) | {ours / 1024:.0f} MiB | {theirs / 1024:.0f} MiB | | pledge seed / pledge export |")
            continue
        lines.append(f"| {n:,} | {name} | {fmt(ours)} | {fmt(theirs)} | {ours / theirs:.2f}x | {note} |")
    lines += ["", f"`pledge --version`: {fmt(version)} (median of 50 runs)", ""]
    text = "\n".join(lines)
    (ROOT / "bench" / "results.md").write_text(text)
    print(text)


def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main():
    ensure_tools()
    results = []
    for n in SIZES:
        print(f"benchmarking {n:,} pledges", file=sys.stderr)
        bench_size(n, results)
    report(results, version_time())


# What pledge's list, export, status and show run (src/db/pledges.rs assembles them from the
# same pieces), with the values written in. The Debian sqlite3 shell (3.40) predates ordered
# aggregates (`group_concat(x, sep ORDER BY y)`, 3.44), so its lists are ordered in a subquery. `pledge_current` is the schema's own table of each
# pledge's latest status, which pledge reads for any date on or after the latest entry, and
# `status_counts` its tally by status.
SUMMARY_COLUMNS = """
SELECT p.id, p.slug, p.title, p.description, p.kind,
       (SELECT group_concat(x, '; ') FROM (
            SELECT coalesce(c.name, g.name) AS x FROM pledge_parties pp
            LEFT JOIN companies c ON c.id = pp.company_id
            LEFT JOIN governments g ON g.id = pp.government_id
            WHERE pp.pledge_id = p.id AND pp.role = 'pledger' ORDER BY 1)) AS company,
       (SELECT group_concat(x, '; ') FROM (
            SELECT coalesce(o.name, o.slug) AS x FROM pledge_parties pp
            JOIN officials o ON o.id = pp.official_id
            WHERE pp.pledge_id = p.id AND pp.role = 'made_by' ORDER BY 1)) AS made_by,
       (SELECT group_concat(x, '; ') FROM (
            SELECT coalesce(o.name, o.slug, g.name) AS x FROM pledge_parties pp
            LEFT JOIN officials o ON o.id = pp.official_id
            LEFT JOIN governments g ON g.id = pp.government_id
            WHERE pp.pledge_id = p.id AND pp.role = 'made_to' ORDER BY 1)) AS made_to,
       p.made_on, p.formality, p.deadline, p.focus, p.note, s.status, s.as_of AS since,
       (SELECT e.slug FROM events e WHERE e.id = p.made_at_id) AS made_at,
       (SELECT group_concat(x, char(31)) FROM (
            SELECT t.metric || ':' || t.amount || ':' || coalesce(t.qualifier, '') AS x
            FROM pledge_targets t WHERE t.pledge_id = p.id ORDER BY t.metric)) AS targets,
       (SELECT group_concat(x, char(31)) FROM (
            SELECT k.slug AS x FROM pledge_categories pc JOIN categories k ON k.id = pc.category_id
            WHERE pc.pledge_id = p.id ORDER BY k.slug)) AS categories
FROM pledges p
LEFT JOIN pledge_current s ON s.pledge_id = p.id
WHERE coalesce(p.made_on, '') <= '{on}'"""
ORDER = "\nORDER BY coalesce(p.made_on, ''), p.slug\nLIMIT {limit};"
EXPORT_SQL = SUMMARY_COLUMNS + ORDER.replace("{limit}", "-1")
LIST_SQL = SUMMARY_COLUMNS + """
  AND p.id IN (
    SELECT pp.pledge_id FROM pledge_parties pp WHERE pp.company_id IN (
        WITH RECURSIVE tree (id) AS (
            SELECT (SELECT id FROM companies WHERE slug = '{company}')
            UNION SELECT k.id FROM companies k JOIN tree ON k.parent_id = tree.id)
        SELECT id FROM tree))
  AND EXISTS (
    SELECT 1 FROM pledge_categories pc WHERE pc.pledge_id = p.id AND pc.category_id IN (
        WITH RECURSIVE tree (id) AS (
            SELECT (SELECT id FROM categories WHERE slug = '{category}')
            UNION SELECT k.id FROM categories k JOIN tree ON k.parent_id = tree.id)
        SELECT id FROM tree))
  AND instr(',in_progress,', ',' || s.status || ',') > 0""" + ORDER.replace("{limit}", "50")
STATUS_SQL = """
SELECT status, pledges FROM status_counts WHERE pledges > 0
UNION ALL
SELECT NULL, n FROM (
    SELECT (SELECT count(*) FROM pledges) - (SELECT coalesce(sum(pledges), 0) FROM status_counts) AS n)
WHERE n > 0;""" + SUMMARY_COLUMNS + ORDER.replace("{limit}", "50")
# The counts, then the ten latest changes, read newest first from pledge_current.
STATUS_LATEST_SQL = STATUS_SQL[:STATUS_SQL.index("SELECT p.id")] + SUMMARY_COLUMNS.replace(
    "FROM pledges p\nLEFT JOIN pledge_current s ON s.pledge_id = p.id",
    "FROM pledge_current s\nCROSS JOIN pledges p ON p.id = s.pledge_id") + """
  AND s.status IS NOT NULL
ORDER BY s.as_of DESC, p.made_on DESC, p.slug
LIMIT 10;"""
SHOW_SQL = SUMMARY_COLUMNS + """ AND p.slug = '{pledge}';
SELECT e.slug, e.kind, e.start_on, e.date_precision, pe.relation, e.title
FROM pledge_events pe JOIN events e ON e.id = pe.event_id
WHERE pe.pledge_id = (SELECT id FROM pledges WHERE slug = '{pledge}')
ORDER BY e.start_on IS NULL, e.start_on, e.slug;
SELECT h.as_of, h.status, h.reason, s.slug, h.quote, h.note
FROM status_history h JOIN sources s ON s.id = h.source_id
WHERE h.pledge_id = (SELECT id FROM pledges WHERE slug = '{pledge}') AND h.as_of <= '{on}'
ORDER BY h.as_of, h.id;
SELECT e.field, e.value, s.slug, e.quote, coalesce(o.name, o.slug)
FROM evidence e
JOIN sources s ON s.id = e.source_id
LEFT JOIN officials o ON o.id = e.speaker_id
WHERE e.subject = 'pledge' AND e.key = '{pledge}'
ORDER BY e.field, e.value, s.slug, e.id;"""

# The ranking of src/db/search.rs, then a snippet of each hit kept, in one statement: the
# least any search must do (score every match, cut the kept snippets).
SEARCH_SQL = """
WITH claims AS MATERIALIZED (
    SELECT e.subject || '/' || e.key || '/' || e.field AS fact, e.source_id, e.quote,
           e.id, bm25(evidence_fts) AS score
    FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid
    WHERE evidence_fts MATCH '{query}'),
facts AS (
    SELECT source_id, quote, fact, min(id) AS id, min(score) AS score
    FROM claims GROUP BY source_id, quote, fact),
ranked AS (
    SELECT found, rowid, record, source FROM (
        SELECT 0 AS found, s.id AS rowid, s.slug AS record, s.slug AS source,
               bm25(sources_fts) AS score
        FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
        WHERE sources_fts MATCH '{query}'
        UNION ALL
        SELECT 1, min(f.id), group_concat(f.fact, ', '), s.slug, min(f.score)
        FROM facts f JOIN sources s ON s.id = f.source_id
        GROUP BY f.source_id, f.quote
        UNION ALL
        SELECT 2, p.id, p.slug, NULL, bm25(pledges_fts)
        FROM pledges_fts JOIN pledges p ON p.id = pledges_fts.rowid
        WHERE pledges_fts MATCH '{query}')
    ORDER BY score, found, record
    LIMIT {limit})
SELECT r.found, r.record, r.source,
       coalesce((SELECT snippet(sources_fts, -1, '[', ']', '…', 24) FROM sources_fts
                 WHERE r.found = 0 AND sources_fts MATCH '{query}' AND rowid = r.rowid),
                (SELECT snippet(evidence_fts, 0, '[', ']', '…', 24) FROM evidence_fts
                 WHERE r.found = 1 AND evidence_fts MATCH '{query}' AND rowid = r.rowid),
                (SELECT snippet(pledges_fts, -1, '[', ']', '…', 24) FROM pledges_fts
                 WHERE r.found = 2 AND pledges_fts MATCH '{query}' AND rowid = r.rowid))
FROM ranked r;"""
CONFLICTS_SQL = """
SELECT d.subject || '/' || d.key || '/' || d.field, e.value, s.slug, e.quote,
       e.preferred, e.preferred_reason
FROM disputed_facts d
CROSS JOIN evidence e ON e.subject = d.subject AND e.key = d.key AND e.field = d.field
JOIN sources s ON s.id = e.source_id
ORDER BY d.subject, d.key, d.field, e.preferred DESC, e.value, s.slug, e.id
LIMIT {limit};"""
SOURCES_SQL = """
SELECT s.slug, s.kind, s.title, s.publisher, s.published_on, s.url, s.body IS NOT NULL,
       (SELECT count(*) FROM evidence e WHERE e.source_id = s.id)
       + (SELECT count(*) FROM status_history h WHERE h.source_id = s.id)
FROM sources s
ORDER BY s.slug
LIMIT {limit};"""

if __name__ == "__main__":
    main()
