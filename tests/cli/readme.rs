//! The README shows real output: every console block of its `## Tour` and `## Recording what
//! happens` sections runs as written, through a shell, on a freshly seeded database (one per
//! section, commands in order), and must print exactly what the README shows under it.

use std::path::Path;
use std::process::Command;

use crate::{TODAY, TestDb};

/// The sections whose console blocks are run.
const SECTIONS: &[&str] = &["## Tour", "## Recording what happens"];

/// The commands of a section's console blocks, each with the output shown under it (stdout,
/// then stderr). A line ending in `\` continues on the next.
fn steps(readme: &str, heading: &str) -> Vec<(String, String)> {
    let start = readme.find(&format!("\n{heading}\n")).expect("the README has the section") + 1;
    let section = &readme[start + heading.len()..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    let mut steps: Vec<(String, String)> = Vec::new();
    let mut in_block = false;
    let mut continued = false;
    for line in section.lines() {
        match line {
            "```console" => in_block = true,
            "```" => in_block = false,
            _ if !in_block => {}
            _ if continued => steps.last_mut().expect("a command").0 += &format!("\n{line}"),
            _ => match line.strip_prefix("$ ") {
                Some(command) => steps.push((command.to_owned(), String::new())),
                None => {
                    steps.last_mut().expect("output follows a command").1 += &format!("{line}\n")
                }
            },
        }
        continued = in_block && line.ends_with('\\');
    }
    steps
}

#[test]
fn the_readme_shows_real_output() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("reading README.md");
    let bin = Path::new(env!("CARGO_BIN_EXE_pledge")).parent().expect("the binary's folder");
    for heading in SECTIONS {
        let steps = steps(&readme, heading);
        assert!(steps.len() >= 5, "{heading} lost its commands: {steps:?}");
        let db = TestDb::seeded();
        for (command, shown) in steps {
            let out = Command::new("/bin/sh")
                .args(["-c", &command])
                .env_clear()
                .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
                .env("PLEDGE_TODAY", TODAY)
                .current_dir(db.path(""))
                .output()
                .expect("running a README command");
            let printed = String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr);
            assert_eq!(printed, shown, "README.md ({heading}) shows other output for `{command}`");
        }
    }
}

#[test]
fn readme_steps_join_continued_lines() {
    let readme = "x\n## Tour\n\n```console\n$ pledge a \\\n    b\none\n$ pledge c\n```\n\n## Next\n```console\n$ not this\n```\n";
    assert_eq!(
        steps(readme, "## Tour"),
        [
            ("pledge a \\\n    b".to_owned(), "one\n".to_owned()),
            ("pledge c".to_owned(), String::new())
        ]
    );
}
