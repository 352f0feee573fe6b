use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{Data, Reader, Xlsx, open_workbook};
use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

const PLEDGE_PAGE: &str = "site/pledges/alibaba-1-million-us-jobs.html";
const SCRIPT: &str = "<script>alert(1)</script>";

/// The names of the files under `dir`, relative to it, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type().unwrap().is_dir() {
            names.extend(files(&entry.path()).into_iter().map(|n| format!("{name}/{n}")));
        } else {
            names.push(name);
        }
    }
    names.sort();
    names
}

/// A seeded database with a company whose name is markup, and its site built in `site/`.
fn site_with_markup_company() -> TestDb {
    let db = TestDb::seeded();
    let out = db.cmd(&["add", "company", "--name", SCRIPT, "--slug", "markup"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = db.cmd(&["site", "--out", "site"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    db
}

#[test]
fn site_writes_every_page_and_download() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["site", "--out", "site"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    wrote site: 1 pledge on 1 index page, 3 companies, 5 people, 2 sources (as of 2026-11-21)
    ");
    insta::assert_snapshot!(files(&db.path("site")).join("\n"), @"
    .pledge-site
    assets/site.css
    assets/site.js
    companies.html
    companies/alibaba.html
    companies/exhivisit.html
    companies/repdm.html
    data/pledges.csv
    data/pledges.xlsx
    index.html
    people.html
    people/donald-trump.html
    people/jack-ma.html
    people/michael-evans.html
    people/peter-navarro.html
    people/unnamed-csis-analyst.html
    pledges/alibaba-1-million-us-jobs.html
    sources.html
    ");
    // `-o` is the short form of `--out`.
    let out = db.cmd(&["site", "-o", "short"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(files(&db.path("short")), files(&db.path("site")));
}

#[test]
fn site_pages_show_the_as_of_date_and_the_status_then() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["site", "--out", "site", "--as-of", "2017-01-09", "--title", "Trade & jobs"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    wrote site: 1 pledge on 1 index page, 3 companies, 5 people, 2 sources (as of 2017-01-09)
    ");
    for page in files(&db.path("site")).iter().filter(|f| f.ends_with(".html")) {
        let html = db.read(&format!("site/{page}"));
        assert!(
            html.contains("Status as of <time datetime=\"2017-01-09\">2017-01-09</time>"),
            "{page}"
        );
        assert!(html.contains("Trade &amp; jobs"), "{page}");
    }
    let pledge = db.read(PLEDGE_PAGE);
    assert!(pledge.contains("<span class=\"status status-announced\">announced</span> since"));
    assert!(!pledge.contains("in progress"), "the program was launched on 2017-01-10");
}

#[test]
fn site_before_any_pledge_has_empty_listings_and_escapes_its_title() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["site", "--out", "site", "--as-of", "2000-01-01", "--title", SCRIPT]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    wrote site: 0 pledges on 1 index page, 3 companies, 5 people, 2 sources (as of 2000-01-01)
    ");
    let index = db.read("site/index.html");
    assert!(index.contains("<p>0 pledges made by <time datetime=\"2000-01-01\">"), "{index}");
    assert!(index.contains("<tr><td colspan=\"6\">No pledge has a target yet.</td></tr>"));
    assert!(index.contains("<p>No pledges.</p>"));
    assert!(db.read("site/companies/alibaba.html").contains("<p>No pledges.</p>"));
    assert!(!db.path("site/pledges").exists());
    assert!(index.contains("<title>Pledges · &lt;script&gt;alert(1)&lt;&#x2f;script&gt;</title>"));
    assert!(!index.contains(SCRIPT));
}

#[test]
fn site_pledge_page_shows_timeline_quotes_and_disputes() {
    let db = TestDb::seeded();
    db.cmd(&["site", "--out", "site"]).output().unwrap();
    let html = db.read(PLEDGE_PAGE);
    for expected in [
        "<span class=\"what\">Jack Ma meets Donald Trump at Trump Tower</span>",
        "<blockquote><p>On January 10, 2017, Ma announced the launching of a program to make good \
         on that promise.</p></blockquote>",
        "<cite>Donald Trump Holds Meetings At Trump Tower</cite>, Beijing Today",
        "<h3>Jack Ma meets Donald Trump at Trump Tower: start on</h3>",
        "<td class=\"num\">more than 1,000,000</td>",
        "<a href=\"../companies/alibaba.html\">Alibaba</a>",
    ] {
        assert!(html.contains(expected), "missing {expected}");
    }
}

#[test]
fn site_escapes_every_value_from_the_database() {
    let db = site_with_markup_company();
    for page in ["site/companies.html", "site/companies/markup.html"] {
        let html = db.read(page);
        assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"), "{page}");
        assert!(!html.contains(SCRIPT), "{page}");
    }
}

#[test]
fn site_downloads_are_the_export_of_the_same_pledges() {
    let db = TestDb::seeded();
    db.cmd(&["site", "--out", "site"]).output().unwrap();
    db.cmd(&["export", "--out", "export.csv"]).output().unwrap();
    assert_eq!(
        fs::read(db.path("site/data/pledges.csv")).unwrap(),
        fs::read(db.path("export.csv")).unwrap()
    );
    let mut book: Xlsx<_> = open_workbook(db.path("site/data/pledges.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["pledge_status"]);
    let sheet = book.worksheet_range("pledge_status").unwrap();
    assert_eq!(sheet.height(), 2);
    assert_eq!(sheet.get((1, 0)), Some(&Data::String("alibaba-1-million-us-jobs".into())));
    let index = db.read("site/index.html");
    assert!(index.contains("<a href=\"data/pledges.csv\" download>"));
    assert!(index.contains("<a href=\"data/pledges.xlsx\" download>"));
}

#[test]
fn site_replaces_a_site_built_before() {
    let db = TestDb::seeded();
    db.cmd(&["site", "--out", "site"]).output().unwrap();
    db.write("site/stale.html", "left from before");
    assert_cmd_snapshot!(db.cmd(&["site", "--out", "site", "--as-of", "2017-01-10"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    wrote site: 1 pledge on 1 index page, 3 companies, 5 people, 2 sources (as of 2017-01-10)
    ");
    assert!(!db.path("site/stale.html").exists());
    assert!(db.read("site/index.html").contains("2017-01-10"));
}

#[test]
fn site_refuses_a_folder_holding_other_files() {
    let db = TestDb::seeded();
    fs::create_dir(db.path("notes")).unwrap();
    db.write("notes/todo.txt", "mine");
    assert_cmd_snapshot!(db.cmd(&["site", "--out", "notes"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `notes` is not empty and holds no site built by `pledge site`: name a new or empty folder
    ");
    assert_eq!(files(&db.path("notes")), ["todo.txt"]);
    db.write("file.txt", "mine");
    assert_cmd_snapshot!(db.cmd(&["site", "--out", "file.txt"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `file.txt` is a file: --out names the folder to write the site into
    ");
    assert_eq!(db.read("file.txt"), "mine");
}

#[test]
fn site_leaves_no_working_folder_behind() {
    let db = TestDb::seeded();
    db.cmd(&["site", "--out", "site"]).output().unwrap();
    db.cmd(&["site", "--out", "site"]).output().unwrap();
    let names: Vec<String> = fs::read_dir(db.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

/// The values of every `href="..."` and `src="..."` attribute in `html`.
fn links(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for attribute in [" href=\"", " src=\""] {
        for (at, _) in html.match_indices(attribute) {
            let rest = &html[at + attribute.len()..];
            found.push(&rest[..rest.find('"').expect("a closing quote")]);
        }
    }
    found
}

#[test]
fn site_links_lead_to_files_that_exist() {
    let db = TestDb::seeded();
    db.cmd(&["site", "--out", "site"]).output().unwrap();
    let site = db.path("site");
    let mut checked = 0;
    for page in files(&site).iter().filter(|f| f.ends_with(".html")) {
        let html = db.read(&format!("site/{page}"));
        let folder = site.join(page).parent().unwrap().to_owned();
        for link in links(&html) {
            let web = ["http://", "https://", "data:", "#"];
            if web.iter().any(|prefix| link.starts_with(prefix)) {
                continue;
            }
            let file = link.split('#').next().unwrap();
            assert!(folder.join(file).is_file(), "{page} links to {link}, which is missing");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} links checked");
}

/// Chromium's path, or `None` when it is not installed.
fn chromium() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .into_iter()
        .map(PathBuf::from)
        .find(|path| path.is_file())
}

/// Runs headless Chromium on `page` with a fresh profile in `profile`, with `extra` flags and
/// its console messages logged to stderr.
fn headless(chromium: &Path, profile: &Path, page: &Path, extra: &[&str]) -> Output {
    Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("running chromium")
}

/// The console messages Chromium logged: the site logs none, so any is an error.
fn console(out: &Output) -> Vec<String> {
    let stderr = String::from_utf8_lossy(&out.stderr);
    stderr.lines().filter(|line| line.contains(":CONSOLE")).map(str::to_owned).collect()
}

#[test]
fn site_reads_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is missing: `.ci/run` installs it (apt-get install -y chromium)"
        );
        eprintln!("notice: chromium is not installed; skipping the browser check of the site");
        return;
    };
    let db = site_with_markup_company();
    let site = db.path("site");
    db.write("broken.html", "<!DOCTYPE html><p>x</p><script>notDefined();</script>");
    let screenshot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("site-index.png");
    let _ = fs::remove_file(&screenshot);
    let shot = format!("--screenshot={}", screenshot.display());
    let runs: Vec<(PathBuf, Vec<&str>)> = vec![
        (site.join("index.html"), vec!["--dump-dom", &shot, "--window-size=1200,900"]),
        (db.path(PLEDGE_PAGE), vec!["--dump-dom"]),
        (site.join("companies.html"), vec!["--dump-dom"]),
        (db.path("broken.html"), vec!["--dump-dom"]),
    ];
    let outs: Vec<Output> = std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .iter()
            .enumerate()
            .map(|(n, (page, extra))| {
                let profile = db.path(&format!("profile-{n}"));
                let chromium = &chromium;
                scope.spawn(move || headless(chromium, &profile, page, extra))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let dom = |n: usize| String::from_utf8_lossy(&outs[n].stdout).into_owned();

    // The check of console messages is only worth something if it sees an error.
    assert!(
        console(&outs[3]).iter().any(|l| l.contains("notDefined is not defined")),
        "{:?}",
        outs[3]
    );

    for out in &outs {
        assert!(out.status.success(), "{out:?}");
    }
    for (n, page) in ["index", "pledge page", "companies"].iter().enumerate() {
        assert_eq!(console(&outs[n]), Vec::<String>::new(), "console messages on the {page}");
    }
    // The script ran: it turned the headers into sort buttons and added the filter.
    let index = dom(0);
    assert!(
        index.contains("<th scope=\"col\"><button type=\"button\">Pledge</button></th>"),
        "{index}"
    );
    assert!(index.contains("Filter rows: "), "{index}");
    assert!(index.contains("Alibaba to create 1 million US jobs"), "{index}");

    let pledge = dom(1);
    for expected in [
        "<span class=\"what\">Jack Ma meets Donald Trump at Trump Tower</span>",
        "<span class=\"what\">Jack Ma announces a program to make good on the pledge</span>",
        "<blockquote><p>On January 10, 2017, Ma announced the launching of a program",
        "<blockquote><p>Monday’s meeting focused on the Chinese technology giant’s plans",
    ] {
        assert!(pledge.contains(expected), "missing {expected} in {pledge}");
    }

    let companies = dom(2);
    assert!(companies.contains("&lt;script&gt;alert(1)&lt;/script&gt;</a>"), "{companies}");
    assert!(!companies.contains(SCRIPT), "{companies}");

    let png = fs::read(&screenshot).expect("chromium wrote the screenshot");
    assert!(png.starts_with(b"\x89PNG"), "the screenshot is a PNG");
    eprintln!("screenshot of the index: {}", screenshot.display());
}

#[test]
fn site_pledge_page_shows_related_pledges_both_ways_and_the_index_counts_the_part_once() {
    let db = TestDb::seeded();
    let beijing = "beijing-today-trump-tower-meeting";
    let mut cmd = db.cmd(&["add", "pledge", "--company", "alibaba", "--title", "Alibaba sellers"]);
    cmd.args(["--made-on", "2017-01-09", "--formality", "verbal", "--source", beijing]);
    cmd.args(["--target", "jobs=1000"]);
    cmd.args(["--quote", "Small companies in the mid-west of America can sell their service"]);
    assert!(cmd.output().unwrap().status.success());
    let mut cmd = db.cmd(&["add", "relation", "alibaba-sellers", "--part-of"]);
    cmd.args(["alibaba-1-million-us-jobs", "--source", beijing, "--quote"]);
    cmd.arg("Alibaba will focus on clothes, wine, agricultural products and fruits");
    assert!(cmd.output().unwrap().status.success());
    db.cmd(&["site", "--out", "site"]).output().unwrap();
    let part = db.read("site/pledges/alibaba-sellers.html");
    let whole = db.read(PLEDGE_PAGE);
    let quote = "<blockquote><p>Alibaba will focus on clothes, wine, agricultural products and \
                 fruits</p></blockquote>";
    assert!(part.contains("Part of <a href=\"alibaba-1-million-us-jobs.html\">"), "{part}");
    assert!(part.contains(quote), "{part}");
    assert!(whole.contains("Has as a part <a href=\"alibaba-sellers.html\">"), "{whole}");
    // The part's 1,000 jobs are inside the whole's 1,000,000: the index does not add them.
    let index = db.read("site/index.html");
    assert!(index.contains("1,000,000") && !index.contains("1,001,000"), "{index}");
}
