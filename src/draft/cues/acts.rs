//! What the pledge's company or its work did, told in words looked up one by one, read once an
//! article has a pledge: the company at the head of a sentence (by a name the draft found
//! there, or as "the company", "the group", "it") with a verb of building, producing, starting,
//! expecting, employing, holding a share, pausing, halting or suspending, or of a pledge itself
//! (announced, committed, invested, signed, planned) ("Under the agreement,
//! GlobalFoundries would hold"); the pledge's work at the head with such a verb ("First
//! production is expected", "The construction of the plant began"); and a headline that names
//! a company and an amount ("Rio Tinto Pours $2.5B Into Rincon Lithium Expansion"); figures
//! or a report that show jobs or an amount ("SDI statistics showed that more than 8,500 jobs").
//! Last, a sentence with an amount no pledge sentence has told yet ("Other beneficiaries are
//! Nymphaea Resorts, with 21.6 million lei"), unless it is of a company's standing rather than
//! its pledge: its workforce today, a wage, a price, its sales or losses.

use super::shapes::words;
use crate::draft::{Candidate, Kind, Sentence};

/// Verbs of what a company or its work does about a pledge.
const ACTS: &[&str] = &[
    "build",
    "builds",
    "built",
    "building",
    "produce",
    "produces",
    "produced",
    "producing",
    "start",
    "starts",
    "started",
    "starting",
    "begin",
    "begins",
    "began",
    "begun",
    "expect",
    "expects",
    "expected",
    "employ",
    "employs",
    "employed",
    "employing",
    "hold",
    "holds",
    "held",
    "pause",
    "paused",
    "pauses",
    "pausing",
    "halt",
    "halts",
    "halted",
    "halting",
    "suspend",
    "suspends",
    "suspended",
    "suspending",
    // What a company did of a pledge itself: it announced, committed, invested, signed.
    "announced",
    "committed",
    "promised",
    "invest",
    "invested",
    "investing",
    "create",
    "expand",
    "hire",
    "hiring",
    "plan",
    "plans",
    "planned",
    "signed",
    "selected",
    "set",
    "received",
    "launched",
    "opened",
    "bought",
    "agreed",
    "stopped",
];
/// Words that may stand between a subject and its verb: auxiliaries, negations and adverbs of
/// time or degree ("would hold", "has already started", "is now expected").
const BETWEEN: &[&str] = &[
    "will",
    "would",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "be",
    "been",
    "being",
    "also",
    "already",
    "now",
    "still",
    "then",
    "later",
    "first",
    "initially",
    "currently",
    "not",
    "never",
    "reportedly",
    "recently",
    "officially",
    "finally",
    "soon",
];
/// The auxiliaries among them, which tell a verb's time.
const AUXILIARIES: &[&str] =
    &["will", "would", "is", "are", "was", "were", "has", "have", "had", "be", "been", "being"];
/// What an agency's or a report's figures are, and the verbs they tell with: "SDI statistics
/// showed that more than 8,500 jobs", "The report reveals that ... $7 billion".
const FIGURES: &[&str] =
    &["figures", "statistics", "data", "findings", "results", "survey", "report"];
const SHOWED: &[&str] = &["show", "shows", "showed", "shown", "reveal", "reveals", "revealed"];
/// The company told without its name.
const PRONOUNS: &[&[&str]] =
    &[&["it"], &["the", "company"], &["the", "group"], &["the", "firm"], &["the", "companies"]];
/// The pledge's work as a subject.
const WORK: &[&str] = &["construction", "production", "work", "works", "operations", "output"];
/// Words that may open the pledge's work: "First production", "The construction".
const WORK_HEAD: &[&str] = &["the", "its", "first", "initial", "commercial", "full", "mass"];

/// The cue of a sentence that tells what the pledge's company or its work did.
pub(super) fn acted(
    text: &str,
    start: usize,
    end: usize,
    candidates: &[Candidate],
    headline: bool,
) -> Option<(String, bool)> {
    let sentence = &text[start..end];
    let w = words(sentence);
    if headline && let Some(cue) = titled(sentence, start, end, candidates) {
        return Some((cue, false));
    }
    let is = |i: usize, list: &[&str]| w.get(i).is_some_and(|(_, word)| list.contains(&&**word));
    let span = |from: usize, to: usize| sentence[w[from].0..w[to].0 + w[to].1.len()].to_owned();
    // "Under the agreement, ": a short phrase before a comma opens the sentence.
    let head = match sentence.find(',') {
        Some(at) if w.iter().take_while(|(s, _)| *s < at).count() <= 6 => {
            w.iter().position(|(s, _)| *s > at).unwrap_or(0)
        }
        _ => 0,
    };
    // The verb after the subject that ends at `after`, with only words of BETWEEN before it.
    let verb = |after: usize| {
        let mut j = after;
        while is(j, BETWEEN) && j < after + 4 {
            j += 1;
        }
        // "the company employs 2,200 people", "PepsiCo currently employs over 350 people": a
        // present state, not what it does of a pledge; an auxiliary before the verb tells a
        // time ("will employ").
        let auxiliary = (after..j).any(|k| is(k, AUXILIARIES));
        let present = !auxiliary && w.get(j).is_some_and(|(_, v)| v.ends_with('s'));
        (is(j, ACTS) && !present).then_some(j)
    };
    // Figures that show jobs or an amount: what the pledges of a report added up to.
    let at = |list: &[&str]| w.iter().position(|(_, x)| list.contains(&x.as_str()));
    let counted =
        candidates.iter().any(|c| c.kind == Kind::Amount && start <= c.start && c.end <= end)
            || at(&["jobs"]).is_some();
    if let (Some(f), Some(v)) = (at(FIGURES), at(SHOWED))
        && counted
    {
        return Some((span(f.min(v), f.max(v)), false));
    }
    for h in [0, head] {
        let Some(&(at, _)) = w.get(h) else { continue };
        let company = candidates.iter().find(|c| c.kind == Kind::Company && c.start == start + at);
        let pronoun =
            PRONOUNS.iter().find(|p| p.iter().enumerate().all(|(k, word)| is(h + k, &[word])));
        let subject_end = match company {
            Some(c) => w.iter().position(|(s, _)| start + *s >= c.end),
            None => pronoun.map(|p| h + p.len()),
        };
        if let Some(j) = subject_end.and_then(verb) {
            return Some((span(h, j), false));
        }
        // "First production is expected", "The construction of the plant began".
        let mut k = h;
        while is(k, WORK_HEAD) && k < h + 2 {
            k += 1;
        }
        if is(k, WORK) && is(k + 1, WORK) {
            k += 1;
        }
        if is(k, WORK) {
            let of = if is(k + 1, &["of", "on"]) {
                (k + 2..w.len().min(k + 9)).find(|&j| verb(j).is_some())
            } else {
                Some(k + 1)
            };
            if let Some(j) = of.and_then(verb) {
                return Some((span(h, j), false));
            }
        }
    }
    None
}

/// A headline's cue: it names a company the draft found and an amount.
fn titled(sentence: &str, start: usize, end: usize, candidates: &[Candidate]) -> Option<String> {
    let inside =
        |kind: Kind| candidates.iter().find(|c| c.kind == kind && start <= c.start && c.end <= end);
    let (company, amount) = (inside(Kind::Company)?, inside(Kind::Amount)?);
    let (a, b) = (company.start.min(amount.start), company.end.max(amount.end));
    Some(sentence[a - start..b - start].to_owned())
}

/// The units of people at work an amount may count.
const PEOPLE: &[&str] = &["jobs", "workers", "employees", "positions", "people", "roles", "staff"];

/// Words of a company's standing or of money that is no pledge's: a workforce it employs
/// today, a wage per hour, a price, sales, a loss, a year it was founded, money spent before.
const STANDING: &[&str] = &[
    "employs",
    "employees",
    "currently",
    "annually",
    "per",
    "founded",
    "pay",
    "paying",
    "cost",
    "costs",
    "price",
    "prices",
    "sold",
    "purchases",
    "revenue",
    "revenues",
    "sales",
    "profit",
    "loss",
    "lost",
    "gdp",
    "spent",
];

/// The cue of a sentence with an amount that no pledge sentence of `cued` has told (a figure
/// restated, as a tweet restates its article's, adds nothing), when it tells no standing.
pub(super) fn counted(
    text: &str,
    start: usize,
    end: usize,
    candidates: &[Candidate],
    cued: &[Sentence],
) -> Option<(String, bool)> {
    let sentence = &text[start..end];
    let w = words(sentence);
    // An item of a list is read with the line that opens the list.
    let item = sentence.trim_start().starts_with(['-', '•', '*', '–']);
    let standing = w.iter().any(|(_, w)| STANDING.contains(&w.as_str()));
    if item || standing || super::topic::background(sentence) {
        return None;
    }
    // "more than 45000 jobs" tells the figure of "45000 jobs".
    fn figure(c: &Candidate) -> &str {
        c.value.trim_start_matches(|ch: char| !ch.is_ascii_digit())
    }
    let amounts = || candidates.iter().filter(|c| c.kind == Kind::Amount);
    let told: Vec<&str> = amounts()
        .filter(|c| cued.iter().any(|s| s.start <= c.start && c.end <= s.end))
        .map(figure)
        .collect();
    // Money or people at work, not customers or tonnes.
    let counts = |c: &Candidate| {
        let unit = c.value.rsplit(' ').next().unwrap_or("");
        (unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())) || PEOPLE.contains(&unit)
    };
    let inside = |c: &Candidate| start <= c.start && c.end <= end;
    let fresh = amounts().find(|c| {
        inside(c) && counts(c) && !told.contains(&figure(c)) && !super::met(text, start, c)
    })?;
    // "45,000 construction jobs in the Gulf Coast region.": a short line that opens on its
    // figure restates a pledge, as a tweet does.
    if fresh.start == start + w.first()?.0 && w.len() < 10 {
        return None;
    }
    Some((text[fresh.start..fresh.end].to_owned(), false))
}
