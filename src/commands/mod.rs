//! One module per subcommand: its arguments and its `run`.

pub mod claims;
pub mod extract;
pub mod input;
pub mod record;
pub mod show;
