//! The tables of a seed folder and their columns, in one place: the loader, the exporter, the
//! row counts and the generator of benchmark seeds all take them from here, and each matches
//! on [`Table`] exhaustively, so a table added here is a compile error until every one of them
//! handles it.
//!
//! This file depends on nothing else in the crate, so that `examples/generate.rs` can include
//! it as it is.

/// What a column of an exported table holds. Writers decide by column, never by sniffing
/// values: the formula guard touches only text, a workbook gets date cells for dates and numbers
/// for integers, and codes such as `08` stay text because their column is text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Names, titles, quotes, notes, and also slugs, enum names and codes.
    Text,
    /// An ISO 8601 date (`2017-01-09`), or for the partial dates of pledges and status entries
    /// a month (`2017-01`) or a year (`2017`), which a workbook keeps as text.
    Date,
    /// A whole number, written without separators.
    Integer,
    /// A yes/no flag, written `0` or `1`.
    Flag,
}

/// A column of an exported table: its header and what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: ColumnKind,
}

const fn text(name: &'static str) -> Column {
    Column { name, kind: ColumnKind::Text }
}

const fn date(name: &'static str) -> Column {
    Column { name, kind: ColumnKind::Date }
}

const fn integer(name: &'static str) -> Column {
    Column { name, kind: ColumnKind::Integer }
}

const fn flag(name: &'static str) -> Column {
    Column { name, kind: ColumnKind::Flag }
}

/// A table of the seed folder, one seed file each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Sources,
    Companies,
    CompanyAliases,
    Officials,
    OfficialAliases,
    Governments,
    Categories,
    CategoryAliases,
    CategoryHsCodes,
    Evidence,
    OfficialTitles,
    Events,
    EventParticipants,
    Pledges,
    PledgeParties,
    PledgeMarkets,
    PledgeTargets,
    PledgeCategories,
    PledgeEvents,
    StatusHistory,
    TargetProgress,
    TargetRevisions,
    PledgeRelations,
}

impl Table {
    /// Every table, parents first: the order seeds load and export in.
    pub const ALL: [Table; 23] = [
        Table::Sources,
        Table::Companies,
        Table::CompanyAliases,
        Table::Officials,
        Table::OfficialAliases,
        Table::Governments,
        Table::Categories,
        Table::CategoryAliases,
        Table::CategoryHsCodes,
        Table::Evidence,
        Table::OfficialTitles,
        Table::Events,
        Table::EventParticipants,
        Table::Pledges,
        Table::PledgeParties,
        Table::PledgeMarkets,
        Table::PledgeTargets,
        Table::PledgeCategories,
        Table::PledgeEvents,
        Table::StatusHistory,
        Table::TargetProgress,
        Table::TargetRevisions,
        Table::PledgeRelations,
    ];

    /// The table's name, also its seed file's stem and its sheet's name.
    pub const fn name(self) -> &'static str {
        match self {
            Table::Sources => "sources",
            Table::Companies => "companies",
            Table::CompanyAliases => "company_aliases",
            Table::Officials => "officials",
            Table::OfficialAliases => "official_aliases",
            Table::Governments => "governments",
            Table::Categories => "categories",
            Table::CategoryAliases => "category_aliases",
            Table::CategoryHsCodes => "category_hs_codes",
            Table::Evidence => "evidence",
            Table::OfficialTitles => "official_titles",
            Table::Events => "events",
            Table::EventParticipants => "event_participants",
            Table::Pledges => "pledges",
            Table::PledgeParties => "pledge_parties",
            Table::PledgeMarkets => "pledge_markets",
            Table::PledgeTargets => "pledge_targets",
            Table::PledgeCategories => "pledge_categories",
            Table::PledgeEvents => "pledge_events",
            Table::StatusHistory => "status_history",
            Table::TargetProgress => "target_progress",
            Table::TargetRevisions => "target_revisions",
            Table::PledgeRelations => "pledge_relations",
        }
    }

    /// The columns of its seed file, in order, with what each holds.
    pub const fn columns(self) -> &'static [Column] {
        match self {
            Table::Sources => {
                const {
                    &[
                        text("slug"),
                        text("kind"),
                        text("title"),
                        text("publisher"),
                        text("url"),
                        date("published_on"),
                        date("retrieved_on"),
                        text("file"),
                        text("sha256"),
                        text("note"),
                    ]
                }
            }
            Table::Companies => {
                const {
                    &[
                        text("slug"),
                        text("name"),
                        text("country"),
                        text("sector"),
                        text("parent"),
                        text("note"),
                    ]
                }
            }
            Table::CompanyAliases => const { &[text("company"), text("alias")] },
            Table::Officials => const { &[text("slug"), text("name"), text("note")] },
            Table::OfficialAliases => const { &[text("official"), text("alias")] },
            Table::Governments => const { &[text("code"), text("name"), text("note")] },
            Table::Categories => const { &[text("slug"), text("name"), text("parent")] },
            Table::CategoryAliases => const { &[text("category"), text("alias")] },
            Table::CategoryHsCodes => {
                const { &[text("category"), text("code_from"), text("code_to")] }
            }
            Table::Evidence => {
                const {
                    &[
                        text("subject"),
                        text("key"),
                        text("field"),
                        text("value"),
                        text("source"),
                        text("quote"),
                        text("speaker"),
                        flag("preferred"),
                        text("preferred_reason"),
                        text("note"),
                    ]
                }
            }
            Table::OfficialTitles => {
                const {
                    &[
                        text("official"),
                        text("title"),
                        text("company"),
                        text("government"),
                        text("organization"),
                        date("valid_from"),
                        date("valid_to"),
                    ]
                }
            }
            Table::Events => {
                const {
                    &[
                        text("slug"),
                        text("kind"),
                        text("title"),
                        date("start_on"),
                        date("end_on"),
                        text("date_precision"),
                        text("place"),
                        integer("duration_minutes"),
                        text("note"),
                    ]
                }
            }
            Table::EventParticipants => {
                const { &[text("event"), text("official"), text("company"), text("role")] }
            }
            Table::Pledges => {
                const {
                    &[
                        text("slug"),
                        text("title"),
                        text("description"),
                        text("kind"),
                        date("made_on"),
                        text("made_at"),
                        text("formality"),
                        date("deadline"),
                        text("focus"),
                        text("note"),
                    ]
                }
            }
            Table::PledgeParties => {
                const {
                    &[
                        text("pledge"),
                        text("role"),
                        text("company"),
                        text("government"),
                        text("official"),
                    ]
                }
            }
            Table::PledgeMarkets => const { &[text("pledge"), text("market")] },
            Table::PledgeTargets => {
                const {
                    &[
                        text("pledge"),
                        text("metric"),
                        text("label"),
                        integer("amount"),
                        text("unit"),
                        text("qualifier"),
                        integer("minimum"),
                        integer("maximum"),
                        date("by"),
                        integer("over_years"),
                        integer("for_years"),
                    ]
                }
            }
            Table::PledgeCategories => const { &[text("pledge"), text("category")] },
            Table::PledgeEvents => const { &[text("pledge"), text("event"), text("relation")] },
            Table::StatusHistory => {
                const {
                    &[
                        text("pledge"),
                        date("as_of"),
                        text("status"),
                        text("reason"),
                        text("source"),
                        text("quote"),
                        flag("preferred"),
                        text("preferred_reason"),
                        text("note"),
                    ]
                }
            }
            Table::TargetProgress => {
                const {
                    &[
                        text("pledge"),
                        text("metric"),
                        text("label"),
                        date("as_of"),
                        integer("amount"),
                        text("unit"),
                        text("qualifier"),
                        text("source"),
                        text("quote"),
                        text("note"),
                    ]
                }
            }
            Table::TargetRevisions => {
                const {
                    &[
                        text("pledge"),
                        text("metric"),
                        text("label"),
                        date("as_of"),
                        integer("amount"),
                        text("unit"),
                        text("qualifier"),
                        integer("minimum"),
                        integer("maximum"),
                        text("source"),
                        text("quote"),
                        text("note"),
                    ]
                }
            }
            Table::PledgeRelations => {
                const {
                    &[
                        text("pledge"),
                        text("relation"),
                        text("other"),
                        text("condition"),
                        text("source"),
                        text("quote"),
                        text("note"),
                    ]
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of seed files in docs/seed-files.md lists every table, in load order, with
    /// exactly its columns.
    #[test]
    fn the_seed_file_documentation_lists_every_table_and_column() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/seed-files.md");
        let doc = std::fs::read_to_string(path).unwrap();
        let documented: Vec<String> = doc
            .lines()
            .skip_while(|line| *line != "| file | columns |")
            .skip(2)
            .take_while(|line| line.starts_with('|'))
            .map(str::to_owned)
            .collect();
        let expected: Vec<String> = Table::ALL
            .iter()
            .map(|t| {
                let columns: Vec<&str> = t.columns().iter().map(|c| c.name).collect();
                format!("| `{}.csv` | {} |", t.name(), columns.join(", "))
            })
            .collect();
        assert_eq!(documented, expected, "update the table in docs/seed-files.md");
    }
}
