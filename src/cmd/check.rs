//! `pledge check`: report what the database cannot stand behind, and what needs following up.

use std::process::ExitCode;

use anyhow::Result;
use chrono::{Months, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;

use crate::cli::Ctx;
use crate::db;
use crate::model::CollapsedText;
use crate::output::{self, Columns};

/// Check the database: broken references, unsupported quotes and statuses, overdue and stale pledges
#[derive(Debug, clap::Args)]
#[command(long_about = "Check the database: broken references, unsupported quotes and statuses, \
overdue and stale pledges.

Reports, one row each:
    dangling_reference       a row that points at a record that does not exist
    text_changed             a source's stored text no longer matches its sha256
    quote_not_found          a quote that does not occur in its source's stored text
    status_without_evidence  a status entry whose source is gone or whose quote is blank
    no_status                a pledge with an empty status history
    overdue                  a pledge whose deadline has passed while its status is not final
    stale                    a pledge whose status is not final and has not changed for a year

Dates are taken relative to --today. Exits 1 when anything is found, 0 otherwise, so scripts \
can run it after every import; --format json gives the rows as objects.

EXAMPLES:
    pledge check
    pledge --today 2019-01-01 check
    pledge --format json check")]
pub struct Args {}

/// One thing found.
#[derive(Debug, Serialize)]
struct Finding {
    /// What kind of problem it is (`quote_not_found`...).
    check: &'static str,
    /// The table of the row at fault.
    table: String,
    /// Which row: a slug, or what the row is about.
    key: String,
    detail: String,
}

impl Columns for Finding {
    const HEADERS: &'static [&'static str] = &["check", "table", "key", "detail"];
    fn cells(&self) -> Vec<String> {
        vec![self.check.to_owned(), self.table.clone(), self.key.clone(), self.detail.clone()]
    }
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<ExitCode> {
    let today = ctx.today;
    let conn = ctx.conn()?;
    let mut findings = references(conn)?;
    findings.extend(quotes(conn)?);
    findings.extend(statuses(conn, today)?);
    output::rows(&mut ctx.out, ctx.style, &findings)?;
    if findings.is_empty() {
        eprintln!("no problems found");
        return Ok(ExitCode::SUCCESS);
    }
    let n = findings.len();
    eprintln!("{n} problem{} found", if n == 1 { "" } else { "s" });
    Ok(ExitCode::FAILURE)
}

fn references(conn: &Connection) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    for (table, rowid, parent) in db::check::broken_links(conn)? {
        findings.push(Finding {
            check: "dangling_reference",
            table,
            key: format!("row {rowid}"),
            detail: format!("refers to a row of {parent} that does not exist"),
        });
    }
    for (_, subject, key) in db::evidence::dangling(conn)? {
        findings.push(Finding {
            check: "dangling_reference",
            table: "evidence".into(),
            key: format!("{subject} {key}"),
            detail: format!("a claim about {subject} `{key}`, which does not exist"),
        });
    }
    Ok(findings)
}

/// Re-verifies every quote against its source's stored text, and each text against its hash.
fn quotes(conn: &Connection) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    for (id, slug, sha256) in db::check::sources_with_text(conn)? {
        let body = db::sources::body(conn, id)?.unwrap_or_default();
        if db::sources::sha256_hex(body.as_bytes()) != sha256 {
            findings.push(Finding {
                check: "text_changed",
                table: "sources".into(),
                key: slug.clone(),
                detail: "the stored text does not match its sha256; restore it from the article \
                         file with `pledge seed`"
                    .into(),
            });
        }
        let text = CollapsedText::new(&body);
        for quote in db::check::quotes_from(conn, id)? {
            // A blank status quote is reported as a status without evidence.
            let blank = quote.quote.trim().is_empty();
            if text.find(&quote.quote).is_none() && !(blank && quote.table == "status_history") {
                findings.push(Finding {
                    check: "quote_not_found",
                    table: quote.table.into(),
                    key: quote.about,
                    detail: format!("not in the text of `{slug}`: \"{}\"", shorten(&quote.quote)),
                });
            }
        }
    }
    Ok(findings)
}

/// Status entries without evidence, and pledges with no status, overdue or not followed up.
fn statuses(conn: &Connection, today: NaiveDate) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    for (pledge, as_of, what) in db::check::unsupported_statuses(conn)? {
        findings.push(Finding {
            check: "status_without_evidence",
            table: "status_history".into(),
            key: format!("{pledge} {as_of}"),
            detail: format!("{what}; record a new entry with its source and quote"),
        });
    }
    for pledge in db::check::unrated_pledges(conn)? {
        findings.push(Finding {
            check: "no_status",
            table: "pledges".into(),
            key: pledge,
            detail: "the status history is empty; record where it stands with `pledge update`"
                .into(),
        });
    }
    let year_ago = today.checked_sub_months(Months::new(12)).unwrap_or(NaiveDate::MIN);
    for pledge in db::check::latest(conn, today)? {
        let status = pledge.status.map_or("no status".into(), |s| s.to_string());
        if db::pledges::is_overdue(pledge.deadline, pledge.status, today)
            && let Some(deadline) = pledge.deadline
        {
            findings.push(Finding {
                check: "overdue",
                table: "pledges".into(),
                key: pledge.pledge.clone(),
                detail: format!("deadline {deadline} passed; still {status}"),
            });
        }
        if let (Some(status), Some(since)) = (pledge.status, pledge.since)
            && !status.is_final()
            && since < year_ago
        {
            findings.push(Finding {
                check: "stale",
                table: "pledges".into(),
                key: pledge.pledge,
                detail: format!("no update for over a year: {status} since {since}"),
            });
        }
    }
    Ok(findings)
}

/// A quote cut to its first words, for a one-line report.
fn shorten(quote: &str) -> String {
    const LONGEST: usize = 60;
    let quote = crate::model::collapse(quote);
    match quote.char_indices().nth(LONGEST) {
        Some((cut, _)) => format!("{}…", &quote[..cut]),
        None => quote,
    }
}
