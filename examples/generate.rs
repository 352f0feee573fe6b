//! Generates a seed folder of realistic shape for N pledges, for benchmarks.
//!
//! ```text
//! cargo run --release --example generate -- --pledges 1000000 --dir /tmp/bench-seeds
//! ```
//!
//! The output loads with `pledge seed --dir DIR`: every reference resolves and every evidence
//! quote occurs in a generated article. The same N always gives the same bytes. Shape per
//! pledge on average: two targets, three status changes, one or two categories and markets;
//! tens of thousands of companies at a million pledges, a tenth of them subsidiaries.

use std::fs::{self, File};
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sha2::{Digest, Sha256};

/// The tables and their columns, shared with the program.
#[path = "../src/catalog.rs"]
#[allow(dead_code)]
mod catalog;

use catalog::Table;

const PLEDGES_PER_ARTICLE: usize = 50;
/// The last day anything happens (2025-11-21 in the generator's 28-day calendar).
const LAST_DAY: usize = 25 * 336 + 10 * 28 + 20;
const COUNTRIES: &[&str] =
    &["US", "CN", "DE", "JP", "KR", "FR", "GB", "IN", "BR", "MX", "VN", "TW"];
const SECTORS: &[&str] =
    &["e-commerce", "semiconductors", "automotive", "energy", "retail", "logistics"];
const MARKETS: &[&str] =
    &["China", "United States", "Southeast Asia", "European Union", "India", "Mexico"];
const METRICS: &[&str] = &["jobs", "investment", "exports", "businesses", "purchases"];
const KINDS: &[&str] = &["investment", "jobs", "purchase", "trade_target", "other"];
const TOP_CATEGORIES: &[(&str, &str, &str)] = &[
    ("agricultural-products", "01", "24"),
    ("apparel", "61", "62"),
    ("machinery", "84", "85"),
    ("vehicles", "87", "87"),
    ("chemicals", "28", "38"),
    ("metals", "72", "83"),
    ("plastics", "39", "40"),
    ("textiles", "50", "60"),
];

fn main() -> ExitCode {
    let (pledges, dir) = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}\nusage: generate --pledges N --dir DIR");
            return ExitCode::from(2);
        }
    };
    match generate(pledges, &dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args() -> Result<(usize, PathBuf), String> {
    let mut pledges = None;
    let mut dir = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--pledges" => pledges = args.next().and_then(|n| n.parse::<usize>().ok()),
            "--dir" => dir = args.next().map(PathBuf::from),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    match (pledges, dir) {
        (Some(n), Some(dir)) if n > 0 => Ok((n, dir)),
        _ => Err("--pledges (a whole number above 0) and --dir are required".into()),
    }
}

/// A small deterministic generator (xorshift64*), so that the same N gives the same files.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// The seed file of `table` in `dir`, its header written.
fn csv_file(dir: &Path, table: Table) -> std::io::Result<csv::Writer<BufWriter<File>>> {
    let path = dir.join(format!("{}.csv", table.name()));
    let file = BufWriter::with_capacity(1 << 20, File::create(path)?);
    let mut writer = csv::WriterBuilder::new().from_writer(file);
    writer.write_record(table.columns().iter().map(|c| c.name))?;
    Ok(writer)
}

/// A day as YYYY-MM-DD, `days` after 2000-01-01 (28-day months keep every date valid).
fn date(days: usize) -> String {
    let year = 2000 + days / 336;
    let month = 1 + (days % 336) / 28;
    let day = 1 + days % 28;
    format!("{year:04}-{month:02}-{day:02}")
}

struct Writers {
    evidence: csv::Writer<BufWriter<File>>,
    status: csv::Writer<BufWriter<File>>,
    pledges: csv::Writer<BufWriter<File>>,
    parties: csv::Writer<BufWriter<File>>,
    markets: csv::Writer<BufWriter<File>>,
    targets: csv::Writer<BufWriter<File>>,
    progress: csv::Writer<BufWriter<File>>,
    revisions: csv::Writer<BufWriter<File>>,
    categories: csv::Writer<BufWriter<File>>,
    events: csv::Writer<BufWriter<File>>,
    participants: csv::Writer<BufWriter<File>>,
    links: csv::Writer<BufWriter<File>>,
    sources: csv::Writer<BufWriter<File>>,
    relations: csv::Writer<BufWriter<File>>,
}

fn generate(pledges: usize, dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    fs::create_dir_all(dir.join("articles"))?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ pledges as u64);
    let companies = (pledges / 25).max(10);
    let officials = (pledges / 20).max(10);
    let events = (pledges / 4).max(4);
    let articles = pledges.div_ceil(PLEDGES_PER_ARTICLE);

    write_companies(dir, companies, &mut rng)?;
    write_officials(dir, officials)?;
    write_governments(dir)?;
    let categories = write_categories(dir)?;
    let mut w = Writers {
        evidence: csv_file(dir, Table::Evidence)?,
        status: csv_file(dir, Table::StatusHistory)?,
        pledges: csv_file(dir, Table::Pledges)?,
        parties: csv_file(dir, Table::PledgeParties)?,
        markets: csv_file(dir, Table::PledgeMarkets)?,
        targets: csv_file(dir, Table::PledgeTargets)?,
        progress: csv_file(dir, Table::TargetProgress)?,
        revisions: csv_file(dir, Table::TargetRevisions)?,
        categories: csv_file(dir, Table::PledgeCategories)?,
        events: csv_file(dir, Table::Events)?,
        participants: csv_file(dir, Table::EventParticipants)?,
        links: csv_file(dir, Table::PledgeEvents)?,
        sources: csv_file(dir, Table::Sources)?,
        relations: csv_file(dir, Table::PledgeRelations)?,
    };
    let events_per_article = events.div_ceil(articles);
    for article in 0..articles {
        let source = format!("article-{article}");
        let mut text = format!("Trade pledges roundup number {article}\n\n");
        let first_event = article * events_per_article;
        for event in first_event..(first_event + events_per_article).min(events) {
            write_event(&mut w, &mut text, &source, event, officials, &mut rng)?;
        }
        let first = article * PLEDGES_PER_ARTICLE;
        for pledge in first..(first + PLEDGES_PER_ARTICLE).min(pledges) {
            let event = first_event + pledge % events_per_article.max(1);
            write_pledge(
                &mut w,
                &mut text,
                &source,
                pledge,
                event.min(events - 1),
                (companies, officials),
                &categories,
                &mut rng,
            )?;
            text.push_str("\n\n");
        }
        let file = format!("{source}.txt");
        fs::write(dir.join("articles").join(&file), &text)?;
        let hash: String =
            Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        w.sources.write_record([
            source.as_str(),
            "article",
            &format!("Trade pledges roundup {article}"),
            "Generated Wire",
            "",
            &date(article % 9000),
            "",
            &file,
            &hash,
            "",
        ])?;
    }
    for writer in [
        &mut w.evidence,
        &mut w.status,
        &mut w.pledges,
        &mut w.parties,
        &mut w.markets,
        &mut w.targets,
        &mut w.categories,
        &mut w.events,
        &mut w.participants,
        &mut w.links,
        &mut w.sources,
        &mut w.relations,
    ] {
        writer.flush()?;
    }
    // Tables the generator leaves empty: their header only.
    for table in [Table::CompanyAliases, Table::OfficialAliases, Table::OfficialTitles] {
        csv_file(dir, table)?.flush()?;
    }
    eprintln!(
        "generated {pledges} pledges, {companies} companies, {officials} officials, {events} events, \
         {articles} articles in {}",
        dir.display()
    );
    Ok(())
}

/// The governments pledges are made to: ISO 3166 codes and names.
const GOVERNMENTS: [(&str, &str); 4] =
    [("JP", "Japan"), ("US", "United States"), ("US-IN", "Indiana"), ("US-WI", "Wisconsin")];

fn write_governments(dir: &Path) -> std::io::Result<()> {
    let mut out = csv_file(dir, Table::Governments)?;
    for (code, name) in GOVERNMENTS {
        out.write_record([code, name, ""])?;
    }
    out.flush()
}

fn write_companies(dir: &Path, companies: usize, rng: &mut Rng) -> std::io::Result<()> {
    let mut out = csv_file(dir, Table::Companies)?;
    let parents = (companies / 10).max(1);
    for i in 0..companies {
        let parent = if i >= parents && rng.chance(10) {
            format!("company-{}", rng.below(parents))
        } else {
            String::new()
        };
        out.write_record([
            &format!("company-{i}"),
            &format!("Company {i} Holdings"),
            COUNTRIES[i % COUNTRIES.len()],
            SECTORS[i % SECTORS.len()],
            &parent,
            "",
        ])?;
    }
    out.flush()
}

fn write_officials(dir: &Path, officials: usize) -> std::io::Result<()> {
    let mut out = csv_file(dir, Table::Officials)?;
    for i in 0..officials {
        out.write_record([&format!("official-{i}"), &format!("Official Number {i}"), ""])?;
    }
    out.flush()
}

/// Writes the category hierarchy: each top category with four subcategories. Returns all slugs.
fn write_categories(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut out = csv_file(dir, Table::Categories)?;
    let mut codes = csv_file(dir, Table::CategoryHsCodes)?;
    let mut aliases = csv_file(dir, Table::CategoryAliases)?;
    let mut slugs = Vec::new();
    for (top, from, to) in TOP_CATEGORIES {
        out.write_record([*top, &top.replace('-', " "), ""])?;
        codes.write_record([*top, *from, *to])?;
        aliases.write_record([*top, &format!("{} goods", top.replace('-', " "))])?;
        slugs.push((*top).to_owned());
        for sub in 1..=4 {
            let slug = format!("{top}-{sub}");
            out.write_record([&slug, &format!("{} type {sub}", top.replace('-', " ")), *top])?;
            slugs.push(slug);
        }
    }
    out.flush()?;
    codes.flush()?;
    aliases.flush()?;
    Ok(slugs)
}

fn claim(
    w: &mut Writers,
    subject: &str,
    key: &str,
    field: &str,
    value: &str,
    source: &str,
    quote: &str,
) -> csv::Result<()> {
    w.evidence.write_record([subject, key, field, value, source, quote, "", "0", "", ""])
}

fn write_event(
    w: &mut Writers,
    text: &mut String,
    source: &str,
    event: usize,
    officials: usize,
    rng: &mut Rng,
) -> csv::Result<()> {
    let slug = format!("event-{event}");
    let on = date(rng.below(9000));
    let host = rng.below(officials);
    let guest = (host + 1 + rng.below(officials - 1)) % officials;
    let (a, b) = (format!("official-{host}"), format!("official-{guest}"));
    let quote = format!("Event {event} was held on {on} with {a} and {b}.");
    text.push_str(&quote);
    text.push(' ');
    w.events.write_record([
        &slug,
        "meeting",
        &format!("Trade meeting {event}"),
        &on,
        "",
        "day",
        "",
        "60",
        "",
    ])?;
    claim(w, "event", &slug, "start_on", &on, source, &quote)?;
    for (who, role) in [(&a, "host"), (&b, "guest")] {
        w.participants.write_record([slug.as_str(), who, "", role])?;
        claim(w, "event", &slug, "participant", who, source, &quote)?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)] // one pledge's worth of generated rows; splitting helps nobody
fn write_pledge(
    w: &mut Writers,
    text: &mut String,
    source: &str,
    pledge: usize,
    event: usize,
    (companies, officials): (usize, usize),
    categories: &[String],
    rng: &mut Rng,
) -> csv::Result<()> {
    let slug = format!("pledge-{pledge}");
    let company = format!("company-{}", rng.below(companies));
    let made_by = format!("official-{}", rng.below(officials));
    let made_to = format!("official-{}", rng.below(officials));
    let made_day = rng.below(8000);
    let mut made_on = date(made_day);
    let mut deadline =
        if rng.chance(60) { date(made_day + 336 * (1 + rng.below(8))) } else { String::new() };
    // Some sources give only the month a pledge was made, or the year it is due.
    if pledge % 10 == 3 {
        made_on.truncate(7);
    }
    if pledge % 7 == 2 {
        deadline.truncate(4);
    }
    let quote = format!("Pledge {pledge}: {company} promised through {made_by} on {made_on}.");
    text.push_str(&quote);
    w.pledges.write_record([
        slug.as_str(),
        &format!("Pledge {pledge} by {company}"),
        "",
        KINDS[pledge % KINDS.len()],
        &made_on,
        &format!("event-{event}"),
        "verbal",
        &deadline,
        "",
        "",
    ])?;
    w.parties.write_record([slug.as_str(), "pledger", &company, "", ""])?;
    claim(w, "pledge", &slug, "company", &company, source, &quote)?;
    w.parties.write_record([slug.as_str(), "made_by", "", "", &made_by])?;
    claim(w, "pledge", &slug, "made_by", &made_by, source, &quote)?;
    // Most pledges are made to a person, some to a government, a few to both.
    if rng.chance(80) {
        w.parties.write_record([slug.as_str(), "made_to", "", "", &made_to])?;
        claim(w, "pledge", &slug, "made_to", &made_to, source, &quote)?;
    }
    if rng.chance(30) {
        let government = GOVERNMENTS[rng.below(GOVERNMENTS.len())].0;
        w.parties.write_record([slug.as_str(), "made_to", "", government, ""])?;
        claim(w, "pledge", &slug, "made_to", government, source, &quote)?;
    }
    w.links.write_record([slug.as_str(), &format!("event-{event}"), "made_at"])?;
    let targets = 1 + rng.below(3);
    for metric in METRICS.iter().skip(rng.below(METRICS.len() - 2)).take(targets) {
        let amount = (1 + rng.below(1000)) * 1000;
        let quote = format!(" Pledge {pledge} targets {amount} {metric}.");
        text.push_str(&quote);
        let unit = if ["jobs", "businesses"].contains(metric) { "" } else { "USD" };
        w.targets.write_record([
            slug.as_str(),
            metric,
            "",
            &amount.to_string(),
            unit,
            if rng.chance(30) { "more_than" } else { "" },
            "",
            "",
            "",
            "",
            "",
        ])?;
        claim(w, "pledge", &slug, metric, &amount.to_string(), source, quote.trim())?;
        // About one target in ten is revised, and half report progress, a year on.
        let later = date((made_day + 336).min(LAST_DAY));
        if rng.chance(10) {
            let revised = amount / 2;
            let quote = format!(" Pledge {pledge} {metric} cut to {revised}.");
            text.push_str(&quote);
            let revised = revised.to_string();
            let row = [slug.as_str(), metric, "", &later, &revised, unit, "", "", ""];
            w.revisions.write_record(row.iter().chain(&[source, quote.trim(), ""]))?;
        }
        if rng.chance(50) {
            let done = amount / 4;
            let quote = format!(" Pledge {pledge} delivered {done} {metric}.");
            text.push_str(&quote);
            let done = done.to_string();
            let row = [slug.as_str(), metric, "", &later, &done, unit, ""];
            w.progress.write_record(row.iter().chain(&[source, quote.trim(), ""]))?;
        }
    }
    let first = rng.below(categories.len() - 1);
    for category in &categories[first..first + 1 + rng.below(2)] {
        let quote = format!(" Pledge {pledge} covers {category}.");
        text.push_str(&quote);
        w.categories.write_record([&slug, category])?;
        claim(w, "pledge", &slug, "category", category, source, quote.trim())?;
    }
    let first = rng.below(MARKETS.len() - 1);
    for market in &MARKETS[first..first + 1 + rng.below(2)] {
        let quote = format!(" Pledge {pledge} aims at {market}.");
        text.push_str(&quote);
        w.markets.write_record([slug.as_str(), market])?;
        claim(w, "pledge", &slug, "market", market, source, quote.trim())?;
    }
    // Every tenth pledge is part of the one before it in the same article, and every tenth
    // (offset by five) restates it, so totals have parts and restatements to leave out.
    let relation = match pledge % 10 {
        9 => Some("part_of"),
        4 => Some("restates"),
        _ => None,
    };
    if let Some(relation) = relation
        && !pledge.is_multiple_of(PLEDGES_PER_ARTICLE)
    {
        let other = format!("pledge-{}", pledge - 1);
        let quote = format!(" Pledge {pledge} {relation} {other}.");
        text.push_str(&quote);
        w.relations.write_record([&slug, relation, &other, "", source, quote.trim(), ""])?;
    }
    write_history(w, text, source, pledge, made_day, rng)
}

fn write_history(
    w: &mut Writers,
    text: &mut String,
    source: &str,
    pledge: usize,
    made_day: usize,
    rng: &mut Rng,
) -> csv::Result<()> {
    let slug = format!("pledge-{pledge}");
    let mut day = made_day;
    let quote = format!("Pledge {pledge} was announced.");
    text.push(' ');
    text.push_str(&quote);
    w.status.write_record([
        slug.as_str(),
        &date(day),
        "announced",
        "",
        source,
        &quote,
        "0",
        "",
        "",
    ])?;
    let changes = rng.below(5);
    for step in 0..changes {
        // Nothing is reported after the last day of the data set.
        day = (day + 1 + rng.below(300)).min(LAST_DAY);
        let (status, reason) = if step + 1 < changes {
            (["in_progress", "stalled", "in_progress"][rng.below(3)], "")
        } else {
            [
                ("kept", ""),
                ("partially_kept", ""),
                ("broken", "conditions_not_met"),
                ("withdrawn", "premise_changed"),
                ("in_progress", ""),
            ][rng.below(5)]
        };
        let quote = format!("By {} pledge {pledge} was {status} (step {step}).", date(day));
        text.push(' ');
        text.push_str(&quote);
        w.status.write_record([
            slug.as_str(),
            &date(day),
            status,
            reason,
            source,
            &quote,
            "0",
            "",
            "",
        ])?;
    }
    Ok(())
}
