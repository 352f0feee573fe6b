//! `pledge add government`: a country or a subdivision, by its ISO 3166 code.

use anyhow::{Result, bail};

use crate::ctx::Ctx;
use crate::db;
use crate::load::Mode;
use crate::load::typed::Row;

/// Add a government: a country or a subdivision, by its ISO 3166 code
#[derive(Debug, clap::Args)]
#[command(long_about = "Add a government: a country (ISO 3166-1 alpha-2, such as US or JP) or a \
subdivision (ISO 3166-2, such as US-IN for Indiana), so that pledges can name it as a pledger \
(--government) or a recipient (--made-to).

The code is checked against the ISO lists built into pledge; an unknown code is refused with the \
closest valid ones. The name is the one your records use (\"Indiana\", \"State of Indiana\").

EXAMPLES:
    pledge add government --code US --name 'United States'
    pledge add government --code US-IN --name Indiana --note 'the state government'")]
pub struct Args {
    /// The ISO 3166 code: a country (US) or a subdivision (US-IN), in upper case
    #[arg(long, value_name = "CODE")]
    code: String,

    /// The name your records use
    #[arg(long, allow_hyphen_values = true)]
    name: String,

    /// A note of your own
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    note: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if let Err(err) = crate::model::check_government(&args.code) {
        bail!("--code: {err}");
    }
    if db::governments::id(ctx.conn()?, &args.code)?.is_some() {
        bail!(
            "--code: government `{}` already exists (see `pledge governments`); this command only \
             adds new records",
            args.code
        );
    }
    let rows = [Row::new("governments", Mode::Create)
        .set("code", args.code.as_str())
        .flag_of("code", "--code")
        .set("name", args.name)
        .opt("note", args.note)];
    super::write(ctx, None, &rows, (&args.code, &format!("government `{}`", args.code)), None)
}
