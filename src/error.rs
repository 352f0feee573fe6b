//! The two outcomes `main` reports in its own way: problems found in what a command was given
//! (each printed on its own line, then one count saying that nothing changed), and a failure
//! the command has already reported in full (exit 1, nothing more to print).

use std::fmt;
use std::path::Path;

/// A command refused its input: the problems, one line each, and where they were found.
#[derive(Debug)]
pub struct Rejected {
    /// One line per problem, in the order found (a long list may end in a line that counts the
    /// rest).
    pub lines: Vec<String>,
    /// How many problems there were.
    count: usize,
    /// The file or folder the problems are in, when it is one (not flags on the command line).
    place: Option<String>,
    /// The database that was left unchanged.
    db: String,
}

impl Rejected {
    /// `count` problems of `place` (or of the command line, with `None`), printed as `lines`;
    /// `db` was not changed.
    pub fn new(lines: Vec<String>, count: usize, place: Option<&Path>, db: &Path) -> Self {
        let place = place.map(|p| p.display().to_string());
        Rejected { lines, count, place, db: db.display().to_string() }
    }
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.count;
        write!(f, "{n} problem{}", if n == 1 { "" } else { "s" })?;
        if let Some(place) = &self.place {
            write!(f, " in `{place}`")?;
        }
        write!(f, "; `{}` was not changed", self.db)
    }
}

impl std::error::Error for Rejected {}

/// A failure already reported on stdout and stderr (`check` found problems): exit 1 quietly.
#[derive(Debug)]
pub struct Reported;

impl fmt::Display for Reported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the problems above were found")
    }
}

impl std::error::Error for Reported {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rejection_counts_its_problems_and_names_its_place() {
        let db = Path::new("pledges.db");
        let one = Rejected::new(vec!["--as-of: bad".into()], 1, None, db);
        assert_eq!(one.to_string(), "1 problem; `pledges.db` was not changed");
        let two = Rejected::new(vec!["a".into(), "b".into()], 2, Some(Path::new("seeds")), db);
        assert_eq!(two.to_string(), "2 problems in `seeds`; `pledges.db` was not changed");
    }
}
