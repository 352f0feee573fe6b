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

A pledge is made by one or more pledgers (--company, --government), through one or more \
people (--made-by), to one or more recipients (--made-to: a person, or a government by its \
ISO 3166 code such as US or US-IN); each of these flags may be repeated. Governments must be \
added first with `pledge add government`.

The --source supports every fact given: each party, when and where, its formality, deadline \
and focus, each target, category and market. Each is stored as a claim of that source, on its \
own quote: --quote-for FIELD=TEXT gives the words for one fact (FIELD is the flag without \
dashes, `category` or `market` for all of those, or a target's metric, METRIC_LABEL for a \
labelled one), and --quote the words for every fact without its own. The pledge's status \
history starts with `announced` on the date it was made, quoted by --quote-for status, else \
--quote, else the quote for made_on; record what happens next with `pledge update`. \
--made-on and --deadline take a day, or the month or year when that is all the source gives \
(2017-01, 2017); without --made-on the pledge is undated and has no status yet. The kind \
defaults from the targets (see docs/status-and-dates.md).

A target is METRIC[:LABEL]=AMOUNT[ CURRENCY][:QUALIFIER], with the amount in whole units and no \
separators: `--target jobs=1000000:more_than` is \"more than 1 million jobs\", \
`--target 'investment=50000000000 USD'` is \"$50 billion\", `--target jobs:direct=3000` tells \
direct jobs apart from other jobs, and an amount MINIMUM-MAXIMUM is a range \
(`--target jobs=20000-25000`). Metrics: jobs, businesses, investment, exports, purchases, \
revenue (money: give an ISO 4217 currency such as USD; the older `usd_investment=N` still \
means investment in USD), units, people_trained. Qualifiers: \
more_than, at_least, up_to, about. A horizon (due by a date, over or for some years) is added \
with `pledge add target`.

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
#[command(group(clap::ArgGroup::new("pledger").required(true).multiple(true)
    .args(["company", "government"])))]
pub struct Args {
    /// A company that pledged: its slug, name or alias (repeatable)
    #[arg(long, value_name = "COMPANY")]
    company: Vec<String>,

    /// A government that pledged: its ISO 3166 code, such as US or US-IN (repeatable)
    #[arg(long, value_name = "CODE")]
    government: Vec<String>,

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

    /// A person who made it: their slug, name or alias (repeatable)
    #[arg(long, value_name = "PERSON")]
    made_by: Vec<String>,

    /// A recipient: a person's slug, name or alias, or a government's ISO 3166 code (repeatable)
    #[arg(long, value_name = "PERSON|CODE")]
    made_to: Vec<String>,

    /// The event it was made at: its slug or title
    #[arg(long, value_name = "EVENT")]
    made_at: Option<String>,

    /// When it was to be kept by: a day, a month or a year, met by its last day
    #[arg(long, value_name = "YYYY[-MM[-DD]]", value_parser = parse_partial_date)]
    deadline: Option<PartialDate>,

    /// Who or what it is meant to benefit ("US small businesses")
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    focus: Option<String>,

    /// A quantified target, METRIC[:LABEL]=AMOUNT[ CURRENCY][:QUALIFIER], such as
    /// jobs=1000000:more_than or 'investment=50000000000 USD' (repeatable)
    #[arg(long, value_name = "TARGET", value_parser = target)]
    target: Vec<TargetFlag>,

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

/// A `--target` as typed, split into the columns of pledge_targets.csv (checked there).
#[derive(Debug, Clone)]
struct TargetFlag {
    metric: String,
    label: String,
    /// The amount, or `MINIMUM-MAXIMUM` for a range: also the claim's value.
    amount: String,
    unit: String,
    qualifier: String,
}

/// Splits METRIC[:LABEL]=AMOUNT[ CURRENCY][:QUALIFIER].
fn target(text: &str) -> Result<TargetFlag, String> {
    let Some((what, rest)) = text.split_once('=') else {
        return Err(format!(
            "`{text}` is not METRIC[:LABEL]=AMOUNT[ CURRENCY][:QUALIFIER], such as jobs=1000000"
        ));
    };
    let (metric, label) = what.split_once(':').unwrap_or((what, ""));
    let (quantity, qualifier) = rest.split_once(':').unwrap_or((rest, ""));
    let (amount, unit) = quantity.trim().split_once(' ').unwrap_or((quantity.trim(), ""));
    // The names metrics had before they had currencies: `usd_investment=N` is investment in USD.
    let (metric, unit) = match metric.strip_prefix("usd_") {
        Some(money) if unit.is_empty() => (money, "USD"),
        _ => (metric, unit),
    };
    Ok(TargetFlag {
        metric: metric.to_owned(),
        label: label.to_owned(),
        amount: amount.to_owned(),
        unit: unit.trim().to_owned(),
        qualifier: qualifier.to_owned(),
    })
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    let conn = ctx.conn()?;
    for company in &mut args.company {
        super::to_slug(conn, Kind::Company, "--company", company)?;
    }
    for person in &mut args.made_by {
        super::to_slug(conn, Kind::Official, "--made-by", person)?;
    }
    let mut made_to = Vec::new();
    for recipient in super::distinct(args.made_to) {
        if looks_like_code(&recipient) {
            made_to.push(("government", recipient));
        } else {
            let mut person = recipient;
            super::to_slug(conn, Kind::Official, "--made-to", &mut person)?;
            made_to.push(("official", person));
        }
    }
    super::opt_to_slug(conn, Kind::Event, "--made-at", &mut args.made_at)?;
    for category in &mut args.category {
        super::to_slug(conn, Kind::Category, "--category", category)?;
    }
    args.evidence.resolve(conn)?;
    let slug = super::new_slug(ctx.conn()?, args.slug, &args.title, Kind::Pledge, db::pledges::id)?;
    let key = (Subject::Pledge, slug.as_str());
    let evidence = &args.evidence;
    let mut rows = Vec::new();
    let mut claims = Vec::new();
    let mut given: Vec<&str> = vec!["status"];
    let parties = (super::distinct(args.company).into_iter().map(|c| ("pledger", "company", c)))
        .chain(super::distinct(args.government).into_iter().map(|g| ("pledger", "government", g)))
        .chain(super::distinct(args.made_by).into_iter().map(|p| ("made_by", "official", p)))
        .chain(made_to.into_iter().map(|(column, r)| ("made_to", column, r)));
    for (role, column, value) in parties {
        let (field, flag) = match (role, column) {
            ("pledger", column) => (column, format!("--{column}")),
            (role, _) => (role, format!("--{}", role.replace('_', "-"))),
        };
        claims.push(evidence.claim(key, field, &value, &flag)?);
        given.push(field);
        rows.push(
            link(&slug, "pledge_parties")
                .set("role", role)
                .set(column, value)
                .flag_of("role", &flag)
                .flag_of(column, &flag),
        );
    }
    let facts = [
        ("made_on", args.made_on.map(|d| d.to_string())),
        ("made_at", args.made_at.clone()),
        ("formality", Some(args.formality.to_string())),
        ("deadline", args.deadline.map(|d| d.to_string())),
        ("focus", args.focus.clone()),
    ];
    for (field, value) in facts {
        if let Some(value) = value {
            let flag = format!("--{}", field.replace('_', "-"));
            claims.push(evidence.claim(key, field, &value, &flag)?);
            given.push(field);
        }
    }
    let metrics: Vec<Metric> = args.target.iter().filter_map(|t| t.metric.parse().ok()).collect();
    let kind = args.kind.unwrap_or_else(|| PledgeKind::from_metrics(&metrics));
    rows.insert(
        0,
        Row::new("pledges", Mode::Create)
            .set("slug", slug.as_str())
            .set("title", args.title)
            .opt("description", args.description)
            .set("kind", kind.as_str())
            .opt("made_on", args.made_on)
            .opt("made_at", args.made_at.clone())
            .set("formality", args.formality.as_str())
            .opt("deadline", args.deadline)
            .opt("focus", args.focus)
            .opt("note", args.note),
    );
    if let Some(event) = args.made_at {
        rows.push(link(&slug, "pledge_events").set("event", event).set("relation", "made_at"));
    }
    let mut fields: Vec<String> = Vec::new();
    for t in &args.target {
        let field =
            if t.label.is_empty() { t.metric.clone() } else { format!("{}_{}", t.metric, t.label) };
        if fields.contains(&field) {
            bail!(
                "--target: `{field}` is given twice; a pledge has one target per metric and \
                 label (tell them apart with METRIC:LABEL)"
            );
        }
        claims.push(evidence.claim(key, &field, &t.amount, "--target")?);
        let (amount, range) = match t.amount.split_once('-') {
            Some((min, max)) if !min.is_empty() => ("", Some((min, max))),
            _ => (t.amount.as_str(), None),
        };
        let mut row = link(&slug, "pledge_targets")
            .set("metric", t.metric.as_str())
            .set("label", t.label.as_str())
            .set("amount", amount)
            .set("unit", t.unit.as_str())
            .set("qualifier", t.qualifier.as_str());
        if let Some((min, max)) = range {
            row = row.set("minimum", min).set("maximum", max);
        }
        for column in ["metric", "label", "amount", "unit", "qualifier", "minimum", "maximum"] {
            row = row.flag_of(column, "--target");
        }
        rows.push(row);
        fields.push(field);
    }
    given.extend(fields.iter().map(String::as_str));
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
    // A pledge that no source dates has no status yet: an entry needs at least a year.
    if let Some(made_on) = args.made_on {
        let (announced, quote_flag) = match evidence.quote("status", "--quote") {
            Ok(found) => found,
            Err(_) => evidence.quote("made_on", "--made-on")?,
        };
        rows.push(
            link(&slug, "status_history")
                .set("as_of", made_on.to_string())
                .flag_of("as_of", "--made-on")
                .set("status", Status::Announced.as_str())
                .set("source", evidence.source.as_str())
                .set("quote", announced)
                .flag_of("quote", quote_flag),
        );
    }
    claims.extend(rows);
    let source = Some(evidence.source.as_str());
    super::write(ctx, None, &claims, (&slug, &format!("pledge `{slug}`")), source)
}

/// Whether a recipient is written as a government code (`US`, `US-IN`) rather than a person.
fn looks_like_code(text: &str) -> bool {
    let (country, subdivision) = text.split_once('-').unwrap_or((text, ""));
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && subdivision.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && subdivision.is_empty() != text.contains('-')
}

/// A row of `table` that belongs to the new pledge `slug`.
fn link(slug: &str, table: &str) -> Row {
    Row::new(table, Mode::Create).set("pledge", slug).flag_of("pledge", "--slug")
}
