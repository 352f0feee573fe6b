//! One row handler per table: its columns, how a row is checked, and what it writes.
//!
//! Tables load parents first (`TABLES` order). Evidence loads before the records it supports,
//! so each pledge, target, event, participant, title and category link is checked for a claim
//! backing it as it is read; claims about records that never appear are reported once
//! everything is in (`Session::finish`).

use anyhow::Result;

use super::{Fields, FileState, Mode, Problems, Record, Session, missing};
use crate::catalog::{self, Column};
use crate::db;
use crate::model::{
    MAX_TEXT_BYTES, NewCategory, NewCompany, NewEvent, NewEvidence, NewOfficial, NewParticipant,
    NewPledge, NewSource, NewStatusEntry, NewTarget, NewTitle, Reason, Status, Subject,
};

/// A table as seed files and imports see it.
#[derive(Clone, Copy)]
pub struct Table {
    /// The table's name, also its seed file's stem.
    pub name: &'static str,
    /// How many of its leading columns identify a row: what a merge matches existing rows on
    /// (all of them for the status history, which only grows).
    pub key: usize,
    /// The columns of its CSV form, in seed-file order.
    pub columns: &'static [Column],
    /// The kind of record its rows define and others refer to by slug, if any.
    pub defines: Option<&'static str>,
    pub(super) row: fn(&mut Session, &mut FileState, &Record, &mut Problems) -> Result<()>,
    pub(super) finish: fn(&mut Session, &mut FileState, &mut Problems) -> Result<()>,
}

impl Table {
    /// The seed file name (`pledges.csv`).
    pub fn file(&self) -> String {
        format!("{}.csv", self.name)
    }
}

/// Every table, parents first: the order seeds load in.
pub const TABLES: &[Table] = &{
    let mut out = [handler(catalog::Table::Sources); catalog::Table::ALL.len()];
    let mut at = 0;
    while at < out.len() {
        out[at] = handler(catalog::Table::ALL[at]);
        at += 1;
    }
    out
};

/// How rows of `t` are checked and written.
const fn handler(t: catalog::Table) -> Table {
    match t {
        catalog::Table::Sources => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("source"),
            row: sources,
            finish: nothing,
        },
        catalog::Table::Companies => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("company"),
            row: companies,
            finish: |s, file, problems| link_parents(Tree::Companies, s, file, problems),
        },
        catalog::Table::CompanyAliases => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: |s, file, rec, problems| aliases(AliasOf::Company, s, file, rec, problems),
            finish: nothing,
        },
        catalog::Table::Officials => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("official"),
            row: officials,
            finish: nothing,
        },
        catalog::Table::OfficialAliases => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: |s, file, rec, problems| aliases(AliasOf::Official, s, file, rec, problems),
            finish: nothing,
        },
        catalog::Table::Categories => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("category"),
            row: categories,
            finish: |s, file, problems| link_parents(Tree::Categories, s, file, problems),
        },
        catalog::Table::CategoryAliases => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: |s, file, rec, problems| aliases(AliasOf::Category, s, file, rec, problems),
            finish: nothing,
        },
        catalog::Table::CategoryHsCodes => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: hs_codes,
            finish: nothing,
        },
        catalog::Table::Evidence => Table {
            name: t.name(),
            key: 6,
            columns: t.columns(),
            defines: None,
            row: evidence,
            finish: nothing,
        },
        catalog::Table::OfficialTitles => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: official_titles,
            finish: nothing,
        },
        catalog::Table::Events => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("event"),
            row: events,
            finish: nothing,
        },
        catalog::Table::EventParticipants => Table {
            name: t.name(),
            key: 3,
            columns: t.columns(),
            defines: None,
            row: participants,
            finish: nothing,
        },
        catalog::Table::Pledges => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("pledge"),
            row: pledges,
            finish: nothing,
        },
        catalog::Table::PledgeMarkets => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: pledge_markets,
            finish: nothing,
        },
        catalog::Table::PledgeTargets => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: pledge_targets,
            finish: nothing,
        },
        catalog::Table::PledgeCategories => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: pledge_categories,
            finish: nothing,
        },
        catalog::Table::PledgeEvents => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: pledge_events,
            finish: nothing,
        },
        catalog::Table::StatusHistory => Table {
            name: t.name(),
            key: 7,
            columns: t.columns(),
            defines: None,
            row: status_history,
            finish: nothing,
        },
    }
}

fn nothing(_: &mut Session, _: &mut FileState, _: &mut Problems) -> Result<()> {
    Ok(())
}

fn sources(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let slug = f.key("slug", "source");
    let kind = f.required_parse("kind");
    let title = f.required("title");
    let url = f.text("url");
    let name = f.text("file");
    let sha256 = f.text("sha256");
    let body = name.as_deref().and_then(|name| article(&mut f, s, name, sha256.as_deref()));
    if name.is_none() && sha256.is_some() {
        f.problem(
            "sha256",
            "is set but `file` is empty; a hash needs the article file it belongs to",
        );
    }
    if name.is_none() && url.is_none() {
        f.row_problem("a source needs its text (`file`) or at least a `url`");
    }
    let (Some(slug), Some(kind), Some(title)) = (slug, kind, title) else { return Ok(()) };
    let name = match (name, &body) {
        (Some(name), Some(body)) => {
            Some(article_name(s, &mut f, name, &slug, body, sha256.as_deref())?)
        }
        (name, _) => name,
    };
    let source = NewSource {
        slug,
        kind,
        title,
        publisher: f.text("publisher"),
        url,
        published_on: f.date("published_on"),
        retrieved_on: f.date("retrieved_on"),
        file: name,
        body,
        note: f.text("note"),
    };
    let id = s.upsert(
        file,
        &mut f,
        "slug",
        |c| db::sources::id(c, &source.slug),
        |c| db::sources::insert(c, &source),
        |c, id| db::sources::update(c, id, &source),
    )?;
    if let Some(id) = id {
        s.forget_text(id);
    }
    Ok(())
}

/// The file name to store an article under. Two different articles never share one: in a seed
/// folder that is a problem (one file cannot hold two texts); a source imported or added from
/// another folder gets the first free name of `stem-2.ext`, `stem-3.ext`... instead, so that
/// `export --dir` writes each article to a file of its own.
fn article_name(
    s: &Session,
    f: &mut Fields,
    name: String,
    slug: &str,
    body: &str,
    declared: Option<&str>,
) -> Result<String> {
    // A seed row stands for the article it declares; an imported one for the text it brings.
    let sha256 = match (s.mode, declared) {
        (Mode::Fresh, Some(declared)) => declared.to_owned(),
        _ => crate::sha256::hex(body.as_bytes()),
    };
    let differs = |candidate: &str| -> Result<Option<String>> {
        Ok(db::sources::file_holder(s.conn, candidate, slug)?
            .filter(|(_, theirs)| *theirs != sha256)
            .map(|(other, _)| other))
    };
    let Some(other) = differs(&name)? else { return Ok(name) };
    if s.mode == Mode::Fresh {
        f.problem(
            "file",
            format!(
                "`{name}` is also the file of source `{other}`, with another text; two articles \
                 cannot share one file name: give one of them its own"
            ),
        );
        return Ok(name);
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_owned(), format!(".{ext}")),
        _ => (name.clone(), String::new()),
    };
    let mut n = 2;
    loop {
        let candidate = format!("{stem}-{n}{ext}");
        if db::sources::file_holder(s.conn, &candidate, slug)?.is_none() {
            return Ok(candidate);
        }
        n += 1;
    }
}

/// Reads and checks an article file: a plain name in the articles folder, UTF-8, with the
/// hash the row gives. A changed hash is reported but the text still loads, so that its quotes
/// are checked against what the file now says.
fn article(f: &mut Fields, s: &Session, name: &str, sha256: Option<&str>) -> Option<String> {
    let Some(articles) = s.articles.as_deref() else {
        f.problem("file", format!("`{name}` names an article, but no articles folder was given"));
        return None;
    };
    if name.contains(['/', '\\']) || name.starts_with('.') {
        f.problem(
            "file",
            format!("`{name}` must be a plain file name inside {}", articles.display()),
        );
        return None;
    }
    let path = articles.join(name);
    if articles.symlink_metadata().is_ok_and(|meta| meta.file_type().is_symlink()) {
        f.problem(
            "file",
            format!(
                "{} is a symbolic link; the articles folder must be a real folder inside the \
                 seed folder",
                articles.display()
            ),
        );
        return None;
    }
    let bytes = match super::input::read(&path, super::input::MAX_ARTICLE_BYTES) {
        Ok(bytes) => bytes,
        Err(why) => {
            f.problem("file", format!("{} {why}", path.display()));
            return None;
        }
    };
    let actual = crate::sha256::hex(&bytes);
    match sha256 {
        None => {
            f.problem("sha256", format!("is empty; the sha256 of {} is {actual}", path.display()))
        }
        // An uppercase hash names the same bytes.
        Some(expected) if !expected.eq_ignore_ascii_case(&actual) => f.problem_but_load(
            "sha256",
            format!(
                "{} has changed: its sha256 is {actual}, the row says {expected}; restore the \
                 article, or if the change is intended, update the hash and re-check its quotes",
                path.display()
            ),
        ),
        Some(_) => {}
    }
    if bytes.len() > MAX_TEXT_BYTES {
        f.problem("file", format!("{} is larger than 4 GiB", path.display()));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(_) => {
            f.problem("file", format!("{} is not valid UTF-8", path.display()));
            None
        }
    }
}

fn companies(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let (slug, name, country) =
        (f.key("slug", "company"), f.required("name"), f.country("country"));
    let parent = f.text("parent");
    // A parent later in the file is linked once the whole file is in.
    let parent_id = match &parent {
        Some(parent) => db::companies::id(s.conn, parent)?,
        None => None,
    };
    let (Some(slug), Some(name)) = (slug, name) else { return Ok(()) };
    let company = NewCompany {
        slug,
        name,
        country,
        sector: f.text("sector"),
        parent_id,
        note: f.text("note"),
    };
    if s.mode == Mode::Merge
        && let Some(sector) = &company.sector
        && let Some(stored) = db::companies::sector(s.conn, &company.slug)?
        && lost_zeros(&stored, sector)
    {
        f.problem(
            "sector",
            format!(
                "`{sector}` is the stored `{stored}` without its leading zeros, as a spreadsheet \
                 saves a code it read as a number; write `{stored}` (format the column as text)"
            ),
        );
    }
    check_loop(Tree::Companies, s, &mut f, &company.slug, parent_id)?;
    let id = s.upsert(
        file,
        &mut f,
        "slug",
        |c| db::companies::id(c, &company.slug),
        |c| db::companies::insert(c, &company),
        |c, id| db::companies::update(c, id, &company),
    )?;
    if let (Some(id), Some(parent), None) = (id, parent, parent_id) {
        file.deferred.push((id, parent, rec.line));
    }
    Ok(())
}

/// The tables of other names: each row names its owner by slug and gives one alias.
#[derive(Clone, Copy)]
enum AliasOf {
    Company,
    Official,
    Category,
}

impl AliasOf {
    /// The owner's column (also its kind) and the seed file that defines owners.
    fn owner(self) -> (&'static str, &'static str) {
        match self {
            AliasOf::Company => ("company", "companies.csv"),
            AliasOf::Official => ("official", "officials.csv"),
            AliasOf::Category => ("category", "categories.csv"),
        }
    }

    fn id(self, conn: &rusqlite::Connection, slug: &str) -> Result<Option<i64>> {
        match self {
            AliasOf::Company => db::companies::id(conn, slug),
            AliasOf::Official => db::officials::id(conn, slug),
            AliasOf::Category => db::categories::id(conn, slug),
        }
    }

    fn alias_id(self, conn: &rusqlite::Connection, id: i64, alias: &str) -> Result<Option<i64>> {
        match self {
            AliasOf::Company => db::companies::alias_id(conn, id, alias),
            AliasOf::Official => db::officials::alias_id(conn, id, alias),
            AliasOf::Category => db::categories::alias_id(conn, id, alias),
        }
    }

    fn insert_alias(
        self,
        conn: &rusqlite::Connection,
        id: i64,
        alias: &str,
    ) -> rusqlite::Result<()> {
        match self {
            AliasOf::Company => db::companies::insert_alias(conn, id, alias),
            AliasOf::Official => db::officials::insert_alias(conn, id, alias),
            AliasOf::Category => db::categories::insert_alias(conn, id, alias),
        }
    }
}

fn aliases(
    of: AliasOf,
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let (owner, list) = of.owner();
    let mut f = Fields::new(rec, problems);
    let id = f.required_reference(owner, owner, list, |slug| of.id(s.conn, slug));
    let alias = f.required("alias");
    let (Some(id), Some(alias)) = (id, alias) else { return Ok(()) };
    s.upsert(
        file,
        &mut f,
        "alias",
        |c| of.alias_id(c, id, &alias),
        |c| of.insert_alias(c, id, &alias).map(|()| c.last_insert_rowid()),
        |_, _| Ok(false),
    )?;
    Ok(())
}

/// The tables whose rows name a parent of their own kind.
#[derive(Clone, Copy)]
enum Tree {
    Companies,
    Categories,
}

impl Tree {
    fn kind(self) -> &'static str {
        match self {
            Tree::Companies => "company",
            Tree::Categories => "category",
        }
    }

    /// The seed file that defines the records.
    fn file(self) -> &'static str {
        match self {
            Tree::Companies => "companies.csv",
            Tree::Categories => "categories.csv",
        }
    }

    fn id(self, conn: &rusqlite::Connection, slug: &str) -> Result<Option<i64>> {
        match self {
            Tree::Companies => db::companies::id(conn, slug),
            Tree::Categories => db::categories::id(conn, slug),
        }
    }

    fn would_cycle(self, conn: &rusqlite::Connection, id: i64, parent_id: i64) -> Result<bool> {
        match self {
            Tree::Companies => db::companies::would_cycle(conn, id, parent_id),
            Tree::Categories => db::categories::would_cycle(conn, id, parent_id),
        }
    }

    fn set_parent(
        self,
        conn: &rusqlite::Connection,
        id: i64,
        parent_id: i64,
    ) -> rusqlite::Result<()> {
        match self {
            Tree::Companies => db::companies::set_parent(conn, id, parent_id),
            Tree::Categories => db::categories::set_parent(conn, id, parent_id),
        }
    }

    fn loop_message(self, parent: &str) -> String {
        match self {
            Tree::Companies => {
                format!(
                    "`{parent}` is this company or one of its subsidiaries; parents cannot loop"
                )
            }
            Tree::Categories => {
                format!("`{parent}` is this category or one beneath it; parents cannot loop")
            }
        }
    }
}

/// Refuses a parent that would make the existing record `slug` its own ancestor.
fn check_loop(
    tree: Tree,
    s: &Session,
    f: &mut Fields,
    slug: &str,
    parent_id: Option<i64>,
) -> Result<()> {
    if let (Some(parent_id), Some(id)) = (parent_id, tree.id(s.conn, slug)?)
        && tree.would_cycle(s.conn, id, parent_id)?
    {
        let parent = f.text("parent").unwrap_or_default();
        f.problem("parent", tree.loop_message(&parent));
    }
    Ok(())
}

/// Links the parents a file named before defining them, once the whole file is in.
fn link_parents(
    tree: Tree,
    s: &mut Session,
    file: &mut FileState,
    problems: &mut Problems,
) -> Result<()> {
    for (id, parent, line) in std::mem::take(&mut file.deferred) {
        let problem = match tree.id(s.conn, &parent)? {
            None if problems.explains_missing(tree.kind(), &parent) => continue,
            None => missing(tree.kind(), &parent, tree.file(), file.typed),
            Some(parent_id) if tree.would_cycle(s.conn, id, parent_id)? => {
                tree.loop_message(&parent)
            }
            Some(parent_id) => {
                tree.set_parent(s.conn, id, parent_id)?;
                continue;
            }
        };
        problems.add(&file.label, (line > 0).then_some(line), Some("parent"), problem);
    }
    Ok(())
}

fn officials(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let Some(slug) = f.key("slug", "official") else { return Ok(()) };
    let official = NewOfficial { slug, name: f.text("name"), note: f.text("note") };
    if official.name.is_none() && official.note.is_none() {
        f.problem("note", "is empty; an unnamed person needs a note saying who they are");
    }
    s.upsert(
        file,
        &mut f,
        "slug",
        |c| db::officials::id(c, &official.slug),
        |c| db::officials::insert(c, &official),
        |c, id| db::officials::update(c, id, &official),
    )?;
    Ok(())
}

fn categories(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let (slug, name, parent) = (f.key("slug", "category"), f.required("name"), f.text("parent"));
    let parent_id = match &parent {
        Some(parent) => db::categories::id(s.conn, parent)?,
        None => None,
    };
    let (Some(slug), Some(name)) = (slug, name) else { return Ok(()) };
    let category = NewCategory { slug, name, parent_id };
    check_loop(Tree::Categories, s, &mut f, &category.slug, parent_id)?;
    let id = s.upsert(
        file,
        &mut f,
        "slug",
        |c| db::categories::id(c, &category.slug),
        |c| db::categories::insert(c, &category),
        |c, id| db::categories::update(c, id, &category),
    )?;
    if let (Some(id), Some(parent), None) = (id, parent, parent_id) {
        file.deferred.push((id, parent, rec.line));
    }
    Ok(())
}

fn hs_codes(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let id = f.required_reference("category", "category", "categories.csv", |slug| {
        db::categories::id(s.conn, slug)
    });
    let from = hs_code(&mut f, "code_from");
    let to = hs_code(&mut f, "code_to");
    let (Some(id), Some(from), Some(to)) = (id, from, to) else { return Ok(()) };
    if from.len() != to.len() || from > to {
        f.problem(
            "code_to",
            format!("`{to}` must have as many digits as `{from}` and not come before it"),
        );
    }
    s.upsert(
        file,
        &mut f,
        "code_from",
        |c| db::categories::hs_code_id(c, id, &from),
        |c| db::categories::insert_hs_code(c, id, &from, &to).map(|()| c.last_insert_rowid()),
        |c, rowid| db::categories::update_hs_code(c, rowid, &to),
    )?;
    Ok(())
}

fn hs_code(f: &mut Fields, column: &'static str) -> Option<String> {
    let code = f.required(column)?;
    if matches!(code.len(), 2 | 4 | 6) && code.bytes().all(|b| b.is_ascii_digit()) {
        return Some(code);
    }
    let digits = code.bytes().all(|b| b.is_ascii_digit());
    if !f.record.typed && matches!(code.len(), 1 | 3 | 5) && digits {
        f.problem(
            column,
            format!(
                "`{code}` has lost its leading zero, as a spreadsheet saves a code it read as a \
                 number; write `0{code}` (format the column as text)"
            ),
        );
        return None;
    }
    f.problem(column, format!("`{code}` is not an HS code (2, 4 or 6 digits, such as 08 or 2204)"));
    None
}

fn evidence(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let subject = f.required_parse::<Subject>("subject");
    let key = match subject {
        Some(subject) => f.key("key", claims_about(subject)),
        None => f.slug("key"),
    };
    let field = f.required("field");
    if let Some(field) = &field
        && !field.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        f.problem(
            "field",
            format!("`{field}` is not a field name (lowercase letters, digits and _)"),
        );
    }
    let source = f.required_reference("source", "source", "sources.csv", |slug| {
        db::sources::id(s.conn, slug)
    });
    let mut quote = f.required("quote");
    let span = match (source, quote.as_mut()) {
        (Some(source), Some(quote)) => s.locate(&mut f, source, "quote", quote)?,
        _ => None,
    };
    let speaker_id =
        f.reference("speaker", "official", "officials.csv", |slug| db::officials::id(s.conn, slug));
    let preferred = match rec.get("preferred") {
        "" | "0" => false,
        "1" => true,
        other => {
            f.problem("preferred", format!("`{other}` is not 0 or 1"));
            false
        }
    };
    let preferred_reason = f.text("preferred_reason");
    if preferred && preferred_reason.is_none() {
        f.problem("preferred_reason", "is empty; a preferred claim must say why it is preferred");
    }
    let (Some(subject), Some(key), Some(field), Some(source_id), Some(quote), Some(span)) =
        (subject, key, field, source, quote, span)
    else {
        return Ok(());
    };
    let claim = NewEvidence {
        subject,
        key,
        field,
        value: f.text("value"),
        source_id,
        quote,
        span,
        speaker_id,
        preferred,
        preferred_reason,
        note: f.text("note"),
    };
    let id = s.upsert(
        file,
        &mut f,
        "quote",
        |c| db::evidence::find(c, &claim),
        |c| db::evidence::insert(c, &claim),
        |c, id| db::evidence::update(c, id, &claim),
    )?;
    if let Some(id) = id {
        if let (Ok(id), Ok(line)) = (u32::try_from(id), u32::try_from(rec.line)) {
            s.evidence_lines.push((id, line));
        }
        if let Some(facts) = &mut s.facts {
            facts.add(claim.subject, &claim.key, &claim.field, claim.value.as_deref());
        }
        s.evidence_file.clone_from(&file.label);
    }
    Ok(())
}

/// The kind under which rejected claims about `subject` records are remembered, so that a fact
/// whose claims were all rejected is not reported a second time as lacking evidence.
fn claims_about(subject: Subject) -> &'static str {
    match subject {
        Subject::Company => "claim about a company",
        Subject::Official => "claim about an official",
        Subject::Category => "claim about a category",
        Subject::Event => "claim about an event",
        Subject::Pledge => "claim about a pledge",
    }
}

/// Reports a row whose fact has no claim backing it: `field` empty means any claim about the
/// record will do.
fn require_evidence(
    f: &mut Fields,
    s: &Session,
    (subject, key, field, value): (Subject, &str, &str, Option<&str>),
) -> Result<()> {
    let found = match (&s.facts, field) {
        (Some(facts), _) => facts.contains(subject, key, field, value),
        (None, "") => db::evidence::any(s.conn, subject, key)?,
        (None, _) => db::evidence::exists(s.conn, subject, key, field, value)?,
    };
    if !found && !f.explained(claims_about(subject), key) {
        let mut what = format!("subject `{subject}`, key `{key}`");
        if !field.is_empty() {
            what += &format!(", field `{field}`");
        }
        if let Some(value) = value {
            what += &format!(", value `{value}`");
        }
        f.row_problem(format!(
            "no evidence: add a row to evidence.csv with {what}, a source and its quote"
        ));
    }
    Ok(())
}

fn official_titles(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let official = f.required_reference("official", "official", "officials.csv", |slug| {
        db::officials::id(s.conn, slug)
    });
    let title = f.required("title");
    let company_id =
        f.reference("company", "company", "companies.csv", |slug| db::companies::id(s.conn, slug));
    let (valid_from, valid_to) = (f.date("valid_from"), f.date("valid_to"));
    if let (Some(from), Some(to)) = (valid_from, valid_to)
        && from > to
    {
        f.problem("valid_to", format!("{to} is before valid_from {from}"));
    }
    let (Some(official_id), Some(title)) = (official, title) else { return Ok(()) };
    require_evidence(&mut f, s, (Subject::Official, rec.get("official"), "title", Some(&title)))?;
    let row = NewTitle {
        official_id,
        title,
        company_id,
        government: f.country("government"),
        organization: f.text("organization"),
        valid_from,
        valid_to,
    };
    s.upsert(
        file,
        &mut f,
        "title",
        |c| db::officials::title_id(c, official_id, &row.title),
        |c| db::officials::insert_title(c, &row),
        |c, id| db::officials::update_title(c, id, &row),
    )?;
    Ok(())
}

fn events(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let slug = f.key("slug", "event");
    let kind = f.required_parse("kind");
    let title = f.required("title");
    let (start_on, end_on) = (f.date("start_on"), f.date("end_on"));
    let date_precision = f.parse("date_precision");
    match (rec.get("start_on").is_empty(), rec.get("date_precision").is_empty()) {
        (false, true) => {
            f.problem(
                "date_precision",
                "is empty; say how much of start_on is known (day, month or year)",
            );
        }
        (true, false) => f.problem("date_precision", "is set but start_on is empty"),
        _ => {}
    }
    if let Some(end) = end_on
        && start_on.is_none_or(|start| end < start)
    {
        f.problem("end_on", "comes before start_on, or start_on is empty");
    }
    let (Some(slug), Some(kind), Some(title)) = (slug, kind, title) else { return Ok(()) };
    require_evidence(&mut f, s, (Subject::Event, &slug, "", None))?;
    let event = NewEvent {
        slug,
        kind,
        title,
        start_on,
        end_on,
        date_precision,
        place: f.text("place"),
        duration_minutes: f.integer("duration_minutes", 1),
        note: f.text("note"),
    };
    s.upsert(
        file,
        &mut f,
        "slug",
        |c| db::events::id(c, &event.slug),
        |c| db::events::insert(c, &event),
        |c, id| db::events::update(c, id, &event),
    )?;
    Ok(())
}

fn participants(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let event_id =
        f.required_reference("event", "event", "events.csv", |slug| db::events::id(s.conn, slug));
    let official_id = f
        .reference("official", "official", "officials.csv", |slug| db::officials::id(s.conn, slug));
    let company_id =
        f.reference("company", "company", "companies.csv", |slug| db::companies::id(s.conn, slug));
    let role = f.required("role");
    let who = match (rec.get("official"), rec.get("company")) {
        (slug, "") | ("", slug) if !slug.is_empty() => Some(slug),
        _ => None,
    };
    if who.is_none() {
        f.row_problem(
            "a participant is an official or a company: fill exactly one of the two columns",
        );
    }
    let (Some(event_id), Some(role), Some(who)) = (event_id, role, who) else { return Ok(()) };
    if f.failed() {
        return Ok(());
    }
    require_evidence(&mut f, s, (Subject::Event, rec.get("event"), "participant", Some(who)))?;
    let participant = NewParticipant { event_id, official_id, company_id, role };
    let key = if official_id.is_some() { "official" } else { "company" };
    s.upsert(
        file,
        &mut f,
        key,
        |c| db::events::participant_id(c, &participant),
        |c| db::events::insert_participant(c, &participant).map(|()| c.last_insert_rowid()),
        |c, rowid| db::events::update_participant(c, rowid, &participant.role),
    )?;
    Ok(())
}

fn pledges(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let slug = f.key("slug", "pledge");
    let title = f.required("title");
    let company = f.required_reference("company", "company", "companies.csv", |slug| {
        db::companies::id(s.conn, slug)
    });
    let made_by_id =
        f.reference("made_by", "official", "officials.csv", |slug| db::officials::id(s.conn, slug));
    let made_to_id =
        f.reference("made_to", "official", "officials.csv", |slug| db::officials::id(s.conn, slug));
    let made_on = f.required_date("made_on");
    let made_at_id =
        f.reference("made_at", "event", "events.csv", |slug| db::events::id(s.conn, slug));
    let formality = f.required_parse("formality");
    let deadline = f.date("deadline");
    if let (Some(deadline), Some(made_on)) = (deadline, made_on)
        && deadline < made_on
    {
        f.problem("deadline", format!("{deadline} is before made_on {made_on}"));
    }
    let (Some(slug), Some(title), Some(company_id), Some(made_on), Some(formality)) =
        (slug, title, company, made_on, formality)
    else {
        return Ok(());
    };
    require_evidence(&mut f, s, (Subject::Pledge, &slug, "", None))?;
    let pledge = NewPledge {
        slug,
        title,
        description: f.text("description"),
        company_id,
        made_by_id,
        made_to_id,
        made_on,
        made_at_id,
        formality,
        deadline,
        focus: f.text("focus"),
        note: f.text("note"),
    };
    s.upsert(
        file,
        &mut f,
        "slug",
        |c| db::pledges::id_and_made_on(c, &pledge.slug).map(|found| found.map(|(id, _)| id)),
        |c| db::pledges::insert(c, &pledge),
        |c, id| db::pledges::update(c, id, &pledge),
    )?;
    Ok(())
}

/// The pledge a row of a pledge_* table belongs to, by its `pledge` column: id and date made.
fn pledge_ref(f: &mut Fields, s: &Session) -> Option<(i64, chrono::NaiveDate)> {
    f.required_reference("pledge", "pledge", "pledges.csv", |slug| {
        db::pledges::id_and_made_on(s.conn, slug)
    })
}

fn pledge_markets(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let (pledge, market) = (pledge_ref(&mut f, s), f.required("market"));
    let (Some((pledge_id, _)), Some(market)) = (pledge, market) else { return Ok(()) };
    require_evidence(&mut f, s, (Subject::Pledge, rec.get("pledge"), "market", Some(&market)))?;
    s.upsert(
        file,
        &mut f,
        "market",
        |c| db::pledges::market_id(c, pledge_id, &market),
        |c| db::pledges::insert_market(c, pledge_id, &market).map(|()| c.last_insert_rowid()),
        |_, _| Ok(false),
    )?;
    Ok(())
}

fn pledge_targets(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let pledge = pledge_ref(&mut f, s);
    let metric = f.required_parse("metric");
    let amount = f.integer("amount", 0);
    if rec.get("amount").is_empty() {
        f.problem("amount", "is empty but required");
    }
    let qualifier = f.parse("qualifier");
    let (Some((pledge_id, _)), Some(metric), Some(amount)) = (pledge, metric, amount) else {
        return Ok(());
    };
    let fact = (Subject::Pledge, rec.get("pledge"), rec.get("metric"), Some(rec.get("amount")));
    require_evidence(&mut f, s, fact)?;
    let target = NewTarget { pledge_id, metric, amount, qualifier };
    s.upsert(
        file,
        &mut f,
        "metric",
        |c| db::pledges::target_id(c, pledge_id, metric),
        |c| db::pledges::insert_target(c, &target).map(|()| c.last_insert_rowid()),
        |c, rowid| db::pledges::update_target(c, rowid, &target),
    )?;
    Ok(())
}

fn pledge_categories(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let pledge = pledge_ref(&mut f, s);
    let category = f.required_reference("category", "category", "categories.csv", |slug| {
        db::categories::id(s.conn, slug)
    });
    let (Some((pledge_id, _)), Some(category_id)) = (pledge, category) else { return Ok(()) };
    let fact = (Subject::Pledge, rec.get("pledge"), "category", Some(rec.get("category")));
    require_evidence(&mut f, s, fact)?;
    s.upsert(
        file,
        &mut f,
        "category",
        |c| db::pledges::category_link_id(c, pledge_id, category_id),
        |c| db::pledges::insert_category(c, pledge_id, category_id).map(|()| c.last_insert_rowid()),
        |_, _| Ok(false),
    )?;
    Ok(())
}

fn pledge_events(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let pledge = pledge_ref(&mut f, s);
    let event =
        f.required_reference("event", "event", "events.csv", |slug| db::events::id(s.conn, slug));
    let relation = f.required_parse("relation");
    let (Some((pledge_id, _)), Some(event_id), Some(relation)) = (pledge, event, relation) else {
        return Ok(());
    };
    s.upsert(
        file,
        &mut f,
        "event",
        |c| db::pledges::event_link_id(c, pledge_id, event_id),
        |c| {
            db::pledges::insert_event(c, pledge_id, event_id, relation)
                .map(|()| c.last_insert_rowid())
        },
        |c, rowid| db::pledges::update_event_link(c, rowid, relation),
    )?;
    Ok(())
}

fn status_history(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let mut f = Fields::new(rec, problems);
    let pledge = pledge_ref(&mut f, s);
    let as_of = f.required_date("as_of");
    let status = f.required_parse::<Status>("status");
    let reason = f.parse::<Reason>("reason");
    match (status, rec.get("reason").is_empty()) {
        (Some(status), true) if status.needs_reason() => f.problem(
            "reason",
            format!(
                "is empty; a {status} entry needs a reason code (one of: {})",
                Reason::NAMES.join(", ")
            ),
        ),
        (Some(status), false) if !status.needs_reason() => {
            f.problem("reason", format!("is only for broken or withdrawn entries, not {status}"));
        }
        _ => {}
    }
    let source = f.required_reference("source", "source", "sources.csv", |slug| {
        db::sources::id(s.conn, slug)
    });
    let mut quote = f.required("quote");
    let span = match (source, quote.as_mut()) {
        (Some(source), Some(quote)) => s.locate(&mut f, source, "quote", quote)?,
        _ => None,
    };
    let (
        Some((pledge_id, made_on)),
        Some(as_of),
        Some(status),
        Some(source_id),
        Some(quote),
        Some(span),
    ) = (pledge, as_of, status, source, quote, span)
    else {
        return Ok(());
    };
    if as_of < made_on {
        f.problem("as_of", format!("{as_of} is before the pledge was made ({made_on})"));
    }
    let entry = NewStatusEntry {
        pledge_id,
        as_of,
        status,
        reason,
        source_id,
        quote,
        span,
        note: f.text("note"),
    };
    // The history is append-only: an identical entry is already there, anything else is new.
    s.upsert(
        file,
        &mut f,
        "as_of",
        |c| db::status::find(c, &entry),
        |c| db::status::insert(c, &entry),
        |_, _| Ok(false),
    )?;
    Ok(())
}

/// Whether `new` is `stored`, a code of digits with leading zeros, with those zeros lost.
fn lost_zeros(stored: &str, new: &str) -> bool {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    stored.starts_with('0')
        && digits(stored)
        && digits(new)
        && stored.trim_start_matches('0') == new
}
