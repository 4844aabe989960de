//! Attribution checks: one rule per weakness a fact-checker looks for, each with a stable id,
//! a severity and a message a journalist understands.
//!
//! Rules run on [`Subject`]s — an article's claims with their attribution — built either from a
//! fresh extraction (`check FILE`) or from the database (`check`). Rules that need other
//! articles (`conflicting-attribution`) or primary sources (`quote-not-in-source`,
//! `quote-altered-vs-source`) take those as extra input.

pub mod conflicts;
pub mod sources;

use serde::Serialize;

use crate::document::Span;
use crate::extract::{Claim, ClaimKind};
use crate::lexicon::agencies::{AGENCY_NAMES, OUTLET_NAMES};
use crate::report::text::truncate;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed before publishing or citing.
    Error,
    /// Should be looked at.
    Warning,
    /// Worth knowing.
    Info,
}

impl Severity {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Every rule: id, severity, what it means.
pub const RULES: &[(&str, Severity, &str)] = &[
    ("quote-without-speaker", Severity::Error, "a direct quote with no speaker in reach"),
    ("speaker-inferred", Severity::Info, "the speaker was carried over from context, not stated next to the quote"),
    ("vague-attribution", Severity::Warning, "the source is a group that names no one who can be asked"),
    ("anonymous-source", Severity::Info, "the source is not named"),
    ("secondhand", Severity::Info, "the claim reached the article through an agency or another outlet"),
    (
        "unsourced-statement",
        Severity::Warning,
        "a check-worthy statement, or reported speech, with no attribution in its sentence or paragraph",
    ),
    ("quote-not-in-source", Severity::Error, "the quote appears nowhere in the primary sources given"),
    ("quote-altered-vs-source", Severity::Warning, "the primary source has the quote in other words"),
    ("conflicting-attribution", Severity::Error, "the same quote is attributed to someone else in another article"),
    ("agency-mismatch", Severity::Info, "a quote relayed via one agency in an article credited to another agency only"),
];

/// A claim as the rules see it.
#[derive(Clone, Debug)]
pub struct ClaimView {
    /// Canonical fingerprint.
    pub fingerprint: String,
    /// Quote, reported, statement.
    pub kind: ClaimKind,
    /// Exact text.
    pub text: String,
    /// Byte span in the version text.
    pub span: Span,
    /// Paragraph number.
    pub paragraph: usize,
    /// Speaker's canonical name.
    pub speaker: Option<String>,
    /// Carried over from context.
    pub inferred: bool,
    /// Cue words.
    pub cue: Option<String>,
    /// Agencies relayed through.
    pub agencies: Vec<String>,
    /// Outlets relayed through.
    pub outlets: Vec<String>,
    /// named / vague / anonymous / none.
    pub attribution: String,
    /// Wording of a vague or anonymous source.
    pub source: Option<String>,
    /// Carries a number, date, amount or named entity.
    pub check_worthy: bool,
}

impl From<&Claim> for ClaimView {
    fn from(c: &Claim) -> ClaimView {
        ClaimView {
            fingerprint: c.fingerprint.clone(),
            kind: c.kind,
            text: c.text.clone(),
            span: c.span,
            paragraph: c.paragraph,
            speaker: c.speaker.as_ref().map(|s| s.name.clone()),
            inferred: c.speaker.as_ref().is_some_and(|s| s.inferred),
            cue: c.cue.as_ref().map(|c| c.text.clone()),
            agencies: c.agencies.iter().map(|a| (*a).to_owned()).collect(),
            outlets: c.outlets.iter().map(|a| (*a).to_owned()).collect(),
            attribution: c.attribution.as_str().to_owned(),
            source: c.source.as_ref().map(|s| s.text.clone()),
            check_worthy: c.check_worthy,
        }
    }
}

impl From<&crate::store::ClaimRow> for ClaimView {
    fn from(r: &crate::store::ClaimRow) -> ClaimView {
        ClaimView {
            fingerprint: r.fingerprint.clone(),
            kind: r.claim_kind(),
            text: r.text.clone(),
            span: r.byte_span(),
            paragraph: r.paragraph_number(),
            speaker: r.speaker.clone(),
            inferred: r.inferred,
            cue: r.cue.clone(),
            agencies: r.agencies.clone(),
            outlets: r.outlets.clone(),
            attribution: r.attribution.clone(),
            source: r.source.clone(),
            check_worthy: r.check_worthy,
        }
    }
}

/// An article to check.
#[derive(Clone, Debug)]
pub struct Subject {
    /// URL or path.
    pub url: String,
    /// Publication date, if known.
    pub published: Option<String>,
    /// Agencies credited for the article as a whole (dateline, byline, source line).
    pub credited: Vec<String>,
    /// Its claims in text order.
    pub claims: Vec<ClaimView>,
}

/// One finding.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    /// Rule id.
    pub rule: &'static str,
    /// Severity.
    pub severity: Severity,
    /// The claim's fingerprint.
    pub fingerprint: String,
    /// The claim's byte span.
    pub span: Span,
    /// Article URL or path.
    pub url: String,
    /// Paragraph number.
    pub paragraph: usize,
    /// The claim's text.
    pub text: String,
    /// What is wrong, for a journalist.
    pub message: String,
    /// Supporting detail (the word diff against a source, the other article).
    pub evidence: Option<serde_json::Value>,
}

fn severity_of(rule: &str) -> Severity {
    RULES.iter().find(|(id, _, _)| *id == rule).map_or(Severity::Info, |r| r.1)
}

/// A finding on claim `c` of `s`.
pub fn finding(
    rule: &'static str,
    s: &Subject,
    c: &ClaimView,
    message: String,
    evidence: Option<serde_json::Value>,
) -> Finding {
    Finding {
        rule,
        severity: severity_of(rule),
        fingerprint: c.fingerprint.clone(),
        span: c.span,
        url: s.url.clone(),
        paragraph: c.paragraph,
        text: c.text.clone(),
        message,
        evidence,
    }
}

fn short(text: &str) -> String {
    truncate(text, 60)
}

/// The rules that need nothing but the article itself.
pub fn check_article(s: &Subject) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in &s.claims {
        let quote = c.kind == ClaimKind::Quote;
        if quote && c.speaker.is_none() && c.attribution == "none" {
            out.push(finding(
                "quote-without-speaker",
                s,
                c,
                format!("„{}“ is quoted, but the article does not say who said it", short(&c.text)),
                None,
            ));
        }
        if quote && c.inferred {
            if let Some(sp) = &c.speaker {
                out.push(finding(
                    "speaker-inferred",
                    s,
                    c,
                    format!(
                        "„{}“ is given to {sp} only by context (no name next to the quote); confirm it is theirs",
                        short(&c.text)
                    ),
                    None,
                ));
            }
        }
        if c.attribution == "vague" {
            let who = c.source.as_deref().unwrap_or("the source");
            let cue = c.cue.as_deref().map(|c| format!(" {c}")).unwrap_or_default();
            out.push(finding(
                "vague-attribution",
                s,
                c,
                format!("\"{who}{cue}\" names no one who can be asked; who exactly says this?"),
                None,
            ));
        }
        if c.attribution == "anonymous" {
            let who = c.source.as_deref().unwrap_or("an unnamed source");
            out.push(finding(
                "anonymous-source",
                s,
                c,
                format!("rests on an anonymous source (\"{who}\"); note why anonymity was granted and how the source was checked"),
                None,
            ));
        }
        if c.kind != ClaimKind::Statement && (!c.agencies.is_empty() || !c.outlets.is_empty()) {
            let relays: Vec<String> = c
                .agencies
                .iter()
                .map(|a| format!("{a} ({})", AGENCY_NAMES.name(a)))
                .chain(c.outlets.iter().map(|o| OUTLET_NAMES.name(o).to_owned()))
                .collect();
            out.push(finding(
                "secondhand",
                s,
                c,
                format!("reached the article through {}, not first-hand; check the original", relays.join(" and ")),
                None,
            ));
        }
        if !s.credited.is_empty() {
            let foreign: Vec<&String> = c.agencies.iter().filter(|a| !s.credited.contains(a)).collect();
            if quote && !foreign.is_empty() {
                out.push(finding(
                    "agency-mismatch",
                    s,
                    c,
                    format!(
                        "relayed via {}, but the article is credited to {} only",
                        foreign.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", "),
                        s.credited.join(", ")
                    ),
                    None,
                ));
            }
        }
    }
    // A check-worthy statement with no attribution anywhere in its paragraph, or reported speech
    // with no one it is reported from (`Der Kämmerer soll die Zahlen gekannt haben`).
    for c in s.claims.iter().filter(|c| c.attribution == "none") {
        let message = match c.kind {
            ClaimKind::Statement if c.check_worthy => {
                "states a checkable fact (a number, date or name) without saying where it comes from"
            }
            // Relayed by an agency or outlet (`The Associated Press reported that …`): that is
            // where it comes from.
            ClaimKind::Reported if c.speaker.is_none() && c.agencies.is_empty() && c.outlets.is_empty() => {
                "reports what others say without saying who says it"
            }
            _ => continue,
        };
        let attributed = s.claims.iter().any(|o| o.paragraph == c.paragraph && o.attribution != "none");
        if !attributed {
            out.push(finding("unsourced-statement", s, c, message.to_owned(), None));
        }
    }
    out.sort_by_key(|f| (f.span.start, f.severity));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;
    use crate::document::ParseOptions;

    fn subject(text: &str) -> Subject {
        let a = analyse(text.as_bytes(), None, &ParseOptions::default()).expect("analyse");
        Subject {
            url: "t".into(),
            published: None,
            credited: crate::extract::credited_agencies(&a.doc).iter().map(|a| (*a).to_owned()).collect(),
            claims: a.extraction.claims.iter().map(ClaimView::from).collect(),
        }
    }

    fn rules(text: &str) -> Vec<&'static str> {
        check_article(&subject(text)).into_iter().map(|f| f.rule).collect()
    }

    #[test]
    fn each_rule_fires_and_stays_quiet() {
        assert!(
            rules("„Das ist ein Skandal und muss aufhören“, hieß es auf einem Plakat.").contains(&"vague-attribution")
        );
        assert!(rules("„Das ist ein Skandal und muss sofort aufhören.“ Mehr stand dort nicht.")
            .contains(&"quote-without-speaker"));
        assert!(!rules("„Das ist ein Skandal“, sagte Ministerin Anna Weber.").contains(&"quote-without-speaker"));
        assert!(rules("Am 3. Mai stiegen die Preise um 40 Prozent.").contains(&"unsourced-statement"));
        assert!(rules("Der Kämmerer soll die Zahlen schon gekannt haben.").contains(&"unsourced-statement"));
        assert!(
            !rules("Der Kämmerer soll die Zahlen laut Stadtrat schon gekannt haben.").contains(&"unsourced-statement")
        );
        assert!(
            !rules("Am 3. Mai stiegen die Preise laut Statistikamt um 40 Prozent.").contains(&"unsourced-statement")
        );
        assert!(rules("„Wir bleiben“, sagte Anna Weber dem „Spiegel“.").contains(&"secondhand"));
        assert!(rules("Berlin (dpa) - „Wir bleiben“, sagte Anna Weber der Nachrichtenagentur Reuters.")
            .contains(&"agency-mismatch"));
        assert!(!rules("Berlin (dpa) - „Wir bleiben“, sagte Anna Weber, wie die dpa berichtete.")
            .contains(&"agency-mismatch"));
        assert!(rules("Die Firma wird verkauft, sagte ein Insider, der anonym bleiben wollte.")
            .contains(&"anonymous-source"));
    }
}
