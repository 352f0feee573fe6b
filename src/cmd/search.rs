//! `pledge search`: full-text search over article texts, quotes and pledge descriptions.

use anyhow::{Result, bail};

use crate::ctx::Ctx;
use crate::db;
use crate::db::search::Hit;
use crate::output::{self, Columns, cell};

/// Search article texts, evidence and status quotes, and pledge descriptions
#[derive(Debug, clap::Args)]
#[command(long_about = "Search article texts, evidence and status quotes, and pledge descriptions.

Finds the places where every word of TEXT occurs, best matches first (bm25), each with a \
snippet in which the matches are marked [like this] and the source it comes from. Words are \
matched whole, regardless of case and accents, and punctuation is taken literally: \
`EU-Mercosur` or `Côte d'Ivoire` need no quoting beyond the shell's. A whole number matches \
whatever its thousands separators: `3000 jobs` finds \"3,000 jobs\" and `3,000` finds \"3000\". A \
quote shared by several claims is one hit; `record` names the facts it supports \
(subject/key/field), a status change as pledge/SLUG/status.

With --raw, TEXT is an FTS5 query: \"exact phrase\", prefix*, AND, OR, NOT, NEAR(a b, 5), \
column filters such as title:Trump (see https://sqlite.org/fts5.html#full_text_query_syntax).

EXAMPLES:
    pledge search Trump Tower
    pledge search notorious market
    pledge search --raw 'agricult* NOT wine'
    pledge --format csv search Midwest")]
pub struct Args {
    /// The words to find (all must occur); with --raw, an FTS5 query
    #[arg(required = true, value_name = "TEXT")]
    text: Vec<String>,

    /// Pass TEXT to FTS5 as a query instead of searching for its words
    #[arg(long)]
    raw: bool,

    /// At most N hits
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
}

impl Columns for Hit {
    const HEADERS: &'static [&'static str] = &["found_in", "record", "source", "snippet"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.found_in.as_str().to_owned(),
            self.record.clone(),
            cell(self.source.as_ref()),
            self.snippet.clone(),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let text = args.text.join(" ");
    let query = if args.raw { text.trim().to_owned() } else { db::search::escape(&text) };
    if query.is_empty() {
        bail!("nothing to search for: give one or more words");
    }
    let limit = args.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    let hits = match db::search::hits(ctx.conn()?, &query, limit) {
        Ok(hits) => hits,
        Err(err) if args.raw && db::search::is_bad_query(&err) => {
            bail!(
                "`{text}` is not a valid FTS5 query: {err} (leave out --raw to search for the words as typed)"
            )
        }
        Err(err) => return Err(anyhow::Error::new(err).context(format!("searching for `{text}`"))),
    };
    output::rows(&mut ctx.out, ctx.style, &hits)?;
    Ok(())
}
