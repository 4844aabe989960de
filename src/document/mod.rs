//! From input bytes to a [`Document`]: decoded text, paragraphs and sentences with byte spans,
//! and the parts that are page furniture (boilerplate) or structure (title, headings).
//!
//! Nothing is cut out of the text: for plain text the document's text is the decoded input
//! unchanged, and boilerplate is *marked*, so every span points into what is stored.

pub mod decode;
pub mod html;
pub mod lang;
mod layout;

use std::ops::Range;

use serde::Serialize;
use thiserror::Error;

pub use decode::{DecodeError, Encoding};
pub use lang::Lang;

/// A byte range `[start, end)` into a document's text; serialised as `[start, end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// As a range for slicing.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The span without leading and trailing whitespace of `text`.
    pub fn trim(self, text: &str) -> Span {
        let slice = &text[self.range()];
        let start = self.start + (slice.len() - slice.trim_start().len());
        let end = self.end - (slice.len() - slice.trim_end().len());
        Span::new(start, end.max(start))
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

/// Plain text or an HTML page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text; the document text is the decoded input.
    Text,
    /// HTML; the document text is the extracted main content.
    Html,
}

/// What a block of text is, before classification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// The headline.
    Title,
    /// A sub-heading.
    Heading,
    /// Running text (may still turn out to be boilerplate).
    Body,
    /// An author line.
    Byline,
    /// A picture caption.
    Caption,
    /// Page furniture found by its markup, with the reason.
    Furniture(&'static str),
}

/// A block as found by the text or HTML layout step.
#[derive(Clone, Copy, Debug)]
pub struct RawBlock {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What the layout step saw.
    pub kind: BlockKind,
}

/// What a paragraph is to the extractor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Article text: claims come from here.
    Content,
    /// Title, headings, labels: part of the article, not claims.
    Structure,
    /// Page furniture: ads, teasers, credits, bylines.
    Boilerplate,
}

/// A marked span that is not article content, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mark {
    /// Where.
    pub span: Span,
    /// Why: `ad-marker`, `video-teaser`, `related-link`, `photo-credit`, `byline`,
    /// `source-credit`, `newsletter`, `share`, `caption` (boilerplate); `header`, `title`,
    /// `heading`, `summary-label`, `dateline` (structure).
    pub reason: &'static str,
}

/// One paragraph (block) of the text.
#[derive(Clone, Debug)]
pub struct Paragraph {
    /// 1-based position among all paragraphs of the text.
    pub index: usize,
    /// The whole block.
    pub span: Span,
    /// The part that is article content (the block minus a dateline or summary label);
    /// empty unless `role` is `Content`.
    pub body: Span,
    /// Content, structure or boilerplate.
    pub role: Role,
    /// Sentences of `body`.
    pub sentences: Vec<Span>,
}

/// Metadata of the article.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Meta {
    /// Headline.
    pub title: Option<String>,
    /// Publication date at the precision given (`2024-07`, `2024-07-03`, or a full timestamp).
    pub published: Option<String>,
    /// Canonical URL from the page, if any.
    pub url: Option<String>,
    /// Author line, if any.
    pub byline: Option<String>,
    /// Site name from the page, if any.
    pub site: Option<String>,
}

/// A parsed article.
#[derive(Clone, Debug)]
pub struct Document {
    /// The text that spans point into.
    pub text: String,
    /// Input format.
    pub format: Format,
    /// Input encoding.
    pub encoding: Encoding,
    /// Language used for segmentation and extraction.
    pub lang: Lang,
    /// Title, date, URL, byline.
    pub meta: Meta,
    /// Every block of the text, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Boilerplate spans, in order.
    pub boilerplate: Vec<Mark>,
    /// Structure spans (title, headings, labels, datelines), in order.
    pub structure: Vec<Mark>,
}

impl Document {
    /// The text of `span`.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// Content paragraphs only.
    pub fn content(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(|p| p.role == Role::Content)
    }
}

/// How to read an input.
#[derive(Clone, Debug)]
pub struct ParseOptions {
    /// Force a format; `None` decides by file name and content.
    pub format: Option<Format>,
    /// Force a language; `None` detects it.
    pub lang: Option<Lang>,
    /// Largest input accepted, in bytes.
    pub max_bytes: usize,
}

/// Default input size limit: 20 MB.
pub const DEFAULT_MAX_BYTES: usize = 20 * 1000 * 1000;

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { format: None, lang: None, max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// Why an input could not be read as an article.
#[derive(Debug, Error)]
pub enum DocumentError {
    /// The bytes are not text.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// HTML without any text in its main content.
    #[error("the HTML page has no article text in it (no paragraphs found in <article>, <main> or <body>); save the article page itself, not an index or a script-rendered shell")]
    EmptyHtml,
}

/// Whether bytes look like an HTML page.
pub fn sniff_html(name: Option<&str>, text: &str) -> bool {
    if let Some(name) = name {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            return true;
        }
    }
    let head: String = text.trim_start().chars().take(200).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
}

/// Parse input bytes into a document. `name` (a file name) helps decide the format.
pub fn parse(bytes: &[u8], name: Option<&str>, opts: &ParseOptions) -> Result<Document, DocumentError> {
    let decoded = decode::decode(bytes, opts.max_bytes)?;
    let format = opts.format.unwrap_or(if sniff_html(name, &decoded.text) { Format::Html } else { Format::Text });
    let (text, blocks, mut meta, html_lang) = match format {
        Format::Text => {
            let (blocks, header) = layout::text_blocks(&decoded.text);
            let meta = Meta {
                title: header.as_ref().and_then(|h| h.title.clone()),
                published: header.and_then(|h| h.published),
                ..Meta::default()
            };
            (decoded.text, blocks, meta, None)
        }
        Format::Html => {
            let page = html::extract(&decoded.text);
            if page.blocks.is_empty() {
                return Err(DocumentError::EmptyHtml);
            }
            let meta = Meta {
                title: page.meta.title.clone(),
                published: page.meta.published.clone(),
                url: page.meta.url.clone(),
                byline: page.meta.byline.clone(),
                site: page.meta.site.clone(),
            };
            (page.text, page.blocks, meta, page.meta.lang)
        }
    };
    let lang =
        opts.lang.or_else(|| html_lang.as_deref().and_then(Lang::from_tag)).unwrap_or_else(|| lang::detect(&text));
    let classified = layout::classify(&text, &blocks, format, lang);
    if meta.title.is_none() {
        meta.title =
            classified.structure.iter().find(|m| m.reason == "title").map(|m| text[m.span.range()].trim().to_owned());
    }
    if format == Format::Html {
        if let Some(title) = classified.structure.iter().find(|m| m.reason == "title") {
            meta.title = Some(text[title.span.range()].to_owned());
        }
    }
    Ok(Document {
        text,
        format,
        encoding: decoded.encoding,
        lang,
        meta,
        paragraphs: classified.paragraphs,
        boilerplate: classified.boilerplate,
        structure: classified.structure,
    })
}
