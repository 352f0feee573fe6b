//! In a fresh seed, the id of every record written so far, by its slug (a government by its
//! code), so that the millions of references in a large seed folder resolve from memory
//! instead of with a query each. A load into an existing database asks the database.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::Connection;

use crate::db;
use crate::model::PartialDate;

/// The kinds of record others refer to, apart from pledges (see [`Ids::pledge`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Source,
    Company,
    Official,
    Government,
    Category,
    Event,
}

/// Ids by slug of the records written in this seed.
#[derive(Default)]
pub(super) struct Ids {
    records: [HashMap<Box<str>, i64>; 6],
    pledges: HashMap<Box<str>, (i64, Option<PartialDate>)>,
}

impl Ids {
    /// Remembers that record `slug` of `kind` was written with `id`.
    pub(super) fn add(&mut self, kind: Kind, slug: &str, id: i64) {
        self.records[kind as usize].insert(slug.into(), id);
    }

    /// Remembers that pledge `slug`, made on `made_on`, was written with `id`.
    pub(super) fn add_pledge(&mut self, slug: &str, id: i64, made_on: Option<PartialDate>) {
        self.pledges.insert(slug.into(), (id, made_on));
    }
}

/// The id of record `slug` of `kind`: from `ids` in a fresh seed, else from the database.
pub(super) fn id(
    ids: Option<&Ids>,
    conn: &Connection,
    kind: Kind,
    slug: &str,
) -> Result<Option<i64>> {
    if let Some(ids) = ids {
        return Ok(ids.records[kind as usize].get(slug).copied());
    }
    match kind {
        Kind::Source => db::sources::id(conn, slug),
        Kind::Company => db::companies::id(conn, slug),
        Kind::Official => db::officials::id(conn, slug),
        Kind::Government => db::governments::id(conn, slug),
        Kind::Category => db::categories::id(conn, slug),
        Kind::Event => db::events::id(conn, slug),
    }
}

/// The id and date made of pledge `slug`: from `ids` in a fresh seed, else from the database.
pub(super) fn pledge(
    ids: Option<&Ids>,
    conn: &Connection,
    slug: &str,
) -> Result<Option<(i64, Option<PartialDate>)>> {
    match ids {
        Some(ids) => Ok(ids.pledges.get(slug).copied()),
        None => db::pledges::id_and_made_on(conn, slug),
    }
}
