//! Well-known companies, from a list compiled in (`companies.txt`): a company named alone
//! ("Apple", "Roche", "BASF") is a party even with no company word around it.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::governments::ADJECTIVES;
use super::spans::{free, overlaps};
use super::words::{HEADLINE_SMALL, HEADLINE_VERBS, NOT_NAMES};
use crate::draft::{Candidate, Kind};

/// Every name and alias of the list, each to the company's first name.
static FAMOUS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    for line in include_str!("companies.txt").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut aliases = line.split('|').map(str::trim);
        let Some(name) = aliases.next() else { continue };
        names.insert(name, name);
        for alias in aliases {
            names.insert(alias, name);
        }
    }
    names
});

/// Whether `name` is a name or an alias of the list.
pub(super) fn is_famous(name: &str) -> bool {
    FAMOUS.contains_key(name)
}

/// The most words of a name in the list.
const LONGEST: usize = 5;

/// What ends a name but is not part of it: punctuation and a possessive.
fn trimmed(word: &str) -> &str {
    let word = word.strip_suffix("’s").or(word.strip_suffix("'s")).unwrap_or(word);
    word.trim_end_matches([',', '.', ';', ':', '!', '?', ')', '”', '"', '’', '\''])
}

/// Whether a word is capitalized as a name's would be ("Cook", not "CEO" nor "the").
fn name_like(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// Every place a well-known company is named that no other reading took, longest name first,
/// unless it is part of a longer capitalized name ("Doug Ford", "Ford Otosan").
pub(super) fn famous(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    // The words of the text: where each starts and ends.
    let words: Vec<(usize, usize)> = text
        .split_whitespace()
        .map(|w| {
            let start = w.as_ptr() as usize - text.as_ptr() as usize;
            (start, start + w.len())
        })
        .collect();
    // Each company by the form the text first gives it: "General Motors", then "GM".
    let mut first_named: HashMap<&str, String> = HashMap::new();
    let mut i = 0;
    while i < words.len() {
        let start = words[i].0;
        let first = &text[start..words[i].1];
        let opens = first.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        // "(Apple", "“Roche": a bracket or quote before the name is not part of it.
        let lead = first.len() - first.trim_start_matches(['(', '“', '"', '‘']).len();
        let start = start + lead;
        let found = (0..LONGEST.min(words.len() - i)).rev().find_map(|n| {
            let end = words[i + n].1;
            let name = trimmed(&text[start..end]);
            // Words parted by one space only, as the list writes them; one word of four
            // letters or more may be printed in capitals ("SAMSUNG electronics giant").
            let shouted =
                n == 0 && name.chars().count() >= 4 && name.chars().all(|c| c.is_ascii_uppercase());
            let titled = || {
                let mut chars = name.chars();
                chars.next().map(|c| format!("{c}{}", chars.as_str().to_lowercase()))
            };
            let company = FAMOUS
                .get(name)
                .or_else(|| shouted.then(titled).flatten().and_then(|t| FAMOUS.get(t.as_str())));
            company.map(|company| (n, start + name.len(), *company))
        });
        let Some((n, end, company)) = found.filter(|_| opens || lead > 0) else {
            i += 1;
            continue;
        };
        let before = i.checked_sub(1).map(|j| &text[words[j].0..words[j].1]);
        let after = words.get(i + n + 1).map(|&(s, e)| &text[s..e]);
        // "Doug Ford", "Mr. Dell": a capitalized word before makes it a longer name, unless it
        // opens sentences, owns the company ("Japan’s Toyota") or says where it comes from
        // ("Danish Novo Nordisk").
        // "Ford Otosan": a name that runs on into a capitalized word is a longer one, unless the
        // word is a headline's verb or small word ("Hitachi Gives US Power Grid A Boost",
        // "Toyota To Build").
        let bare = end == words[i + n].1;
        let titles = ["Mr.", "Ms.", "Mrs.", "Dr.", "Sen.", "Gov.", "Rep."];
        let longer_before = lead == 0
            && before.is_some_and(|b| {
                (name_like(b)
                    && trimmed(b) == b
                    && !NOT_NAMES.contains(&b)
                    && !ADJECTIVES.iter().any(|(a, _)| *a == b))
                    || titles.contains(&b)
            });
        let longer_after = bare
            && after.is_some_and(|a| {
                let a = trimmed(a);
                name_like(a)
                    && ![NOT_NAMES, HEADLINE_VERBS, HEADLINE_SMALL].iter().any(|l| l.contains(&a))
            });
        // "said on Facebook", "a Facebook post", "Facebook photo": a platform, not a party.
        let platform = text[..start].ends_with("on ")
            || text[..start].ends_with("via ")
            || after.is_some_and(|a| {
                ["post", "posts", "page", "account", "photo", "video"].contains(&trimmed(a))
            });
        if longer_after && !longer_before {
            // "General Motors International", then "GM": the alias is named as the head was.
            first_named.entry(company).or_insert_with(|| text[start..end].to_owned());
        }
        // "a sedan from its Skoda brand": a brand the group owns, not a party of its own.
        let owned_brand = ["its ", "their "].iter().any(|p| text[..start].ends_with(p))
            && after.is_some_and(|a| ["brand", "brands", "marque"].contains(&trimmed(a)));
        if longer_before || longer_after || platform || owned_brand {
            i += 1;
            continue;
        }
        // "J&J said", read as a new company: it is named as the text first named it.
        let same = |c: &&mut Candidate| {
            c.kind == Kind::Company && !c.known && c.start == start && c.end == end
        };
        if let Some(c) = out.iter_mut().find(same) {
            c.value = first_named.entry(company).or_insert_with(|| c.value.clone()).clone();
            i += n + 1;
            continue;
        }
        // "Texas Instruments", "Johnson & Johnson": a country or a shorter new name read
        // inside the listed name gives way to it; a reading that runs past it does not.
        let inside = |c: &Candidate| {
            start <= c.start
                && c.end <= end
                && c.end - c.start < end - start
                && (c.kind == Kind::Government || !c.known)
        };
        let crossing = |c: &Candidate| c.start < end && start < c.end && !inside(c);
        if !out.iter().any(crossing) {
            free(taken, out, inside);
        }
        if overlaps(taken, start, end) {
            i += 1;
            continue;
        }
        taken.push((start, end));
        // The name as the text first gives it, so that the story file quotes it back.
        let value =
            first_named.entry(company).or_insert_with(|| text[start..end].to_owned()).clone();
        let named = &text[start..end];
        let why = if named == company {
            format!("`{named}` is a well-known company; a new company")
        } else {
            format!("`{named}` names the well-known company {company}; a new company")
        };
        out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        i += n + 1;
    }
}
