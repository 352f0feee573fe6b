//! Rows of `sources`: each source with its article text read and hashed.

use super::*;

pub(super) fn sources(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let slug = f.key("slug", "source");
        let kind = f.required_parse("kind");
        let title = f.required("title");
        let url = f.text("url");
        let name = f.text("file");
        let sha256 = f.text("sha256");
        let body = name.as_deref().and_then(|name| article(f, s, name, sha256.as_deref()));
        if name.is_none() && sha256.is_some() {
            f.problem(
                "sha256",
                "is set but `file` is empty; a hash needs the article file it belongs to",
            );
        }
        if name.is_none() && url.is_none() {
            f.row_problem("a source needs its text (`file`) or at least a `url`");
        }
        let (Some(slug), Some(kind), Some(title)) = (slug, kind, title) else { return Ok(()) };
        let name = match (name, &body) {
            (Some(name), Some(body)) => {
                Some(article_name(s, f, name, &slug, body, sha256.as_deref())?)
            }
            (name, _) => name,
        };
        let source = NewSource {
            slug,
            kind,
            title,
            publisher: f.text("publisher"),
            url,
            published_on: f.date("published_on"),
            retrieved_on: f.date("retrieved_on"),
            file: name,
            body,
            note: f.text("note"),
        };
        let id = s.upsert(
            file,
            f,
            "slug",
            |c| db::sources::id(c, &source.slug),
            |c| db::sources::insert(c, &source),
            |c, id| db::sources::update(c, id, &source),
        )?;
        if let Some(id) = id {
            s.forget_text(id);
        }
        s.written(Kind::Source, &source.slug, id);
        Ok(())
    })
}

/// The file name to store an article under. Two different articles never share one: in a seed
/// folder that is a problem (one file cannot hold two texts); a source imported or added from
/// another folder gets the first free name of `stem-2.ext`, `stem-3.ext`... instead, so that
/// `export --dir` writes each article to a file of its own.
pub(super) fn article_name(
    s: &Session,
    f: &mut Fields,
    name: String,
    slug: &str,
    body: &str,
    declared: Option<&str>,
) -> Result<String> {
    // A seed row stands for the article it declares; an imported one for the text it brings.
    let sha256 = match (s.mode, declared) {
        (Mode::Fresh, Some(declared)) => declared.to_owned(),
        _ => crate::sha256::hex(body.as_bytes()),
    };
    let differs = |candidate: &str| -> Result<Option<String>> {
        Ok(db::sources::file_holder(s.conn, candidate, slug)?
            .filter(|(_, theirs)| *theirs != sha256)
            .map(|(other, _)| other))
    };
    let Some(other) = differs(&name)? else { return Ok(name) };
    if s.mode == Mode::Fresh {
        f.problem(
            "file",
            format!(
                "`{name}` is also the file of source `{other}`, with another text; two articles \
                 cannot share one file name: give one of them its own"
            ),
        );
        return Ok(name);
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_owned(), format!(".{ext}")),
        _ => (name.clone(), String::new()),
    };
    let mut n = 2;
    loop {
        let candidate = format!("{stem}-{n}{ext}");
        if db::sources::file_holder(s.conn, &candidate, slug)?.is_none() {
            return Ok(candidate);
        }
        n += 1;
    }
}

/// Reads and checks an article file: a plain name in the articles folder, UTF-8, with the
/// hash the row gives. A changed hash is reported but the text still loads, so that its quotes
/// are checked against what the file now says.
pub(super) fn article(
    f: &mut Fields,
    s: &Session,
    name: &str,
    sha256: Option<&str>,
) -> Option<String> {
    let Some(articles) = s.articles.as_deref() else {
        f.problem("file", format!("`{name}` names an article, but no articles folder was given"));
        return None;
    };
    if name.contains(['/', '\\']) || name.starts_with('.') {
        f.problem(
            "file",
            format!("`{name}` must be a plain file name inside {}", articles.display()),
        );
        return None;
    }
    let path = articles.join(name);
    if articles.symlink_metadata().is_ok_and(|meta| meta.file_type().is_symlink()) {
        f.problem(
            "file",
            format!(
                "{} is a symbolic link; the articles folder must be a real folder inside the \
                 seed folder",
                articles.display()
            ),
        );
        return None;
    }
    let bytes = match crate::load::input::read(&path, crate::load::input::MAX_ARTICLE_BYTES) {
        Ok(bytes) => bytes,
        Err(why) => {
            f.problem("file", format!("{} {why}", path.display()));
            return None;
        }
    };
    let actual = crate::sha256::hex(&bytes);
    match sha256 {
        None => {
            f.problem("sha256", format!("is empty; the sha256 of {} is {actual}", path.display()))
        }
        // An uppercase hash names the same bytes.
        Some(expected) if !expected.eq_ignore_ascii_case(&actual) => f.problem_but_load(
            "sha256",
            format!(
                "{} has changed: its sha256 is {actual}, the row says {expected}; restore the \
                 article, or if the change is intended, update the hash and re-check its quotes",
                path.display()
            ),
        ),
        Some(_) => {}
    }
    if bytes.len() > MAX_TEXT_BYTES {
        f.problem("file", format!("{} is larger than 4 GiB", path.display()));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(_) => {
            f.problem("file", format!("{} is not valid UTF-8", path.display()));
            None
        }
    }
}
