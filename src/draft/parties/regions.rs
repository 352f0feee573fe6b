//! Regions named by their kind ("Gyeonggi Province", "Kurdistan Region", "Aichi
//! Prefecture"), proposed as governments where the lists of [`super::SUBDIVISIONS`] do not
//! hold them; the reader adds the ISO 3166-2 code.

use std::sync::LazyLock;

use regex::Regex;

use super::{Candidate, Kind, overlaps};

static REGION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?P<name>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?) (?:Province|Prefecture|Region|Governorate|Oblast)\b",
    )
    .expect("a valid pattern")
});

/// Words that make a region a direction or a part of the world, not a government: "the
/// Eastern Region" of a company, "the Asia Pacific Region".
const NOT_REGIONS: &[&str] = &[
    "The",
    "This",
    "That",
    "Each",
    "Every",
    "Our",
    "Its",
    "Their",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
    "Central",
    "North",
    "South",
    "East",
    "West",
    "Capital",
    "Greater",
    "Asia",
    "Pacific",
    "Europe",
    "European",
    "Africa",
    "African",
    "America",
    "American",
    "Middle",
    "Latin",
    "Nordic",
    "Arctic",
    "Atlantic",
    "Gulf",
    "Bay",
    "Sales",
    "Special",
    "Autonomous",
    "Administrative",
    "Economic",
    "Development",
    "Industrial",
];

/// Every region named by its kind that no earlier match has taken.
pub(super) fn regions(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    for caps in REGION.captures_iter(text) {
        let (whole, name) = (caps.get(0).expect("a whole span"), &caps["name"]);
        let (start, end) = (whole.start(), whole.end());
        if overlaps(taken, start, end) || name.split([' ', '-']).any(|w| NOT_REGIONS.contains(&w)) {
            continue;
        }
        taken.push((start, end));
        let value = whole.as_str().to_owned();
        let why = format!(
            "`{value}` names a region by its kind; a new government, with its ISO 3166-2 code to add"
        );
        out.push(Candidate { kind: Kind::Government, start, end, value, known: false, why });
    }
}
