//! `claimtrail verify`: recompute every hash and chain link; report tampering.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;

use claimtrail::report::text::escape;
use claimtrail::store::Store;

use crate::exit;

/// Arguments of `verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Run `verify`: exit 0 when everything matches, 1 when something does not.
pub fn run(args: &VerifyArgs, db: &Path) -> Result<ExitCode> {
    if !db.exists() {
        anyhow::bail!("{} does not exist; nothing to verify (pass --db PATH)", db.display());
    }
    let store = Store::open(db).with_context(|| format!("cannot open database {}", db.display()))?;
    let report = store.verify()?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else if report.problems.is_empty() {
        writeln!(
            out,
            "ok: {} articles, {} versions, {} claims, {} occurrences verified; chains intact",
            report.articles, report.versions, report.claims, report.occurrences
        )?;
    } else {
        writeln!(out, "{} problem(s) found in {}:", report.problems.len(), db.display())?;
        for p in &report.problems {
            let place = match (&p.url, p.seq) {
                (Some(u), Some(s)) => format!("{} v{s}: ", escape(u)),
                (Some(u), None) => format!("{}: ", escape(u)),
                _ => String::new(),
            };
            writeln!(out, "  {place}{}", escape(&p.problem))?;
        }
    }
    Ok(exit::code(if report.problems.is_empty() { exit::OK } else { exit::FINDINGS }))
}
