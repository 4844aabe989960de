//! Attribution frames: the cue that ties words to a source and the mention of that source.
//!
//! A frame is read from a region of a sentence (the part before or after a quote, or a whole
//! sentence for reported speech). The mention is split into name and role and classified as a
//! person, an institution, a pronoun, a description ("der Minister"), or a vague or anonymous
//! source.

use crate::document::{Lang, Span};
use crate::lexicon::agencies::{find_agencies, find_outlets};
use crate::lexicon::cues::{
    german_weak_forms, Cue, ENGLISH_VERBS, GERMAN_VERBS, GERMAN_WEAK, IDIOM_OBJECTS, REPORT_COMPOUND_HEADS,
    REPORT_NOUNS,
};
use crate::lexicon::names::{
    is_office_title, party_home, Gender, DEMONYMS, DEMONYMS_DE, GIVEN_FEMALE, GIVEN_MALE, HONORIFICS, JOURNALISTS,
    PEOPLE_DE, PRONOUNS, ROLE_HEADS_FEMALE, ROLE_HEADS_MALE, ROLE_HEADS_NEUTRAL,
};
use crate::lexicon::sources::{ANONYMOUS, VAGUE};
use crate::lexicon::words::{
    AUXILIARIES_DE, BUSINESS_KINDS_DE, BUSINESS_NOUNS, CLUB_HEADS, CLUB_PREFIXES, COMPANY_HEADS, COMPANY_WORDS, DAYS,
    DETERMINERS, INSTITUTION_HEADS, MASCULINE_HEADS, MENTION_STOPS, MONTHS, NEUTER_HEADS, PERSON_ENDINGS_DE,
    PLACE_OPENERS, PLURAL_BODIES_DE, PREPOSITIONS, QUANTIFIERS_DE, RELATIVE_PRONOUNS, TEAM_NAME_EXCEPTIONS, THINGS_DE,
    UNIONS,
};
use crate::lexicon::{PhraseSet, SuffixSet, WordSet};
use std::collections::HashMap;
use std::sync::LazyLock;

use super::tokens::{tokenize, Token};

/// A cue found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueHit {
    /// The cue words, lower case, joined by a space (`teilte mit`).
    pub text: String,
    /// One span per word (two for a separable verb).
    pub spans: Vec<Span>,
    /// Token index of the (first) cue word.
    pub index: usize,
    /// Where the mention is expected relative to the cue.
    pub kind: CueKind,
}

/// How a cue relates to its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// A verb: the source is its subject, before it or (inverted) after it.
    Verb,
    /// A preposition: the source follows (`laut`, `according to`, `nach Angaben`).
    Before,
    /// A postposition: the source precedes (`zufolge`).
    After,
}

/// What kind of source a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A named person.
    Person,
    /// An institution (ministry, police, company).
    Institution,
    /// A personal pronoun, to be resolved.
    Pronoun,
    /// A role without a name ("der Minister", "the spokeswoman"), to be resolved.
    Description,
    /// A vague group ("Experten", "critics").
    Vague,
    /// A hidden source ("aus Regierungskreisen", "a person familiar with the matter").
    Anonymous,
}

/// A mention of a source.
#[derive(Clone, Debug)]
pub struct Mention {
    /// The words of the mention.
    pub span: Span,
    /// Its kind.
    pub kind: MentionKind,
    /// Name as written (person or institution), without articles.
    pub name: Option<String>,
    /// Role words as written.
    pub role: Option<String>,
    /// Gender where the words give one.
    pub gender: Option<Gender>,
    /// The text of the mention (for vague and anonymous sources, the description).
    pub text: String,
}

/// Cue words in `tokens[from..to]`, in order.
pub fn find_cues(tokens: &[Token<'_>], from: usize, to: usize, lang: Lang) -> Vec<CueHit> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let t = &tokens[i];
        if !t.word {
            i += 1;
            continue;
        }
        let lower = t.lower.as_str();
        let next = tokens.get(i + 1).filter(|_| i + 1 < to).map(|t| t.lower.as_str());
        let report = (lang == Lang::De && lower == "nach").then(|| report_noun_after(tokens, i, to)).flatten();
        let opinion =
            (lang == Lang::De && OPINION_VERBS.contains(lower)).then(|| opinion_noun_after(tokens, i, to)).flatten();
        // `hat es schon wiederholt gefährliche Zwischenfälle gegeben`: an adverb, not a verb.
        let adverb = lang == Lang::De
            && lower == "wiederholt"
            && (i.checked_sub(1).is_some_and(|k| ADVERBS.contains(&tokens[k].lower.as_str()))
                || tokens.get(i + 1).is_some_and(|n| is_attributive(n, tokens.get(i + 2))));
        // `Das als „Zukunftsprogramm“ bezeichnete Paket`: a participle before its noun, after
        // an article and an `als` phrase, is no verb.
        let attributive = lang == Lang::De
            && tokens.get(i + 1).is_some_and(|n| n.word && n.capitalized())
            && i.checked_sub(1).is_some_and(|k| tokens[k].is_punct(&['“', '«', '"']))
            && (i.saturating_sub(8)..i).rev().find(|&k| tokens[k].lower == "als").is_some_and(|a| {
                a.checked_sub(1)
                    .is_some_and(|d| matches!(tokens[d].lower.as_str(), "das" | "die" | "der" | "den" | "dem"))
            });
        // `seit Jahren bekannte Haushaltslöcher`: the adjective before its noun, far commoner
        // than the verb `bekennen`.
        let known = lang == Lang::De
            && matches!(lower, "bekannte" | "bekannten")
            && tokens.get(i + 1).is_some_and(|n| n.word && n.capitalized() && !is_determiner(n));
        // `schwächer als erwartet, …`, `wie angekündigt.`: a participle after a comparison
        // compares; no one says anything.
        let compared = lang == Lang::De
            && i.checked_sub(1).is_some_and(|k| matches!(tokens[k].lower.as_str(), "als" | "wie"))
            && tokens.get(i + 1).is_none_or(|n| !n.word);
        // `Wie die dpa aus Vereinskreisen erfuhr, …`: what someone learned is a claim only in
        // a comment clause that opens with `wie` (`Er erfuhr aus dem Radio davon` is none).
        let opener = (from..i).rev().find(|&k| !tokens[k].word).map_or(from, |k| k + 1);
        let learned = lang == Lang::De
            && matches!(lower, "erfuhr" | "erfuhren")
            && !(tokens.get(i + 1).is_some_and(|n| n.is_punct(&[','])) && opener < i && tokens[opener].lower == "wie");
        if adverb || attributive || known || compared || learned {
            i += 1;
            continue;
        }
        match (lang, lower, next) {
            // `Kritik war laut geworden`, `zu laut`: the adjective, not the preposition.
            (Lang::De, "laut", next)
                if next.is_none_or(|n| {
                    matches!(n, "geworden" | "werden" | "wurde" | "wurden" | "wird" | "gewesen" | "genug" | "und")
                        || matches!(n, "." | "," | ";" | "!" | "?")
                }) || i.checked_sub(1).is_some_and(|k| matches!(tokens[k].lower.as_str(), "sehr" | "zu" | "so")) => {}
            // `Laut einem Bericht der „Süddeutschen Zeitung“`: as after `nach`, the source
            // follows the report noun.
            // (Also a compound right after it: `laut Vereinsangaben`, the club's.)
            (Lang::De, "laut" | "gemäß", _) => match report_noun_after(tokens, i, to).filter(|&k| {
                k > i + 1
                    || REPORT_COMPOUND_HEADS
                        .iter()
                        .any(|h| tokens[k].lower.strip_suffix(h).is_some_and(|p| p.chars().count() > 2))
            }) {
                Some(k) => {
                    let (cue, next) = report_hit(tokens, i, k, to);
                    out.push(cue);
                    i = next;
                    continue;
                }
                None => out.push(hit(t, i, &t.lower.clone(), CueKind::Before)),
            },
            // `…, so Gall, …`, `so der Minister weiter:`: "so" after a comma or at a clause start,
            // before a name or an article.
            (Lang::De, "so", Some(_))
                if (i == from || tokens[i - 1].is_punct(&[',', '(', '–', '—']))
                    && tokens.get(i + 1).is_some_and(|n| n.capitalized() || is_determiner(n)) =>
            {
                out.push(hit(t, i, "so", CueKind::Before))
            }
            (Lang::De, "vernehmen", _) if i >= 1 && tokens[i - 1].lower == "dem" => out.push(CueHit {
                text: "dem vernehmen nach".into(),
                spans: vec![Span::new(tokens[i - 1].start, t.end)],
                index: i,
                kind: CueKind::Before,
            }),
            (Lang::De, "zufolge", _) => out.push(hit(t, i, "zufolge", CueKind::After)),
            // `Der Minister ist überzeugt, dass …`, `zeigte sich zuversichtlich: …`: a conviction
            // stated before a clause is what someone holds.
            (Lang::De, "überzeugt" | "zuversichtlich" | "optimistisch" | "skeptisch", Some("," | ":"))
                if tokens[i.saturating_sub(3).max(from)..i].iter().any(|p| {
                    matches!(
                        p.lower.as_str(),
                        "ist" | "sind" | "war" | "waren" | "zeigte" | "zeigten" | "gab" | "gaben"
                    )
                }) =>
            {
                out.push(hit(t, i, &t.lower.clone(), CueKind::Verb))
            }
            // `Aus Sicht der Verbraucherzentrale …`, `aus Sicht von X`: whose view it is, named
            // after the noun as after a report.
            (Lang::De, "aus", Some("sicht")) if i + 2 < to => {
                let (cue, next) = report_hit(tokens, i, i + 1, to);
                out.push(cue);
                i = next;
                continue;
            }
            // `Der Bürgermeister ist der Meinung, dass …`, `vertrat die Ansicht, …`, `22 Prozent
            // teilen die Auffassung, …`: a verb with an opinion noun is a speech verb.
            (Lang::De, verb, Some(_)) if opinion.is_some() => {
                let k = opinion.unwrap_or(i);
                out.push(CueHit {
                    text: format!("{verb} {}", tokens[k].lower),
                    spans: vec![Span::new(t.start, t.end), Span::new(tokens[k].start, tokens[k].end)],
                    index: i,
                    kind: CueKind::Verb,
                });
                i = k + 1;
                continue;
            }
            // `Für den Theologen Hans Küng sei der Rücktritt „verständlich“`: at the start of a
            // clause in Konjunktiv, "für" names whose view it is (only someone by name or role;
            // see `opinion_holder`).
            (Lang::De, "für", Some(_))
                if t.text == "Für"
                    && (i == 0 || tokens[i - 1].is_punct(&['.', '!', '?', ':', ';']))
                    && tokens[i + 1..to].iter().any(|t| super::KONJUNKTIV.contains(&t.lower)) =>
            {
                out.push(hit(t, i, "für", CueKind::Before))
            }
            // `Koppelin wörtlich: „…“`: the speaker before, the quote after the colon.
            // (`In dem Antrag heißt es wörtlich:` has its verb.)
            (Lang::De, "wörtlich", Some(":"))
                if i > from
                    && tokens[i - 1].word
                    && !tokens[i.saturating_sub(3).max(from)..i].iter().any(|p| is_cue_verb(&p.lower, lang)) =>
            {
                out.push(hit(t, i, "wörtlich", CueKind::After))
            }
            // `Seiner Meinung nach`, `nach eigenen Angaben`: the possessive is the source.
            (Lang::De, "nach", _)
                if i >= 1
                    && matches!(
                        tokens[i - 1].lower.as_str(),
                        "meinung" | "ansicht" | "auffassung" | "einschätzung" | "angaben" | "aussage"
                    ) =>
            {
                out.push(hit(t, i, "nach", CueKind::After))
            }
            (
                Lang::De,
                "nach",
                Some(
                    n @ ("angaben" | "aussage" | "aussagen" | "worten" | "ansicht" | "auffassung" | "einschätzung"
                    | "informationen" | "darstellung" | "darstellungen" | "meinung" | "überzeugung"),
                ),
            ) => {
                let text = format!("nach {n}");
                // `nach Angaben von X`: "von" belongs to the cue, X is the source.
                let last =
                    if tokens.get(i + 2).is_some_and(|v| v.lower == "von") && i + 2 < to { i + 2 } else { i + 1 };
                out.push(CueHit {
                    text,
                    spans: vec![Span::new(t.start, tokens[last].end)],
                    index: i,
                    kind: CueKind::Before,
                });
                i = last + 1;
                continue;
            }
            // `nach einem Bericht der BBC`, `Nach offiziellen Angaben`, `nach den Worten der
            // Sprecherin`, `Nach UNHCR-Angaben`: a report noun within a few words names the
            // source after it or in itself.
            (Lang::De, "nach", Some(_)) if report.is_some() => {
                let (cue, next) = report_hit(tokens, i, report.unwrap_or(i), to);
                out.push(cue);
                i = next;
                continue;
            }
            // `The study found that …`, `researchers concluded that …`: what a study or its
            // authors found is reported (only with `that`: `police found a body` is not).
            (Lang::En, "found" | "concluded" | "showed" | "shows" | "suggests" | "suggested", Some("that")) => {
                out.push(hit(t, i, &t.lower.clone(), CueKind::Verb))
            }
            // `…, the survey found.`, `…, the study showed.`: a document after what it found.
            // (Also by its author, `…, a review led by former coroner X found on Thursday.`)
            (Lang::En, "found" | "concluded" | "showed" | "shows" | "suggests" | "suggested", next)
                if i >= 3
                    && next.is_none_or(|n| matches!(n, "." | ";" | "on") || DAYS.contains(&n))
                    && ((tokens[i.saturating_sub(4)..i - 1].iter().any(|p| p.is_punct(&[',']))
                        && (is_document(&tokens[i - 1].lower)
                            || matches!(tokens[i - 1].lower.as_str(), "research" | "researchers" | "review")))
                        || authored_document_before(tokens, i)) =>
            {
                out.push(hit(t, i, &t.lower.clone(), CueKind::Verb))
            }
            // `…, the court heard.`, `the inquest heard that …`: what was told to a court.
            (Lang::En, "heard" | "hears", next)
                if i >= 2
                    && next.is_none_or(|n| matches!(n, "that" | "." | "," | ";" | "how"))
                    && matches!(
                        tokens[i - 1].lower.as_str(),
                        "court" | "jury" | "inquest" | "tribunal" | "hearing"
                    )
                    && tokens[i - 2].lower == "the" =>
            {
                out.push(hit(t, i, &t.lower.clone(), CueKind::Verb))
            }
            (Lang::En, "according", Some("to")) => {
                out.push(CueHit {
                    text: "according to".into(),
                    spans: vec![Span::new(t.start, tokens[i + 1].end)],
                    index: i,
                    kind: CueKind::Before,
                });
                i += 2;
                continue;
            }
            _ => {
                if let Some(h) = verb_hit(tokens, i, to, lang) {
                    out.push(h);
                }
            }
        }
        i += 1;
    }
    out
}

/// The source cue at `i` (`nach`, `laut`, `gemäß`, `aus`) through its report noun at `noun`
/// (`nach ersten Schätzungen`, `laut einem Bericht`, `aus Sicht`), and the index after it.
fn report_hit(tokens: &[Token<'_>], i: usize, noun: usize, to: usize) -> (CueHit, usize) {
    // `nach einer Schätzung von X`: "von" belongs to the cue, X is the source.
    let last = if tokens.get(noun + 1).is_some_and(|v| v.lower == "von") && noun + 1 < to { noun + 1 } else { noun };
    let cue = CueHit {
        text: format!("{} {}", tokens[i].lower, tokens[noun].lower),
        spans: vec![Span::new(tokens[i].start, tokens[last].end)],
        index: i,
        kind: CueKind::Before,
    };
    (cue, last + 1)
}

/// The word at `k` as a verb cue of its own (`adding`, a clause's finite verb).
pub fn verb_at(tokens: &[Token<'_>], k: usize) -> CueHit {
    let t = &tokens[k];
    hit(t, k, &t.lower, CueKind::Verb)
}

fn hit(t: &Token<'_>, i: usize, text: &str, kind: CueKind) -> CueHit {
    CueHit { text: text.to_owned(), spans: vec![Span::new(t.start, t.end)], index: i, kind }
}

fn verb_hit(tokens: &[Token<'_>], i: usize, to: usize, lang: Lang) -> Option<CueHit> {
    let t = &tokens[i];
    let index = match lang {
        Lang::De => &*VERBS_DE,
        Lang::En => &*VERBS_EN,
    };
    // Verbs are lower case inside a sentence: "The United States" is not "states".
    if t.capitalized() && i > 0 && tokens[i - 1].word {
        return None;
    }
    // `Fragen zur Finanzierung …`: the noun, even where a sentence opens with it.
    if t.capitalized() && t.lower == "fragen" {
        return None;
    }
    // After an article it is an adjective (`der bekannte Trommler`, `die erwartete Zahl`);
    // `befand sich` says where someone was.
    // (`Das erklärte ein Sprecher`, `Das teilte gestern die Polizei mit`: a sentence that
    // opens with `das` and goes on with a determiner or an adverb has the verb second.)
    // So does a weak past form before a name or a role (`Das sagte Pistorius`, `Das erklärte
    // Minister X`): `sagte` is never an adjective, and `erklärte` before a role is no more one.
    let verb_only = (t.lower.ends_with("te") || t.lower.ends_with("ten"))
        && !["be", "er", "ver", "ent", "zer", "ge", "emp", "miss"].iter().any(|p| t.lower.starts_with(p))
        && !t.lower.contains("ierte");
    let pointing_back = i == 1
        && tokens[0].lower == "das"
        && tokens.get(i + 1).is_some_and(|n| {
            is_determiner(n)
                || ADVERBS.contains(&n.lower.as_str())
                || DAYS.contains(&n.lower.as_str())
                || (n.capitalized() && (verb_only || is_role(&n.lower)))
        });
    // (An adjective after an article is inflected: `die erwartete Zahl`, not `Dies geht aus …`.)
    let inflected = lang == Lang::En || ["e", "en", "er", "es", "em"].iter().any(|e| t.lower.ends_with(e));
    if i > 0 && is_determiner(&tokens[i - 1]) && !pointing_back && inflected
        || (t.lower == "befand" && tokens.get(i + 1).is_some_and(|n| n.lower == "sich"))
        // (`auf der sich das Hauptquartier befand`: in a subordinate clause `sich` comes first.)
        || (t.lower == "befand"
            && tokens[..i].iter().rev().take_while(|p| !p.is_punct(&[',', '.', ';', ':'])).any(|p| p.lower == "sich"))
    {
        return None;
    }
    // `die sich selbst „…“ nennt`, `nennt sich`, `nennt man`: naming, not saying.
    if matches!(t.lower.as_str(), "nennt" | "nennen" | "nannte" | "nannten")
        && (tokens[i.saturating_sub(8)..i].iter().any(|p| p.lower == "sich")
            || tokens.get(i + 1).is_some_and(|n| matches!(n.lower.as_str(), "sich" | "man")))
    {
        return None;
    }
    let entries = index.get(t.lower.as_str())?;
    if entries.is_empty() || tokens[i + 1..to.min(i + 5)].iter().any(|n| IDIOM_OBJECTS.contains(&n.lower.as_str())) {
        return None;
    }
    // A separable verb needs its particle before the clause ends; a short quoted fragment
    // may stand between them (`wies dies als „Unverschämtheit“ zurück`).
    for &particle in entries.iter().flatten() {
        // English phrasal verbs keep the particle right after the verb: `points out that`.
        if lang == Lang::En {
            if tokens.get(i + 1).is_some_and(|n| n.lower == particle) && i + 1 < to {
                return Some(CueHit {
                    text: format!("{} {}", t.lower, particle),
                    spans: vec![Span::new(t.start, t.end), Span::new(tokens[i + 1].start, tokens[i + 1].end)],
                    index: i,
                    kind: CueKind::Verb,
                });
            }
            continue;
        }
        // In a subordinate clause a particle that is a word of its own stands right before the
        // verb at the clause's end: `wie das Ministerium bekannt gab`, `wie er verlauten ließ`.
        let written_apart = matches!(particle, "bekannt" | "klar" | "fest" | "stellung" | "verlauten" | "wissen");
        if written_apart
            && i > 0
            && tokens[i - 1].lower == particle
            && tokens.get(i + 1).is_none_or(|n| !n.word || i + 1 >= to)
        {
            return Some(CueHit {
                text: format!("{} {}", t.lower, particle),
                spans: vec![Span::new(tokens[i - 1].start, tokens[i - 1].end), Span::new(t.start, t.end)],
                // (The clause's words before the verb phrase are its subject and objects.)
                index: i - 1,
                kind: CueKind::Verb,
            });
        }
        let mut j = i + 1;
        while j < to && !tokens[j].is_punct(&['.', ';', ':', '!', '?', '“', '"', '»', '«']) {
            if tokens[j].is_punct(&['„']) {
                match tokens[j + 1..to.min(j + 10)].iter().position(|t| t.is_punct(&['“'])) {
                    Some(k) => j += k + 2,
                    None => break,
                }
                continue;
            }
            if tokens[j].lower == particle && tokens.get(j + 1).is_none_or(|n| !n.word || j + 1 >= to) {
                return Some(CueHit {
                    text: format!("{} {}", t.lower, particle),
                    spans: vec![Span::new(t.start, t.end), Span::new(tokens[j].start, tokens[j].end)],
                    index: i,
                    kind: CueKind::Verb,
                });
            }
            j += 1;
        }
    }
    entries.iter().any(Option::is_none).then(|| CueHit {
        text: t.lower.clone(),
        spans: vec![Span::new(t.start, t.end)],
        index: i,
        kind: CueKind::Verb,
    })
}

static STOPS: WordSet = WordSet::new(MENTION_STOPS);
static AUXILIARIES: WordSet = WordSet::new(AUXILIARIES_DE);
static DETS: WordSet = WordSet::new(DETERMINERS);
static PREPS: WordSet = WordSet::new(PREPOSITIONS);
static VAGUE_PHRASES: PhraseSet = PhraseSet::new(VAGUE);
static ANONYMOUS_PHRASES: PhraseSet = PhraseSet::new(ANONYMOUS);
/// Speech verb forms, each with the particles it may need (`None`: none).
type VerbIndex = HashMap<String, Vec<Option<&'static str>>>;
static VERBS_DE: LazyLock<VerbIndex> = LazyLock::new(|| {
    let weak = GERMAN_WEAK.iter().flat_map(|&(inf, particle)| german_weak_forms(inf, particle));
    // A separable verb in a subordinate clause: `wie sie bekanntgab`, `als er hinwies`.
    let joined = GERMAN_VERBS.iter().filter_map(|c| c.particle.map(|p| (format!("{p}{}", c.form), None)));
    verb_index(GERMAN_VERBS.iter().map(|c| (c.form.to_owned(), c.particle)).chain(weak).chain(joined))
});
static VERBS_EN: LazyLock<VerbIndex> =
    LazyLock::new(|| verb_index(ENGLISH_VERBS.iter().map(|c: &Cue| (c.form.to_owned(), c.particle))));

fn verb_index(forms: impl Iterator<Item = (String, Option<&'static str>)>) -> VerbIndex {
    let mut map = VerbIndex::new();
    for (form, particle) in forms {
        let entry = map.entry(form).or_default();
        if !entry.contains(&particle) {
            entry.push(particle);
        }
    }
    map
}

/// Whether a lower-case word is a speech verb of `lang`.
pub fn is_cue_verb(lower: &str, lang: Lang) -> bool {
    match lang {
        Lang::De => VERBS_DE.contains_key(lower),
        Lang::En => VERBS_EN.contains_key(lower),
    }
}

/// Whether an English sentence that starts with `t` opens with a phrase before its subject:
/// `Outside the courthouse, …`, `Asked whether …, …`, `Speaking to reporters, …`.
pub fn opens_phrase(t: &Token<'_>) -> bool {
    is_preposition(t)
        || t.lower.ends_with("ed")
        || t.lower.ends_with("ing")
        || matches!(t.lower.as_str(), "down" | "up" | "outside" | "inside" | "back" | "across" | "around")
}

/// Whether `t` is a preposition (`im`, `nach`, `in`, `at`).
pub fn is_preposition(t: &Token<'_>) -> bool {
    PREPS.contains(&t.lower)
}

fn is_stop(t: &Token<'_>) -> bool {
    // An acronym is a name even when it spells a function word ("die WHO", "AND").
    (STOPS.contains(&t.lower) && !(t.text.len() >= 2 && t.text.chars().all(char::is_uppercase)))
        || is_german_adverb(&t.lower)
}

/// A German adverb made from a participle or with `-weise`, which opens sentences capitalised
/// like a name: `Abschließend sagte er`, `Relativierend fügt Gall hinzu`, `Bezeichnenderweise`.
fn is_german_adverb(lower: &str) -> bool {
    let long = lower.chars().count() >= 9;
    long && (lower.ends_with("erweise")
        || (lower.ends_with("end") && !lower.ends_with("iend") && !lower.ends_with("abend")))
}

/// Whether `t` is an article, demonstrative or possessive (`der`, `a`, `seiner`).
pub fn is_determiner(t: &Token<'_>) -> bool {
    DETS.contains(&t.lower)
}

/// The first word of `tokens[from..to]` that can be the finite verb of a German or English
/// clause: lower case, not a function word, and not an adjective inside a noun phrase (after an
/// article or a preposition).
pub fn finite_verb(tokens: &[Token<'_>], from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&k| {
        let t = &tokens[k];
        t.word
            && t.text.starts_with(char::is_lowercase)
            && !STOPS.contains(&t.lower)
            && !DETS.contains(&t.lower)
            && !PREPS.contains(&t.lower)
            && !is_pronoun(t)
            && !t.lower.chars().any(|c| c.is_ascii_digit())
            && !is_german_adverb(&t.lower)
            && !(k > from && (DETS.contains(&tokens[k - 1].lower) || PREPS.contains(&tokens[k - 1].lower)))
            && !is_attributive(t, tokens.get(k + 1))
    })
}

/// An adjective in front of a noun (`erste Ergebnisse`, `politische Gegner`), not a verb.
pub fn is_attributive(t: &Token<'_>, next: Option<&Token<'_>>) -> bool {
    const COMMON: &[&str] = &[
        "erste", "ersten", "zweite", "dritte", "letzte", "letzten", "neue", "neuen", "weitere", "weiteren", "andere",
        "anderen", "große", "großen", "viele", "vielen", "einige", "einigen", "mehrere", "alle", "beide", "beiden",
        "zahlreiche", "zahlreichen", "hohe", "hohen", "erneute", "bisherige", "frühere", "ehemalige", "ehemaligen",
    ];
    const ENDINGS: &[&str] = &[
        "ische", "ischen", "ischer", "ischem", "liche", "lichen", "licher", "lichem", "ige", "igen", "iger", "igem",
        "ale", "alen", "aler", "alem", "ive", "iven", "iver", "ivem", "ende", "enden", "ender", "endes", "ener",
        "enen", "uelle", "uellen", "ielle", "iellen",
    ];
    next.is_some_and(|n| n.capitalized())
        && (COMMON.contains(&t.lower.as_str()) || ENDINGS.iter().any(|e| t.lower.ends_with(e)))
}

/// The mention right after token `i` (inclusive), up to `to`.
pub fn mention_after(text: &str, tokens: &[Token<'_>], i: usize, to: usize, lang: Lang) -> Option<Mention> {
    // A reflexive pronoun after the verb is not the speaker: `äußerte sich der Minister`.
    let mut i = i + usize::from(i < to && tokens.get(i).is_some_and(|t| t.lower == "sich"));
    // "äußerte sich auch der Vorsitzende", "nahm jetzt auch der Minister Stellung": adverbs
    // before the subject.
    let adverb = |t: &Token<'_>| {
        matches!(
            t.lower.as_str(),
            "auch"
                | "zudem"
                | "ebenfalls"
                | "erneut"
                | "also"
                | "jetzt"
                | "nun"
                | "bereits"
                | "schon"
                | "heute"
                | "gestern"
                | "inzwischen"
                | "mittlerweile"
                | "außerdem"
                | "dazu"
                | "daraufhin"
                | "dagegen"
                | "hingegen"
                | "allerdings"
                | "jedoch"
                | "damals"
                | "später"
                | "dann"
                | "sogar"
                | "ebenso"
        )
    };
    // `am Abend`, `am Montag`: a time between the verb and its subject.
    let time = |k: usize| {
        tokens[k].lower == "am"
            && tokens.get(k + 1).is_some_and(|n| {
                DAYS.contains(&n.lower.as_str())
                    || matches!(n.lower.as_str(), "abend" | "mittag" | "nachmittag" | "vormittag" | "wochenende")
            })
    };
    let mut skipped = i;
    while skipped + 1 < to && skipped < i + 4 {
        if adverb(&tokens[skipped]) {
            skipped += 1;
        } else if skipped + 2 < to && time(skipped) {
            skipped += 2;
        } else {
            break;
        }
    }
    if skipped > i && tokens[skipped].word && (is_determiner(&tokens[skipped]) || tokens[skipped].capitalized()) {
        i = skipped;
    }
    // `sagte die in New York geborene Lopez`: a participle with its phrase between the article
    // and the noun.
    if lang == Lang::De && i + 3 < to && is_determiner(&tokens[i]) && PREPS.contains(&tokens[i + 1].lower) {
        let participle = (i + 2..to.min(i + 9)).find(|&k| {
            let w = &tokens[k];
            w.word
                && !w.capitalized()
                && ["ene", "enen", "ener", "te", "ten", "ende", "enden"].iter().any(|e| w.lower.ends_with(e))
                && tokens.get(k + 1).is_some_and(|n| n.word && n.capitalized() && k + 1 < to)
        });
        if let Some(k) = participle.filter(|&k| tokens[i + 1..k].iter().all(|t| t.word)) {
            if let Some(mut m) = mention_after(text, tokens, k + 1, to, lang) {
                m.span = Span::new(tokens[i].start, m.span.end);
                m.text = text[m.span.range()].to_owned();
                return Some(m);
            }
        }
    }
    if let Some(m) = possessive_role(text, tokens, i, to, lang) {
        return Some(m);
    }
    // `schrieb „Die Zeit“`, `schreibt die „Computerwoche“`: a newspaper's name in quotation
    // marks.
    if let Some(m) = quoted_name(text, tokens, i, to) {
        return Some(m);
    }
    // "hieß es aus dem Ministerium", "heißt es in einer Mitteilung der Polizei": the impersonal
    // "es" gives way to a source named after it.
    // Adverbs may stand between (`heißt es dazu in einer Pressemitteilung`).
    let prep = (i + 1..to.min(i + 4))
        .find(|&k| {
            !matches!(
                tokens[k].lower.as_str(),
                "dazu" | "darin" | "weiter" | "außerdem" | "auch" | "zudem" | "ferner" | "wörtlich"
            )
        })
        .unwrap_or(to);
    if lang == Lang::De
        && prep + 1 < to
        && tokens[i].lower == "es"
        && matches!(tokens[prep].lower.as_str(), "in" | "im" | "auf" | "aus" | "vom" | "von" | "seitens")
    {
        // (Or a hidden source: `hieß es aus UN-Kreisen`.)
        if let Some(m) =
            mention_after(text, tokens, prep + 1, to, lang).filter(|m| is_named(m) || m.kind == MentionKind::Anonymous)
        {
            return Some(m);
        }
        // `hieß es in der Rede`: no one named, but the document it comes from.
        if let Some(m) = document_source(text, tokens, prep + 1, to) {
            return Some(m);
        }
    }
    // "a statement from the Ministry of Transport", "einer Mitteilung der Polizei": the
    // source is the one the document comes from.
    // The document noun opens the phrase (after articles and adjectives), not after a name:
    // `Pieper während einer Rede der Abgeordneten X` is Pieper.
    // (Or after an English adjective of nationality: `according to British media reports`.)
    let nationality =
        |t: &Token<'_>| lang == Lang::En && given_gender(t.text).is_none() && nationality_ending(&t.lower);
    let opens_with_document =
        |k: usize| tokens[i..k].iter().all(|t| t.word && (is_determiner(t) || !t.capitalized() || nationality(t)));
    if let Some(k) =
        (i..to.min(i + 4)).find(|&k| DOCUMENTS.contains(&tokens[k].lower)).filter(|&k| opens_with_document(k))
    {
        // (`der Studie „Wohnen am Limit“ des Instituts`: the document's title stands between.)
        let after = titled_after(tokens, k + 1, to).unwrap_or(k + 1);
        match tokens.get(after).filter(|_| after < to) {
            Some(next)
                if matches!(next.lower.as_str(), "from" | "of" | "by" | "von" | "der" | "des" | "vom" | "aus") =>
            {
                i = after + usize::from(matches!(next.lower.as_str(), "from" | "of" | "by" | "von" | "aus"));
            }
            // `laut Meldung`, `laut Verfassung`: no publisher named, the document is the source
            // (not a newspaper, an embassy or a spokesperson: see `is_document`).
            _ if is_document(&tokens[k].lower) && tokens[i..k].iter().all(|t| is_determiner(t) || !is_stop(t)) => {
                return document_source(text, tokens, i, to);
            }
            _ => {}
        }
    }
    let mut j = i;
    let mut titled: Option<Span> = None;
    let mut seen_name = false;
    // A noun ends the run of lower-case words before it (`der russische UN-Botschafter`); after
    // it only a genitive's adjectives (`des örtlichen Vereins`) or a name particle are lower case.
    let mut seen_noun = false;
    while j < to && j - i < 12 {
        let t = &tokens[j];
        // `Institut für Stadt- und Wohnungsforschung`: a compound whose head is left out before
        // `und` is one name with the word after it.
        if elided_compound(tokens, j, to) {
            j += 3;
            continue;
        }
        // `der 3. Großen Strafkammer`: an ordinal after the article.
        let ordinal = j > i
            && j + 1 < to
            && is_determiner(&tokens[j - 1])
            && t.text.strip_suffix('.').is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
            && tokens[j + 1].capitalized();
        if ordinal {
            j += 1;
            continue;
        }
        if !t.word {
            // `ein Sprecher der „Stadtwerke von Brakenhöft“`: an organisation's name in
            // quotation marks ends the genitive after a role.
            let genitive_of_role = j >= i + 2
                && matches!(tokens[j - 1].lower.as_str(), "der" | "des")
                && (is_role(&tokens[j - 2].lower) || is_institution(&tokens[j - 2].lower));
            // `die linksextreme Wochenzeitschrift „Jungle World“`: a publication named after
            // its kind is that publication.
            let publication = j > i && is_publication(&tokens[j - 1].lower);
            // `der Interessengemeinschaft „Sonnenschaden“`: a body's name after its kind.
            let named_body = j >= i + 2 && is_institution(&tokens[j - 1].lower) && !is_determiner(&tokens[j - 1]);
            if (genitive_of_role || publication || named_body) && t.is_punct(&['„', '“', '"', '»', '«']) {
                if let Some(close) = (j + 1..to.min(j + 8)).find(|&k| !tokens[k].word) {
                    if tokens[close].is_punct(&['“', '”', '"', '«', '»']) && close > j + 1 {
                        if publication {
                            titled = Some(Span::new(tokens[j + 1].start, tokens[close - 1].end));
                        }
                        j = close + 1;
                    }
                }
            }
            break;
        }
        if j == i {
            if let Some(m) = attributed_phrase(text, tokens, i, to, lang) {
                return Some(m);
            }
            if (is_stop(t) || PREPS.contains(&t.lower)) && !is_determiner(t) && !is_pronoun(t) {
                return None;
            }
            // (`Hatte sie am 27. Juni …`: a verb that opens a sentence names no one.)
            if lang == Lang::De && AUXILIARIES.contains(&t.lower) {
                return None;
            }
            j += 1;
            // (`Ihr Verleger Thomas Rehfeld`: a possessive before a noun for someone is its
            // article; not `ihr Bundestagsmandat niederzulegen`.)
            let possessive = is_determiner(t)
                && tokens.get(j).is_some_and(|n| j < to && n.word && n.capitalized() && is_agent_noun(&n.lower));
            if is_pronoun(t) && !possessive {
                break;
            }
            seen_name |= t.capitalized() && !is_determiner(t);
            continue;
        }
        let prev = &tokens[j - 1];
        // `die Meeresbiologin und Erstautorin der Studie`: two roles of one person.
        if lang == Lang::De
            && t.lower == "und"
            && is_role(&prev.lower)
            && tokens.get(j + 1).is_some_and(|n| j + 1 < to && n.capitalized() && is_role(&n.lower))
        {
            j += 2;
            continue;
        }
        // (`a spokesman for the ministry`: the article of a role's complement too.)
        let complement = j >= i + 2
            && matches!(prev.lower.as_str(), "of" | "for")
            && (is_role(&tokens[j - 2].lower) || is_institution(&tokens[j - 2].lower));
        let head_before = is_role(&prev.lower) || is_institution(&prev.lower) || complement;
        // `Bundesamt für Migration und Flüchtlinge`: `und` inside the field an institution is
        // for.
        if field_and(tokens, i, j, to) || lang == Lang::En && name_and(tokens, j, to) {
            j += 2;
            continue;
        }
        if field_comma(tokens, i, j, to) {
            j += 1;
            continue;
        }
        if is_determiner(t) || matches!(t.lower.as_str(), "of" | "for" | "für" | "von") {
            // A genitive or complement continues a role or institution ("Sprecher des
            // Ministeriums", "Ministry of Transport"), nothing else; a dative after it is the
            // verb's object ("die Kanzlerin einigen Teilnehmern").
            let dative = lang == Lang::De
                && is_determiner(t)
                && !matches!(t.lower.as_str(), "des" | "der" | "eines" | "einer" | "seiner" | "ihrer");
            if dative {
                break;
            }
            if !(head_before
                || (seen_name
                    && lang == Lang::En
                    && t.lower == "of"
                    && tokens.get(j + 1).is_some_and(|n| n.capitalized())))
            {
                break;
            }
            if t.lower == "von" && !tokens.get(j + 1).is_some_and(|n| n.capitalized() || is_determiner(n)) {
                break;
            }
        } else if is_stop(t)
            || !(t.capitalized()
                || !(seen_name || seen_noun)
                || is_name_particle(&t.lower)
                || (is_determiner(prev) && j + 1 < to)
                // `the county sheriff's office`: a possessive inside the phrase.
                || (lang == Lang::En && (t.lower.ends_with("'s") || t.lower.ends_with("’s")) && j + 1 < to))
            // `The minister said …`: an English speech verb ends the phrase.
            || (lang == Lang::En && !t.capitalized() && is_cue_verb(&t.lower, lang))
        {
            // `The French culture ministry`, `the Irish fisheries minister`: in English a
            // capitalised adjective goes on to the lower-case role or institution after it.
            let head_follows = lang == Lang::En
                && !t.capitalized()
                && !is_stop(t)
                && (j..to.min(j + 3))
                    .take_while(|&k| tokens[k].word && !tokens[k].capitalized() && !is_cue_verb(&tokens[k].lower, lang))
                    .any(|k| {
                        is_institution(&tokens[k].lower)
                            || is_role(&tokens[k].lower)
                            || VAGUE_PHRASES.matches(&tokens[k].lower)
                    });
            if !head_follows {
                break;
            }
        }
        seen_name |= t.capitalized() && !is_role(&t.lower);
        // An English role is lower case, and a noun all the same.
        seen_noun |= t.capitalized() || (lang == Lang::En && is_role(&t.lower));
        j += 1;
    }
    if j == i {
        return None;
    }
    let end = j;
    if let Some(name) = titled {
        let span = Span::new(tokens[i].start, tokens[end - 1].end);
        return Some(Mention {
            name: Some(text[name.range()].to_owned()),
            ..source_mention(text, span, MentionKind::Institution, None)
        });
    }
    let mut m = parse_mention(text, &tokens[i..end], lang)?;
    // "äußerte sich der Vorsitzende des Vereins (im Landtag), Jan Ott, zu …": the name stands in
    // the appositive after the role.
    // A full name already given (`Bundeskanzlerin Angela Merkel vor der Presse, Benedikt XVI.`)
    // needs none.
    if matches!(m.kind, MentionKind::Description | MentionKind::Person)
        && m.role.is_some()
        && m.name.as_ref() != Some(&m.text)
        && !m.name.as_deref().is_some_and(|n| n.contains(' '))
    {
        let limit = tokens.len().min(end + 4);
        let comma = (end..limit).find(|&k| !tokens[k].word).filter(|&k| tokens[k].is_punct(&[',']));
        let close =
            comma.and_then(|c| (c + 1..tokens.len().min(c + 8)).find(|&k| tokens[k].is_punct(&[',', ':', '.'])));
        if let (Some(c), Some(close)) = (comma, close) {
            if let Some(mut name) = name_appositive(text, tokens, c + 1, close, lang) {
                name.role = m.role.clone();
                // (`die Meeresbiologin …, Henrike Vosskamp`: the role gives the gender.)
                name.gender = name.gender.or(m.gender);
                return Some(name);
            }
        }
    }
    // An appositive after a comma carries the role: "Jane Doe, a spokeswoman for X, said".
    if m.kind == MentionKind::Person && m.role.is_none() {
        if let Some(role) = appositive(tokens, end, to) {
            m.role = Some(role);
        }
    }
    Some(as_business(m, lang))
}

/// A German noun phrase with an extended attribute between its article and its noun, from
/// token `i` to no further than `to`: `Der für die Region zuständige Minister Jan Ott`, `Ein
/// mit den Vorgängen vertrauter Insider`. The mention is the article with the noun phrase
/// after the attribute.
fn attributed_phrase(text: &str, tokens: &[Token<'_>], i: usize, to: usize, lang: Lang) -> Option<Mention> {
    let article = matches!(
        tokens.get(i).map(|t| t.lower.as_str()),
        Some("der" | "die" | "das" | "den" | "dem" | "des" | "ein" | "eine" | "einer" | "eines" | "einem" | "einen")
    );
    if lang != Lang::De || i + 3 >= to || !article || !is_preposition(&tokens[i + 1]) {
        return None;
    }
    // (The adjective right after the phrase, not after an article of its own: `ihr im Falle
    // einer Verurteilung eine langjährige Freiheitsstrafe` is two phrases.)
    let adjective = |k: usize| {
        let t = &tokens[k];
        !t.capitalized()
            && t.lower.ends_with(['e', 'r', 'n', 's', 'm'])
            && t.lower.chars().count() >= 4
            && !is_stop(t)
            && !is_preposition(t)
            && !is_determiner(t)
            && !is_determiner(&tokens[k - 1])
    };
    let k = (i + 2..to.min(i + 9))
        .take_while(|&k| tokens[k].word)
        .find(|&k| k > i + 2 && adjective(k) && tokens.get(k + 1).is_some_and(|n| n.word && n.capitalized()))?;
    let inner = mention_after(text, tokens, k + 1, to, lang)?;
    let span = Span::new(tokens[i].start, inner.span.end);
    if inner.kind == MentionKind::Person && inner.name.is_some() {
        return Some(Mention { span, text: text[span.range()].to_owned(), ..inner });
    }
    let phrase: Vec<Token<'_>> = std::iter::once(tokens[i].clone())
        .chain(tokens[k + 1..].iter().take_while(|t| t.end <= inner.span.end).cloned())
        .collect();
    let m = parse_mention(text, &phrase, lang)?;
    // (`Ein … Insider` is as anonymous as `ein Insider`.)
    let kind = if ANONYMOUS_PHRASES.matches(&join(&phrase).to_lowercase()) { MentionKind::Anonymous } else { m.kind };
    Some(Mention { span, kind, text: text[span.range()].to_owned(), ..m })
}

/// Whether token `j` is an `und` or `and` inside the field of an institution named in
/// `tokens[i..j]` (`Bundesministerium für Bildung und Forschung`, `Department of Health and
/// Human Services`): capitalised words before it come right after `für`, `of` or `for` and an
/// institution noun, and a capitalised word that is no article follows before `to`.
fn field_and(tokens: &[Token<'_>], i: usize, j: usize, to: usize) -> bool {
    j >= i + 3
        && j + 1 < to
        && matches!(tokens[j].lower.as_str(), "und" | "and")
        && in_field(tokens, i, j)
        && tokens[j + 1].word
        && tokens[j + 1].capitalized()
        && !is_determiner(&tokens[j + 1])
}

/// Whether the capitalised words right before token `j` (a list of them too, `Housing,
/// Communities`) come right after `für`, `of` or `for` and an institution noun after `i`.
fn in_field(tokens: &[Token<'_>], i: usize, j: usize) -> bool {
    let field = (i + 1..j)
        .rev()
        .take_while(|&k| tokens[k].word && tokens[k].capitalized() || tokens[k].is_punct(&[',']))
        .filter(|&k| tokens[k].word)
        .last();
    field.is_some_and(|f| {
        f >= i + 2
            && matches!(tokens[f - 1].lower.as_str(), "für" | "of" | "for")
            && is_institution(&tokens[f - 2].lower)
    })
}

/// Whether token `j` is a comma in a list inside the field of an institution named in
/// `tokens[i..j]` (`Ministry of Housing, Communities and Local Government`, `Department of
/// Mines, Industry Regulation and Safety`): capitalised words, `and` and a capitalised word
/// follow before `to`.
fn field_comma(tokens: &[Token<'_>], i: usize, j: usize, to: usize) -> bool {
    let run = (j + 1..to).take_while(|&k| tokens[k].word && tokens[k].capitalized()).count();
    let and = j + 1 + run;
    j >= i + 3
        && tokens[j].is_punct(&[','])
        && run >= 1
        && and + 1 < to
        && matches!(tokens[and].text, "and" | "und")
        && tokens[and + 1].word
        && tokens[and + 1].capitalized()
        && !is_determiner(&tokens[and + 1])
        && in_field(tokens, i, j)
}

/// Whether token `j` is an English `and` inside an institution's name before its head, `Food
/// and Drug Administration`: capitalised words on both sides, and the run after it ends, before
/// `to`, in an institution noun.
fn name_and(tokens: &[Token<'_>], j: usize, to: usize) -> bool {
    let run_end = (j + 1..to).take_while(|&k| tokens[k].word && tokens[k].capitalized()).last();
    j >= 1
        && tokens[j].lower == "and"
        && tokens[j].text == "and"
        && tokens[j - 1].word
        && tokens[j - 1].capitalized()
        && !is_determiner(&tokens[j - 1])
        && run_end.is_some_and(|e| e > j + 1 && institution_base(&tokens[e].lower) && !is_role(&tokens[e].lower))
}

/// Whether token `j` is the hyphen of a German compound with its head left out (`Stadt-` in
/// `Stadt- und Wohnungsforschung`): it follows a capitalised word with no space, and `und` or
/// `oder` and a capitalised word follow before `to`.
fn elided_compound(tokens: &[Token<'_>], j: usize, to: usize) -> bool {
    j > 0
        && j + 2 < to
        && tokens[j].is_punct(&['-'])
        && tokens[j - 1].word
        && tokens[j - 1].capitalized()
        && tokens[j - 1].end == tokens[j].start
        && matches!(tokens[j + 1].lower.as_str(), "und" | "oder")
        && tokens[j + 2].capitalized()
}

/// A name in quotation marks at `i` (after an optional article): up to five capitalised words
/// or function words, as publications are named (`die „Süddeutsche Zeitung“`).
fn quoted_name(text: &str, tokens: &[Token<'_>], i: usize, to: usize) -> Option<Mention> {
    let open = i + usize::from(tokens.get(i).is_some_and(is_determiner));
    if open >= to || !tokens[open].is_punct(&['„', '“', '"', '»', '«']) {
        return None;
    }
    let close = (open + 1..to.min(open + 7)).find(|&k| !tokens[k].word)?;
    if close == open + 1 || !tokens[close].is_punct(&['“', '”', '"', '«', '»']) {
        return None;
    }
    let words = &tokens[open + 1..close];
    if !words[0].capitalized() || !words.iter().all(|t| t.capitalized() || is_stop(t) || is_determiner(t)) {
        return None;
    }
    let name = text[words[0].start..words[words.len() - 1].end].to_owned();
    Some(source_mention(text, Span::new(tokens[i].start, tokens[close].end), MentionKind::Institution, Some(name)))
}

/// The source inside the last word of a cue (`nach Polizeiangaben` → the police, `nach
/// Medienberichten` → a vague source), when no mention follows the cue.
pub fn compound_source(text: &str, tokens: &[Token<'_>], cue: &CueHit, lang: Lang) -> Option<Mention> {
    let end = cue.spans.last()?.end;
    let k = tokens.iter().position(|t| t.end == end)?;
    let t = &tokens[k];
    if k == cue.index || !t.capitalized() {
        return None;
    }
    // `Nach Schäubles Idee`, `nach Celebis Angaben`: the name in the genitive before the report.
    if let Some(g) = saxon_genitive(tokens, cue.index, k) {
        let name = g.text.strip_suffix('s').unwrap_or(g.text).to_owned();
        return Some(source_mention(text, Span::new(g.start, g.end), MentionKind::Person, Some(name)));
    }
    if let Some(m) = parse_mention(text, &tokens[k..=k], lang).filter(|m| m.kind == MentionKind::Vague) {
        return Some(m);
    }
    let prefix = ["angaben", "berichten", "informationen", "schätzungen"]
        .iter()
        .find_map(|s| t.lower.strip_suffix(s))
        .filter(|p| p.chars().count() >= 3)?;
    let name = t.text.chars().take(prefix.chars().count()).collect::<String>();
    // `Polizeiangaben`, or an acronym before a hyphen: `UNHCR-Angaben`.
    let acronym = name
        .strip_suffix('-')
        .filter(|n| n.chars().count() >= 2 && n.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()));
    if !is_institution(prefix) && acronym.is_none() {
        return None;
    }
    // (`Gewerkschaftsangaben`: without the linking `s`.)
    let name = acronym.map_or_else(|| nominative(&name), str::to_owned);
    Some(source_mention(text, Span::new(t.start, t.end), MentionKind::Institution, Some(name)))
}

/// Index of the report noun that `nach` at `i` introduces: right after it or after at most three
/// articles and adjectives (`nach einer norwegischen Studie`), or a compound ending in one
/// (`nach UNHCR-Angaben`).
pub fn report_noun_after(tokens: &[Token<'_>], i: usize, to: usize) -> Option<usize> {
    let report = |w: &str| {
        REPORT_NOUNS.contains(&w)
            || REPORT_COMPOUND_HEADS.iter().any(|r| w.strip_suffix(r).is_some_and(|p| p.chars().count() > 2))
            || REPORT_NOUNS.iter().any(|r| w.strip_suffix(r).is_some_and(|p| p.len() > 1 && p.ends_with('-')))
    };
    for (k, t) in tokens.iter().enumerate().take(to.min(i + 5)).skip(i + 1) {
        if !t.word {
            return None;
        }
        // `nach Bericht` alone is rare and mostly not a source, and `nach Plan` is on schedule.
        // (`Nach dpa-Informationen`: a compound with a lower-case first part is a noun too.)
        let noun = t.capitalized() || t.text.rsplit_once('-').is_some_and(|(_, p)| p.starts_with(char::is_uppercase));
        if noun && report(&t.lower) && !(k == i + 1 && matches!(t.lower.as_str(), "bericht" | "plan")) {
            return Some(k);
        }
        let modifier = is_determiner(t)
            || (!t.capitalized() && adjective_ending(&t.lower))
            || saxon_genitive(tokens, i, k + 1).is_some();
        if !modifier {
            return None;
        }
    }
    None
}

/// The name in the genitive right after `nach` at `i` and right before the report noun at `k`
/// (`Nach Schäubles Idee`): a capitalised word in `-s` that is no noun of the lexicon.
fn saxon_genitive<'t, 'a>(tokens: &'t [Token<'a>], i: usize, k: usize) -> Option<&'t Token<'a>> {
    let g = tokens.get(i + 1).filter(|_| k == i + 2)?;
    let plain = g.text.strip_suffix('s')?;
    let name_like = plain.chars().count() >= 3
        && g.capitalized()
        && !g.text.ends_with("ss")
        && !is_role(&g.lower)
        && !is_institution(&g.lower)
        && !is_document(&g.lower);
    name_like.then_some(g)
}

/// Finite verbs that state an opinion with a noun: `ist der Meinung`, `vertrat die Ansicht`,
/// `teilen die Auffassung`.
static OPINION_VERBS: WordSet = WordSet::new(&[
    "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "vertritt", "vertrat", "vertraten", "vertreten",
    "teilt", "teilte", "teilten", "teilen",
]);

/// Index of the opinion noun after the verb at `i` (`der Meinung`, `die gegenteilige
/// Auffassung`): an article, at most two adjectives or adverbs, then the noun, then a comma or
/// colon that opens what is thought.
fn opinion_noun_after(tokens: &[Token<'_>], i: usize, to: usize) -> Option<usize> {
    let det = (i + 1..to.min(i + 4)).find(|&k| matches!(tokens[k].lower.as_str(), "der" | "die"))?;
    if tokens[i + 1..det].iter().any(|t| !t.word || t.capitalized()) {
        return None;
    }
    let k = (det + 1..to.min(det + 4)).find(|&k| tokens[k].capitalized())?;
    let opinion = matches!(tokens[k].lower.as_str(), "meinung" | "auffassung" | "ansicht" | "überzeugung");
    let adjectives = tokens[det + 1..k].iter().all(|t| t.word && adjective_ending(&t.lower));
    let opens = tokens.get(k + 1).filter(|_| k + 1 < to).is_some_and(|t| t.is_punct(&[',', ':']));
    (opinion && adjectives && opens).then_some(k)
}

/// Whether a word ends like an inflected German adjective (`ersten`, `norwegischer`).
fn adjective_ending(lower: &str) -> bool {
    ["e", "en", "er", "es", "em"].iter().any(|e| lower.ends_with(e))
}

/// The source a `laut` or `nach …` cue names when it is no one by name: a newspaper in the
/// dative (`Laut der Berliner Zeitung`) is that newspaper; a document or unnamed group
/// (`laut ai-Bericht`, `Nach offiziellen Angaben`, `nach einer norwegischen Studie`) is a
/// vague source.
pub fn phrase_source(text: &str, tokens: &[Token<'_>], cue: &CueHit, to: usize, lang: Lang) -> Option<Mention> {
    if lang != Lang::De || !(cue.text == "laut" || report_cue(&cue.text)) {
        return None;
    }
    let after = tokens.iter().position(|t| t.start >= cue.spans[0].end).unwrap_or(tokens.len()).min(to);
    let first = after + usize::from(tokens.get(after).is_some_and(is_determiner) && after < to);
    if let Some(t) = tokens.get(first).filter(|_| first < to) {
        let rest = &text[t.start..tokens[to - 1].end];
        if let Some(o) = crate::lexicon::agencies::find_outlets(rest).into_iter().find(|o| o.start == 0) {
            let span = Span::new(t.start, t.start + o.end);
            return Some(source_mention(text, span, MentionKind::Institution, Some(text[span.range()].to_owned())));
        }
    }
    // The words of the cue after `nach` (`offiziellen Angaben`), or the noun phrase after
    // `laut`: articles and adjectives, then a run of capitalised words (`der Berliner Zeitung`).
    let (a, b) = if cue.text == "laut" {
        // `ai-Bericht`: a compound with a lower-case first part is a noun too.
        let nounish = |t: &Token<'_>| {
            t.capitalized()
                || (t.text.contains('-')
                    && t.text.split('-').next_back().is_some_and(|p| p.starts_with(char::is_uppercase)))
        };
        let adjective = |t: &Token<'_>| !nounish(t) && adjective_ending(&t.lower);
        let mut k = after;
        while k < to && tokens[k].word && (is_determiner(&tokens[k]) || adjective(&tokens[k])) {
            k += 1;
        }
        let run = (k..to).take_while(|&j| tokens[j].word && nounish(&tokens[j])).count();
        if run == 0 {
            return None;
        }
        (after, k + run - 1)
    } else {
        // `nach Angaben (gut) informierter Kreise`: an unnamed group in the genitive after the
        // cue, perhaps with an adverb before its adjective.
        let lower = (after..to.min(after + 3)).take_while(|&k| tokens[k].word && !tokens[k].capitalized()).count();
        let noun = after + lower;
        // (An adjective before the noun, not an article: not `nach dpa-Angaben soll der Vertrag`.)
        let adjective = tokens[noun - 1].lower.ends_with("er") && !is_determiner(&tokens[noun - 1]);
        if lower > 0 && adjective && noun < to && tokens[noun].capitalized() {
            (after, noun)
        } else {
            let start = cue.index + 1;
            let end = tokens.iter().position(|t| t.end == cue.spans[0].end)?;
            (start, end)
        }
    };
    if a > b || !(tokens[b].capitalized() || tokens[b].text.contains('-')) {
        return None;
    }
    let span = Span::new(tokens[a].start, tokens[b].end);
    // A newspaper or broadcaster by its kind: `der Berliner Zeitung`, `des Bayerischen Rundfunks`.
    let name_start = (a..=b).find(|&k| tokens[k].capitalized()).unwrap_or(b);
    if (name_start < b || cue.text == "laut") && is_publication(&tokens[b].lower) {
        let name = text[tokens[name_start].start..tokens[b].end].to_owned();
        return Some(source_mention(text, span, MentionKind::Institution, Some(name)));
    }
    Some(source_mention(text, span, MentionKind::Vague, None))
}

/// Whether a cue is `nach`, `laut` or `gemäß` with a report noun (`nach Angaben`, `laut einem
/// Bericht`), or `aus Sicht`.
pub fn report_cue(cue: &str) -> bool {
    ["nach ", "laut ", "gemäß ", "aus "].iter().any(|p| cue.starts_with(p))
}

/// A source mention at `span` that is no person: no role, no gender.
fn source_mention(text: &str, span: Span, kind: MentionKind, name: Option<String>) -> Mention {
    Mention { span, kind, name, role: None, gender: None, text: text[span.range()].to_owned() }
}

/// The document named by the phrase at `start` (`dem Antrag`, `der documenta-Homepage`, `einer
/// gestern verbreiteten Erklärung`), as a source with no one named: articles and lower-case
/// words, then a noun that is (or ends with) a document.
pub fn document_source(text: &str, tokens: &[Token<'_>], start: usize, to: usize) -> Option<Mention> {
    // English nouns are lower case: `according to town records,` ends at the comma or the
    // end of the clause.
    let end = to.min(start + 6);
    // (`according to British media reports`: an English adjective of nationality before
    // lower-case words is no noun.)
    let adjective = |k: usize| {
        tokens[k].word
            && nationality_ending(&tokens[k].lower)
            && tokens.get(k + 1).is_some_and(|n| k + 1 < end && n.word && !n.capitalized())
    };
    let mut noun = (start..end)
        .find(|&k| (tokens[k].capitalized() && !(k == start && adjective(k))) || !tokens[k].word)
        .unwrap_or(end);
    if (noun == end || !tokens[noun].word) && noun > start && !tokens[noun - 1].capitalized() {
        noun -= 1;
    }
    if noun >= end {
        return None;
    }
    if !tokens[noun].word || tokens[start..noun].iter().any(|t| !t.word) {
        return None;
    }
    if !is_document(&tokens[noun].lower) {
        // `a council report seen by the Guardian`: an English document noun in lower case
        // before what follows it.
        let lower_doc = (start..noun)
            .find(|&k| is_document(&tokens[k].lower))
            .filter(|&k| (start..=k).all(|j| !tokens[j].capitalized() || is_determiner(&tokens[j]) || adjective(j)))?;
        return Some(source_mention(
            text,
            Span::new(tokens[start].start, tokens[lower_doc].end),
            MentionKind::Vague,
            None,
        ));
    }
    Some(source_mention(text, Span::new(tokens[start].start, tokens[noun].end), MentionKind::Vague, None))
}

/// Whether an English word ends like an adjective of nationality (`British`, `Italian`,
/// `German`, `Japanese`, `French`, `Israeli`).
fn nationality_ending(lower: &str) -> bool {
    ["ish", "ian", "an", "ese", "ch", "i"].iter().any(|e| lower.ends_with(e))
}

/// The index after a title in quotation marks that opens at token `k` (`„Wohnen am Limit“`),
/// when one does and closes before `to`.
fn titled_after(tokens: &[Token<'_>], k: usize, to: usize) -> Option<usize> {
    if !tokens.get(k)?.is_punct(&['„', '"', '»', '“']) {
        return None;
    }
    let close = (k + 1..to.min(k + 14)).find(|&j| tokens[j].is_punct(&['“', '”', '"', '«']))?;
    (close > k + 1).then_some(close + 1)
}

/// Whether a noun is (or ends with) a document (`Pressemitteilung`, `Gerichtsentscheidung`);
/// a newspaper (`Tageszeitung`) or an embassy (`US-Botschaft`) is a source that speaks for
/// itself, and a spokesperson (listed with the documents so that `a spokesperson for X`
/// names X) is a person.
pub fn is_document(lower: &str) -> bool {
    !["zeitung", "botschaft", "spokesperson"].iter().any(|w| lower.ends_with(w))
        && (DOCUMENTS.contains(lower) || DOCUMENT_ENDINGS.ends(lower))
}

/// Nouns for what a source published: the mention is the publisher after them (`einer
/// Mitteilung der Polizei`), or, with no one named, the document itself (`In dem Antrag heißt es`).
const DOCUMENT_NOUNS: &[&str] = &[
    "statement", "report", "release", "letter", "filing", "spokesperson", "mitteilung", "pressemitteilung",
    "erklärung", "bericht", "berichten", "schreiben", "stellungnahme", "angaben", "informationen", "schätzung",
    "schätzungen", "daten", "figures", "data", "zahlen", "zitat", "worten", "interview", "fazit", "kernaussage",
    "feststellung", "bilanz", "aussage", "aussagen", "antrag", "rede", "brief", "homepage", "website", "webseite",
    "internetseite", "resolution", "beschluss", "entwurf", "gesetzentwurf", "gutachten", "studie", "urteil", "text",
    "aufruf", "flugblatt", "kommentar", "leitartikel", "papier", "vertrag", "abkommen", "satzung", "gesetz",
    "verordnung", "protokoll", "präambel", "begründung", "urteilsbegründung", "botschaft", "manifest", "transparent",
    "plakat", "plakaten", "schild", "banner", "zettel", "aufschrift", "zeitung", "meldung", "meldungen", "information",
    "medieninformationen", "mitteilungen", "entscheidung", "verfassung", "grundgesetz", "studien", "umfrage",
    "umfragen", "analyse", "statistik", "prognose", "prognosen", "hochrechnung", "hochrechnungen", "annahmen",
    "ermittlungen", "erkenntnisse", "erkenntnissen", "recherchen", "note", "memo", "records", "documents", "filings",
    "survey", "poll", "polls", "study", "analysis", "estimates", "transcript", "complaint", "indictment", "bulletin",
    "warning", "forecast", "review", "audit", "assessment", "reports",
];
static DOCUMENTS: WordSet = WordSet::new(DOCUMENT_NOUNS);
static DOCUMENT_ENDINGS: SuffixSet = SuffixSet::new(DOCUMENT_NOUNS, 2);

/// Whether an aside is an American party and home state or district (`R-Findlay`, `D-Ohio`,
/// `D-N.Y.`): no role and no name, skipped like an age.
pub fn party_affiliation(aside: &str) -> bool {
    party_home(aside.trim()).is_some_and(|place| {
        place.starts_with(char::is_uppercase)
            && place.split_whitespace().count() <= 2
            && place.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
    })
}

/// The mention that ends right before token `i`, from no earlier than `from`.
pub fn mention_before(text: &str, tokens: &[Token<'_>], from: usize, i: usize, lang: Lang) -> Option<Mention> {
    let mut end = i;
    // `Rachel Okafor, the environment secretary, has said`: an English auxiliary (and an adverb
    // with it) between the subject and its verb.
    if lang == Lang::En {
        // (`Pediatric neurologists have long said`: an adverb of time with it.)
        let aux = |t: &Token<'_>| {
            matches!(
                t.lower.as_str(),
                "has" | "have" | "had" | "will" | "would" | "also" | "long" | "already" | "repeatedly" | "previously"
            )
        };
        let n = (from..end).rev().take_while(|&k| aux(&tokens[k])).count();
        if n > 0 && n <= 3 && end - n > from {
            end -= n;
        }
    }
    let mut appos_role = None;
    // (`X, the filmmaker best known for "Dry Season," said`: American style puts the closing
    // comma inside the quotation marks.)
    if lang == Lang::En
        && end > from + 2
        && tokens[end - 1].is_punct(&['"', '”', '’'])
        && tokens[end - 2].is_punct(&[','])
    {
        end -= 1;
    }
    // Skip an appositive or relative clause between commas: "X, the mayor, said" /
    // "X, who has led the union since 2019, said".
    if end > from && tokens[end - 1].is_punct(&[',']) {
        // A relative clause may be long (`X, who spoke on condition of anonymity because he
        // was not authorized to discuss the talks, said`); other appositives are short.
        // `A senior official, speaking on condition of anonymity because …, said`: an English
        // participle clause is skipped like a relative one.
        let participle = |k: usize| lang == Lang::En && tokens.get(k + 1).is_some_and(|t| t.lower.ends_with("ing"));
        let opening = |k: usize| {
            tokens[k].is_punct(&[','])
                && (end - k <= 16
                    || participle(k)
                    || tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "who" | "which" | "der" | "die")))
        };
        let limit = end.saturating_sub(40).max(from);
        if let Some(k) = (limit..end - 1).rev().find(|&k| opening(k)) {
            // `The group, Cinema Workers United, said`: the appositive names the institution
            // (even when a word in the name is a role).
            if let Some(named) = institution_appositive(text, tokens, k, end - 1).filter(|_| lang == Lang::En) {
                return Some(named);
            }
            // (`Man prüfe jedes Angebot, das dem Verein helfe, sagte Kühnel`: after a clause
            // with a verb of its own, a relative clause is about its object, and the subject
            // of the speech verb follows it.)
            // (A relative clause ends with its verb: not the appositive in `Auch die größte
            // Privatbank, die Deutsche Bank, meldete`.)
            let relative_de = lang == Lang::De
                && tokens.get(k + 1).is_some_and(|t| RELATIVE_PRONOUNS.contains(&t.lower.as_str()))
                && tokens[end - 2].word
                && !tokens[end - 2].capitalized();
            if relative_de && finite_verb(tokens, from, k).is_some() {
                return None;
            }
            appos_role = appositive(tokens, k, end);
            // `Die Linkspartei, auf deren Listen …, schloss`: a relative pronoun after a
            // preposition.
            let relative_pronoun = |t: &Token<'_>| {
                matches!(
                    t.lower.as_str(),
                    "who" | "der" | "die" | "which" | "whose" | "deren" | "dessen" | "denen" | "dem"
                )
            };
            let relative = participle(k)
                || tokens.get(k + 1).is_some_and(|t| relative_pronoun(t) && t.lower != "dem")
                || (tokens.get(k + 1).is_some_and(is_preposition) && tokens.get(k + 2).is_some_and(relative_pronoun));

            if appos_role.is_some()
                || relative
                || tokens[k + 1..end - 1].iter().all(|t| !t.word || t.lower.chars().all(|c| c.is_ascii_digit()))
                || party_affiliation(&text[tokens[k].end..tokens[end - 1].start])
            {
                end = k;
            } else if let Some(mut name) = name_appositive(text, tokens, k + 1, end - 1, lang) {
                // "die Sprecherin der Fraktion, Sandra Boser (Grüne), erklärte": the name
                // stands in the appositive, the role before it.
                if name.role.is_none() {
                    name.role = mention_before(text, tokens, from, k, lang).and_then(|m| m.role);
                }
                return Some(name);
            } else {
                return None;
            }
        } else {
            return None;
        }
    }
    // `Rep. Gary Stoltz, R-Mentor, who voted against it, called`: a party and home before the
    // relative clause is skipped too.
    if lang == Lang::En && end > from + 2 {
        if let Some(k) = (end.saturating_sub(6).max(from)..end).rev().find(|&k| tokens[k].is_punct(&[','])) {
            if k > from && party_affiliation(&text[tokens[k].end..tokens[end - 1].end]) {
                end = k;
            }
        }
    }
    // "Renate Schmidt (SPD) sagte", "Jan Ott (42) erklärte": a party or age in brackets after
    // the name is left out.
    if end > from + 2 && tokens[end - 1].is_punct(&[')']) {
        if let Some(open) = (end.saturating_sub(5).max(from)..end - 1).rev().find(|&k| tokens[k].is_punct(&['('])) {
            if open > from && tokens[open - 1].word {
                end = open;
            }
        }
    }
    // `Verteidiger X immer wieder betont hatte`, `Moreno also reminded jurors`: adverbs between
    // a subject and its verb are not part of the mention.
    {
        let list: &[&str] = if lang == Lang::De { ADVERBS } else { ADVERBS_EN };
        let adverbs =
            (from..end).rev().take_while(|&k| tokens[k].word && list.contains(&tokens[k].lower.as_str())).count();
        if adverbs > 0
            && end - adverbs > from
            && tokens[end - adverbs - 1].word
            && (tokens[end - adverbs - 1].capitalized() || is_pronoun(&tokens[end - adverbs - 1]))
        {
            end -= adverbs;
        }
    }
    // `one of them said`, `one of the people said`.
    if lang == Lang::En {
        for n in [3, 4] {
            let group = end.checked_sub(n).filter(|&k| k >= from).map(|k| &tokens[k..end]);
            if let Some(g) = group.filter(|g| g[0].lower == "one" && g[1].lower == "of" && g.iter().all(|t| t.word)) {
                if let Some(m) = parse_mention(text, g, lang) {
                    return Some(m);
                }
            }
        }
    }
    let mut start = end;
    while start > from && end - start < 10 {
        let t = &tokens[start - 1];
        // "the Ministry of Public Works", "Department for Business": a complement inside a
        // capitalised name continues it.
        // (`The International Committee of the Red Cross`: an English article inside an
        // institution's name, at `k`, between its complement word and the name.)
        let article_in_name = |k: usize| {
            lang == Lang::En
                && tokens[k].lower == "the"
                && k >= from + 2
                && matches!(tokens[k - 1].lower.as_str(), "of" | "for")
                && tokens[k - 2].capitalized()
                && is_institution(&tokens[k - 2].lower)
                && k + 1 < end
                && tokens[k + 1].capitalized()
        };
        let inner_complement = matches!(t.lower.as_str(), "of" | "for" | "für")
            && start >= 2
            && start - 1 > from
            && tokens[start - 2].capitalized()
            && (tokens[start].capitalized() || article_in_name(start));
        // (`Das Bundesministerium für Bildung und Forschung teilte mit`: back over the `und` of
        // an institution's field.)
        if field_and(tokens, from, start - 1, end)
            || field_comma(tokens, from, start - 1, end)
            || lang == Lang::En && name_and(tokens, start - 1, end)
        {
            start -= 1;
            continue;
        }
        // (`Hellwig & Co.`: an ampersand inside a firm's name.)
        let ampersand = t.is_punct(&['&'])
            && start >= from + 2
            && start < end
            && tokens[start - 2].capitalized()
            && tokens[start].capitalized();
        if ampersand {
            start -= 1;
            continue;
        }
        if !t.word
            || (is_stop(t) && !is_determiner(t) && !is_pronoun(t) && !inner_complement)
            || (lang == Lang::De && AUXILIARIES.contains(&t.lower))
        {
            break;
        }
        // `Die Beschneidung verringert neuesten Studien zufolge`: in German a lower-case word in
        // `-t` right after a noun is the clause's verb, not an adjective of the phrase (those
        // are inflected: `im Bundestag vertretenen Parteien`, `In Nepal lebende Tibeter`).
        let verb_after_noun = lang == Lang::De
            && !t.capitalized()
            && t.lower.ends_with('t')
            && !is_determiner(t)
            && !is_name_particle(&t.lower)
            && start >= from + 2
            && tokens[start - 2].word
            && tokens[start - 2].capitalized()
            && !is_determiner(&tokens[start - 2]);
        if verb_after_noun {
            break;
        }
        // A speech verb ends the phrase (`… heißt es`), and a pronoun is a mention of its own.
        // (`The alleged victim`: after an article it is an adjective.)
        let adjective = start >= 2 && start - 2 >= from && is_determiner(&tokens[start - 2]);
        if (start < end && !t.capitalized() && is_cue_verb(&t.lower, lang) && !adjective)
            || (start < end && is_pronoun(t))
        {
            break;
        }
        // `hunderttausende von Demonstranten`: a count with `von` opens the phrase.
        if t.lower == "von" && start >= from + 2 && is_count(&tokens[start - 2]) {
            start -= 2;
            break;
        }
        start -= 1;
        if is_pronoun(t) && start + 1 == end {
            break;
        }
        // "der Bürgermeister der Gemeinde": a genitive after a role or institution belongs to
        // it, so the phrase goes on back to the role's own article.
        let genitive_of_head = lang == Lang::De
            && matches!(t.lower.as_str(), "der" | "des" | "eines" | "einer")
            && start > from
            && tokens[start - 1].capitalized()
            && (is_role(&tokens[start - 1].lower) || is_institution(&tokens[start - 1].lower));
        // `Ursula von der Leyen`, `Charles de la Fontaine`: an article inside a name's particles.
        // (English only: German `Halver von der Baader Bank` is a preposition.)
        let particle_article = lang == Lang::En
            && start > from
            && start + 1 < end
            && tokens[start + 1].capitalized()
            && matches!(t.lower.as_str(), "der" | "den" | "la" | "le")
            && matches!(tokens[start - 1].lower.as_str(), "von" | "van" | "de");
        if is_determiner(t) && !genitive_of_head && !particle_article && !article_in_name(start) {
            break;
        }
    }
    if start == end {
        return None;
    }
    // A noun phrase governed by a preposition ("an die Ukraine drohte", "bis Freitag
    // erwartet") is not the subject.
    // `zu` before a capitalised word is the preposition (`soll Anelka zu Domenech gesagt haben`);
    // before a verb it marks an infinitive.
    let governed = |t: &Token<'_>| PREPS.contains(&t.lower) || (t.lower == "zu" && tokens[start].capitalized());
    // (`The deal collapsed after Senator Tom Hale said …`: before the verb, English `after`,
    // `before`, `since`, `until` open a clause whose subject this is.)
    let conjunction = lang == Lang::En
        && end == i
        && start > from
        && matches!(tokens[start - 1].lower.as_str(), "after" | "before" | "since" | "until");
    // `Ein mit den Vorgängen vertrauter Insider sagte`: an article, a prepositional phrase and
    // an inflected adjective before the noun make one phrase.
    if lang == Lang::De && start >= from + 2 && governed(&tokens[start - 1]) {
        let article = start - 2;
        if article == from || !tokens[article - 1].word {
            if let Some(m) = attributed_phrase(text, tokens, article, end, lang) {
                return Some(m);
            }
        }
    }
    if start > from && governed(&tokens[start - 1]) && !conjunction {
        return role_of(text, tokens, from, start - 1, end, lang)
            .or_else(|| subject_with_phrase(text, tokens, from, start - 1, lang));
    }
    // `hunderttausende von Demonstranten`: a crowd counted with `von`; the noun says who.
    let counted = end > start + 2 && tokens[start + 1].lower == "von" && is_count(&tokens[start]);
    // `der Meldung zufolge`, `Schätzungen zufolge`: a document with no one named after it is
    // the source itself. Not a genitive attribute (`Für die Ausarbeitung einer neuen
    // Verfassung, …`), and a bare plural (`Sie entstammen Zeitungsberichten zufolge`) stands
    // alone: the lower-case words before it are the clause's.
    if !counted && is_document(&tokens[end - 1].lower) {
        let genitive = matches!(tokens[start].lower.as_str(), "der" | "des" | "einer" | "eines")
            && start > from
            && tokens[start - 1].word
            && tokens[start - 1].capitalized();
        let head = &tokens[end - 1];
        let plural = head.lower.ends_with('n');
        let phrase = if is_determiner(&tokens[start]) && !genitive {
            Some(Span::new(tokens[start].start, head.end))
        } else if plural && (start + 1 == end || !tokens[start].capitalized()) {
            Some(Span::new(head.start, head.end))
        } else {
            None
        };
        if let Some(span) = phrase {
            return Some(source_mention(text, span, MentionKind::Vague, None));
        }
    }
    let mut m = parse_mention(text, &tokens[start + 2 * usize::from(counted)..end], lang)?;
    if counted {
        m.span = Span::new(tokens[start].start, m.span.end);
        m.text = text[m.span.range()].to_owned();
        m.kind = MentionKind::Vague;
        m.name = None;
    }
    if m.role.is_none() {
        m.role = appos_role;
    }
    Some(as_business(m, lang))
}

/// `Auch die Grünen im Stadtrat kritisierten …`: in German the phrase before the verb may be a
/// noun phrase with a prepositional phrase after it; the noun phrase, which opens the clause
/// (after an adverb or two at most), is the subject.
fn subject_with_phrase(text: &str, tokens: &[Token<'_>], from: usize, prep: usize, lang: Lang) -> Option<Mention> {
    if lang != Lang::De || prep <= from || !tokens[prep - 1].capitalized() {
        return None;
    }
    let det = (from..prep).rev().find(|&k| is_determiner(&tokens[k]))?;
    // (Or after the conjunction of a comment clause: `Wie die Banca d'Italia in Rom bekannt gab`.)
    let opener = |k: usize| {
        ADVERBS.contains(&tokens[k].lower.as_str()) || (k == from && matches!(tokens[k].lower.as_str(), "wie" | "als"))
    };
    let opening = (from..det).all(|k| tokens[k].word && opener(k));
    let words_only = tokens[det..prep].iter().all(|t| t.word && !PREPS.contains(&t.lower));
    if !opening || !words_only || prep - det > 4 {
        return None;
    }
    // Someone who can speak: not `Der Endstand nach der Verlängerung lautete …`.
    parse_mention(text, &tokens[det..prep], lang).filter(|m| match m.kind {
        MentionKind::Person => {
            m.role.is_some() || m.name.as_deref().is_some_and(|n| n.contains(' ') || given_gender(n).is_some())
        }
        MentionKind::Pronoun | MentionKind::Anonymous => false,
        _ => is_speaker_like(m),
    })
}

/// Whether the words between the last comma and the verb at `v` (at most twelve) are a
/// document and its author: `…, a review led by former coroner X found`, `…, a study by the
/// institute found`.
fn authored_document_before(tokens: &[Token<'_>], v: usize) -> bool {
    let Some(comma) = (v.saturating_sub(12)..v).rev().find(|&k| tokens[k].is_punct(&[','])) else { return false };
    let phrase = &tokens[comma + 1..v];
    let by = phrase.iter().position(|t| t.lower == "by");
    by.is_some_and(|b| {
        (2..=5).contains(&b) && phrase[..b].iter().all(|t| t.word) && phrase[..b].iter().any(|t| is_document(&t.lower))
    }) && phrase.first().is_some_and(is_determiner)
}

/// An English phrase whose preposition at `prep` (up to `end`) belongs to the mention before
/// it rather than governing it: a role with its complement (`A spokesman for the ministry
/// said`, `a senior official at the embassy told`: one description, headed by the role), a
/// group with where it is from (`Diplomats in Brussels`), a document with its author (`A
/// study by the Westmarch Institute`) and a person with where they work (`Professor Omar
/// Haddad of the University of Kelbridge`).
fn role_of(text: &str, tokens: &[Token<'_>], from: usize, prep: usize, end: usize, lang: Lang) -> Option<Mention> {
    if lang != Lang::En
        || !matches!(tokens[prep].lower.as_str(), "for" | "of" | "at" | "in" | "from" | "by")
        || prep <= from
    {
        return None;
    }
    let role = prep - 1;
    // (`A report published this week by the think tank X`: a participle and when between;
    // `An independent review led by X`: the participle right before `by`.)
    let published = tokens[prep].lower == "by"
        && (from + 1..prep).rev().take(4).any(|p| {
            tokens[p].lower.ends_with("ed")
                && tokens[p - 1].word
                && is_document(&tokens[p - 1].lower)
                && tokens[p..prep].iter().all(|t| t.word && !is_cue_verb(&t.lower, lang))
        });
    // `A study by the Westmarch Institute found`: the document's author, or the document.
    if tokens[role].word && is_document(&tokens[role].lower) || published {
        return mention_after(text, tokens, prep + 1, end, lang)
            .filter(is_named)
            .or_else(|| document_source(text, tokens, role.saturating_sub(1).max(from), end));
    }
    if tokens[prep].lower == "by" {
        return None;
    }
    // `Professor Omar Haddad of the University of Kelbridge said`: a person and where they
    // work; the person is the mention.
    let quantity = matches!(
        tokens[role].lower.as_str(),
        "one" | "two" | "three" | "some" | "many" | "most" | "several" | "each" | "none" | "all" | "both"
    );
    if matches!(tokens[prep].lower.as_str(), "of" | "at" | "from")
        && tokens[role].word
        && tokens[role].capitalized()
        && !quantity
    {
        // (`Neighbours of the Kilbrannan clinic told …`: a group and where it is from.)
        return mention_before(text, tokens, from, prep, lang)
            .map(|m| match m.kind {
                MentionKind::Vague => {
                    source_mention(text, Span::new(m.span.start, tokens[end - 1].end), MentionKind::Vague, None)
                }
                _ => m,
            })
            .filter(|m| matches!(m.kind, MentionKind::Person | MentionKind::Vague));
    }
    // `Police in Manchester said`, `The embassy in Kabul said`: an institution and where it is.
    if tokens[role].word && institution_base(&tokens[role].lower) && tokens[prep].lower != "of" {
        if let Some(m) = mention_before(text, tokens, from, prep, lang).filter(|m| m.kind == MentionKind::Institution) {
            return Some(m);
        }
    }
    // `Diplomats in Brussels said`, `Election observers from the OSCE said`: a group and
    // where it is from.
    if tokens[role].word && VAGUE_PHRASES.matches(&tokens[role].lower) {
        let start =
            if role > from && tokens[role - 1].word && tokens[role - 1].capitalized() { role - 1 } else { role };
        return Some(source_mention(
            text,
            Span::new(tokens[start].start, tokens[end - 1].end),
            MentionKind::Vague,
            None,
        ));
    }
    if !tokens[role].word || !is_role(&tokens[role].lower) {
        return None;
    }
    // Its article and up to two modifiers: `a senior`, `the chief`.
    let mut start = role;
    while start > from
        && role - start < 3
        && tokens[start - 1].word
        && (!tokens[start - 1].capitalized() || is_determiner(&tokens[start - 1]))
    {
        let t = &tokens[start - 1];
        start -= 1;
        if is_determiner(t) {
            break;
        }
        if is_stop(t) || is_cue_verb(&t.lower, lang) {
            start += 1;
            break;
        }
    }
    if start > from && tokens[start - 1].word && tokens[start - 1].capitalized() && !is_determiner(&tokens[start - 1]) {
        // `Reuters spokesman for …`: a capitalised word before is a name the parser handles.
        return None;
    }
    let span = Span::new(tokens[start].start, tokens[end - 1].end);
    let role_text = text[tokens[role].start..tokens[end - 1].end].to_owned();
    // (`a veteran negotiator from a Latin American delegation`: someone described and not
    // named is an anonymous source; a spokesperson speaks for the body.)
    let unnamed =
        matches!(tokens[start].lower.as_str(), "a" | "an" | "another") && !tokens[role].lower.contains("spokes");
    Some(Mention {
        span,
        kind: if unnamed { MentionKind::Anonymous } else { MentionKind::Description },
        name: None,
        gender: role_gender(&tokens[role].lower),
        role: Some(role_text),
        text: text[span.range()].to_owned(),
    })
}

/// `France's fisheries minister, Élodie Marchand, …`, `the company's chief executive`: in
/// English a possessive, a role, and the name in an appositive after it.
fn possessive_role(text: &str, tokens: &[Token<'_>], i: usize, to: usize, lang: Lang) -> Option<Mention> {
    if lang != Lang::En {
        return None;
    }
    let owner = (i..to.min(i + 4)).find(|&k| tokens[k].lower.ends_with("'s") || tokens[k].lower.ends_with("’s"))?;
    if !tokens[i..owner].iter().all(|t| t.word) {
        return None;
    }
    // (Family and counsel, too: `Vance's mother, Linda Vance,`.)
    let kin = |w: &str| {
        matches!(
            w,
            "mother"
                | "father"
                | "wife"
                | "husband"
                | "son"
                | "daughter"
                | "brother"
                | "sister"
                | "partner"
                | "lawyer"
                | "attorney"
        )
    };
    let role = (owner + 1..to.min(owner + 5))
        .take_while(|&k| tokens[k].word)
        .find(|&k| is_role(&tokens[k].lower) || kin(&tokens[k].lower))?;
    // (`Dalvaria's deputy foreign minister`: the role runs on to its last role noun.)
    let role = (role + 1..to.min(role + 4))
        .take_while(|&k| tokens[k].word && !tokens[k].capitalized())
        .filter(|&k| is_role(&tokens[k].lower))
        .last()
        .unwrap_or(role);
    let role_span = Span::new(tokens[i].start, tokens[role].end);
    let described = || Mention {
        span: role_span,
        kind: MentionKind::Description,
        name: None,
        role: Some(text[role_span.range()].to_owned()),
        gender: role_gender(&tokens[role].lower),
        text: text[role_span.range()].to_owned(),
    };
    // The name between commas right after the role.
    if !tokens.get(role + 1).is_some_and(|t| t.is_punct(&[','])) {
        return Some(described());
    }
    let close = (role + 2..to.min(role + 7)).find(|&k| tokens[k].is_punct(&[',']))?;
    let name = &tokens[role + 2..close];
    if name.is_empty() || !name.iter().all(|t| t.word && t.capitalized()) {
        return Some(described());
    }
    let span = Span::new(tokens[i].start, tokens[close - 1].end);
    Some(Mention {
        span,
        kind: MentionKind::Person,
        name: Some(text[name[0].start..name[name.len() - 1].end].to_owned()),
        role: Some(text[role_span.range()].to_owned()),
        gender: given_gender(name[0].text).or_else(|| role_gender(&tokens[role].lower)),
        text: text[span.range()].to_owned(),
    })
}

/// Whether an English word is a noun for a kind of business (`retailer`, `carmaker`,
/// `chipmaker`).
fn business_noun(lower: &str) -> bool {
    BUSINESS_NOUNS.contains(&lower) || (lower.len() > "maker".len() + 2 && lower.ends_with("maker"))
}

/// `Entergy, the region's largest utility,`: a name whose English appositive calls it a business
/// is that business, not a person.
pub fn as_business(m: Mention, lang: Lang) -> Mention {
    let business = lang == Lang::En
        && m.kind == MentionKind::Person
        && m.name.as_deref().is_some_and(|n| n.split_whitespace().next().is_some_and(|w| given_gender(w).is_none()))
        && m.role.as_deref().is_some_and(business_role);
    if business {
        Mention { kind: MentionKind::Institution, gender: None, ..m }
    } else {
        m
    }
}

/// Whether a role says its bearer is a business (`the region's largest utility`, `a Dutch
/// chipmaker`).
pub fn business_role(role: &str) -> bool {
    // The head before any complement: not `director of the food bank`; nor a participle or a
    // relative clause after it (`software company used by 40,000 businesses`, `a firm that …`).
    let complement = |w: &&str| {
        matches!(*w, "of" | "at" | "for" | "in" | "with" | "that" | "which" | "whose")
            || w.len() >= 4 && w.ends_with("ed") && !w.starts_with(char::is_uppercase)
    };
    let head = role.split_whitespace().take_while(|w| !complement(w)).last();
    // (A common noun: `Harlow Bank` is a name.)
    head.is_some_and(|h| h.starts_with(char::is_lowercase) && business_noun(h))
}

/// Whether a word counts a crowd (`Hunderte`, `zehntausende`, `Dutzende`).
fn is_count(t: &Token<'_>) -> bool {
    ["hunderte", "tausende", "dutzende"].iter().any(|q| t.lower.ends_with(q))
}

/// Whether a noun is (or ends with) a kind of publication or broadcaster: what a newspaper's
/// name follows (`die Wochenzeitschrift „Jungle World“`) or ends with (`der Berliner Zeitung`,
/// `des Bayerischen Rundfunks`).
fn is_publication(lower: &str) -> bool {
    const KINDS: &[&str] = &[
        "zeitung", "zeitschrift", "magazin", "blatt", "anzeiger", "rundschau", "kurier", "nachrichten", "sender",
        "portal", "newsletter", "rundfunk", "rundfunks",
    ];
    // (Also in the genitive: `des Fachmagazins „Sportblick“`, `des Blattes`.)
    let base = lower.strip_suffix("es").filter(|b| b.ends_with("blatt")).or_else(|| lower.strip_suffix('s'));
    KINDS.iter().any(|k| lower.ends_with(k) || base.is_some_and(|b| b.ends_with(k)))
}

/// English adverbs between a subject and its verb (`Moreno also reminded jurors`).
const ADVERBS_EN: &[&str] = &[
    "also", "later", "then", "again", "previously", "earlier", "repeatedly", "separately", "privately", "publicly",
    "has", "have", "had", "long", "already", "recently", "often", "consistently", "still", "always", "openly",
    "initially", "subsequently", "immediately", "quickly",
];

/// German adverbs that stand between a subject and its verb at the end of the clause, or
/// after the subject before the verb of a main clause (`Die Kanadier hingegen sagen`,
/// `McCains Kampagne selber dagegen warf Obama vor`).
const ADVERBS: &[&str] = &[
    "immer", "wieder", "stets", "oft", "mehrfach", "mehrmals", "bereits", "schon", "auch", "noch", "erneut", "zuvor",
    "gestern", "heute", "damals", "ausdrücklich", "öffentlich", "jetzt", "nun", "zuletzt", "kürzlich", "hingegen",
    "dagegen", "jedoch", "allerdings", "wiederum", "selber", "selbst", "seinerseits", "ihrerseits", "indes",
];

/// A person's name in an appositive `tokens[a..b]`, a party or age in brackets left out.
pub fn name_appositive(text: &str, tokens: &[Token<'_>], a: usize, b: usize, lang: Lang) -> Option<Mention> {
    let end = (a..b).find(|&k| tokens[k].is_punct(&['('])).unwrap_or(b);
    if end <= a || end - a > 7 || !tokens[a..end].iter().all(|t| t.word) {
        return None;
    }
    // (`The bill's lead co-sponsor, Senator Mark Ellery of Montana, said`: where they are from,
    // after the name, is no part of it.)
    let end = match (a + 2..end).find(|&k| tokens[k].text == "of") {
        Some(of)
            if lang == Lang::En
                && (1..=2).contains(&(end - of - 1))
                && tokens[of + 1..end].iter().all(|t| t.capitalized()) =>
        {
            of
        }
        _ => end,
    };
    let name_only = end - a <= 5 && tokens[a..end].iter().all(|t| t.capitalized() || is_name_particle(&t.lower));
    // (`The chair of the talks, Ecuadorian diplomat Lucia Andrade, told`: in English a role
    // before a full name.)
    let with_role = lang == Lang::En && end - a >= 3 && tokens[end - 2..end].iter().all(|t| t.capitalized());
    if !name_only && !with_role {
        return None;
    }
    parse_mention(text, &tokens[a..end], lang).filter(|m| {
        m.kind == MentionKind::Person
            && m.name.as_ref().is_some_and(|n| {
                // (A given name opens it: not the place in `the mayor of San Telmo`.)
                name_only
                    || (n.split_whitespace().count() >= 2
                        && m.role.is_some()
                        && n.split_whitespace().next().is_some_and(|g| given_gender(g).is_some()))
            })
    })
}

/// The name of an institution in the appositive `tokens[k + 1..b]` after the institution noun
/// before comma `k` (`The company, Mersey Port Holdings, said`), or a business's name there
/// after any noun (`Willow Bank's owner, Harlow Care Group, said`).
pub fn institution_appositive(text: &str, tokens: &[Token<'_>], k: usize, b: usize) -> Option<Mention> {
    let before = tokens.get(k.checked_sub(1)?).filter(|t| t.word)?;
    let a = k + 1 + usize::from(tokens.get(k + 1).is_some_and(is_determiner));
    if b <= a || b - a > 6 || !tokens[a..b].iter().all(|t| t.word && (t.capitalized() || t.text == "&")) {
        return None;
    }
    let business = b - a > 1 && company_head(&tokens[b - 1].lower);
    if !institution_base(&before.lower) && !business {
        return None;
    }
    // (Not a person: `der Bürgermeister der Gemeinde, Hauke Jensen, erklärte`.)
    if given_gender(tokens[a].text).is_some() {
        return None;
    }
    let span = Span::new(tokens[a].start, tokens[b - 1].end);
    Some(Mention {
        span,
        kind: MentionKind::Institution,
        name: Some(text[span.range()].to_owned()),
        role: None,
        gender: None,
        text: text[span.range()].to_owned(),
    })
}

/// Whether a mention is a lone capitalised word at the start of a clause that is not a known
/// given name: in German that is as often an adverb or participle ("Relativierend fügt Gall
/// hinzu") as a surname, so a mention after the verb is preferred.
pub fn weak_opening(tokens: &[Token<'_>], m: &Mention, lang: Lang) -> bool {
    // (A description too when it names no known role: `Zurückhaltender äußerte sich …`.)
    let unknown_description =
        m.kind == MentionKind::Description && !m.text.split_whitespace().any(|w| is_role(&w.to_lowercase()));
    if lang != Lang::De || (m.kind != MentionKind::Person && !unknown_description) {
        return false;
    }
    let Some(k) = tokens.iter().position(|t| t.start == m.span.start) else { return false };
    // (Also a comparative: `Zurückhaltender äußerte sich …`.)
    const ADVERB_ENDINGS: &[&str] =
        &["end", "lich", "ig", "weise", "mals", "dings", "wärts", "falls", "ens", "ender", "licher", "iger"];
    // (And adverbs that open a sentence with no telling ending: `Immer häufiger kämen …`.)
    const ADVERBS: &[&str] = &[
        "immer", "oft", "selten", "meist", "kaum", "nun", "jetzt", "noch", "dann", "danach", "zuletzt", "zunächst",
        "inzwischen", "mittlerweile", "bisher", "seither", "trotzdem", "dennoch", "deshalb", "daher", "darum",
        "vielmehr", "stattdessen", "genauso", "ebenso", "sogar", "gerade", "vorher", "nachher", "sonst", "genau",
        "ausgerechnet",
    ];
    let lower = &tokens[k].lower;
    tokens[k].end == m.span.end
        && (k == 0 || !tokens[k - 1].word)
        && given_gender(tokens[k].text).is_none()
        && (ADVERB_ENDINGS.iter().any(|e| lower.ends_with(e)) || ADVERBS.contains(&lower.as_str()))
}

/// Whether a German mention cannot be a clause's subject: it opens with a genitive or dative
/// article (`des Eises`, `dem Minister`, `einen Brief`) or is the object of a preposition
/// (`zu den Gefahren`); `von` marks an owner (`Das Fazit von Sandra Boser`) and does not count.
pub fn oblique(tokens: &[Token<'_>], m: &Mention, lang: Lang) -> bool {
    if lang != Lang::De {
        return false;
    }
    let Some(k) = tokens.iter().position(|t| t.start == m.span.start) else { return false };
    matches!(tokens[k].lower.as_str(), "des" | "dem" | "den" | "eines" | "einem" | "einen")
        || (k > 0 && is_preposition(&tokens[k - 1]) && !matches!(tokens[k - 1].lower.as_str(), "von" | "vom"))
}

/// A role in an appositive starting at a comma at `k`: ", a spokeswoman for the hospital,".
/// Letters after an English name: `Simon Gale KC`, `Jane Doe MP`.
const POSTNOMINALS: &[&str] = &["KC", "QC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "Jr.", "Sr."];

fn appositive(tokens: &[Token<'_>], k: usize, to: usize) -> Option<String> {
    if !tokens.get(k)?.is_punct(&[',']) {
        return None;
    }
    let mut j = k + 1;
    let first = tokens.get(j)?;
    let has_article = matches!(first.lower.as_str(), "a" | "an" | "the" | "der" | "die" | "das" | "ein" | "eine");
    if has_article {
        j += 1;
    } else if STOPS.contains(&first.lower) || PREPS.contains(&first.lower) {
        // `Tjaden, wohl auf die Kritik antwortend, …`: an aside, not a role.
        return None;
    }
    let start = j;
    while j < to && j < tokens.len() && tokens[j].word && j - start < 10 {
        if matches!(tokens[j].lower.as_str(), "said" | "says" | "told" | "added" | "who" | "sagte" | "erklärte") {
            break;
        }
        j += 1;
    }
    if j == start {
        return None;
    }
    // (`John Smith, a professor at Kelbridge who led the study, said`: a relative clause
    // after the role.)
    let ends_ok = j >= to || tokens.get(j).is_some_and(|t| !t.word || t.lower == "who");
    let words = &tokens[start..j];
    // (`Its chair, Sarah Whitfield MP, said`: a name with letters after it, not a role.)
    let postnominal = !has_article
        && words.len() >= 2
        && words.iter().all(|t| t.capitalized())
        && words.last().is_some_and(|t| POSTNOMINALS.contains(&t.text));
    let role_like = |t: &Token<'_>| role_gender(&t.lower).is_some() || is_role(&t.lower);
    // (`Der Vorsitzende des Verbandes, Pfarrer Albrecht Neumeyer, sagte`: a title before a
    // name, not a role.)
    let titled_name = !has_article
        && words.len() >= 3
        && words.iter().all(|t| t.capitalized())
        && !words[words.len() - 2..].iter().any(role_like);
    (ends_ok && !postnominal && !titled_name && (words.iter().any(role_like) || has_article)).then(|| join(words))
}

/// Whether `t` is a personal pronoun that can stand for a speaker (`er`, `she`, `they`).
pub fn is_pronoun(t: &Token<'_>) -> bool {
    PRONOUNS.iter().any(|(p, _)| *p == t.lower)
}

/// The words of `tokens`, quotation marks left out (`Sprecher der „Stadtwerke“`).
fn join(tokens: &[Token<'_>]) -> String {
    let mut out = String::new();
    for (k, t) in tokens.iter().enumerate().filter(|(_, t)| !t.is_punct(&['„', '“', '”', '"', '»', '«'])) {
        // (`Stadt- und Wohnungsforschung`: the hyphen of a compound with its head left out
        // keeps to its word.)
        // (`Ministry of Housing, Communities and …`: a comma keeps to the word before it.)
        let glued = (t.is_punct(&['-']) || t.is_punct(&[','])) && k > 0 && tokens[k - 1].end == t.start;
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}

/// Whether a lower-case word is a role noun (ends with a role head).
pub fn is_role(lower: &str) -> bool {
    // English participles are no roles, though `speaking` ends like `king`.
    if lower.ends_with("ing") && lower != "king" {
        return false;
    }
    // `the governor-elect`, `the president-elect`.
    if let Some(office) = lower.strip_suffix("-elect") {
        return role_base(office);
    }
    // German inflects role nouns: `des Ministers`, `dem Präsidenten`, `des Vorsitzenden`,
    // `die Sprecherinnen`.
    role_base(lower)
        || ["s", "es", "n", "en", "nen"]
            .iter()
            .any(|e| lower.len() > e.len() + 3 && lower.strip_suffix(e).is_some_and(role_base))
}

/// Whether a lower-case word is a role noun in its base form.
fn role_base(w: &str) -> bool {
    // (`seismologist`, `volcanologist`: every English `-ologist` is someone's field.)
    role_gender(w).is_some() || MALE_ROLES.ends(w) || NEUTRAL_ROLES.ends(w) || w.ends_with("ologist")
}

static MALE_ROLES: SuffixSet = SuffixSet::new(ROLE_HEADS_MALE, 3);
static FEMALE_ROLES: SuffixSet = SuffixSet::new(ROLE_HEADS_FEMALE, 3);
static NEUTRAL_ROLES: SuffixSet = SuffixSet::new(ROLE_HEADS_NEUTRAL, 3);
static INSTITUTIONS: SuffixSet = SuffixSet::new(INSTITUTION_HEADS, 3);
/// Institution nouns that name a kind of institution (`Fraktion`, `Ministerium`, `ministry`).
pub(super) static INSTITUTION_WORDS: WordSet = WordSet::new(INSTITUTION_HEADS);

/// Gender a role word implies, if any.
pub fn role_gender(lower: &str) -> Option<Gender> {
    if FEMALE_ROLES.ends(lower) {
        return Some(Gender::Female);
    }
    if ["spokesman", "chairman", "congressman", "businessman"].iter().any(|h| lower.ends_with(h)) {
        return Some(Gender::Male);
    }
    None
}

static FEMALE_NAMES: WordSet = WordSet::new(GIVEN_FEMALE);
static MALE_NAMES: WordSet = WordSet::new(GIVEN_MALE);

/// People named in `tokens` by a given name and a surname (`Giovanni Trapattoni`), outside
/// `skip` (the quotes), with the gender of the given name: the antecedents a pronoun may
/// have even when they were never quoted.
pub fn named_people(tokens: &[Token<'_>], skip: &[Span]) -> Vec<(String, Option<Gender>, Option<String>)> {
    let mut out = Vec::new();
    // The title right before a name at `first`: capitalised words, one of them a role noun
    // (`U.S. District Judge`, `Assistant U.S. Attorney`).
    let title = |first: usize| {
        let start = (first.saturating_sub(4)..first)
            .find(|&j| tokens[j..first].iter().all(|t| t.word && t.capitalized()))
            .unwrap_or(first);
        // (`Der SVP-Kandidat Marcel Frei-Lüthi`: an article opening the sentence is no part of
        // the role.)
        let start = if start < first && is_determiner(&tokens[start]) { start + 1 } else { start };
        let words = &tokens[start..first];
        // `The director Tomas Ekwueme`, `the veteran director Anna Berg`: an English role in
        // lower case between an article and the name.
        let lower_role = || {
            let role = first.checked_sub(1).filter(|&j| tokens[j].word && !tokens[j].capitalized())?;
            let det = (first.saturating_sub(3)..role).rev().find(|&j| is_determiner(&tokens[j]))?;
            let words = &tokens[det + 1..first];
            (is_role(&tokens[role].lower) && words.iter().all(|t| t.word && !t.capitalized())).then(|| join(words))
        };
        // (`Republican Gov. Mark Delaney`: an abbreviated office is a role too.)
        words.iter().any(|t| is_role(&t.lower) || is_office_title(t.text)).then(|| join(words)).or_else(lower_role)
    };
    let inside = |t: &Token<'_>| skip.iter().any(|q| q.contains(Span::new(t.start, t.end)));
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        if inside(t) {
            k += 1;
            continue;
        }
        // (`the San Diego Tides`: a place's name.)
        let place = k > 0 && PLACE_OPENERS.contains(&tokens[k - 1].text);
        if let Some(gender) = given_gender(t.text).filter(|_| !place) {
            let surname = tokens
                .get(k + 1)
                .filter(|n| n.word && n.capitalized() && given_gender(n.text).is_none() && !role_follows(tokens, k));
            if let Some(n) = surname {
                // `Gerhard Maria Wagner`: the given names before this one belong to the name, and
                // the first of them gives the gender.
                let first = (0..k)
                    .rev()
                    .take_while(|&j| tokens[j].word && given_gender(tokens[j].text).is_some())
                    .last()
                    .unwrap_or(k);
                let given: Vec<&str> = tokens[first..=k].iter().map(|t| t.text).collect();
                let gender = given_gender(tokens[first].text).unwrap_or(gender);
                out.push((format!("{} {}", given.join(" "), n.text), Some(gender), title(first)));
                k += 2;
                continue;
            }
        }
        // A title and two capitalised words that are no role: a name whose given name is not
        // known (`U.S. District Judge Harriet Lindqvist`, `The director Tomas Ekwueme`).
        let after_title = k > 0
            && tokens[k - 1].word
            && is_role(&tokens[k - 1].lower)
            && (tokens[k - 1].capitalized() || k >= 2 && is_determiner(&tokens[k - 2]))
            && t.capitalized()
            && !is_role(&t.lower)
            && tokens.get(k + 1).is_some_and(|n| n.word && n.capitalized() && !is_role(&n.lower) && !inside(n));
        if after_title && given_gender(t.text).is_none() {
            if let Some(role) = title(k) {
                out.push((format!("{} {}", t.text, tokens[k + 1].text), None, Some(role)));
                k += 2;
                continue;
            }
        }
        // `Der Vorsitzende des Theaterfördervereins, Gerd Hollmann, …`: two capitalised words
        // between commas after a phrase with a role noun are a name, whatever the given name.
        let plain = |t: &Token<'_>| t.word && t.capitalized() && !is_role(&t.lower) && !is_institution(&t.lower);
        let appositive = k >= 3
            && tokens[k - 1].is_punct(&[','])
            && plain(t)
            && tokens.get(k + 1).is_some_and(plain)
            && tokens.get(k + 2).is_some_and(|n| n.is_punct(&[',']))
            && given_gender(t.text).is_none();
        if appositive {
            let start = (k.saturating_sub(8)..k - 1)
                .rev()
                .take_while(|&j| !tokens[j].is_punct(&[',', '.', ';', ':', '„', '“']))
                .last()
                .unwrap_or(k - 1);
            let phrase = &tokens[start..k - 1];
            if phrase.first().is_some_and(is_determiner) && phrase.iter().any(|w| is_role(&w.lower)) {
                out.push((format!("{} {}", t.text, tokens[k + 1].text), None, Some(join(&phrase[1..]))));
                k += 2;
                continue;
            }
        }
        k += 1;
    }
    out
}

/// Institutions named in `tokens` outside `skip` (the quotes), with where each stands, whether
/// or not they say anything: capitalised words (with `of`, `for`, `and` between them) whose last is an
/// institution noun (`Fenmoor District Council`, `Ministry of Housing`, `Castlegate
/// Engineering`), or a German compound that ends with one (`Bundesinnenministerium`). A later
/// `the council` or `das Ministerium` refers back to them. The flag is set for a business named
/// after its kind (`Autozulieferer Kessler Antriebstechnik`), whose name is given without it.
pub fn named_institutions(tokens: &[Token<'_>], skip: &[Span]) -> Vec<(String, Span, bool)> {
    // Bodies that are often the subject before an object: no name opens with them (`setzte die
    // Polizei Wasserwerfer ein`).
    const ACTORS: &[&str] = &[
        "polizei", "regierung", "bundesregierung", "landesregierung", "armee", "militär", "feuerwehr", "bundeswehr",
        "opposition", "koalition", "justiz", "staat", "regime",
    ];
    let inside = |t: &Token<'_>| skip.iter().any(|q| q.contains(Span::new(t.start, t.end)));
    let name_word = |t: &Token<'_>| t.word && t.capitalized() && !inside(t) && !is_determiner(t) && !is_stop(t);
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if !name_word(&tokens[k]) {
            k += 1;
            continue;
        }
        // (`Kommunalverband Niedersachsen-Mitte`, `Verband der Zulieferindustrie`: a German
        // name that opens with its kind, its genitive after it; or with a compound for a kind
        // of business, `Autozulieferer Strathmann`.)
        let first = tokens[k].lower.as_str();
        let business_first = company_head(first) && !COMPANY_WORDS.contains(&first);
        // (`Der Fußball-Zweitligist FC Rheintal 08`: the club's name starts at its abbreviation.)
        if tokens.get(k + 1).is_some_and(|t| CLUB_PREFIXES.contains(&t.text)) {
            k += 1;
            continue;
        }
        let club = CLUB_PREFIXES.contains(&tokens[k].text);
        // (`Land Steiermark`, `Land Berlin`: a federal state as a body, by its word for one.)
        let state = tokens[k].text == "Land";
        let head_first = (institution_base(first) || business_first || club || state) && !ACTORS.contains(&first);
        let mut end = k + 1;
        loop {
            if tokens.get(end).is_some_and(name_word) {
                end += 1;
            } else if tokens.get(end).is_some_and(|t| {
                // (`Haus & Grund Sachsen`: an ampersand inside the name.)
                t.is_punct(&['&']) && end > k
                    || matches!(t.lower.as_str(), "of" | "for" | "and")
                    || head_first && end == k + 1 && matches!(t.lower.as_str(), "der" | "für")
                    || field_and(tokens, k, end, tokens.len())
            }) && tokens.get(end + 1).is_some_and(name_word)
            {
                end += 2;
            } else if head_first && elided_compound(tokens, end, tokens.len()) && !inside(&tokens[end + 2]) {
                // (`Zentrum für Küsten- und Meeresforschung Rostock`.)
                end += 3;
            } else if club && tokens.get(end).is_some_and(|t| t.word && t.text.chars().all(|c| c.is_ascii_digit())) {
                // (`FC Rheintal 08`, `Hannover 96`: a club's number is part of its name.)
                end += 1;
            } else {
                break;
            }
        }
        let last = &tokens[end - 1].lower;
        let compound = end - k == 1 && !INSTITUTION_WORDS.contains(last) && institution_base(last);
        // `Ministry of Housing`, `Department of Public Health`: the noun before `of` is the head.
        let head_before_of = (k + 1..end)
            .find(|&j| matches!(tokens[j].lower.as_str(), "of" | "for"))
            .is_some_and(|j| institution_base(&tokens[j - 1].lower));
        // (`Halvorsen Motors`: a business by its name's last word; `Castlebridge United`: a
        // football club.)
        let business = COMPANY_HEADS.contains(&last.trim_end_matches('.')) || CLUB_HEADS.contains(&last.as_str());
        // (`die IG Metall`, `Verdi`: a union.)
        let union = is_union(&join(&tokens[k..end]));
        // (`Die Polizei ermittelt. Eine Sprecherin sagte …`: a body by its kind alone, as the
        // subject that opens a German sentence, is the one its unnamed spokesperson speaks for.)
        let subject = end - k == 1
            && k == 1
            && matches!(tokens[0].text, "Die" | "Der" | "Das")
            && INSTITUTION_WORDS.contains(last);
        // (`The Sacramento Condors have agreed …`: a team by its place and nickname.)
        let team = end - k > 1 && k >= 1 && tokens[k - 1].lower == "the" && team_name(&join(&tokens[k..end]));
        if (end - k > 1 && (institution_base(last) || head_before_of || business || head_first))
            || compound
            || union
            || subject
            || team
        {
            // (After a German article, in its base form: `Das Auswärtige Amt` is the
            // `Auswärtiges Amt`, as a mention of it is named.)
            let article = k.checked_sub(1).map(|a| &tokens[a]);
            // (`Autozulieferer Kessler Antriebstechnik` is `Kessler Antriebstechnik`.)
            let after_kind = business_first && kind_before_name(first) && end - k > 1;
            let name = if after_kind {
                join(&tokens[k + 1..end])
            } else {
                base_after_article(article, &tokens[k..end]).unwrap_or_else(|| join(&tokens[k..end]))
            };
            out.push((name, Span::new(tokens[k].start, tokens[end - 1].end), after_kind));
        }
        k = end;
    }
    out
}

/// Whether `name` is a North American team's: a place, then a nickname in the plural
/// (`Sacramento Condors`, `Golden State Warriors`), every word capitalised and the last no
/// business's or body's (`Castlegate Industries`, `United Nations`).
pub fn team_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !COMPANY_HEADS.contains(&last.as_str())
        && !is_institution(&last)
        && !TEAM_NAME_EXCEPTIONS.contains(&last.as_str())
}

/// Articles of the genitive and dative, also joined with a preposition (`vom`, `im`).
const OBLIQUE_ARTICLES: &[&str] =
    &["des", "der", "dem", "eines", "einer", "einem", "vom", "zum", "zur", "beim", "im", "am"];

/// The base form of the institution's name `words` after the German article before them, if
/// there is one (see `base_form`).
fn base_after_article(article: Option<&Token<'_>>, words: &[Token<'_>]) -> Option<String> {
    let a = article?.lower.as_str();
    let oblique = OBLIQUE_ARTICLES.contains(&a);
    // (`Die Vereinten Nationen`: a plural name after `die` has the weak ending too.)
    let plural = a == "die" && words.len() >= 2 && words.iter().all(|t| t.capitalized() && t.lower.ends_with("en"));
    (oblique || matches!(a, "die" | "das")).then(|| base_form(words, oblique || plural)).flatten()
}

/// The base form of an institution's name: `des Bauausschusses` is the `Bauausschuss`, `der
/// Deutschen Bahn` the `Deutsche Bahn`, `des Bundesamtes für Migration` the `Bundesamt für
/// Migration`. Capitalised adjectives take the ending they have without an article (`des
/// Statistischen Bundesamts` and `das Statistische Bundesamt` are the `Statistisches
/// Bundesamt`), and so do lower-case ones (`des kantonalen Amts für Wald` is the `kantonales Amt
/// für Wald`). `oblique` says the words follow a genitive or dative article or are a plural, so
/// that a weak `-en` is an ending. None when no institution noun follows the adjectives.
fn base_form(words: &[Token<'_>], oblique: bool) -> Option<String> {
    let i = words.iter().position(|t| is_institution(&t.lower))?;
    let (before, head, rest) = (&words[..i], &words[i], &words[i + 1..]);
    let adjective = |t: &Token<'_>| {
        t.word
            && !is_determiner(t)
            && !is_role(&t.lower)
            && (t.capitalized() || ["e", "en", "er", "es", "em"].iter().any(|e| t.lower.ends_with(e)))
    };
    if !before.iter().all(adjective) {
        return None;
    }
    let ending = strong_ending(&head.lower);
    let mut parts: Vec<String> = before
        .iter()
        .map(|t| {
            let weak = match t.text.strip_suffix("en").filter(|_| oblique) {
                Some(stem) if stem.chars().count() >= 3 => Some(stem),
                _ => t.text.strip_suffix('e').filter(|stem| stem.chars().count() >= 3),
            };
            weak.map_or_else(|| t.text.to_owned(), |stem| format!("{stem}e{ending}"))
        })
        .collect();
    parts.push(nominative(head.text));
    if !rest.is_empty() {
        parts.push(join(rest));
    }
    Some(parts.join(" "))
}

/// The ending a capitalised adjective takes before an institution noun with no article:
/// `Deutscher Wetterdienst`, `Statistisches Bundesamt`, `Deutsche Bahn` (and plurals:
/// `Vereinte Nationen`).
fn strong_ending(head: &str) -> &'static str {
    let head = nominative(head).to_lowercase();
    let ends = |set: &[&str]| set.iter().any(|h| head == *h || (head.len() > h.len() + 2 && head.ends_with(h)));
    if ends(MASCULINE_HEADS) {
        "r"
    } else if ends(NEUTER_HEADS) {
        "s"
    } else {
        ""
    }
}

/// Whether a role is a spokesperson's, and the body they speak for as the role names it:
/// `Sprecherin des Unternehmens` → `Unternehmen`, `Sprecher des Auswärtigen Amts` →
/// `Auswärtiges Amt`, `Bahnsprecher` → `Bahn`, `police spokesman` → `police`; `Some(None)` for
/// a spokesperson of no named body (`eine Sprecherin`, `Pressesprecher`). None for any other
/// role, and for a party's spokesperson on a field (`innenpolitische Sprecherin der FDP`), an
/// MP who speaks for themselves.
/// The person a spokesperson speaks for, named after `for` or `of` (`spokesman for Marcus
/// Bell`, `spokeswoman for Senator Mark Ellery`): the capitalised name that ends the role, after
/// any title.
pub fn spokesperson_person(role: &str) -> Option<String> {
    let tokens = tokenize(role, 0, role.len());
    let at = tokens.iter().position(|t| t.lower.starts_with("spokes"))?;
    tokens.get(at + 1).filter(|t| matches!(t.lower.as_str(), "for" | "of"))?;
    let rest = &tokens[at + 2..];
    // (Titles first, `Senate Majority Leader`, then the name.)
    let title = |t: &Token<'_>| t.word && t.capitalized() && (is_role(&t.lower) || is_office_title(t.text));
    let titles = rest.iter().take_while(|t| title(t)).count();
    let name = &rest[titles..];
    let person = (1..=3).contains(&name.len())
        && name.iter().all(|t| t.word && t.capitalized() && !title(t))
        && (titles > 0 || given_gender(name[0].text).is_some())
        && !name.iter().any(|t| is_institution(&t.lower) || company_head(&t.lower));
    person.then(|| join(name))
}

pub fn spokesperson_body(role: &str) -> Option<Option<String>> {
    let tokens = tokenize(role, 0, role.len());
    let at = tokens.iter().position(|t| {
        t.lower.ends_with("sprecher") || t.lower.ends_with("sprecherin") || t.lower.starts_with("spokes")
    })?;
    if tokens[..at].iter().any(|t| t.lower.contains("politisch")) {
        return None;
    }
    let article =
        |t: &Token<'_>| is_determiner(t) || matches!(t.lower.as_str(), "von" | "vom" | "für" | "for" | "of" | "at");
    let start = (at + 1..tokens.len()).find(|&k| !article(&tokens[k])).unwrap_or(tokens.len());
    let rest = &tokens[start..];
    // (`spokesman for Senate Majority Leader Harold Pruitt`: a person's spokesperson speaks for
    // them, no body.)
    if rest.iter().any(|t| given_gender(t.text).is_some() || is_role(&t.lower)) {
        return None;
    }
    if let [word] = rest {
        return Some(Some(nominative(word.text)));
    }
    // (The German genitive in its base form, `des Auswärtigen Amts`; English names as written:
    // `Halvorsen Foods`.)
    if !rest.is_empty() {
        let german = !tokens[at].lower.starts_with("spokes");
        return Some(Some(german.then(|| base_form(rest, true)).flatten().unwrap_or_else(|| join(rest))));
    }
    // `Bahnsprecher`, `Ministeriumssprecher`: the body is the compound's first part (`WWF-Sprecher`:
    // a name as written); `police spokesman`, `NBA spokesman`: the word before.
    let head = &tokens[at];
    let suffix = ["sprecherin", "sprecher"].into_iter().find(|s| head.lower.ends_with(s));
    let body = if let Some(suffix) = suffix {
        let written = &head.text[..head.text.len() - suffix.len()];
        let prefix = &head.lower[..head.lower.len() - suffix.len()];
        if let Some(name) = written.strip_suffix('-') {
            return Some(Some(name.to_owned()));
        }
        [prefix.strip_suffix('s').unwrap_or_default(), prefix]
            .into_iter()
            .find(|p| p.chars().count() >= 3 && institution_base(p))
            .map(|p| {
                let mut chars = p.chars();
                chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
            })
    } else {
        // (`Pelmont Pharmaceuticals spokeswoman`: all of the name before.)
        let name = (0..at).rev().take_while(|&k| tokens[k].word && tokens[k].capitalized()).last();
        match name {
            Some(k) => Some(join(&tokens[k..at])),
            None => at.checked_sub(1).filter(|&k| is_institution(&tokens[k].lower)).map(|k| tokens[k].text.to_owned()),
        }
    };
    Some(body)
}

/// Short names given in brackets right after a name (`der Deutschen Schienenverkehrs AG
/// (DSV)`) or after `known as` (`…, known as Cal Fire`): each with where the name before it
/// ends, that name in its base form when it is one of the institutions `named` (see
/// `named_institutions`), and whether the text says so outright (`known as`).
pub fn short_names(tokens: &[Token<'_>], named: &[(String, Span, bool)]) -> Vec<(String, usize, Option<String>, bool)> {
    // (`named` holds names in their base form: `Österreichische Bundesbahnen` for `Die
    // Österreichischen Bundesbahnen (ÖBB)`.)
    let long_name =
        |b: usize| named.iter().find(|(_, span, _)| span.end == tokens[b - 1].end).map(|(name, _, _)| name.clone());
    (1..tokens.len().saturating_sub(2))
        .filter(|&b| {
            let acronym = &tokens[b + 1];
            tokens[b].is_punct(&['('])
                && tokens[b + 2].is_punct(&[')'])
                && tokens[b - 1].word
                && tokens[b - 1].capitalized()
                && acronym.word
                && (2..=8).contains(&acronym.text.chars().count())
                && acronym.text.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
        })
        .map(|b| (tokens[b + 1].text.to_owned(), tokens[b - 1].end, long_name(b), false))
        // (`the California Department of Forestry and Fire Protection, known as Cal Fire`: up
        // to three capitalised words after `known as`, when a name ends before the comma.)
        .chain((2..tokens.len().saturating_sub(3)).filter_map(|b| {
            let known = tokens[b - 1].is_punct(&[','])
                && tokens[b].lower == "known"
                && tokens[b + 1].lower == "as"
                && tokens[b - 2].word
                && tokens[b - 2].capitalized();
            let short = tokens[b + 2..].iter().take(3).take_while(|t| t.word && t.capitalized()).count();
            let name = long_name(b - 1)?;
            (known && short > 0).then(|| (join(&tokens[b + 2..b + 2 + short]), tokens[b - 2].end, Some(name), true))
        }))
        .collect()
}

/// English names a sentence introduces as a business in an appositive (`Corvanta, the San
/// Francisco-based maker of customer-service software, will …`): `the company` may refer to
/// them later though their names do not say what they are.
pub fn named_businesses(text: &str, tokens: &[Token<'_>], skip: &[Span]) -> Vec<(String, usize)> {
    let inside = |t: &Token<'_>| skip.iter().any(|q| q.contains(Span::new(t.start, t.end)));
    let mut out = Vec::new();
    for c in (1..tokens.len()).filter(|&c| tokens[c].is_punct(&[','])) {
        let start = (0..c).rev().take_while(|&j| tokens[j].word && tokens[j].capitalized()).last();
        let Some(start) = start.filter(|&j| c - j <= 4 && !tokens[j..c].iter().any(|t| inside(t) || is_role(&t.lower)))
        else {
            continue;
        };
        let article = tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an"));
        let close = (c + 2..tokens.len().min(c + 12)).find(|&j| tokens[j].is_punct(&[',', '.', ';']));
        let Some(close) = close.filter(|_| article) else { continue };
        let role = join(&tokens[c + 2..close]);
        if business_role(&role) && given_gender(tokens[start].text).is_none() {
            let span = Span::new(tokens[start].start, tokens[c - 1].end);
            out.push((text[span.range()].to_owned(), tokens[start].start));
        }
    }
    out
}

/// Whether the word at `k`, though also a given name, is part of a role because a role noun
/// and a name follow it (`Marine Minister Ciarán Ó Dúill`); `Joschka Fischer sagte` is a name.
fn role_follows(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|n| is_role(&n.lower)) && tokens.get(k + 2).is_some_and(|n| n.capitalized())
}

pub(super) fn given_gender(word: &str) -> Option<Gender> {
    // `Hans-Peter`, `Anna-Lena`: a double given name is one, of its last part's gender.
    if let Some((first, last)) = word.split_once('-') {
        if let Some(g) = given_gender(last).filter(|_| given_gender(first).is_some() && !last.contains('-')) {
            return Some(g);
        }
    }
    if FEMALE_NAMES.contains(word) {
        Some(Gender::Female)
    } else if MALE_NAMES.contains(word) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Whether a lower-case word (its full stop aside) names a kind of business, or ends with one
/// as a German compound does (`Autokonzern`, `Pumpenhersteller`).
pub fn company_head(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    // (`Antriebsspezialist Hallberg`: a German compound in `-spezialist` names a business's
    // field; a `Spezialist` alone is someone.)
    COMPANY_HEADS.iter().any(|h| w == *h || (h.len() > 4 && w.ends_with(h)))
        || w.len() > "spezialist".len() + 2 && w.ends_with("spezialist")
}

/// Whether a German word for a kind of business only says what the business named after it is
/// (`Autozulieferer`, `Supermarktkette`, `Reederei`), and is no part of its name as `Stadtwerke`,
/// `Verkehrsbetriebe` or `Sparkasse` are.
fn kind_before_name(word: &str) -> bool {
    BUSINESS_KINDS_DE.iter().any(|k| word == *k || word.len() > k.len() + 2 && word.ends_with(k))
        || ["kette", "spezialist"].iter().any(|k| word.len() > k.len() + 2 && word.ends_with(k))
}

/// Whether a name is a union's though it does not say so: one newsrooms use (`IG Metall`,
/// `Verdi`, `Unite`) or any opening with `IG`.
pub fn is_union(name: &str) -> bool {
    UNIONS.contains(&name) || name.strip_prefix("IG ").is_some_and(|rest| !rest.is_empty())
}

/// Whether a lower-case word is (or ends with) an institution noun.
pub fn is_institution(lower: &str) -> bool {
    institution_base(lower) || genitive_ending(lower).is_some()
}

fn institution_base(lower: &str) -> bool {
    let thing = |d: &&str| lower.ends_with(d) || lower.strip_suffix("en").is_some_and(|b| b.ends_with(d));
    INSTITUTION_WORDS.contains(lower) || INSTITUTIONS.ends(lower) && !THINGS_DE.iter().any(thing)
}

/// The length of the genitive ending of an institution noun: `des Naturschutzvereins`, `des
/// Bundesamtes`.
fn genitive_ending(lower: &str) -> Option<usize> {
    // (`des Bündnisses`: a noun in `-nis` doubles its `s`.)
    ["es", "s", "ses"]
        .iter()
        .find(|e| lower.len() > e.len() + 2 && lower.strip_suffix(*e).is_some_and(institution_base))
        .map(|e| e.len())
}

/// The base form of a German institution noun in the genitive: `Bauausschusses` →
/// `Bauausschuss`, `Bundesamtes` → `Bundesamt`, `Vereins` → `Verein`.
fn nominative(word: &str) -> String {
    // (`Sprecher des Landes`: the state, whose word is no institution noun of its own, as
    // `Deutschland` would become one.)
    if word == "Landes" {
        return "Land".to_owned();
    }
    word[..word.len() - genitive_ending(&word.to_lowercase()).unwrap_or(0)].to_owned()
}

/// Classify the words of a mention and split name from role.
pub fn parse_mention(text: &str, tokens: &[Token<'_>], lang: Lang) -> Option<Mention> {
    let m = classify_mention(text, tokens, lang)?;
    // `Die Lehrer sagten`, `die Minister`: `die` before a masculine role noun is the plural, a
    // group no one in it is named from; with a complement (`Die Richter des
    // Bundesverwaltungsgerichts`) it is a body of people, no one person either.
    // (So is a feminine role in `-innen`: `die Forscherinnen`.)
    let feminine_plural = m
        .role
        .as_deref()
        .and_then(|r| r.split_whitespace().next_back())
        .is_some_and(|w| w.to_lowercase().strip_suffix("innen").is_some_and(|stem| is_role(&format!("{stem}in"))));
    let plural = lang == Lang::De
        && m.kind == MentionKind::Description
        && (m.gender == Some(Gender::Male) || feminine_plural)
        && tokens.first().is_some_and(|t| t.lower == "die");
    let complement = tokens.iter().skip(1).any(|t| matches!(t.lower.as_str(), "des" | "der" | "von" | "vom" | "für"));
    // `Nach Angaben eines Sprechers`: the role in its base form, as institutions are named.
    let genitive = lang == Lang::De && tokens.first().is_some_and(|t| matches!(t.lower.as_str(), "des" | "eines"));
    let m = match m.role.as_deref() {
        Some(r) if genitive && m.kind == MentionKind::Description && !r.contains(' ') => {
            let base = ["es", "s"]
                .iter()
                .find_map(|e| r.strip_suffix(e).filter(|b| b.chars().count() > 3 && role_base(&b.to_lowercase())));
            match base {
                Some(b) => Mention { role: Some(b.to_owned()), ..m },
                None => m,
            }
        }
        _ => m,
    };
    // `Simon Gale KC`, `Jane Doe MP`: letters after a name are no part of it.
    let m = match m.name.as_deref().and_then(|n| n.rsplit_once(' ')) {
        Some((name, post)) if lang == Lang::En && name.contains(' ') && POSTNOMINALS.contains(&post) => {
            Mention { name: Some(name.to_owned()), ..m }
        }
        _ => m,
    };
    // `Republican leaders said`, `Party leaders said`: an English role in the plural is a group
    // no one in it is named from.
    let english_plural = lang == Lang::En
        && m.kind == MentionKind::Description
        && tokens.last().is_some_and(|t| {
            !t.capitalized()
                && t.lower.len() > 4
                && t.lower.strip_suffix('s').is_some_and(|one| !one.ends_with('s') && is_role(one))
        })
        && !tokens.iter().any(|t| matches!(t.lower.as_str(), "a" | "an" | "one"));
    if english_plural {
        return Some(Mention { kind: MentionKind::Vague, gender: None, ..m });
    }

    Some(match (plural, complement) {
        (true, false) => Mention { kind: MentionKind::Vague, gender: None, ..m },
        (true, true) => Mention { gender: None, ..m },
        _ => m,
    })
}

/// Whether German words are an indefinite description of someone not named (`ein westlicher
/// Diplomat`, `eine Anwohnerin der Siedlung`, `ein hochrangiger Beamter`, `ein 71-jähriger
/// Mann`, `eine 34-Jährige`): up to two lower-case adjectives, then a role that is no
/// spokesperson's, a word for a person or an age noun, with no name in the phrase.
fn german_unnamed(tokens: &[Token<'_>], words: &[Token<'_>], lang: Lang) -> bool {
    let german_article = tokens
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "ein" | "eine" | "einer" | "einem" | "eines" | "einen"));
    if lang != Lang::De || !german_article || tokens.len() > words.len() + 1 {
        return false;
    }
    let Some(head) = words.iter().position(|t| t.capitalized() || is_age_noun(t.text)) else { return false };
    let role = &words[head];
    let named = words[head + 1..].first().is_some_and(|t| t.capitalized());
    head <= 2
        && !named
        && (is_role(&role.lower)
            || PEOPLE_DE.contains(&role.lower.as_str())
            || is_age_noun(role.text)
            // (`eine junge Mieterin`, `ein Stammbesucher`, `eine Pensionistin`, `ein
            // Feuerwehrmann`, `ein Demonstrant`, `ein Häftling`: a noun for someone by what they
            // do or are.)
            || PERSON_ENDINGS_DE.iter().any(|e| role.lower.ends_with(e)) && !is_abstract(&role.lower))
        && !role.lower.contains("sprecher")
        && !words.iter().any(|t| given_gender(t.text).is_some())
}

/// Whether a word is a German noun for someone by their age: `52-Jährige`, `34-Jähriger`.
pub(super) fn is_age_noun(w: &str) -> bool {
    w.split_once("-Jährige")
        .is_some_and(|(n, e)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && matches!(e, "" | "r" | "n"))
}

/// Where a German mention ends before an agency or outlet in the dative, the one who was
/// told (`ein Diplomat der Nachrichtenagentur Reuters`, `ein Polizeisprecher der Deutschen
/// Presse-Agentur`, `ein Sprecher der Polizei dem Sender X`): the article before it, after a
/// role that is not a bare spokesperson's or a journalist's (`ein Sprecher der dpa` speaks for
/// the dpa, `ein Reporter der AFP` works for it) or after a genitive already.
fn told_at(text: &str, tokens: &[Token<'_>], lang: Lang) -> Option<usize> {
    if lang != Lang::De {
        return None;
    }
    let role = tokens.iter().position(|t| t.capitalized() && is_role(&t.lower))?;
    let last = tokens.last()?;
    // (Nor after someone who works for an agency: `ein Reporter der Nachrichtenagentur AFP`.)
    let lower = tokens[role].lower.as_str();
    let stem = lower.strip_suffix("innen").or(lower.strip_suffix("in")).unwrap_or(lower);
    let staff = stem == "sprecher"
        || JOURNALISTS.iter().chain(&["redakteur", "mitarbeiter", "fotograf"]).any(|w| stem.ends_with(w));
    (role + 1..tokens.len()).find(|&k| {
        let rest = &text[tokens[k].start..last.end];
        let relay = find_agencies(rest).first().or(find_outlets(rest).first()).is_some_and(|a| a.end == rest.len());
        let bare = k == role + 1 && staff;
        matches!(tokens[k].lower.as_str(), "der" | "dem") && relay && !bare
    })
}

fn classify_mention(text: &str, tokens: &[Token<'_>], lang: Lang) -> Option<Mention> {
    if let Some(k) = told_at(text, tokens, lang) {
        return classify_mention(text, &tokens[..k], lang);
    }
    // A mention never ends in an article or a name particle: `sprach der mexikanische
    // Präsident von der „…“`, `eines chinesischen Gerichtes des „Aufrufs …“`.
    let dangling = tokens.iter().rev().take_while(|t| is_determiner(t) || is_name_particle(&t.lower)).count();
    let tokens = if dangling < tokens.len() { &tokens[..tokens.len() - dangling] } else { tokens };
    let first = tokens.first()?;
    let last = tokens.last()?;
    let span = Span::new(first.start, last.end);
    let raw = text[span.range()].to_owned();
    let lower = raw.to_lowercase();
    let det = tokens.iter().take_while(|t| is_determiner(t)).count();
    let indefinite = tokens
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "ein" | "eine" | "einer" | "einem" | "a" | "an" | "another"));
    let words = &tokens[det..];
    // (`the Texas-based company`: where a business is based is no part of its name.)
    let unbased: Vec<Token<'_>>;
    let words =
        if lang == Lang::En && words.len() >= 2 && words[..words.len() - 1].iter().any(|t| t.lower.ends_with("-based"))
        {
            unbased = words.iter().filter(|t| !t.lower.ends_with("-based")).cloned().collect();
            unbased.as_slice()
        } else {
            words
        };
    let base = Mention { span, kind: MentionKind::Person, name: None, role: None, gender: None, text: raw.clone() };
    // `analyst Niamh Brennan of Seafish Economics`: whom a person with a role works for
    // belongs to the role, not the name.
    let employer = (1..words.len().saturating_sub(1)).find(|&k| {
        lang == Lang::En
            && words[k].lower == "of"
            && words[k - 1].capitalized()
            && words[k + 1].capitalized()
            && (words[..k - 1].iter().any(|t| is_role(&t.lower))
                // (`Marc-André Leblanc of Portage Capital`: a given name and a surname.)
                || k == 2 && given_gender(words[0].text).is_some())
    });
    if let Some(k) = employer {
        let mut m = parse_mention(text, &tokens[..det + k], lang)?;
        if m.kind == MentionKind::Person && m.name.is_some() {
            let tail = join(&words[k..]);
            m.role = Some(m.role.map_or(tail.clone(), |r| format!("{r} {tail}")));
            m.span = span;
            m.text = raw;
            return Some(m);
        }
    }
    // `Johnson & Johnson said`, `Haus & Grund`: capitalised words joined by an ampersand are a
    // firm's or a body's name.
    if words.len() >= 3
        && words.iter().any(|t| t.is_punct(&['&']))
        && words.first().is_some_and(|t| t.word && t.capitalized())
        && words.last().is_some_and(|t| t.capitalized() || t.text.ends_with('.'))
        && words.iter().all(|t| t.is_punct(&['&']) || t.word && (t.capitalized() || t.text == "Co."))
    {
        return Some(Mention { kind: MentionKind::Institution, name: Some(join(words)), ..base });
    }
    // `The Sacramento Condors said`: no person's name takes `the`; a place and a nickname in
    // the plural after it are a team.
    if lang == Lang::En
        && det == 1
        && tokens[0].lower == "the"
        && words.iter().all(|t| t.word)
        && team_name(&join(words))
    {
        return Some(Mention { kind: MentionKind::Institution, name: Some(join(words)), ..base });
    }
    // (`aus UN-Kreisen`, `Branchenkreisen zufolge`: circles no one in them is named from.)
    let circles = lang == Lang::De && tokens.last().is_some_and(|t| t.lower.len() > 8 && t.lower.ends_with("kreisen"));
    if ANONYMOUS_PHRASES.matches(&lower) || circles {
        return Some(Mention { kind: MentionKind::Anonymous, ..base });
    }
    // A demonstrative standing alone ("sagte dieser", "so letztere") points back like a pronoun.
    if tokens.len() == 1 {
        let gender = match tokens[0].lower.as_str() {
            "dieser" | "letzterer" | "jener" => Some(Some(Gender::Male)),
            "letztere" => Some(Some(Gender::Female)),
            _ => None,
        };
        if let Some(gender) = gender {
            return Some(Mention { kind: MentionKind::Pronoun, gender, ..base });
        }
    }
    // `the Swede said`, `the 23-year-old said`: in English a nationality or an age after `the`
    // points back like a pronoun (`-man` and `-woman` giving the gender).
    if lang == Lang::En && tokens.len() == 2 && tokens[0].lower == "the" {
        let w = tokens[1].text;
        let age = w.strip_suffix("-year-old").is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        if age || DEMONYMS.contains(&w) {
            let gender = if w.ends_with("woman") {
                Some(Gender::Female)
            } else if w.ends_with("man") {
                Some(Gender::Male)
            } else {
                None
            };
            return Some(Mention { kind: MentionKind::Pronoun, gender, ..base });
        }
    }
    // `sagte der Finne`, `so die Schwedin`: a German nationality noun after the definite
    // article points back like a pronoun (`die Französin` is the feminine of `Franzose`).
    // (Also after an age or adjectives: `Der 26 Jahre alte Schwede räumte ein`, `die junge
    // Schwedin`.)
    let described = |t: &Token<'_>| !t.capitalized() || t.text == "Jahre" || t.text.contains("-Jährige");
    let noun_at = words.len().saturating_sub(1);
    if lang == Lang::De && det == 1 && !words.is_empty() && words[..noun_at].iter().all(|t| t.word && described(t)) {
        let w = words[noun_at].text;
        let feminine = w
            .strip_suffix("in")
            .is_some_and(|stem| DEMONYMS_DE.iter().any(|d| *d == stem || d.strip_suffix('e') == Some(stem)))
            || w == "Französin";
        let gender = match tokens[0].lower.as_str() {
            "der" if DEMONYMS_DE.contains(&w) => Some(Gender::Male),
            "die" if feminine => Some(Gender::Female),
            _ => None,
        };
        if gender.is_some() {
            return Some(Mention { kind: MentionKind::Pronoun, gender, ..base });
        }
    }
    // `sagte der 52-Jährige`, `erzählt die 34-Jährige`: an age noun points back like a
    // pronoun, its article giving the gender.
    if lang == Lang::De && det == 1 && words.len() == 1 && is_age_noun(words[0].text) {
        let gender = match tokens[0].lower.as_str() {
            "der" => Some(Gender::Male),
            "die" => Some(Gender::Female),
            _ => None,
        };
        if gender.is_some() {
            return Some(Mention { kind: MentionKind::Pronoun, gender, ..base });
        }
    }
    if words.is_empty()
        || (words.len() == 1 && (DAYS.contains(&words[0].lower.as_str()) || MONTHS.contains(&words[0].lower.as_str())))
    {
        return None;
    }
    // `Kirchliche Häuser stünden unter Druck`: a German adjective capitalised at the start of
    // a sentence opens a plural noun phrase, no name (unless a word in it names a body:
    // `Freiwillige Feuerwehr Lohberg`).
    // (So does `Mehrere`, before any noun or alone: `Mehrere Abgeordnete sagten`, `Mehrere von
    // ihnen schilderten`.)
    // (And participles and adjectives in `-isch`: `Betriebsbedingte Kündigungen`, `Politische
    // Beobachter`.)
    // (And a word that counts, before a group or anything else: `Zwei Polizisten berichteten`,
    // `Weitere Zeugen sagten`; or a common adjective before a noun that is no one, `Neue
    // Proteste kündigten sich an`.)
    let counted = words.len() == 2 && QUANTIFIERS_DE.contains(&words[0].lower.as_str());
    let adjective = words.len() == 2 && is_attributive(&words[0], words.get(1)) && !is_role(&words[1].lower);
    if lang == Lang::De
        && det == 0
        && (words.len() >= 2 || words[0].lower == "mehrere")
        && words[0].capitalized()
        && (words[0].lower == "mehrere"
            || (counted || adjective)
                && words.iter().all(|t| given_gender(t.text).is_none())
                && !is_role(&words[0].lower)
                && !is_institution(&words[1].lower)
                && !words[1].lower.strip_suffix('n').is_some_and(is_institution)
                && !is_publication(&words[1].lower)
            || ["liche", "lichen", "ige", "igen", "ische", "ischen", "ierte", "ierten", "bedingte", "bedingten"]
                .iter()
                .any(|e| words[0].lower.ends_with(e))
                && given_gender(words[0].text).is_none()
                && !words.iter().any(|t| {
                    // (Also in the plural: `Afghanischen Behörden zufolge`.)
                    is_institution(&t.lower)
                        || t.lower.strip_suffix('n').is_some_and(is_institution)
                        || is_role(&t.lower)
                }))
    {
        return Some(Mention { kind: MentionKind::Vague, ..base });
    }
    // `Arbeitgeberverbände warnten`, `Gewerkschaften forderten`: bodies of a kind in the
    // plural, none of them named, are a vague group.
    if lang == Lang::De
        && det == 0
        && words.len() == 1
        && words[0].capitalized()
        && PLURAL_BODIES_DE.iter().any(|b| words[0].lower.ends_with(b))
    {
        return Some(Mention { kind: MentionKind::Vague, ..base });
    }
    if words.len() == 1 && det == 0 && words[0].lower == "es" {
        // "es heißt", "hieß es": impersonal, no one who can be asked.
        return Some(Mention { kind: MentionKind::Vague, ..base });
    }
    if words.len() == 1 && det == 0 {
        if let Some((_, g)) = PRONOUNS.iter().find(|(p, _)| *p == words[0].lower) {
            return Some(Mention { kind: MentionKind::Pronoun, gender: *g, ..base });
        }
    }
    // `A senior Conservative backbencher said`: in English someone described but not named is
    // an anonymous source (a spokesperson speaks for an institution, and a given name or an
    // institution names someone).
    // (What follows a preposition says where they are from: `a veteran negotiator from a Latin
    // American delegation`.)
    let core = match words.iter().position(|t| lang == Lang::En && is_preposition(t) && !t.capitalized()) {
        Some(p) if p > 0 => &words[..p],
        _ => words,
    };
    if lang == Lang::En
        && indefinite
        && (1..=4).contains(&core.len())
        && !lower.contains("spokes")
        && !core.iter().any(|t| given_gender(t.text).is_some() || is_institution(&t.lower))
        && core.last().is_some_and(|t| {
            (!t.capitalized() || t.text == "MP")
                && !is_document(&t.lower)
                && (is_agent_noun(&t.lower) || t.text == "MP")
        })
    {
        return Some(Mention { kind: MentionKind::Anonymous, ..base });
    }
    // `ein westlicher Diplomat sagte`, `eine Anwohnerin der Siedlung berichtete`: in German too
    // someone described by a role but not named is an anonymous source (not a spokesperson,
    // who speaks for an institution).
    if german_unnamed(tokens, words, lang) {
        return Some(Mention { kind: MentionKind::Anonymous, ..base });
    }
    // `one resident said`, `one official, who asked not to be named, said`: someone not named.
    if lang == Lang::En
        && words.len() >= 2
        && words[0].lower == "one"
        && words[1..].iter().all(|t| !t.capitalized())
        && words[1].lower != "of"
    {
        return Some(Mention { kind: MentionKind::Anonymous, ..base });
    }
    // `German carmaker Volkswagen`, `Dutch chip equipment maker Veldhoven Lithography`,
    // `Chipmaker Nvidia`: an English business named after what it is.
    let kind_of_business = (lang == Lang::En)
        .then(|| {
            // (The last lower-case word, or a sentence's first: `Chipmaker Nvidia`.)
            let k = words.iter().rposition(|t| !t.capitalized()).unwrap_or(0);
            let head = &words[k];
            let named = &words[k + 1..];
            (business_noun(&head.lower) && !named.is_empty() && named.iter().all(|t| t.capitalized()))
                .then(|| (join(&words[..=k]), join(named)))
        })
        .flatten();
    if let Some((role, name)) = kind_of_business {
        let span = Span::new(words[0].start, last.end);
        return Some(Mention { kind: MentionKind::Institution, name: Some(name), role: Some(role), span, ..base });
    }
    // `one of them said`, `one of the people said`: one of a group not named.
    if lang == Lang::En
        && words.len() >= 3
        && words[0].lower == "one"
        && words[1].lower == "of"
        && words[2..].iter().all(|t| !t.capitalized())
        && (words.len() == 3 && matches!(words[2].lower.as_str(), "them" | "those")
            || words.len() == 4 && words[2].lower == "the")
    {
        return Some(Mention { kind: MentionKind::Anonymous, ..base });
    }
    let bare = join(words).to_lowercase();
    // "der Wissenschaftler" is one person; "die Wissenschaftler", "Wissenschaftler" are a crowd.
    // (`der Befragten` after `Die Hälfte` is a genitive plural.)
    let singular = tokens
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "der" | "dem" | "des" | "ein" | "einem" | "eines" | "a" | "an"))
        && !bare.ends_with("befragten");
    // An English group word inside a name is part of the name (`The United Food Workers
    // union`); only the first word may be capitalised (`Critics said`).
    let group_words = match lang {
        Lang::En => words
            .iter()
            .enumerate()
            .filter(|(k, t)| *k == 0 || !t.capitalized())
            .map(|(_, t)| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        Lang::De => bare.clone(),
    };
    let named = lang == Lang::En && words.iter().skip(1).any(|t| t.capitalized());
    let vague_words = VAGUE_PHRASES.matches(&group_words) || (!named && VAGUE_PHRASES.matches(&lower));
    if !singular && vague_words {
        let has_name = words.iter().any(|t| given_gender(t.text).is_some());
        if !has_name {
            return Some(Mention { kind: MentionKind::Vague, ..base });
        }
    }
    // `Mr. Greer’s lawyer`: after an honorific, an owner and their role, not a name.
    if words.first().is_some_and(|t| HONORIFICS.iter().any(|(h, _)| *h == t.text)) {
        if let Some(m) = possessive_role(text, words, 0, words.len(), lang) {
            return Some(m);
        }
    }
    // Name: from a given name or honorific to the end, else the trailing capitalised run that
    // follows a role word or stands alone.
    let mut gender = None;
    let mut name_start = None;
    for (k, t) in words.iter().enumerate() {
        if is_office_title(t.text) && k + 1 < words.len() {
            name_start = Some(k + 1);
            gender = given_gender(words[k + 1].text);
            break;
        }
        if let Some((_, g)) = HONORIFICS.iter().find(|(h, _)| *h == t.text) {
            gender = gender.or(*g);
            name_start = Some(k + 1);
            break;
        }
        // (`the San Diego Tides`: a place's name, no title before a given name.)
        let place = k > 0 && PLACE_OPENERS.contains(&words[k - 1].text);
        if let Some(g) = given_gender(t.text).filter(|_| !role_follows(words, k) && !place) {
            // (`Hilke Sander`, `Vona Gábor`: a given name that ends the mention after a word that
            // may be a given name no list knows is a surname, and the name starts before it.)
            let surname = k + 1 == words.len()
                && k >= 1
                && words[k - 1].word
                && words[k - 1].capitalized()
                && !is_role(&words[k - 1].lower)
                && !is_institution(&words[k - 1].lower)
                && !is_office_title(words[k - 1].text)
                && !HONORIFICS.iter().any(|(h, _)| *h == words[k - 1].text);
            gender = (!surname).then_some(g);
            name_start = Some(if surname { k - 1 } else { k });
            break;
        }
    }
    // `der Friedensnobelpreisträger Adolfo Pérez Esquivel`: a noun for a person before a full
    // name stands as its role even when the role lexicon does not know it.
    // (In English only a known role: `Southern Vale Water` ends like a German plural.)
    let agent_before_name = words.len() >= 3
        && (if lang == Lang::En { is_role(&words[0].lower) } else { is_agent_noun(&words[0].lower) })
        && words[1..].iter().all(|t| t.capitalized() || is_name_particle(&t.lower));
    let last_role = words.iter().rposition(|t| is_role(&t.lower)).or(agent_before_name.then_some(0));
    if name_start.is_none() {
        let from = last_role.map_or(0, |r| r + 1);
        let run = &words[from..];
        let name_like = !run.is_empty()
            && run.iter().all(|t| t.capitalized() || is_name_particle(&t.lower))
            && run.first().is_some_and(|t| t.capitalized())
            && !run.iter().any(|t| is_institution(&t.lower) || is_role(&t.lower));
        let after_function_word = from > 0 && !words[from - 1].capitalized() && !is_role(&words[from - 1].lower);
        if name_like && !after_function_word && run.len() <= 5 && (last_role.is_some() || det == 0 || lang == Lang::En)
        {
            name_start = Some(from);
        }
    }
    if name_start.is_none() {
        let trailing = words
            .iter()
            .rev()
            .take_while(|t| t.capitalized() && !is_role(&t.lower) && !is_institution(&t.lower))
            .count();
        let lead = words.len() - trailing;
        if trailing >= 1
            && lead >= 1
            && lang == Lang::En
            && words[..lead].iter().all(|t| !t.capitalized() || is_role(&t.lower))
        {
            // "harbour master Olav Brandt", "developer Kernow Deep Metals".
            name_start = Some(lead);
        } else if lang == Lang::En
            && trailing >= 2
            && lead >= 1
            && given_gender(words[lead].text).is_some()
            && !words[lead - 1].capitalized()
        {
            // "Former Kestrels halfback Dean Kahurangi": whatever the words before a given name
            // and a surname, the lower-case one right before them ends a role.
            name_start = Some(lead);
        } else if trailing >= 3 && lead == 0 && det == 0 && lang == Lang::De {
            // "Deichgraf Hauke Petersen": a title before a two-word name.
            name_start = Some(words.len() - 2);
        } else if lang == Lang::De
            && det > 0
            && lead >= 1
            && trailing >= 2
            && words[..lead].iter().all(|t| !t.capitalized())
            && !is_institution(&words[lead].lower)
        {
            // "der italienische Kardinal Angelo Sodano": adjectives and a noun for the role,
            // the capitalised words after it for the name.
            name_start = Some(lead + 1);
        } else if lang == Lang::De
            && (2..=3).contains(&trailing)
            && lead >= 2
            && is_role(&words[0].lower)
            && is_institution(&words[lead - 1].lower)
        {
            // "Vorsitzender des Naturschutzvereins Karsten Petersen": a role, the institution
            // it belongs to, then the name.
            name_start = Some(lead);
        } else if lang == Lang::De
            && trailing >= 3
            && lead >= 2
            && is_role(&words[0].lower)
            && matches!(words[1].lower.as_str(), "der" | "des")
        {
            // "Präsident der Region Elsass Adrien Zeller": a role, the body or place it is over
            // in the genitive, then a given name and a surname.
            name_start = Some(words.len() - 2);
        }
    }
    // `von der Leyen`: lower-case particles right before the name belong to it.
    // (Not before a given name: `dem Präsidenten von Jerry Larson`.)
    if let Some(ns) = name_start.as_mut().filter(|ns| words.get(**ns).is_some_and(|t| given_gender(t.text).is_none())) {
        while *ns > 0
            && *ns < words.len()
            && is_name_particle(&words[*ns - 1].lower)
            && !words[*ns - 1].capitalized()
            && !is_role(&words[*ns - 1].lower)
        {
            *ns -= 1;
        }
    }
    let role_words = &words[..name_start.unwrap_or(words.len()).min(words.len())];
    let role_words = if name_start.is_some() && role_words.iter().any(|t| HONORIFICS.iter().any(|(h, _)| *h == t.text))
    {
        &role_words[..role_words.len().saturating_sub(1)]
    } else {
        role_words
    };
    // `der Vorsitzende`, `die Angeklagte`: a German noun made from an adjective takes its
    // gender from the article (`der` is no genitive here, a genitive would follow a noun).
    let article_gender = match tokens.first().map(|t| t.lower.as_str()) {
        Some("der") if lang == Lang::De && det == 1 => Some(Gender::Male),
        Some("die") if lang == Lang::De && det == 1 => Some(Gender::Female),
        _ => None,
    };
    // (`Der 55-jährige Unternehmer`: a German adjective, in lower case, gives no gender.)
    for t in role_words.iter().filter(|t| lang == Lang::En || t.capitalized()) {
        let adjectival = t.lower.ends_with('e') && MALE_ROLES.ends(&format!("{}r", t.lower));
        gender = gender
            .or(article_gender.filter(|_| adjectival))
            .or_else(|| role_gender(&t.lower))
            .or_else(|| (lang == Lang::De && MALE_ROLES.ends(&t.lower)).then_some(Gender::Male));
    }
    // (`der 55-jährige Unternehmer`, `der erfahrene Jurist`: after `der`, an adjective in `-e`
    // before the noun makes it a masculine singular, not a genitive plural.)
    let weak_nominative = lang == Lang::De
        && det == 1
        && article_gender == Some(Gender::Male)
        && role_words.iter().any(|t| !t.capitalized() && t.lower.ends_with('e'))
        && role_words.last().is_some_and(|t| t.capitalized() && is_role(&t.lower));
    if weak_nominative {
        gender = gender.or(Some(Gender::Male));
    }
    let role = (!role_words.is_empty()).then(|| join(role_words)).filter(|r| !r.is_empty());
    match name_start {
        Some(ns) if ns < words.len() => {
            Some(Mention { kind: MentionKind::Person, name: Some(join(&words[ns..])), role, gender, ..base })
        }
        _ => {
            // "die Sprecherin des Landesamts": a role at the head, an institution after it.
            // "die Deutsche Welle": capitalised words after an article name an organisation
            // (German does not put an article before a person's name).
            // `a port authority spokeswoman`: a role at the end is the head too.
            // (Also after adjectives: `die innenpolitische Sprecherin der Partei`.)
            let first_noun = words.iter().find(|t| t.capitalized()).unwrap_or(&words[0]);
            let role_head = (is_role(&first_noun.lower) && last_role.is_some())
                || (lang == Lang::En && last_role == Some(words.len() - 1));
            // `das Magazin Barrons` ends like `Ministerin` but is a publication, and so is `die
            // Magdeburger Zeitung`, whose first word ends like `Bürger`.
            // `die Berliner SPD`, `die bayerische CSU`: an acronym after a place names a body.
            let acronym = words.last().is_some_and(|t| {
                t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && t.text.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
            });
            // (`Der Autozulieferer Strathmann`, `Die Supermarktkette Frischhof`: a business
            // after its kind.)
            let business_first = company_head(&words[0].lower) && !COMPANY_WORDS.contains(&words[0].lower.as_str());
            let organisation = lang == Lang::De
                && det > 0
                && words.len() >= 2
                && ((!is_agent_noun(&words[0].lower)
                    || business_first
                    || is_publication(&words[0].lower)
                    || words.last().is_some_and(|t| is_publication(&t.lower)))
                    && words.iter().all(|t| t.capitalized())
                    || acronym && words.len() <= 3);
            if (words.iter().any(|t| is_institution(&t.lower)) || organisation) && !role_head {
                // `der Fernsehsender CBS`, `das US-Magazin Barrons`: the kind, then the name.
                let kind_first = words.len() >= 2 && is_publication(&words[0].lower);
                // (`Britain's Information Commissioner's Office`: whose it is, before a body
                // named in full, is no part of its name.)
                let owner = lang == Lang::En
                    && words.len() >= 3
                    && (words[0].text.ends_with("'s") || words[0].text.ends_with("’s"))
                    && words[1..].iter().all(|t| t.capitalized())
                    && words.last().is_some_and(|t| is_institution(&t.lower));
                // (`Der Autozulieferer Kessler Antriebstechnik`: a business after its kind is
                // named without it, as `named_institutions` notes it.)
                let business_kind = business_first
                    && kind_before_name(&words[0].lower)
                    && words.len() >= 2
                    && words[1..].iter().all(|t| t.capitalized());
                let mut name = join(&words[usize::from(kind_first || owner || business_kind)..]);
                // `des Bauausschusses` is the `Bauausschuss`, `der Deutschen Bahn` the `Deutsche
                // Bahn`, `Das Statistische Bundesamt` the `Statistisches Bundesamt`: after an
                // article, an institution's name in its base form.
                if lang == Lang::De && det > 0 && !kind_first && !business_kind {
                    if let Some(base) = base_after_article(tokens.first(), words) {
                        name = base;
                    }
                }
                Some(Mention { kind: MentionKind::Institution, name: Some(name), gender: None, ..base })
            } else if last_role.is_some()
                && lang == Lang::En
                && det == 0
                && tokens.len() == 1
                && words[0].capitalized()
                && !words[0].lower.ends_with('s')
            {
                // `"…," Judge said`, `Bishop told reporters`: in English a capitalised singular
                // role word with no article is a surname.
                Some(Mention { kind: MentionKind::Person, name: Some(words[0].text.to_owned()), role: None, ..base })
            } else if last_role.is_some() {
                // `A senior Conservative backbencher said`: in English someone described but
                // not named is an anonymous source (a spokesperson speaks for an institution).
                let unnamed = lang == Lang::En && indefinite && !lower.contains("spokes");
                let kind = if indefinite && ANONYMOUS_PHRASES.matches(&lower) || unnamed {
                    MentionKind::Anonymous
                } else if det == 0 && words.len() == 1 && tokens.len() == 1 {
                    // `Freizeitforscher bezweifeln`: a role with no article and no name is a
                    // group, not someone to resolve.
                    MentionKind::Vague
                } else {
                    MentionKind::Description
                };
                Some(Mention { kind, role, gender, ..base })
            } else if words.iter().all(|t| t.capitalized()) && words.len() <= 4 && det == 0 {
                Some(Mention { kind: MentionKind::Person, name: Some(join(words)), gender, ..base })
            } else if let Some(outlet) = subject_outlet(tokens, &raw) {
                // "Wie die Neue Osnabrücker Zeitung berichtet": a newspaper as the subject.
                Some(Mention { kind: MentionKind::Institution, name: Some(outlet), ..base })
            } else if words.len() == 1
                && (2..=6).contains(&words[0].text.chars().count())
                && words[0].text.chars().all(|c| c.is_uppercase())
            {
                // "die WHO", "der ADAC": an acronym names an organisation.
                Some(Mention { kind: MentionKind::Institution, name: Some(join(words)), ..base })
            } else if lang == Lang::De && words.len() == 1 && words[0].capitalized() && det > 0 {
                // "die Polizei", "der Konzern": an institution; "die Studie", "der Bericht": a
                // source that is not someone (a description no quote is given to).
                if is_institution(&words[0].lower) {
                    Some(Mention { kind: MentionKind::Institution, name: Some(join(words)), ..base })
                } else {
                    Some(Mention { kind: MentionKind::Description, role: Some(join(words)), ..base })
                }
            } else if det > 0
                && words.len() >= 2
                && words[..words.len() - 1]
                    .iter()
                    .any(|t| t.lower.ends_with("jährige") || t.lower.ends_with("jährigen"))
                && words.last().is_some_and(|t| t.capitalized() && !is_agent_noun(&t.lower) && !is_abstract(&t.lower))
            {
                // "Der 84-jährige Küng": an age before a surname.
                let last = words.len() - 1;
                Some(Mention {
                    kind: MentionKind::Person,
                    name: Some(words[last].text.to_owned()),
                    role: Some(join(&words[..last])),
                    ..base
                })
            } else if det > 0
                && words.last().is_some_and(|t| (t.capitalized() || lang == Lang::En) && is_agent_noun(&t.lower))
            {
                // "Der 23-jährige Sportler", "the retired teacher": a description of someone.
                Some(Mention { kind: MentionKind::Description, role: Some(join(words)), gender, ..base })
            } else if lang == Lang::En
                && det > 0
                && words.len() >= 2
                && words.last().is_some_and(|t| matches!(t.lower.as_str(), "side" | "club"))
                && words[..words.len() - 1]
                    .iter()
                    .all(|t| t.capitalized() || t.text.chars().all(|c| c.is_ascii_digit()))
            {
                // `the Championship side`, `the Ligue 1 club`: a club by its league.
                Some(Mention { kind: MentionKind::Description, role: Some(join(words)), ..base })
            } else {
                None
            }
        }
    }
}

/// A known newspaper or broadcaster named in the nominative (`die Süddeutsche Zeitung`, `der
/// Spiegel`), not as the dative object of a speech verb (`sagte der Süddeutschen Zeitung`).
fn subject_outlet(tokens: &[Token<'_>], raw: &str) -> Option<String> {
    let first = tokens.first()?;
    let dative = matches!(first.lower.as_str(), "dem" | "den" | "des")
        || (first.lower == "der" && tokens.get(1).is_some_and(|t| t.lower.ends_with("en")));
    if dative {
        return None;
    }
    let found = crate::lexicon::agencies::find_outlets(raw);
    let m = found.first()?;
    (raw[m.end..].trim().is_empty()).then(|| raw[m.start..m.end].to_owned())
}

/// Endings of nouns for things and ideas, never for a person who speaks
/// ("Veränderung", "Freiheit", "Situation", "development").
fn is_abstract(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ung", "heit", "keit", "schaft", "tion", "sion", "tät", "nis", "tum", "ment", "ie", "ik", "ur", "ismus",
        "ness", "ity", "ance", "ence", "age", "ing", "ship", "ism", "ure", "ort", "ertrag", "plan", "gesetz",
        "bericht",
    ];
    // Their plurals, unless the singular names an institution (`Regierungen`, `Zeitungen`,
    // `Organisationen`): `Infiltrationen`, `Anschuldigungen`, `Sicherheitsvorkehrungen`.
    const PLURALS: &[&str] =
        &["ungen", "heiten", "keiten", "schaften", "tionen", "sionen", "täten", "nisse", "nissen", "ismen"];
    let plural = PLURALS.iter().any(|e| lower.ends_with(e))
        && !lower.strip_suffix("en").or_else(|| lower.strip_suffix('e')).is_some_and(is_institution)
        && !["zeitungen", "nationen"].iter().any(|e| lower.ends_with(e));
    (plural || ENDINGS.iter().any(|e| lower.ends_with(e))) && !is_role(lower)
}

/// Whether a noun can name someone who speaks: a role, or an agent noun ("Sportler",
/// "Randalierer", "Expertin", "researcher"), not a thing or an idea ("Begründung", "Artikel").
pub fn is_agent_noun(lower: &str) -> bool {
    if is_role(lower) || is_institution(lower) {
        return true;
    }
    if is_abstract(lower) {
        return false;
    }
    const AGENT: &[&str] = &[
        "er", "erin", "in", "ler", "ner", "ist", "istin", "ent", "entin", "ant", "antin", "eur", "euse", "or", "te",
        "ge", "ian", "ee", "ists", "ers", "ern", "innen", "en",
    ];
    AGENT.iter().any(|e| lower.ends_with(e)) && !matches!(lower, "artikel" | "interview" | "worten" | "wochen")
}

/// Whether mention `m` can hold the view a cue introduces: any source for most cues, but only
/// someone by name or role after `für` (`Für den Theologen Hans Küng sei …`, not `Für die
/// Sanierung sei …`).
pub fn opinion_holder(cue: &CueHit, m: &Mention) -> bool {
    cue.text != "für"
        || (m.kind == MentionKind::Person
            && m.name.is_some()
            && (m.role.is_some() || m.gender.is_some() || m.text.split_whitespace().count() > 1))
        || (m.kind == MentionKind::Description
            && m.role.as_deref().and_then(|r| r.split_whitespace().last()).is_some_and(|h| is_role(&h.to_lowercase())))
}

/// Whether a mention names someone: an institution, or a person by name.
pub fn is_named(m: &Mention) -> bool {
    m.kind == MentionKind::Institution || (m.kind == MentionKind::Person && m.name.is_some())
}

/// Whether a mention can be the speaker of a quote: a person, an institution, a pronoun, a
/// role, or a vague or anonymous source — not a thing the clause happens to start with.
pub fn is_speaker_like(m: &Mention) -> bool {
    match m.kind {
        MentionKind::Pronoun | MentionKind::Institution | MentionKind::Vague | MentionKind::Anonymous => true,
        MentionKind::Person => m
            .name
            .as_deref()
            .is_some_and(|n| n.split_whitespace().count() > 1 || m.role.is_some() || !is_abstract(&n.to_lowercase())),
        // "der Sportler", or a role with a complement: "ein Sprecher des Zentralverbands".
        // (After the neuter `das` only a known role: `Das Verfahren sei simpel` is about a
        // thing.)
        MentionKind::Description => m.role.as_deref().is_some_and(|r| {
            let neuter = m.text.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("das"));
            r.split_whitespace().last().is_some_and(|h| {
                let h = h.to_lowercase();
                if neuter { is_role(&h) } else { is_agent_noun(&h) }
            })
                || r.split_whitespace().next().is_some_and(|h| is_role(&h.to_lowercase()))
                // (`neue Sprecherin der SPD`: the first noun after adjectives.)
                || r.split_whitespace().find(|w| w.starts_with(char::is_uppercase)).is_some_and(|h| is_role(&h.to_lowercase()))
        }),
    }
}

fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "von"
            | "van"
            | "de"
            | "der"
            | "den"
            | "al"
            | "bin"
            | "da"
            | "di"
            | "du"
            | "le"
            | "la"
            | "ten"
            | "zu"
            | "del"
            | "dos"
            | "el"
    )
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn mention(s: &str, lang: Lang) -> Option<(MentionKind, Option<String>, Option<String>)> {
        let toks = tokenize(s, 0, s.len());
        parse_mention(s, &toks, lang).map(|m| (m.kind, m.name, m.role))
    }

    #[test]
    fn finds_the_body_a_spokesperson_speaks_for() {
        let body = |role: &str| spokesperson_body(role).map(|b| b.unwrap_or_default());
        assert_eq!(body("Sprecherin des Unternehmens").as_deref(), Some("Unternehmen"));
        assert_eq!(
            body("Sprecher des Bayerischen Landesamts für Umwelt").as_deref(),
            Some("Bayerisches Landesamt für Umwelt")
        );
        assert_eq!(body("Bahnsprecher").as_deref(), Some("Bahn"));
        assert_eq!(body("Ministeriumssprecher").as_deref(), Some("Ministerium"));
        assert_eq!(body("WWF-Sprecher").as_deref(), Some("WWF"));
        assert_eq!(body("Pelmont Pharmaceuticals spokeswoman").as_deref(), Some("Pelmont Pharmaceuticals"));
        assert_eq!(body("Sprecherin").as_deref(), Some(""));
        assert_eq!(body("Pressesprecher").as_deref(), Some(""));
        // A party's spokesperson on a field, a person's spokesperson, and other roles: no body.
        assert_eq!(body("innenpolitische Sprecherin der FDP"), None);
        assert_eq!(body("Sprecher des Bundespräsidenten"), None);
        assert_eq!(body("Ministerin"), None);
    }

    #[test]
    fn splits_role_from_name() {
        assert_eq!(
            mention("der russische UN-Botschafter Wassili Nebensja", Lang::De),
            Some((MentionKind::Person, Some("Wassili Nebensja".into()), Some("russische UN-Botschafter".into())))
        );
        assert_eq!(
            mention("Foreign Minister Jane Doe", Lang::En),
            Some((MentionKind::Person, Some("Jane Doe".into()), Some("Foreign Minister".into())))
        );
        assert_eq!(mention("der Minister", Lang::De), Some((MentionKind::Description, None, Some("Minister".into()))));
        assert_eq!(
            mention("das Innenministerium", Lang::De),
            Some((MentionKind::Institution, Some("Innenministerium".into()), None))
        );
        assert_eq!(
            mention("der Nordkai AG", Lang::De),
            Some((MentionKind::Institution, Some("Nordkai AG".into()), None))
        );
        assert_eq!(mention("dieser", Lang::De).map(|m| m.0), Some(MentionKind::Pronoun));
        assert_eq!(mention("die WHO", Lang::De), Some((MentionKind::Institution, Some("WHO".into()), None)));
        assert_eq!(mention("Westliche Länder", Lang::De).map(|m| m.0), Some(MentionKind::Vague));
        assert_eq!(mention("er", Lang::De).map(|m| m.0), Some(MentionKind::Pronoun));
    }

    #[test]
    fn finds_separable_cues() {
        let s = "teilte der Botschafter in New York mit, wie die dpa berichtete";
        let toks = tokenize(s, 0, s.len());
        let cues = find_cues(&toks, 0, toks.len(), Lang::De);
        assert_eq!(cues[0].text, "teilte mit");
        assert_eq!(cues[0].spans.len(), 2);
        assert_eq!(cues[1].text, "berichtete");
    }
}
