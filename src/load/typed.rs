//! Rows typed on the command line (`add`, `update`).
//!
//! They are checked by the same row handlers as seed files, written in one transaction, and
//! refused whole when anything is wrong, with every problem named by the flag the user typed
//! (`--made-on`, not `column made_on`). Nothing here prints.

use std::fmt;
use std::path::Path;

use anyhow::Result;
use rusqlite::Connection;

use crate::db::names;

use super::{Mode, Place, Problem, Problems, Record, Session, Table, Tally, table};

/// One row for one table, its values given as flags.
pub struct Row {
    table: &'static Table,
    mode: Mode,
    /// The values, in the table's column order; empty means absent.
    values: Vec<String>,
    /// The flag each column's value came from, where it is not `--column-name`.
    flags: Vec<(&'static str, String)>,
    /// Where the values without a flag of their own came from.
    default_flag: Option<String>,
}

impl Row {
    /// A row for the table `name` (one of [`super::TABLES`]). In [`Mode::Create`] its key must
    /// be new; in [`Mode::Merge`] an identical row already stored is accepted as it is.
    pub fn new(name: &str, mode: Mode) -> Self {
        let table = table(name).expect("rows are only built for tables the loader knows");
        Row {
            table,
            mode,
            values: vec![String::new(); table.columns.len()],
            flags: Vec::new(),
            default_flag: None,
        }
    }

    /// The name of the table the row is for.
    pub fn table(&self) -> &'static str {
        self.table.name
    }

    /// Sets `column` to `value`.
    pub fn set(mut self, column: &'static str, value: impl Into<String>) -> Self {
        let at = self.table.columns.iter().position(|c| c.name == column);
        let at = at.expect("rows only set columns of their table");
        self.values[at] = value.into();
        self
    }

    /// Sets `column` to `value` when there is one.
    pub fn opt(self, column: &'static str, value: Option<impl ToString>) -> Self {
        match value {
            Some(value) => self.set(column, value.to_string()),
            None => self,
        }
    }

    /// Names the flag or argument that `column`'s value came from, for messages.
    pub fn flag_of(mut self, column: &'static str, flag: impl Into<String>) -> Self {
        self.flags.push((column, flag.into()));
        self
    }

    /// Names the place every column's value came from that has no flag of its own (a line of
    /// a file), for messages.
    pub fn flag_rest(mut self, flag: impl Into<String>) -> Self {
        self.default_flag = Some(flag.into());
        self
    }

    /// Where the row came from, when [`Row::flag_rest`] named it.
    pub fn place(&self) -> Option<&str> {
        self.default_flag.as_deref()
    }

    /// The flag `column`'s value came from: as named, else the row's place, else `--` and the
    /// column's name.
    fn flag(&self, column: &str) -> String {
        match (self.flags.iter().find(|(c, _)| *c == column), &self.default_flag) {
            (Some((_, flag)), _) => flag.clone(),
            (None, Some(flag)) => flag.clone(),
            (None, None) => format!("--{}", column.replace('_', "-")),
        }
    }

    /// The record the row is about: its slug, or the slug of the record it belongs to (an
    /// event's participant belongs to the event).
    pub fn subject(&self) -> Option<&str> {
        ["slug", "pledge", "key", "event", "company", "official", "category", "source", "code"]
            .iter()
            .find_map(|c| self.table.columns.iter().position(|col| col.name == *c))
            .map(|at| self.values[at].as_str())
            .filter(|v| !v.is_empty())
    }
}

/// Why typed rows were refused: one line per problem, in the order found.
#[derive(Debug)]
pub struct Refused(pub Vec<String>);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for line in &self.0 {
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Refused {}

/// Loads `rows` in order into `tx`, the caller's transaction, which the caller commits only when
/// this succeeds; when any row had a problem, returns a [`Refused`] error. Source files are read
/// from `articles` (`None` when no row names one). Returns what each row did.
pub fn apply(tx: &Connection, articles: Option<&Path>, rows: &[Row]) -> Result<Vec<Tally>> {
    let mut problems = Problems::default();
    let mut tallies = Vec::with_capacity(rows.len());
    {
        let mut session = Session::new(tx, Mode::Merge, articles.map(Path::to_path_buf));
        session.check_only_new_claims()?;
        for (at, row) in rows.iter().enumerate() {
            let record = Record::typed(at, row.table.columns, row.values.clone());
            session.set_mode(row.mode);
            tallies.push(session.load_record(row.table, &record, &mut problems)?);
        }
        // Typed claims are about the record being written or one another row names; when that
        // failed, a claim left dangling would only say it again.
        if problems.is_empty() {
            session.finish(&mut problems)?;
        }
    }
    if !problems.is_empty() {
        return Err(Refused(lines(tx, &problems, rows)).into());
    }
    Ok(tallies)
}

/// What the rows changed, for the journal: per table, in the order first written, the record
/// the rows are about when they share one, and the counts (`pledges `p`: 1 added; evidence
/// `s`: 8 added`). Empty when nothing changed.
pub fn changes(rows: &[Row], tallies: &[Tally]) -> String {
    // (table, subject shared by its rows so far, added, changed)
    let mut tables: Vec<(&str, Option<&str>, u64, u64)> = Vec::new();
    for (row, tally) in rows.iter().zip(tallies) {
        if tally.added + tally.changed == 0 {
            continue;
        }
        let subject =
            ["slug", "pledge", "key", "company", "official", "category", "event", "source"]
                .iter()
                .find_map(|c| row.table.columns.iter().position(|col| col.name == *c))
                .map(|at| row.values[at].as_str())
                .filter(|v| !v.is_empty());
        match tables.iter_mut().find(|t| t.0 == row.table.name) {
            Some(t) => {
                if t.1 != subject {
                    t.1 = None;
                }
                t.2 += tally.added;
                t.3 += tally.changed;
            }
            None => tables.push((row.table.name, subject, tally.added, tally.changed)),
        }
    }
    let parts: Vec<String> = tables
        .iter()
        .map(|(table, subject, added, changed)| {
            let counts: Vec<String> = [(added, "added"), (changed, "changed")]
                .iter()
                .filter(|(n, _)| **n > 0)
                .map(|(n, what)| format!("{n} {what}"))
                .collect();
            match subject {
                Some(slug) => format!("{table} `{slug}`: {}", counts.join(", ")),
                None => format!("{table}: {}", counts.join(", ")),
            }
        })
        .collect();
    parts.join("; ")
}

/// Each problem once, named by its flag.
fn lines(conn: &Connection, problems: &Problems, rows: &[Row]) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for problem in problems.iter() {
        let line = line(conn, problem, rows);
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines
}

fn line(conn: &Connection, problem: &Problem, rows: &[Row]) -> String {
    let row = match problem.place {
        Place::Typed { row } => rows.get(row),
        Place::File { .. } => None,
    };
    match (row, problem.column) {
        (Some(row), Some(column)) => format!("{}: {}", row.flag(column), hinted(conn, problem)),
        (None, Some(column)) => format!("column {column}: {}", problem.message),
        (_, None) => problem.message.clone(),
    }
}

/// The problem's message; for a reference that names nothing, with the closest slugs of its
/// kind ("did you mean").
fn hinted(conn: &Connection, problem: &Problem) -> String {
    let Some((kind, text)) = &problem.unknown else { return problem.message.clone() };
    let Some(named) = names::Kind::parse(kind) else { return problem.message.clone() };
    // A hint is a courtesy: when it cannot be worked out, the message stands without it.
    let near = names::closest(conn, named, text).unwrap_or_default();
    super::fields::missing_typed(kind, text, &names::did_you_mean(&near))
}
