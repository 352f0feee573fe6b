//! What a pledge target counts and how much: metrics, currencies, amounts and ranges, and how
//! they read in a table (`USD 50,000,000,000 investment`, `20,000–25,000 jobs`).

use std::fmt;

use super::{Metric, PartialDate, Qualifier};

/// The ISO 4217 currency codes with their names, one `CODE<TAB>name` a line, sorted by code:
/// the `iso_4217.json` list of Debian's iso-codes project (version 4.15.0,
/// https://salsa.debian.org/iso-codes-team/iso-codes), which follows the ISO 4217 maintenance
/// agency's list.
const CURRENCIES: &str = include_str!("iso4217.txt");

/// Whether `code` is an ISO 4217 currency code (`USD`, `JPY`, `TWD`).
pub fn is_currency(code: &str) -> bool {
    code.len() == 3 && CURRENCIES.lines().any(|line| line.split('\t').next() == Some(code))
}

impl Metric {
    /// Whether the metric counts money, so that its amounts need a currency.
    pub fn is_money(self) -> bool {
        matches!(self, Metric::Investment | Metric::Exports | Metric::Purchases | Metric::Revenue)
    }

    /// What an amount of it is called in a sentence: `jobs`, `people trained`.
    fn noun(self) -> &'static str {
        match self {
            Metric::PeopleTrained => "people trained",
            other => other.as_str(),
        }
    }
}

/// `n` with a comma between each group of three digits: `50,000,000,000`.
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A quantity as a source gives it: an amount, a range (minimum to maximum), or both, maybe
/// qualified ("more than"), in a unit (a currency, or none for a count).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Quantity {
    pub amount: Option<i64>,
    /// An ISO 4217 code for money; empty for a count.
    pub unit: String,
    pub qualifier: Option<Qualifier>,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
}

impl Quantity {
    /// What the quantity counts towards a percentage: its amount, else the bottom of its range.
    pub fn base(&self) -> Option<i64> {
        self.amount.or(self.minimum)
    }

    /// The value a claim gives for it: the amount, or `MINIMUM-MAXIMUM` for a bare range.
    pub fn claim_value(&self) -> String {
        match (self.amount, self.minimum, self.maximum) {
            (Some(amount), _, _) => amount.to_string(),
            (None, Some(min), Some(max)) => format!("{min}-{max}"),
            _ => String::new(),
        }
    }

    /// Why the quantity cannot be, by column, or `None`: a range needs both ends in order, and
    /// an amount with a range lies inside it.
    pub fn problem(&self) -> Option<(&'static str, String)> {
        match (self.minimum, self.maximum) {
            (Some(_), None) => return Some(("maximum", "is empty but minimum is set".into())),
            (None, Some(_)) => return Some(("minimum", "is empty but maximum is set".into())),
            (Some(min), Some(max)) if min > max => {
                return Some((
                    "minimum",
                    format!("{min} is more than the maximum {max}; swap them"),
                ));
            }
            _ => {}
        }
        match (self.amount, self.minimum, self.maximum) {
            (None, None, _) => Some(("amount", "is empty; give an amount or a range".into())),
            (Some(amount), Some(min), Some(max)) if amount < min || amount > max => Some((
                "amount",
                format!("{amount} is outside the range {min}-{max}; leave it empty or fix it"),
            )),
            _ => None,
        }
    }

    /// The quantity for people: `more than 1,000,000`, `USD 50,000,000,000`, `20,000–25,000`.
    pub fn human(&self) -> String {
        let mut out = String::new();
        if let Some(qualifier) = self.qualifier {
            out += &qualifier.as_str().replace('_', " ");
            out.push(' ');
        }
        if !self.unit.is_empty() {
            out += &self.unit;
            out.push(' ');
        }
        match (self.amount, self.minimum, self.maximum) {
            (Some(amount), _, _) => out += &thousands(amount),
            (None, Some(min), Some(max)) => {
                out += &format!("{}–{}", thousands(min), thousands(max));
            }
            _ => {}
        }
        out
    }

    /// The quantity as stored, for CSV cells: `more_than 1000000`, `50000000000 USD`,
    /// `20000-25000`.
    fn exact(&self) -> String {
        let mut out = String::new();
        if let Some(qualifier) = self.qualifier {
            out += qualifier.as_str();
            out.push(' ');
        }
        match (self.amount, self.minimum, self.maximum) {
            (Some(amount), Some(min), Some(max)) => out += &format!("{amount} ({min}-{max})"),
            (Some(amount), _, _) => out += &amount.to_string(),
            (None, Some(min), Some(max)) => out += &format!("{min}-{max}"),
            _ => {}
        }
        if !self.unit.is_empty() {
            out.push(' ');
            out += &self.unit;
        }
        out
    }
}

/// By when a target is due, or for how long it is to be kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Horizon {
    /// Due by this date (met by its last day).
    pub by: Option<PartialDate>,
    /// Due within this many years of the pledge.
    pub over_years: Option<i64>,
    /// To be kept for this many years.
    pub for_years: Option<i64>,
}

impl Horizon {
    /// ` by 2020`, ` over 2 years`, ` for 10 years`, or nothing.
    fn words(&self) -> String {
        let years = |n: i64| if n == 1 { "1 year".to_owned() } else { format!("{n} years") };
        let mut out = String::new();
        if let Some(by) = self.by {
            out += &format!(" by {by}");
        }
        if let Some(n) = self.over_years {
            out += &format!(" over {}", years(n));
        }
        if let Some(n) = self.for_years {
            out += &format!(" for {}", years(n));
        }
        out
    }
}

/// A pledge's quantified target as stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Target {
    pub metric: Metric,
    /// Tells apart targets of one metric (`direct`, `supporting`); empty for none.
    pub label: String,
    #[serde(flatten)]
    pub quantity: Quantity,
    #[serde(flatten)]
    pub horizon: Horizon,
}

impl Target {
    /// The field a claim backing it names: the metric, or `METRIC_LABEL` (`jobs_direct`).
    pub fn claim_field(&self) -> String {
        claim_field(self.metric, &self.label)
    }

    /// The field claims made before metrics had currencies give a USD target without a label
    /// (`usd_investment`), which still backs it.
    pub fn legacy_claim_field(&self) -> Option<String> {
        (self.metric.is_money() && self.quantity.unit == "USD" && self.label.is_empty())
            .then(|| format!("usd_{}", self.metric))
    }

    /// What it counts, for people: `jobs`, `direct jobs`, `investment`.
    pub fn what(&self) -> String {
        if self.label.is_empty() {
            self.metric.noun().to_owned()
        } else {
            format!("{} {}", self.label, self.metric.noun())
        }
    }

    /// The target for people: `more than 1,000,000 jobs`, `USD 50,000,000,000 investment by
    /// 2020`, `20,000–25,000 jobs`.
    pub fn human(&self) -> String {
        format!("{} {}{}", self.quantity.human(), self.what(), self.horizon.words())
    }
}

/// The field a claim about the target of `metric` and `label` names.
pub fn claim_field(metric: Metric, label: &str) -> String {
    if label.is_empty() { metric.to_string() } else { format!("{metric}_{label}") }
}

impl fmt::Display for Target {
    /// Exact, for CSV cells: `jobs more_than 1000000`, `jobs_direct 3000`,
    /// `investment 50000000000 USD by 2020`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}{}", self.claim_field(), self.quantity.exact(), self.horizon.words())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(amount: Option<i64>, range: Option<(i64, i64)>) -> Quantity {
        Quantity {
            amount,
            unit: String::new(),
            qualifier: None,
            minimum: range.map(|r| r.0),
            maximum: range.map(|r| r.1),
        }
    }

    #[test]
    fn thousands_are_grouped_by_commas() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(50_000_000_000), "50,000,000,000");
        assert_eq!(thousands(-1_069), "-1,069");
    }

    #[test]
    fn currencies_are_the_iso_4217_codes() {
        for code in ["USD", "JPY", "TWD", "EUR"] {
            assert!(is_currency(code), "{code}");
        }
        for code in ["usd", "US", "USDX", "XYZ", ""] {
            assert!(!is_currency(code), "{code}");
        }
    }

    #[test]
    fn targets_read_for_people_and_exactly() {
        let jobs = Target {
            metric: Metric::Jobs,
            label: String::new(),
            quantity: Quantity {
                qualifier: Some(Qualifier::MoreThan),
                ..count(Some(1_000_000), None)
            },
            horizon: Horizon::default(),
        };
        assert_eq!(jobs.human(), "more than 1,000,000 jobs");
        assert_eq!(jobs.to_string(), "jobs more_than 1000000");
        let range = Target { quantity: count(None, Some((20_000, 25_000))), ..jobs.clone() };
        assert_eq!(range.human(), "20,000–25,000 jobs");
        assert_eq!(range.to_string(), "jobs 20000-25000");
        let money = Target {
            metric: Metric::Investment,
            label: String::new(),
            quantity: Quantity { unit: "USD".into(), ..count(Some(50_000_000_000), None) },
            horizon: Horizon { by: PartialDate::parse("2020"), ..Horizon::default() },
        };
        assert_eq!(money.human(), "USD 50,000,000,000 investment by 2020");
        assert_eq!(money.to_string(), "investment 50000000000 USD by 2020");
        assert_eq!(money.legacy_claim_field().as_deref(), Some("usd_investment"));
        let direct = Target { label: "direct".into(), ..jobs };
        assert_eq!(direct.human(), "more than 1,000,000 direct jobs");
        assert_eq!(direct.claim_field(), "jobs_direct");
        assert_eq!(direct.legacy_claim_field(), None);
    }

    #[test]
    fn a_range_has_both_ends_in_order_around_its_amount() {
        assert_eq!(count(Some(5), None).problem(), None);
        assert_eq!(count(None, Some((1, 2))).problem(), None);
        assert_eq!(count(Some(2), Some((1, 3))).problem(), None);
        assert_eq!(count(None, Some((3, 2))).problem().unwrap().0, "minimum");
        assert_eq!(count(Some(4), Some((1, 3))).problem().unwrap().0, "amount");
        assert_eq!(count(None, None).problem().unwrap().0, "amount");
    }
}
