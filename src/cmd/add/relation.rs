//! `pledge add relation`: how a pledge bears on another, with the evidence for it.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::Tie;

/// Record how a pledge bears on another: part of it, a restatement, a replacement, or a condition
#[derive(Debug, clap::Args)]
#[command(long_about = "Record how a pledge bears on another: part of it, a restatement, a \
replacement, or a condition.

Give exactly one of --part-of, --restates, --supersedes or --condition. A pledge part of \
another, or restating another, is already counted in the other's figures: `pledge totals` leaves \
it out when both are selected. A relation is checked like a row of pledge_relations.csv: both \
pledges must exist and differ, a chain of part_of and restates relations (or of supersedes \
ones) may not lead back to the pledge, and the quote must name one passage of the source. \
Relations are never rewritten: a wrong one is answered by a new one.

EXAMPLES:
    pledge add relation sprint-5000-jobs --part-of softbank-50000-jobs \\
        --source reuters-sprint --quote 'the 5,000 jobs are part of the 50,000 jobs'
    pledge add relation foxconn-2021 --supersedes foxconn-2017 --source ... --quote '...'
    pledge add relation carrier-jobs --condition 'if the state grants the tax credits' \\
        --source ... --quote '...'")]
#[command(group = clap::ArgGroup::new("relation").required(true))]
pub struct Args {
    /// The pledge: its slug or title
    pledge: String,

    /// It is a piece of this bigger pledge (slug or title)
    #[arg(long, value_name = "PLEDGE", group = "relation")]
    part_of: Option<String>,

    /// It announces this older pledge again (slug or title)
    #[arg(long, value_name = "PLEDGE", group = "relation")]
    restates: Option<String>,

    /// It replaces this pledge (slug or title)
    #[arg(long, value_name = "PLEDGE", group = "relation")]
    supersedes: Option<String>,

    /// It holds only if this happens, in a few words of your own
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true, group = "relation")]
    condition: Option<String>,

    /// With --condition: the pledge the condition is about (slug or title)
    #[arg(long, value_name = "PLEDGE", requires = "condition")]
    on: Option<String>,

    /// A note of your own
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    note: Option<String>,

    #[command(flatten)]
    evidence: super::Evidence,
}

/// How a pledge bears on another, or the condition it holds on.
pub(crate) struct Link<'a> {
    /// The pledge's slug
    pub pledge: &'a str,
    pub tie: Tie,
    /// The other pledge's slug: the loader refuses one that names no pledge
    pub other: Option<&'a str>,
    pub condition: Option<&'a str>,
}

impl Link<'_> {
    /// The pledge_relations row, with its `(source, quote)` and a note, for the loader to check
    /// like a row of pledge_relations.csv. `apply` records a story's `[[relation]]` with it too.
    pub(crate) fn row(&self, (source, quote): (&str, &str), note: Option<String>) -> Row {
        Row::new("pledge_relations", Mode::Merge)
            .set("pledge", self.pledge)
            .set("relation", self.tie.as_str())
            .opt("other", self.other)
            .opt("condition", self.condition)
            .set("source", source)
            .set("quote", quote)
            .opt("note", note)
    }
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    let conn = ctx.conn()?;
    super::to_slug(conn, Kind::Pledge, "PLEDGE", &mut args.pledge)?;
    let (tie, other, flag) = match (args.part_of, args.restates, args.supersedes) {
        (Some(other), _, _) => (Tie::PartOf, Some(other), "--part-of"),
        (_, Some(other), _) => (Tie::Restates, Some(other), "--restates"),
        (_, _, Some(other)) => (Tie::Supersedes, Some(other), "--supersedes"),
        _ => (Tie::Conditional, args.on, "--on"),
    };
    let mut other = other;
    super::opt_to_slug(conn, Kind::Pledge, flag, &mut other)?;
    args.evidence.resolve(conn)?;
    let link = Link {
        pledge: &args.pledge,
        tie,
        other: other.as_deref(),
        condition: args.condition.as_deref(),
    };
    let evidence = (args.evidence.source.as_str(), args.evidence.quote.as_str());
    let row = link
        .row(evidence, args.note)
        .flag_of("pledge", "PLEDGE")
        .flag_of("other", flag)
        .flag_of("condition", "--condition");
    let what = match &other {
        Some(other) => format!("`{}` {tie} `{other}`", args.pledge),
        None => format!("`{}` {tie}", args.pledge),
    };
    let source = Some(args.evidence.source.as_str());
    super::write(ctx, None, &[row], (&args.pledge, &what), source)
}
