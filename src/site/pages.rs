//! Each page of the site, from its queries to its template, and the downloads.
//!
//! Only queries through `db::`; only writes through [`Site`]. Listings go through [`Pager`],
//! which holds one page of rows at a time. Slugs name files as they are: the schema allows only
//! lowercase letters, digits and hyphens in them, so none can reach outside its folder.

use std::collections::HashMap;
use std::io::Write;

use anyhow::{Context, Result};
use minijinja::{Value, context};
use rusqlite::Connection;
use serde::Serialize;

use super::{ASSETS, Built, MARKER, PER_PAGE, Site};
use crate::db;
use crate::db::evidence::Conflict;
use crate::db::export::PLEDGE_STATUS;
use crate::db::filter::PledgeFilter;
use crate::db::pledges::Summary;
use crate::model::Status;
use crate::output::{Columns, CsvTable, SHEET_ROWS, TextStyle, Workbook};

/// Writes every page, asset and download of the site.
pub fn write_all(site: &Site, conn: &Connection) -> Result<Built> {
    site.file(MARKER, |out| {
        Ok(out
            .write_all(b"A site built by `pledge site`; a rebuild replaces this folder whole.\n")?)
    })?;
    for (path, text) in ASSETS {
        site.file(path, |out| Ok(out.write_all(text.as_bytes())?))?;
    }
    let on = site.options.on;
    let counts = db::pledges::count_by_status(conn, &PledgeFilter::default(), on)?;
    let total: i64 = counts.iter().map(|c| c.1).sum();
    // A worksheet holds SHEET_ROWS rows with its header; past that, the CSV alone.
    let workbook = total < i64::from(SHEET_ROWS);
    downloads(site, conn, workbook)?;
    let (pledges, index_pages) = index(site, conn, &counts, workbook)?;
    pledge_pages(site, conn)?;
    Ok(Built {
        pledges,
        index_pages,
        companies: companies(site, conn)?,
        people: people(site, conn)?,
        sources: sources(site, conn)?,
    })
}

/// The pledge listing as `pledge export --out FILE` writes it, as CSV and, when it fits in a
/// worksheet, as a workbook.
fn downloads(site: &Site, conn: &Connection, workbook: bool) -> Result<()> {
    let all = PledgeFilter::default();
    let on = site.options.on;
    let cells = |pledge: &Summary| -> Vec<Option<String>> {
        pledge.cells().into_iter().map(|c| (!c.is_empty()).then_some(c)).collect()
    };
    site.file("data/pledges.csv", |out| {
        let style = TextStyle { delimiter: b',', spreadsheet: true, guard: true };
        let mut table = CsvTable::new(out, style, PLEDGE_STATUS.columns)?;
        db::pledges::each(conn, &all, on, |pledge| table.row(&cells(&pledge)))?;
        table.finish()?;
        Ok(())
    })?;
    if !workbook {
        return Ok(());
    }
    site.file("data/pledges.xlsx", |out| {
        let mut book = Workbook::new(&site.dir)?;
        book.sheet(PLEDGE_STATUS.name, PLEDGE_STATUS.columns)?;
        db::pledges::each(conn, &all, on, |pledge| book.row(&cells(&pledge)))?;
        book.save(out)
    })
}

/// The index: `counts`, chart, totals and downloads (the `workbook` too, when written) on its
/// first page, then every pledge, a page at a time. Returns how many pledges and pages.
fn index(
    site: &Site,
    conn: &Connection,
    counts: &[(Option<Status>, i64)],
    workbook: bool,
) -> Result<(u64, usize)> {
    let on = site.options.on;
    let all = PledgeFilter::default();
    let overdue = PledgeFilter { overdue: true, ..PledgeFilter::default() };
    let overdue: i64 = db::pledges::count_by_status(conn, &overdue, on)?.iter().map(|c| c.1).sum();
    let head = context! {
        total => counts.iter().map(|c| c.1).sum::<i64>(),
        overdue => overdue,
        bars => bars(counts),
        totals => db::site::totals(conn, on)?,
        workbook,
    };
    let mut pager = Pager::new(site, "index.html", "index".to_owned(), head);
    let pledges = db::pledges::each(conn, &all, on, |pledge| pager.push(pledge))?;
    Ok((pledges, pager.finish()?))
}

/// One bar of the status chart.
#[derive(Debug, Serialize)]
struct Bar {
    /// The status name, or `none` for pledges not rated yet.
    status: &'static str,
    label: &'static str,
    count: i64,
    /// The bar's length in the chart's units, out of [`BAR_WIDTH`].
    width: i64,
}

/// The length of the longest bar.
const BAR_WIDTH: i64 = 400;

/// Every status in its order, with its count (zero too), then the pledges with no status yet
/// when there are any.
fn bars(counts: &[(Option<Status>, i64)]) -> Vec<Bar> {
    let count = |status: Option<Status>| counts.iter().find(|c| c.0 == status).map_or(0, |c| c.1);
    let most = counts.iter().map(|c| c.1).max().unwrap_or(0).max(1);
    let bar = |status: &'static str, label: &'static str, count: i64| Bar {
        status,
        label,
        count,
        width: count * BAR_WIDTH / most,
    };
    let mut bars: Vec<Bar> =
        Status::ALL.iter().map(|s| bar(s.as_str(), s.as_str(), count(Some(*s)))).collect();
    let unrated = count(None);
    if unrated > 0 {
        bars.push(bar("none", "not rated yet", unrated));
    }
    bars
}

/// A listing of pledges written [`PER_PAGE`] rows at a time: page 1 is `STEM.html`, page N
/// `STEM.N.html` (no slug holds a dot, so these never meet another page's name).
struct Pager<'a> {
    site: &'a Site,
    template: &'static str,
    stem: String,
    context: Value,
    rows: Vec<Summary>,
    per_page: usize,
    page: usize,
}

impl<'a> Pager<'a> {
    fn new(site: &'a Site, template: &'static str, stem: String, context: Value) -> Self {
        let rows = Vec::with_capacity(PER_PAGE);
        Pager { site, template, stem, context, rows, per_page: PER_PAGE, page: 0 }
    }

    fn push(&mut self, row: Summary) -> Result<()> {
        if self.rows.len() == self.per_page {
            self.flush(true)?;
        }
        self.rows.push(row);
        Ok(())
    }

    /// Writes the last page (the only one, empty, when there were no rows); returns how many.
    fn finish(mut self) -> Result<usize> {
        self.flush(false)?;
        Ok(self.page)
    }

    fn flush(&mut self, more: bool) -> Result<()> {
        self.page += 1;
        let page = self.page;
        let context = context! {
            rows => &self.rows,
            page => page,
            first => (page - 1) * self.per_page + 1,
            last => (page - 1) * self.per_page + self.rows.len(),
            prev => (page > 1).then(|| self.file_name(page - 1)),
            next => more.then(|| self.file_name(page + 1)),
            ..self.context.clone()
        };
        let path = match self.stem.rsplit_once('/') {
            Some((folder, _)) => format!("{folder}/{}", self.file_name(page)),
            None => self.file_name(page),
        };
        self.site.page(self.template, &path, context)?;
        self.rows.clear();
        Ok(())
    }

    /// The file name of page `page`, without its folder.
    fn file_name(&self, page: usize) -> String {
        let name = self.stem.rsplit_once('/').map_or(self.stem.as_str(), |(_, name)| name);
        if page == 1 { format!("{name}.html") } else { format!("{name}.{page}.html") }
    }
}

/// One page per pledge: its facts, targets, timeline, status history, quotes and disputes.
fn pledge_pages(site: &Site, conn: &Connection) -> Result<()> {
    let disputes = disputes(conn)?;
    db::pledges::each(conn, &PledgeFilter::default(), site.options.on, |summary| {
        pledge_page(site, conn, &summary.slug, &disputes)
    })?;
    Ok(())
}

fn pledge_page(
    site: &Site,
    conn: &Connection,
    slug: &str,
    disputes: &HashMap<String, Vec<Conflict>>,
) -> Result<()> {
    let on = site.options.on;
    let id = db::pledges::id(conn, slug)?.context("a pledge listed a moment ago")?;
    let detail = db::pledges::detail(conn, id, on)?.context("a pledge listed a moment ago")?;
    let filter = PledgeFilter { pledge_id: Some(id), ..PledgeFilter::default() };
    let moments = db::timeline::moments(conn, &filter, on)?;
    let own = format!("pledge/{slug}");
    let disputed: Vec<&str> = disputes
        .get(&own)
        .map(|claims| claims.iter().filter_map(|c| c.fact.rsplit('/').next()).collect())
        .unwrap_or_default();
    // Each quote once, with the facts it backs, the disputed ones marked.
    let mut claims = Vec::with_capacity(detail.quotes.len());
    for quoted in &detail.quotes {
        let source = cite(conn, &quoted.source)?;
        let facts: Vec<Value> = quoted
            .facts
            .iter()
            .map(|f| {
                let disputed = disputed.contains(&f.field.as_str());
                context! { disputed, ..Value::from_serialize(f) }
            })
            .collect();
        let disputed = facts.iter().any(|f| f.get_attr("disputed").is_ok_and(|d| d.is_true()));
        claims.push(context! { source, facts, disputed, ..Value::from_serialize(quoted) });
    }
    let mut related = Vec::with_capacity(detail.relations.len());
    for relation in &detail.relations {
        let source = cite(conn, &relation.source)?;
        let words = relation.words();
        related.push(context! { source, words, ..Value::from_serialize(relation) });
    }
    let mut history = Vec::with_capacity(detail.timeline.len());
    for entry in &detail.timeline {
        let source = cite(conn, &entry.source)?;
        history.push(context! { source, ..Value::from_serialize(entry) });
    }
    let records = std::iter::once((own, "This pledge"))
        .chain(detail.events.iter().map(|e| (format!("event/{}", e.slug), e.title.as_str())));
    let mut facts = Vec::new();
    for (record, about) in records {
        for (fact, group) in grouped(disputes.get(&record).map_or(&[], Vec::as_slice)) {
            let mut claims = Vec::with_capacity(group.len());
            for claim in group {
                let source = cite(conn, &claim.source)?;
                claims.push(context! { source, ..Value::from_serialize(claim) });
            }
            let field = fact.rsplit('/').next().unwrap_or(fact).replace('_', " ");
            facts.push(context! { about, field, claims });
        }
    }
    let targets: Vec<Value> = detail
        .targets
        .iter()
        .map(|t| {
            // The latest figure delivered as of the site's date, against the amount pledged (a
            // range counts from its minimum).
            let figures =
                detail.figures.iter().find(|f| f.metric == t.metric && f.label == t.label);
            let delivered = figures.and_then(|f| f.delivered.as_ref()).and_then(|d| d.amount);
            let amount = t.quantity.base();
            let unit = db::site::unit(t.metric, &t.quantity.unit);
            let metric = t.what();
            context! { unit, delivered, amount, metric, ..Value::from_serialize(t) }
        })
        .collect();
    let context = context! {
        pledge => &detail, targets, moments, history, claims, related,
        disputes => facts,
    };
    site.page("pledge.html", &format!("pledges/{slug}.html"), context)
}

/// The source a quote cites, as the page shows it.
fn cite(conn: &Connection, slug: &str) -> Result<db::site::Cited> {
    db::site::cited(conn, slug)?.with_context(|| format!("source `{slug}` of a quote is missing"))
}

/// Every claim on a disputed fact, by the record it is about (`pledge/SLUG`), in the order
/// `pledge conflicts` shows them. Disputes are few: this holds them all.
fn disputes(conn: &Connection) -> Result<HashMap<String, Vec<Conflict>>> {
    let mut by_record: HashMap<String, Vec<Conflict>> = HashMap::new();
    for conflict in db::evidence::conflicts(conn, -1)? {
        let record = conflict.fact.rsplit_once('/').map_or("", |(record, _)| record).to_owned();
        by_record.entry(record).or_default().push(conflict);
    }
    Ok(by_record)
}

/// A record's disputed claims, one group per fact, in order.
fn grouped(claims: &[Conflict]) -> Vec<(&str, Vec<&Conflict>)> {
    let mut groups: Vec<(&str, Vec<&Conflict>)> = Vec::new();
    for claim in claims {
        match groups.last_mut() {
            Some((fact, group)) if *fact == claim.fact => group.push(claim),
            _ => groups.push((&claim.fact, vec![claim])),
        }
    }
    groups
}

/// The page listing companies, then one page (or more) per company with its pledges and its
/// subsidiaries'. Returns how many companies.
fn companies(site: &Site, conn: &Connection) -> Result<usize> {
    let companies = db::companies::list(conn, -1)?;
    site.page("companies.html", "companies.html", context! { companies => &companies })?;
    for company in &companies {
        let slug = company.slug.as_str();
        let id = db::companies::id(conn, slug)?;
        let filter = PledgeFilter { company_id: id, ..PledgeFilter::default() };
        let context = context! { company };
        let mut pager = Pager::new(site, "company.html", format!("companies/{slug}"), context);
        db::pledges::each(conn, &filter, site.options.on, |pledge| pager.push(pledge))?;
        pager.finish()?;
    }
    Ok(companies.len())
}

/// The page listing people, then one page (or more) per person with the pledges they made or
/// received. Returns how many people.
fn people(site: &Site, conn: &Connection) -> Result<usize> {
    let people = db::officials::list(conn, -1)?;
    site.page("people.html", "people.html", context! { people => &people })?;
    for person in &people {
        let slug = person.slug.as_str();
        let id = db::officials::id(conn, slug)?;
        let filter = PledgeFilter { official_id: id, ..PledgeFilter::default() };
        let context = context! { person };
        let mut pager = Pager::new(site, "person.html", format!("people/{slug}"), context);
        db::pledges::each(conn, &filter, site.options.on, |pledge| pager.push(pledge))?;
        pager.finish()?;
    }
    Ok(people.len())
}

/// The page of sources. Returns how many.
fn sources(site: &Site, conn: &Connection) -> Result<usize> {
    let sources = db::sources::list(conn, -1)?;
    site.page("sources.html", "sources.html", context! { sources => &sources })?;
    Ok(sources.len())
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::site::Options;

    fn summary(n: usize) -> Summary {
        Summary {
            id: n as i64,
            slug: format!("pledge-{n}"),
            title: format!("Pledge {n}"),
            kind: crate::model::PledgeKind::Other,
            company: "Acme".into(),
            made_by: None,
            made_to: None,
            made_on: crate::model::PartialDate::parse("2020-01-01"),
            targets: Vec::new(),
            figures: Vec::new(),
            categories: Vec::new(),
            status: None,
            status_since: None,
            deadline: None,
            overdue: false,
        }
    }

    #[test]
    fn listings_are_written_a_page_at_a_time_with_links_between_pages() {
        let dir = tempfile::tempdir().unwrap();
        let on = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let site = Site::new(dir.path(), &Options { on, title: "T".into() }).unwrap();
        let context =
            context! { company => context! { name => "Acme", slug => "acme", pledges => 5 } };
        let mut pager = Pager::new(&site, "company.html", "companies/acme".into(), context);
        pager.per_page = 2;
        for n in 1..=5 {
            pager.push(summary(n)).unwrap();
            assert!(pager.rows.len() <= 2, "a page of rows at most is held");
        }
        assert_eq!(pager.finish().unwrap(), 3);
        let page = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
        let first = page("companies/acme.html");
        assert!(first.contains("Pledges 1 to 2 (page 1)"));
        assert!(first.contains("<a rel=\"next\" href=\"acme.2.html\">"));
        assert!(!first.contains("rel=\"prev\""));
        let second = page("companies/acme.2.html");
        assert!(second.contains("Pledges 3 to 4 (page 2)"));
        assert!(second.contains("<a rel=\"prev\" href=\"acme.html\">"));
        assert!(second.contains("href=\"../pledges/pledge-3.html\""));
        let last = page("companies/acme.3.html");
        assert!(last.contains("Pledges 5 to 5 (page 3)"));
        assert!(!last.contains("rel=\"next\""));
    }

    #[test]
    fn the_chart_scales_bars_to_the_largest_count() {
        let bars = bars(&[(Some(Status::Kept), 10), (Some(Status::Broken), 5), (None, 1)]);
        let width = |status: &str| bars.iter().find(|b| b.status == status).unwrap().width;
        assert_eq!((width("kept"), width("broken"), width("announced")), (400, 200, 0));
        assert_eq!(bars.last().unwrap().label, "not rated yet");
        assert_eq!(bars.len(), Status::ALL.len() + 1);
    }
}
