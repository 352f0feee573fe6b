//! What the story files add up to: the rows to write, the problems found, and the records the
//! files name, so that a name used twice means one record.

mod event;
mod figure;
mod pledge;
mod relation;
mod status;

use super::*;

/// Everything read so far: the rows to write, the problems found, and the records the files
/// name, so that a name used twice means one record.
#[derive(Default)]
pub(super) struct Plan {
    pub(super) rows: Vec<Row>,
    pub(super) problems: Vec<String>,
    /// The folder the articles are read from, and the place of the first file naming it.
    pub(super) articles: Option<(PathBuf, String)>,
    /// New records by kind and lowercase name: their slug.
    created: HashMap<(&'static str, String), String>,
    /// Slugs given to new records, by kind.
    new_slugs: Vec<(&'static str, String)>,
    /// Pledges by slug: where each was first given.
    pledges: HashMap<String, String>,
    /// The pledges and dates of the status changes given, to say when they disagree.
    pub(super) changes: Vec<(String, crate::model::PartialDate)>,
    /// Events by slug: where each was first given.
    events: HashMap<String, String>,
    /// The pledges of the files by lowercase title and slug: their slugs (several when two
    /// pledges share a title).
    pledge_names: HashMap<String, Vec<String>>,
}

/// The parties one file lists, by lowercase name, ref and slug: (kind, slug or code).
type Listed = Vec<(String, Party, String)>;

/// What one file says became of pledges, with its source's slug and the parties it lists.
pub(super) struct Facts {
    source: Option<String>,
    listed: Listed,
    status: Vec<Spanned<story::StatusChange>>,
    progress: Vec<Spanned<story::Figure>>,
    revision: Vec<Spanned<story::Figure>>,
    relation: Vec<Spanned<story::Relation>>,
    event: Vec<Spanned<story::Event>>,
}

impl Plan {
    pub(super) fn problem(&mut self, line: String) {
        self.problems.push(line);
    }

    /// Reads the records of one parsed story file (its source, parties and pledges) into rows;
    /// what it says became of pledges is returned, for [`Plan::facts`].
    pub(super) fn story(&mut self, conn: &Connection, file: &File, story: Story) -> Result<Facts> {
        for mention in &story.mention {
            self.problem(format!(
                "{}: a [[mention]] is not applied: move its date, amount or category into the \
                 [[pledge]] it belongs to, or delete it",
                file.at(mention)
            ));
        }
        let source = self.source(conn, file, story.source)?;
        let mut listed: Listed = Vec::new();
        for (kind, parties) in [(Party::Company, &story.company), (Party::Official, &story.person)]
        {
            for party in parties {
                let (reference, name) = (&party.get_ref().reference, &party.get_ref().name);
                self.party(conn, file, &mut listed, kind, party, reference, name, None)?;
            }
        }
        for government in &story.government {
            let g = government.get_ref();
            self.party(
                conn,
                file,
                &mut listed,
                Party::Government,
                government,
                &g.reference,
                &g.name,
                g.code.as_ref(),
            )?;
        }
        for pledge in story.pledge {
            self.pledge(conn, file, &listed, source.as_deref(), pledge)?;
        }
        Ok(Facts {
            source,
            listed,
            status: story.status,
            progress: story.progress,
            revision: story.revision,
            relation: story.relation,
            event: story.event,
        })
    }

    /// Reads what a file says became of pledges into rows, once every file's pledges are
    /// known by their titles, so that a file may name a pledge that a later one gives.
    pub(super) fn facts(&mut self, conn: &Connection, file: &File, facts: Facts) -> Result<()> {
        let source = facts.source.as_deref().unwrap_or_default();
        for change in facts.status {
            self.status(conn, file, source, change)?;
        }
        for (table, figures) in
            [("target_progress", facts.progress), ("target_revisions", facts.revision)]
        {
            for figure in figures {
                self.figure(conn, file, source, table, figure)?;
            }
        }
        for relation in facts.relation {
            self.relation(conn, file, source, relation)?;
        }
        for event in facts.event {
            self.event(conn, file, &facts.listed, source, event)?;
        }
        Ok(())
    }

    /// The `[source]` row; its slug, when it has one.
    fn source(
        &mut self,
        conn: &Connection,
        file: &File,
        source: Option<Spanned<story::Source>>,
    ) -> Result<Option<String>> {
        let Some(source) = source else {
            self.problem(format!(
                "{}:1: no [source]: add one with the article's `title` and its `file` or `url`",
                file.shown
            ));
            return Ok(None);
        };
        let at = file.at(&source);
        let source = source.into_inner();
        let Some(title) = source.title else {
            self.problem(format!("{at}: [source] has no title: add title = \"...\""));
            return Ok(None);
        };
        let title_at = file.at(&title);
        let title = title.into_inner();
        let slug = match source.slug {
            Some(slug) => slug.into_inner(),
            None => match names::find(conn, Kind::Source, &title)?.as_slice() {
                [one] => one.slug.clone(),
                _ => slugify(&title),
            },
        };
        let mut row = Row::new("sources", Mode::Merge)
            .set("slug", slug.as_str())
            .set("kind", "article")
            .set("title", title)
            .flag_of("title", &title_at)
            .opt("publisher", source.publisher)
            .opt("url", source.url)
            .flag_rest(&at);
        if let Some(date) = source.published_on {
            let date_at = file.at(&date);
            match date_text(date.get_ref()).map(|d| parse_date(&d)) {
                Some(Ok(date)) => row = row.set("published_on", date.to_string()),
                _ => self.problem(format!(
                    "{date_at}: published_on is not a day: write it as 2017-03-06 (YYYY-MM-DD)"
                )),
            }
            row = row.flag_of("published_on", date_at);
        }
        if let Some(name) = source.file {
            let name_at = file.at(&name);
            let dir = file.path.parent().unwrap_or(Path::new(""));
            let (folder, name, sha256) = article(&dir.join(name.get_ref()))?;
            match &self.articles {
                Some((known, first)) if *known != folder => {
                    let problem = format!(
                        "{name_at}: the article is in `{}`, but {first} has its article in `{}`: \
                         apply the two files one after the other, or keep their articles in one \
                         folder",
                        folder.display(),
                        known.display()
                    );
                    self.problem(problem);
                }
                Some(_) => {}
                None => self.articles = Some((folder, name_at.clone())),
            }
            row = row.set("file", name).set("sha256", sha256).flag_of("file", &name_at);
            row = row.flag_of("sha256", name_at);
        }
        self.rows.push(row);
        Ok(Some(slug))
    }

    /// A `[[company]]`, `[[person]]` or `[[government]]`: the record it names, or a new one.
    #[allow(clippy::too_many_arguments)]
    fn party<T>(
        &mut self,
        conn: &Connection,
        file: &File,
        listed: &mut Listed,
        kind: Party,
        table: &Spanned<T>,
        reference: &Option<Spanned<String>>,
        name: &Option<Spanned<String>>,
        code: Option<&Spanned<String>>,
    ) -> Result<()> {
        let header = kind.as_str();
        let (text, at) = match (reference, name) {
            (Some(r), _) => (r.get_ref().trim().to_owned(), file.at(r)),
            (None, Some(n)) => (n.get_ref().trim().to_owned(), file.at(n)),
            (None, None) => {
                self.problem(format!(
                    "{}: [[{header}]] has neither ref nor name: give the slug of a record with \
                     ref = \"...\", or name = \"...\" for a new one",
                    file.at(table)
                ));
                return Ok(());
            }
        };
        let key = text.to_lowercase();
        if let Some((_, _, slug)) = listed.iter().find(|(k, p, _)| *k == key && *p == kind) {
            self.problem(format!(
                "{at}: {header} `{text}` is listed twice (as `{slug}`): delete one of the two"
            ));
            return Ok(());
        }
        let found = match kind {
            Party::Government => find_government(conn, &text)?,
            Party::Company => names::find(conn, Kind::Company, &text)?,
            Party::Official => names::find(conn, Kind::Official, &text)?,
        };
        let slug = match found.as_slice() {
            [one] => one.slug.clone(),
            [] if reference.is_some() => {
                let message = match kind {
                    Party::Company => not_found(conn, Kind::Company, &text).to_string(),
                    Party::Official => not_found(conn, Kind::Official, &text).to_string(),
                    Party::Government => format!(
                        "no government `{text}` (see `pledge governments`); to add one, write \
                         name = \"...\" with its ISO 3166 code, code = \"US-TX\""
                    ),
                };
                let message = match kind {
                    Party::Government => message,
                    _ => format!("{message}; or write name = \"...\" for a new record"),
                };
                self.problem(format!("{at}: {message}"));
                return Ok(());
            }
            [] => match self.new_record(conn, file, kind, &text, &at, code)? {
                Some(slug) => slug,
                None => return Ok(()),
            },
            several => {
                self.problem(format!("{at}: {}", ambiguous(header, &text, several)));
                return Ok(());
            }
        };
        listed.push((key, kind, slug.clone()));
        listed.push((slug.to_lowercase(), kind, slug));
        Ok(())
    }

    /// The rows of a new company, person or government named `name`; its slug (its code for
    /// a government), or `None` after a problem.
    fn new_record(
        &mut self,
        conn: &Connection,
        file: &File,
        kind: Party,
        name: &str,
        at: &str,
        code: Option<&Spanned<String>>,
    ) -> Result<Option<String>> {
        let key = (kind.as_str(), name.to_lowercase());
        if let Some(slug) = self.created.get(&key) {
            return Ok(Some(slug.clone()));
        }
        let row = match kind {
            Party::Government => {
                let Some(code) = code else {
                    self.problem(format!(
                        "{at}: government `{name}` is not recorded: add its ISO 3166 code below \
                         the name, such as code = \"US\" or code = \"US-TX\" for Texas (see \
                         `pledge governments`)"
                    ));
                    return Ok(None);
                };
                let code_at = file.at(code);
                let code = code.get_ref().trim().to_owned();
                if let Err(err) = crate::model::check_government(&code) {
                    self.problem(format!("{code_at}: {err}"));
                    return Ok(None);
                }
                Row::new("governments", Mode::Merge)
                    .set("code", code)
                    .set("name", name)
                    .flag_of("code", code_at)
            }
            Party::Company | Party::Official => {
                let base = slugify(name);
                let base = if base.is_empty() { kind.as_str().to_owned() } else { base };
                let mut slug = base.clone();
                let mut n = 1;
                while self.taken(conn, kind, &slug)? {
                    n += 1;
                    slug = format!("{base}-{n}");
                }
                self.new_slugs.push((kind.as_str(), slug.clone()));
                let table = if kind == Party::Company { "companies" } else { "officials" };
                Row::new(table, Mode::Merge).set("slug", slug).set("name", name)
            }
        };
        let row = row.flag_rest(at);
        let slug = row.subject().unwrap_or_default().to_owned();
        self.rows.push(row);
        self.created.insert(key, slug.clone());
        Ok(Some(slug))
    }

    /// Whether `slug` names a record of `kind` already, stored or new in these files.
    fn taken(&self, conn: &Connection, kind: Party, slug: &str) -> Result<bool> {
        if self.new_slugs.iter().any(|(k, s)| *k == kind.as_str() && s == slug) {
            return Ok(true);
        }
        Ok(match kind {
            Party::Company => db::companies::id(conn, slug)?.is_some(),
            Party::Official => db::officials::id(conn, slug)?.is_some(),
            Party::Government => db::governments::id(conn, slug)?.is_some(),
        })
    }

    /// The party `text` (typed at `place`, for `key`) names: one listed in the file, else one
    /// the database holds; `None` after a problem.
    fn refer(
        &mut self,
        conn: &Connection,
        listed: &Listed,
        text: &str,
        place: &str,
        key: &str,
    ) -> Result<Option<(Party, String)>> {
        let wanted = text.trim().to_lowercase();
        let in_file: Vec<_> = listed.iter().filter(|(k, _, _)| *k == wanted).collect();
        if let [(_, kind, slug), ..] = in_file.as_slice()
            && in_file.iter().all(|(_, k, s)| k == kind && s == slug)
        {
            return Ok(Some((*kind, slug.clone())));
        }
        let mut found: Vec<(Party, names::Named)> = Vec::new();
        for (party, kind) in [(Party::Company, Kind::Company), (Party::Official, Kind::Official)] {
            found.extend(names::find(conn, kind, text)?.into_iter().map(|n| (party, n)));
        }
        found.extend(find_government(conn, text)?.into_iter().map(|n| (Party::Government, n)));
        match found.as_slice() {
            [(party, named)] => Ok(Some((*party, named.slug.clone()))),
            [] => {
                let hint = match names::closest(conn, Kind::Company, text)?.as_slice() {
                    [] => String::new(),
                    near => format!(" (the closest companies: {})", near.join(", ")),
                };
                self.problem(format!(
                    "{place}: {key} `{text}` names no company, person or government of this file \
                     or the database{hint}: list it as a [[company]], [[person]] or \
                     [[government]], or give a slug"
                ));
                Ok(None)
            }
            several => {
                let listed: Vec<String> =
                    several.iter().map(|(p, n)| format!("{} `{}`", p.as_str(), n.slug)).collect();
                self.problem(format!(
                    "{place}: {key} `{text}` names {} records: {}; give the slug of the one you \
                     mean",
                    several.len(),
                    listed.join(", ")
                ));
                Ok(None)
            }
        }
    }
}

impl Plan {
    /// The slug of the pledge `text` (typed at `place`, for `key`) names: a `[[pledge]]` of
    /// the files by its title or slug, else a pledge the database holds by its slug, title or
    /// alias; `None` after a problem.
    fn refer_pledge(
        &mut self,
        conn: &Connection,
        text: &str,
        place: &str,
        key: &str,
    ) -> Result<Option<String>> {
        let in_files = self.pledge_names.get(&text.trim().to_lowercase()).cloned();
        let slugs = match in_files {
            Some(slugs) => slugs,
            None => names::find(conn, Kind::Pledge, text)?.into_iter().map(|n| n.slug).collect(),
        };
        match slugs.as_slice() {
            [one] => Ok(Some(one.clone())),
            [] => {
                let err = not_found(conn, Kind::Pledge, text.trim());
                self.problem(format!(
                    "{place}: {key}: {err}; or give the title of a [[pledge]] of the files"
                ));
                Ok(None)
            }
            several => {
                let slugs: Vec<String> = several.iter().map(|slug| format!("`{slug}`")).collect();
                self.problem(format!(
                    "{place}: {key} `{text}` names {} pledges: {}; give the slug of the one you \
                     mean",
                    several.len(),
                    slugs.join(", ")
                ));
                Ok(None)
            }
        }
    }
}

/// The governments `text` names: its ISO 3166 code, or its name in any case.
fn find_government(conn: &Connection, text: &str) -> Result<Vec<names::Named>> {
    let text = text.trim();
    let mut stmt = conn.prepare_cached("SELECT code, name FROM governments WHERE code = ?1")?;
    let named = |r: &rusqlite::Row| Ok(names::Named { slug: r.get(0)?, name: r.get(1)? });
    if let Some(exact) = stmt.query_row([text], named).optional()? {
        return Ok(vec![exact]);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT code, name FROM governments WHERE lower(name) = lower(?1) ORDER BY code",
    )?;
    let found = stmt.query_map([text], named)?.collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// The problem of a name that several records share, each with its slug.
fn ambiguous(kind: &str, text: &str, found: &[names::Named]) -> String {
    let listed: Vec<String> = found
        .iter()
        .map(|n| match &n.name {
            Some(name) => format!("`{}` ({name})", n.slug),
            None => format!("`{}`", n.slug),
        })
        .collect();
    format!(
        "`{text}` names {} records of kind {kind}: {}; write ref = \"...\" with the slug of the \
         one you mean",
        found.len(),
        listed.join(", ")
    )
}
