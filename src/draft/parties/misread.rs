//! Words that a company's cue reads as a name and that name no company: a word describing the
//! company after a head's role, a place or a news outlet before the cue, a demonym before its
//! workers. It only refuses matches of the parent's company pattern; it proposes nothing.

use regex::{Captures, Match};

/// Whether the company pattern's match `m` is no company's name.
pub(super) fn misread(text: &str, caps: &Captures, m: Match) -> bool {
    // "CEO of Spanish automaker SEAT": a word that describes the company, no name.
    let after_role = caps.name("t").is_some()
        && text[m.end()..].strip_prefix(' ').is_some_and(|a| a.starts_with(char::is_lowercase));
    let before = text[..m.start()].trim_end().rsplit(' ').next().unwrap_or_default();
    // "a plant in Sines, which will": a place.
    let placed_which = caps.name("v").is_some()
        && ["in", "at", "near", "from", "to", "of", "outside"].contains(&before);
    // "reported TheNews": a news outlet.
    let outlet = ["reported", "reports"].contains(&before);
    // "Victorian workers": where the workers live.
    let demonym = caps.name("g").is_some() && m.as_str().ends_with("ian");
    after_role || placed_which || outlet || demonym
}
