//! `pledge add category`: a product category, with keywords and HS codes.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;

/// Add a product category, with its keywords and Harmonized System codes
#[derive(Debug, clap::Args)]
#[command(long_about = "Add a product category, with its keywords and Harmonized System codes.

An HS code is a chapter (2 digits), heading (4) or subheading (6); a range joins two of the same \
length with a hyphen.

EXAMPLES:
    pledge add category --name Apparel --alias clothes --alias garments --hs 61-62
    pledge add category --name Wine --parent agricultural-products --hs 2204")]
pub struct Args {
    /// The category's name
    #[arg(long, allow_hyphen_values = true)]
    name: String,

    /// The slug to name it by (default: made from the name)
    #[arg(long)]
    slug: Option<String>,

    /// The broader category it belongs to, by its slug
    #[arg(long, value_name = "CATEGORY")]
    parent: Option<String>,

    /// A keyword that names it (repeatable)
    #[arg(long, allow_hyphen_values = true, value_name = "WORD")]
    alias: Vec<String>,

    /// An HS code or range of codes it covers, such as 08 or 61-62 (repeatable)
    #[arg(long, value_name = "CODE[-CODE]")]
    hs: Vec<String>,
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    super::opt_to_slug(ctx.conn()?, Kind::Category, "--parent", &mut args.parent)?;
    let slug =
        super::new_slug(ctx.conn()?, args.slug, &args.name, Kind::Category, db::categories::id)?;
    let mut rows = vec![
        Row::new("categories", Mode::Create)
            .set("slug", slug.as_str())
            .set("name", args.name)
            .opt("parent", args.parent),
    ];
    for alias in super::distinct(args.alias) {
        rows.push(
            Row::new("category_aliases", Mode::Create)
                .set("category", slug.as_str())
                .flag_of("category", "--slug")
                .set("alias", alias),
        );
    }
    for range in super::distinct(args.hs) {
        let (from, to) = range.split_once('-').unwrap_or((&range, &range));
        rows.push(
            Row::new("category_hs_codes", Mode::Create)
                .set("category", slug.as_str())
                .flag_of("category", "--slug")
                .set("code_from", from)
                .flag_of("code_from", "--hs")
                .set("code_to", to)
                .flag_of("code_to", "--hs"),
        );
    }
    super::write(ctx, None, &rows, (&slug, &format!("category `{slug}`")), None)
}
