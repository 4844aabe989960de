//! `claimtrail check`: lint the attributions of recorded articles or of files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use claimtrail::check::conflicts::conflicting;
use claimtrail::check::sources::{Evidence, Lookup, SourceIndex};
use claimtrail::check::{check_article, finding, ClaimView, Finding, Severity, Subject};
use claimtrail::document::{self, Format};
use claimtrail::extract::{credited_agencies, ClaimKind};
use claimtrail::fingerprint::sha256_hex;
use claimtrail::report::text::{escape, truncate};
use claimtrail::store::Store;

use super::input::{load, read_input, InputArgs};
use crate::exit;

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Article files to check without the database (default: the latest version of every
    /// recorded article).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Only this recorded article.
    #[arg(long, conflicts_with = "files")]
    pub url: Option<String>,
    /// Primary sources (transcript, agency copy, press release; text or HTML) to look every
    /// quote up in.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub against: Vec<PathBuf>,
    /// Exit 1 when a finding at or above this severity is found.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Also list quotes verified against the sources.
    #[arg(long, short)]
    pub verbose: bool,
    /// Print the `check --json` contract.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

/// `--fail-on` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FailOn {
    /// Errors only.
    Error,
    /// Warnings and errors.
    Warning,
    /// Anything.
    Info,
}

impl FailOn {
    fn threshold(self) -> Severity {
        match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Info => Severity::Info,
        }
    }
}

/// A quote found word for word in a source.
#[derive(serde::Serialize)]
struct Verified {
    url: String,
    fingerprint: String,
    text: String,
    source: String,
}

/// Run `check`.
pub fn run(args: &CheckArgs, db: &Path) -> Result<ExitCode> {
    let mut store = None;
    let subjects: Vec<Subject> = if args.files.is_empty() {
        let s = Store::open(db).with_context(|| format!("cannot open database {}", db.display()))?;
        let versions = s.latest_versions(args.url.as_deref())?;
        if versions.is_empty() {
            match &args.url {
                Some(u) => eprintln!("no article recorded under {u}"),
                None => eprintln!(
                    "nothing recorded in {} yet; `claimtrail record FILE` first, or `claimtrail check FILE`",
                    db.display()
                ),
            }
            return Ok(exit::code(exit::FINDINGS));
        }
        let mut out = Vec::new();
        for v in versions {
            out.push(Subject {
                claims: s.claims_of_version(v.id)?.iter().map(ClaimView::from).collect(),
                credited: s.credited_agencies(v.id)?,
                url: v.url,
                published: v.published,
            });
        }
        store = Some(s);
        out
    } else {
        let mut out = Vec::new();
        for path in &args.files {
            let a = load(path, &args.input)?;
            out.push(Subject {
                url: a.doc.meta.url.clone().unwrap_or_else(|| path.display().to_string()),
                published: a.doc.meta.published.clone(),
                credited: credited_agencies(&a.doc).iter().map(|c| (*c).to_owned()).collect(),
                claims: a.extraction.claims.iter().map(ClaimView::from).collect(),
            });
        }
        out
    };

    let sources = load_sources(&args.against, &args.input, store.as_mut())?;
    let others = match &store {
        Some(s) => s.quote_attributions()?,
        None => Vec::new(),
    };
    let mut findings: Vec<Finding> = Vec::new();
    let mut verified: Vec<Verified> = Vec::new();
    for s in &subjects {
        findings.extend(check_article(s));
        findings.extend(conflicting(s, &others));
        if !sources.is_empty() {
            against(s, &sources, &mut findings, &mut verified);
        }
    }
    findings
        .sort_by(|a, b| (a.url.as_str(), a.span.start, a.severity).cmp(&(b.url.as_str(), b.span.start, b.severity)));

    let mut out = std::io::stdout().lock();
    if args.json {
        let mut v = serde_json::json!({ "findings": findings });
        if args.verbose {
            v["verified"] = serde_json::to_value(&verified)?;
        }
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    } else {
        print(&mut out, &findings, &verified, args.verbose, subjects.len())?;
    }
    let threshold = args.fail_on.threshold();
    let failed = findings.iter().any(|f| f.severity <= threshold);
    Ok(exit::code(if failed { exit::FINDINGS } else { exit::OK }))
}

fn load_sources(paths: &[PathBuf], input: &InputArgs, mut store: Option<&mut Store>) -> Result<Vec<SourceIndex>> {
    let mut out = Vec::new();
    for path in paths {
        let bytes = read_input(path, input.max_bytes)?;
        let name = path.to_str();
        let opts = document::ParseOptions { lang: None, format: None, max_bytes: input.max_bytes };
        let text = if document::sniff_html(name, &String::from_utf8_lossy(&bytes[..bytes.len().min(512)])) {
            document::parse(&bytes, name, &document::ParseOptions { format: Some(Format::Html), ..opts })
                .with_context(|| format!("source {} cannot be read", path.display()))?
                .text
        } else {
            document::decode::decode(&bytes, input.max_bytes)
                .with_context(|| format!("source {} cannot be read", path.display()))?
                .text
        };
        let sha = sha256_hex(&bytes);
        let label = path.display().to_string();
        if let Some(s) = store.as_deref_mut() {
            let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
            s.add_source(&label, &sha, &text, &now)?;
        }
        out.push(SourceIndex::new(label, sha, text));
    }
    Ok(out)
}

/// The closest passage found for a quote so far.
struct Close<'a> {
    src: &'a SourceIndex,
    similarity: f64,
    passage: String,
    words: Vec<(&'static str, String)>,
}

/// Look every quote of `s` up in the sources.
fn against(s: &Subject, sources: &[SourceIndex], findings: &mut Vec<Finding>, verified: &mut Vec<Verified>) {
    for c in s.claims.iter().filter(|c| c.kind == ClaimKind::Quote) {
        let mut best: Option<Close<'_>> = None;
        let mut found = None;
        for src in sources {
            match src.lookup(&c.text) {
                Lookup::Verbatim { .. } => {
                    found = Some(src);
                    break;
                }
                Lookup::Altered { passage, similarity, words } => {
                    if best.as_ref().is_none_or(|b| similarity > b.similarity) {
                        best = Some(Close { src, similarity, passage, words });
                    }
                }
                Lookup::Missing => {}
            }
        }
        if let Some(src) = found {
            verified.push(Verified {
                url: s.url.clone(),
                fingerprint: c.fingerprint.clone(),
                text: c.text.clone(),
                source: src.label.clone(),
            });
        } else if let Some(Close { src, similarity, passage, words }) = best {
            let changed = words.iter().filter(|(t, _)| *t != "equal").count();
            let evidence = Evidence {
                source: src.label.clone(),
                sha256: src.sha256.clone(),
                passage: passage.clone(),
                similarity,
                words,
            };
            findings.push(finding(
                "quote-altered-vs-source",
                s,
                c,
                format!("{} has it differently ({changed} change(s)): „{}“", src.label, truncate(&passage, 80)),
                serde_json::to_value(evidence).ok(),
            ));
        } else {
            let names: Vec<&str> = sources.iter().map(|s| s.label.as_str()).collect();
            findings.push(finding(
                "quote-not-in-source",
                s,
                c,
                format!("not found in {}, not even in other words", names.join(", ")),
                None,
            ));
        }
    }
}

fn print(
    out: &mut impl Write,
    findings: &[Finding],
    verified: &[Verified],
    verbose: bool,
    articles: usize,
) -> std::io::Result<()> {
    let mut last_url: Option<&str> = None;
    for f in findings {
        if last_url != Some(f.url.as_str()) {
            writeln!(out, "{}", escape(&f.url))?;
            last_url = Some(&f.url);
        }
        writeln!(
            out,
            "  ¶{:<3} {:<7} {:<24} „{}“",
            f.paragraph,
            f.severity.as_str(),
            f.rule,
            escape(&truncate(&f.text, 70))
        )?;
        writeln!(out, "        {}", escape(&f.message))?;
        if let Some(words) = f.evidence.as_ref().and_then(|e| e.get("words")).and_then(|w| w.as_array()) {
            let mut line = String::new();
            for w in words {
                let (tag, text) = (w[0].as_str().unwrap_or(""), escape(w[1].as_str().unwrap_or("")));
                match tag {
                    "article" => line.push_str(&format!("{{+{text}+}} ")),
                    "source" => line.push_str(&format!("[-{text}-] ")),
                    _ => line.push_str(&format!("{text} ")),
                }
            }
            writeln!(out, "        source → article: {}", line.trim_end())?;
        }
    }
    if verbose {
        for v in verified {
            writeln!(
                out,
                "verified  {}  „{}“ is in {} word for word",
                escape(&v.url),
                escape(&truncate(&v.text, 70)),
                escape(&v.source)
            )?;
        }
    }
    let count = |sev: Severity| findings.iter().filter(|f| f.severity == sev).count();
    writeln!(
        out,
        "{} finding(s) in {articles} article(s): {} error(s), {} warning(s), {} info",
        findings.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    )
}
