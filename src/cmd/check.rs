//! `pledge check`: report what the database cannot stand behind, and what needs following up.

use std::collections::HashMap;
use std::ops::Range;

use anyhow::Result;
use chrono::{Months, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::db;
use crate::error::Reported;
use crate::model::{self, QuoteText};
use crate::output::{self, Columns};

/// Check the database: tampering, broken references, unsupported quotes and statuses, overdue and stale pledges
#[derive(Debug, clap::Args)]
#[command(long_about = "Check the database: tampering, broken references, unsupported quotes and \
statuses, overdue and stale pledges.

Reports, one row each:
    constraint_broken        a row breaking a rule of the schema (a CHECK, NOT NULL), or damage
                             SQLite finds in the file itself
    trigger_missing          a trigger that guards the history or keeps a derived table is gone
                             (`pledge init` restores it)
    history_rewritten        the status history, the relations between pledges or the claims no
                             longer match their hash chain: a row was edited, inserted or deleted
                             by another program
    not_chained              rows added by another program, outside the hash chain
    derived_out_of_step      pledge_current or status_counts disagrees with the status history
    bad_date                 a date column holding text that is not a day (or, for a pledge's
                             made_on and deadline and a status entry's as_of, not a day, a
                             month or a year)
    dated_before_pledge      a status entry dated before its pledge was made
    relation_cycle           pledges that part_of and restates relations (or supersedes ones)
                             lead back to, written by another program
    quote_offsets_wrong      a quote whose stored offsets do not point at it in its source
    dangling_reference       a row that points at a record that does not exist
    text_changed             a source's stored text no longer matches its sha256
    shared_file              two sources store different articles under one file name
    quote_not_found          a quote that does not occur in its source's stored text
    quote_repeated           a quote that occurs more than once in its source's stored text, so
                             that it does not say which passage backs the fact (recorded before
                             such quotes were refused)
    status_without_evidence  a status entry whose source is gone or whose quote is blank
    no_status                a pledge with an empty status history
    disputed_status          entries of one date giving different statuses, none preferred: none
                             counts until `pledge update --prefer` settles it
    no_pledger               a pledge that no company or government made
    party_without_evidence   a party of a pledge that no claim names (as an upgrade leaves the
                             company, made_by and made_to of older pledges)
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

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<()> {
    let today = ctx.today;
    let conn = ctx.conn()?;
    // Minutes at a million pledges: say which part is running (on a terminal only).
    let progress = output::progress("checking the file and its history".to_owned(), None);
    let mut findings = tampering(conn)?;
    let dates_ok = !findings.iter().any(|f| f.check == "bad_date");
    progress.set_message("checking references");
    findings.extend(references(conn)?);
    progress.set_message("checking quotes against their articles");
    findings.extend(quotes(conn)?);
    findings.extend(shared_files(conn)?);
    progress.set_message("checking statuses");
    findings.extend(statuses(conn, today, dates_ok)?);
    progress.finish_and_clear();
    output::rows(&mut ctx.out, ctx.style, &findings)?;
    if findings.is_empty() {
        eprintln!("no problems found");
        return Ok(());
    }
    let n = findings.len();
    eprintln!("{n} problem{} found", if n == 1 { "" } else { "s" });
    Err(Reported.into())
}

/// What only a change made behind the program's back can cause: missing triggers, a broken hash
/// chain, derived tables out of step, dates that are not days, entries breaking the loader's rules.
fn tampering(conn: &Connection) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    for problem in db::check::file_problems(conn)? {
        findings.push(Finding {
            check: "constraint_broken",
            table: "(database)".into(),
            key: String::new(),
            detail: format!("SQLite's own check: {problem}"),
        });
    }
    for trigger in db::missing_triggers(conn)? {
        findings.push(Finding {
            check: "trigger_missing",
            table: trigger.table,
            key: trigger.name,
            detail: "the trigger is gone; run `pledge init` to restore it".into(),
        });
    }
    for table in db::chain::names() {
        let (check, key, detail) = match db::chain::verify(conn, table)? {
            db::chain::Verdict::Intact => continue,
            db::chain::Verdict::Broken { last_id } => (
                "history_rewritten",
                format!("rows up to id {last_id}"),
                "the rows no longer match their hash chain: one was edited, inserted or deleted \
                 by another program"
                    .to_owned(),
            ),
            db::chain::Verdict::Unchained { rows, first_id } => (
                "not_chained",
                format!("rows from id {first_id}"),
                format!("{rows} row{} added by another program", if rows == 1 { "" } else { "s" }),
            ),
        };
        findings.push(Finding { check, table: table.into(), key, detail });
    }
    for (pledge, kept, history) in db::check::current_out_of_step(conn)? {
        let kept = kept.map_or("no status".to_owned(), |s| format!("`{s}`"));
        let history = history.map_or("no entry".to_owned(), |s| format!("`{s}`"));
        findings.push(Finding {
            check: "derived_out_of_step",
            table: "pledge_current".into(),
            key: pledge,
            detail: format!("says {kept} but the status history says {history}"),
        });
    }
    for (status, tally, pledges) in db::check::counts_out_of_step(conn)? {
        findings.push(Finding {
            check: "derived_out_of_step",
            table: "status_counts".into(),
            key: status,
            detail: format!("counts {tally} pledges but {pledges} stand at this status"),
        });
    }
    for (table, key, column, value) in db::check::bad_dates(conn)? {
        findings.push(Finding {
            check: "bad_date",
            table,
            key,
            detail: format!("column {column} holds `{value}`, which is not a day (YYYY-MM-DD)"),
        });
    }
    for (pledge, as_of, made_on) in db::check::entries_before_pledge(conn)? {
        findings.push(Finding {
            check: "dated_before_pledge",
            table: "status_history".into(),
            key: format!("{pledge} {as_of}"),
            detail: format!("dated before the pledge was made on {made_on}"),
        });
    }
    for (table, target, as_of, made_on) in db::check::target_facts_before_pledge(conn)? {
        findings.push(Finding {
            check: "dated_before_pledge",
            table: table.into(),
            key: format!("{target} {as_of}"),
            detail: format!("dated before the pledge was made on {made_on}"),
        });
    }
    for path in db::relations::cycles(conn)? {
        findings.push(Finding {
            check: "relation_cycle",
            table: "pledge_relations".into(),
            key: path.split(' ').next().unwrap_or_default().to_owned(),
            detail: format!(
                "{path}: a pledge cannot be inside or a restatement of itself; export the seed \
                 files (`pledge export --dir`), drop the wrong row of pledge_relations.csv and \
                 rebuild with `pledge seed`"
            ),
        });
    }
    Ok(findings)
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
    for (_, subject, key) in db::evidence::dangling(conn, 0)? {
        findings.push(Finding {
            check: "dangling_reference",
            table: "evidence".into(),
            key: format!("{subject} {key}"),
            detail: format!("a claim about {subject} `{key}`, which does not exist"),
        });
    }
    Ok(findings)
}

/// Two sources whose different articles are stored under one file name: `export --dir` could
/// write only one of them.
fn shared_files(conn: &Connection) -> Result<Vec<Finding>> {
    let pairs = db::sources::shared_files(conn)?;
    Ok(pairs
        .into_iter()
        .map(|(file, first, second)| Finding {
            check: "shared_file",
            table: "sources".into(),
            key: second,
            detail: format!(
                "its article is stored as `{file}`, like that of `{first}`, but the texts differ; \
                 import the source again to give it a file name of its own"
            ),
        })
        .collect())
}

/// Re-verifies every quote against its source's stored text, and each text against its hash.
fn quotes(conn: &Connection) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    for (id, slug, sha256) in db::check::sources_with_text(conn)? {
        let body = db::sources::body(conn, id)?.unwrap_or_default();
        let changed = crate::sha256::hex(body.as_bytes()) != sha256;
        if changed {
            findings.push(Finding {
                check: "text_changed",
                table: "sources".into(),
                key: slug.clone(),
                detail: "the stored text does not match its sha256; restore it from the article \
                         file with `pledge seed`"
                    .into(),
            });
        }
        let text = QuoteText::new(&body);
        // One quote backs several facts as a rule (eight claims and a status entry): each text
        // is searched for once.
        let mut searched: HashMap<String, (Option<Range<usize>>, model::Located)> = HashMap::new();
        for quote in db::check::quotes_from(conn, id)? {
            // A blank status quote is reported as a status without evidence.
            let blank = quote.quote.trim().is_empty();
            let (found, located) = searched
                .entry(quote.quote.clone())
                .or_insert_with(|| (text.find(&quote.quote), text.locate(&quote.quote)))
                .clone();
            // Offsets into a text that changed are reported as the change.
            if let (false, Some(found), Some((start, end))) = (changed, &found, quote.span)
                && (db::offset(found.start), db::offset(found.end)) != (start, end)
            {
                findings.push(Finding {
                    check: "quote_offsets_wrong",
                    table: quote.table.into(),
                    key: quote.about.clone(),
                    detail: format!(
                        "offsets {start}..{end} in `{slug}` do not point at the quote, which is at \
                         {}..{}",
                        found.start, found.end
                    ),
                });
            }
            if let (false, model::Located::Repeated { count, .. }) = (blank, located) {
                findings.push(Finding {
                    check: "quote_repeated",
                    table: quote.table.into(),
                    key: quote.about.clone(),
                    detail: format!(
                        "occurs {count} times in the text of `{slug}`, so it does not say which \
                         passage backs the fact: \"{}\"; record it again with more of the \
                         sentence",
                        shorten(&quote.quote)
                    ),
                });
            }
            if found.is_none() && !(blank && quote.table == "status_history") {
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
/// Overdue and stale pledges are judged only when every date is a day (`dates_ok`).
fn statuses(conn: &Connection, today: NaiveDate, dates_ok: bool) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    for (pledge, as_of, what) in db::check::unsupported_statuses(conn)? {
        findings.push(Finding {
            check: "status_without_evidence",
            table: "status_history".into(),
            key: format!("{pledge} {as_of}"),
            detail: format!("{what}; record a new entry with its source and quote"),
        });
    }
    for dispute in db::status::disputes(conn, true, -1)? {
        let given: Vec<String> =
            dispute.entries.iter().map(|e| format!("{} ({})", e.status, e.source)).collect();
        findings.push(Finding {
            check: "disputed_status",
            table: "status_history".into(),
            key: format!("{} {}", dispute.pledge, dispute.as_of),
            detail: format!(
                "sources disagree: {}; none counts until one is preferred with `pledge update {} \
                 --as-of {} --prefer STATUS --because TEXT`",
                given.join(", "),
                dispute.pledge,
                dispute.as_of
            ),
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
    for pledge in db::check::pledges_without_pledger(conn)? {
        findings.push(Finding {
            check: "no_pledger",
            table: "pledge_parties".into(),
            key: pledge,
            detail: "no company or government made it; add a pledger row to pledge_parties.csv \
                     and import it"
                .into(),
        });
    }
    for (pledge, field, value) in db::check::parties_without_evidence(conn)? {
        findings.push(Finding {
            check: "party_without_evidence",
            table: "pledge_parties".into(),
            key: format!("{pledge} {field} {value}"),
            detail: format!(
                "no claim names it; add a row to evidence.csv with subject `pledge`, key \
                 `{pledge}`, field `{field}`, value `{value}`, a source and its quote"
            ),
        });
    }
    if !dates_ok {
        return Ok(findings);
    }
    let year_ago = today.checked_sub_months(Months::new(12)).unwrap_or(NaiveDate::MIN);
    for pledge in db::check::latest(conn, today)? {
        let status = pledge.status.map_or("no status".into(), |s| s.to_string());
        if model::is_overdue(pledge.deadline, pledge.status, today)
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
            && since.first_day() < year_ago
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
