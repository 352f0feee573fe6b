//! `schema.sql` is exactly the schema the steps in `migrations/` build, one after another.

use rusqlite::Connection;

use super::schema::{CURRENT, MIGRATIONS, SCHEMA_VERSION};

/// An in-memory database built by every step in turn, as an old database is brought forward.
fn built_step_by_step() -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    for sql in MIGRATIONS {
        conn.execute_batch(sql).unwrap();
    }
    conn
}

/// The CREATE statements of a database, in an order that builds it again: tables, then
/// indexes, views and triggers, each in the order they were made. A search index's own tables
/// come with its CREATE VIRTUAL TABLE, so they are left out.
fn statements(conn: &Connection) -> Vec<(String, String)> {
    let mut stmt = conn
        .prepare(
            "SELECT m.type, m.sql FROM sqlite_master m
             WHERE m.sql IS NOT NULL AND m.name NOT LIKE 'sqlite_%'
               AND m.name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow')
             ORDER BY CASE m.type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2
                      ELSE 3 END, m.rowid",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// The text of `schema.sql` for a database built by the steps.
fn render(conn: &Connection) -> String {
    let mut text = format!(
        "-- pledge database, schema version {SCHEMA_VERSION}: the whole schema, as the steps in \
         migrations/\n\
         -- leave it (001 is the first schema). `pledge init` and `pledge seed` make a new \
         database from\n\
         -- this file in one step; an older database is brought forward by the steps it lacks.\n\
         --\n\
         -- Written by the tests, not by hand: change the schema by adding a step to migrations/ \
         and\n\
         -- src/db/schema.rs; `cargo test` then writes what the steps build to schema.sql.new, \
         to review\n\
         -- and move over this file.\n"
    );
    let mut kind = String::new();
    for (ty, sql) in statements(conn) {
        if ty != kind {
            let heading = match ty.as_str() {
                "table" => "Tables",
                "index" => "Indexes",
                "view" => "Views",
                _ => "Triggers",
            };
            text.push_str(&format!("\n-- {heading}\n"));
            kind = ty;
        }
        text.push_str(&format!("\n{sql};\n"));
    }
    text
}

fn objects(conn: &Connection) -> Vec<(String, String, String, Option<String>)> {
    let mut stmt = conn
        .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn schema_sql_is_what_the_steps_build() {
    let built = render(&built_step_by_step());
    if built != CURRENT {
        let new = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema.sql.new");
        std::fs::write(&new, &built).unwrap();
        panic!(
            "schema.sql is not what the steps in migrations/ build; what they build is in `{}`: \
             review it and move it over schema.sql",
            new.display()
        );
    }
}

#[test]
fn a_database_made_from_schema_sql_equals_one_the_steps_built() {
    let fresh = Connection::open_in_memory().unwrap();
    fresh.execute_batch(CURRENT).unwrap();
    assert_eq!(objects(&fresh), objects(&built_step_by_step()));
    let mut tables = fresh
        .prepare(
            "SELECT name FROM pragma_table_list WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .unwrap();
    let names = tables.query_map([], |r| r.get::<_, String>(0)).unwrap();
    for name in names {
        let name = name.unwrap();
        let rows: i64 =
            fresh.query_row(&format!("SELECT count(*) FROM \"{name}\""), [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 0, "a new database has rows in {name}");
    }
}
