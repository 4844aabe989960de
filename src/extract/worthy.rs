//! Check-worthiness: whether a claim carries something that can be checked — a number, a
//! date, a weekday or month, an amount, a percentage, or a named entity.

use crate::document::Lang;
use crate::lexicon::names::{GIVEN_FEMALE, GIVEN_MALE};
use crate::lexicon::words::{AMOUNTS, DAYS, DETERMINERS, MONTHS};
use crate::lexicon::WordSet;

static MONTH: WordSet = WordSet::new(MONTHS);
static DAY: WordSet = WordSet::new(DAYS);
static AMOUNT: WordSet = WordSet::new(AMOUNTS);
static DET: WordSet = WordSet::new(DETERMINERS);
static FEMALE: WordSet = WordSet::new(GIVEN_FEMALE);
static MALE: WordSet = WordSet::new(GIVEN_MALE);

/// Whether `text` carries a number, date, amount, percentage or named entity.
pub fn check_worthy(text: &str, lang: Lang) -> bool {
    if text.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '%' | '€' | '$' | '£' | '-')))
        .filter(|w| !w.is_empty())
        .collect();
    let dated = words.iter().any(|w| {
        let lower = w.to_lowercase();
        let bare = lower.trim_end_matches('.');
        if matches!(bare, "may" | "march") && !w.starts_with(char::is_uppercase) {
            return false; // the modal verb and the verb, not the months
        }
        MONTH.contains(bare) || MONTH.contains(&lower) || DAY.contains(bare) || AMOUNT.contains(bare)
    });
    dated || has_named_entity(text, lang)
}

/// German contractions of preposition and article: a noun after them is a common noun.
const CONTRACTIONS: &[&str] = &["im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "übers", "unters"];

/// Endings of German common nouns (abstracts, plurals, diminutives).
const COMMON_NOUN_ENDINGS: &[&str] = &[
    "ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", "nis", "tum", "ment", "chen", "lein", "en", "ern",
    "ei", "ik", "ur", "ge", "te", "nde", "e", "el", "es", "eln",
];

/// A proper name: an acronym (`UN`, `NATO`), a given name, or — in English — a capitalised word
/// inside the sentence; in German, where every noun is capitalised, a capitalised word inside
/// the sentence with no article or adjective before it and no common-noun ending.
pub fn has_named_entity(text: &str, lang: Lang) -> bool {
    named_entity(text, lang).is_some()
}

/// The first named entity of `text`, if any.
pub fn named_entity(text: &str, lang: Lang) -> Option<&str> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    for (i, raw) in tokens.iter().enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let Some(first) = w.chars().next() else { continue };
        if !first.is_uppercase() {
            continue;
        }
        let caps = w.chars().take_while(|c| c.is_uppercase()).count();
        if caps >= 2 && w.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            return Some(w); // UN, NATO, UN-Sicherheitsrat
        }
        if FEMALE.contains(w) || MALE.contains(w) {
            return Some(w);
        }
        let sentence_start = i == 0
            || tokens[i - 1].ends_with(['.', '!', '?', ':', '"', '„', '“', '»'])
            || raw.starts_with(['"', '„', '“', '»', '‘', '(']);
        if sentence_start || w == "I" {
            continue;
        }
        match lang {
            Lang::En => return Some(w),
            Lang::De => {
                let prev = tokens[i - 1].trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                let after_article = DET.contains(&prev) || CONTRACTIONS.contains(&prev.as_str());
                let prev2 = i.checked_sub(2).map(|k| tokens[k].to_lowercase()).unwrap_or_default();
                // An inflected adjective: "-en/-er/-es/-em" alone, or "-e" after an article
                // (a bare "-e" is as often a verb: "wurde", "sagte").
                let after_adjective = prev.chars().next().is_some_and(char::is_lowercase)
                    && (["en", "er", "es", "em"].iter().any(|e| prev.ends_with(e))
                        || (prev.ends_with('e') && (DET.contains(&prev2) || CONTRACTIONS.contains(&prev2.as_str()))));
                let lower = w.to_lowercase();
                let common = COMMON_NOUN_ENDINGS.iter().any(|e| lower.ends_with(e));
                if !after_article && !after_adjective && !common {
                    return Some(w);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_dates_and_amounts() {
        assert!(check_worthy("Bereits im März erhielt Nordkorea Unterstützung", Lang::De));
        assert!(check_worthy("The ward delivered 410 babies", Lang::En));
        assert!(check_worthy("Die Kosten stiegen um drei Prozent", Lang::De));
        assert!(!check_worthy("The plan may fail if nobody helps", Lang::En));
    }

    #[test]
    fn named_entities() {
        assert!(has_named_entity("Unter der Herrschaft wurde Nordkorea belegt", Lang::De));
        assert!(has_named_entity("Dort tagte der UN-Sicherheitsrat", Lang::De));
        assert!(has_named_entity("Talks stalled after the visit of Jane Doe", Lang::En));
        assert!(!has_named_entity("Die Lage ist ernst und die Menschen sind besorgt.", Lang::De));
        assert!(!has_named_entity("Both sides dug in on the evening.", Lang::En));
    }
}
