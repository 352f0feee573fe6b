//! What a figure counts when it is no amount: a measure ("20 million square feet") or goods a
//! plant makes or sells ("1 million cars a year", "6 million smart air-conditioners").

/// Words after a number that make it a measure, not an amount of money or jobs.
pub(super) const MEASURES: &[&str] = &[
    "square", "acre", "feet", "foot", "mile", "kilomet", "meter", "metre", "metric", "ton",
    "barrel", "gallon", "watt", "kilowatt", "megawatt", "gigawatt", "m2", "m²", "km2", "km²",
    "sqm", "hectare", "bushel", "litre", "liter", "kilogram", "kg", "sq.",
];

/// Words after a figure with no currency that count goods a plant makes or sells: a capacity
/// or an output, not an amount ("1 million cars a year", "2 billion chips").
const GOODS: &[&str] = &[
    "cars",
    "vehicles",
    "units",
    "chips",
    "wafers",
    "batteries",
    "panels",
    "phones",
    "smartphones",
    "devices",
    "modules",
    "cells",
    "tonnes",
    "doses",
    "vaccines",
    "homes",
    "engines",
    "trucks",
    "buses",
    "aircraft",
    "airplanes",
    "aeroplanes",
    "planes",
    "jets",
    "airliners",
    "helicopters",
    "ships",
    "vessels",
    "locomotives",
    "railcars",
    "tractors",
    "motorcycles",
    "scooters",
    "robots",
    "turbines",
    "servers",
    "passengers",
    "seats",
    "tires",
    "tyres",
    "projectiles",
    "air-conditioners",
    "conditioners",
    "appliances",
    "refrigerators",
    "televisions",
    "pieces",
    "pairs",
    "garments",
    "products",
    "cans",
    "bottles",
    // Electronics a plant assembles: "40 million electronic shelf labels", "44.75 million SMT
    // boards", "seven million computer screens".
    "screens",
    "displays",
    "monitors",
    "laptops",
    "computers",
    "labels",
    "boards",
    "components",
];

/// Whether one of the next three words after a figure, before any punctuation, counts goods.
pub(super) fn goods_follow(after: &str) -> bool {
    let words = after.split_whitespace().take(3);
    for word in words {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if GOODS.iter().any(|g| *g == bare || g.strip_suffix('s') == Some(&bare)) {
            return true;
        }
        if bare.len() != word.len() {
            return false;
        }
    }
    false
}
