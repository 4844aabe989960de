//! One module per subcommand: its arguments and its `run`.

pub mod check;
pub mod claims;
pub mod diff;
pub mod eval;
pub mod export;
pub mod extract;
pub mod history;
pub mod input;
pub mod record;
pub mod show;
pub mod verdict;
pub mod verify;
