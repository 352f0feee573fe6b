//! Rows of pledge targets, and of the dated facts about them: what was delivered
//! (target_progress) and how a target was revised (target_revisions).
//!
//! A target is backed by a claim on its pledge whose field is the metric (`METRIC_LABEL` with a
//! label, such as `jobs_direct`) and whose value is the amount (`MINIMUM-MAXIMUM` for a bare range). A USD target of a
//! money metric without a label is also backed by a claim on `usd_METRIC`, the field claims
//! named before metrics had currencies, so that those claims stay valid. Progress and revisions
//! carry their own source and quote, like status entries.

use super::*;
use crate::db::targets::FactKind;
use crate::model::{
    Horizon, Metric, NewTargetFact, PartialDate, Quantity, Target, claim_field, is_currency,
};

/// The `label` column: empty, or lowercase letters, digits and `_` (it is part of the field
/// of the claims backing the target).
fn label(f: &mut Fields, rec: &Record) -> Option<String> {
    let raw = rec.get("label");
    let fine = raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !fine {
        f.problem(
            "label",
            format!("`{raw}` may only hold lowercase letters, digits and _ (such as direct)"),
        );
        return None;
    }
    Some(raw.to_owned())
}

/// The `unit` column as a metric needs it: an ISO 4217 currency for money, empty for a count.
fn unit(f: &mut Fields, rec: &Record, metric: Option<Metric>) -> Option<String> {
    let raw = rec.get("unit");
    let metric = metric?;
    match (metric.is_money(), raw) {
        (true, "") => f.problem(
            "unit",
            format!("is empty; {metric} is money: give its ISO 4217 currency, such as USD"),
        ),
        (true, code) if !is_currency(code) => f.problem(
            "unit",
            format!("`{code}` is not an ISO 4217 currency code (such as USD, JPY, TWD)"),
        ),
        (false, code) if !code.is_empty() => {
            f.problem("unit", format!("`{code}` is set, but {metric} is a count: leave unit empty"))
        }
        _ => return Some(raw.to_owned()),
    }
    None
}

/// The quantity columns: amount, qualifier and (`range`) minimum and maximum.
fn quantity(f: &mut Fields, unit: Option<String>, range: bool) -> Option<Quantity> {
    let amount = f.integer("amount", 0);
    let qualifier = f.parse("qualifier");
    let (minimum, maximum) =
        if range { (f.integer("minimum", 0), f.integer("maximum", 0)) } else { (None, None) };
    let quantity = Quantity { amount, unit: unit?, qualifier, minimum, maximum };
    if f.failed() {
        return None;
    }
    if let Some((column, problem)) = quantity.problem() {
        f.problem(column, problem);
        return None;
    }
    Some(quantity)
}

/// Whether a claim backs the target: on its own field, or on the field of older claims.
fn require_target_evidence(
    f: &mut Fields,
    s: &Session,
    pledge: &str,
    target: &Target,
) -> Result<()> {
    let value = target.quantity.claim_value();
    if let Some(legacy) = target.legacy_claim_field() {
        let found = match &s.facts {
            Some(facts) => facts.contains(Subject::Pledge, pledge, &legacy, Some(&value)),
            None => db::evidence::exists(s.conn, Subject::Pledge, pledge, &legacy, Some(&value))?,
        };
        if found {
            return Ok(());
        }
    }
    require_evidence(f, s, (Subject::Pledge, pledge, &target.claim_field(), Some(&value)))
}

pub(super) fn pledge_targets(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let pledge = pledge_ref(f, s);
        let metric = f.required_parse::<Metric>("metric");
        let label = label(f, rec);
        let unit = unit(f, rec, metric);
        let quantity = quantity(f, unit, true);
        let by = f.partial_date("by");
        let over_years = f.integer("over_years", 1);
        let for_years = f.integer("for_years", 1);
        if by.is_some() && over_years.is_some() {
            f.problem(
                "over_years",
                "is set with by: give one deadline, a date or a number of years",
            );
        }
        let (Some((pledge_id, made_on)), Some(metric), Some(label), Some(quantity)) =
            (pledge, metric, label, quantity)
        else {
            return Ok(());
        };
        if let (Some(by), Some(made_on)) = (by, made_on)
            && by.last_day() < made_on.first_day()
        {
            f.problem("by", format!("{by} is before the pledge was made ({made_on})"));
        }
        let horizon = Horizon { by, over_years, for_years };
        let target = Target { metric, label, quantity, horizon };
        require_target_evidence(f, s, rec.get("pledge"), &target)?;
        let new = NewTarget { pledge_id, target };
        s.upsert(
            file,
            f,
            "metric",
            |c| db::targets::id(c, pledge_id, new.target.metric, &new.target.label),
            |c| db::targets::insert(c, &new).map(|()| c.last_insert_rowid()),
            |c, rowid| db::targets::update(c, rowid, &new),
        )?;
        Ok(())
    })
}

pub(super) fn target_progress(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    target_fact(FactKind::Progress, s, file, rec, problems)
}

pub(super) fn target_revisions(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    target_fact(FactKind::Revision, s, file, rec, problems)
}

/// A progress figure or a revision: dated, in its target's unit, with its own source and quote.
fn target_fact(
    kind: FactKind,
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let pledge = pledge_ref(f, s);
        let metric = f.required_parse::<Metric>("metric");
        let label = label(f, rec);
        let as_of = f.partial_date("as_of");
        if rec.get("as_of").is_empty() {
            f.problem("as_of", "is empty but required (a day, a month or at least a year)");
        }
        if kind == FactKind::Progress && rec.get("amount").is_empty() {
            f.problem("amount", "is empty but required");
        }
        let unit = target_unit(f, s, rec, pledge, metric, label.as_deref())?;
        let quantity = quantity(f, unit, kind == FactKind::Revision);
        let source = f
            .required_reference("source", "source", "sources.csv", |slug| s.id(Kind::Source, slug));
        let mut quote = f.required("quote");
        let span = match (source, quote.as_mut()) {
            (Some(source), Some(quote)) => s.locate(f, source, "quote", quote)?,
            _ => None,
        };
        let (
            Some((pledge_id, made_on)),
            Some(metric),
            Some(label),
            Some(as_of),
            Some(quantity),
            Some(source_id),
            Some(quote),
            Some(span),
        ) = (pledge, metric, label, as_of, quantity, source, quote, span)
        else {
            return Ok(());
        };
        if let Some(made_on) = made_on
            && as_of.last_day() < made_on.first_day()
        {
            f.problem("as_of", format!("{as_of} is before the pledge was made ({made_on})"));
        }
        let fact = NewTargetFact {
            pledge_id,
            metric,
            label,
            as_of,
            quantity,
            source_id,
            quote,
            span,
            note: f.text("note"),
        };
        // Append-only: an identical entry is already there, anything else is new.
        s.upsert(
            file,
            f,
            "as_of",
            |c| db::targets::find_fact(c, kind, &fact),
            |c| db::targets::insert_fact(c, kind, &fact),
            |_, _| Ok(false),
        )?;
        Ok(())
    })
}

/// The `unit` of a fact about a target: the target must exist, and the unit be its own.
fn target_unit(
    f: &mut Fields,
    s: &Session,
    rec: &Record,
    pledge: Option<(i64, Option<PartialDate>)>,
    metric: Option<Metric>,
    label: Option<&str>,
) -> Result<Option<String>> {
    let (Some((pledge_id, _)), Some(metric), Some(label)) = (pledge, metric, label) else {
        return Ok(None);
    };
    let given = rec.get("unit");
    let Some(unit) = db::targets::unit(s.conn, pledge_id, metric, label)? else {
        let target = claim_field(metric, label);
        let add = if rec.typed { "with `pledge add target`" } else { "to pledge_targets.csv" };
        f.problem(
            "metric",
            format!(
                "pledge `{}` has no target `{target}`: add it {add} first, or name one it \
                 has (see `pledge show`)",
                rec.get("pledge")
            ),
        );
        return Ok(None);
    };
    if given != unit {
        let problem = match (unit.as_str(), given) {
            ("", _) => {
                format!("`{given}` is set, but the target counts {metric}: leave unit empty")
            }
            (_, "") if rec.typed => {
                format!("is not given; the target is in {unit}: add --unit {unit}")
            }
            (_, "") => format!("is empty; the target is in {unit}: write {unit}"),
            _ => format!(
                "`{given}` is not the target's currency ({unit}): give the figure in {unit}"
            ),
        };
        f.problem("unit", problem);
        return Ok(None);
    }
    Ok(Some(unit))
}
