use std::process::Command;

/// `pledge ARGS... --help`, which must succeed.
fn help(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_pledge"))
        .env_clear()
        .args(args)
        .arg("--help")
        .output()
        .expect("running pledge --help");
    assert!(out.status.success(), "`pledge {} --help` failed", args.join(" "));
    String::from_utf8(out.stdout).expect("help is UTF-8")
}

/// The subcommands a help text lists under `Commands:`, less `help`.
fn commands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|line| *line != "Commands:")
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        // A wrapped description continues on a line indented further.
        .filter(|line| !line[2..].starts_with(' '))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

/// Every command's `--help` carries examples, the commands with subcommands (`add`) each of
/// theirs; the list comes from `pledge --help`, so a new command is checked too.
#[test]
fn every_command_has_examples_in_its_help() {
    let names = commands(&help(&[]));
    assert!(names.len() >= 18, "`pledge --help` lists too few commands: {names:?}");
    for command in &names {
        let top = help(&[command]);
        let subcommands = commands(&top);
        let pages = if subcommands.is_empty() {
            vec![(command.clone(), top)]
        } else {
            subcommands
                .iter()
                .map(|sub| (format!("{command} {sub}"), help(&[command, sub])))
                .collect()
        };
        for (name, page) in pages {
            assert!(
                page.contains("\nEXAMPLES:\n    pledge "),
                "`pledge {name} --help` has no examples"
            );
        }
    }
}

/// Help wraps at word boundaries to the width it is given (clap reads `COLUMNS` off a
/// terminal), and lists the global options under their own heading.
#[test]
fn help_wraps_to_the_width_and_lists_global_options_apart() {
    for command in ["", "list", "show", "status", "export", "import", "add pledge", "update"] {
        let out = Command::new(env!("CARGO_BIN_EXE_pledge"))
            .env_clear()
            .env("COLUMNS", "60")
            .args(command.split_whitespace())
            .arg("--help")
            .output()
            .unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        // Only the usage line, which clap never breaks, may be longer.
        for line in help.lines().filter(|l| !l.starts_with("Usage:")) {
            assert!(line.chars().count() <= 60, "`pledge {command} --help` line too long: {line}");
        }
        let global = help.find("\nGlobal options:\n").expect("a heading for global options");
        assert!(help[global..].contains("--db <PATH>"), "`pledge {command} --help`");
        assert!(!help[..global].contains("--db <PATH>"), "`pledge {command} --help`");
    }
}
