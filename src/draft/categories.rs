//! Product categories named by their names or aliases, whole words only, unless they name the
//! trades a supplier serves rather than what the pledge is about.

use super::{Candidate, Haystack, Kind, Known, whole_words};

/// Product categories named by their names or aliases, whole words only.
pub(super) fn categories(text: &str, known: &Known) -> Vec<Candidate> {
    let hay = Haystack::new(text);
    let mut out = Vec::new();
    for record in &known.categories {
        for name in &record.names {
            for (start, end) in whole_words(&hay, name, true) {
                if for_clients(text, start, end) {
                    continue;
                }
                let why = format!("`{}` names the category `{}`", &text[start..end], record.slug);
                let value = record.slug.clone();
                out.push(Candidate { kind: Kind::Category, start, end, value, known: true, why });
            }
        }
    }
    out
}

/// The words after a list of goods that make it the trades a supplier serves: "labels for the
/// wine, spirits and food industries".
const CLIENT_WORDS: [&str; 8] =
    ["industry", "industries", "sector", "sectors", "customers", "clients", "trade", "trades"];

/// Whether the goods named from `start` to `end` are those of a company's clients, in a list
/// after "for" that ends in a trade ("labels for the wine, spirits, champagne, food and
/// chocolate industries"): the supplier's customers make them, the pledge is not about them.
fn for_clients(text: &str, start: usize, end: usize) -> bool {
    let listed = |w: &&str| {
        let w = w.trim_end_matches(',');
        !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-')
    };
    let after = text[end..].trim_start_matches(',').split_whitespace().take(8);
    let mut trade = false;
    for word in after {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if CLIENT_WORDS.contains(&bare) {
            trade = true;
            break;
        }
        if !listed(&bare) || bare.len() + 1 < word.len() || word.ends_with(['.', ';', ':']) {
            break;
        }
    }
    let before: Vec<&str> = text[..start].split_whitespace().rev().take(8).collect();
    let head = before.iter().position(|w| !listed(w) || *w == "for");
    trade && head.is_some_and(|i| before[i] == "for")
}

#[cfg(test)]
mod tests {
    use super::categories;
    use crate::draft::{Known, Record};

    fn slugs(text: &str) -> Vec<String> {
        let wine = Record { slug: "wine".into(), names: vec!["wine".into()] };
        let apparel = Record { slug: "apparel".into(), names: vec!["apparel".into()] };
        let known = Known { categories: vec![wine, apparel], ..Known::default() };
        categories(text, &known).into_iter().map(|c| c.value).collect()
    }

    #[test]
    fn the_goods_of_a_suppliers_clients_are_no_category() {
        let text = "It produces labels for the wine, spirits, champagne and food industries.";
        assert!(slugs(text).is_empty());
        assert!(slugs("printing labels for the wine industry").is_empty());
        // The goods a company makes, or a country's trade it enhances, are.
        assert_eq!(slugs("Alibaba will focus on clothes, wine and fruits."), ["wine"]);
        assert_eq!(slugs("to enhance the country's textile and apparel industries"), ["apparel"]);
    }
}
