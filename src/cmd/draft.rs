//! `pledge draft`: reads an article and writes a story file of candidates for a person to
//! confirm. It reads the database only to match names, and never writes to it.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

use crate::cmd::args::parse_date;
use crate::ctx::Ctx;
use crate::db;
use crate::draft::{self, Known, Record, story};
use crate::temp;

/// Draft a story file from an article: candidate pledges, amounts, dates and parties
#[derive(Debug, clap::Args)]
#[command(
    long_about = "Draft a story file from an article: candidate pledges, amounts, dates and \
parties, each with its verbatim quote and a comment saying why it was proposed.

ARTICLE is a UTF-8 text file. The story file (TOML, see docs/draft.md) goes to stdout, or to \
--out. Companies, people and categories are matched by name and alias to the records of the \
database given with --db, when it exists; without one, every party is proposed as new. Relative \
dates (\"on Tuesday\", \"last month\", \"over the next four years\") are resolved against the \
article's own date, read from its top lines, given with --published-on, or else read from the \
day the --url address names in its path. Nothing is recorded: edit the file, keep what the \
article supports, delete the rest.

EXAMPLES:
    pledge draft seeds/articles/president-trump-and-alibaba.txt
    pledge draft article.txt --url https://example.com/story --published-on 2017-01-10
    pledge draft article.txt --out stories/alibaba.toml"
)]
pub struct Args {
    /// The article, a UTF-8 text file
    #[arg(value_name = "ARTICLE")]
    article: PathBuf,

    /// Where the article was published online (its path's date counts when the text gives none)
    #[arg(long, value_name = "URL")]
    url: Option<String>,

    /// The article's date, when its text does not say (relative dates count from it)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published_on: Option<NaiveDate>,

    /// Write the story file here instead of to stdout (replaced whole, never half-written)
    #[arg(short, long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let shown = args.article.display();
    let bytes =
        std::fs::read(&args.article).with_context(|| format!("reading article `{shown}`"))?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let good = &err.as_bytes()[..err.utf8_error().valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            bail!(
                "article `{shown}` is not UTF-8 text (line {line}): convert it first, for example \
                 with `iconv -f latin1 -t utf-8`"
            );
        }
    };
    if text.trim().is_empty() {
        bail!("article `{shown}` is empty: give the file that holds the article's text");
    }
    let known = if ctx.db_path().exists() { known(ctx)? } else { Known::default() };
    // A text with no date of its own takes the one its address names, if any.
    let from_url = match (args.published_on, args.url.as_deref()) {
        (None, Some(url)) => draft::date_from_url(&text, url),
        _ => None,
    };
    let found = draft::extract(&text, &known, args.published_on.or(from_url));
    let file = args.article.display().to_string();
    let source = story::Source {
        file: &file,
        url: args.url.as_deref(),
        date_given: args.published_on.is_some(),
        date_from_url: from_url.is_some(),
    };
    let rendered = story::render(&text, &found, &source);
    let same = |out: &PathBuf| {
        let (a, b) = (std::fs::canonicalize(out), std::fs::canonicalize(&args.article));
        matches!((a, b), (Ok(a), Ok(b)) if a == b)
    };
    if let Some(out) = args.out.as_ref().filter(|out| same(out)) {
        bail!("--out `{}` is the article itself: write the story file elsewhere", out.display());
    }
    let Some(out) = args.out else {
        ctx.out.write_all(rendered.as_bytes())?;
        return Ok(());
    };
    temp::write_file(
        &out,
        |file| Ok(file.write_all(rendered.as_bytes())?),
        |err| anyhow::Error::new(err).context(format!("writing `{}`", out.display())),
    )?;
    eprintln!("drafted {} from {file}", out.display());
    Ok(())
}

/// The companies, people and categories the database holds, with their names and aliases.
fn known(ctx: &mut Ctx) -> Result<Known> {
    let conn = ctx.conn()?;
    let record = |slug: String, name: &str, aliases: Vec<String>| {
        let names =
            std::iter::once(name.to_owned()).chain(aliases).filter(|n| !n.is_empty()).collect();
        Record { slug, names }
    };
    Ok(Known {
        companies: db::companies::list(conn, -1)?
            .into_iter()
            .map(|c| record(c.slug, &c.name, c.aliases))
            .collect(),
        people: db::officials::list(conn, -1)?
            .into_iter()
            .map(|o| record(o.slug, o.name.as_deref().unwrap_or(""), o.aliases))
            .collect(),
        categories: db::categories::list(conn)?
            .into_iter()
            .map(|c| record(c.slug, &c.name, c.aliases))
            .collect(),
        governments: db::governments::list(conn, -1)?
            .into_iter()
            .map(|g| record(g.code, &g.name, Vec::new()))
            .collect(),
    })
}
