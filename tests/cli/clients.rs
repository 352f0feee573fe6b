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
    "pledge_relations",
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

/// A server process, killed when the test ends, passed or not.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A port nothing listens on now.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// The body of `GET path` from the server on `port`, as JSON.
fn get_json(port: u16, path: &str) -> serde_json::Value {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200") || head.starts_with("HTTP/1.0 200"), "{response}");
    serde_json::from_str(body).unwrap()
}

#[test]
fn datasette_finds_the_search_index_and_facets_the_status_view() {
    let Some(datasette) = client("datasette", "pip install datasette") else { return };
    let db = crate::fixture::more_pledges();
    // Opening the database once brings it to the current schema.
    run(&mut db.cmd(&["status"]));
    let metadata = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasette/metadata.json");
    let port = free_port();
    let mut server = Server(
        Command::new(datasette)
            .arg("serve")
            .arg(db.db_file())
            .args(["--host", "127.0.0.1", "--port", &port.to_string(), "-m"])
            .arg(metadata)
            .env("HOME", db.path("home"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    // A bounded wait for the server to listen: Python takes a few seconds to start.
    let started = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed().as_secs() < 60, "datasette did not start on port {port}");
        assert!(server.0.try_wait().unwrap().is_none(), "datasette exited before it listened");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // No fts_table in the metadata: Datasette finds pledges_fts from its declaration.
    let hits = get_json(port, "/pledges/pledges.json?_search=wine&_shape=array&_col=slug");
    let slugs: Vec<&str> =
        hits.as_array().unwrap().iter().map(|h| h["slug"].as_str().unwrap()).collect();
    assert_eq!(slugs, ["taobao-wine-sales"]);
    let view = get_json(port, "/pledges/pledge_status.json?_facet=status&_size=0");
    let facets = &view["facet_results"]["status"]["results"];
    let counts: Vec<(String, i64)> = facets
        .as_array()
        .unwrap_or_else(|| panic!("{view}"))
        .iter()
        .map(|f| (f["value"].as_str().unwrap_or("").to_owned(), f["count"].as_i64().unwrap()))
        .collect();
    // acme-training has no status yet: Datasette leaves NULL out of a facet.
    assert_eq!(counts, [("in_progress".into(), 1), ("stalled".into(), 1), ("withdrawn".into(), 1)]);
    drop(server);
}

/// The `pledge_status` view gives other clients the rows of `pledge list`. Its `overdue` reads
/// SQLite's clock; every deadline here is years in the past, so it agrees with any today.
#[test]
fn the_pledge_status_view_has_the_rows_of_pledge_list() {
    let db = crate::fixture::more_pledges();
    let out = db.cmd(&["--format", "csv", "--raw", "list"]).output().unwrap();
    let listed = String::from_utf8(out.stdout).unwrap();
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    let mut stmt = conn.prepare("SELECT * FROM pledge_status ORDER BY made_on, slug").unwrap();
    let width = stmt.column_count();
    let mut csv = csv::Writer::from_writer(Vec::new());
    let names: Vec<String> = stmt.column_names().map(str::to_owned).collect();
    csv.write_record(&names).unwrap();
    let mut rows = stmt.query([]).unwrap();
    while let Some(row) = rows.next().unwrap() {
        let cells: Vec<String> = (0..width)
            .map(|i| match row.get_ref(i).unwrap() {
                rusqlite::types::ValueRef::Null => String::new(),
                rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                other => format!("{other:?}"),
            })
            .collect();
        csv.write_record(&cells).unwrap();
    }
    let viewed = String::from_utf8(csv.into_inner().unwrap()).unwrap();
    assert_eq!(viewed, listed);
}
