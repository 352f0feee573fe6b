//! Currencies: the ISO 4217 code a symbol, code, word or nationality beside a figure names
//! (`€`, `CA$`, `BRL`, `zloty`, "Hong Kong dollars"). It reads what the amount's pattern has
//! already matched and searches no text itself.

use super::{CODES, WORD_CODES};

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

/// The currency of dollars, pesos, rupees, pounds or francs (`code`, the one they are read as
/// alone) that a country named before them makes them: "Hong Kong dollars", "Kuwaiti dinars",
/// "Egyptian pounds", "Danish kroner".
pub(super) fn whose(described: &str, code: &'static str) -> &'static str {
    const NATIONAL: &[(&str, &str, &str)] = &[
        ("canadian", "USD", "CAD"),
        ("australian", "USD", "AUD"),
        ("new zealand", "USD", "NZD"),
        ("hong kong", "USD", "HKD"),
        ("singapore", "USD", "SGD"),
        ("taiwan", "USD", "TWD"),
        ("jamaican", "USD", "JMD"),
        ("namibian", "USD", "NAD"),
        ("fijian", "USD", "FJD"),
        ("brunei", "USD", "BND"),
        ("liberian", "USD", "LRD"),
        ("bahamian", "USD", "BSD"),
        ("trinidad and tobago", "USD", "TTD"),
        ("east caribbean", "USD", "XCD"),
        ("guyanese", "USD", "GYD"),
        ("argentine", "MXN", "ARS"),
        ("argentinian", "MXN", "ARS"),
        ("philippine", "MXN", "PHP"),
        ("chilean", "MXN", "CLP"),
        ("colombian", "MXN", "COP"),
        ("dominican", "MXN", "DOP"),
        ("uruguayan", "MXN", "UYU"),
        ("kuwaiti", "RSD", "KWD"),
        ("jordanian", "RSD", "JOD"),
        ("algerian", "RSD", "DZD"),
        ("tunisian", "RSD", "TND"),
        ("iraqi", "RSD", "IQD"),
        ("bahraini", "RSD", "BHD"),
        ("libyan", "RSD", "LYD"),
        ("tanzanian", "KES", "TZS"),
        ("ugandan", "KES", "UGX"),
        ("pakistani", "INR", "PKR"),
        ("sri lankan", "INR", "LKR"),
        ("nepalese", "INR", "NPR"),
        ("nepali", "INR", "NPR"),
        ("mauritian", "INR", "MUR"),
        ("egyptian", "GBP", "EGP"),
        ("lebanese", "GBP", "LBP"),
        ("sudanese", "GBP", "SDG"),
        ("syrian", "GBP", "SYP"),
        ("cfa", "CHF", "XOF"),
        ("west african", "CHF", "XOF"),
        ("central african", "CHF", "XAF"),
        ("congolese", "CHF", "CDF"),
        ("rwandan", "CHF", "RWF"),
        ("guinean", "CHF", "GNF"),
        ("moroccan", "AED", "MAD"),
        ("qatari", "SAR", "QAR"),
        ("omani", "IRR", "OMR"),
        ("yemeni", "IRR", "YER"),
        ("danish", "NOK", "DKK"),
        ("icelandic", "SEK", "ISK"),
        ("uzbek", "KGS", "UZS"),
        ("moldovan", "RON", "MDL"),
    ];
    let described = described.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    NATIONAL
        .iter()
        .find(|(name, alone, _)| *alone == code && described.ends_with(name))
        .map_or(code, |(_, _, currency)| currency)
}

/// Every currency's English name after a figure, singular and plural, with the ISO 4217 code
/// it is read as alone ("363 billion rands", "40 billion forints", "2 million kroner"). Names
/// that are also common English words (`real`, `sol`, `soles`, `mark`, `pound` alone) or names
/// (`krone`) are left out.
const NAMES: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds sterling", "GBP"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rmb", "CNY"),
    ("yen", "JPY"),
    ("won", "KRW"),
    ("pesos", "MXN"),
    ("peso", "MXN"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("zloty", "PLN"),
    ("zlotys", "PLN"),
    ("złoty", "PLN"),
    ("złotych", "PLN"),
    ("reais", "BRL"),
    ("rands", "ZAR"),
    ("rand", "ZAR"),
    ("ringgit", "MYR"),
    ("ringgits", "MYR"),
    ("baht", "THB"),
    ("kronor", "SEK"),
    ("krona", "SEK"),
    ("kronur", "ISK"),
    ("kroner", "NOK"),
    ("korunas", "CZK"),
    ("koruna", "CZK"),
    ("koruny", "CZK"),
    ("francs", "CHF"),
    ("franc", "CHF"),
    ("rubles", "RUB"),
    ("ruble", "RUB"),
    ("roubles", "RUB"),
    ("rouble", "RUB"),
    ("rupiahs", "IDR"),
    ("rupiah", "IDR"),
    ("dirhams", "AED"),
    ("dirham", "AED"),
    // The dirham's short form after a figure: "60 million Dhs".
    ("dhs", "AED"),
    ("crowns", "NOK"),
    ("crown", "NOK"),
    ("riyals", "SAR"),
    ("riyal", "SAR"),
    ("rials", "IRR"),
    ("rial", "IRR"),
    ("forints", "HUF"),
    ("forint", "HUF"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("lire", "TRY"),
    ("shekels", "ILS"),
    ("shekel", "ILS"),
    ("naira", "NGN"),
    ("nairas", "NGN"),
    ("cedis", "GHS"),
    ("cedi", "GHS"),
    ("dinars", "RSD"),
    ("dinar", "RSD"),
    ("shillings", "KES"),
    ("shilling", "KES"),
    ("lei", "RON"),
    ("leu", "RON"),
    ("leva", "BGN"),
    ("lev", "BGN"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("hryvnas", "UAH"),
    ("hryvna", "UAH"),
    ("tenge", "KZT"),
    ("dong", "VND"),
    ("kip", "LAK"),
    ("kyat", "MMK"),
    ("kyats", "MMK"),
    ("riel", "KHR"),
    ("riels", "KHR"),
    ("taka", "BDT"),
    ("som", "KGS"),
    // Uzbekistan's som, in its English plural: "82 billion sums".
    ("sums", "UZS"),
    ("soums", "UZS"),
    ("manat", "AZN"),
    ("manats", "AZN"),
    ("lari", "GEL"),
    ("birr", "ETB"),
    ("kwacha", "ZMW"),
    ("kwanza", "AOA"),
    ("kwanzas", "AOA"),
    ("meticais", "MZN"),
    ("metical", "MZN"),
    ("pula", "BWP"),
    ("ariary", "MGA"),
    ("ouguiya", "MRU"),
    ("dalasi", "GMD"),
    ("leones", "SLE"),
    ("leone", "SLE"),
    ("colones", "CRC"),
    ("colón", "CRC"),
    ("córdobas", "NIO"),
    ("cordobas", "NIO"),
    ("quetzales", "GTQ"),
    ("quetzals", "GTQ"),
    ("lempiras", "HNL"),
    ("balboas", "PAB"),
    ("bolivares", "VES"),
    ("bolívares", "VES"),
    ("guaranies", "PYG"),
    ("guaraníes", "PYG"),
    ("bolivianos", "BOB"),
    ("tugriks", "MNT"),
    ("tugrik", "MNT"),
    ("afghanis", "AFN"),
    ("ngultrum", "BTN"),
    ("rufiyaa", "MVR"),
    ("kina", "PGK"),
    ("gourdes", "HTG"),
    ("somoni", "TJS"),
];

/// Names of [`NAMES`] that are also ordinary words ("won", "lei", "kip"): read as money only
/// with a scale word or a separated figure ("5 trillion won", "250,000 won").
pub(super) fn also_a_word(unit: &str) -> bool {
    const WORDS: &[&str] = &[
        "won", "lei", "leu", "lev", "som", "kip", "dong", "kina", "pula", "lari", "crown",
        "crowns", "sums",
    ];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(unit.trim()))
}

/// The currency names of [`NAMES`] as alternatives of a pattern, longest first.
pub(super) fn names_pattern() -> String {
    let mut names: Vec<&str> = NAMES.iter().map(|(name, _)| *name).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.dedup();
    names.join("|")
}

/// The ISO 4217 code a symbol or code before a figure names.
pub(super) fn currency(symbol: &str) -> &'static str {
    let symbol: String = symbol.chars().filter(|c| !c.is_whitespace()).collect();
    match symbol.trim_end_matches('.') {
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" | "Rs" => "INR",
        "NRs" => "NPR",
        "SR" => "SAR",
        "Rp" => "IDR",
        "RM" => "MYR",
        "QR" => "QAR",
        "RO" => "OMR",
        "Dhs" | "Dh" => "AED",
        "JD" => "JOD",
        "KD" => "KWD",
        "BD" => "BHD",
        "FCFA" | "CFAF" | "CFA" => "XOF",
        "KSh" | "Ksh" | "Sh" => "KES",
        "Rwf" | "Frw" => "RWF",
        "Kč" | "Kc" => "CZK",
        "₩" => "KRW",
        "₱" => "PHP",
        "₺" | "TL" => "TRY",
        "₽" => "RUB",
        "₫" => "VND",
        "₦" => "NGN",
        "₪" | "NIS" => "ILS",
        "SKr" | "Skr" => "SEK",
        "NKr" | "Nkr" => "NOK",
        "DKr" | "Dkr" => "DKK",
        "฿" => "THB",
        "₴" => "UAH",
        "₵" => "GHS",
        "₸" => "KZT",
        "₨" => "PKR",
        "৳" | "Tk" => "BDT",
        "VNĐ" => "VND",
        "K" => "PGK",
        "E" => "SZL",
        "M" => "LSL",
        "RMB" => "CNY",
        "NT$" => "TWD",
        "C$" | "CA$" | "CAD$" => "CAD",
        "A$" | "AU$" | "Aus$" | "AUD$" => "AUD",
        "NZ$" => "NZD",
        "HK$" => "HKD",
        "S$" | "SG$" => "SGD",
        "R$" => "BRL",
        "R" => "ZAR",
        "P" => "PHP",
        "N" => "NGN",
        "MX$" => "MXN",
        "N$" => "NAD",
        "J$" => "JMD",
        "TT$" => "TTD",
        "FJ$" => "FJD",
        "EC$" => "XCD",
        "Z$" => "ZWL",
        "RD$" => "DOP",
        // A currency's name before its figure ("Euro 70 million") is read as after it.
        code => code_of(code).or_else(|| currency_word(code)).unwrap_or("USD"),
    }
}

/// A code of [`CODES`] or [`WORD_CODES`] as a static string, whatever its case.
fn code_of(code: &str) -> Option<&'static str> {
    CODES.split('|').chain(WORD_CODES.split('|')).find(|c| c.eq_ignore_ascii_case(code))
}

/// The words that name the country (or a city of it) of a currency whose sign or code means other things
/// elsewhere: the naira's `N` ("N95"), the kina's `K` ("K12"), the dram's `AMD` (a chip maker),
/// the lari's `GEL` and the lira's `TRY` (words).
const COUNTRY_WORDS: &[(&str, &[&str])] = &[
    ("NGN", &["Nigeria", "Abuja", "Lagos", "Kaduna", "Kano"]),
    // The kina's sign `K` is also the kwacha's of Malawi and Zambia and the kyat's (see
    // [`SHARED`]).
    ("PGK", &["Papua New Guinea", "PNG", "Malawi", "Zambia", "Myanmar", "Burma"]),
    ("AMD", &["Armenia", "Armenian", "Yerevan"]),
    ("SZL", &["Eswatini", "Swaziland", "Mbabane", "Swazi"]),
    ("LSL", &["Lesotho", "Maseru", "Basotho"]),
    ("GEL", &["Tbilisi", "lari", "Georgian government", "Georgia's government"]),
    ("TRY", &["Turkey", "Türkiye", "Turkish", "Istanbul", "Ankara"]),
];

/// Whether `text` names the country of the currency `code`, for a sign or code of
/// [`COUNTRY_WORDS`]; any other currency needs no country named.
pub(super) fn names_country(text: &str, code: &str) -> bool {
    COUNTRY_WORDS
        .iter()
        .find(|(c, _)| *c == code)
        .is_none_or(|(_, words)| words.iter().any(|w| text.contains(w)))
}

/// Whether `word` is a currency's English name, in any case ("24 billion Reais"): no company
/// nor person.
pub(crate) fn named(word: &str) -> bool {
    let word = word.to_lowercase();
    NAMES.iter().any(|(name, _)| *name == word)
}

/// The ISO 4217 code a currency word or code after a figure names; none for other units.
pub(super) fn currency_word(unit: &str) -> Option<&'static str> {
    let unit = unit.to_lowercase();
    if let Some((_, code)) = NAMES.iter().find(|(name, _)| *name == unit) {
        return Some(code);
    }
    code_of(&unit).map(|c| if c == "RMB" { "CNY" } else { c })
}

/// A currency word some countries share, the code it is read as alone, the words that name
/// that code's country, and each other country's words with its own code.
type Shared = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [(&'static [&'static str], &'static str)],
);

/// The words that name the Emirates, whose dirham is read when no other country's is named.
const EMIRATES: &[&str] = &["UAE", "Emirates", "Emirati", "Dubai", "Abu Dhabi"];

/// The words that name Morocco, whose dirham is the other one.
const MOROCCO: &[(&[&str], &str)] =
    &[(&["Morocco", "Moroccan", "Marrakech", "Casablanca", "Rabat", "Tangier"], "MAD")];

/// The currency words several countries use, read by the country the text is about.
const SHARED: &[Shared] = &[
    ("dirham", "AED", EMIRATES, MOROCCO),
    // The dirham's short form after a figure: "60 million Dhs".
    ("dhs", "AED", EMIRATES, MOROCCO),
    // The crown is the English name of Scandinavia's and Czechia's currencies.
    (
        "crown",
        "NOK",
        &["Norway", "Norwegian", "Oslo"],
        &[
            (&["Sweden", "Swedish", "Stockholm"], "SEK"),
            (&["Denmark", "Danish", "Copenhagen"], "DKK"),
            (&["Czech", "Czechia", "Prague"], "CZK"),
            (&["Iceland", "Icelandic", "Reykjavik"], "ISK"),
        ],
    ),
    (
        "peso",
        "MXN",
        &["Mexico", "Mexican"],
        &[
            (&["Argentina", "Argentine", "Buenos Aires"], "ARS"),
            (&["Chile", "Chilean"], "CLP"),
            (&["Colombia", "Colombian", "Bogotá", "Bogota"], "COP"),
            (&["Philippines", "Filipino", "Manila"], "PHP"),
            (&["Dominican Republic"], "DOP"),
            (&["Uruguay"], "UYU"),
        ],
    ),
    (
        "shilling",
        "KES",
        &["Kenya", "Nairobi"],
        &[(&["Tanzania", "Dar es Salaam"], "TZS"), (&["Uganda", "Kampala"], "UGX")],
    ),
    (
        "rupee",
        "INR",
        &["India", "Delhi", "Mumbai"],
        &[
            (&["Pakistan"], "PKR"),
            (&["Sri Lanka", "Colombo"], "LKR"),
            (&["Nepal", "Kathmandu"], "NPR"),
            (&["Mauritius"], "MUR"),
        ],
    ),
    (
        "dinar",
        "RSD",
        &["Serbia", "Belgrade"],
        &[
            (&["Kuwait"], "KWD"),
            (&["Algeria"], "DZD"),
            (&["Tunisia"], "TND"),
            (&["Iraq"], "IQD"),
            (&["Bahrain"], "BHD"),
            (&["Libya"], "LYD"),
        ],
    ),
    // A `K` before a figure: the kina in a text about Papua New Guinea, the kwacha or the kyat
    // in one about their countries.
    (
        "k",
        "PGK",
        &["Papua New Guinea", "PNG"],
        &[(&["Malawi"], "MWK"), (&["Zambia"], "ZMW"), (&["Myanmar", "Burma"], "MMK")],
    ),
    (
        "pound",
        "GBP",
        &["Britain", "British", "UK", "U.K.", "England", "Scotland", "Wales", "London"],
        &[(&["Egypt"], "EGP"), (&["Lebanon", "Lebanese"], "LBP"), (&["Sudan"], "SDG")],
    ),
];

/// The value of an amount in a currency word several countries use ("191 million dirhams"),
/// read in the currency of the one such country the text names ("in Marrakech": Moroccan
/// dirhams). A text that names the word's own country, or two of the others, keeps the value.
pub(super) fn local(text: &str, span: &str, value: String) -> String {
    let span = span.to_lowercase();
    let names = |words: &[&str]| words.iter().any(|w| has_word(text, w));
    for (word, alone, home, others) in SHARED {
        let Some(figure) = value.strip_suffix(&format!(" {alone}")) else { continue };
        if !span.contains(word) || names(home) {
            continue;
        }
        let mut named = others.iter().filter(|(words, _)| names(words));
        if let (Some((_, code)), None) = (named.next(), named.next()) {
            return format!("{figure} {code}");
        }
    }
    value
}

/// Whether `text` names the country of the currency `code` by one of the words [`SHARED`]
/// reads it by ("Philippines", "Manila" for `PHP`).
pub(super) fn names_country_of(text: &str, code: &str) -> bool {
    SHARED
        .iter()
        .flat_map(|(_, alone, home, others)| {
            std::iter::once((*home, *alone)).chain(others.iter().copied())
        })
        .filter(|(_, c)| *c == code)
        .any(|(words, _)| words.iter().any(|w| has_word(text, w)))
}

/// Whether `text` holds `word` as a whole word, in its own case.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at].ends_with(char::is_alphanumeric)
            && !text[at + word.len()..].starts_with(char::is_alphanumeric)
    })
}
