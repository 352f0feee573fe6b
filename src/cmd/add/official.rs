//! `pledge add person` (also `add official`): a person, with aliases and a title.

use anyhow::Result;
use chrono::NaiveDate;

use crate::cmd::args::parse_date;
use crate::ctx::Ctx;
use crate::db;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::Subject;

/// Add a person: anyone a source names or quotes (official, executive, union president, worker)
#[derive(Debug, clap::Args)]
#[command(long_about = "Add a person: anyone a source names or quotes, such as an official, an \
executive, a union president, an analyst or a worker. `pledge add official` does the same.

A title is held at a company (--company), a government (--government: an ISO 3166 country or \
subdivision code, such as US or US-IN) or another organization (--organization: a union, a \
think tank), and may be dated with --valid-from and --valid-to.

A person whose name the source does not give is recorded without one: give a --slug and a \
--note saying who they are, never a guessed name. A title is a fact, so it needs the --source \
and --quote that give it.

EXAMPLES:
    pledge add person --name 'Wilbur Ross' --alias Ross
    pledge add person --name 'Chuck Jones' --title president --organization 'United Steelworkers \
        Local 1999' --source carrier-article --quote 'Chuck Jones, president of United Steelworkers'
    pledge add person --name 'Daniel Zhang' --title 'chief executive' --company alibaba \\
        --source xinhua-interview --quote 'Alibaba chief executive Daniel Zhang'
    pledge add person --slug unnamed-alibaba-spokesperson --note 'spokesperson quoted by Xinhua'")]
#[command(group(clap::ArgGroup::new("who").args(["name", "slug"]).required(true).multiple(true)))]
pub struct Args {
    /// The person's name, as the sources give it
    #[arg(long, allow_hyphen_values = true)]
    name: Option<String>,

    /// The slug to name them by (default: made from the name)
    #[arg(long)]
    slug: Option<String>,

    /// Who they are; required when the name is not known
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    note: Option<String>,

    /// Another name they go by (repeatable)
    #[arg(long, allow_hyphen_values = true, value_name = "NAME")]
    alias: Vec<String>,

    /// A title they hold, as the source gives it
    #[arg(long, allow_hyphen_values = true, requires_all = ["source", "quote"])]
    title: Option<String>,

    /// The company the title is held at: its slug, name or alias
    #[arg(long, value_name = "COMPANY", requires = "title")]
    company: Option<String>,

    /// The government the title is held in: an ISO 3166 country or subdivision code (US, US-IN)
    #[arg(long, value_name = "CODE", requires = "title")]
    government: Option<String>,

    /// Another organization the title is held at
    #[arg(long, allow_hyphen_values = true, value_name = "NAME", requires = "title")]
    organization: Option<String>,

    /// The first day the title was held
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, requires = "title")]
    valid_from: Option<NaiveDate>,

    /// The last day the title was held
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, requires = "title")]
    valid_to: Option<NaiveDate>,

    /// The source that gives the title: its slug or title
    #[arg(long, value_name = "SOURCE", requires = "title")]
    source: Option<String>,

    /// The source's words giving the title, verbatim
    #[arg(long, value_name = "TEXT", requires = "title", allow_hyphen_values = true)]
    quote: Option<String>,
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    let conn = ctx.conn()?;
    super::opt_to_slug(conn, Kind::Company, "--company", &mut args.company)?;
    super::opt_to_slug(conn, Kind::Source, "--source", &mut args.source)?;
    let name = args.name.clone().unwrap_or_default();
    let slug = super::new_slug(ctx.conn()?, args.slug, &name, Kind::Official, db::officials::id)?;
    let mut rows = Vec::new();
    if let (Some(title), Some(source), Some(quote)) = (&args.title, &args.source, &args.quote) {
        let key = (Subject::Official, slug.as_str());
        rows.push(super::claim(source, quote, key, "title", title, "--title"));
    }
    rows.push(
        Row::new("officials", Mode::Create)
            .set("slug", slug.as_str())
            .opt("name", args.name)
            .opt("note", args.note),
    );
    for alias in super::distinct(args.alias) {
        rows.push(
            Row::new("official_aliases", Mode::Create)
                .set("official", slug.as_str())
                .flag_of("official", "--slug")
                .set("alias", alias),
        );
    }
    if let Some(title) = args.title {
        rows.push(
            Row::new("official_titles", Mode::Create)
                .set("official", slug.as_str())
                .flag_of("official", "--slug")
                .set("title", title)
                .opt("company", args.company)
                .opt("government", args.government)
                .opt("organization", args.organization)
                .opt("valid_from", args.valid_from)
                .opt("valid_to", args.valid_to),
        );
    }
    super::write(ctx, None, &rows, (&slug, &format!("person `{slug}`")), args.source.as_deref())
}
