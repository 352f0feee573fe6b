//! Amounts: money with its currency, and counts of jobs or people, with scale words, ranges and
//! qualifiers ("more than $1 billion", "20,000 to 25,000 new jobs", "half a trillion dollars").
//!
//! A bare number (a year, "40 minutes") is not an amount: one needs a currency, a scale word or
//! a counted unit.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{Candidate, Kind, spaced};

const QUALIFIER: &str = r"(?:(?P<q>more than|over|up to|about|nearly|almost|at least|as many as|as much as|fewer than|less than|around|some|approximately|roughly|just|an estimated|close to|a maximum of|a minimum of|upwards of)\s+)?";
const NUMBER: &str = r"\d{1,3}(?:[,’'\x{2019}]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
const WORDS: &str = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundreds of|half a|a";
const SCALE: &str = r"trillion|billion|million|thousand|bn|mn|tn|m|b|k";
/// What is counted, after up to four words that describe it: fixed words, any hyphenated
/// compound ("high-wage", "long-term") or one capitalized name ("3,000 Intel jobs").
const UNIT: &str = r"(?:(?:(?:new|more|additional|other|total|full-time|part-time|permanent|temporary|direct|indirect|ancillary|supporting|support|related|community|construction|manufacturing|engineering|research|production|technology|tech|factory|high-paying|well-paying|quality|u\.s\.|us|american|local|skilled|[a-z]+-[a-z]+|(?-i:[A-Z][a-z]+|[A-Z]{2,3}))(?:,?\s+(?:and\s+|&\s+)?)){1,4})?(?P<unit>job opportunities|jobs|job|workers|steelworkers|autoworkers|positions|people|employees|staff|men and women|hires|engineers|customers|businesses|dollars|dollar|usd|euros|yuan|yen|pesos|rupees|pounds)";

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    let money =
        r"(?P<cur>US ?\$|NT\$|\$|€|£|¥|(?:USD|EUR|GBP|JPY|CNY|RMB|TWD|INR|KRW|CAD|AUD|CHF) ?)";
    let number = format!(
        r"(?P<n>{NUMBER})(?:[\s-]?(?P<s>{SCALE})\b)?(?:\s?(?:to|-|–)\s?\$?(?P<n2>{NUMBER})(?:[\s-]?(?P<s2>{SCALE})\b)?)?"
    );
    let words = format!(r"(?P<w>{WORDS})[\s-](?P<ws>trillion|billion|million|thousand)");
    let pattern = format!(r"(?i){QUALIFIER}(?:{money}?(?:{number})|\b(?:{words}))(?:\s+{UNIT}\b)?");
    spaced(&pattern)
});

/// Words after a number that make it a measure, not an amount of money or jobs.
const MEASURES: &[&str] = &[
    "square", "acre", "feet", "foot", "mile", "kilomet", "meter", "metre", "metric", "ton",
    "barrel", "gallon", "watt", "kilowatt", "megawatt", "gigawatt",
];

/// Every amount in the text.
pub fn find(text: &str) -> Vec<Candidate> {
    let sentences = super::split_sentences(text);
    let mut out = Vec::new();
    for caps in AMOUNT.captures_iter(text) {
        let Some(found) = caps.get(0) else { continue };
        let (start, end) = (found.start(), found.end());
        // Whole words only: "$" is not a word character, so `\b` cannot say this at the start.
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // "a 20-million square foot campus" measures something else.
        let next = text[end..].trim_start().split(' ').next().unwrap_or("");
        if caps.name("unit").is_none() && MEASURES.iter().any(|m| next.starts_with(m)) {
            continue;
        }
        let span = &text[start..end];
        if let Some(value) = value(&caps) {
            let why = format!("`{span}` reads as {value}");
            out.push(Candidate { kind: Kind::Amount, start, end, value, known: false, why });
        } else if let Some(value) = count_of_jobs(&caps, text, end, &sentences) {
            let why = format!("`{span}` reads as {value}: a count in a sentence about jobs");
            out.push(Candidate { kind: Kind::Amount, start, end, value, known: false, why });
        }
    }
    out
}

/// A bare number written with a thousands separator ("to 1,454 from 13,000"), in a sentence
/// that speaks of jobs, counts jobs: articles name the unit once and then give the figures.
/// A year has no separator, and a number followed by a noun counts that noun instead.
fn count_of_jobs(
    caps: &Captures,
    text: &str,
    end: usize,
    sentences: &[(usize, usize)],
) -> Option<String> {
    static JOBS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:jobs|workers|employees|workforce|positions|hires|staff|hiring)\b")
            .expect("a valid pattern")
    });
    static FOLLOWER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[\s]*(?:[,.;:)]|$)|\s+(?:from|to|in|by|and|or|at|of|over|since|as|with|this|last|—|–|-)\b)")
            .expect("a valid pattern")
    });
    let number = caps.name("n")?.as_str();
    if caps.name("cur").is_some() || caps.name("s").is_some() || caps.name("n2").is_some() {
        return None;
    }
    if !number.contains([',', '’', '\'']) || !FOLLOWER.is_match(&text[end..]) {
        return None;
    }
    let &(s, e) = sentences.iter().find(|&&(s, e)| s <= end && end <= e)?;
    if !JOBS.is_match(&text[s..e]) {
        return None;
    }
    let plain = number.replace([',', '’', '\''], "");
    let mut value = format!("{} jobs", plain.parse::<u128>().ok()?);
    if let Some(q) = caps.name("q") {
        value = format!("{} {value}", q.as_str().to_lowercase());
    }
    Some(value)
}

/// The amount a match means, or none when it is a bare number.
fn value(caps: &Captures) -> Option<String> {
    let currency = caps.name("cur").map(|c| currency(c.as_str()));
    let unit = caps.name("unit").map(|u| {
        let unit = u.as_str().split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        // "245 quality job opportunities" are jobs offered.
        match unit.as_str() {
            "men and women" => "people".to_owned(),
            "job opportunities" => "jobs".to_owned(),
            _ => unit,
        }
    });
    let (currency, unit) = match unit.as_deref() {
        Some("dollars" | "dollar" | "usd") => (Some("USD"), None),
        Some("euros") => (Some("EUR"), None),
        Some("yuan") => (Some("CNY"), None),
        Some("yen") => (Some("JPY"), None),
        Some("pesos") => (Some("MXN"), None),
        Some("rupees") => (Some("INR"), None),
        Some("pounds") => (Some("GBP"), None),
        _ => (currency, unit),
    };
    let scale = caps.name("s").or(caps.name("ws")).map(|s| s.as_str().to_lowercase());
    let number = match (caps.name("n"), caps.name("w")) {
        (Some(n), _) => n.as_str().to_owned(),
        (None, Some(w)) => word_number(&w.as_str().to_lowercase())?.to_owned(),
        (None, None) => return None,
    };
    let plain = number.replace([',', '’', '\'', '\u{2019}'], "");
    // A year on its own, or a number with nothing to count, is not an amount.
    if currency.is_none() && scale.is_none() && unit.is_none() {
        return None;
    }
    if currency.is_none() && unit.is_none() && caps.name("w").is_some() && number == "1" {
        return None;
    }
    let first = scaled(&plain, scale.as_deref())?;
    let mut value = match caps.name("n2") {
        Some(n2) => {
            let s2 = caps.name("s2").map(|s| s.as_str().to_lowercase()).or(scale.clone());
            let second =
                scaled(&n2.as_str().replace([',', '’', '\'', '\u{2019}'], ""), s2.as_deref())?;
            format!("{first} to {second}")
        }
        None => first.to_string(),
    };
    if let Some(q) = caps.name("q") {
        value = format!("{} {value}", q.as_str().to_lowercase());
    }
    match (currency, unit) {
        (Some(c), _) => value.push_str(&format!(" {c}")),
        (None, Some(u)) => value.push_str(&format!(" {u}")),
        (None, None) => {}
    }
    Some(value)
}

fn currency(symbol: &str) -> &'static str {
    match symbol.trim().to_ascii_uppercase().as_str() {
        "€" | "EUR" => "EUR",
        "£" | "GBP" => "GBP",
        "¥" | "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "NT$" | "TWD" => "TWD",
        "INR" => "INR",
        "KRW" => "KRW",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "CHF" => "CHF",
        _ => "USD",
    }
}

fn word_number(word: &str) -> Option<&'static str> {
    Some(match word {
        "a" | "one" => "1",
        "half a" => "0.5",
        "two" => "2",
        "three" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        "nine" => "9",
        "ten" => "10",
        "eleven" => "11",
        "twelve" => "12",
        "fifteen" => "15",
        "twenty" => "20",
        "thirty" => "30",
        "forty" => "40",
        "fifty" => "50",
        "a hundred" | "hundreds of" => "100",
        _ => return None,
    })
}

/// A decimal number times its scale, as a whole number (amounts are never fractions).
fn scaled(number: &str, scale: Option<&str>) -> Option<u128> {
    let factor: u128 = match scale {
        None => 1,
        Some("thousand" | "k") => 1_000,
        Some("million" | "m" | "mn") => 1_000_000,
        Some("billion" | "bn" | "b") => 1_000_000_000,
        Some("trillion" | "tn") => 1_000_000_000_000,
        Some(_) => return None,
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let fraction = &fraction[..fraction.len().min(12)];
    let digits: u128 = format!("{whole}{fraction}").parse().ok()?;
    let divisor = 10u128.checked_pow(u32::try_from(fraction.len()).ok()?)?;
    Some(digits.checked_mul(factor)? / divisor)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(String, String)> {
        find(text).into_iter().map(|c| (text[c.start..c.end].to_owned(), c.value)).collect()
    }

    #[test]
    fn amounts_carry_currency_scale_range_and_qualifier() {
        let text = "It will invest $50 billion and add 50,000 new jobs, more than 1 million \
                    positions, half a trillion dollars, $500bn, 3’000 jobs and 20,000 to 25,000 \
                    jobs, up to $20 billion, about 71,000 employees.";
        let got = values(text);
        let want = [
            ("$50 billion", "50000000000 USD"),
            ("50,000 new jobs", "50000 jobs"),
            ("more than 1 million positions", "more than 1000000 positions"),
            ("half a trillion dollars", "500000000000 USD"),
            ("$500bn", "500000000000 USD"),
            ("3’000 jobs", "3000 jobs"),
            ("20,000 to 25,000 \n                    jobs", "20000 to 25000 jobs"),
            ("up to $20 billion", "up to 20000000000 USD"),
            ("about 71,000 employees", "about 71000 employees"),
        ];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got.len(), want.len(), "{got:?}");
        for ((text, value), (want_text, want_value)) in got.iter().zip(want) {
            assert_eq!(value, &want_value, "{text}");
            if !want_text.contains('\n') {
                assert_eq!(text, &want_text);
            }
        }
    }

    #[test]
    fn described_counts_keep_their_words_and_qualifiers() {
        let text = "It will create approximately 3,000 high-tech, high-wage jobs, 3’000 new Intel \
                    jobs and around a thousand men and women, for a maximum of $80 million, and \
                    245 quality job opportunities.";
        let got = values(text);
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("approximately 3,000 high-tech, high-wage jobs", "approximately 3000 jobs"),
                ("3’000 new Intel jobs", "3000 jobs"),
                ("around a thousand men and women", "around 1000 people"),
                ("a maximum of $80 million", "a maximum of 80000000 USD"),
                ("245 quality job opportunities", "245 jobs"),
            ]
        );
    }

    #[test]
    fn currency_codes_before_the_figure_name_the_currency() {
        let got = values(
            "A grant of GBP 500 million, JPY 2 billion and close to 40,000 other ancillary jobs.",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("GBP 500 million", "500000000 GBP"),
                ("JPY 2 billion", "2000000000 JPY"),
                ("close to 40,000 other ancillary jobs", "close to 40000 jobs"),
            ]
        );
    }

    #[test]
    fn figures_in_a_sentence_about_jobs_count_jobs() {
        let got = values("It cut the number of new jobs to 1,454 from 13,000, on 2,300 acres.");
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, [("1,454", "1454 jobs"), ("13,000", "13000 jobs")]);
        // No jobs in the sentence, or a year: no count.
        assert!(values("The campus grew to 1,454 from 1,300 in 2017.").is_empty());
    }

    #[test]
    fn national_jobs_spaced_dollars_and_pesos_are_amounts() {
        let got = values("Nearly 38,000 UK jobs, US $5 billion and about 250 million pesos.");
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Nearly 38,000 UK jobs", "nearly 38000 jobs"),
                ("US $5 billion", "5000000000 USD"),
                ("about 250 million pesos", "about 250000000 MXN"),
            ]
        );
    }

    #[test]
    fn bare_numbers_and_years_are_not_amounts() {
        assert!(values("It makes more than 2.7 million metric tons of steel.").is_empty());
        assert!(values("In 2017 the meeting lasted 40 minutes at 11 sites.").is_empty());
    }
}
