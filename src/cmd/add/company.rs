//! `pledge add company`: a company, with its aliases.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;

/// Add a company, with the other names it goes by
#[derive(Debug, clap::Args)]
#[command(long_about = "Add a company, with the other names it goes by.

EXAMPLES:
    pledge add company --name 'Alibaba Group' --country CN --sector 'online sales platform'
    pledge add company --name Tmall --parent alibaba --alias 'Tmall Global'")]
pub struct Args {
    /// The company's name
    #[arg(long, allow_hyphen_values = true)]
    name: String,

    /// The slug to name it by (default: made from the name)
    #[arg(long)]
    slug: Option<String>,

    /// Where it is based: an ISO 3166 alpha-2 code (US, CN)
    #[arg(long, value_name = "CODE")]
    country: Option<String>,

    /// What it does
    #[arg(long, allow_hyphen_values = true)]
    sector: Option<String>,

    /// The company it belongs to: its slug, name or alias
    #[arg(long, value_name = "COMPANY")]
    parent: Option<String>,

    /// Another name it goes by (repeatable)
    #[arg(long, allow_hyphen_values = true, value_name = "NAME")]
    alias: Vec<String>,

    /// A note of your own
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    note: Option<String>,
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    super::opt_to_slug(ctx.conn()?, Kind::Company, "--parent", &mut args.parent)?;
    let slug =
        super::new_slug(ctx.conn()?, args.slug, &args.name, Kind::Company, db::companies::id)?;
    let mut rows = vec![
        Row::new("companies", Mode::Create)
            .set("slug", slug.as_str())
            .set("name", args.name)
            .opt("country", args.country)
            .opt("sector", args.sector)
            .opt("parent", args.parent)
            .opt("note", args.note),
    ];
    for alias in super::distinct(args.alias) {
        rows.push(
            Row::new("company_aliases", Mode::Create)
                .set("company", slug.as_str())
                .flag_of("company", "--slug")
                .set("alias", alias),
        );
    }
    super::write(ctx, None, &rows, (&slug, &format!("company `{slug}`")), None)
}
