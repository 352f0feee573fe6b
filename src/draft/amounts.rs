//! Amounts: money with its currency, and counts of jobs or people, with scale words, ranges and
//! qualifiers ("more than $1 billion", "20,000 to 25,000 new jobs", "half a trillion dollars").
//!
//! A bare number (a year, "40 minutes") is not an amount: one needs a currency, a scale word or
//! a counted unit.
//!
//! A currency is read from a symbol or code before the figure (`€`, `R$`, `C$`, `BRL`, `SR`,
//! `Dh`, `Sh`), a currency word or code after it (`2.8 billion zloty`, `500 million EUR`), or a nationality
//! after a dollar figure (`$15-billion Canadian`, `$2 billion Australian dollars`), and always
//! given as its ISO 4217 code. A currency word several countries use (`dirhams`, `pesos`) is
//! the currency of the one such country the text names.

mod between;
mod change;
mod currencies;
mod goods;
mod people;
mod signs;
mod spelled;
mod written;

pub(crate) use currencies::named as currency_named;
pub(crate) use spelled::value as spelled_value;

use std::sync::LazyLock;

use crate::draft::pattern::{Captures, Regex};

use super::ascii_words;
use super::{Candidate, Kind, spaced};
use currencies::{currency, currency_word, dollar_of, whose};
use goods::{MEASURES, goods_follow};

const QUALIFIER: &str = r"(?:\b(?P<q>(?:just )?(?:a little|slightly) (?:more than|less than|over|under)|no less than|not less than|no fewer than|just over|just under|just shy of|shy of|well over|well under|just above|just below|well above|more than|greater than|over|up to|upto|about|nearly|almost|at least|as many as|as much as|fewer than|less than|around|some|approximately|approx\.|roughly|just|an estimated|closer to|close to|nearing|a maximum of|a minimum of|upwards of|in the region of|in excess of|in the order of|on the order of|exceeding|surpassing|surpass)\s+(?:a\s+)?|(?P<tilde>~)\s?)?";
/// A figure, its thousands apart by a comma, an apostrophe ("3’000") or a no-break or thin
/// space ("3\u{202f}000"); an ordinary space is no separator ("in 2019 500 jobs"). Indian
/// figures group by two digits above the thousands ("1,78,950 crore"), tried first.
/// A decimal comma ("R3,2 billion") is read by [`decimal_comma`]; a space after the comma
/// ("2, 000", "R3, 2 billion") is read as some pages print it, and a figure may open with its
/// decimal point ("€.7m").
const NUMBER: &str = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:[,’'\x{2019}\x{a0}\x{202f}]\d{3})+(?:\.\d+)?|\d{1,3}, 000\b|\d{1,3}, ?\d{1,2}\b|\d+(?:\.\d+)?|\.\d+";
/// The characters that may separate thousands in [`NUMBER`].
const SEPARATORS: [char; 5] = [',', '’', '\'', '\u{a0}', '\u{202f}'];
const WORDS: &str = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of|half a|half-a|a";
/// A scale word; "lakh crore" (a hundred thousand crore) before "lakh" and "thousand crore"
/// before "thousand" ("Rs 8 Thousand Crore"); the abbreviations of
/// news wires ("RON 39.2 mln", "EUR 1.6 bln") and German ones ("5 Mio. Euro", "2 Mrd."), whose
/// dot, part of the word, [`AMOUNT`] keeps in the span; a page's misspelt "milion" and "bilion";
/// and the plural and the short form of crore that Indian wires print ("Rs 8200 crores", "Rs
/// 8,200 cr").
const SCALE: &str = r"trillion|billion|bilion|million|milion|thousand crores|thousand crore|thousand|lakh crores|lakh crore|crores|crore|lakh|mln|bln|bil|mil|trn|mio|mrd|bn|mn|tn|cr|m|b|k";
/// ISO 4217 codes written in capitals before or after a figure ("BRL 10 billion", "MAD 857
/// million", "500 million EUR"): every currency in use, and `RMB`, without the codes that are
/// also English words or names written in capitals (`ALL`, `TRY`, `PEN`, `TOP`, `CUP`, `GEL`,
/// `BAM`, `MOP`, `SOS`, `BOB`, `ERN`, the chip maker `AMD`, the vulnerability list `CVE`).
const CODES: &str = "USD|EUR|GBP|JPY|CNY|RMB|TWD|INR|KRW|CAD|AUD|NZD|CHF|BRL|PLN|MXN|SEK|NOK|DKK|HKD|SGD|ZAR|RUB|IDR|MYR|THB|VND|PHP|AED|SAR|QAR|CZK|HUF|RON|ILS|EGP|NGN|ARS|CLP|COP|KES|\
    MAD|AFN|ANG|AOA|AWG|AZN|BBD|BDT|BGN|BHD|BIF|BMD|BND|BSD|BTN|BWP|BYN|BZD|CDF|CRC|DJF|DOP|DZD|ETB|FJD|FKP|GHS|GIP|GMD|GNF|GTQ|GYD|HNL|HTG|IQD|IRR|ISK|JMD|JOD|KGS|KHR|KMF|KPW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MZN|NAD|NIO|NPR|OMR|PAB|PGK|PKR|PYG|RSD|RWF|SBD|SCR|SDG|SHP|SLE|SRD|SSP|STN|SYP|SZL|TJS|TMT|TND|TTD|TZS|UAH|UGX|UYU|UZS|VES|VUV|WST|XAF|XCD|XOF|XPF|YER|ZMW|ZWL";
/// What is counted, after up to four words that describe it: fixed words, any hyphenated
/// compound ("high-wage", "long-term") or one capitalized name ("3,000 Intel jobs"). Its
/// group stays open: [`AMOUNT`] closes it with the codes of [`CODES`], in capitals only.
const UNIT: &str = r"(?:(?:(?:new|net|more|additional|extra|other|total|full-time|part-time|full|part|time|permanent|temporary|direct|indirect|ancillary|supporting|support|related|community|construction|manufacturing|engineering|steel|research|production|technology|tech|factory|high-paying|well-paying|quality|good|family|wage|contract|fulltime|voluntary|u\.s\.|us|american|local|skilled|[a-z]+-[a-z]+|(?-i:[A-Z][a-z]+|[A-Z]{2,3}))(?:,?\s+(?:and\s+|&\s+)?)){1,4})?(?P<unit>job opportunities|career opportunities|employment opportunities|individuals|locals|professionals|craftspeople|craftsmen|artisans|jobs|job|workers|labourers|laborers|labours|labors|steelworkers|autoworkers|welders|apprentices|apprenticeships|trainees|positions|people|persons|employees|staff|associates|men and women|youths?|hires|engineers|personnel|vacancies|workplaces|workstations|redundancies|women|customers|businesses";

/// The codes left out of [`CODES`] as words or names, money only in a text naming their
/// country (see [`currencies::names_country`]): Armenia's dram (`AMD`, a chip maker's name),
/// Georgia's lari (`GEL`) and Turkey's lira (`TRY`, a word).
const WORD_CODES: &str = "AMD|GEL|TRY";

/// Moroccan papers' millions and billions of dirhams, after a figure: "191 MDH", "2 MMDH".
const DIRHAMS: &str = "MMDH|MDH|MMdh|Mdh";

/// The CFA franc's abbreviations after a figure: "7.24-billion FCFA", "30 billion CFAF".
const CFA: &str = "FCFA|CFAF";

/// French-speaking Africa's francs as a capital after a scale word: "45 billion F". A bare
/// "45 F" (a temperature, a grade) is no money.
const FRANCS: &str = "F";

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    // Letters glued to a dollar sign name its currency, in capitals only: "A$5" is Australian,
    // "a $5" is not.
    let money = format!(
        r"(?P<cur>\bUS ?\$ ?|\$ ?US ?|\bU\.S\. ?\$|(?-i:NT|C|CA|CAD|A|AU|Aus|AUD|USD|NZ|HK|S|SG|R|MX|N|J|TT|EC|Z|FJ|RD)\$ ?|\$ ?|€|£|¥|₹|₩|₱|₺|₽|₫|₦|₪|฿|₴|₵|₸|₨|৳|(?-i:Rs|NRs|SR|Rp|RM|QR|RO|JD|KD|BD|FCFA|CFAF|CFA|Dhs|Dh|KSh|Ksh|Sh|Rwf|Frw|NIS|Kč|Kc|VNĐ|Tk|TL|SKr|Skr|NKr|Nkr|DKr|Dkr)\.? ?|(?-i:R|P ?|N|K|E|M)|(?-i:Euros?) |(?-i:{CODES}|{WORD_CODES})\.? ?)"
    );
    // The second figure of a range may repeat the first's sign: "₹200 to ₹500 crore",
    // "A$1.5-billion to A$1.8-billion".
    let number = format!(
        r"(?P<n>{NUMBER})(?:[\s-]?(?:(?P<sg>mio|mrd)\.|(?P<s>{SCALE})\b))?(?P<plus>-plus\b|\+)?(?P<tzs>/-)?(?:\s?(?:to|-|–)\s?(?:(?-i:A|AU|C|NZ|HK|S|NT|R|US)?\$ ?|€|£|¥|₹|(?-i:Rs)\.? ?)?(?P<n2>{NUMBER})(?:[\s-]?(?P<s2>{SCALE})\b)?)?(?:\s+(?P<after>or more|or so|and up|and above|and over|or above|or greater|or higher|or less|or fewer)\b)?"
    );
    // "a dozen" and "five hundred" count only what a unit or currency names.
    let words = format!(
        r"(?P<w>{WORDS})[\s-](?P<ws>trillion|billion|million|hundred thousand|thousand|hundred|dozen)"
    );
    // "one hundred and twenty", "forty-five": a number in words of several parts, perhaps with
    // a scale word ("three thousand crores").
    let spelled = format!(
        r"(?P<sp>{})(?:[\s-](?P<sps>trillion|billion|million|crores?|lakhs?)\b)?",
        spelled::pattern()
    );
    let names = currencies::names_pattern();
    let single = spelled::single();
    // A unit or currency may be joined by a hyphen, as an adjective: "a 5-trillion-riyal fund".
    let pattern = format!(
        r"(?i){QUALIFIER}{money}?(?:{number}|\b(?:{spelled}|{words}|(?P<one>{single})))(?:(?:[”\x22]?\s+|-)(?:(?P<plusw>plus)\s+)?{UNIT}|{names}|(?-i:{CODES}|{WORD_CODES}|{DIRHAMS}|{CFA}|{FRANCS}))(?:\b|(?P<glue>(?-i:at|in|will|would|to|for|of|and|on|from)) ))?"
    );
    spaced(&ascii_words(&pattern))
});

/// A nationality after a dollar figure that makes it that country's dollar, with or without
/// the word "dollars": "$15-billion Canadian (US$10.7 billion)".
static NATIONAL: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&ascii_words(
        r"^ (?P<nat>Canadian|Australian|New Zealand|Hong Kong|Singapore|Taiwan|New Taiwan)(?: dollars?\b)?",
    ))
});

/// Every amount in the text.
pub fn find(text: &str) -> Vec<Candidate> {
    let sentences = super::split_sentences(text);
    let mut out = Vec::new();
    let mut at = 0;
    // Thousands grouped by a space are read as grouped by a comma; every offset stays.
    let grouped = written::grouped(text);
    let mut cut = grouped.len();
    let unwrapped = super::wrapped(text).is_none();
    while let Some(caps) = AMOUNT.captures_at(&grouped[..cut], at) {
        cut = grouped.len();
        let Some(found) = caps.get(0) else { break };
        // "21 Foreign Company Invests BGN 107 Million": the code begins the next amount.
        let code = signs::code_after_words(&caps);
        at = code.unwrap_or(found.end());
        if code.is_some() {
            continue;
        }
        // A figure that opens with its decimal point follows a currency's sign ("€.7m"): after
        // a full stop with no space ("the plant.5 million jobs") it is no figure.
        if let Some(n) = caps.name("n").filter(|n| n.as_str().starts_with('.'))
            && caps.name("cur").is_none()
        {
            at = n.start() + 1;
            continue;
        }
        // "812 million euroat its plant": a page that lost the space after a currency word
        // ends the amount at the word.
        let glue = caps.name("glue");
        let (start, end) = (found.start(), glue.map_or(found.end(), |g| g.start()));
        // Whole words only: "$" is not a word character, so `\b` cannot say this at the start.
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        // "$35,321,637in tax abatements": a page that lost the space after a grouped figure
        // with its currency still ends the figure there.
        let glued = caps.name("cur").is_some()
            && caps.name("n").is_some_and(|n| n.as_str().contains(SEPARATORS))
            && ["in ", "at ", "for ", "to ", "of ", "and ", "will "]
                .iter()
                .any(|w| text[end..].starts_with(w));
        if before.is_some_and(char::is_alphanumeric)
            || (after.is_some_and(char::is_alphanumeric) && !glued && glue.is_none())
        {
            continue;
        }
        // "10:59" is a time of day and "page 3" a place in the paper: neither counts anything.
        let head = &text[..start];
        let clock =
            head.strip_suffix(':').is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()));
        let page = head.len() >= 5
            && head.is_char_boundary(head.len() - 5)
            && head[head.len() - 5..].eq_ignore_ascii_case("page ");
        // "October 19, 2011\nNew Growth Means More Jobs": a figure and a noun on two lines of a
        // text not wrapped at a fixed width.
        let parted_by_line = unwrapped
            && caps.name("n").zip(caps.name("unit")).is_some_and(|(n, u)| {
                n.end() <= u.start() && text[n.end()..u.start()].contains('\n')
            });
        if clock || page || parted_by_line {
            continue;
        }
        // "from 1,013 to 1,540": each figure of a change is read alone.
        if let Some(first_end) = written::parted(&caps, text, start) {
            (cut, at) = (first_end, start);
            continue;
        }
        // A capital P glued to a figure is the Philippine peso's sign only before a scale word
        // ("P48.87 billion"): "P1" or "P500" alone names a grade, a form or a page.
        // So is the euro's name before a figure ("exceeding Euro 70 million"): "Euro 6"
        // names an engine's emission standard.
        let before_scale_only = caps
            .name("cur")
            .is_some_and(|c| ["P", "Euro", "Euros"].contains(&c.as_str().trim_end()));
        if before_scale_only && caps.name("s").is_none() {
            continue;
        }
        // "P 3.7 billion", spaced off its figure, is the peso's sign only in a text that names
        // the Philippines by the words the shared currency words are read by.
        let spaced_peso = caps.name("cur").filter(|c| c.as_str() == "P ");
        if let Some(sign) = spaced_peso
            && !currencies::names_country_of(text, "PHP")
        {
            // The figure after the letter is still read on its own.
            at = sign.end();
            continue;
        }
        // A capital glued to a figure is a currency's sign only before a scale word or a figure
        // grouped in thousands ("R274-million", "N28,369,276,360", "K44.85 Billion"), and the
        // naira's, the kina's, the lilangeni's and the loti's only in a text naming their
        // country: elsewhere "R2", "N95", "K12", "E2" or "M25" name a road, a mask, a school
        // grade, a sum's series or a motorway.
        let letter =
            caps.name("cur").map(|c| c.as_str()).filter(|c| ["R", "N", "K", "E", "M"].contains(c));
        let in_thousands = caps.name("n").is_some_and(|n| n.as_str().contains(SEPARATORS));
        let bare = caps.name("s").is_none() && !in_thousands;
        if let Some(sign) = letter
            && (bare || !currencies::names_country(text, currency(sign)))
        {
            continue;
        }
        // "AMD 355.7 million" is Armenia's dram only in a text about Armenia: elsewhere the
        // letters name a chip maker, and the figure after them is read alone.
        let word_code = caps
            .name("cur")
            .map(|c| (c, c.as_str().trim()))
            .or(caps.name("unit").map(|u| (u, u.as_str())))
            .filter(|(_, code)| WORD_CODES.split('|').any(|w| w == *code));
        if let Some((m, code)) = word_code
            && !currencies::names_country(text, code)
        {
            if caps.name("cur").is_some() {
                at = m.end();
            }
            continue;
        }
        // "28 Sierra Leone farmers": a currency's word that ends a country's name is the
        // country, no leones.
        if caps.name("unit").is_some_and(|u| {
            let before = text[..u.start()].trim_end().rsplit(' ').next().unwrap_or("");
            crate::draft::parties::code_of(&format!("{before} {}", u.as_str())).is_some()
        }) {
            continue;
        }
        // "$100 million - 20% of the sum": a share after a dash is no second figure of a range.
        if let (Some(n2), Some(n)) = (caps.name("n2"), caps.name("n"))
            && (text[n2.end()..].starts_with('%') || text[n2.end()..].starts_with(" percent"))
        {
            cut = caps.name("s").map_or(n.end(), |s| s.end());
            at = start;
            continue;
        }
        // "000 people" is the end of a figure spaced as "3 000", not a figure.
        let zero_led =
            |n: &str| n.starts_with('0') && n.as_bytes().get(1).is_some_and(u8::is_ascii_digit);
        if caps.name("n").is_some_and(|n| zero_led(n.as_str())) {
            continue;
        }
        // "in 2019 skilled workers left" tells when, not how many.
        if a_year(&caps) && IN_TIME.is_match(&text[..start]) {
            continue;
        }
        // "from $6 million in 2018 to $13 million by 2027", "revises the jobs required by 2020
        // to 50": the year tells when, and the figure after "to" is read alone.
        if let Some(n) = caps.name("n").filter(|_| year_before_to(&caps))
            && (IN_TIME.is_match(&text[..start]) || text[..start].ends_with("by "))
        {
            at = n.end();
            continue;
        }
        // "a 20-million square foot campus" and "a three-million-ton-per-annum capacity"
        // measure something else.
        let next = text[end..].trim_start().trim_start_matches('-');
        let next = next.split([' ', '-']).next().unwrap_or("");
        if caps.name("unit").is_none() && MEASURES.iter().any(|m| next.starts_with(m)) {
            continue;
        }
        // "from 117,000 to 172,000 metric tons": a range's first figure measures what its
        // second does.
        if caps.name("unit").is_none() && caps.name("cur").is_none() && measured_range(&text[end..])
        {
            continue;
        }
        // "1 million cars a year" and "200,000 Scout vehicles" are what a plant makes or a
        // buyer orders, not money or jobs: a word for goods among the next three.
        let goods = goods_follow(&text[end..]);
        if caps.name("unit").is_none() && caps.name("cur").is_none() && goods {
            continue;
        }
        let (end, national) = national(&caps, text, end);
        // "Rs 3,03,115 crore 70 lakh": the lakhs after the crores are part of the sum.
        let (end, lakhs) = lakhs_after(&caps, text, end);
        at = at.max(end);
        let (end, people) = match people::described(&caps, text, end) {
            Some((end, noun)) => (end, Some(noun)),
            None => (end, None),
        };
        let (start, raised) = raised_to(&caps, text, start);
        let (start, stacked) = written::stacked(&caps, text, start);
        let span = &text[start..end];
        let unraise = |v: String| {
            let bare = ["up to ", "close to "].iter().find_map(|q| v.strip_prefix(q));
            match bare {
                Some(bare) if raised => bare.to_owned(),
                _ => v,
            }
        };
        let value = value(&caps, people.as_deref()).map(unraise);
        let value = value.map(|v| plus_lakhs(v, lakhs));
        let value = value.map(|v| if stacked { format!("up to {v}") } else { v });
        // "for each direct one it will create three or four indirect jobs" is a ratio.
        if people::a_ratio(text, start) {
            continue;
        }
        if people::a_described_job(&text[start..end], &text[end..]) {
            continue;
        }
        // "a town with about 6,000 people" counts who lives there, not who works there.
        if value.as_deref().is_some_and(|v| people::a_population(text, start, end, v)) {
            continue;
        }
        // "support for four businesses", "Three Hungarian businesses have inaugurated": a few
        // businesses are those a text tells of, not a number a pledge is to reach.
        let few = |v: &String| {
            let (figure, unit) = v.rsplit_once(' ').unwrap_or(("", ""));
            let figure = figure.rsplit(' ').next().unwrap_or("");
            unit == "businesses" && figure.parse::<u32>().is_ok_and(|n| n < 20)
        };
        if value.as_ref().is_some_and(few) {
            continue;
        }
        if let Some(value) = value {
            // A nationality after a plain dollar sign replaces the dollar it was read as.
            let value = match national {
                Some(code) => value.replace(" USD", &format!(" {code}")),
                None => currencies::local(text, &text[start..end], value),
            };
            let (start, value) = match between::first(&caps, text, start) {
                // The first figure, read alone before, is part of the range now.
                Some((from, first)) => {
                    out.retain(|c: &Candidate| c.end <= from);
                    (from, format!("{first} to {value}"))
                }
                None => (start, value),
            };
            if let Some(parts) = change::split(&caps, text, start, end, &value) {
                for (start, end, value) in parts {
                    let why = format!(
                        "`{}` reads as {value}: a total before or after a change",
                        &text[start..end]
                    );
                    out.push(Candidate {
                        kind: Kind::Amount,
                        start,
                        end,
                        value,
                        known: false,
                        why,
                    });
                }
                continue;
            }
            let span = &text[start..end];
            let why = format!("`{span}` reads as {value}");
            out.push(Candidate { kind: Kind::Amount, start, end, value, known: false, why });
        } else if let Some(value) = count_of_jobs(&caps, text, end, &sentences)
            .map(unraise)
            .filter(|v| !people::a_population(text, start, end, v))
        {
            let why = format!("`{span}` reads as {value}: a count in a sentence about jobs");
            out.push(Candidate { kind: Kind::Amount, start, end, value, known: false, why });
        }
    }
    out
}

/// Words before a year that say when ("in 2019", "since 2020", "between 2019 and 2021", "the
/// October 2020 jobs launch").
static IN_TIME: LazyLock<Regex> = LazyLock::new(|| {
    let months = super::MONTHS.join("|");
    Regex::new(&ascii_words(&format!(
        r"(?i)\b(?:in|since|until|till|during|before|after|early|late|between\s+(?:19|20)\d{{2}}\s+and|(?-i:{months}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+$",
    )))
        .expect("a valid pattern")
});

/// Whether a match is a year, then "to" and another figure ("2018 to $13 million"), with no
/// scale, currency or qualifier of its own.
fn year_before_to(caps: &Captures) -> bool {
    four_digit_year(caps)
        && caps.name("n2").is_some()
        && ["s", "cur", "q"].iter().all(|g| caps.name(g).is_none())
}

/// Whether a match's first figure is four digits from 1900 to 2099.
fn four_digit_year(caps: &Captures) -> bool {
    caps.name("n").is_some_and(|n| {
        let n = n.as_str();
        n.len() == 4 && (n.starts_with("19") || n.starts_with("20"))
    })
}

/// Whether a match is a figure that may be a year: four digits from 1900 to 2099 with no
/// separator, scale, currency or qualifier.
fn a_year(caps: &Captures) -> bool {
    four_digit_year(caps) && ["s", "cur", "q", "n2"].iter().all(|g| caps.name(g).is_none())
}

/// Where an amount starts, and whether its "up to" is the end of a verb that raises something
/// to the figure rather than a limit: "brings the total workforce up to 12’000", "took the
/// count up to 3,000", or of a sum of money things add up to. The figure alone is the amount
/// then.
fn raised_to(caps: &Captures, text: &str, start: usize) -> (usize, bool) {
    static RAISING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"(?i)\b(?:bring|brings|brought|bringing|take|takes|took|taking|push|pushes|pushed|pushing|ramp|ramps|ramped|ramping|scale|scales|scaled|scaling)(?:\s+[\w’'-]+){0,5}\s+$",
        ))
        .expect("a valid pattern")
    });
    // "taking it closer to 3 billion rand": so does "closer to" after such a verb.
    let raised = |q: &str| ["up to", "closer to"].iter().any(|w| q.eq_ignore_ascii_case(w));
    let Some(q) = caps.name("q").filter(|q| raised(q.as_str())) else {
        return (start, false);
    };
    // "Grants ... add up to 42 billion forints": a sum of money they come to; "will add up to
    // 500 jobs" still adds at most 500.
    static ADDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:add|adds|added|adding)\s+$").expect("a valid pattern")
    });
    let money = caps.name("unit").is_none_or(|u| currency_word(u.as_str()).is_some());
    let summed =
        money && q.as_str().eq_ignore_ascii_case("up to") && ADDING.is_match(&text[..q.start()]);
    if !summed && !RAISING.is_match(&text[..q.start()]) {
        return (start, false);
    }
    let figure =
        ["cur", "n", "sp", "w"].iter().filter_map(|g| caps.name(g)).map(|m| m.start()).min();
    figure.map_or((start, false), |at| (at, true))
}

/// Where an amount in crores ends when lakhs follow it ("Rs 3,03,115 crore 70 lakh", "Rs.
/// 93,830 crores 69 lakhs"), and how many lakhs.
fn lakhs_after(caps: &Captures, text: &str, end: usize) -> (usize, u128) {
    static LAKHS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^ (?P<l>\d{1,2}) lakhs?\b").expect("a valid pattern"));
    let crores = caps
        .name("s")
        .is_some_and(|s| ["crore", "crores", "cr"].contains(&s.as_str().to_lowercase().as_str()));
    let Some(m) = LAKHS.captures(&text[end..]).filter(|_| crores && caps.name("cur").is_some())
    else {
        return (end, 0);
    };
    let lakhs = m["l"].parse().unwrap_or(0);
    (end + m[0].len(), lakhs)
}

/// A value in rupees with `lakhs` lakhs added to its figure: "30311500000000 INR" and 70
/// lakhs make "30311507000000 INR". A value whose figure has a fraction is left as it is.
fn plus_lakhs(value: String, lakhs: u128) -> String {
    if lakhs == 0 {
        return value;
    }
    let Some((head, currency)) = value.rsplit_once(' ') else { return value };
    let (words, figure) = head.rsplit_once(' ').map_or(("", head), |(w, f)| (w, f));
    let Ok(figure) = figure.parse::<u128>() else { return value };
    let sum = figure + lakhs * 100_000;
    if words.is_empty() { format!("{sum} {currency}") } else { format!("{words} {sum} {currency}") }
}

/// Where an amount ends and which dollar it is when a nationality follows a plain `$` figure
/// with no unit: "$15-billion Canadian (US$...)", "$2 billion Australian dollars". The
/// adjective before a noun ("$5 billion Canadian investment") describes the noun instead.
fn national(caps: &Captures, text: &str, end: usize) -> (usize, Option<&'static str>) {
    let plain_dollar = caps.name("cur").is_some_and(|c| c.as_str().trim() == "$");
    if !plain_dollar || caps.name("unit").is_some() {
        return (end, None);
    }
    let Some(m) = NATIONAL.captures(&text[end..]) else { return (end, None) };
    let (Some(whole), Some(nat)) = (m.get(0), m.name("nat")) else { return (end, None) };
    let dollars = whole.as_str().to_lowercase().contains("dollar");
    let next = text[end + whole.end()..].chars().next();
    if !dollars && next.is_some_and(char::is_alphanumeric) {
        return (end, None);
    }
    let next_word = text[end + whole.end()..].trim_start().chars().next();
    if !dollars && next_word.is_some_and(char::is_lowercase) {
        return (end, None);
    }
    (end + whole.end(), dollar_of(nat.as_str()))
}

/// Whether a range goes on after a figure to a second one that measures something or counts
/// goods: " to 172,000 metric tons".
fn measured_range(after: &str) -> bool {
    static SECOND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:to|-|–)\s*\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+")
            .expect("a valid pattern")
    });
    let Some(m) = SECOND.find(after) else { return false };
    let rest = &after[m.end()..];
    let next = rest.split([' ', '-']).next().unwrap_or("").to_lowercase();
    MEASURES.iter().any(|w| next.starts_with(w)) || goods_follow(rest)
}

/// A bare number written with a thousands separator ("to 1,454 from 13,000"), in a sentence
/// that speaks of jobs, counts jobs: articles name the unit once and then give the figures.
/// A year has no separator, and a number followed by a noun counts that noun instead, except
/// "ones" that stands for the jobs just named ("20,000 jobs, including 2,650 indirect ones").
/// A small first figure of a change counts too ("from 600 to 2,000").
fn count_of_jobs(
    caps: &Captures,
    text: &str,
    end: usize,
    sentences: &[(usize, usize)],
) -> Option<String> {
    static JOBS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"(?i)\b(?:jobs|workers|employees|employment|employ|employs|employed|workforce|headcount|positions|hires|staff|hiring)\b",
        ))
        .expect("a valid pattern")
    });
    static FOLLOWER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(r"^(?:[\s]*(?:[,.;:)]|$)|\s+(?:from|to|in|by|and|or|at|of|over|since|as|with|this|last|—|–|-)\b|\s+(?:[a-z-]+\s+)?ones\b)"))
            .expect("a valid pattern")
    });
    let number = caps.name("n")?.as_str();
    if decimal_comma(number).is_some() {
        return None;
    }
    if caps.name("cur").is_some() || caps.name("s").is_some() || caps.name("n2").is_some() {
        return None;
    }
    // "1,263 new jobs, of which 152 are qualified": a share of the count just named.
    // "a workforce of up to 100": the size of the workforce just named.
    let share = caps.get(0).is_some_and(|m| {
        people::a_share(text, m.start(), end)
            || people::a_workforce(text, m.start(), end)
            || people::a_whole(&text[end..])
            || people::the_others(&text[..m.start()], &text[end..])
    }) && !a_year(caps);
    // "employment from 600 to 2,000": the first figure of a change counts what the second does.
    let changed = caps.get(0).is_some_and(|m| text[..m.start()].ends_with("from "))
        && text[end..]
            .strip_prefix(" to ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        && !a_year(caps);
    if !share && !changed && (!number.contains(SEPARATORS) || !FOLLOWER.is_match(&text[end..])) {
        return None;
    }
    let &(s, e) = sentences.iter().find(|&&(s, e)| s <= end && end <= e)?;
    if !JOBS.is_match(&text[s..e]) {
        return None;
    }
    let plain = number.replace(SEPARATORS, "");
    let mut value = format!("{} jobs", plain.parse::<u128>().ok()?);
    if let Some(q) = caps.name("q") {
        value = format!("{} {value}", q.as_str().to_lowercase());
    }
    Some(value)
}

/// The amount a match means, or none when it is a bare number: `people` is the noun read after
/// words that describe it, when the match itself ends at the figure.
fn value(caps: &Captures, people: Option<&str>) -> Option<String> {
    // "571.6bn/-": Tanzanian papers write their shillings as a stroke and a dash.
    let currency =
        caps.name("cur").map(|c| currency(c.as_str())).or(caps.name("tzs").map(|_| "TZS"));
    let unit = caps.name("unit").map(|u| {
        let unit = u.as_str().split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        // "245 quality job opportunities" are jobs offered.
        match unit.as_str() {
            "men and women" | "persons" => "people".to_owned(),
            "individuals" | "personnel" | "women" => "people".to_owned(),
            // What a company calls its staff ("hire 300 associates").
            "associates" => "employees".to_owned(),
            "labours" | "labors" | "labourers" | "laborers" => "workers".to_owned(),
            "job" | "job opportunities" | "vacancies" | "workplaces" | "workstations" => {
                "jobs".to_owned()
            }
            u if u.ends_with("opportunities") => "jobs".to_owned(),
            _ => unit,
        }
    });
    let unit = unit.or(people.map(str::to_owned));
    // "191 MDH": millions of Moroccan dirhams.
    let dirhams = match unit.as_deref() {
        Some("mdh") => Some("million"),
        Some("mmdh") => Some("billion"),
        _ => None,
    };
    let francs = unit.as_deref() == Some("f");
    // "7.24-billion FCFA": the CFA franc's abbreviation after the figure.
    let cfa = matches!(unit.as_deref(), Some("fcfa" | "cfaf"));
    let (currency, unit) = match (dirhams, francs || cfa) {
        (Some(_), _) => (Some("MAD"), None),
        (None, true) => (Some("XOF"), None),
        (None, false) => (currency, unit),
    };
    // "2 billion Australian dollars", "5 billion Philippine pesos": the words before the unit
    // say whose dollars or pesos.
    let described = match (caps.get(0), caps.name("unit")) {
        (Some(whole), Some(u)) => &whole.as_str()[..u.start() - whole.start()],
        _ => "",
    };
    let (currency, unit) = match unit.as_deref().map(currency_word) {
        Some(Some(code)) => (Some(whose(described, code)), None),
        _ => (currency, unit),
    };
    let scale = caps
        .name("s")
        .or(caps.name("sg"))
        .or(caps.name("ws"))
        .or(caps.name("sps"))
        .map(|s| scale_of(s.as_str()))
        .or(dirhams.map(scale_of));
    if francs && scale.is_none() {
        return None;
    }
    // "in 2021 won approval": "won" after a plain number is the verb; won as money comes in
    // thousands, millions or more.
    let plain_number =
        caps.name("n").is_some_and(|n| n.as_str().chars().all(|c| c.is_ascii_digit()));
    let won = caps.name("unit").is_some_and(|u| currencies::also_a_word(u.as_str()));
    if won && scale.is_none() && plain_number {
        return None;
    }
    let number = match (caps.name("n"), caps.name("sp").or(caps.name("one")), caps.name("w")) {
        (Some(n), _, _) => n.as_str().to_owned(),
        (None, Some(sp), _) => spelled::value(sp.as_str())?.to_string(),
        (None, None, Some(w)) => word_number(&w.as_str().to_lowercase())?.to_owned(),
        (None, None, None) => return None,
    };
    // "2, 000" and "R3, 2 billion" as some pages print them: a space after the comma, read
    // only after a currency sign when the comma is a decimal one ("May 3, 2 billion").
    let spaced_comma = number.contains(", ");
    let number = number.replace(", ", ",");
    // "R3,2 billion" is 3.2 billion, with its currency and scale, and "2,5 thousand workers"
    // 2,500 with its unit and scale; a comma before one or two digits and no more is otherwise
    // no amount ("1,5 tonnes").
    let plain = match decimal_comma(&number) {
        Some(_) if spaced_comma && caps.name("cur").is_none() => return None,
        Some(decimal) if (currency.is_some() || unit.is_some()) && scale.is_some() => decimal,
        Some(_) => return None,
        None => number.replace(SEPARATORS, ""),
    };
    // "two thousand" in words counts like a figure with its scale word.
    let thousands = caps.name("sp").is_some() && plain.len() >= 4;
    // A year on its own, or a number with nothing to count, is not an amount.
    if currency.is_none() && scale.is_none() && unit.is_none() && !thousands {
        return None;
    }
    if currency.is_none() && unit.is_none() && caps.name("w").is_some() && number == "1" {
        return None;
    }
    if currency.is_none() && unit.is_none() && matches!(scale.as_deref(), Some("dozen" | "hundred"))
    {
        return None;
    }
    let mut value = match caps.name("n2") {
        Some(n2) => {
            let s2 = caps.name("s2").map(|s| scale_of(s.as_str()));
            let n2 = n2.as_str().replace(SEPARATORS, "");
            // "$200-250 million": a smaller figure without a scale shares the second's.
            let smaller = plain.parse::<f64>().ok() < n2.parse::<f64>().ok();
            let shared = if scale.is_none() && smaller { s2.clone() } else { scale.clone() };
            let first = scaled(&plain, shared.as_deref())?;
            let second = scaled(&n2, s2.or(scale.clone()).as_deref())?;
            format!("{first} to {second}")
        }
        None => scaled(&plain, scale.as_deref())?.to_string(),
    };
    if let Some(q) = caps.name("q").or(caps.name("tilde")) {
        value = format!("{} {value}", signs::qualifier(q.as_str()));
    } else if let Some(after) = caps.name("after") {
        // "4,000 or more permanent jobs": the qualifier written after the figure.
        let said = match after.as_str().to_lowercase().as_str() {
            "or so" => "about",
            "or less" | "or fewer" => "at most",
            _ => "at least",
        };
        value = format!("{said} {value}");
    } else if caps.name("plus").or(caps.name("plusw")).is_some() {
        // "1,000-plus jobs" and "$2bn+" are more than their figure.
        value = format!("more than {value}");
    }
    match (currency, unit) {
        (Some(c), _) => value.push_str(&format!(" {c}")),
        (None, Some(u)) => value.push_str(&format!(" {u}")),
        (None, None) => {}
    }
    Some(value)
}

fn word_number(word: &str) -> Option<&'static str> {
    Some(match word {
        "a" | "one" => "1",
        "half a" | "half-a" => "0.5",
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
        "thirteen" => "13",
        "fourteen" => "14",
        "fifteen" => "15",
        "sixteen" => "16",
        "seventeen" => "17",
        "eighteen" => "18",
        "nineteen" => "19",
        "twenty" => "20",
        "thirty" => "30",
        "forty" => "40",
        "fifty" => "50",
        "sixty" => "60",
        "seventy" => "70",
        "eighty" => "80",
        "ninety" => "90",
        "a hundred" | "hundreds of" => "100",
        _ => return None,
    })
}

/// A scale word as [`scaled`] reads it: in lower case, its words one space apart.
fn scale_of(written: &str) -> String {
    written.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A decimal number times its scale, as a whole number (amounts are never fractions).
/// A figure written with a decimal comma ("3,2", "1,25"), as a figure with a decimal point.
fn decimal_comma(number: &str) -> Option<String> {
    let (whole, part) = number.split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(whole) && digits(part) && whole.len() <= 3 && part.len() <= 2)
        .then(|| format!("{whole}.{part}"))
}

fn scaled(number: &str, scale: Option<&str>) -> Option<u128> {
    let factor: u128 = match scale {
        None => 1,
        Some("dozen") => 12,
        Some("hundred") => 100,
        Some("hundred thousand") => 100_000,
        Some("thousand" | "k") => 1_000,
        Some("lakh") => 100_000,
        Some("lakh crore" | "lakh crores") => 1_000_000_000_000,
        Some("thousand crore" | "thousand crores") => 10_000_000_000,
        Some("crore" | "crores" | "cr") => 10_000_000,
        Some("million" | "milion" | "m" | "mn" | "mln" | "mio" | "mil") => 1_000_000,
        // "RM58.3bil" in Malaysian papers.
        Some("billion" | "bilion" | "bn" | "b" | "bln" | "bil" | "mrd") => 1_000_000_000,
        Some("trillion" | "tn" | "trn") => 1_000_000_000_000,
        Some(_) => return None,
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let fraction = &fraction[..fraction.len().min(12)];
    let digits: u128 = format!("{whole}{fraction}").parse().ok()?;
    let divisor = 10u128.checked_pow(u32::try_from(fraction.len()).ok()?)?;
    // A figure past what a story file and the database hold (a 64-bit integer) is no amount
    // anyone pledged: "2-bn-125092901320" in a page's address.
    Some(digits.checked_mul(factor)? / divisor).filter(|v| i64::try_from(*v).is_ok())
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_grouped;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_signs;
