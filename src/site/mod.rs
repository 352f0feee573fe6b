//! The static site: an index of every pledge with counts, a chart and totals; one page per
//! pledge, company and person; a page of sources; and the data behind them as CSV and xlsx.
//!
//! Pages are rendered from the templates beside this file by minijinja, which escapes every
//! value it inserts into HTML, so nothing from the database is ever read as markup. Pledges
//! stream from the database and are written a page at a time: a listing holds at most
//! [`PER_PAGE`] rows in memory, and a pledge page only its own records, so the build's memory
//! does not grow with the number of pledges. The site is built in a temporary folder beside
//! the destination and moved into place only when complete. This module reads the database
//! and writes files; it prints nothing.

mod pages;

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use minijinja::{Environment, Value};
use rusqlite::Connection;

/// How many pledges a listing page shows.
pub const PER_PAGE: usize = 500;

/// The file that marks a folder as a site built here, so a rebuild may replace it whole.
const MARKER: &str = ".pledge-site";

/// What to build.
pub struct Options {
    /// The date whose status the site shows.
    pub on: NaiveDate,
    /// The site's name, shown on every page.
    pub title: String,
}

/// What was written, for the confirmation line.
#[derive(Debug, Default)]
pub struct Built {
    pub pledges: u64,
    pub index_pages: usize,
    pub companies: usize,
    pub people: usize,
    pub sources: usize,
}

/// Builds the site for `options` into the folder `out`, replacing a site built there before.
/// Refuses a folder that holds anything else. The site is built in a temporary folder beside
/// `out` and swapped into place, so on failure `out` is left as it was.
pub fn build(conn: &Connection, out: &Path, options: &Options) -> Result<Built> {
    check_destination(out)?;
    let parent = crate::temp::folder_of(out);
    fs::create_dir_all(parent).with_context(|| format!("creating `{}`", parent.display()))?;
    crate::temp::clear_stale(out)?;
    let (aside, _lock) = crate::temp::dir_beside(out)
        .with_context(|| format!("creating a working folder beside `{}`", out.display()))?;
    // A temporary folder is private; a site is meant to be served.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(aside.path(), fs::Permissions::from_mode(0o755))
            .with_context(|| format!("opening `{}` to readers", aside.path().display()))?;
    }
    let built = Site::new(aside.path(), options).and_then(|site| pages::write_all(&site, conn))?;
    crate::temp::swap_dir_into_place(aside.path(), out)
        .with_context(|| format!("moving the new site to `{}`", out.display()))?;
    // The temporary folder now holds the old site (or nothing): it goes.
    drop(aside);
    Ok(built)
}

/// Fails unless `out` is absent, an empty folder or a site built here before.
fn check_destination(out: &Path) -> Result<()> {
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        bail!("`{}` is a file: --out names the folder to write the site into", out.display());
    }
    let mut entries =
        fs::read_dir(out).with_context(|| format!("reading folder `{}`", out.display()))?;
    if entries.next().is_none() || out.join(MARKER).is_file() {
        return Ok(());
    }
    bail!(
        "`{}` is not empty and holds no site built by `pledge site`: name a new or empty folder",
        out.display()
    )
}

/// The templates and where pages go.
pub struct Site {
    env: Environment<'static>,
    dir: PathBuf,
    options: Options,
}

impl Site {
    fn new(dir: &Path, options: &Options) -> Result<Self> {
        fs::create_dir_all(dir).with_context(|| format!("creating `{}`", dir.display()))?;
        Ok(Site {
            env: environment()?,
            dir: dir.to_owned(),
            options: Options { on: options.on, title: options.title.clone() },
        })
    }

    /// Renders `template` with `context` (plus the site's title and date, and `root`, the way
    /// back to the top folder) into the file `path` of the site.
    fn page(&self, template: &str, path: &str, context: Value) -> Result<()> {
        let root = "../".repeat(path.matches('/').count());
        let context = minijinja::context! {
            site_title => &self.options.title,
            as_of => self.options.on,
            // Made of `../` only; marked safe so that links read plainly.
            root => Value::from_safe_string(root),
            ..context
        };
        let template = self.env.get_template(template)?;
        self.file(path, |out| {
            template
                .render_captured_to(context, out)
                .with_context(|| format!("rendering {path}"))?;
            Ok(())
        })
    }

    /// Writes the file `path` of the site through `write`.
    fn file(
        &self,
        path: &str,
        write: impl FnOnce(&mut BufWriter<File>) -> Result<()>,
    ) -> Result<()> {
        let full = self.dir.join(path);
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("creating `{}`", parent.display()))?;
        }
        let file = File::create(&full).with_context(|| format!("writing `{}`", full.display()))?;
        let mut out = BufWriter::new(file);
        write(&mut out)?;
        out.flush().with_context(|| format!("writing `{}`", full.display()))?;
        Ok(())
    }
}

/// The templates, with HTML escaping on for every `.html` one (minijinja's default for the
/// name), and the `num` and `web` filters.
fn environment() -> Result<Environment<'static>> {
    let mut env = Environment::new();
    for (name, text) in TEMPLATES {
        env.add_template(name, text).with_context(|| format!("reading template {name}"))?;
    }
    env.add_filter("num", num);
    env.add_filter("web", web);
    Ok(env)
}

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("templates/base.html")),
    ("macros.html", include_str!("templates/macros.html")),
    ("pledges.html", include_str!("templates/pledges.html")),
    ("index.html", include_str!("templates/index.html")),
    ("pledge.html", include_str!("templates/pledge.html")),
    ("company.html", include_str!("templates/company.html")),
    ("person.html", include_str!("templates/person.html")),
    ("companies.html", include_str!("templates/companies.html")),
    ("people.html", include_str!("templates/people.html")),
    ("sources.html", include_str!("templates/sources.html")),
];

/// The stylesheet and the script, written as they are.
const ASSETS: &[(&str, &str)] = &[
    ("assets/site.css", include_str!("assets/site.css")),
    ("assets/site.js", include_str!("assets/site.js")),
];

/// A whole number with thousands separators: `1,000,000`.
fn num(value: i64) -> String {
    crate::model::thousands(value)
}

/// A URL a link may point to: `http` and `https` ones only, so that a `javascript:` or other
/// address stored in a source never becomes a link; `None` for anything else.
fn web(url: Option<String>) -> Option<String> {
    url.filter(|url| {
        let lower = url.to_ascii_lowercase();
        lower.starts_with("https://") || lower.starts_with("http://")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_thousands_separators() {
        assert_eq!(num(0), "0");
        assert_eq!(num(999), "999");
        assert_eq!(num(1000), "1,000");
        assert_eq!(num(1_000_000), "1,000,000");
        assert_eq!(num(-12_345), "-12,345");
        assert_eq!(num(i64::MIN), "-9,223,372,036,854,775,808");
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            web(Some("https://example.com/a".into())).as_deref(),
            Some("https://example.com/a")
        );
        assert_eq!(web(Some("HTTP://example.com".into())).as_deref(), Some("HTTP://example.com"));
        assert_eq!(web(Some("javascript:alert(1)".into())), None);
        assert_eq!(web(None), None);
    }

    #[test]
    fn every_template_parses() {
        let env = environment().unwrap();
        for (name, _) in TEMPLATES {
            env.get_template(name).unwrap();
        }
    }

    #[test]
    fn values_are_escaped_in_html() {
        let mut env = Environment::new();
        env.add_template("t.html", "<p>{{ name }}</p>").unwrap();
        let html = env
            .get_template("t.html")
            .unwrap()
            .render(minijinja::context! { name => "<script>alert(1)</script>" })
            .unwrap();
        assert_eq!(html, "<p>&lt;script&gt;alert(1)&lt;&#x2f;script&gt;</p>");
    }
}
