//! Quotes against primary sources (a transcript, the agency's copy, a press release).
//!
//! A source is indexed once by word: each quote is then located by voting — every occurrence
//! of one of its rarer words proposes where the quote would start — so a 1 MB transcript and
//! hundreds of quotes cost a few milliseconds, not a scan of every window per quote. The best
//! place is compared word by word: identical (after canonical folding) is verbatim, similar is
//! altered (with the word diff), anything less is not in the source.

use std::collections::HashMap;

use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, DiffTag};

use crate::fingerprint::canonical;

/// Share of words that must agree for a passage to be the quote in other words.
pub const ALTERED_THRESHOLD: f64 = 0.6;

/// Rarer quote words used to vote for a position; more add little but cost time.
const VOTERS: usize = 12;

/// A primary source, indexed by word.
pub struct SourceIndex {
    /// Label (path or name).
    pub label: String,
    /// SHA-256 of the source's bytes.
    pub sha256: String,
    text: String,
    /// Each word's byte span in `text`.
    spans: Vec<(usize, usize)>,
    /// Each word, canonical.
    words: Vec<String>,
    /// Word → its positions.
    positions: HashMap<String, Vec<u32>>,
}

/// Where a quote stands in a source.
#[derive(Clone, Debug, PartialEq)]
pub enum Lookup {
    /// Word for word (after canonical folding).
    Verbatim {
        /// The passage as the source has it.
        passage: String,
    },
    /// A close passage in other words.
    Altered {
        /// The passage as the source has it.
        passage: String,
        /// Share of words that agree.
        similarity: f64,
        /// `[tag, words]`: `equal`, `article` (only in the article), `source` (only in the source).
        words: Vec<(&'static str, String)>,
    },
    /// Nothing close.
    Missing,
}

/// Evidence for a finding: which source and what it says.
#[derive(Clone, Debug, Serialize)]
pub struct Evidence {
    /// The source's label.
    pub source: String,
    /// Its SHA-256.
    pub sha256: String,
    /// The passage in the source.
    pub passage: String,
    /// Share of words that agree.
    pub similarity: f64,
    /// The word diff from the source to the article.
    pub words: Vec<(&'static str, String)>,
}

fn tokenize(text: &str) -> (Vec<(usize, usize)>, Vec<String>) {
    let mut spans = Vec::new();
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            spans.push((s, i));
            words.push(canonical(&text[s..i]));
        }
    }
    (spans, words)
}

impl SourceIndex {
    /// Index a source's text.
    pub fn new(label: impl Into<String>, sha256: impl Into<String>, text: impl Into<String>) -> SourceIndex {
        let text = text.into();
        let (spans, words) = tokenize(&text);
        let mut positions: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            positions.entry(w.clone()).or_default().push(i as u32);
        }
        SourceIndex { label: label.into(), sha256: sha256.into(), text, spans, words, positions }
    }

    /// Locate a quote.
    pub fn lookup(&self, quote: &str) -> Lookup {
        let (_, q) = tokenize(quote);
        if q.is_empty() || self.words.is_empty() {
            return Lookup::Missing;
        }
        // Vote for the start position with the quote's rarer words.
        let mut voters: Vec<(usize, &Vec<u32>)> =
            q.iter().enumerate().filter_map(|(k, w)| self.positions.get(w).map(|p| (k, p))).collect();
        voters.sort_by_key(|(_, p)| p.len());
        let mut votes: HashMap<i64, u32> = HashMap::new();
        for (k, positions) in voters.iter().take(VOTERS) {
            for &p in positions.iter().take(5000) {
                *votes.entry(i64::from(p) - *k as i64).or_default() += 1;
            }
        }
        let Some((&start, _)) = votes.iter().max_by_key(|(d, v)| (**v, std::cmp::Reverse(**d))) else {
            return Lookup::Missing;
        };
        let m = q.len() as i64;
        let n = self.words.len() as i64;
        if start >= 0 && start + m <= n && self.words[start as usize..(start + m) as usize] == q[..] {
            let (a, b) = (start as usize, (start + m) as usize - 1);
            return Lookup::Verbatim { passage: self.text[self.spans[a].0..self.spans[b].1].to_owned() };
        }
        // Compare with a window around the best start, allowing for inserted or dropped words.
        let slack = (m / 3).max(2);
        let (lo, hi) = ((start - slack).max(0) as usize, (start + m + slack).min(n) as usize);
        if lo >= hi {
            return Lookup::Missing;
        }
        let window = &self.words[lo..hi];
        let ops = capture_diff_slices(Algorithm::Myers, window, &q);
        // Trim the window to the matched region: drop leading and trailing source-only words.
        let equal: usize = ops.iter().filter(|o| o.tag() == DiffTag::Equal).map(|o| o.old_range().len()).sum();
        let similarity = 2.0 * equal as f64 / (q.len() + matched_len(&ops)) as f64;
        if similarity < ALTERED_THRESHOLD {
            return Lookup::Missing;
        }
        let (first, last) = matched_bounds(&ops).map_or((lo, hi - 1), |(a, b)| (lo + a, lo + b));
        let passage = self.text[self.spans[first].0..self.spans[last].1].to_owned();
        let quote_words_orig = quote_words(quote);
        let mut words: Vec<(&'static str, String)> = Vec::new();
        for op in &ops {
            let (tag, text) = match op.tag() {
                DiffTag::Equal => ("equal", join_orig(&quote_words_orig, op.new_range())),
                DiffTag::Delete => ("source", self.join_source(lo, op.old_range(), first, last)),
                DiffTag::Insert => ("article", join_orig(&quote_words_orig, op.new_range())),
                DiffTag::Replace => {
                    push(&mut words, "source", self.join_source(lo, op.old_range(), first, last));
                    ("article", join_orig(&quote_words_orig, op.new_range()))
                }
            };
            push(&mut words, tag, text);
        }
        Lookup::Altered { passage, similarity, words }
    }

    fn join_source(&self, lo: usize, r: std::ops::Range<usize>, first: usize, last: usize) -> String {
        r.map(|k| lo + k)
            .filter(|&k| k >= first && k <= last)
            .map(|k| &self.text[self.spans[k].0..self.spans[k].1])
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn push(words: &mut Vec<(&'static str, String)>, tag: &'static str, text: String) {
    if text.is_empty() {
        return;
    }
    match words.last_mut() {
        Some((t, s)) if *t == tag => {
            s.push(' ');
            s.push_str(&text);
        }
        _ => words.push((tag, text)),
    }
}

fn quote_words(quote: &str) -> Vec<String> {
    let (spans, _) = tokenize(quote);
    spans.into_iter().map(|(a, b)| quote[a..b].to_owned()).collect()
}

fn join_orig(words: &[String], r: std::ops::Range<usize>) -> String {
    words[r].join(" ")
}

/// Source words covered from the first to the last matching word.
fn matched_bounds(ops: &[similar::DiffOp]) -> Option<(usize, usize)> {
    let eq: Vec<&similar::DiffOp> = ops.iter().filter(|o| o.tag() == DiffTag::Equal).collect();
    let first = eq.first()?.old_range().start;
    let last = eq.last()?.old_range().end - 1;
    Some((first, last))
}

fn matched_len(ops: &[similar::DiffOp]) -> usize {
    matched_bounds(ops).map_or(0, |(a, b)| b + 1 - a)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRANSCRIPT: &str =
        "MODERATOR: Herr Botschafter, Ihre Position? BOTSCHAFTER: Wir denken, dass es einfach unfair \
        und entmutigend ist, dem Land endlose Sanktionen aufzuerlegen. Es kann so nicht ewig weitergehen. Danke.";

    #[test]
    fn verbatim_altered_and_missing() {
        let idx = SourceIndex::new("transcript.txt", "00", TRANSCRIPT);
        assert!(matches!(
            idx.lookup("Wir denken, dass es einfach unfair und entmutigend ist"),
            Lookup::Verbatim { .. }
        ));
        match idx.lookup("Es kann nicht ewig so weitergehen.") {
            Lookup::Altered { passage, words, .. } => {
                assert_eq!(passage, "Es kann so nicht ewig weitergehen");
                assert!(words.iter().any(|(t, _)| *t == "source"), "{words:?}");
            }
            other => panic!("expected altered, got {other:?}"),
        }
        assert_eq!(idx.lookup("Wir werden die Sanktionen sofort aufheben und Handel treiben."), Lookup::Missing);
    }
}
