//! `pledge site`: a static status board of the pledges, written into a folder.

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;

use crate::cmd::args::parse_date;
use crate::ctx::Ctx;
use crate::site::{self, Options};

/// Write a static website of the pledges: status board, one page per pledge, downloads
#[derive(Debug, clap::Args)]
#[command(long_about = "Write a static website of the pledges: a status board, one page per \
pledge, company and person, a page of sources, and the data as CSV and xlsx.

The site needs no server and no network: open DIR/index.html from disk, or copy DIR to any web \
host. It reads without JavaScript; a small script adds sorting and filtering to the tables. \
The index shows the pledges counted by status (with a chart), the targets summed by kind, \
downloads, and every pledge, 500 to a page. Each pledge page shows its facts, targets, \
timeline, status history and every quote with its source; facts the sources disagree on are \
shown as disputed.

Every page shows the date its status is as of: --as-of, else today. DIR is created, or \
replaced whole when it holds a site built before; any other folder with files in it is \
refused. The site is built beside DIR and moved into place when complete, so a failed build \
leaves DIR as it was.

EXAMPLES:
    pledge site --out site
    pledge site --out site --as-of 2017-12-31 --title 'Trade pledges, 2017'")]
pub struct Args {
    /// The folder to write the site into
    #[arg(short, long, value_name = "DIR")]
    out: PathBuf,

    /// Show each pledge's status as known on this date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,

    /// The site's name, shown on every page
    #[arg(long, value_name = "TEXT", default_value = "Pledge tracker")]
    title: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let options = Options { on: args.as_of.unwrap_or(ctx.today), title: args.title };
    let built = site::build(ctx.conn()?, &args.out, &options)?;
    eprintln!(
        "wrote {}: {} on {}, {}, {}, {} (as of {})",
        args.out.display(),
        plural(built.pledges, "pledge", "pledges"),
        plural(built.index_pages as u64, "index page", "index pages"),
        plural(built.companies as u64, "company", "companies"),
        plural(built.people as u64, "person", "people"),
        plural(built.sources as u64, "source", "sources"),
        options.on
    );
    Ok(())
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
