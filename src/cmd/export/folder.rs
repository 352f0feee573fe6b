//! `pledge export --dir DIR`: tables into a seed folder, with the stored article texts.
//!
//! The folder is built whole beside its place and swapped in, so that it is always either as it
//! was or complete. Nothing here chooses which tables are exported: `export.rs` does.

use std::fs::{self, File};
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use rusqlite::Connection;

use super::{BUFFER, Source, cannot, create_dir, plural, warn_if_too_long, write_csv};
use crate::db;
use crate::db::export::Export;
use crate::load::ARTICLES;
use crate::output::TextStyle;
use crate::temp;

/// Tables to a seed folder, with the article texts: built whole in a folder beside it, then
/// swapped into place, so that the folder is always either as it was or complete. Files of the
/// folder that the export does not write (tables not named, files of the user's) are carried
/// over; the articles folder is written anew with the sources table, so that no article stays
/// that no source names. Returns what was written, in words.
pub(super) fn to_dir(
    source: &Source,
    dir: &Path,
    guard: bool,
    exports: &[&Export],
) -> Result<String> {
    let target = place(dir)?;
    temp::clear_stale(&target)?;
    let (aside, _lock) = temp::dir_beside(&target).map_err(|e| cannot(dir, &e))?;
    let with_articles = exports.iter().any(|e| e.name == "sources");
    if let Some((file, first, second)) = db::sources::shared_files(source.conn)?.first().cloned()
        && with_articles
    {
        bail!(
            "sources `{first}` and `{second}` store different articles under one file name \
             `{file}`; import one of them again to give it a name of its own (see `pledge check`)"
        );
    }
    let written: Vec<String> = exports.iter().map(|e| format!("{}.csv", e.name)).collect();
    if target.is_dir() {
        carry_over(&target, aside.path(), &|name| {
            written.iter().any(|w| w == name) || (with_articles && name == ARTICLES)
        })?;
    }
    let style = TextStyle { delimiter: b',', spreadsheet: false, guard };
    for export in exports {
        let path = aside.path().join(format!("{}.csv", export.name));
        let file = File::create(&path).map_err(|e| cannot(&path, &e))?;
        let mut out = BufWriter::with_capacity(BUFFER, file);
        let rows = write_csv(source, export, style, &mut out)?;
        out.into_inner()
            .map_err(|e| cannot(&path, e.error()))?
            .sync_all()
            .map_err(|e| cannot(&path, &e))?;
        warn_if_too_long(export, rows);
    }
    // The article texts belong with the sources table that names them.
    let articles =
        if with_articles { write_articles(source.conn, &aside.path().join(ARTICLES))? } else { 0 };
    temp::swap_dir_into_place(aside.path(), &target).map_err(|e| cannot(&target, &e))?;
    // After the swap, the temporary folder holds the old content (or nothing): it goes.
    drop(aside);
    source.progress.finish_and_clear();
    let wrote =
        format!("{} and {}", plural(exports.len() as u64, "table"), plural(articles, "article"));
    eprintln!("wrote {}: {wrote}", dir.display());
    Ok(wrote)
}

/// The folder an export goes to, with symlinks and `.` resolved, so that it has a name and a
/// parent to build beside.
fn place(dir: &Path) -> Result<PathBuf> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if !meta.is_dir() && !meta.file_type().is_symlink() => {
            bail!("cannot write `{}`: it is a file, not a folder", dir.display())
        }
        Ok(_) => fs::canonicalize(dir).map_err(|e| cannot(dir, &e)),
        Err(_) => {
            // An empty folder to swap with; the same messages as before for a bad path.
            create_dir(dir)?;
            fs::canonicalize(dir).map_err(|e| cannot(dir, &e))
        }
    }
}

/// Copies what `from` holds into `to`, except the entries `skip` names.
fn carry_over(from: &Path, to: &Path, skip: &dyn Fn(&str) -> bool) -> Result<()> {
    for entry in fs::read_dir(from).map_err(|e| cannot(from, &e))? {
        let entry = entry.map_err(|e| cannot(from, &e))?;
        let name = entry.file_name();
        if skip(&name.to_string_lossy()) {
            continue;
        }
        let (src, dest) = (entry.path(), to.join(&name));
        if entry.file_type().map_err(|e| cannot(&src, &e))?.is_dir() {
            create_dir(&dest)?;
            carry_over(&src, &dest, &|_| false)?;
        } else {
            fs::copy(&src, &dest).map_err(|e| cannot(&src, &e))?;
        }
    }
    Ok(())
}

/// Writes every stored article text into `dir`, named as the sources table names it.
fn write_articles(conn: &Connection, dir: &Path) -> Result<u64> {
    create_dir(dir)?;
    db::export::articles(conn, |file, body| {
        // The loader only accepts plain names; a database edited by hand could hold anything.
        if file.contains(['/', '\\']) || file.starts_with('.') {
            bail!("source file name `{file}` is not a plain file name; fix it in the database");
        }
        let path = dir.join(file);
        fs::write(&path, body).map_err(|e| cannot(&path, &e))
    })
}
