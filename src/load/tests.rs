use std::fs;
use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::seed::Built;
use super::*;
use crate::db;

/// An in-memory database loaded from the project's seeds.
fn seeded() -> Connection {
    let conn = db::open_in_memory().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut problems = Problems::default();
    let mut session = Session::new(&conn, Mode::Fresh, Some(dir.join(ARTICLES)));
    for table in TABLES {
        let path = dir.join(table.file());
        session.load_file(table, &table.file(), open_csv(&path).unwrap(), &mut problems).unwrap();
    }
    session.finish(&mut problems).unwrap();
    assert!(problems.is_empty(), "{problems}");
    conn
}

fn merge(conn: &Connection, table: &str, csv: &str) -> (Tally, String) {
    let mut problems = Problems::default();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut session = Session::new(conn, Mode::Merge, Some(dir.join(ARTICLES)));
    let tally =
        session.load_file(table_named(table), "in.csv", csv.as_bytes(), &mut problems).unwrap();
    session.finish(&mut problems).unwrap();
    (tally, problems.to_string())
}

fn table_named(name: &str) -> &'static Table {
    table(name).unwrap()
}

#[test]
fn merging_the_seed_files_again_changes_nothing() {
    let conn = seeded();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for t in TABLES {
        let text = std::fs::read_to_string(dir.join(t.file())).unwrap();
        let rows = text.lines().count() as u64 - 1;
        let (tally, problems) = merge(&conn, t.name, &text);
        assert_eq!(problems, "", "{}", t.name);
        assert_eq!(tally.added + tally.changed, 0, "{}: {tally:?}", t.name);
        assert!(tally.unchanged <= rows, "{}", t.name);
    }
}

#[test]
fn merging_adds_new_keys_and_updates_changed_rows() {
    let conn = seeded();
    let csv = "slug,name,country,sector,parent,note\n\
               alibaba,Alibaba Group,CN,online sales platform,,\n\
               taobao,Taobao,CN,,alibaba,\n\
               repdm,RepDM,US,,,US partner of Alibaba for the Access Asia 2017 summit\n";
    let (tally, problems) = merge(&conn, "companies", csv);
    assert_eq!(problems, "");
    assert_eq!(tally, Tally { added: 1, changed: 1, unchanged: 1 });
    let parent: String = conn
        .query_row("SELECT p.slug FROM companies c JOIN companies p ON p.id = c.parent_id WHERE c.slug = 'taobao'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(parent, "alibaba");
}

#[test]
fn parents_cannot_loop() {
    let conn = seeded();
    let csv = "slug,name,country,sector,parent,note\n\
               alibaba,Alibaba,CN,online sales platform,repdm,\n\
               repdm,RepDM,US,,alibaba,\n";
    let (_, problems) = merge(&conn, "companies", csv);
    assert_eq!(
        problems,
        "in.csv:3: column parent: `alibaba` is this company or one of its subsidiaries; parents cannot loop\n"
    );
    let csv = "slug,name,parent\nwine,Wine,wine\n";
    let (_, problems) = merge(&conn, "categories", csv);
    assert_eq!(
        problems,
        "in.csv:2: column parent: `wine` is this category or one beneath it; parents cannot loop\n"
    );
}

#[test]
fn merging_refuses_a_key_twice_in_one_file() {
    let conn = seeded();
    let csv = "pledge,market\nalibaba-1-million-us-jobs,China\nalibaba-1-million-us-jobs,China\n";
    let (_, problems) = merge(&conn, "pledge_markets", csv);
    assert_eq!(
        problems,
        "in.csv:3: column market: `China` is already defined earlier in this file; each key may appear once\n"
    );
}

#[test]
fn merging_status_history_only_appends() {
    let conn = seeded();
    let csv = "pledge,as_of,status,reason,source,quote,preferred,preferred_reason,note\n\
               alibaba-1-million-us-jobs,2017-01-10,stalled,,president-trump-and-alibaba,Monday’s meeting,0,,\n";
    let (tally, problems) = merge(&conn, "status_history", csv);
    assert_eq!(problems, "");
    assert_eq!(tally, Tally { added: 1, changed: 0, unchanged: 0 });
}

#[test]
fn a_record_from_the_command_line_keeps_a_leading_apostrophe() {
    let conn = seeded();
    let columns = table_named("officials").columns;
    let values = vec!["o-brien".to_owned(), "'Brien".to_owned(), String::new()];
    let record = Record::typed(0, columns, values);
    let mut problems = Problems::default();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut session = Session::new(&conn, Mode::Merge, Some(dir.join(ARTICLES)));
    let tally = session.load_record(table_named("officials"), &record, &mut problems).unwrap();
    assert!(problems.is_empty(), "{problems}");
    assert_eq!(tally.added, 1);
    let name: String = conn
        .query_row("SELECT name FROM officials WHERE slug = 'o-brien'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(name, "'Brien");
}

/// A fixed pseudo-random sequence (xorshift), so that every run tries the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `original` damaged one way: random bytes, a few bytes changed, lines dropped, repeated or
/// swapped, a field replaced by junk, or the file cut short.
fn mutate(original: &[u8], rng: &mut Rng) -> Vec<u8> {
    const SPECIALS: &[u8] = b"\",\n\r\0\xff\xef\xbb\xbf'-=9 ";
    let mut bytes = original.to_vec();
    match rng.below(6) {
        0 => (0..rng.below(300)).map(|_| rng.next() as u8).collect(),
        1 => {
            for _ in 0..=rng.below(4) {
                let at = rng.below(bytes.len());
                let special = SPECIALS[rng.below(SPECIALS.len())];
                match rng.below(3) {
                    0 if !bytes.is_empty() => bytes[at] = special,
                    1 if !bytes.is_empty() => drop(bytes.remove(at)),
                    _ => bytes.insert(at.min(bytes.len()), special),
                }
            }
            bytes
        }
        2 | 3 => {
            let mut lines: Vec<Vec<u8>> =
                bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
            let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
            match rng.below(4) {
                0 => drop(lines.remove(a)),
                1 => lines.insert(b, lines[a].clone()),
                2 => lines.swap(a, b),
                _ => {
                    let mut fields: Vec<Vec<u8>> =
                        lines[a].split(|b| *b == b',').map(<[u8]>::to_vec).collect();
                    let at = rng.below(fields.len());
                    fields[at] = (0..rng.below(12))
                        .map(|_| SPECIALS[rng.below(SPECIALS.len())] ^ (rng.next() as u8 & 1))
                        .collect();
                    lines[a] = fields.join(&b',');
                }
            }
            lines.join(&b'\n')
        }
        4 => {
            bytes.truncate(rng.below(bytes.len()));
            bytes
        }
        _ => {
            // Many lines repeated: a larger file of plausible rows.
            let end = bytes.iter().position(|b| *b == b'\n').map_or(0, |at| at + 1);
            let body = bytes[end..].to_vec();
            for _ in 0..rng.below(20) {
                bytes.extend_from_slice(&body);
            }
            bytes
        }
    }
}

/// Damaged seed files, one at a time, through the whole seed: no panic; a refusal is a list
/// of problems, each naming the file and (but for an empty file) the line; the database
/// refused is left byte for byte as it was. The rounds are fixed, so a failure reproduces.
#[test]
fn damaged_seed_files_are_refused_with_their_place_and_the_database_kept() {
    // About 40 ms each; a loaded round also syncs the database to disk. The rounds are drawn in
    // order, then tried in two folders at once, each folder taking every other round.
    const ROUNDS: usize = 100;
    const FOLDERS: usize = 2;
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let rounds: Vec<(usize, &Table, Vec<u8>)> = (0..ROUNDS)
        .map(|round| {
            let table = &TABLES[rng.below(TABLES.len())];
            let original = fs::read(real.join(table.file())).unwrap();
            (round, table, mutate(&original, &mut rng))
        })
        .collect();
    let (refused, loaded) = std::thread::scope(|scope| {
        let folders: Vec<_> = (0..FOLDERS)
            .map(|first| {
                let rounds = rounds.iter().skip(first).step_by(FOLDERS);
                scope.spawn(|| damaged_rounds(&real, rounds))
            })
            .collect();
        folders.into_iter().map(|f| f.join().unwrap()).fold((0, 0), |(r, l), f| (r + f.0, l + f.1))
    });
    eprintln!("{ROUNDS} rounds: {refused} refused, {loaded} loaded");
    assert!(refused > ROUNDS / 2, "the mutations should mostly damage: {refused}");
}

/// Seeds a copy of the seed folder `real`, then tries each round's damaged file in it in turn
/// (putting the original back after); returns how many were refused and how many loaded.
fn damaged_rounds<'a>(
    real: &Path,
    rounds: impl Iterator<Item = &'a (usize, &'static Table, Vec<u8>)>,
) -> (usize, usize) {
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path().join("seeds");
    fs::create_dir_all(dir.join(ARTICLES)).unwrap();
    for sub in ["", ARTICLES] {
        for entry in fs::read_dir(real.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                fs::copy(&path, dir.join(sub).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    let target = folder.path().join("pledges.db");
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    // Each seed that loads is moved into place, as `pledge seed` does onto no file.
    let put = |built: Built| {
        let _ = fs::remove_file(&target);
        db::move_into_place(built.conn, built.file, &target, Duration::ZERO).unwrap();
    };
    put(seed(&dir, &target, today, |_| Ok(())).unwrap());
    let mut before = fs::read(&target).unwrap();
    let (mut refused, mut loaded) = (0, 0);
    for (round, table, damaged) in rounds {
        let path = dir.join(table.file());
        let original = fs::read(&path).unwrap();
        fs::write(&path, damaged).unwrap();
        let result = std::panic::catch_unwind(|| seed(&dir, &target, today, |_| Ok(())));
        let Ok(result) = result else { panic!("round {round}: {} panicked", table.file()) };
        match result {
            // Still valid seed files: the database they built is the one to keep next.
            Ok(built) => {
                loaded += 1;
                put(built);
                before = fs::read(&target).unwrap();
            }
            Err(err) => {
                refused += 1;
                let Some(problems) = err.downcast_ref::<Problems>() else {
                    panic!("round {round}: not a list of problems: {err:#}");
                };
                for problem in problems.iter() {
                    assert!(
                        problem.file().is_some_and(|f| f.ends_with(".csv")),
                        "round {round}: {problem}"
                    );
                    // A problem of the whole file (empty, binary, not text) is its only one.
                    let of_file = problems.iter().filter(|p| p.file() == problem.file()).count();
                    let whole_file =
                        problem.message.starts_with("the file is empty") || of_file == 1;
                    assert!(
                        problem.line().is_some() || whole_file,
                        "round {round}: no line: {problem}"
                    );
                }
                assert!(fs::read(&target).unwrap() == before, "round {round}: changed");
            }
        }
        fs::write(&path, &original).unwrap();
    }
    (refused, loaded)
}

#[test]
fn lines_of_rows_are_kept_as_runs_and_found_in_any_order() {
    let mut lines = session::Lines::default();
    // A file's rows 1 to 1,000 from lines 2 to 1,001, then a row spanning two lines.
    for id in 1..=1000 {
        lines.push(id, u64::try_from(id).unwrap() + 1);
    }
    lines.push(1001, 1003);
    // Rows written out of order, as a merge that updates some may write them.
    lines.push(2000, 5000);
    lines.push(1500, 6000);
    assert_eq!(lines.line_of(1), Some(2));
    assert_eq!(lines.line_of(500), Some(501));
    assert_eq!(lines.line_of(1001), Some(1003));
    assert_eq!(lines.line_of(2000), Some(5000));
    assert_eq!(lines.line_of(1500), Some(6000));
    assert_eq!(lines.line_of(1002), None);
    assert_eq!(lines.line_of(0), None);
}
