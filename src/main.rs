//! `pledge`: track the pledges companies make to governments, with the evidence for each fact.
//!
//! Parses the command line, runs it, prints any error as one `error:` line chain on stderr and
//! turns the outcome into an exit code: 0 ok, 1 error, 2 usage (clap's). A closed pipe on stdout
//! (`pledge list | head`) is a normal end, not an error.

mod cli;
mod cmd;
mod db;
mod load;
mod model;
mod output;
mod site;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
