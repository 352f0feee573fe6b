//! `pledge apply FILE...`: records the facts of story files (see `docs/apply.md`).
//!
//! Every file is read and turned into the rows `pledge add` would write, in the seed files'
//! form; the loader checks them all in one transaction, which is committed only when nothing is
//! wrong. Every row carries the file and line it came from, so that each problem, found here
//! or by the loader, is named by FILE:LINE. Rows are merged: a record already stored as the file
//! gives it is left alone, so applying a file twice changes nothing; one stored with other values
//! is refused, never overwritten.

mod story;

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};
use toml::Spanned;

use crate::cmd::add::slugify;
use crate::cmd::add::source::article;
use crate::cmd::args::{not_found, parse_date, parse_partial_date};
use crate::ctx::Ctx;
use crate::db;
use crate::db::names::{self, Kind};
use crate::error::Rejected;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::{Metric, PledgeKind, Status, Subject};

use story::{Story, amount_text, date_text, line_at};

/// Record the facts of story files, all or nothing
#[derive(Debug, clap::Args)]
#[command(long_about = "Record the facts of story files, all or nothing.

A story file is the TOML that `pledge draft` writes, once a person has kept what the article \
supports: a [source], the [[company]], [[person]] and [[government]] records it names, and its \
[[pledge]] tables with their [[pledge.target]], [[pledge.date]] and [[pledge.category]] (see \
docs/apply.md for every key). Records are named by `ref` (a slug the database holds) or by \
`name`, matched to names and aliases in any case; an unknown name creates a record, a name \
shared by several records is refused with their slugs.

Every file is checked first, with the same checks as `pledge add` (each quote must be found in \
the article's text), and every problem is reported as FILE:LINE with what to do. Then \
everything is written in one transaction, or nothing is. Applying only adds: a record already \
stored as the file gives it is left as it is (applying a file twice changes nothing the second \
time), and one stored with other values is refused, never overwritten.

EXAMPLES:
    pledge draft article.txt --out story.toml
    pledge apply story.toml --dry-run
    pledge apply story.toml")]
pub struct Args {
    /// Story files (TOML, as `pledge draft` writes them)
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,

    /// Print what would be added, record by record, and write nothing
    #[arg(long)]
    dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let mut plan = Plan::default();
    for path in &args.files {
        let shown = path.display().to_string();
        let text = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(err) => {
                    let good = &err.as_bytes()[..err.utf8_error().valid_up_to()];
                    let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
                    plan.problem(format!(
                        "{shown}:{line}: the file is not UTF-8 text; save it as UTF-8"
                    ));
                    continue;
                }
            },
            Err(err) => {
                plan.problem(format!("{shown}: cannot be read ({err}); check the path"));
                continue;
            }
        };
        match story::parse(&text) {
            Ok(parsed) => {
                let first = plan.problems.len();
                let file = File { shown, path: path.clone(), text: &text };
                plan.story(ctx.conn()?, &file, parsed)?;
                // A file's problems in the order of its lines.
                plan.problems[first..].sort_by_key(|p| line_of_problem(&file.shown, p));
            }
            Err((message, at)) => {
                let line = line_at(&text, at);
                plan.problem(format!("{shown}:{line}: {message} (see docs/apply.md)"));
            }
        }
    }
    if !plan.problems.is_empty() {
        let n = plan.problems.len();
        return Err(Rejected::new(plan.problems, n, None, ctx.db_path()).into());
    }
    let articles = plan.articles.as_ref().map(|(folder, _)| folder.clone());
    // Applying only adds: a record the files give with other values than it has is refused
    // rather than overwritten, since a story file holds only some of a record's fields.
    let mut tallies = ctx.rehearse(articles.as_deref(), &plan.rows)?;
    let changed: Vec<String> = (plan.rows.iter().zip(&tallies))
        .filter(|(_, tally)| tally.changed > 0)
        .map(|(row, _)| {
            format!(
                "{}: {} `{}` is already recorded with other values; apply adds records and \
                 facts but never changes them: make the file say what is recorded (see `pledge \
                 show` and `pledge export`), give a new record its own title, or change the \
                 record with `pledge update` or `pledge import`",
                row.place().unwrap_or("?"),
                row.table(),
                row.subject().unwrap_or("")
            )
        })
        .collect();
    if !changed.is_empty() {
        let n = changed.len();
        return Err(Rejected::new(changed, n, None, ctx.db_path()).into());
    }
    if !args.dry_run {
        tallies = ctx.write(articles.as_deref(), &plan.rows)?;
    }
    report(ctx, &args, &plan.rows, &tallies)
}

/// Prints what the rows added (or would add), one line per record, and a summary on stderr.
fn report(ctx: &mut Ctx, args: &Args, rows: &[Row], tallies: &[crate::load::Tally]) -> Result<()> {
    // (table, record, added), in the order first written
    let mut records: Vec<(&str, &str, u64)> = Vec::new();
    for (row, tally) in rows.iter().zip(tallies) {
        if tally.added == 0 {
            continue;
        }
        let subject = row.subject().unwrap_or("");
        match records.iter_mut().find(|r| r.0 == row.table() && r.1 == subject) {
            Some(r) => r.2 += tally.added,
            None => records.push((row.table(), subject, tally.added)),
        }
    }
    let verb = if args.dry_run { "would add" } else { "added" };
    for (table, subject, added) in &records {
        writeln!(ctx.out, "{table} `{subject}`: {verb} {added}")?;
    }
    let files = args.files.iter().map(|f| format!("`{}`", f.display())).collect::<Vec<_>>();
    let files = files.join(", ");
    let added: u64 = tallies.iter().map(|t| t.added).sum();
    let db = ctx.db_path().display().to_string();
    if added == 0 {
        eprintln!("nothing to change: `{db}` already holds everything in {files}");
    } else if args.dry_run {
        eprintln!(
            "dry run: applying {files} would add {added} row{}; `{db}` was not changed",
            plural(added)
        );
    } else {
        eprintln!("applied {files}: {added} row{} added", plural(added));
    }
    Ok(())
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// One story file being read.
struct File<'a> {
    shown: String,
    path: PathBuf,
    text: &'a str,
}

impl File<'_> {
    /// `FILE:LINE` of a value.
    fn at<T>(&self, value: &Spanned<T>) -> String {
        format!("{}:{}", self.shown, line_at(self.text, value.span().start))
    }
}

/// The line a problem of the file `shown` names (`FILE:LINE: ...`).
fn line_of_problem(shown: &str, problem: &str) -> usize {
    let rest = problem.strip_prefix(shown).and_then(|r| r.strip_prefix(':')).unwrap_or("");
    rest.split(':').next().and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// The kinds of party a story names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Party {
    Company,
    Official,
    Government,
}

impl Party {
    fn as_str(self) -> &'static str {
        match self {
            Party::Company => "company",
            Party::Official => "person",
            Party::Government => "government",
        }
    }
}

/// Everything read so far: the rows to write, the problems found, and the records the files
/// name, so that a name used twice means one record.
#[derive(Default)]
struct Plan {
    rows: Vec<Row>,
    problems: Vec<String>,
    /// The folder the articles are read from, and the place of the first file naming it.
    articles: Option<(PathBuf, String)>,
    /// New records by kind and lowercase name: their slug.
    created: HashMap<(&'static str, String), String>,
    /// Slugs given to new records, by kind.
    new_slugs: Vec<(&'static str, String)>,
    /// Pledges by slug: where each was first given.
    pledges: HashMap<String, String>,
}

/// The parties one file lists, by lowercase name, ref and slug: (kind, slug or code).
type Listed = Vec<(String, Party, String)>;

impl Plan {
    fn problem(&mut self, line: String) {
        self.problems.push(line);
    }

    /// Reads one parsed story file into rows.
    fn story(&mut self, conn: &Connection, file: &File, story: Story) -> Result<()> {
        for status in &story.status {
            self.problem(format!(
                "{}: [[status]] tables are not applied: record a change of status with `pledge \
                 update`, then delete the table",
                file.at(status)
            ));
        }
        for mention in &story.mention {
            self.problem(format!(
                "{}: a [[mention]] is not applied: move its date, amount or category into the \
                 [[pledge]] it belongs to, or delete it",
                file.at(mention)
            ));
        }
        let source = self.source(conn, file, story.source)?;
        let mut listed: Listed = Vec::new();
        for (kind, parties) in [(Party::Company, &story.company), (Party::Official, &story.person)]
        {
            for party in parties {
                let (reference, name) = (&party.get_ref().reference, &party.get_ref().name);
                self.party(conn, file, &mut listed, kind, party, reference, name, None)?;
            }
        }
        for government in &story.government {
            let g = government.get_ref();
            self.party(
                conn,
                file,
                &mut listed,
                Party::Government,
                government,
                &g.reference,
                &g.name,
                g.code.as_ref(),
            )?;
        }
        for pledge in story.pledge {
            self.pledge(conn, file, &listed, source.as_deref(), pledge)?;
        }
        Ok(())
    }

    /// The `[source]` row; its slug, when it has one.
    fn source(
        &mut self,
        conn: &Connection,
        file: &File,
        source: Option<Spanned<story::Source>>,
    ) -> Result<Option<String>> {
        let Some(source) = source else {
            self.problem(format!(
                "{}:1: no [source]: add one with the article's `title` and its `file` or `url`",
                file.shown
            ));
            return Ok(None);
        };
        let at = file.at(&source);
        let source = source.into_inner();
        let Some(title) = source.title else {
            self.problem(format!("{at}: [source] has no title: add title = \"...\""));
            return Ok(None);
        };
        let title_at = file.at(&title);
        let title = title.into_inner();
        let slug = match source.slug {
            Some(slug) => slug.into_inner(),
            None => match names::find(conn, Kind::Source, &title)?.as_slice() {
                [one] => one.slug.clone(),
                _ => slugify(&title),
            },
        };
        let mut row = Row::new("sources", Mode::Merge)
            .set("slug", slug.as_str())
            .set("kind", "article")
            .set("title", title)
            .flag_of("title", &title_at)
            .opt("publisher", source.publisher)
            .opt("url", source.url)
            .flag_rest(&at);
        if let Some(date) = source.published_on {
            let date_at = file.at(&date);
            match date_text(date.get_ref()).map(|d| parse_date(&d)) {
                Some(Ok(date)) => row = row.set("published_on", date.to_string()),
                _ => self.problem(format!(
                    "{date_at}: published_on is not a day: write it as 2017-03-06 (YYYY-MM-DD)"
                )),
            }
            row = row.flag_of("published_on", date_at);
        }
        if let Some(name) = source.file {
            let name_at = file.at(&name);
            let dir = file.path.parent().unwrap_or(Path::new(""));
            let (folder, name, sha256) = article(&dir.join(name.get_ref()))?;
            match &self.articles {
                Some((known, first)) if *known != folder => {
                    let problem = format!(
                        "{name_at}: the article is in `{}`, but {first} has its article in `{}`: \
                         apply the two files one after the other, or keep their articles in one \
                         folder",
                        folder.display(),
                        known.display()
                    );
                    self.problem(problem);
                }
                Some(_) => {}
                None => self.articles = Some((folder, name_at.clone())),
            }
            row = row.set("file", name).set("sha256", sha256).flag_of("file", &name_at);
            row = row.flag_of("sha256", name_at);
        }
        self.rows.push(row);
        Ok(Some(slug))
    }

    /// A `[[company]]`, `[[person]]` or `[[government]]`: the record it names, or a new one.
    #[allow(clippy::too_many_arguments)]
    fn party<T>(
        &mut self,
        conn: &Connection,
        file: &File,
        listed: &mut Listed,
        kind: Party,
        table: &Spanned<T>,
        reference: &Option<Spanned<String>>,
        name: &Option<Spanned<String>>,
        code: Option<&Spanned<String>>,
    ) -> Result<()> {
        let header = kind.as_str();
        let (text, at) = match (reference, name) {
            (Some(r), _) => (r.get_ref().trim().to_owned(), file.at(r)),
            (None, Some(n)) => (n.get_ref().trim().to_owned(), file.at(n)),
            (None, None) => {
                self.problem(format!(
                    "{}: [[{header}]] has neither ref nor name: give the slug of a record with \
                     ref = \"...\", or name = \"...\" for a new one",
                    file.at(table)
                ));
                return Ok(());
            }
        };
        let key = text.to_lowercase();
        if let Some((_, _, slug)) = listed.iter().find(|(k, p, _)| *k == key && *p == kind) {
            self.problem(format!(
                "{at}: {header} `{text}` is listed twice (as `{slug}`): delete one of the two"
            ));
            return Ok(());
        }
        let found = match kind {
            Party::Government => find_government(conn, &text)?,
            Party::Company => names::find(conn, Kind::Company, &text)?,
            Party::Official => names::find(conn, Kind::Official, &text)?,
        };
        let slug = match found.as_slice() {
            [one] => one.slug.clone(),
            [] if reference.is_some() => {
                let message = match kind {
                    Party::Company => not_found(conn, Kind::Company, &text).to_string(),
                    Party::Official => not_found(conn, Kind::Official, &text).to_string(),
                    Party::Government => format!(
                        "no government `{text}` (see `pledge governments`); to add one, write \
                         name = \"...\" with its ISO 3166 code, code = \"US-TX\""
                    ),
                };
                let message = match kind {
                    Party::Government => message,
                    _ => format!("{message}; or write name = \"...\" for a new record"),
                };
                self.problem(format!("{at}: {message}"));
                return Ok(());
            }
            [] => match self.new_record(conn, file, kind, &text, &at, code)? {
                Some(slug) => slug,
                None => return Ok(()),
            },
            several => {
                self.problem(format!("{at}: {}", ambiguous(header, &text, several)));
                return Ok(());
            }
        };
        listed.push((key, kind, slug.clone()));
        listed.push((slug.to_lowercase(), kind, slug));
        Ok(())
    }

    /// The rows of a new company, person or government named `name`; its slug (its code for
    /// a government), or `None` after a problem.
    fn new_record(
        &mut self,
        conn: &Connection,
        file: &File,
        kind: Party,
        name: &str,
        at: &str,
        code: Option<&Spanned<String>>,
    ) -> Result<Option<String>> {
        let key = (kind.as_str(), name.to_lowercase());
        if let Some(slug) = self.created.get(&key) {
            return Ok(Some(slug.clone()));
        }
        let row = match kind {
            Party::Government => {
                let Some(code) = code else {
                    self.problem(format!(
                        "{at}: government `{name}` is not recorded: add its ISO 3166 code below \
                         the name, such as code = \"US\" or code = \"US-TX\" for Texas (see \
                         `pledge governments`)"
                    ));
                    return Ok(None);
                };
                let code_at = file.at(code);
                let code = code.get_ref().trim().to_owned();
                if let Err(err) = crate::model::check_government(&code) {
                    self.problem(format!("{code_at}: {err}"));
                    return Ok(None);
                }
                Row::new("governments", Mode::Merge)
                    .set("code", code)
                    .set("name", name)
                    .flag_of("code", code_at)
            }
            Party::Company | Party::Official => {
                let base = slugify(name);
                let base = if base.is_empty() { kind.as_str().to_owned() } else { base };
                let mut slug = base.clone();
                let mut n = 1;
                while self.taken(conn, kind, &slug)? {
                    n += 1;
                    slug = format!("{base}-{n}");
                }
                self.new_slugs.push((kind.as_str(), slug.clone()));
                let table = if kind == Party::Company { "companies" } else { "officials" };
                Row::new(table, Mode::Merge).set("slug", slug).set("name", name)
            }
        };
        let row = row.flag_rest(at);
        let slug = row.subject().unwrap_or_default().to_owned();
        self.rows.push(row);
        self.created.insert(key, slug.clone());
        Ok(Some(slug))
    }

    /// Whether `slug` names a record of `kind` already, stored or new in these files.
    fn taken(&self, conn: &Connection, kind: Party, slug: &str) -> Result<bool> {
        if self.new_slugs.iter().any(|(k, s)| *k == kind.as_str() && s == slug) {
            return Ok(true);
        }
        Ok(match kind {
            Party::Company => db::companies::id(conn, slug)?.is_some(),
            Party::Official => db::officials::id(conn, slug)?.is_some(),
            Party::Government => db::governments::id(conn, slug)?.is_some(),
        })
    }

    /// The rows of one `[[pledge]]`.
    fn pledge(
        &mut self,
        conn: &Connection,
        file: &File,
        listed: &Listed,
        source: Option<&str>,
        pledge: Spanned<story::Pledge>,
    ) -> Result<()> {
        let at = file.at(&pledge);
        let pledge = pledge.into_inner();
        let before = self.problems.len();
        let Some(title) = pledge.title else {
            self.problem(format!(
                "{at}: [[pledge]] has no title: add title = \"...\", what was pledged in a few \
                 words"
            ));
            return Ok(());
        };
        let Some(quote) = pledge.quote else {
            self.problem(format!(
                "{at}: [[pledge]] has no quote: add quote = \"...\", the article's words for it"
            ));
            return Ok(());
        };
        // Without a source the file is refused already; its pledges are still checked.
        let source = source.unwrap_or_default();
        let title_at = file.at(&title);
        let title = title.into_inner();
        let slug = match pledge.slug {
            Some(slug) => slug.into_inner(),
            None => match names::find(conn, Kind::Pledge, &title)?.as_slice() {
                [one] => one.slug.clone(),
                _ => slugify(&title),
            },
        };
        if let Some(first) = self.pledges.get(&slug) {
            let problem = format!(
                "{title_at}: pledge `{slug}` is given twice (first at {first}): delete one, or \
                 give each its own title"
            );
            self.problem(problem);
            return Ok(());
        }
        self.pledges.insert(slug.clone(), title_at.clone());
        let quote_at = file.at(&quote);
        let quote = quote.into_inner();
        let mut claims: Vec<Row> = Vec::new();
        let mut rows: Vec<Row> = Vec::new();
        let claim = |field: &str, value: &str, quote: &str, place: &str| {
            Row::new("evidence", Mode::Merge)
                .set("subject", Subject::Pledge.as_str())
                .set("key", slug.as_str())
                .set("field", field)
                .set("value", value)
                .set("source", source)
                .set("quote", quote)
                .flag_rest(place)
        };
        let link = |table: &str, place: &str| {
            Row::new(table, Mode::Merge).set("pledge", slug.as_str()).flag_rest(place)
        };
        // The parties: `company` and `made_by` name pledgers (or the person who spoke),
        // `made_to` the recipient.
        let mut parties: Vec<(&str, &str, String, String)> = Vec::new();
        let mut unresolved = false;
        for (key, value) in [
            ("company", &pledge.company),
            ("made_by", &pledge.made_by),
            ("made_to", &pledge.made_to),
        ] {
            let Some(value) = value else { continue };
            let place = file.at(value);
            let Some((kind, slug)) = self.refer(conn, listed, value.get_ref(), &place, key)? else {
                unresolved = true;
                continue;
            };
            let (role, column) = match (key, kind) {
                ("made_to", Party::Company) => {
                    self.problem(format!(
                        "{place}: made_to `{}` is a company: a pledge is made to a person or a \
                         government",
                        value.get_ref()
                    ));
                    continue;
                }
                ("made_to", Party::Official) => ("made_to", "official"),
                ("made_to", Party::Government) => ("made_to", "government"),
                ("company", Party::Company) | (_, Party::Company) => ("pledger", "company"),
                (_, Party::Government) => ("pledger", "government"),
                (_, Party::Official) => ("made_by", "official"),
            };
            if parties.iter().any(|p| p.0 == role && p.1 == column && p.2 == slug) {
                continue;
            }
            parties.push((role, column, slug, place));
        }
        if !unresolved && !parties.iter().any(|p| p.0 == "pledger") {
            self.problem(format!(
                "{at}: [[pledge]] names no company or government that pledged: add made_by = \
                 \"...\" (a [[company]] of this file, or a slug)"
            ));
        }
        for (role, column, value, place) in &parties {
            let field = if *role == "pledger" { column } else { role };
            claims.push(claim(field, value, &quote, place).flag_of("quote", &quote_at));
            rows.push(link("pledge_parties", place).set("role", *role).set(column, value.as_str()));
        }
        // When it was made: `made_on`, else its one [[pledge.date]].
        let mut made_on = None;
        let dated = match (&pledge.made_on, pledge.date.as_slice()) {
            (Some(date), []) => Some((date, None)),
            (Some(_), [first, ..]) => {
                self.problem(format!(
                    "{}: the pledge has made_on and a [[pledge.date]]: give its date once, \
                     keeping the table when it holds the words that say it",
                    file.at(first)
                ));
                None
            }
            (None, [one]) => match &one.get_ref().date {
                Some(date) => Some((date, one.get_ref().quote.as_ref())),
                None => {
                    let place = file.at(one);
                    self.problem(format!("{place}: [[pledge.date]] has no date: add date = ..."));
                    None
                }
            },
            (None, []) => None,
            (None, [_, second, ..]) => {
                self.problem(format!(
                    "{}: the pledge has several [[pledge.date]]: keep the one that says when it \
                     was made, or give made_on",
                    file.at(second)
                ));
                None
            }
        };
        if let Some((date, date_quote)) = dated {
            let place = file.at(date);
            match date_text(date.get_ref()).map(|d| parse_partial_date(&d)) {
                Some(Ok(date)) => {
                    let (words, words_at) = match date_quote {
                        Some(q) => (q.get_ref().clone(), file.at(q)),
                        None => (quote.clone(), quote_at.clone()),
                    };
                    made_on = Some((date, words, words_at));
                }
                _ => self.problem(format!(
                    "{place}: `{}` is not a date: write a day 2017-03-06, a month \"2017-03\" or \
                     a year \"2017\"",
                    date.get_ref().to_string().trim_matches('"')
                )),
            }
        }
        let formality = match &pledge.formality {
            Some(f) => (f.get_ref().clone(), file.at(f)),
            None => ("verbal".to_owned(), at.clone()),
        };
        claims.push(
            claim("formality", &formality.0, &quote, &formality.1).flag_of("quote", &quote_at),
        );
        if let Some((date, words, words_at)) = &made_on {
            claims.push(
                claim("made_on", &date.to_string(), words, words_at)
                    .flag_of("quote", words_at.as_str()),
            );
        }
        // Targets, each on its own quote.
        let mut metrics = Vec::new();
        let mut fields: Vec<String> = Vec::new();
        for target in &pledge.target {
            let place = file.at(target);
            let Some((row, field, value, words)) = self.target(file, &place, target.get_ref())
            else {
                continue;
            };
            if fields.contains(&field) {
                self.problem(format!(
                    "{place}: a second `{field}` target: a pledge has one target per metric and \
                     label (tell them apart with label = \"...\"), or delete one"
                ));
                continue;
            }
            if let Ok(metric) = field.split('_').next().unwrap_or("").parse::<Metric>() {
                metrics.push(metric);
            }
            let (words, words_at) = match words {
                Some((w, a)) => (w, a),
                None => (quote.clone(), quote_at.clone()),
            };
            claims.push(claim(&field, &value, &words, &place).flag_of("quote", words_at));
            rows.push(row.set("pledge", slug.as_str()));
            fields.push(field);
        }
        for category in &pledge.category {
            let c = category.get_ref();
            let place = file.at(category);
            let Some(text) = c.reference.as_ref().or(c.name.as_ref()) else {
                self.problem(format!(
                    "{place}: [[pledge.category]] has neither ref nor name: give a category's \
                     slug with ref = \"...\" (see `pledge categories`)"
                ));
                continue;
            };
            let text_at = file.at(text);
            let found = names::find(conn, Kind::Category, text.get_ref())?;
            let category_slug = match found.as_slice() {
                [one] => one.slug.clone(),
                [] => {
                    let err = not_found(conn, Kind::Category, text.get_ref());
                    self.problem(format!(
                        "{text_at}: {err}; add it first with `pledge add category`"
                    ));
                    continue;
                }
                several => {
                    self.problem(format!(
                        "{text_at}: {}",
                        ambiguous("category", text.get_ref(), several)
                    ));
                    continue;
                }
            };
            let (words, words_at) = match &c.quote {
                Some(q) => (q.get_ref().clone(), file.at(q)),
                None => (quote.clone(), quote_at.clone()),
            };
            claims.push(
                claim("category", &category_slug, &words, &text_at).flag_of("quote", words_at),
            );
            rows.push(link("pledge_categories", &text_at).set("category", category_slug));
        }
        let kind = match &pledge.kind {
            Some(kind) => (kind.get_ref().clone(), file.at(kind)),
            None => (PledgeKind::from_metrics(&metrics).as_str().to_owned(), at.clone()),
        };
        let mut row = Row::new("pledges", Mode::Merge)
            .set("slug", slug.as_str())
            .set("title", title)
            .flag_of("title", &title_at)
            .opt("description", pledge.description)
            .set("kind", kind.0)
            .flag_of("kind", kind.1)
            .set("formality", formality.0)
            .flag_of("formality", formality.1)
            .flag_rest(&at);
        if let Some((date, words, words_at)) = &made_on {
            row = row.set("made_on", date.to_string());
            rows.push(
                link("status_history", words_at)
                    .set("as_of", date.to_string())
                    .set("status", Status::Announced.as_str())
                    .set("source", source)
                    .set("quote", words.as_str()),
            );
        }
        rows.insert(0, row);
        if self.problems.len() == before {
            self.rows.extend(claims);
            self.rows.extend(rows);
        }
        Ok(())
    }

    /// A `[[pledge.target]]` as a pledge_targets row (without its pledge), its claim's field
    /// and value, and its own quote with its place; `None` after a problem.
    #[allow(clippy::type_complexity)]
    fn target(
        &mut self,
        file: &File,
        place: &str,
        target: &story::Target,
    ) -> Option<(Row, String, String, Option<(String, String)>)> {
        let Some(amount) = &target.amount else {
            self.problem(format!("{place}: the target has no amount: add amount = 45000"));
            return None;
        };
        let amount_at = file.at(amount);
        let Some(low) = amount_text(amount.get_ref()) else {
            self.problem(format!(
                "{amount_at}: `{}` is not an amount: write the whole number, no separators \
                 (amount = 20000000000 for $20 billion)",
                amount.get_ref()
            ));
            return None;
        };
        let high = match &target.amount_high {
            Some(high) => match amount_text(high.get_ref()) {
                Some(high) => Some(high),
                None => {
                    self.problem(format!(
                        "{}: `{}` is not an amount: write the whole number, no separators",
                        file.at(high),
                        high.get_ref()
                    ));
                    return None;
                }
            },
            None => None,
        };
        let unit = target.unit.as_ref().map(|u| counted(u.get_ref()));
        let metric = match (&target.metric, &unit, &target.currency) {
            (Some(metric), _, _) => metric.get_ref().trim().to_owned(),
            (None, Some(unit), _) if unit.parse::<Metric>().is_ok() => unit.clone(),
            (None, None, Some(_)) => "investment".to_owned(),
            (None, _, _) => {
                self.problem(format!(
                    "{place}: say what the amount counts: unit = \"jobs\" (or businesses, units, \
                     people_trained), or currency = \"USD\" for money, with metric = \
                     \"investment\", \"purchases\", \"exports\" or \"revenue\""
                ));
                return None;
            }
        };
        let qualifier = target.qualifier.as_ref().map(|q| qualifier(q.get_ref()));
        let qualifier = qualifier.unwrap_or_default();
        let label = target.label.clone().unwrap_or_default();
        let field = if label.is_empty() { metric.clone() } else { format!("{metric}_{label}") };
        let mut row = Row::new("pledge_targets", Mode::Merge)
            .set("metric", metric)
            .set("label", label)
            .set("unit", target.currency.clone().unwrap_or_default())
            .set("qualifier", qualifier)
            .flag_rest(place)
            .flag_of("amount", &amount_at);
        if let Some(q) = &target.qualifier {
            row = row.flag_of("qualifier", file.at(q));
        }
        let value = match &high {
            Some(high) => {
                row = row.set("minimum", low.as_str()).set("maximum", high.as_str());
                format!("{low}-{high}")
            }
            None => {
                row = row.set("amount", low.as_str());
                low
            }
        };
        let words = target.quote.as_ref().map(|q| (q.get_ref().clone(), file.at(q)));
        Some((row, field, value, words))
    }

    /// The party `text` (typed at `place`, for `key`) names: one listed in the file, else one
    /// the database holds; `None` after a problem.
    fn refer(
        &mut self,
        conn: &Connection,
        listed: &Listed,
        text: &str,
        place: &str,
        key: &str,
    ) -> Result<Option<(Party, String)>> {
        let wanted = text.trim().to_lowercase();
        let in_file: Vec<_> = listed.iter().filter(|(k, _, _)| *k == wanted).collect();
        if let [(_, kind, slug), ..] = in_file.as_slice()
            && in_file.iter().all(|(_, k, s)| k == kind && s == slug)
        {
            return Ok(Some((*kind, slug.clone())));
        }
        let mut found: Vec<(Party, names::Named)> = Vec::new();
        for (party, kind) in [(Party::Company, Kind::Company), (Party::Official, Kind::Official)] {
            found.extend(names::find(conn, kind, text)?.into_iter().map(|n| (party, n)));
        }
        found.extend(find_government(conn, text)?.into_iter().map(|n| (Party::Government, n)));
        match found.as_slice() {
            [(party, named)] => Ok(Some((*party, named.slug.clone()))),
            [] => {
                let hint = match names::closest(conn, Kind::Company, text)?.as_slice() {
                    [] => String::new(),
                    near => format!(" (the closest companies: {})", near.join(", ")),
                };
                self.problem(format!(
                    "{place}: {key} `{text}` names no company, person or government of this file \
                     or the database{hint}: list it as a [[company]], [[person]] or \
                     [[government]], or give a slug"
                ));
                Ok(None)
            }
            several => {
                let listed: Vec<String> =
                    several.iter().map(|(p, n)| format!("{} `{}`", p.as_str(), n.slug)).collect();
                self.problem(format!(
                    "{place}: {key} `{text}` names {} records: {}; give the slug of the one you \
                     mean",
                    several.len(),
                    listed.join(", ")
                ));
                Ok(None)
            }
        }
    }
}

/// The metric a count's unit, as an article words it, stands for: people employed are jobs.
fn counted(unit: &str) -> String {
    let unit = unit.trim().to_lowercase();
    match unit.as_str() {
        "job" | "positions" | "position" | "employees" | "workers" | "staff" | "people" => {
            "jobs".to_owned()
        }
        _ => unit,
    }
}

/// A qualifier as an article words it (`more than`, `as many as`), as the model's word
/// (`more_than`, `up_to`); a wording with no equivalent is kept, for the loader to refuse.
fn qualifier(words: &str) -> String {
    let words = words.trim().to_lowercase().replace('_', " ");
    let model = match words.as_str() {
        "more than" | "over" | "upwards of" => "more_than",
        "at least" | "a minimum of" => "at_least",
        "up to" | "as many as" | "as much as" | "a maximum of" => "up_to",
        "about" | "nearly" | "almost" | "around" | "some" | "approximately" | "roughly"
        | "an estimated" | "close to" => "about",
        _ => return words.replace(' ', "_"),
    };
    model.to_owned()
}

/// The governments `text` names: its ISO 3166 code, or its name in any case.
fn find_government(conn: &Connection, text: &str) -> Result<Vec<names::Named>> {
    let text = text.trim();
    let mut stmt = conn.prepare_cached("SELECT code, name FROM governments WHERE code = ?1")?;
    let named = |r: &rusqlite::Row| Ok(names::Named { slug: r.get(0)?, name: r.get(1)? });
    if let Some(exact) = stmt.query_row([text], named).optional()? {
        return Ok(vec![exact]);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT code, name FROM governments WHERE lower(name) = lower(?1) ORDER BY code",
    )?;
    let found = stmt.query_map([text], named)?.collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// The problem of a name that several records share, each with its slug.
fn ambiguous(kind: &str, text: &str, found: &[names::Named]) -> String {
    let listed: Vec<String> = found
        .iter()
        .map(|n| match &n.name {
            Some(name) => format!("`{}` ({name})", n.slug),
            None => format!("`{}`", n.slug),
        })
        .collect();
    format!(
        "`{text}` names {} records of kind {kind}: {}; write ref = \"...\" with the slug of the \
         one you mean",
        found.len(),
        listed.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_as_articles_word_them_map_to_the_model() {
        assert_eq!(qualifier("more than"), "more_than");
        assert_eq!(qualifier("As many as"), "up_to");
        assert_eq!(qualifier("close to"), "about");
        assert_eq!(qualifier("at_least"), "at_least");
        assert_eq!(qualifier("fewer than"), "fewer_than");
    }

    #[test]
    fn people_employed_are_counted_as_jobs() {
        assert_eq!(counted("positions"), "jobs");
        assert_eq!(counted("Employees"), "jobs");
        assert_eq!(counted("businesses"), "businesses");
    }
}
