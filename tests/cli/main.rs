//! Integration tests: the real `pledge` binary on a fresh database per test.
//!
//! One module per command. Each test owns a `TestDb` (a temporary folder), runs the binary with
//! a cleared environment, a pinned `--today` and the folder as working directory, and snapshots
//! exit code, stdout and stderr.

mod add;
mod apply;
mod categories;
mod check;
mod clients;
mod companies;
mod conflicts;
mod dates;
mod disputes;
mod draft;
mod durability;
mod events;
mod export;
mod families;
mod fixture;
mod help;
mod import;
mod init;
mod list;
mod log;
mod officials;
mod parties;
mod readme;
mod search;
mod seed;
mod show;
mod site;
mod sources;
mod status;
mod targets;
mod terminal;
mod timeline;
mod totals;
mod update;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use tempfile::TempDir;

/// The date every test takes as today.
pub const TODAY: &str = "2026-11-21";

/// The time every test's journal entries record.
pub const NOW: &str = "2026-11-21T09:30:00Z";

/// A temporary folder holding one test's database and files.
pub struct TestDb {
    dir: TempDir,
}

/// Whether `/dev/shm` has a gigabyte free, asked of `df` once per test binary.
fn shm_has_room() -> bool {
    static ROOMY: OnceLock<bool> = OnceLock::new();
    *ROOMY.get_or_init(|| {
        let out = Command::new("df").args(["-k", "--output=avail", "/dev/shm"]).output();
        let free_kib = out.ok().filter(|o| o.status.success()).and_then(|o| {
            String::from_utf8_lossy(&o.stdout).lines().nth(1)?.trim().parse::<u64>().ok()
        });
        free_kib.is_some_and(|kib| kib >= 1 << 20)
    })
}

impl TestDb {
    /// An empty folder: no database yet. It is in memory (under `/dev/shm`) where that has
    /// room to spare: the tests create, sync and delete thousands of small files (databases,
    /// their WAL files, seed folders), which a disk file system makes costly, and no test
    /// depends on the kind of file system. Elsewhere (a container's `/dev/shm` is often 64 MB,
    /// which Chromium needs too), or when `/dev/shm` refuses, it is in the usual temporary folder.
    pub fn empty() -> Self {
        let shm = Path::new("/dev/shm");
        let in_memory = shm_has_room().then(|| tempfile::tempdir_in(shm).ok()).flatten();
        let dir = in_memory.map_or_else(tempfile::tempdir, Ok);
        TestDb { dir: dir.expect("creating a temporary folder") }
    }

    /// A folder with a copy of the real seed files under `seeds/`, not yet loaded.
    pub fn with_seed_copy() -> Self {
        let db = Self::empty();
        copy_dir(&seeds_dir(), &db.path("seeds"));
        db
    }

    /// A database built from the real seed files: a copy of one `pledge seed` run per test
    /// binary, so that each test starts from the same bytes without seeding again.
    pub fn seeded() -> Self {
        static TEMPLATE: OnceLock<TestDb> = OnceLock::new();
        let template = TEMPLATE.get_or_init(|| {
            let db = Self::empty();
            let out =
                db.cmd(&["seed", "--dir"]).arg(seeds_dir()).output().expect("running pledge seed");
            assert!(
                out.status.success(),
                "seeding failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            db
        });
        let db = Self::empty();
        std::fs::copy(template.db_file(), db.db_file()).expect("copying the seeded database");
        db
    }

    /// A path inside the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The database file.
    pub fn db_file(&self) -> PathBuf {
        self.path("pledges.db")
    }

    /// `pledge --db pledges.db --today TODAY ARGS...`, run in the folder with no environment.
    pub fn cmd(&self, args: &[&str]) -> Command {
        self.cmd_on(TODAY, args)
    }

    /// `pledge --db pledges.db --today today ARGS...`, run in the folder with no environment.
    pub fn cmd_on(&self, today: &str, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pledge"));
        cmd.env_clear()
            .env("PLEDGE_NOW", NOW)
            .current_dir(self.dir.path())
            .args(["--db", "pledges.db", "--today", today])
            .args(args);
        cmd
    }

    /// `pledge --db pledges.db --today TODAY ARGS...` with files limited to `blocks` blocks of 512
    /// bytes (`ulimit -f`): a write past the limit fails as a write to a full disk would,
    /// without filling one. SIGXFSZ is ignored, so the write returns an error instead of killing
    /// the process.
    pub fn cmd_with_file_limit(&self, blocks: u32, args: &[&str]) -> Command {
        let mut cmd = Command::new("sh");
        cmd.env_clear()
            .current_dir(self.dir.path())
            .arg("-c")
            .arg(format!("trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" \"$@\""))
            .arg(env!("CARGO_BIN_EXE_pledge"))
            .args(["--db", "pledges.db", "--today", TODAY])
            .args(args);
        cmd
    }

    /// Reads a file of the folder as text.
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).expect("reading a test file")
    }

    /// An open connection to the database, as another program would hold one.
    pub fn connect(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db_file()).expect("opening the database")
    }

    /// The database file's bytes, to check that a refused command left it as it was.
    pub fn bytes(&self) -> Vec<u8> {
        std::fs::read(self.db_file()).expect("reading the database")
    }

    /// Replaces a file of the folder.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) {
        std::fs::write(self.path(name), contents).expect("writing a test file");
    }
}

/// The project's real seed folder.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("creating a folder");
    for entry in std::fs::read_dir(from).expect("listing a folder") {
        let entry = entry.expect("reading a folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("reading a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copying a file");
        }
    }
}
