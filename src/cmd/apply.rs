//! `pledge apply FILE...`: records the facts of story files (see `docs/apply.md`).
//!
//! Every file is read and turned into the rows `pledge add` and `pledge update` would write
//! (built by the same functions where those commands share them), in the seed files' form; the loader checks them all in one transaction, which is committed only when nothing is
//! wrong. Every row carries the file and line it came from, so that each problem, found here
//! or by the loader, is named by FILE:LINE. Rows are merged: a record already stored as the file
//! gives it is left alone, so applying a file twice changes nothing; one stored with other values
//! is refused, never overwritten.

mod plan;
mod story;

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};
use toml::Spanned;

use crate::cmd::add::slugify;
use crate::cmd::add::source::article;
use crate::cmd::args::{not_found, parse_date, parse_partial_date};
use crate::ctx::Ctx;
use crate::db;
use crate::db::names::{self, Kind};
use crate::error::Rejected;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::{Metric, PledgeKind, Status, Subject};

use plan::Plan;
use story::{Story, amount_text, date_text, line_at};

/// Record the facts of story files, all or nothing
#[derive(Debug, clap::Args)]
#[command(long_about = "Record the facts of story files, all or nothing.

A story file is the TOML that `pledge draft` writes, once a person has kept what the article \
supports: a [source], the [[company]], [[person]] and [[government]] records it names, and its \
[[pledge]] tables with their [[pledge.target]], [[pledge.date]] and [[pledge.category]], and \
what became of pledges: [[status]] (a change of status, as `pledge update` records it), \
[[progress]] and [[revision]] of a target, [[relation]] between two pledges and [[event]] (see \
docs/apply.md for every key). Records are named by `ref` (a slug the database holds) or by \
`name`, matched to names and aliases in any case; an unknown name creates a record, a name \
shared by several records is refused with their slugs.

Every file is checked first, with the same checks as `pledge add` (each quote must be found in \
the article's text), and every problem is reported as FILE:LINE with what to do. Then \
everything is written in one transaction, or nothing is. Applying only adds: a record already \
stored as the file gives it is left as it is (applying a file twice changes nothing the second \
time), and one stored with other values is refused, never overwritten.

EXAMPLES:
    pledge draft article.txt --out story.toml
    pledge apply story.toml --dry-run
    pledge apply story.toml")]
pub struct Args {
    /// Story files (TOML, as `pledge draft` writes them)
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,

    /// Print what would be added, record by record, and write nothing
    #[arg(long)]
    dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let mut plan = Plan::default();
    // (shown name, path, text) of each file read
    let mut texts: Vec<(String, &Path, String)> = Vec::new();
    for path in &args.files {
        let shown = path.display().to_string();
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => texts.push((shown, path, text)),
                Err(err) => {
                    let good = &err.as_bytes()[..err.utf8_error().valid_up_to()];
                    let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
                    plan.problem(format!(
                        "{shown}:{line}: the file is not UTF-8 text; save it as UTF-8"
                    ));
                }
            },
            Err(err) => plan.problem(format!("{shown}: cannot be read ({err}); check the path")),
        }
    }
    // Every file's records first, then what the files say became of pledges, so that a file
    // may name a pledge that another gives.
    let mut facts = Vec::new();
    for (shown, path, text) in &texts {
        let file = File { shown: shown.clone(), path: path.to_path_buf(), text };
        match story::parse(text) {
            Ok(parsed) => {
                let rest = plan.story(ctx.conn()?, &file, parsed)?;
                facts.push((file, rest));
            }
            Err((message, at)) => {
                let line = line_at(text, at);
                plan.problem(format!("{shown}:{line}: {message} (see docs/apply.md)"));
            }
        }
    }
    for (file, rest) in facts {
        plan.facts(ctx.conn()?, &file, rest)?;
    }
    // The problems file by file, as given, each file's in the order of its lines.
    let order = |problem: &String| {
        let file = args.files.iter().position(|f| {
            let shown = f.display().to_string();
            problem.strip_prefix(&shown).is_some_and(|rest| rest.starts_with(':'))
        });
        let file = file.unwrap_or(usize::MAX);
        let line =
            args.files.get(file).map_or(0, |f| line_of_problem(&f.display().to_string(), problem));
        (file, line)
    };
    plan.problems.sort_by_key(order);
    if !plan.problems.is_empty() {
        let n = plan.problems.len();
        return Err(Rejected::new(plan.problems, n, None, ctx.db_path()).into());
    }
    let articles = plan.articles.as_ref().map(|(folder, _)| folder.clone());
    // Applying only adds: a record the files give with other values than it has is refused
    // rather than overwritten, since a story file holds only some of a record's fields.
    let mut tallies = ctx.rehearse(articles.as_deref(), &plan.rows)?;
    let changed: Vec<String> = (plan.rows.iter().zip(&tallies))
        .filter(|(_, tally)| tally.changed > 0)
        .map(|(row, _)| {
            format!(
                "{}: {} `{}` is already recorded with other values; apply adds records and \
                 facts but never changes them: make the file say what is recorded (see `pledge \
                 show` and `pledge export`), give a new record its own title, or change the \
                 record with `pledge update` or `pledge import`",
                row.place().unwrap_or("?"),
                row.table(),
                row.subject().unwrap_or("")
            )
        })
        .collect();
    if !changed.is_empty() {
        let n = changed.len();
        return Err(Rejected::new(changed, n, None, ctx.db_path()).into());
    }
    if !args.dry_run {
        tallies = ctx.write(articles.as_deref(), &plan.rows)?;
    }
    report(ctx, &args, &plan.rows, &tallies)?;
    if !args.dry_run {
        // As `pledge update` does: two statuses on one day leave the pledge as it was.
        for (pledge, as_of) in &plan.changes {
            if let Some(note) = crate::cmd::update::dispute(ctx.conn()?, pledge, *as_of)? {
                eprintln!("{note}");
            }
        }
    }
    Ok(())
}

/// Prints what the rows added (or would add), one line per record, and a summary on stderr.
fn report(ctx: &mut Ctx, args: &Args, rows: &[Row], tallies: &[crate::load::Tally]) -> Result<()> {
    // (table, record, added), in the order first written
    let mut records: Vec<(&str, &str, u64)> = Vec::new();
    for (row, tally) in rows.iter().zip(tallies) {
        if tally.added == 0 {
            continue;
        }
        let subject = row.subject().unwrap_or("");
        match records.iter_mut().find(|r| r.0 == row.table() && r.1 == subject) {
            Some(r) => r.2 += tally.added,
            None => records.push((row.table(), subject, tally.added)),
        }
    }
    let verb = if args.dry_run { "would add" } else { "added" };
    for (table, subject, added) in &records {
        writeln!(ctx.out, "{table} `{subject}`: {verb} {added}")?;
    }
    let files = args.files.iter().map(|f| format!("`{}`", f.display())).collect::<Vec<_>>();
    let files = files.join(", ");
    let added: u64 = tallies.iter().map(|t| t.added).sum();
    let db = ctx.db_path().display().to_string();
    if added == 0 {
        eprintln!("nothing to change: `{db}` already holds everything in {files}");
    } else if args.dry_run {
        eprintln!(
            "dry run: applying {files} would add {added} row{}; `{db}` was not changed",
            plural(added)
        );
    } else {
        eprintln!("applied {files}: {added} row{} added", plural(added));
    }
    Ok(())
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// One story file being read.
struct File<'a> {
    shown: String,
    path: PathBuf,
    text: &'a str,
}

impl File<'_> {
    /// `FILE:LINE` of a value.
    fn at<T>(&self, value: &Spanned<T>) -> String {
        format!("{}:{}", self.shown, line_at(self.text, value.span().start))
    }
}

/// The line a problem of the file `shown` names (`FILE:LINE: ...`).
fn line_of_problem(shown: &str, problem: &str) -> usize {
    let rest = problem.strip_prefix(shown).and_then(|r| r.strip_prefix(':')).unwrap_or("");
    rest.split(':').next().and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// The kinds of party a story names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Party {
    Company,
    Official,
    Government,
}

impl Party {
    fn as_str(self) -> &'static str {
        match self {
            Party::Company => "company",
            Party::Official => "person",
            Party::Government => "government",
        }
    }
}
