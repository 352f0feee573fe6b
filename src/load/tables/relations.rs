//! Rows of pledge_relations: how a pledge bears on another, each with its own source and quote.

use super::*;
use crate::model::Tie;

pub(super) fn pledge_relations(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let pledge = pledge_ref(f, s);
        let relation = f.required_parse::<Tie>("relation");
        let other = f.reference("other", "pledge", "pledges.csv", |slug| s.pledge(slug));
        let condition = f.text("condition");
        match (relation, rec.get("other").is_empty(), condition.is_some()) {
            (Some(Tie::Conditional), _, false) => f.problem(
                "condition",
                "is empty; a conditional relation says what the pledge depends on",
            ),
            (Some(tie), true, _) if tie != Tie::Conditional => f.problem(
                "other",
                format!("is empty; a {tie} relation names the other pledge by its slug"),
            ),
            (Some(tie), _, true) if tie != Tie::Conditional => f.problem(
                "condition",
                format!("is only for conditional relations, not {tie}; leave it empty"),
            ),
            _ => {}
        }
        if !rec.get("other").is_empty() && rec.get("other") == rec.get("pledge") {
            f.problem("other", "is the pledge itself; a relation links two different pledges");
        }
        let source = f
            .required_reference("source", "source", "sources.csv", |slug| s.id(Kind::Source, slug));
        let mut quote = f.required("quote");
        let span = match (source, quote.as_mut()) {
            (Some(source), Some(quote)) => s.locate(f, source, "quote", quote)?,
            _ => None,
        };
        let (Some((pledge_id, _)), Some(relation), Some(source_id), Some(quote), Some(span)) =
            (pledge, relation, source, quote, span)
        else {
            return Ok(());
        };
        if f.failed() {
            return Ok(());
        }
        let other_id = other.map(|(id, _)| id);
        if let Some(other_id) = other_id
            && let Some(path) = db::relations::cycle(s.conn, pledge_id, relation, other_id)?
        {
            f.problem(
                "other",
                format!(
                    "would close a cycle, since {path} already; a pledge cannot be inside or a \
                     restatement of itself: drop this relation or the one that is wrong"
                ),
            );
            return Ok(());
        }
        let new = NewRelation {
            pledge_id,
            relation,
            other_id,
            condition,
            source_id,
            quote,
            span,
            note: f.text("note"),
        };
        // Relations are append-only: an identical one is already there, anything else is new.
        s.upsert(
            file,
            f,
            "relation",
            |c| db::relations::find(c, &new),
            |c| db::relations::insert(c, &new),
            |_, _| Ok(false),
        )?;
        Ok(())
    })
}
