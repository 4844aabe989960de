//! The `claimtrail` binary: parse arguments, run the command, map errors to exit codes.

mod cli;
mod commands;
mod exit;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => exit::code(exit::OK),
        Err(e) => {
            eprintln!("claimtrail: error: {e:#}");
            exit::code(exit::ERROR)
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Record(args) => commands::record::run(args, &cli.db),
        Command::Extract(args) => commands::extract::run(args),
        Command::Claims(args) => commands::claims::run(args, &cli.db),
        Command::Show(args) => commands::show::run(args, &cli.db),
        Command::Check(args) => commands::check::run(args, &cli.db),
        Command::Verdict(args) => commands::verdict::run(args, &cli.db),
        Command::Export(args) => commands::export::run(args, &cli.db),
        Command::Eval(args) => commands::eval::run(args),
        Command::Diff(args) => commands::diff::run(args, &cli.db),
        Command::History(args) => commands::history::run(args, &cli.db),
        Command::Verify(args) => commands::verify::run(args, &cli.db),
    }
}

/// A closed pipe (`claimtrail claims | head`) is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}
