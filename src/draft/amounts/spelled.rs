//! Whole numbers written in words: "one hundred and twenty", "two
//! thousand five hundred", "forty-five", "fifteen hundred".

/// The pattern of a number in words below a million with at least two parts, as the amount
/// pattern reads it (case-insensitive, each space any run of white space).
pub(super) fn pattern() -> String {
    let units = "one|two|three|four|five|six|seven|eight|nine";
    let teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    let below_100 = format!(r"(?:(?:{tens})(?:[\s-](?:{units}))?|{teens}|{units})\b");
    let compound = format!(r"(?:{tens})[\s-](?:{units})\b");
    let hundreds = format!(r"(?:{teens}|{units})[\s-]hundred(?: (?:and )?{below_100})?");
    let below_1000 = format!("(?:{hundreds}|{below_100})");
    format!(r"(?:{below_1000}[\s-]thousand(?:,? (?:and )?{below_1000})?\b|{hundreds}\b|{compound})")
}

/// A number of one word, which counts only what a unit names ("eight jobs"), tried after
/// "two dozen" and "five billion"; "one" is too often a pronoun.
pub(super) fn single() -> &'static str {
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|five|six|seven|eight|nine)\b"
}

/// The value of a number in words that [`pattern`] or [`single`] matched; none for other words.
pub(crate) fn value(words: &str) -> Option<u64> {
    let (mut total, mut current) = (0u64, 0u64);
    for word in words.split(|c: char| c.is_whitespace() || c == '-' || c == ',') {
        match word.to_lowercase().as_str() {
            "" | "and" => {}
            "hundred" => current = current.max(1) * 100,
            "thousand" => {
                total += current.max(1) * 1_000;
                current = 0;
            }
            other => current += small(other)?,
        }
    }
    Some(total + current)
}

fn small(word: &str) -> Option<u64> {
    const WORDS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] =
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if let Some(i) = WORDS.iter().position(|w| *w == word) {
        return u64::try_from(i).ok();
    }
    let i = TENS.iter().position(|w| *w == word)?;
    u64::try_from(i * 10 + 20).ok()
}
