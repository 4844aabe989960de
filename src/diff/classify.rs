//! Change classes of aligned claims.

use similar::{Algorithm, ChangeTag, TextDiff};

use super::align::{words, Alignment, Pair};
use super::{Change, ChangeClass, Item, NumberChange, Severity};
use crate::document::Span;
use crate::extract::ClaimKind;
use crate::lexicon::words::{DAYS, MONTHS};

/// The claims of a pair as one item each (a split's or merge's parts joined).
fn joined(items: &[&Item], idx: &[usize]) -> Item {
    let mut it = items[idx[0]].clone();
    for &k in &idx[1..] {
        let next = items[k];
        it.text = format!("{} {}", it.text, next.text);
        it.span = Span::new(it.span.start, next.span.end);
        if it.kind != ClaimKind::Quote {
            it.kind = next.kind;
        }
        for a in &next.agencies {
            if !it.agencies.contains(a) {
                it.agencies.push(a.clone());
            }
        }
    }
    it
}

/// Whether a canonical word is a number, a date word or an amount.
fn is_number(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit()) || MONTHS.contains(&w) || DAYS.contains(&w) || NUMBER_WORDS.contains(&w)
}

const NUMBER_WORDS: &[&str] = &[
    "null", "eins", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    "zwanzig", "dreißig", "hundert", "tausend", "million", "millionen", "milliarde", "milliarden", "prozent", "zero",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "hundred", "thousand", "million", "millions", "billion", "billions", "percent",
];

/// Words only on one side, as multisets: (only old, only new).
fn multiset_diff(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let mut only_b: Vec<String> = b.to_vec();
    let mut only_a = Vec::new();
    for w in a {
        if let Some(k) = only_b.iter().position(|x| x == w) {
            only_b.remove(k);
        } else {
            only_a.push(w.clone());
        }
    }
    (only_a, only_b)
}

/// The change classes of one pair (without `moved`).
pub fn pair_classes(old: &[&Item], new: &[&Item], pair: &Pair) -> Vec<ChangeClass> {
    let (o, n) = (joined(old, &pair.old), joined(new, &pair.new));
    classes_of(&o, &n, pair.old.len() > 1 || pair.new.len() > 1)
}

fn classes_of(o: &Item, n: &Item, grouped: bool) -> Vec<ChangeClass> {
    let mut out = Vec::new();
    if !grouped && o.fingerprint == n.fingerprint {
        if o.exact_sha256 != n.exact_sha256 || o.marks != n.marks {
            out.push(ChangeClass::Cosmetic);
        }
    } else {
        let (ow, nw) = (words(&o.text), words(&n.text));
        let (only_o, only_n) = multiset_diff(&ow, &nw);
        let numbers_changed = only_o.iter().chain(&only_n).any(|w| is_number(w));
        let words_changed = only_o.iter().chain(&only_n).any(|w| !is_number(w)) || (ow != nw && !numbers_changed);
        let quote = o.kind == ClaimKind::Quote || n.kind == ClaimKind::Quote;
        if quote && (words_changed || numbers_changed) {
            out.push(ChangeClass::QuoteWording);
        } else if words_changed || (grouped && !numbers_changed) {
            out.push(ChangeClass::Reworded);
        }
        if numbers_changed {
            out.push(ChangeClass::NumberChanged);
        }
        if out.is_empty() {
            out.push(ChangeClass::Cosmetic);
        }
    }
    if o.speaker != n.speaker {
        out.push(ChangeClass::SpeakerChanged);
    }
    let (mut oa, mut na) = (o.agencies.clone(), n.agencies.clone());
    oa.sort();
    na.sort();
    if oa != na {
        out.push(ChangeClass::AgencyChanged);
    }
    out
}

fn severity(class: ChangeClass) -> Severity {
    match class {
        ChangeClass::CorrectionNotice
        | ChangeClass::QuoteWording
        | ChangeClass::SpeakerChanged
        | ChangeClass::NumberChanged => Severity::High,
        ChangeClass::AgencyChanged | ChangeClass::Reworded | ChangeClass::Removed => Severity::Medium,
        ChangeClass::Added | ChangeClass::Moved | ChangeClass::Cosmetic => Severity::Low,
    }
}

/// Word-level diff of two texts, runs of one tag merged.
pub fn word_diff(old: &str, new: &str) -> Vec<(&'static str, String)> {
    let diff = TextDiff::configure().algorithm(Algorithm::Patience).diff_words(old, new);
    let mut out: Vec<(&'static str, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        let tag = match change.tag() {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match out.last_mut() {
            Some((t, text)) if *t == tag => text.push_str(change.value()),
            _ => out.push((tag, change.value().to_owned())),
        }
    }
    out
}

/// Every change of an alignment.
pub fn classify(old: &[&Item], new: &[&Item], a: &Alignment) -> Vec<Change> {
    let mut out = Vec::new();
    let change = |class: ChangeClass, o: Option<Item>, n: Option<Item>| Change {
        change: class,
        severity: severity(class),
        kind: n.as_ref().or(o.as_ref()).map(|i| i.kind),
        old: o,
        new: n,
        words: Vec::new(),
        numbers: None,
        note: None,
    };
    for pair in &a.pairs {
        let (o, n) = (joined(old, &pair.old), joined(new, &pair.new));
        let grouped = pair.old.len() > 1 || pair.new.len() > 1;
        let note = match (pair.old.len(), pair.new.len()) {
            (1, k) if k > 1 => Some(format!("split into {k} sentences")),
            (k, 1) if k > 1 => Some(format!("merged from {k} sentences")),
            _ => None,
        };
        for class in classes_of(&o, &n, grouped) {
            let mut c = change(class, Some(o.clone()), Some(n.clone()));
            c.note = note.clone();
            match class {
                ChangeClass::QuoteWording | ChangeClass::Reworded => c.words = word_diff(&o.text, &n.text),
                ChangeClass::Cosmetic => {
                    c.words = word_diff(&o.text, &n.text);
                    if let (Some((oa, ob)), Some((na, nb))) = (o.marks, n.marks) {
                        if (oa, ob) != (na, nb) {
                            c.note = Some(format!("quotation marks {oa}…{ob} → {na}…{nb}"));
                        }
                    }
                }
                ChangeClass::NumberChanged => {
                    let (only_o, only_n) = multiset_diff(&words(&o.text), &words(&n.text));
                    c.numbers = Some(NumberChange {
                        old: only_o.into_iter().filter(|w| is_number(w)).collect(),
                        new: only_n.into_iter().filter(|w| is_number(w)).collect(),
                    });
                    c.words = word_diff(&o.text, &n.text);
                }
                _ => {}
            }
            out.push(c);
        }
        if a.moved.contains(&pair.new[0]) {
            out.push(change(ChangeClass::Moved, Some(o), Some(n)));
        }
    }
    for &i in &a.removed {
        out.push(change(ChangeClass::Removed, Some(old[i].clone()), None));
    }
    for &j in &a.added {
        out.push(change(ChangeClass::Added, None, Some(new[j].clone())));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_the_changed_word() {
        let d = word_diff("Wir denken, dass es einfach unfair ist", "Wir denken, dass es unfair ist");
        assert!(d.contains(&("delete", "einfach ".to_owned())), "{d:?}");
        assert_eq!(d[0], ("equal", "Wir denken, dass es ".to_owned()));
    }
}
