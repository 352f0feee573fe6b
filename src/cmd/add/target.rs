//! `pledge add target`: one more quantified target of a pledge.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::{Metric, Qualifier, Subject};

/// Add a quantified target to a pledge, with the evidence for it
#[derive(Debug, clap::Args)]
#[command(long_about = "Add a quantified target to a pledge, with the evidence for it.

A pledge has at most one target per metric. The amount is in whole units of the metric (jobs, \
businesses, US dollars), written with digits only.

EXAMPLES:
    pledge add target alibaba-1-million-us-jobs --metric usd_exports --amount 5000000000 \\
        --qualifier about --source some-report --quote 'about $5 billion of US exports'")]
pub struct Args {
    /// The pledge: its slug or title
    pledge: String,

    /// What the target counts
    #[arg(long, value_enum)]
    metric: Metric,

    /// How many, in whole units (digits only)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    amount: String,

    /// How the amount was qualified
    #[arg(long, value_enum)]
    qualifier: Option<Qualifier>,

    #[command(flatten)]
    evidence: super::Evidence,
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    let conn = ctx.conn()?;
    super::to_slug(conn, Kind::Pledge, "PLEDGE", &mut args.pledge)?;
    args.evidence.resolve(conn)?;
    let key = (Subject::Pledge, args.pledge.as_str());
    let metric = args.metric.as_str();
    let claim = args.evidence.claim(key, metric, &args.amount, "--amount").flag_of("key", "PLEDGE");
    let target = Row::new("pledge_targets", Mode::Create)
        .set("pledge", args.pledge.as_str())
        .flag_of("pledge", "PLEDGE")
        .set("metric", metric)
        .set("amount", args.amount.as_str())
        .opt("qualifier", args.qualifier);
    let source = Some(args.evidence.source.as_str());
    let what = format!("target `{metric}` of pledge `{}`", args.pledge);
    super::write(ctx, None, &[claim, target], (&args.pledge, &what), source)
}
