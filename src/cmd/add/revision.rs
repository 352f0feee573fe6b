//! `pledge add revision`: a target as revised on a date, with its evidence; the original stays.

use anyhow::Result;

use crate::ctx::Ctx;

/// Record a revision of a target of a pledge, on a date, with its evidence
#[derive(Debug, clap::Args)]
#[command(long_about = "Record a revision of a target of a pledge, on a date, with its evidence.

A revision gives the target as revised (\"13,000 jobs\" cut to \"1,454\" in a 2021 agreement): \
an amount, a range (--minimum and --maximum) or both, in the target's unit. The target as \
pledged is kept; `pledge show` prints both, and the latest revision as of a date is what \
progress is measured against. Revisions are never rewritten: a correction is a new revision. \
One dated wholly before the pledge was made is refused.

EXAMPLES:
    pledge add revision foxconn-wisconsin --metric jobs --as-of 2021-04 --amount 1454 \\
        --source foxconn-2021 --quote '1,454 jobs'")]
pub struct Args {
    #[command(flatten)]
    figure: super::progress::Figure,

    /// The bottom of a revised range (digits only)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    minimum: Option<String>,

    /// The top of a revised range (digits only)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    maximum: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let (minimum, maximum) = (args.minimum, args.maximum);
    args.figure.write(ctx, "target_revisions", "revision", |row| {
        row.opt("minimum", minimum).opt("maximum", maximum)
    })
}
