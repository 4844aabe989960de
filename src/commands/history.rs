//! `claimtrail history`: every version of an article and what changed in each.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;

use claimtrail::diff::{diff, Item, Side};
use claimtrail::report::text::escape;
use claimtrail::store::Store;

use crate::exit;

/// Arguments of `history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The article's URL (or recorded path).
    pub url: String,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Run `history`.
pub fn run(args: &HistoryArgs, db: &Path) -> Result<ExitCode> {
    let store = Store::open(db).with_context(|| format!("cannot open database {}", db.display()))?;
    let versions = store.versions(&args.url)?;
    if versions.is_empty() {
        eprintln!("no article recorded under {}; `claimtrail claims` lists what is recorded", args.url);
        return Ok(exit::code(exit::FINDINGS));
    }
    let mut summaries = Vec::new();
    let mut previous: Option<(String, Vec<Item>)> = None;
    for v in &versions {
        let (text, rows) = store.version_claims(&args.url, v.seq)?.unwrap_or_default();
        let items: Vec<Item> = rows.iter().map(Item::from).collect();
        let summary = match &previous {
            None => "first recorded".to_owned(),
            Some((pt, pi)) => {
                diff(&Side { text: pt, items: pi.clone() }, &Side { text: &text, items: items.clone() }).one_line()
            }
        };
        summaries.push(summary);
        previous = Some((text, items));
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        let list: Vec<serde_json::Value> = versions
            .iter()
            .zip(&summaries)
            .map(|(v, s)| {
                let mut j = serde_json::to_value(v).unwrap_or_default();
                j["changes"] = serde_json::Value::String(s.clone());
                j
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &serde_json::json!({"url": args.url, "versions": list}))?;
        writeln!(out)?;
    } else {
        writeln!(out, "{}", escape(&args.url))?;
        for (v, s) in versions.iter().zip(&summaries) {
            writeln!(
                out,
                "  v{:<3} {}  published {:<10}  {}  {:>7} B  {:>3} claims  {}",
                v.seq,
                v.recorded_at,
                v.published.as_deref().unwrap_or("unknown"),
                &v.sha256[..12],
                v.size,
                v.claims,
                escape(s)
            )?;
        }
    }
    Ok(exit::code(exit::OK))
}
