//! The `[[event]]` tables of a story file: an event, who took part and the pledges it bears
//! on, recorded as `pledge add event` records them, every fact on the table's quote.

use crate::cmd::add::event::{NewEvent, participant_row, pledge_row};
use crate::model::{DatePrecision, Relation};

use super::*;

impl Plan {
    /// The rows of one `[[event]]`.
    pub(super) fn event(
        &mut self,
        conn: &Connection,
        file: &File,
        listed: &Listed,
        source: &str,
        event: Spanned<story::Event>,
    ) -> Result<()> {
        let at = file.at(&event);
        let e = event.into_inner();
        let before = self.problems.len();
        let (Some(title), Some(kind), Some(quote)) = (&e.title, &e.kind, &e.quote) else {
            self.problem(format!(
                "{at}: [[event]] needs a title, a kind and a quote: add the ones missing, with \
                 kind = one of {}",
                crate::model::EventKind::NAMES.join(", ")
            ));
            return Ok(());
        };
        let slug = match &e.slug {
            Some(slug) => slug.get_ref().trim().to_owned(),
            None => self.event_slug(conn, title.get_ref())?,
        };
        if let Some(first) = self.events.get(&slug) {
            let problem = format!(
                "{}: event `{slug}` is given twice (first at {first}): delete one, or give each \
                 its own title",
                file.at(title)
            );
            self.problem(problem);
            return Ok(());
        }
        self.events.insert(slug.clone(), file.at(title));
        let quote_at = file.at(quote);
        let claim = |subject: Subject, key: &str, field: &str, value: &str, place: &str| {
            Row::new("evidence", Mode::Merge)
                .set("subject", subject.as_str())
                .set("key", key)
                .set("field", field)
                .set("value", value)
                .set("source", source)
                .set("quote", quote.get_ref().as_str())
                .flag_rest(place)
                .flag_of("quote", &quote_at)
        };
        let mut claims =
            vec![claim(Subject::Event, &slug, "title", title.get_ref(), &file.at(title))];
        // When: a day, or the first day of a month or a year with its precision.
        let mut start_on = None;
        let mut precision = None;
        if let Some(date) = &e.date {
            let place = file.at(date);
            match date_text(date.get_ref()).map(|d| parse_partial_date(&d)) {
                Some(Ok(day)) => {
                    let first = day.first_day().to_string();
                    precision = Some(match day.to_string().len() {
                        4 => DatePrecision::Year,
                        7 => DatePrecision::Month,
                        _ => DatePrecision::Day,
                    });
                    claims.push(claim(Subject::Event, &slug, "start_on", &first, &place));
                    start_on = Some(first);
                }
                _ => self.problem(format!(
                    "{place}: `{}` is not a date: write a day 2017-03-06, a month \"2017-03\" or \
                     a year \"2017\"",
                    date.get_ref().to_string().trim_matches('"')
                )),
            }
        }
        let mut end_on = None;
        if let Some(date) = &e.end_on {
            let place = file.at(date);
            match date_text(date.get_ref()).map(|d| parse_date(&d)) {
                Some(Ok(day)) => {
                    claims.push(claim(Subject::Event, &slug, "end_on", &day.to_string(), &place));
                    end_on = Some(day.to_string());
                }
                _ => self.problem(format!(
                    "{place}: end_on is not a day: write it as 2017-03-06 (YYYY-MM-DD)"
                )),
            }
        }
        if let Some(place) = &e.place {
            claims.push(claim(Subject::Event, &slug, "place", place.get_ref(), &file.at(place)));
        }
        let minutes = e.duration_minutes.as_ref().map(|m| m.get_ref().to_string());
        if let (Some(m), Some(minutes)) = (&e.duration_minutes, &minutes) {
            claims.push(claim(Subject::Event, &slug, "duration_minutes", minutes, &file.at(m)));
        }
        let mut rows = Vec::new();
        if let Some(names) = &e.participants {
            let place = file.at(names);
            for given in &names.get_ref().0 {
                let (who, role) = given.split_once(':').unwrap_or((given, "participant"));
                let Some((party, who)) = self.refer(conn, listed, who, &place, "participants")?
                else {
                    continue;
                };
                let column = match party {
                    Party::Company => "company",
                    Party::Official => "official",
                    Party::Government => {
                        self.problem(format!(
                            "{place}: participant `{given}` is a government: an event's \
                             participants are people and companies"
                        ));
                        continue;
                    }
                };
                claims.push(claim(Subject::Event, &slug, "participant", &who, &place));
                rows.push(
                    participant_row(Mode::Merge, &slug, column, &who, role.trim())
                        .flag_rest(&place),
                );
            }
        }
        let relations = [
            (Relation::MadeAt, &e.made_at),
            (Relation::Progress, &e.progress),
            (Relation::Setback, &e.setback),
            (Relation::Context, &e.context),
            (Relation::Retraction, &e.retraction),
        ];
        for (relation, names) in relations {
            let Some(names) = names else { continue };
            let place = file.at(names);
            for name in &names.get_ref().0 {
                let key = relation.as_str();
                let Some(pledge) = self.refer_pledge(conn, name, &place, key)? else { continue };
                claims.push(claim(Subject::Pledge, &pledge, "event", &slug, &place));
                rows.push(pledge_row(Mode::Merge, &pledge, &slug, key).flag_rest(&place));
            }
        }
        let event = NewEvent {
            slug: &slug,
            kind: kind.get_ref().trim(),
            title: title.get_ref(),
            start_on,
            end_on,
            precision: precision.map(|p| p.as_str()),
            place: e.place.as_ref().map(|p| p.get_ref().as_str()),
            duration_minutes: minutes.as_deref(),
            note: e.note.as_deref(),
        };
        let row = event.row(Mode::Merge).flag_rest(&at).flag_of("kind", file.at(kind));
        rows.insert(0, row.flag_of("title", file.at(title)));
        if self.problems.len() == before {
            self.rows.extend(claims);
            self.rows.extend(rows);
        }
        Ok(())
    }

    /// The slug of the event titled `title`: the recorded one of that title, else one made
    /// from the title that no other event has.
    fn event_slug(&self, conn: &Connection, title: &str) -> Result<String> {
        if let [one] = names::find(conn, Kind::Event, title)?.as_slice() {
            return Ok(one.slug.clone());
        }
        let base = slugify(title);
        let base = if base.is_empty() { "event".to_owned() } else { base };
        let mut slug = base.clone();
        let mut n = 1;
        while db::events::id(conn, &slug)?.is_some() {
            n += 1;
            slug = format!("{base}-{n}");
        }
        Ok(slug)
    }
}
