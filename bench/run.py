#!/usr/bin/env python3
"""Benchmarks of pledge against the sqlite3 shell doing the same work on the same files.

Run with `make bench`. For each size (10,000 and 1,000,000 pledges by default; set
BENCH_SIZES=10000 for a quick run) it generates a seed folder, then times each side several
times and reports medians, their ratio and peak memory, in bench/results.md; then times `pledge
draft` on every excerpt of the development set, in bench/results-draft.md (BENCH_ONLY=draft
runs that part alone). Standard library only; installs the sqlite3 shell from Debian's packages
when it is missing.
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
# Where cargo builds: `target/` unless CARGO_TARGET_DIR says otherwise (relative to ROOT, where
# cargo runs below).
TARGET = ROOT / os.environ.get("CARGO_TARGET_DIR", "target")
PLEDGE = TARGET / "release" / "pledge"
GENERATE = TARGET / "release" / "examples" / "generate"
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "10000,1000000").split(",")]
TODAY = "2026-11-21"
# A date in the past of every generated history, for `status --as-of`.
PAST = "2019-01-01"

def run(cmd, stdout=subprocess.DEVNULL, stdin=None, ok=(0,)):
    """Runs cmd; returns (seconds, peak resident KiB, stderr) of the child, raising when it
    exits with a code not in `ok`."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, stdin=subprocess.PIPE if stdin else None)
    if stdin:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) not in ok:
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


def pair(times, ours, theirs, setup=None):
    """Runs the two commands in turn (A B A B ...) so that a drift of the machine's speed
    touches both; returns the median seconds of each and pledge's peak KiB."""
    a, b, peaks = [], [], []
    for _ in range(times):
        for side, factory, into in ((0, ours, a), (1, theirs, b)):
            if setup:
                setup(side)
            cmd, kwargs = factory()
            took, peak, _ = run(cmd, **kwargs)
            into.append(took)
            if side == 0:
                peaks.append(peak)
    return statistics.median(a), statistics.median(b), max(peaks)


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
    piped = work / "pipeline.db"
    raw = work / "raw.db"
    big = n >= 1_000_000
    slow_runs = int(os.environ.get("BENCH_SLOW_RUNS", 1 if big else 3))
    fast_runs = 10 if big else 20
    row = lambda name, ours, theirs, target, note="": results.append((n, name, ours, theirs, target, note))
    pledge = lambda *args: [PLEDGE, "--db", db, "--today", TODAY, *args]

    # 1. load: pledge seed, against the shell pipeline that reaches the same end state and
    # against a bare .import of the same files into TEXT tables; the three in turn.
    csvs = sorted(p for p in seeds.glob("*.csv"))
    script = "".join(f".import --csv '{p}' {p.stem}\n" for p in csvs)
    seconds = {"seed": [], "pipeline": [], "import": []}
    phases, load_peak = [], 0
    for _ in range(slow_runs):
        remove(db, piped, raw)
        took, peak, err = run(pledge("seed", "--dir", seeds, "--timings"))
        seconds["seed"].append(took)
        load_peak = max(load_peak, peak)
        line = next(l for l in err.splitlines() if l.startswith("timings:"))
        phases.append({k: float(v.rstrip("s")) for k, v in (p.rsplit(" ", 1) for p in line[9:].split(", "))})
        seconds["pipeline"].append(run([ROOT / "bench" / "pipeline.sh", seeds, piped])[0])
        seconds["import"].append(run(["sqlite3", raw], stdin=script)[0])
    ours = statistics.median(seconds["seed"])
    shares = ", ".join(f"{k} {statistics.median(p[k] for p in phases):.2f} s" for k in phases[0])
    row("load", ours, statistics.median(seconds["pipeline"]), "≤ 0.8x",
        f"against bench/pipeline.sh; phases: {shares}; peak memory {load_peak / 1024:.0f} MiB")
    row("load", ours, statistics.median(seconds["import"]), "", "against a bare `.import` into TEXT tables")
    results.append((n, "memory", "load", load_peak))
    remove(piped, raw)

    # 2. export: pledge_status to a CSV file against the shell's -csv, and to a workbook.
    out = work / "status.csv"
    ours, theirs, peak = pair(slow_runs, lambda: (pledge("export", "pledge_status", "--out", out, "--plain"), {}),
                              lambda: (["sqlite3", "-csv", "-header", db, EXPORT_SQL.format(on=TODAY)],
                                       {"stdout": open(work / "status-sqlite.csv", "w")}))
    row("export csv", ours, theirs, "≤ 0.8x", f"pledge_status; peak memory {peak / 1024:.0f} MiB")
    results.append((n, "memory", "export csv", peak))
    ours, peak = median_of(slow_runs, lambda: (pledge("export", "pledge_status", "--out", work / "status.xlsx"), {}),
                           setup=lambda: remove(work / "status.xlsx"))
    row("export xlsx", ours, None, "< 30 s", f"pledge_status; peak memory {peak / 1024:.0f} MiB")
    results.append((n, "memory", "export xlsx", peak))

    # 3. whole-table outputs stream: peak memory of every row, as a table and as CSV.
    for name, args in [("list (table)", ["list"]), ("list (csv)", ["--format", "csv", "list"]),
                       ("status --all (table)", ["status", "--all"]), ("timeline (csv)", ["--format", "csv", "timeline"])]:
        took, peak, _ = run(pledge(*args), stdout=open(work / "whole.out", "w"))
        row(name, took, None, "", f"every row; peak memory {peak / 1024:.0f} MiB")
        results.append((n, "memory", name, peak))

    # 4. bounded reads against the shell running the same query.
    company, category, one = pick(db)
    list_args = ["list", "--status", "in_progress", "--company", company, "--category", category, "--limit", "50"]
    for name, args, sql in [
        ("list", list_args, LIST_SQL.format(on=TODAY, company=company, category=category)),
        ("status", ["status", "--limit", "50"], STATUS_SQL.format(on=TODAY)),
        ("status", ["status"], STATUS_LATEST_SQL.format(on=TODAY)),
        ("status", ["status", "--as-of", PAST, "--limit", "50"], STATUS_PAST_SQL.format(on=PAST)),
        ("show", ["show", one], SHOW_SQL.format(on=TODAY, pledge=one)),
        ("timeline", ["timeline", one], TIMELINE_ONE_SQL.format(on=TODAY, pledge=one)),
        ("timeline", ["timeline", "--limit", "50"], TIMELINE_SQL.format(on=TODAY, limit=50)),
        ("search", ["search", "held"], SEARCH_SQL.format(query='"held"', limit=20)),
        ("search", ["search", "jobs"], SEARCH_SQL.format(query='"jobs"', limit=20)),
        ("conflicts", ["conflicts", "--limit", "50"], CONFLICTS_SQL.format(limit=50)),
        ("sources", ["sources", "--limit", "50"], SOURCES_SQL.format(limit=50)),
        ("companies", ["companies", "--limit", "50"], COMPANIES_SQL.format(limit=50)),
        ("officials", ["officials", "--limit", "50"], OFFICIALS_SQL.format(limit=50)),
    ]:
        ours, theirs, _ = pair(fast_runs, lambda: (pledge("--format", "csv", *args), {}),
                               lambda: (["sqlite3", "-csv", db, sql], {}))
        row(name, ours, theirs, "< 100 ms, ≤ 1.2x", " ".join(args))

    # 5. check, then single writes on a copy of the database.
    # check exits 1 when it finds problems: the generated histories have stale pledges.
    ours, _ = median_of(slow_runs, lambda: (pledge("check"), {"ok": (0, 1)}))
    row("check", ours, None, "< 10 s", "every rule over the whole database")
    for name, args in writes(db, one):
        took, _, _ = run(pledge(*args))
        row(name, took, None, "< 100 ms", " ".join(map(str, args)))


def writes(db, one):
    """Single writes, each its own process: a URL-only source, a company, a status update of
    one pledge quoting the source of its latest entry."""
    q = lambda sql: subprocess.run(["sqlite3", "-separator", "\t", db, sql], capture_output=True, text=True,
                                   check=True).stdout.strip()
    source, quote = q(f"SELECT s.slug, h.quote FROM status_history h JOIN sources s ON s.id = h.source_id "
                      f"JOIN pledges p ON p.id = h.pledge_id WHERE p.slug = '{one}' "
                      f"ORDER BY h.as_of DESC, h.id DESC LIMIT 1").split("\t")
    stamp = datetime.datetime.now().strftime("%H%M%S")
    return [
        ("add source", ["add", "source", "--url", f"https://example.com/bench-{stamp}", "--title", "A bench source"]),
        ("add company", ["add", "company", "--name", f"Bench Company {stamp}"]),
        ("update", ["update", one, "--status", "scaled_back", "--as-of", TODAY, "--source", source,
                    "--quote", quote]),
    ]


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


def stamp():
    """When, on which commit and on what machine a report was measured."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return [
        f"- date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- commit: {commit}",
        f"- machine: {machine()}",
    ]


def report(results, version):
    lines = [
        "# Benchmark results",
        "",
        *stamp(),
        "- one run of `make bench`: each side's median of several runs, the two sides in turn;",
        "  ratio = pledge / reference",
        "",
        "| pledges | task | pledge | reference | ratio | target | notes |",
        "|---:|---|---:|---:|---:|---|---|",
    ]
    for n, name, ours, theirs, target, note in (r for r in results if r[1] != "memory"):
        ratio = f"{ours / theirs:.2f}x" if theirs else ""
        lines.append(f"| {n:,} | {name} | {fmt(ours)} | {fmt(theirs) if theirs else ''} | {ratio} | {target} | {note} |")
    peaks = {}
    for n, _, what, peak in (r for r in results if r[1] == "memory"):
        peaks.setdefault(what, {})[n] = peak
    sizes = sorted({r[0] for r in results})
    lines += ["", "Peak memory (MiB); the last column is the largest size against the smallest, within 1.5x",
              "for outputs that stream:", "",
              "| output | " + " | ".join(f"{n:,}" for n in sizes) + " | largest / smallest |",
              "|---|" + "---:|" * (len(sizes) + 1)]
    for what, by in peaks.items():
        cells = " | ".join(f"{by[n] / 1024:.0f}" if n in by else "" for n in sizes)
        growth = f"{by[sizes[-1]] / by[sizes[0]]:.2f}x" if len(sizes) > 1 and sizes[0] in by and sizes[-1] in by else ""
        lines.append(f"| {what} | {cells} | {growth} |")
    lines += ["", f"`pledge --version`: {fmt(version)} (median of 50 runs)", ""]
    text = "\n".join(lines)
    (ROOT / "bench" / "results.md").write_text(text)
    print(text)


def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def draft_times():
    """`pledge draft` on each excerpt of the development set (tests/data/draft), as a person runs
    it on a saved article: the process from start to exit, median of five runs an article, the
    database absent. Returns (wall seconds, processor seconds, file name), slowest first."""
    folder = DATA / "draft"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    times = []
    for case in sorted((ROOT / "tests" / "data" / "draft").glob("*.txt")):
        # The excerpt is what lies between the header and the labels, each closed by `---`.
        excerpt = case.read_text().split("\n---\n")[1]
        article = folder / case.name
        article.write_text(excerpt)
        out = folder / (case.stem + ".toml")
        cmd = [PLEDGE, "--db", folder / "absent.db", "draft", article, "-o", out, "--published-on", TODAY]
        walls, cpus = [], []
        for _ in range(5):
            out.unlink(missing_ok=True)
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            walls.append(time.perf_counter() - start)
            cpus.append(usage.ru_utime + usage.ru_stime)
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"failed: {' '.join(map(str, cmd))}")
        times.append((statistics.median(walls), statistics.median(cpus), case.name))
    shutil.rmtree(folder)
    return sorted(times, reverse=True)


def draft_report(times, version):
    slowest, slowest_cpu, name = times[0]
    middle = statistics.median(t for t, _, _ in times)
    middle_cpu = statistics.median(c for _, c, _ in times)
    most_cpu = max(c for _, c, _ in times)
    over = sum(1 for t, _, _ in times if t >= 0.1)
    lines = [
        "# `pledge draft` speed",
        "",
        *stamp(),
        f"- load average after the runs: {os.getloadavg()[0]:.1f}",
        "",
        f"`pledge draft` on the {len(times)} excerpts of `tests/data/draft` (median of 5 runs each, from",
        "start to exit, no database; target < 100 ms an article). Processor time is user + system over",
        "both threads, the steadier figure on a loaded machine:",
        "",
        "| | wall | processor |",
        "|---|---:|---:|",
        f"| slowest article ({name}) | {fmt(slowest)} | {fmt(slowest_cpu)} |",
        f"| median article | {fmt(middle)} | {fmt(middle_cpu)} |",
        f"| most processor time of any article | | {fmt(most_cpu)} |",
        f"| `pledge --version` (median of 50) | {fmt(version)} | |",
        "",
        f"Articles at 100 ms or more of wall time: {over} of {len(times)}; the slowest is "
        f"{slowest / version:.1f}x `pledge --version`.",
        "",
    ]
    text = "\n".join(lines)
    (ROOT / "bench" / "results-draft.md").write_text(text)
    print(text)


def main():
    ensure_tools()
    results = []
    if os.environ.get("BENCH_ONLY") != "draft":
        for n in SIZES:
            print(f"benchmarking {n:,} pledges", file=sys.stderr)
            bench_size(n, results)
    version = version_time()
    if results:
        report(results, version)
    print("benchmarking draft on the development set", file=sys.stderr)
    draft_report(draft_times(), version)


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
# `status` in CSV prints the pledges only (the table and JSON add the counts), so the
# references of its rows list the pledges only.
STATUS_SQL = SUMMARY_COLUMNS + ORDER.replace("{limit}", "50")
# The counts, then the ten latest changes, read newest first from pledge_current.
STATUS_LATEST_SQL = SUMMARY_COLUMNS.replace(
    "FROM pledges p\nLEFT JOIN pledge_current s ON s.pledge_id = p.id",
    "FROM pledge_current s\nCROSS JOIN pledges p ON p.id = s.pledge_id") + """
  AND s.status IS NOT NULL
ORDER BY s.as_of DESC, p.made_on DESC, p.slug
LIMIT 10;"""
# Status on a past date: the latest changes read from that date down, each pledge's latest
# entry that counts on the date (a dispute not yet settled does not).
STATUS_PAST_SQL = SUMMARY_COLUMNS.replace(
    "FROM pledges p\nLEFT JOIN pledge_current s ON s.pledge_id = p.id", """FROM status_history s
CROSS JOIN pledges p ON p.id = s.pledge_id AND s.as_of <= '{on}' AND s.id = (
    SELECT h.id FROM status_counting h
    WHERE h.pledge_id = s.pledge_id AND h.as_of <= '{on}'
    ORDER BY h.as_of DESC, h.id DESC LIMIT 1)""") + """
ORDER BY s.as_of DESC, p.made_on DESC, p.slug
LIMIT 50;"""
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
LIMIT {limit};
SELECT d.slug, h.as_of, h.status, h.reason, s.slug, h.quote, h.note, d.preferred
FROM (SELECT p.slug, d.pledge_id, d.as_of, f.status AS preferred FROM status_disputes d
      CROSS JOIN pledges p ON p.id = d.pledge_id
      LEFT JOIN status_preferences f ON f.pledge_id = d.pledge_id AND f.as_of = d.as_of
      ORDER BY p.slug, d.as_of LIMIT {limit}) d
CROSS JOIN status_history h ON h.pledge_id = d.pledge_id AND h.as_of = d.as_of
LEFT JOIN sources s ON s.id = h.source_id
ORDER BY d.slug, d.as_of, h.id;"""
SOURCES_SQL = """
SELECT s.slug, s.kind, s.title, s.publisher, s.published_on, s.url, s.body IS NOT NULL,
       (SELECT count(*) FROM evidence e WHERE e.source_id = s.id)
       + (SELECT count(*) FROM status_history h WHERE h.source_id = s.id)
FROM sources s
ORDER BY s.slug
LIMIT {limit};"""

# The timeline of the chosen pledges (one by slug, or the first `limit` in listing order):
# their events and status changes up to the date, by date.
MOMENTS_SQL = """
SELECT * FROM (
    SELECT e.start_on AS day, e.date_precision, p.slug AS pledge, e.slug AS event, e.kind,
           pe.relation, e.title, NULL AS status, NULL AS reason, NULL AS note, NULL AS source,
           0 AS entry, 0 AS seq
    FROM chosen
    CROSS JOIN pledges p ON p.id = chosen.id
    CROSS JOIN pledge_events pe ON pe.pledge_id = p.id
    JOIN events e ON e.id = pe.event_id
    WHERE e.start_on IS NULL OR e.start_on <= '{on}'
    UNION ALL
    SELECT h.as_of, NULL, p.slug, NULL, NULL, NULL, NULL, h.status, h.reason, h.note, s.slug,
           1, h.id
    FROM chosen
    CROSS JOIN pledges p ON p.id = chosen.id
    CROSS JOIN status_history h ON h.pledge_id = p.id
    JOIN sources s ON s.id = h.source_id
    WHERE h.as_of <= '{on}')
ORDER BY day IS NULL, day, pledge, entry, seq, event;"""
TIMELINE_ONE_SQL = "WITH chosen (id) AS (SELECT id FROM pledges WHERE slug = '{pledge}')" + MOMENTS_SQL
TIMELINE_SQL = """WITH chosen (id) AS (
    SELECT p.id FROM pledges p WHERE coalesce(p.made_on, '') <= '{on}'
    ORDER BY coalesce(p.made_on, ''), p.slug LIMIT {limit})""" + MOMENTS_SQL
COMPANIES_SQL = """
SELECT c.slug, c.name, c.country, c.sector, parent.slug,
       (SELECT group_concat(alias, char(31)) FROM (
            SELECT a.alias FROM company_aliases a WHERE a.company_id = c.id ORDER BY a.alias)),
       (SELECT count(DISTINCT pp.pledge_id) FROM pledge_parties pp WHERE pp.company_id = c.id)
FROM companies c LEFT JOIN companies parent ON parent.id = c.parent_id
ORDER BY c.slug
LIMIT {limit};"""
OFFICIALS_SQL = """
SELECT o.slug, o.name,
       (SELECT group_concat(x, char(31)) FROM (
            SELECT t.title || char(30) || coalesce(c.name, t.government, t.organization, '')
                   || char(30) || coalesce(t.valid_from, '') || char(30) || coalesce(t.valid_to, '') AS x
            FROM official_titles t LEFT JOIN companies c ON c.id = t.company_id
            WHERE t.official_id = o.id ORDER BY t.valid_from, t.title)),
       (SELECT group_concat(alias, char(31)) FROM (
            SELECT a.alias FROM official_aliases a WHERE a.official_id = o.id ORDER BY a.alias)),
       (SELECT count(DISTINCT pp.pledge_id) FROM pledge_parties pp WHERE pp.official_id = o.id)
FROM officials o
ORDER BY o.slug
LIMIT {limit};"""

if __name__ == "__main__":
    main()
