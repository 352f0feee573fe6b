//! `pledge add progress` and `pledge add revision`: a dated figure about a target, delivered or
//! revised, with the source and quote that give it.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::{Metric, Qualifier, claim_field};

/// Record what was delivered against a target of a pledge, on a date, with its evidence
#[derive(Debug, clap::Args)]
#[command(long_about = "Record what was delivered against a target of a pledge, on a date, with \
its evidence.

Progress is a dated measurement (\"3,000 hired\", \"$47 billion invested by December 2019\"), \
appended to the target's record and never rewritten: a later figure is a new entry. The target is \
named by --metric (and --label when the pledge has several targets of that metric); the figure \
is in the target's unit (give --unit for money, the target's currency). A figure dated wholly \
before the pledge was made is refused. `pledge show` prints the latest figure as of a date with \
its percentage of the target.

EXAMPLES:
    pledge add progress softbank-50-billion --metric investment --unit USD --as-of 2019-12 \\
        --amount 47000000000 --source softbank-2019 --quote '$47 billion'
    pledge add progress intel-fab-42 --metric jobs --label direct --as-of 2020 --amount 3000 \\
        --source intel-2020 --quote '3,000 hired'")]
pub struct Args {
    #[command(flatten)]
    figure: Figure,
}

/// The flags of a dated figure about a target: which target, when, how much, and the evidence.
#[derive(Debug, clap::Args)]
pub(super) struct Figure {
    /// The pledge: its slug or title
    pledge: String,

    /// The metric of the target
    #[arg(long, value_enum)]
    metric: Metric,

    /// The label of the target, when the pledge has several targets of that metric
    #[arg(long, value_name = "LABEL")]
    label: Option<String>,

    /// When the figure holds: YYYY-MM-DD, YYYY-MM or YYYY
    #[arg(long, value_name = "DATE")]
    as_of: String,

    /// How many, in whole units of the target (digits only)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    amount: Option<String>,

    /// The target's currency, for money: an ISO 4217 code such as USD
    #[arg(long, value_name = "CODE")]
    unit: Option<String>,

    /// How the amount was qualified
    #[arg(long, value_enum)]
    qualifier: Option<Qualifier>,

    /// A note of your own
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    note: Option<String>,

    #[command(flatten)]
    evidence: super::Evidence,
}

impl Figure {
    /// The figure as a row of `table`, written with `more` columns set.
    pub(super) fn write(
        mut self,
        ctx: &mut Ctx,
        table: &'static str,
        what: &str,
        more: impl FnOnce(Row) -> Row,
    ) -> Result<()> {
        let conn = ctx.conn()?;
        super::to_slug(conn, Kind::Pledge, "PLEDGE", &mut self.pledge)?;
        self.evidence.resolve(conn)?;
        let label = self.label.unwrap_or_default();
        let target = claim_field(self.metric, &label);
        let measure = Measure {
            pledge: &self.pledge,
            metric: self.metric.as_str(),
            label: &label,
            as_of: &self.as_of,
            amount: self.amount.as_deref(),
            unit: self.unit.as_deref(),
            qualifier: self.qualifier.map(|q| q.as_str()),
        };
        let evidence = (self.evidence.source.as_str(), self.evidence.quote.as_str());
        let row = measure.row(table, Mode::Create, evidence, self.note).flag_of("pledge", "PLEDGE");
        let source = Some(self.evidence.source.as_str());
        let what = format!("{what} of target `{target}` of pledge `{}`", self.pledge);
        super::write(ctx, None, &[more(row)], (&self.pledge, &what), source)
    }
}

/// A figure about a target of a pledge, as of a date: what was delivered, or the target as
/// revised.
pub(crate) struct Measure<'a> {
    /// The pledge's slug
    pub pledge: &'a str,
    /// The target's metric and label, as typed: the loader refuses a target the pledge lacks
    pub metric: &'a str,
    pub label: &'a str,
    /// YYYY-MM-DD, YYYY-MM or YYYY
    pub as_of: &'a str,
    /// Whole units of the target, digits only
    pub amount: Option<&'a str>,
    /// The target's currency, for money
    pub unit: Option<&'a str>,
    pub qualifier: Option<&'a str>,
}

impl Measure<'_> {
    /// The figure as a row of `table` (target_progress or target_revisions), with its
    /// `(source, quote)` and a note, for the loader to check like a row of that seed file.
    /// `apply` records a story's `[[progress]]` and `[[revision]]` with it too.
    pub(crate) fn row(
        &self,
        table: &'static str,
        mode: Mode,
        (source, quote): (&str, &str),
        note: Option<String>,
    ) -> Row {
        Row::new(table, mode)
            .set("pledge", self.pledge)
            .set("metric", self.metric)
            .set("label", self.label)
            .set("as_of", self.as_of)
            .opt("amount", self.amount)
            .opt("unit", self.unit)
            .opt("qualifier", self.qualifier)
            .set("source", source)
            .set("quote", quote)
            .opt("note", note)
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    args.figure.write(ctx, "target_progress", "progress", |row| row)
}
