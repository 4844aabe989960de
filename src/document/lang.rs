//! Language of an article: German or English, by counting very frequent words.

use crate::lexicon::words::{STOP_DE, STOP_EN};

/// The languages claimtrail extracts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// German.
    De,
    /// English.
    En,
}

impl Lang {
    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Parse an ISO code or a `de-DE`-style tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "de" | "deu" | "ger" => Some(Lang::De),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Guess the language from word counts (umlauts count for German); on a tie, as in a
/// one-line text, by word endings; German wins what is left.
pub fn detect(text: &str) -> Lang {
    let (mut de, mut en) = (0usize, 0usize);
    let (mut de_endings, mut en_endings) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(5000) {
        let lower = word.to_lowercase();
        de += usize::from(STOP_DE.contains(&lower.as_str()));
        en += usize::from(STOP_EN.contains(&lower.as_str()));
        if lower.contains(['ä', 'ö', 'ü', 'ß']) {
            de += 1;
        }
        de_endings += usize::from(["ung", "sch", "lich", "keit", "heit", "chen"].iter().any(|e| lower.ends_with(e)));
        en_endings += usize::from(["ed", "ing", "ly", "ty", "tion", "ers"].iter().any(|e| lower.ends_with(e)));
    }
    if en > de || (en == de && en_endings > de_endings) {
        Lang::En
    } else {
        Lang::De
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_both_languages() {
        assert_eq!(detect("Der Minister sagte, dass die Lage ernst sei."), Lang::De);
        assert_eq!(detect("The minister said that the situation was serious."), Lang::En);
        // No function word to count: the endings decide.
        assert_eq!(detect("\"Full responsibility,\" Mehta added."), Lang::En);
        assert_eq!(detect("„Volle Verantwortung“, betonte Mehta nachdrücklich."), Lang::De);
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
