//! The `[[status]]` tables of a story file: changes of a pledge's status, recorded as
//! `pledge update` records them.

use crate::cmd::update::Entry;
use crate::model::PartialDate;

use super::*;

impl Plan {
    /// The status_history row of one `[[status]]`.
    pub(super) fn status(
        &mut self,
        conn: &Connection,
        file: &File,
        source: &str,
        change: Spanned<story::StatusChange>,
    ) -> Result<()> {
        let at = file.at(&change);
        let change = change.into_inner();
        let pledge = match &change.pledge {
            Some(p) => self.refer_pledge(conn, p.get_ref(), &file.at(p), "pledge")?,
            None => {
                self.problem(format!(
                    "{at}: [[status]] names no pledge: add pledge = \"...\", the slug or title of \
                     a recorded pledge or the title of a [[pledge]] of the files"
                ));
                None
            }
        };
        let Some(status) = &change.status else {
            self.problem(format!(
                "{at}: [[status]] has no status: add status = \"...\", one of: {}",
                Status::NAMES.join(", ")
            ));
            return Ok(());
        };
        let Some(quote) = &change.quote else {
            self.problem(format!(
                "{at}: [[status]] has no quote: add quote = \"...\", the article's words that \
                 tell of the change"
            ));
            return Ok(());
        };
        let dated = self.as_of(file, &at, "[[status]]", &change.as_of, &change.date);
        let Some((as_of, as_of_at)) = dated else { return Ok(()) };
        let Some(pledge) = pledge else { return Ok(()) };
        let entry = Entry { pledge: &pledge, as_of, status: status.get_ref().trim() };
        let reason = change.reason.as_ref().map(|r| r.get_ref().trim());
        let mut row = entry
            .row(reason, (source, quote.get_ref()), change.note)
            .flag_rest(&at)
            .flag_of("status", file.at(status))
            .flag_of("quote", file.at(quote))
            .flag_of("as_of", as_of_at);
        row = match &change.reason {
            Some(reason) => row.flag_of("reason", file.at(reason)),
            None => row.flag_of("reason", format!("{at}: reason")),
        };
        if let Some(p) = &change.pledge {
            row = row.flag_of("pledge", file.at(p));
        }
        self.rows.push(row);
        if !self.changes.contains(&(pledge.clone(), as_of)) {
            self.changes.push((pledge, as_of));
        }
        Ok(())
    }

    /// The date of a `table` (placed at `at`): its `as_of`, else its one `[[...date]]`, with
    /// the place it is written; `None` after a problem.
    pub(super) fn as_of(
        &mut self,
        file: &File,
        at: &str,
        table: &str,
        as_of: &Option<Spanned<toml::Value>>,
        dates: &[Spanned<story::Dated>],
    ) -> Option<(PartialDate, String)> {
        let date = match (as_of, dates) {
            (Some(date), []) => date,
            (None, [one]) => match &one.get_ref().date {
                Some(date) => date,
                None => {
                    self.problem(format!(
                        "{}: the date table has no date: add date = 2021-04-20, or delete the \
                         table and give as_of",
                        file.at(one)
                    ));
                    return None;
                }
            },
            (None, []) => {
                self.problem(format!(
                    "{at}: {table} has no date: add as_of = 2019-01-30 (a day), \"2019-01\" or \
                     \"2019\", when it happened or was reported"
                ));
                return None;
            }
            (Some(_), [first, ..]) | (None, [_, first, ..]) => {
                self.problem(format!(
                    "{}: {table} has several dates: keep one, as as_of or as one date table",
                    file.at(first)
                ));
                return None;
            }
        };
        match date_text(date.get_ref()).map(|d| parse_partial_date(&d)) {
            Some(Ok(parsed)) => Some((parsed, file.at(date))),
            _ => {
                self.problem(format!(
                    "{}: `{}` is not a date: write a day 2017-03-06, a month \"2017-03\" or a \
                     year \"2017\"",
                    file.at(date),
                    date.get_ref().to_string().trim_matches('"')
                ));
                None
            }
        }
    }
}
