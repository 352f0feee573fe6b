use super::*;

fn spans(text: &str) -> Vec<(String, String)> {
    find(text).into_iter().map(|c| (text[c.start..c.end].to_owned(), c.value)).collect()
}

fn pairs(got: &[(String, String)]) -> Vec<(&str, &str)> {
    got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[test]
fn indian_figures_grouped_by_two_digits_are_one_figure() {
    let got = spans("26 agreements amounting to Rs.1,78,950 crore and 12,34,567 jobs.");
    let want = [("Rs.1,78,950 crore", "1789500000000 INR"), ("12,34,567 jobs", "1234567 jobs")];
    assert_eq!(pairs(&got), want);
}

#[test]
fn omani_rials_glued_to_their_figure_and_a_misspelt_million_are_read() {
    let got = spans("an investment of RO800,000 ($2.1 milion) and RO1.5 million.");
    let want = [
        ("RO800,000", "800000 OMR"),
        ("$2.1 milion", "2100000 USD"),
        ("RO1.5 million", "1500000 OMR"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn jobs_described_by_sector_research_or_employment_are_counted() {
    let got = spans(
        "It will create 74,350 private sector jobs, 28,710 direct employment and another 500 \
         medical manufacturing and research roles.",
    );
    let want = [
        ("74,350 private sector jobs", "74350 jobs"),
        ("28,710 direct employment", "28710 jobs"),
        ("500 medical manufacturing and research roles", "500 roles"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn a_whole_told_before_its_permanent_and_temporary_parts_is_a_count() {
    let got = spans("The project will create 300 permanent and 1,000 temporary jobs.");
    let want = [("300", "300 jobs"), ("1,000 temporary jobs", "1000 jobs")];
    assert_eq!(pairs(&got), want);
}

#[test]
fn figures_in_a_list_are_not_read_as_indian_grouping() {
    let got = spans("It hired 1,234 workers and 12,345 engineers.");
    let want = [("1,234 workers", "1234 workers"), ("12,345 engineers", "12345 engineers")];
    assert_eq!(pairs(&got), want);
}

#[test]
fn rands_glued_to_a_hyphenated_scale_and_thousands_spaced_are_read() {
    let got = spans("it invested $20-million (R274-million) and will create 1 000 jobs.");
    let want = [
        ("$20-million", "20000000 USD"),
        ("R274-million", "274000000 ZAR"),
        ("1 000 jobs", "1000 jobs"),
    ];
    assert_eq!(pairs(&got), want);
    // A capital R before a bare figure is a name, and a year keeps its space.
    assert_eq!(pairs(&spans("The R2 road opened in 2019 500 metres away.")), []);
}

#[test]
fn personnel_and_a_limit_before_a_qualifier_are_read() {
    let got =
        spans("with more than 4,000 personnel mobilized, it could earn up to almost $10 million.");
    let want = [
        ("more than 4,000 personnel", "more than 4000 people"),
        ("up to almost $10 million", "up to almost 10000000 USD"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn the_figures_of_a_change_and_the_shares_of_a_count_are_read_alone() {
    let got =
        spans("employment rose from 13,832 in 2022/23 to 41,920, and jobs from 1,013 to 1,540.");
    let want = [
        ("13,832", "13832 jobs"),
        ("41,920", "41920 jobs"),
        ("1,013", "1013 jobs"),
        ("1,540", "1540 jobs"),
    ];
    assert_eq!(pairs(&got), want);
    let got =
        spans("employment to over 6500 people (of them 3000 by Kia and another 3500 by vendors).");
    let want =
        [("over 6500 people", "over 6500 people"), ("3000", "3000 jobs"), ("3500", "3500 jobs")];
    assert_eq!(pairs(&got), want);
}

#[test]
fn a_job_after_a_count_of_more_than_one_describes_what_is_counted() {
    let got = spans("Six more Job Development Investment Grant projects, three job fairs.");
    assert!(got.is_empty(), "{got:?}");
    let got = spans("It adds a 500-job plant.");
    let got: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(got, ["500-job"]);
    for span in ["one new job", "more than one job", "a job"] {
        assert!(!people::a_described_job(span, " in the plant"), "{span}");
    }
    // "job" that ends its clause is the noun counted, written without its plural.
    let got = spans("The move will safeguard up to 280 job. It hires 40 job seekers.");
    let got: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(got, ["up to 280 job"]);
}
