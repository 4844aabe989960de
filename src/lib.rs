//! claimtrail: record, check and diff the claims in news articles.

pub mod document;
pub mod fingerprint;
pub mod lexicon;
