//! `pledge search`: full-text search over article texts, quotes and pledge descriptions.

use anyhow::{Result, bail};

use crate::ctx::Ctx;
use crate::db;
use crate::db::search::{Hit, Order};
use crate::output::{self, Columns, cell};

/// Search article texts, evidence and status quotes, and pledge descriptions
#[derive(Debug, clap::Args)]
#[command(long_about = "Search article texts, evidence and status quotes, and pledge descriptions.

Finds the places where every word of TEXT occurs, best matches first (bm25), each with a \
snippet in which the matches are marked [like this] and the source it comes from. It prints the \
first 20 hits; --limit N prints N and --all every one. When more than 5000 texts match (a word \
found in nearly every quote), ranking them all would take minutes at a million pledges: the hits \
then come newest first (articles, then quotes, then pledges, each the last recorded first) and \
a note on stderr says so; add words to narrow the search. Words are \
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
    #[arg(long, value_name = "N", default_value_t = DEFAULT_LIMIT)]
    limit: u64,

    /// Every hit, not only the first 20
    #[arg(long, conflicts_with = "limit")]
    all: bool,
}

/// How many hits are printed without --limit or --all.
const DEFAULT_LIMIT: u64 = 20;

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
    let limit = if args.all { -1 } else { i64::try_from(args.limit).unwrap_or(i64::MAX) };
    let (order, hits) = match db::search::hits(ctx.conn()?, &query, limit) {
        Ok(hits) => hits,
        Err(err) if args.raw && db::search::is_bad_query(&err) => {
            bail!(
                "`{text}` is not a valid FTS5 query: {err} (leave out --raw to search for the words as typed)"
            )
        }
        Err(err) => return Err(anyhow::Error::new(err).context(format!("searching for `{text}`"))),
    };
    if order == Order::Newest {
        eprintln!(
            "note: more than {} texts match `{text}`, too many to rank: newest first, not best \
             first; add words to narrow the search",
            db::search::RANK_AT_MOST
        );
    }
    output::rows(&mut ctx.out, ctx.style, &hits)?;
    Ok(())
}
