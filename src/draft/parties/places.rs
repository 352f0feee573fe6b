//! What the words just before or after a capitalized word say of it: that a country's name
//! only tells where a company comes from, or that the word names a place. Patterns only.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

/// What follows a country's abbreviation used as an adjective of origin: "US tech giant", "US
/// corporation General Electric", "a U.S. solar provider".
pub(super) static ORIGIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\.? (?:[a-z-]+ )?(?:giants?|firms?|compan(?:y|ies)|corporations?|providers?|chipmakers?|carmakers?|automakers?|retailers?|conglomerates?|multinationals?|miners?|producers?|makers?|developers?|operators?|suppliers?|groups?|investors?|peers?|rivals?|competitors?|actor|actress|singer|businessman|businesswoman|entrepreneur)\b")
        .expect("a valid pattern")
});
/// What names a place or a department before a capitalized word: "the city of Marseille",
/// "the Department of Commerce".
pub(super) static PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:city|town|port|region|province|prefecture|governorate|village|suburb|capital|municipality|commune|district|(?:north|south)(?:east|west)?|east|west) of |(?:Department|Ministry|Office|Bureau) of (?:the )?)$",
    )
    .expect("a valid pattern")
});

/// What names a place just before a capitalized word: "the site in Alzey will", "In Juana
/// Diaz, the company will" (a sentence opening on its place), "located in
/// Modarawila Industrial Estate, Panadura will" (the town after the estate), "investment in the
/// Highlands will".
pub(super) static PLACE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let area = "Estate|Park|Zone|District|County|Region|Area|Province";
    Regex::new(&format!(
        r"\b(?:[Ii]n|[Aa]t|[Nn]ear|jobs to) (?:the )?(?:(?:\p{{Lu}}[\p{{L}}-]* ){{1,4}}(?:{area}), )?$"
    ))
    .expect("a valid pattern")
});

/// A capitalized word and a particle just before a word: "Paso de los Toros", "Rio de
/// Janeiro". The word after the particle ends a longer name, a place's, and is no name alone.
pub(super) static PARTICLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Lu}\p{L}+ (?:de|del|de la|de las|de los|do|da|dos|das|du|des|di) $")
        .expect("a valid pattern")
});

/// A French town's name joined by hyphens around a preposition: "Saint-Jean-sur-Richelieu",
/// "Boulogne-sur-Mer", "Châlons-en-Champagne".
pub(super) fn town(name: &str) -> bool {
    ["-sur-", "-sous-", "-en-", "-lès-", "-les-"].iter().any(|p| name.contains(p))
}

/// Whether the government at `start` is one of a list of where a company works: "has
/// operations in the United States, Canada, Mexico, Australia, New Zealand and China". Only
/// names, commas, "and" and "the" stand between the words and it, and the list runs to three
/// names or more: a single country after such words is often the one the pledge is made to.
pub(super) fn operations_listed(text: &str, start: usize) -> bool {
    let head = &text[..start];
    let sentence = &head[head.rfind(['.', ';', ':']).map_or(0, |i| i + 1)..];
    let cues = ["operations in ", "operates in ", "operating in ", "presence in ", "offices in "];
    let Some(at) = cues.iter().filter_map(|c| sentence.rfind(c).map(|i| i + c.len())).max() else {
        return false;
    };
    let listed = |w: &str| w == "and" || w == "the" || w.starts_with(char::is_uppercase);
    let before = &sentence[at..];
    // The list goes on after it while its words are names and "and", each perhaps with a comma.
    let after = text[start..]
        .split([' ', '\n'])
        .take_while(|w| {
            let bare = w.strip_suffix(',').unwrap_or(w);
            !bare.is_empty() && bare.chars().all(char::is_alphabetic) && listed(bare)
        })
        .filter(|w| w.ends_with(','))
        .count();
    let commas = before.matches(',').count() + after;
    before.split([' ', ',', '\n']).filter(|w| !w.is_empty()).all(listed) && commas >= 2
}

/// Whether the word at `begin` ends a list of places after "in" or "at": "projects in Ankara,
/// Istanbul, Bursa and Adana will". The words before it, each a single capitalized word, are
/// walked back over their commas and the "and" before the last, up to the preposition.
pub(super) fn last_of_places(text: &str, begin: usize) -> bool {
    let Some(mut rest) = text[..begin].strip_suffix(" and ") else { return false };
    rest = rest.strip_suffix(',').unwrap_or(rest);
    for _ in 0..5 {
        let Some((head, word)) = rest.rsplit_once(' ') else { return false };
        if !word.starts_with(char::is_uppercase) || !word.chars().all(char::is_alphabetic) {
            return false;
        }
        if let Some(head) = head.strip_suffix(',') {
            rest = head;
            continue;
        }
        return ["in", "In", "at", "At"].iter().any(|p| head.rsplit(' ').next() == Some(p));
    }
    false
}
