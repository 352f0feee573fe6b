use std::process::Command;

/// Every command's `--help` carries examples.
#[test]
fn every_command_has_examples_in_its_help() {
    let commands = [
        "init",
        "seed",
        "status",
        "list",
        "show",
        "timeline",
        "companies",
        "officials",
        "events",
        "categories",
        "sources",
        "search",
        "conflicts",
        "completions",
        "man",
    ];
    for command in commands {
        let out = Command::new(env!("CARGO_BIN_EXE_pledge"))
            .env_clear()
            .args([command, "--help"])
            .output()
            .unwrap();
        assert!(out.status.success(), "`pledge {command} --help` failed");
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(
            help.contains("\nEXAMPLES:\n    pledge "),
            "`pledge {command} --help` has no examples"
        );
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
