//! Diffs between two versions of an article: claims aligned, every change classified.
//!
//! Alignment runs in three passes: claims with the same canonical fingerprint pair first (so a
//! moved paragraph is `moved`, not removed and re-added); then a sentence split in two, or two
//! merged into one, pairs as a group; then the rest pair by word similarity, looked up through
//! an index of the words they share, so the cost stays near linear in the article's length.
//! Each pair gets one entry per change class that applies.

pub mod align;
mod classify;

use serde::Serialize;

use crate::document::Span;
use crate::extract::{Claim, ClaimKind};
use crate::lexicon::boilerplate::CORRECTION_NOTICES;
use crate::lexicon::PhraseSet;

static NOTICES: PhraseSet = PhraseSet::new(CORRECTION_NOTICES);

pub use align::SIMILARITY_THRESHOLD;

/// A claim as the diff sees it: from a fresh extraction or from the database.
#[derive(Clone, Debug, Serialize)]
pub struct Item {
    /// Canonical fingerprint.
    pub fingerprint: String,
    /// NFC hash of the exact text.
    #[serde(skip)]
    pub exact_sha256: String,
    /// Quote, reported, statement.
    pub kind: ClaimKind,
    /// Exact text.
    pub text: String,
    /// Byte span in its version.
    pub span: Span,
    /// Paragraph number.
    pub paragraph: usize,
    /// Speaker's canonical name.
    pub speaker: Option<String>,
    /// Speaker's role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Agency codes.
    pub agencies: Vec<String>,
    /// For quotes, the quotation marks around the text in its version (set by [`diff`]).
    #[serde(skip)]
    pub marks: Option<(char, char)>,
}

impl From<&Claim> for Item {
    fn from(c: &Claim) -> Item {
        Item {
            fingerprint: c.fingerprint.clone(),
            exact_sha256: c.exact_sha256.clone(),
            kind: c.kind,
            text: c.text.clone(),
            span: c.span,
            paragraph: c.paragraph,
            speaker: c.speaker.as_ref().map(|s| s.name.clone()),
            role: c.speaker.as_ref().and_then(|s| s.role.clone()),
            agencies: c.agencies.iter().map(|a| (*a).to_owned()).collect(),
            marks: None,
        }
    }
}

/// What changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeClass {
    /// New text such as "Korrektur:" or "Correction:".
    CorrectionNotice,
    /// The words inside quotation marks changed.
    QuoteWording,
    /// Attributed to someone else.
    SpeakerChanged,
    /// A number, date, month, amount or percentage differs.
    NumberChanged,
    /// Relayed through another agency.
    AgencyChanged,
    /// Other words changed.
    Reworded,
    /// A claim that was not there before.
    Added,
    /// A claim that is gone.
    Removed,
    /// Same claim, another place in the article.
    Moved,
    /// Only typography, whitespace, quote-mark style or case.
    Cosmetic,
}

impl ChangeClass {
    /// The kebab-case id.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeClass::CorrectionNotice => "correction-notice",
            ChangeClass::QuoteWording => "quote-wording",
            ChangeClass::SpeakerChanged => "speaker-changed",
            ChangeClass::NumberChanged => "number-changed",
            ChangeClass::AgencyChanged => "agency-changed",
            ChangeClass::Reworded => "reworded",
            ChangeClass::Added => "added",
            ChangeClass::Removed => "removed",
            ChangeClass::Moved => "moved",
            ChangeClass::Cosmetic => "cosmetic",
        }
    }
}

/// How much a change matters to a reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Wording of a quote, a speaker, a number, a correction.
    High,
    /// Agency, rewording, a removed claim.
    Medium,
    /// Added claims, moves, typography.
    Low,
}

/// One change.
#[derive(Clone, Debug, Serialize)]
pub struct Change {
    /// Change class.
    pub change: ChangeClass,
    /// Severity.
    pub severity: Severity,
    /// Kind of the claim (of the new one where both exist).
    pub kind: Option<ClaimKind>,
    /// The old claim(s): one, or several for a merge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Item>,
    /// The new claim(s).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Item>,
    /// Word-level diff `[tag, text]` with tag `equal`, `delete` or `insert`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<(&'static str, String)>,
    /// For `number-changed`: the numbers only in the old and only in the new text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub numbers: Option<NumberChange>,
    /// A short human note (split, merge, the notice's text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Numbers that differ between two texts.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct NumberChange {
    /// Only in the old text.
    pub old: Vec<String>,
    /// Only in the new text.
    pub new: Vec<String>,
}

/// Counts of the summary line.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    /// Pairs with no change at all.
    pub unchanged: usize,
    /// Pairs with a change other than a move.
    pub changed: usize,
    /// New claims.
    pub added: usize,
    /// Gone claims.
    pub removed: usize,
    /// Pairs that moved.
    pub moved: usize,
}

/// The result of a diff.
#[derive(Clone, Debug, Serialize)]
pub struct Diff {
    /// Counts.
    pub summary: Summary,
    /// Changes, most severe first, then in the order of the new text.
    pub changes: Vec<Change>,
}

/// A version to diff: its text and claims.
pub struct Side<'a> {
    /// The version text (for correction notices).
    pub text: &'a str,
    /// Its claims in text order.
    pub items: Vec<Item>,
}

/// The lines of `text` that hold a correction notice.
fn notice_lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(r) = NOTICES.find(&text[at..]) {
        let start = text[..at + r.start].rfind('\n').map_or(0, |k| k + 1);
        let end = text[at + r.end..].find('\n').map_or(text.len(), |k| at + r.end + k);
        out.push(Span::new(start, end));
        at = end;
    }
    out
}

/// The quotation marks around a quote in its text.
fn marks(text: &str, i: &Item) -> Option<(char, char)> {
    if i.kind != ClaimKind::Quote {
        return None;
    }
    let before = text.get(..i.span.start)?.trim_end().chars().next_back()?;
    let after = text.get(i.span.end..)?.trim_start().chars().next()?;
    Some((before, after))
}

/// Diff two versions.
pub fn diff(old: &Side<'_>, new: &Side<'_>) -> Diff {
    // Claims inside a correction notice are the notice, not claims of the article.
    let with_marks = |side: &Side<'_>| -> Vec<Item> {
        let notices = notice_lines(side.text);
        side.items
            .iter()
            .filter(|i| !notices.iter().any(|n| n.overlaps(i.span)))
            .map(|i| Item { marks: marks(side.text, i), ..i.clone() })
            .collect()
    };
    let (old_owned, new_owned) = (with_marks(old), with_marks(new));
    let old_items: Vec<&Item> = old_owned.iter().collect();
    let new_items: Vec<&Item> = new_owned.iter().collect();
    let alignment = align::align(&old_items, &new_items);
    let mut changes = classify::classify(&old_items, &new_items, &alignment);
    let mut summary = Summary::default();
    for pair in &alignment.pairs {
        let classes = classify::pair_classes(&old_items, &new_items, pair);
        let moved = alignment.moved.contains(&pair.new[0]);
        if moved {
            summary.moved += 1;
        }
        if !classes.is_empty() {
            summary.changed += 1;
        } else if !moved {
            summary.unchanged += 1;
        }
    }
    summary.added = alignment.added.len();
    summary.removed = alignment.removed.len();
    // Correction notices: text in the new version that the old one does not have.
    if let Some(r) = NOTICES.find(new.text).filter(|r| !old.text.contains(&new.text[r.clone()])) {
        let line_end = new.text[r.start..].find('\n').map_or(new.text.len(), |e| r.start + e);
        changes.push(Change {
            change: ChangeClass::CorrectionNotice,
            severity: Severity::High,
            kind: None,
            old: None,
            new: None,
            words: Vec::new(),
            numbers: None,
            note: Some(new.text[r.start..line_end].trim().to_owned()),
        });
    }
    changes.sort_by_key(|c| (c.severity, c.new.as_ref().or(c.old.as_ref()).map_or(0, |i| i.span.start)));
    Diff { summary, changes }
}

impl From<&crate::store::ClaimRow> for Item {
    fn from(r: &crate::store::ClaimRow) -> Item {
        Item {
            fingerprint: r.fingerprint.clone(),
            exact_sha256: r.exact_sha256.clone(),
            kind: r.claim_kind(),
            text: r.text.clone(),
            span: r.byte_span(),
            paragraph: r.paragraph_number(),
            speaker: r.speaker.clone(),
            role: r.role.clone(),
            agencies: r.agencies.clone(),
            marks: None,
        }
    }
}

impl Diff {
    /// A one-line summary: "2 changed (quote-wording, number-changed), 1 added".
    pub fn one_line(&self) -> String {
        let s = &self.summary;
        if s.changed + s.added + s.removed + s.moved == 0
            && !self.changes.iter().any(|c| c.change == ChangeClass::CorrectionNotice)
        {
            return "no claim changed".to_owned();
        }
        let mut classes: Vec<&str> = Vec::new();
        for c in &self.changes {
            if !matches!(c.change, ChangeClass::Added | ChangeClass::Removed | ChangeClass::Moved)
                && !classes.contains(&c.change.as_str())
            {
                classes.push(c.change.as_str());
            }
        }
        let mut parts = Vec::new();
        if s.changed > 0 {
            parts.push(format!(
                "{} changed ({})",
                s.changed,
                classes.iter().filter(|c| **c != "correction-notice").copied().collect::<Vec<_>>().join(", ")
            ));
        }
        for (n, what) in [(s.added, "added"), (s.removed, "removed"), (s.moved, "moved")] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        if classes.contains(&"correction-notice") {
            parts.push("correction notice".to_owned());
        }
        parts.join(", ")
    }
}
