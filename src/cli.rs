//! Command-line arguments (clap derive), turned into library calls by `src/commands/`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands;

/// Record, check and diff the claims and attributions in news articles.
#[derive(Debug, Parser)]
#[command(name = "claimtrail", version, about, long_about = None, after_help = EXIT_HELP)]
pub struct Cli {
    /// SQLite database to use (created if missing).
    #[arg(long, global = true, env = "CLAIMTRAIL_DB", default_value = "claimtrail.db", value_name = "PATH")]
    pub db: PathBuf,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

const EXIT_HELP: &str = "Exit status: 0 success; 1 not found or findings; 2 usage, input or database error.";

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Record articles: extract their claims and store a fingerprinted version of each.
    Record(commands::record::RecordArgs),
    /// Run the extraction on one file and print the claims, without a database.
    Extract(commands::extract::ExtractArgs),
    /// List recorded claims.
    Claims(commands::claims::ClaimsArgs),
    /// Show one claim (by fingerprint prefix) with every article and version it appears in.
    Show(commands::show::ShowArgs),
    /// Check attributions: unnamed, vague, anonymous and second-hand sources, quotes against primary sources, conflicts between articles.
    Check(commands::check::CheckArgs),
    /// Record a fact-checker's verdict on a claim.
    Verdict(commands::verdict::VerdictArgs),
    /// Export reviewed claims as ClaimReview JSON-LD, or every claim as JSON lines.
    Export(commands::export::ExportArgs),
    /// Score extraction against a hand-annotated corpus (JSON lines).
    Eval(commands::eval::EvalArgs),
    /// Compare two versions of an article (stored, or two files) and classify every change.
    Diff(commands::diff::DiffArgs),
    /// List every version of an article with what changed in each.
    History(commands::history::HistoryArgs),
    /// Recompute every stored hash and version chain; report anything changed behind claimtrail's back.
    Verify(commands::verify::VerifyArgs),
}
