//! `pledge timeline`: events and status changes of pledges, in date order.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use serde::Serialize;

use crate::cmd::args::{FilterArgs, parse_date, resolve};
use crate::ctx::Ctx;
use crate::db;
use crate::db::names::Kind;
use crate::db::timeline::Moment;
use crate::model::{EventKind, Reason, Relation};
use crate::output::{Columns, Rows, cell};

/// Show what happened to pledges: their events and status changes, in date order
#[derive(Debug, clap::Args)]
#[command(long_about = "Show what happened to pledges: their events and status changes, in date \
order.

Each line is an event linked to a pledge (what: the event's slug; detail: its title, kind and \
how it bears on the pledge) or a change of the pledge's status (what: the new status; detail: \
the reason and note; source: who reports it). Undated events come last. Without PLEDGE, every \
pledge the filters select is included; --limit counts pledges.

EXAMPLES:
    pledge timeline alibaba-1-million-us-jobs
    pledge timeline --company alibaba
    pledge timeline --category apparel --as-of 2017-06-30")]
pub struct Args {
    /// Only this pledge: its slug (as `pledge list` shows) or its title
    pledge: Option<String>,

    /// Leave out what happened after this date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,

    #[command(flatten)]
    filter: FilterArgs,
}

/// One line of the timeline.
#[derive(Debug, Serialize)]
struct Line<'a> {
    date: Option<&'a str>,
    pledge: &'a str,
    /// `event` or `status`.
    entry: &'static str,
    what: String,
    detail: Detail<'a>,
    source: Option<&'a str>,
}

/// The rest of a line: shown as text (`title (kind, relation)`, `reason: note`), and in JSON
/// as an object of those fields.
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Detail<'a> {
    Event { title: &'a str, kind: Option<EventKind>, relation: Option<Relation> },
    Status { reason: Option<Reason>, note: Option<&'a str> },
}

impl std::fmt::Display for Detail<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Detail::Event { title, kind, relation } => {
                write!(f, "{title} ({}, {})", cell(kind.as_ref()), cell(relation.as_ref()))
            }
            Detail::Status { reason, note } => {
                let reason = reason.map(|r| r.to_string());
                let parts: Vec<&str> = [reason.as_deref(), *note].into_iter().flatten().collect();
                write!(f, "{}", parts.join(": "))
            }
        }
    }
}

impl<'a> From<&'a Moment> for Line<'a> {
    fn from(m: &'a Moment) -> Self {
        let (entry, what, detail) = match (&m.event, m.status) {
            (Some(event), _) => {
                let title = m.title.as_deref().unwrap_or_default();
                let detail = Detail::Event { title, kind: m.kind, relation: m.relation };
                ("event", event.clone(), detail)
            }
            (None, status) => {
                let detail = Detail::Status { reason: m.reason, note: m.note.as_deref() };
                ("status", cell(status.as_ref()), detail)
            }
        };
        Line {
            date: m.date.as_deref(),
            pledge: &m.pledge,
            entry,
            what,
            detail,
            source: m.source.as_deref(),
        }
    }
}

impl Columns for Line<'_> {
    const HEADERS: &'static [&'static str] =
        &["date", "pledge", "entry", "what", "detail", "source"];
    fn cells(&self) -> Vec<String> {
        vec![
            cell(self.date.as_ref()),
            self.pledge.to_owned(),
            self.entry.to_owned(),
            self.what.clone(),
            self.detail.to_string(),
            cell(self.source.as_ref()),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let on = args.as_of.unwrap_or(ctx.today);
    let style = ctx.style;
    let (conn, out) = ctx.conn_and_out()?;
    let mut filter = args.filter.resolve(conn)?;
    if let Some(text) = &args.pledge {
        let slug = resolve(conn, Kind::Pledge, text)?;
        filter.pledge_id =
            Some(db::pledges::id(conn, &slug)?.context("the pledge was just found")?);
    }
    let mut rows = Rows::new::<Line>(out, style)?;
    db::timeline::each(conn, &filter, on, |moment| rows.push(&Line::from(&moment)))?;
    rows.finish()
}
