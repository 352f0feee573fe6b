//! Currencies: the ISO 4217 code a symbol, code, word or nationality beside a figure names
//! (`€`, `CA$`, `BRL`, `zloty`, "Hong Kong dollars"). It reads what the amount's pattern has
//! already matched and searches no text itself.

use super::CODES;

/// The ISO code of a country's dollar, by the adjective or name written beside it.
pub(super) fn dollar_of(nationality: &str) -> Option<&'static str> {
    Some(match nationality.to_lowercase().as_str() {
        "canadian" => "CAD",
        "australian" => "AUD",
        "new zealand" => "NZD",
        "hong kong" => "HKD",
        "singapore" => "SGD",
        "taiwan" | "new taiwan" => "TWD",
        _ => return None,
    })
}

/// The currency of dollars, pesos, dinars or shillings (`code`, the one they are read as alone)
/// that a country named before them makes them: "Hong Kong dollars", "Kuwaiti dinars".
pub(super) fn whose(described: &str, code: &'static str) -> &'static str {
    const NATIONAL: &[(&str, &str, &str)] = &[
        ("canadian", "USD", "CAD"),
        ("australian", "USD", "AUD"),
        ("new zealand", "USD", "NZD"),
        ("hong kong", "USD", "HKD"),
        ("singapore", "USD", "SGD"),
        ("taiwan", "USD", "TWD"),
        ("argentine", "MXN", "ARS"),
        ("argentinian", "MXN", "ARS"),
        ("philippine", "MXN", "PHP"),
        ("chilean", "MXN", "CLP"),
        ("colombian", "MXN", "COP"),
        ("kuwaiti", "RSD", "KWD"),
        ("jordanian", "RSD", "JOD"),
        ("algerian", "RSD", "DZD"),
        ("tunisian", "RSD", "TND"),
        ("iraqi", "RSD", "IQD"),
        ("bahraini", "RSD", "BHD"),
        ("libyan", "RSD", "LYD"),
        ("tanzanian", "KES", "TZS"),
        ("ugandan", "KES", "UGX"),
    ];
    let described = described.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    NATIONAL
        .iter()
        .find(|(name, alone, _)| *alone == code && described.ends_with(name))
        .map_or(code, |(_, _, currency)| currency)
}

/// The ISO 4217 code a symbol or code before a figure names.
pub(super) fn currency(symbol: &str) -> &'static str {
    let symbol: String = symbol.chars().filter(|c| !c.is_whitespace()).collect();
    match symbol.trim_end_matches('.') {
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" | "Rs" => "INR",
        "SR" => "SAR",
        "Rp" => "IDR",
        "RM" => "MYR",
        "QR" => "QAR",
        "Dhs" | "Dh" => "AED",
        "KSh" | "Ksh" | "Sh" => "KES",
        "₩" => "KRW",
        "₱" => "PHP",
        "₺" => "TRY",
        "₽" => "RUB",
        "₫" => "VND",
        "₦" => "NGN",
        "₪" => "ILS",
        "RMB" => "CNY",
        "NT$" => "TWD",
        "C$" | "CA$" | "CAD$" => "CAD",
        "A$" | "AU$" | "Aus$" | "AUD$" => "AUD",
        "NZ$" => "NZD",
        "HK$" => "HKD",
        "S$" | "SG$" => "SGD",
        "R$" => "BRL",
        "MX$" => "MXN",
        code => code_of(code).unwrap_or("USD"),
    }
}

/// A code of [`CODES`] as a static string, whatever its case.
fn code_of(code: &str) -> Option<&'static str> {
    CODES.split('|').find(|c| c.eq_ignore_ascii_case(code))
}

/// The ISO 4217 code a currency word or code after a figure names; none for other units.
pub(super) fn currency_word(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "dollars" | "dollar" => "USD",
        "euros" => "EUR",
        "yuan" | "renminbi" | "rmb" => "CNY",
        "yen" => "JPY",
        "won" => "KRW",
        "pesos" => "MXN",
        "rupees" => "INR",
        "pounds" => "GBP",
        "zloty" | "zlotys" | "złoty" | "złotych" => "PLN",
        "reais" => "BRL",
        "rand" => "ZAR",
        "ringgit" => "MYR",
        "baht" => "THB",
        "kronor" => "SEK",
        "francs" => "CHF",
        "rubles" | "roubles" => "RUB",
        "rupiah" | "rupiahs" => "IDR",
        "dirhams" => "AED",
        "riyals" | "riyal" => "SAR",
        "forint" => "HUF",
        "lira" | "liras" => "TRY",
        "shekels" => "ILS",
        "naira" => "NGN",
        "dinars" | "dinar" => "RSD",
        "shillings" => "KES",
        code => return code_of(code).map(|c| if c == "RMB" { "CNY" } else { c }),
    })
}
