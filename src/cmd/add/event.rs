//! `pledge add event`: an event, with its participants and the pledges it bears on.

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::cmd::args::{parse_date, slug_for};
use crate::ctx::Ctx;
use crate::db;
use crate::db::names::{self, Kind};
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::{DatePrecision, EventKind, Subject};

/// Add an event, with its participants and the pledges it bears on
#[derive(Debug, clap::Args)]
#[command(long_about = "Add an event, with its participants and the pledges it bears on.

The --source supports every fact given: the title, dates, place, duration, each participant \
and each link to a pledge (field `event`). --quote-for FIELD=TEXT gives the source's words for \
one of them, --quote for every fact without its own. A participant is an official or a company, by slug (an \
official is looked up first), with an optional role after a colon (default: participant). A \
pledge link names the pledge and how the event bears on it: made_at, progress, setback, context \
or retraction.

EXAMPLES:
    pledge add event --kind conference --title 'Gateway 17' --start-on 2017-06-20 \\
        --end-on 2017-06-21 --place Detroit --participant alibaba:organizer \\
        --participant jack-ma:speaker --pledge alibaba-1-million-us-jobs:progress \\
        --source gateway-17-report --quote 'Gateway 17 in Detroit'")]
pub struct Args {
    /// What kind of event it is
    #[arg(long, value_enum)]
    kind: EventKind,

    /// What happened, in a few words
    #[arg(long, allow_hyphen_values = true)]
    title: String,

    /// The slug to name it by (default: made from the title)
    #[arg(long)]
    slug: Option<String>,

    /// The day it started (or the first day of its month or year, with --precision)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    start_on: Option<NaiveDate>,

    /// The day it ended, for events over several days
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    end_on: Option<NaiveDate>,

    /// How much of the start date is known [default: day, with --start-on]
    #[arg(long, value_enum)]
    precision: Option<DatePrecision>,

    /// Where it happened
    #[arg(long, allow_hyphen_values = true)]
    place: Option<String>,

    /// How long it lasted, in minutes
    #[arg(long, value_name = "MINUTES")]
    duration_minutes: Option<String>,

    /// An official or company that took part, and its role (repeatable)
    #[arg(long, value_name = "SLUG[:ROLE]")]
    participant: Vec<String>,

    /// A pledge the event bears on, and how (repeatable)
    #[arg(long, value_name = "PLEDGE:RELATION", value_parser = pledge_link)]
    pledge: Vec<(String, String)>,

    /// A note of your own
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    note: Option<String>,

    #[command(flatten)]
    evidence: super::Quotes,
}

fn pledge_link(text: &str) -> Result<(String, String), String> {
    match text.split_once(':') {
        Some((pledge, relation)) => Ok((pledge.to_owned(), relation.to_owned())),
        None => Err(format!("`{text}` needs a relation after a colon, such as {text}:progress")),
    }
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    let conn = ctx.conn()?;
    for (pledge, _) in &mut args.pledge {
        super::to_slug(conn, Kind::Pledge, "--pledge", pledge)?;
    }
    args.evidence.resolve(conn)?;
    let slug = super::new_slug(ctx.conn()?, args.slug, &args.title, Kind::Event, db::events::id)?;
    let precision = args.precision.or(args.start_on.map(|_| DatePrecision::Day));
    let key = (Subject::Event, slug.as_str());
    let evidence = &args.evidence;
    let mut rows = vec![evidence.claim(key, "title", &args.title, "--title")?];
    let mut given = vec!["title"];
    let facts = [
        ("start_on", args.start_on.map(|d| d.to_string())),
        ("end_on", args.end_on.map(|d| d.to_string())),
        ("place", args.place.clone()),
        ("duration_minutes", args.duration_minutes.clone()),
    ];
    for (field, value) in facts {
        if let Some(value) = value {
            rows.push(evidence.claim(
                key,
                field,
                &value,
                &format!("--{}", field.replace('_', "-")),
            )?);
            given.push(field);
        }
    }
    if !args.participant.is_empty() {
        given.push("participant");
    }
    if !args.pledge.is_empty() {
        given.push("event");
    }
    evidence.check_fields(&given)?;
    let mut participants = Vec::new();
    for given in super::distinct(args.participant) {
        let (who, role) = given.split_once(':').unwrap_or((&given, "participant"));
        let (column, who) = participant(ctx.conn()?, who)?;
        let who = who.as_str();
        rows.push(evidence.claim(key, "participant", who, "--participant")?);
        participants.push(
            Row::new("event_participants", Mode::Create)
                .set("event", slug.as_str())
                .flag_of("event", "--slug")
                .set(column, who)
                .flag_of(column, "--participant")
                .set("role", role)
                .flag_of("role", "--participant"),
        );
    }
    let mut links = Vec::new();
    for (pledge, relation) in &args.pledge {
        let key = (Subject::Pledge, pledge.as_str());
        rows.push(evidence.claim(key, "event", &slug, "--pledge")?.flag_of("key", "--pledge"));
        links.push(
            Row::new("pledge_events", Mode::Create)
                .set("pledge", pledge.as_str())
                .set("event", slug.as_str())
                .flag_of("event", "--slug")
                .set("relation", relation.as_str())
                .flag_of("relation", "--pledge"),
        );
    }
    rows.push(
        Row::new("events", Mode::Create)
            .set("slug", slug.as_str())
            .set("kind", args.kind.as_str())
            .set("title", args.title)
            .opt("start_on", args.start_on)
            .opt("end_on", args.end_on)
            .opt("date_precision", precision)
            .flag_of("date_precision", "--precision")
            .opt("place", args.place)
            .opt("duration_minutes", args.duration_minutes)
            .opt("note", args.note),
    );
    rows.extend(participants);
    rows.extend(links);
    let source = Some(evidence.source.as_str());
    super::write(ctx, None, &rows, (&slug, &format!("event `{slug}`")), source)
}

/// The column and slug of the participant `who` names: an official first, else a company, by
/// slug, name or alias.
fn participant(conn: &rusqlite::Connection, who: &str) -> Result<(&'static str, String)> {
    for (kind, column) in [(Kind::Official, "official"), (Kind::Company, "company")] {
        if !names::find(conn, kind, who)?.is_empty() {
            return Ok((column, slug_for(conn, kind, "--participant", who)?));
        }
    }
    let mut near = names::closest(conn, Kind::Official, who)?;
    near.extend(names::closest(conn, Kind::Company, who)?);
    near.truncate(3);
    bail!(
        "--participant: no official or company `{who}`{} (see `pledge officials` and `pledge \
         companies`, or add one with `pledge add official` or `pledge add company`)",
        names::did_you_mean(&near)
    );
}
