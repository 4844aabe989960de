//! HTML pages to article text: the main content as blocks, page metadata from the head.
//!
//! The page is parsed with a real HTML5 parser (`scraper`/html5ever); the article root is the
//! `<article>` element, else `[role=main]` or `<main>`, else `<body>`. Scripts, navigation,
//! asides, footers, forms and elements whose class or id marks them as ads, teasers, share bars
//! or cookie banners are dropped.

use scraper::{ElementRef, Html, Node, Selector};

use super::{BlockKind, RawBlock};

/// Metadata from the page head.
#[derive(Debug, Default, Clone)]
pub struct PageMeta {
    /// `og:title`, else `<title>`.
    pub title: Option<String>,
    /// `article:published_time` or similar, as written.
    pub published: Option<String>,
    /// `<link rel="canonical">`, else `og:url`.
    pub url: Option<String>,
    /// `<meta name="author">`, else the page's byline element.
    pub byline: Option<String>,
    /// `og:site_name`.
    pub site: Option<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
}

/// The text of the page's main content (blocks joined by blank lines) and its blocks.
pub struct PageText {
    /// Blocks joined with `\n\n`.
    pub text: String,
    /// Blocks with byte spans into `text`.
    pub blocks: Vec<RawBlock>,
    /// Head metadata.
    pub meta: PageMeta,
}

/// Tags whose whole subtree is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "iframe", "svg", "canvas",
    "select", "input", "textarea", "object", "embed", "video", "audio", "map", "dialog", "menu",
];

/// Class or id tokens that mark page furniture.
const SKIP_CLASS_TOKENS: &[&str] = &[
    "ad", "ads", "advert", "adverts", "advertisement", "anzeige", "werbung", "banner", "cookie", "cookies", "consent",
    "promo", "newsletter", "share", "sharing", "social", "related", "teaser", "teasers", "recommended", "comments",
    "comment", "sidebar", "breadcrumb", "breadcrumbs", "nav", "navigation", "menu", "paywall", "subscribe", "outbrain",
    "taboola", "sponsored", "popup", "modal", "tags", "toolbar", "skip", "hidden", "sr", "visually",
];

/// Class or id tokens of a byline element.
const BYLINE_TOKENS: &[&str] = &["byline", "author", "authors", "autor"];

/// Block-level tags that become one block each.
const BLOCK_TAGS: &[&str] = &[
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote", "pre", "dd", "dt", "td", "th",
    "address", "caption", "summary",
];

/// Extract the article's blocks and the page's metadata.
pub fn extract(html: &str) -> PageText {
    let doc = Html::parse_document(html);
    let meta = page_meta(&doc);
    let root = ["article", "[role=main]", "main", "body"]
        .iter()
        .filter_map(|s| Selector::parse(s).ok())
        .find_map(|sel| doc.select(&sel).max_by_key(|el| text_len(*el)))
        .unwrap_or_else(|| doc.root_element());
    let mut collector = Collector::default();
    collector.walk(root, false);
    collector.flush(BlockKind::Body);
    let mut text = String::new();
    let mut blocks = Vec::new();
    for (kind, block) in collector.blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&block);
        blocks.push(RawBlock { start, end: text.len(), kind });
    }
    PageText { text, blocks, meta }
}

fn text_len(el: ElementRef<'_>) -> usize {
    el.text().map(str::len).sum()
}

#[derive(Default)]
struct Collector {
    blocks: Vec<(BlockKind, String)>,
    current: String,
}

impl Collector {
    fn walk(&mut self, el: ElementRef<'_>, in_byline: bool) {
        let name = el.value().name();
        if SKIP_TAGS.contains(&name) || is_hidden(el) {
            return;
        }
        // Furniture inside the article (an ad slot, a share bar, a "read more" line) stays in
        // the text as its own block, marked as boilerplate rather than silently dropped.
        if let Some(reason) = furniture_reason(el) {
            self.flush(BlockKind::Body);
            self.current.push_str(&el.text().collect::<Vec<_>>().join(" "));
            self.flush(BlockKind::Furniture(reason));
            return;
        }
        if name == "figure" {
            self.flush(BlockKind::Body);
            self.current.push_str(&el.text().collect::<Vec<_>>().join(" "));
            self.flush(BlockKind::Caption);
            return;
        }
        let byline = in_byline || has_token(el, BYLINE_TOKENS) || el.value().attr("rel") == Some("author");
        let block_kind = match name {
            "h1" => Some(BlockKind::Title),
            "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockKind::Heading),
            "figcaption" | "caption" => Some(BlockKind::Caption),
            _ if byline => Some(BlockKind::Byline),
            _ if BLOCK_TAGS.contains(&name) => Some(BlockKind::Body),
            _ => None,
        };
        let is_block = block_kind.is_some() || is_container(name);
        if is_block {
            self.flush(BlockKind::Body);
        }
        for child in el.children() {
            match child.value() {
                Node::Text(t) => self.current.push_str(t),
                Node::Element(e) if e.name() == "br" => self.current.push(' '),
                Node::Element(_) => {
                    if let Some(child_el) = ElementRef::wrap(child) {
                        self.walk(child_el, byline);
                    }
                }
                _ => {}
            }
        }
        if let Some(kind) = block_kind {
            self.flush(kind);
        } else if is_block {
            self.flush(BlockKind::Body);
        }
    }

    fn flush(&mut self, kind: BlockKind) {
        let collapsed = collapse_ws(&self.current);
        self.current.clear();
        if !collapsed.is_empty() {
            self.blocks.push((kind, collapsed));
        }
    }
}

/// The boilerplate reason for an element whose class or id marks it as furniture.
fn furniture_reason(el: ElementRef<'_>) -> Option<&'static str> {
    if !has_token(el, SKIP_CLASS_TOKENS) {
        return None;
    }
    let reasons: &[(&[&str], &str)] = &[
        (
            &[
                "ad", "ads", "advert", "adverts", "advertisement", "anzeige", "werbung", "sponsored", "outbrain",
                "taboola",
            ],
            "ad-marker",
        ),
        (&["share", "sharing", "social", "toolbar"], "share"),
        (&["related", "teaser", "teasers", "recommended", "tags"], "related-link"),
        (&["newsletter", "subscribe", "paywall"], "newsletter"),
    ];
    Some(reasons.iter().find(|(tokens, _)| has_token(el, tokens)).map_or("furniture", |(_, r)| *r))
}

fn is_container(name: &str) -> bool {
    matches!(
        name,
        "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "figure"
            | "ul"
            | "ol"
            | "dl"
            | "table"
            | "tr"
            | "tbody"
            | "thead"
            | "body"
            | "details"
            | "hgroup"
    )
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn has_token(el: ElementRef<'_>, tokens: &[&str]) -> bool {
    let v = el.value();
    let attrs = [v.attr("class"), v.attr("id"), v.attr("role"), v.attr("data-component")];
    attrs.into_iter().flatten().any(|a| {
        a.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|t| tokens.iter().any(|k| t.eq_ignore_ascii_case(k)))
    })
}

fn is_hidden(el: ElementRef<'_>) -> bool {
    let v = el.value();
    v.attr("hidden").is_some()
        || v.attr("aria-hidden") == Some("true")
        || v.attr("style").is_some_and(|s| s.replace(' ', "").contains("display:none"))
}

fn page_meta(doc: &Html) -> PageMeta {
    let meta = |keys: &[&str]| -> Option<String> {
        let sel = Selector::parse("meta").ok()?;
        keys.iter().find_map(|key| {
            doc.select(&sel).find_map(|m| {
                let v = m.value();
                let name = v.attr("property").or(v.attr("name")).or(v.attr("itemprop"))?;
                if name.eq_ignore_ascii_case(key) {
                    v.attr("content").map(collapse_ws).filter(|c| !c.is_empty())
                } else {
                    None
                }
            })
        })
    };
    let first_text = |selector: &str| -> Option<String> {
        let sel = Selector::parse(selector).ok()?;
        doc.select(&sel).map(|e| collapse_ws(&e.text().collect::<String>())).find(|t| !t.is_empty())
    };
    let first_attr = |selector: &str, attr: &str| -> Option<String> {
        let sel = Selector::parse(selector).ok()?;
        doc.select(&sel).find_map(|e| e.value().attr(attr).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned))
    };
    PageMeta {
        title: meta(&["og:title", "twitter:title"]).or_else(|| first_text("title")),
        published: meta(&[
            "article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date", "DC.date.issued",
            "og:published_time",
        ])
        .or_else(|| first_attr("time[datetime]", "datetime")),
        url: first_attr("link[rel=canonical]", "href").or_else(|| meta(&["og:url"])),
        byline: meta(&["author", "article:author", "dc.creator"])
            .or_else(|| first_text("[rel=author], .byline, .author")),
        site: meta(&["og:site_name", "application-name"]),
        lang: first_attr("html", "lang"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="de"><head><title>Seite</title>
<meta property="article:published_time" content="2025-02-14T09:30:00+01:00">
<meta name="author" content="Jana Roth"><link rel="canonical" href="https://example.org/a">
<script>var x = "„nicht zitieren“";</script></head><body>
<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<div class="cookie-banner">Wir verwenden Cookies.</div>
<article><h1>Die Überschrift</h1><p class="byline">Von Jana Roth, dpa</p>
<p>Erster <b>Absatz</b> mit Text.</p><div class="ad">Anzeige</div>
<h2>Zwischentitel</h2><p>Zweiter Absatz.</p>
<aside><p>Mehr zum Thema</p></aside></article><footer>Impressum</footer></body></html>"#;

    #[test]
    fn keeps_main_content_and_marks_furniture() {
        let page = extract(PAGE);
        let texts: Vec<(&str, BlockKind)> = page.blocks.iter().map(|b| (&page.text[b.start..b.end], b.kind)).collect();
        assert_eq!(
            texts,
            vec![
                ("Die Überschrift", BlockKind::Title),
                ("Von Jana Roth, dpa", BlockKind::Byline),
                ("Erster Absatz mit Text.", BlockKind::Body),
                ("Anzeige", BlockKind::Furniture("ad-marker")),
                ("Zwischentitel", BlockKind::Heading),
                ("Zweiter Absatz.", BlockKind::Body),
            ]
        );
        assert_eq!(page.meta.published.as_deref(), Some("2025-02-14T09:30:00+01:00"));
        assert_eq!(page.meta.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(page.meta.byline.as_deref(), Some("Jana Roth"));
        assert_eq!(page.meta.lang.as_deref(), Some("de"));
    }
}
