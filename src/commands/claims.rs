//! `claimtrail claims`: list recorded claims with filters.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use claimtrail::report::text::{escape, truncate};
use claimtrail::store::{ClaimFilter, ClaimRow, Store};

use crate::exit;

/// Arguments of `claims`.
#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Only claims of this article (URL or recorded path).
    #[arg(long)]
    pub url: Option<String>,
    /// Only claims of this kind.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Only claims whose speaker's name contains this text.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only claims relayed through this agency (code: dpa, afp, reuters, ap, ...).
    #[arg(long)]
    pub agency: Option<String>,
    /// Only claims whose latest verdict has this status.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(claimtrail::store::STATUSES))]
    pub status: Option<String>,
    /// Include every version, not only the latest of each article.
    #[arg(long)]
    pub all_versions: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `--kind` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// Direct quotes.
    Quote,
    /// Reported speech.
    Reported,
    /// Other statements.
    Statement,
}

/// Run `claims`.
pub fn run(args: &ClaimsArgs, db: &std::path::Path) -> Result<ExitCode> {
    let store = Store::open(db).with_context(|| format!("cannot open database {}", db.display()))?;
    let filter = ClaimFilter {
        url: args.url.clone(),
        kind: args.kind.map(|k| format!("{k:?}").to_lowercase()),
        speaker: args.speaker.clone(),
        agency: args.agency.clone(),
        all_versions: args.all_versions,
        status: args.status.clone(),
    };
    let rows = store.claims(&filter)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "claims": rows }))?;
        writeln!(out)?;
    } else {
        let mut last_version = None;
        for r in &rows {
            let version = (r.url.clone(), r.seq);
            if last_version.as_ref() != Some(&version) {
                writeln!(out, "{} v{}", escape(&r.url), r.seq)?;
                last_version = Some(version);
            }
            writeln!(out, "  {}", row_line(r))?;
        }
        if rows.is_empty() {
            eprintln!("no claims match");
        }
    }
    Ok(exit::code(exit::OK))
}

/// One stored occurrence as a line.
pub fn row_line(r: &ClaimRow) -> String {
    let text = escape(&truncate(&r.text, 100));
    let body = if r.kind == "quote" { format!("„{text}“") } else { text };
    let who = match (&r.speaker, r.attribution.as_str()) {
        (Some(s), _) => {
            let role = r.role.as_deref().map(|x| format!(", {}", escape(x))).unwrap_or_default();
            format!(" — {}{role}{}", escape(s), if r.inferred { " [inferred]" } else { "" })
        }
        (None, "vague" | "anonymous") => {
            format!(" — {} ({})", escape(r.source.as_deref().unwrap_or("")), r.attribution)
        }
        _ => String::new(),
    };
    let via = if r.agencies.is_empty() { String::new() } else { format!(" via {}", r.agencies.join(", ")) };
    format!("{} {:<9} ¶{:<3} {body}{who}{via}", &r.fingerprint[..10], r.kind, r.paragraph)
}
