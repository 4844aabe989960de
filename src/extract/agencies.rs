//! News agencies credited for a claim (a relay in its sentence) or for the whole article
//! (dateline, byline, source line).

use crate::document::{Document, Span};
use crate::lexicon::agencies::{find_agencies, Gazetteer, AGENCY_NAMES, AGENCY_NOUNS, OUTLET_NAMES, RELAY_ADVERBS};
use crate::lexicon::words::{DAYS, DETERMINERS};

use super::tokens::Token;
use super::Relays;

/// Words right before an agency that make it the channel of what was said:
/// `sagte der dpa`, `told Reuters`, `laut AFP`, `gegenüber der KNA`, `reported by AP`.
const RELAY_BEFORE: &[&str] = &[
    "laut", "gegenüber", "sagte", "sagten", "sagt", "erklärte", "erklärten", "erklärt", "bestätigte", "bestätigten",
    "teilte", "teilten", "berichtete", "meldete", "told", "tells", "telling", "via", "by", "to", "with", "mit",
    "schrieb", "sagen", "informationen", "angaben", "bericht", "berichten", "meldung", "meldungen", "recherchen",
    "zitierte", "zitierten", "zitiert", "erfuhr", "erfuhren", "erfährt", "anfrage", "von",
];

/// Words right after an agency that make it the channel: `wie die dpa berichtete`,
/// `AP reported`, `der dpa zufolge`.
pub(super) const RELAY_AFTER: &[&str] = &[
    "berichtete", "berichtet", "berichten", "berichteten", "meldete", "meldet", "meldeten", "zufolge", "reported",
    "reports", "quoted", "cited", "schrieb", "schreibt", "wrote", "erfuhr", "learned", "verbreitete", "zitierte",
    "zitiert", "said", "says",
];

/// Agencies and outlets relayed in `tokens` (a sentence: `wie die Deutsche Presse-Agentur
/// berichtete`, `sagte dem „Spiegel“`, `told the BBC`), ignoring mentions inside `quotes`.
///
/// `speech` says whether the sentence has a speech cue outside its quotes: then an agency in
/// the dative right after the speaker (`sagte X der Nachrichtenagentur Reuters`) is the relay,
/// while without one (`ein Fotograf der Nachrichtenagentur AFP`) it is only mentioned.
pub(super) fn relays(text: &str, sentence: Span, tokens: &[Token<'_>], quotes: &[Span], speech: bool) -> Relays {
    Relays {
        agencies: relayed_by(&AGENCY_NAMES, text, sentence, tokens, quotes, speech),
        outlets: relayed_by(&OUTLET_NAMES, text, sentence, tokens, quotes, speech),
    }
}

fn relayed_by(
    names: &Gazetteer,
    text: &str,
    sentence: Span,
    tokens: &[Token<'_>],
    quotes: &[Span],
    speech: bool,
) -> Vec<&'static str> {
    let mut out = Vec::new();
    for m in names.find(&text[sentence.range()]) {
        let span = Span::new(sentence.start + m.start, sentence.start + m.end);
        // An outlet's name in quotation marks („Spiegel“) is still the outlet.
        if quotes.iter().any(|q| q.overlaps(span) && !(q.start + 4 >= span.start && span.end + 4 >= q.end)) {
            continue;
        }
        let Some(first) = tokens.iter().position(|t| t.end > span.start) else {
            continue;
        };
        let Some(last) = tokens.iter().rposition(|t| t.start < span.end) else {
            continue;
        };
        // Walk back over articles and agency nouns ("der Nachrichtenagentur").
        let mut b = first;
        while b > 0 && skippable(&tokens[b - 1]) {
            b -= 1;
        }
        let before = b.checked_sub(1).map(|k| tokens[k].lower.as_str());
        let mut next =
            (last + 1..tokens.len()).find(|&k| !tokens[k].is_punct(&['“', '”', '"', '«', '»'])).unwrap_or(tokens.len());
        // (`wie die Austria Presse Agentur (APA) berichtete`: past the short name in brackets.)
        if tokens.get(next).is_some_and(|t| t.is_punct(&['(']))
            && tokens.get(next + 2).is_some_and(|t| t.is_punct(&[')']))
        {
            next += 3;
        }
        // (`wie die dpa am Dienstag berichtete`, `Reuters also reported`: when, or an adverb,
        // between the agency and its verb.)
        let skip = tokens[next.min(tokens.len())..].iter().take(4).take_while(|t| when_word(&t.lower)).count();
        next += skip;
        let after = tokens.get(next).map(|t| t.lower.as_str());
        let relay_before = before.is_some_and(|w| RELAY_BEFORE.contains(&w))
            && !(before == Some("to")
                && b >= 2
                && !matches!(tokens[b - 2].lower.as_str(), "according" | "told" | "spoke" | "said" | "talking"))
            && !(before == Some("by")
                && b >= 2
                && !matches!(
                    tokens[b - 2].lower.as_str(),
                    "reported" | "quoted" | "cited" | "obtained" | "seen" | "saying"
                ))
            && !(before == Some("von") && (b < 2 || tokens[b - 2].lower != "anfrage"))
            && !(matches!(before, Some("with" | "mit"))
                && b >= 2
                && !matches!(tokens[b - 2].lower.as_str(), "interview" | "gespräch" | "interviews" | "conversation"));
        // `Nach dpa-Informationen`, `laut AFP-Angaben`: the agency opens a report compound
        // after a source cue (and `auf KNA-Anfrage`: asked by the agency).
        let compound = first == last
            && text[span.end..].starts_with('-')
            && tokens[first].lower.rsplit_once('-').is_some_and(|(_, noun)| RELAY_BEFORE.contains(&noun))
            && matches!(before, Some("nach" | "laut" | "gemäß" | "auf"));
        let dative = speech && (b..first).any(|k| matches!(tokens[k].lower.as_str(), "der" | "dem"));
        // (`Wie Reuters unter Berufung auf Insider berichtete`: the agency's own source between.)
        let citing = cites_source(tokens.get(next), tokens.get(next + 1));
        let relay_after = dative
            || citing
            || after.is_some_and(|w| RELAY_AFTER.contains(&w))
            || (after == Some("news") && tokens.get(next + 1).is_some_and(|t| RELAY_AFTER.contains(&t.lower.as_str())));
        if (relay_before || relay_after || compound) && !out.contains(&m.code) {
            out.push(m.code);
        }
    }
    out
}

/// Whether the words between an agency and its verb only say when (`am Dienstag`, `on
/// Tuesday`) or are an adverb of `RELAY_ADVERBS`.
pub(super) fn only_when(gap: &str) -> bool {
    gap.split_whitespace().all(|w| when_word(&w.to_lowercase()))
}

/// A word (lower case) of when an agency reported, or an adverb that may stand before its verb.
fn when_word(w: &str) -> bool {
    matches!(w, "am" | "on") || DAYS.iter().any(|d| w.starts_with(d)) || RELAY_ADVERBS.contains(&w)
}

/// The phrase with which an agency names its own source (`Reuters unter Berufung auf
/// Insider`), as text.
pub(super) const CITING: &str = "unter Berufung auf ";

/// Whether two tokens open `unter Berufung auf`, the agency's own source.
pub(super) fn cites_source(first: Option<&Token<'_>>, second: Option<&Token<'_>>) -> bool {
    first.is_some_and(|t| t.lower == "unter") && second.is_some_and(|t| t.lower == "berufung")
}

fn skippable(t: &Token<'_>) -> bool {
    DETERMINERS.contains(&t.lower.as_str())
        || AGENCY_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(t.text))
        || t.is_punct(&['„', '“', '”', '"', '»', '«'])
}

/// Agencies credited for the whole article: in its dateline, byline or source line.
pub fn article_level(doc: &Document) -> Vec<&'static str> {
    let mut out = Vec::new();
    let credited = doc
        .boilerplate
        .iter()
        .filter(|m| matches!(m.reason, "byline" | "source-credit"))
        .chain(doc.structure.iter().filter(|m| m.reason == "dateline"));
    for mark in credited {
        for m in find_agencies(doc.slice(mark.span)) {
            if !out.contains(&m.code) {
                out.push(m.code);
            }
        }
    }
    if let Some(byline) = &doc.meta.byline {
        for m in find_agencies(byline) {
            if !out.contains(&m.code) {
                out.push(m.code);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn relays(s: &str) -> Vec<&'static str> {
        let toks = tokenize(s, 0, s.len());
        super::relays(s, Span::new(0, s.len()), &toks, &[], true).agencies
    }

    #[test]
    fn relay_phrases_count_and_mentions_do_not() {
        assert_eq!(relays("teilte er mit, wie die Deutsche Presse-Agentur berichtete."), ["dpa"]);
        assert_eq!(relays("sagte sie der Nachrichtenagentur Reuters."), ["reuters"]);
        assert_eq!(relays("\"No,\" he told Reuters."), ["reuters"]);
        assert_eq!(relays("the Associated Press reported on Monday."), ["ap"]);
        assert!(relays("An AFP photographer was injured.").is_empty());
        let s = "Ein Fotograf der Nachrichtenagentur AFP wurde verletzt.";
        assert!(super::relays(s, Span::new(0, s.len()), &tokenize(s, 0, s.len()), &[], false).agencies.is_empty());
        assert!(relays("Reuters staff moved to a new office.").is_empty());
        assert_eq!(relays("Nach dpa-Informationen will die Koalition das Gesetz beschließen."), ["dpa"]);
        assert_eq!(relays("Es gebe Lücken, teilte das Bistum auf KNA-Anfrage mit."), ["kna"]);
        assert_eq!(relays("Auf Anfrage der Deutschen Presse-Agentur sagte sie, es gebe Lücken."), ["dpa"]);
        assert_eq!(relays("Es gebe Lücken, sagte sie auf Anfrage von Keystone-SDA."), ["sda"]);
        assert_eq!(relays("Es gebe Lücken, sagte er, wie die Austria Presse Agentur (APA) berichtete."), ["apa"]);
        assert!(relays("Ein Fotograf von Reuters war vor Ort.").is_empty());
        assert!(relays("Die dpa-Redaktion zieht um.").is_empty());
        let s = "„Wir bleiben“, sagte sie dem „Spiegel“.";
        let toks = tokenize(s, 0, s.len());
        let quotes = [Span::new(0, 17), Span::new(34, s.len() - 1)];
        assert_eq!(super::relays(s, Span::new(0, s.len()), &toks, &quotes, true).outlets, ["spiegel"]);
    }
}
