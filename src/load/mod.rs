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

mod fields;
mod ids;
mod problem;
mod seed;
mod session;
#[cfg(test)]
mod tests;

pub use fields::Fields;
use fields::missing;
pub use problem::{Place, Problem, Problems};
pub use seed::{ARTICLES, Built, open_csv, seed};
pub use session::{FileState, Mode, Session, Tally};

pub use reader::{Record, read};

/// The table named `name` (`pledges`, `status_history`...).
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}
