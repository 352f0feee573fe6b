//! How the patterns' classes are narrowed to the scripts of English news.

use super::{compile, narrow_escapes};

#[test]
fn a_word_and_a_digit_escape_are_narrowed_and_an_ascii_or_escaped_one_kept() {
    assert_eq!(narrow_escapes(r"\d+"), "[0-9]+");
    assert!(narrow_escapes(r"[\w’-]+").starts_with(r"[[\w&&[\x00-"));
    assert_eq!(narrow_escapes(r"(?-u:\w)+ \\w \s\b"), r"(?-u:\w)+ \\w \s\b");
}

#[test]
fn a_word_reads_the_letters_of_english_news_and_a_name_begins_with_a_cased_one() {
    let word = compile(r"^\w+$");
    for text in ["Škoda", "Đặng", "Ανδρέας", "Потанин", "台積電", "x_2"] {
        assert!(word.is_match(text), "{text}");
    }
    let name = compile(r"^\p{Lu}\p{L}+$");
    assert!(name.is_match("Łukasz") && name.is_match("Σιαμισιής"));
    // A capital of Vietnamese's extended letters may sit inside a name, not begin one.
    assert!(!name.is_match("Ấn"));
    assert!(compile(r"^\d+$").is_match("2024") && !compile(r"^\d+$").is_match("٢٠٢٤"));
}

#[test]
fn a_pattern_that_turns_unicode_off_keeps_its_classes() {
    let ascii = compile(r"(?i-u)\bbuild \w+");
    assert!(ascii.is_match("will BUILD plants"));
}
