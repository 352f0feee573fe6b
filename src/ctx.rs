//! What every command gets: where the database is, today's date, the output format, the width
//! tables are boxed to and stdout.
//!
//! Built once by `cli` from the process's arguments, environment and clock; commands take it
//! and never read process state themselves.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;

use crate::db;
use crate::error::Rejected;
use crate::load::Tally;
use crate::load::typed::{self, Refused, Row};
use crate::output::Style;

/// What every command gets: where the database is, today's date, the output format, the width
/// tables are boxed to (none off a terminal: plain rows) and stdout.
pub struct Ctx {
    db_path: PathBuf,
    pub today: NaiveDate,
    /// The time of this run, for the journal and backup names.
    pub now: DateTime<Utc>,
    /// The command line as typed, for the journal.
    pub command: String,
    /// How long to wait for another command's write lock.
    pub wait: Duration,
    /// Whether the command writes: its connection may bring the schema up to date.
    pub writes: bool,
    /// How rows are written: the format, the width tables are boxed to, the formula guard.
    pub style: Style,
    pub out: Box<dyn Write>,
    conn: Option<Connection>,
}

impl Ctx {
    /// A context for one command run; the database is opened when a command first asks.
    pub fn new(db_path: PathBuf, today: NaiveDate, style: Style, out: Box<dyn Write>) -> Self {
        let (now, command, wait) = (Utc::now(), "pledge".to_owned(), Duration::from_secs(30));
        Ctx { db_path, today, now, command, wait, writes: false, style, out, conn: None }
    }

    /// The database connection, opened on first use; the file must be a pledge database. A
    /// command that writes brings an older schema up to date; a read refuses it.
    pub fn conn(&mut self) -> Result<&mut Connection> {
        if self.conn.is_none() {
            self.conn = Some(if self.writes {
                db::open_for_writing(&self.db_path, self.wait)?
            } else {
                db::open(&self.db_path, self.wait)?
            });
        }
        Ok(self.conn.as_mut().expect("set just above"))
    }

    /// Appends this command's entry to the journal, inside the caller's transaction.
    pub fn journal(&self, tx: &Connection, kind: &str, changes: &str) -> Result<()> {
        db::journal::append(tx, self.now, kind, &self.command, changes)?;
        Ok(())
    }

    /// The one-line reminder that the database holds changes no seed folder has, if it was
    /// opened and does.
    pub fn unexported_note(&self) -> Option<String> {
        unexported_note(self.conn.as_ref()?, &self.db_path)
    }

    /// The database connection and stdout together, for commands that stream rows from one to
    /// the other.
    pub fn conn_and_out(&mut self) -> Result<(&mut Connection, &mut Box<dyn Write>)> {
        self.conn()?;
        let conn = self.conn.as_mut().expect("opened just above");
        Ok((conn, &mut self.out))
    }

    /// Standard input, for a command given `-` as its file.
    pub fn stdin(&self) -> std::io::StdinLock<'static> {
        std::io::stdin().lock()
    }

    /// Makes an error from the database file itself say what happened (see [`db::explain`]).
    pub fn explain(&self, err: anyhow::Error) -> anyhow::Error {
        db::explain(err, &self.db_path, self.conn.as_ref())
    }

    /// The database path, as given.
    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// Writes rows typed on the command line in one transaction (source files named in them are
    /// read from `articles`). When any row is refused, prints every problem and fails, leaving
    /// the database as it was.
    pub fn write(&mut self, articles: Option<&Path>, rows: &[Row]) -> Result<Vec<Tally>> {
        self.write_or_rehearse(articles, rows, true)
    }

    /// Checks and loads rows as [`Ctx::write`] does, then rolls back: what writing them would
    /// do, with nothing written.
    pub fn rehearse(&mut self, articles: Option<&Path>, rows: &[Row]) -> Result<Vec<Tally>> {
        self.write_or_rehearse(articles, rows, false)
    }

    fn write_or_rehearse(
        &mut self,
        articles: Option<&Path>,
        rows: &[Row],
        commit: bool,
    ) -> Result<Vec<Tally>> {
        let (now, command) = (self.now, self.command.clone());
        let tx = db::begin_write(self.conn()?)?;
        let err = match typed::apply(&tx, articles, rows) {
            Ok(tallies) if !commit => return Ok(tallies),
            Ok(tallies) => {
                let changes = typed::changes(rows, &tallies);
                if !changes.is_empty() {
                    db::journal::append(&tx, now, "write", &command, &changes)?;
                }
                tx.commit()?;
                return Ok(tallies);
            }
            Err(err) => err,
        };
        drop(tx);
        let Some(Refused(lines)) = err.downcast_ref::<Refused>() else { return Err(err) };
        Err(Rejected::new(lines.clone(), lines.len(), None, &self.db_path).into())
    }
}

/// The reminder that `conn` holds changes not yet written to a seed folder, if it does.
fn unexported_note(conn: &Connection, db_path: &Path) -> Option<String> {
    let n = db::journal::unexported(conn).ok()?.len();
    (n > 0).then(|| {
        format!(
            "note: `{}` holds {n} change{} not yet written to a seed folder (see `pledge log`); \
             keep {} with `pledge export --dir seeds` before any `pledge seed`",
            db_path.display(),
            if n == 1 { "" } else { "s" },
            if n == 1 { "it" } else { "them" }
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_are_reminded_of_changes_not_yet_exported() {
        let conn = db::open_in_memory().unwrap();
        let path = Path::new("pledges.db");
        assert_eq!(unexported_note(&conn, path), None);
        let now = Utc::now();
        db::journal::append(&conn, now, "write", "pledge add company", "companies `c` added")
            .unwrap();
        assert_eq!(
            unexported_note(&conn, path).unwrap(),
            "note: `pledges.db` holds 1 change not yet written to a seed folder (see `pledge \
             log`); keep it with `pledge export --dir seeds` before any `pledge seed`"
        );
        db::journal::append(&conn, now, "export", "pledge export --dir seeds", "every table")
            .unwrap();
        assert_eq!(unexported_note(&conn, path), None);
    }
}
