//! `seed`: a new database built from a seed folder in a temporary file beside the target.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::{Mode, Problems, Session, TABLES, input};
use crate::db;

/// What a seed built: row counts per table.
pub type Counts = Vec<(String, i64)>;

/// Builds a new database from the seed folder `dir` in a temporary file beside `target` (which
/// it does not touch), running `finish` in its transaction before the commit. On problems,
/// returns a [`Problems`] error and leaves nothing behind.
pub fn seed(
    dir: &Path,
    target: &Path,
    today: NaiveDate,
    finish: impl FnOnce(&Connection) -> Result<()>,
) -> Result<Built> {
    let started = Instant::now();
    let mut phases = Vec::new();
    // Leftovers of interrupted runs go first: they may be large.
    crate::temp::clear_stale(target)?;
    let file = crate::temp::file_beside(target)
        .with_context(|| format!("creating a temporary file beside `{}`", target.display()))?;
    let mut conn = db::create_private(file.path())?;
    db::bulk::for_private_build(&conn)?;
    let tx = conn.transaction()?;
    let deferred = db::bulk::defer_indexes(&tx)?;
    let mut problems = Problems::default();
    let mut session = Session::new(&tx, Mode::Fresh, Some(dir.join(ARTICLES)));
    let mut hashes = Vec::new();
    let mut steps = Vec::new();
    for table in TABLES {
        let step = Instant::now();
        let path = dir.join(table.file());
        let label = path.display().to_string();
        if path.symlink_metadata().is_err() {
            problems.add(
                &label,
                None,
                None,
                "the file is missing; every seed file must exist, even with only its header",
            );
            continue;
        }
        let file = match input::open(&path, input::MAX_CSV_BYTES) {
            Ok(file) => file,
            Err(why) => {
                problems.add(&label, None, None, why);
                // What the file defines is unknown, so references to it say nothing more.
                if let Some(kind) = table.defines {
                    problems.damage(kind);
                }
                continue;
            }
        };
        let hashing = crate::sha256::Reading::new(file);
        let mut input = std::io::BufReader::with_capacity(1 << 16, hashing);
        session.load_file(table, &label, &mut input, &mut problems)?;
        hashes.push((table.file(), input.into_inner().hex()));
        steps.push((table.name, step.elapsed()));
    }
    let step = Instant::now();
    session.finish(&mut problems)?;
    // Its slugs, facts and texts are no longer needed: free them before the indexes are built.
    drop(session);
    steps.push(("claims and hash chain", step.elapsed()));
    if !problems.is_empty() {
        return Err(problems.into());
    }
    db::check_foreign_keys(&tx)?;
    phases.push(("load", started.elapsed()));
    deferred.restore_indexes(&tx)?;
    phases.push(("indexes", started.elapsed() - phases.iter().map(|p| p.1).sum()));
    deferred.restore_search(&tx)?;
    phases.push(("search index", started.elapsed() - phases.iter().map(|p| p.1).sum()));
    db::meta::set(&tx, "built_on", &today.to_string())?;
    for (name, hash) in hashes {
        db::meta::set(&tx, &format!("seed_sha256:{name}"), &hash)?;
    }
    finish(&tx)?;
    tx.commit()?;
    let counts = db::counts(&conn)?;
    phases.push(("commit", started.elapsed() - phases.iter().map(|p| p.1).sum()));
    Ok(Built { counts, phases, steps, conn, file })
}

/// What a seed built, and how long each phase took.
pub struct Built {
    /// Row counts per table.
    pub counts: Counts,
    /// Phases in order (`load`, `indexes`, `search index`, `commit`) with their durations.
    pub phases: Vec<(&'static str, Duration)>,
    /// The steps of the `load` phase (each seed file, then the checks over every claim and the
    /// hash chain) with their durations.
    pub steps: Vec<(&'static str, Duration)>,
    /// The new database, open.
    pub conn: Connection,
    /// Its temporary file, removed when dropped.
    pub file: tempfile::NamedTempFile,
}

/// The folder under a seed folder that holds source texts.
pub const ARTICLES: &str = "articles";

/// Opens `path` for reading as a CSV file, naming it in the error.
/// It must be a regular file, not a symbolic link (see [`input::open`]).
pub fn open_csv(path: &Path) -> Result<std::io::BufReader<fs::File>> {
    let file = input::open(path, input::MAX_CSV_BYTES)
        .map_err(|why| anyhow::anyhow!("{} {why}", path.display()))?;
    Ok(std::io::BufReader::with_capacity(1 << 16, file))
}
