//! The date a news page's address gives: "/2018/03/17/", "/2018-03/17/", "/2009-06-02-",
//! "/20170809/". Read only when the article's text gives no date of its own.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;
use chrono::NaiveDate;

/// A year, a month and a day in an address's path, apart by slashes or hyphens or written
/// together, with no digit on either side.
static DATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^0-9])(?P<y>(?:19|20)\d{2})(?:[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)|(?P<m2>[01]\d)(?P<d2>[0-3]\d))(?:$|[^0-9])",
    )
    .expect("a valid pattern")
});

/// The day the address `url` names in its path, if it names one that exists.
pub fn url_date(url: &str) -> Option<NaiveDate> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split_once('/').map_or("", |(_, path)| path);
    DATED.captures_iter(path).find_map(|caps| {
        let figure = |names: [&str; 2]| {
            names.iter().find_map(|n| caps.name(n)).and_then(|m| m.as_str().parse::<u32>().ok())
        };
        let year = caps.name("y")?.as_str().parse().ok()?;
        NaiveDate::from_ymd_opt(year, figure(["m", "m2"])?, figure(["d", "d2"])?)
    })
}

#[cfg(test)]
mod tests {
    use super::url_date;

    fn date(url: &str) -> Option<String> {
        url_date(url).map(|d| d.to_string())
    }

    #[test]
    fn an_address_s_path_gives_its_day_in_the_common_forms() {
        let cases = [
            ("http://hotsrq.com/english/2018-03/17/c_137045585.htm", "2018-03-17"),
            ("https://www.ledger-enquirer.com/2009/06/02/736580/columbus.html", "2009-06-02"),
            ("https://www.example.com/news/2023/7/4/plant-opens", "2023-07-04"),
            ("https://www.example.com/2017-06-24-plant.html", "2017-06-24"),
            ("https://www.example.com/news/20170809/fertilizer-plant", "2017-08-09"),
        ];
        for (url, want) in cases {
            assert_eq!(date(url).as_deref(), Some(want), "{url}");
        }
    }

    #[test]
    fn a_month_alone_a_day_that_does_not_exist_a_long_number_or_the_host_give_none() {
        for url in [
            "http://www.thebulletinpanama.com/2013/02/work-to-start/",
            "https://example.com/2023/02/30/story",
            "https://example.com/story-1020170809123",
            "https://2018-03-17.example.com/story",
            "https://www.usm.media/en/kherson-seaport",
        ] {
            assert_eq!(date(url), None, "{url}");
        }
    }
}
