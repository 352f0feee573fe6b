//! Opening the files a seed or an import reads, so that no file name can reach past them.
//!
//! A seed folder comes from anyone: a symbolic link in it could make the loader read
//! `/etc/passwd` into the database (and `export` write it back out), a link to `/dev/urandom`
//! would be read without end, and a FIFO would block the load forever. So an input is opened
//! without following a symbolic link and without waiting on a FIFO, must be a regular file, and
//! is refused past a size limit before it is read. This module only opens and reads.

use std::fs::{self, File, OpenOptions};
use std::io::Read;
use std::path::Path;

/// The largest article text read: far beyond any article, far below what would strain memory.
pub const MAX_ARTICLE_BYTES: u64 = 256 << 20;

/// The largest CSV file read. CSV files are streamed, so this bounds time, not memory.
pub const MAX_CSV_BYTES: u64 = 64 << 30;

/// Why an input was refused, as a phrase to follow its path: "is a symbolic link; ...".
pub type Refusal = String;

/// Opens `path` for reading if it is a regular file of at most `limit` bytes. A symbolic link
/// (even one to a regular file), a FIFO, a device or a folder is refused.
pub fn open(path: &Path, limit: u64) -> Result<File, Refusal> {
    let file = match options().open(path) {
        Ok(file) => file,
        Err(_) if is_symlink(path) => {
            return Err("is a symbolic link; inputs must be regular files inside their folder \
                        (copy the file there instead)"
                .into());
        }
        Err(err) => return Err(format!("cannot be opened: {}", describe(&err))),
    };
    let meta = file.metadata().map_err(|err| format!("cannot be read: {}", describe(&err)))?;
    if meta.is_dir() {
        return Err("is a folder, not a file".into());
    }
    if !meta.is_file() {
        return Err(
            "is not a regular file (a FIFO or a device); inputs must be regular files".into()
        );
    }
    if meta.len() > limit {
        return Err(too_large(limit));
    }
    Ok(file)
}

/// Reads the whole of `path` (see [`open`]), never more than `limit` bytes even if it grows.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
    let file = open(path, limit)?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| format!("cannot be read: {}", describe(&err)))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(bytes)
}

fn too_large(limit: u64) -> Refusal {
    match limit >> 20 {
        0 => format!("is larger than the {limit}-byte limit for this input"),
        mib => format!("is larger than the {mib} MiB limit for this input"),
    }
}

fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink())
}

#[cfg(unix)]
fn options() -> OpenOptions {
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = OpenOptions::new();
    // O_NOFOLLOW: a link is refused by the kernel, with no window between a check and the open.
    // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; it changes
    // nothing for the regular files that are then read.
    options.read(true).custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    options
}

#[cfg(not(unix))]
fn options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.read(true);
    options
}

/// What an I/O error means for the user, without the OS's error number.
pub fn describe(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => "no such file".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::StorageFull => "the disk is full".into(),
        ErrorKind::ReadOnlyFilesystem => "the file system is read-only".into(),
        ErrorKind::IsADirectory => "it is a folder".into(),
        _ => err.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_and_anything_else_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "text").unwrap();
        assert_eq!(read(&file, 10).unwrap(), b"text");
        assert_eq!(read(&file, 3).unwrap_err(), "is larger than the 3-byte limit for this input");
        let err = read(dir.path(), 10).unwrap_err();
        assert!(err.contains("folder"), "{err}");
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert!(read(&link, 10).unwrap_err().starts_with("is a symbolic link"));
    }
}
