//! One loader per seed file: its columns, how each row is checked, and what it inserts.
//!
//! Files load parents first (`FILES` order). Evidence loads before the records it supports, so
//! each pledge, target, event, participant, title and category link can be checked for a quote
//! as it is read; claims about records that never appear are reported once everything is in.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use anyhow::Result;
use rusqlite::Connection;

use super::{Fields, Problems, each_row};
use crate::db;
use crate::model::{
    CollapsedText, MAX_TEXT_BYTES, NewCategory, NewCompany, NewEvent, NewEvidence, NewOfficial,
    NewParticipant, NewPledge, NewSource, NewStatusEntry, NewTarget, NewTitle, QuoteSpan, Status,
    Subject,
};

/// The seed files, in load order.
pub const FILES: &[&str] = &[
    "sources.csv",
    "companies.csv",
    "company_aliases.csv",
    "officials.csv",
    "official_aliases.csv",
    "categories.csv",
    "category_aliases.csv",
    "category_hs_codes.csv",
    "evidence.csv",
    "official_titles.csv",
    "events.csv",
    "event_participants.csv",
    "pledges.csv",
    "pledge_markets.csv",
    "pledge_targets.csv",
    "pledge_categories.csv",
    "pledge_events.csv",
    "status_history.csv",
];

/// The folder under the seed folder that holds source texts.
pub const ARTICLES: &str = "articles";

/// Source texts by source id, collapsed for quote matching.
type Texts = HashMap<i64, CollapsedText>;

/// Loads every seed file of `dir` into `conn`, reporting problems into `problems`.
pub fn load_all(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    let texts = sources(conn, dir, problems)?;
    companies(conn, dir, problems)?;
    aliases(conn, dir, problems, "company_aliases.csv", &["company", "alias"], AliasOf::Company)?;
    officials(conn, dir, problems)?;
    aliases(
        conn,
        dir,
        problems,
        "official_aliases.csv",
        &["official", "alias"],
        AliasOf::Official,
    )?;
    categories(conn, dir, problems)?;
    aliases(
        conn,
        dir,
        problems,
        "category_aliases.csv",
        &["category", "alias"],
        AliasOf::Category,
    )?;
    hs_codes(conn, dir, problems)?;
    let evidence_lines = evidence(conn, dir, problems, &texts)?;
    official_titles(conn, dir, problems)?;
    events(conn, dir, problems)?;
    participants(conn, dir, problems)?;
    pledges(conn, dir, problems)?;
    pledge_markets(conn, dir, problems)?;
    pledge_targets(conn, dir, problems)?;
    pledge_categories(conn, dir, problems)?;
    pledge_events(conn, dir, problems)?;
    status_history(conn, dir, problems, &texts)?;
    dangling_evidence(conn, dir, problems, &evidence_lines)
}

fn sources(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<Texts> {
    const COLUMNS: &[&str] = &[
        "slug",
        "kind",
        "title",
        "publisher",
        "url",
        "published_on",
        "retrieved_on",
        "file",
        "sha256",
        "note",
    ];
    let mut texts = Texts::new();
    each_row(dir, "sources.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let slug = f.key("slug", "source");
        let kind = f.required_parse("kind");
        let title = f.required("title");
        let url = f.text("url");
        let file = f.text("file");
        let sha256 = f.text("sha256");
        let body = file.as_deref().and_then(|name| article(&mut f, dir, name, sha256.as_deref()));
        if file.is_none() && sha256.is_some() {
            f.problem(
                "sha256",
                "is set but `file` is empty; a hash needs the article file it belongs to",
            );
        }
        if file.is_none() && url.is_none() {
            f.row_problem("a source needs its text (`file`) or at least a `url`");
        }
        let source = NewSource {
            slug: slug.unwrap_or_default(),
            kind: kind.unwrap_or(crate::model::SourceKind::Article),
            title: title.unwrap_or_default(),
            publisher: f.text("publisher"),
            url,
            published_on: f.date("published_on"),
            retrieved_on: f.date("retrieved_on"),
            file,
            body,
            note: f.text("note"),
        };
        if f.failed() {
            return;
        }
        match db::sources::insert(conn, &source) {
            Ok(id) => {
                if let Some(body) = &source.body {
                    texts.insert(id, CollapsedText::new(body));
                }
            }
            Err(err) => f.insert_failed("slug", &err),
        }
    })?;
    Ok(texts)
}

/// Reads and checks an article file: a plain name under `articles/`, UTF-8, with the hash the
/// row gives.
fn article(f: &mut Fields, dir: &Path, name: &str, sha256: Option<&str>) -> Option<String> {
    if name.contains(['/', '\\']) || name.starts_with('.') {
        f.problem("file", format!("`{name}` must be a plain file name inside {ARTICLES}/"));
        return None;
    }
    let path = dir.join(ARTICLES).join(name);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(err) => {
            f.problem("file", format!("cannot read {}: {err}", path.display()));
            return None;
        }
    };
    let actual = db::sources::sha256_hex(&bytes);
    match sha256 {
        None => {
            f.problem("sha256", format!("is empty; the hash of {} is {actual}", path.display()))
        }
        Some(expected) if expected != actual => f.problem_but_load(
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

fn companies(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    const COLUMNS: &[&str] = &["slug", "name", "country", "sector", "parent", "note"];
    let mut parents = Vec::new();
    each_row(dir, "companies.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let (slug, name, country) =
            (f.key("slug", "company"), f.required("name"), f.country("country"));
        let (Some(slug), Some(name)) = (slug, name) else { return };
        let company = NewCompany {
            slug,
            name,
            country,
            sector: f.text("sector"),
            parent_id: None,
            note: f.text("note"),
        };
        if f.failed() {
            return;
        }
        match db::companies::insert(conn, &company) {
            Ok(id) => {
                if let Some(parent) = f.text("parent") {
                    parents.push((id, parent, rec.line));
                }
            }
            Err(err) => f.insert_failed("slug", &err),
        }
    })?;
    let file = dir.join("companies.csv").display().to_string();
    for (id, parent, line) in parents {
        let problem = match db::companies::id(conn, &parent)? {
            None => format!("no company `{parent}` (is it in companies.csv?)"),
            Some(parent_id) if db::companies::would_cycle(conn, id, parent_id)? => {
                format!(
                    "`{parent}` is this company or one of its subsidiaries; parents cannot loop"
                )
            }
            Some(parent_id) => {
                db::companies::set_parent(conn, id, parent_id)?;
                continue;
            }
        };
        problems.add(&file, Some(line), Some("parent"), problem);
    }
    Ok(())
}

fn officials(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    const COLUMNS: &[&str] = &["slug", "name", "note"];
    each_row(dir, "officials.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let Some(slug) = f.key("slug", "official") else { return };
        let official = NewOfficial { slug, name: f.text("name"), note: f.text("note") };
        if official.name.is_none() && official.note.is_none() {
            f.problem("note", "is empty; an unnamed person needs a note saying who they are");
        }
        if f.failed() {
            return;
        }
        if let Err(err) = db::officials::insert(conn, &official) {
            f.insert_failed("slug", &err);
        }
    })
}

#[derive(Clone, Copy)]
enum AliasOf {
    Company,
    Official,
    Category,
}

fn aliases(
    conn: &Connection,
    dir: &Path,
    problems: &mut Problems,
    file: &str,
    columns: &'static [&'static str],
    of: AliasOf,
) -> Result<()> {
    let owner = columns[0];
    let list = match of {
        AliasOf::Company => "companies.csv",
        AliasOf::Official => "officials.csv",
        AliasOf::Category => "categories.csv",
    };
    each_row(dir, file, columns, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let id = f.required_reference(owner, owner, list, |slug| match of {
            AliasOf::Company => db::companies::id(conn, slug),
            AliasOf::Official => db::officials::id(conn, slug),
            AliasOf::Category => db::categories::id(conn, slug),
        });
        let alias = f.required("alias");
        let (Some(id), Some(alias)) = (id, alias) else { return };
        let inserted = match of {
            AliasOf::Company => db::companies::insert_alias(conn, id, &alias),
            AliasOf::Official => db::officials::insert_alias(conn, id, &alias),
            AliasOf::Category => db::categories::insert_alias(conn, id, &alias),
        };
        if let Err(err) = inserted {
            f.insert_failed("alias", &err);
        }
    })
}

fn categories(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    const COLUMNS: &[&str] = &["slug", "name", "parent"];
    let mut parents = Vec::new();
    each_row(dir, "categories.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let (slug, name) = (f.key("slug", "category"), f.required("name"));
        let (Some(slug), Some(name)) = (slug, name) else { return };
        match db::categories::insert(conn, &NewCategory { slug, name, parent_id: None }) {
            Ok(id) => {
                if let Some(parent) = f.text("parent") {
                    parents.push((id, parent, rec.line));
                }
            }
            Err(err) => f.insert_failed("slug", &err),
        }
    })?;
    let file = dir.join("categories.csv").display().to_string();
    for (id, parent, line) in parents {
        let problem = match db::categories::id(conn, &parent)? {
            None => format!("no category `{parent}` (is it in categories.csv?)"),
            Some(parent_id) if db::categories::would_cycle(conn, id, parent_id)? => {
                format!("`{parent}` is this category or one beneath it; parents cannot loop")
            }
            Some(parent_id) => {
                db::categories::set_parent(conn, id, parent_id)?;
                continue;
            }
        };
        problems.add(&file, Some(line), Some("parent"), problem);
    }
    Ok(())
}

fn hs_codes(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    const COLUMNS: &[&str] = &["category", "code_from", "code_to"];
    each_row(dir, "category_hs_codes.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let id = f.required_reference("category", "category", "categories.csv", |s| {
            db::categories::id(conn, s)
        });
        let from = hs_code(&mut f, "code_from");
        let to = hs_code(&mut f, "code_to");
        let (Some(id), Some(from), Some(to)) = (id, from, to) else { return };
        if from.len() != to.len() || from > to {
            f.problem(
                "code_to",
                format!("`{to}` must have as many digits as `{from}` and not come before it"),
            );
            return;
        }
        if let Err(err) = db::categories::insert_hs_code(conn, id, &from, &to) {
            f.insert_failed("code_from", &err);
        }
    })
}

fn hs_code(f: &mut Fields, column: &'static str) -> Option<String> {
    let code = f.required(column)?;
    if matches!(code.len(), 2 | 4 | 6) && code.bytes().all(|b| b.is_ascii_digit()) {
        return Some(code);
    }
    f.problem(column, format!("`{code}` is not an HS code (2, 4 or 6 digits, such as 08 or 2204)"));
    None
}

/// Loads claims; returns the line of each, by id order, for reports made after every file is in.
fn evidence(
    conn: &Connection,
    dir: &Path,
    problems: &mut Problems,
    texts: &Texts,
) -> Result<Vec<(i64, u64)>> {
    const COLUMNS: &[&str] = &[
        "subject",
        "key",
        "field",
        "value",
        "source",
        "quote",
        "speaker",
        "preferred",
        "preferred_reason",
        "note",
    ];
    let mut lines = Vec::new();
    each_row(dir, "evidence.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let subject = f.required_parse::<Subject>("subject");
        let key = f.slug("key");
        let field = f.required("field");
        if let Some(field) = &field
            && !field.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            f.problem(
                "field",
                format!("`{field}` is not a field name (lowercase letters, digits and _)"),
            );
        }
        let source =
            f.required_reference("source", "source", "sources.csv", |s| db::sources::id(conn, s));
        let quote = f.required("quote");
        let span = match (source, &quote) {
            (Some(source), Some(quote)) => locate(&mut f, texts, source, "quote", quote),
            _ => None,
        };
        let speaker =
            f.reference("speaker", "official", "officials.csv", |s| db::officials::id(conn, s));
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
            f.problem(
                "preferred_reason",
                "is empty; a preferred claim must say why it is preferred",
            );
        }
        let (Some(subject), Some(key), Some(field), Some(source_id), Some(quote), Some(span)) =
            (subject, key, field, source, quote, span)
        else {
            return;
        };
        if f.failed() {
            return;
        }
        let claim = NewEvidence {
            subject,
            key,
            field,
            value: f.text("value"),
            source_id,
            quote,
            span,
            speaker_id: speaker,
            preferred,
            preferred_reason,
            note: f.text("note"),
        };
        match db::evidence::insert(conn, &claim) {
            Ok(id) => lines.push((id, rec.line)),
            Err(err) => f.insert_failed("quote", &err),
        }
    })?;
    Ok(lines)
}

/// Finds `quote` in the text of source `source_id`: `Some(span)` (span `None` for a source
/// without stored text, whose quotes stay unverified), or `None` after reporting that it is not
/// there.
fn locate(
    f: &mut Fields,
    texts: &Texts,
    source_id: i64,
    column: &'static str,
    quote: &str,
) -> Option<QuoteSpan> {
    let Some(text) = texts.get(&source_id) else { return Some(None) };
    match text.find(quote) {
        Some(span) => Some(Some(span)),
        None => {
            f.problem(
                column,
                "is not in the source's text; quotes must be verbatim (only white space may differ)",
            );
            None
        }
    }
}

/// Reports a row whose fact has no claim backing it in evidence.csv.
fn require_evidence(
    f: &mut Fields,
    conn: &Connection,
    (subject, key, field, value): (Subject, &str, &str, Option<&str>),
) -> Result<()> {
    let found = match field {
        "" => db::evidence::any(conn, subject, key)?,
        _ => db::evidence::exists(conn, subject, key, field, value)?,
    };
    if !found {
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

fn official_titles(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    const COLUMNS: &[&str] =
        &["official", "title", "company", "government", "organization", "valid_from", "valid_to"];
    each_row(dir, "official_titles.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let official = f.required_reference("official", "official", "officials.csv", |s| {
            db::officials::id(conn, s)
        });
        let title = f.required("title");
        let company_id =
            f.reference("company", "company", "companies.csv", |s| db::companies::id(conn, s));
        let (valid_from, valid_to) = (f.date("valid_from"), f.date("valid_to"));
        if let (Some(from), Some(to)) = (valid_from, valid_to)
            && from > to
        {
            f.problem("valid_to", format!("{to} is before valid_from {from}"));
        }
        let (Some(official_id), Some(title)) = (official, title) else { return };
        let slug = rec.get("official");
        if let Err(err) =
            require_evidence(&mut f, conn, (Subject::Official, slug, "title", Some(&title)))
        {
            f.row_problem(format!("{err:#}"));
        }
        let row = NewTitle {
            official_id,
            title,
            company_id,
            government: f.country("government"),
            organization: f.text("organization"),
            valid_from,
            valid_to,
        };
        if f.failed() {
            return;
        }
        if let Err(err) = db::officials::insert_title(conn, &row) {
            f.insert_failed("title", &err);
        }
    })
}

fn events(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    const COLUMNS: &[&str] = &[
        "slug",
        "kind",
        "title",
        "start_on",
        "end_on",
        "date_precision",
        "place",
        "duration_minutes",
        "note",
    ];
    each_row(dir, "events.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let slug = f.key("slug", "event");
        let kind = f.required_parse("kind");
        let title = f.required("title");
        let (start_on, end_on) = (f.date("start_on"), f.date("end_on"));
        let date_precision = f.parse("date_precision");
        match (start_on, date_precision) {
            (Some(_), None) if !f.failed() => f.problem(
                "date_precision",
                "is empty; say how much of start_on is known (day, month or year)",
            ),
            (None, Some(_)) => f.problem("date_precision", "is set but start_on is empty"),
            _ => {}
        }
        if let Some(end) = end_on
            && start_on.is_none_or(|start| end < start)
        {
            f.problem("end_on", "comes before start_on, or start_on is empty");
        }
        let (Some(slug), Some(kind), Some(title)) = (slug, kind, title) else { return };
        if let Err(err) = require_evidence(&mut f, conn, (Subject::Event, &slug, "", None)) {
            f.row_problem(format!("{err:#}"));
        }
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
        if f.failed() {
            return;
        }
        if let Err(err) = db::events::insert(conn, &event) {
            f.insert_failed("slug", &err);
        }
    })
}

fn participants(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    const COLUMNS: &[&str] = &["event", "official", "company", "role"];
    each_row(dir, "event_participants.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let event_id =
            f.required_reference("event", "event", "events.csv", |s| db::events::id(conn, s));
        let official_id =
            f.reference("official", "official", "officials.csv", |s| db::officials::id(conn, s));
        let company_id =
            f.reference("company", "company", "companies.csv", |s| db::companies::id(conn, s));
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
        let (Some(event_id), Some(role), Some(who)) = (event_id, role, who) else { return };
        if f.failed() {
            return;
        }
        if let Err(err) = require_evidence(
            &mut f,
            conn,
            (Subject::Event, rec.get("event"), "participant", Some(who)),
        ) {
            f.row_problem(format!("{err:#}"));
        }
        if f.failed() {
            return;
        }
        let participant = NewParticipant { event_id, official_id, company_id, role };
        if let Err(err) = db::events::insert_participant(conn, &participant) {
            f.insert_failed(if official_id.is_some() { "official" } else { "company" }, &err);
        }
    })
}

fn pledges(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    const COLUMNS: &[&str] = &[
        "slug",
        "title",
        "description",
        "company",
        "made_by",
        "made_to",
        "made_on",
        "made_at",
        "formality",
        "deadline",
        "focus",
        "note",
    ];
    each_row(dir, "pledges.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let slug = f.key("slug", "pledge");
        let title = f.required("title");
        let company = f.required_reference("company", "company", "companies.csv", |s| {
            db::companies::id(conn, s)
        });
        let made_by_id =
            f.reference("made_by", "official", "officials.csv", |s| db::officials::id(conn, s));
        let made_to_id =
            f.reference("made_to", "official", "officials.csv", |s| db::officials::id(conn, s));
        let made_on = f.required_date("made_on");
        let made_at_id = f.reference("made_at", "event", "events.csv", |s| db::events::id(conn, s));
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
            return;
        };
        if let Err(err) = require_evidence(&mut f, conn, (Subject::Pledge, &slug, "", None)) {
            f.row_problem(format!("{err:#}"));
        }
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
        if f.failed() {
            return;
        }
        if let Err(err) = db::pledges::insert(conn, &pledge) {
            f.insert_failed("slug", &err);
        }
    })
}

/// The pledge a row of a pledge_* file belongs to, by its `pledge` column.
fn pledge_ref(f: &mut Fields, conn: &Connection) -> Option<i64> {
    f.required_reference("pledge", "pledge", "pledges.csv", |s| {
        Ok(db::pledges::id_and_made_on(conn, s)?.map(|(id, _)| id))
    })
}

fn pledge_markets(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    each_row(dir, "pledge_markets.csv", &["pledge", "market"], problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let (pledge_id, market) = (pledge_ref(&mut f, conn), f.required("market"));
        let (Some(pledge_id), Some(market)) = (pledge_id, market) else { return };
        if let Err(err) = require_evidence(
            &mut f,
            conn,
            (Subject::Pledge, rec.get("pledge"), "market", Some(&market)),
        ) {
            f.row_problem(format!("{err:#}"));
        }
        if !f.failed()
            && let Err(err) = db::pledges::insert_market(conn, pledge_id, &market)
        {
            f.insert_failed("market", &err);
        }
    })
}

fn pledge_targets(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    const COLUMNS: &[&str] = &["pledge", "metric", "amount", "qualifier"];
    each_row(dir, "pledge_targets.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let pledge_id = pledge_ref(&mut f, conn);
        let metric = f.required_parse("metric");
        let amount = f.integer("amount", 0);
        if rec.get("amount").is_empty() {
            f.problem("amount", "is empty but required");
        }
        let qualifier = f.parse("qualifier");
        let (Some(pledge_id), Some(metric), Some(amount)) = (pledge_id, metric, amount) else {
            return;
        };
        let fact = (Subject::Pledge, rec.get("pledge"), rec.get("metric"), Some(rec.get("amount")));
        if let Err(err) = require_evidence(&mut f, conn, fact) {
            f.row_problem(format!("{err:#}"));
        }
        if !f.failed()
            && let Err(err) = db::pledges::insert_target(
                conn,
                &NewTarget { pledge_id, metric, amount, qualifier },
            )
        {
            f.insert_failed("metric", &err);
        }
    })
}

fn pledge_categories(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    each_row(dir, "pledge_categories.csv", &["pledge", "category"], problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let pledge_id = pledge_ref(&mut f, conn);
        let category_id = f.required_reference("category", "category", "categories.csv", |s| {
            db::categories::id(conn, s)
        });
        let (Some(pledge_id), Some(category_id)) = (pledge_id, category_id) else { return };
        let fact = (Subject::Pledge, rec.get("pledge"), "category", Some(rec.get("category")));
        if let Err(err) = require_evidence(&mut f, conn, fact) {
            f.row_problem(format!("{err:#}"));
        }
        if !f.failed()
            && let Err(err) = db::pledges::insert_category(conn, pledge_id, category_id)
        {
            f.insert_failed("category", &err);
        }
    })
}

fn pledge_events(conn: &Connection, dir: &Path, problems: &mut Problems) -> Result<()> {
    each_row(
        dir,
        "pledge_events.csv",
        &["pledge", "event", "relation"],
        problems,
        |rec, problems| {
            let mut f = Fields::new(rec, problems);
            let pledge_id = pledge_ref(&mut f, conn);
            let event_id =
                f.required_reference("event", "event", "events.csv", |s| db::events::id(conn, s));
            let relation = f.required_parse("relation");
            let (Some(pledge_id), Some(event_id), Some(relation)) = (pledge_id, event_id, relation)
            else {
                return;
            };
            if let Err(err) = db::pledges::insert_event(conn, pledge_id, event_id, relation) {
                f.insert_failed("event", &err);
            }
        },
    )
}

fn status_history(
    conn: &Connection,
    dir: &Path,
    problems: &mut Problems,
    texts: &Texts,
) -> Result<()> {
    const COLUMNS: &[&str] = &["pledge", "as_of", "status", "reason", "source", "quote", "note"];
    each_row(dir, "status_history.csv", COLUMNS, problems, |rec, problems| {
        let mut f = Fields::new(rec, problems);
        let pledge = f.required_reference("pledge", "pledge", "pledges.csv", |s| {
            db::pledges::id_and_made_on(conn, s)
        });
        let as_of = f.required_date("as_of");
        let status = f.required_parse::<Status>("status");
        let reason = f.parse("reason");
        match (status, reason) {
            (Some(s), None) if s.needs_reason() => f.problem(
                "reason",
                format!(
                    "is empty; a {s} entry needs a reason code (one of: {})",
                    crate::model::Reason::NAMES.join(", ")
                ),
            ),
            (Some(s), Some(_)) if !s.needs_reason() => {
                f.problem("reason", format!("is only for broken or withdrawn entries, not {s}"));
            }
            _ => {}
        }
        let source =
            f.required_reference("source", "source", "sources.csv", |s| db::sources::id(conn, s));
        let quote = f.required("quote");
        let span = match (source, &quote) {
            (Some(source), Some(quote)) => locate(&mut f, texts, source, "quote", quote),
            _ => None,
        };
        let (Some(pledge), Some(as_of), Some(status), Some(source_id), Some(quote), Some(span)) =
            (pledge, as_of, status, source, quote, span)
        else {
            return;
        };
        let (pledge_id, made_on) = pledge;
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
        if f.failed() {
            return;
        }
        if let Err(err) = db::status::insert(conn, &entry) {
            f.insert_failed("as_of", &err);
        }
    })
}

fn dangling_evidence(
    conn: &Connection,
    dir: &Path,
    problems: &mut Problems,
    lines: &[(i64, u64)],
) -> Result<()> {
    let file = dir.join("evidence.csv").display().to_string();
    for (id, subject, key) in db::evidence::dangling(conn)? {
        if problems.explains_missing(subject.as_str(), &key) {
            continue;
        }
        let line = lines.binary_search_by_key(&id, |(id, _)| *id).ok().map(|at| lines[at].1);
        problems.add(
            &file,
            line,
            Some("key"),
            format!("no {subject} `{key}`: the claim is about a record that does not exist"),
        );
    }
    Ok(())
}
