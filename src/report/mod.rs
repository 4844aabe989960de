//! Renderers: JSON contracts and the terminal listing.

pub mod claimreview;
pub mod diff;
pub mod json;
pub mod text;
