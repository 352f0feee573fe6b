//! The database and its exports in the real clients people use: LibreOffice Calc and Datasette.
//!
//! A client that is not installed fails the test when `CI` is set (`.ci/run` installs them) and
//! is skipped with a notice otherwise.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::TestDb;
use crate::seed::dump;

/// Every table, in load order.
const TABLES: &[&str] = &[
    "sources",
    "companies",
    "company_aliases",
    "officials",
    "official_aliases",
    "categories",
    "category_aliases",
    "category_hs_codes",
    "evidence",
    "official_titles",
    "events",
    "event_participants",
    "pledges",
    "pledge_markets",
    "pledge_targets",
    "pledge_categories",
    "pledge_events",
    "status_history",
];

/// The program `name` on PATH; `None` (after a notice) when it is missing outside CI.
pub fn client(name: &str, install: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file());
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "{name} is missing: {install} (see .ci/run)");
        eprintln!("skipped: {name} is not installed ({install})");
    }
    found
}

/// Runs `cmd`, which must succeed.
fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{cmd:?}: {stderr}");
    stderr
}

/// Converts every file in `from` with LibreOffice headless into `to`, in a profile of its own
/// so that tests running at once do not share one.
fn soffice(soffice: &Path, db: &TestDb, filter: &[&str], from: &str, to: &str) {
    let profile = format!("-env:UserInstallation=file://{}", db.path("lo-profile").display());
    let files: Vec<PathBuf> = std::fs::read_dir(db.path(from))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    run(Command::new(soffice)
        .arg(profile)
        .arg("--headless")
        .args(filter)
        .arg("--outdir")
        .arg(db.path(to))
        .args(files)
        .env("HOME", db.path("lo-home")));
}

#[test]
fn every_table_round_trips_through_calc_unchanged() {
    let Some(calc) = client("soffice", "apt-get install libreoffice-calc-nogui") else { return };
    let db = TestDb::with_seed_copy();
    let extra = "evil,\"=HYPERLINK(\"\"http://example.com\"\")\",US,'0042,,'s-Hertogenbosch\n";
    db.write("seeds/companies.csv", db.read("seeds/companies.csv") + extra);
    run(&mut db.cmd(&["seed"]));
    let before = dump(&db);
    // The seed folder gives the article texts that sources.csv names; Calc's files replace its
    // CSV files.
    run(&mut db.cmd(&["export", "--dir", "calc"]));
    std::fs::create_dir(db.path("exported")).unwrap();
    for table in TABLES {
        run(&mut db.cmd(&["export", table, "--out", &format!("exported/{table}.csv")]));
    }
    // UTF-8 (76), comma, double quote: what the exported byte-order mark announces.
    let csv_in = ["--infilter=CSV:44,34,76,1", "--convert-to", "xlsx"];
    soffice(&calc, &db, &csv_in, "exported", "xlsx");
    let csv_out = ["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1"];
    soffice(&calc, &db, &csv_out, "xlsx", "calc");
    let codes = db.read("calc/category_hs_codes.csv");
    assert!(codes.contains("\"fruit\",\"'08\",\"'08\""), "{codes}");
    for table in TABLES {
        let stderr = run(&mut db.cmd(&["import", table, &format!("calc/{table}.csv")]));
        assert!(stderr.contains(": 0 added, 0 changed, "), "{table}: {stderr}");
    }
    assert_eq!(dump(&db), before);
}
