//! The spans of text the readings have taken. A longer name read later may free the shorter
//! readings inside it (a country inside a company's name); this module is the one place that
//! drops those readings and their spans together, so that none is left taken without a reading
//! or read without its span. It proposes nothing itself.

use crate::draft::{Candidate, Kind};

/// Whether the span from `start` to `end` crosses a span already taken.
pub(super) fn overlaps(taken: &[(usize, usize)], start: usize, end: usize) -> bool {
    taken.iter().any(|&(s, e)| s < end && start < e)
}

/// Takes the span from `start` to `end` for a reading unless it crosses one already taken;
/// whether it was free.
pub(super) fn claim(taken: &mut Vec<(usize, usize)>, start: usize, end: usize) -> bool {
    let free = !overlaps(taken, start, end);
    if free {
        taken.push((start, end));
    }
    free
}

/// The length of a possessive ending ("’s", "'s") of a name, or 0.
pub(super) fn possessive(name: &str) -> usize {
    ["’s", "'s"].iter().find(|p| name.ends_with(*p)).map_or(0, |p| p.len())
}

/// Drops the readings `inside` picks and frees the spans they held.
pub(super) fn free(
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
    inside: impl Fn(&Candidate) -> bool,
) {
    let freed: Vec<(usize, usize)> =
        out.iter().filter(|c| inside(c)).map(|c| (c.start, c.end)).collect();
    out.retain(|c| !inside(c));
    taken.retain(|span| !freed.contains(span));
}

/// Frees the readings `inside` picks only when, without them, the span from `start` to `end`
/// crosses nothing taken, and says whether it did; otherwise nothing changes. The caller takes
/// the span itself, which may reach past `end` (a legal form the name leaves out).
pub(super) fn free_for(
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
    (start, end): (usize, usize),
    inside: impl Fn(&Candidate) -> bool,
) -> bool {
    let held: Vec<(usize, usize)> =
        out.iter().filter(|c| inside(c)).map(|c| (c.start, c.end)).collect();
    let crossed = taken.iter().any(|&(s, e)| !held.contains(&(s, e)) && s < end && start < e);
    if crossed {
        return false;
    }
    free(taken, out, inside);
    true
}

/// The length of the name of up to `most` capitalized words (`&` between them) that opens
/// `text` on its line, each word neither `refused` nor cut off by a comma, stop or possessive
/// before the next: "Gilmour & Dean, a label printer" gives `Gilmour & Dean`.
pub(super) fn name_ahead(text: &str, most: usize, refused: impl Fn(&str) -> bool) -> usize {
    let line = text.split('\n').next().unwrap_or_default();
    let mut end = 0;
    for (i, word) in line.split(' ').take(most).enumerate() {
        let trimmed = word.trim_end_matches([',', '.', ';', ':', ')']);
        let bare = trimmed.strip_suffix("’s").or(trimmed.strip_suffix("'s")).unwrap_or(trimmed);
        let capital = bare.starts_with(char::is_uppercase)
            && bare.chars().all(|c| c.is_alphanumeric() || "&-".contains(c))
            && !refused(bare);
        if !(capital || (i > 0 && bare == "&")) {
            break;
        }
        end += usize::from(i > 0) + bare.len();
        if bare.len() < word.len() {
            break;
        }
    }
    line[..end].trim_end_matches([' ', '&']).len()
}

/// Whether `place` stands in `name` ending as a word: "Ohio" in "Ohio Valley Electric" and
/// in "JobsOhio", not "America" in "Mitsubishi Logisnext Americas"; a place's initials start
/// a word too ("USA" is not in "YUSA").
pub(super) fn has_place(name: &str, place: &str) -> bool {
    let initials = place.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    name.match_indices(place).any(|(i, _)| {
        let runs_on = name[i + place.len()..].starts_with(char::is_alphanumeric);
        let inside = initials && name[..i].ends_with(char::is_alphanumeric);
        !runs_on && !inside
    })
}

/// Frees, for a whole new company's name from `start` to `end`, the new companies read inside
/// it before ("Energies", "Manufacturing"), as [`free_for`] does; whether the span is free.
pub(super) fn free_for_whole(
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
    (start, end): (usize, usize),
) -> bool {
    let part =
        |c: &Candidate| c.kind == Kind::Company && !c.known && start <= c.start && c.end <= end;
    free_for(taken, out, (start, end), part)
}

#[cfg(test)]
mod tests {
    use super::{free, free_for, overlaps};
    use crate::draft::{Candidate, Kind};

    fn reading(kind: Kind, start: usize, end: usize) -> Candidate {
        let (value, why) = (String::new(), String::new());
        Candidate { kind, start, end, value, known: false, why }
    }

    #[test]
    fn spans_overlap_only_when_they_share_a_character() {
        assert!(overlaps(&[(0, 5)], 4, 9));
        assert!(!overlaps(&[(0, 5)], 5, 9));
    }

    #[test]
    fn freeing_drops_the_readings_and_their_spans() {
        let mut out = vec![reading(Kind::Government, 0, 5), reading(Kind::Company, 10, 20)];
        let mut taken = vec![(0, 5), (10, 20)];
        free(&mut taken, &mut out, |c| c.kind == Kind::Government);
        assert_eq!(taken, [(10, 20)]);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn a_span_crossing_another_reading_frees_nothing() {
        let mut out = vec![reading(Kind::Government, 0, 5), reading(Kind::Company, 6, 20)];
        let mut taken = vec![(0, 5), (6, 20)];
        let inside = |c: &Candidate| c.kind == Kind::Government;
        assert!(!free_for(&mut taken, &mut out, (0, 10), inside));
        assert_eq!(taken.len(), 2);
        assert!(free_for(&mut taken, &mut out, (0, 6), inside));
        assert_eq!(taken, [(6, 20)]);
    }

    #[test]
    fn a_name_ahead_runs_over_capitalized_words_and_stops_at_a_comma_possessive_or_refusal() {
        let none = |_: &str| false;
        assert_eq!(super::name_ahead("Gilmour & Dean, a printer", 5, none), "Gilmour & Dean".len());
        assert_eq!(super::name_ahead("Purolite’s plant", 3, none), "Purolite".len());
        assert_eq!(
            super::name_ahead("Acme Cement Works Group Ltd", 3, none),
            "Acme Cement Works".len()
        );
        assert_eq!(super::name_ahead("Acme & the state", 5, none), "Acme".len());
        assert_eq!(super::name_ahead("Global Acme", 3, |w| w == "Global"), 0);
    }
}
