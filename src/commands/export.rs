//! `claimtrail export`: ClaimReview JSON-LD for reviewed claims, or every claim as JSON lines.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use claimtrail::report::claimreview::claim_review;
use claimtrail::store::Store;

use crate::exit;

/// Arguments of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// The fact-checking organisation, as the ClaimReview's author.
    #[arg(long)]
    pub organization: Option<String>,
    /// Write here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// schema.org ClaimReview JSON-LD (an array), for every claim with a verdict.
    Claimreview,
    /// One JSON object per claim, with its occurrences and verdicts.
    Jsonl,
}

/// Run `export`.
pub fn run(args: &ExportArgs, db: &Path) -> Result<ExitCode> {
    let store = Store::open(db).with_context(|| format!("cannot open database {}", db.display()))?;
    let mut buf: Vec<u8> = Vec::new();
    match args.format {
        ExportFormat::Claimreview => {
            let mut reviews = Vec::new();
            for (fp, _canonical, verdict) in store.reviewed()? {
                let occ = store.occurrences(&fp)?;
                let text = occ.first().map_or(String::new(), |o| o.text.clone());
                reviews.push(claim_review(&text, &verdict, &occ, args.organization.as_deref()));
            }
            serde_json::to_writer_pretty(&mut buf, &reviews)?;
            buf.push(b'\n');
        }
        ExportFormat::Jsonl => {
            for (fp, canonical) in store.all_claims()? {
                let line = serde_json::json!({
                    "fingerprint": fp,
                    "canonical_text": canonical,
                    "verdicts": store.verdicts(&fp)?,
                    "occurrences": store.occurrences(&fp)?,
                });
                serde_json::to_writer(&mut buf, &line)?;
                buf.push(b'\n');
            }
        }
    }
    match &args.output {
        Some(path) => std::fs::write(path, &buf).with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout().lock().write_all(&buf)?,
    }
    Ok(exit::code(exit::OK))
}
