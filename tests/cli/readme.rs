//! The README's tour shows real output: every `$ pledge ...` block of its `## Tour` section is
//! run on the seeded database and must print exactly what the README says.

use crate::TestDb;

/// The `## Tour` section of the README, up to the next `## ` heading.
fn tour() -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("reading README.md");
    let start = readme.find("\n## Tour\n").expect("README.md has a `## Tour` section");
    let rest = &readme[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 4);
    rest[..end].to_owned()
}

/// Each console block as (arguments after `pledge`, expected output).
fn examples(tour: &str) -> Vec<(Vec<String>, String)> {
    let mut found = Vec::new();
    for block in tour.split("```console\n").skip(1) {
        let block = &block[..block.find("```").expect("a console block is closed")];
        let (command, output) = block.split_once('\n').expect("a console block has a command");
        let words = split(command.strip_prefix("$ pledge ").expect("commands start `$ pledge `"));
        found.push((words, output.to_owned()));
    }
    found
}

/// Shell words: split on spaces, with single quotes grouping.
fn split(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    for (i, part) in line.split('\'').enumerate() {
        if i % 2 == 1 {
            words.push(part.to_owned());
        } else {
            words.extend(part.split_whitespace().map(str::to_owned));
        }
    }
    words
}

#[test]
fn the_readme_tour_shows_real_output() {
    let db = TestDb::seeded();
    let examples = examples(&tour());
    assert!(examples.len() > 20, "only {} examples in the tour", examples.len());
    for (args, expected) in examples {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = db.cmd(&args).output().expect("running pledge");
        let actual = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert_eq!(actual.trim_end(), expected.trim_end(), "`pledge {}`", args.join(" "));
    }
}
