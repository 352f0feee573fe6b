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
    for format in ["table", "csv", "tsv", "json", "ndjson"] {
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
    schema version 16
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
    assert!(table.contains(r"Evil\u{1b}[2J\u{1b}]0;pwned\u{7}Corp"), "{table}");
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

/// Boxed tables (on a terminal, or with --width) keep slugs, dates and numbers whole, right-
/// align numbers, give an empty column only its header's width, and turn rows too wide for the
/// width into records.
#[test]
fn boxed_tables_never_break_identifiers() {
    let db = TestDb::seeded();
    insta_cmd::assert_cmd_snapshot!(db.cmd(&["--width", "80", "status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    ┌────────────────┬─────────┐
    │ status         ┆ pledges │
    ╞════════════════╪═════════╡
    │ announced      ┆       0 │
    │ in_progress    ┆       1 │
    │ stalled        ┆       0 │
    │ scaled_back    ┆       0 │
    │ partially_kept ┆       0 │
    │ kept           ┆       0 │
    │ broken         ┆       0 │
    │ withdrawn      ┆       0 │
    │ unverifiable   ┆       0 │
    └────────────────┴─────────┘

    ┌──────────────┬───────────────────────────────────────────────────────────────┐
    │ slug         ┆ alibaba-1-million-us-jobs                                     │
    │ company      ┆ Alibaba                                                       │
    │ title        ┆ Alibaba to create 1 million US jobs                           │
    │ status       ┆ in_progress                                                   │
    │ status_since ┆ 2017-01-10                                                    │
    │ overdue      ┆ no                                                            │
    └──────────────┴───────────────────────────────────────────────────────────────┘

    ----- stderr -----
    ");
    insta_cmd::assert_cmd_snapshot!(db.cmd(&["--width", "200", "list"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    ┌───────────────────────────┬──────────────┬──────┬─────────┬─────────┬────────────┬────────────┬─────────────────────────┬────────────────────────┬─────────────┬──────────────┬──────────┬─────────┐
    │ slug                      ┆ title        ┆ kind ┆ company ┆ made_by ┆ made_to    ┆ made_on    ┆ targets                 ┆ categories             ┆ status      ┆ status_since ┆ deadline ┆ overdue │
    ╞═══════════════════════════╪══════════════╪══════╪═════════╪═════════╪════════════╪════════════╪═════════════════════════╪════════════════════════╪═════════════╪══════════════╪══════════╪═════════╡
    │ alibaba-1-million-us-jobs ┆ Alibaba to   ┆ jobs ┆ Alibaba ┆ Jack Ma ┆ Donald     ┆ 2017-01-09 ┆ 1,000,000 businesses;   ┆ agricultural-products; ┆ in_progress ┆ 2017-01-10   ┆          ┆ no      │
    │                           ┆ create 1     ┆      ┆         ┆         ┆ Trump      ┆            ┆ more than 1,000,000     ┆ apparel; fruit; wine   ┆             ┆              ┆          ┆         │
    │                           ┆ million US   ┆      ┆         ┆         ┆            ┆            ┆ jobs                    ┆                        ┆             ┆              ┆          ┆         │
    │                           ┆ jobs         ┆      ┆         ┆         ┆            ┆            ┆                         ┆                        ┆             ┆              ┆          ┆         │
    └───────────────────────────┴──────────────┴──────┴─────────┴─────────┴────────────┴────────────┴─────────────────────────┴────────────────────────┴─────────────┴──────────────┴──────────┴─────────┘

    ----- stderr -----
    ");
    for width in ["60", "80", "120", "200"] {
        for command in ["status", "list", "show alibaba-1-million-us-jobs", "events", "sources"] {
            let mut cmd = db.cmd(&["--width", width]);
            let out = cmd.args(command.split(' ')).output().expect("running pledge");
            let text = String::from_utf8(out.stdout).expect("text");
            let fits = text.lines().all(|l| l.chars().count() <= width.parse().unwrap());
            assert!(fits, "--width {width} {command}:\n{text}");
            let pledges = ["status", "list"].contains(&command) || command.starts_with("show");
            let whole = text.contains("alibaba-1-million-us-jobs");
            assert!(whole || !pledges, "--width {width} {command}:\n{text}");
        }
    }
}

/// Off a terminal, tables are plain rows: no box, nothing wrapped however long.
#[test]
fn tables_off_a_terminal_are_plain_rows() {
    let db = TestDb::seeded();
    let out = db.cmd(&["show", "alibaba-1-million-us-jobs"]).output().expect("running pledge");
    let text = String::from_utf8(out.stdout).expect("text");
    assert!(!text.contains(['│', '┆', '─']), "{text}");
    let description = "Alibaba will help one million US small businesses sell goods to consumers \
                       in China and the rest of Asia on its platform, creating more than one \
                       million American jobs.";
    assert!(text.contains(&format!("description   {description}\n")), "{text}");
}

/// Runs `pledge ARGS` on an xterm 100 columns wide (a pseudo-terminal, through `script`), with `PAGER`
/// set to a command that marks every line it shows; gives back what the terminal showed.
fn on_a_terminal(db: &TestDb, args: &str) -> String {
    let command = format!(
        "stty cols 100 rows 40; {} --db pledges.db --today {TODAY} {args}",
        env!("CARGO_BIN_EXE_pledge")
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("TERM", "xterm")
        .env("PAGER", "sed 's/^/paged: /'")
        .current_dir(db.path(""))
        .output()
        .expect("running script");
    String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n")
}

#[test]
fn a_terminal_gets_boxed_tables_through_the_pager() {
    let db = TestDb::seeded();
    let shown = on_a_terminal(&db, "status");
    assert!(shown.starts_with("paged: ┌────────────────┬─────────┐\n"), "{shown}");
    assert!(shown.lines().all(|l| l.starts_with("paged: ")), "{shown}");
    assert!(shown.contains("│ alibaba-1-million-us-jobs ┆"), "{shown}");
    let shown = on_a_terminal(&db, "--no-pager status");
    assert!(shown.starts_with("┌────────────────┬─────────┐\n"), "{shown}");
    // Writing commands and pipes never page.
    let shown = on_a_terminal(&db, "status | cat");
    assert!(shown.starts_with("status          pledges\n"), "{shown}");
    // With no $PAGER and no less installed, it prints directly.
    let shown = on_a_terminal(&db, "status").replace("paged: ", "");
    let unpaged = on_a_terminal(&db, "--no-pager status");
    assert_eq!(shown, unpaged);
    let bin = env!("CARGO_BIN_EXE_pledge");
    let without_less = format!(
        "status > /dev/null; env -u PAGER PATH=/nonexistent {bin} --db pledges.db --today {TODAY} status"
    );
    assert_eq!(on_a_terminal(&db, &without_less), unpaged);
}

fn json_of(db: &TestDb, args: &[&str]) -> serde_json::Value {
    let out = db.cmd(args).output().expect("running pledge");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// A field has one name in every command: a pledge's fields in `list` and `status` are named
/// as in `show`, and lists in JSON are arrays of structured values, not display text.
#[test]
fn one_vocabulary_and_structured_json() {
    let db = TestDb::seeded();
    let show = json_of(&db, &["--format", "json", "show", "alibaba-1-million-us-jobs"]);
    let list = json_of(&db, &["--format", "json", "list"]);
    let status = json_of(&db, &["--format", "json", "status"]);
    for row in [&list[0], &status["pledges"][0]] {
        for (key, value) in row.as_object().expect("an object") {
            assert_eq!(&show[key], value, "`{key}` differs from show's");
        }
    }
    let events = json_of(&db, &["--format", "json", "events"]);
    assert_eq!(
        events[0]["participants"],
        serde_json::json!([{ "slug": "alibaba", "kind": "company", "role": "listed" }])
    );
    let officials = json_of(&db, &["--format", "json", "officials"]);
    assert_eq!(
        officials[0]["titles"][0],
        serde_json::json!({ "title": "President", "at": "US", "from": null, "until": null })
    );
}

/// `--format ndjson` prints the objects of `--format json`, one compact object a line.
#[test]
fn ndjson_is_the_json_rows_one_a_line() {
    let db = TestDb::seeded();
    for command in ["list", "events", "officials", "companies", "export evidence"] {
        let args: Vec<&str> = command.split(' ').collect();
        let json = json_of(&db, &[&["--format", "json"], &args[..]].concat());
        let out = db.cmd(&[&["--format", "ndjson"], &args[..]].concat()).output().unwrap();
        let text = String::from_utf8(out.stdout).expect("text");
        let lines: Vec<serde_json::Value> =
            text.lines().map(|l| serde_json::from_str(l).expect("one object a line")).collect();
        assert_eq!(serde_json::Value::Array(lines), json, "{command}");
    }
}

/// Long work shows progress on stderr when it is a terminal (tests elsewhere show that pipes
/// get none: their stderr is only the outcome).
#[test]
fn seed_export_and_import_show_progress_on_a_terminal() {
    let db = TestDb::with_seed_copy();
    let shown = on_a_terminal(&db, "seed --dir seeds");
    assert!(shown.contains("seeding from seeds, "), "{shown}");
    let shown = on_a_terminal(&db, "export evidence --out evidence.csv");
    assert!(shown.contains("exporting evidence: "), "{shown}");
    let shown = on_a_terminal(&db, "import evidence evidence.csv");
    assert!(shown.contains("reading evidence.csv "), "{shown}");
    assert!(
        shown.ends_with("imported evidence.csv into evidence: 0 added, 0 changed, 70 unchanged\n")
    );
}

#[test]
fn usage_errors_never_echo_control_characters() {
    let db = TestDb::empty();
    let out = db.cmd(&["list", "--status", "x\u{1b}]0;pwned\u{7}y\rz"]).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr.contains(['\u{1b}', '\u{7}', '\r']), "{stderr:?}");
    insta_cmd::assert_cmd_snapshot!(db.cmd(&["--width", "5", "status"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value '5' for '--width <COLUMNS>': 5 is not in 20..=65535

    For more information, try '--help'.
    ");
}

/// `check` says which part it is at on a terminal; through a pipe its stderr is only the outcome
/// (see tests/cli/check.rs).
#[test]
fn check_shows_progress_on_a_terminal() {
    let db = TestDb::seeded();
    let shown = on_a_terminal(&db, "check");
    assert!(shown.contains("checking the file and its history, "), "{shown}");
}
