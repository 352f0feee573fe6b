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
            participant_row(Mode::Create, &slug, column, who, role)
                .flag_of("event", "--slug")
                .flag_of(column, "--participant")
                .flag_of("role", "--participant"),
        );
    }
    let mut links = Vec::new();
    for (pledge, relation) in &args.pledge {
        let key = (Subject::Pledge, pledge.as_str());
        rows.push(evidence.claim(key, "event", &slug, "--pledge")?.flag_of("key", "--pledge"));
        links.push(
            pledge_row(Mode::Create, pledge, &slug, relation)
                .flag_of("event", "--slug")
                .flag_of("relation", "--pledge"),
        );
    }
    let event = NewEvent {
        slug: &slug,
        kind: args.kind.as_str(),
        title: &args.title,
        start_on: args.start_on.map(|d| d.to_string()),
        end_on: args.end_on.map(|d| d.to_string()),
        precision: precision.map(|p| p.as_str()),
        place: args.place.as_deref(),
        duration_minutes: args.duration_minutes.as_deref(),
        note: args.note.as_deref(),
    };
    rows.push(event.row(Mode::Create).flag_of("date_precision", "--precision"));
    rows.extend(participants);
    rows.extend(links);
    let source = Some(evidence.source.as_str());
    super::write(ctx, None, &rows, (&slug, &format!("event `{slug}`")), source)
}

/// An event as events.csv holds it; the loader checks its values.
pub(crate) struct NewEvent<'a> {
    pub slug: &'a str,
    pub kind: &'a str,
    pub title: &'a str,
    /// YYYY-MM-DD: the first day of its month or year when `precision` says so
    pub start_on: Option<String>,
    pub end_on: Option<String>,
    pub precision: Option<&'a str>,
    pub place: Option<&'a str>,
    pub duration_minutes: Option<&'a str>,
    pub note: Option<&'a str>,
}

impl NewEvent<'_> {
    /// The event's row; `apply` records a story's `[[event]]` with it too.
    pub(crate) fn row(&self, mode: Mode) -> Row {
        Row::new("events", mode)
            .set("slug", self.slug)
            .set("kind", self.kind)
            .set("title", self.title)
            .opt("start_on", self.start_on.as_deref())
            .opt("end_on", self.end_on.as_deref())
            .opt("date_precision", self.precision)
            .opt("place", self.place)
            .opt("duration_minutes", self.duration_minutes)
            .opt("note", self.note)
    }
}

/// The row of a participant of event `event`: the official or company `who` (`column` says
/// which) in `role`.
pub(crate) fn participant_row(
    mode: Mode,
    event: &str,
    column: &'static str,
    who: &str,
    role: &str,
) -> Row {
    Row::new("event_participants", mode).set("event", event).set(column, who).set("role", role)
}

/// The row of a link from `pledge` to the event `event` bearing on it, and how.
pub(crate) fn pledge_row(mode: Mode, pledge: &str, event: &str, relation: &str) -> Row {
    Row::new("pledge_events", mode)
        .set("pledge", pledge)
        .set("event", event)
        .set("relation", relation)
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
