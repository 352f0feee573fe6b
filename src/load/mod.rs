//! Seed files → validated rows → database.
//!
//! `seed` builds a new database from a seed folder into a temporary file beside the target, to
//! be copied into the target only when every file, row, reference and quote checked out, so a
//! failed or interrupted seed leaves the old database exactly as it was. Problems are collected,
//! not thrown: one run reports every problem of every file, each with its file, line and
//! column. This module reads only the files it is given and writes only the database it builds.

pub mod input;
mod reader;
mod tables;
pub mod typed;

pub use tables::{TABLES, Table};

use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::Connection;

pub use reader::{Record, read};

use crate::db;
use crate::model::{QuoteSpan, QuoteText, Subject, collapse, slug_problem};

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
    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.list.iter()
    }
}

impl Problems {
    /// The report as lines, one per problem, then one counting those left out.
    pub fn lines(&self) -> Vec<String> {
        self.to_string().lines().map(str::to_owned).collect()
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
        self.problems.add(self.record.file, self.line(), Some(column), message);
        self.failed = true;
    }

    /// Reports a problem with `column` but lets the row load, so that what depends on it is
    /// still checked (a changed article's quotes are checked against its new text). The run
    /// fails all the same.
    pub fn problem_but_load(&mut self, column: &'static str, message: impl Into<String>) {
        self.problems.add(self.record.file, self.line(), Some(column), message);
    }

    /// Reports a problem with the row as a whole.
    pub fn row_problem(&mut self, message: impl Into<String>) {
        self.problems.add(self.record.file, self.line(), None, message);
        self.failed = true;
    }

    fn line(&self) -> Option<u64> {
        (self.record.line > 0).then_some(self.record.line)
    }

    /// Whether any problem was reported for this row.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// The text of an optional column: `None` when empty. The formula guard that exports add
    /// is removed where they would have added it ([`crate::output::unguard`]).
    pub fn text(&mut self, column: &'static str) -> Option<String> {
        let raw = self.record.get(column);
        let text = if self.record.guarded { crate::output::unguard(raw) } else { raw };
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
        let shaped = raw.len() == 10
            && raw
                .bytes()
                .enumerate()
                .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
        match raw.parse::<NaiveDate>() {
            Ok(date) if shaped => Some(date),
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
                self.problem(column, missing(kind, slug, list, self.record.typed));
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

    /// Reports a key given twice in one file.
    pub fn duplicate(&mut self, column: &'static str) {
        let value = self.record.get(column).to_owned();
        self.problem(
            column,
            format!("`{value}` is already defined earlier in this file; each key may appear once"),
        );
    }

    /// Reports a key that exists already, to a command that only creates.
    fn exists(&mut self, column: &'static str) {
        let value = self.record.get(column).to_owned();
        let listed = match &self.key {
            Some((kind, _)) => format!(" (see `pledge {}`)", listing(kind)),
            None => String::new(),
        };
        self.problem(
            column,
            format!(
                "`{value}` already exists{listed}; this command only adds new records (change \
                 existing ones by editing their rows and importing them with `pledge import`)"
            ),
        );
    }

    /// Whether the missing `kind`/`slug` is explained by an earlier problem; if so the row
    /// fails without a message of its own.
    pub fn explained(&mut self, kind: &'static str, slug: &str) -> bool {
        let explained = self.problems.explains_missing(kind, slug);
        self.failed |= explained;
        explained
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

/// How rows meet the data already in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A new, empty database: every row is inserted; a repeated key is a duplicate.
    Fresh,
    /// An existing database: new keys are added, existing ones updated where they differ; a key
    /// repeated within one file is a duplicate.
    Merge,
    /// Records made by a command (`add`): a new key is inserted, an existing one is refused.
    Create,
}

/// What to say about a missing `kind` record named by a row: where such records come from.
/// `list` is the seed file that defines them.
fn missing(kind: &str, slug: &str, list: &str, typed: bool) -> String {
    if !typed {
        return format!("no {kind} `{slug}` (is it in {list}?)");
    }
    let listing = listing(kind);
    format!("no {kind} `{slug}` (see `pledge {listing}`, or add it with `pledge add {kind}`)")
}

/// The command that lists records of `kind`.
fn listing(kind: &str) -> &'static str {
    match kind {
        "company" => "companies",
        "official" => "officials",
        "category" => "categories",
        "event" => "events",
        "source" => "sources",
        _ => "list",
    }
}

/// What loading a file did, row by row.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Tally {
    pub added: u64,
    pub changed: u64,
    pub unchanged: u64,
}

/// One load over a database: several files (a seed) or one (an import), then `finish`.
pub struct Session<'c> {
    conn: &'c Connection,
    mode: Mode,
    /// The folder that `sources.file` names are read from.
    articles: PathBuf,
    /// Source texts collapsed for quote matching, read on first use.
    texts: TextCache,
    /// Evidence rows written in this session, with their lines, for reports made at the end.
    /// Kept as (id, line) pairs of 32 bits: a seed may write millions of claims.
    evidence_lines: Vec<(u32, u32)>,
    evidence_file: String,
    /// In a fresh database, the facts claimed so far, so that rows needing a claim are checked
    /// without an index on millions of claims being kept up row by row.
    facts: Option<Facts>,
    /// The field delimiter of the files read, or `None` to tell from each file's header.
    delimiter: Option<u8>,
    /// The last claim stored before this session, when only the claims it writes need checking
    /// at the end; `None` checks every claim.
    claims_after: Option<i64>,
}

/// Facts claimed, as 64-bit fingerprints of (subject, key, field, value) and of (subject, key).
/// A row is wrongly taken as backed only if its missing fact shares a fingerprint with one of
/// the facts claimed: about 1 in 2 million million at ten million facts.
#[derive(Default)]
struct Facts(HashSet<u64>);

impl Facts {
    fn fingerprint(parts: &[&str]) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        parts.hash(&mut hasher);
        hasher.finish()
    }

    fn add(&mut self, subject: Subject, key: &str, field: &str, value: Option<&str>) {
        self.0.insert(Self::fingerprint(&[subject.as_str(), key]));
        self.0.insert(Self::fingerprint(&[subject.as_str(), key, field, value.unwrap_or("\0")]));
    }

    /// Whether a claim about `subject`/`key` was seen: on `field` with `value` (any value when
    /// `None`), or on any field when `field` is empty.
    fn contains(&self, subject: Subject, key: &str, field: &str, value: Option<&str>) -> bool {
        let parts: &[&str] = match (field, value) {
            ("", _) => &[subject.as_str(), key],
            (_, Some(value)) => &[subject.as_str(), key, field, value],
            (_, None) => &[subject.as_str(), key, field, "\0"],
        };
        self.0.contains(&Self::fingerprint(parts))
    }
}

/// What one file's load keeps while it runs.
pub struct FileState {
    /// The file name used in problem reports.
    pub label: String,
    /// Whether its rows were typed on the command line (see [`Record::typed`]).
    typed: bool,
    /// Row ids written by this file, to catch a key given twice (not kept for a fresh seed).
    touched: HashSet<i64>,
    tally: Tally,
    /// Parents named before they were defined: (row id, parent slug, line).
    deferred: Vec<(i64, String, u64)>,
}

impl<'c> Session<'c> {
    /// Starts a load into `conn`; article files are read from `articles`.
    pub fn new(conn: &'c Connection, mode: Mode, articles: PathBuf) -> Self {
        Session {
            conn,
            mode,
            articles,
            texts: TextCache::default(),
            evidence_lines: Vec::new(),
            evidence_file: String::new(),
            facts: (mode == Mode::Fresh).then(Facts::default),
            delimiter: None,
            claims_after: None,
        }
    }

    /// Makes [`Session::finish`] check only the claims this session writes, not every claim on
    /// file: for a single write into a database whose earlier claims were already checked.
    pub fn check_only_new_claims(&mut self) -> Result<()> {
        self.claims_after = Some(db::evidence::last_id(self.conn)?);
        Ok(())
    }

    /// Loads every row of a CSV file into `table`. Problems go to `problems`; the caller decides
    /// whether to keep what was written (its transaction).
    pub fn load_file(
        &mut self,
        table: &Table,
        label: &str,
        input: impl BufRead,
        problems: &mut Problems,
    ) -> Result<Tally> {
        let mut file = FileState {
            label: label.to_owned(),
            typed: false,
            touched: HashSet::new(),
            tally: Tally::default(),
            deferred: Vec::new(),
        };
        let mut failure = None;
        let unreadable =
            read(label, input, table.columns, self.delimiter, problems, |rec, problems| {
                if failure.is_none()
                    && let Err(err) = (table.row)(self, &mut file, rec, problems)
                {
                    failure = Some(err.context(format!("{label}:{}", rec.line)));
                }
            })
            .with_context(|| format!("reading {label}"))?;
        if let Some(err) = failure {
            return Err(err);
        }
        if unreadable > 0
            && let Some(kind) = table.defines
        {
            problems.damage(kind);
        }
        (table.finish)(self, &mut file, problems)?;
        Ok(file.tally)
    }

    /// Loads one record (built from the command line) into `table`.
    pub fn load_record(
        &mut self,
        table: &Table,
        record: &Record,
        problems: &mut Problems,
    ) -> Result<Tally> {
        let mut file = FileState {
            label: record.file.to_owned(),
            typed: record.typed,
            touched: HashSet::new(),
            tally: Tally::default(),
            deferred: Vec::new(),
        };
        (table.row)(self, &mut file, record, problems)?;
        (table.finish)(self, &mut file, problems)?;
        Ok(file.tally)
    }

    /// Sets the field delimiter of the files read next, instead of telling it from the header.
    pub fn set_delimiter(&mut self, delimiter: u8) {
        self.delimiter = Some(delimiter);
    }

    /// Changes how the next rows meet existing data: the claims behind a new record may already
    /// be on file (merge) while the record itself must be new (create).
    pub fn set_mode(&mut self, mode: Mode) {
        self.mode = mode;
    }

    /// The checks that need everything loaded: claims about records that do not exist.
    pub fn finish(&mut self, problems: &mut Problems) -> Result<()> {
        let after = self.claims_after.unwrap_or(0);
        for (id, subject, key) in db::evidence::dangling(self.conn, after)? {
            if problems.explains_missing(subject.as_str(), &key) {
                continue;
            }
            let line = u32::try_from(id)
                .ok()
                .and_then(|id| self.evidence_lines.binary_search_by_key(&id, |(id, _)| *id).ok())
                .map(|at| u64::from(self.evidence_lines[at].1));
            let file = if line.is_some() { self.evidence_file.as_str() } else { "evidence" };
            problems.add(
                file,
                line,
                Some("key"),
                format!("no {subject} `{key}`: the claim is about a record that does not exist"),
            );
        }
        db::chain::extend(self.conn)
    }

    /// Writes a row: inserts it when its key is new, or (merge mode) updates the existing row.
    /// Returns the row id, or `None` when the row had problems or was refused.
    fn upsert(
        &mut self,
        file: &mut FileState,
        f: &mut Fields,
        key_column: &'static str,
        find: impl FnOnce(&Connection) -> Result<Option<i64>>,
        insert: impl FnOnce(&Connection) -> rusqlite::Result<i64>,
        update: impl FnOnce(&Connection, i64) -> rusqlite::Result<bool>,
    ) -> Result<Option<i64>> {
        if f.failed() {
            return Ok(None);
        }
        let existing = match self.mode {
            Mode::Fresh => None,
            Mode::Merge | Mode::Create => find(self.conn)?,
        };
        let Some(id) = existing else {
            return Ok(match insert(self.conn) {
                Ok(id) => {
                    if self.mode != Mode::Fresh {
                        file.touched.insert(id);
                    }
                    file.tally.added += 1;
                    Some(id)
                }
                // A full disk or a lock fails every row alike: the load stops and says so once.
                Err(err) if db::storage_failure(&err).is_some() => return Err(err.into()),
                Err(err) => {
                    f.insert_failed(key_column, &err);
                    None
                }
            });
        };
        if !file.touched.insert(id) {
            f.duplicate(key_column);
            return Ok(None);
        }
        if self.mode == Mode::Create {
            f.exists(key_column);
            return Ok(None);
        }
        match update(self.conn, id) {
            Ok(true) => file.tally.changed += 1,
            Ok(false) => file.tally.unchanged += 1,
            Err(err) if db::storage_failure(&err).is_some() => return Err(err.into()),
            Err(err) => {
                f.insert_failed(key_column, &err);
                return Ok(None);
            }
        }
        Ok(Some(id))
    }

    /// Finds `quote` in the text of source `source_id`: `Some(span)` (span `None` for a source
    /// without stored text, whose quotes stay unverified), or `None` after reporting that it is
    /// not there. A quote found is replaced by the text's own words (white space collapsed), so
    /// that a straight apostrophe typed for the article's curly one is stored as the article has
    /// it.
    fn locate(
        &mut self,
        f: &mut Fields,
        source_id: i64,
        column: &'static str,
        quote: &mut String,
    ) -> Result<Option<QuoteSpan>> {
        let Some(text) = self.texts.get(self.conn, source_id)? else { return Ok(Some(None)) };
        if let Some(span) = text.find(quote) {
            let exact = collapse(text.span_text(span.clone()));
            if exact != *quote {
                *quote = exact;
            }
            return Ok(Some(Some(span)));
        }
        let hint = match text.closest(quote) {
            Some(passage) => format!("; the closest passage is \"{passage}\""),
            None => String::new(),
        };
        f.problem(
            column,
            format!(
                "is not in the source's text; quotes must be verbatim (white space, quotation \
                 marks, dashes and ellipses may differ){hint}"
            ),
        );
        Ok(None)
    }

    /// Drops a cached text after its source was written.
    fn forget_text(&mut self, source_id: i64) {
        self.texts.remove(source_id);
    }
}

/// Collapsed source texts by source id, most recently used last. Bounded in bytes, so that a
/// load quoting thousands of long articles keeps only the ones in use, re-reading the rest.
#[derive(Default)]
struct TextCache {
    entries: Vec<(i64, Option<QuoteText>)>,
    bytes: usize,
}

impl TextCache {
    /// The most memory the cached texts may take.
    const LIMIT: usize = 64 << 20;

    /// The text of source `id` (`None` for a source without text), read if not cached.
    fn get(&mut self, conn: &Connection, id: i64) -> Result<Option<&QuoteText>> {
        match self.entries.iter().rposition(|(cached, _)| *cached == id) {
            Some(at) => {
                let entry = self.entries.remove(at);
                self.entries.push(entry);
            }
            None => {
                let text = db::sources::body(conn, id)?.map(|body| QuoteText::new(&body));
                self.bytes += text.as_ref().map_or(0, QuoteText::heap_size);
                self.entries.push((id, text));
                while self.bytes > Self::LIMIT && self.entries.len() > 1 {
                    let (_, old) = self.entries.remove(0);
                    self.bytes -= old.as_ref().map_or(0, QuoteText::heap_size);
                }
            }
        }
        Ok(self.entries.last().and_then(|(_, text)| text.as_ref()))
    }

    /// Drops a text whose source was rewritten.
    fn remove(&mut self, id: i64) {
        if let Some(at) = self.entries.iter().position(|(cached, _)| *cached == id) {
            let (_, old) = self.entries.remove(at);
            self.bytes -= old.as_ref().map_or(0, QuoteText::heap_size);
        }
    }
}

/// What a seed built: row counts per table.
pub type Counts = Vec<(String, i64)>;

/// The table named `name` (`pledges`, `status_history`...).
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

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
    // The file is private until copied and deleted on failure, so durability during the build
    // buys nothing.
    // Every reference is resolved by the loader before it writes, so the per-row foreign key
    // lookups only repeat that work; one full check runs before the commit instead.
    conn.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;
         PRAGMA locking_mode = EXCLUSIVE; PRAGMA foreign_keys = OFF;",
    )?;
    let tx = conn.transaction()?;
    let deferred = db::defer_indexes(&tx)?;
    let mut problems = Problems::default();
    let mut session = Session::new(&tx, Mode::Fresh, dir.join(ARTICLES));
    let mut hashes = Vec::new();
    for table in TABLES {
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
    }
    session.finish(&mut problems)?;
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
    Ok(Built { counts, phases, conn, file })
}

/// What a seed built, and how long each phase took.
pub struct Built {
    /// Row counts per table.
    pub counts: Counts,
    /// Phases in order (`load`, `indexes`, `search index`, `commit`) with their durations.
    pub phases: Vec<(&'static str, Duration)>,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// An in-memory database loaded from the project's seeds.
    fn seeded() -> Connection {
        let conn = db::open_in_memory().unwrap();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut problems = Problems::default();
        let mut session = Session::new(&conn, Mode::Fresh, dir.join(ARTICLES));
        for table in TABLES {
            let path = dir.join(table.file());
            session
                .load_file(table, &table.file(), open_csv(&path).unwrap(), &mut problems)
                .unwrap();
        }
        session.finish(&mut problems).unwrap();
        assert!(problems.is_empty(), "{problems}");
        conn
    }

    fn merge(conn: &Connection, table: &str, csv: &str) -> (Tally, String) {
        let mut problems = Problems::default();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut session = Session::new(conn, Mode::Merge, dir.join(ARTICLES));
        let tally =
            session.load_file(table_named(table), "in.csv", csv.as_bytes(), &mut problems).unwrap();
        session.finish(&mut problems).unwrap();
        (tally, problems.to_string())
    }

    fn table_named(name: &str) -> &'static Table {
        table(name).unwrap()
    }

    #[test]
    fn merging_the_seed_files_again_changes_nothing() {
        let conn = seeded();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for t in TABLES {
            let text = std::fs::read_to_string(dir.join(t.file())).unwrap();
            let rows = text.lines().count() as u64 - 1;
            let (tally, problems) = merge(&conn, t.name, &text);
            assert_eq!(problems, "", "{}", t.name);
            assert_eq!(tally.added + tally.changed, 0, "{}: {tally:?}", t.name);
            assert!(tally.unchanged <= rows, "{}", t.name);
        }
    }

    #[test]
    fn merging_adds_new_keys_and_updates_changed_rows() {
        let conn = seeded();
        let csv = "slug,name,country,sector,parent,note\n\
                   alibaba,Alibaba Group,CN,online sales platform,,\n\
                   taobao,Taobao,CN,,alibaba,\n\
                   repdm,RepDM,US,,,US partner of Alibaba for the Access Asia 2017 summit\n";
        let (tally, problems) = merge(&conn, "companies", csv);
        assert_eq!(problems, "");
        assert_eq!(tally, Tally { added: 1, changed: 1, unchanged: 1 });
        let parent: String = conn
            .query_row("SELECT p.slug FROM companies c JOIN companies p ON p.id = c.parent_id WHERE c.slug = 'taobao'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(parent, "alibaba");
    }

    #[test]
    fn parents_cannot_loop() {
        let conn = seeded();
        let csv = "slug,name,country,sector,parent,note\n\
                   alibaba,Alibaba,CN,online sales platform,repdm,\n\
                   repdm,RepDM,US,,alibaba,\n";
        let (_, problems) = merge(&conn, "companies", csv);
        assert_eq!(
            problems,
            "in.csv:3: column parent: `alibaba` is this company or one of its subsidiaries; parents cannot loop\n"
        );
        let csv = "slug,name,parent\nwine,Wine,wine\n";
        let (_, problems) = merge(&conn, "categories", csv);
        assert_eq!(
            problems,
            "in.csv:2: column parent: `wine` is this category or one beneath it; parents cannot loop\n"
        );
    }

    #[test]
    fn merging_refuses_a_key_twice_in_one_file() {
        let conn = seeded();
        let csv =
            "pledge,market\nalibaba-1-million-us-jobs,China\nalibaba-1-million-us-jobs,China\n";
        let (_, problems) = merge(&conn, "pledge_markets", csv);
        assert_eq!(
            problems,
            "in.csv:3: column market: `China` is already defined earlier in this file; each key may appear once\n"
        );
    }

    #[test]
    fn merging_status_history_only_appends() {
        let conn = seeded();
        let csv = "pledge,as_of,status,reason,source,quote,note\n\
                   alibaba-1-million-us-jobs,2017-01-10,stalled,,president-trump-and-alibaba,Monday’s meeting,\n";
        let (tally, problems) = merge(&conn, "status_history", csv);
        assert_eq!(problems, "");
        assert_eq!(tally, Tally { added: 1, changed: 0, unchanged: 0 });
    }

    #[test]
    fn a_record_from_the_command_line_keeps_a_leading_apostrophe() {
        let conn = seeded();
        let columns: &[&str] = &["slug", "name", "note"];
        let values = vec!["o-brien".to_owned(), "'Brien".to_owned(), String::new()];
        let record = Record::new("add official", 0, columns, values);
        let mut problems = Problems::default();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut session = Session::new(&conn, Mode::Merge, dir.join(ARTICLES));
        let tally = session.load_record(table_named("officials"), &record, &mut problems).unwrap();
        assert!(problems.is_empty(), "{problems}");
        assert_eq!(tally.added, 1);
        let name: String = conn
            .query_row("SELECT name FROM officials WHERE slug = 'o-brien'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(name, "'Brien");
    }

    /// A fixed pseudo-random sequence (xorshift), so that every run tries the same inputs.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    /// `original` damaged one way: random bytes, a few bytes changed, lines dropped, repeated or
    /// swapped, a field replaced by junk, or the file cut short.
    fn mutate(original: &[u8], rng: &mut Rng) -> Vec<u8> {
        const SPECIALS: &[u8] = b"\",\n\r\0\xff\xef\xbb\xbf'-=9 ";
        let mut bytes = original.to_vec();
        match rng.below(6) {
            0 => (0..rng.below(300)).map(|_| rng.next() as u8).collect(),
            1 => {
                for _ in 0..=rng.below(4) {
                    let at = rng.below(bytes.len());
                    let special = SPECIALS[rng.below(SPECIALS.len())];
                    match rng.below(3) {
                        0 if !bytes.is_empty() => bytes[at] = special,
                        1 if !bytes.is_empty() => drop(bytes.remove(at)),
                        _ => bytes.insert(at.min(bytes.len()), special),
                    }
                }
                bytes
            }
            2 | 3 => {
                let mut lines: Vec<Vec<u8>> =
                    bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
                let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                match rng.below(4) {
                    0 => drop(lines.remove(a)),
                    1 => lines.insert(b, lines[a].clone()),
                    2 => lines.swap(a, b),
                    _ => {
                        let mut fields: Vec<Vec<u8>> =
                            lines[a].split(|b| *b == b',').map(<[u8]>::to_vec).collect();
                        let at = rng.below(fields.len());
                        fields[at] = (0..rng.below(12))
                            .map(|_| SPECIALS[rng.below(SPECIALS.len())] ^ (rng.next() as u8 & 1))
                            .collect();
                        lines[a] = fields.join(&b',');
                    }
                }
                lines.join(&b'\n')
            }
            4 => {
                bytes.truncate(rng.below(bytes.len()));
                bytes
            }
            _ => {
                // Many lines repeated: a larger file of plausible rows.
                let end = bytes.iter().position(|b| *b == b'\n').map_or(0, |at| at + 1);
                let body = bytes[end..].to_vec();
                for _ in 0..rng.below(20) {
                    bytes.extend_from_slice(&body);
                }
                bytes
            }
        }
    }

    /// Damaged seed files, one at a time, through the whole seed: no panic; a refusal is a list
    /// of problems, each naming the file and (but for an empty file) the line; the database
    /// refused is left byte for byte as it was. The rounds are fixed, so a failure reproduces.
    #[test]
    fn damaged_seed_files_are_refused_with_their_place_and_the_database_kept() {
        // About 40 ms each; a loaded round also syncs the database to disk.
        const ROUNDS: usize = 100;
        let folder = tempfile::tempdir().unwrap();
        let dir = folder.path().join("seeds");
        let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        fs::create_dir_all(dir.join(ARTICLES)).unwrap();
        for sub in ["", ARTICLES] {
            for entry in fs::read_dir(real.join(sub)).unwrap() {
                let path = entry.unwrap().path();
                if path.is_file() {
                    fs::copy(&path, dir.join(sub).join(path.file_name().unwrap())).unwrap();
                }
            }
        }
        let target = folder.path().join("pledges.db");
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        // Each seed that loads is moved into place, as `pledge seed` does onto no file.
        let put = |built: Built| {
            let _ = fs::remove_file(&target);
            db::move_into_place(built.conn, built.file, &target, Duration::ZERO).unwrap();
        };
        put(seed(&dir, &target, today, |_| Ok(())).unwrap());
        let mut before = fs::read(&target).unwrap();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let (mut refused, mut loaded) = (0, 0);
        for round in 0..ROUNDS {
            let table = &TABLES[rng.below(TABLES.len())];
            let path = dir.join(table.file());
            let original = fs::read(&path).unwrap();
            fs::write(&path, mutate(&original, &mut rng)).unwrap();
            let result = std::panic::catch_unwind(|| seed(&dir, &target, today, |_| Ok(())));
            let Ok(result) = result else { panic!("round {round}: {} panicked", table.file()) };
            match result {
                // Still valid seed files: the database they built is the one to keep next.
                Ok(built) => {
                    loaded += 1;
                    put(built);
                    before = fs::read(&target).unwrap();
                }
                Err(err) => {
                    refused += 1;
                    let Some(problems) = err.downcast_ref::<Problems>() else {
                        panic!("round {round}: not a list of problems: {err:#}");
                    };
                    for problem in problems.iter() {
                        assert!(problem.file.ends_with(".csv"), "round {round}: {problem}");
                        // A problem of the whole file (empty, binary, not text) is its only one.
                        let of_file = problems.iter().filter(|p| p.file == problem.file).count();
                        let whole_file =
                            problem.message.starts_with("the file is empty") || of_file == 1;
                        assert!(
                            problem.line.is_some() || whole_file,
                            "round {round}: no line: {problem}"
                        );
                    }
                    assert!(fs::read(&target).unwrap() == before, "round {round}: changed");
                }
            }
            fs::write(&path, &original).unwrap();
        }
        eprintln!("{ROUNDS} rounds: {refused} refused, {loaded} loaded");
        assert!(refused > ROUNDS / 2, "the mutations should mostly damage: {refused}");
    }
}
