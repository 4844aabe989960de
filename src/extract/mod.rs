//! Claims from a [`Document`]: direct quotes, reported speech and statements, each with its
//! attribution (speaker, cue, agencies) and fingerprints.
//!
//! Sentences are read in order, so that a pronoun or a quote that continues a turn can be
//! resolved to the speaker last named before it.

mod agencies;
pub mod attribution;
pub mod quotes;
mod resolve;
mod tokens;
pub mod worthy;

use serde::Serialize;

use crate::document::{Document, Lang, Paragraph, Span};
use crate::fingerprint;
use crate::lexicon::cues::{FRAGMENT_CUES, REPORTING_WORDS};
use crate::lexicon::sources::ANONYMOUS;
use crate::lexicon::words::{KONJUNKTIV_STRONG, NAMING_PARTICIPLES, TITLE_NOUNS};
use crate::lexicon::{PhraseSet, WordSet};

static KONJUNKTIV: WordSet = WordSet::new(KONJUNKTIV_STRONG);
static TITLE_WORDS: WordSet = WordSet::new(TITLE_NOUNS);
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
static ANONYMOUS_PHRASES: PhraseSet = PhraseSet::new(ANONYMOUS);
use attribution::{
    find_cues, finite_verb, is_cue_verb, is_speaker_like, mention_after, mention_before, weak_opening, CueHit, CueKind,
    Mention, MentionKind,
};
use quotes::QuoteSpan;
use resolve::{Resolved, Resolver};
use tokens::{tokenize, Token};

/// What kind of claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Words in quotation marks.
    Quote,
    /// Indirect or reported speech.
    Reported,
    /// Any other sentence of the article.
    Statement,
}

impl ClaimKind {
    /// Lower-case name, as stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Reported => "reported",
            ClaimKind::Statement => "statement",
        }
    }

    /// Parse the lower-case name.
    pub fn parse(s: &str) -> Option<ClaimKind> {
        match s {
            "quote" => Some(ClaimKind::Quote),
            "reported" => Some(ClaimKind::Reported),
            "statement" => Some(ClaimKind::Statement),
            _ => None,
        }
    }
}

/// How a claim is sourced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Attribution {
    /// A named person or institution.
    Named,
    /// A group that names no one who can be asked.
    Vague,
    /// A hidden source.
    Anonymous,
    /// No source.
    None,
}

impl Attribution {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::Named => "named",
            Attribution::Vague => "vague",
            Attribution::Anonymous => "anonymous",
            Attribution::None => "none",
        }
    }
}

/// Whether a speaker is a person or an institution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A person (or a role standing for one: "ein Polizeisprecher").
    Person,
    /// A ministry, the police, a company, the White House.
    Institution,
}

impl SpeakerKind {
    /// Lower-case name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Institution => "institution",
        }
    }
}

/// The person or institution a claim is attributed to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// Canonical name within the article (the fullest form seen).
    pub name: String,
    /// Role words, as first written.
    pub role: Option<String>,
    /// The mention that attributes this claim (may be a pronoun), or the earlier mention the
    /// speaker was carried over from.
    pub span: Span,
    /// The name was carried over from context rather than stated next to the claim.
    pub inferred: bool,
    /// Person or institution.
    pub kind: SpeakerKind,
}

/// The attribution words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cue {
    /// Lower case, parts of a separable verb joined by a space (`teilte mit`).
    pub text: String,
    /// One span per part.
    pub spans: Vec<Span>,
}

/// The wording of a vague or anonymous source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// As written (`Westliche Länder`, `a person familiar with the matter`).
    pub text: String,
    /// Where.
    pub span: Span,
}

/// One claim of an article.
#[derive(Clone, Debug, Serialize)]
pub struct Claim {
    /// SHA-256 of the canonical text: the claim's identity.
    pub fingerprint: String,
    /// SHA-256 of the NFC text.
    pub exact_sha256: String,
    /// Quote, reported speech or statement.
    pub kind: ClaimKind,
    /// Exactly the text of `span`.
    pub text: String,
    /// Byte span into the document text (quotes: without the marks).
    pub span: Span,
    /// 1-based paragraph number.
    pub paragraph: usize,
    /// 1-based sentence number within the paragraph.
    pub sentence: usize,
    /// Who said it, if anyone.
    pub speaker: Option<Speaker>,
    /// The attribution words.
    pub cue: Option<Cue>,
    /// Agencies the claim was relayed through.
    pub agencies: Vec<&'static str>,
    /// Outlets the claim was relayed through (`sagte dem „Spiegel“` → `spiegel`).
    pub outlets: Vec<&'static str>,
    /// Named, vague, anonymous or none.
    pub attribution: Attribution,
    /// The vague or anonymous source's wording.
    pub source: Option<Source>,
    /// Carries a number, date, amount or percentage.
    pub check_worthy: bool,
}

/// The claims of an article and the agencies credited for it.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// Claims in text order.
    pub claims: Vec<Claim>,
    /// Agencies credited for the article (dateline, byline, source line, or any claim).
    pub agencies: Vec<&'static str>,
}

/// The attribution found for a claim.
#[derive(Clone, Debug, Default)]
struct Frame {
    cue: Option<CueHit>,
    mention: Option<Mention>,
    /// Found only as the clause's subject, with no attribution words tying it to the quote.
    by_subject: bool,
    /// Taken from an earlier sentence: the speaker is inferred.
    carried: bool,
}

/// The speaker of the last attributed claim, for continuations and pronouns.
#[derive(Clone, Debug)]
struct Turn {
    speaker: Speaker,
    relays: Relays,
    /// Ordinal of the content paragraph it was in.
    paragraph: usize,
}

/// The agencies and outlets a sentence relays through.
#[derive(Clone, Debug, Default)]
struct Relays {
    agencies: Vec<&'static str>,
    outlets: Vec<&'static str>,
}

impl Relays {
    fn absorb(&mut self, other: &Relays) {
        for a in &other.agencies {
            if !self.agencies.contains(a) {
                self.agencies.push(a);
            }
        }
        for o in &other.outlets {
            if !self.outlets.contains(o) {
                self.outlets.push(o);
            }
        }
    }
}

/// Extract all claims of `doc`.
pub fn extract(doc: &Document) -> Extraction {
    let quotes = quotes::find(doc);
    let mut state = State { doc, resolver: Resolver::default(), turn: None, claims: Vec::new(), prev_subject: None };
    let mut q = 0;
    for (ordinal, (pi, p)) in
        doc.paragraphs.iter().enumerate().filter(|(_, p)| p.role == crate::document::Role::Content).enumerate()
    {
        let mut covered_until = p.body.start;
        for (si, &sentence) in p.sentences.iter().enumerate() {
            if sentence.end <= covered_until {
                continue;
            }
            let mut region = Span::new(sentence.start.max(covered_until), sentence.end);
            let mut here: Vec<QuoteSpan> = Vec::new();
            while q < quotes.len() && quotes[q].paragraph == pi && quotes[q].outer.start < region.end {
                if quotes[q].outer.start >= region.start {
                    region.end = region.end.max(quotes[q].outer.end.min(p.body.end));
                    here.push(quotes[q].clone());
                }
                q += 1;
            }
            // A quote that runs past the sentence end swallows the sentences it covers.
            if region.end > sentence.end {
                if let Some(end) = p.sentences.iter().map(|s| s.end).find(|&e| e >= region.end) {
                    region.end = end;
                }
            }
            // `"…." — Maria Lenz, the mayor.`: an attribution after a dash belongs to the quote.
            if !here.is_empty() {
                if let Some(next) = p.sentences.iter().find(|s| s.start >= region.end) {
                    if doc.text[next.range()].starts_with(['—', '–']) {
                        region.end = next.end;
                    }
                }
            }
            covered_until = region.end;
            state.sentence(p, ordinal, si + 1, region, &here);
        }
    }
    let mut agencies = agencies::article_level(doc);
    for c in &state.claims {
        for a in &c.agencies {
            if !agencies.contains(a) {
                agencies.push(a);
            }
        }
    }
    agencies.sort_unstable();
    let mut claims = state.claims;
    claims.sort_by_key(|c| (c.span.start, c.span.end));
    Extraction { claims, agencies }
}

struct State<'d> {
    doc: &'d Document,
    resolver: Resolver,
    turn: Option<Turn>,
    claims: Vec<Claim>,
    /// The subject of the previous sentence, if it is someone: the speaker of a quote that
    /// follows with no attribution (`Solana zeigte sich zuversichtlich. „Ich gehe davon aus …“`).
    prev_subject: Option<Mention>,
}

impl State<'_> {
    fn sentence(&mut self, p: &Paragraph, ordinal: usize, sentence_no: usize, region: Span, quotes: &[QuoteSpan]) {
        let text = self.doc.text.as_str();
        let lang = self.doc.lang;
        let tokens = tokenize(text, region.start, region.end);
        let quote_spans: Vec<Span> = quotes.iter().map(|q| q.outer).collect();
        let inside = |t: &Token<'_>| quote_spans.iter().any(|q| q.contains(Span::new(t.start, t.end)));
        let speech = tokens.iter().any(|t| t.word && is_cue_verb(&t.lower, lang) && !inside(t));
        let relays = Relays {
            agencies: agencies::relayed(text, region, &tokens, &quote_spans, speech),
            outlets: agencies::relayed_outlets(text, region, &tokens, &quote_spans, speech),
        };
        let anonymous = anonymous_source(text, region, &quote_spans);
        let mut quote_claims: Vec<(usize, Frame)> = Vec::new();
        // Frames of every quote first, so that `"A," she said, "B."` gives A its frame.
        let frames: Vec<Frame> =
            (0..quotes.len()).map(|k| self.quote_frame(&tokens, quotes, k, region, lang)).collect();
        for (k, qs) in quotes.iter().enumerate() {
            let frame = frames[k].clone();
            if !self.is_quote_claim(&tokens, qs, &frame, region, lang) {
                continue;
            }
            let frame = if frame.mention.is_none() {
                // No source in reach of this quote: borrow the frame of a later quote in the
                // same sentence (`"A." "B," she said.`).
                frames[k + 1..]
                    .iter()
                    .find(|f| f.mention.is_some())
                    .cloned()
                    .map(|f| Frame { cue: None, ..f })
                    .unwrap_or(frame)
            } else {
                frame
            };
            quote_claims.push((k, frame));
        }
        let prev_subject = self.prev_subject.take();
        let first_word = tokens.iter().position(|t| t.word);
        self.prev_subject = first_word.and_then(|a| mention_after(text, &tokens, a, tokens.len(), lang)).filter(|m| {
            is_speaker_like(m)
                && !weak_opening(&tokens, m, lang)
                && m.kind != MentionKind::Vague
                && !quote_spans.iter().any(|q| q.contains(m.span))
        });
        for (k, frame) in &mut quote_claims {
            let qs = &quotes[*k];
            // A quote that opens the sentence with no attribution of its own: the previous
            // sentence's subject said it.
            if frame.mention.is_none() && !qs.continued && qs.outer.start <= region.start + 1 {
                if let Some(m) = &prev_subject {
                    *frame = Frame { cue: None, mention: Some(m.clone()), by_subject: true, carried: true };
                }
            }
        }
        for (k, frame) in &quote_claims {
            let qs = &quotes[*k];
            let inherit = qs.continued || frame.mention.is_none();
            let claim = self.claim(
                ClaimKind::Quote,
                qs.inner,
                p,
                sentence_no,
                frame,
                &relays,
                ordinal,
                inherit,
                anonymous.as_ref(),
            );
            self.claims.push(claim);
        }
        // The rest of the sentence: the part before the first quote claim, or all of it.
        let residue = match quote_claims.first() {
            None => Some(region),
            Some((k, frame)) => {
                let start = quotes[*k].outer.start;
                let cue_inside = frame.cue.as_ref().is_some_and(|c| c.spans.iter().any(|s| s.start < start))
                    || frame.mention.as_ref().is_some_and(|m| m.span.start < start);
                let seg = trim_span(text, region.start, start);
                (!cue_inside && words(&text[seg.range()]) >= 3).then_some(seg)
            }
        };
        let Some(seg) = residue else { return };
        let a = tokens.partition_point(|t| t.start < seg.start);
        let b = tokens.partition_point(|t| t.end <= seg.end);
        let seg_tokens = &tokens[a..b.max(a)];
        if seg_tokens.iter().filter(|t| t.word).count() < 2 {
            return;
        }
        let frame = sentence_frame(text, seg_tokens, lang);
        let konjunktiv = lang == Lang::De && seg_tokens.iter().any(|t| KONJUNKTIV.contains(&t.lower));
        let (kind, inherit) = if frame.mention.is_some() {
            (ClaimKind::Reported, false)
        } else if konjunktiv {
            (ClaimKind::Reported, true)
        } else {
            (ClaimKind::Statement, false)
        };
        let span =
            if kind == ClaimKind::Reported { reported_content(text, seg_tokens, seg, &frame, lang) } else { seg };
        let span = trim_claim(text, span);
        let (kind, inherit) = if anonymous.is_some() && kind == ClaimKind::Statement && frame.cue.is_some() {
            (ClaimKind::Reported, false)
        } else {
            (kind, inherit)
        };
        let claim = self.claim(kind, span, p, sentence_no, &frame, &relays, ordinal, inherit, anonymous.as_ref());
        self.claims.push(claim);
    }

    /// The frame of quote `k`: after it first (`„…“, sagte X`), then before it (`X sagte: „…“`).
    fn quote_frame(&self, tokens: &[Token<'_>], quotes: &[QuoteSpan], k: usize, region: Span, lang: Lang) -> Frame {
        let text = self.doc.text.as_str();
        let q = &quotes[k];
        let post_end = quotes.get(k + 1).map_or(region.end, |n| n.outer.start);
        let pre_start = k.checked_sub(1).map_or(region.start, |k| quotes[k].outer.end);
        let post: Vec<usize> =
            (0..tokens.len()).filter(|&i| tokens[i].start >= q.outer.end && tokens[i].end <= post_end).collect();
        let pre: Vec<usize> =
            (0..tokens.len()).filter(|&i| tokens[i].start >= pre_start && tokens[i].end <= q.outer.start).collect();
        if let (Some(&a), Some(&b)) = (post.first(), post.last()) {
            if let Some(f) = post_frame(text, tokens, a, b + 1, lang) {
                return f;
            }
        }
        if let (Some(&a), Some(&b)) = (pre.first(), pre.last()) {
            if let Some(f) = pre_frame(text, tokens, a, b + 1, lang) {
                return f;
            }
            let end = if tokens[b].is_punct(&[':']) { b } else { b + 1 };
            if let Some(f) = subject_frame(text, tokens, a, end, lang) {
                return f;
            }
        }
        Frame::default()
    }

    /// Whether a quote is someone's words, rather than a title or scare quote.
    fn is_quote_claim(&self, tokens: &[Token<'_>], q: &QuoteSpan, frame: &Frame, region: Span, lang: Lang) -> bool {
        let text = self.doc.text.as_str();
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
        if !after_colon && right_before && (prev.is_some_and(is_title_noun) || TITLE_WORDS.contains(&phrase)) {
            return false;
        }
        if prev.is_some_and(|w| NAMING.contains(w)) {
            return false;
        }
        // A foreign or technical name: `„Fédération Internationale de Football Association“`,
        // `„heise online“`, `„tagesschau.de“`.
        if lang == Lang::De && looks_like_name(inner) {
            return false;
        }
        // Speech in the first or second person, or with a common finite verb.
        let speaks = inner.split(|c: char| !c.is_alphanumeric()).any(|w| SPEAKING.contains(&w.to_lowercase()));
        // A newspaper's name in quotation marks: `sagte der „Süddeutschen Zeitung“`.
        let rest_is_small = |end: usize| inner[end..].split_whitespace().count() <= 1;
        if crate::lexicon::agencies::find_outlets(inner)
            .iter()
            .chain(&crate::lexicon::agencies::find_agencies(inner))
            .any(|m| {
                (m.start == 0
                    || inner[..m.start].trim().eq_ignore_ascii_case("der")
                    || inner[..m.start].trim().eq_ignore_ascii_case("die"))
                    && rest_is_small(m.end)
            })
        {
            return false;
        }
        // A name that opens with its kind: `„Gesetz zur Bekämpfung …“`, `„Preis der …“`.
        if !speaks
            && inner
                .split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase) && is_title_noun(&w.to_lowercase()))
        {
            return false;
        }
        if q.continued || q.continues {
            return true;
        }
        let n = words(inner);
        // A clause: it ends like a sentence, is long, or speaks in the first or second person.
        let sentence_like =
            inner.trim_end().ends_with(['.', '!', '?', ',', '…', ':', ';']) || n >= 6 || (speaks && n >= 2);
        let title_case = n >= 2
            && inner
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()));
        if sentence_like && !(title_case && lang == Lang::En && frame.mention.is_none()) {
            return true;
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
                t.end <= q.outer.start && q.outer.start - t.end < 40
                    || t.start >= q.outer.end && t.start - q.outer.end < 25
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

    #[allow(clippy::too_many_arguments)]
    fn claim(
        &mut self,
        kind: ClaimKind,
        span: Span,
        p: &Paragraph,
        sentence: usize,
        frame: &Frame,
        relays: &Relays,
        ordinal: usize,
        inherit: bool,
        anonymous: Option<&Source>,
    ) -> Claim {
        let text = &self.doc.text[span.range()];
        let mut relays = relays.clone();
        let mut speaker = None;
        let mut attribution = Attribution::None;
        let mut source = None;
        let mut cue = frame.cue.as_ref().map(|c| Cue { text: c.text.clone(), spans: c.spans.clone() });
        let hidden = anonymous.filter(|_| {
            frame.cue.is_some() && frame.mention.as_ref().is_none_or(|m| !matches!(m.kind, MentionKind::Person))
        });
        if let Some(src) = hidden {
            attribution = Attribution::Anonymous;
            source = Some(src.clone());
        } else if let Some(m) = &frame.mention {
            match self.resolver.resolve(m) {
                Resolved::Speaker { name, role, inferred, institution } => {
                    let kind = if institution { SpeakerKind::Institution } else { SpeakerKind::Person };
                    speaker = Some(Speaker { name, role, span: m.span, inferred: inferred || frame.carried, kind });
                    attribution = Attribution::Named;
                }
                Resolved::Vague => {
                    attribution = Attribution::Vague;
                    source = Some(Source { text: m.text.clone(), span: m.span });
                }
                Resolved::Anonymous => {
                    attribution = Attribution::Anonymous;
                    source = Some(Source { text: m.text.clone(), span: m.span });
                }
                Resolved::Unknown => {
                    // A pronoun with no one to stand for: keep the mention, flagged as inferred.
                    if m.kind == MentionKind::Pronoun {
                        let kind = SpeakerKind::Person;
                        speaker =
                            Some(Speaker { name: m.text.clone(), role: None, span: m.span, inferred: true, kind });
                        attribution = Attribution::Named;
                    }
                }
            }
        } else if inherit {
            if let Some(turn) = self.turn.as_ref().filter(|t| t.paragraph + 1 >= ordinal) {
                speaker = Some(Speaker { inferred: true, ..turn.speaker.clone() });
                attribution = Attribution::Named;
                cue = None;
                relays.absorb(&turn.relays);
            }
        }
        if let Some(s) = &speaker {
            self.turn = Some(Turn { speaker: s.clone(), relays: relays.clone(), paragraph: ordinal });
        }
        let sentence_no = sentence;
        Claim {
            fingerprint: fingerprint::fingerprint(text),
            exact_sha256: fingerprint::exact_hash(text),
            kind,
            text: text.to_owned(),
            span,
            paragraph: p.index,
            sentence: sentence_no,
            speaker,
            cue,
            agencies: relays.agencies,
            outlets: relays.outlets,
            attribution,
            source,
            check_worthy: worthy::check_worthy(text, self.doc.lang),
        }
    }
}

/// Whether a word is (or ends with, for German compounds) a noun that announces a name:
/// `Sportzeitung`, `Nachrichtenagentur`, `Trägerrakete`.
fn is_title_noun(w: &str) -> bool {
    let bare = w.trim_end_matches("es").trim_end_matches('s');
    TITLE_WORDS.contains(w)
        || TITLE_WORDS.contains(bare)
        || TITLE_NOUNS.iter().any(|t| t.len() >= 5 && !t.contains(' ') && (w.ends_with(t) || bare.ends_with(t)))
}

/// Quoted words in a German text that look like a name rather than speech: a web address,
/// or foreign function words ("de", "la", "of", "the") between capitalised words.
fn looks_like_name(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() == 1 && inner.contains('.') && !inner.ends_with('.') {
        return true;
    }
    const FOREIGN: &[&str] = &["de", "la", "le", "du", "des", "del", "da", "dos", "of", "the", "for", "and", "y", "di"];
    words.len() >= 2
        && words.iter().any(|w| FOREIGN.contains(w))
        && words.iter().filter(|w| !FOREIGN.contains(w)).all(|w| w.starts_with(char::is_uppercase))
}

/// The frame after a quote: `, sagte X`, `, so X`, `, X said`, `, said X`, `— X, the mayor`.
fn post_frame(text: &str, tokens: &[Token<'_>], from: usize, to: usize, lang: Lang) -> Option<Frame> {
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
    // `„…“, so der Minister.`
    if lang == Lang::De && tokens[i].lower == "so" {
        let m = mention_after(text, tokens, i + 1, to, lang)?;
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
    let cues = find_cues(tokens, i, clause_end, lang);
    if let Some(cue) = cues.into_iter().next() {
        if cue.index == i {
            // Inverted: cue first, source after (`äußerte sich der Chef …`).
            let after = cue_end(tokens, &cue);
            let after = after + usize::from(tokens.get(after).is_some_and(|t| t.lower == "sich"));
            let m =
                mention_after(text, tokens, after, clause_end, lang).filter(|m| !is_agency(&text[m.span.range()]))?;
            return Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false });
        }
        let m = mention_before(text, tokens, i, cue.index, lang).or_else(|| {
            (cue.kind == CueKind::Before)
                .then(|| mention_after(text, tokens, cue_end(tokens, &cue), clause_end, lang))
                .flatten()
        })?;
        if m.span.start < tokens[i].start || is_agency(&text[m.span.range()]) {
            return None;
        }
        return Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false });
    }
    if dash {
        let m = mention_after(text, tokens, i, clause_end, lang)?;
        return Some(Frame { cue: None, mention: Some(m), by_subject: false, carried: false });
    }
    // `„…“, strich Romney heraus`, `„…“, zeigte sich der Trainer zuversichtlich`: right after
    // a quote, a verb we do not know followed by someone is still the attribution.
    let after_comma = tokens[from..i].iter().any(|t| t.is_punct(&[',']));
    if lang == Lang::De && after_comma && tokens[i].text.starts_with(char::is_lowercase) {
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

/// Index of the first token after the cue's first word (a particle comes later, if at all).
fn cue_end(tokens: &[Token<'_>], cue: &CueHit) -> usize {
    let end = cue.spans[0].end;
    tokens.iter().position(|t| t.start >= end).unwrap_or(tokens.len())
}

/// The frame before a quote: `X sagte: „…“`, `Dazu sagte X: „…“`, `Laut X …`.
fn pre_frame(text: &str, tokens: &[Token<'_>], from: usize, to: usize, lang: Lang) -> Option<Frame> {
    let cue = find_cues(tokens, from, to, lang).into_iter().last()?;
    // A German verb at the end of its clause (`Stoiber hatte die Rolle der Parteien betont:`)
    // is a participle or sits in a subordinate clause: its subject is the clause's subject, not
    // the noun right before it.
    let clause_final = tokens.get(cue_end(tokens, &cue)).is_none_or(|t| t.is_punct(&[':', ',', '.']));
    if lang == Lang::De && cue.kind == CueKind::Verb && clause_final && cue.spans.len() == 1 {
        let end = if to > from && tokens[to - 1].is_punct(&[':', ',']) { to - 1 } else { to };
        if let Some(f) = subject_frame(text, tokens, from, end, lang) {
            return Some(Frame { cue: Some(cue), ..f });
        }
    }
    let m = match cue.kind {
        CueKind::Before => mention_after(text, tokens, cue_end(tokens, &cue), to, lang),
        CueKind::After => mention_before(text, tokens, from, cue.index, lang),
        CueKind::Verb => {
            let before = mention_before(text, tokens, from, cue.index, lang);
            let after = || mention_after(text, tokens, cue_end(tokens, &cue), to, lang);
            match before {
                Some(b) if weak_opening(tokens, &b, lang) => after().or(Some(b)),
                Some(b) => Some(b),
                None => after(),
            }
        }
    }?;
    Some(Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false })
}

/// The frame of a quote whose clause has no speech verb we know, as after a colon
/// (`Der 23-jährige Sportler gab sich gelassen: „…“`, `Hier sparte der Bundespräsident nicht
/// mit Kritik: „…“`) or around a fragment (`Schüssel würdigte Ligeti als „großen
/// Österreicher“`): the speaker is the subject of the clause before the quote — its first noun
/// phrase, or the one right after the verb when the clause opens with an adverb or a
/// prepositional phrase.
fn subject_frame(text: &str, tokens: &[Token<'_>], from: usize, end: usize, lang: Lang) -> Option<Frame> {
    let start = (from..end).rev().find(|&k| tokens[k].is_punct(&[';', '.', '!', '?', ':'])).map_or(from, |k| k + 1);
    if start >= end {
        return None;
    }
    // A clause in Konjunktiv is itself reported speech ("Eine Änderung sei nötig: „…“"): its
    // speaker is the one of the turn, not its grammatical subject.
    if lang == Lang::De && tokens[start..end].iter().any(|t| KONJUNKTIV.contains(&t.lower)) {
        return None;
    }
    let cue = find_cues(tokens, start, end, lang).into_iter().next();
    let plausible = |m: &Mention| {
        is_speaker_like(m)
            && !weak_opening(tokens, m, lang)
            && !is_agency(&text[m.span.range()])
            && (m.kind != MentionKind::Person || m.name.as_deref().is_some_and(|n| n.chars().count() > 2))
    };
    let first = mention_after(text, tokens, start, end, lang).filter(plausible);
    let m = first.or_else(|| {
        let verb = finite_verb(tokens, start, end)?;
        mention_after(text, tokens, verb + 1, end, lang).filter(plausible)
    })?;
    Some(Frame { cue, mention: Some(m), by_subject: true, carried: false })
}

/// The frame of a sentence without quotes, for reported speech.
fn sentence_frame(text: &str, tokens: &[Token<'_>], lang: Lang) -> Frame {
    let mut cues = find_cues(tokens, 0, tokens.len(), lang);
    let first = cues.first().cloned();
    // An explicit source (`laut X`, `X zufolge`, `according to X`) outranks other verbs of the
    // sentence ("The EU has pledged aid, according to the Commission").
    cues.sort_by_key(|c| c.kind == CueKind::Verb);
    for cue in cues {
        let after = cue_end(tokens, &cue);
        let clause_end =
            (after..tokens.len()).find(|&k| tokens[k].is_punct(&[',', '.', ';', ':'])).unwrap_or(tokens.len());
        let clause_start =
            (0..cue.index).rev().find(|&k| tokens[k].is_punct(&[',', ';', ':', '('])).map_or(0, |k| k + 1);
        let m = match cue.kind {
            CueKind::Before => mention_after(text, tokens, after, clause_end, lang),
            CueKind::After => mention_before(text, tokens, clause_start, cue.index, lang),
            CueKind::Verb => mention_before(text, tokens, 0, cue.index, lang)
                .filter(|m| !is_agency(&text[m.span.range()]))
                .or_else(|| mention_after(text, tokens, after, clause_end, lang)),
        };
        if let Some(m) = m.filter(|m| !is_agency(&text[m.span.range()])) {
            return Frame { cue: Some(cue), mention: Some(m), by_subject: false, carried: false };
        }
    }
    Frame { cue: first, mention: None, by_subject: false, carried: false }
}

/// Whether a mention is just an agency's name: agencies relay, they are not speakers here.
fn is_agency(mention: &str) -> bool {
    let found = crate::lexicon::agencies::find_agencies(mention);
    !found.is_empty() && mention.split_whitespace().count() <= found.len() + 4
}

/// The anonymous-source phrase of a sentence, outside its quotes.
fn anonymous_source(text: &str, region: Span, quotes: &[Span]) -> Option<Source> {
    let r = ANONYMOUS_PHRASES.find(&text[region.range()])?;
    let span = Span::new(region.start + r.start, region.start + r.end);
    (!quotes.iter().any(|q| q.contains(span))).then(|| Source { text: text[span.range()].to_owned(), span })
}

/// The words that were reported, without the attribution around them: `Der Minister sagte
/// am Montag, die Lage sei ernst` → `die Lage sei ernst`; `The plan will cost more, the
/// ministry said` → `The plan will cost more`; `Laut Polizei gab es drei Verletzte` → `gab es
/// drei Verletzte`. When the attribution sits in the middle, the whole sentence stays.
fn reported_content(text: &str, tokens: &[Token<'_>], seg: Span, frame: &Frame, lang: Lang) -> Span {
    let (Some(cue), Some(m)) = (&frame.cue, &frame.mention) else { return seg };
    let block_start = cue.spans.iter().map(|s| s.start).chain([m.span.start]).min().unwrap_or(seg.start);
    let block_end = cue.spans.iter().map(|s| s.end).chain([m.span.end]).max().unwrap_or(seg.end);
    let before = tokens.iter().filter(|t| t.end <= block_start && t.word).count();
    let after = tokens.iter().filter(|t| t.start >= block_end && t.word).count();
    let content = if before <= 1 {
        // Attribution first: after a verb the content starts after the next comma or colon
        // (`sagte am Montag, …`), after `laut X` / `X zufolge` right away.
        let rest: Vec<&Token<'_>> = tokens.iter().filter(|t| t.start >= block_end).collect();
        let comma = if cue.kind == CueKind::Verb { rest.iter().position(|t| t.is_punct(&[',', ':'])) } else { None };
        let from = match comma {
            Some(k) if rest[..k].iter().filter(|t| t.word).count() <= 6 => rest.get(k + 1),
            // A German verb without a clause after it takes an object ("befürchten einen
            // Austausch"): the whole sentence is the claim.
            _ if lang == Lang::De
                && cue.kind == CueKind::Verb
                && !rest.first().is_some_and(|t| matches!(t.lower.as_str(), "dass" | "daß" | "ob")) =>
            {
                return seg;
            }
            _ => rest.first(),
        };
        let from = from.map_or(seg.end, |t| t.start);
        // "that" introduces the content in English and is not part of it; German "dass" is.
        let start = match tokens.iter().find(|t| t.start >= from) {
            Some(t) if t.lower == "that" => tokens.iter().find(|u| u.start > t.start).map_or(seg.end, |u| u.start),
            _ => from,
        };
        Span::new(start, seg.end)
    } else if after <= 4
        && tokens.iter().rev().find(|t| t.end <= block_start).is_some_and(|t| t.is_punct(&[',', '—', '–']))
    {
        // Attribution last, after a comma: the content ends at that comma.
        let end =
            tokens.iter().filter(|t| t.end <= block_start && t.is_punct(&[',', '—', '–'])).map(|t| t.start).next_back();
        Span::new(seg.start, end.unwrap_or(block_start))
    } else {
        seg
    };
    let content = trim_span(text, content.start, content.end.max(content.start));
    if words(&text[content.range()]) >= 3 {
        content
    } else {
        seg
    }
}

fn words(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn trim_span(text: &str, s: usize, e: usize) -> Span {
    let slice = &text[s..e];
    let ts = s + (slice.len() - slice.trim_start().len());
    let te = e - (slice.len() - slice.trim_end().len());
    Span::new(ts, te.max(ts))
}

/// A claim's span without trailing colons, commas or dashes that led into a quote.
fn trim_claim(text: &str, span: Span) -> Span {
    let slice = &text[span.range()];
    let trimmed = slice.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '–' | '—' | '-'));
    Span::new(span.start, span.start + trimmed.len())
}

/// Agencies credited for the article as a whole: its dateline, byline and source lines (not
/// the agencies single claims were relayed through).
pub fn credited_agencies(doc: &Document) -> Vec<&'static str> {
    agencies::article_level(doc)
}
