//! `pledge show`: one pledge in full, with its events, status history and evidence.

use std::io::Write;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use serde::Serialize;

use crate::cmd::args::{parse_date, resolve};
use crate::ctx::Ctx;
use crate::db;
use crate::db::events::Linked;
use crate::db::evidence::Quoted;
use crate::db::names::Kind;
use crate::db::parties::Party;
use crate::db::pledges::Detail;
use crate::db::status::Entry;
use crate::db::targets::Figures;
use crate::model::{Quantity, Target};
use crate::output::{self, Columns, Format, cell, list, yes_no};

/// Show one pledge in full: parties, targets, events, status history and evidence
#[derive(Debug, clap::Args)]
#[command(long_about = "Show one pledge in full: parties, targets, events, status history and \
evidence.

Prints the pledge's facts (who pledged what to whom, when, at which event, how formally, by \
when, for which products and markets, how it relates to other pledges), then the events that \
bear on it, its status history, and every quote a source gives about it, each once with its \
source and the facts it backs. Its targets come with what happened to them: per target the \
amount pledged, the latest revision and the latest figure delivered, with the percentage \
delivered of the revised (else pledged) amount; then each revision and progress figure with its \
source and quote.

With --as-of the status, history, revisions and progress are those known on that date; a pledge made after it did \
not exist yet. --format csv and tsv print the same blocks as the table, separated by an empty \
line; --format json prints one object, and ndjson the same object on one line.

EXAMPLES:
    pledge show alibaba-1-million-us-jobs
    pledge show alibaba-1-million-us-jobs --as-of 2017-01-09
    pledge --format json show alibaba-1-million-us-jobs")]
pub struct Args {
    /// The pledge: its slug (as `pledge list` shows) or its title
    pledge: String,

    /// Show the status as it was known on this date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,
}

/// One fact of the pledge, as a field and its value (and the value as a table shows it).
#[derive(Debug, Serialize)]
struct Fact {
    field: &'static str,
    value: String,
    #[serde(skip)]
    shown: Option<String>,
}

impl Columns for Fact {
    const HEADERS: &'static [&'static str] = &["field", "value"];
    fn cells(&self) -> Vec<String> {
        vec![self.field.to_owned(), self.value.clone()]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![self.field.to_owned(), self.shown.clone().unwrap_or_else(|| self.value.clone())]
    }
}

impl Columns for Figures {
    const HEADERS: &'static [&'static str] = &[
        "metric",
        "label",
        "pledged",
        "revised",
        "revised_on",
        "delivered",
        "delivered_on",
        "percent",
    ];
    fn cells(&self) -> Vec<String> {
        let exact = |q: &Quantity| match q.unit.as_str() {
            "" => q.claim_value(),
            unit => format!("{} {unit}", q.claim_value()),
        };
        vec![
            self.metric.to_string(),
            self.label.clone(),
            exact(&self.pledged),
            self.revised.as_ref().map(exact).unwrap_or_default(),
            cell(self.revised_on.as_ref()),
            self.delivered.as_ref().map(exact).unwrap_or_default(),
            cell(self.delivered_on.as_ref()),
            cell(self.percent.as_ref()),
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        let mut cells = self.cells();
        cells[2] = self.pledged.human();
        cells[3] = self.revised.as_ref().map(Quantity::human).unwrap_or_default();
        cells[5] = self.delivered.as_ref().map(Quantity::human).unwrap_or_default();
        cells[7] = self.percent.map(|p| format!("{p}%")).unwrap_or_default();
        cells
    }
}

/// A revision or a progress figure of a target, with its evidence.
#[derive(Debug, Serialize)]
struct TargetFact<'a> {
    kind: &'static str,
    #[serde(flatten)]
    fact: &'a db::targets::Fact,
}

impl Columns for TargetFact<'_> {
    const HEADERS: &'static [&'static str] =
        &["as_of", "kind", "metric", "label", "figure", "source", "quote", "note"];
    fn cells(&self) -> Vec<String> {
        let f = self.fact;
        let figure = match f.quantity.unit.as_str() {
            "" => f.quantity.claim_value(),
            unit => format!("{} {unit}", f.quantity.claim_value()),
        };
        let figure = match f.quantity.qualifier {
            Some(qualifier) => format!("{qualifier} {figure}"),
            None => figure,
        };
        vec![
            f.as_of.to_string(),
            self.kind.to_owned(),
            f.metric.to_string(),
            f.label.clone(),
            figure,
            f.source.clone(),
            f.quote.clone(),
            cell(f.note.as_ref()),
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        let mut cells = self.cells();
        cells[4] = self.fact.quantity.human();
        cells
    }
}

impl Columns for Linked {
    const HEADERS: &'static [&'static str] = &["slug", "kind", "date", "relation", "title"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.kind.to_string(),
            cell(self.date.as_ref()),
            self.relation.to_string(),
            self.title.clone(),
        ]
    }
}

impl Columns for Party {
    const HEADERS: &'static [&'static str] = &["role", "kind", "party", "name"];
    fn cells(&self) -> Vec<String> {
        vec![self.role.to_string(), self.kind.to_owned(), self.party.clone(), self.name.clone()]
    }
}

impl Columns for Entry {
    const HEADERS: &'static [&'static str] =
        &["as_of", "status", "reason", "source", "quote", "note", "dispute"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.as_of.to_string(),
            self.status.to_string(),
            cell(self.reason.as_ref()),
            self.source.clone(),
            self.quote.clone(),
            cell(self.note.as_ref()),
            self.dispute(),
        ]
    }
}

impl Columns for Quoted {
    const HEADERS: &'static [&'static str] = &["facts", "source", "quote", "speaker"];
    fn cells(&self) -> Vec<String> {
        // `category apparel, fruit`: a field named once for all its values.
        let mut facts = String::new();
        let mut last: Option<&str> = None;
        for f in &self.facts {
            match (&f.value, last == Some(f.field.as_str())) {
                (Some(value), true) => facts += &format!(", {value}"),
                (value, _) => {
                    if last.is_some() {
                        facts += "; ";
                    }
                    facts += &f.field;
                    if let Some(value) = value {
                        facts += &format!(" {value}");
                    }
                }
            }
            last = Some(&f.field);
        }
        vec![facts, self.source.clone(), self.quote.clone(), cell(self.speaker.as_ref())]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let on = args.as_of.unwrap_or(ctx.today);
    let conn = ctx.conn()?;
    let slug = resolve(conn, Kind::Pledge, &args.pledge)?;
    let (id, made_on) =
        db::pledges::id_and_made_on(conn, &slug)?.context("the pledge was just found")?;
    if let Some(made_on) = made_on
        && !made_on.on_or_before(on)
    {
        bail!("pledge `{slug}` was made on {made_on}: on {on} it did not exist yet");
    }
    let detail = db::pledges::detail(conn, id, on)?.context("the pledge was just found")?;
    match ctx.style.format {
        Format::Json => return output::json(&mut ctx.out, &detail),
        Format::Ndjson => {
            let one = std::slice::from_ref(&detail);
            return output::ndjson(&mut ctx.out, one);
        }
        _ => {}
    }
    output::rows(&mut ctx.out, ctx.style, &facts(&detail))?;
    writeln!(ctx.out)?;
    output::rows(&mut ctx.out, ctx.style, &detail.parties)?;
    writeln!(ctx.out)?;
    output::rows(&mut ctx.out, ctx.style, &detail.events)?;
    writeln!(ctx.out)?;
    output::rows(&mut ctx.out, ctx.style, &detail.timeline)?;
    writeln!(ctx.out)?;
    output::rows(&mut ctx.out, ctx.style, &detail.figures)?;
    writeln!(ctx.out)?;
    output::rows(&mut ctx.out, ctx.style, &target_facts(&detail))?;
    writeln!(ctx.out)?;
    output::rows(&mut ctx.out, ctx.style, &detail.quotes)?;
    Ok(())
}

/// The revisions and progress figures of the pledge's targets, in date order (revisions first
/// on one date).
fn target_facts(d: &Detail) -> Vec<TargetFact<'_>> {
    let revisions = d.revisions.iter().map(|fact| TargetFact { kind: "revision", fact });
    let progress = d.progress.iter().map(|fact| TargetFact { kind: "progress", fact });
    let mut all: Vec<TargetFact> = revisions.chain(progress).collect();
    all.sort_by_key(|f| f.fact.as_of);
    all
}

/// The pledge's own fields, one per row, in the order of the JSON object.
fn facts(d: &Detail) -> Vec<Fact> {
    let fact = |field, value: String| Fact { field, value, shown: None };
    vec![
        fact("slug", d.slug.clone()),
        fact("title", d.title.clone()),
        fact("description", cell(d.description.as_ref())),
        fact("kind", d.kind.to_string()),
        fact("made_on", cell(d.made_on.as_ref())),
        fact("made_at", cell(d.made_at.as_ref())),
        fact("formality", d.formality.to_string()),
        fact("deadline", cell(d.deadline.as_ref())),
        fact("focus", cell(d.focus.as_ref())),
        fact("status", cell(d.status.as_ref())),
        fact("status_since", cell(d.status_since.as_ref())),
        fact("overdue", yes_no(d.overdue)),
        Fact {
            field: "targets",
            value: list(&d.targets),
            shown: Some(d.targets.iter().map(Target::human).collect::<Vec<_>>().join("; ")),
        },
        fact("categories", list(&d.categories)),
        fact("markets", list(&d.markets)),
        fact("relations", db::relations::phrases(&d.relations).join("; ")),
        fact("note", cell(d.note.as_ref())),
    ]
}
