//! Behaviour at the terminal's edges: closed pipes, widths, pagers, help, completions, the man
//! page and the version.

use std::process::Command;

use crate::{TODAY, TestDb};

/// Runs `pledge ARGS` with its stdout a pipe whose reading end is already closed, so that its
/// first write fails, and gives back its exit code and stderr. A FIFO makes the order certain:
/// the command starts only once the reader has gone.
fn into_closed_pipe(db: &TestDb, args: &str) -> (String, String) {
    let script = r#"mkfifo gone
{ read x < gone; "$0" --db pledges.db --today "$1" $2; echo $? > code; } | { exec 0<&-; echo > gone; }
cat code"#;
    let out = Command::new("/bin/sh")
        .args(["-c", script, env!("CARGO_BIN_EXE_pledge"), TODAY, args])
        .env_clear()
        .current_dir(db.path(""))
        .output()
        .expect("running a pipeline");
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn a_closed_pipe_ends_every_format_quietly() {
    let db = TestDb::seeded();
    for format in ["table", "csv", "tsv", "json"] {
        for command in
            ["export evidence", "list", "show alibaba-1-million-us-jobs", "events", "status"]
        {
            let args = format!("--format {format} {command}");
            let (code, stderr) = into_closed_pipe(&db, &args);
            assert_eq!((code.as_str(), stderr.as_str()), ("0\n", ""), "pledge {args}");
            std::fs::remove_file(db.path("gone")).expect("removing the FIFO");
        }
    }
}
