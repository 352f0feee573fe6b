//! `pledge man`: the manual page, in roff, for `man` to show.

use anyhow::Result;

use crate::ctx::Ctx;

/// Print the manual page (roff, for `man`)
#[derive(Debug, clap::Args)]
#[command(long_about = "Print the manual page in roff, the format `man` reads: the command's \
description, options and subcommands, from the same text as --help.

`make install-extras` installs it as share/man/man1/pledge.1 with the shell completions.

EXAMPLES:
    pledge man > pledge.1 && man ./pledge.1
    pledge man | gzip > ~/.local/share/man/man1/pledge.1.gz")]
pub struct Args {}

/// Prints the page of `command`, the whole command line as clap sees it.
pub fn run(ctx: &mut Ctx, _args: Args, command: clap::Command) -> Result<()> {
    clap_mangen::Man::new(command).render(&mut ctx.out)?;
    Ok(())
}
