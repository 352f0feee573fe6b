//! `pledge add KIND`: create one record (and what belongs to it) from flags.
//!
//! Every kind builds rows in its seed file's form and writes them through the loader's row
//! handlers, so a record added here is checked exactly like a seed row, all in one transaction.
//! What is shared by the kinds lives here: slugs, the evidence flags and the report.

mod category;
mod company;
pub(crate) mod event;
mod government;
mod official;
mod pledge;
pub(crate) mod progress;
pub(crate) mod relation;
mod revision;
pub(crate) mod source;
mod target;

use std::path::Path;

use anyhow::{Result, bail};
use clap::Subcommand;
use rusqlite::Connection;

use crate::cmd::args::slug_for;
use crate::ctx::Ctx;
use crate::db;
use crate::db::names;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::Subject;

/// Add a record: a source, company, person, government, category, event, pledge, target, a
/// target's progress or revision, or a relation between pledges
#[derive(Debug, clap::Args)]
#[command(long_about = "Add a record: a source, company, person, government, category, event, \
pledge or target, a target's progress or revision, or a relation between pledges. `add \
official` is another name for `add person`.

Each record is checked exactly like a row of its seed file, and written with everything that \
belongs to it (aliases, titles, participants, targets, categories, markets, the claims that \
support it) in one transaction: anything wrong, and nothing is written. Facts that need evidence \
take --source and --quote; the quote must name one passage of the source's text when the source \
has one (at least three words, found once). A pledge's or an event's facts may each have their \
own quote: --quote-for FIELD=TEXT gives the words for one fact, and --quote those for the rest.

A slug is made from the name or title unless --slug gives one. When a record of the kind already \
has that name, an alias or that slug, it is most likely the same record: it is named and nothing \
is added (give a different record of the same name its own --slug). The new slug is printed on \
stdout, so scripts can capture it. Adding only creates: a slug that exists is refused.

Flags that name an existing record (--company, --made-by, --parent, --source...) take its slug, \
its name or title, or an alias, in any case; a name shared by several records is refused with \
their slugs, and one that names nothing comes with the closest slugs.

EXAMPLES:
    pledge add source --file interview.txt --title 'Ma on trade' --publisher Xinhua
    pledge add company --name Exhivisit --country US
    pledge add category --name Seafood --parent agricultural-products --hs 03")]
pub struct Args {
    #[command(subcommand)]
    kind: Kind,
}

// The kinds with many flags are boxed, so that the parsed command line stays small.
#[derive(Debug, Subcommand)]
enum Kind {
    Source(Box<source::Args>),
    Company(company::Args),
    #[command(name = "person", alias = "official")]
    Person(Box<official::Args>),
    Government(government::Args),
    Category(category::Args),
    Event(Box<event::Args>),
    Pledge(Box<pledge::Args>),
    Target(target::Args),
    Progress(Box<progress::Args>),
    Revision(Box<revision::Args>),
    Relation(Box<relation::Args>),
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.kind {
        Kind::Source(args) => source::run(ctx, *args),
        Kind::Company(args) => company::run(ctx, args),
        Kind::Person(args) => official::run(ctx, *args),
        Kind::Government(args) => government::run(ctx, args),
        Kind::Category(args) => category::run(ctx, args),
        Kind::Event(args) => event::run(ctx, *args),
        Kind::Pledge(args) => pledge::run(ctx, *args),
        Kind::Target(args) => target::run(ctx, args),
        Kind::Progress(args) => progress::run(ctx, *args),
        Kind::Revision(args) => revision::run(ctx, *args),
        Kind::Relation(args) => relation::run(ctx, *args),
    }
}

/// The source and quote that support the facts of a new record.
#[derive(Debug, clap::Args)]
struct Evidence {
    /// The source that supports the facts: its slug or title (add one with `pledge add source`)
    #[arg(long, value_name = "SOURCE")]
    source: String,

    /// The source's words, verbatim (white space may differ)
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    quote: String,
}

impl Evidence {
    /// Takes the source's title, when one was typed, for its slug.
    fn resolve(&mut self, conn: &Connection) -> Result<()> {
        to_slug(conn, names::Kind::Source, "--source", &mut self.source)
    }

    /// A claim that the source says, in the quote, that `field` of `subject`/`key` is `value`;
    /// `flag` is where the value was typed, for messages.
    fn claim(&self, (subject, key): (Subject, &str), field: &str, value: &str, flag: &str) -> Row {
        claim(&self.source, &self.quote, (subject, key), field, value, flag)
    }
}

/// The source of a record's facts, and a quote for each: one `--quote` for the facts without
/// a `--quote-for` of their own, so that each fact can stand on the words that say it.
#[derive(Debug, clap::Args)]
struct Quotes {
    /// The source that supports the facts: its slug or title (add one with `pledge add source`)
    #[arg(long, value_name = "SOURCE")]
    source: String,

    /// The source's words, verbatim, for every fact without a --quote-for of its own
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    quote: Option<String>,

    /// The source's words for one fact, FIELD=TEXT (repeatable): `--quote-for made_on='on
    /// Monday, January 9'`; FIELD is the fact's flag without dashes, or a target's metric
    #[arg(long, value_name = "FIELD=TEXT", value_parser = field_quote, allow_hyphen_values = true)]
    quote_for: Vec<(String, String)>,
}

/// Splits FIELD=TEXT; the field is written as its flag (`made-on`) or its column (`made_on`).
fn field_quote(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((field, quote)) if !field.trim().is_empty() => {
            Ok((field.trim().trim_start_matches("--").replace('-', "_"), quote.to_owned()))
        }
        _ => Err(format!("`{text}` is not FIELD=TEXT, such as made_on='on Monday, January 9'")),
    }
}

impl Quotes {
    /// Takes the source's title, when one was typed, for its slug.
    fn resolve(&mut self, conn: &Connection) -> Result<()> {
        to_slug(conn, names::Kind::Source, "--source", &mut self.source)
    }

    /// The quote that backs `field` and the flag it was typed at: its own --quote-for, else
    /// --quote.
    fn quote(&self, field: &str, flag: &str) -> Result<(&str, String)> {
        let own = self.quote_for.iter().rev().find(|(f, _)| f == field);
        match (own, &self.quote) {
            (Some((_, quote)), _) => Ok((quote, format!("--quote-for {field}"))),
            (None, Some(quote)) => Ok((quote, "--quote".to_owned())),
            (None, None) => bail!(
                "{flag}: no quote backs `{field}`; give the source's words for it with \
                 --quote-for {field}='...', or one --quote for every fact without its own"
            ),
        }
    }

    /// A claim that the source says, in the quote for `field`, that `field` of
    /// `subject`/`key` is `value`; `flag` is where the value was typed, for messages.
    fn claim(
        &self,
        (subject, key): (Subject, &str),
        field: &str,
        value: &str,
        flag: &str,
    ) -> Result<Row> {
        let (quote, quote_flag) = self.quote(field, flag)?;
        Ok(claim(&self.source, quote, (subject, key), field, value, flag)
            .flag_of("quote", quote_flag))
    }

    /// Refuses a --quote-for whose field is none of the facts `given`.
    fn check_fields(&self, given: &[&str]) -> Result<()> {
        for (field, _) in &self.quote_for {
            if !given.contains(&field.as_str()) {
                bail!(
                    "--quote-for: `{field}` is not a fact given here; the facts are: {}",
                    given.join(", ")
                );
            }
        }
        Ok(())
    }
}

/// A claim row: `source` says, in `quote`, that `field` of `subject`/`key` is `value`.
pub(crate) fn claim(
    source: &str,
    quote: &str,
    (subject, key): (Subject, &str),
    field: &str,
    value: &str,
    flag: &str,
) -> Row {
    // Claims may be on record already (an import, an earlier add): that is fine.
    Row::new("evidence", Mode::Merge)
        .set("subject", subject.as_str())
        .set("key", key)
        .flag_of("key", "--slug")
        .set("field", field)
        .flag_of("field", flag)
        .set("value", value)
        .flag_of("value", flag)
        .set("source", source)
        .set("quote", quote)
}

/// Replaces the name or alias typed at `flag` for a record of `kind` by its slug (see
/// [`slug_for`]).
fn to_slug(conn: &Connection, kind: names::Kind, flag: &str, text: &mut String) -> Result<()> {
    *text = slug_for(conn, kind, flag, text)?;
    Ok(())
}

/// [`to_slug`] for an optional flag.
fn opt_to_slug(
    conn: &Connection,
    kind: names::Kind,
    flag: &str,
    text: &mut Option<String>,
) -> Result<()> {
    match text {
        Some(text) => to_slug(conn, kind, flag, text),
        None => Ok(()),
    }
}

/// The slug of a new record of `kind`: `given`, or one made from `name`. A record that has
/// `name` (as its name, alias or slug, in any case) or the slug made from it already is most
/// likely the same one: that is refused, naming it, rather than made again under `-2`. A name
/// with no Latin spelling gives the kind's name, numbered from `-2` when taken.
fn new_slug<T>(
    conn: &Connection,
    given: Option<String>,
    name: &str,
    kind: names::Kind,
    taken: fn(&Connection, &str) -> Result<Option<T>>,
) -> Result<String> {
    if let Some(slug) = given {
        return Ok(slug);
    }
    let base = slugify(name);
    let mut same = names::find(conn, kind, name)?;
    if same.is_empty() && !base.is_empty() && taken(conn, &base)?.is_some() {
        same = names::find(conn, kind, &base)?;
    }
    if let Some(found) = same.first() {
        let named = found.name.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
        bail!(
            "{kind} `{slug}`{named} already exists: refer to it by its slug `{slug}`, or give a \
             different {kind} of that name a slug of its own with --slug (see `pledge {listing}`)",
            kind = kind.as_str(),
            slug = found.slug,
            listing = kind.listing(),
        );
    }
    let base = if base.is_empty() { kind.as_str().to_owned() } else { base };
    let mut slug = base.clone();
    let mut n = 1;
    while taken(conn, &slug)?.is_some() {
        n += 1;
        slug = format!("{base}-{n}");
    }
    Ok(slug)
}

/// The longest slug made from a name; longer names are cut at a word boundary.
const SLUG_LENGTH: usize = 60;

/// `text` as a slug: transliterated to ASCII (`é` is `e`, `阿里巴巴` is `a li ba ba`), then
/// lowercase letters and digits, every other run of characters one hyphen, none at the ends;
/// empty when nothing in `text` has a Latin spelling.
pub(crate) fn slugify(text: &str) -> String {
    let latin = deunicode::deunicode(text);
    let mut slug = String::with_capacity(latin.len());
    for c in latin.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    if slug.len() > SLUG_LENGTH {
        let cut = slug[..=SLUG_LENGTH].rfind('-').unwrap_or(SLUG_LENGTH);
        slug.truncate(cut);
    }
    slug.trim_end_matches('-').to_owned()
}

/// `values` with repeats removed, first occurrence kept: a value given twice means it once.
fn distinct(values: Vec<String>) -> Vec<String> {
    let mut seen = Vec::with_capacity(values.len());
    for value in values {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen
}

/// Writes `rows` (source files read from `articles`, when they name any), then prints `slug` on stdout and `what`
/// was added on stderr, noting when quotes from `source` could not be verified.
fn write(
    ctx: &mut Ctx,
    articles: Option<&Path>,
    rows: &[Row],
    (slug, what): (&str, &str),
    source: Option<&str>,
) -> Result<()> {
    use std::io::Write;

    let tallies = ctx.write(articles, rows)?;
    let mut added: Vec<(&str, u64)> = Vec::new();
    for (row, tally) in rows.iter().zip(&tallies) {
        match added.iter_mut().find(|(table, _)| *table == row.table()) {
            Some((_, n)) => *n += tally.added,
            None => added.push((row.table(), tally.added)),
        }
    }
    let summary: Vec<String> = added.iter().map(|(table, n)| format!("{table} {n}")).collect();
    writeln!(ctx.out, "{slug}")?;
    eprintln!("added {what} ({})", summary.join(", "));
    if let Some(source) = source
        && !db::sources::has_text(ctx.conn()?, source)?
    {
        eprintln!("the quote is unverified: source `{source}` has no stored text");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_words_joined_by_single_hyphens() {
        assert_eq!(slugify("Alibaba Group Holding"), "alibaba-group-holding");
        assert_eq!(slugify("  Access Asia 2017 -- (LA)! "), "access-asia-2017-la");
        assert_eq!(slugify("Côte d'Ivoire"), "cote-d-ivoire");
        assert_eq!(slugify("Société Générale"), "societe-generale");
        assert_eq!(slugify("Nestlé"), "nestle");
        assert_eq!(slugify("阿里巴巴"), "a-li-ba-ba");
        assert_eq!(slugify("Газпром"), "gazprom");
        assert_eq!(slugify("—"), "");
    }

    #[test]
    fn long_slugs_are_cut_at_a_word_boundary() {
        let slug = slugify(&"word ".repeat(30));
        assert!(slug.len() <= SLUG_LENGTH, "{slug}");
        assert!(slug.ends_with("word"), "{slug}");
    }

    #[test]
    fn generated_slugs_never_collide() {
        let conn = db::open_in_memory().unwrap();
        conn.execute("INSERT INTO companies (slug, name) VALUES ('company', '公司')", []).unwrap();
        let slug = new_slug(&conn, None, "—", names::Kind::Company, db::companies::id).unwrap();
        assert_eq!(slug, "company-2");
        let slug = new_slug(&conn, None, "Exhivisit", names::Kind::Company, db::companies::id);
        assert_eq!(slug.unwrap(), "exhivisit");
    }

    #[test]
    fn a_name_already_recorded_is_refused() {
        let conn = db::open_in_memory().unwrap();
        conn.execute("INSERT INTO companies (slug, name) VALUES ('intel', 'Intel Corp')", [])
            .unwrap();
        for name in ["Intel", "INTEL CORP"] {
            let err = new_slug(&conn, None, name, names::Kind::Company, db::companies::id);
            assert!(err.unwrap_err().to_string().starts_with("company `intel`"), "{name}");
        }
    }
}
