//! `claimtrail verdict`: record a fact-checker's verdict on a claim (append-only).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Args;

use claimtrail::report::text::{escape, truncate};
use claimtrail::store::{ShowResult, Store, STATUSES};

use crate::exit;

/// Arguments of `verdict`.
#[derive(Debug, Args)]
pub struct VerdictArgs {
    /// The claim's fingerprint or a unique prefix (at least 4 hex digits).
    #[arg(value_name = "FINGERPRINT-PREFIX")]
    pub prefix: String,
    /// The verdict.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(STATUSES))]
    pub status: String,
    /// What was found and how.
    #[arg(long)]
    pub note: Option<String>,
    /// Where the evidence is (a URL).
    #[arg(long, value_name = "URL")]
    pub evidence: Option<String>,
}

/// Run `verdict`.
pub fn run(args: &VerdictArgs, db: &Path) -> Result<ExitCode> {
    let prefix = args.prefix.trim();
    if prefix.len() < 4 || prefix.len() > 64 || !prefix.chars().all(|c| c.is_ascii_hexdigit()) {
        bail!(
            "'{}' is not a fingerprint prefix; give 4 to 64 hex digits as printed by `claimtrail claims`",
            escape(prefix)
        );
    }
    let mut store = Store::open(db).with_context(|| format!("cannot open database {}", db.display()))?;
    let detail = match store.show(prefix)? {
        ShowResult::Found(d) => d,
        ShowResult::NotFound => {
            eprintln!("no claim has a fingerprint starting with {prefix}");
            return Ok(exit::code(exit::FINDINGS));
        }
        ShowResult::Ambiguous(c) => {
            eprintln!("{prefix} matches {} claims; give more digits (see `claimtrail claims`)", c.len());
            return Ok(exit::code(exit::FINDINGS));
        }
    };
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    store.add_verdict(&detail.fingerprint, &args.status, args.note.as_deref(), args.evidence.as_deref(), &now)?;
    println!(
        "recorded {} for claim {} „{}“ ({} earlier verdict(s) kept)",
        args.status,
        &detail.fingerprint[..12],
        escape(&truncate(&detail.canonical_text, 70)),
        detail.verdicts.len()
    );
    Ok(exit::code(exit::OK))
}
