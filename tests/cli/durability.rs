//! Kill -9 at many points of every command that writes, and many commands at once: nothing
//! recorded is lost, nothing half-written is seen, nothing temporary stays behind.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::TestDb;
use crate::seed::dump;

/// Pledges in the generated data set: enough for a seed to take a while, few enough to be fast.
const PLEDGES: &str = "200";

/// Kills per command; `KILL_TRIALS` in the environment asks for more, for a longer campaign.
fn trials() -> u64 {
    std::env::var("KILL_TRIALS").ok().and_then(|n| n.parse().ok()).unwrap_or(6)
}

/// A seed folder `gen` made in `db` by `examples/generate.rs`, which `cargo test` builds with
/// the tests.
fn generate(db: &TestDb) {
    let bin = Path::new(env!("CARGO_BIN_EXE_pledge")).parent().unwrap().join("examples/generate");
    let out = Command::new(&bin).args(["--pledges", PLEDGES, "--dir"]).arg(db.path("gen")).output();
    let out = out.unwrap_or_else(|err| panic!("running {}: {err}", bin.display()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Runs a command to its end; it must succeed.
fn ok(cmd: &mut Command) {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{:?}: {}", cmd, String::from_utf8_lossy(&out.stderr));
}

/// A small deterministic stream of numbers, for kill delays spread over a command's run.
struct Delays(u64);

impl Delays {
    fn next(&mut self, up_to: Duration) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        up_to.mul_f64((self.0 % 10_000) as f64 / 10_000.0)
    }
}

/// The database's state, as a hash of every data row and the journal size, after SQLite's own
/// check of the file.
fn state(db: &TestDb) -> String {
    let conn = db.connect();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok", "the database is damaged");
    let journal: i64 = conn.query_row("SELECT count(*) FROM journal", [], |r| r.get(0)).unwrap();
    drop(conn);
    use sha2::Digest;
    let text = format!("{}journal entries: {journal}\n", dump(db));
    format!("{:x}", sha2::Sha256::digest(text.as_bytes()))
}

/// The file `dir`, or every file under the folder `dir`, with its bytes, by path.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all = Vec::new();
    if dir.is_file() {
        return vec![(dir.display().to_string(), fs::read(dir).unwrap())];
    }
    let Ok(entries) = fs::read_dir(dir) else { return all };
    for entry in entries.map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            all.extend(files(&path));
        } else {
            all.push((path.display().to_string(), fs::read(&path).unwrap()));
        }
    }
    all.sort();
    all
}

/// Temporary files or folders anywhere in the test's folder.
fn leftovers(db: &TestDb) -> Vec<String> {
    files(&db.path(""))
        .into_iter()
        .map(|(path, _)| path)
        .filter(|path| path.contains(".pledge-tmp") || path.contains(".tmp-"))
        .collect()
}

/// One command to interrupt: how to prepare its folder, and what to compare after.
struct Case {
    args: &'static [&'static str],
    /// What the command writes besides the database, if anything.
    output: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case { args: &["seed", "--dir", "gen2"], output: None },
    Case { args: &["import", "pledges", "pledges.csv"], output: None },
    Case {
        args: &[
            "update",
            "--status",
            "stalled",
            "--as-of",
            "2025-11-21",
            "--source",
            "SOURCE",
            "--quote",
            "QUOTE",
            "PLEDGE",
        ],
        output: None,
    },
    Case { args: &["export", "pledges", "--out", "out.csv"], output: Some("out.csv") },
    Case { args: &["export", "--dir", "outdir"], output: Some("outdir") },
];

/// A folder with the generated data set in `gen` and seeded, and the files each case needs: a
/// second seed folder (one title changed), a pledges file with every title changed, an old
/// `out.csv` and an old `outdir`. Built once per test binary; each caller gets its own copy.
fn prepared() -> TestDb {
    static TEMPLATE: OnceLock<TestDb> = OnceLock::new();
    let template = TEMPLATE.get_or_init(|| {
        let db = TestDb::empty();
        generate(&db);
        prepare(&db);
        db
    });
    let db = TestDb::empty();
    copy(&template.path(""), &db.path(""));
    db
}

/// Seeds `gen` of `db` and adds the files of [`prepared`].
fn prepare(db: &TestDb) {
    ok(db.cmd(&["seed", "--dir", "gen"]).stdout(Stdio::null()));
    copy(&db.path("gen"), &db.path("gen2"));
    let pledges = db.read("gen2/pledges.csv");
    let (header, rows) = pledges.split_once('\n').unwrap();
    db.write("gen2/pledges.csv", format!("{header}\n{}", rows.replacen(',', ",Renamed ", 1)));
    let out = db.cmd(&["export", "pledges"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let edited: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(n, line)| if n == 0 { line.to_owned() } else { line.replacen(',', ",Edited ", 1) })
        .collect();
    db.write("pledges.csv", edited.join("\n") + "\n");
    db.write("out.csv", "old\n");
    fs::create_dir(db.path("outdir")).unwrap();
    db.write("outdir/pledges.csv", "old\n");
}

fn copy(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().map(Result::unwrap) {
        if entry.path().is_dir() {
            copy(&entry.path(), &to.join(entry.file_name()));
        } else {
            fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// The case's arguments, with a real pledge, source and quote for `update`.
fn args(db: &TestDb, case: &Case) -> Vec<String> {
    let conn = db.connect();
    let (pledge, source, quote): (String, String, String) = conn
        .query_row(
            "SELECT p.slug, s.slug, h.quote FROM status_history h
             JOIN pledges p ON p.id = h.pledge_id JOIN sources s ON s.id = h.source_id
             ORDER BY h.id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    case.args
        .iter()
        .map(|a| match *a {
            "PLEDGE" => pledge.clone(),
            "SOURCE" => source.clone(),
            "QUOTE" => quote.clone(),
            other => other.to_owned(),
        })
        .collect()
}

#[test]
fn a_killed_command_leaves_the_old_state_or_the_new_and_no_temporary_file() {
    let mut delays = Delays(0x9e37_79b9_7f4a_7c15);
    let mut report = Vec::new();
    for case in CASES {
        // The state before and after an uninterrupted run, and how long that run takes.
        let whole = prepared();
        let args = args(&whole, case);
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let (before, before_out) =
            (state(&whole), case.output.map(|o| files(&whole.path(o))).unwrap_or_default());
        let started = Instant::now();
        ok(whole.cmd(&argv).stdout(Stdio::null()));
        let took = started.elapsed();
        let (after, after_out) =
            (state(&whole), case.output.map(|o| files(&whole.path(o))).unwrap_or_default());
        assert_ne!((&before, &before_out), (&after, &after_out), "{args:?} changed nothing");
        let (mut old, mut new) = (0, 0);
        let db = prepared();
        let pristine = db.bytes();
        for _ in 0..trials() {
            let mut child =
                db.cmd(&argv).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
            std::thread::sleep(delays.next(took.mul_f64(1.2)));
            let _ = child.kill();
            child.wait().unwrap();
            let now = (state(&db), case.output.map(|o| files(&db.path(o))).unwrap_or_default());
            // Paths differ between the two folders; compare what each file holds, by name.
            let strip = |files: &[(String, Vec<u8>)], root: &Path| -> Vec<(String, Vec<u8>)> {
                let root = root.display().to_string();
                files.iter().map(|(p, b)| (p.replace(&root, ""), b.clone())).collect()
            };
            let now_out = strip(&now.1, &db.path(""));
            let out_old = now_out == strip(&before_out, &whole.path(""));
            let out_new = now_out == strip(&after_out, &whole.path(""));
            if now.0 == before && out_old {
                old += 1;
            } else if (now.0 == after || now.0 == before) && out_new {
                // A complete new folder whose journal entry was not yet committed is safe: the
                // journal then under-reports what was exported, never over-reports it.
                new += 1;
                // Back to the old state for the next trial.
                return_to(&db, &pristine);
            } else {
                panic!("{args:?} killed midway left a state that is neither the old nor the new");
            }
        }
        // The next run clears what the killed ones left.
        ok(db.cmd(&argv).stdout(Stdio::null()));
        assert_eq!(leftovers(&db), Vec::<String>::new(), "{args:?} left temporary files");
        report.push(format!("{}: {old} old, {new} new", case.output.unwrap_or(case.args[0])));
    }
    eprintln!("kill trials: {}", report.join("; "));
}

/// Puts a folder that a completed command changed back to its prepared state.
fn return_to(db: &TestDb, pristine: &[u8]) {
    db.write("pledges.db", pristine);
    for side in ["pledges.db-wal", "pledges.db-shm"] {
        let _ = fs::remove_file(db.path(side));
    }
    db.write("out.csv", "old\n");
    fs::remove_dir_all(db.path("outdir")).unwrap();
    fs::create_dir(db.path("outdir")).unwrap();
    db.write("outdir/pledges.csv", "old\n");
}

#[test]
fn seed_after_an_import_killed_midway_gives_a_working_database() {
    let mut delays = Delays(0x2545_f491_4f6c_dd1d);
    for _ in 0..3 {
        let db = prepared();
        let mut child =
            db.cmd(&["import", "pledges", "pledges.csv"]).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(delays.next(Duration::from_millis(150)));
        let _ = child.kill();
        child.wait().unwrap();
        ok(&mut db.cmd(&["seed", "--dir", "gen", "--discard-changes"]));
        ok(db.cmd(&["status"]).stdout(Stdio::null()));
        ok(db.cmd(&["list", "--limit", "5"]).stdout(Stdio::null()));
        state(&db);
    }
}

#[test]
fn six_writers_and_three_readers_at_once_all_succeed_and_every_write_is_recorded() {
    // Each writer adds this many companies; the readers read until the last writer is done.
    const WRITES: i64 = 10;
    let db = TestDb::seeded();
    let writing = AtomicUsize::new(6);
    let run = |args: &[&str]| {
        let out = db.cmd(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    let (writes, reads) = std::thread::scope(|scope| {
        let writers: Vec<_> = (0..6)
            .map(|w| {
                let (run, writing) = (&run, &writing);
                scope.spawn(move || {
                    for n in 0..WRITES {
                        run(&["add", "company", "--name", &format!("Writer {w} Company {n}")]);
                    }
                    writing.fetch_sub(1, Ordering::SeqCst);
                    WRITES
                })
            })
            .collect();
        let readers: Vec<_> = (0..3)
            .map(|r| {
                let (run, writing) = (&run, &writing);
                scope.spawn(move || {
                    let mut n = 0;
                    loop {
                        let args: &[&str] = match r {
                            0 => &["--format", "csv", "status"],
                            1 => &["--format", "csv", "companies"],
                            _ => &["--format", "csv", "log", "--limit", "3"],
                        };
                        run(args);
                        n += 1;
                        if writing.load(Ordering::SeqCst) == 0 {
                            break n;
                        }
                    }
                })
            })
            .collect();
        let sum = |handles: Vec<std::thread::ScopedJoinHandle<'_, i64>>| -> i64 {
            handles.into_iter().map(|h| h.join().unwrap()).sum()
        };
        (sum(writers), sum(readers))
    });
    let conn = db.connect();
    let companies: i64 =
        conn.query_row("SELECT count(*) FROM companies", [], |r| r.get(0)).unwrap();
    let entries: i64 = conn
        .query_row("SELECT count(*) FROM journal WHERE kind = 'write'", [], |r| r.get(0))
        .unwrap();
    assert_eq!((companies, entries), (3 + writes, writes));
    eprintln!("concurrency: {writes} writes and {reads} reads, none failed");
}
