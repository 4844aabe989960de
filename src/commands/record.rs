//! `claimtrail record`: analyse files and store each as a version of its article.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Args;

use claimtrail::report::text::escape;
use claimtrail::store::{RecordOutcome, RecordRequest, Store};

use super::input::{load, InputArgs};
use crate::exit;

/// Arguments of `record`.
#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Article files (plain text or HTML); `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The article's URL. With several files, they are recorded as successive versions of it.
    #[arg(long)]
    pub url: Option<String>,
    /// Name of the outlet that published it.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Publication date (YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339), overriding the article's own.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<String>,
    /// Print what was recorded as JSON lines.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Accept dates at the precision given.
fn parse_date(s: &str) -> Result<String, String> {
    let ok = chrono::DateTime::parse_from_rfc3339(s).is_ok()
        || chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
        || chrono::NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").is_ok() && s.len() == 7
        || (s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()));
    if ok {
        Ok(s.to_owned())
    } else {
        Err(format!("'{s}' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 timestamp"))
    }
}

/// Run `record`.
pub fn run(args: &RecordArgs, db: &std::path::Path) -> Result<ExitCode> {
    if args.files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        bail!("standard input (-) can be given only once");
    }
    let mut store = Store::open(db).with_context(|| format!("cannot open database {}", db.display()))?;
    let mut failed = 0;
    for path in &args.files {
        if let Err(e) = record_one(&mut store, path, args) {
            eprintln!("claimtrail: error: {e:#}");
            failed += 1;
        }
    }
    if failed > 0 {
        eprintln!("claimtrail: {failed} of {} file(s) not recorded; the others were", args.files.len());
        return Ok(exit::code(exit::ERROR));
    }
    Ok(exit::code(exit::OK))
}

fn record_one(store: &mut Store, path: &std::path::Path, args: &RecordArgs) -> Result<()> {
    use std::io::Write;
    let article = load(path, &args.input)?;
    let is_stdin = path.as_os_str() == "-";
    let url = match (&args.url, &article.doc.meta.url) {
        (Some(u), _) => u.clone(),
        (None, Some(u)) => u.clone(),
        (None, None) if is_stdin => {
            bail!("standard input has no path to identify the article by; pass --url")
        }
        (None, None) => std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()).display().to_string(),
    };
    let recorded_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let source_path = (!is_stdin).then(|| path.display().to_string());
    let req = RecordRequest {
        article: &article,
        url: &url,
        outlet: args.outlet.as_deref(),
        source_path: source_path.as_deref(),
        published: args.published.as_deref(),
        recorded_at: &recorded_at,
    };
    let outcome =
        store.record(&req).with_context(|| format!("cannot record {}; nothing was written for it", path.display()))?;
    let short = &article.sha256[..12];
    let mut out = std::io::stdout().lock();
    if args.json {
        let (status, seq, claims, new_claims) = match outcome {
            RecordOutcome::Unchanged { seq } => ("unchanged", seq, None, None),
            RecordOutcome::Recorded { seq, claims, new_claims } => ("recorded", seq, Some(claims), Some(new_claims)),
        };
        let line = serde_json::json!({"status": status, "url": url, "seq": seq, "sha256": article.sha256,
                                      "claims": claims, "new_claims": new_claims, "agencies": article.extraction.agencies});
        writeln!(out, "{line}")?;
        return Ok(());
    }
    let url = escape(&url);
    match outcome {
        RecordOutcome::Unchanged { seq } => {
            writeln!(out, "unchanged  {url}  v{seq} {short}  (same bytes as the latest version; nothing written)")?
        }
        RecordOutcome::Recorded { seq, claims, new_claims } => writeln!(
            out,
            "recorded   {url}  v{seq} {short}  {claims} claims ({new_claims} new), agencies: {}",
            agencies(&article.extraction.agencies)
        )?,
    }
    Ok(())
}

fn agencies(a: &[&str]) -> String {
    if a.is_empty() {
        "none".to_owned()
    } else {
        a.join(", ")
    }
}
