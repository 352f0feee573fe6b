//! Rows of `evidence` and `official_titles`, and the check that a fact has a claim behind it.

use super::*;

pub(super) fn evidence(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
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
        let source = f
            .required_reference("source", "source", "sources.csv", |slug| s.id(Kind::Source, slug));
        let mut quote = f.required("quote");
        let span = match (source, quote.as_mut()) {
            (Some(source), Some(quote)) => s.locate(f, source, "quote", quote)?,
            _ => None,
        };
        let speaker_id =
            f.reference("speaker", "official", "officials.csv", |slug| s.id(Kind::Official, slug));
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
            f,
            "quote",
            |c| db::evidence::find(c, &claim),
            |c| db::evidence::insert(c, &claim),
            |c, id| db::evidence::update(c, id, &claim),
        )?;
        if let Some(id) = id {
            s.evidence_lines.push(id, rec.line);
            if let Some(facts) = &mut s.facts {
                facts.add(claim.subject, &claim.key, &claim.field, claim.value.as_deref());
            }
            s.evidence_file.clone_from(&file.label);
            s.evidence_row = file.row;
        }
        Ok(())
    })
}

/// The kind under which rejected claims about `subject` records are remembered, so that a fact
/// whose claims were all rejected is not reported a second time as lacking evidence.
pub(super) fn claims_about(subject: Subject) -> &'static str {
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
pub(super) fn require_evidence(
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

pub(super) fn official_titles(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let official = f.required_reference("official", "official", "officials.csv", |slug| {
            s.id(Kind::Official, slug)
        });
        let title = f.required("title");
        let company_id =
            f.reference("company", "company", "companies.csv", |slug| s.id(Kind::Company, slug));
        let (valid_from, valid_to) = (f.date("valid_from"), f.date("valid_to"));
        if let (Some(from), Some(to)) = (valid_from, valid_to)
            && from > to
        {
            f.problem("valid_to", format!("{to} is before valid_from {from}"));
        }
        let (Some(official_id), Some(title)) = (official, title) else { return Ok(()) };
        require_evidence(f, s, (Subject::Official, rec.get("official"), "title", Some(&title)))?;
        let row = NewTitle {
            official_id,
            title,
            company_id,
            government: f.government("government"),
            organization: f.text("organization"),
            valid_from,
            valid_to,
        };
        s.upsert(
            file,
            f,
            "title",
            |c| db::officials::title_id(c, official_id, &row.title),
            |c| db::officials::insert_title(c, &row),
            |c, id| db::officials::update_title(c, id, &row),
        )?;
        Ok(())
    })
}
