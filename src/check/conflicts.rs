//! The same quote put in different mouths in different articles.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::{finding, short, ClaimView, Finding, Subject};
use crate::diff::align::{dice, words};
use crate::extract::ClaimKind;

/// Word overlap at which two quotes count as the same words (beyond an identical fingerprint).
pub const NEAR_IDENTICAL: f64 = 0.9;

/// A quote attributed somewhere in the database.
#[derive(Clone, Debug, Serialize)]
pub struct Attributed {
    /// Claim fingerprint.
    pub fingerprint: String,
    /// Quote text.
    pub text: String,
    /// Speaker's canonical name.
    pub speaker: String,
    /// Article URL.
    pub url: String,
    /// Publication date of that version.
    pub published: Option<String>,
    /// When that version was recorded.
    pub recorded_at: String,
}

/// Quotes of `s` attributed to someone else in another article of `others`.
pub fn conflicting(s: &Subject, others: &[Attributed]) -> Vec<Finding> {
    let mut by_fp: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    let other_words: Vec<Vec<String>> = others.iter().map(|o| words(&o.text)).collect();
    for (i, o) in others.iter().enumerate() {
        by_fp.entry(o.fingerprint.as_str()).or_default().push(i);
        for w in other_words[i].iter().filter(|w| w.chars().count() > 3).collect::<HashSet<_>>() {
            by_word.entry(w.clone()).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for c in s.claims.iter().filter(|c| c.kind == ClaimKind::Quote) {
        let Some(speaker) = &c.speaker else { continue };
        let cw = words(&c.text);
        let mut candidates: HashSet<usize> = by_fp.get(c.fingerprint.as_str()).into_iter().flatten().copied().collect();
        if cw.len() >= 5 {
            for w in cw.iter().filter(|w| w.chars().count() > 3) {
                if let Some(list) = by_word.get(w).filter(|l| l.len() <= 64) {
                    candidates.extend(list.iter().copied().filter(|&i| dice(&cw, &other_words[i]) >= NEAR_IDENTICAL));
                }
            }
        }
        let mut reported: HashSet<&str> = HashSet::new();
        let mut hits: Vec<usize> = candidates.into_iter().collect();
        hits.sort_unstable();
        for i in hits {
            let o = &others[i];
            if o.url == s.url || o.speaker == *speaker || !reported.insert(o.url.as_str()) {
                continue;
            }
            out.push(conflict(s, c, speaker, o));
        }
    }
    out
}

fn conflict(s: &Subject, c: &ClaimView, speaker: &str, o: &Attributed) -> Finding {
    let when = |published: &Option<String>| published.clone().unwrap_or_else(|| "date unknown".to_owned());
    let message = format!(
        "„{}“ is attributed to {speaker} here ({}, {}), but to {} in {} ({})",
        short(&c.text),
        s.url,
        when(&s.published),
        o.speaker,
        o.url,
        o.published.clone().unwrap_or_else(|| format!("recorded {}", o.recorded_at)),
    );
    finding("conflicting-attribution", s, c, message, serde_json::to_value(o).ok())
}
