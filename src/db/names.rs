//! SQL that finds records by what people call them: a slug, a name (a title for events, pledges
//! and sources) or an alias, regardless of case; and the closest ones to a name that matched
//! nothing, for "did you mean" hints.
//!
//! It only reads and never decides: whether no match or several is an error is the caller's call.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};

/// The kinds of record that are named by a slug.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Company,
    Official,
    Category,
    Event,
    Pledge,
    Source,
}

impl Kind {
    /// The kind a loader message calls `name` (`company`, `official`...), if it is one.
    pub fn parse(name: &str) -> Option<Kind> {
        Some(match name {
            "company" => Kind::Company,
            "official" => Kind::Official,
            "category" => Kind::Category,
            "event" => Kind::Event,
            "pledge" => Kind::Pledge,
            "source" => Kind::Source,
            _ => return None,
        })
    }

    /// The kind's name in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Company => "company",
            Kind::Official => "official",
            Kind::Category => "category",
            Kind::Event => "event",
            Kind::Pledge => "pledge",
            Kind::Source => "source",
        }
    }

    /// The plural, in messages ("names 2 companies").
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Company => "companies",
            Kind::Official => "officials",
            Kind::Category => "categories",
            Kind::Event => "events",
            Kind::Pledge => "pledges",
            Kind::Source => "sources",
        }
    }

    /// The command that lists records of the kind (`companies`; `list` for pledges).
    pub fn listing(self) -> &'static str {
        match self {
            Kind::Pledge => "list",
            other => other.plural(),
        }
    }

    /// The record whose slug is `?1`, exactly: (slug, name). It reads the slug's index.
    fn exact(self) -> &'static str {
        match self {
            Kind::Company => "SELECT slug, name FROM companies WHERE slug = ?1",
            Kind::Official => "SELECT slug, name FROM officials WHERE slug = ?1",
            Kind::Category => "SELECT slug, name FROM categories WHERE slug = ?1",
            Kind::Event => "SELECT slug, title FROM events WHERE slug = ?1",
            Kind::Pledge => "SELECT slug, title FROM pledges WHERE slug = ?1",
            Kind::Source => "SELECT slug, title FROM sources WHERE slug = ?1",
        }
    }

    /// The records whose slug, name or alias is `?1`, ignoring case: (slug, name).
    fn matching(self) -> &'static str {
        match self {
            Kind::Company => {
                "SELECT slug, name FROM companies WHERE slug = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE
                 UNION SELECT c.slug, c.name FROM company_aliases a JOIN companies c ON c.id = a.company_id
                 WHERE a.alias = ?1 COLLATE NOCASE ORDER BY 1"
            }
            Kind::Official => {
                "SELECT slug, name FROM officials WHERE slug = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE
                 UNION SELECT o.slug, o.name FROM official_aliases a JOIN officials o ON o.id = a.official_id
                 WHERE a.alias = ?1 COLLATE NOCASE ORDER BY 1"
            }
            Kind::Category => {
                "SELECT slug, name FROM categories WHERE slug = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE
                 UNION SELECT k.slug, k.name FROM category_aliases a JOIN categories k ON k.id = a.category_id
                 WHERE a.alias = ?1 COLLATE NOCASE ORDER BY 1"
            }
            Kind::Event => {
                "SELECT slug, title FROM events WHERE slug = ?1 COLLATE NOCASE OR title = ?1 COLLATE NOCASE
                 ORDER BY 1"
            }
            Kind::Pledge => {
                "SELECT slug, title FROM pledges WHERE slug = ?1 COLLATE NOCASE OR title = ?1 COLLATE NOCASE
                 ORDER BY 1"
            }
            Kind::Source => {
                "SELECT slug, title FROM sources WHERE slug = ?1 COLLATE NOCASE OR title = ?1 COLLATE NOCASE
                 ORDER BY 1"
            }
        }
    }

    /// Every slug with each thing it is called by: (slug, slug or name or alias).
    fn spellings(self) -> &'static str {
        match self {
            Kind::Company => {
                "SELECT slug, slug FROM companies UNION ALL SELECT slug, name FROM companies
                 UNION ALL SELECT c.slug, a.alias FROM company_aliases a JOIN companies c ON c.id = a.company_id"
            }
            Kind::Official => {
                "SELECT slug, slug FROM officials
                 UNION ALL SELECT slug, name FROM officials WHERE name IS NOT NULL
                 UNION ALL SELECT o.slug, a.alias FROM official_aliases a JOIN officials o ON o.id = a.official_id"
            }
            Kind::Category => {
                "SELECT slug, slug FROM categories UNION ALL SELECT slug, name FROM categories
                 UNION ALL SELECT k.slug, a.alias FROM category_aliases a JOIN categories k ON k.id = a.category_id"
            }
            Kind::Event => "SELECT slug, slug FROM events UNION ALL SELECT slug, title FROM events",
            Kind::Pledge => "SELECT slug, slug FROM pledges UNION ALL SELECT slug, title FROM pledges",
            Kind::Source => "SELECT slug, slug FROM sources UNION ALL SELECT slug, title FROM sources",
        }
    }
}

/// A record found by name: its slug, and its name or title when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub slug: String,
    pub name: Option<String>,
}

/// The records of `kind` that `text` names. A slug typed exactly is that record alone, so a
/// slug always means its record even when it is also another one's name; otherwise every
/// record whose slug, name or alias equals `text` (trimmed, any case), by slug.
/// A slug, the common case, costs one index look-up; a name reads the kind's names.
pub fn find(conn: &Connection, kind: Kind, text: &str) -> Result<Vec<Named>> {
    let text = text.trim();
    let named = |r: &rusqlite::Row| Ok(Named { slug: r.get(0)?, name: r.get(1)? });
    let mut stmt = conn.prepare_cached(kind.exact())?;
    if let Some(exact) = stmt.query_row([text], named).optional()? {
        return Ok(vec![exact]);
    }
    let mut stmt = conn.prepare_cached(kind.matching())?;
    let found = stmt.query_map([text], named)?.collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// How many hints a "did you mean" offers at most.
const HINTS: usize = 3;

/// The slugs of the records of `kind` closest to `text`, best first, at most three: those
/// spelled within a few typing slips of it (edit distance), then those that share its words.
/// Reads every slug, name and alias of the kind: it is meant for an error's hint.
pub fn closest(conn: &Connection, kind: Kind, text: &str) -> Result<Vec<String>> {
    let wanted = words(text);
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let joined = wanted.join(" ");
    // A slip is one edit in four characters, at least one.
    let length = joined.chars().count();
    let slips = (length / 4).max(1);
    // slug → (edits or usize::MAX, words shared)
    let mut best: HashMap<String, (usize, usize)> = HashMap::new();
    let mut stmt = conn.prepare_cached(kind.spellings())?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let slug: String = row.get(0)?;
        let spelling: String = row.get(1)?;
        let theirs = words(&spelling);
        let spelled = theirs.join(" ");
        // Lengths further apart than the slips allowed cannot be that close: skip the distance.
        let edits = match length.abs_diff(spelled.chars().count()) <= slips {
            true => strsim::levenshtein(&joined, &spelled),
            false => usize::MAX,
        };
        let edits = if edits <= slips { edits } else { usize::MAX };
        let shared = wanted.iter().filter(|w| w.len() > 2 && theirs.contains(w)).count();
        if edits == usize::MAX && shared == 0 {
            continue;
        }
        let entry = best.entry(slug).or_insert((edits, shared));
        *entry = (entry.0.min(edits), entry.1.max(shared));
    }
    let mut best: Vec<(String, (usize, usize))> = best.into_iter().collect();
    best.sort_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)).then(a.0.cmp(&b.0)));
    Ok(best.into_iter().take(HINTS).map(|b| b.0).collect())
}

/// `; did you mean `a`, `b` or `c`?` for the slugs given; empty for none.
pub fn did_you_mean(slugs: &[String]) -> String {
    let quoted: Vec<String> = slugs.iter().map(|s| format!("`{s}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => format!("; did you mean {one}?"),
        [rest @ .., last] => format!("; did you mean {} or {last}?", rest.join(", ")),
    }
}

/// The words of `text` in lower case: runs of letters and digits, so that a slug and a name
/// spell the same words (`jack-ma`, `Jack Ma`).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO companies (id, slug, name) VALUES (1, 'softbank', 'SoftBank Group'),
                                                           (2, 'intel', 'Intel');
             INSERT INTO company_aliases (company_id, alias) VALUES (1, 'SoftBank');
             INSERT INTO officials (id, slug, name) VALUES (1, 'jack-ma', 'Jack Ma'),
                                                           (2, 'ma-huateng', 'Ma Huateng'),
                                                           (3, 'masayoshi-son', 'Masayoshi Son');
             INSERT INTO official_aliases (official_id, alias) VALUES (1, 'Ma'), (2, 'ma'),
                                                                      (3, 'Son');",
        )
        .unwrap();
        conn
    }

    fn slugs(found: Vec<Named>) -> Vec<String> {
        found.into_iter().map(|n| n.slug).collect()
    }

    #[test]
    fn names_and_aliases_match_in_any_case() {
        let conn = db();
        assert_eq!(slugs(find(&conn, Kind::Company, "softbank group").unwrap()), ["softbank"]);
        assert_eq!(slugs(find(&conn, Kind::Company, " SOFTBANK ").unwrap()), ["softbank"]);
        assert_eq!(slugs(find(&conn, Kind::Official, "son").unwrap()), ["masayoshi-son"]);
        assert!(find(&conn, Kind::Company, "Alibaba").unwrap().is_empty());
    }

    #[test]
    fn a_name_shared_by_records_finds_them_all() {
        let conn = db();
        assert_eq!(slugs(find(&conn, Kind::Official, "MA").unwrap()), ["jack-ma", "ma-huateng"]);
    }

    #[test]
    fn hints_are_close_spellings_then_shared_words() {
        let conn = db();
        assert_eq!(closest(&conn, Kind::Company, "intl").unwrap(), ["intel"]);
        assert_eq!(closest(&conn, Kind::Official, "jack-mma").unwrap(), ["jack-ma"]);
        assert_eq!(closest(&conn, Kind::Official, "Masayoshi").unwrap(), ["masayoshi-son"]);
        assert!(closest(&conn, Kind::Company, "nope").unwrap().is_empty());
        assert!(closest(&conn, Kind::Company, "--").unwrap().is_empty());
    }
}
