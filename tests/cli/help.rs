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
