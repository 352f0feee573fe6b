//! Problems found in the input, each with its place, collected rather than thrown.

use std::collections::HashSet;
use std::fmt;

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A file, at a line (`None`: the file as a whole).
    File { file: String, line: Option<u64> },
    /// One of the rows typed on the command line, by its position among them; its values came
    /// from flags, which the command names.
    Typed { row: usize },
}

/// One thing wrong with the input, and where.
#[derive(Debug, Clone)]
pub struct Problem {
    pub place: Place,
    pub column: Option<&'static str>,
    pub message: String,
    /// For a reference that names nothing: its kind and text, so that a command can suggest
    /// the records it may have meant.
    pub unknown: Option<(&'static str, String)>,
}

#[cfg(test)]
impl Problem {
    /// The file the problem is in, when it is in one.
    pub fn file(&self) -> Option<&str> {
        match &self.place {
            Place::File { file, .. } => Some(file),
            Place::Typed { .. } => None,
        }
    }

    /// The line the problem is on, when it is on one.
    pub fn line(&self) -> Option<u64> {
        match &self.place {
            Place::File { line, .. } => *line,
            Place::Typed { .. } => None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Place::File { file, line } => {
                write!(f, "{file}")?;
                if let Some(line) = line {
                    write!(f, ":{line}")?;
                }
            }
            Place::Typed { row } => write!(f, "command line row {}", row + 1)?,
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

    /// Records a problem at `line` of `file` (`None`: the file as a whole).
    pub fn add(
        &mut self,
        file: &str,
        line: Option<u64>,
        column: Option<&'static str>,
        message: impl Into<String>,
    ) {
        self.add_at(Place::File { file: file.to_owned(), line }, column, message);
    }

    /// Records a problem at `place`.
    pub fn add_at(
        &mut self,
        place: Place,
        column: Option<&'static str>,
        message: impl Into<String>,
    ) {
        if self.list.len() >= Self::LIMIT {
            self.more += 1;
            return;
        }
        self.list.push(Problem { place, column, message: message.into(), unknown: None });
    }

    /// Notes that the problem just added is a reference to `kind` that names nothing (`text`).
    pub(super) fn unknown(&mut self, kind: &'static str, text: &str) {
        if self.more == 0
            && let Some(last) = self.list.last_mut()
        {
            last.unknown = Some((kind, text.to_owned()));
        }
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
