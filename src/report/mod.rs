//! Renderers: JSON contracts and the terminal listing.

pub mod json;
pub mod text;
