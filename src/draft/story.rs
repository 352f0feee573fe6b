//! Writes a [`Draft`] as a story file: TOML, one table per fact, each with the verbatim quote
//! it rests on and a comment saying why it was proposed.
//!
//! Only writes text; the format itself is described in `docs/draft.md`.

use std::fmt::Write as _;

use super::{Candidate, Draft, Kind, line_of, restated, split_sentences};
use crate::model::{Located, QuoteText, is_long_enough};
use title::title;

mod title;

/// What the story file says about where the article came from.
pub struct Source<'a> {
    pub file: &'a str,
    pub url: Option<&'a str>,
    /// Whether the date was given on the command line.
    pub date_given: bool,
    /// Whether the date was read from the address given with `--url`.
    pub date_from_url: bool,
}

/// The story file for `draft` of `text`.
pub fn render(text: &str, draft: &Draft, source: &Source) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Drafted by `pledge draft` from {}: every entry is a candidate.",
        string(source.file)
    );
    out.push_str(
        "# Keep what the article supports, correct what it misreads, delete the rest.\n\n",
    );
    out.push_str("[source]\n");
    let _ = writeln!(out, "file = {}", string(source.file));
    if let Some(url) = source.url {
        let _ = writeln!(out, "url = {}", string(url));
    }
    if let Some((why, title)) = title(text, draft, source.url) {
        let _ = writeln!(out, "# {}", one_line(why));
        let _ = writeln!(out, "title = {}", string(&title));
    }
    match &draft.published {
        Some((date, Some(found))) => {
            let quote = string(&text[found.start..found.end]);
            let _ = writeln!(out, "# {}: {quote}", one_line(&found.why));
            let _ = writeln!(out, "published_on = {date}");
        }
        Some((date, None)) if source.date_given => {
            out.push_str("# given with --published-on\n");
            let _ = writeln!(out, "published_on = {date}");
        }
        Some((date, None)) if source.date_from_url => {
            out.push_str(
                "# read from the address given with --url, as the text gives no date of its own: \
                 check it\n",
            );
            let _ = writeln!(out, "published_on = {date}");
        }
        _ => out.push_str(
            "# no date found near the top: add `published_on = YYYY-MM-DD` (relative dates were \
             not resolved; give --published-on)\n",
        ),
    }
    parties(text, draft, &mut out);
    let quotes = Quotes { text, sentences: split_sentences(text), matcher: QuoteText::new(text) };
    let mut placed = vec![false; draft.candidates.len()];
    let restated = restated(draft);
    for (i, sentence) in draft.sentences.iter().enumerate() {
        let table = if sentence.status { "status" } else { "pledge" };
        let _ = writeln!(out, "\n[[{table}]]");
        let line = line_of(text, sentence.start);
        let what = if sentence.status { "a change of status" } else { "a pledge" };
        // A restatement is told on the comment lines both pledges already have, so that the
        // file keeps its lines (and `apply` its line numbers) whatever is restated.
        let note = match restated[i] {
            Some(j) => format!(
                "; it restates the pledge of line {} (the same company and amount): keep one",
                line_of(text, draft.sentences[j].start)
            ),
            None => {
                let later: Vec<String> = (i + 1..draft.sentences.len())
                    .filter(|&k| restated[k] == Some(i))
                    .map(|k| line_of(text, draft.sentences[k].start).to_string())
                    .collect();
                if later.is_empty() {
                    String::new()
                } else {
                    format!("; restated on line {}", later.join(", "))
                }
            }
        };
        let _ = writeln!(out, "# line {line}: `{}` marks {what}{note}", one_line(&sentence.cue));
        let _ = writeln!(out, "quote = {}", string(&text[sentence.start..sentence.end]));
        let inside = |kind: Kind| {
            draft
                .candidates
                .iter()
                .find(|c| c.kind == kind && c.start >= sentence.start && c.end <= sentence.end)
        };
        if let Some(by) = inside(Kind::Company) {
            out.push_str("# the first company the sentence names\n");
            let _ = writeln!(out, "made_by = {}", string(&by.value));
        }
        let recipients = recipients(text, draft, sentence.start, sentence.end);
        if !recipients.is_empty() {
            out.push_str("# every government and official the sentence names\n");
            let names: Vec<String> = recipients.iter().map(|r| string(r)).collect();
            match names.as_slice() {
                [one] => {
                    let _ = writeln!(out, "made_to = {one}");
                }
                _ => {
                    let _ = writeln!(out, "made_to = [{}]", names.join(", "));
                }
            }
        }
        // A date after the article's own one cannot be the day the pledge was made: it is
        // the horizon the pledge is to be met by, so the first such date is its deadline.
        let horizon = (!sentence.status)
            .then(|| {
                draft.candidates.iter().position(|c| {
                    c.kind == Kind::Date
                        && c.start >= sentence.start
                        && c.end <= sentence.end
                        && horizon(
                            &text[c.start..c.end],
                            &c.value,
                            draft.published.as_ref().map(|(d, _)| *d),
                        )
                })
            })
            .flatten();
        if let Some(i) = horizon {
            placed[i] = true;
            let c = &draft.candidates[i];
            let _ = writeln!(
                out,
                "# line {}: {}; it falls after the article's date: a horizon to meet, not the \
                 day the pledge was made",
                line_of(text, c.start),
                one_line(&c.why)
            );
            let _ = writeln!(out, "deadline = {}", string(&c.value));
            let (start, end) = quotes.widen(c.start, c.end);
            let _ = writeln!(out, "deadline_quote = {}", string(&text[start..end]));
        }
        for (i, c) in draft.candidates.iter().enumerate() {
            if c.start >= sentence.start
                && c.end <= sentence.end
                && Some(i) != horizon
                && let Some(sub) = subtable(c)
            {
                placed[i] = true;
                let _ = writeln!(out, "\n[[{table}.{sub}]]");
                fact(&quotes, c, &mut out);
            }
        }
    }
    let rest: Vec<&Candidate> = draft
        .candidates
        .iter()
        .zip(&placed)
        .filter(|(c, placed)| !**placed && subtable(c).is_some())
        .map(|(c, _)| c)
        .collect();
    for c in rest {
        out.push_str("\n[[mention]]\n");
        out.push_str("# outside the pledge sentences: move it into a pledge, or delete it\n");
        let _ = writeln!(out, "kind = {}", string(subtable(c).unwrap_or("other")));
        fact(&quotes, c, &mut out);
    }
    out
}

/// Whether a date ("2025", "2025-03", "2025-03-14") is a horizon: a year or a month that
/// begins after the article's date, or a later day its words give as a limit ("by 2027",
/// "before June 30"). A later day without such words is as often a site's own date.
fn horizon(words: &str, value: &str, published: Option<chrono::NaiveDate>) -> bool {
    const LIMITS: &[&str] = &[
        "by ",
        "before ",
        "until ",
        "no later than ",
        "the end of ",
        "over the next ",
        "over the coming ",
        "in the next ",
        "in the coming ",
        "within ",
    ];
    let Some(published) = published else {
        return false;
    };
    let lower = words.to_lowercase();
    let first = match value.len() {
        4 => format!("{value}-01-01"),
        7 => format!("{value}-01"),
        _ if LIMITS.iter().any(|l| lower.starts_with(l)) => value.to_string(),
        _ => return false,
    };
    chrono::NaiveDate::parse_from_str(&first, "%Y-%m-%d").is_ok_and(|d| d > published)
}

/// The sub-table a candidate goes in within its pledge, if it is a fact of the pledge.
fn subtable(c: &Candidate) -> Option<&'static str> {
    match c.kind {
        Kind::Amount => Some("target"),
        Kind::Date => Some("date"),
        Kind::Category => Some("category"),
        Kind::Company | Kind::Government | Kind::Person => None,
    }
}

/// The recipients of a pledge sentence: every government it names and every person the text
/// names with a public role ("President-elect Donald Trump", "Gov. Tony Evers"), in order.
fn recipients<'a>(text: &str, draft: &'a Draft, start: usize, end: usize) -> Vec<&'a str> {
    const ROLES: &[&str] = &[
        "president",
        "president-elect",
        "vp-elect",
        "gov.",
        "governor",
        "sen.",
        "senator",
        "rep.",
        "secretary",
        "minister",
        "mayor",
        "chancellor",
        "speaker",
        "premier",
    ];
    let official = |value: &str| {
        draft.candidates.iter().filter(|c| c.kind == Kind::Person && c.value == value).any(|c| {
            let before = text[..c.start].trim_end();
            let word = before.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
            ROLES.contains(&word.as_str())
        })
    };
    let mut out: Vec<&str> = Vec::new();
    for c in draft.candidates.iter().filter(|c| start <= c.start && c.end <= end) {
        let wanted = match c.kind {
            Kind::Government => true,
            Kind::Person => official(&c.value),
            _ => false,
        };
        if wanted && !out.contains(&c.value.as_str()) {
            out.push(&c.value);
        }
    }
    out
}

/// What a proposed quote must be for `apply` to take it: long enough to name one passage and
/// found once in the article.
struct Quotes<'a> {
    text: &'a str,
    sentences: Vec<(usize, usize)>,
    matcher: QuoteText,
}

impl Quotes<'_> {
    /// The smallest span of the candidate's sentence around it that the loader accepts,
    /// widened a word at a time, before then after: `Tuesday` becomes `met on Tuesday`. The
    /// whole sentence when nothing smaller will do.
    fn widen(&self, start: usize, end: usize) -> (usize, usize) {
        let text = self.text;
        // A span read across a line end the sentences part at ("$4.9\nmillion") widens over
        // both sentences.
        let overlapping = self.sentences.iter().filter(|&&(s, e)| s < end && start < e);
        let first = overlapping.clone().map(|&(s, _)| s).min().unwrap_or(start).min(start);
        let last = overlapping.map(|&(_, e)| e).max().unwrap_or(end).max(end);
        let accepted = |s: usize, e: usize| {
            let quote = &text[s..e];
            is_long_enough(quote) && matches!(self.matcher.locate(quote), Located::Once(_))
        };
        let (mut s, mut e) = (start, end);
        let mut left = true;
        while !accepted(s, e) && (first < s || e < last) {
            if left && first < s {
                let head = text[first..s].trim_end();
                s = first + head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
            } else if e < last {
                let tail = &text[e..last];
                let lead = tail.len() - tail.trim_start().len();
                e += lead + tail[lead..].find(char::is_whitespace).unwrap_or(tail.len() - lead);
            }
            left = !left;
        }
        // A comma or stop the widening took in is not part of the quote's words.
        let trimmed = s + text[s..e].trim_end_matches([',', ';', ':', '.']).len();
        if trimmed >= end && accepted(s, trimmed) {
            e = trimmed;
        }
        (s, e)
    }
}

fn fact(quotes: &Quotes, c: &Candidate, out: &mut String) {
    let text = quotes.text;
    let _ = writeln!(out, "# line {}: {}", line_of(text, c.start), one_line(&c.why));
    match c.kind {
        Kind::Amount => amount(&c.value, out),
        Kind::Date => {
            let _ = writeln!(out, "date = {}", string(&c.value));
        }
        _ => {
            let _ = writeln!(out, "ref = {}", string(&c.value));
        }
    }
    let (start, end) = quotes.widen(c.start, c.end);
    let _ = writeln!(out, "quote = {}", string(&text[start..end]));
}

/// An amount's value ("more than 1000000 jobs", "20000 to 25000 jobs", "500 USD") as keys.
fn amount(value: &str, out: &mut String) {
    let words: Vec<&str> = value.split(' ').collect();
    let first = words.iter().position(|w| w.bytes().all(|b| b.is_ascii_digit())).unwrap_or(0);
    if first > 0 {
        let _ = writeln!(out, "qualifier = {}", string(&words[..first].join(" ")));
    }
    let _ = writeln!(out, "amount = {}", words.get(first).copied().unwrap_or("0"));
    if words.get(first + 1) == Some(&"to")
        && let Some(high) = words.get(first + 2)
    {
        let _ = writeln!(out, "amount_high = {high}");
    }
    if let Some(unit) = words.last().filter(|w| !w.bytes().all(|b| b.is_ascii_digit())) {
        let key = if unit.chars().all(|c| c.is_ascii_uppercase()) { "currency" } else { "unit" };
        let _ = writeln!(out, "{key} = {}", string(unit));
    }
}

/// One table per distinct party, quoting the sentence of its first mention.
fn parties(text: &str, draft: &Draft, out: &mut String) {
    let sentences = split_sentences(text);
    let mut seen: Vec<(Kind, &str)> = Vec::new();
    for c in &draft.candidates {
        let table = match c.kind {
            Kind::Company => "company",
            Kind::Government => "government",
            Kind::Person => "person",
            _ => continue,
        };
        if seen.contains(&(c.kind, c.value.as_str())) {
            continue;
        }
        seen.push((c.kind, c.value.as_str()));
        let mentions =
            draft.candidates.iter().filter(|o| o.kind == c.kind && o.value == c.value).count();
        let _ = writeln!(out, "\n[[{table}]]");
        let times = if mentions == 1 { "once".to_owned() } else { format!("{mentions} times") };
        let why = one_line(&c.why);
        let _ = writeln!(out, "# line {}: {why} (named {times})", line_of(text, c.start));
        let key = if c.known { "ref" } else { "name" };
        let _ = writeln!(out, "{key} = {}", string(&c.value));
        // A new government's code, when the lists know it: the comment above says whose it is.
        if c.kind == Kind::Government
            && !c.known
            && let Some(code) = super::parties::code_of(&c.value)
        {
            let _ = writeln!(out, "code = {}", string(code));
        }
        let (s, e) = sentences
            .iter()
            .copied()
            .find(|&(s, e)| s <= c.start && c.end <= e)
            .unwrap_or((c.start, c.end));
        let _ = writeln!(out, "quote = {}", string(&text[s..e]));
    }
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
/// A reason put on one comment line: a span read across a line end ("$4.9\nmillion") keeps
/// its words, not its line break, which would end the comment.
fn one_line(text: &str) -> String {
    text.split(['\n', '\r']).map(str::trim).collect::<Vec<_>>().join(" ")
}

fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string value named `quote` anywhere in a parsed story file.
    fn quotes(value: &toml::Value, out: &mut Vec<String>) {
        match value {
            toml::Value::Table(table) => {
                for (key, value) in table {
                    match value {
                        toml::Value::String(s) if key == "quote" => out.push(s.clone()),
                        _ => quotes(value, out),
                    }
                }
            }
            toml::Value::Array(items) => items.iter().for_each(|v| quotes(v, out)),
            _ => {}
        }
    }

    #[test]
    fn story_files_parse_as_toml_and_every_quote_is_in_the_article() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut articles: Vec<_> = std::fs::read_dir(dir.join("tests/data/draft"))
            .unwrap()
            .chain(std::fs::read_dir(dir.join("seeds/articles")).unwrap())
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        articles.sort();
        for path in articles {
            let text = std::fs::read_to_string(&path).unwrap();
            let date = chrono::NaiveDate::from_ymd_opt(2020, 1, 1);
            let draft = super::super::extract(&text, &super::super::Known::default(), date);
            let source = Source {
                file: "a \"quoted\" name.txt",
                url: None,
                date_given: true,
                date_from_url: false,
            };
            let story = render(&text, &draft, &source);
            let parsed: toml::Value =
                toml::from_str(&story).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
            let mut found = Vec::new();
            quotes(&parsed, &mut found);
            assert!(!found.is_empty(), "{}", path.display());
            for quote in found {
                assert!(text.contains(&quote), "{}: `{quote}` is not in the text", path.display());
            }
            // The quotes of amounts, dates and categories are what `apply` checks as evidence.
            let matcher = QuoteText::new(&text);
            for table in ["pledge", "status", "mention"] {
                let items =
                    parsed.get(table).and_then(|t| t.as_array()).cloned().unwrap_or_default();
                for item in items {
                    let mut facts = Vec::new();
                    for key in ["target", "date", "category"] {
                        if let Some(sub) = item.get(key) {
                            quotes(sub, &mut facts);
                        }
                    }
                    if table == "mention" {
                        quotes(&item, &mut facts);
                    }
                    for quote in facts {
                        let once = matches!(matcher.locate(&quote), Located::Once(_));
                        let sentence =
                            split_sentences(&text).iter().any(|&(s, e)| text[s..e] == quote);
                        assert!(
                            (is_long_enough(&quote) && once) || sentence,
                            "{}: `{quote}` would be refused by apply",
                            path.display()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn strings_escape_what_toml_requires() {
        assert_eq!(string("a \"b\" \\ c\nd\u{7}"), r#""a \"b\" \\ c\nd\u0007""#);
    }
}
