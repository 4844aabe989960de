//! `claimtrail diff`: what changed between two versions of an article.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};

use claimtrail::diff::{diff, Diff, Item, Side};
use claimtrail::report::diff::render;
use claimtrail::store::Store;

use super::input::{load, InputArgs};
use crate::exit;

/// Arguments of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// A recorded article's URL (compares two stored versions), or two files OLD NEW.
    #[arg(required = true, num_args = 1..=2, value_name = "URL | OLD NEW")]
    pub targets: Vec<String>,
    /// Older version number (default: the one before `--to`).
    #[arg(long, value_name = "N")]
    pub from: Option<i64>,
    /// Newer version number (default: the latest).
    #[arg(long, value_name = "M")]
    pub to: Option<i64>,
    /// Print the `diff --json` contract.
    #[arg(long)]
    pub json: bool,
    /// Colour: auto (when stdout is a terminal and NO_COLOR is unset), always, never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    #[command(flatten)]
    pub input: InputArgs,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorArg {
    /// Colour on a terminal unless NO_COLOR is set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorArg {
    /// Whether to colour stdout.
    pub fn enabled(self) -> bool {
        match self {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
            }
        }
    }
}

/// Which versions were compared.
#[derive(serde::Serialize)]
struct VersionRef {
    sha256: String,
    seq: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
}

/// Run `diff`.
pub fn run(args: &DiffArgs, db: &Path) -> Result<ExitCode> {
    let (old_ref, new_ref, result) = if let [old, new] = args.targets.as_slice() {
        if args.from.is_some() || args.to.is_some() {
            bail!("--from and --to select stored versions; with two files, give just OLD NEW");
        }
        let (a, b) = (load(Path::new(old), &args.input)?, load(Path::new(new), &args.input)?);
        let side = |a: &claimtrail::Article| -> (String, Vec<Item>) {
            (a.doc.text.clone(), a.extraction.claims.iter().map(Item::from).collect())
        };
        let ((ta, ia), (tb, ib)) = (side(&a), side(&b));
        let d = diff(&Side { text: &ta, items: ia }, &Side { text: &tb, items: ib });
        (
            VersionRef { sha256: a.sha256, seq: None, path: Some(old.clone()) },
            VersionRef { sha256: b.sha256, seq: None, path: Some(new.clone()) },
            d,
        )
    } else {
        let url = &args.targets[0];
        let store = Store::open(db).with_context(|| format!("cannot open database {}", db.display()))?;
        let versions = store.versions(url)?;
        if versions.is_empty() {
            eprintln!("no article recorded under {url}; `claimtrail claims` lists what is recorded");
            return Ok(exit::code(exit::FINDINGS));
        }
        let latest = versions.last().map_or(1, |v| v.seq);
        let to = args.to.unwrap_or(latest);
        let from = args.from.unwrap_or(to - 1);
        if versions.len() < 2 && args.from.is_none() {
            bail!("{url} has only one version; record a changed copy first, or diff two files");
        }
        let load_version = |seq: i64| -> Result<(String, Vec<Item>, String)> {
            let (text, rows) = store
                .version_claims(url, seq)?
                .with_context(|| format!("{url} has no version {seq} (it has 1 to {latest})"))?;
            let sha = versions.iter().find(|v| v.seq == seq).map(|v| v.sha256.clone()).unwrap_or_default();
            Ok((text, rows.iter().map(Item::from).collect(), sha))
        };
        let (tb, ib, sb) = load_version(to)?;
        let (ta, ia, sa) = load_version(from)?;
        let d = diff(&Side { text: &ta, items: ia }, &Side { text: &tb, items: ib });
        (
            VersionRef { sha256: sa, seq: Some(from), path: None },
            VersionRef { sha256: sb, seq: Some(to), path: None },
            d,
        )
    };
    print(&old_ref, &new_ref, &result, args)?;
    Ok(exit::code(exit::OK))
}

fn print(old: &VersionRef, new: &VersionRef, d: &Diff, args: &DiffArgs) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if args.json {
        let v = serde_json::json!({"old": old, "new": new, "summary": d.summary, "changes": d.changes});
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    } else {
        let name = |r: &VersionRef| match (&r.path, r.seq) {
            (Some(p), _) => p.clone(),
            (None, Some(s)) => format!("v{s}"),
            _ => String::new(),
        };
        writeln!(
            out,
            "{} ({}) → {} ({})\n",
            name(old),
            &old.sha256[..12.min(old.sha256.len())],
            name(new),
            &new.sha256[..12.min(new.sha256.len())]
        )?;
        write!(out, "{}", render(d, args.color.enabled()))?;
    }
    Ok(())
}
