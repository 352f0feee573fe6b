//! Product categories named by their names or aliases, whole words only (a plural's singular
//! too before a plant or a trade: "a garment factory"), unless they name the trades a supplier
//! serves rather than what the pledge is about.

use super::{Candidate, Haystack, Kind, Known, whole_words};

/// Product categories named by their names or aliases, whole words only.
pub(super) fn categories(text: &str, known: &Known) -> Vec<Candidate> {
    let hay = Haystack::new(text);
    let mut out = Vec::new();
    for record in &known.categories {
        // "a garment factory": a plural name's singular before a word of making or trade.
        let singulars = record.names.iter().filter_map(|name| {
            let one = name.strip_suffix('s').filter(|one| !one.ends_with(['s', 'e']))?;
            (!record.names.iter().any(|n| n == one)).then_some(one)
        });
        // "for textile, garment, and solar power factories": the trade word may end a list.
        let before_trade = |&(_, end): &(usize, usize)| {
            let after = &text[end..];
            let next = after.trim_start().split([' ', ',', '.']).next().unwrap_or("");
            let listed = after.strip_prefix(',').is_some_and(|rest| {
                let clause = rest.split(['.', ';', '\n']).next().unwrap_or("");
                let words: Vec<&str> =
                    clause.split([' ', ',']).filter(|w| !w.is_empty()).take(5).collect();
                let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
                let at = words.iter().position(|w| TRADE_WORDS.contains(w));
                at.is_some_and(|at| words[..at].iter().all(lower))
            });
            TRADE_WORDS.contains(&next.to_lowercase().as_str()) || listed
        };
        let named = record.names.iter().flat_map(|name| whole_words(&hay, name, true));
        let made = singulars.flat_map(|one| whole_words(&hay, one, true)).filter(before_trade);
        for (start, end) in named.chain(made) {
            if for_clients(text, start, end) || figurative(text, start, end) {
                continue;
            }
            let why = format!("`{}` names the category `{}`", &text[start..end], record.slug);
            let value = record.slug.clone();
            out.push(Candidate { kind: Kind::Category, start, end, value, known: true, why });
        }
    }
    out
}

/// Whether the goods named from `start` to `end` are a figure of speech: "the fruit of our
/// labour", "the talks bore fruit", "the Act bears new fruit".
fn figurative(text: &str, start: usize, end: usize) -> bool {
    let said = text[start..end].to_lowercase();
    if said != "fruit" && said != "fruits" {
        return false;
    }
    let before = text[..start].to_lowercase();
    // "bears new fruit": a word that qualifies the fruit sits between.
    let qualified = ["new ", "more ", "early ", "first ", "rich ", "its ", "their "]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(&before);
    (before.ends_with("the ") && text[end..].starts_with(" of "))
        || ["bear ", "bears ", "bore ", "borne ", "bearing "].iter().any(|w| qualified.ends_with(w))
}

/// The words after a singular of goods that make it the goods a plant or a trade makes.
const TRADE_WORDS: [&str; 13] = [
    "factory",
    "factories",
    "plant",
    "plants",
    "industry",
    "sector",
    "maker",
    "makers",
    "manufacturer",
    "manufacturers",
    "manufacturing",
    "exports",
    "production",
];

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

    #[test]
    fn a_plural_names_singular_before_a_plant_or_a_trade_names_its_category() {
        let garments = Record { slug: "apparel".into(), names: vec!["garments".into()] };
        let known = Known { categories: vec![garments], ..Known::default() };
        let slugs = |text: &str| -> Vec<String> {
            categories(text, &known).into_iter().map(|c| c.value).collect()
        };
        assert_eq!(slugs("Hop Lun began building a garment factory in Vinh Phuc."), ["apparel"]);
        assert!(slugs("The garment was on display.").is_empty());
        // The trade word may end a list of goods.
        let text =
            "They will invest in warehouses for textile, garment, and solar power factories.";
        assert_eq!(slugs(text), ["apparel"]);
        assert!(slugs("The garment, Shein says, sold factories of it.").is_empty());
    }

    #[test]
    fn fruit_as_a_figure_of_speech_is_no_category() {
        let text = "It is \"the fruit of our efforts\", the talks bore fruit and the Act bears new \
             fruit. Fruit exports grow.";
        let fruit = Record { slug: "fruit".into(), names: vec!["fruit".into()] };
        let known = Known { categories: vec![fruit], ..Known::default() };
        let found: Vec<String> = categories(text, &known).into_iter().map(|c| c.value).collect();
        assert_eq!(found, ["fruit"]);
    }

    #[test]
    fn a_category_inside_a_companys_name_is_none() {
        let apparel = Record { slug: "apparel".into(), names: vec!["apparel".into()] };
        let known = Known { categories: vec![apparel], ..Known::default() };
        let text = "Brandix Apparel, which has units in Nellore, is rethinking its decision.";
        let draft = crate::draft::extract(text, &known, None);
        let named = draft.candidates.iter().any(|c| c.kind == crate::draft::Kind::Category);
        assert!(!named, "{:?}", draft.candidates);
    }
}
