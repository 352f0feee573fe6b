//! What every command gets: where the database is, today's date, the output format, the width
//! tables are boxed to and stdout.
//!
//! Built once by `cli` from the process's arguments, environment and clock; commands take it
//! and never read process state themselves.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::db;
use crate::load::Tally;
use crate::load::typed::{self, Refused, Row};
use crate::output::{self, Format};

/// What every command gets: where the database is, today's date, the output format, the width
/// tables are boxed to (none off a terminal: plain rows) and stdout.
pub struct Ctx {
    db_path: PathBuf,
    pub today: NaiveDate,
    pub format: Format,
    pub width: Option<usize>,
    pub out: Box<dyn Write>,
    conn: Option<Connection>,
}

impl Ctx {
    /// A context for one command run; the database is opened when a command first asks.
    pub fn new(
        db_path: PathBuf,
        today: NaiveDate,
        format: Format,
        width: Option<usize>,
        out: Box<dyn Write>,
    ) -> Self {
        Ctx { db_path, today, format, width, out, conn: None }
    }

    /// The database connection, opened (and migrated) on first use; the file must exist.
    pub fn conn(&mut self) -> Result<&mut Connection> {
        if self.conn.is_none() {
            self.conn = Some(db::open(&self.db_path)?);
        }
        Ok(self.conn.as_mut().expect("set just above"))
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

    /// The database path, as given.
    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// Writes rows typed on the command line in one transaction (source files named in them are
    /// read from `articles`). When any row is refused, prints every problem and fails, leaving
    /// the database as it was.
    pub fn write(&mut self, articles: &Path, rows: &[Row]) -> Result<Vec<Tally>> {
        let err = match typed::apply(self.conn()?, articles, rows) {
            Ok(tallies) => return Ok(tallies),
            Err(err) => err,
        };
        let Some(Refused(lines)) = err.downcast_ref::<Refused>() else { return Err(err) };
        for line in lines {
            eprintln!("{}", output::printable(line));
        }
        bail!(
            "{} problem{}; `{}` was not changed",
            lines.len(),
            if lines.len() == 1 { "" } else { "s" },
            self.db_path.display()
        )
    }
}
