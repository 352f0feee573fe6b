//! Seed files → validated rows → database.
//!
//! `seed` builds a new database from a seed folder into a temporary file beside the target and
//! renames it over the target only when every file, row, reference and quote checked out, so a
//! failed or interrupted seed leaves the old database exactly as it was. Problems are collected,
//! not thrown: one run reports every problem of every file, each with its file, line and
//! column. This module reads only the files it is given and writes only the database it builds.

mod reader;
mod tables;

use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chrono::NaiveDate;

pub use reader::{Record, read};

use crate::db;
use crate::model::slug_problem;

/// One thing wrong with the input, and where.
#[derive(Debug, Clone)]
pub struct Problem {
    pub file: String,
    pub line: Option<u64>,
    pub column: Option<&'static str>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(column) = self.column {
            write!(f, ": column {column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in one run, in the order found. Past `LIMIT` only the count grows, so a
/// badly broken million-row file cannot exhaust memory.
///
/// It also remembers which records failed to load, so that references to them elsewhere are not
/// reported again: one typo in pledges.csv is one problem, not one per row that names the pledge.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Problem>,
    more: usize,
    /// (kind, slug) of rows that were rejected.
    rejected: HashSet<(&'static str, String)>,
    /// Kinds whose file had rows that could not be read at all (their slugs are unknown).
    damaged: HashSet<&'static str>,
}

impl Problems {
    const LIMIT: usize = 1000;

    /// Records a problem.
    pub fn add(
        &mut self,
        file: &str,
        line: Option<u64>,
        column: Option<&'static str>,
        message: impl Into<String>,
    ) {
        if self.list.len() >= Self::LIMIT {
            self.more += 1;
            return;
        }
        self.list.push(Problem { file: file.to_owned(), line, column, message: message.into() });
    }

    /// Notes that the record `kind`/`slug` was rejected.
    pub fn reject(&mut self, kind: &'static str, slug: String) {
        self.rejected.insert((kind, slug));
    }

    /// Notes that some rows of the file defining `kind` could not be read.
    pub fn damage(&mut self, kind: &'static str) {
        self.damaged.insert(kind);
    }

    /// Whether a missing `kind`/`slug` is already explained by an earlier problem.
    pub fn explains_missing(&self, kind: &'static str, slug: &str) -> bool {
        self.damaged.contains(kind) || self.rejected.contains(&(kind, slug.to_owned()))
    }

    /// How many problems were found.
    pub fn len(&self) -> usize {
        self.list.len() + self.more
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The problems kept, in the order found.
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.list.iter()
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.list {
            writeln!(f, "{problem}")?;
        }
        if self.more > 0 {
            writeln!(f, "... and {} more problems", self.more)?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// Typed access to a record's columns. Each getter reports what is wrong with its column and
/// returns `None` then; `failed` tells whether the row had any problem, so it can be skipped
/// while later rows are still checked.
pub struct Fields<'r, 'p> {
    record: &'r Record<'r>,
    problems: &'p mut Problems,
    failed: bool,
    /// The kind and slug this row defines, remembered as rejected if the row fails.
    key: Option<(&'static str, String)>,
}

impl Drop for Fields<'_, '_> {
    fn drop(&mut self) {
        if self.failed
            && let Some((kind, slug)) = self.key.take()
        {
            self.problems.reject(kind, slug);
        }
    }
}

impl<'r, 'p> Fields<'r, 'p> {
    /// Starts checking `record`, reporting into `problems`.
    pub fn new(record: &'r Record<'r>, problems: &'p mut Problems) -> Self {
        Fields { record, problems, failed: false, key: None }
    }

    /// Reports a problem with `column` of this row.
    pub fn problem(&mut self, column: &'static str, message: impl Into<String>) {
        self.problems.add(self.record.file, Some(self.record.line), Some(column), message);
        self.failed = true;
    }

    /// Reports a problem with `column` but lets the row load, so that what depends on it is
    /// still checked (a changed article's quotes are checked against its new text). The run
    /// fails all the same.
    pub fn problem_but_load(&mut self, column: &'static str, message: impl Into<String>) {
        self.problems.add(self.record.file, Some(self.record.line), Some(column), message);
    }

    /// Reports a problem with the row as a whole.
    pub fn row_problem(&mut self, message: impl Into<String>) {
        self.problems.add(self.record.file, Some(self.record.line), None, message);
        self.failed = true;
    }

    /// Whether any problem was reported for this row.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// The text of an optional column: `None` when empty. One leading `'` (the formula guard
    /// that exports add) is removed.
    pub fn text(&mut self, column: &'static str) -> Option<String> {
        let raw = self.record.get(column);
        let text = raw.strip_prefix('\'').unwrap_or(raw);
        (!text.is_empty()).then(|| text.to_owned())
    }

    /// The text of a required column.
    pub fn required(&mut self, column: &'static str) -> Option<String> {
        let text = self.text(column);
        if text.is_none() {
            self.problem(column, "is empty but required");
        }
        text
    }

    /// A required slug.
    pub fn slug(&mut self, column: &'static str) -> Option<String> {
        let raw = self.record.get(column);
        if raw.is_empty() {
            self.problem(column, "is empty but required");
            return None;
        }
        if let Some(why) = slug_problem(raw) {
            self.problem(column, format!("`{raw}` is not a valid slug: it {why}"));
            return None;
        }
        Some(raw.to_owned())
    }

    /// The slug that names the record of `kind` this row defines.
    pub fn key(&mut self, column: &'static str, kind: &'static str) -> Option<String> {
        self.key = Some((kind, self.record.get(column).to_owned()));
        self.slug(column)
    }

    /// An optional value parsed with `FromStr` (enums, numbers).
    pub fn parse<T>(&mut self, column: &'static str) -> Option<T>
    where
        T: std::str::FromStr,
        T::Err: fmt::Display,
    {
        let raw = self.record.get(column);
        if raw.is_empty() {
            return None;
        }
        match raw.parse() {
            Ok(value) => Some(value),
            Err(err) => {
                self.problem(column, err.to_string());
                None
            }
        }
    }

    /// A required value parsed with `FromStr`.
    pub fn required_parse<T>(&mut self, column: &'static str) -> Option<T>
    where
        T: std::str::FromStr,
        T::Err: fmt::Display,
    {
        if self.record.get(column).is_empty() {
            self.problem(column, "is empty but required");
            return None;
        }
        self.parse(column)
    }

    /// An optional whole number, at least `min`.
    pub fn integer(&mut self, column: &'static str, min: i64) -> Option<i64> {
        let raw = self.record.get(column);
        if raw.is_empty() {
            return None;
        }
        match raw.parse::<i64>() {
            Ok(n) if n >= min => Some(n),
            Ok(_) => {
                self.problem(column, format!("`{raw}` is less than {min}"));
                None
            }
            Err(_) => {
                self.problem(
                    column,
                    format!("`{raw}` is not a whole number (write digits only, no separators)"),
                );
                None
            }
        }
    }

    /// An optional ISO 8601 date.
    pub fn date(&mut self, column: &'static str) -> Option<NaiveDate> {
        let raw = self.record.get(column);
        if raw.is_empty() {
            return None;
        }
        match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
            Ok(date) if raw.len() == 10 => Some(date),
            _ => {
                self.problem(
                    column,
                    format!("`{raw}` is not a date (use YYYY-MM-DD, a day that exists)"),
                );
                None
            }
        }
    }

    /// A required ISO 8601 date.
    pub fn required_date(&mut self, column: &'static str) -> Option<NaiveDate> {
        if self.record.get(column).is_empty() {
            self.problem(column, "is empty but required");
            return None;
        }
        self.date(column)
    }

    /// An optional two-letter country code (ISO 3166 alpha-2, upper case).
    pub fn country(&mut self, column: &'static str) -> Option<String> {
        let raw = self.record.get(column);
        if raw.is_empty() {
            return None;
        }
        if raw.len() == 2 && raw.bytes().all(|b| b.is_ascii_uppercase()) {
            return Some(raw.to_owned());
        }
        self.problem(
            column,
            format!("`{raw}` is not a country code (use ISO 3166 alpha-2, such as US or CN)"),
        );
        None
    }

    /// An optional reference by slug to a record of `kind`, resolved with `lookup`. `list` names
    /// the seed file that defines such records, for the message.
    pub fn reference<T>(
        &mut self,
        column: &'static str,
        kind: &'static str,
        list: &str,
        lookup: impl FnOnce(&str) -> Result<Option<T>>,
    ) -> Option<T> {
        let slug = self.record.get(column);
        if slug.is_empty() {
            return None;
        }
        match lookup(slug) {
            Ok(Some(found)) => Some(found),
            Ok(None) if self.problems.explains_missing(kind, slug) => {
                self.failed = true;
                None
            }
            Ok(None) => {
                self.problem(column, format!("no {kind} `{slug}` (is it in {list}?)"));
                None
            }
            Err(err) => {
                self.problem(column, format!("looking up {kind} `{slug}`: {err:#}"));
                None
            }
        }
    }

    /// A required reference by slug.
    pub fn required_reference<T>(
        &mut self,
        column: &'static str,
        kind: &'static str,
        list: &str,
        lookup: impl FnOnce(&str) -> Result<Option<T>>,
    ) -> Option<T> {
        if self.record.get(column).is_empty() {
            self.problem(column, "is empty but required");
            return None;
        }
        self.reference(column, kind, list, lookup)
    }

    /// Reports a failed insert: a duplicate key in `column` is the user's to fix; anything else
    /// is reported as the database's refusal.
    pub fn insert_failed(&mut self, column: &'static str, err: &rusqlite::Error) {
        if db::is_duplicate(err) {
            let value = self.record.get(column).to_owned();
            self.problem(
                column,
                format!("`{value}` is already defined earlier; each key may appear once"),
            );
        } else {
            self.row_problem(format!("the database refused the row: {err}"));
        }
    }
}

/// What a seed built: row counts per table.
pub type Counts = Vec<(String, i64)>;

/// Rebuilds the database at `target` from the seed folder `dir`, atomically. On problems,
/// returns a [`Problems`] error and leaves `target` untouched.
pub fn seed(dir: &Path, target: &Path, today: NaiveDate) -> Result<Counts> {
    let temp = TempFile(temp_path(target));
    // A leftover from an interrupted run is ours to replace.
    remove_if_exists(&temp.0)?;
    let mut conn = db::create(&temp.0)?;
    // The file is private until renamed and deleted on failure, so durability during the build
    // buys nothing; it is synced once, whole, before the rename.
    conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
    let tx = conn.transaction()?;
    let mut problems = Problems::default();
    tables::load_all(&tx, dir, &mut problems)?;
    if !problems.is_empty() {
        return Err(problems.into());
    }
    db::meta::set(&tx, "built_on", &today.to_string())?;
    for name in tables::FILES {
        let path = dir.join(name);
        let hash = db::sources::sha256_hex(
            &fs::read(&path).with_context(|| format!("reading {}", path.display()))?,
        );
        db::meta::set(&tx, &format!("seed_sha256:{name}"), &hash)?;
    }
    tx.commit()?;
    let counts = db::counts(&conn)?;
    conn.close().map_err(|(_, err)| err).context("closing the new database")?;
    fs::File::open(&temp.0)
        .and_then(|f| f.sync_all())
        .with_context(|| format!("syncing {}", temp.0.display()))?;
    fs::rename(&temp.0, target)
        .with_context(|| format!("moving the new database into place at `{}`", target.display()))?;
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        // Makes the rename itself durable; some file systems cannot sync a folder, which is harmless.
        let _ = fs::File::open(parent).and_then(|d| d.sync_all());
    }
    Ok(counts)
}

fn temp_path(target: &Path) -> PathBuf {
    let mut name =
        target.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "pledges.db".into());
    name.push(format!(".tmp-{}", std::process::id()));
    target.with_file_name(name)
}

fn remove_if_exists(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
            Err(err).with_context(|| format!("removing {}", path.display()))
        }
        _ => Ok(()),
    }
}

/// A file deleted when dropped unless it was renamed away first.
struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

/// Opens `path` for reading as a seed file, naming it in the error.
fn open_seed(path: &Path) -> Result<std::io::BufReader<fs::File>> {
    let file =
        fs::File::open(path).with_context(|| format!("opening seed file {}", path.display()))?;
    Ok(std::io::BufReader::with_capacity(1 << 16, file))
}

/// Reads the seed file `name` in `dir` with `columns`, passing each row to `each`. A missing
/// file is a problem, not an error, so the rest are still checked.
fn each_row(
    dir: &Path,
    name: &str,
    columns: &'static [&'static str],
    problems: &mut Problems,
    each: impl FnMut(&Record, &mut Problems),
) -> Result<()> {
    let path = dir.join(name);
    let label = path.display().to_string();
    if !path.exists() {
        problems.add(
            &label,
            None,
            None,
            "the file is missing; every seed file must exist, even with only its header",
        );
        return Ok(());
    }
    let input = open_seed(&path)?;
    let unreadable =
        read(&label, input, columns, problems, each).with_context(|| format!("reading {label}"))?;
    if unreadable > 0
        && let Some(kind) = kind_defined_by(name)
    {
        problems.damage(kind);
    }
    Ok(())
}

/// The kind of record a seed file defines, for files whose rows others refer to.
fn kind_defined_by(file: &str) -> Option<&'static str> {
    Some(match file {
        "sources.csv" => "source",
        "companies.csv" => "company",
        "officials.csv" => "official",
        "categories.csv" => "category",
        "events.csv" => "event",
        "pledges.csv" => "pledge",
        _ => return None,
    })
}
