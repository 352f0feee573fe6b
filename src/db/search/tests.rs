use super::snippet::window;
use super::*;

#[test]
fn each_word_becomes_an_fts5_string() {
    assert_eq!(escape("EU-Mercosur"), r#""EU-Mercosur""#);
    assert_eq!(escape("Côte  d'Ivoire"), r#""Côte" AND "d'Ivoire""#);
}

#[test]
fn quotes_inside_a_word_are_doubled() {
    assert_eq!(escape(r#"""#), r#""""""#);
    assert_eq!(escape(r#"say "no""#), r#""say" AND """no""""#);
}

#[test]
fn a_window_starts_a_few_words_before_the_first_match() {
    let text = "one two three four five six seven eight x[lorem] ipsum [lorem]";
    assert_eq!(window(text), "…three four five six seven eight x[lorem] ipsum [lorem]");
    let long = format!("[a] {}", "b ".repeat(40));
    assert_eq!(window(&long), format!("[a] {}…", ["b"; 23].join(" ")));
    assert_eq!(window("[cut phrase] and more"), "[cut phrase] and more");
    assert_eq!(window(""), "");
}

#[test]
fn whole_numbers_match_with_or_without_separators() {
    assert_eq!(escape("3000 jobs"), r#"("3000" OR "3 000") AND "jobs""#);
    assert_eq!(escape("$1,000,000"), r#"("1000000" OR "1 000 000")"#);
    assert_eq!(escape("3’000"), r#"("3000" OR "3 000")"#);
    assert_eq!(
        escape("2.5 300 20,00 2017-01-09"),
        r#""2.5" AND "300" AND "20,00" AND "2017-01-09""#
    );
}

#[test]
fn numbers_are_found_whatever_their_separators() {
    let conn = crate::db::open_in_memory().unwrap();
    conn.execute_batch(
        "INSERT INTO companies (slug, name) VALUES ('acme', 'Acme');
         INSERT INTO pledges (slug, title, description, kind, made_on, formality)
         VALUES ('a', 'Acme to hire', 'create 3,000 jobs', 'jobs', '2020-01-01', 'verbal'),
                ('b', 'Acme to build', 'invest 1500000 dollars', 'investment', '2020-01-01',
                 'verbal');
         INSERT INTO pledge_parties (pledge_id, role, company_id) VALUES (1, 'pledger', 1), (2, 'pledger', 1);",
    )
    .unwrap();
    let found = |text: &str| -> Vec<String> {
        hits(&conn, &escape(text), -1).unwrap().1.into_iter().map(|h| h.record).collect()
    };
    assert_eq!(found("3000 jobs"), ["a"]);
    assert_eq!(found("3,000"), ["a"]);
    assert_eq!(found("1,500,000"), ["b"]);
    assert_eq!(found("1500000 dollars"), ["b"]);
    assert!(found("300 jobs").is_empty());
}

#[test]
fn too_many_matches_come_newest_first_with_the_same_hits() {
    let conn = crate::db::open_in_memory().unwrap();
    conn.execute_batch(
        "INSERT INTO companies (slug, name) VALUES ('acme', 'Acme');
         INSERT INTO sources (slug, kind, title, url)
         VALUES ('old', 'article', 'Wine news', 'https://example.com/1'),
                ('new', 'article', 'Wine views', 'https://example.com/2');
         INSERT INTO pledges (slug, title, description, kind, made_on, formality)
         VALUES ('a', 'Acme to sell', 'sell wine', 'purchase', '2020-01-01', 'verbal'),
                ('b', 'Acme to ship', 'ship wine', 'purchase', '2020-01-01', 'verbal');
         INSERT INTO pledge_parties (pledge_id, role, company_id)
         VALUES (1, 'pledger', 1), (2, 'pledger', 1);
         INSERT INTO evidence (subject, key, field, value, source_id, quote)
         VALUES ('pledge', 'a', 'title', 'Acme to sell', 1, 'Acme sells wine'),
                ('pledge', 'a', 'kind', 'purchase', 1, 'Acme sells wine'),
                ('pledge', 'b', 'title', 'Acme to ship', 2, 'Acme ships wine');
         INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
         VALUES (1, '2020-01-01', 'announced', 1, 'Acme sells wine'),
                (2, '2020-01-01', 'announced', 2, 'no more wine');",
    )
    .unwrap();
    let found = |rank_at_most: i64, limit: i64| -> (Order, Vec<String>) {
        let (order, hits) =
            hits_ranking_at_most(&conn, &escape("wine"), limit, rank_at_most).unwrap();
        let hits = hits.into_iter().map(|h| format!("{} {}", h.found_in.as_str(), h.record));
        (order, hits.collect())
    };
    let (order, newest) = found(8, -1);
    assert_eq!(order, Order::Newest);
    assert_eq!(
        newest,
        [
            "article new",
            "article old",
            "quote pledge/b/title",
            "quote pledge/a/kind, pledge/a/status, pledge/a/title",
            "quote pledge/b/status",
            "pledge b",
            "pledge a",
        ]
    );
    let (order, mut best) = found(9, -1);
    assert_eq!(order, Order::Best);
    best.sort();
    let mut newest = newest;
    newest.sort();
    assert_eq!(best, newest);
    assert_eq!(found(8, 3).1, ["article new", "article old", "quote pledge/b/title"]);
}

#[test]
fn blank_text_gives_an_empty_query() {
    assert_eq!(escape(" \t\n"), "");
}

#[test]
fn escaped_text_never_fails_to_parse() {
    let conn = crate::db::open_in_memory().unwrap();
    for text in [r#"""#, "x' OR '1'='1", "wine AND", "NEAR(", "title:Trump", "*", "-"] {
        assert!(hits(&conn, &escape(text), -1).is_ok(), "`{text}`");
    }
}
