//! Upgrades to the richer model: a version-9 database gains pledge kinds, parties and targets
//! with currencies, and the new fact tables keep to their rules.

use super::tests::{current, one_pledge, refusal};
use super::*;

#[test]
fn a_version_9_database_gains_kinds_from_its_targets_and_keeps_its_history_chained() {
    let mut conn = Connection::open_in_memory().unwrap();
    for sql in &MIGRATIONS[..9] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 9).unwrap();
    one_pledge(&conn);
    conn.execute_batch(
        "INSERT INTO pledges (slug, title, company_id, made_on, formality, deadline)
             VALUES ('q', 'Q', 1, '2018-03-01', 'contract', '2020-12-31'),
                    ('r', 'R', 1, '2018-03-02', 'law', NULL);
         INSERT INTO pledge_targets (pledge_id, metric, amount)
             VALUES (1, 'jobs', 10), (1, 'usd_investment', 5), (2, 'usd_exports', 7);
         INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2017-01-09', 'announced', 1, 'a'), (1, '2017-01-10', 'in_progress', 1, 'b'),
                    (2, '2018-03-01', 'announced', 1, 'c');",
    )
    .unwrap();
    chain::extend(&conn).unwrap();
    let rows = |conn: &Connection, sql: &str| -> Vec<String> {
        conn.prepare(sql)
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let history = "SELECT id || ' ' || pledge_id || ' ' || as_of || ' ' || status || ' ' || quote
                   FROM status_history ORDER BY id";
    let before = rows(&conn, history);
    migrate(&mut conn).unwrap();
    assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
    assert_eq!(rows(&conn, history), before);
    assert_eq!(
        rows(
            &conn,
            "SELECT slug || ' ' || kind || ' ' || formality || ' ' || coalesce(deadline, '-')
                     FROM pledges ORDER BY id"
        ),
        ["p investment verbal -", "q trade_target contract 2020-12-31", "r other law -"]
    );
    assert_eq!(chain::verify(&conn, "status_history").unwrap(), chain::Verdict::Intact);
    assert_eq!(current(&conn), ("in_progress".to_owned(), "2017-01-10".to_owned()));
    assert_eq!(
        rows(
            &conn,
            "SELECT status || ' ' || pledges FROM status_counts WHERE pledges > 0 ORDER BY 1"
        ),
        ["announced 1", "in_progress 1"]
    );
}

#[test]
fn a_version_9_database_turns_its_company_and_officials_into_parties() {
    let mut conn = Connection::open_in_memory().unwrap();
    for sql in &MIGRATIONS[..9] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 9).unwrap();
    one_pledge(&conn);
    conn.execute_batch(
        "INSERT INTO officials (slug, name) VALUES ('trump', 'Donald Trump'), ('pence', NULL),
                                                   ('ma', 'Jack Ma');
         UPDATE pledges SET made_by_id = 3, made_to_id = 1;
         -- two sources name different recipients: a dispute while a pledge had one made_to
         INSERT INTO evidence (subject, key, field, value, source_id, quote)
         VALUES ('pledge', 'p', 'made_to', 'trump', 1, 'q'), ('pledge', 'p', 'made_to', 'pence', 1, 'r'),
                ('pledge', 'p', 'formality', 'verbal', 1, 'q'), ('pledge', 'p', 'formality', 'law', 1, 'r');",
    )
    .unwrap();
    migrate(&mut conn).unwrap();
    let parties: Vec<(String, Option<i64>, Option<i64>)> = conn
        .prepare("SELECT role, company_id, official_id FROM pledge_parties ORDER BY role")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        parties,
        [
            ("made_by".to_owned(), None, Some(3)),
            ("made_to".to_owned(), None, Some(1)),
            ("pledger".to_owned(), Some(1), None)
        ]
    );
    let claims: i64 = conn.query_row("SELECT count(*) FROM evidence", [], |r| r.get(0)).unwrap();
    assert_eq!(claims, 4, "every claim is kept");
    let disputed: Vec<String> = conn
        .prepare("SELECT field FROM disputed_facts")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(disputed, ["formality"], "two recipients are no longer a dispute");
    let row: (String, String) = conn
        .query_row("SELECT company, made_to FROM pledge_status", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!(row, ("C".to_owned(), "Donald Trump".to_owned()));
}

#[test]
fn a_version_9_database_keeps_its_targets_with_usd_as_their_currency() {
    let mut conn = Connection::open_in_memory().unwrap();
    for sql in &MIGRATIONS[..9] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 9).unwrap();
    one_pledge(&conn);
    conn.execute_batch(
        "INSERT INTO pledge_targets (pledge_id, metric, amount, qualifier)
         VALUES (1, 'usd_investment', 50000000000, NULL), (1, 'jobs', 50000, 'about');
         INSERT INTO evidence (subject, key, field, value, source_id, quote)
         VALUES ('pledge', 'p', 'usd_investment', '50000000000', 1, 'q');",
    )
    .unwrap();
    migrate(&mut conn).unwrap();
    let targets: Vec<(String, String, String, i64, Option<String>)> = conn
        .prepare(
            "SELECT metric, label, unit, amount, qualifier FROM pledge_targets ORDER BY metric",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        targets,
        [
            ("investment".into(), String::new(), "USD".into(), 50_000_000_000, None),
            ("jobs".into(), String::new(), String::new(), 50_000, Some("about".into())),
        ]
    );
    let claim: String = conn.query_row("SELECT field FROM evidence", [], |r| r.get(0)).unwrap();
    assert_eq!(claim, "usd_investment", "the claim is kept as it was");
    let view: String =
        conn.query_row("SELECT targets FROM pledge_status", [], |r| r.get(0)).unwrap();
    assert_eq!(view, "investment 50000000000 USD; jobs about 50000");
}

#[test]
fn target_facts_are_append_only_and_in_their_targets_unit() {
    let conn = open_in_memory().unwrap();
    one_pledge(&conn);
    conn.execute_batch(
        "INSERT INTO pledge_targets (pledge_id, metric, amount, unit) VALUES (1, 'investment', 10, 'USD');
         INSERT INTO target_progress (id, pledge_id, metric, label, as_of, amount, unit, source_id, quote)
         VALUES (1, 1, 'investment', '', '2019', 5, 'USD', 1, 'q');",
    )
    .unwrap();
    let wrong_unit = "INSERT INTO target_progress (pledge_id, metric, label, as_of, amount, unit, source_id, quote)
                      VALUES (1, 'investment', '', '2019', 5, 'EUR', 1, 'q')";
    assert_eq!(refusal(&conn, wrong_unit).as_deref(), Some("FOREIGN KEY constraint failed"));
    let edit = "UPDATE target_progress SET amount = 6";
    assert!(refusal(&conn, edit).unwrap().contains("append-only"));
    let range = "INSERT INTO target_revisions (pledge_id, metric, label, as_of, unit, minimum, maximum, source_id, quote)
                 VALUES (1, 'investment', '', '2019', 'USD', 9, 3, 1, 'q')";
    assert!(refusal(&conn, range).unwrap().contains("CHECK constraint failed"));
}
