//! The pledges of a story file, with their targets.

use super::*;
use crate::model::PartialDate;

impl Plan {
    /// The rows of one `[[pledge]]`.
    pub(super) fn pledge(
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
        for name in [title.trim().to_lowercase(), slug.to_lowercase()] {
            let slugs = self.pledge_names.entry(name).or_default();
            if !slugs.contains(&slug) {
                slugs.push(slug.clone());
            }
        }
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
            for name in &value.get_ref().0 {
                let Some((kind, slug)) = self.refer(conn, listed, name, &place, key)? else {
                    unresolved = true;
                    continue;
                };
                let (role, column) = match (key, kind) {
                    ("made_to", Party::Company) => {
                        self.problem(format!(
                            "{place}: made_to `{name}` is a company: a pledge is made to a \
                             person or a government"
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
                parties.push((role, column, slug, place.clone()));
            }
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
        let deadline = self.deadline(file, pledge.deadline, pledge.deadline_quote);
        if let Some((date, words, place)) = &deadline {
            let (words, words_at) = match words {
                Some((w, a)) => (w.as_str(), a.as_str()),
                None => (quote.as_str(), quote_at.as_str()),
            };
            claims.push(
                claim("deadline", &date.to_string(), words, place).flag_of("quote", words_at),
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
        if let Some((date, ..)) = deadline {
            row = row.set("deadline", date.to_string());
        }
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

    /// A pledge's `deadline`, with its own words and their place when `deadline_quote` gives
    /// them, and the deadline's place; `None` when it has none or after a problem.
    #[allow(clippy::type_complexity)]
    fn deadline(
        &mut self,
        file: &File,
        deadline: Option<Spanned<toml::Value>>,
        words: Option<Spanned<String>>,
    ) -> Option<(PartialDate, Option<(String, String)>, String)> {
        let Some(deadline) = deadline else {
            if let Some(words) = &words {
                self.problem(format!(
                    "{}: deadline_quote without a deadline: add deadline = \"2025\" (a day, a \
                     month or a year), or delete it",
                    file.at(words)
                ));
            }
            return None;
        };
        let place = file.at(&deadline);
        let Some(Ok(date)) = date_text(deadline.get_ref()).map(|d| parse_partial_date(&d)) else {
            self.problem(format!(
                "{place}: `{}` is not a date: write a day 2025-12-31, a month \"2025-12\" or a \
                 year \"2025\"",
                deadline.get_ref().to_string().trim_matches('"')
            ));
            return None;
        };
        let words = words.map(|w| (w.get_ref().clone(), file.at(&w)));
        Some((date, words, place))
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
        let amounts = Amounts {
            metric: target.metric.as_ref(),
            amount: target.amount.as_ref(),
            amount_high: target.amount_high.as_ref(),
            qualifier: target.qualifier.as_ref(),
            unit: target.unit.as_ref(),
            currency: target.currency.as_ref(),
        };
        let m = self.measure(file, place, &amounts)?;
        let label = target.label.clone().unwrap_or_default();
        let field =
            if label.is_empty() { m.metric.clone() } else { format!("{}_{label}", m.metric) };
        let mut row = Row::new("pledge_targets", Mode::Merge)
            .set("metric", m.metric)
            .set("label", label)
            .set("unit", m.currency.unwrap_or_default())
            .set("qualifier", m.qualifier.unwrap_or_default())
            .flag_rest(place)
            .flag_of("amount", &m.amount_at);
        if let Some(q) = m.qualifier_at {
            row = row.flag_of("qualifier", q);
        }
        let value = match &m.high {
            Some(high) => {
                row = row.set("minimum", m.low.as_str()).set("maximum", high.as_str());
                format!("{}-{high}", m.low)
            }
            None => {
                row = row.set("amount", m.low.as_str());
                m.low
            }
        };
        let words = target.quote.as_ref().map(|q| (q.get_ref().clone(), file.at(q)));
        Some((row, field, value, words))
    }

    /// An amount as a story file gives it, checked and in the model's words (the metric its
    /// unit stands for, the qualifier); `None` after a problem.
    pub(super) fn measure(
        &mut self,
        file: &File,
        place: &str,
        given: &Amounts,
    ) -> Option<Measured> {
        let Some(amount) = given.amount else {
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
        let high = match given.amount_high {
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
        let unit = given.unit.map(|u| counted(u.get_ref()));
        let metric = match (given.metric, &unit, given.currency) {
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
        Some(Measured {
            metric,
            low,
            high,
            qualifier: given.qualifier.map(|q| qualifier(q.get_ref())),
            qualifier_at: given.qualifier.map(|q| file.at(q)),
            currency: given.currency.cloned(),
            amount_at,
        })
    }
}

/// The keys of an amount in a story file, as a target, a progress or a revision gives them.
pub(super) struct Amounts<'a> {
    pub(super) metric: Option<&'a Spanned<String>>,
    pub(super) amount: Option<&'a Spanned<toml::Value>>,
    pub(super) amount_high: Option<&'a Spanned<toml::Value>>,
    pub(super) qualifier: Option<&'a Spanned<String>>,
    pub(super) unit: Option<&'a Spanned<String>>,
    pub(super) currency: Option<&'a String>,
}

/// An amount checked: its metric, its figure or range, its qualifier and currency in the
/// model's words, and the places of the amount and the qualifier.
pub(super) struct Measured {
    pub(super) metric: String,
    pub(super) low: String,
    pub(super) high: Option<String>,
    pub(super) qualifier: Option<String>,
    pub(super) qualifier_at: Option<String>,
    pub(super) currency: Option<String>,
    pub(super) amount_at: String,
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
