//! `pledge completions`: the shell completion script, for the shell to load.

use std::io::Write;

use anyhow::Result;
use clap_complete::Shell;

use crate::ctx::Ctx;

/// Print the completion script of a shell (bash, zsh, fish, powershell or elvish)
#[derive(Debug, clap::Args)]
#[command(long_about = "Print the completion script of a shell, so that it completes pledge's \
commands, options and their values (statuses, formats, shells).

Save the script where your shell looks for completions, or load it from your shell's startup \
file. `make install-extras` installs the bash, zsh and fish scripts and the man page.

EXAMPLES:
    pledge completions bash > ~/.local/share/bash-completion/completions/pledge
    pledge completions zsh > ~/.zfunc/_pledge
    pledge completions fish > ~/.config/fish/completions/pledge.fish
    source <(pledge completions bash)")]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum)]
    shell: Shell,
}

/// Prints the script for `command`, the whole command line as clap sees it.
pub fn run(ctx: &mut Ctx, args: Args, mut command: clap::Command) -> Result<()> {
    // The generator panics when a write fails (a closed pipe), so it writes to memory first.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "pledge", &mut script);
    ctx.out.write_all(&script)?;
    Ok(())
}
