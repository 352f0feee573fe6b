//! The documentation shows real output: every console block of `README.md` and of `docs/*.md`
//! runs as written, through a shell, on a freshly seeded database (one per `## ` section,
//! commands in order), and must print exactly what the page shows under it.
//!
//! After a deliberate change of output, `PLEDGE_UPDATE_DOCS=1 cargo test readme` rewrites the
//! shown output in place; review the diff like code.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::{TODAY, TestDb};

/// One command of a console block: where its output lines are, what it runs, what it shows.
#[derive(Debug, PartialEq)]
struct Step {
    /// The `## ` heading of the section it is in.
    section: String,
    /// The command, continued lines joined with their `\` and line break.
    command: String,
    /// The output shown under it, each line ending in a line break.
    shown: String,
    /// The range of lines (0-based, end exclusive) that hold the shown output.
    lines: (usize, usize),
}

/// The steps of every console block of a page, in order. A line ending in `\` continues on the
/// next.
fn steps(page: &str) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    let mut section = String::new();
    let mut in_block = false;
    let mut continued = false;
    for (n, line) in page.lines().enumerate() {
        if !in_block && line.starts_with("## ") {
            section = line.to_owned();
        }
        match line {
            "```console" => in_block = true,
            "```" => in_block = false,
            _ if !in_block => {}
            _ if continued => {
                let step = steps.last_mut().expect("a command");
                step.command += &format!("\n{line}");
                step.lines = (n + 1, n + 1);
            }
            _ => match line.strip_prefix("$ ") {
                Some(command) => steps.push(Step {
                    section: section.clone(),
                    command: command.to_owned(),
                    shown: String::new(),
                    lines: (n + 1, n + 1),
                }),
                None => {
                    let step = steps.last_mut().expect("output follows a command");
                    step.shown += &format!("{line}\n");
                    step.lines.1 = n + 1;
                }
            },
        }
        continued = in_block && line.ends_with('\\');
    }
    steps
}

/// `README.md` and every `docs/*.md`, in name order.
fn pages() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("listing docs/")
        .map(|entry| entry.expect("reading docs/").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    docs.sort();
    [root.join("README.md")].into_iter().chain(docs).collect()
}

/// Runs one shown command the way a reader would, in the database's folder.
fn run(db: &TestDb, command: &str) -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_pledge")).parent().expect("the binary's folder");
    let out = Command::new("/bin/sh")
        .args(["-c", command])
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
        .env("PLEDGE_TODAY", TODAY)
        .current_dir(db.path(""))
        .output()
        .expect("running a documented command");
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

/// How many sections run at once. Each step mostly waits for the shell and `pledge` it starts,
/// so a few more than the cores keep them busy.
const AT_ONCE: usize = 4;

/// Runs every step of the pages, one seeded database per section, and returns what each printed,
/// page by page. Sections run side by side, across pages; the steps of one section run in order.
fn printed(pages: &[Vec<Step>]) -> Vec<Vec<String>> {
    // A section is a run of steps under one heading, as each starts a database of its own.
    let sections: Vec<(usize, &[Step])> = pages
        .iter()
        .enumerate()
        .flat_map(|(page, steps)| {
            steps.chunk_by(|a, b| a.section == b.section).map(move |s| (page, s))
        })
        .collect();
    let next = AtomicUsize::new(0);
    let mut outputs: Vec<Vec<String>> = vec![Vec::new(); sections.len()];
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..AT_ONCE)
            .map(|_| {
                scope.spawn(|| {
                    let mut done: Vec<(usize, Vec<String>)> = Vec::new();
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        let Some((_, steps)) = sections.get(at) else { break done };
                        let db = TestDb::seeded();
                        done.push((at, steps.iter().map(|step| run(&db, &step.command)).collect()));
                    }
                })
            })
            .collect();
        for worker in workers {
            for (at, printed) in worker.join().expect("a documentation worker") {
                outputs[at] = printed;
            }
        }
    });
    let mut by_page = vec![Vec::new(); pages.len()];
    for ((page, _), printed) in sections.iter().zip(outputs) {
        by_page[*page].extend(printed);
    }
    by_page
}

/// The page with each step's shown output replaced by what it printed.
fn rewritten(page: &str, steps: &[Step], printed: &[String]) -> String {
    let lines: Vec<&str> = page.lines().collect();
    let mut out = String::new();
    let mut next = 0;
    for (step, printed) in steps.iter().zip(printed) {
        for line in &lines[next..step.lines.0] {
            out += line;
            out += "\n";
        }
        out += printed;
        next = step.lines.1;
    }
    for line in &lines[next..] {
        out += line;
        out += "\n";
    }
    out
}

#[test]
fn the_docs_show_real_output() {
    let update = std::env::var_os("PLEDGE_UPDATE_DOCS").is_some();
    let paths = pages();
    let texts: Vec<String> = paths
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("reading a documentation page"))
        .collect();
    let all: Vec<Vec<Step>> = texts.iter().map(|page| steps(page)).collect();
    let total: usize = all.iter().map(Vec::len).sum();
    for (((path, page), steps), printed) in paths.iter().zip(&texts).zip(&all).zip(printed(&all)) {
        if update {
            std::fs::write(path, rewritten(page, steps, &printed)).expect("rewriting a page");
            continue;
        }
        for (step, printed) in steps.iter().zip(&printed) {
            assert_eq!(
                *printed,
                step.shown,
                "{} ({}) shows other output for `{}` (PLEDGE_UPDATE_DOCS=1 rewrites it)",
                path.display(),
                step.section,
                step.command
            );
        }
    }
    assert!(total >= 20, "the documentation lost its commands: {total} left");
}

#[test]
fn the_readme_has_a_tour_and_a_recording() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("reading README.md");
    let steps = steps(&readme);
    for heading in ["## Tour", "## Recording a pledge"] {
        let n = steps.iter().filter(|step| step.section == heading).count();
        assert!(n >= 3, "README.md {heading} has {n} commands");
    }
    assert!(readme.lines().count() <= 300, "README.md is over 300 lines");
}

#[test]
fn doc_steps_join_continued_lines_and_know_their_lines() {
    let page = "x\n## Tour\n\n```console\n$ pledge a \\\n    b\none\n$ pledge c\n```\n\n## Next\n```console\n$ d\n```\n";
    let steps = steps(page);
    let shown: Vec<(&str, &str, &str)> =
        steps.iter().map(|s| (&*s.section, &*s.command, &*s.shown)).collect();
    assert_eq!(
        shown,
        [
            ("## Tour", "pledge a \\\n    b", "one\n"),
            ("## Tour", "pledge c", ""),
            ("## Next", "d", "")
        ]
    );
    let printed = ["ONE\nTWO\n".to_owned(), "C\n".to_owned(), String::new()];
    assert_eq!(
        rewritten(page, &steps, &printed),
        "x\n## Tour\n\n```console\n$ pledge a \\\n    b\nONE\nTWO\n$ pledge c\nC\n```\n\n## Next\n```console\n$ d\n```\n"
    );
}
