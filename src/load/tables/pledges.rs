//! Rows of events, pledges and what hangs off them: participants, markets, targets,
//! categories, event links and the status history.

use super::*;

pub(super) fn events(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
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
        require_evidence(f, s, (Subject::Event, &slug, "", None))?;
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
        let id = s.upsert(
            file,
            f,
            "slug",
            |c| db::events::id(c, &event.slug),
            |c| db::events::insert(c, &event),
            |c, id| db::events::update(c, id, &event),
        )?;
        s.written(Kind::Event, &event.slug, id);
        Ok(())
    })
}

pub(super) fn participants(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let event_id =
            f.required_reference("event", "event", "events.csv", |slug| s.id(Kind::Event, slug));
        let official_id =
            f.reference("official", "official", "officials.csv", |slug| s.id(Kind::Official, slug));
        let company_id =
            f.reference("company", "company", "companies.csv", |slug| s.id(Kind::Company, slug));
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
        require_evidence(f, s, (Subject::Event, rec.get("event"), "participant", Some(who)))?;
        let participant = NewParticipant { event_id, official_id, company_id, role };
        let key = if official_id.is_some() { "official" } else { "company" };
        s.upsert(
            file,
            f,
            key,
            |c| db::events::participant_id(c, &participant),
            |c| db::events::insert_participant(c, &participant).map(|()| c.last_insert_rowid()),
            |c, rowid| db::events::update_participant(c, rowid, &participant.role),
        )?;
        Ok(())
    })
}

pub(super) fn pledges(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let slug = f.key("slug", "pledge");
        let title = f.required("title");
        let made_on = f.partial_date("made_on");
        let made_at_id =
            f.reference("made_at", "event", "events.csv", |slug| s.id(Kind::Event, slug));
        let kind = f.required_parse("kind");
        let formality = f.required_parse("formality");
        let deadline = f.partial_date("deadline");
        if let (Some(deadline), Some(made_on)) = (deadline, made_on)
            && deadline.last_day() < made_on.first_day()
        {
            f.problem("deadline", format!("{deadline} ends before made_on {made_on}"));
        }
        let (Some(slug), Some(title), Some(kind), Some(formality)) = (slug, title, kind, formality)
        else {
            return Ok(());
        };
        require_evidence(f, s, (Subject::Pledge, &slug, "", None))?;
        let pledge = NewPledge {
            slug,
            title,
            description: f.text("description"),
            kind,
            made_on,
            made_at_id,
            formality,
            deadline,
            focus: f.text("focus"),
            note: f.text("note"),
        };
        let id = s.upsert(
            file,
            f,
            "slug",
            |c| db::pledges::id_and_made_on(c, &pledge.slug).map(|found| found.map(|(id, _)| id)),
            |c| db::pledges::insert(c, &pledge),
            |c, id| db::pledges::update(c, id, &pledge),
        )?;
        if let (Some(ids), Some(id)) = (&mut s.ids, id) {
            ids.add_pledge(&pledge.slug, id, pledge.made_on);
        }
        Ok(())
    })
}

/// A party of a pledge: its role, and exactly one of a company (pledgers), a government
/// (pledgers and recipients) and a person (made_by and recipients), backed by a claim on the
/// pledge whose field is `company`, `government`, `made_by` or `made_to` and whose value is the
/// party's slug or code.
pub(super) fn pledge_parties(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let pledge = pledge_ref(f, s);
        let role = f.required_parse::<PartyRole>("role");
        let company_id =
            f.reference("company", "company", "companies.csv", |slug| s.id(Kind::Company, slug));
        let government_id = f.reference("government", "government", "governments.csv", |code| {
            s.id(Kind::Government, code)
        });
        let official_id =
            f.reference("official", "official", "officials.csv", |slug| s.id(Kind::Official, slug));
        let filled: Vec<&str> = ["company", "government", "official"]
            .into_iter()
            .filter(|column| !rec.get(column).is_empty())
            .collect();
        // The columns a party of the role may fill, and what that means.
        let (columns, allowed): (&[&str], &str) = match role {
            Some(PartyRole::Pledger) => (&["company", "government"], "a company or a government"),
            Some(PartyRole::MadeBy) => (&["official"], "a person (the official column)"),
            Some(PartyRole::MadeTo) => {
                (&["official", "government"], "a person (the official column) or a government")
            }
            None => (&["company", "government", "official"], "a company, a government or a person"),
        };
        let role_name = role.map_or("party", PartyRole::as_str);
        match filled.as_slice() {
            [column] if columns.contains(column) => {}
            [column] => f.problem(column, format!("must be empty: a {role_name} is {allowed}")),
            _ => f.row_problem(format!(
                "fill exactly one of company, government and official: a {role_name} is {allowed}"
            )),
        }
        let (Some((pledge_id, _)), Some(role), [column]) = (pledge, role, filled.as_slice()) else {
            return Ok(());
        };
        if f.failed() {
            return Ok(());
        }
        let field = match (role, *column) {
            (PartyRole::Pledger, column) => column,
            (role, _) => role.as_str(),
        };
        let fact = (Subject::Pledge, rec.get("pledge"), field, Some(rec.get(column)));
        require_evidence(f, s, fact)?;
        let party = NewParty { pledge_id, role, company_id, government_id, official_id };
        s.upsert(
            file,
            f,
            column,
            |c| db::parties::find(c, &party),
            |c| db::parties::insert(c, &party),
            |_, _| Ok(false),
        )?;
        Ok(())
    })
}

/// The pledge a row of a pledge_* table belongs to, by its `pledge` column: id and date made.
pub(super) fn pledge_ref(
    f: &mut Fields,
    s: &Session,
) -> Option<(i64, Option<crate::model::PartialDate>)> {
    f.required_reference("pledge", "pledge", "pledges.csv", |slug| s.pledge(slug))
}

pub(super) fn pledge_markets(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let (pledge, market) = (pledge_ref(f, s), f.required("market"));
        let (Some((pledge_id, _)), Some(market)) = (pledge, market) else { return Ok(()) };
        require_evidence(f, s, (Subject::Pledge, rec.get("pledge"), "market", Some(&market)))?;
        s.upsert(
            file,
            f,
            "market",
            |c| db::pledges::market_id(c, pledge_id, &market),
            |c| db::pledges::insert_market(c, pledge_id, &market).map(|()| c.last_insert_rowid()),
            |_, _| Ok(false),
        )?;
        Ok(())
    })
}

pub(super) fn pledge_categories(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let pledge = pledge_ref(f, s);
        let category = f.required_reference("category", "category", "categories.csv", |slug| {
            s.id(Kind::Category, slug)
        });
        let (Some((pledge_id, _)), Some(category_id)) = (pledge, category) else { return Ok(()) };
        let fact = (Subject::Pledge, rec.get("pledge"), "category", Some(rec.get("category")));
        require_evidence(f, s, fact)?;
        s.upsert(
            file,
            f,
            "category",
            |c| db::pledges::category_link_id(c, pledge_id, category_id),
            |c| {
                db::pledges::insert_category(c, pledge_id, category_id)
                    .map(|()| c.last_insert_rowid())
            },
            |_, _| Ok(false),
        )?;
        Ok(())
    })
}

pub(super) fn pledge_events(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let pledge = pledge_ref(f, s);
        let event =
            f.required_reference("event", "event", "events.csv", |slug| s.id(Kind::Event, slug));
        let relation = f.required_parse("relation");
        let (Some((pledge_id, _)), Some(event_id), Some(relation)) = (pledge, event, relation)
        else {
            return Ok(());
        };
        s.upsert(
            file,
            f,
            "event",
            |c| db::pledges::event_link_id(c, pledge_id, event_id),
            |c| {
                db::pledges::insert_event(c, pledge_id, event_id, relation)
                    .map(|()| c.last_insert_rowid())
            },
            |c, rowid| db::pledges::update_event_link(c, rowid, relation),
        )?;
        Ok(())
    })
}

pub(super) fn status_history(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let pledge = pledge_ref(f, s);
        let as_of = f.required_partial_date("as_of");
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
                f.problem(
                    "reason",
                    format!("is only for broken or withdrawn entries, not {status}"),
                );
            }
            _ => {}
        }
        let source = f
            .required_reference("source", "source", "sources.csv", |slug| s.id(Kind::Source, slug));
        let mut quote = f.required("quote");
        let span = match (source, quote.as_mut()) {
            (Some(source), Some(quote)) => s.locate(f, source, "quote", quote)?,
            _ => None,
        };
        let preferred = match rec.get("preferred") {
            "" | "0" => false,
            "1" => true,
            other => {
                f.problem("preferred", format!("`{other}` is not 0 or 1"));
                false
            }
        };
        let preferred_reason = f.text("preferred_reason");
        match (preferred, preferred_reason.is_some()) {
            (true, false) => f.problem(
                "preferred_reason",
                "is empty; a preferred entry must say why its status is the one that counts",
            ),
            (false, true) => f.problem("preferred", "is empty or 0 but preferred_reason is set"),
            _ => {}
        }
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
        if let Some(made_on) = made_on
            && as_of.last_day() < made_on.first_day()
        {
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
        let added_before = file.tally.added;
        // The history is append-only: an identical entry is already there, anything else is new.
        s.upsert(
            file,
            f,
            "as_of",
            |c| db::status::find(c, &entry),
            |c| db::status::insert(c, &entry),
            |_, _| Ok(false),
        )?;
        if let (false, Some(reason)) = (f.failed(), preferred_reason) {
            let set_here = !file.preferred.insert((pledge_id, as_of.to_string()));
            match db::status::preference(s.conn, pledge_id, as_of)? {
                Some(other) if set_here && other.status != status => f.problem(
                    "preferred",
                    format!(
                        "another entry of {as_of} is preferred already, with status {}; prefer \
                         one status per date",
                        other.status
                    ),
                ),
                _ => {
                    let changed = db::status::prefer(s.conn, pledge_id, as_of, status, &reason)?;
                    // An entry already there whose preference changed is a changed row.
                    if changed && file.tally.added == added_before && file.tally.unchanged > 0 {
                        file.tally.unchanged -= 1;
                        file.tally.changed += 1;
                    }
                }
            }
        }
        Ok(())
    })
}

/// Whether `new` is `stored`, a code of digits with leading zeros, with those zeros lost.
pub(super) fn lost_zeros(stored: &str, new: &str) -> bool {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    stored.starts_with('0')
        && digits(stored)
        && digits(new)
        && stored.trim_start_matches('0') == new
}
