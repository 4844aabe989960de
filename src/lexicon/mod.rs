//! Word lists the extractor works from, kept as data apart from the code that uses them.
//!
//! Every entry is a word or phrase that German or English newsrooms actually use. Lists are
//! matched case-insensitively unless a table says otherwise.

pub mod agencies;
pub mod boilerplate;
pub mod cues;
pub mod names;
pub mod sources;
pub mod words;
