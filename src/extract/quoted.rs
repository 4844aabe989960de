//! Words in quotation marks: someone's words, or the name of a thing (a ship, a newspaper, a
//! law) or a scare quote that no one is said to have said.

use super::attribution::{is_cue_verb, is_determiner, is_document, is_preposition, is_role};
use super::frames::Frame;
use super::quotes::QuoteSpan;
use super::tokens::Token;
use super::{words, KONJUNKTIV};
use crate::document::{Lang, Span};
use crate::lexicon::cues::{FRAGMENT_CUES, REPORTING_WORDS};
use crate::lexicon::words::{EN_AUXILIARIES, NAMING_PARTICIPLES, PLATFORMS, TITLE_NOUNS};
use crate::lexicon::{SuffixSet, WordSet};

/// German function words that names of organisations, laws and titles are made with.
static FUNCTION_WORDS: WordSet = WordSet::new(&[
    "der", "die", "das", "des", "dem", "den", "und", "oder", "für", "zur", "zum", "im", "in", "am", "an", "auf", "von",
    "vom", "mit", "ohne", "gegen", "über", "unter", "um", "bei", "aus", "nach", "e.v", "e", "v",
]);
static TITLE_WORDS: WordSet = WordSet::new(TITLE_NOUNS);
static TITLE_ENDINGS: SuffixSet = SuffixSet::new(TITLE_NOUNS, 5);
static NAMING: WordSet = WordSet::new(NAMING_PARTICIPLES);
static FRAGMENT: WordSet = WordSet::new(FRAGMENT_CUES);
static REPORTING: WordSet = WordSet::new(REPORTING_WORDS);
/// First- and second-person words and common finite verbs: words in quotation marks that
/// contain them are someone speaking, not a name.
static SPEAKING: WordSet = WordSet::new(&[
    "ich", "wir", "mich", "mir", "uns", "unser", "unsere", "unseren", "du", "dich", "dir", "euch", "ihr", "mein",
    "meine", "ist", "sind", "war", "waren", "hat", "haben", "wird", "werden", "kann", "können", "muss", "müssen",
    "gibt", "i", "we", "me", "us", "our", "my", "you", "your", "is", "are", "was", "were", "will", "can", "must",
    "have", "has",
]);

/// Whether quoted words are a name or title by their form and the words right around them
/// (`das Schiff „Nordlicht“`, `„Berliner Zeitung“`, `„Gesetz zur …“`), whatever the sentence
/// attributes: such quotes are never anyone's words.
pub(super) fn is_name(text: &str, tokens: &[Token<'_>], q: &QuoteSpan, lang: Lang) -> bool {
    let inner = &text[q.inner.range()];
    let before: Vec<&Token<'_>> = tokens.iter().filter(|t| t.end <= q.outer.start).collect();
    let prev = before.iter().rev().find(|t| t.word).map(|t| t.lower.as_str());
    let last_two: Vec<&str> = before.iter().rev().filter(|t| t.word).take(2).map(|t| t.lower.as_str()).collect();
    let phrase = if let [a, b] = last_two.as_slice() { format!("{b} {a}") } else { String::new() };
    // `das Schiff „Nordlicht“`, `the film "The Long Harbour"`, `die so genannte „Wende“`:
    // the naming noun stands right before the quote (after it, as in `the plan was "dead on
    // arrival"`, the noun is the subject and the quote someone's words).
    let after_colon = before.last().is_some_and(|t| t.is_punct(&[':']));
    let right_before = before.last().is_some_and(|t| t.word);
    // A long phrase in lower case is no title: `sieht in dem Gesetz „kein Hindernis für den
    // freien Kapitalverkehr“` (short lower-case names are: `„auto, motor und sport“`).
    // An English title is capitalised: `called the plan "reckless."` is a judgement.
    let name_start = inner.starts_with(|c: char| !c.is_lowercase())
        || (lang == Lang::De && (words(inner) < 4 || inner.contains(',')));
    if !after_colon && right_before && name_start && (prev.is_some_and(is_title_noun) || TITLE_WORDS.contains(&phrase))
    {
        return true;
    }
    // `die so genannte „Wende“`; `stets „der Dicke“ genannt` (a nickname, the participle after).
    let next = tokens.iter().find(|t| t.start >= q.outer.end).filter(|t| t.word).map(|t| t.lower.as_str());
    // (Not `in what the judge called "…"`: someone calls it that, a judgement.)
    let recent: Vec<&Token<'_>> = before.iter().rev().filter(|t| t.word).take(3).copied().collect();
    let someone_calls = recent.get(1).is_some_and(|t| {
        is_role(&t.lower) || matches!(t.lower.as_str(), "he" | "she" | "they" | "we" | "i") || t.capitalized()
    }) || before.iter().rev().filter(|t| t.word).take(5).any(|t| t.lower == "what");
    // `known locally as "the Elbow"`, `a group that calls itself the "Wildflower Collective"`.
    let known_as = prev == Some("as") && recent.iter().any(|t| matches!(t.lower.as_str(), "known" | "bekannt"));
    let calls_itself = recent.iter().any(|t| matches!(t.lower.as_str(), "itself" | "themselves"))
        && before.iter().rev().filter(|t| t.word).take(4).any(|t| t.lower.starts_with("call"));
    if prev.is_some_and(|w| NAMING.contains(w)) && !someone_calls
        || known_as
        || calls_itself
        || (words(inner) <= 4 && next.is_some_and(|w| NAMING.contains(w)))
    {
        return true;
    }
    if names_a_thing(text, tokens, q, lang) {
        return true;
    }
    if lang == Lang::En && english_nickname(text, tokens, q) {
        return true;
    }
    // `the company's "Sunday Table" line`, `its "Clean Air" campaign`: an English name in
    // capitals before the noun it names, after an article or a possessive.
    let next_token = tokens.iter().find(|t| t.start >= q.outer.end);
    let owned = before.last().is_some_and(|t| is_determiner(t) || t.lower.ends_with("'s") || t.lower.ends_with("’s"));
    let noun_after = next_token.is_some_and(|t| {
        t.word
            && t.text.starts_with(char::is_lowercase)
            && !is_cue_verb(&t.lower, lang)
            && !is_preposition(t)
            && !EN_AUXILIARIES.contains(&t.lower.as_str())
            && !matches!(t.lower.as_str(), "and" | "or" | "but" | "as" | "that" | "which" | "who")
    });
    // (Also with no article, when it has two words or more: `wearing "Park Here, Pay Twice"
    // stickers`.)
    let clause_after = next_token
        .is_some_and(|t| matches!(t.lower.as_str(), "while" | "when" | "after" | "before" | "until" | "because"));
    if lang == Lang::En
        && (owned || words(inner) >= 2 && !clause_after)
        && noun_after
        && words(inner) <= 4
        && !punctuated(inner)
        && capitalised(inner, |c| c.is_ascii_digit())
    {
        return true;
    }
    // `CNN's "State of the Union"`, `the BBC's "Today" programme`: a title owned by a
    // capitalised owner, in title case, is a programme, a book or a show.
    let owner_is_named = before.last().is_some_and(|t| {
        (t.lower.ends_with("'s") || t.lower.ends_with("’s")) && t.text.starts_with(char::is_uppercase)
    });
    let title_case = title_cased(inner, 6)
        && inner.split_whitespace().next_back().is_some_and(|w| w.starts_with(char::is_uppercase));
    if lang == Lang::En && owner_is_named && title_case && !punctuated(inner) {
        return true;
    }
    // `the Silver Lion went to "Hours of Saint-Denis," by …`, `halfway through "The Salt Road"`,
    // `a screening of "Marrow," a horror film by …`: an English title in title case (its comma
    // or full stop inside the marks, as American style puts them) after a preposition or
    // before `by` or an appositive that names what it is.
    let bare = inner.trim_end_matches([',', '.']);
    let english_title = title_cased(bare, 7) && !bare.contains(['.', '!', '?']) && !speaks(bare);
    let after_prep = before.last().is_some_and(|t| t.word && is_preposition(t));
    let rest = tokens.iter().filter(|t| t.start >= q.outer.end);
    let by_after = rest.clone().find(|t| t.word).is_some_and(|t| t.lower == "by");
    let what_it_is = text[q.outer.end..].trim_start().starts_with(',')
        && rest.filter(|t| t.word).take(4).any(|t| is_title_noun(&t.lower));
    // (`The union's report, "Running on Empty", found`: between commas, an appositive; `its
    // quarterly "Inflation and Outlook Report"`: a title that ends with its kind.)
    let appositive =
        before.last().is_some_and(|t| t.is_punct(&[','])) && text[q.outer.end..].trim_start().starts_with(',');
    let kind_last = bare.split_whitespace().next_back().is_some_and(|w| {
        let w = w.to_lowercase();
        is_title_noun(&w) || is_document(&w)
    });
    if lang == Lang::En && english_title && (after_prep || by_after || what_it_is || appositive || kind_last) {
        return true;
    }
    // A foreign or technical name: `„Fédération Internationale de Football Association“`,
    // `„heise online“`, `„tagesschau.de“`.
    if lang == Lang::De && looks_like_name(inner) {
        return true;
    }
    // Several words, every one capitalised, and no sentence punctuation: German speech has
    // lower-case words, names do not (`„Berliner Zeitung“`, `„Nürnberg Ice Tigers“`).
    let punctuated = punctuated(inner);
    if lang == Lang::De
        && !punctuated
        && inner.split_whitespace().count() >= 2
        && capitalised(inner, |c| c.is_ascii_digit())
    {
        return true;
    }
    // A short name the article also uses without quotation marks (`„Ener1“ … Ener1 hat …`).
    if words(inner) <= 3
        && !inner.ends_with(['.', '!', '?', ','])
        && text
            .match_indices(inner)
            .any(|(at, _)| at != q.inner.start && !text[..at].ends_with(['„', '“', '"', '»', '«', '‚', '‘']))
    {
        return true;
    }
    let speaks = speaks(inner);
    // A title and its subtitle: `„Karol Wojtyla – Geheimnisse eines Papstes“`.
    let subtitled = (inner.contains(" – ") || inner.contains(" - "))
        && !inner.contains([',', '.', '!', '?', ':', ';'])
        && words(inner) <= 12
        && inner.starts_with(char::is_uppercase);
    if lang == Lang::De && subtitled && !speaks {
        return true;
    }
    // A newspaper's name in quotation marks: `sagte der „Süddeutschen Zeitung“`.
    let rest_is_small = |end: usize| inner[end..].split_whitespace().count() <= 1;
    if crate::lexicon::agencies::find_outlets(inner).iter().chain(&crate::lexicon::agencies::find_agencies(inner)).any(
        |m| {
            (m.start == 0
                || inner[..m.start].trim().eq_ignore_ascii_case("der")
                || inner[..m.start].trim().eq_ignore_ascii_case("die"))
                && rest_is_small(m.end)
        },
    ) {
        return true;
    }
    // A name that opens with its kind: `„Gesetz zur Bekämpfung …“`, `„Preis der …“`.
    if !speaks
        && inner
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && is_title_noun(&w.to_lowercase()))
    {
        return true;
    }
    false
}

/// Whether a quote is someone's words, rather than a title or scare quote.
pub(super) fn is_quote_claim(
    text: &str,
    tokens: &[Token<'_>],
    q: &QuoteSpan,
    frame: &Frame,
    region: Span,
    lang: Lang,
) -> bool {
    if is_name(text, tokens, q, lang) {
        return false;
    }
    let inner = &text[q.inner.range()];
    let speaks = speaks(inner);
    let punctuated = punctuated(inner);
    if q.continued || q.continues {
        return true;
    }
    let n = words(inner);
    // A clause: it ends like a sentence, is long, or speaks in the first or second person.
    // A long German name has no lower-case words but function words: `„Oberste Rat zur
    // Wiederherstellung der Demokratie“`, `„Geschichte der Gastronomie im Großen Garten“`.
    let long_name = lang == Lang::De
        && inner
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.starts_with(char::is_lowercase))
            .all(|w| FUNCTION_WORDS.contains(w));
    // (American style puts a comma inside the marks: `is often dismissed as "just a headache,"
    // but …`, `staged a "die-in,"` are short phrases no speech verb gives anyone, not sentences.)
    let styled_comma = lang == Lang::En
        && inner.trim_end().ends_with(',')
        && n <= 4
        && frame.cue.as_ref().is_none_or(|c| !is_cue_verb(&c.text, lang))
        && !speaks;
    let punctuated = punctuated && !styled_comma;
    let sentence_like = punctuated || (n >= 6 && !long_name) || (speaks && n >= 2);
    let title_case = n >= 2 && capitalised(inner, |c| !c.is_alphabetic());
    if sentence_like && !(title_case && lang == Lang::En && frame.mention.is_none()) {
        return true;
    }
    // One German noun in quotation marks is as often a term or a name (`den „Berlusconi-Club“
    // AC Mailand`, `zum „Austausch“ des Mädchens`) as someone's word; it is a quote when the
    // clause calls something by it: `nannte den Bericht eine „Zeitungsente“`, `bezeichnete
    // die Pläne als „Wortbruch“`, `warfen der Regierung „Wortbruch“ vor`.
    // (Unless a speech verb follows right after the comma: `„Nein“, sagte die Ministerin.`)
    let said_after = frame.cue.as_ref().is_some_and(|c| {
        c.spans[0].start >= q.outer.end
            && text[q.outer.end..c.spans[0].start].trim_matches(|c: char| c.is_whitespace() || c == ',').is_empty()
            && is_cue_verb(&c.text, lang)
    });
    if lang == Lang::De
        && n == 1
        && inner.starts_with(char::is_uppercase)
        && !calls_it(tokens, q, region)
        && !said_after
    {
        return false;
    }
    // A fragment: words someone used, if the sentence attributes anything to anyone.
    if frame.mention.is_some() && frame.cue.is_some() && !frame.by_subject {
        return true;
    }
    // A naming verb right before or after it: `nannte den Plan „unverantwortlich“`,
    // `„reckless“, she called it`.
    let near: Vec<&Token<'_>> = tokens
        .iter()
        .filter(|t| {
            t.word && region.contains(Span::new(t.start, t.end)) && !q.outer.contains(Span::new(t.start, t.end))
        })
        .filter(|t| {
            t.end <= q.outer.start && q.outer.start - t.end < 40 || t.start >= q.outer.end && t.start - q.outer.end < 25
        })
        .collect();
    if near.iter().any(|t| FRAGMENT.contains(&t.lower)) {
        return true;
    }
    // German lower-case fragments (adjectives, verb phrases: „gravierende Bedenken“,
    // „falsch“) in a sentence that reports what someone said or thinks are that someone's
    // words; without such a sentence they are scare quotes. Capitalised fragments are as
    // often names of things.
    let reporting = tokens.iter().any(|t| {
        t.word
            && !q.outer.contains(Span::new(t.start, t.end))
            && (is_cue_verb(&t.lower, lang) || KONJUNKTIV.contains(&t.lower) || REPORTING.contains(&t.lower))
    });
    lang == Lang::De
        && inner.starts_with(char::is_lowercase)
        && (reporting || (frame.mention.is_some() && !frame.by_subject))
}

/// Whether English quoted words are a nickname, a term or a translation: `the so-called
/// "weekend warrior" pattern`, `whom local newspapers dubbed the "Lake House Lady"`, `fans call
/// "the Altitude Pit"`, `teammates call him "Cold Blood"`, `sold as "Manpo-kei"`, `translates as
/// "10,000-step meter"`. (A judgement stays someone's words: `called the plan "reckless"`.)
fn english_nickname(text: &str, tokens: &[Token<'_>], q: &QuoteSpan) -> bool {
    let before = super::tail(text, q.outer.start, 40).trim_end().to_lowercase();
    if before.ends_with("so-called") || before.ends_with("so called") {
        return true;
    }
    let inner = text[q.inner.range()].trim_end_matches([',', '.']);
    let prev: Vec<&str> =
        tokens.iter().filter(|t| t.end <= q.outer.start && t.word).rev().take(6).map(|t| t.lower.as_str()).collect();
    let near = |list: &[&str], n: usize| prev.iter().take(n).any(|w| list.contains(w));
    // A name in capitals after a naming verb (an article or the one named between them:
    // `branded the plan the "…"`).
    let bare = inner.strip_prefix("the ").unwrap_or(inner);
    let naming = ["call", "calls", "dubbed", "dub", "dubs", "nicknamed", "christened", "named", "branded"];
    let capitals = title_cased(bare, 5) && !inner.contains(['!', '?']) && !speaks(inner);
    if capitals && (near(&naming, 4) || near(&["called"], 3) && words(bare) >= 2) {
        return true;
    }
    // `rated "requires improvement"`: a rating's label.
    if prev.first().is_some_and(|w| matches!(*w, "rated" | "graded")) {
        return true;
    }
    // `sold as "…"`, `translates roughly as "…"`, `markets as a "…"`.
    let article = usize::from(prev.first().is_some_and(|w| matches!(*w, "a" | "an" | "the")));
    prev.get(article) == Some(&"as")
        && near(
            &["sold", "marketed", "markets", "market", "billed", "translates", "translated", "translate", "rendered"],
            5 + article,
        )
}

/// Whether `s` is an English title in title case, in at most `max` words: it opens with a
/// capital, and every word is capitalised, a number or a minor word (`of`, `the`, `and` …).
fn title_cased(s: &str, max: usize) -> bool {
    let minor =
        |w: &str| matches!(w, "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "at" | "with" | "from");
    let ws: Vec<&str> = s.split_whitespace().collect();
    !ws.is_empty()
        && ws.len() <= max
        && ws[0].starts_with(char::is_uppercase)
        && ws.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || minor(w))
}

/// Words that call something by the name that follows: naming verbs and `vorwerfen`.
static CALLING: WordSet = WordSet::new(&[
    "nannte", "nannten", "nennt", "nennen", "genannt", "bezeichnete", "bezeichneten", "bezeichnet", "bezeichnen",
    "warf", "warfen", "wirft", "werfen", "vorgeworfen", "sprach", "sprachen", "spricht", "sprechen", "gesprochen",
    "warnte", "warnten", "warnt", "warnen", "gewarnt",
]);

/// Whether the clause around quote `q` calls something by its words: `als „…“`, or a naming
/// verb (or `vorwerfen`) in the same clause of `region`.
fn calls_it(tokens: &[Token<'_>], q: &QuoteSpan, region: Span) -> bool {
    let before = tokens.iter().rev().filter(|t| t.end <= q.outer.start && t.start >= region.start);
    if before.clone().find(|t| t.word).is_some_and(|t| t.lower == "als") {
        return true;
    }
    // `Er sagte, „No-Go-Areas“ dürfe es nicht geben`: the quote opens what was said.
    let mut lead = before.clone();
    if lead.next().is_some_and(|t| t.is_punct(&[',']))
        && lead.next().is_some_and(|t| CALLING.contains(&t.lower) || is_cue_verb(&t.lower, Lang::De))
    {
        return true;
    }
    let clause = |t: &&Token<'_>| !t.is_punct(&[',', '.', ';', ':', '!', '?', '(', ')']);
    let after = tokens.iter().filter(|t| t.start >= q.outer.end && t.end <= region.end);
    // `Bis vor zwei Jahren sei es der „Normalfall“ gewesen`: a clause in Konjunktiv reports
    // what someone said, in their words.
    before
        .take_while(clause)
        .chain(after.take_while(clause))
        .any(|t| t.word && (CALLING.contains(&t.lower) || KONJUNKTIV.contains(&t.lower)))
}

/// Whether quoted words end like a sentence or a clause.
fn punctuated(inner: &str) -> bool {
    inner.trim_end().ends_with(['.', '!', '?', ',', '…', ':', ';'])
}

/// Whether quoted words speak in the first or second person or with a common finite verb.
fn speaks(inner: &str) -> bool {
    inner.split(|c: char| !c.is_alphanumeric()).any(|w| SPEAKING.contains(&w.to_lowercase()))
}

/// Whether quote `q` is a short item listed right after `prev` (`„Touareg“ und „Phaeton“`,
/// `„A“, „B“`), so that it is what `prev` is.
pub(super) fn listed_after(text: &str, prev: &QuoteSpan, q: &QuoteSpan) -> bool {
    let inner = &text[q.inner.range()];
    words(inner) <= 6 && !inner.trim_end().ends_with(['.', '!', '?', ',']) && joined(text, prev, q)
}

/// Whether only a comma or a conjunction stands between quotes `prev` and `q`.
pub(super) fn joined(text: &str, prev: &QuoteSpan, q: &QuoteSpan) -> bool {
    let gap = text.get(prev.outer.end..q.outer.start).unwrap_or_default().trim();
    matches!(gap, "," | "und" | "oder" | "sowie" | "and" | "or" | ", und" | ", oder")
}

/// Whether the words around a short quote say it is a name or a gloss, not anyone's words:
/// `die sich selbst „Allianz für …“ nennt`, `Dies nennt man einen „Aktiensplit“`, `als „Dschungel
/// von Calais“ bekannt`, `der Name lautet „…“`, `bedeutet etwa „Menschlichkeit“`, or a
/// translation in brackets (`„Cast Lead“ („gegossenes Blei“)`).
fn names_a_thing(text: &str, tokens: &[Token<'_>], q: &QuoteSpan, lang: Lang) -> bool {
    let inner = &text[q.inner.range()];
    // A quote announced by a colon (`Die Parole lautet: „…“`) is someone's words.
    if words(inner) > 14
        || inner.trim_end().ends_with(['.', '!', '?'])
        || text[..q.outer.start].trim_end().ends_with(':')
    {
        return false;
    }
    let before: Vec<&str> =
        tokens.iter().filter(|t| t.word && t.end <= q.outer.start).rev().take(6).map(|t| t.lower.as_str()).collect();
    let after: Vec<&str> =
        tokens.iter().filter(|t| t.word && t.start >= q.outer.end).take(6).map(|t| t.lower.as_str()).collect();
    let short = words(inner) <= 8;
    let naming_verb = |w: &&str| matches!(*w, "nennt" | "nennen" | "nannte" | "nannten");
    // `die sich selbst „…“ nennt`, `nennt sich „…“`, `Dies nennt man einen „…“`, `„…“, wie
    // sich die Junta nennt`.
    let reflexive = (before.iter().any(naming_verb) || after.iter().any(naming_verb))
        && (before.iter().take(4).any(|w| matches!(*w, "sich" | "man")) || after.contains(&"sich"));
    let known_as = short
        && before.first() == Some(&"als")
        && after.first().is_some_and(|w| matches!(*w, "bekannt" | "bekannte" | "bekannten"));
    // `der Name lautet also „…“`, `bedeutet auf Zulu etwa „…“`.
    let window = |ws: &[&str]| before.iter().take(4).any(|w| ws.contains(w));
    // `die griechische Bezeichnung für „riesig“`.
    let term_for = before.first() == Some(&"für")
        && before.get(1).is_some_and(|w| matches!(*w, "bezeichnung" | "wort" | "begriff" | "ausdruck"));
    let gloss = short
        && ((window(&["lautet", "lautete"]) && window(&["name", "titel", "bezeichnung"]))
            || (window(&["bedeutet", "bedeutete"])
                && before.first().is_some_and(|w| matches!(*w, "etwa" | "wie" | "soviel")))
            || term_for);
    let bracketed =
        short && text[..q.outer.start].trim_end().ends_with('(') && text[q.outer.end..].trim_start().starts_with(')');
    // `Wie „heise online“ berichtet`, `laut „Bild“`, `dem „Figaro“ zufolge`, `„Ärzte ohne
    // Grenzen“ sowie das Rote Kreuz kündigten an`: the quoted words are the source.
    let next_is_cue = after.first().is_some_and(|w| is_cue_verb(w, lang) || *w == "zufolge");
    let opens_subject = before.is_empty()
        && text[q.outer.end..].trim_start().starts_with(char::is_alphabetic)
        && inner.starts_with(char::is_uppercase)
        && !speaks(inner)
        && (next_is_cue || after.first().is_some_and(|w| matches!(*w, "sowie" | "und")));
    let source = short
        && words(inner) <= 4
        && !inner.trim_end().ends_with([',', '.', '!', '?'])
        && (before.first() == Some(&"laut")
            || after.first() == Some(&"zufolge")
            || (next_is_cue && before.first().is_some_and(|w| matches!(*w, "wie" | "as")))
            || opens_subject);
    // `ein Sprecher der „Polizei von DeLand“`, `Vertreter der „con energy ag“`: whom a role
    // belongs to is an organisation.
    let of_role = short
        && before.first().is_some_and(|w| matches!(*w, "der" | "des" | "von" | "vom"))
        && before.get(1).is_some_and(|w| is_role(w));
    reflexive || known_as || gloss || bracketed || source || of_role
}

/// Whether a word is (or ends with, for German compounds) a noun that announces a name:
/// `Sportzeitung`, `Nachrichtenagentur`, `Trägerrakete`.
fn is_title_noun(w: &str) -> bool {
    // `zum Beispiel „…“` ends like `Hörspiel` but announces an example, not a title.
    if w.ends_with("beispiel") || w.ends_with("beispiele") {
        return false;
    }
    // The genitive: `des Sacharow-Preises`, `des Films`, `des Bündnisses`.
    [w, w.strip_suffix("es").unwrap_or(w), w.strip_suffix('s').unwrap_or(w), w.strip_suffix("ses").unwrap_or(w)]
        .iter()
        .any(|b| TITLE_WORDS.contains(b) || TITLE_ENDINGS.ends(b))
}

/// Whether every word starts with an upper-case letter or a character `other` accepts.
fn capitalised(inner: &str, other: fn(char) -> bool) -> bool {
    inner.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || other(c)))
}

/// Quoted words in a German text that look like a name rather than speech: a web address,
/// or foreign function words ("de", "la", "of", "the") between capitalised words.
fn looks_like_name(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() == 1 && inner.contains('.') && !inner.ends_with('.') {
        return true;
    }
    // A company's or association's legal form at the end: `„… e.V.“`, `„Nordkai GmbH“`.
    const LEGAL_FORMS: &[&str] = &["e.V.", "e. V.", "GmbH", "AG", "SE", "KG", "mbH", "gGmbH", "Inc.", "Ltd.", "plc"];
    if words.len() >= 2 && LEGAL_FORMS.iter().any(|f| inner.trim_end().ends_with(&format!(" {f}"))) {
        return true;
    }
    // (`nennt „Twitter“ in Syrien oder „Facebook“`: a platform by its name.)
    if PLATFORMS.contains(&inner.trim()) {
        return true;
    }
    // One word with letters and digits (`Ener1`, `Muslix64`) or an inner capital after a small
    // first letter (`iTunes-Handy`, `eBay`): a product's or a user's name.
    if let [w] = words.as_slice() {
        let digits = w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic);
        let camel =
            w.starts_with(char::is_lowercase) && w.chars().skip(1).take_while(|c| *c != '-').any(char::is_uppercase);
        if digits || camel {
            return true;
        }
    }
    // (Not `des`: in German it is the genitive article, `„Opfer des Terrorismus“`.)
    const FOREIGN: &[&str] = &[
        "de", "la", "le", "du", "del", "da", "dos", "of", "the", "for", "and", "y", "di", "against", "with", "from",
        "at", "on", "to", "by",
    ];
    words.len() >= 2
        && words.iter().any(|w| FOREIGN.contains(w))
        && words.iter().filter(|w| !FOREIGN.contains(w)).all(|w| w.starts_with(char::is_uppercase))
}
