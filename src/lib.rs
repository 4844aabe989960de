//! claimtrail: record, check and diff the claims in news articles.

pub mod article;
pub mod check;
pub mod diff;
pub mod document;
pub mod eval;
pub mod extract;
pub mod fingerprint;
pub mod lexicon;
pub mod report;

pub use article::{analyse, Article};
pub mod store;
