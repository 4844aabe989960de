//! `claimtrail extract`: the pipeline on one file, no database.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use claimtrail::document::Lang;
use claimtrail::extract::Claim;
use claimtrail::report::json::ExtractJson;
use claimtrail::report::text::{escape, truncate};
use claimtrail::Article;

use super::input::{load, InputArgs};
use crate::exit;

/// Arguments of `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article file (plain text or HTML); `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Print the `extract --json` contract instead of a listing.
    #[arg(long)]
    pub json: bool,
    /// Also list statements that are not check-worthy.
    #[arg(long, short)]
    pub all: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Run `extract`.
pub fn run(args: &ExtractArgs) -> Result<ExitCode> {
    let article = load(&args.file, &args.input)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &ExtractJson::new(&article))?;
        writeln!(out)?;
    } else {
        print_listing(&mut out, &article, args.all)?;
    }
    Ok(exit::code(exit::OK))
}

fn print_listing(out: &mut impl Write, a: &Article, all: bool) -> std::io::Result<()> {
    let meta = &a.doc.meta;
    writeln!(out, "{}", escape(meta.title.as_deref().unwrap_or("(untitled)")))?;
    writeln!(
        out,
        "  {} · {} · published {} · agencies: {} · sha256 {}",
        a.doc.lang.code(),
        a.doc.encoding.label(),
        meta.published.as_deref().unwrap_or("unknown"),
        if a.extraction.agencies.is_empty() { "none".to_owned() } else { a.extraction.agencies.join(", ") },
        &a.sha256[..12]
    )?;
    let count = |k: &str| a.extraction.claims.iter().filter(|c| c.kind.as_str() == k).count();
    writeln!(
        out,
        "  {} quotes, {} reported, {} statements; {} boilerplate spans skipped\n",
        count("quote"),
        count("reported"),
        count("statement"),
        a.doc.boilerplate.len()
    )?;
    for c in &a.extraction.claims {
        if c.kind.as_str() == "statement" && !c.check_worthy && !all {
            continue;
        }
        writeln!(out, "{}", claim_line(c, a.doc.lang))?;
    }
    Ok(())
}

/// One claim as a compact line plus its attribution line.
pub fn claim_line(c: &Claim, lang: Lang) -> String {
    let text = escape(&truncate(&c.text, 110));
    let (open, close) = match lang {
        Lang::De => ('„', '“'),
        Lang::En => ('“', '”'),
    };
    let body = if c.kind.as_str() == "quote" { format!("{open}{text}{close}") } else { text };
    let mut attr = Vec::new();
    match (&c.speaker, c.attribution.as_str()) {
        (Some(s), _) => {
            let role = s.role.as_deref().map(|r| format!(" ({})", escape(r))).unwrap_or_default();
            let inferred = if s.inferred { " [inferred]" } else { "" };
            attr.push(format!("{}{role}{inferred}", escape(&s.name)));
        }
        (None, "vague" | "anonymous") => {
            let src = c.source.as_ref().map(|s| escape(&s.text)).unwrap_or_default();
            attr.push(format!("{} source: {src}", c.attribution.as_str()));
        }
        _ if c.kind.as_str() != "statement" => attr.push("no speaker".to_owned()),
        _ => {}
    }
    if let Some(cue) = &c.cue {
        attr.push(format!("cue: {}", escape(&cue.text)));
    }
    if !c.agencies.is_empty() {
        attr.push(format!("via {}", c.agencies.join(", ")));
    }
    if c.check_worthy && c.kind.as_str() == "statement" {
        attr.push("check-worthy".to_owned());
    }
    let tail = if attr.is_empty() { String::new() } else { format!("\n      — {}", attr.join(" · ")) };
    format!("{:<9} ¶{}.{} {}  {}{}", c.kind.as_str(), c.paragraph, c.sentence, &c.fingerprint[..10], body, tail)
}
