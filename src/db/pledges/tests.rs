use super::*;

#[test]
fn an_empty_database_lists_and_counts_nothing() {
    let conn = db::open_in_memory().unwrap();
    let on = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let filter = PledgeFilter { open: true, overdue: true, ..PledgeFilter::default() };
    assert!(list(&conn, &filter, on).unwrap().is_empty());
    assert!(count_by_status(&conn, &filter, on).unwrap().is_empty());
}

/// The plan SQLite picks for `list` with `filter`: one detail line per step.
fn plan(conn: &Connection, filter: &PledgeFilter) -> Vec<String> {
    let on = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let (from, mut params) = selection(conn, filter, on, Read::Listed).unwrap();
    params.push((":limit", Box::new(limit(filter))));
    let sql =
        ["EXPLAIN QUERY PLAN", SUMMARY_COLUMNS, db::targets::TARGETS_JSON, &from, ORDER].concat();
    query(conn, &sql, &params, |row| row.get::<_, String>(3)).unwrap()
}

#[test]
fn latest_changes_read_the_newest_statuses_first() {
    let conn = db::open_in_memory().unwrap();
    let on = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let filter = PledgeFilter { limit: Some(10), ..PledgeFilter::default() };
    let (from, mut params) = selection(&conn, &filter, on, Read::Latest).unwrap();
    params.push((":limit", Box::new(limit(&filter))));
    let sql =
        ["EXPLAIN QUERY PLAN", SUMMARY_COLUMNS, db::targets::TARGETS_JSON, &from, RECENT].concat();
    let plan = query(&conn, &sql, &params, |row| row.get::<_, String>(3)).unwrap();
    assert_eq!(plan[0], "SCAN s USING INDEX pledge_current_as_of", "{plan:?}");
    assert!(plan.iter().any(|step| step.contains("LAST 2 TERMS OF ORDER BY")), "{plan:?}");
}

#[test]
fn latest_changes_on_a_past_date_read_the_history_from_that_date_down() {
    let conn = db::open_in_memory().unwrap();
    let on = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
    conn.execute_batch(
        "INSERT INTO sources (slug, kind, title, url) VALUES ('s', 'article', 'S', 'https://e.com');
         INSERT INTO pledges (slug, title, kind, made_on, formality)
             VALUES ('p', 'P', 'jobs', '2017', 'verbal');
         INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2030', 'kept', 1, 'q');",
    )
    .unwrap();
    assert!(!is_current(&conn, on).unwrap(), "the history is read, not pledge_current");
    let filter = PledgeFilter { limit: Some(10), ..PledgeFilter::default() };
    let (from, mut params) = selection(&conn, &filter, on, Read::Latest).unwrap();
    params.push((":limit", Box::new(limit(&filter))));
    let sql =
        ["EXPLAIN QUERY PLAN", SUMMARY_COLUMNS, db::targets::TARGETS_JSON, &from, RECENT].concat();
    let plan = query(&conn, &sql, &params, |row| row.get::<_, String>(3)).unwrap();
    assert_eq!(plan[0], "SEARCH s USING INDEX status_history_as_of (as_of<?)", "{plan:?}");
    assert!(plan.iter().any(|step| step.contains("LAST 2 TERMS OF ORDER BY")), "{plan:?}");
    let steps = plan.join("\n");
    assert!(steps.contains("SEARCH h USING INDEX status_history_pledge"), "{steps}");
}

#[test]
fn filtered_listings_reach_pledges_through_indexes() {
    let conn = db::open_in_memory().unwrap();
    let date = NaiveDate::from_ymd_opt(2017, 1, 1);
    let filters = [
        PledgeFilter::default(),
        PledgeFilter { company_id: Some(1), ..PledgeFilter::default() },
        PledgeFilter { official_id: Some(1), ..PledgeFilter::default() },
        PledgeFilter { government: Some("US".into()), ..PledgeFilter::default() },
        PledgeFilter { category_id: Some(1), ..PledgeFilter::default() },
        PledgeFilter { statuses: vec![Status::Kept], ..PledgeFilter::default() },
        PledgeFilter { made_from: date, made_to: date, ..PledgeFilter::default() },
        PledgeFilter { open: true, overdue: true, limit: Some(50), ..PledgeFilter::default() },
    ];
    for filter in filters {
        let plan = plan(&conn, &filter);
        let steps = plan.join("\n");
        // A full pass over a table is `SCAN <alias>`; subqueries, constants and the recursive
        // trees of subsidiaries and subcategories are small and may be scanned.
        let small = ["(", "tree", "CONSTANT ROW"];
        let scans_a_table = |step: &&String| {
            step.strip_prefix("SCAN ")
                .is_some_and(|what| !small.iter().any(|s| what.starts_with(s)))
        };
        assert!(!plan.iter().any(|step| scans_a_table(&step)), "{filter:?} scans:\n{steps}");
        // Pledges come through an index of their own, or by id from an index of their parties.
        let by_index = ["SEARCH p USING INDEX", "SEARCH p USING INTEGER PRIMARY KEY"];
        assert!(by_index.iter().any(|s| steps.contains(s)), "{filter:?}:\n{steps}");
        assert!(steps.contains("SEARCH s USING INTEGER PRIMARY KEY"), "{filter:?}:\n{steps}");
        // Each row's parties are looked up by pledge, never by reading every party.
        assert!(!steps.contains("SCAN pp"), "{filter:?}:\n{steps}");
        assert!(
            steps.contains("SEARCH pp USING INDEX pledge_parties_party"),
            "{filter:?}:\n{steps}"
        );
    }
}

#[test]
fn a_listing_before_the_latest_entry_finds_the_entries_that_count_through_indexes() {
    let conn = db::open_in_memory().unwrap();
    conn.execute_batch(
        "INSERT INTO sources (slug, kind, title, url) VALUES ('s', 'article', 'S', 'https://e.com');
         INSERT INTO companies (slug, name) VALUES ('c', 'C');
         INSERT INTO pledges (slug, title, kind, made_on, formality)
             VALUES ('p', 'P', 'jobs', '2017', 'verbal');
         INSERT INTO pledge_parties (pledge_id, role, company_id) VALUES (1, 'pledger', 1);
         INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2030', 'kept', 1, 'q');",
    )
    .unwrap();
    let on = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    assert!(!is_current(&conn, on).unwrap(), "the history is read, not pledge_current");
    let plan = plan(&conn, &PledgeFilter::default());
    let steps = plan.join("\n");
    for table in ["p", "h", "o", "f"] {
        assert!(!steps.contains(&format!("SCAN {table} ")), "{steps}");
    }
    assert!(steps.contains("SEARCH h USING INDEX status_history_pledge"), "{steps}");
    assert!(steps.contains("SEARCH o USING INDEX status_history_pledge"), "{steps}");
}
