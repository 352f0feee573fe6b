//! Temporary files and folders built beside what they will replace.
//!
//! Each one gets a random name created exclusively (never a name that exists, never following a
//! planted symlink), `.NAME.XXXXXX.pledge-tmp` beside its target `NAME`, and holds an exclusive
//! lock on itself while its process lives. A process killed midway leaves its temporary behind
//! unlocked, so the next run that writes the same target removes it ([`clear_stale`]). Nothing
//! here knows what the files hold.

use std::fs::{self, File};
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use tempfile::{NamedTempFile, TempDir};

const SUFFIX: &str = ".pledge-tmp";

/// The folder that holds `target`, `.` for a bare name.
pub fn folder_of(target: &Path) -> &Path {
    match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

fn prefix(target: &Path) -> io::Result<String> {
    let name = target.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("`{}` has no file name", target.display()),
        )
    })?;
    Ok(format!(".{}.", name.to_string_lossy()))
}

/// A new empty temporary file beside `target`, locked by this process. It is removed when
/// dropped unless persisted.
pub fn file_beside(target: &Path) -> io::Result<NamedTempFile> {
    let folder = folder_of(target);
    loop {
        let file =
            tempfile::Builder::new().prefix(&prefix(target)?).suffix(SUFFIX).tempfile_in(folder)?;
        if claim(file.as_file(), file.path())? {
            return Ok(file);
        }
    }
}

/// A new empty temporary folder beside `target`, locked by this process (through the returned
/// handle). It is removed when dropped unless kept.
pub fn dir_beside(target: &Path) -> io::Result<(TempDir, File)> {
    let folder = folder_of(target);
    loop {
        let dir =
            tempfile::Builder::new().prefix(&prefix(target)?).suffix(SUFFIX).tempdir_in(folder)?;
        let handle = File::open(dir.path())?;
        if claim(&handle, dir.path())? {
            return Ok((dir, handle));
        }
    }
}

/// Writes `path` through `write` into a temporary file beside it, synced, then renamed into
/// place. On any failure the temporary file is removed and `path` is left as it was. An I/O
/// error, of the file or returned by `write`, is told through `fail`. A device or a pipe
/// (`/dev/null`, `/dev/stdout`, a named pipe) is written to as it stands: a file renamed over
/// it would take its place.
pub fn write_file(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<()>,
    fail: impl Fn(io::Error) -> anyhow::Error,
) -> Result<()> {
    // A write that failed (a full disk...) is told as such, naming the file.
    let told = |err: anyhow::Error| match err.downcast::<io::Error>() {
        Ok(err) => fail(err),
        Err(err) => err,
    };
    if fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let mut out = BufWriter::new(File::options().write(true).open(path).map_err(&fail)?);
        write(&mut out).map_err(told)?;
        out.into_inner().map_err(|err| fail(err.into_error()))?;
        return Ok(());
    }
    clear_stale(path)?;
    let temp = file_beside(path).map_err(&fail)?;
    let mut out = BufWriter::new(temp.reopen().map_err(&fail)?);
    write(&mut out).map_err(told)?;
    let file = out.into_inner().map_err(|err| fail(err.into_error()))?;
    file.sync_all().map_err(&fail)?;
    temp.persist(path).map_err(|err| fail(err.error))?;
    Ok(())
}

/// Puts the folder `aside` (a [`dir_beside`] of `target`) in the place of `target`, in one step
/// where the system can; the old content, if any, then sits at `aside`, to go when it is dropped.
pub fn swap_dir_into_place(aside: &Path, target: &Path) -> io::Result<()> {
    if fs::symlink_metadata(target).is_err() {
        return fs::rename(aside, target);
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, aside, CWD, target, RenameFlags::EXCHANGE).is_ok() {
            return Ok(());
        }
    }
    // Without an atomic exchange: the old folder steps aside for a moment.
    let mut old = aside.as_os_str().to_owned();
    old.push("-old");
    let old = PathBuf::from(old);
    fs::rename(target, &old)?;
    fs::rename(aside, target)?;
    fs::rename(&old, aside)
}

/// Locks a new temporary, and tells whether it is still the one at `path`: a concurrent
/// [`clear_stale`] may have taken it for a dead process's before the lock was taken.
fn claim(file: &File, path: &Path) -> io::Result<bool> {
    file.lock()?;
    same_file(file, path)
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let Ok(at_path) = fs::symlink_metadata(path) else { return Ok(false) };
    let held = file.metadata()?;
    Ok(at_path.ino() == held.ino() && at_path.dev() == held.dev())
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> io::Result<bool> {
    Ok(path.exists())
}

/// Removes the temporaries of `target` that no living process holds: those left by a run that
/// was killed, with the side files SQLite may have made beside them. Returns how many.
pub fn clear_stale(target: &Path) -> Result<usize> {
    let Ok(prefix) = prefix(target) else { return Ok(0) };
    let folder = folder_of(target);
    let mut removed = 0;
    // Temporaries first, then side files whose temporary is gone.
    for sides in [false, true] {
        let Ok(entries) = fs::read_dir(folder) else { return Ok(0) };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !name.starts_with(&prefix) {
                continue;
            }
            let path = entry.path();
            let Ok(kind) = entry.file_type() else { continue };
            // A symlink is not something this program makes; leave it alone.
            if kind.is_symlink() {
                continue;
            }
            let stale = if sides {
                let Some(main) = ["-journal", "-wal", "-shm"]
                    .iter()
                    .find_map(|side| name.strip_suffix(side).filter(|m| m.ends_with(SUFFIX)))
                else {
                    continue;
                };
                fs::symlink_metadata(folder.join(main)).is_err()
            } else {
                name.ends_with(SUFFIX)
                    && File::open(&path).is_ok_and(|handle| handle.try_lock().is_ok())
            };
            if !stale {
                continue;
            }
            let gone =
                if kind.is_dir() { fs::remove_dir_all(&path) } else { fs::remove_file(&path) };
            gone.with_context(|| {
                format!("removing `{}`, left by an interrupted run", path.display())
            })?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// A path beside `target` for a backup taken at `stamp`: `NAME.bak-STAMP`, or with `-2`,
/// `-3`... when that exists.
pub fn backup_path(target: &Path, stamp: &str) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let base = target.with_file_name(format!("{name}.bak-{stamp}"));
    let mut path = base.clone();
    let mut n = 2;
    while fs::symlink_metadata(&path).is_ok() {
        path = PathBuf::from(format!("{}-{n}", base.display()));
        n += 1;
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unlocked_temporaries_of_the_target_are_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("pledges.db");
        let live = file_beside(&target).unwrap();
        let dead = file_beside(&target).unwrap();
        let (dead_path, dead_file) = (dead.path().to_path_buf(), dead.into_temp_path());
        // Closing the handle drops the lock, as a killed process's would.
        let dead_path_kept = dead_file.keep().unwrap();
        assert_eq!(dead_path_kept, dead_path);
        fs::write(dir.path().join(".pledges.db.notours"), "x").unwrap();
        assert_eq!(clear_stale(&target).unwrap(), 1);
        assert!(live.path().exists());
        assert!(!dead_path.exists());
        assert!(dir.path().join(".pledges.db.notours").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_is_neither_followed_nor_removed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("pledges.db");
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, "keep me").unwrap();
        let planted = dir.path().join(".pledges.db.AAAAAA.pledge-tmp");
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        let file = file_beside(&target).unwrap();
        assert_ne!(file.path(), planted);
        assert_eq!(clear_stale(&target).unwrap(), 0);
        assert!(fs::symlink_metadata(&planted).is_ok());
        assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me");
    }

    #[test]
    fn backups_never_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("pledges.db");
        let first = backup_path(&target, "20261121T093000");
        assert!(first.ends_with("pledges.db.bak-20261121T093000"));
        fs::write(&first, "x").unwrap();
        assert!(
            backup_path(&target, "20261121T093000").ends_with("pledges.db.bak-20261121T093000-2")
        );
    }
}
