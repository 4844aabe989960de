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

use std::collections::HashSet;
use std::sync::OnceLock;

use regex::Regex;

/// A word list as a hash set, built on first use: constant-time lookups on hot paths.
pub struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str>>,
}

impl WordSet {
    /// Wrap a list.
    pub const fn new(list: &'static [&'static str]) -> WordSet {
        WordSet { list, set: OnceLock::new() }
    }

    /// Whether `word` (already in the list's case) is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.list.iter().copied().collect()).contains(word)
    }
}

/// A word list for "ends with one of these" tests (German compounds: `Umweltministerin` ends
/// with `ministerin`), indexed by the entries' last two bytes so a test compares only the
/// few entries that could match.
pub struct SuffixSet {
    list: &'static [&'static str],
    min_len: usize,
    index: OnceLock<std::collections::HashMap<[u8; 2], Vec<&'static str>>>,
}

impl SuffixSet {
    /// Wrap a list; entries shorter than `min_len` bytes (or containing a space) are ignored.
    pub const fn new(list: &'static [&'static str], min_len: usize) -> SuffixSet {
        SuffixSet { list, min_len, index: OnceLock::new() }
    }

    fn key(word: &str) -> Option<[u8; 2]> {
        let b = word.as_bytes();
        (b.len() >= 2).then(|| [b[b.len() - 2], b[b.len() - 1]])
    }

    /// Whether `word` ends with one of the entries.
    pub fn ends(&self, word: &str) -> bool {
        let index = self.index.get_or_init(|| {
            let mut map: std::collections::HashMap<[u8; 2], Vec<&'static str>> = std::collections::HashMap::new();
            for e in self.list.iter().filter(|e| e.len() >= self.min_len.max(2) && !e.contains(' ')) {
                if let Some(k) = Self::key(e) {
                    map.entry(k).or_default().push(e);
                }
            }
            map
        });
        Self::key(word).and_then(|k| index.get(&k)).is_some_and(|v| v.iter().any(|e| word.ends_with(e)))
    }
}

/// A phrase list compiled into one case-insensitive, whole-word regex.
pub struct PhraseSet {
    list: &'static [&'static str],
    re: OnceLock<Regex>,
}

impl PhraseSet {
    /// Wrap a list.
    pub const fn new(list: &'static [&'static str]) -> PhraseSet {
        PhraseSet { list, re: OnceLock::new() }
    }

    fn regex(&self) -> &Regex {
        self.re.get_or_init(|| {
            let mut phrases: Vec<&str> = self.list.to_vec();
            phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
            let alts = phrases.iter().map(|p| regex::escape(p)).collect::<Vec<_>>().join("|");
            Regex::new(&format!(r"(?i)(?:^|[^\p{{L}}\p{{N}}])({alts})(?:$|[^\p{{L}}\p{{N}}])"))
                .expect("phrase list compiles")
        })
    }

    /// The byte range of the first phrase in `text`, matched as whole words.
    pub fn find(&self, text: &str) -> Option<std::ops::Range<usize>> {
        self.regex().captures(text).and_then(|c| c.get(1)).map(|m| m.range())
    }

    /// Whether any phrase occurs in `text` as whole words.
    pub fn matches(&self, text: &str) -> bool {
        self.find(text).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_and_phrases() {
        static S: WordSet = WordSet::new(&["der", "die"]);
        static P: PhraseSet = PhraseSet::new(&["westliche länder", "experten"]);
        assert!(S.contains("die") && !S.contains("das"));
        assert_eq!(P.find("Auch Westliche Länder fürchten"), Some(5..22));
        assert!(P.matches("Experten warnen") && !P.matches("Expertenrunde"));
        static E: SuffixSet = SuffixSet::new(&["ministerin", "chef"], 3);
        assert!(E.ends("umweltministerin") && E.ends("parteichef") && !E.ends("minister"));
    }
}
