//! Companies listed with what each will invest, in brackets after the name: "Adani Enterprises
//! (Rs 2,300 crore), BPL-FTA Energies (Rs 500 crore), ATC Tires (Rs 250 crore)", "Vikram Solar
//! investment (Rs 5,423 crore)". Read by scanning back from each bracketed amount, with no
//! pattern to compile.

use super::super::government;
use super::super::governments::ADJECTIVES;
use super::super::spans::free_for_whole;
use super::super::words::{DESCRIBING, NOT_NAMES, past_openers};
use crate::draft::{Candidate, Kind};

/// The money signs an amount in brackets opens with.
const SIGNS: &[&str] = &["Rs", "Rs.", "INR", "₹", "US$", "$", "€", "£", "RM", "¥", "R"];

/// Words between a name and its bracketed amount that are no part of the name.
const BETWEEN: &[&str] = &["investment", "project", "projects"];

/// Words of a public body's name, which an amount in brackets does not make a company's.
const BODIES: &[&str] = &[
    "Government",
    "Ministry",
    "Department",
    "Council",
    "Authority",
    "Board",
    "Agency",
    "Commission",
    "University",
    "Cabinet",
    "Enterprise",
];

/// How many words a listed name may have.
const MOST: usize = 5;

/// Proposes the name before each bracketed amount that no earlier reading took.
pub(super) fn priced(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    for (at, _) in text.match_indices(" (") {
        let inside = &text[at + 2..];
        let priced = SIGNS.iter().any(|sign| {
            inside.strip_prefix(sign).is_some_and(|rest| {
                rest.trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit())
            })
        });
        if !priced {
            continue;
        }
        let mut end = at;
        if let Some(space) = text[..end].rfind(' ')
            && BETWEEN.contains(&&text[space + 1..end])
        {
            end = space;
        }
        let start = name_start(text, end);
        let name = &text[start..end];
        let first = name.split(' ').next().unwrap_or("");
        if name.is_empty()
            || government(name)
            || name.split(' ').any(|w| BODIES.contains(&w))
            || DESCRIBING.contains(&first)
            || ADJECTIVES.iter().any(|(adjective, _)| *adjective == first)
            || of_projects(text, start)
            || name.split(' ').any(coded_sum)
        {
            continue;
        }
        // "Energies" read alone before: the whole name takes its place.
        if !free_for_whole(taken, out, (start, end)) {
            continue;
        }
        taken.push((start, end));
        let why = format!("`{name}` is listed with an amount in brackets; a new company");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
    }
}

/// Whether `word` is a sum written with a currency's code glued to it ("NOK90bn", "EUR5m"),
/// which a second sum in brackets may follow: "at least NOK90bn (€8.7bn)".
fn coded_sum(word: &str) -> bool {
    let code = word.chars().take_while(char::is_ascii_uppercase).count();
    code == 3 && word[code..].starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the sentence before `start` lists projects, not companies: "the following projects
/// were announced this year: Mina Justa (US$1.6 billion), Quellaveco (US$5.3 billion)".
fn of_projects(text: &str, start: usize) -> bool {
    // A stop before a space ends a sentence; one inside "US$1.6" does not.
    let head = &text[..start];
    let stops = [". ", "! ", "? ", "\n"];
    let from = stops.iter().filter_map(|s| head.rfind(s).map(|i| i + s.len())).max().unwrap_or(0);
    let head = text[from..start].to_lowercase();
    let companies = ["compan", "firm", "mou", "agreement", "investor"];
    ["project", "mine"].iter().any(|w| head.contains(w))
        && !companies.iter().any(|w| head.contains(w))
}

/// Where the capitalized words that end at `end` start: at most [`MOST`] of them, after the
/// words that open sentences ("The").
fn name_start(text: &str, end: usize) -> usize {
    let mut start = end;
    for _ in 0..MOST {
        // The words before the first are set apart by one space.
        let head = if start == end { &text[..start] } else { &text[..start - 1] };
        let from = head.rfind([' ', '\n']).map_or(0, |i| i + 1);
        let word = &head[from..];
        let named = word.starts_with(char::is_uppercase)
            && word.chars().all(|c| c.is_alphanumeric() || "&'’-".contains(c));
        if !named {
            break;
        }
        start = from;
        if from == 0 || text[..from].ends_with('\n') {
            break;
        }
    }
    let (start, _) = past_openers(start, &text[start..end]);
    if NOT_NAMES.contains(&&text[start..end]) { end } else { start }
}

#[cfg(test)]
mod tests {
    use super::super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn a_name_before_a_bracketed_amount_is_a_company() {
        let text = "The other MoUs signed include Princeton Digital Group (Rs 750 crore), BPL-FTA \
                    Energies (Rs 500 crore), Top Anil Marketing (Rs 100). The state signed with \
                    Vikram Solar investment (Rs 5,423 crore). The Tamil Nadu government (Rs 20 \
                    crore) agreed, and the plan (Rs 5 crore) too. The projects announced: Mina \
                    Justa (US$1.6 billion), Quellaveco (US$5.3 billion). Scottish Enterprise (£530,000) and a $15-billion \
                    Canadian (US$10.7 billion) plan.";
        assert_eq!(
            names(text, Kind::Company),
            ["BPL-FTA Energies", "Princeton Digital Group", "Top Anil Marketing", "Vikram Solar"]
        );
    }
}
