//! One load over a database: the rows of several files (a seed) or of one (an import or a
//! command line), written through the table handlers, then the checks that need everything.

use std::collections::HashSet;
use std::io::BufRead;
use std::path::PathBuf;

use anyhow::{Context, Result};
use rusqlite::Connection;

use super::ids::{self, Ids, Kind};
use super::{Fields, Place, Problems, Record, Table, read};
use crate::db;
use crate::model::{
    Located, MIN_QUOTE_CHARS, MIN_QUOTE_WORDS, QuoteSpan, QuoteText, Subject, collapse,
    is_long_enough,
};

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

/// What loading a file did, row by row.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Tally {
    pub added: u64,
    pub changed: u64,
    pub unchanged: u64,
}

/// One load over a database: several files (a seed) or one (an import), then `finish`.
pub struct Session<'c> {
    pub(super) conn: &'c Connection,
    pub(super) mode: Mode,
    /// The folder that `sources.file` names are read from.
    pub(super) articles: Option<PathBuf>,
    /// Source texts collapsed for quote matching, read on first use.
    texts: TextCache,
    /// Evidence rows written in this session, with their lines, for reports made at the end.
    pub(super) evidence_lines: Lines,
    pub(super) evidence_file: String,
    /// The position among the rows typed on the command line of the claim written last, when it
    /// was one.
    pub(super) evidence_row: Option<usize>,
    /// In a fresh database, the facts claimed so far, so that rows needing a claim are checked
    /// without an index on millions of claims being kept up row by row.
    pub(super) facts: Option<Facts>,
    /// In a fresh database, the id of every record written so far, by slug.
    pub(super) ids: Option<Ids>,
    /// The field delimiter of the files read, or `None` to tell from each file's header.
    delimiter: Option<u8>,
    /// The last claim stored before this session, when only the claims it writes need checking
    /// at the end; `None` checks every claim.
    claims_after: Option<i64>,
}

/// The line each row written came from, by row id, kept as runs: a seed writes millions of
/// claims whose ids and lines rise together, so a whole file is a few runs, not a pair a row.
#[derive(Default)]
pub(super) struct Lines {
    /// (first id, its line, rows in the run), in the order written.
    runs: Vec<(i64, u64, u64)>,
    /// Whether some run starts below the one before it: a load that updates rows may write ids
    /// out of order.
    unsorted: bool,
}

impl Lines {
    /// Records that the row `id` came from `line`.
    pub(super) fn push(&mut self, id: i64, line: u64) {
        if let Some((first, at, n)) = self.runs.last_mut() {
            if i64::try_from(*n).is_ok_and(|n| *first + n == id) && *at + *n == line {
                *n += 1;
                return;
            }
            self.unsorted |= id < *first;
        }
        self.runs.push((id, line, 1));
    }

    /// The line the row `id` came from, if this session wrote it.
    pub(super) fn line_of(&mut self, id: i64) -> Option<u64> {
        if self.unsorted {
            self.runs.sort_by_key(|(first, ..)| *first);
            self.unsorted = false;
        }
        let at = self.runs.partition_point(|(first, ..)| *first <= id).checked_sub(1)?;
        let (first, line, n) = self.runs[at];
        let offset = u64::try_from(id - first).ok()?;
        (offset < n).then_some(line + offset)
    }
}

/// Facts claimed, as 64-bit fingerprints of (subject, key, field, value) and of (subject, key).
/// A row is wrongly taken as backed only if its missing fact shares a fingerprint with one of
/// the facts claimed: about 1 in 2 million million at ten million facts.
#[derive(Default)]
pub(super) struct Facts(HashSet<u64>);

impl Facts {
    fn fingerprint(parts: &[&str]) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        parts.hash(&mut hasher);
        hasher.finish()
    }

    pub(super) fn add(&mut self, subject: Subject, key: &str, field: &str, value: Option<&str>) {
        self.0.insert(Self::fingerprint(&[subject.as_str(), key]));
        self.0.insert(Self::fingerprint(&[subject.as_str(), key, field, value.unwrap_or("\0")]));
    }

    /// Whether a claim about `subject`/`key` was seen: on `field` with `value` (any value when
    /// `None`), or on any field when `field` is empty.
    pub(super) fn contains(
        &self,
        subject: Subject,
        key: &str,
        field: &str,
        value: Option<&str>,
    ) -> bool {
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
    pub(super) typed: bool,
    /// The position of its one row among the rows typed on the command line, when it is one.
    pub(super) row: Option<usize>,
    /// Row ids written by this file, to catch a key given twice (not kept for a fresh seed).
    pub(super) touched: HashSet<i64>,
    pub(super) tally: Tally,
    /// Parents named before they were defined: (row id, parent slug, line).
    pub(super) deferred: Vec<(i64, String, u64)>,
    /// The (pledge id, date) of each status preference this file set, so that a second status
    /// preferred for one date in the same file is refused while an import may change one made
    /// before.
    pub(super) preferred: HashSet<(i64, String)>,
}

impl FileState {
    /// Where `line` of this file is (`None`: the file as a whole), for problems.
    pub(super) fn place(&self, line: Option<u64>) -> Place {
        match self.row {
            Some(row) => Place::Typed { row },
            None => Place::File { file: self.label.clone(), line },
        }
    }
}

impl<'c> Session<'c> {
    /// Starts a load into `conn`; article files are read from `articles`, when rows may name
    /// any.
    pub fn new(conn: &'c Connection, mode: Mode, articles: Option<PathBuf>) -> Self {
        Session {
            conn,
            mode,
            articles,
            texts: TextCache::default(),
            evidence_lines: Lines::default(),
            evidence_file: String::new(),
            evidence_row: None,
            facts: (mode == Mode::Fresh).then(Facts::default),
            ids: (mode == Mode::Fresh).then(Ids::default),
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
            row: None,
            touched: HashSet::new(),
            tally: Tally::default(),
            deferred: Vec::new(),
            preferred: HashSet::new(),
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
            row: record.row,
            touched: HashSet::new(),
            tally: Tally::default(),
            deferred: Vec::new(),
            preferred: HashSet::new(),
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
            let line = self.evidence_lines.line_of(id);
            let place = match (line, self.evidence_row) {
                (Some(_), Some(row)) => Place::Typed { row },
                (Some(line), None) => {
                    Place::File { file: self.evidence_file.clone(), line: Some(line) }
                }
                (None, _) => Place::File { file: "evidence".to_owned(), line: None },
            };
            problems.add_at(
                place,
                Some("key"),
                format!("no {subject} `{key}`: the claim is about a record that does not exist"),
            );
        }
        db::chain::extend(self.conn)
    }

    /// Writes a row: inserts it when its key is new, or (merge mode) updates the existing row.
    /// Returns the row id, or `None` when the row had problems or was refused.
    pub(super) fn upsert(
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
    /// without stored text, whose quotes stay unverified), or `None` after reporting why it
    /// cannot stand as evidence: too short to name a passage, not in the text, or in it more
    /// than once. A quote found is replaced by the text's own words (white space collapsed), so
    /// that a straight apostrophe typed for the article's curly one is stored as the article has
    /// it.
    pub(super) fn locate(
        &mut self,
        f: &mut Fields,
        source_id: i64,
        column: &'static str,
        quote: &mut String,
    ) -> Result<Option<QuoteSpan>> {
        if !is_long_enough(quote) {
            f.problem(
                column,
                format!(
                    "`{}` is too short to name one passage of the source: quote at least \
                     {MIN_QUOTE_WORDS} words (or {MIN_QUOTE_CHARS} characters), enough of the \
                     sentence that says it",
                    quote.trim()
                ),
            );
            return Ok(None);
        }
        let Some(text) = self.texts.get(self.conn, source_id)? else { return Ok(Some(None)) };
        let hint = match text.locate(quote) {
            Located::Once(span) => {
                let exact = collapse(text.span_text(span.clone()));
                if exact != *quote {
                    *quote = exact;
                }
                return Ok(Some(Some(span)));
            }
            Located::Repeated { count, passages } => {
                let shown: Vec<String> = passages.iter().map(|p| format!("\"{p}\"")).collect();
                f.problem(
                    column,
                    format!(
                        "occurs {count} times in the source's text, so it does not say which \
                         passage is meant; quote more of the sentence, so that it occurs once \
                         (it occurs in {})",
                        shown.join(" and in ")
                    ),
                );
                return Ok(None);
            }
            Located::Missing => match text.closest(quote) {
                Some(passage) => format!("; the closest passage is \"{passage}\""),
                None => String::new(),
            },
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

    /// The id of record `slug` of `kind`, from memory in a fresh seed.
    pub(super) fn id(&self, kind: Kind, slug: &str) -> Result<Option<i64>> {
        ids::id(self.ids.as_ref(), self.conn, kind, slug)
    }

    /// The id and date made of pledge `slug`, from memory in a fresh seed.
    pub(super) fn pledge(
        &self,
        slug: &str,
    ) -> Result<Option<(i64, Option<crate::model::PartialDate>)>> {
        ids::pledge(self.ids.as_ref(), self.conn, slug)
    }

    /// Remembers, in a fresh seed, that record `slug` of `kind` was written with `id`.
    pub(super) fn written(&mut self, kind: Kind, slug: &str, id: Option<i64>) {
        if let (Some(ids), Some(id)) = (&mut self.ids, id) {
            ids.add(kind, slug, id);
        }
    }

    /// Drops a cached text after its source was written.
    pub(super) fn forget_text(&mut self, source_id: i64) {
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
