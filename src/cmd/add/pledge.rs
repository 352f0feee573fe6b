//! `pledge add pledge`: a pledge, with its targets, categories, markets and evidence.

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::cmd::args::parse_date;
use crate::ctx::Ctx;
use crate::db;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::{Formality, Status, Subject};

/// Add a pledge, with its targets, categories, markets and the evidence for them
#[derive(Debug, clap::Args)]
#[command(long_about = "Add a pledge, with its targets, categories, markets and the evidence for \
them.

The --source supports every fact given: the company, who made the pledge to whom, when and \
where, its formality, deadline and focus, each target, category and market. Each is stored as a \
claim of that source, on its own quote: --quote-for FIELD=TEXT gives the words for one fact \
(FIELD is the flag without dashes, `category` or `market` for all of those, or a target's \
metric), and --quote the words for every fact without its own. The pledge's status history \
starts with `announced` on the day it was made, quoted by --quote-for status, else --quote, \
else the quote for made_on; record what happens next with `pledge update`.

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
        --quote 'Alibaba will provide more than 1 million positions in America'
    pledge add pledge --company alibaba --title 'Alibaba to sell US fruit in Asia' \\
        --made-on 2017-01-09 --formality verbal --category fruit \\
        --target jobs=1000000:more_than --source beijing-today-trump-tower-meeting \\
        --quote \"Jack Ma also mentioned Alibaba's expanding plan in America\" \\
        --quote-for jobs='Alibaba will provide more than 1 million positions in America' \\
        --quote-for category='Alibaba will focus on clothes, wine, agricultural products'")]
pub struct Args {
    /// The company that pledged: its slug, name or alias
    #[arg(long, value_name = "COMPANY")]
    company: String,

    /// What was pledged, in a few words
    #[arg(long, allow_hyphen_values = true)]
    title: String,

    /// The day the pledge was made
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    made_on: NaiveDate,

    /// How binding it was
    #[arg(long, value_enum)]
    formality: Formality,

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

    /// The day by which it was to be kept
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    deadline: Option<NaiveDate>,

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
    evidence: super::Quotes,
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
        ("made_on", Some(args.made_on.to_string())),
        ("made_at", args.made_at.clone()),
        ("formality", Some(args.formality.to_string())),
        ("deadline", args.deadline.map(|d| d.to_string())),
        ("focus", args.focus.clone()),
    ];
    let mut given: Vec<&str> = vec!["status"];
    let mut claims = Vec::new();
    for (field, value) in facts {
        if let Some(value) = value {
            let flag = format!("--{}", field.replace('_', "-"));
            claims.push(evidence.claim(key, field, &value, &flag)?);
            given.push(field);
        }
    }
    let mut rows = vec![
        Row::new("pledges", Mode::Create)
            .set("slug", slug.as_str())
            .set("title", args.title)
            .opt("description", args.description)
            .set("company", args.company)
            .opt("made_by", args.made_by)
            .opt("made_to", args.made_to)
            .set("made_on", args.made_on.to_string())
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
    for (metric, amount, qualifier) in &args.target {
        if metrics.contains(metric) {
            bail!("--target: `{metric}` is given twice; a pledge has one target per metric");
        }
        claims.push(evidence.claim(key, metric, amount, "--target")?);
        rows.push(
            link(&slug, "pledge_targets")
                .set("metric", metric.as_str())
                .set("amount", amount.as_str())
                .set("qualifier", qualifier.as_str())
                .flag_of("metric", "--target")
                .flag_of("amount", "--target")
                .flag_of("qualifier", "--target"),
        );
        metrics.push(metric.clone());
    }
    given.extend(metrics.iter().map(String::as_str));
    if !args.category.is_empty() {
        given.push("category");
    }
    if !args.market.is_empty() {
        given.push("market");
    }
    evidence.check_fields(&given)?;
    for category in super::distinct(args.category) {
        claims.push(evidence.claim(key, "category", &category, "--category")?);
        rows.push(link(&slug, "pledge_categories").set("category", category));
    }
    for market in super::distinct(args.market) {
        claims.push(evidence.claim(key, "market", &market, "--market")?);
        rows.push(link(&slug, "pledge_markets").set("market", market));
    }
    let (announced, quote_flag) = match evidence.quote("status", "--quote") {
        Ok(found) => found,
        Err(_) => evidence.quote("made_on", "--made-on")?,
    };
    rows.push(
        link(&slug, "status_history")
            .set("as_of", args.made_on.to_string())
            .flag_of("as_of", "--made-on")
            .set("status", Status::Announced.as_str())
            .set("source", evidence.source.as_str())
            .set("quote", announced)
            .flag_of("quote", quote_flag),
    );
    claims.extend(rows);
    let source = Some(evidence.source.as_str());
    super::write(ctx, None, &claims, (&slug, &format!("pledge `{slug}`")), source)
}

/// A row of `table` that belongs to the new pledge `slug`.
fn link(slug: &str, table: &str) -> Row {
    Row::new(table, Mode::Create).set("pledge", slug).flag_of("pledge", "--slug")
}
