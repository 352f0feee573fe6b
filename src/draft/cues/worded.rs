//! Facts of a pledge told in words looked up one by one, with no pattern to compile, read once
//! an article has a pledge: work that resumed or restarted and the force majeure lifted, workers
//! laid off, a deadline extended, land converted into a plant, a plan launched, a target with
//! its date, a joint venture's partners, the projects an agency licensed or approved, a board's
//! go-ahead, support a government will extend, what a company could earn, the recipient of a
//! fund, a company's projects told place by place ("In Ponce, CooperVision is acquiring"),
//! and projects counted or ordered at the head of a sentence ("The third project", "Both these
//! storage projects have").

use super::shapes::words;
use crate::draft::{Candidate, Kind};

/// Words of work that started again, or of workers let go: a status of the pledge.
const RESUMED: &[&str] = &[
    "resumed",
    "resumes",
    "resuming",
    "resumption",
    "restarted",
    "restarts",
    "restarting",
    "reopened",
    "relaunched",
    "revived",
    "terminated",
    "layoffs",
    "furloughed",
];
/// Things of a pledge that a plan launches or land is turned into.
const THINGS: &[&str] = &[
    "project",
    "projects",
    "plant",
    "factory",
    "facility",
    "operations",
    "venture",
    "investment",
    "hub",
    "campus",
    "site",
    "park",
];
/// Verbs of a plan launched.
const LAUNCHED: &[&str] = &["launched", "launches", "launching", "kicked"];
/// What a licence, an approval or a plan makes of projects: "licensed projects".
const LICENSED: &[&str] = &["licensed", "approved", "registered", "planned", "proposed"];
const PROJECTS: &[&str] = &["projects", "project", "investments", "investment"];
/// Ways a joint venture's partners are told.
const COMPOSED: &[&str] =
    &["composed", "comprising", "comprised", "between", "formed", "owned", "made"];
/// Verbs of a board's go-ahead.
const GAVE: &[&str] = &["gave", "given", "gives", "give", "giving", "granted", "received", "got"];
/// A government's help it will extend, and the verbs it extends it with.
const EXTEND: &[&str] = &["extend", "offer", "lend", "give", "provide"];
const SUPPORT: &[&str] = &["support", "assistance", "backing", "cooperation"];
/// What a company may earn under a programme, with an amount.
const MAY: &[&str] = &["could", "may", "might", "can", "would", "will"];
const EARN: &[&str] = &["earn", "receive", "qualify", "collect", "claim"];
/// The one that receives a fund.
const RECIPIENT: &[&str] = &["recipient", "recipients", "beneficiary", "beneficiaries"];
const FUNDS: &[&str] = &[
    "fund",
    "funds",
    "funding",
    "grant",
    "grants",
    "rebate",
    "rebates",
    "loan",
    "loans",
    "subsidy",
    "incentive",
    "incentives",
    "aid",
];
/// The company by what it is.
const FIRM: &[&str] = &["company", "firm", "group", "manufacturer"];
/// A project's rank in a list of them.
const RANK: &[&str] = &["first", "second", "third", "fourth", "fifth", "final", "last", "next"];
/// Things of a pledge counted as a pair.
const BOTH: &[&str] =
    &["projects", "plants", "factories", "facilities", "companies", "investments"];
const TENSED: &[&str] = &["will", "would", "have", "has", "are", "were", "had"];

/// The cue of a fact of the pledge told in words of these lists, and whether it is a status.
pub(super) fn told(
    text: &str,
    start: usize,
    end: usize,
    candidates: &[Candidate],
) -> Option<(String, bool)> {
    let sentence = &text[start..end];
    let w = words(sentence);
    let is = |i: usize, list: &[&str]| w.get(i).is_some_and(|(_, word)| list.contains(&&**word));
    let span = |from: usize, to: usize| {
        let (a, b) = (w[from].0, w[to].0 + w[to].1.len());
        sentence[a..b].to_owned()
    };
    let near =
        |i: usize, k: usize, list: &[&str]| (i + 1..w.len().min(i + 1 + k)).find(|&j| is(j, list));
    let inside =
        |kind: Kind| candidates.iter().any(|c| c.kind == kind && start <= c.start && c.end <= end);
    for i in 0..w.len() {
        if is(i, RESUMED) && !super::averted(&sentence[..w[i].0]) {
            return Some((span(i, i), true));
        }
        if is(i, &["force"]) && is(i + 1, &["majeure"]) {
            return Some((span(i, i + 1), true));
        }
        // "many workers have been laid off", "Lays Off Workers".
        if is(i, &["laid", "lay", "lays"]) && is(i + 1, &["off"]) {
            return Some((span(i, i + 1), true));
        }
        // "extended the deadline to submit".
        if is(i, &["extended", "extends"])
            && let Some(j) = near(i, 2, &["deadline", "deadlines"])
        {
            return Some((span(i, j), true));
        }
        // "The barren land has been converted to a most modern eco-friendly plant".
        if is(i, &["converted", "transformed"])
            && i > 0
            && is(i - 1, &["been", "was", "were"])
            && let Some(j) = near(i, 8, THINGS)
        {
            return Some((span(i - 1, j), true));
        }
        // "launched its multimillion-dollar project".
        if is(i, LAUNCHED)
            && let Some(j) = near(i, 5, THINGS)
        {
            return Some((span(i, j), false));
        }
        // "licensed projects", "planned investments".
        if is(i, LICENSED) && is(i + 1, PROJECTS) {
            return Some((span(i, i + 1), false));
        }
        // "is now targeting first LNG in 2029".
        if is(i, &["targeting", "targets"])
            && i > 0
            && is(i - 1, &["is", "are", "now"])
            && inside(Kind::Date)
        {
            return Some((span(i - 1, i), false));
        }
        // "is a joint venture composed of".
        if is(i, &["joint"]) && is(i + 1, &["venture"]) && is(i + 2, COMPOSED) {
            return Some((span(i, i + 2), false));
        }
        // "gave the green signal", "gave a go-ahead".
        if is(i, GAVE)
            && let Some(j) = near(i, 3, &["green", "go"])
            && is(j + 1, &["signal", "light", "ahead"])
        {
            return Some((span(i, j + 1), false));
        }
        // "his Government will extend all necessary support".
        if is(i, &["will", "would", "shall"])
            && let Some(j) = near(i, 2, EXTEND)
            && let Some(k) = near(j, 4, SUPPORT)
        {
            return Some((span(i, k), false));
        }
        // "Michelin could earn up to $10 million".
        if is(i, MAY) && is(i + 1, EARN) && inside(Kind::Amount) {
            return Some((span(i, i + 1), false));
        }
        // "to be a recipient of the BC Manufacturing Jobs Fund".
        if is(i, RECIPIENT)
            && is(i + 1, &["of"])
            && let Some(j) = near(i + 1, 6, FUNDS)
        {
            return Some((span(i, j), false));
        }
    }
    // "The third project in Juana Diaz expands", "Both these storage projects have proposed".
    if is(0, &["the"]) && is(1, RANK) && is(2, THINGS) {
        return Some((span(0, 2), false));
    }
    if is(0, &["both"])
        && let Some(j) = near(0, 3, BOTH)
        && is(j + 1, TENSED)
    {
        return Some((span(0, j + 1), false));
    }
    placed(text, start, end, candidates).map(|cue| (cue, false))
}

/// "In Juana Diaz, the company will convert", "In Ponce, CooperVision is acquiring": a
/// company's project told after the place it is in, the company the subject of a future or a
/// present in progress.
fn placed(text: &str, start: usize, end: usize, candidates: &[Candidate]) -> Option<String> {
    let sentence = &text[start..end];
    let comma = sentence.find(", ").filter(|&c| c <= 40 && sentence.starts_with("In "))?;
    let head = &sentence[3..comma];
    if !head.split_whitespace().all(|word| word.starts_with(char::is_uppercase)) {
        return None;
    }
    let after = comma + 2;
    let company = candidates.iter().find(|c| c.kind == Kind::Company && c.start == start + after);
    let rest_at = match company {
        Some(c) => c.end - start,
        None => {
            let w = words(&sentence[after..]);
            let firm = w.len() > 1 && w[0].1 == "the" && FIRM.contains(&w[1].1.as_str());
            after + firm.then(|| w[1].0 + w[1].1.len())?
        }
    };
    let w = words(&sentence[rest_at..]);
    let verb = w.get(1).map(|(_, word)| word.as_str())?;
    let acting = match w.first().map(|(_, word)| word.as_str())? {
        "will" => true,
        "is" | "are" => verb.ends_with("ing"),
        _ => false,
    };
    acting.then(|| sentence[..rest_at + w[1].0 + verb.len()].to_owned())
}

/// Roles of a government's leader, written after the name in lower case.
const LEADERS: &[&str] = &["minister", "premier", "governor", "mayor", "secretary", "senator"];

/// Whether a sentence is a leader's general words, read only where it names no money: a record
/// told since taking office ("Since taking office, Governor Shapiro has prioritized"), or a
/// quotation said by a leader whose role follows the name ("“We’re taking action to build
/// resilient communities,” said Brenda Bailey, minister of jobs").
pub(super) fn general(sentence: &str) -> bool {
    let w = words(sentence);
    let is = |i: usize, list: &[&str]| w.get(i).is_some_and(|(_, word)| list.contains(&&**word));
    let record = is(0, &["since"])
        && (1..w.len().min(5)).any(|i| is(i, &["office"]))
        && (1..w.len().min(4)).any(|i| is(i, &["taking", "took", "coming", "came", "entering"]));
    record || quoted_leader(sentence)
}

/// Whether a quotation closes with ", said Name Name, minister ..." (or premier, governor...).
fn quoted_leader(sentence: &str) -> bool {
    let Some(at) =
        [",” said ", ",\" said "].iter().find_map(|s| sentence.find(s).map(|i| i + s.len()))
    else {
        return false;
    };
    let rest = &sentence[at..];
    let Some((name, role)) = rest.split_once(", ") else { return false };
    let named = name.split_whitespace().count() <= 4
        && name.split_whitespace().all(|word| word.starts_with(char::is_uppercase));
    let role = role.split_whitespace().next().unwrap_or("").to_lowercase();
    named && LEADERS.contains(&role.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue_of(text: &str, companies: &[&str], kinds: &[(Kind, &str)]) -> Option<(String, bool)> {
        let mut candidates: Vec<Candidate> = Vec::new();
        let named = companies.iter().map(|name| (Kind::Company, *name));
        for (kind, span) in named.chain(kinds.iter().copied()) {
            let start = text.find(span).expect("the span is in the text");
            let (end, value, why) = (start + span.len(), span.to_string(), String::new());
            candidates.push(Candidate { kind, start, end, value, known: false, why });
        }
        told(text, 0, text.len(), &candidates)
    }

    fn cue(text: &str) -> Option<String> {
        cue_of(text, &[], &[]).map(|(cue, _)| cue)
    }

    #[test]
    fn work_resumed_a_force_majeure_and_layoffs_are_statuses() {
        for (text, want) in [
            ("Offshore and onshore activity has resumed after work was halted.", "resumed"),
            ("Construction has now restarted both offshore and onshore.", "restarted"),
            ("Force majeure lifted on the LNG project", "Force majeure"),
            ("A former employee reports that many workers have been terminated.", "terminated"),
            ("China Based Company Lays Off Workers", "Lays Off"),
            (
                "The board also extended the deadline to submit the reports.",
                "extended the deadline",
            ),
        ] {
            assert_eq!(cue_of(text, &[], &[]), Some((want.to_owned(), true)), "{text}");
        }
        let got = cue("The barren land has been converted to a most modern eco-friendly plant.");
        assert_eq!(got.as_deref(), Some("been converted to a most modern eco-friendly plant"));
        assert_eq!(cue("The old files were converted to a new format."), None);
        let text = "Žiga justified the stimulus by the need to avoid layoffs in the company.";
        assert_eq!(cue(text), None);
    }

    #[test]
    fn launches_licensed_projects_and_a_go_ahead_are_pledges() {
        let got = cue("Volkswagen yesterday launched its multimillion-dollar project in Kigali.");
        assert_eq!(got.as_deref(), Some("launched its multimillion-dollar project"));
        assert_eq!(cue("The agency launched a campaign on social media."), None);
        let got =
            cue("The Manufacturing sector registered the highest number of licensed projects.");
        assert_eq!(got.as_deref(), Some("licensed projects"));
        let got = cue("The meeting gave the green signal to five hydropower projects.");
        assert_eq!(got.as_deref(), Some("gave the green signal"));
        let got = cue("The IBN meeting also gave a go-ahead to the solar project.");
        assert_eq!(got.as_deref(), Some("gave a go-ahead"));
        let got = cue("Mozambique LNG is a joint venture composed of five partners.");
        assert_eq!(got.as_deref(), Some("joint venture composed"));
        assert_eq!(cue("The trend is positive."), None);
    }

    #[test]
    fn a_target_with_its_date_and_what_a_company_could_earn_are_pledges() {
        let text = "TotalEnergies is now targeting first LNG in 2029.";
        let got = cue_of(text, &[], &[(Kind::Date, "2029")]).map(|(cue, _)| cue);
        assert_eq!(got.as_deref(), Some("now targeting"));
        assert_eq!(cue(text), None);
        let text = "Nova Scotia Business says Michelin could earn up to $10 million.";
        let got = cue_of(text, &[], &[(Kind::Amount, "$10 million")]).map(|(cue, _)| cue);
        assert_eq!(got.as_deref(), Some("could earn"));
        assert_eq!(cue("Michelin could earn the trust of its workers."), None);
    }

    #[test]
    fn support_extended_and_a_fund_received_are_pledges() {
        let got = cue("He said that his Government will extend all necessary support to it.");
        assert_eq!(got.as_deref(), Some("will extend all necessary support"));
        let got =
            cue("“We are excited to be a recipient of the BC Manufacturing Jobs Fund,” he said.");
        assert_eq!(got.as_deref(), Some("recipient of the BC Manufacturing Jobs Fund"));
        assert_eq!(cue("She was a recipient of the award in 2019."), None);
    }

    #[test]
    fn a_leaders_record_and_quoted_words_are_general() {
        assert!(general(
            "Since taking office, Governor Shapiro has prioritized attracting businesses."
        ));
        let text = "“We’re taking action to build resilient communities,” said Brenda Bailey, Minister of Jobs.";
        assert!(general(text));
        let text =
            "“We are excited to be a recipient of the fund,” said Jack Downing, president and CEO.";
        assert!(!general(text));
        assert!(!general("Since 2019, the company has hired 300 workers."));
    }

    #[test]
    fn projects_by_place_rank_or_pair_are_pledges() {
        let got = cue("In Juana Diaz, the company will convert a warehouse for production use.");
        assert_eq!(got.as_deref(), Some("In Juana Diaz, the company will convert"));
        let text = "In Ponce, CooperVision is acquiring the former facilities of Roche.";
        let got = cue_of(text, &["CooperVision"], &[]).map(|(cue, _)| cue);
        assert_eq!(got.as_deref(), Some("In Ponce, CooperVision is acquiring"));
        assert_eq!(cue("In Ponce, the company was founded in 1990."), None);
        assert_eq!(cue("In other news, the company will report results."), None);
        let got = cue("The third project in Juana Diaz expands the main building.");
        assert_eq!(got.as_deref(), Some("The third project"));
        let got = cue("Both these storage projects have proposed to store power.");
        assert_eq!(got.as_deref(), Some("Both these storage projects have"));
    }
}
