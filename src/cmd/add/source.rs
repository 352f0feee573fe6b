//! `pledge add source`: an article with its text, or a document known by its URL.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::cmd::args::parse_date;
use crate::ctx::Ctx;
use crate::db;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::SourceKind;

/// Add a source: an article whose text is stored, or a document known only by its URL
#[derive(Debug, clap::Args)]
#[command(long_about = "Add a source: an article whose text is stored, or a document known only \
by its URL.

With --file, the text is read from the file (UTF-8), stored in the database with its sha256 and \
indexed for search; quotes from it are checked against it. The file name is kept, so that an \
export of the seed files writes the text under that name. With only --url, quotes from the \
source are stored as unverified.

EXAMPLES:
    pledge add source --file articles/xinhua-ma-interview.txt --title 'Ma on trade' \\
        --publisher Xinhua --published-on 2018-09-19
    pledge add source --url https://example.com/story --title 'Ma retracts job pledge' \\
        --publisher 'Example News' --kind article")]
#[command(group(clap::ArgGroup::new("text").args(["file", "url"]).required(true).multiple(true)))]
pub struct Args {
    /// The title, as published
    #[arg(long, allow_hyphen_values = true)]
    title: String,

    /// The slug to name the source by (default: made from the title)
    #[arg(long)]
    slug: Option<String>,

    /// What kind of document it is
    #[arg(long, value_enum, default_value_t = SourceKind::Article)]
    kind: SourceKind,

    /// A file holding the full text (UTF-8); it is stored in the database
    #[arg(long, value_name = "PATH")]
    file: Option<PathBuf>,

    /// Where the source is published
    #[arg(long)]
    url: Option<String>,

    /// Who published it
    #[arg(long, allow_hyphen_values = true)]
    publisher: Option<String>,

    /// The day it was published
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published_on: Option<NaiveDate>,

    /// The day you read or saved it
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    retrieved_on: Option<NaiveDate>,

    /// A note of your own
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    note: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let slug = super::new_slug(ctx.conn()?, args.slug, &args.title, Kind::Source, db::sources::id)?;
    let (folder, name, sha256) = match &args.file {
        Some(path) => article(path)?,
        None => (PathBuf::new(), String::new(), String::new()),
    };
    let row = Row::new("sources", Mode::Create)
        .set("slug", slug.as_str())
        .set("kind", args.kind.as_str())
        .set("title", args.title)
        .opt("publisher", args.publisher)
        .opt("url", args.url)
        .opt("published_on", args.published_on)
        .opt("retrieved_on", args.retrieved_on)
        .set("file", name)
        .set("sha256", sha256)
        .flag_of("sha256", "--file")
        .opt("note", args.note);
    super::write(ctx, Some(&folder), &[row], (&slug, &format!("source `{slug}`")), None)
}

/// The folder and name of an article file, with the sha256 of its bytes.
pub(crate) fn article(path: &Path) -> Result<(PathBuf, String, String)> {
    let Some(name) = path.file_name() else {
        bail!("--file: `{}` does not name a file", path.display());
    };
    let Some(name) = name.to_str() else {
        bail!("--file: the name of `{}` is not UTF-8; rename the file", path.display());
    };
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    // A file that cannot be read (or is a link, a FIFO, a device, too large) gets no hash; the
    // loader reads it again and says why.
    let sha256 = crate::load::input::read(path, crate::load::input::MAX_ARTICLE_BYTES)
        .map(|bytes| crate::sha256::hex(&bytes));
    Ok((folder, name.to_owned(), sha256.unwrap_or_default()))
}
