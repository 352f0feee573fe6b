//! One row handler per table: its columns, how a row is checked, and what it writes.
//!
//! Tables load parents first (`TABLES` order). Evidence loads before the records it supports,
//! so each pledge, target, event, participant, title and category link is checked for a claim
//! backing it as it is read; claims about records that never appear are reported once
//! everything is in (`Session::finish`).

mod claims;
mod pledges;
mod records;
mod relations;
mod sources;
mod targets;

use anyhow::Result;

use super::ids::Kind;
use super::{Fields, FileState, Mode, Problems, Record, Session, missing};
use crate::catalog::{self, Column};
use crate::db;
use crate::model::{
    MAX_TEXT_BYTES, NewCategory, NewCompany, NewEvent, NewEvidence, NewGovernment, NewOfficial,
    NewParticipant, NewParty, NewPledge, NewRelation, NewSource, NewStatusEntry, NewTarget,
    NewTitle, PartyRole, Reason, Status, Subject,
};

use claims::*;
use pledges::*;
use records::*;
use relations::*;
use sources::*;
use targets::*;

/// A table as seed files and imports see it.
#[derive(Clone, Copy)]
pub struct Table {
    /// The table's name, also its seed file's stem.
    pub name: &'static str,
    /// How many of its leading columns identify a row: what a merge matches existing rows on
    /// (all of them for the status history, which only grows).
    pub key: usize,
    /// The columns of its CSV form, in seed-file order.
    pub columns: &'static [Column],
    /// The kind of record its rows define and others refer to by slug, if any.
    pub defines: Option<&'static str>,
    pub(super) row: fn(&mut Session, &mut FileState, &Record, &mut Problems) -> Result<()>,
    pub(super) finish: fn(&mut Session, &mut FileState, &mut Problems) -> Result<()>,
}

impl Table {
    /// The seed file name (`pledges.csv`).
    pub fn file(&self) -> String {
        format!("{}.csv", self.name)
    }
}

/// Every table, parents first: the order seeds load in.
pub const TABLES: &[Table] = &{
    let mut out = [handler(catalog::Table::Sources); catalog::Table::ALL.len()];
    let mut at = 0;
    while at < out.len() {
        out[at] = handler(catalog::Table::ALL[at]);
        at += 1;
    }
    out
};

/// How rows of `t` are checked and written.
const fn handler(t: catalog::Table) -> Table {
    match t {
        catalog::Table::Sources => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("source"),
            row: sources,
            finish: nothing,
        },
        catalog::Table::Companies => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("company"),
            row: companies,
            finish: |s, file, problems| link_parents(Tree::Companies, s, file, problems),
        },
        catalog::Table::CompanyAliases => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: |s, file, rec, problems| aliases(AliasOf::Company, s, file, rec, problems),
            finish: nothing,
        },
        catalog::Table::Officials => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("official"),
            row: officials,
            finish: nothing,
        },
        catalog::Table::OfficialAliases => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: |s, file, rec, problems| aliases(AliasOf::Official, s, file, rec, problems),
            finish: nothing,
        },
        catalog::Table::Governments => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("government"),
            row: governments,
            finish: nothing,
        },
        catalog::Table::Categories => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("category"),
            row: categories,
            finish: |s, file, problems| link_parents(Tree::Categories, s, file, problems),
        },
        catalog::Table::CategoryAliases => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: |s, file, rec, problems| aliases(AliasOf::Category, s, file, rec, problems),
            finish: nothing,
        },
        catalog::Table::CategoryHsCodes => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: hs_codes,
            finish: nothing,
        },
        catalog::Table::Evidence => Table {
            name: t.name(),
            key: 6,
            columns: t.columns(),
            defines: None,
            row: evidence,
            finish: nothing,
        },
        catalog::Table::OfficialTitles => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: official_titles,
            finish: nothing,
        },
        catalog::Table::Events => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("event"),
            row: events,
            finish: nothing,
        },
        catalog::Table::EventParticipants => Table {
            name: t.name(),
            key: 3,
            columns: t.columns(),
            defines: None,
            row: participants,
            finish: nothing,
        },
        catalog::Table::Pledges => Table {
            name: t.name(),
            key: 1,
            columns: t.columns(),
            defines: Some("pledge"),
            row: pledges,
            finish: nothing,
        },
        catalog::Table::PledgeParties => Table {
            name: t.name(),
            key: 5,
            columns: t.columns(),
            defines: None,
            row: pledge_parties,
            finish: nothing,
        },
        catalog::Table::PledgeMarkets => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: pledge_markets,
            finish: nothing,
        },
        catalog::Table::PledgeTargets => Table {
            name: t.name(),
            key: 3,
            columns: t.columns(),
            defines: None,
            row: pledge_targets,
            finish: nothing,
        },
        catalog::Table::PledgeCategories => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: pledge_categories,
            finish: nothing,
        },
        catalog::Table::PledgeEvents => Table {
            name: t.name(),
            key: 2,
            columns: t.columns(),
            defines: None,
            row: pledge_events,
            finish: nothing,
        },
        catalog::Table::StatusHistory => Table {
            name: t.name(),
            key: 7,
            columns: t.columns(),
            defines: None,
            row: status_history,
            finish: nothing,
        },
        catalog::Table::TargetProgress => Table {
            name: t.name(),
            key: 10,
            columns: t.columns(),
            defines: None,
            row: target_progress,
            finish: nothing,
        },
        catalog::Table::TargetRevisions => Table {
            name: t.name(),
            key: 12,
            columns: t.columns(),
            defines: None,
            row: target_revisions,
            finish: nothing,
        },
        catalog::Table::PledgeRelations => Table {
            name: t.name(),
            key: 7,
            columns: t.columns(),
            defines: None,
            row: pledge_relations,
            finish: nothing,
        },
    }
}

fn nothing(_: &mut Session, _: &mut FileState, _: &mut Problems) -> Result<()> {
    Ok(())
}
