//! `pledge categories`: the product category tree with aliases and HS codes.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db;
use crate::db::categories::Category;
use crate::output::{self, Columns, cell, list};

/// List product categories, each parent followed by its subcategories
#[derive(Debug, clap::Args)]
#[command(long_about = "List product categories, each parent followed by its subcategories.

`aliases` are the keywords sources use for a category (clothes, garments); `hs_codes` are its \
Harmonized System chapters, headings or ranges. A filter on a category includes its \
subcategories: `pledge list --category agricultural-products` also finds wine and fruit pledges.

EXAMPLES:
    pledge categories
    pledge --format json categories")]
pub struct Args {}

impl Columns for Category {
    const HEADERS: &'static [&'static str] = &["slug", "name", "parent", "aliases", "hs_codes"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.name.clone(),
            cell(self.parent.as_ref()),
            list(&self.aliases),
            list(&self.hs_codes),
        ]
    }
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<()> {
    let categories = db::categories::list(ctx.conn()?)?;
    output::rows(&mut ctx.out, ctx.style, &categories)?;
    Ok(())
}
