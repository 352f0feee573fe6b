//! `pledge`: track the pledges companies make to governments, with the evidence for each fact.
//!
//! Parses the command line, runs it, prints any error as one `error:` line chain on stderr and
//! turns the outcome into an exit code: 0 ok, 1 error, 2 usage (clap's). A closed pipe on stdout
//! (`pledge list | head`) is a normal end, not an error. Control characters in a message (a
//! value quoted back) are escaped, so no input can drive the terminal.

mod catalog;
mod cli;
mod cmd;
mod ctx;
mod db;
mod draft;
mod error;
mod load;
mod model;
mod output;
mod sha256;
mod site;
mod temp;

use std::process::ExitCode;

fn main() -> ExitCode {
    // A panic that the spreadsheet writer raises on a failed write is caught and reported as an
    // error; only other panics (bugs) print.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !output::panic_is_caught() {
            report(info);
        }
    }));
    let Err(err) = cli::run() else { return ExitCode::SUCCESS };
    if is_broken_pipe(&err) {
        return ExitCode::SUCCESS;
    }
    if err.downcast_ref::<error::Reported>().is_none() {
        if let Some(rejected) = err.downcast_ref::<error::Rejected>() {
            for line in &rejected.lines {
                eprintln!("{}", output::printable(line));
            }
        }
        eprintln!("error: {}", output::printable(&format!("{err:#}")));
    }
    ExitCode::FAILURE
}

/// Whether the error is a closed pipe, however deep: csv and serde_json wrap the io error
/// without giving it back as a cause, so each is asked for the kind of error it wraps.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == BrokenPipe)
            || cause.downcast_ref::<serde_json::Error>().and_then(|e| e.io_error_kind())
                == Some(BrokenPipe)
            || cause.downcast_ref::<csv::Error>().is_some_and(
                |e| matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
    })
}
