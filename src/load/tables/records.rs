//! Rows of the records others refer to: companies, officials, categories, their aliases
//! and HS codes, and the parent links of the companies and categories trees.

use super::*;

pub(super) fn companies(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let (slug, name, country) =
            (f.key("slug", "company"), f.required("name"), f.country("country"));
        let parent = f.text("parent");
        // A parent later in the file is linked once the whole file is in.
        let parent_id = match &parent {
            Some(parent) => db::companies::id(s.conn, parent)?,
            None => None,
        };
        let (Some(slug), Some(name)) = (slug, name) else { return Ok(()) };
        let company = NewCompany {
            slug,
            name,
            country,
            sector: f.text("sector"),
            parent_id,
            note: f.text("note"),
        };
        if s.mode == Mode::Merge
            && let Some(sector) = &company.sector
            && let Some(stored) = db::companies::sector(s.conn, &company.slug)?
            && lost_zeros(&stored, sector)
        {
            f.problem(
            "sector",
            format!(
                "`{sector}` is the stored `{stored}` without its leading zeros, as a spreadsheet \
                 saves a code it read as a number; write `{stored}` (format the column as text)"
            ),
        );
        }
        check_loop(Tree::Companies, s, f, &company.slug, parent_id)?;
        let id = s.upsert(
            file,
            f,
            "slug",
            |c| db::companies::id(c, &company.slug),
            |c| db::companies::insert(c, &company),
            |c, id| db::companies::update(c, id, &company),
        )?;
        s.written(Kind::Company, &company.slug, id);
        if let (Some(id), Some(parent), None) = (id, parent, parent_id) {
            file.deferred.push((id, parent, rec.line));
        }
        Ok(())
    })
}

/// A government: an ISO 3166 country or subdivision code and the name the records use. The
/// code is checked against the ISO lists; it needs no claim, as the lists define it.
pub(super) fn governments(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        if rec.get("code").is_empty() {
            f.problem("code", "is empty but required");
        }
        let (code, name) = (f.government("code"), f.required("name"));
        let (Some(code), Some(name)) = (code, name) else { return Ok(()) };
        let government = NewGovernment { code, name, note: f.text("note") };
        let id = s.upsert(
            file,
            f,
            "code",
            |c| db::governments::id(c, &government.code),
            |c| db::governments::insert(c, &government),
            |c, id| db::governments::update(c, id, &government),
        )?;
        s.written(Kind::Government, &government.code, id);
        Ok(())
    })
}

/// The tables of other names: each row names its owner by slug and gives one alias.
#[derive(Clone, Copy)]
pub(super) enum AliasOf {
    Company,
    Official,
    Category,
}

impl AliasOf {
    /// The owner's column (also its kind) and the seed file that defines owners.
    fn owner(self) -> (&'static str, &'static str) {
        match self {
            AliasOf::Company => ("company", "companies.csv"),
            AliasOf::Official => ("official", "officials.csv"),
            AliasOf::Category => ("category", "categories.csv"),
        }
    }

    fn id(self, conn: &rusqlite::Connection, slug: &str) -> Result<Option<i64>> {
        match self {
            AliasOf::Company => db::companies::id(conn, slug),
            AliasOf::Official => db::officials::id(conn, slug),
            AliasOf::Category => db::categories::id(conn, slug),
        }
    }

    fn alias_id(self, conn: &rusqlite::Connection, id: i64, alias: &str) -> Result<Option<i64>> {
        match self {
            AliasOf::Company => db::companies::alias_id(conn, id, alias),
            AliasOf::Official => db::officials::alias_id(conn, id, alias),
            AliasOf::Category => db::categories::alias_id(conn, id, alias),
        }
    }

    fn insert_alias(
        self,
        conn: &rusqlite::Connection,
        id: i64,
        alias: &str,
    ) -> rusqlite::Result<()> {
        match self {
            AliasOf::Company => db::companies::insert_alias(conn, id, alias),
            AliasOf::Official => db::officials::insert_alias(conn, id, alias),
            AliasOf::Category => db::categories::insert_alias(conn, id, alias),
        }
    }
}

pub(super) fn aliases(
    of: AliasOf,
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    let (owner, list) = of.owner();
    Fields::check(rec, problems, |f| {
        let id = f.required_reference(owner, owner, list, |slug| of.id(s.conn, slug));
        let alias = f.required("alias");
        let (Some(id), Some(alias)) = (id, alias) else { return Ok(()) };
        s.upsert(
            file,
            f,
            "alias",
            |c| of.alias_id(c, id, &alias),
            |c| of.insert_alias(c, id, &alias).map(|()| c.last_insert_rowid()),
            |_, _| Ok(false),
        )?;
        Ok(())
    })
}

/// The tables whose rows name a parent of their own kind.
#[derive(Clone, Copy)]
pub(super) enum Tree {
    Companies,
    Categories,
}

impl Tree {
    fn kind(self) -> &'static str {
        match self {
            Tree::Companies => "company",
            Tree::Categories => "category",
        }
    }

    /// The seed file that defines the records.
    fn file(self) -> &'static str {
        match self {
            Tree::Companies => "companies.csv",
            Tree::Categories => "categories.csv",
        }
    }

    fn id(self, conn: &rusqlite::Connection, slug: &str) -> Result<Option<i64>> {
        match self {
            Tree::Companies => db::companies::id(conn, slug),
            Tree::Categories => db::categories::id(conn, slug),
        }
    }

    fn would_cycle(self, conn: &rusqlite::Connection, id: i64, parent_id: i64) -> Result<bool> {
        match self {
            Tree::Companies => db::companies::would_cycle(conn, id, parent_id),
            Tree::Categories => db::categories::would_cycle(conn, id, parent_id),
        }
    }

    fn set_parent(
        self,
        conn: &rusqlite::Connection,
        id: i64,
        parent_id: i64,
    ) -> rusqlite::Result<()> {
        match self {
            Tree::Companies => db::companies::set_parent(conn, id, parent_id),
            Tree::Categories => db::categories::set_parent(conn, id, parent_id),
        }
    }

    fn loop_message(self, parent: &str) -> String {
        match self {
            Tree::Companies => {
                format!(
                    "`{parent}` is this company or one of its subsidiaries; parents cannot loop"
                )
            }
            Tree::Categories => {
                format!("`{parent}` is this category or one beneath it; parents cannot loop")
            }
        }
    }
}

/// Refuses a parent that would make the existing record `slug` its own ancestor.
pub(super) fn check_loop(
    tree: Tree,
    s: &Session,
    f: &mut Fields,
    slug: &str,
    parent_id: Option<i64>,
) -> Result<()> {
    if let (Some(parent_id), Some(id)) = (parent_id, tree.id(s.conn, slug)?)
        && tree.would_cycle(s.conn, id, parent_id)?
    {
        let parent = f.text("parent").unwrap_or_default();
        f.problem("parent", tree.loop_message(&parent));
    }
    Ok(())
}

/// Links the parents a file named before defining them, once the whole file is in.
pub(super) fn link_parents(
    tree: Tree,
    s: &mut Session,
    file: &mut FileState,
    problems: &mut Problems,
) -> Result<()> {
    for (id, parent, line) in std::mem::take(&mut file.deferred) {
        let problem = match tree.id(s.conn, &parent)? {
            None if problems.explains_missing(tree.kind(), &parent) => continue,
            None => missing(tree.kind(), &parent, tree.file(), file.typed),
            Some(parent_id) if tree.would_cycle(s.conn, id, parent_id)? => {
                tree.loop_message(&parent)
            }
            Some(parent_id) => {
                tree.set_parent(s.conn, id, parent_id)?;
                continue;
            }
        };
        problems.add_at(file.place((line > 0).then_some(line)), Some("parent"), problem);
    }
    Ok(())
}

pub(super) fn officials(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let Some(slug) = f.key("slug", "official") else { return Ok(()) };
        let official = NewOfficial { slug, name: f.text("name"), note: f.text("note") };
        if official.name.is_none() && official.note.is_none() {
            f.problem("note", "is empty; an unnamed person needs a note saying who they are");
        }
        let id = s.upsert(
            file,
            f,
            "slug",
            |c| db::officials::id(c, &official.slug),
            |c| db::officials::insert(c, &official),
            |c, id| db::officials::update(c, id, &official),
        )?;
        s.written(Kind::Official, &official.slug, id);
        Ok(())
    })
}

pub(super) fn categories(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let (slug, name, parent) =
            (f.key("slug", "category"), f.required("name"), f.text("parent"));
        let parent_id = match &parent {
            Some(parent) => db::categories::id(s.conn, parent)?,
            None => None,
        };
        let (Some(slug), Some(name)) = (slug, name) else { return Ok(()) };
        let category = NewCategory { slug, name, parent_id };
        check_loop(Tree::Categories, s, f, &category.slug, parent_id)?;
        let id = s.upsert(
            file,
            f,
            "slug",
            |c| db::categories::id(c, &category.slug),
            |c| db::categories::insert(c, &category),
            |c, id| db::categories::update(c, id, &category),
        )?;
        s.written(Kind::Category, &category.slug, id);
        if let (Some(id), Some(parent), None) = (id, parent, parent_id) {
            file.deferred.push((id, parent, rec.line));
        }
        Ok(())
    })
}

pub(super) fn hs_codes(
    s: &mut Session,
    file: &mut FileState,
    rec: &Record,
    problems: &mut Problems,
) -> Result<()> {
    Fields::check(rec, problems, |f| {
        let id = f.required_reference("category", "category", "categories.csv", |slug| {
            s.id(Kind::Category, slug)
        });
        let from = hs_code(f, "code_from");
        let to = hs_code(f, "code_to");
        let (Some(id), Some(from), Some(to)) = (id, from, to) else { return Ok(()) };
        if from.len() != to.len() || from > to {
            f.problem(
                "code_to",
                format!("`{to}` must have as many digits as `{from}` and not come before it"),
            );
        }
        s.upsert(
            file,
            f,
            "code_from",
            |c| db::categories::hs_code_id(c, id, &from),
            |c| db::categories::insert_hs_code(c, id, &from, &to).map(|()| c.last_insert_rowid()),
            |c, rowid| db::categories::update_hs_code(c, rowid, &to),
        )?;
        Ok(())
    })
}

pub(super) fn hs_code(f: &mut Fields, column: &'static str) -> Option<String> {
    let code = f.required(column)?;
    if matches!(code.len(), 2 | 4 | 6) && code.bytes().all(|b| b.is_ascii_digit()) {
        return Some(code);
    }
    let digits = code.bytes().all(|b| b.is_ascii_digit());
    if !f.record.typed && matches!(code.len(), 1 | 3 | 5) && digits {
        f.problem(
            column,
            format!(
                "`{code}` has lost its leading zero, as a spreadsheet saves a code it read as a \
                 number; write `0{code}` (format the column as text)"
            ),
        );
        return None;
    }
    f.problem(column, format!("`{code}` is not an HS code (2, 4 or 6 digits, such as 08 or 2204)"));
    None
}
