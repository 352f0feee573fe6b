//! Shapes of a pledge sentence read word by word, with no pattern to compile, tried when no cue
//! word marked a sentence: a company's representative speaking in a ministry's list ("Representative
//! of the Italian “Mapei”: The opening of the factory"), capacity a plan grows ("This will allow
//! the jeweller to grow its total crafting capacity", "Expanding our production capacity is
//! critical"), companies counted as they enter or are selected ("25 new international
//! companies are entering Lithuania"), what the company invested ("The group invested in the
//! greenfield project"), work on it that began ("Construction began in September") and a plan
//! with its deadline ("By December 2018, will be present in every village").

use crate::draft::{Candidate, Kind, Sentence};

/// The words of a sentence, lowercased, with their byte offsets in the sentence.
pub(super) fn words(sentence: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in sentence.char_indices().chain([(sentence.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, sentence[s..i].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Verbs that grow what a plant makes.
const GROW: &[&str] = &[
    "grow",
    "grows",
    "growing",
    "expand",
    "expands",
    "expanding",
    "increase",
    "increases",
    "increasing",
    "boost",
    "boosting",
    "double",
    "doubling",
    "triple",
    "tripling",
    "enlarge",
    "enlarging",
    "scale",
    "scaling",
];
/// What a plan grows.
const CAPACITY: &[&str] = &["capacity", "capacities", "output"];
/// Whose capacity grows: "to boost capacity and meet demand" is a general aim, "to grow its
/// capacity" a plan of the company's own.
const OWNERS: &[&str] = &["its", "our", "their", "the", "this"];
/// Who speaks for a company at the head of a line.
const SPEAKERS: &[&str] = &["representative", "representatives", "spokesperson", "spokesman"];
/// What a speaker tells of when the line is about the pledge.
const WORKS: &[&str] = &[
    "factory",
    "plant",
    "facility",
    "construction",
    "opening",
    "project",
    "investments",
    "investment",
    "company",
    "production",
    "complex",
    "land",
];
/// Companies counted as a group.
const FIRMS: &[&str] = &["companies", "firms", "investors", "manufacturers", "businesses"];
/// What counted companies do or are given.
const JOINED: &[&str] =
    &["entering", "enter", "selected", "chosen", "accepted", "relocating", "setting", "coming"];
/// The company by what it is, at the head of a sentence.
const MAKERS: &[&str] = &["group", "company", "firm", "carmaker", "automaker", "manufacturer"];
/// What it put into the pledge.
const PUT: &[&str] = &["invested", "pumped", "poured", "injected"];
/// The work on a plant at the head of a sentence, and its start.
const WORK: &[&str] = &["construction", "building", "work", "works", "groundwork"];
const BEGAN: &[&str] = &["began", "begun", "started", "commenced", "starts", "begins"];

/// Whether the head of a line names someone beside the one who speaks: a word in capitals
/// after its first ("Representative of the Italian “Mapei”", "Haier Egypt representative").
fn named(head: &str) -> bool {
    words(head).into_iter().skip(1).any(|(at, word)| {
        head[at..].starts_with(char::is_uppercase) && !SPEAKERS.contains(&word.as_str())
    })
}

/// The shape of a pledge a sentence takes, as its cue, or none.
pub(in crate::draft) fn shaped(
    text: &str,
    start: usize,
    end: usize,
    candidates: &[Candidate],
) -> Option<Sentence> {
    let sentence = &text[start..end];
    if sentence.trim_start_matches(['"', '“', '\'']).starts_with("If ") {
        return None;
    }
    let w = words(sentence);
    let is = |i: usize, list: &[&str]| w.get(i).is_some_and(|(_, word)| list.contains(&&**word));
    let cue = |from: usize, to: usize| {
        let (a, b) = (w[from].0, w[to].0 + w[to].1.len());
        Sentence { start, end, cue: sentence[a..b].to_owned(), status: false }
    };
    // "Representative of the Italian “Mapei”: The opening of ...": a name before the colon
    // beside one who speaks for it, a work of the pledge after.
    if let Some(colon) = sentence.find(':').filter(|&c| c <= 80)
        && w.iter().take_while(|(at, _)| *at < colon).any(|(_, word)| SPEAKERS.contains(&&**word))
        && named(&sentence[..colon])
        && w.iter().any(|(at, word)| *at > colon && WORKS.contains(&&**word))
    {
        let last = w.iter().take_while(|(at, _)| *at < colon).count() - 1;
        return Some(cue(0, last));
    }
    // "to grow its total crafting capacity": a verb of growth, its object within four words.
    for i in 0..w.len() {
        if is(i, GROW)
            && let Some(j) = (i + 1..w.len().min(i + 6)).find(|&j| is(j, CAPACITY))
            && (i + 1..j).any(|k| is(k, OWNERS))
        {
            return Some(cue(i, j));
        }
    }
    // "25 new international companies are entering Lithuania", "17 Korean companies selected
    // for": a figure opens the sentence, companies within three words, then what they do.
    if w.first().is_some_and(|(_, word)| word.bytes().all(|b| b.is_ascii_digit()))
        && let Some(f) = (1..w.len().min(5)).find(|&i| is(i, FIRMS))
        && let Some(j) = (f + 1..w.len().min(f + 4)).find(|&j| is(j, JOINED))
    {
        return Some(cue(0, j));
    }
    // "By December 2018, will be present in every village": a plan with its deadline.
    if is(0, &["by"])
        && candidates.iter().any(|c| c.kind == Kind::Date && c.start == start)
        && let Some(j) = (1..w.len().min(12)).find(|&j| is(j, &["will"]))
    {
        return Some(cue(0, j));
    }
    // "The group invested in the greenfield project".
    if sentence.starts_with("The ") && is(1, MAKERS) && is(2, PUT) {
        return Some(cue(0, 2));
    }
    // "Construction began in September last year.": work on the pledge that started.
    if is(0, WORK) && is(1, BEGAN) {
        return Some(Sentence { status: true, ..cue(0, 1) });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue_of(text: &str, companies: &[&str]) -> Option<String> {
        let candidates: Vec<Candidate> = companies
            .iter()
            .map(|name| {
                let start = text.find(name).expect("the name is in the text");
                let (end, value) = (start + name.len(), name.to_string());
                let why = String::new();
                Candidate { kind: Kind::Company, start, end, value, known: false, why }
            })
            .collect();
        shaped(text, 0, text.len(), &candidates).map(|s| s.cue)
    }

    #[test]
    fn a_representative_before_a_colon_speaks_for_the_company() {
        let text = "Representative of the Italian “Mapei”: The opening of the factory in 2023.";
        assert_eq!(cue_of(text, &[]).as_deref(), Some("Representative of the Italian “Mapei"));
        let text = "A representative of the company: the factory opens in 2023.";
        assert_eq!(cue_of(text, &[]), None);
        let text = "Representative of the Italian “Mapei”: We thank the minister.";
        assert_eq!(cue_of(text, &[]), None);
    }

    #[test]
    fn capacity_grown_is_a_plan() {
        let text = "This will allow the jeweller to grow its total crafting capacity by 60%.";
        assert_eq!(cue_of(text, &[]).as_deref(), Some("grow its total crafting capacity"));
        let text = "Expanding our production capacity is critical to meet demand.";
        assert_eq!(cue_of(text, &[]).as_deref(), Some("Expanding our production capacity"));
        assert_eq!(cue_of("Demand for capacity grew in the region.", &[]), None);
        assert_eq!(cue_of("We work to boost capacity and meet demand.", &[]), None);
    }

    #[test]
    fn companies_counted_as_they_enter_or_are_selected() {
        let text = "25 new international companies are entering Lithuania.";
        assert_eq!(
            cue_of(text, &[]).as_deref(),
            Some("25 new international companies are entering")
        );
        let text = "17 Korean companies selected for government's business support program";
        assert_eq!(cue_of(text, &[]).as_deref(), Some("17 Korean companies selected"));
        assert_eq!(cue_of("25 companies attended the fair.", &[]), None);
    }

    #[test]
    fn a_deadline_opening_a_sentence_before_will_is_a_plan() {
        let text = "By December 2018, will be present in every village.";
        let date = Candidate {
            kind: Kind::Date,
            start: 0,
            end: 16,
            value: "2018-12-31".into(),
            known: false,
            why: String::new(),
        };
        let got = shaped(text, 0, text.len(), &[date]).map(|s| s.cue);
        assert_eq!(got.as_deref(), Some("By December 2018, will"));
        assert_eq!(cue_of(text, &[]), None);
    }

    #[test]
    fn what_the_company_invested_and_work_that_began() {
        let text = "The group invested in the greenfield project through its brand.";
        assert_eq!(cue_of(text, &[]).as_deref(), Some("The group invested"));
        let text = "Construction began in September last year.";
        assert_eq!(cue_of(text, &[]).as_deref(), Some("Construction began"));
        assert_eq!(cue_of("The group said it was pleased.", &[]), None);
        assert_eq!(cue_of("If construction began, jobs would follow.", &[]), None);
    }
}
