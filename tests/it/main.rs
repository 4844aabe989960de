//! Integration tests: the real `claimtrail` binary on fixtures, the reference article and bad
//! input.

mod check;
mod diff;
mod errors;
mod eval;
mod fixtures;
mod reference;
mod revisions;
mod snapshots;
mod store;
mod util;
mod verify;
