//! `pledge add pledge`: a pledge, with its targets, categories, markets and evidence.

use anyhow::{Result, bail};

use crate::cmd::args::parse_partial_date;
use crate::ctx::Ctx;
use crate::db;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::{Formality, Metric, PartialDate, PledgeKind, Status, Subject};

/// Add a pledge, with its targets, categories, markets and the evidence for them
#[derive(Debug, clap::Args)]
#[command(long_about = "Add a pledge, with its targets, categories, markets and the evidence for \
them.

The --source and --quote support every fact given: the company, who made the pledge to whom, \
when and where, its formality, deadline and focus, each target, category and market. Each is \
stored as a claim of that source. The pledge's status history starts with `announced` on the \
date it was made, on the same evidence; record what happens next with `pledge update`. \
--made-on and --deadline take a day, or the month or year when that is all the source gives \
(2017-01, 2017); without --made-on the pledge is undated and has no status yet. The kind \
defaults from the targets (see docs/status-and-dates.md).

A target is METRIC=AMOUNT, optionally followed by :QUALIFIER, with the amount in whole units \
and no separators: `--target jobs=1000000:more_than` is \"more than 1 million jobs\". Metrics: \
jobs, businesses, usd_investment, usd_exports, usd_purchases, usd_revenue, units, \
people_trained. Qualifiers: more_than, at_least, up_to, about.

EXAMPLES:
    pledge add pledge --company alibaba --title 'Alibaba to create 1 million US jobs' \\
        --made-on 2017-01-09 --made-by jack-ma --made-to donald-trump \\
        --made-at trump-tower-meeting --formality verbal \\
        --target jobs=1000000:more_than --target businesses=1000000 \\
        --category apparel --market China \\
        --source beijing-today-trump-tower-meeting \\
        --quote 'Alibaba will provide more than 1 million positions in America'")]
pub struct Args {
    /// The company that pledged: its slug, name or alias
    #[arg(long, value_name = "COMPANY")]
    company: String,

    /// What was pledged, in a few words
    #[arg(long, allow_hyphen_values = true)]
    title: String,

    /// When the pledge was made: a day, or the month or year when that is all the source
    /// gives (leave out when no source dates it)
    #[arg(long, value_name = "YYYY[-MM[-DD]]", value_parser = parse_partial_date)]
    made_on: Option<PartialDate>,

    /// How binding it was
    #[arg(long, value_enum)]
    formality: Formality,

    /// What it promises, above all (default: from the targets: investment, else jobs, else
    /// purchase, else trade_target for usd_exports, else other)
    #[arg(long, value_enum)]
    kind: Option<PledgeKind>,

    /// The slug to name it by (default: made from the title)
    #[arg(long)]
    slug: Option<String>,

    /// The pledge in a sentence or two
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    description: Option<String>,

    /// The official who made it: their slug, name or alias
    #[arg(long, value_name = "OFFICIAL")]
    made_by: Option<String>,

    /// The official it was made to: their slug, name or alias
    #[arg(long, value_name = "OFFICIAL")]
    made_to: Option<String>,

    /// The event it was made at: its slug or title
    #[arg(long, value_name = "EVENT")]
    made_at: Option<String>,

    /// When it was to be kept by: a day, a month or a year, met by its last day
    #[arg(long, value_name = "YYYY[-MM[-DD]]", value_parser = parse_partial_date)]
    deadline: Option<PartialDate>,

    /// Who or what it is meant to benefit ("US small businesses")
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    focus: Option<String>,

    /// A quantified target, METRIC=AMOUNT[:QUALIFIER] (repeatable)
    #[arg(long, value_name = "METRIC=AMOUNT[:QUALIFIER]", value_parser = target)]
    target: Vec<(String, String, String)>,

    /// A product category it covers: its slug, name or alias (repeatable)
    #[arg(long, value_name = "CATEGORY")]
    category: Vec<String>,

    /// A market it targets, such as China (repeatable)
    #[arg(long, allow_hyphen_values = true, value_name = "NAME")]
    market: Vec<String>,

    /// A note of your own
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    note: Option<String>,

    #[command(flatten)]
    evidence: super::Evidence,
}

/// Splits METRIC=AMOUNT[:QUALIFIER]; the parts are checked like a row of pledge_targets.csv.
fn target(text: &str) -> Result<(String, String, String), String> {
    let Some((metric, rest)) = text.split_once('=') else {
        return Err(format!("`{text}` is not METRIC=AMOUNT[:QUALIFIER], such as jobs=1000000"));
    };
    let (amount, qualifier) = rest.split_once(':').unwrap_or((rest, ""));
    Ok((metric.to_owned(), amount.to_owned(), qualifier.to_owned()))
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    let conn = ctx.conn()?;
    super::to_slug(conn, Kind::Company, "--company", &mut args.company)?;
    super::opt_to_slug(conn, Kind::Official, "--made-by", &mut args.made_by)?;
    super::opt_to_slug(conn, Kind::Official, "--made-to", &mut args.made_to)?;
    super::opt_to_slug(conn, Kind::Event, "--made-at", &mut args.made_at)?;
    for category in &mut args.category {
        super::to_slug(conn, Kind::Category, "--category", category)?;
    }
    args.evidence.resolve(conn)?;
    let slug = super::new_slug(ctx.conn()?, args.slug, &args.title, Kind::Pledge, db::pledges::id)?;
    let key = (Subject::Pledge, slug.as_str());
    let evidence = &args.evidence;
    let facts = [
        ("company", Some(args.company.clone())),
        ("made_by", args.made_by.clone()),
        ("made_to", args.made_to.clone()),
        ("made_on", args.made_on.map(|d| d.to_string())),
        ("made_at", args.made_at.clone()),
        ("formality", Some(args.formality.to_string())),
        ("deadline", args.deadline.map(|d| d.to_string())),
        ("focus", args.focus.clone()),
    ];
    let mut claims = Vec::new();
    for (field, value) in facts {
        if let Some(value) = value {
            let flag = format!("--{}", field.replace('_', "-"));
            claims.push(evidence.claim(key, field, &value, &flag));
        }
    }
    let metrics: Vec<Metric> = args.target.iter().filter_map(|(m, _, _)| m.parse().ok()).collect();
    let kind = args.kind.unwrap_or_else(|| PledgeKind::from_metrics(&metrics));
    let mut rows = vec![
        Row::new("pledges", Mode::Create)
            .set("slug", slug.as_str())
            .set("title", args.title)
            .opt("description", args.description)
            .set("kind", kind.as_str())
            .set("company", args.company)
            .opt("made_by", args.made_by)
            .opt("made_to", args.made_to)
            .opt("made_on", args.made_on)
            .opt("made_at", args.made_at.clone())
            .set("formality", args.formality.as_str())
            .opt("deadline", args.deadline)
            .opt("focus", args.focus)
            .opt("note", args.note),
    ];
    if let Some(event) = args.made_at {
        rows.push(link(&slug, "pledge_events").set("event", event).set("relation", "made_at"));
    }
    let mut metrics = Vec::new();
    for (metric, amount, qualifier) in args.target {
        if metrics.contains(&metric) {
            bail!("--target: `{metric}` is given twice; a pledge has one target per metric");
        }
        claims.push(evidence.claim(key, &metric, &amount, "--target"));
        rows.push(
            link(&slug, "pledge_targets")
                .set("metric", metric.as_str())
                .set("amount", amount)
                .set("qualifier", qualifier)
                .flag_of("metric", "--target")
                .flag_of("amount", "--target")
                .flag_of("qualifier", "--target"),
        );
        metrics.push(metric);
    }
    for category in super::distinct(args.category) {
        claims.push(evidence.claim(key, "category", &category, "--category"));
        rows.push(link(&slug, "pledge_categories").set("category", category));
    }
    for market in super::distinct(args.market) {
        claims.push(evidence.claim(key, "market", &market, "--market"));
        rows.push(link(&slug, "pledge_markets").set("market", market));
    }
    // A pledge that no source dates has no status yet: an entry needs at least a year.
    if let Some(made_on) = args.made_on {
        rows.push(
            link(&slug, "status_history")
                .set("as_of", made_on.to_string())
                .flag_of("as_of", "--made-on")
                .set("status", Status::Announced.as_str())
                .set("source", evidence.source.as_str())
                .set("quote", evidence.quote.as_str()),
        );
    }
    claims.extend(rows);
    let source = Some(evidence.source.as_str());
    super::write(ctx, None, &claims, (&slug, &format!("pledge `{slug}`")), source)
}

/// A row of `table` that belongs to the new pledge `slug`.
fn link(slug: &str, table: &str) -> Row {
    Row::new(table, Mode::Create).set("pledge", slug).flag_of("pledge", "--slug")
}
