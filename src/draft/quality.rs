//! Measures `draft` on the development set in `tests/data/draft/`: precision and recall per
//! kind, on the articles it was tuned on and apart on the held-out ones, with floors asserted.
//! Run `cargo test --locked quality -- --nocapture` to see the table.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{Kind, Known, Record, extract};

/// One article of the set: its excerpt and what a careful reader expects from it.
struct Case {
    name: String,
    /// `no` for the articles tuned on, else the round it was held out in (`first` to
    /// `ninety-eighth`).
    held_out: String,
    published: Option<NaiveDate>,
    text: String,
    expected: Vec<(String, String)>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases() -> Vec<Case> {
    let dir = root().join("tests/data/draft");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the development set exists")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| case(p)).collect()
}

fn case(path: &Path) -> Case {
    let all = std::fs::read_to_string(path).expect("a readable case");
    let mut parts = all.splitn(3, "\n---\n");
    let (head, text, expected) =
        (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    let field = |key: &str| {
        head.lines()
            .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix(": ")))
            .map(str::trim)
    };
    Case {
        name: path.file_stem().unwrap().to_string_lossy().into_owned(),
        held_out: field("held-out").unwrap_or("no").to_owned(),
        published: field("published").map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()),
        text: text.to_owned(),
        expected: expected
            .lines()
            .filter_map(|l| l.split_once(": "))
            .map(|(k, v)| (k.to_owned(), v.trim().to_owned()))
            .collect(),
    }
}

/// The companies, people and categories of the seed files, as `--db` on a seeded database
/// would give them.
fn seed_records() -> Known {
    let read = |file: &str| -> Vec<Vec<String>> {
        let mut reader = csv::Reader::from_path(root().join("seeds").join(file)).unwrap();
        reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect()
    };
    let records = |main: &str, aliases: &str| -> Vec<Record> {
        let aliases = read(aliases);
        read(main)
            .into_iter()
            .map(|row| {
                let mut names = vec![row[1].clone()];
                names.extend(aliases.iter().filter(|a| a[0] == row[0]).map(|a| a[1].clone()));
                names.retain(|n| !n.is_empty());
                Record { slug: row[0].clone(), names }
            })
            .collect()
    };
    Known {
        companies: records("companies.csv", "company_aliases.csv"),
        people: records("officials.csv", "official_aliases.csv"),
        categories: records("categories.csv", "category_aliases.csv"),
        governments: read("governments.csv")
            .into_iter()
            .map(|row| Record { slug: row[0].clone(), names: vec![row[1].clone()] })
            .collect(),
    }
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A party's name for comparing: lower case, accents dropped ("Québec" is "Quebec", the name
/// `draft` gives the government), hyphens read as spaces ("KwaZulu-Natal", "Kwazulu Natal"),
/// initials dropped ("Donald J. Trump"), an apostrophe read as straight ("Pilgrim’s").
fn party_words(name: &str) -> Vec<String> {
    squash(&name.replace('-', " "))
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            '’' => '\'',
            other => other,
        })
        .collect::<String>()
        .split(' ')
        .filter(|w| w.trim_end_matches('.').chars().count() > 1)
        .map(str::to_owned)
        .collect()
}

/// The same party: equal names, or one name the start of the other ("Exxon", "Exxon Mobil").
fn same_party(a: &str, b: &str) -> bool {
    let (a, b) = (party_words(a), party_words(b));
    let n = a.len().min(b.len());
    n > 0 && a[..n] == b[..n]
}

/// The same date: the same value, and one span inside the other. Where a span starts or ends
/// is a matter of convention ("on May 2" or "May 2", "since 1996" or "1996", "on Tuesday
/// afternoon" or "on Tuesday"), which the labels do not settle and a reader does not need.
fn same_date(proposed: &str, expected: &str) -> bool {
    let expected = squash(expected);
    let (Some((p_span, p_value)), Some((e_span, e_value))) =
        (proposed.rsplit_once(" = "), expected.rsplit_once(" = "))
    else {
        return false;
    };
    p_value == e_value && (p_span.contains(e_span) || e_span.contains(p_span))
}

#[derive(Default, Clone, Copy)]
struct Tally {
    hits: usize,
    proposed: usize,
    expected: usize,
}

impl Tally {
    fn precision(self) -> f64 {
        if self.proposed == 0 { 1.0 } else { self.hits as f64 / self.proposed as f64 }
    }
    fn recall(self) -> f64 {
        if self.expected == 0 { 1.0 } else { self.hits as f64 / self.expected as f64 }
    }
}

/// Matches proposals to expectations one to one, as many pairs as can be made (an exact
/// name is not lost to a longer one that starts with it: "South Dakota" beside "South Dakota
/// Soybean Processors"); returns the tally and what was missed and proposed in excess, for
/// tuning.
fn score(
    proposed: Vec<String>,
    expected: Vec<String>,
    same: impl Fn(&str, &str) -> bool,
) -> (Tally, Vec<String>, Vec<String>) {
    let pairs: Vec<Vec<usize>> = proposed
        .iter()
        .map(|p| (0..expected.len()).filter(|&e| same(p, &expected[e])).collect())
        .collect();
    // For each expectation, the proposal it is matched to.
    let mut owner: Vec<Option<usize>> = vec![None; expected.len()];
    for p in 0..proposed.len() {
        let mut seen = vec![false; expected.len()];
        augment(p, &pairs, &mut owner, &mut seen);
    }
    let matched: Vec<bool> = (0..proposed.len()).map(|p| owner.contains(&Some(p))).collect();
    let hits = owner.iter().filter(|o| o.is_some()).count();
    let left = (0..expected.len()).filter(|&e| owner[e].is_none());
    let left = left.map(|e| expected[e].clone()).collect();
    let wrong = (0..proposed.len()).filter(|&p| !matched[p]).map(|p| proposed[p].clone());
    let wrong = wrong.collect();
    (Tally { hits, proposed: proposed.len(), expected: expected.len() }, left, wrong)
}

/// Finds an expectation for proposal `p`, moving earlier proposals to others where that frees
/// one (an augmenting path); whether it found one.
fn augment(p: usize, pairs: &[Vec<usize>], owner: &mut [Option<usize>], seen: &mut [bool]) -> bool {
    for &e in &pairs[p] {
        if seen[e] {
            continue;
        }
        seen[e] = true;
        if owner[e].is_none_or(|q| augment(q, pairs, owner, seen)) {
            owner[e] = Some(p);
            return true;
        }
    }
    false
}

fn measure(
    case: &Case,
    known: &Known,
) -> BTreeMap<&'static str, (Tally, Vec<String>, Vec<String>)> {
    let draft = extract(&case.text, known, case.published);
    let text = &case.text;
    let expected = |kind: &str| -> Vec<String> {
        case.expected.iter().filter(|(k, _)| k == kind).map(|(_, v)| v.clone()).collect()
    };
    let slug_name = |c: &super::Candidate| -> String {
        let records = match c.kind {
            Kind::Company => &known.companies,
            Kind::Person => &known.people,
            _ => return c.value.clone(),
        };
        let record = records.iter().find(|r| c.known && r.slug == c.value);
        record.and_then(|r| r.names.first().cloned()).unwrap_or_else(|| c.value.clone())
    };
    let of =
        |kinds: &'static [Kind]| draft.candidates.iter().filter(move |c| kinds.contains(&c.kind));
    // One proposal per party: a name and its shorter form of the same kind count once ("Exxon",
    // "Exxon Mobil"); a government and a company that starts with its name are two parties
    // ("Qatar", "Qatar Airways").
    let mut parties: Vec<(String, usize)> = of(&[Kind::Company, Kind::Government, Kind::Person])
        .map(|c| (slug_name(c), c.kind as usize))
        .collect();
    parties.sort_by(|a, b| (a.1, &a.0).cmp(&(b.1, &b.0)));
    parties.dedup_by(|a, b| a.1 == b.1 && same_party(&a.0, &b.0));
    let parties: Vec<String> = parties.into_iter().map(|(name, _)| name).collect();
    let mut categories: Vec<String> = of(&[Kind::Category]).map(|c| c.value.clone()).collect();
    categories.sort();
    categories.dedup();
    let mut out = BTreeMap::new();
    let sentences = draft.sentences.iter().map(|s| squash(&text[s.start..s.end])).collect();
    // A sentence opening a quotation is labelled with or without its quotation mark, as the
    // mark is no word of it (guillemets and low marks included), and so is one a dash opens as a list's item ("– The company").
    // The set's own date line (`date 2018-05-10`) before a first sentence is labelled with it
    // or without it, as it is no word of the article's.
    let unquoted = |s: &str| {
        let dated = s.strip_prefix("date ").filter(|r| {
            r.len() > 11
                && r.as_bytes()[4] == b'-'
                && r.as_bytes()[..10].iter().all(|b| b.is_ascii_digit() || *b == b'-')
        });
        let s = dated.map_or(s, |r| r[10..].trim_start());
        let s = s.strip_prefix("– ").or(s.strip_prefix("— ")).or(s.strip_prefix("- ")).unwrap_or(s);
        s.trim_start_matches(['“', '"', '‘', '\'', '«', '„', '‹']).to_owned()
    };
    out.insert(
        "pledge",
        score(sentences, expected("pledge"), |p, e| unquoted(p).starts_with(&unquoted(&squash(e)))),
    );
    let amounts = of(&[Kind::Amount]).map(|c| squash(&text[c.start..c.end])).collect();
    out.insert("amount", score(amounts, expected("amount"), |p, e| p == squash(e)));
    let dates =
        of(&[Kind::Date]).map(|c| format!("{} = {}", squash(&text[c.start..c.end]), c.value));
    let dates: Vec<String> = dates.collect();
    out.insert("date", score(dates.clone(), expected("date"), same_date));
    // The stricter measure, spans as labelled to the character, printed for comparison.
    out.insert("date, exact span", score(dates, expected("date"), |p, e| p == squash(e)));
    out.insert("party", score(parties, expected("party"), same_party));
    out.insert("category", score(categories, expected("category"), |p, e| p == e));
    out
}

#[test]
fn each_proposal_is_paired_so_that_the_most_expectations_are_met() {
    let proposed = vec!["Exxon".to_owned(), "Exxon Mobil".to_owned()];
    let expected = vec!["Exxon Mobil".to_owned(), "Exxon Chemical".to_owned()];
    let (tally, missed, wrong) = score(proposed, expected, same_party);
    assert_eq!((tally.hits, missed.len(), wrong.len()), (2, 0, 0));
}

#[test]
fn draft_quality_on_the_development_set() {
    let known = seed_records();
    let mut totals: BTreeMap<(String, &str), Tally> = BTreeMap::new();
    for case in cases() {
        for (kind, (tally, missed, wrong)) in measure(&case, &known) {
            let total = totals.entry((case.held_out.clone(), kind)).or_default();
            total.hits += tally.hits;
            total.proposed += tally.proposed;
            total.expected += tally.expected;
            let exact = kind.contains("exact");
            for m in missed.iter().filter(|_| !exact) {
                eprintln!("{}: {kind} missed: {m}", case.name);
            }
            for w in wrong.iter().filter(|_| !exact) {
                eprintln!("{}: {kind} not expected: {w}", case.name);
            }
        }
    }
    eprintln!("| set | kind | precision | recall | hits | proposed | expected |");
    eprintln!("|---|---|---|---|---|---|---|");
    for ((held_out, kind), t) in &totals {
        let set =
            if held_out == "no" { "tuned".to_owned() } else { format!("held out ({held_out})") };
        let (p, r) = (t.precision(), t.recall());
        eprintln!(
            "| {set} | {kind} | {p:.2} | {r:.2} | {} | {} | {} |",
            t.hits, t.proposed, t.expected
        );
    }
    // Floors a little under what the extractor reaches, so that a change that loses quality fails.
    let floors: [(&str, &str, f64, f64); 476] = [
        ("no", "pledge", 0.8, 0.95),
        ("no", "amount", 0.95, 0.95),
        ("no", "date", 0.95, 0.95),
        ("no", "party", 0.95, 0.95),
        ("no", "category", 1.0, 1.0),
        // Measured after their misses were seen (see docs/draft.md for the blind figures).
        ("first", "pledge", 0.85, 0.95),
        ("first", "amount", 0.95, 0.95),
        ("first", "date", 0.95, 0.95),
        ("first", "party", 0.95, 0.85),
        ("first", "category", 1.0, 1.0),
        ("second", "pledge", 0.9, 0.95),
        ("second", "amount", 0.95, 0.95),
        ("second", "date", 0.95, 0.95),
        ("second", "party", 0.95, 0.85),
        ("second", "category", 1.0, 1.0),
        ("third", "pledge", 0.85, 0.95),
        ("third", "amount", 0.95, 0.95),
        ("third", "date", 0.9, 0.85),
        ("third", "party", 0.95, 0.9),
        ("third", "category", 1.0, 1.0),
        ("fourth", "pledge", 0.8, 0.9),
        ("fourth", "amount", 0.95, 0.95),
        ("fourth", "date", 0.95, 0.95),
        ("fourth", "party", 0.9, 0.9),
        ("fourth", "category", 1.0, 1.0),
        ("fifth", "pledge", 0.8, 0.8),
        ("fifth", "amount", 0.95, 0.95),
        ("fifth", "date", 0.95, 0.95),
        ("fifth", "party", 0.95, 0.95),
        ("fifth", "category", 1.0, 1.0),
        // Blind: pledge 0.75 / 0.72, amount 0.86 / 0.83, date 0.77 / 0.71, party 0.81 / 0.58.
        ("sixth", "pledge", 0.85, 0.95),
        ("sixth", "amount", 0.95, 0.95),
        ("sixth", "date", 0.95, 0.95),
        ("sixth", "party", 0.95, 0.95),
        ("sixth", "category", 1.0, 1.0),
        // Blind: pledge 0.96 / 0.63, amount 0.78 / 0.78, date 1.00 / 0.91, party 0.91 / 0.89.
        ("seventh", "pledge", 0.95, 0.95),
        ("seventh", "amount", 0.95, 0.95),
        ("seventh", "date", 0.95, 0.95),
        ("seventh", "party", 0.95, 0.95),
        ("seventh", "category", 1.0, 1.0),
        // Blind: pledge 0.90 / 0.72, amount 1.00 / 0.93, date 0.93 / 0.87, party 0.78 / 0.70.
        ("eighth", "pledge", 0.9, 0.95),
        ("eighth", "amount", 0.95, 0.95),
        ("eighth", "date", 0.95, 0.95),
        ("eighth", "party", 0.95, 0.95),
        ("eighth", "category", 1.0, 1.0),
        // Blind: pledge 1.00 / 0.63, amount 0.90 / 0.86, date 0.90 / 0.82, party 0.97 / 0.62.
        ("ninth", "pledge", 0.95, 0.95),
        ("ninth", "amount", 0.95, 0.95),
        ("ninth", "date", 0.95, 0.95),
        ("ninth", "party", 0.95, 0.95),
        ("ninth", "category", 1.0, 1.0),
        // Blind: pledge 0.87 / 0.57, amount 0.84 / 0.84, date 0.88 / 0.78, party 0.93 / 0.82.
        ("tenth", "pledge", 0.95, 0.95),
        ("tenth", "amount", 0.95, 0.95),
        ("tenth", "date", 0.95, 0.95),
        ("tenth", "party", 0.95, 0.95),
        ("tenth", "category", 1.0, 1.0),
        // Blind: pledge 0.96 / 0.60, amount 1.00 / 0.84, date 1.00 / 0.96, party 0.65 / 0.68.
        ("eleventh", "pledge", 0.95, 0.95),
        ("eleventh", "amount", 0.95, 0.95),
        ("eleventh", "date", 0.95, 0.95),
        ("eleventh", "party", 0.95, 0.95),
        ("eleventh", "category", 1.0, 1.0),
        // Blind: pledge 0.93 / 0.66, amount 0.88 / 0.81, date 0.96 / 0.90, party 0.84 / 0.74.
        ("twelfth", "pledge", 0.95, 0.95),
        ("twelfth", "amount", 0.95, 0.95),
        ("twelfth", "date", 0.95, 0.95),
        ("twelfth", "party", 0.95, 0.9),
        ("twelfth", "category", 1.0, 1.0),
        // Blind: pledge 0.80 / 0.51, amount 0.96 / 1.00, date 1.00 / 0.94, party 0.90 / 0.78.
        ("thirteenth", "pledge", 0.9, 0.95),
        ("thirteenth", "amount", 0.95, 0.95),
        ("thirteenth", "date", 0.95, 0.95),
        ("thirteenth", "party", 0.95, 0.95),
        ("thirteenth", "category", 1.0, 1.0),
        // Blind: pledge 1.00 / 0.68, amount 1.00 / 0.87, date 1.00 / 0.93, party 0.88 / 0.71.
        ("fourteenth", "pledge", 0.95, 0.95),
        ("fourteenth", "amount", 0.95, 0.95),
        ("fourteenth", "date", 0.95, 0.95),
        ("fourteenth", "party", 0.95, 0.95),
        ("fourteenth", "category", 1.0, 1.0),
        // Blind: pledge 0.81 / 0.61, amount 1.00 / 0.96, date 0.92 / 0.75, party 0.84 / 0.72.
        ("fifteenth", "pledge", 0.95, 0.95),
        ("fifteenth", "amount", 0.95, 0.95),
        ("fifteenth", "date", 0.95, 0.95),
        ("fifteenth", "party", 0.95, 0.95),
        ("fifteenth", "category", 1.0, 1.0),
        // Blind: pledge 0.97 / 0.64, amount 1.00 / 0.82, date 1.00 / 0.91, party 0.83 / 0.68.
        ("sixteenth", "pledge", 0.9, 0.95),
        ("sixteenth", "amount", 0.95, 0.95),
        ("sixteenth", "date", 0.95, 0.95),
        ("sixteenth", "party", 0.95, 0.95),
        ("sixteenth", "category", 1.0, 1.0),
        // Blind: pledge 0.91 / 0.79, amount 0.77 / 0.74, date 0.78 / 0.64, party 0.91 / 0.79.
        ("seventeenth", "pledge", 0.95, 0.95),
        ("seventeenth", "amount", 0.95, 0.95),
        ("seventeenth", "date", 0.95, 0.95),
        ("seventeenth", "party", 0.95, 0.95),
        ("seventeenth", "category", 1.0, 1.0),
        // Blind: pledge 0.88 / 0.59, amount 0.79 / 0.76, date 0.92 / 0.78, party 0.90 / 0.86.
        ("eighteenth", "pledge", 0.85, 0.75),
        ("eighteenth", "amount", 0.95, 0.95),
        ("eighteenth", "date", 0.95, 0.9),
        ("eighteenth", "party", 0.95, 0.95),
        ("eighteenth", "category", 1.0, 1.0),
        // Blind: pledge 0.83 / 0.85, amount 0.93 / 0.85, date 0.93 / 0.87, party 0.87 / 0.78.
        ("nineteenth", "pledge", 0.85, 0.9),
        ("nineteenth", "amount", 0.95, 0.95),
        ("nineteenth", "date", 0.95, 0.95),
        ("nineteenth", "party", 0.95, 0.95),
        ("nineteenth", "category", 1.0, 1.0),
        // Blind: pledge 0.85 / 0.73, amount 0.93 / 0.89, date 0.88 / 0.57, party 0.84 / 0.90.
        ("twentieth", "pledge", 0.95, 0.95),
        ("twentieth", "amount", 0.95, 0.95),
        ("twentieth", "date", 0.95, 0.8),
        ("twentieth", "party", 0.95, 0.95),
        ("twentieth", "category", 1.0, 1.0),
        // Blind: pledge 0.90 / 0.74, amount 0.92 / 0.90, date 0.95 / 0.78, party 0.86 / 0.79.
        ("twenty-first", "pledge", 0.95, 0.95),
        ("twenty-first", "amount", 0.95, 0.95),
        ("twenty-first", "date", 0.95, 0.95),
        ("twenty-first", "party", 0.95, 0.95),
        // Blind: pledge 0.89 / 0.79, amount 0.94 / 0.86, date 0.86 / 0.81, party 0.85 / 0.77.
        ("twenty-second", "pledge", 0.85, 0.95),
        ("twenty-second", "amount", 0.95, 0.95),
        ("twenty-second", "date", 0.9, 0.9),
        ("twenty-second", "party", 0.95, 0.9),
        ("twenty-third", "pledge", 0.85, 0.85),
        ("twenty-third", "amount", 0.95, 0.95),
        ("twenty-third", "date", 0.95, 0.95),
        ("twenty-third", "party", 0.95, 0.9),
        ("twenty-fourth", "pledge", 0.95, 0.95),
        ("twenty-fourth", "amount", 0.95, 0.95),
        ("twenty-fourth", "date", 0.95, 0.95),
        ("twenty-fourth", "party", 0.95, 0.95),
        ("twenty-fifth", "pledge", 0.9, 0.75),
        ("twenty-fifth", "amount", 0.95, 0.85),
        ("twenty-fifth", "date", 0.95, 0.75),
        ("twenty-fifth", "party", 0.95, 0.95),
        ("twenty-sixth", "pledge", 0.8, 0.75),
        ("twenty-sixth", "amount", 0.9, 0.9),
        ("twenty-sixth", "date", 0.9, 0.85),
        ("twenty-sixth", "party", 0.95, 0.95),
        ("twenty-seventh", "pledge", 0.85, 0.85),
        ("twenty-seventh", "amount", 0.95, 0.95),
        ("twenty-seventh", "date", 0.95, 0.9),
        ("twenty-seventh", "party", 0.95, 0.95),
        // Blind: pledge 0.81 / 0.75, amount 1.00 / 0.98, date 0.95 / 0.90, party 0.93 / 0.89.
        ("twenty-eighth", "pledge", 0.8, 0.9),
        ("twenty-eighth", "amount", 1.0, 1.0),
        ("twenty-eighth", "date", 1.0, 1.0),
        ("twenty-eighth", "party", 0.95, 0.95),
        // Blind: pledge 0.86 / 0.84, amount 0.98 / 0.94, date 0.93 / 0.86, party 0.83 / 0.77.
        ("twenty-ninth", "pledge", 0.9, 0.9),
        ("twenty-ninth", "amount", 0.95, 0.95),
        ("twenty-ninth", "date", 0.95, 0.9),
        ("twenty-ninth", "party", 0.9, 0.75),
        // Blind: pledge 0.87 / 0.85, amount 0.95 / 0.95, date 0.89 / 0.66, party 0.84 / 0.70.
        ("thirtieth", "pledge", 0.85, 0.9),
        ("thirtieth", "amount", 0.95, 0.95),
        ("thirtieth", "date", 0.9, 0.9),
        ("thirtieth", "party", 1.0, 0.9),
        // Blind: pledge 0.88 / 0.95, amount 0.98 / 1.00, date 0.96 / 0.71, party 0.87 / 0.68.
        ("thirty-first", "pledge", 0.85, 0.9),
        ("thirty-first", "amount", 1.0, 1.0),
        ("thirty-first", "date", 0.95, 0.9),
        ("thirty-first", "party", 0.9, 0.8),
        // Blind: pledge 0.91 / 0.92, amount 1.00 / 0.96, date 0.82 / 0.67, party 0.88 / 0.88.
        ("thirty-second", "pledge", 0.9, 0.9),
        ("thirty-second", "amount", 1.0, 0.95),
        ("thirty-second", "date", 1.0, 0.8),
        ("thirty-second", "party", 0.85, 0.85),
        // Blind: pledge 0.76 / 0.88, amount 1.00 / 0.96, date 0.88 / 0.81, party 0.97 / 0.86.
        ("thirty-third", "pledge", 0.75, 0.85),
        ("thirty-third", "amount", 1.0, 0.95),
        ("thirty-third", "date", 1.0, 0.95),
        ("thirty-third", "party", 0.95, 0.85),
        // Blind: pledge 0.85 / 0.82, amount 0.96 / 0.96, date 0.90 / 0.90, party 0.89 / 0.77.
        ("thirty-fourth", "pledge", 0.8, 0.8),
        ("thirty-fourth", "amount", 0.95, 0.95),
        ("thirty-fourth", "date", 0.9, 0.9),
        ("thirty-fourth", "party", 0.9, 0.8),
        // Blind: pledge 0.85 / 0.89, amount 0.95 / 0.98, date 0.89 / 0.77, party 0.92 / 0.73.
        ("thirty-fifth", "pledge", 0.85, 0.85),
        ("thirty-fifth", "amount", 0.95, 0.95),
        ("thirty-fifth", "date", 0.9, 0.8),
        ("thirty-fifth", "party", 0.9, 0.85),
        // Blind: pledge 0.83 / 0.89, amount 1.00 / 0.87, date 0.95 / 1.00, party 0.93 / 0.88.
        ("thirty-sixth", "pledge", 0.8, 0.9),
        ("thirty-sixth", "amount", 1.0, 1.0),
        ("thirty-sixth", "date", 0.9, 1.0),
        ("thirty-sixth", "party", 0.95, 0.9),
        // Blind: pledge 0.75 / 0.92, amount 1.00 / 0.93, date 0.95 / 0.90, party 0.97 / 0.91.
        ("thirty-seventh", "pledge", 0.8, 0.9),
        ("thirty-seventh", "amount", 1.0, 0.9),
        ("thirty-seventh", "date", 1.0, 0.95),
        ("thirty-seventh", "party", 1.0, 1.0),
        // Blind: pledge 0.68 / 0.88, amount 1.00 / 1.00, date 0.92 / 0.92, party 0.87 / 0.85.
        ("thirty-eighth", "pledge", 0.9, 0.95),
        ("thirty-eighth", "amount", 1.0, 1.0),
        ("thirty-eighth", "date", 1.0, 1.0),
        ("thirty-eighth", "party", 0.95, 0.9),
        ("thirty-eighth", "category", 1.0, 1.0),
        // Blind: pledge 0.72 / 0.76, amount 0.98 / 0.96, date 0.87 / 0.87, party 0.86 / 0.70.
        ("thirty-ninth", "pledge", 0.85, 0.85),
        ("thirty-ninth", "amount", 1.0, 0.95),
        ("thirty-ninth", "date", 0.94, 0.94),
        ("thirty-ninth", "party", 0.9, 0.9),
        // Blind: pledge 0.76 / 0.88, amount 0.98 / 0.89, date 0.92 / 0.83, party 0.89 / 0.86.
        ("fortieth", "pledge", 0.85, 0.95),
        ("fortieth", "amount", 0.95, 0.95),
        ("fortieth", "date", 0.95, 0.89),
        ("fortieth", "party", 0.9, 0.9),
        // Blind: pledge 0.77 / 0.91, amount 0.96 / 0.94, date 0.97 / 0.92, party 0.92 / 0.80.
        ("forty-first", "pledge", 0.9, 0.9),
        ("forty-first", "amount", 0.95, 0.9),
        ("forty-first", "date", 0.95, 0.95),
        ("forty-first", "party", 0.9, 0.85),
        ("forty-first", "category", 1.0, 1.0),
        // Blind: pledge 0.80 / 0.92, amount 0.98 / 0.87, date 0.97 / 0.82, party 0.86 / 0.79.
        ("forty-second", "pledge", 0.9, 0.9),
        ("forty-second", "amount", 0.95, 0.95),
        ("forty-second", "date", 0.95, 0.95),
        ("forty-second", "party", 0.9, 0.9),
        ("forty-second", "category", 1.0, 1.0),
        // Blind: pledge 0.76 / 0.81, amount 0.89 / 0.93, date 1.00 / 0.95, party 0.88 / 0.79.
        ("forty-third", "pledge", 0.75, 0.85),
        ("forty-third", "amount", 0.95, 0.95),
        ("forty-third", "date", 0.95, 0.95),
        ("forty-third", "party", 0.9, 0.9),
        ("forty-third", "category", 1.0, 1.0),
        // Blind: pledge 0.68 / 0.74, amount 1.00 / 0.96, date 0.97 / 0.86, party 0.90 / 0.86.
        ("forty-fourth", "pledge", 0.8, 0.85),
        ("forty-fourth", "amount", 0.95, 0.95),
        ("forty-fourth", "date", 0.95, 0.95),
        ("forty-fourth", "party", 0.9, 0.85),
        ("forty-fourth", "category", 1.0, 1.0),
        // Blind, first part: pledge 0.83 / 0.71, amount 0.88 / 0.95, date 1.00 / 0.78, party
        // 0.79 / 0.87; second part: pledge 0.75 / 0.90, amount 1.00 / 1.00, party 0.71 / 0.33.
        ("forty-fifth", "pledge", 0.8, 0.7),
        ("forty-fifth", "amount", 0.95, 0.95),
        ("forty-fifth", "date", 0.95, 0.85),
        ("forty-fifth", "party", 0.8, 0.7),
        ("forty-fifth", "category", 1.0, 1.0),
        // Blind: pledge 0.67 / 0.78, amount 0.97 / 0.93, date 0.96 / 0.93, party 0.85 / 0.85.
        ("forty-sixth", "pledge", 0.75, 0.85),
        ("forty-sixth", "amount", 0.95, 0.95),
        ("forty-sixth", "date", 0.95, 0.95),
        ("forty-sixth", "party", 0.9, 0.9),
        ("forty-sixth", "category", 1.0, 1.0),
        // Blind: pledge 0.83 / 0.74, amount 0.97 / 0.89, date 1.00 / 0.90, party 0.93 / 0.75.
        ("forty-seventh", "pledge", 0.85, 0.85),
        ("forty-seventh", "amount", 0.95, 0.95),
        ("forty-seventh", "date", 0.95, 0.9),
        ("forty-seventh", "party", 0.95, 0.9),
        ("forty-seventh", "category", 1.0, 1.0),
        // Blind: pledge 0.75 / 0.76, amount 0.96 / 0.92, date 0.86 / 0.83, party 0.89 / 0.80,
        // category 0 of 1.
        ("forty-eighth", "pledge", 0.8, 0.85),
        ("forty-eighth", "amount", 0.95, 0.9),
        ("forty-eighth", "date", 0.85, 0.85),
        ("forty-eighth", "party", 0.9, 0.8),
        ("forty-eighth", "category", 1.0, 1.0),
        // Blind: pledge 0.75 / 0.81, amount 0.98 / 0.94, date 0.92 / 0.88, party 0.93 / 0.87,
        // one category proposed of none.
        ("forty-ninth", "pledge", 0.9, 0.9),
        ("forty-ninth", "amount", 0.95, 0.95),
        ("forty-ninth", "date", 0.95, 0.95),
        ("forty-ninth", "party", 0.95, 0.95),
        ("forty-ninth", "category", 1.0, 1.0),
        // Blind: pledge 0.81 / 0.79, amount 0.90 / 0.88, date 0.85 / 0.74, party 0.79 / 0.78,
        // no category.
        ("fiftieth", "pledge", 0.8, 0.8),
        ("fiftieth", "amount", 0.95, 0.95),
        ("fiftieth", "date", 0.8, 0.8),
        ("fiftieth", "party", 0.85, 0.8),
        ("fiftieth", "category", 1.0, 1.0),
        // Blind: pledge 0.86 / 0.78, amount 0.98 / 0.94, date 0.84 / 0.81, party 0.86 / 0.86,
        // no category.
        ("fifty-first", "pledge", 0.85, 0.85),
        ("fifty-first", "amount", 0.95, 0.95),
        ("fifty-first", "date", 0.9, 0.9),
        ("fifty-first", "party", 0.9, 0.9),
        ("fifty-first", "category", 1.0, 1.0),
        // Blind: pledge 0.82 / 0.72, amount 0.93 / 0.95, date 0.97 / 0.95, party 0.89 / 0.81,
        // no category.
        ("fifty-second", "pledge", 0.85, 0.9),
        ("fifty-second", "amount", 0.95, 0.95),
        ("fifty-second", "date", 0.95, 0.95),
        ("fifty-second", "party", 0.95, 0.9),
        ("fifty-second", "category", 1.0, 1.0),
        // Blind: pledge 0.71 / 0.89, amount 0.92 / 0.88, date 0.90 / 0.82, party 0.77 / 0.77,
        // no category.
        ("fifty-third", "pledge", 0.8, 0.85),
        ("fifty-third", "amount", 0.9, 0.85),
        ("fifty-third", "date", 0.9, 0.9),
        ("fifty-third", "party", 0.9, 0.9),
        ("fifty-third", "category", 1.0, 1.0),
        ("fifty-fourth", "pledge", 0.9, 0.95),
        ("fifty-fourth", "amount", 0.95, 0.95),
        ("fifty-fourth", "date", 0.95, 0.95),
        ("fifty-fourth", "party", 0.9, 0.9),
        ("fifty-fourth", "category", 1.0, 1.0),
        // Blind: pledge 0.86 / 0.84, amount 1.00 / 1.00, date 0.90 / 0.95, party 0.83 / 0.64,
        // no category.
        ("fifty-fifth", "pledge", 0.85, 0.9),
        ("fifty-fifth", "amount", 0.95, 0.95),
        ("fifty-fifth", "date", 1.0, 1.0),
        ("fifty-fifth", "party", 0.9, 0.94),
        ("fifty-fifth", "category", 1.0, 1.0),
        // Blind: pledge 0.79 / 0.88, amount 0.89 / 0.89, date 1.00 / 1.00, party 1.00 / 0.89,
        // category 0.00 / 1.00 (two proposed, none expected: `agricultural products` a country
        // exports and `fruit` the containers carry, not what either plant makes).
        ("fifty-sixth", "pledge", 0.8, 0.85),
        ("fifty-sixth", "amount", 0.95, 0.95),
        ("fifty-sixth", "date", 0.95, 0.95),
        ("fifty-sixth", "party", 0.95, 0.85),
        ("fifty-sixth", "category", 0.0, 1.0),
        // Blind: pledge 0.84 / 0.83, amount 0.98 / 0.90, date 0.96 / 0.66, party 0.89 / 0.76,
        // no category.
        ("fifty-seventh", "pledge", 0.8, 0.85),
        ("fifty-seventh", "amount", 0.95, 0.95),
        ("fifty-seventh", "date", 0.95, 0.95),
        ("fifty-seventh", "party", 0.95, 0.85),
        ("fifty-seventh", "category", 1.0, 1.0),
        // Blind: pledge 0.82 / 0.83, amount 0.96 / 0.89, date 0.94 / 0.88, party 0.86 / 0.77,
        // category 0 / 0 (one proposed, none expected).
        ("fifty-eighth", "pledge", 0.8, 0.85),
        ("fifty-eighth", "amount", 0.95, 0.9),
        ("fifty-eighth", "date", 0.95, 0.9),
        ("fifty-eighth", "party", 0.9, 0.85),
        ("fifty-eighth", "category", 1.0, 1.0),
        // Blind: pledge 0.83 / 0.70, amount 0.97 / 0.90, date 0.93 / 0.84, party 0.85 / 0.71,
        // no category.
        ("fifty-ninth", "pledge", 0.8, 0.75),
        ("fifty-ninth", "amount", 0.95, 0.95),
        ("fifty-ninth", "date", 0.9, 0.9),
        ("fifty-ninth", "party", 0.85, 0.8),
        ("fifty-ninth", "category", 1.0, 1.0),
        // Blind: pledge 0.83 / 0.82, amount 0.96 / 0.92, date 0.94 / 0.88, party 0.88 / 0.74,
        // category 1.00 / 1.00 (one proposed, one expected).
        ("sixtieth", "pledge", 0.8, 0.85),
        ("sixtieth", "amount", 0.95, 0.95),
        ("sixtieth", "date", 0.9, 0.85),
        ("sixtieth", "party", 0.9, 0.8),
        ("sixtieth", "category", 1.0, 1.0),
        // Blind: pledge 0.80 / 0.81, amount 0.93 / 0.86, date 0.94 / 0.89, party 0.92 / 0.77,
        // category 1.00 / 1.00 (one proposed, one expected).
        ("sixty-first", "pledge", 0.75, 0.8),
        ("sixty-first", "amount", 0.95, 0.9),
        ("sixty-first", "date", 0.9, 0.85),
        ("sixty-first", "party", 0.9, 0.75),
        ("sixty-first", "category", 1.0, 1.0),
        // Blind: pledge 0.75 / 0.80, amount 0.97 / 0.97, date 0.97 / 0.95, party 0.91 / 0.76,
        // category 1.00 / 1.00 (one proposed, one expected).
        ("sixty-second", "pledge", 0.75, 0.8),
        ("sixty-second", "amount", 0.95, 0.95),
        ("sixty-second", "date", 0.95, 0.95),
        ("sixty-second", "party", 0.9, 0.75),
        ("sixty-second", "category", 1.0, 1.0),
        // Blind: pledge 0.71 / 0.78, amount 0.96 / 0.87, date 0.92 / 0.88, party 0.91 / 0.74,
        // category 1.00 / 1.00 (two proposed, two expected).
        ("sixty-third", "pledge", 0.8, 0.75),
        ("sixty-third", "amount", 0.95, 0.95),
        ("sixty-third", "date", 0.9, 0.9),
        ("sixty-third", "party", 0.9, 0.75),
        ("sixty-third", "category", 1.0, 1.0),
        // Blind: pledge 0.79 / 0.81, amount 0.98 / 0.92, date 0.93 / 0.86, party 0.86 / 0.78,
        // category 1.00 / 1.00 (three proposed, three expected).
        ("sixty-fourth", "pledge", 0.8, 0.8),
        ("sixty-fourth", "amount", 0.95, 0.9),
        ("sixty-fourth", "date", 0.95, 0.9),
        ("sixty-fourth", "party", 0.9, 0.85),
        ("sixty-fourth", "category", 1.0, 1.0),
        ("sixty-fifth", "pledge", 0.8, 0.85),
        ("sixty-fifth", "amount", 0.95, 0.95),
        ("sixty-fifth", "date", 0.95, 0.9),
        ("sixty-fifth", "party", 0.9, 0.85),
        ("sixty-fifth", "category", 1.0, 1.0),
        ("sixty-sixth", "pledge", 0.85, 0.8),
        ("sixty-sixth", "amount", 0.95, 0.9),
        ("sixty-sixth", "date", 0.9, 0.85),
        ("sixty-sixth", "party", 0.9, 0.85),
        ("sixty-sixth", "category", 1.0, 1.0),
        ("sixty-seventh", "pledge", 0.8, 0.8),
        ("sixty-seventh", "amount", 0.95, 0.95),
        ("sixty-seventh", "date", 0.9, 0.9),
        ("sixty-seventh", "party", 0.85, 0.8),
        ("sixty-seventh", "category", 1.0, 0.5),
        ("sixty-eighth", "pledge", 0.8, 0.8),
        ("sixty-eighth", "amount", 0.95, 0.9),
        ("sixty-eighth", "date", 0.95, 0.85),
        ("sixty-eighth", "party", 0.8, 0.8),
        ("sixty-eighth", "category", 1.0, 1.0),
        ("sixty-ninth", "pledge", 0.8, 0.8),
        ("sixty-ninth", "amount", 0.95, 0.9),
        ("sixty-ninth", "date", 0.9, 0.95),
        ("sixty-ninth", "party", 0.9, 0.8),
        ("sixty-ninth", "category", 1.0, 1.0),
        ("seventieth", "pledge", 0.8, 0.8),
        ("seventieth", "amount", 0.95, 0.95),
        ("seventieth", "date", 0.95, 0.9),
        ("seventieth", "party", 0.8, 0.75),
        ("seventieth", "category", 1.0, 1.0),
        ("seventy-first", "pledge", 0.75, 0.75),
        ("seventy-first", "amount", 0.9, 0.9),
        ("seventy-first", "date", 0.9, 0.85),
        ("seventy-first", "party", 0.85, 0.75),
        ("seventy-first", "category", 1.0, 1.0),
        ("seventy-second", "pledge", 0.8, 0.75),
        ("seventy-second", "amount", 0.95, 0.9),
        ("seventy-second", "date", 0.95, 0.9),
        ("seventy-second", "party", 0.85, 0.75),
        ("seventy-second", "category", 1.0, 1.0),
        ("seventy-third", "pledge", 0.8, 0.8),
        ("seventy-third", "amount", 0.9, 0.95),
        ("seventy-third", "date", 0.9, 0.9),
        ("seventy-third", "party", 0.7, 0.75),
        ("seventy-third", "category", 1.0, 1.0),
        ("seventy-fourth", "pledge", 0.8, 0.7),
        ("seventy-fourth", "amount", 0.95, 0.9),
        ("seventy-fourth", "date", 0.95, 0.9),
        ("seventy-fourth", "party", 0.75, 0.7),
        ("seventy-fourth", "category", 1.0, 1.0),
        ("seventy-fifth", "pledge", 0.8, 0.65),
        ("seventy-fifth", "amount", 0.95, 0.9),
        ("seventy-fifth", "date", 0.9, 0.85),
        ("seventy-fifth", "party", 0.75, 0.7),
        ("seventy-fifth", "category", 1.0, 1.0),
        ("seventy-sixth", "pledge", 0.85, 0.65),
        ("seventy-sixth", "amount", 0.9, 0.85),
        ("seventy-sixth", "date", 0.9, 0.85),
        ("seventy-sixth", "party", 0.85, 0.7),
        ("seventy-sixth", "category", 1.0, 1.0),
        ("seventy-seventh", "pledge", 0.8, 0.75),
        ("seventy-seventh", "amount", 0.95, 0.9),
        ("seventy-seventh", "date", 0.95, 0.9),
        ("seventy-seventh", "party", 0.85, 0.75),
        ("seventy-seventh", "category", 1.0, 1.0),
        ("seventy-eighth", "pledge", 0.85, 0.7),
        ("seventy-eighth", "amount", 0.9, 0.9),
        ("seventy-eighth", "date", 0.95, 0.9),
        ("seventy-eighth", "party", 0.8, 0.7),
        ("seventy-eighth", "category", 1.0, 1.0),
        ("seventy-ninth", "pledge", 0.8, 0.7),
        ("seventy-ninth", "amount", 1.0, 0.9),
        ("seventy-ninth", "date", 0.95, 0.95),
        ("seventy-ninth", "party", 0.75, 0.8),
        ("seventy-ninth", "category", 1.0, 1.0),
        ("eightieth", "pledge", 0.85, 0.7),
        ("eightieth", "amount", 0.95, 0.95),
        ("eightieth", "date", 0.95, 0.9),
        ("eightieth", "party", 0.8, 0.75),
        ("eightieth", "category", 1.0, 1.0),
        ("eighty-first", "pledge", 0.85, 0.75),
        ("eighty-first", "amount", 0.95, 0.95),
        ("eighty-first", "date", 0.95, 0.9),
        ("eighty-first", "party", 0.8, 0.75),
        ("eighty-first", "category", 1.0, 1.0),
        ("eighty-second", "pledge", 0.8, 0.7),
        ("eighty-second", "amount", 0.9, 0.85),
        ("eighty-second", "date", 0.9, 0.85),
        ("eighty-second", "party", 0.8, 0.75),
        ("eighty-second", "category", 0.5, 1.0),
        ("eighty-third", "pledge", 0.9, 0.6),
        ("eighty-third", "amount", 0.85, 0.9),
        ("eighty-third", "date", 0.85, 0.8),
        ("eighty-third", "party", 0.85, 0.7),
        ("eighty-third", "category", 1.0, 1.0),
        ("eighty-fourth", "pledge", 0.95, 0.75),
        ("eighty-fourth", "amount", 0.95, 0.9),
        ("eighty-fourth", "date", 0.95, 0.85),
        ("eighty-fourth", "party", 0.8, 0.75),
        ("eighty-fourth", "category", 1.0, 1.0),
        ("eighty-fifth", "pledge", 0.85, 0.8),
        ("eighty-fifth", "amount", 0.95, 0.9),
        ("eighty-fifth", "date", 0.9, 0.85),
        ("eighty-fifth", "party", 0.8, 0.75),
        ("eighty-fifth", "category", 1.0, 1.0),
        ("eighty-sixth", "pledge", 0.85, 0.7),
        ("eighty-sixth", "amount", 0.95, 0.95),
        ("eighty-sixth", "date", 0.9, 0.85),
        ("eighty-sixth", "party", 0.85, 0.8),
        ("eighty-sixth", "category", 1.0, 1.0),
        ("eighty-seventh", "pledge", 0.85, 0.75),
        ("eighty-seventh", "amount", 0.95, 0.9),
        ("eighty-seventh", "date", 0.9, 0.9),
        ("eighty-seventh", "party", 0.75, 0.75),
        ("eighty-seventh", "category", 1.0, 1.0),
        ("eighty-eighth", "pledge", 0.8, 0.75),
        ("eighty-eighth", "amount", 0.9, 0.9),
        ("eighty-eighth", "date", 0.9, 0.9),
        ("eighty-eighth", "party", 0.75, 0.75),
        ("eighty-eighth", "category", 1.0, 1.0),
        ("eighty-ninth", "pledge", 0.85, 0.75),
        ("eighty-ninth", "amount", 0.95, 0.95),
        ("eighty-ninth", "date", 0.95, 0.9),
        ("eighty-ninth", "party", 0.85, 0.75),
        ("eighty-ninth", "category", 1.0, 1.0),
        ("ninetieth", "pledge", 0.75, 0.7),
        ("ninetieth", "amount", 0.95, 0.9),
        ("ninetieth", "date", 0.95, 0.85),
        ("ninetieth", "party", 0.85, 0.75),
        ("ninetieth", "category", 1.0, 1.0),
        ("ninety-first", "pledge", 0.75, 0.65),
        ("ninety-first", "amount", 0.9, 0.95),
        ("ninety-first", "date", 0.95, 0.8),
        ("ninety-first", "party", 0.9, 0.7),
        ("ninety-first", "category", 1.0, 1.0),
        ("ninety-second", "pledge", 0.85, 0.7),
        ("ninety-second", "amount", 0.95, 0.95),
        ("ninety-second", "date", 0.95, 0.9),
        ("ninety-second", "party", 0.85, 0.75),
        ("ninety-second", "category", 1.0, 1.0),
        ("ninety-third", "pledge", 0.8, 0.75),
        ("ninety-third", "amount", 0.95, 0.9),
        ("ninety-third", "date", 0.95, 0.9),
        ("ninety-third", "party", 0.9, 0.75),
        ("ninety-third", "category", 1.0, 1.0),
        ("ninety-fourth", "pledge", 0.8, 0.8),
        ("ninety-fourth", "amount", 0.95, 0.9),
        ("ninety-fourth", "date", 0.95, 0.85),
        ("ninety-fourth", "party", 0.85, 0.8),
        ("ninety-fourth", "category", 1.0, 1.0),
        ("ninety-fifth", "pledge", 0.8, 0.7),
        ("ninety-fifth", "amount", 0.95, 0.9),
        ("ninety-fifth", "date", 0.9, 0.75),
        ("ninety-fifth", "party", 0.9, 0.8),
        ("ninety-fifth", "category", 1.0, 1.0),
        ("ninety-sixth", "pledge", 0.8, 0.75),
        ("ninety-sixth", "amount", 0.9, 0.9),
        ("ninety-sixth", "date", 0.95, 0.9),
        ("ninety-sixth", "party", 0.9, 0.7),
        ("ninety-sixth", "category", 1.0, 1.0),
        ("ninety-seventh", "pledge", 0.85, 0.7),
        ("ninety-seventh", "amount", 0.95, 0.95),
        ("ninety-seventh", "date", 0.9, 0.85),
        ("ninety-seventh", "party", 0.9, 0.75),
        ("ninety-seventh", "category", 1.0, 1.0),
        ("ninety-eighth", "pledge", 0.8, 0.75),
        ("ninety-eighth", "amount", 0.95, 0.9),
        ("ninety-eighth", "date", 0.95, 0.85),
        ("ninety-eighth", "party", 0.85, 0.8),
        ("ninety-eighth", "category", 1.0, 1.0),
    ];
    for (held_out, kind, precision, recall) in floors {
        let t = totals.get(&(held_out.to_owned(), kind)).copied().unwrap_or_default();
        assert!(t.precision() >= precision, "{kind} precision {:.2} < {precision}", t.precision());
        assert!(t.recall() >= recall, "{kind} recall {:.2} < {recall}", t.recall());
    }
}
