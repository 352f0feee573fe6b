//! The export queries: every table in its seed form; and the columns of the flat
//! `pledge_status` view, whose rows are `pledge list`'s.
//!
//! A table's export has exactly the columns of its seed file, in the same order, with
//! references as slugs, and its rows in the seed files' order (sorted by their columns as
//! strings, left to right; the status history by pledge, date and insertion), so exporting a
//! freshly seeded database gives back the seed files byte for byte. Rows are handed to a
//! callback one at a time as they come from SQLite, never collected, so a table of any size
//! exports in constant memory. Values come out as their CSV text (dates ISO 8601, integers
//! plain, flags `0`/`1`) with NULL as `None`; how they are written is `output`'s business.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};

use anyhow::{Result, ensure};
use rusqlite::Connection;
use rusqlite::types::ValueRef;

use crate::catalog::{Column, ColumnKind, Table};

const fn text(name: &'static str) -> Column {
    Column { name, kind: ColumnKind::Text }
}

const fn date(name: &'static str) -> Column {
    Column { name, kind: ColumnKind::Date }
}

const fn flag(name: &'static str) -> Column {
    Column { name, kind: ColumnKind::Flag }
}

/// Something `pledge export` can write: a table in seed form, or the `pledge_status` view.
#[derive(Debug)]
pub struct Export {
    /// The table's name, also its seed file's stem and its sheet's name.
    pub name: &'static str,
    pub columns: &'static [Column],
    /// Whether this is a table of the seed folder (else a view, never imported).
    pub seed: bool,
    sql: &'static str,
}

/// One row per pledge with its parties, targets, categories and status: the sheet people read.
/// Its rows are `pledge list`'s, from the same query ([`crate::db::pledges::each`]) with the
/// same filters, columns and cells, so it has no SQL of its own.
pub const PLEDGE_STATUS: Export = Export {
    name: "pledge_status",
    columns: &[
        text("slug"),
        text("title"),
        text("kind"),
        text("company"),
        text("made_by"),
        text("made_to"),
        date("made_on"),
        text("targets"),
        text("categories"),
        text("status"),
        date("status_since"),
        date("deadline"),
        // `yes` or `no`, as `pledge list` prints it; TRUE or FALSE in a workbook.
        flag("overdue"),
    ],
    seed: false,
    sql: "",
};

/// Every table of the seed folder, in load order (parents first).
pub const TABLES: &[Export] = &{
    let mut out = [PLEDGE_STATUS; Table::ALL.len()];
    let mut at = 0;
    while at < out.len() {
        out[at] = export(Table::ALL[at]);
        at += 1;
    }
    out
};

/// How `t` is exported: its query, with references as slugs and rows in seed order.
const fn export(t: Table) -> Export {
    match t {
        Table::Sources => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT slug, kind, title, publisher, url, published_on, retrieved_on, file, sha256, note
                  FROM sources ORDER BY slug",
        },
        Table::Companies => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT c.slug, c.name, c.country, c.sector, p.slug, c.note
                  FROM companies c LEFT JOIN companies p ON p.id = c.parent_id
                  ORDER BY c.slug",
        },
        Table::CompanyAliases => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT c.slug, a.alias FROM company_aliases a JOIN companies c ON c.id = a.company_id
                  ORDER BY c.slug, a.alias",
        },
        Table::Officials => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT slug, name, note FROM officials ORDER BY slug",
        },
        Table::OfficialAliases => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT o.slug, a.alias FROM official_aliases a JOIN officials o ON o.id = a.official_id
                  ORDER BY o.slug, a.alias",
        },
        Table::Categories => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT c.slug, c.name, p.slug
                  FROM categories c LEFT JOIN categories p ON p.id = c.parent_id
                  ORDER BY c.slug",
        },
        Table::CategoryAliases => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT c.slug, a.alias FROM category_aliases a JOIN categories c ON c.id = a.category_id
                  ORDER BY c.slug, a.alias",
        },
        Table::CategoryHsCodes => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT c.slug, h.code_from, h.code_to
                  FROM category_hs_codes h JOIN categories c ON c.id = h.category_id
                  ORDER BY c.slug, h.code_from",
        },
        Table::Evidence => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            // No key: claims are ordered by every column, as the seed file is.
            sql: "SELECT e.subject, e.key, e.field, e.value, s.slug AS source, e.quote, o.slug AS speaker,
                         e.preferred, e.preferred_reason, e.note
                  FROM evidence e
                  JOIN sources s ON s.id = e.source_id
                  LEFT JOIN officials o ON o.id = e.speaker_id
                  ORDER BY e.subject, e.key, e.field, e.value, source, e.quote, speaker, e.preferred,
                           e.preferred_reason, e.note",
        },
        Table::OfficialTitles => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT o.slug, t.title, c.slug, t.government, t.organization, t.valid_from, t.valid_to
                  FROM official_titles t
                  JOIN officials o ON o.id = t.official_id
                  LEFT JOIN companies c ON c.id = t.company_id
                  ORDER BY o.slug, t.title",
        },
        Table::Governments => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT code, name, note FROM governments ORDER BY code",
        },
        Table::Events => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT slug, kind, title, start_on, end_on, date_precision, place, duration_minutes, note
                  FROM events ORDER BY slug",
        },
        Table::EventParticipants => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT e.slug AS event, o.slug AS official, c.slug AS company, p.role
                  FROM event_participants p
                  JOIN events e ON e.id = p.event_id
                  LEFT JOIN officials o ON o.id = p.official_id
                  LEFT JOIN companies c ON c.id = p.company_id
                  ORDER BY event, official, company, p.role",
        },
        Table::Pledges => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT p.slug, p.title, p.description, p.kind, p.made_on, e.slug, p.formality,
                         p.deadline, p.focus, p.note
                  FROM pledges p
                  LEFT JOIN events e ON e.id = p.made_at_id
                  ORDER BY p.slug",
        },
        Table::PledgeParties => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT p.slug AS pledge, pp.role, c.slug AS company, g.code AS government,
                         o.slug AS official
                  FROM pledge_parties pp
                  JOIN pledges p ON p.id = pp.pledge_id
                  LEFT JOIN companies c ON c.id = pp.company_id
                  LEFT JOIN governments g ON g.id = pp.government_id
                  LEFT JOIN officials o ON o.id = pp.official_id
                  ORDER BY pledge, pp.role, company, government, official",
        },
        Table::PledgeMarkets => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT p.slug, m.market FROM pledge_markets m JOIN pledges p ON p.id = m.pledge_id
                  ORDER BY p.slug, m.market",
        },
        Table::PledgeTargets => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT p.slug, t.metric, t.label, t.amount, t.unit, t.qualifier, t.minimum,
                         t.maximum, t.by, t.over_years, t.for_years
                  FROM pledge_targets t JOIN pledges p ON p.id = t.pledge_id
                  ORDER BY p.slug, t.metric, t.label",
        },
        Table::PledgeCategories => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT p.slug, k.slug AS category
                  FROM pledge_categories pc
                  JOIN pledges p ON p.id = pc.pledge_id
                  JOIN categories k ON k.id = pc.category_id
                  ORDER BY p.slug, category",
        },
        Table::PledgeEvents => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT p.slug, e.slug AS event, pe.relation
                  FROM pledge_events pe
                  JOIN pledges p ON p.id = pe.pledge_id
                  JOIN events e ON e.id = pe.event_id
                  ORDER BY p.slug, event",
        },
        Table::StatusHistory => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            // The history is in the order it happened, then the order it was recorded.
            // An entry is marked preferred when its status is the one preferred on its date.
            sql: "SELECT p.slug, h.as_of, h.status, h.reason, s.slug, h.quote,
                         f.status IS NOT NULL AS preferred, f.reason, h.note
                  FROM status_history h
                  JOIN pledges p ON p.id = h.pledge_id
                  JOIN sources s ON s.id = h.source_id
                  LEFT JOIN status_preferences f
                      ON f.pledge_id = h.pledge_id AND f.as_of = h.as_of AND f.status = h.status
                  ORDER BY p.slug, h.as_of, h.id",
        },
        // Progress and revisions are in the order they happened, then the order recorded.
        Table::TargetProgress => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT p.slug, f.metric, f.label, f.as_of, f.amount, f.unit, f.qualifier,
                         s.slug, f.quote, f.note
                  FROM target_progress f
                  JOIN pledges p ON p.id = f.pledge_id
                  JOIN sources s ON s.id = f.source_id
                  ORDER BY p.slug, f.metric, f.label, f.as_of, f.id",
        },
        Table::TargetRevisions => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            sql: "SELECT p.slug, f.metric, f.label, f.as_of, f.amount, f.unit, f.qualifier,
                         f.minimum, f.maximum, s.slug, f.quote, f.note
                  FROM target_revisions f
                  JOIN pledges p ON p.id = f.pledge_id
                  JOIN sources s ON s.id = f.source_id
                  ORDER BY p.slug, f.metric, f.label, f.as_of, f.id",
        },
        Table::PledgeRelations => Export {
            name: t.name(),
            columns: t.columns(),
            seed: true,
            // Relations only grow: by pledge, then in the order recorded.
            sql: "SELECT p.slug, r.relation, o.slug, r.condition, s.slug, r.quote, r.note
                  FROM pledge_relations r
                  JOIN pledges p ON p.id = r.pledge_id
                  LEFT JOIN pledges o ON o.id = r.other_id
                  JOIN sources s ON s.id = r.source_id
                  ORDER BY p.slug, r.id",
        },
    }
}

/// Sets up `conn` for reading a whole table at once: pages are read through a memory map of
/// the first [`MAPPED`] bytes of the file instead of a system call each, and the page cache
/// holds [`CACHE_KIB`], so the pages the per-row lookups of `pledge_status` revisit stay read.
/// Both are bounds, whatever the size of the database.
pub fn tune_for_export(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "mmap_size", MAPPED)?;
    conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
    Ok(())
}

/// How much of the database file an export maps into memory: 256 MiB.
const MAPPED: i64 = 256 << 20;

/// How large an export's page cache is, in KiB: 16 MiB.
const CACHE_KIB: i64 = 16 << 10;

/// The table or view called `name`.
pub fn find(name: &str) -> Option<&'static Export> {
    std::iter::once(&PLEDGE_STATUS).chain(TABLES).find(|e| e.name == name)
}

/// The names of everything exportable: `pledge_status`, then the tables in load order.
pub fn names() -> impl Iterator<Item = &'static str> {
    std::iter::once(&PLEDGE_STATUS).chain(TABLES).map(|e| e.name)
}

/// Streams every row of the seed table `export` to `each`, values in `columns` order as their
/// CSV text, NULL as `None`. Returns how many rows were written.
pub fn rows(
    conn: &Connection,
    export: &Export,
    mut each: impl FnMut(&[Option<String>]) -> Result<()>,
) -> Result<u64> {
    ensure!(export.seed, "{} is a view: its rows come from the pledge listing", export.name);
    let mut stmt = conn.prepare(export.sql)?;
    let mut rows = stmt.query([])?;
    // One buffer per column, reused from row to row: no allocation per value.
    let mut values: Vec<Option<String>> = vec![None; export.columns.len()];
    let mut count = 0;
    while let Some(row) = rows.next()? {
        for (at, value) in values.iter_mut().enumerate() {
            let value_ref = row.get_ref(at)?;
            if value_ref == ValueRef::Null {
                *value = None;
                continue;
            }
            let text = value.get_or_insert_with(String::new);
            text.clear();
            match value_ref {
                ValueRef::Null => {}
                ValueRef::Integer(n) => write!(text, "{n}")?,
                ValueRef::Real(x) => write!(text, "{x}")?,
                ValueRef::Text(t) | ValueRef::Blob(t) => text.push_str(&String::from_utf8_lossy(t)),
            }
        }
        each(&values)?;
        count += 1;
    }
    Ok(count)
}

/// How many rows the seed table `export` has, counted without reading them.
pub fn count(conn: &Connection, export: &Export) -> Result<u64> {
    ensure!(export.seed, "{} is a view: count the pledge listing", export.name);
    let sql = ["SELECT count(*) FROM (", export.sql, ")"].concat();
    let n: i64 = conn.query_row(&sql, [], |r| r.get(0))?;
    Ok(n.try_into().unwrap_or(0))
}

/// A row's values, or its first `key` of them: its identity.
pub type Values = Vec<Option<String>>;

/// A seed table as it was before a change, to list what the change did (`import --dry-run`):
/// a 64-bit fingerprint of each row by its key, so that a table of a million rows takes tens
/// of megabytes rather than a copy of itself.
pub struct Before {
    key: usize,
    rows: HashMap<Values, u64>,
}

/// A row that a change added, or changed (with its new values).
pub enum Change {
    Added(Values),
    Changed(Values, Values),
}

fn fingerprint(values: &[Option<String>]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    values.hash(&mut hasher);
    hasher.finish()
}

/// Takes the fingerprints of every row of the seed table `export`, keyed by its first `key`
/// columns.
pub fn before(conn: &Connection, export: &Export, key: usize) -> Result<Before> {
    let mut rows = HashMap::new();
    self::rows(conn, export, |values| {
        let key = key.min(values.len());
        rows.insert(values[..key].to_vec(), fingerprint(values));
        Ok(())
    })?;
    Ok(Before { key, rows })
}

impl Before {
    /// The rows of `export` added or changed since, in the table's export order. A change
    /// whose row has the fingerprint of the old one (about 1 in 10^19) is missed.
    pub fn changes(&self, conn: &Connection, export: &Export) -> Result<Vec<Change>> {
        let mut changes = Vec::new();
        self::rows(conn, export, |values| {
            let key = &values[..self.key.min(values.len())];
            match self.rows.get(key) {
                None => changes.push(Change::Added(key.to_vec())),
                Some(&old) if old != fingerprint(values) => {
                    changes.push(Change::Changed(key.to_vec(), values.to_vec()))
                }
                Some(_) => {}
            }
            Ok(())
        })?;
        Ok(changes)
    }

    /// The current rows of `export` whose keys are among `keys`.
    pub fn rows_of(
        &self,
        conn: &Connection,
        export: &Export,
        keys: &HashSet<&[Option<String>]>,
    ) -> Result<HashMap<Values, Values>> {
        let mut found = HashMap::new();
        self::rows(conn, export, |values| {
            let key = &values[..self.key.min(values.len())];
            if keys.contains(key) {
                found.insert(key.to_vec(), values.to_vec());
            }
            Ok(())
        })?;
        Ok(found)
    }
}

/// Streams the stored text of every source that has one to `each`, as (file name, text), by
/// file name.
pub fn articles(conn: &Connection, mut each: impl FnMut(&str, &str) -> Result<()>) -> Result<u64> {
    let mut stmt = conn.prepare(
        "SELECT file, body FROM sources WHERE body IS NOT NULL AND file IS NOT NULL ORDER BY file",
    )?;
    let mut rows = stmt.query([])?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        each(row.get_ref(0)?.as_str()?, row.get_ref(1)?.as_str()?)?;
        count += 1;
    }
    Ok(count)
}
