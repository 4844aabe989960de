//! The `extract --json` contract (see README): stable field names, byte spans.

use serde::Serialize;

use crate::article::Article;
use crate::document::{Encoding, Format, Mark};
use crate::extract::Claim;

/// The JSON document `extract --json` prints.
#[derive(Serialize)]
pub struct ExtractJson<'a> {
    /// SHA-256 of the input bytes.
    pub sha256: &'a str,
    /// `de` or `en`.
    pub lang: &'static str,
    /// Publication date as given.
    pub published: Option<&'a str>,
    /// Headline.
    pub title: Option<&'a str>,
    /// Canonical URL from the page.
    pub url: Option<&'a str>,
    /// Author line from the page.
    pub byline: Option<&'a str>,
    /// Text or HTML.
    pub format: Format,
    /// Input encoding.
    pub encoding: Encoding,
    /// Agencies credited for the article.
    pub agencies: &'a [&'static str],
    /// The claims.
    pub claims: &'a [Claim],
    /// Marked page furniture.
    pub boilerplate: &'a [Mark],
    /// Title, headings, labels, datelines.
    pub structure: &'a [Mark],
}

impl<'a> ExtractJson<'a> {
    /// The view of an analysed article.
    pub fn new(a: &'a Article) -> Self {
        ExtractJson {
            sha256: &a.sha256,
            lang: a.doc.lang.code(),
            published: a.doc.meta.published.as_deref(),
            title: a.doc.meta.title.as_deref(),
            url: a.doc.meta.url.as_deref(),
            byline: a.doc.meta.byline.as_deref(),
            format: a.doc.format,
            encoding: a.doc.encoding,
            agencies: &a.extraction.agencies,
            claims: &a.extraction.claims,
            boilerplate: &a.doc.boilerplate,
            structure: &a.doc.structure,
        }
    }
}
