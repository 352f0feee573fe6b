//! The `[[relation]]` tables of a story file: how a pledge bears on another, recorded as
//! `pledge add relation` records it.

use crate::cmd::add::relation::Link;
use crate::model::Tie;

use super::*;

impl Plan {
    /// The pledge_relations row of one `[[relation]]`.
    pub(super) fn relation(
        &mut self,
        conn: &Connection,
        file: &File,
        source: &str,
        relation: Spanned<story::Relation>,
    ) -> Result<()> {
        let at = file.at(&relation);
        let r = relation.into_inner();
        let pledge = match &r.pledge {
            Some(p) => self.refer_pledge(conn, p.get_ref(), &file.at(p), "pledge")?,
            None => {
                self.problem(format!(
                    "{at}: [[relation]] names no pledge: add pledge = \"...\", the slug or title \
                     of a recorded pledge or the title of a [[pledge]] of the files"
                ));
                None
            }
        };
        let ties = [
            (Tie::PartOf, "part_of", &r.part_of),
            (Tie::Restates, "restates", &r.restates),
            (Tie::Supersedes, "supersedes", &r.supersedes),
            (Tie::Conditional, "condition", &r.condition),
        ];
        let given: Vec<_> = ties.iter().filter(|(_, _, v)| v.is_some()).collect();
        let (tie, key, value) = match given.as_slice() {
            [(tie, key, Some(value))] => (*tie, *key, value),
            [] => {
                self.problem(format!(
                    "{at}: [[relation]] says nothing of how the pledge bears on another: add one \
                     of part_of, restates or supersedes = \"...\" (the other pledge), or \
                     condition = \"...\" (in your own words)"
                ));
                return Ok(());
            }
            [_, (_, key, Some(value)), ..] => {
                self.problem(format!(
                    "{}: [[relation]] gives {key} as well: one table is one relation; give each \
                     its own [[relation]]",
                    file.at(value)
                ));
                return Ok(());
            }
            _ => return Ok(()),
        };
        if let (Some(on), false) = (&r.on, tie == Tie::Conditional) {
            self.problem(format!(
                "{}: on names the pledge a condition is about: give it with condition = \"...\", \
                 or delete it",
                file.at(on)
            ));
            return Ok(());
        }
        let Some(quote) = &r.quote else {
            self.problem(format!(
                "{at}: [[relation]] has no quote: add quote = \"...\", the article's words for it"
            ));
            return Ok(());
        };
        let other = match (tie, &r.on) {
            (Tie::Conditional, None) => None,
            (Tie::Conditional, Some(on)) => {
                match self.refer_pledge(conn, on.get_ref(), &file.at(on), "on")? {
                    Some(slug) => Some((slug, file.at(on))),
                    None => return Ok(()),
                }
            }
            _ => match self.refer_pledge(conn, value.get_ref(), &file.at(value), key)? {
                Some(slug) => Some((slug, file.at(value))),
                None => return Ok(()),
            },
        };
        let Some(pledge) = pledge else { return Ok(()) };
        let condition = (tie == Tie::Conditional).then(|| value.get_ref().as_str());
        let link =
            Link { pledge: &pledge, tie, other: other.as_ref().map(|o| o.0.as_str()), condition };
        let mut row = link
            .row((source, quote.get_ref()), r.note)
            .flag_rest(&at)
            .flag_of("quote", file.at(quote))
            .flag_of("condition", file.at(value));
        if let Some((_, other_at)) = &other {
            row = row.flag_of("other", other_at);
        }
        if let Some(p) = &r.pledge {
            row = row.flag_of("pledge", file.at(p));
        }
        self.rows.push(row);
        Ok(())
    }
}
