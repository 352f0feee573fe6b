//! `pledge add target`: one more quantified target of a pledge.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::{Metric, Qualifier, Subject, claim_field};

/// Add a quantified target to a pledge, with the evidence for it
#[derive(Debug, clap::Args)]
#[command(long_about = "Add a quantified target to a pledge, with the evidence for it.

A pledge has one target per metric and label: --label tells apart targets of one metric, such as \
direct and supporting jobs. Amounts are whole units, digits only: jobs, businesses, or money in \
the currency --unit names (an ISO 4217 code such as USD, JPY, TWD; money metrics need one, \
counts take none). A source that gives a range (\"20,000 to 25,000 jobs\") is recorded with \
--minimum and --maximum, with or without an --amount inside it. The horizon is a date the target \
is due --by (2020, 2020-06 or 2020-06-30), or a number of years --over-years from the pledge; \
--for-years says how long it is to be kept.

The claim recorded for it has the field METRIC (METRIC_LABEL with a label, such as jobs_direct) \
and the value AMOUNT \
(MINIMUM-MAXIMUM for a bare range).

EXAMPLES:
    pledge add target intel-fab-42 --metric jobs --label direct --amount 3000 \\
        --source intel-fab-42-announcement --quote '3,000 high-tech, high-wage Intel jobs'
    pledge add target alibaba-1-million-us-jobs --metric exports --amount 5000000000 --unit USD \\
        --qualifier about --by 2020 --source some-report --quote 'about $5 billion of US exports'
    pledge add target trump-jobs --metric jobs --minimum 20000 --maximum 25000 \\
        --source rally-report --quote 'between 20,000 and 25,000 jobs'")]
pub struct Args {
    /// The pledge: its slug or title
    pledge: String,

    /// What the target counts
    #[arg(long, value_enum)]
    metric: Metric,

    /// Tells apart targets of one metric, such as direct or supporting (lowercase letters,
    /// digits and _)
    #[arg(long, value_name = "LABEL")]
    label: Option<String>,

    /// How many, in whole units (digits only)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    amount: Option<String>,

    /// The currency of a money metric: an ISO 4217 code such as USD
    #[arg(long, value_name = "CODE")]
    unit: Option<String>,

    /// How the amount was qualified
    #[arg(long, value_enum)]
    qualifier: Option<Qualifier>,

    /// The bottom of a range the source gives (digits only)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    minimum: Option<String>,

    /// The top of a range the source gives (digits only)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    maximum: Option<String>,

    /// Due by this date: YYYY-MM-DD, YYYY-MM or YYYY
    #[arg(long, value_name = "DATE")]
    by: Option<String>,

    /// Due within this many years of the pledge
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    over_years: Option<String>,

    /// To be kept for this many years
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    for_years: Option<String>,

    #[command(flatten)]
    evidence: super::Evidence,
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    let conn = ctx.conn()?;
    super::to_slug(conn, Kind::Pledge, "PLEDGE", &mut args.pledge)?;
    args.evidence.resolve(conn)?;
    let key = (Subject::Pledge, args.pledge.as_str());
    let label = args.label.unwrap_or_default();
    let field = claim_field(args.metric, &label);
    let (value, flag) = match (&args.amount, &args.minimum, &args.maximum) {
        (Some(amount), _, _) => (amount.clone(), "--amount"),
        (None, Some(min), Some(max)) => (format!("{min}-{max}"), "--minimum"),
        _ => (String::new(), "--amount"),
    };
    let claim = args.evidence.claim(key, &field, &value, flag).flag_of("key", "PLEDGE");
    let target = Row::new("pledge_targets", Mode::Create)
        .set("pledge", args.pledge.as_str())
        .flag_of("pledge", "PLEDGE")
        .set("metric", args.metric.as_str())
        .set("label", label)
        .opt("amount", args.amount)
        .opt("unit", args.unit)
        .opt("qualifier", args.qualifier)
        .opt("minimum", args.minimum)
        .opt("maximum", args.maximum)
        .opt("by", args.by)
        .opt("over_years", args.over_years)
        .opt("for_years", args.for_years);
    let source = Some(args.evidence.source.as_str());
    let what = format!("target `{field}` of pledge `{}`", args.pledge);
    super::write(ctx, None, &[claim, target], (&args.pledge, &what), source)
}
