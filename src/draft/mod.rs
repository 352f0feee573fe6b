//! Candidates for a story file, found in an article's text: its own date, pledge and status
//! sentences, amounts, dates and horizons, parties and product categories.
//!
//! Pure and offline: text in, candidates out, each a span of the text with the reason it was
//! proposed. It never reads the database (the caller passes the records it knows as
//! [`Known`]) and never decides anything for the reader: every candidate is for a person to
//! confirm.

mod amounts;
mod dates;
mod parties;
#[cfg(test)]
mod quality;
pub mod story;

use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

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

/// Finds every candidate in `text`; `published` overrides the date read from the article.
pub fn extract(text: &str, known: &Known, published: Option<NaiveDate>) -> Draft {
    let published = match published {
        Some(date) => Some((date, None)),
        None => dates::published(text).map(|c| (parse_iso(&c.value), Some(c))),
    };
    let sentences = split_sentences(text);
    let mut candidates = amounts::find(text);
    candidates.extend(dates::find(text, published.as_ref().map(|(date, _)| *date)));
    candidates.extend(parties::find(text, known));
    candidates.extend(categories(text, known));
    candidates.sort_by_key(|c| (c.start, c.end));
    // A cue with no party, amount or word for one beside it ("your email will not be
    // published") is page furniture, not a pledge.
    let about = |s: usize, e: usize| {
        SUBJECT.is_match(&text[s..e])
            || candidates.iter().any(|c| {
                s <= c.start && c.end <= e && c.kind != Kind::Date && c.kind != Kind::Category
            })
    };
    let cued = sentences
        .iter()
        .filter(|&&(s, e)| about(s, e) && !shouted(&text[s..e]))
        .filter_map(|&(s, e)| cue(text, s, e).or_else(|| uncued(text, s, e, &candidates)))
        .collect();
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
/// so does a line break; a stop after an initial or a known abbreviation (U.S., Mr., Jan.)
/// does not.
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    const ABBREVIATIONS: &[&str] = &[
        "U.S", "U.K", "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "Inc", "Corp", "Co", "Ltd",
        "St", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs",
        "Jr", "Sr", "Gen", "Lt", "Col", "a.m", "p.m", "D.C",
    ];
    // A state in a dateline: "RICHMOND, Va. (AP) —", "FRANKFORT, Ky. (Oct. 28, 2021) –".
    const STATES: &[&str] = &[
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J",
        "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt",
        "Va", "Wash", "W.Va", "Wis", "Wyo",
    ];
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, ch) in text.char_indices() {
        let end = i + ch.len_utf8();
        let cut = match ch {
            '\n' => Some(i),
            '.' | '!' | '?' => {
                let next = text[end..].chars().next();
                let after = text[end..].trim_start_matches([' ', '"', '”', '’', '\'']);
                let spaced = next.is_none_or(|c| c.is_whitespace() || "\"”’'".contains(c));
                let word = text[start..i].rsplit(char::is_whitespace).next().unwrap_or("");
                // "[Apr. 20" and "(Dec. 7": brackets and quotes are not part of the word.
                let word = word.trim_start_matches(['(', '[', '"', '“', '\'']);
                let dateline = STATES.contains(&word) && after.starts_with(['(', '–', '—', '-']);
                let abbreviation = ch == '.'
                    && (ABBREVIATIONS.contains(&word)
                        || dateline
                        || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase())));
                let capital = after.chars().next().is_none_or(|c| !c.is_lowercase());
                (spaced && capital && !abbreviation).then(|| {
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

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// Words that speak of a pledging company or of what it pledged.
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:compan(?:y|ies)|giants?|firms?|(?:chip|car|auto)?makers?|prototypes?|projects?|plans?|plants?|factor(?:y|ies)|facilit(?:y|ies)|centres?|centers?|campus|investments?|agreements?|signing|jobs|employment|hiring|workers|construction|production)\b",
    )
});

/// The words that mark a pledge, and those that mark a change in one's status.
static PLEDGE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r#"(?i)\b(pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting|ment|ments)?|vow(?:s|ed)?|announc(?:e|es|ed|ing)|(?:will|would|'ll|to|going to) ["“]?(?:invest|create|add|hire|bring|spend|build|employ|provide|keep|retain)|(?:will|would)(?: [a-z]+| [–—-] [^–—\n]{1,40} [–—-]){0,3} ["“]?(?:invest|create|add|hire|bring|spend|build|employ|provide|keep|retain|buy|purchase|open|double|triple|expand|increase|boost|start|begin|establish|construct|set up)|continu(?:e|es|ing) to (?:manufacture|make|produce|employ|operate|invest|build|hire)|(?:is|are|was|were) part of|made (?:the|an|its) announcement|(?:will|would|is|are)(?: not)? be (?:investing|creating|adding|hiring|bringing|spending|building)|(?:is|are) (?:investing|creating|adding|hiring|bringing|spending|building|setting up|coming up with|constructing|establishing|expanding)|(?:is|are) set to|(?:is|are|was|were)(?: all| still| currently| now)? (?:set|slated|scheduled) to (?:begin|start|sign|open|launch|break|resume|build|invest|create|hire|produce|manufacture)|(?:has|have|had)(?: also| already)? (?:purchased|bought|acquired) [^.\n]{0,40}?\b(?:acres?|land|site|plot|parcel)|potential to (?:generate|create|employ|provide|add)|(?:has|have|had) created|creat(?:es|ing|ion of) [^.\n]{0,40}?(?:\d|jobs|positions|employment)|(?:reached|struck|signed) a deal|pacts?|agree(?:s|d)? to|(?:agreement|deal|contract) (?:was |is |has been )?(?:approved|signed|ratified|amended|renegotiated)|plans? to|planned to|intends? to|intended to|aims? to|unveil(?:s|ed|ing)?|(?:will|would) be (?:created|invested|added|hired|built|spent|retained)|includ(?:es|ed) the (?:hiring|construction|creation|retention|building|expansion) of|(?:project|plan|investment|deal|agreement|package|proposal)s? (?:[^.\n]{0,40}? )?includes|approv(?:e|es|ed) (?:a|an|the) [^\n]{0,60}?(?:tax credits?|grants?|incentives?|subsid(?:y|ies)|loans?|aid|abatements?)|(?:selected|chose|picked) [^.\n]{0,60}? (?:as|for) (?:its|the|a)|expects? to|expected to|(?:set|sets|setting) (?:a|an|the) (?:[a-z]+ )?(?:target|goal)|reiterat(?:e|es|ed|ing)|investments? (?:would|will)|(?:jobs|positions|workers|employees) (?:will )?remain)\b"#,
    )
});
/// Words that tell of a deal without a pledge's verb, tried when no word of [`PLEDGE`] is
/// there: memoranda signed, the details or size of an investment, what a company said it
/// would do, what the money will do, a plan for a place, what companies decided, an agreement
/// reached, what was due to be built, aid approved, a headline's "brings", a hub that will
/// remain, the companies a deal is among, a signing chaired or initiated, what projects amount
/// to or concern, a plan revealed or confirmed, aid offered to back a project, and what a
/// project costs.
static DEAL: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:signed (?:\d+ |an? |the |[a-z]+ )?(?:MoUs?|memorand(?:um|a)|agreements?|contracts?)|(?:MoUs?|memorand(?:um|a)|agreements?|contracts?|deals?) (?:were|was|have been|has been) signed|(?:details|terms) of (?:the|an?|its|their)(?: [a-z]+){0,2} (?:deal|agreement|investment|plan|package|expansion|project)|(?:largest|biggest)(?:-ever)?(?: [a-z]+){0,2} investment|(?:said|says) (?:it|they) (?:would|will)|(?:money|funds|funding|investment|financing) (?:will|would) (?:help|go|be used|fund|finance|support)|plans? (?:for|that)|(?:has|have|had) decided (?:to|on)|(?:reached|reach|reaches) (?:an|a|the) (?:[a-z]+ )?(?:agreement|deal|accord)|(?:is|are|was|were) due to be (?:[a-z]+ly )?(?:built|constructed|created|opened|completed|invested|set up)|(?:aid|subsid(?:y|ies)|grants?|incentives?|funding) (?:was|were|had been|has been|is|are)(?: [a-z]+){0,2} (?:approved|granted|awarded)|brings? [^.\n]{0,60}?\b(?:jobs|plants?|factor(?:y|ies)|facilit(?:y|ies)|cent(?:er|re)s?|headquarters|campus|hub|operations|investment)|(?:hub|plants?|factor(?:y|ies)|facilit(?:y|ies)|operations|headquarters) will remain|among the (?:[a-z]+ ){0,3}(?:companies|brands|investors|firms|tenants|locators|signatories)(?: [a-z]+){0,4} (?:are|were|include|included)|signing (?:ceremony|of)|(?:initiated|launched) (?:[^.\n]{0,30}? )?(?:agreements|projects|investments)|(?:projects?|investments?|agreements?) amounting to|(?:projects?|plans?|investments?|agreements?) (?:concerns?|involves?|covers?) the (?:establishment|construction|creation|building|expansion|opening|development) of|(?:revealed|confirmed|unveiled|disclosed|outlined|presented|introduced) (?:[^.\n]{0,40}? )?(?:plans?|projects?|investments?|deal|agreement|factory|plant|initiative|programme|program)|offer(?:s|ed|ing)? to (?:back|support|fund|finance|subsidi[sz]e)|(?:project|plant|factory|facility|investment) costs? (?:is|was|are|will be))\b",
    )
});
static STATUS: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(kept|opened|operational|up and running|(?:broke|breaks|broken|breaking) ground|hired|scal(?:ed|ing) back|slow(?:ed|ing)|abandon(?:s|ed|ing)?|no longer|cannot be fulfilled|reconsider(?:s|ed|ing)?|won't|will not|closer to|pull(?:ed|ing) back|reduc(?:e|ed|es|ing)|cut|on hold|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing|ement)|pushed back|paused|suspend(?:s|ed|ing)?|yet to|(?:started|began|begun|starts|begins) (?:operating|operations|production|producing)|no impact on|(?:grand|official) opening|opening ceremony|inaugurat(?:e|es|ed|ing|ion)|in (?:the )?shaky territory|in doubt|in jeopardy|renam(?:ed|ing)|repurpos(?:ed|ing)|(?:contingent|conditional) (?:up)?on|(?:no|any|little) (?:movement|progress) (?:on|toward|towards|in)|(?:major|those|these) changes)\b",
    )
});

fn cue(text: &str, start: usize, end: usize) -> Option<Sentence> {
    let sentence = &text[start..end];
    // "If a company does not meet its commitments, ...": a rule told of any company.
    if sentence.trim_start_matches(['"', '“', '\'']).starts_with("If ") {
        return None;
    }
    let before = |at: usize| sentence[..at].trim_end().to_lowercase();
    // "is scheduled to be operational" tells of a plan, not of a plant that opened.
    let planned = |m: &regex::Match| {
        let before = before(m.start());
        ["operational", "up and running"].contains(&m.as_str().to_lowercase().as_str()) && {
            // "will be fully operational": an adverb between does not change the tense.
            let before = match before.rsplit_once(' ') {
                Some((head, last)) if last.ends_with("ly") => head.to_owned(),
                _ => before,
            };
            before.ends_with("to be") || before.ends_with("will be")
        }
    };
    if let Some(m) = STATUS.find_iter(sentence).find(|m| !planned(m)) {
        return Some(Sentence { start, end, cue: m.as_str().to_owned(), status: true });
    }
    // "the previously announced fund" and "the deal was first announced" look back at a
    // pledge; the pledge itself is announced by its maker.
    let recalled = |m: &regex::Match| {
        let before = before(m.start());
        m.as_str().to_lowercase().starts_with("announc")
            && ["was", "were", "been", "previously", "already", "first", "widely"]
                .iter()
                .any(|w| before.ends_with(w))
    };
    // "the facility would help build the supply chain": what a plant will help bring about
    // is a judgement of it, not a pledge, unless that is jobs ("will help create jobs").
    let jobs = ["job", "position", "worker", "employ"].iter().any(|w| sentence.contains(w));
    let helped = |m: &regex::Match| !jobs && m.as_str().split_whitespace().any(|w| w == "help");
    let m = PLEDGE
        .find_iter(sentence)
        .find(|m| !recalled(m) && !helped(m))
        .or_else(|| DEAL.find(sentence))
        .or_else(|| headline(sentence))?;
    Some(Sentence { start, end, cue: m.as_str().to_owned(), status: false })
}

/// A headline's verb of a deal won or made ("Unilever Bets $1.5 Billion On Mexico", "Michigan
/// Lands Google!"), read only in a line whose words are capitalized, where these verbs cannot
/// be nouns.
fn headline(sentence: &str) -> Option<regex::Match<'_>> {
    static VERB: LazyLock<Regex> = LazyLock::new(|| {
        spaced(r"\b(?:Bets|Lands|Wins|Lures|Picks|Chooses|Selects|Taps|Snags|Nabs|Invests)\b")
    });
    let titled = sentence
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .all(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase));
    if !titled {
        return None;
    }
    VERB.find(sentence)
}

/// A pledge told without a cue word: a company (or a person) the subject of a future verb
/// ("Under AMP, Apple will work with ten partners"), "it" the subject of one beside an amount,
/// a grant with its amount, or a company named before an amount of money invested or of jobs
/// ("Chung said the $21 billion investment is Hyundai’s largest").
fn uncued(text: &str, start: usize, end: usize, candidates: &[Candidate]) -> Option<Sentence> {
    static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"^(?:[’']s)?(?: [a-z][a-z-]*| in [A-Z][a-zA-Z]*(?: [A-Z][a-zA-Z]*)?){0,4} (?:will|shall) [a-z]+\b",
        )
    });
    static INVESTED: LazyLock<Regex> = LazyLock::new(|| {
        spaced(r"(?i)\b(?:invest(?:s|ed|ing|ment|ments)?|jobs|positions|hires?|hiring|workers)\b")
    });
    let inside = |c: &&Candidate| start <= c.start && c.end <= end;
    let party = |c: &&Candidate| matches!(c.kind, Kind::Company | Kind::Person) && inside(c);
    // "Macron will host it", "the CEO will visit": being somewhere is no pledge, and neither
    // is a judgement ("the investment will serve as a catalyst").
    static PRESENCE: LazyLock<Regex> = LazyLock::new(|| {
        spaced(r" (?:host|visit|attend|travel|meet|speak|address|chair|welcome|tour|serve)$")
    });
    let subject = candidates.iter().filter(party).find_map(|p| {
        let after = &text[p.end..end];
        FUTURE
            .find(after)
            .filter(|m| !PRESENCE.is_match(m.as_str()))
            .map(|m| after[..m.end()].trim_start_matches(['’', '\'', 's']).trim())
    });
    // "The carmaker will partner with Envision": the company named by what it is.
    static MAKER: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"^(?:The|This) (?:[a-z]+ )?(?:company|[a-z]*maker|manufacturer|firm|group|giant) will [a-z]+\b",
        )
    });
    let sentence = &text[start..end];
    let maker =
        || MAKER.find(sentence).filter(|m| !PRESENCE.is_match(m.as_str())).map(|m| m.as_str());
    if let Some(cue) = subject.or_else(maker) {
        let cue = cue.split_whitespace().collect::<Vec<_>>().join(" ");
        return Some(Sentence { start, end, cue, status: false });
    }
    // "It will generate about 250 million pesos", "He said: "This is a £1 billion birthday
    // present"", "Northam approved a $750,000 grant": a future or a worth told of the thing
    // just named, or a grant a government extends, with its amount.
    static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r#"(?:^|: ["“]?)(?:(?:It|They|The (?:company|factory|plant|project|facility|site)) will [a-z]+|(?:This|That|It) (?:is|was|represents) an?)\b"#,
        )
    });
    static GRANT: LazyLock<Regex> = LazyLock::new(|| {
        spaced(r"(?i)\b(?:grants?|incentives?|tax credits?|subsid(?:y|ies)|tax breaks?|aid)\b")
    });
    if candidates.iter().filter(inside).any(|c| c.kind == Kind::Amount)
        && let Some(m) = PRONOUN.find(sentence).or_else(|| GRANT.find(sentence))
    {
        let words = m.as_str().trim_start_matches([':', ' ', '"', '“']).split_whitespace();
        let cue = words.collect::<Vec<_>>().join(" ");
        return Some(Sentence { start, end, cue, status: false });
    }
    let first = candidates.iter().find(party)?;
    let amount = candidates
        .iter()
        .filter(inside)
        .find(|c| c.kind == Kind::Amount && c.start > first.start)?;
    if !INVESTED.is_match(&text[start..end]) {
        return None;
    }
    let cue = text[amount.start..amount.end].to_owned();
    Some(Sentence { start, end, cue, status: false })
}

/// Product categories named by their names or aliases, whole words only.
fn categories(text: &str, known: &Known) -> Vec<Candidate> {
    let hay = Haystack::new(text);
    let mut out = Vec::new();
    for record in &known.categories {
        for name in &record.names {
            for (start, end) in whole_words(&hay, name, true) {
                let why = format!("`{}` names the category `{}`", &text[start..end], record.slug);
                let value = record.slug.clone();
                out.push(Candidate { kind: Kind::Category, start, end, value, known: true, why });
            }
        }
    }
    out
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
        if (starts_word && word_char(before)) || (ends_word && word_char(after)) {
            continue;
        }
        out.push((start, end));
    }
    out
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

/// A pattern whose spaces match any white space: articles hold no-break spaces and wrap lines.
fn spaced(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(' ', r"\s")).expect("a valid pattern")
}

/// The line (from 1) a byte offset falls on.
pub fn line_of(text: &str, offset: usize) -> usize {
    memchr::memchr_iter(b'\n', &text.as_bytes()[..offset]).count() + 1
}

#[cfg(test)]
mod tests;
