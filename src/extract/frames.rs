//! Attribution frames: where the cue and the source of a quote or a reported sentence are.
//!
//! A quote is attributed after it (`„…“, sagte X`), before it (`X sagte: „…“`), or by the
//! subject of its clause when no speech verb we know ties them (`X gab sich gelassen: „…“`);
//! a sentence without quotes by its own cue (`X sagte, …`, `laut X`, `X zufolge`).

use super::attribution::{
    as_business, compound_source, document_source, find_cues, finite_verb, institution_appositive, is_agent_noun,
    is_cue_verb, is_determiner, is_document, is_named, is_preposition, is_pronoun, is_role, is_speaker_like,
    mention_after, mention_before, name_appositive, oblique, opens_phrase, opinion_holder, parse_mention,
    party_affiliation, phrase_source, report_cue, report_noun_after, verb_at, weak_opening, CueHit, CueKind, Mention,
    MentionKind,
};
use super::tokens::Token;
use super::{words, KONJUNKTIV, KONJUNKTIV_II};
use crate::document::{Lang, Span};
use crate::lexicon::names::{Gender, JOURNALISTS};
use crate::lexicon::words::{
    AUXILIARIES_DE, DAYS, EN_AUXILIARIES, OBJECT_DETERMINERS, RELATIVE_PRONOUNS, STATEMENT_NOUNS,
};

/// Adverbs that open a clause before its subject.
const STOP_ADVERBS: &[&str] =
    &["auch", "zudem", "außerdem", "ebenfalls", "dabei", "jedoch", "aber", "also", "so", "selbst", "sogar", "and"];

/// Words that open a German comment clause before its subject (`Wie bereits die Polizei
/// mitteilte, …`).
const CLAUSE_OPENERS: &[&str] = &["wie", "schon", "bereits", "zuvor", "gestern", "heute"];

/// Conjunctions that open a German subordinate clause, whose subject follows them.
const SUBORDINATORS: &[&str] =
    &["weil", "da", "dass", "nachdem", "obwohl", "während", "wenn", "seit", "bevor", "indem", "zumal"];

/// Words that open a German noun phrase in the genitive, which names whose report it is after a
/// report noun (`nach Angaben der Polizei`, `laut einem Bericht des „Spiegel“`).
const GENITIVE: &[&str] =
    &["des", "der", "eines", "einer", "dieses", "dieser", "seines", "seiner", "ihres", "ihrer", "unseres", "unserer"];

/// The attribution found for a claim.
#[derive(Clone, Debug, Default)]
pub(super) struct Frame {
    pub(super) cue: Option<CueHit>,
    pub(super) mention: Option<Mention>,
    /// Found only as the clause's subject, with no attribution words tying it to the quote.
    pub(super) by_subject: bool,
    /// Taken from an earlier sentence: the speaker is inferred.
    pub(super) carried: bool,
}

/// The frame after a quote: `, sagte X`, `, so X`, `, X said`, `, said X`, `— X, the mayor`.
pub(super) fn post_frame(text: &str, tokens: &[Token<'_>], from: usize, to: usize, lang: Lang) -> Option<Frame> {
    let mut i = from;
    while i < to && !tokens[i].word {
        if tokens[i].is_punct(&['.', '!', '?']) {
            return None;
        }
        i += 1;
    }
    if i >= to {
        return None;
    }
    let dash = tokens[from..i].iter().any(|t| t.is_punct(&['—', '–', '-']));
    // `„…“, so urteilte Romney`: a speech verb after "so" is the cue, as without it.
    // (English only after a dash: `"…" — so argued X`.)
    let so = (lang == Lang::De || dash) && tokens[i].lower == "so";
    if so
        && tokens.get(i + 1).is_some_and(|t| {
            t.word && !t.capitalized() && is_cue_verb(&t.lower, lang) && !matches!(t.lower.as_str(), "heißt" | "hieß")
        })
    {
        i += 1;
    } else if so {
        // `„…“, so der Minister.`
        // `…“, so heißt es in einer Erklärung des Verbands`: the source follows "es".
        let impersonal = tokens.get(i + 1).is_some_and(|t| matches!(t.lower.as_str(), "heißt" | "hieß"))
            && tokens.get(i + 2).is_some_and(|t| t.lower == "es");
        // `„…“, so die Einschätzung von Klinikchef X`: the source follows the report and "von".
        let report = report_noun_after(tokens, i, to).filter(|&k| tokens.get(k + 1).is_some_and(|t| t.lower == "von"));
        let start = report.map_or(i + 1 + 2 * usize::from(impersonal), |k| k + 2);
        let m = mention_after(text, tokens, start, to, lang)?;
        return Some(Frame {
            cue: Some(CueHit {
                text: "so".into(),
                spans: vec![Span::new(tokens[i].start, tokens[i].end)],
                index: i,
                kind: CueKind::Before,
            }),
            mention: Some(m),
            by_subject: false,
            carried: false,
        });
    }
    // The cue must come early: within the first clause after the quote.
    let clause_end = (i..to).find(|&k| tokens[k].is_punct(&['.', ';', '!', '?', ':'])).unwrap_or(to);
    // Not the verb of a relative clause about the speaker (`one resident, who asked not to be
    // named, said`): it opens after a comma with `who` and closes at the next comma.
    let in_relative = |k: usize| {
        let open = (i..k).rev().find(|&j| tokens[j].is_punct(&[',']));
        open.is_some_and(|o| {
            tokens.get(o + 1).is_some_and(|t| matches!(t.lower.as_str(), "who" | "which" | "der" | "die" | "welche"))
        })
    };
    let cues = find_cues(tokens, i, clause_end, lang);
    // `"…," the minister was quoted by AFP as saying.`
    let quoted = cues.iter().find_map(|c| {
        let m = quoted_as_saying(text, tokens, c, lang).filter(|m| m.span.start >= tokens[i].start)?;
        Some(Frame { cue: Some(c.clone()), mention: Some(m), by_subject: false, carried: false })
    });
    if quoted.is_some() {
        return quoted;
    }
    if let Some(cue) = cues.into_iter().find(|c| !in_relative(c.index)) {
        // `„…“, wird Panetta zitiert`: the one quoted stands between the auxiliary and the
        // participle; the cue is both.
        let auxiliary = matches!(tokens[i].lower.as_str(), "wird" | "wurde" | "werden" | "wurden");
        if lang == Lang::De && auxiliary && cue.text == "zitiert" && cue.index > i + 1 {
            let m = mention_after(text, tokens, i + 1, cue.index, lang).filter(is_speaker_like)?;
            let aux = &tokens[i];
            let cue = CueHit {
                text: format!("{} {}", aux.lower, cue.text),
                spans: vec![Span::new(aux.start, aux.end), cue.spans[0]],
                ..cue
            };
            return Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false });
        }
        if cue.index == i {
            // Inverted: cue first, source after (`äußerte sich der Chef …`).
            let after = cue_end(tokens, &cue);
            // (`so fasst es X zusammen`: "es" before someone is the object.)
            let object = |t: &Token<'_>| {
                lang == Lang::De
                    && t.lower == "es"
                    && !matches!(cue.text.as_str(), "heißt" | "hieß")
                    && tokens.get(after + 1).is_some_and(|n| n.capitalized() || is_determiner(n))
            };
            let after = after
                + usize::from(
                    tokens.get(after).is_some_and(|t| matches!(t.lower.as_str(), "sich" | "man") || object(t)),
                );
            // The speaker after a relay (`sagte der „Zeit“ ein Sprecher`), else the outlet
            // itself (`zitiert CNN`).
            let skipped = skip_relay(text, tokens, after, clause_end);
            let m = (skipped != after)
                .then(|| mention_after(text, tokens, skipped, clause_end, lang))
                .flatten()
                .or_else(|| mention_after(text, tokens, after, clause_end, lang));
            // `„…“, zitiert die „Computerwoche“ Lynch`: the one quoted follows the one quoting.
            let quoted = |m: &Mention| {
                let next = tokens.partition_point(|t| t.start < m.span.end);
                mention_after(text, tokens, next, clause_end, lang)
                    .filter(|p| p.kind == MentionKind::Person && p.name.is_some())
            };
            let m = match m {
                Some(m) if cue.text.starts_with("zitier") => quoted(&m).or(Some(m)),
                Some(m) if is_agency(&text[m.span.range()]) && cue.text.starts_with("zitier") => quoted(&m),
                m => m.filter(|m| !is_agency(&text[m.span.range()])),
            }
            // `wird vom Landesamt als „erheblich“ eingestuft`: the agent of the passive.
            .or_else(|| passive_agent(text, tokens, 0, &cue, lang))?;
            // (`schilderte das Opfer, der 31-jährige Krankenpfleger Tobias W.`: the one named in
            // the appositive after it.)
            let m = with_appositive(text, tokens, m, to, lang);
            return Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false });
        }
        // `„…“, mit diesen Worten meldete er sich zurück`: after a prepositional phrase the
        // subject follows the verb.
        let inverted = cue.kind == CueKind::Before || (cue.kind == CueKind::Verb && is_preposition(&tokens[i]));
        let m = mention_before(text, tokens, i, cue.index, lang).or_else(|| {
            inverted
                .then(|| mention_after(text, tokens, cue_end(tokens, &cue), clause_end, lang))
                .flatten()
                .filter(|m| cue.kind == CueKind::Before || is_speaker_like(m))
        })?;
        if m.span.start < tokens[i].start || is_agency(&text[m.span.range()]) {
            return None;
        }
        return Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false });
    }
    if dash {
        // `"…" — that was the verdict of Eugene Ward`: whose words they were follows `of` or
        // `from`.
        let verdict = lang == Lang::En
            && matches!(tokens[i].lower.as_str(), "that" | "this" | "such")
            && tokens.get(i + 1).is_some_and(|t| matches!(t.lower.as_str(), "was" | "is" | "were"));
        let start = (i + 2..clause_end.min(i + 7))
            .find(|&k| matches!(tokens[k].lower.as_str(), "of" | "from"))
            .filter(|_| verdict)
            .map_or(i, |k| k + 1);
        let m = mention_after(text, tokens, start, clause_end, lang)?;
        return Some(Frame { cue: None, mention: Some(m), by_subject: false, carried: false });
    }
    // `„…“, strich Romney heraus`, `„…“, zeigte sich der Trainer zuversichtlich`: right after
    // a quote, a verb we do not know followed by someone is still the attribution.
    let after_comma = tokens[from..i].iter().any(|t| t.is_punct(&[',']));
    // Not a function word: `„…“, und …`, `„…“, doch …`.
    let function_word = finite_verb(tokens, i, i + 1).is_none()
        || matches!(tokens[i].lower.as_str(), "und" | "oder" | "aber" | "doch" | "wohl" | "nicht" | "denn" | "sondern");
    if lang == Lang::De && after_comma && tokens[i].text.starts_with(char::is_lowercase) && !function_word {
        let j = i + 1 + usize::from(tokens.get(i + 1).is_some_and(|t| t.lower == "sich"));
        let m = mention_after(text, tokens, j, clause_end, lang)
            .filter(|m| is_speaker_like(m) && m.kind != MentionKind::Vague && m.kind != MentionKind::Anonymous)?;
        let verb = &tokens[i];
        let cue = CueHit {
            text: verb.lower.clone(),
            spans: vec![Span::new(verb.start, verb.end)],
            index: i,
            kind: CueKind::Verb,
        };
        return Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false });
    }
    None
}

/// `„…“, sagte der Süddeutschen Zeitung ein Sprecher`, `told Reuters the mayor`: the outlet or
/// agency right after an inverted cue is the relay; the speaker follows it.
fn skip_relay(text: &str, tokens: &[Token<'_>], from: usize, to: usize) -> usize {
    if from >= to {
        return from;
    }
    let lead = from + usize::from(tokens[from].lower == "gegenüber");
    let span = Span::new(tokens[from].start, tokens[to - 1].end);
    let rest = &text[span.range()];
    let found = crate::lexicon::agencies::find_outlets(rest)
        .into_iter()
        .chain(crate::lexicon::agencies::find_agencies(rest))
        .min_by_key(|m| m.start);
    let Some(m) = found else { return from };
    // The relay must open the phrase: after at most an article and an opening quotation mark.
    let first_word =
        (lead..to).find(|&k| tokens[k].word && !matches!(tokens[k].lower.as_str(), "der" | "dem" | "die" | "the"));
    if first_word.is_none_or(|k| tokens[k].start != span.start + m.start) {
        return from;
    }
    let end = span.start + m.end;
    let mut k = tokens.partition_point(|t| t.start < end);
    while k < to && tokens[k].is_punct(&['“', '”', '"', '«', '»']) {
        k += 1;
    }
    k
}

/// The frame of a quote inside a German relative or subordinate clause whose speech verb
/// closes it: `Der Führer, der den Wahlsieg als „Fest“ bezeichnete, ordnete …` is the
/// antecedent's, spoken through the pronoun; `…, die der Minister als „Fehler“ bezeichnete`
/// and `…, weil die Regierung das Land als „…“ bezeichnet hat` are the subject's.
/// `pre` ends at the quote, `post` starts after it.
pub(super) fn relative_frame(
    text: &str,
    tokens: &[Token<'_>],
    pre: (usize, usize),
    post: (usize, usize),
    lang: Lang,
) -> Option<Frame> {
    let ((from, to), (after, end)) = (pre, post);
    if lang != Lang::De || after >= end || from >= to {
        return None;
    }
    // The verb closes the clause: `bezeichnete,`, `genannt hatte.`.
    let cue = find_cues(tokens, after, end.min(after + 1), lang).into_iter().next()?;
    if !clause_final(tokens, &cue) {
        return None;
    }
    // The clause opens after a comma, or with the sentence.
    let open = match (from..to).rev().find(|&k| !tokens[k].word && !tokens[k].is_punct(&['„', '“', '"', '»', '«']))
    {
        Some(c) if tokens[c].is_punct(&[',']) => c + 1,
        None => from,
        Some(_) => return None,
    };
    let frame =
        |m: Mention| Some(Frame { cue: Some(cue.clone()), mention: Some(m), by_subject: false, carried: false });
    // The subject right after the pronoun or conjunction.
    let subject = |speaker: fn(&Mention) -> bool| subject_at(text, tokens, open + 1, to, speaker, lang);
    let opener = tokens.get(open).filter(|t| t.word)?;
    match opener.lower.as_str() {
        "der" | "die" | "das" | "welche" | "welcher" | "welches" if open > from => {
            // An object pronoun: the subject is named after it.
            if let Some(m) = subject(is_named) {
                return frame(m);
            }
            let antecedent = mention_before(text, tokens, from, open - 1, lang).filter(is_speaker_like)?;
            frame(through_pronoun(antecedent, opener))
        }
        w if SUBORDINATORS.contains(&w) => frame(subject(is_speaker_like)?),
        _ => None,
    }
}

/// The antecedent of a relative pronoun as the mention of a speaker: the pronoun's span with
/// the antecedent's name and role; a vague or anonymous source keeps its own words and span.
fn through_pronoun(antecedent: Mention, pronoun: &Token<'_>) -> Mention {
    match antecedent.kind {
        MentionKind::Vague | MentionKind::Anonymous => antecedent,
        _ => Mention { span: Span::new(pronoun.start, pronoun.end), ..antecedent },
    }
}

/// The frame of a quote a speaker's name announces without a verb: `…, so auch der
/// Ministerpräsident Jens Stoltenberg: „…“`, or `Mohammed ElBaradei („…“)` in brackets right
/// after the name. `from..to` are the tokens before the quote.
pub(super) fn named_frame(
    text: &str,
    tokens: &[Token<'_>],
    from: usize,
    to: usize,
    bracketed: bool,
    lang: Lang,
) -> Option<Frame> {
    let mark = to.checked_sub(1).filter(|&k| k > from)?;
    if !tokens[mark].is_punct(if bracketed { &['('] } else { &[':'] }) {
        return None;
    }
    let start = (from..mark).rev().find(|&k| tokens[k].is_punct(&[',', ';', '.', '(', ')'])).map_or(from, |k| k + 1);
    if !bracketed
        && (start >= mark
            || finite_verb(tokens, start, mark).is_some()
            || !find_cues(tokens, start, mark, lang).is_empty())
    {
        return None;
    }
    let m = mention_before(text, tokens, start.min(mark), mark, lang).filter(|m| {
        // Only adverbs before the name: `so auch der …`, not `Seine Meinung zu Kirchhoff:`; a
        // bare name after a comma is an appositive (`die Sprecherin …, Frauke Ketels:`), which
        // the clause before attributes.
        let lead = |k: usize| {
            (bracketed || start == from || k > start)
                && tokens[start..k].iter().all(|t| !t.capitalized() && !is_preposition(t) && t.lower != "zu")
        };
        is_named(m)
            && !oblique(tokens, m, lang)
            && tokens.iter().position(|t| t.start == m.span.start).is_some_and(|k| k >= start && lead(k))
    })?;
    Some(Frame { cue: None, mention: Some(m), by_subject: false, carried: false })
}

/// The frame of words in quotation marks in a clause that opens with whose view it is: `Für
/// den Gesundheitsminister X ist die Lage „alarmierend“`, `Für den Schiedsrichter Y war der
/// Spanier „ein Kartenspieler“`. Someone by name or role only (see `opinion_holder`).
pub(super) fn opinion_frame(text: &str, tokens: &[Token<'_>], from: usize, to: usize, lang: Lang) -> Option<Frame> {
    // `…, und für Schiedsrichter X war der Spanier „…“`: a clause joined by a conjunction.
    let joined = (from..to).rev().find(|&k| {
        tokens[k].is_punct(&[','])
            && tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "und" | "aber" | "doch"))
            && tokens.get(k + 2).is_some_and(|t| t.text == "für")
    });
    let from = joined.map_or(from, |k| k + 2);
    let t = tokens.get(from)?;
    let opens = t.text == "Für" || (joined.is_some() && t.text == "für");
    // A party in brackets after a name (`Für Senator X (SPD) ist …`) is part of the name.
    let bracketed = |k: usize| {
        let party = |j: usize| tokens.get(j).is_some_and(|t| t.word && t.capitalized());
        (tokens[k].is_punct(&['(']) && party(k + 1) && tokens.get(k + 2).is_some_and(|t| t.is_punct(&[')'])))
            || (tokens[k].is_punct(&[')']) && k >= 2 && tokens[k - 2].is_punct(&['(']) && party(k - 1))
    };
    if lang != Lang::De || !opens || from + 1 >= to || (from..to).any(|k| !tokens[k].word && !bracketed(k)) {
        return None;
    }
    let cue =
        CueHit { text: "für".into(), spans: vec![Span::new(t.start, t.end)], index: from, kind: CueKind::Before };
    let m = mention_after(text, tokens, from + 1, to, lang).filter(|m| opinion_holder(&cue, m))?;
    Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false })
}

/// The frame of a quote that a text shows rather than someone says: `In einem internen
/// Schreiben war von einem „…“ die Rede`, `Auf dem Fronttransparent war die Parole „…“ zu
/// lesen`, `In der Zeitung fand sich die Feststellung „…“`. The document is the source.
pub(super) fn document_frame(
    text: &str,
    tokens: &[Token<'_>],
    pre: (usize, usize),
    post: (usize, usize),
    lang: Lang,
) -> Option<Frame> {
    let ((from, to), (after, end)) = (pre, post);
    if lang != Lang::De || from >= to {
        return None;
    }
    let start = (from..to).rev().find(|&k| tokens[k].is_punct(&['.', ';', '!', '?'])).map_or(from, |k| k + 1);
    let post_end = (after..end).find(|&k| tokens[k].is_punct(&['.', ';', '!', '?', ','])).unwrap_or(end);
    // Words that say a text holds the quote (`die Rede` as in `war von … die Rede`).
    const SHOWS: &[&str] =
        &["stand", "steht", "stehen", "standen", "lesen", "fand", "findet", "fanden", "finden", "rede"];
    let shows = |k: usize| {
        tokens[k].word
            && SHOWS.contains(&tokens[k].lower.as_str())
            && (tokens[k].lower != "rede" || k.checked_sub(1).is_some_and(|j| tokens[j].lower == "die"))
    };
    let verb = (start..to).chain(after..post_end).find(|&k| shows(k))?;
    let at = (start..to).find(|&k| matches!(tokens[k].lower.as_str(), "in" | "im" | "auf" | "an" | "am"))?;
    let first = at + usize::from(!matches!(tokens[at].lower.as_str(), "im" | "am"));
    // A publisher named after the document is found by the other frames (`In einer Mitteilung
    // der Polizei …`).
    if mention_after(text, tokens, first, to, lang).is_some_and(|m| is_named(&m) && m.kind != MentionKind::Vague) {
        return None;
    }
    let doc = document_source(text, tokens, at + 1, to)?;
    Some(Frame { cue: Some(verb_at(tokens, verb)), mention: Some(doc), by_subject: false, carried: false })
}

/// Index of the first token after the cue's first word (a particle comes later, if at all).
pub(super) fn cue_end(tokens: &[Token<'_>], cue: &CueHit) -> usize {
    let after = |end: usize| tokens.iter().position(|t| t.start >= end).unwrap_or(tokens.len());
    // `ist der Meinung`: the noun is part of the cue (a separable verb's particle is not, and
    // its subject stands between: `teilte der Minister mit`).
    if let [verb, noun] = cue.spans.as_slice() {
        let between = &tokens[after(verb.end)..after(noun.start).max(after(verb.end))];
        let noun_is_capitalised = tokens.get(after(noun.start)).is_some_and(|t| t.capitalized());
        if noun_is_capitalised && between.iter().all(|t| !t.capitalized()) {
            return after(noun.end);
        }
    }
    after(cue.spans[0].end)
}

/// The frame before a quote: `X sagte: „…“`, `Dazu sagte X: „…“`, `Laut X …`.
pub(super) fn pre_frame(text: &str, tokens: &[Token<'_>], from: usize, to: usize, lang: Lang) -> Option<Frame> {
    // The cue nearest the quote first; a cue whose source is no one (`ihrer Meinung nach`,
    // `nannte die Bewerbung`) gives way to an earlier one.
    let cues = find_cues(tokens, from, to, lang);
    let nearest = cues.last()?.clone();
    // `sagte die Kanzlerin einigen Teilnehmern zufolge:`: the speech verb's subject said it;
    // the `zufolge` source only passed it on.
    // (So does the verb's subject before `ihrer Meinung nach`: the possessive is theirs.)
    let possessive = |c: &CueHit| {
        c.index >= 2
            && matches!(
                tokens[c.index - 2].lower.as_str(),
                "seiner" | "ihrer" | "seinen" | "ihren" | "seinem" | "ihrem"
            )
    };
    // `Die „Bild“ zitiert einen Ermittler mit den Worten: „…“`: the one quoted is the object
    // after the verb, and the one quoting passed it on.
    if lang == Lang::De && matches!(nearest.text.as_str(), "zitiert" | "zitierte" | "zitieren" | "zitierten") {
        let end = (nearest.index + 1..to).find(|&k| tokens[k].is_punct(&[',', ':', ';', '.'])).unwrap_or(to);
        // (`zitiert aus einem internen Papier:`: the document is the source.)
        let from_document = tokens.get(nearest.index + 1).is_some_and(|t| t.lower == "aus");
        let quoted = if from_document {
            document_source(text, tokens, nearest.index + 2, end)
        } else {
            mention_after(text, tokens, nearest.index + 1, end, lang)
                .filter(|m| is_speaker_like(m) || matches!(m.kind, MentionKind::Anonymous | MentionKind::Vague))
        };
        if let Some(m) = quoted {
            return Some(Frame { cue: Some(nearest), mention: Some(m), by_subject: false, carried: false });
        }
    }
    if nearest.kind == CueKind::After && (nearest.text == "zufolge" || possessive(&nearest)) {
        let verb = cues.iter().rev().skip(1).find(|c| {
            c.kind == CueKind::Verb && !tokens[c.index..nearest.index].iter().any(|t| t.is_punct(&[',', '.', ';', ':']))
        });
        if let Some(f) = verb.and_then(|c| cue_frame(text, tokens, from, nearest.index, c.clone(), lang)) {
            return Some(f);
        }
    }
    cue_frame(text, tokens, from, to, nearest.clone(), lang)
        .or_else(|| {
            // The nearest cue stays the cue when its source is the clause's subject
            // (`X wertete die Entscheidung als „…“`).
            let end = if to > from && tokens[to - 1].is_punct(&[':', ',']) { to - 1 } else { to };
            subject_frame(text, tokens, from, end, lang).map(|f| Frame { cue: Some(nearest), by_subject: false, ..f })
        })
        .or_else(|| cues.into_iter().rev().skip(1).find_map(|cue| cue_frame(text, tokens, from, to, cue, lang)))
}

/// The frame of a quoted fragment inside a separable speech verb: `X wies dies als
/// „Unverschämtheit“ zurück`. The verb stands in `from..to` before the quote, its particle after
/// the quote (which ends at byte `quote_end`) and before token `clause_end`.
pub(super) fn braced_frame(
    text: &str,
    tokens: &[Token<'_>],
    (from, to): (usize, usize),
    (quote_end, clause_end): (usize, usize),
    lang: Lang,
) -> Option<Frame> {
    let cue = find_cues(tokens, from, clause_end, lang)
        .into_iter()
        .rev()
        .find(|c| c.kind == CueKind::Verb && c.index < to && c.spans.get(1).is_some_and(|s| s.start >= quote_end))?;
    cue_frame(text, tokens, from, to, cue, lang)
}

/// Whether a German verb ends its clause (`Stoiber hatte die Rolle der Parteien betont:`), alone
/// or with its auxiliary (`… erklärt hatte:`, `gefragt habe, ob …`): it is a participle or sits
/// in a subordinate clause, and its subject is the clause's subject, not the noun before it.
fn clause_final(tokens: &[Token<'_>], cue: &CueHit) -> bool {
    let end_of_clause = |k: usize| tokens.get(k).is_none_or(|t| t.is_punct(&[':', ',', '.', ';']));
    let after = cue_end(tokens, cue);
    let auxiliary = tokens.get(after).is_some_and(|t| {
        matches!(t.lower.as_str(), "hat" | "hatte" | "hatten" | "haben" | "habe" | "hätte" | "worden" | "wurde")
    });
    end_of_clause(after) || (auxiliary && end_of_clause(after + 1))
}

/// The mention that starts at token `k` (before `to`), when `speaker` accepts it and it is not
/// a German genitive, dative or prepositional object: the subject right after a conjunction,
/// a relative pronoun or a fronted auxiliary.
fn subject_at(
    text: &str,
    tokens: &[Token<'_>],
    k: usize,
    to: usize,
    speaker: fn(&Mention) -> bool,
    lang: Lang,
) -> Option<Mention> {
    let start = tokens.get(k)?.start;
    mention_after(text, tokens, k, to, lang)
        .filter(|m| speaker(m) && !oblique(tokens, m, lang) && m.span.start == start)
}

/// The subject of the subordinate clause a verb closes in a sentence: the speaker-like mention
/// right after its conjunction (`dass Kämmerer X im Ausschuss gefragt habe, ob …`).
fn subordinate_subject(text: &str, tokens: &[Token<'_>], cue: &CueHit, lang: Lang) -> Option<Mention> {
    let opener = (0..cue.index).rev().find(|&k| !tokens[k].word).map_or(0, |k| k + 1);
    if tokens.get(opener).is_some_and(|t| SUBORDINATORS.contains(&t.lower.as_str())) && opener + 1 < cue.index {
        return subject_at(text, tokens, opener + 1, cue.index, is_speaker_like, lang);
    }
    // `Wie Norman Paech, der als Beobachter anwesend war, dazu feststellt, …`: a relative
    // clause between the subject and the verb; the subject follows `wie` or the conjunction.
    let closing = opener.checked_sub(1).filter(|&c| tokens[c].is_punct(&[',']))?;
    let relative = (closing.saturating_sub(40)..closing).rev().find(|&k| {
        tokens[k].is_punct(&[','])
            && tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "der" | "die" | "das" | "welcher" | "welche"))
    })?;
    let start = (0..relative).rev().find(|&k| !tokens[k].word).map_or(0, |k| k + 1);
    let conjunction = tokens.get(start).is_some_and(|t| t.lower == "wie" || SUBORDINATORS.contains(&t.lower.as_str()));
    (conjunction && start + 1 < relative)
        .then(|| subject_at(text, tokens, start + 1, relative, is_speaker_like, lang))
        .flatten()
}

fn cue_frame(text: &str, tokens: &[Token<'_>], from: usize, to: usize, cue: CueHit, lang: Lang) -> Option<Frame> {
    if lang == Lang::De && cue.kind == CueKind::Verb && clause_final(tokens, &cue) && cue.spans.len() == 1 {
        // `X wies das zurück, die Sprecherin Y erklärte: „…“`: after a complete clause and a
        // comma, the noun right before the verb opens a clause of its own and is its subject.
        let own = mention_before(text, tokens, from, cue.index, lang).filter(|b| {
            let k = tokens.partition_point(|t| t.start < b.span.start);
            // `…, zumal Verteidiger X betont hatte`: a conjunction opens a subordinate clause.
            k > from
                && tokens[k - 1].is_punct(&[','])
                && !SUBORDINATORS.contains(&tokens[k].lower.as_str())
                && finite_verb(tokens, from, k - 1).is_some()
                && is_speaker_like(b)
                && !oblique(tokens, b, lang)
        });
        if let Some(b) = own {
            return Some(Frame { cue: Some(cue), mention: Some(b), by_subject: false, carried: false });
        }
        // `…, soll Anelka zu Domenech gesagt haben:`: after a comma clause the finite auxiliary
        // comes first and the subject right after it.
        let opener = (from..cue.index).rev().find(|&k| !tokens[k].word).map_or(from, |k| k + 1);
        let auxiliary_first = tokens.get(opener).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "soll"
                    | "sollen"
                    | "sollte"
                    | "hat"
                    | "hatte"
                    | "haben"
                    | "hatten"
                    | "will"
                    | "wollte"
                    | "muss"
                    | "musste"
            )
        }) && opener > from;
        if let Some(m) =
            auxiliary_first.then(|| subject_at(text, tokens, opener + 1, cue.index, is_speaker_like, lang)).flatten()
        {
            return Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false });
        }
        // `…, zumal Verteidiger X immer wieder betont hatte, der Angeklagte sei …`: in a
        // subordinate clause the subject follows the conjunction.
        if let Some(m) = subordinate_subject(text, tokens, &cue, lang).filter(|m| m.span.start >= tokens[from].start) {
            return Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false });
        }
        // `…, die Gerhard Schröder zum Erfolgskriterium erklärt hatte:`: in a relative clause
        // whose pronoun is the object, the subject follows the pronoun.
        let comma = (from..cue.index).rev().find(|&k| tokens[k].is_punct(&[',']));
        let relative = comma.filter(|&c| {
            tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "die" | "das" | "den" | "dem" | "welche"))
        });
        if let Some(m) = relative
            .and_then(|c| mention_after(text, tokens, c + 2, cue.index, lang))
            .filter(|m| is_named(m) && !oblique(tokens, m, lang))
        {
            return Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false });
        }
        // `… hunderttausende Demonstranten, die unter anderem skandierten: „…“`: a subject
        // pronoun speaks for its antecedent.
        let subject_pronoun = comma.filter(|&c| {
            c > from
                && tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "der" | "die" | "welche" | "welcher"))
                && tokens.get(c + 2..cue.index).is_some_and(|clause| clause.iter().all(|t| t.word))
        });
        if let Some(c) = subject_pronoun {
            if let Some(antecedent) = mention_before(text, tokens, from, c, lang).filter(is_speaker_like) {
                let m = through_pronoun(antecedent, &tokens[c + 1]);
                return Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false });
            }
        }
        let end = if to > from && tokens[to - 1].is_punct(&[':', ',']) { to - 1 } else { to };
        if let Some(f) = subject_frame(text, tokens, from, end, lang) {
            return Some(Frame { cue: Some(cue), ..f });
        }
    }
    let agent = (cue.kind == CueKind::Verb).then(|| passive_agent(text, tokens, from, &cue, lang)).flatten();
    let issuer = issued_by_subject(text, tokens, from, &cue, lang);
    let cue = over_relay(tokens, cue, issuer.is_some());
    let m = match cue.kind {
        CueKind::Before if own_account(tokens, &cue, lang) => own_subject(text, tokens, from, to, &cue, lang),
        CueKind::Before if issuer.is_some() => issuer,
        CueKind::Before => mention_after(text, tokens, cue_end(tokens, &cue), to, lang)
            .or_else(|| compound_source(text, tokens, &cue, lang))
            .or_else(|| phrase_source(text, tokens, &cue, to, lang))
            .filter(|m| opinion_holder(&cue, m))
            .map(|m| published_by(text, tokens, &m, to, lang).unwrap_or(m))
            .map(possessive_report),
        CueKind::After => mention_before(text, tokens, from, cue.index, lang).map(possessive_source).map(|m| {
            // `In dem Antrag heißt es wörtlich:` — the document, or whoever it is from.
            let verb = tokens.iter().position(|t| t.start == m.span.start).and_then(|k| k.checked_sub(1));
            match verb {
                Some(v) if m.text == "es" => clause_source(text, tokens, from, v, lang).unwrap_or(m),
                _ => m,
            }
        }),
        CueKind::Verb if agent.is_some() => agent,
        CueKind::Verb if relative_antecedent(text, tokens, &cue, lang).is_some() => {
            relative_antecedent(text, tokens, &cue, lang)
        }
        CueKind::Verb if nominative_after(text, tokens, &cue, lang).is_some() => {
            nominative_after(text, tokens, &cue, lang)
        }
        // `Harriet Lomax, 58, a specialist, said … but that “…”`: the subject before its asides.
        CueKind::Verb if lang == Lang::En && from == 0 && subject_before_asides(text, tokens, &cue, lang).is_some() => {
            subject_before_asides(text, tokens, &cue, lang)
        }
        CueKind::Verb => {
            let before = mention_before(text, tokens, from, cue.index, lang);
            // After the verb stands the subject of an inverted clause or an object; only
            // someone can be the former.
            let after = || mention_after(text, tokens, cue_end(tokens, &cue), to, lang);
            let shared = coordinated_subject(text, tokens, from, &cue, lang);
            match before {
                _ if shared.is_some() => shared,
                // `In einer Mitteilung der Polizei heißt es: „…“`: the impersonal "es" after
                // the verb gives way to the source named in the phrase before it.
                None if lang == Lang::De && after().is_some_and(|a| a.text == "es") => {
                    clause_source(text, tokens, from, cue.index, lang).or_else(after)
                }
                Some(b) if weak_opening(tokens, &b, lang) => after().or(Some(b)),
                // `Der Hauptgeschäftsführer des BPI nannte sie`: a genitive is the tail of the
                // subject; `Passend zu den Gefahren des Eises warnte die Moderatorin`: the
                // subject follows the verb.
                // `In einer Mitteilung des Betreibers heißt es`: the phrase names the source.
                Some(b) if oblique(tokens, &b, lang) => phrase_head(text, tokens, from, &b, cue.index, lang)
                    .or_else(|| after().map(|a| if a.text == "es" { b } else { a })),
                // German puts one phrase before the finite verb. When the noun before the verb
                // is only the tail of it (`Als Begründung sagte ein Wissenschaftler`, `Im
                // Interview der Woche sagte sie`), the subject stands right after the verb.
                // `Den Plan der Stadt bezeichnete die Ministerin als …`: a phrase in the
                // accusative or dative is the object, and the subject follows the verb.
                Some(b) if lang == Lang::De && object_first(tokens, from, &b) => {
                    after().filter(is_speaker_like).or(Some(b))
                }
                Some(b) if lang == Lang::De && !opens_clause(tokens, from, &b) => {
                    after().filter(|a| is_speaker_like(a) && subject_after_verb(tokens, &cue, a)).or(Some(b))
                }
                Some(b) => Some(b),
                None => after(),
            }
        }
    }?;
    Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false })
}

/// `nach eigenen Angaben`: by the account of the clause's own subject.
pub(super) fn own_account(tokens: &[Token<'_>], cue: &CueHit, lang: Lang) -> bool {
    lang == Lang::De
        && tokens[cue.index].lower == "nach"
        && tokens.get(cue.index + 1).is_some_and(|t| matches!(t.lower.as_str(), "eigenen" | "eigener"))
}

/// The cue `laut` widened over the agency after it when the clause's subject is the source
/// (`issued`: `Der Deutsche Wetterdienst erwartet laut AFP …`), so that what was said starts
/// after it.
fn over_relay(tokens: &[Token<'_>], mut cue: CueHit, issued: bool) -> CueHit {
    let relayed = tokens.get(cue.index + 1).filter(|t| is_agency(t.text));
    if let Some(t) = relayed.filter(|_| issued) {
        cue.spans.push(Span::new(t.start, t.end));
    }
    cue
}

/// `Die Mitte will laut einer Mitteilung am Dienstag entscheiden`: a statement with no author
/// named (`laut`/`nach` + `einer Mitteilung`, `Erklärung` …) in the middle of a German clause is
/// the one its subject, named before the finite verb, issued; an agency there (`Der Deutsche
/// Wetterdienst erwartet laut AFP …`) only relays what the subject said.
fn issued_by_subject(text: &str, tokens: &[Token<'_>], from: usize, cue: &CueHit, lang: Lang) -> Option<Mention> {
    if lang != Lang::De || !matches!(tokens[cue.index].lower.as_str(), "laut" | "nach") {
        return None;
    }
    // (`Der Deutsche Wetterdienst erwartet laut AFP …`: an agency only relays it.)
    let agency = tokens.get(cue.index + 1).is_some_and(|t| is_agency(t.text))
        && tokens.get(cue.index + 2).is_some_and(|t| t.word && (!t.capitalized() || DAYS.contains(&t.lower.as_str())));
    if !agency {
        tokens.get(cue.index + 1).filter(|t| matches!(t.lower.as_str(), "einer" | "einem"))?;
        tokens.get(cue.index + 2).filter(|t| STATEMENT_NOUNS.contains(&t.lower.as_str()))?;
        // (Not when its author follows: `laut einer Mitteilung der Stadt`; `vom Montag` is when.)
        let next = tokens.get(cue.index + 3);
        let day = tokens.get(cue.index + 4).is_some_and(|t| DAYS.contains(&t.lower.as_str()));
        if next.is_some_and(|t| matches!(t.lower.as_str(), "der" | "des" | "von" | "vom") && !day || t.capitalized()) {
            return None;
        }
    }
    let v = cue.index.checked_sub(1).filter(|&v| v >= from && tokens[v].word && !tokens[v].capitalized())?;
    // (`Die Mitte, die keinen Kandidaten stellte, will laut …`: the subject before a relative
    // clause that ends right before the verb.)
    let subject = if v > from {
        mention_before(text, tokens, from, v, lang)
    } else {
        let comma = tokens[..v].iter().position(|t| t.is_punct(&[',']))?;
        let relative = tokens.get(comma + 1).is_some_and(|t| RELATIVE_PRONOUNS.contains(&t.lower.as_str()));
        relative
            .then(|| mention_after(text, tokens, 0, comma, lang))
            .flatten()
            .filter(|m| m.span.start == tokens[0].start)
    };
    subject.filter(|m| is_named(m) && !oblique(tokens, m, lang))
}

/// The subject of the clause a German `nach eigenen Angaben` stands in: before the finite verb
/// (`Die Fraktion lässt nach eigenen Angaben … prüfen`), or after it when the phrase opens the
/// clause (`Nach eigenen Angaben hat die Firma …`).
fn own_subject(text: &str, tokens: &[Token<'_>], from: usize, to: usize, cue: &CueHit, lang: Lang) -> Option<Mention> {
    let end = cue_end(tokens, cue);
    // (The finite verb stands right before the phrase: `Tesla will nach eigenen Angaben …`.)
    let verb_before = cue
        .index
        .checked_sub(1)
        .filter(|&v| v > from && tokens[v].word && !tokens[v].capitalized())
        .or_else(|| finite_verb(tokens, from, cue.index));
    match verb_before {
        Some(v) => mention_before(text, tokens, from, v, lang),
        None if cue.index == from => {
            let v = finite_verb(tokens, end, to)?;
            mention_after(text, tokens, v + 1, to, lang)
        }
        None => None,
    }
    .filter(|m| is_named(m) || is_speaker_like(m))
}

/// The first token of the clause of the word at `k`: after the last comma, semicolon, colon or
/// open bracket before it. (A party or an age in brackets right after a person's name, or a
/// short name after an institution's, is an aside of the clause: `Jan Ott (SPD) erklärte`.)
fn clause_start(text: &str, tokens: &[Token<'_>], k: usize, lang: Lang) -> usize {
    let after_mark = |k: usize| (0..k).rev().find(|&j| tokens[j].is_punct(&[',', ';', ':', '('])).map_or(0, |j| j + 1);
    let start = after_mark(k);
    let closed = (start..k.min(start + 4)).any(|j| tokens[j].is_punct(&[')']));
    let aside = start >= 2 && tokens[start - 1].is_punct(&['(']) && closed;
    if aside {
        let open = start - 1;
        let outer = after_mark(open);
        // (So is a short name after an institution's: `Die Deutsche Bahn (DB) sagte`.)
        let named = mention_before(text, tokens, outer, open, lang).is_some_and(|m| {
            m.kind == MentionKind::Person && m.name.as_deref().is_some_and(|n| n.contains(' '))
                || m.kind == MentionKind::Institution
        });
        if named {
            return outer;
        }
    }
    start
}

/// `…, wie es hieß, …`: a German comment clause with the impersonal `es` before a form of
/// `heißen`. Its source is whoever the phrase between them names, else `es` itself (a vague
/// source).
fn impersonal_comment(text: &str, tokens: &[Token<'_>], cue: &CueHit, lang: Lang) -> Option<Mention> {
    let k = cue.index;
    let opener = (0..k).rev().find(|&j| !tokens[j].word).map_or(0, |j| j + 1);
    let comment = lang == Lang::De
        && matches!(cue.text.as_str(), "hieß" | "heißt" | "hieße")
        && opener + 1 < k
        && tokens[opener].lower == "wie"
        && tokens[opener + 1].lower == "es";
    if !comment {
        return None;
    }
    let es = opener + 1;
    clause_source(text, tokens, es + 1, k, lang).or_else(|| mention_after(text, tokens, es, es + 1, lang))
}

/// `Der Politik schlug er vor, …`: a German pronoun that can only be a subject (`er`, `ich`,
/// `wir`) right after the verb is its subject, whatever stands before the verb.
fn nominative_after(text: &str, tokens: &[Token<'_>], cue: &CueHit, lang: Lang) -> Option<Mention> {
    let next =
        tokens.get(cue.index + 1).filter(|t| lang == Lang::De && matches!(t.lower.as_str(), "er" | "ich" | "wir"))?;
    mention_after(text, tokens, cue.index + 1, cue.index + 2, lang).filter(|m| m.span.start == next.start)
}

/// `said in a statement it was …`, `said on Monday the talks …`, `told … late on Tuesday`: the
/// English verb's own adverbials right after it (when, where, in what) come before what was
/// said. The number of tokens they take up.
fn english_adverbials(rest: &[&Token<'_>]) -> usize {
    const MEANS: &[&str] = &[
        "statement", "interview", "speech", "letter", "post", "email", "e-mail", "briefing", "address", "conference",
        "hearing", "rally", "video", "message", "meeting", "broadcast", "tweet", "filing", "note", "memo",
    ];
    let word = |k: usize| rest.get(k).filter(|t| t.word).map(|t| t.lower.as_str());
    let mut k = 0;
    loop {
        let next = match word(k) {
            Some(w) if DAYS.contains(&w) || matches!(w, "late" | "early" | "earlier" | "later" | "again") => k + 1,
            Some("last" | "this") if word(k + 1).is_some_and(|w| matches!(w, "week" | "month" | "year" | "night")) => {
                k + 2
            }
            Some("on") if rest.get(k + 1).is_some_and(|t| t.word && t.capitalized()) => k + 2,
            // (`at a news conference in Geneva`: where, after another adverbial.)
            Some("in") if k > 0 && rest.get(k + 1).is_some_and(|t| t.word && t.capitalized()) => k + 2,
            Some("in" | "at" | "during")
                if word(k + 1).is_some_and(|w| matches!(w, "a" | "an" | "the" | "its" | "his" | "her")) =>
            {
                match (k + 2..(k + 5).min(rest.len())).find(|&j| word(j).is_some_and(|w| MEANS.contains(&w))) {
                    Some(j) => j + 1,
                    None => break,
                }
            }
            _ => break,
        };
        k = next;
    }
    // Only when something that can open a clause follows.
    if k > 0 && rest.get(k).is_some_and(|t| t.word) {
        k
    } else {
        0
    }
}

/// `The minister was quoted by Interfax as saying …`: in English wire copy the subject of
/// `was quoted` said what follows `as saying`; the one who quoted them only relays it.
fn quoted_as_saying(text: &str, tokens: &[Token<'_>], cue: &CueHit, lang: Lang) -> Option<Mention> {
    if lang != Lang::En || cue.text != "saying" || cue.index < 3 || tokens[cue.index - 1].lower != "as" {
        return None;
    }
    let quoted = (0..cue.index - 1).rev().find(|&k| tokens[k].lower == "quoted")?;
    let aux = quoted
        .checked_sub(1)
        .filter(|&k| matches!(tokens[k].lower.as_str(), "was" | "were" | "is" | "are" | "been"))?;
    // (`has been quoted`: back over `has` too.)
    let aux = if aux > 0 && matches!(tokens[aux - 1].lower.as_str(), "has" | "have") { aux - 1 } else { aux };
    mention_before(text, tokens, 0, aux, lang).filter(is_speaker_like)
}

/// Whether a German noun phrase is in the accusative or dative by its article (`den Zeitplan`,
/// `einem Sprecher`): after the verb it is an object, never the subject.
pub(super) fn object_case(m: &Mention, lang: Lang) -> bool {
    lang == Lang::De
        && m.text.split_whitespace().next().is_some_and(|w| OBJECT_DETERMINERS.contains(&w.to_lowercase().as_str()))
}

/// The subject a German verb right after `und` shares with the clause before it: `X befand
/// den Angriff als gerechtfertigt und nannte den Auftrag „…“` is X's; what follows the verb is
/// its object.
fn coordinated_subject(text: &str, tokens: &[Token<'_>], from: usize, cue: &CueHit, lang: Lang) -> Option<Mention> {
    let coordinated = lang == Lang::De
        && cue.kind == CueKind::Verb
        && cue.index > from + 1
        && matches!(tokens[cue.index - 1].lower.as_str(), "und" | "sowie");
    if !coordinated {
        return None;
    }
    subject_frame(text, tokens, from, cue.index - 1, lang).and_then(|f| f.mention)
}

/// The source named in a prepositional phrase that opens the clause before `verb` (`In einer
/// Mitteilung der Polizei`, `Aus dem Ministerium`), when it names someone.
fn clause_source(text: &str, tokens: &[Token<'_>], from: usize, verb: usize, lang: Lang) -> Option<Mention> {
    let start = (from..verb).rev().find(|&j| !tokens[j].word).map_or(from, |j| j + 1);
    if start + 1 >= verb || !matches!(tokens[start].lower.as_str(), "in" | "im" | "aus" | "auf" | "von" | "vom") {
        return None;
    }
    mention_after(text, tokens, start + 1, verb, lang)
        .filter(is_named)
        .or_else(|| document_source(text, tokens, start + 1, verb))
}

/// The subject a genitive mention belongs to, when the phrase it ends opens the clause with no
/// preposition in it: `Der Hauptgeschäftsführer des BPI` for `des BPI`, or the genitive itself
/// when the head is no one (`Das Fazit des Berichts`); none for `Passend zu den Gefahren des
/// Eises`.
fn phrase_head(text: &str, tokens: &[Token<'_>], from: usize, m: &Mention, verb: usize, lang: Lang) -> Option<Mention> {
    let k = tokens.iter().position(|t| t.start == m.span.start)?;
    let start = (from..k).rev().find(|&j| !tokens[j].word).map_or(from, |j| j + 1);
    let prepositional = |t: &Token<'_>| is_preposition(t) || matches!(t.lower.as_str(), "zu" | "neben" | "dank");
    // (`Die neue Sprecherin der SPD`: a feminine genitive after a noun.)
    let genitive = matches!(tokens[k].lower.as_str(), "des" | "eines")
        || tokens[k].lower == "der" && k > start && tokens[k - 1].word && tokens[k - 1].capitalized();
    if !genitive || start >= k || tokens[start..k].iter().any(prepositional) || tokens[k - 1].lower == "als" {
        return None;
    }
    let head = mention_after(text, tokens, start, verb, lang)
        .filter(|h| h.span.start == tokens[start].start && h.span.end >= m.span.end && is_speaker_like(h));
    Some(head.unwrap_or_else(|| m.clone()))
}

/// `Lukas Haselwanter vom Lawinenwarndienst sagte der APA`, `Claudia Meerfeld von der Stiftung
/// X sagte der Zeitung`, `Der 58-Jährige aus dem Landkreis Rotenburg (Wümme) warf der Ministerin
/// vor`: a person named in full (a given name a list knows) or by their age who opens the phrase
/// before the verb at `verb`, with whom they are with after `von`/`vom` or where they are from
/// after `aus`, is the subject, so that the dative after the verb is not taken for an inverted
/// one.
fn affiliated_person(text: &str, tokens: &[Token<'_>], from: usize, verb: usize, lang: Lang) -> Option<Mention> {
    // (A place's name may end in brackets, `aus dem Landkreis Rotenburg (Wümme)`, where a clause
    // would otherwise start.)
    let from = if from > 0 && tokens[from - 1].is_punct(&['(']) { 0 } else { from };
    let start =
        (from..verb).rev().find(|&j| !tokens[j].word && !tokens[j].is_punct(&['(', ')'])).map_or(from, |j| j + 1);
    let von = (start..verb).find(|&j| matches!(tokens[j].lower.as_str(), "von" | "vom" | "aus"))?;
    let with = lang == Lang::De
        && von >= start + 2
        && von + 1 < verb
        && tokens[start..von].iter().all(|t| t.word && (t.capitalized() || t.lower.contains("-jährige")))
        // (Or someone by their age: `Der 58-Jährige aus dem Landkreis Rotenburg warf der
        // Ministerin vor, …`.)
        && tokens[start..von]
            .iter()
            .any(|t| super::attribution::given_gender(t.text).is_some() || t.lower.contains("-jährige"))
        // (Not an object first: `Ihren Widersacher Jeremy Corbyn von der Labour Party forderte sie auf`.)
        && !OBJECT_DETERMINERS.contains(&tokens[start].lower.as_str());
    if !with {
        return None;
    }
    mention_after(text, tokens, start, von, lang).filter(|h| {
        h.span.start == tokens[start].start
            && (h.kind == MentionKind::Person && h.name.is_some()
                || h.kind == MentionKind::Pronoun && h.text.contains("-Jährige"))
    })
}

/// Whether mention `m` can be the subject before the verb: it opens its clause (nothing but
/// punctuation before it since `from`), or it ends a first phrase that is not prepositional
/// (`Der Hauptgeschäftsführer des BPI nannte sie`), unlike `Im Interview der Woche sagte sie`.
fn opens_clause(tokens: &[Token<'_>], from: usize, m: &Mention) -> bool {
    let Some(k) = tokens.iter().position(|t| t.start == m.span.start) else { return true };
    if k <= from || !tokens[k - 1].word {
        return true;
    }
    let start = (from..k).rev().find(|&j| !tokens[j].word).map_or(from, |j| j + 1);
    !(is_preposition(&tokens[start]) || tokens[start].lower == "als")
}

/// Whether mention `m` ends a first phrase that opens with an accusative or dative article
/// (`Den Plan der Stadt`, `Einem Bericht des Senders`) or with `als` (`Als Grund`): not the
/// clause's subject.
fn object_first(tokens: &[Token<'_>], from: usize, m: &Mention) -> bool {
    let Some(k) = tokens.iter().position(|t| t.start == m.span.start) else { return false };
    let start = (from..k).rev().find(|&j| !tokens[j].word).map_or(from, |j| j + 1);
    tokens.get(start).is_some_and(|t| {
        // (`Als Grund nannte der Minister …`: a predicative with `als` is no subject either.)
        OBJECT_DETERMINERS.contains(&t.lower.as_str()) || t.lower == "als"
    })
}

/// Whether mention `m` is the subject right after an inverted verb: a pronoun in the nominative
/// (`sagte sie`) or a noun phrase with a nominative article (`sagte ein Wissenschaftler`).
fn subject_after_verb(tokens: &[Token<'_>], cue: &CueHit, m: &Mention) -> bool {
    let Some(first) = tokens.get(cue_end(tokens, cue)) else { return false };
    first.start == m.span.start
        && matches!(first.lower.as_str(), "er" | "sie" | "ich" | "wir" | "ein" | "eine" | "der" | "die" | "das")
}

/// `Seiner Meinung nach`, `ihren Angaben zufolge`: the possessive stands for the source.
/// `Nach ihren Angaben`, `nach seinen Worten`: a possessive before a report noun stands for
/// the one it refers to, like a pronoun.
fn possessive_report(m: Mention) -> Mention {
    match m.text.split_whitespace().collect::<Vec<_>>().as_slice() {
        [_, noun] if is_document(&noun.to_lowercase()) => possessive_source(m),
        _ => m,
    }
}

fn possessive_source(m: Mention) -> Mention {
    let first = m.text.split_whitespace().next().unwrap_or_default().to_lowercase();
    let gender = match first.as_str() {
        "seiner" | "seinen" | "seinem" | "seine" | "sein" | "his" => Some(Gender::Male),
        "ihrer" | "ihren" | "ihrem" | "ihre" | "ihr" | "her" => Some(Gender::Female),
        _ => return m,
    };
    Mention { kind: MentionKind::Pronoun, name: None, role: None, gender, ..m }
}

/// The frame of a quote whose clause has no speech verb we know, as after a colon
/// (`Der 23-jährige Sportler gab sich gelassen: „…“`, `Hier sparte der Bundespräsident nicht
/// mit Kritik: „…“`) or around a fragment (`Schüssel würdigte Ligeti als „großen
/// Österreicher“`): the speaker is the subject of the clause before the quote — its first noun
/// phrase, or the one right after the verb when the clause opens with an adverb or a
/// prepositional phrase.
pub(super) fn subject_frame(text: &str, tokens: &[Token<'_>], from: usize, end: usize, lang: Lang) -> Option<Frame> {
    let start = (from..end).rev().find(|&k| tokens[k].is_punct(&[';', '.', '!', '?', ':'])).map_or(from, |k| k + 1);
    if start >= end {
        return None;
    }
    // A clause in Konjunktiv is itself reported speech ("Eine Änderung sei nötig: „…“"): its
    // speaker is the one of the turn, not its grammatical subject.
    // A Konjunktiv after a comma is a clause of its own (`X wandte sich gegen die Behauptung,
    // die Kartoffel werde nicht …: „…“`) and leaves the subject of the main clause.
    let main_end = (start..end).find(|&k| tokens[k].is_punct(&[','])).unwrap_or(end);
    if lang == Lang::De && tokens[start..main_end].iter().any(|t| KONJUNKTIV.contains(&t.lower)) {
        return None;
    }
    // Without a speech verb, the clause's own verb is what ties the speaker to the quote
    // (`Hier sparte der Bundespräsident nicht mit Kritik: „…“`).
    let cue = find_cues(tokens, start, end, lang)
        .into_iter()
        .next()
        .or_else(|| finite_verb(tokens, start, end).map(|v| verb_at(tokens, v)));
    let plausible = |m: &Mention| {
        is_speaker_like(m)
            && !weak_opening(tokens, m, lang)
            && !is_agency(&text[m.span.range()])
            && (m.kind != MentionKind::Person || m.name.as_deref().is_some_and(|n| n.chars().count() > 2))
    };
    // Leading adverbs (`Auch der Sprecher …`, `Wie schon die WHO sagte`) are skipped, and so is
    // the finite auxiliary after a clause that fills the first place (`In der Debatte …, hat
    // Staatssekretär X gefordert`).
    let opener = |k: usize| {
        k < end
            && tokens[k].word
            && (STOP_ADVERBS.contains(&tokens[k].lower.as_str())
                || CLAUSE_OPENERS.contains(&tokens[k].lower.as_str())
                || lang == Lang::De && k > 0 && AUXILIARIES_DE.contains(&tokens[k].lower.as_str()))
    };
    let mut start_np = start;
    while start_np < start + 2 && opener(start_np) {
        start_np += 1;
    }
    // `Das musste der Minister einräumen`: a demonstrative before the verb is the object.
    let demonstrative = matches!(tokens[start_np].lower.as_str(), "das" | "dies")
        && tokens.get(start_np + 1).is_some_and(|t| t.word && !t.capitalized());
    // A genitive that opens the clause is the tail of its subject (`Das Fazit des Berichts`).
    let first =
        mention_after(text, tokens, start_np, end, lang).filter(|m| plausible(m) && !demonstrative).and_then(|m| {
            if oblique(tokens, &m, lang) {
                phrase_head(text, tokens, start, &m, end, lang)
            } else {
                Some(m)
            }
        });
    // (`Der 58-Jährige aus dem Landkreis Rotenburg (Wümme) warf der Ministerin vor`: the
    // person before the phrase of where they are from, not the dative after the verb.)
    let affiliated = || finite_verb(tokens, start, end).and_then(|v| affiliated_person(text, tokens, start, v, lang));
    let m = affiliated().or(first).or_else(|| {
        let verb = if demonstrative { start_np + 1 } else { finite_verb(tokens, start, end)? };
        let m =
            mention_after(text, tokens, verb + 1, end, lang).filter(|m| plausible(m) && !oblique(tokens, m, lang))?;
        // `In dem Antrag heißt es wörtlich:` — the document, or whoever it is from.
        Some(if m.text == "es" { clause_source(text, tokens, start, verb, lang).unwrap_or(m) } else { m })
    })?;
    let m = with_appositive(text, tokens, m, end, lang);
    // Beside a reported clause only a clear subject is the speaker, not a noun the sentence
    // happens to start with (`Aussagen, dass …, schenken sie keinen Glauben`).
    let reported_after = tokens[main_end..end].iter().any(|t| KONJUNKTIV.contains(&t.lower));
    let clear = m.kind != MentionKind::Vague && is_speaker_like(&m);
    if lang == Lang::De && reported_after && !clear {
        return None;
    }
    Some(Frame { cue, mention: Some(m), by_subject: true, carried: false })
}

/// `Die Vermieterin, die Spreebogen Wohnen GmbH, hatte argumentiert`, `Der Mieter, der
/// 39-jährige Softwareentwickler Jonas Albrecht, zeigte sich erleichtert`: a German subject
/// that only describes someone is the body or the person named in full in the appositive right
/// after it (before `end`).
pub(super) fn with_appositive(text: &str, tokens: &[Token<'_>], m: Mention, end: usize, lang: Lang) -> Mention {
    if lang != Lang::De || m.kind != MentionKind::Description {
        return m;
    }
    let k = tokens.partition_point(|t| t.start < m.span.end);
    // (Up to the comma that closes it, or to the end of the sentence.)
    let close = (k + 1..end).find(|&j| tokens[j].is_punct(&[',', '.', '!', '?', ';', ':'])).unwrap_or(end);
    let Some(b) = tokens.get(k).filter(|t| t.is_punct(&[','])).map(|_| close) else {
        return m;
    };
    let person = || {
        mention_after(text, tokens, k + 1, b, lang).filter(|p| {
            p.kind == MentionKind::Person
                && p.span.end == tokens[b - 1].end
                && p.name.as_deref().is_some_and(|n| {
                    n.split_whitespace().count() >= 2
                        && n.split_whitespace().next().is_some_and(|g| super::attribution::given_gender(g).is_some())
                })
        })
    };
    match institution_appositive(text, tokens, k, b).or_else(person) {
        Some(n) => Mention { role: n.role.clone().or(m.role), ..n },
        None => m,
    }
}

/// The frame of a sentence without quotes, for reported speech.
/// Cues inside `quoted` (the words of a quote in the sentence) are the quote's, not the
/// sentence's.
pub(super) fn sentence_frame(text: &str, tokens: &[Token<'_>], quoted: &[Span], lang: Lang) -> Frame {
    let frame = cue_frames(text, tokens, quoted, lang);
    // `In dem Papier heißt es, …`, `heißt es in einer Mitteilung`: the document is the source,
    // not the impersonal `es`.
    let impersonal = lang == Lang::De
        && frame.cue.as_ref().is_some_and(|c| matches!(c.text.as_str(), "heißt" | "hieß"))
        && frame.mention.as_ref().is_some_and(|m| m.kind == MentionKind::Vague && m.text == "es");
    // (`Aus dem Innenministerium hieß es, …`: the body it came from.)
    let document = impersonal
        .then(|| {
            tokens.iter().enumerate().find_map(|(k, t)| {
                matches!(t.lower.as_str(), "in" | "im").then(|| document_source(text, tokens, k + 1, tokens.len()))?
            })
        })
        .flatten()
        .or_else(|| {
            impersonal.then_some(())?;
            let k = tokens.iter().position(|t| t.lower == "aus")?;
            tokens.get(k + 1).filter(|t| is_determiner(t))?;
            mention_after(text, tokens, k + 1, tokens.len(), lang).filter(|m| m.kind == MentionKind::Institution)
        });
    match document {
        Some(doc) => Frame { mention: Some(doc), ..frame },
        None => frame,
    }
}

/// The frame of the cues of a sentence, the most explicit first.
fn cue_frames(text: &str, tokens: &[Token<'_>], quoted: &[Span], lang: Lang) -> Frame {
    let mut cues = find_cues(tokens, 0, tokens.len(), lang);
    cues.retain(|c| !c.spans.iter().any(|s| quoted.iter().any(|q| q.contains(*s))));
    // `Another resident, who asked not to be identified because she feared …, said`: the
    // verbs of an English relative clause are not the sentence's cue.
    if lang == Lang::En {
        let relative = |k: usize| {
            (0..k).rev().find(|&j| tokens[j].is_punct(&[','])).is_some_and(|c| {
                tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "who" | "which"))
                    && !tokens[c + 1..k].iter().any(|t| t.is_punct(&[',']))
            })
        };
        if cues.iter().any(|c| !relative(c.index)) {
            cues.retain(|c| !relative(c.index));
        }
    }
    // The cue shown when no source is found: an explicit one (`zufolge`) before any verb.
    let first = cues.iter().find(|c| c.kind != CueKind::Verb).or(cues.first()).cloned();
    // An explicit source (`laut X`, `X zufolge`, `according to X`) outranks other verbs of the
    // sentence ("The EU has pledged aid, according to the Commission").
    cues.sort_by_key(|c| c.kind == CueKind::Verb);
    // `Western governments fear a new arms race, diplomats said.`: in English a short
    // attribution after the last comma closes the sentence and is its attribution; a verb
    // before it belongs to what was said.
    if lang == Lang::En {
        // (Not a verb inside what a participle after the comma says: `…, telling supporters
        // that he had called Ruiz`.)
        let at: Vec<usize> = cues.iter().map(|c| c.index).collect();
        let closing = |c: &CueHit| {
            let comma = (0..c.index).rev().find(|&k| tokens[k].is_punct(&[',']));
            let tail = &tokens[cue_end(tokens, c).min(tokens.len())..];
            c.kind == CueKind::Verb
                && comma.is_some_and(|k| k > 0 && c.index - k <= 6 && !at.iter().any(|&o| o > k && o < c.index))
                && tail.iter().filter(|t| t.word).count() <= 4
                && !tail.iter().any(|t| t.is_punct(&[',', ';', ':']))
        };
        if let Some(k) = cues.iter().position(closing).filter(|&k| k > 0) {
            if cues[..k].iter().all(|c| c.kind == CueKind::Verb) {
                let c = cues.remove(k);
                cues.insert(0, c);
            }
        }
        // `The mayor conceded defeat, saying the vote had been fair`: a participle of speech
        // after a comma outranks a verb before it that has no clause of its own (an object or
        // adverbials: `conceded shortly before midnight, telling supporters that …`).
        let participle = |c: &CueHit| {
            matches!(c.text.as_str(), "saying" | "telling") && c.index >= 1 && tokens[c.index - 1].is_punct(&[','])
        };
        if let Some(k) = cues.iter().position(participle).filter(|&k| k > 0) {
            let first = &cues[0];
            let object = tokens.get(cue_end(tokens, first)..cues[k].index - 1).unwrap_or_default();
            let clause = object.iter().any(|t| EN_AUXILIARIES.contains(&t.lower.as_str()) || t.lower.ends_with("ed"));
            if first.kind == CueKind::Verb && first.index < cues[k].index && object.len() <= 8 && !clause {
                let c = cues.remove(k);
                cues.insert(0, c);
            }
        }
    }
    // `Die Schäden beliefen sich nach ersten Schätzungen auf …, so die Rathauschefin.`: a
    // closing `so X` is the sentence's attribution; a source named inside it is part of what
    // was said.
    if lang == Lang::De {
        let closing_so = cues.iter().position(|c| {
            c.kind == CueKind::Before && c.text == "so" && c.index >= 2 && tokens[c.index - 1].is_punct(&[','])
        });
        if let Some(k) = closing_so.filter(|&k| k > 0 && cues[..k].iter().all(|c| c.index < cues[k].index)) {
            let c = cues.remove(k);
            cues.insert(0, c);
        }
    }
    // `Die Festnahmen zeigten, dass sich die Soko bewährt habe, erklärte ein Sprecher.`: a
    // German speech verb right after the last comma, with a short subject after it that ends
    // the sentence, is its attribution; the verbs before it belong to what was said.
    if lang == Lang::De {
        let closing = |c: &CueHit| {
            let tail = &tokens[cue_end(tokens, c).min(tokens.len())..];
            c.kind == CueKind::Verb
                && c.index >= 2
                && tokens[c.index - 1].is_punct(&[','])
                && (1..=6).contains(&tail.iter().filter(|t| t.word).count())
                && !tail.iter().any(|t| t.is_punct(&[',', ';', ':', '„', '“', '"']))
        };
        if let Some(k) = cues.iter().position(closing).filter(|&k| k > 0) {
            if cues[..k].iter().all(|c| c.kind == CueKind::Verb && c.index < cues[k].index) {
                let c = cues.remove(k);
                cues.insert(0, c);
            }
        }
    }
    // `Laut CNN hat der Minister verkündet, …`: a news outlet as the explicit source only passed
    // on what the subject of the speech verb said (and a possessive source, below, stands for
    // that subject).
    let mut via_outlet: Option<Frame> = None;
    let verbs = cues.iter().filter(|c| c.kind == CueKind::Verb).count();
    for cue in cues {
        let after = cue_end(tokens, &cue);
        let clause_end =
            (after..tokens.len()).find(|&k| tokens[k].is_punct(&[',', '.', ';', ':'])).unwrap_or(tokens.len());
        let clause_start = clause_start(text, tokens, cue.index, lang);
        let issuer = issued_by_subject(text, tokens, clause_start, &cue, lang);
        let cue = over_relay(tokens, cue, issuer.is_some());
        let agent =
            (cue.kind == CueKind::Verb).then(|| passive_agent(text, tokens, clause_start, &cue, lang)).flatten();
        // (`ist der Meinung`: the opinion noun is part of the cue, no one after the verb.)
        let in_cue = |m: &Mention| cue.spans.iter().any(|s| s.overlaps(m.span));
        let m = match cue.kind {
            // (After a report noun, only a genitive or `von` names someone: `laut dieser Studie
            // würden viele …` has no one after it.)
            CueKind::Before if own_account(tokens, &cue, lang) => {
                own_subject(text, tokens, clause_start, clause_end, &cue, lang)
            }
            CueKind::Before if issuer.is_some() => issuer,
            CueKind::Before => (!report_cue(&cue.text)
                || tokens.get(after).is_some_and(|t| t.capitalized() || GENITIVE.contains(&t.lower.as_str()))
                || after.checked_sub(1).is_some_and(|k| tokens[k].lower == "von"))
            .then(|| mention_after(text, tokens, after, clause_end, lang))
            .flatten()
            .or_else(|| compound_source(text, tokens, &cue, lang))
            .or_else(|| phrase_source(text, tokens, &cue, clause_end, lang))
            .filter(|m| opinion_holder(&cue, m))
            .map(|m| published_by(text, tokens, &m, clause_end, lang).unwrap_or(m))
            .map(possessive_report),
            CueKind::After => mention_before(text, tokens, clause_start, cue.index, lang).map(possessive_source),
            CueKind::Verb if agent.is_some() => agent,
            CueKind::Verb if relative_antecedent(text, tokens, &cue, lang).is_some() => {
                relative_antecedent(text, tokens, &cue, lang)
            }
            // A German verb at the end of its clause (`Die EU hat Myanmar zur Kooperation
            // aufgefordert.`) has the clause's subject, not the noun before it.
            // (So does `ist der Meinung, …`, whose noun `cue_end` counts to the cue; not a
            // separable verb, whose particle ends the clause after it.)
            CueKind::Verb
                if lang == Lang::De
                    && clause_end == after
                    && cue
                        .spans
                        .last()
                        .is_some_and(|s| tokens.get(after.wrapping_sub(1)).is_some_and(|t| t.end >= s.end)) =>
            {
                // `X, der Sprecher, dankte … und ergänzte, …`: a clause without a subject of
                // its own shares the sentence's.
                // (So does `X, Name, hatte erklärt, …`: only the auxiliary after the appositive,
                // and adverbs or a role with `als`: `hatte als Zeuge ausgesagt`.)
                let auxiliary_only = cue.index > clause_start
                    && (clause_start..cue.index).all(|k| {
                        let w = tokens[k].lower.as_str();
                        AUXILIARIES_DE.contains(&w)
                            || STOP_ADVERBS.contains(&w)
                            || w == "als"
                            || k > clause_start && tokens[k - 1].lower == "als"
                    });
                let shared = cue.index == clause_start
                    || auxiliary_only
                    || cue.index.checked_sub(1).is_some_and(|k| matches!(tokens[k].lower.as_str(), "und" | "sowie"));
                subject_frame(text, tokens, clause_start, cue.index, lang)
                    .or_else(|| shared.then(|| subject_frame(text, tokens, 0, cue.index, lang)).flatten())
                    .and_then(|f| f.mention)
            }
            // `…, dass Kämmerer X im Ausschuss gefragt habe, ob …`: the subject of a
            // subordinate clause follows its conjunction. An accusative or dative before the
            // verb is its object when someone follows the verb (`Den Haushalt verglich sie
            // mit …`), and what follows a verb right after `und` is its object: the subject is
            // shared.
            CueKind::Verb if quoted_as_saying(text, tokens, &cue, lang).is_some() => {
                quoted_as_saying(text, tokens, &cue, lang)
            }
            CueKind::Verb => impersonal_comment(text, tokens, &cue, lang)
                .or_else(|| nominative_after(text, tokens, &cue, lang))
                .or_else(|| {
                    (lang == Lang::De && clause_final(tokens, &cue))
                        .then(|| subordinate_subject(text, tokens, &cue, lang))
                        .flatten()
                })
                // `Health campaigners welcomed the findings but warned that …`: an English verb
                // after `and` or `but` shares the clause's subject.
                .or_else(|| {
                    // (`X rejected the accusation, saying …`: the participle after a comma.)
                    let participle = lang == Lang::En
                        && matches!(cue.text.as_str(), "saying" | "telling")
                        && cue.index > 2
                        && tokens[cue.index - 1].is_punct(&[',']);
                    let coordinated = lang == Lang::En
                        && cue.index > clause_start + 2
                        && matches!(tokens[cue.index - 1].lower.as_str(), "and" | "but");
                    let start = if participle { 0 } else { clause_start };
                    // The subject opens the clause, or is the name in its appositive (`A
                    // spokesman for the ministry, Pavel Ruska, rejected …`).
                    let first_comma = (start..cue.index).find(|&k| tokens[k].is_punct(&[',']));
                    let heads = |m: &Mention| {
                        m.span.start == tokens[start].start
                            || (m.role.is_some()
                                && first_comma.and_then(|c| tokens.get(c + 1)).is_some_and(|t| t.start == m.span.start))
                    };
                    // (The verb right after the appositive's closing comma: the subject with
                    // its appositive ends before it.)
                    let verb_after_appositive = || {
                        (start + 3..cue.index.saturating_sub(1))
                            .find(|&k| tokens[k - 1].is_punct(&[',']) && tokens[k].word && !tokens[k].capitalized())
                            .and_then(|k| mention_before(text, tokens, start, k, lang))
                    };
                    participle.then(verb_after_appositive).flatten().filter(|m| is_speaker_like(m) && heads(m)).or_else(
                        || {
                            (coordinated || participle)
                                .then(|| mention_after(text, tokens, start, cue.index - 1, lang))
                                .flatten()
                                .filter(|m| is_speaker_like(m) && heads(m))
                        },
                    )
                })
                .or_else(|| subject_before_asides(text, tokens, &cue, lang))
                .or_else(|| group_before_phrase(text, tokens, &cue, lang))
                .or_else(|| {
                    affiliated_person(text, tokens, clause_start, cue.index, lang)
                        .or_else(|| mention_before(text, tokens, 0, cue.index, lang))
                        .filter(|m| {
                            let object = object_first(tokens, clause_start, m);
                            // (`Zurückhaltender äußerte sich die Chemikerin X`: an adverb first.)
                            // (`Viele Vermieter versuchten, …, sagte Krendel`: a German phrase that
                            // ends in a past verb before a comma is a clause, no subject.)
                            let clause = lang == Lang::De
                                && m.kind != MentionKind::Pronoun
                                && m.text.split_whitespace().last().is_some_and(|w| {
                                    w.starts_with(char::is_lowercase) && (w.ends_with("te") || w.ends_with("ten"))
                                })
                                && tokens.iter().find(|t| t.start >= m.span.end).is_some_and(|t| t.is_punct(&[',']));
                            !weak_opening(tokens, m, lang)
                                && !clause
                                && !is_agency(&text[m.span.range()])
                                && (!(object || oblique(tokens, m, lang))
                                    || !mention_after(text, tokens, after, clause_end, lang).is_some_and(|a| {
                                        is_speaker_like(&a)
                                            && !in_cue(&a)
                                            && (object || subject_after_verb(tokens, &cue, &a))
                                    }))
                        })
                })
                .or_else(|| {
                    // English puts the subject after the verb only when the verb opens its
                    // clause (`…, said the ministry`); in `A person familiar with the matter
                    // said the authority had …` the noun after it begins what was said.
                    // (`… — so argued Dr. Maria Lindqvist, …`: after a dash and `so` too.)
                    let dash_so = cue.index >= 2
                        && tokens[cue.index - 1].lower == "so"
                        && tokens[cue.index - 2].is_punct(&['—', '–']);
                    let inverted = lang == Lang::De || cue.index == clause_start || dash_so;
                    // (`…, said the minister.`: in English the subject then ends the clause; in
                    // `…, who declined to be named, said the talks broke down` it is content.)
                    let ends_clause = |a: &Mention| {
                        let words = || tokens.iter().filter(|t| t.word && a.span.contains(Span::new(t.start, t.end)));
                        lang == Lang::De
                            || (tokens.iter().find(|t| t.start >= a.span.end).is_none_or(|t| !t.word)
                                && words().any(|t| t.capitalized() || is_role(&t.lower)))
                    };
                    mention_after(text, tokens, after, clause_end, lang)
                        .filter(|a| inverted && !in_cue(a) && ends_clause(a) && !object_case(a, lang))
                        .map(|a| coordinated_subject(text, tokens, 0, &cue, lang).unwrap_or(a))
                })
                .or_else(|| {
                    // `Das geht aus einer Studie hervor, die Forschende der Universität X
                    // vorgestellt haben`: the document's publisher in a relative clause.
                    let from = (after..clause_end).find(|&k| tokens[k].lower == "aus")?;
                    let doc = document_source(text, tokens, from + 1, clause_end)?;
                    publisher_after(text, tokens, &doc, lang)
                }),
        };
        // (`Das geht aus einer Studie hervor, die Forschende der Universität X vorgestellt
        // haben`: the publisher named in a relative clause after the document.)
        let m = m.map(|m| {
            let document = m.kind == MentionKind::Vague
                && m.text.split_whitespace().last().is_some_and(|w| is_document(&w.to_lowercase()));
            if document {
                publisher_after(text, tokens, &m, lang).unwrap_or(m)
            } else {
                m
            }
        });
        // (A name inside the quotation marks is what was said, not who said it: `als „… der
        // Wiener SPÖ“ bezeichnet`.)
        let in_quote = |m: &Mention| quoted.iter().any(|q| q.overlaps(m.span));
        if let Some(m) = m.filter(|m| !is_agency(&text[m.span.range()]) && !in_quote(m)) {
            // (So does a reporter: `X erklärte nach Angaben des Pool-Reporters, …` is X's.)
            // (`eines Pool-Reporters`, anonymous, has no role but its words.)
            let described = m.role.as_deref().or((m.kind == MentionKind::Anonymous).then_some(m.text.as_str()));
            let reporter = described.is_some_and(|r| {
                let r = r.to_lowercase();
                JOURNALISTS.iter().any(|w| r.contains(w))
            });
            let outlet = cue.kind != CueKind::Verb
                && (reporter
                    || crate::lexicon::agencies::find_outlets(&text[m.span.range()])
                        .iter()
                        .any(|o| o.end - o.start + 4 >= m.span.len()));
            // `X erklärte, Nordkorea besitze seiner Meinung nach …`: the possessive stands for
            // the speech verb's subject, which names them.
            let possessive = cue.kind == CueKind::After && m.kind == MentionKind::Pronoun;
            // (`X warned that …, according to a bulletin released on Monday`: a document no one
            // is named for only carries what the verb's subject said.)
            let document = cue.kind != CueKind::Verb
                && m.kind == MentionKind::Vague
                && m.text.split_whitespace().last().is_some_and(|w| is_document(&w.to_lowercase()));
            let frame = Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false };
            if (outlet || possessive || document) && verbs > 0 && via_outlet.is_none() {
                via_outlet = Some(frame);
                continue;
            }
            return frame;
        }
    }
    via_outlet.unwrap_or(Frame { cue: first, mention: None, by_subject: false, carried: false })
}

/// `Derek Pawley, 71, a retired postman whose bungalow …, said`, `Lorna Imrie, a spokeswoman
/// for Keystone Bulk Haulage, which owned the truck, said`: an English subject that opens the
/// sentence, with asides between commas before the verb (an age, a role, a relative clause).
/// The role among the asides is the subject's role.
fn subject_before_asides(text: &str, tokens: &[Token<'_>], cue: &CueHit, lang: Lang) -> Option<Mention> {
    // (Dashes set off an aside as commas do: `The minister — who has faced calls to resign —
    // insisted …`.)
    let aside_mark = |t: &Token<'_>| t.is_punct(&[',', '—', '–']);
    if lang != Lang::En || cue.index < 2 || !aside_mark(&tokens[cue.index - 1]) {
        return None;
    }
    // (Not a comma inside quotation marks: `wearing "Park Here, Pay Twice" stickers`.)
    let mut quoted = false;
    let commas: Vec<usize> = (0..cue.index)
        .filter(|&k| {
            let t = &tokens[k];
            if t.is_punct(&['"']) {
                quoted = !quoted;
            } else if t.is_punct(&['“']) {
                quoted = true;
            } else if t.is_punct(&['”']) {
                quoted = false;
            }
            aside_mark(t) && !quoted
        })
        .collect();
    let first = *commas.first()?;
    // (`The group, Cinema Workers United, said`: the institution's name, not a role.)
    if let Some(named) = commas.get(1).and_then(|&second| institution_appositive(text, tokens, first, second)) {
        return Some(named);
    }
    // `The committee's chair, Sarah Whitfield MP, said`, `The rail minister, Peter Hollins, who
    // …, said`: the name in the first aside after a role.
    let appositive = commas.get(1).and_then(|&second| name_appositive(text, tokens, first + 1, second, lang));
    let mut role = None;
    // (`Darnell Fisk, who owns a company in Tulsa, Okla., with 23 employees, said`: a relative
    // clause goes on over the commas after it.)
    let mut in_relative = false;
    for (k, pair) in commas.windows(2).enumerate() {
        if k == 0 && appositive.is_some() || in_relative {
            continue;
        }
        let aside = &tokens[pair[0] + 1..pair[1]];
        // (`Danny Holt, now a television pundit, said`: the role the subject has now.)
        let now = aside.len() > 2
            && matches!(aside[0].lower.as_str(), "now" | "formerly" | "once")
            && matches!(aside[1].lower.as_str(), "a" | "an" | "the");
        let aside = if now { &aside[1..] } else { aside };
        let opener = aside.first()?;
        // (`Mia Hartley, 16, of Ottawa, said`: where the subject is from.)
        let from_place = matches!(opener.lower.as_str(), "of" | "from")
            && (2..=4).contains(&aside.len())
            && aside[1..].iter().all(|t| t.word && t.capitalized());
        // (`several of whom packed the chamber`, `most of which`: a relative clause too.)
        let of_whom = aside.len() > 3
            && aside[1].lower == "of"
            && matches!(aside[2].lower.as_str(), "whom" | "which")
            && !opener.capitalized();
        let relative = matches!(opener.lower.as_str(), "who" | "whose" | "which" | "where") || of_whom;
        in_relative = relative;
        let age = aside.len() == 1 && opener.text.chars().all(|c| c.is_ascii_digit())
            || party_affiliation(&text[tokens[pair[0]].end..tokens[pair[1]].start]);
        // (`The report, published on Thursday by …, said`: a participle phrase.)
        let participle = !opener.capitalized() && (opener.lower.ends_with("ed") || opener.lower.ends_with("ing"));
        // (`The union's report, "Running on Empty", found`: its title.)
        let title = opener.is_punct(&['"', '“', '‘'])
            && aside.len() > 2
            && aside.last().is_some_and(|t| t.is_punct(&['"', '”', '’']));
        // (`Tomas Rebane, one of the two dissenters, said`: which of a group the subject is.)
        let one_of = opener.lower == "one" && aside.len() > 2 && aside[1].lower == "of" || opener.lower == "among";
        // (`a retired postman whose bungalow …`: a noun phrase, up to its own relative clause.)
        let noun_phrase = matches!(opener.lower.as_str(), "a" | "an" | "the");
        let role_phrase = noun_phrase || aside.iter().take(4).any(|t| t.word && is_role(&t.lower));
        if role_phrase && !relative && !one_of && role.is_none() {
            let own_relative = aside.iter().position(|t| matches!(t.lower.as_str(), "who" | "whose" | "which"));
            let words = &aside[usize::from(noun_phrase)..own_relative.unwrap_or(aside.len())];
            role = Some(words.iter().map(|t| t.text).collect::<Vec<_>>().join(" "));
        } else if !relative && !age && !participle && !from_place && !title && !one_of {
            return None;
        }
    }
    // (`Residents on the city's east side, where …, said`: a group with where it is from.)
    let group_before = || group_phrase(text, &tokens[..first], lang);
    // (`A report by the union, published …, found`: the document's author, after `by`.)
    let author = |m: &Mention| {
        let k = tokens.partition_point(|t| t.end <= m.span.start);
        let by = tokens[..k].iter().rposition(|t| t.lower == "by").filter(|&b| k - b <= 4);
        by.is_some_and(|b| {
            // (`A report published this week by …`.)
            tokens[..b].iter().filter(|t| t.word).count() <= 6
                && tokens[..b].iter().take(3).any(|t| is_document(&t.lower))
        })
    };
    let m = mention_before(text, tokens, 0, first, lang)
        .filter(|m| m.span.start == tokens[0].start || author(m))
        .or_else(|| appositive.is_none().then(group_before).flatten())?;
    if m.kind == MentionKind::Description && m.span.start == tokens[0].start {
        if let Some(name) = appositive {
            return Some(Mention { role: name.role.clone().or(m.role), ..name });
        }
    }
    // (A document speaks for whoever wrote it: `The report, published …, said`.)
    let document = m.kind == MentionKind::Vague && m.name.is_none() && m.text.split_whitespace().count() <= 3;
    let group = matches!(m.kind, MentionKind::Vague | MentionKind::Anonymous) && m.span.end == tokens[first].start;
    let someone = matches!(m.kind, MentionKind::Person | MentionKind::Institution)
        || group
        || (m.kind == MentionKind::Description && is_speaker_like(&m))
        || document;
    if m.span.start != tokens[0].start && !author(&m) || !someone {
        return None;
    }
    Some(as_business(Mention { role: m.role.clone().or(role), ..m }, lang))
}

/// `according to figures published on Thursday by the Rail Standards Office`: a document
/// with no one named in it, then a participle and `by`, is the publisher's.
fn published_by(text: &str, tokens: &[Token<'_>], m: &Mention, to: usize, lang: Lang) -> Option<Mention> {
    if lang != Lang::En || m.kind != MentionKind::Vague {
        return None;
    }
    let after = tokens.iter().position(|t| t.start >= m.span.end)?;
    tokens.get(after).filter(|t| t.word && t.lower.ends_with("ed"))?;
    let by = (after + 1..to.min(after + 6)).take_while(|&k| tokens[k].word).find(|&k| tokens[k].lower == "by")?;
    mention_after(text, tokens, by + 1, to, lang).filter(|p| is_named(p) && p.kind != MentionKind::Vague)
}

/// The publisher of the document `doc` named in a German relative clause after it (and the
/// particle of the verb): `einer Studie hervor, die Forschende der Universität Hohenfels
/// vorgestellt haben` is the university's, `den Bericht, den das Institut veröffentlicht hat`
/// the institute's.
fn publisher_after(text: &str, tokens: &[Token<'_>], doc: &Mention, lang: Lang) -> Option<Mention> {
    const PUBLISHED: &[&str] = &[
        "vorgestellt", "veröffentlicht", "vorgelegt", "präsentiert", "erstellt", "durchgeführt", "herausgegeben",
        "verfasst", "erarbeitet", "publiziert", "verbreitet", "vorstellten", "veröffentlichten", "vorlegten",
        "präsentierten", "vorstellte", "veröffentlichte", "vorlegte", "präsentierte",
    ];
    if lang != Lang::De {
        return None;
    }
    let mut k = tokens.iter().position(|t| t.start >= doc.span.end)?;
    while tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "hervor" | "aus")) {
        k += 1;
    }
    let relative = tokens.get(k).is_some_and(|t| t.is_punct(&[',']))
        && tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "die" | "das" | "den" | "welche" | "welches"));
    if !relative {
        return None;
    }
    let verb = (k + 2..tokens.len().min(k + 16))
        .take_while(|&j| !tokens[j].is_punct(&[',', '.', ';']))
        .find(|&j| PUBLISHED.contains(&tokens[j].lower.as_str()))?;
    let m = mention_after(text, tokens, k + 2, verb, lang)?;
    // (`Forschende der Universität Hohenfels`: the body the group works for.)
    let genitive = (k + 3..verb).find(|&j| {
        tokens[j].start > m.span.start
            && tokens[j].start <= m.span.end + 1
            && matches!(tokens[j].lower.as_str(), "der" | "des")
    });
    let body = genitive
        .and_then(|j| mention_after(text, tokens, j, verb, lang))
        .filter(|b| b.kind == MentionKind::Institution);
    body.or_else(|| (is_named(&m) && m.kind != MentionKind::Vague).then_some(m))
}

/// `…, according to figures from the Rail Standards Office, which warned that …`: an English
/// speech verb right after `which` or `who` and a comma is said by the mention before them.
fn relative_antecedent(text: &str, tokens: &[Token<'_>], cue: &CueHit, lang: Lang) -> Option<Mention> {
    let k = cue.index.checked_sub(2)?;
    if lang != Lang::En || !tokens[k].is_punct(&[',']) || !matches!(tokens[k + 1].lower.as_str(), "which" | "who") {
        return None;
    }
    // The antecedent opens after the last preposition or verb before it (`backed by Senator X,
    // who said`, `published by the Rail Standards Office, which warned`).
    let open = (0..k)
        .rev()
        .find(|&j| !tokens[j].word || is_preposition(&tokens[j]) || EN_AUXILIARIES.contains(&tokens[j].lower.as_str()))
        .map_or(0, |j| j + 1);
    mention_after(text, tokens, open, k, lang).filter(|m| is_speaker_like(m) && m.span.end == tokens[k].start)
}

/// `Some business owners on the west side said …`: an English group that opens the sentence,
/// with a prepositional phrase before the verb (the noun right before the verb is the phrase's,
/// not the subject). The source is the whole phrase, as with `Residents of the estate`.
fn group_before_phrase(text: &str, tokens: &[Token<'_>], cue: &CueHit, lang: Lang) -> Option<Mention> {
    if lang != Lang::En || cue.index > 10 {
        return None;
    }
    let before = &tokens[..cue.index];
    // (`Water managers across the region have warned`: the perfect's auxiliary stands between.)
    let before = match before {
        [rest @ .., aux] if matches!(aux.lower.as_str(), "have" | "has" | "had") => rest,
        _ => before,
    };
    if before.iter().any(|t| !t.word || EN_AUXILIARIES.contains(&t.lower.as_str())) {
        return None;
    }
    group_phrase(text, before, lang)
}

/// A group and where it is from (`Residents of the estate`, `Water managers across the
/// region`): a phrase with a preposition that is a vague source as a whole. A plural agent noun
/// in lower case before the preposition heads a group, whatever the capital of the sentence's
/// first word makes of the phrase.
fn group_phrase(text: &str, phrase: &[Token<'_>], lang: Lang) -> Option<Mention> {
    let prep = (1..phrase.len()).find(|&k| is_preposition(&phrase[k]))?;
    let m = parse_mention(text, phrase, lang)?;
    let head = &phrase[prep - 1];
    let group = !head.capitalized() && head.lower.ends_with('s') && is_agent_noun(&head.lower);
    match m.kind {
        MentionKind::Vague | MentionKind::Anonymous => Some(m),
        _ if group => Some(Mention { kind: MentionKind::Vague, name: None, role: None, gender: None, ..m }),
        _ => None,
    }
}

/// The agent of a German speech verb in the passive: `Die Gefahr wurde vom Deutschen
/// Wetterdienst als „sehr hoch“ eingestuft` → the weather service.
fn passive_agent(text: &str, tokens: &[Token<'_>], from: usize, cue: &CueHit, lang: Lang) -> Option<Mention> {
    if lang != Lang::De || cue.spans.len() != 1 {
        return None;
    }
    let clause = from.min(cue.index)..cue.index;
    let auxiliary = tokens[clause.clone()]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "wurde" | "wurden" | "wird" | "werden" | "worden"));
    let participle = cue.text.ends_with('t') || (cue.text.ends_with("en") && cue.text.contains("ge"));
    if !auxiliary || !participle {
        return None;
    }
    // `In einem Bericht der Zeitung werden die Vorkehrungen als „extrem“ bezeichnet`, `So wird
    // in einer Mitteilung der Organisation gefordert, …`: the document the clause puts the
    // verb in, or its publisher, speaks.
    // (`Im Bericht wird ein Augenzeuge zitiert`: the one quoted speaks.)
    let document = || {
        (!cue.text.starts_with("zitiert")).then_some(())?;
        let k = clause.clone().find(|&k| matches!(tokens[k].lower.as_str(), "in" | "im"))?;
        let noun = (k + 1..cue.index.min(k + 5)).find(|&j| tokens[j].capitalized())?;
        is_document(&tokens[noun].lower).then_some(())?;
        let of = tokens.get(noun + 1).filter(|t| matches!(t.lower.as_str(), "der" | "des" | "von" | "vom"));
        mention_after(text, tokens, if of.is_some() { noun + 1 } else { k + 1 }, cue.index, lang)
            .filter(|m| {
                // (After `der`, `des`, `von` any noun phrase names the publisher: `eines
                // Berichts des Nordkurier`.)
                (is_named(m) || of.is_some() && m.kind == MentionKind::Description)
                    && m.kind != MentionKind::Vague
                    && !m.text.split(['-', ' ']).next_back().is_some_and(|w| is_document(&w.to_lowercase()))
            })
            .or_else(|| document_source(text, tokens, k + 1, cue.index))
    };
    // The last `von` before the verb: `die Gefahr von Waldbränden vom Wetterdienst`.
    let by = clause.clone().rev().find(|&k| matches!(tokens[k].lower.as_str(), "von" | "vom"));
    by.and_then(|by| mention_after(text, tokens, by + 1, cue.index, lang))
        .filter(|m| is_named(m) || is_speaker_like(m))
        .or_else(document)
}

/// Whether a mention is just an agency's name: agencies relay, they are not speakers here.
pub(super) fn is_agency(mention: &str) -> bool {
    let found = crate::lexicon::agencies::find_agencies(mention);
    let lower = mention.to_lowercase();
    (!found.is_empty() && mention.split_whitespace().count() <= found.len() + 4)
        || lower.ends_with("nachrichtenagentur")
        || lower.ends_with("presseagentur")
}

/// The words that were reported, without the attribution around them: `Der Minister sagte
/// am Montag, die Lage sei ernst` → `die Lage sei ernst`; `The plan will cost more, the
/// ministry said` → `The plan will cost more`; `Laut Polizei gab es drei Verletzte` → `gab es
/// drei Verletzte`. When the attribution sits in the middle, the whole sentence stays.
/// Whether a German word opens a predicate that shares the subject before it: a past form
/// (`wollte`, `nannte`) or a common finite verb in the indicative, not in Konjunktiv.
fn coordinated_verb(t: &Token<'_>) -> bool {
    const FINITE: &[&str] = &[
        "hat", "hatte", "hatten", "ist", "war", "waren", "will", "kann", "muss", "wird", "wurde", "wurden", "gab",
        "ließ", "sprach", "wies", "rief", "nahm", "ging", "kam", "blieb",
    ];
    let w = t.lower.as_str();
    t.word
        && !t.capitalized()
        && !is_preposition(t)
        && (FINITE.contains(&w) || (w.ends_with("te") || w.ends_with("ten")) && w.chars().count() > 4)
        && !KONJUNKTIV.contains(&t.lower)
        && !KONJUNKTIV_II.contains(&t.lower)
}

pub(super) fn reported_content(
    text: &str,
    tokens: &[Token<'_>],
    seg: Span,
    frame: &Frame,
    source: Option<Span>,
    lang: Lang,
) -> Span {
    let Some(cue) = &frame.cue else { return seg };
    // `A person familiar with the matter said …`: an English anonymous source found in the
    // sentence rather than by the frame stands where the frame's mention would.
    let mention_span = match (&frame.mention, source) {
        // (`according to people familiar with the matter`: the source phrase is longer.)
        (Some(m), Some(s)) if s.contains(m.span) => s,
        // (`Nach Angaben aus Regierungskreisen soll …`: the source right after the mention.)
        (Some(m), Some(s)) if s.start >= m.span.end && text[m.span.end..s.start].trim().is_empty() => {
            Span::new(m.span.start, s.end)
        }
        (Some(m), _) => m.span,
        // (`Another employee, who asked not to be identified because …, said`: the phrase
        // sits in a relative clause about the subject; the subject runs up to the verb.)
        (None, Some(s)) if lang == Lang::En && cue.kind == CueKind::Verb => {
            let at = cue.spans[0].start;
            let before_cue = tokens.iter().rev().find(|t| t.end <= at).filter(|t| t.is_punct(&[',']));
            match before_cue {
                Some(c) if s.end <= c.start && text[seg.start..s.end].contains(", who") => Span::new(seg.start, c.end),
                _ => s,
            }
        }
        // (`…, according to people familiar with the matter`: the source after the cue.)
        (None, Some(s)) if lang == Lang::En && cue.kind == CueKind::Before && s.start >= cue.spans[0].end => s,
        // (`Die Nachrichtenagentur AP berichtete, …`, `Laut dpa …`: an agency that relays.)
        (None, Some(s)) if lang == Lang::De => s,
        _ => return seg,
    };
    let block_start = cue.spans.iter().map(|s| s.start).chain([mention_span.start]).min().unwrap_or(seg.start);
    // (`…, a report by the union said`, `…, a review led by X found`: the document whose author
    // the mention is belongs to the attribution, from the word after the comma.)
    let block_start = {
        let k = tokens.partition_point(|t| t.end <= block_start);
        let by = k.checked_sub(1).filter(|&b| lang == Lang::En && tokens[b].lower == "by");
        let comma = by.and_then(|b| (b.saturating_sub(6)..b).rev().find(|&j| tokens[j].is_punct(&[','])));
        match (by, comma) {
            (Some(b), Some(c)) if tokens[c + 1..b].iter().any(|t| t.word && is_document(&t.lower)) => {
                tokens[c + 1].start
            }
            _ => block_start,
        }
    };
    // (`…, wie eine Sprecherin mitteilte.`: a comment clause after what was said is the
    // attribution too, from its `wie`.)
    // (`Zur Finanzierung bekomme das Unternehmen, wie es hieß, 4,3 Millionen Euro`: a comment
    // clause inside what was said leaves all of the sentence to it.)
    {
        let k = tokens.partition_point(|t| t.end <= block_start);
        let cue_end = cue.spans.iter().map(|s| s.end).max().unwrap_or(0);
        let next = tokens.iter().position(|t| t.start >= cue_end);
        // (Not right after a relative pronoun: in `…, die, wie er sagt, die Ermittlungen …
        // geführt habe` what was said is the relative clause.)
        let relative =
            k >= 4 && tokens[k - 4].is_punct(&[',']) && RELATIVE_PRONOUNS.contains(&tokens[k - 3].lower.as_str());
        let inside = lang == Lang::De
            && k >= 3
            && !relative
            && tokens[k - 1].lower == "wie"
            && tokens[k - 2].is_punct(&[','])
            && next
                .is_some_and(|n| tokens[n].is_punct(&[',']) && tokens[n + 1..].iter().filter(|t| t.word).count() >= 2);
        if inside {
            return seg;
        }
    }
    let block_start = {
        let k = tokens.partition_point(|t| t.end <= block_start);
        let comment = lang == Lang::De
            && k >= 2
            && tokens[k - 1].lower == "wie"
            && tokens[k - 2].is_punct(&[','])
            && cue.spans.iter().all(|s| s.start > tokens[k - 1].start)
            // (At the end of the sentence: `…, die, wie er sagt, …` goes on with what was said.)
            && {
                let cue_end = cue.spans.iter().map(|s| s.end).max().unwrap_or(0);
                !tokens.iter().any(|t| t.start >= cue_end && t.word)
            };
        if comment {
            tokens[k - 1].start
        } else {
            block_start
        }
    };
    // (`… — so argued X`: the `so` after the dash belongs to the attribution.)
    let block_start = {
        let k = tokens.partition_point(|t| t.end <= block_start);
        if lang == Lang::En && k >= 2 && tokens[k - 1].lower == "so" && tokens[k - 2].is_punct(&['—', '–']) {
            tokens[k - 1].start
        } else {
            block_start
        }
    };
    let block_end = cue.spans.iter().map(|s| s.end).chain([mention_span.end]).max().unwrap_or(seg.end);
    let before = tokens.iter().filter(|t| t.end <= block_start && t.word).count();
    let rest: Vec<&Token<'_>> = tokens.iter().filter(|t| t.start >= block_end).collect();
    let boundary = |t: &&Token<'_>| t.is_punct(&[',', '—', '–']);
    let after = rest.iter().filter(|t| t.word).count();
    // `…, berichtet das Portal X unter Berufung auf einen Augenzeugen`: an appositive or the
    // source's own source after it still belong to the attribution.
    let relayed = super::agencies::cites_source(rest.first().copied(), rest.get(1).copied());
    // (`…, the authority said — a claim the union disputed`: an aside after a dash, too.)
    // (German `– so Canny –, trotzdem …` is a parenthesis: the content goes on after it.)
    let aside = |t: &&Token<'_>| t.is_punct(&[',']) || (lang == Lang::En && t.is_punct(&['—', '–']));
    // (`…, according to a lawyer who advises on competition cases`: a relative clause too.)
    let relative_after = lang == Lang::En && rest.first().is_some_and(|t| matches!(t.lower.as_str(), "who" | "which"));
    // (Not `…, 37 Prozent sind jedoch der gegenteiligen Auffassung, dass …`: what was said.)
    let says_next = rest.get(1).is_some_and(|t| matches!(t.lower.as_str(), "dass" | "daß" | "ob" | "that"));
    let appositive_after = (rest.first().is_some_and(aside) || relayed || relative_after) && after <= 12 && !says_next;
    // `…, health officials said Monday, as a problem at a supplier drags on`: a subordinate
    // clause after the attribution (past a day or time) is background, not what was said.
    let background = lang == Lang::En && {
        let time = rest.iter().take_while(|t| t.word && (DAYS.contains(&t.lower.as_str()) || t.lower == "on")).count();
        rest.get(time).is_some_and(|t| t.is_punct(&[',']))
            && rest.get(time + 1).is_some_and(|t| {
                // (`…, a UN panel said Monday, in its starkest assessment yet`: a phrase after
                // it too.)
                matches!(
                        t.lower.as_str(),
                        "in" | "amid" | "during" | "following" | "despite" | "ahead"
                            | "as" | "while"
                            | "after"
                            | "before"
                            | "because"
                            | "although"
                            | "though"
                            | "since"
                            | "when"
                            | "adding"
                    )
                    // (`…, the union said on Monday, deepening disruption at …`: a participle
                    // clause after the attribution is the reporter's.)
                    || (t.lower.ends_with("ing")
                        && t.lower.len() > 5
                        && !matches!(t.lower.as_str(), "saying" | "telling" | "noting" | "warning"))
            })
    };
    // The words before a comma are the content only if they make a clause: in `Der
    // Bürgermeister, Tobias Renner, äußerte sich` they are the role of the name after them;
    // in `Asked whether …, Whitcombe said she would not` they are an opening phrase (below).
    let before_block = &tokens[..tokens.partition_point(|t| t.end <= block_start)];
    // (An English copula or auxiliary makes a clause too: `Damage was in the city, according to …`.)
    let clause_before = finite_verb(before_block, 0, before_block.len()).is_some()
        || (lang == Lang::En && before_block.iter().any(|t| EN_AUXILIARIES.contains(&t.lower.as_str())));
    // The words before the attribution, past an English opening phrase (`Outside the
    // courthouse, …`, `In a brief televised address, …`): the subject with its appositives
    // (`The spokesman, Pavel Drnic,`, `the victim's mother, Linda Vance,`), or a clause.
    let prefix_all: Vec<&Token<'_>> = tokens.iter().filter(|t| t.end <= block_start).collect();
    // (Not `At least 87 people have died,`: after a preposition, words with a verb of their
    // own are a clause.)
    let opening = (lang == Lang::En && prefix_all.first().is_some_and(|t| opens_phrase(t)))
        .then(|| prefix_all.iter().position(boundary).map(|k| k + 1))
        .flatten()
        .filter(|&k| {
            !is_preposition(prefix_all[0])
                || !prefix_all[..k].iter().any(|t| EN_AUXILIARIES.contains(&t.lower.as_str()))
        })
        .unwrap_or(0);
    // (`In its quarterly "…", published alongside the decision, the bank said`: a participle
    // phrase after the opening phrase belongs to it.)
    let opening = match prefix_all.get(opening) {
        Some(t) if opening > 0 && t.word && !t.capitalized() && t.lower.ends_with("ed") => {
            prefix_all[opening..].iter().position(boundary).map_or(opening, |k| opening + k + 1)
        }
        _ => opening,
    };
    let prefix = &prefix_all[opening..];
    let commas = prefix.iter().filter(|t| boundary(t)).count();
    // (Not a clause: `The report was only a draft, people familiar with the case said`,)
    // (The appositive is a name: not `The West fears the worst, diplomats said`.)
    // (Or its role: `The firm's founder, veteran engineer Lucia Andrade, said`.)
    let role_first =
        frame.mention.as_ref().is_some_and(|m| m.role.as_ref().is_some_and(|r| m.text.starts_with(r.as_str())));
    let name_follows = role_first || tokens.iter().find(|t| t.start >= block_start).is_some_and(|t| t.capitalized());
    let appositive = commas == 1
        && name_follows
        && prefix.last().is_some_and(boundary)
        && prefix.len() <= 10
        && !prefix.iter().any(|t| EN_AUXILIARIES.contains(&t.lower.as_str()))
        // (nor `The talks failed,`: a past tense that no article introduces)
        && !prefix.windows(2).any(|w| w[1].lower.ends_with("ed") && !is_determiner(w[0]))
        && (prefix.first().is_some_and(|t| is_determiner(t))
            || prefix.iter().take(3).any(|t| t.lower.ends_with("'s") || t.lower.ends_with("’s")));
    let opening_phrase = opening > 0 && (commas == 0 || appositive);
    let clause_before = clause_before && !(lang == Lang::En && (appositive || opening_phrase));
    // (`In dem Papier, das der Zeitung vorliegt, heißt es, die Reform sei gescheitert`: a short
    // clause in Konjunktiv after the attribution is what was said.)
    let reported_after = lang == Lang::De
        && rest.first().is_some_and(|t| t.is_punct(&[',']))
        && rest.iter().any(|t| KONJUNKTIV.contains(&t.lower));
    // (`…, sagte Vorstandschef X in einer Telefonkonferenz mit Journalisten.`: phrases after a
    // preposition, with no verb and no comma, say where or to whom it was said.)
    // (Not after a subordinate clause or a prepositional phrase that opens the sentence: in
    // `Da …, rechnet X mit …`, `Während …, fordert X …` the main clause comes after.)
    let opens_main = tokens.iter().find(|t| t.word && t.start >= seg.start).is_some_and(|t| {
        let w = t.lower.as_str();
        !is_preposition(t)
            && !SUBORDINATORS.contains(&w)
            && !matches!(w, "als" | "seitdem" | "sobald" | "falls" | "ob")
            && !matches!(w, "as" | "while" | "because" | "when" | "although" | "after" | "before" | "since" | "if")
    });
    let where_said = opens_main
        && rest.first().is_some_and(|t| is_preposition(t))
        && after <= 10
        && !rest.iter().any(&boundary)
        && finite_verb(&tokens[tokens.len() - rest.len()..], 0, rest.len()).is_none();
    let content = if before > 1
        && (after <= 4 || appositive_after || background || where_said)
        && !reported_after
        && clause_before
        && tokens.iter().rev().find(|t| t.end <= block_start).is_some_and(|t| boundary(&t))
    {
        // Attribution last, after a comma (`…, sagte X, der Sprecher`): the content ends there.
        let end = tokens.iter().filter(|t| t.end <= block_start && boundary(t)).map(|t| t.start).next_back();
        Span::new(seg.start, end.unwrap_or(block_start))
    } else if cue.kind == CueKind::Verb {
        // Attribution first: the content follows the next comma or colon (`sagte am Montag, …`);
        // in English it may follow the verb directly (`said the plan would …`), but a German
        // verb without a clause after it takes an object (`befürchten einen Austausch`).
        // Not a comma inside a quotation (`nannte sie „ärgerlich, aber verkraftbar“`).
        let (open, close): (&[char], &[char]) = match lang {
            Lang::De => (&['„', '»'], &['“', '«']),
            Lang::En => (&['“'], &['”']),
        };
        let mut depth = 0usize;
        let comma = rest
            .iter()
            .position(|t| {
                if t.is_punct(open) {
                    depth += 1;
                } else if t.is_punct(close) || t.is_punct(&['"']) {
                    depth = if t.is_punct(&['"']) && depth == 0 { 1 } else { depth.saturating_sub(1) };
                }
                depth == 0 && t.is_punct(&[',', ':'])
            })
            .filter(|&k| rest[..k].iter().filter(|t| t.word).count() <= 6)
            // (`bestätigte den Vorfall, wollte aber keine Details nennen`: a German verb in the
            // indicative right after the comma shares the subject; it is no clause of content.)
            // (Not after a verb that ends its clause: `Wie die ESA mitteilte, führte …`.)
            // (Nor a second speech verb: `bestätigten den Zwischenfall, teilten jedoch mit, …`.)
            .filter(|&k| {
                let object = rest[..k].iter().any(|t| t.word && !coordinated_verb(t));
                // (`…, letzte Woche sei …`, `…, heute sei …`: an adjective before its noun, or a
                // clause in Konjunktiv, is what was said.)
                let clause = &rest[(k + 1).min(rest.len())..];
                let end = clause.iter().position(|t| t.is_punct(&[',', '.', ';'])).unwrap_or(clause.len());
                let reported = clause[..end].iter().any(|t| KONJUNKTIV.contains(&t.lower));
                let verb = clause.first().is_some_and(|t| {
                    coordinated_verb(t)
                        && !is_cue_verb(&t.lower, lang)
                        && !clause.get(1).is_some_and(|n| n.capitalized())
                });
                lang == Lang::En || !object || reported || !verb
            })
            // English content follows the verb directly (`said turnout was 67 percent, the
            // highest since 2006`); a comma after the verb's own adverbials is German
            // (`sagte am Montag, …`) or `said on Monday: …`.
            .filter(|&k| {
                lang == Lang::De
                    || rest[k].is_punct(&[':'])
                    || rest.first().is_some_and(|t| is_preposition(t) || DAYS.contains(&t.lower.as_str()))
            });
        // `told reporters the talks had failed`, `told local radio it would …`, `told CNN
        // Obama was wrong`: the addressee first, up to the article or pronoun that opens what
        // was said, else one noun phrase.
        let addressee = if lang == Lang::En && matches!(cue.text.as_str(), "told" | "tells" | "tell" | "telling") {
            let opens = |t: &&Token<'_>| is_determiner(t) || is_pronoun(t);
            rest.iter().enumerate().skip(1).take(4).find(|(_, t)| opens(t)).map_or_else(
                || {
                    let det = usize::from(rest.first().is_some_and(|t| is_determiner(t)));
                    det + 1 + rest.iter().skip(det + 1).take_while(|t| t.word && t.capitalized()).count()
                },
                |(k, _)| k,
            )
        } else {
            0
        };
        // `said in a statement that …`, `warned that …, according to …`: in English "that"
        // soon after the verb opens what was said; not after a clause that already began
        // (`say the project will destroy the grounds that sustain …`).
        let clause_opens = rest.first().is_some_and(|t| t.lower != "that" && (is_determiner(t) || is_pronoun(t)));
        let that = (lang == Lang::En && !clause_opens)
            .then(|| {
                // (After `told`, quotation marks may name the programme told: `told CNN's
                // "State of the Union" that …`.)
                let told = matches!(cue.text.as_str(), "told" | "tells" | "tell");
                let open =
                    |t: &Token<'_>| t.is_punct(&[',', ':', ';']) || (!told && t.is_punct(&['"', '“', '”', '‘', '\'']));
                // Not past a verb of the content (`said Halas had conceded that …`).
                let verb = |t: &Token<'_>| EN_AUXILIARIES.contains(&t.lower.as_str());
                rest.iter().take(12).take_while(|t| !open(t) && !verb(t)).position(|t| t.lower == "that")
            })
            .flatten();
        // `the winning goal, which he said should have been ruled out`: said inside a
        // relative clause; what follows is the content.
        let relative = prefix.last().is_some_and(|t| matches!(t.lower.as_str(), "which" | "that"));
        // `The U.S. Embassy said …`, `Officials who spoke on condition of anonymity said …`,
        // `The spokesman, Pavel Drnic, said …`: in English everything before the attribution
        // is its subject when no comma divides it, or when it is a role before an appositive
        // name, or after an opening phrase (`In a brief televised address,`, `Asked whether …,`).
        let subject_first = lang == Lang::En && (commas == 0 || appositive || opening_phrase || relative);
        // `The defendant, she added, had been asleep`: an attribution between commas inside
        // the content; the sentence stays whole.
        let parenthetical = lang == Lang::En
            && prefix.last().is_some_and(boundary)
            && rest.first().is_some_and(boundary)
            && !prefix.iter().take(prefix.len() - 1).any(boundary);
        if parenthetical {
            return seg;
        }
        match (that, comma) {
            (Some(k), _) => Span::new(rest[k].start, seg.end),
            (None, Some(k)) => Span::new(rest.get(k + 1).map_or(seg.end, |t| t.start), seg.end),
            _ if lang == Lang::En && (before <= 1 || subject_first) => {
                let first = if addressee > 0 { addressee } else { english_adverbials(&rest) };
                Span::new(rest.get(first).or(rest.first()).map_or(seg.end, |t| t.start), seg.end)
            }
            _ if rest.first().is_some_and(|t| matches!(t.lower.as_str(), "dass" | "daß" | "ob")) => {
                Span::new(rest[0].start, seg.end)
            }
            _ => return seg,
        }
    } else if before <= 1 {
        // `laut X …`, `X zufolge …`, `according to X, …`: the content follows right away, in
        // English after the comma that closes the source (`According to a council report
        // seen by the Guardian, …`).
        let closing = (lang == Lang::En && cue.text == "according to")
            .then(|| rest.iter().take(10).position(|t| t.is_punct(&[','])))
            .flatten()
            .map_or(0, |k| k + 1);
        // (`Nach Angaben der Deutschen Schienenverkehrs AG (DSV) fielen …`: the source's
        // short name in brackets belongs to it.)
        let rest = &rest[closing.min(rest.len())..];
        let bracket = match rest.first() {
            Some(t) if t.is_punct(&['(']) => rest.iter().position(|t| t.is_punct(&[')'])).filter(|&k| k <= 4),
            _ => None,
        };
        let rest = &rest[bracket.map_or(0, |k| k + 1)..];
        let first = rest.iter().find(|t| !t.is_punct(&[',', ':'])).map_or(seg.end, |t| t.start);
        Span::new(first, seg.end)
    } else {
        seg
    };
    // "that" introduces the content in English and is not part of it; German "dass" is.
    // (Unless it is the subject: `said that now looked improbable`, `said that was wrong`.)
    let subject_that = |k: usize| {
        let verb = |t: &Token<'_>| {
            EN_AUXILIARIES.contains(&t.lower.as_str())
                || matches!(t.lower.as_str(), "might" | "seemed")
                || (t.lower.ends_with("ed") && !t.capitalized())
        };
        let next = tokens.get(k + 1);
        next.is_some_and(verb)
            || next.is_some_and(|t| matches!(t.lower.as_str(), "now" | "still" | "also"))
                && tokens.get(k + 2).is_some_and(verb)
    };
    let content = match tokens.iter().position(|t| t.start >= content.start) {
        Some(k) if tokens[k].lower == "that" && tokens[k].start == content.start && !subject_that(k) => {
            Span::new(tokens.get(k + 1).map_or(seg.end, |u| u.start), content.end)
        }
        _ => content,
    };
    // `sagte, er sei unschuldig, erkannte die Autorität des Gerichts nicht an`: a verb right
    // after a comma or `und` goes on with the speaker's own clause; what was said ends there.
    let content = match lang {
        Lang::De if content.start >= block_end => {
            Span::new(content.start, main_clause_resumes(tokens, content).unwrap_or(content.end))
        }
        _ => content,
    };
    // (`…, wie die Deutsche Presse-Agentur berichtete`: the relay after what was said.)
    let content = match trailing_relay(text, tokens, content.end) {
        Some(comma) if content.start >= block_end && comma > content.start => Span::new(content.start, comma),
        _ => content,
    };
    let content = Span::new(content.start, content.end.max(content.start)).trim(text);
    if words(&text[content.range()]) >= 3 || short_clause(tokens, content, lang) {
        content
    } else {
        seg
    }
}

/// `…, wie die Deutsche Presse-Agentur berichtete`, `…, berichtete die dpa`, `…, the
/// Associated Press reported on Tuesday`, `…, according to Reuters`: a clause at the end of a
/// sentence that only names the agency which carried what was said. It is the relay, not part
/// of what was said. The start of its comma, when the words up to `end` close with one.
pub(super) fn trailing_relay(text: &str, tokens: &[Token<'_>], end: usize) -> Option<usize> {
    // (The verbs after an agency that make it the channel, or a source cue.)
    let relay_verb = |w: &str| super::agencies::RELAY_AFTER.contains(&w) || matches!(w, "according" | "laut" | "so");
    const RELAY_WORDS: &[&str] = &["wie", "am", "the", "to", "on", "late", "earlier"];
    let within: Vec<&Token<'_>> = tokens.iter().filter(|t| t.end <= end).collect();
    let comma = within.iter().rposition(|t| t.is_punct(&[',']))?;
    let tail = &within[comma + 1..];
    // (`…, berichtete Reuters unter Berufung auf Finanzkreise`: the agency's own source after
    // it belongs to the relay.)
    let tail = match tail.windows(2).position(|w| super::agencies::cites_source(Some(w[0]), Some(w[1]))) {
        Some(k) if k > 0 => &tail[..k],
        _ => tail,
    };
    let (from, to) = (tail.first()?.start, tail.last()?.end);
    let agency = crate::lexicon::agencies::find_agencies(&text[from..to]).into_iter().next()?;
    let (a_start, a_end) = (agency_phrase_start(text, from + agency.start).max(from), from + agency.end);
    // Besides the agency's name phrase only relay words: its verb, `wie`, a day.
    let others: Vec<&&Token<'_>> = tail.iter().filter(|t| t.word && (t.end <= a_start || t.start >= a_end)).collect();
    let has_verb = others.iter().any(|t| relay_verb(&t.lower));
    let only_relay = others.iter().all(|t| {
        let w = t.lower.as_str();
        relay_verb(w) || RELAY_WORDS.contains(&w) || DAYS.contains(&w)
    });
    (has_verb && only_relay && others.len() <= 4).then_some(within[comma].start)
}

/// Where an agency's name phrase starts: before its article and its kind (`the`, `die
/// Nachrichtenagentur`) when they stand right before the name.
pub(super) fn agency_phrase_start(text: &str, mut start: usize) -> usize {
    loop {
        let before = text[..start].trim_end();
        let word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric() && *c != '-')
            .map_or(0, |(k, c)| k + c.len_utf8());
        let word = &before[word_start..];
        let article = matches!(word, "The" | "the" | "Die" | "die" | "der");
        if word.is_empty() || !(article || crate::lexicon::agencies::AGENCY_NOUNS.contains(&word)) {
            return start;
        }
        start = word_start;
        if article {
            return start;
        }
    }
}

/// `said revenue doubled`, `said sales fell`: two English words that make a clause, a noun in
/// lower case and a verb in the past.
fn short_clause(tokens: &[Token<'_>], content: Span, lang: Lang) -> bool {
    const PAST: &[&str] = &["rose", "fell", "grew", "sank", "won", "lost", "held", "froze", "shrank", "slid"];
    let inside: Vec<&Token<'_>> =
        tokens.iter().filter(|t| t.word && content.contains(Span::new(t.start, t.end))).collect();
    lang == Lang::En
        && inside.len() == 2
        && inside.iter().all(|t| !t.capitalized())
        && !is_preposition(inside[0])
        && !is_determiner(inside[0])
        && (inside[1].lower.ends_with("ed") || PAST.contains(&inside[1].lower.as_str()))
}

/// Where a German main clause, its subject left out, takes over from reported words inside
/// `content`: a comma or `und` followed by a finite verb in the indicative past (`…, erkannte
/// die Autorität … nicht an`, `… und forderte Mussawi auf`). A verb that opens a clause after
/// a comma has no subject of its own before it, so it is the main clause's.
fn main_clause_resumes(tokens: &[Token<'_>], content: Span) -> Option<usize> {
    let inside: Vec<&Token<'_>> = tokens.iter().filter(|t| content.contains(Span::new(t.start, t.end))).collect();
    let mut depth = 0usize;
    for (k, pair) in inside.windows(3).enumerate() {
        let [joint, verb, next] = pair else { continue };
        if joint.is_punct(&['„', '»']) {
            depth += 1;
        } else if joint.is_punct(&['“', '«']) {
            depth = depth.saturating_sub(1);
        }
        // Not before the content has a verb of its own.
        let started = inside[..=k]
            .iter()
            .any(|t| KONJUNKTIV.contains(&t.lower) || KONJUNKTIV_II.contains(&t.lower) || t.lower == "dass");
        if depth > 0 || !started || !joint.is_punct(&[',']) || !verb.word {
            continue;
        }
        if past_indicative(&verb.lower, next) {
            return Some(joint.start);
        }
    }
    None
}

/// Whether `lower`, followed by `next`, is a finite verb in the indicative past: a speech verb
/// in its strong past (`sprach`, `wies`), or a weak past in `-te`/`-ten` (not a Konjunktiv
/// II such as `hätte`, `könnte`) before an article, a pronoun or an adverb.
fn past_indicative(lower: &str, next: &Token<'_>) -> bool {
    if KONJUNKTIV_II.contains(lower) || KONJUNKTIV.contains(lower) || lower.chars().count() < 5 {
        return false;
    }
    let strong_speech = is_cue_verb(lower, Lang::De) && !lower.ends_with('e') && !lower.ends_with('t');
    let weak_past = lower.ends_with("te") || lower.ends_with("ten");
    let opens = next.word
        && !next.capitalized()
        && (is_determiner(next)
            || is_pronoun(next)
            || matches!(
                next.lower.as_str(),
                "sich" | "aber" | "jedoch" | "hier" | "dabei" | "auch" | "zudem" | "zugleich" | "dann" | "nun"
            ));
    strong_speech || (weak_past && (opens || is_cue_verb(lower, Lang::De)))
}
