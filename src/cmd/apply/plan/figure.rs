//! The `[[progress]]` and `[[revision]]` tables of a story file: figures about a pledge's
//! target, recorded as `pledge add progress` and `pledge add revision` record them.

use crate::cmd::add::progress::Measure;

use super::pledge::Amounts;
use super::*;

impl Plan {
    /// The row of one `[[progress]]` (`table` target_progress) or `[[revision]]`
    /// (target_revisions).
    pub(super) fn figure(
        &mut self,
        conn: &Connection,
        file: &File,
        source: &str,
        table: &'static str,
        figure: Spanned<story::Figure>,
    ) -> Result<()> {
        let at = file.at(&figure);
        let figure = figure.into_inner();
        let header = if table == "target_progress" { "[[progress]]" } else { "[[revision]]" };
        let pledge = match &figure.pledge {
            Some(p) => self.refer_pledge(conn, p.get_ref(), &file.at(p), "pledge")?,
            None => {
                self.problem(format!(
                    "{at}: {header} names no pledge: add pledge = \"...\", the slug or title of \
                     a recorded pledge or the title of a [[pledge]] of the files"
                ));
                None
            }
        };
        let Some(quote) = &figure.quote else {
            self.problem(format!(
                "{at}: {header} has no quote: add quote = \"...\", the article's words for the \
                 figure"
            ));
            return Ok(());
        };
        if figure.amount.is_none() {
            self.problem(format!(
                "{at}: {header} has no amount: add amount = 1454, the figure in the target's unit"
            ));
            return Ok(());
        }
        let amounts = Amounts {
            metric: figure.metric.as_ref(),
            amount: figure.amount.as_ref(),
            amount_high: figure.amount_high.as_ref(),
            qualifier: figure.qualifier.as_ref(),
            unit: figure.unit.as_ref(),
            currency: figure.currency.as_ref(),
        };
        let measured = self.measure(file, &at, &amounts);
        let dated = self.as_of(file, &at, header, &figure.as_of, &[]);
        let (Some(m), Some((as_of, as_of_at)), Some(pledge)) = (measured, dated, pledge) else {
            return Ok(());
        };
        if table == "target_progress"
            && let Some(high) = &figure.amount_high
        {
            self.problem(format!(
                "{}: progress is one figure, not a range: give what was delivered as amount, \
                 or record the range as a [[revision]]",
                file.at(high)
            ));
            return Ok(());
        }
        let as_of = as_of.to_string();
        let label = figure.label.as_deref().unwrap_or_default();
        let measure = Measure {
            pledge: &pledge,
            metric: &m.metric,
            label,
            as_of: &as_of,
            // A revised range has a bottom and a top instead of one amount.
            amount: if m.high.is_none() { Some(m.low.as_str()) } else { None },
            unit: m.currency.as_deref(),
            qualifier: m.qualifier.as_deref(),
        };
        let mut row = measure
            .row(table, Mode::Merge, (source, quote.get_ref()), figure.note)
            .flag_rest(&at)
            .flag_of("amount", &m.amount_at)
            .flag_of("quote", file.at(quote))
            .flag_of("as_of", as_of_at);
        if let Some(high) = &m.high {
            row = row.set("minimum", m.low.as_str()).set("maximum", high.as_str());
        }
        if let Some(q) = m.qualifier_at {
            row = row.flag_of("qualifier", q);
        }
        if let Some(p) = &figure.pledge {
            row = row.flag_of("pledge", file.at(p));
        }
        self.rows.push(row);
        Ok(())
    }
}
