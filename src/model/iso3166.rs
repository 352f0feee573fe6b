//! Government codes: ISO 3166-1 alpha-2 countries (`US`) and ISO 3166-2 subdivisions (`US-IN`),
//! checked against the lists embedded from `iso3166.txt` (whose header says where they come
//! from). Nothing here reads a file at run time.

use std::fmt;

/// The embedded lists: one country a line, `CODE<TAB>NAME<TAB>SUBDIVISIONS`.
const LISTS: &str = include_str!("iso3166.txt");

/// How many close codes a refusal suggests.
const SUGGESTIONS: usize = 3;

/// A code that is not in the ISO lists, with the closest codes that are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCode {
    /// The code as given.
    pub code: String,
    /// Valid codes close to it, closest first.
    pub closest: Vec<String>,
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not an ISO 3166 country code (such as US) or subdivision code (such as US-IN)",
            self.code
        )?;
        if !self.closest.is_empty() {
            write!(f, "; closest: {}", self.closest.join(", "))?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownCode {}

/// The countries of the lists: (code, name, subdivision codes after the hyphen).
fn countries() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    LISTS.lines().filter(|line| !line.starts_with('#')).filter_map(|line| {
        let mut fields = line.split('\t');
        Some((fields.next()?, fields.next()?, fields.next().unwrap_or("")))
    })
}

/// Checks that `code` is an ISO 3166-1 alpha-2 country code or an ISO 3166-2 subdivision code,
/// exactly as the lists write it (upper case). An unknown code comes back with the closest
/// valid ones: the same country's subdivisions for a subdivision, the countries otherwise.
pub fn check_government(code: &str) -> Result<(), UnknownCode> {
    let (country, subdivision) = match code.split_once('-') {
        Some((country, sub)) => (country, Some(sub)),
        None => (code, None),
    };
    let found = countries().find(|(c, _, _)| *c == country);
    let candidates: Vec<String> = match (found, subdivision) {
        (Some(_), None) => return Ok(()),
        (Some((_, _, subs)), Some(sub)) => {
            if subs.split(' ').any(|s| s == sub) {
                return Ok(());
            }
            subs.split(' ').filter(|s| !s.is_empty()).map(|s| format!("{country}-{s}")).collect()
        }
        (None, _) => countries().map(|(c, _, _)| c.to_owned()).collect(),
    };
    let wanted = match subdivision {
        Some(_) if found.is_some() => code.to_owned(),
        _ => country.to_owned(),
    };
    let mut ranked: Vec<(usize, String)> = candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(&c.to_ascii_uppercase(), &wanted.to_ascii_uppercase()), c))
        .collect();
    ranked.sort();
    let closest = ranked.into_iter().take(SUGGESTIONS).map(|(_, c)| c).collect();
    Err(UnknownCode { code: code.to_owned(), closest })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_and_subdivisions_are_known() {
        assert_eq!(check_government("US"), Ok(()));
        assert_eq!(check_government("US-IN"), Ok(()));
        assert_eq!(check_government("JP"), Ok(()));
        assert_eq!(check_government("TW"), Ok(()));
    }

    #[test]
    fn an_unknown_subdivision_suggests_the_same_countrys_closest() {
        let err = check_government("US-IX").unwrap_err();
        assert_eq!(err.closest.len(), SUGGESTIONS);
        assert!(err.closest.iter().all(|c| c.starts_with("US-I")), "{err}");
    }

    #[test]
    fn an_unknown_country_suggests_countries_and_lower_case_is_refused() {
        let err = check_government("us").unwrap_err();
        assert!(err.closest.contains(&"US".to_owned()), "{err}");
        assert!(check_government("XX-IN").is_err());
        assert!(check_government("").is_err());
    }

    #[test]
    fn every_line_of_the_lists_has_a_code_and_a_name() {
        let all: Vec<_> = countries().collect();
        assert_eq!(all.len(), 249);
        assert!(all.iter().all(|(code, name, _)| code.len() == 2 && !name.is_empty()));
    }
}
