//! Candidates for a story file, found in an article's text: its own date, pledge and status
//! sentences, amounts, dates and horizons, parties and product categories.
//!
//! Pure and offline: text in, candidates out, each a span of the text with the reason it was
//! proposed. It never reads the database (the caller passes the records it knows as
//! [`Known`]) and never decides anything for the reader: every candidate is for a person to
//! confirm.

mod amounts;
mod categories;
mod cues;
mod dates;
mod parties;
mod pattern;
#[cfg(test)]
mod quality;
pub mod story;

use std::sync::LazyLock;

use crate::draft::pattern::Regex;
use chrono::NaiveDate;

/// A record the database holds, by slug, with every name it may appear under.
#[derive(Debug, Clone)]
pub struct Record {
    pub slug: String,
    pub names: Vec<String>,
}

/// The records candidates are matched to; empty when there is no database.
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub companies: Vec<Record>,
    pub people: Vec<Record>,
    pub categories: Vec<Record>,
    /// Governments by ISO 3166 code (the slug) and name.
    pub governments: Vec<Record>,
}

/// What kind of thing a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Amount,
    Date,
    Company,
    Government,
    Person,
    Category,
}

/// One proposal: a span of the text, what it seems to mean, and why it was proposed.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub kind: Kind,
    /// Byte offsets of the span in the article.
    pub start: usize,
    pub end: usize,
    /// The meaning read from the span: a normalized amount, an ISO date, a slug or a name.
    pub value: String,
    /// Whether `value` is the slug of a record the database holds.
    pub known: bool,
    pub why: String,
}

/// A sentence that states a pledge or a change in one, with the cue that marked it.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub cue: String,
    /// Whether the cue tells of a status (kept, scaled back...) rather than a pledge.
    pub status: bool,
}

/// Everything proposed for one article.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The article's own date with the span it was read from (none when given or not found).
    pub published: Option<(NaiveDate, Option<Candidate>)>,
    pub sentences: Vec<Sentence>,
    /// Amounts, dates, parties and categories, in the order of the text.
    pub candidates: Vec<Candidate>,
}

/// The words a full stop shortens that end no sentence (U.S., Mr., Jan., Lt.).
const ABBREVIATIONS: &[&str] = &[
    "U.S", "U.K", "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "Inc", "Corp", "Co", "Ltd", "St",
    "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs", "Jr", "Sr",
    "Gen", "Lt", "Col", "a.m", "p.m", "D.C", "Rs", "Prof", "approx", "Pvt", "Pte", "Sdn", "Hon",
    "Govs",
];

/// The day the address `url` names in its path, for an article whose text gives no date of its
/// own: most news pages put the day in their path.
pub fn date_from_url(text: &str, url: &str) -> Option<NaiveDate> {
    dates::published(text).is_none().then(|| dates::url_date(url)).flatten()
}

/// Finds every candidate in `text`; `published` overrides the date read from the article.
pub fn extract(text: &str, known: &Known, published: Option<NaiveDate>) -> Draft {
    pattern::reading(text.len());
    let published = match published {
        Some(date) => {
            Some(written(text, date).map_or((date, None), |c| (parse_iso(&c.value), Some(c))))
        }
        None => dates::published(text).map(|c| (parse_iso(&c.value), Some(c))),
    };
    let sentences = split_sentences(text);
    // Parties are read on a second thread while amounts and dates are read on this one: most of
    // an article's time is compiling the patterns, and each side compiles its own. Then each
    // compiles the cue patterns, this one from the first and the other from the last, until
    // they meet: whichever side is done first takes the larger share.
    let cue_patterns = cues::patterns();
    let warm = |pattern: &&'static LazyLock<Regex>| {
        LazyLock::force(pattern);
    };
    let (mut candidates, parties) = std::thread::scope(|scope| {
        let parties = scope.spawn(|| {
            let parties = parties::find(text, known);
            cue_patterns.iter().rev().for_each(warm);
            parties
        });
        let mut candidates = amounts::find(text);
        candidates.extend(dates::find(text, published.as_ref().map(|(date, _)| *date)));
        cue_patterns.iter().for_each(warm);
        let parties = parties.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (candidates, parties)
    });
    // "Brandix Apparel": a category's name inside a company's names the company, not its goods.
    let named = |c: &Candidate| {
        parties.iter().any(|p| p.kind == Kind::Company && p.start <= c.start && c.end <= p.end)
    };
    let categories: Vec<Candidate> =
        categories::categories(text, known).into_iter().filter(|c| !named(c)).collect();
    candidates.extend(parties);
    candidates.extend(categories);
    // A date line with its time is left out of the text's dates as a possible site clock; once
    // it is the article's own date, it is proposed as one.
    if let Some((_, Some(line))) = &published
        && !candidates
            .iter()
            .any(|c| c.kind == Kind::Date && c.start < line.end && line.start < c.end)
    {
        let why = format!("`{}` is the article's date", &text[line.start..line.end]);
        candidates.push(Candidate { why, ..line.clone() });
    }
    candidates.sort_by_key(|c| (c.start, c.end));
    // A cue with no party, amount or word for one beside it ("your email will not be
    // published") is page furniture, not a pledge.
    let about = |s: usize, e: usize| {
        cues::SUBJECT.is_match(&text[s..e])
            || candidates.iter().any(|c| {
                s <= c.start && c.end <= e && c.kind != Kind::Date && c.kind != Kind::Category
            })
    };
    // A sentence in capitals is a label or a section's head, unless it opens the article, as
    // its headline ("CONSTELLATION BRANDS TO INVEST APPROXIMATELY $900 MILLION USD").
    let opening = text.len() - text.trim_start().len();
    let mut cued = sentences
        .iter()
        .filter(|&&(s, e)| about(s, e) && (s <= opening || !shouted(&text[s..e])))
        .filter_map(|&(s, e)| {
            // A sentence of a pledge's backdrop has no pledge without its cue word either.
            cues::cue(text, s, e).or_else(|| {
                (!cues::backdrop(&text[s..e])).then_some(())?;
                cues::uncued(text, s, e, &candidates)
                    .or_else(|| cues::shaped(text, s, e, &candidates))
            })
        })
        .collect();
    // Once the article has a pledge, the sentences of its plant, deal or headline are read too.
    cues::topic(text, &sentences, &candidates, &mut cued);
    // A dateline the splitter parted from the first sentence is quoted with it, and a
    // sentence a page glued before a cue is left out.
    cues::mend_starts(text, &sentences, &mut cued);
    Draft { published, sentences: cued, candidates }
}

/// For each sentence of the draft, the earlier pledge sentence it restates, if any: one that
/// names the same company first and an amount of the same figure and unit ("nearly 1,000
/// jobs", then "close to 1,000 jobs" in a tweet quoted below).
pub fn restated(draft: &Draft) -> Vec<Option<usize>> {
    let inside = |s: &Sentence, c: &&Candidate| s.start <= c.start && c.end <= s.end;
    let key = |s: &Sentence| {
        let company =
            draft.candidates.iter().filter(|c| inside(s, c)).find(|c| c.kind == Kind::Company);
        // The figure and its unit, without the qualifier: the words from the first number on.
        let figures: Vec<String> = draft
            .candidates
            .iter()
            .filter(|c| inside(s, c) && c.kind == Kind::Amount)
            .map(|c| {
                let words = c.value.split(' ');
                words
                    .skip_while(|w| !w.starts_with(|ch: char| ch.is_ascii_digit()))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        (company.map(|c| c.value.clone()), figures)
    };
    let keys: Vec<_> = draft.sentences.iter().map(key).collect();
    (0..keys.len())
        .map(|i| {
            let (Some(company), figures) = &keys[i] else { return None };
            if draft.sentences[i].status {
                return None;
            }
            (0..i).find(|&j| {
                !draft.sentences[j].status
                    && keys[j].0.as_ref() == Some(company)
                    && figures.iter().any(|f| keys[j].1.contains(f))
            })
        })
        .collect()
}

fn parse_iso(value: &str) -> NaiveDate {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").expect("published dates are built as ISO dates")
}

/// Sentences as byte ranges: a stop followed by a space and a capital or quote ends one, and
/// so does a line break; a stop after an initial, a known abbreviation (U.S., Mr., Jan.) or a
/// dateline's city in capitals before its agency ("PETROPAVLOVSK. KAZINFORM –") does not.
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let width = wrapped(text);
    for (i, ch) in text.char_indices() {
        let end = i + ch.len_utf8();
        let cut = match ch {
            // A text wrapped at a fixed width runs its sentences on over line ends; a short
            // line or a blank one still ends a paragraph or a heading.
            '\n' if width.is_some_and(|w| soft_break(text, i, w)) || runs_on(text, i) => None,
            '\n' => Some(i),
            '.' | '!' | '?' => {
                let next = text[end..].chars().next();
                let after = text[end..].trim_start_matches([' ', '"', '”', '’', '\'']);
                let spaced = next.is_none_or(|c| c.is_whitespace() || "\"”’'".contains(c));
                let word = text[start..i].rsplit(char::is_whitespace).next().unwrap_or("");
                // "[Apr. 20" and "(Dec. 7": brackets and quotes are not part of the word.
                let word = word.trim_start_matches(['(', '[', '"', '“', '\'']);
                // A state in a dateline: "RICHMOND, Va. (AP) —", "FRANKFORT, Ky. (Oct. 28, 2021) –".
                let dateline =
                    parties::is_state_abbreviation(word) && after.starts_with(['(', '–', '—', '-']);
                let abbreviation = ch == '.'
                    && (ABBREVIATIONS.contains(&word)
                        || dateline
                        || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
                        // "the vacant H.J. Heinz plant": initials with their stops, but not
                        // a state's ("in Spiritwood, N.D. The $350 million complex").
                        || (word.contains('.')
                            && !parties::is_state_abbreviation(word)
                            && word.split('.').all(|p| {
                                p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase())
                            })));
                // "397. To ask the Minister": an item's number opens its sentence.
                let head = text[start..i].trim();
                let numbered = ch == '.'
                    && (1..=4).contains(&head.len())
                    && head.bytes().all(|b| b.is_ascii_digit());
                // "PETROPAVLOVSK. KAZINFORM – An agreement": a dateline's city in capitals
                // before its agency's name.
                let agency = after.split_once(' ').is_some_and(|(name, rest)| {
                    name.len() >= 3
                        && name.chars().all(|c| c.is_ascii_uppercase())
                        && rest.starts_with(['–', '—', '-'])
                });
                let city = ch == '.'
                    && head == word
                    && word.len() >= 3
                    && word.chars().all(|c| c.is_ascii_uppercase())
                    && agency;
                let abbreviation = abbreviation || numbered || city || agency_dateline(head);
                let capital = after.chars().next().is_none_or(|c| !c.is_lowercase());
                // "the Kandy Industrial Park.The project": a page that lost the space after a
                // full stop still ends the sentence there (not "Amazon.com" nor "U.S.").
                let mut ahead = text[end..].chars();
                // "on December 22.The factory": a day's number before the lost space too.
                let glued = ch == '.'
                    && (text[..i].ends_with(|c: char| c.is_lowercase())
                        && word.chars().count() > 2
                        || text[..i].ends_with(|c: char| c.is_ascii_digit()))
                    && ahead.next().is_some_and(char::is_uppercase)
                    && ahead.next().is_some_and(char::is_lowercase);
                ((spaced && capital || glued) && !abbreviation).then(|| {
                    // Closing quotes belong to the sentence they end.
                    let close =
                        text[end..].len() - text[end..].trim_start_matches(['"', '”', '’']).len();
                    end + close
                })
            }
            _ => None,
        };
        if let Some(cut) = cut
            && cut >= start
        {
            push_trimmed(text, start, cut, &mut out);
            start = if bytes.get(cut) == Some(&b'\n') { cut + 1 } else { cut };
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// A news agency's dateline before its first sentence, closed by a stop: "BISHKEK, Kyrgyzstan,
/// February 20. China Petrol Company Junda will invest", after the page's own date or not.
fn agency_dateline(head: &str) -> bool {
    let head = match head.strip_prefix("date ") {
        Some(rest) => rest.split_once(' ').map_or("", |(_, rest)| rest),
        None => head,
    };
    let parts: Vec<&str> = head.split(", ").collect();
    let [city, country, day] = parts[..] else { return false };
    let capitals = city.len() >= 3 && city.chars().all(|c| c.is_ascii_uppercase() || c == ' ');
    let country = country.split(' ').all(|w| w.starts_with(char::is_uppercase));
    // "February 20", "Aug. 2", "Sept. 5": a month's name or its first letters.
    let day = day.split_once(' ').is_some_and(|(month, number)| {
        let month = month.trim_end_matches('.');
        month.len() >= 3
            && MONTHS.iter().any(|m| m.starts_with(month))
            && (1..=2).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
    });
    capitals && country && day
}

/// The width a text is wrapped at, when it is: at least three of its lines run on into a next
/// line that opens with a small letter ("Economic Development Minister Dwain\nLingenfelter
/// today joined ... Kerry\nHawkins, to announce"), the longest of them at most 120 columns
/// (pages saved at 100 to 110 are common). A line broken before a capital ("(CPEC) Phase\nII,
/// which") may be a few columns longer than those that broke before a small letter: the width
/// is the longest line that a line of words follows, up to four columns more than those.
fn wrapped(text: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let runs_on: Vec<usize> = lines
        .windows(2)
        .filter(|w| {
            !w[0].trim_end().ends_with(['.', '!', '?', ':', '"', '”'])
                && w[1].starts_with(char::is_lowercase)
        })
        .map(|w| w[0].chars().count())
        .collect();
    let width = runs_on.iter().copied().max()?;
    let full = runs_on.iter().filter(|&&n| n * 4 >= width * 3).count();
    if full < 3 || width > 120 {
        return None;
    }
    let followed = lines.windows(2).filter(|w| !w[1].trim().is_empty());
    followed.map(|w| w[0].chars().count()).filter(|&n| n <= width + 4).max()
}

/// Whether the line end at `at` in a text wrapped at `width` runs the sentence on: its line is
/// nearly full, no longer than the width, and the next line has words.
/// The line before a list's item ends there, however full it is ("- 5,000 tpa initial plant").
fn soft_break(text: &str, at: usize, width: usize) -> bool {
    let line = text[..at].rsplit('\n').next().unwrap_or("");
    let next = text[at + 1..].split('\n').next().unwrap_or("");
    let item = next.starts_with(BULLETS) && next.chars().nth(1) == Some(' ');
    let columns = line.chars().count();
    columns * 4 >= width * 3 && columns <= width && !next.trim().is_empty() && !item
}

/// Whether the line end at `at` runs the sentence on in any text, wrapped or not: the line
/// ends in no stop and in a word that needs more ("for a budget of\n$18.23 million"), or the
/// next line goes on in a small letter ("will reach\na maximum of about 240 billion yen").
fn runs_on(text: &str, at: usize) -> bool {
    let line = text[..at].trim_end_matches([' ', '\r']);
    let line = line.rsplit('\n').next().unwrap_or("");
    let next = text[at + 1..].split('\n').next().unwrap_or("");
    let last = line.rsplit(' ').next().unwrap_or("");
    const NEEDS_MORE: [&str; 16] = [
        "of", "the", "a", "an", "to", "for", "and", "or", "in", "on", "at", "by", "with", "from",
        "than", "about",
    ];
    let open = !line.ends_with(['.', '!', '?', ':', ';', '"', '”', ')']) && line.contains(' ');
    // A list's item opens its own line; a brand in small letters ("ams-Osram") is no word
    // of a sentence running on.
    let item = next.trim_start().starts_with(BULLETS);
    let word = next.split(' ').next().unwrap_or("");
    let small = word.starts_with(char::is_lowercase) && !word.chars().any(char::is_uppercase);
    open && !item && (NEEDS_MORE.contains(&last) || small)
}

/// Whether a line is a heading: its words of four letters or more, four at least, all open
/// with a capital ("Talga’s Commercial Anode Ambitions Hinge on Critical Swedish Grant
/// Approval"). A line of prose full of names may read as one too, so it only ends a name.
fn heading(line: &str) -> bool {
    let long: Vec<&str> = line.split_whitespace().filter(|w| w.chars().count() >= 4).collect();
    long.len() >= 4 && long.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// The marks that open a list's items.
const BULLETS: [char; 6] = ['•', '·', '▪', '*', '-', '–'];

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    // A list's bullet is no word of its item: "• $822 million in investments", nor are two
    // ("- • Energimyndigheten grants").
    let mut body = piece.trim_start();
    while let Some(rest) =
        BULLETS.iter().find_map(|b| body.strip_prefix(*b).and_then(|rest| rest.strip_prefix(' ')))
    {
        body = rest.trim_start();
    }
    // "” It will also create": a closing quote a page moved past the paragraph break after the
    // sentence it closes is no word of the next.
    if let Some(rest) = body.strip_prefix('”').filter(|rest| rest.starts_with(char::is_whitespace))
    {
        body = rest.trim_start();
    }
    let lead = piece.len() - body.len();
    let trimmed = body.trim_end();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// The day a text given a page's date (`--published-on`) was written, when its wire's dateline
/// names one in the week before: the dateline prints no year, and takes the page's ("Mexico,
/// Dec 18 (EFEUSA) .- ... today announced" on a page of December 19 was written on the 18th,
/// its "today").
fn written(text: &str, page: NaiveDate) -> Option<Candidate> {
    let line = format!("{page}\n");
    let mut found = dates::published(&format!("{line}{text}"))?;
    let day = NaiveDate::parse_from_str(&found.value, "%Y-%m-%d").ok()?;
    let near = day < page && day + chrono::Days::new(7) >= page;
    if found.start < line.len() || !near {
        return None;
    }
    found.start -= line.len();
    found.end -= line.len();
    let n = text[..found.start].matches('\n').count() + 1;
    found.why = format!("line {n} gives the day the article was written, before its page's date");
    Some(found)
}

/// An article prepared for many name searches: its text and an ASCII-lowercased copy, whose
/// byte offsets are the same.
pub struct Haystack<'a> {
    pub text: &'a str,
    lower: String,
}

impl<'a> Haystack<'a> {
    pub fn new(text: &'a str) -> Self {
        Haystack { text, lower: text.to_ascii_lowercase() }
    }
}

/// Every place `needle` occurs in the text as whole words (no letter or digit on either side),
/// any run of white space in the text matching a space of the needle. Plain substring search,
/// not a pattern per name: a database of thousands of names stays fast.
pub fn whole_words(hay: &Haystack, needle: &str, ignore_case: bool) -> Vec<(usize, usize)> {
    let words: Vec<String> = needle
        .split_whitespace()
        .map(|w| if ignore_case { w.to_ascii_lowercase() } else { w.to_owned() })
        .collect();
    let Some(first) = words.first() else { return Vec::new() };
    let text = if ignore_case { hay.lower.as_str() } else { hay.text };
    let mut out = Vec::new();
    for start in memchr::memmem::find_iter(text.as_bytes(), first.as_bytes()) {
        let Some(end) = rest_of_name(text, start + first.len(), &words[1..]) else { continue };
        let before = hay.text[..start].chars().next_back();
        let after = hay.text[end..].chars().next();
        let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let starts_word = needle.trim_start().starts_with(|c: char| c.is_alphanumeric());
        let ends_word = needle.trim_end().ends_with(|c: char| c.is_alphanumeric());
        let inside = ends_word && apostrophe_inside_word(&hay.text[end..]);
        if (starts_word && word_char(before)) || (ends_word && word_char(after)) || inside {
            continue;
        }
        out.push((start, end));
    }
    out
}

/// Whether `rest`, the text just after a name, goes on inside the same word through an
/// apostrophe (`Ma` in `Ma’aden`): an apostrophe then letters other than a possessive `s`.
fn apostrophe_inside_word(rest: &str) -> bool {
    let mut chars = rest.chars();
    if !matches!(chars.next(), Some('\'' | '’')) {
        return false;
    }
    let letters: String = chars.take_while(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && !letters.eq_ignore_ascii_case("s")
}

/// Where a name ends that continues at `at` with `words`, each after some white space.
fn rest_of_name(text: &str, mut at: usize, words: &[String]) -> Option<usize> {
    for word in words {
        let gap = text[at..].len() - text[at..].trim_start().len();
        if gap == 0 || !text[at + gap..].starts_with(word.as_str()) {
            return None;
        }
        at += gap + word.len();
    }
    Some(at)
}

/// Whether a line or sentence is written in capitals (a headline, a label): some letters and
/// none in lower case.
pub fn shouted(text: &str) -> bool {
    let letters = || text.chars().filter(|c| c.is_alphabetic());
    letters().count() >= 3 && letters().all(|c| !c.is_lowercase())
}

/// The months by their full names, January first.
pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The days of the week by their full names, Monday first.
pub(crate) const WEEKDAYS: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// A pattern whose spaces match any white space: articles hold no-break spaces and wrap lines.
fn spaced(pattern: &str) -> Regex {
    compile(&pattern.replace(' ', r"\s"))
}

/// A pattern with ASCII word boundaries and words: a Unicode `\b` stops the regex engine's
/// fast automaton at the first curly quote or accented letter of an article, and the slow one
/// that takes over made a draft several times slower. The words these patterns bound are
/// English words and figures, so an ASCII boundary finds the same ones.
fn ascii_words(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)").replace(r"\w+", r"(?-u:\w)+")
}

/// The letters a capital or a small letter of a name pattern (`\p{Lu}`, `\p{Ll}`) reads:
/// Latin's with its accented and extended letters (`Škoda`, `Łódź`), Greek's and the Cyrillic
/// alphabet's own.
const CASED: &str = r"\x00-\x{24F}\x{370}-\x{45F}";

/// The block of Latin letters with two diacritics that Vietnamese writes (`ễ`, `ắ`, `ầ`).
const VIETNAMESE: &str = r"\x{1E00}-\x{1EFF}";

/// The letters a word of a pattern (`\p{L}`, `\w`) reads: Latin, Greek, Cyrillic, Vietnamese's
/// extended Latin and the Chinese characters a name is sometimes given beside its English one.
const LETTERS: &str = r"\x00-\x{24F}\x{370}-\x{52F}\x{1E00}-\x{1FFF}\x{4E00}-\x{9FFF}";

/// Compiles a pattern whose letter, word and digit classes hold only the characters of English
/// news: capitals and small letters of [`CASED`], letters and word characters of [`LETTERS`],
/// ASCII digits. Each class of every script compiles to an automaton many times the size, once
/// for each place a pattern repeats it, and compiling the patterns is most of `draft`'s time on
/// an article. Capitals and small letters alternate letter by letter in the extended blocks
/// (Vietnamese's, Greek's accented, Cyrillic's other languages'), so those two classes cost
/// the most and leave those blocks out: a word may hold their letters, a name may not begin
/// with one. A small letter also reads the whole of Vietnamese's block as one range, cheap
/// and with capitals only where a word would not have them, so that a name continues through
/// its diacritics (`Nguyễn`, `Bắc Ninh`). A pattern that turns
/// Unicode off (`(?i-u)`) keeps its classes as they are.
fn compile(pattern: &str) -> Regex {
    let mut narrowed = pattern.to_owned();
    for (class, within, beside) in
        [("Lu", CASED, ""), ("Ll", CASED, VIETNAMESE), ("L", LETTERS, "")]
    {
        let whole = format!(r"\p{{{class}}}");
        narrowed = narrowed.replace(&whole, &format!(r"[[{whole}&&[{within}]]{beside}]"));
    }
    if !pattern.contains("-u)") {
        narrowed = narrow_escapes(&narrowed);
    }
    Regex::new(&narrowed).expect("a valid pattern")
}

/// A pattern's `\w` within [`LETTERS`] and its `\d` as ASCII digits, except where the pattern
/// already reads them as ASCII (`(?-u:\w)`) or escapes the backslash (`\\w`).
fn narrow_escapes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut rest = pattern;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = &rest[at..];
        let ascii = out.ends_with("(?-u:");
        let taken = match escape.as_bytes().get(1) {
            Some(b'w') if !ascii => {
                out.push_str(&format!(r"[\w&&[{LETTERS}]]"));
                2
            }
            Some(b'd') if !ascii => {
                out.push_str("[0-9]");
                2
            }
            // Any other escape, `\\` included, is copied whole.
            Some(_) => {
                let len = escape[1..].chars().next().map_or(1, |c| 1 + c.len_utf8());
                out.push_str(&escape[..len]);
                len
            }
            None => {
                out.push('\\');
                1
            }
        };
        rest = &escape[taken..];
    }
    out.push_str(rest);
    out
}

/// The line (from 1) a byte offset falls on.
pub fn line_of(text: &str, offset: usize) -> usize {
    memchr::memchr_iter(b'\n', &text.as_bytes()[..offset]).count() + 1
}

#[cfg(test)]
mod compile_tests;
#[cfg(test)]
mod tests;

#[cfg(test)]
mod written_tests {
    use chrono::{Datelike, NaiveDate};

    use super::{Kind, Known, extract, written};

    #[test]
    fn a_wires_dateline_in_the_week_before_the_given_page_date_is_the_day_written() {
        let text = "Headline\n\nMexico, Dec 18 (EFEUSA) .- The president today announced it.";
        let page = NaiveDate::from_ymd_opt(2018, 12, 19).unwrap_or_default();
        let found = written(text, page).map(|c| (c.value, &text[c.start..c.end]));
        assert_eq!(found, Some(("2018-12-18".to_owned(), "Dec 18")));
        // The page's own day, a later day or weeks before leave the given date alone.
        for day in [18, 17] {
            assert!(written(text, page.with_day(day).unwrap_or_default()).is_none());
        }
        let later = NaiveDate::from_ymd_opt(2019, 1, 30).unwrap_or_default();
        assert!(written(text, later).is_none());
    }

    #[test]
    fn a_datelines_day_in_capitals_is_what_last_night_counts_from() {
        let text = "BINTULU, March 5 — The Premier said last night that it had.";
        let page = NaiveDate::from_ymd_opt(2024, 3, 6).unwrap_or_default();
        let draft = extract(text, &Known::default(), Some(page));
        let got: Vec<(&str, &str)> = draft
            .candidates
            .iter()
            .filter(|c| c.kind == Kind::Date)
            .map(|c| (&text[c.start..c.end], c.value.as_str()))
            .collect();
        assert_eq!(got, [("March 5", "2024-03-05"), ("last night", "2024-03-04")]);
    }
}
