//! Typed access to one row's columns, each getter reporting what is wrong with its column.

use std::fmt;

use anyhow::Result;
use chrono::NaiveDate;

use super::{Problems, Record};
use crate::db;
use crate::model::{PartialDate, parse_date, slug_problem};

/// Typed access to a record's columns. Each getter reports what is wrong with its column and
/// returns `None` then; `failed` tells whether the row had any problem, so it can be skipped
/// while later rows are still checked.
pub struct Fields<'r, 'p> {
    pub(super) record: &'r Record<'r>,
    problems: &'p mut Problems,
    failed: bool,
    /// The kind and slug this row defines, remembered as rejected if the row fails.
    key: Option<(&'static str, String)>,
}

impl<'r, 'p> Fields<'r, 'p> {
    /// Checks `record` through `body`, reporting into `problems`, then [`Fields::finish`]es
    /// whatever `body` returned.
    pub fn check<T>(
        record: &'r Record<'r>,
        problems: &'p mut Problems,
        body: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let mut fields = Fields { record, problems, failed: false, key: None };
        let result = body(&mut fields);
        fields.finish();
        result
    }

    /// Ends the row: when it failed, the record it defines is remembered as rejected, so that
    /// rows naming it are not reported again.
    fn finish(self) {
        if self.failed
            && let Some((kind, slug)) = self.key
        {
            self.problems.reject(kind, slug);
        }
    }

    /// Reports a problem with `column` of this row.
    pub fn problem(&mut self, column: &'static str, message: impl Into<String>) {
        self.problems.add_at(self.record.place(), Some(column), message);
        self.failed = true;
    }

    /// Reports a problem with `column` but lets the row load, so that what depends on it is
    /// still checked (a changed article's quotes are checked against its new text). The run
    /// fails all the same.
    pub fn problem_but_load(&mut self, column: &'static str, message: impl Into<String>) {
        self.problems.add_at(self.record.place(), Some(column), message);
    }

    /// Reports a problem with the row as a whole.
    pub fn row_problem(&mut self, message: impl Into<String>) {
        self.problems.add_at(self.record.place(), None, message);
        self.failed = true;
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
        match parse_date(raw) {
            Some(date) => Some(date),
            None => {
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

    /// An optional date known to a day, a month or a year (`2017-01-09`, `2017-01`, `2017`).
    pub fn partial_date(&mut self, column: &'static str) -> Option<PartialDate> {
        let raw = self.record.get(column);
        if raw.is_empty() {
            return None;
        }
        let parsed = PartialDate::parse(raw);
        if parsed.is_none() {
            self.problem(
                column,
                format!(
                    "`{raw}` is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY when the source \
                     gives only the month or the year)"
                ),
            );
        }
        parsed
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
                self.problems.unknown(kind, slug);
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
    pub(super) fn exists(&mut self, column: &'static str) {
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

/// What to say about a missing `kind` record named by a row: where such records come from.
/// `list` is the seed file that defines them.
pub(super) fn missing(kind: &str, slug: &str, list: &str, typed: bool) -> String {
    if !typed {
        return format!("no {kind} `{slug}` (is it in {list}?)");
    }
    missing_typed(kind, slug, "")
}

/// The message for a reference typed on the command line that names nothing, with `hint`
/// (see [`crate::db::names::did_you_mean`]) after the name.
pub(super) fn missing_typed(kind: &str, slug: &str, hint: &str) -> String {
    let listing = listing(kind);
    format!("no {kind} `{slug}`{hint} (see `pledge {listing}`, or add it with `pledge add {kind}`)")
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
