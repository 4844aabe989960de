//! `claimtrail show`: one claim, every place it appears, first seen first.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Args;

use claimtrail::report::text::escape;
use claimtrail::store::{ShowResult, Store};

use crate::exit;

/// Arguments of `show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Fingerprint or a unique prefix of it (at least 4 hex digits).
    #[arg(value_name = "FINGERPRINT-PREFIX")]
    pub prefix: String,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Run `show`.
pub fn run(args: &ShowArgs, db: &std::path::Path) -> Result<ExitCode> {
    let prefix = args.prefix.trim();
    if prefix.len() < 4 || prefix.len() > 64 || !prefix.chars().all(|c| c.is_ascii_hexdigit()) {
        bail!(
            "'{}' is not a fingerprint prefix; give 4 to 64 hex digits as printed by `claimtrail claims`",
            escape(prefix)
        );
    }
    let store = Store::open(db).with_context(|| format!("cannot open database {}", db.display()))?;
    let mut out = std::io::stdout().lock();
    match store.show(prefix)? {
        ShowResult::NotFound => {
            eprintln!("no claim has a fingerprint starting with {prefix}");
            Ok(exit::code(exit::FINDINGS))
        }
        ShowResult::Ambiguous(candidates) => {
            eprintln!("{prefix} matches several claims; give more digits:");
            for (fp, text) in candidates.iter().take(20) {
                eprintln!("  {}  {}", &fp[..16], escape(&claimtrail::report::text::truncate(text, 90)));
            }
            Ok(exit::code(exit::FINDINGS))
        }
        ShowResult::Found(detail) => {
            if args.json {
                serde_json::to_writer_pretty(&mut out, &detail)?;
                writeln!(out)?;
            } else {
                writeln!(out, "claim {}", detail.fingerprint)?;
                writeln!(out, "  canonical: {}", escape(&detail.canonical_text))?;
                writeln!(out, "  {} occurrence(s), first seen first:", detail.occurrences.len())?;
                for o in &detail.occurrences {
                    writeln!(
                        out,
                        "  - {} v{} ({}), recorded {}, published {}",
                        escape(&o.url),
                        o.seq,
                        &o.version_sha256[..12],
                        o.recorded_at,
                        o.published.as_deref().unwrap_or("unknown")
                    )?;
                    writeln!(
                        out,
                        "      {} ¶{} bytes {}..{}: {}",
                        o.kind,
                        o.paragraph,
                        o.span[0],
                        o.span[1],
                        escape(&o.text)
                    )?;
                    let who = match (&o.speaker, o.attribution.as_str()) {
                        (Some(s), _) => format!(
                            "{}{}{}",
                            escape(s),
                            o.role.as_deref().map(|r| format!(" ({})", escape(r))).unwrap_or_default(),
                            if o.inferred { " [inferred]" } else { "" }
                        ),
                        (None, a) => format!(
                            "no named speaker ({a}{})",
                            o.source.as_deref().map(|s| format!(": {}", escape(s))).unwrap_or_default()
                        ),
                    };
                    let cue = o.cue.as_deref().map(|c| format!(" · cue: {c}")).unwrap_or_default();
                    let via = if o.agencies.is_empty() {
                        String::new()
                    } else {
                        format!(" · via {}", o.agencies.join(", "))
                    };
                    writeln!(out, "      {who}{cue}{via}")?;
                }
                if !detail.verdicts.is_empty() {
                    writeln!(out, "  verdicts, oldest first:")?;
                    for v in &detail.verdicts {
                        let note = v.note.as_deref().map(|n| format!(" — {}", escape(n))).unwrap_or_default();
                        let ev = v.evidence_url.as_deref().map(|e| format!(" ({})", escape(e))).unwrap_or_default();
                        writeln!(out, "  - {} {}{note}{ev}", v.recorded_at, v.status)?;
                    }
                }
            }
            Ok(exit::code(exit::OK))
        }
    }
}
