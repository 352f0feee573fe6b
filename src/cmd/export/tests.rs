use super::*;
use crate::load::TABLES;

#[test]
fn a_full_disk_is_named() {
    let full = io::Error::from(io::ErrorKind::StorageFull);
    assert_eq!(reason(&full), "the disk is full");
}

#[test]
fn every_seed_table_exports_the_columns_the_loader_reads() {
    let exported: Vec<_> = db::export::TABLES.iter().map(|e| e.name).collect();
    let loaded: Vec<_> = TABLES.iter().map(|t| t.name).collect();
    assert_eq!(exported, loaded);
    for (export, table) in db::export::TABLES.iter().zip(TABLES) {
        assert_eq!(export.columns, table.columns, "{}", table.name);
    }
}

#[test]
fn pledge_status_has_the_columns_of_pledge_list() {
    let headers: Vec<_> = PLEDGE_STATUS.columns.iter().map(|c| c.name).collect();
    assert_eq!(headers, <db::pledges::Summary as Columns>::HEADERS);
}

#[test]
fn a_csv_past_the_spreadsheet_limit_gets_a_warning() {
    assert_eq!(too_long("pledges", 9, 10), None);
    let warning = too_long("pledges", 10, 10).unwrap();
    assert!(warning.starts_with("pledges has 10 rows, more than the 9 a spreadsheet"));
}
