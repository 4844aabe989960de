//! `claimtrail eval`: score extraction against hand-annotated quotations.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;

use claimtrail::eval::{evaluate, GoldArticle, Prf};
use claimtrail::report::text::{escape, truncate};

use super::input::LangArg;
use crate::exit;

/// Arguments of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Annotated corpus: JSON lines with `text` and `quotes` (format in README).
    #[arg(value_name = "GOLD.jsonl")]
    pub gold: PathBuf,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// List every miss, false alarm and wrong speaker or cue.
    #[arg(long)]
    pub errors: bool,
    /// Language of the corpus (default: detected per article).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

/// Read a gold corpus; errors name the file and line.
pub fn read_gold(path: &Path) -> Result<Vec<GoldArticle>> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("cannot read {} (line {})", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let art: GoldArticle = serde_json::from_str(&line).with_context(|| {
            format!("{} line {} is not a gold article (a JSON object with `text` and `quotes`)", path.display(), n + 1)
        })?;
        out.push(art);
    }
    Ok(out)
}

/// Run `eval`.
pub fn run(args: &EvalArgs) -> Result<ExitCode> {
    let gold = read_gold(&args.gold)?;
    let lang = args.lang.map(|l| match l {
        LangArg::De => claimtrail::document::Lang::De,
        LangArg::En => claimtrail::document::Lang::En,
    });
    let report = evaluate(&gold, lang, args.errors);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
        return Ok(exit::code(exit::OK));
    }
    let line = |name: &str, p: &Prf| {
        format!(
            "{name:<26} P {:.3}  R {:.3}  F1 {:.3}   ({} matched, {} predicted, {} gold)",
            p.precision, p.recall, p.f1, p.matched, p.predicted, p.gold
        )
    };
    writeln!(out, "{} articles from {}", report.articles, args.gold.display())?;
    writeln!(out, "{}", line("direct quotations", &report.direct))?;
    writeln!(out, "{}", line("all quotation types", &report.all))?;
    for (kind, p) in &report.recall_by_type {
        writeln!(out, "  recall {kind:<19} {:.3}   ({} of {})", p.recall, p.matched, p.gold)?;
    }
    writeln!(
        out,
        "speaker accuracy (direct)  {:.3}   ({} of {})",
        report.speaker.accuracy, report.speaker.correct, report.speaker.total
    )?;
    writeln!(
        out,
        "cue accuracy (direct)      {:.3}   ({} of {})",
        report.cue.accuracy, report.cue.correct, report.cue.total
    )?;
    if args.errors {
        for e in &report.errors {
            let detail = match (&e.gold, &e.predicted) {
                (Some(g), Some(p)) => format!(" gold: {} | predicted: {}", escape(g), escape(p)),
                (Some(g), None) => format!(" gold: {}", escape(g)),
                (None, Some(p)) => format!(" predicted: {}", escape(p)),
                (None, None) => String::new(),
            };
            writeln!(
                out,
                "\n[{}] {} „{}“{detail}\n    … {} …",
                e.article,
                e.error,
                escape(&truncate(&e.text, 90)),
                escape(&e.context)
            )?;
        }
    }
    Ok(exit::code(exit::OK))
}
