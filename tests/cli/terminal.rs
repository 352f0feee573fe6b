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
        for command in [
            "export evidence",
            "list",
            "show alibaba-1-million-us-jobs",
            "events",
            "status",
            "completions bash",
            "man",
        ] {
            let args = format!("--format {format} {command}");
            let (code, stderr) = into_closed_pipe(&db, &args);
            assert_eq!((code.as_str(), stderr.as_str()), ("0\n", ""), "pledge {args}");
            std::fs::remove_file(db.path("gone")).expect("removing the FIFO");
        }
    }
}

#[test]
fn version_names_the_schema_and_sqlite() {
    let db = TestDb::empty();
    insta_cmd::assert_cmd_snapshot!(db.cmd(&["--version"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    pledge 0.1.0
    schema version 4
    SQLite 3.54.1

    ----- stderr -----
    ");
}

/// The bash script, loaded into a real bash, completes a subcommand and an enum value.
#[test]
fn bash_completes_commands_and_values() {
    let script = r#"source <("$0" completions bash)
COMP_WORDS=(pledge li); COMP_CWORD=1; _pledge pledge li pledge; echo "${COMPREPLY[@]}"
COMP_WORDS=(pledge completions f); COMP_CWORD=2; _pledge pledge f completions; echo "${COMPREPLY[@]}""#;
    let out = Command::new("bash")
        .args(["-c", script, env!("CARGO_BIN_EXE_pledge")])
        .env_clear()
        .output()
        .expect("running bash");
    let printed = String::from_utf8_lossy(&out.stdout);
    assert_eq!(printed, "list\nfish\n", "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn completions_exist_for_every_shell() {
    let db = TestDb::empty();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = db.cmd(&["completions", shell]).output().expect("running pledge");
        let script = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success() && script.contains("seed"), "{shell}: {script}");
    }
    insta_cmd::assert_cmd_snapshot!(db.cmd(&["completions", "tcsh"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value 'tcsh' for '<SHELL>'
      [possible values: bash, elvish, fish, powershell, zsh]

      tip: a similar value exists: 'zsh'

    For more information, try '--help'.
    ");
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let db = TestDb::empty();
    let out = db.cmd(&["man"]).output().expect("running pledge man");
    let page = String::from_utf8(out.stdout).expect("the page is text");
    assert!(page.contains(".TH pledge 1"), "{page}");
    for command in ["seed", "list", "show", "export", "import", "completions"] {
        assert!(page.contains(&format!("pledge\\-{command}(1)")), "{command} missing:\n{page}");
    }
}

/// A value that would clear the screen and retitle the terminal is shown escaped in tables
/// and messages, and kept exact in CSV and JSON.
#[test]
fn control_characters_are_escaped_in_tables_and_messages_only() {
    let db = TestDb::seeded();
    let name = "Evil\u{1b}[2J\u{1b}]0;pwned\u{7}Corp";
    let out = db.cmd(&["add", "company", "--name", name, "--slug", "evil"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = db.cmd(&["companies"]).output().unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains(r"Evil\u{1b}[2J"), "{table}");
    assert!(!table.contains(['\u{1b}', '\u{7}']), "{table}");
    let csv = db.cmd(&["--format", "csv", "companies"]).output().unwrap();
    assert!(String::from_utf8(csv.stdout).unwrap().contains(name));
    let json = db.cmd(&["--format", "json", "companies"]).output().unwrap();
    assert!(
        String::from_utf8(json.stdout)
            .unwrap()
            .contains(r#""Evil\u001b[2J\u001b]0;pwned\u0007Corp""#)
    );
    insta_cmd::assert_cmd_snapshot!(db.cmd(&["show", "x\r\ny\u{1b}[2J\u{9b}"]), @r"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no pledge `x\r\ny\u{1b}[2J\u{9b}` (see `pledge list`)
    ");
}
