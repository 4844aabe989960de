//! Claims from a [`Document`]: direct quotes, reported speech and statements, each with its
//! attribution (speaker, cue, agencies) and fingerprints.
//!
//! Sentences are read in order, so that a pronoun or a quote that continues a turn can be
//! resolved to the speaker last named before it.

mod agencies;
pub mod attribution;
mod frames;
mod quoted;
pub mod quotes;
mod resolve;
mod tokens;
pub mod worthy;

use serde::Serialize;

use crate::document::{Document, Lang, Paragraph, Span};
use crate::fingerprint;
use crate::lexicon::cues::{ANSWER_VERBS, CONTENT_ONLY_VERBS, OBJECT_VERBS_EN};
use crate::lexicon::names::Gender;
use crate::lexicon::sources::ANONYMOUS;
use crate::lexicon::words::{
    CLAUSE_LINKS, EN_AUXILIARIES, KONJUNKTIV_II_FORMS, KONJUNKTIV_STRONG, OCCASION_OPENERS, STATEMENT_NOUNS,
};
use crate::lexicon::{PhraseSet, WordSet};

/// Konjunktiv forms that mark reported speech on their own.
static KONJUNKTIV: WordSet = WordSet::new(KONJUNKTIV_STRONG);
/// Konjunktiv II forms, which carry reported speech on from a reported sentence.
static KONJUNKTIV_II: WordSet = WordSet::new(KONJUNKTIV_II_FORMS);
static ANONYMOUS_PHRASES: PhraseSet = PhraseSet::new(ANONYMOUS);
use attribution::{
    is_cue_verb, is_speaker_like, mention_after, named_institutions, named_people, weak_opening, Mention, MentionKind,
};
use frames::{
    braced_frame, document_frame, named_frame, opinion_frame, post_frame, pre_frame, relative_frame, reported_content,
    sentence_frame, subject_frame, Frame,
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
    /// The mention that attributes this claim (may be a pronoun), or, for a claim carried
    /// over from a turn, the nearest earlier mention of the speaker.
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
    /// The quote goes on in the next quote claim: a quote over several paragraphs is one claim
    /// per paragraph, each but the last continuing. (Left out of JSON when false.)
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub continues: bool,
}

/// The claims of an article and the agencies credited for it.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// Claims in text order.
    pub claims: Vec<Claim>,
    /// Agencies credited for the article (dateline, byline, source line, or any claim).
    pub agencies: Vec<&'static str>,
}

/// Who holds the floor: a speaker, or a vague or anonymous source (`Laut der Studie …`,
/// `Experten warnen, …`) whose following Konjunktiv sentences and bare quotes are theirs too.
#[derive(Clone, Debug)]
enum Holder {
    Speaker(Speaker),
    Source(Attribution, Source),
}

/// Who held the floor in the last attributed claim, for continuations.
#[derive(Clone, Debug)]
struct Turn {
    holder: Holder,
    /// The cue that introduced the turn: a continuation is said the same way.
    cue: Option<Cue>,
    relays: Relays,
    /// Ordinal of the content paragraph it was in.
    paragraph: usize,
}

/// Where a claim sits and what its sentence says about its source.
#[derive(Clone, Copy)]
struct Site<'a> {
    /// 1-based paragraph number.
    paragraph: usize,
    /// 1-based sentence number in the paragraph.
    sentence: usize,
    /// Ordinal of the content paragraph (for turn continuation).
    ordinal: usize,
    relays: &'a Relays,
    anonymous: Option<&'a Source>,
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

/// At most the last `max` bytes of `text[..end]`, cut at a character boundary: enough for a
/// look at the words before a position without touching the whole article each time.
pub(crate) fn tail(text: &str, end: usize, max: usize) -> &str {
    let mut start = end.saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// `Whitcombe said the vote showed that "…"`: a quote whose own verb has a thing for its subject
/// stands inside what someone named before it said, and is theirs. (German nouns count as a
/// thing only when `is_agent_noun` does not take them for someone, which it seldom does.)
fn outer_frame(text: &str, tokens: &[Token<'_>], f: &Frame, quote: Span, lang: Lang) -> Option<Frame> {
    let m = f.mention.as_ref()?;
    let cue = f.cue.as_ref().filter(|c| c.kind == attribution::CueKind::Verb)?;
    // (English by the endings of words for people, `consultant`, `researcher`; German by its
    // looser agent nouns.)
    let someone = |h: &str| match lang {
        Lang::En => {
            attribution::is_role(h)
                || ["ant", "ent", "ist", "er", "or", "ian", "ee"].iter().any(|e| h.trim_end_matches('s').ends_with(e))
        }
        Lang::De => attribution::is_agent_noun(h),
    };
    let thing = match m.kind {
        // (A group of people is someone: `doch Kritiker nannten die Erklärung „…“`.)
        MentionKind::Vague => {
            m.name.is_none()
                && m.text.split_whitespace().count() <= 3
                && m.text.split_whitespace().last().is_some_and(|h| !someone(&h.to_lowercase()))
        }
        MentionKind::Description => {
            m.role.as_deref().and_then(|r| r.split_whitespace().last()).is_none_or(|h| !someone(&h.to_lowercase()))
        }
        _ => false,
    };
    // (Only a quote after that verb, in what it says.)
    if !thing || cue.spans[0].start < m.span.end || cue.spans[0].end > quote.start {
        return None;
    }
    let k = tokens.partition_point(|t| t.start < m.span.start);
    let outer = pre_frame(text, tokens, 0, k, lang)?;
    let named = outer.mention.as_ref().is_some_and(|o| {
        matches!(
            o.kind,
            MentionKind::Person | MentionKind::Institution | MentionKind::Pronoun | MentionKind::Description
        ) && is_speaker_like(o)
    });
    let verb =
        outer.cue.as_ref().is_some_and(|c| c.kind == attribution::CueKind::Verb && c.spans[0].end <= m.span.start);
    (named && verb).then_some(outer)
}

/// The last place before `before` where `speaker` is named by surname (or by its one-word
/// name) after the mention that opened the turn, outside the `quoted` spans (sorted): `hatte
/// Steinbrück Positives zu vermelden. Die Bundesregierung sei …` points at `Steinbrück`, not
/// at the full name paragraphs earlier.
fn nearest_mention(text: &str, quoted: &[Span], speaker: &Speaker, before: usize) -> Option<Span> {
    let surname = speaker.name.split_whitespace().last().filter(|w| w.chars().count() > 2)?;
    let from = speaker.span.end.min(before);
    let inside_quote = |at: Span| {
        let k = quoted.partition_point(|q| q.end <= at.start);
        quoted.get(k).is_some_and(|q| q.contains(at))
    };
    text[from..before]
        .match_indices(surname)
        .map(|(at, _)| Span::new(from + at, from + at + surname.len()))
        .filter(|m| {
            !text[..m.start].ends_with(char::is_alphanumeric)
                && !text[m.end..].starts_with(char::is_alphanumeric)
                && !inside_quote(*m)
        })
        .last()
}

/// Whether the English content at `span` is a noun phrase, not a clause: it opens with an
/// article or possessive and has no auxiliary, modal or past tense.
fn object_only(tokens: &[Token<'_>], span: Span) -> bool {
    let words: Vec<&Token<'_>> = tokens.iter().filter(|t| t.word && span.contains(Span::new(t.start, t.end))).collect();
    let modal = |t: &str| matches!(t, "should" | "could" | "might" | "may" | "must" | "shall" | "be" | "been");
    let verb = |t: &Token<'_>| EN_AUXILIARIES.contains(&t.lower.as_str()) || modal(&t.lower) || t.lower.ends_with("ed");
    // (`had denied fraud but was convicted`: a second predicate of the subject ends the object.)
    let second = (1..words.len())
        .find(|&k| matches!(words[k].lower.as_str(), "but" | "and") && words.get(k + 1).is_some_and(|t| verb(t)));
    let words = &words[..second.unwrap_or(words.len())];
    // (`blamed Britain for the breakdown`: a name, then what it is blamed for.)
    let named_object = words.first().is_some_and(|t| t.capitalized())
        && words.iter().skip(1).take(3).any(|t| matches!(t.lower.as_str(), "for" | "of" | "over"));
    // (`denied fraud by abuse of position`: a noun without an article too.)
    let opens = named_object
        || words.first().is_some_and(|t| {
            matches!(t.lower.as_str(), "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "this" | "these")
                || !t.capitalized()
        });
    // (`demanded that the plant stay open`: a clause after `that`, whatever its verb.)
    let after_that = tokens.iter().rev().find(|t| t.end <= span.start).is_some_and(|t| t.lower == "that");
    opens && !after_that && !words.iter().skip(1).any(|t| verb(t) || t.lower == "that")
}

/// Extract all claims of `doc`.
pub fn extract(doc: &Document) -> Extraction {
    let quotes = quotes::find(doc);
    let mut state = State {
        doc,
        quoted: quotes.iter().map(|q| q.outer).collect(),
        resolver: Resolver::new(doc.lang == Lang::De),
        turn: None,
        claims: Vec::new(),
        prev_subject: None,
        announced: None,
        named_at: Vec::new(),
        region_start: 0,
        runs: Vec::new(),
        issued: Vec::new(),
    };
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
    // `"The physics is not negotiable. … / "What is negotiable is how fast we act," said
    // X.`: in English a quote that runs over paragraphs is attributed where it first names
    // its speaker; the pieces before that are that speaker's too, not the previous turn's.
    if doc.lang == Lang::En {
        for (i, &(at, run, explicit)) in state.runs.iter().enumerate() {
            if explicit {
                continue;
            }
            // (Only someone named: `the retired teacher` that nothing resolved is no better
            // than the turn the piece went on with.)
            let by = state.runs[i + 1..].iter().take_while(|r| r.1 == run).find(|r| r.2).map(|r| r.0).filter(|&by| {
                state.claims[by].speaker.as_ref().is_some_and(|s| s.role.as_deref() != Some(s.name.as_str()))
            });
            if let Some(by) = by {
                let from = state.claims[by].clone();
                let piece = &mut state.claims[at];
                piece.speaker = from.speaker.map(|s| Speaker { inferred: true, ..s });
                piece.attribution = from.attribution;
                piece.source = from.source;
                piece.cue = from.cue;
                piece.agencies = from.agencies;
                piece.outlets = from.outlets;
            }
        }
    }
    // Every piece of a quote over paragraphs but the last goes on in the next one.
    for pair in state.runs.windows(2) {
        if pair[0].1 == pair[1].1 {
            state.claims[pair[0].0].continues = true;
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

/// Tokens without a bracketed cross-reference to earlier coverage, `(wir berichteten)`,
/// `(Wikinews berichtete)`, `(we reported)`: it points the reader to another article and
/// attributes nothing in the sentence.
fn without_cross_references(mut tokens: Vec<Token<'_>>) -> Vec<Token<'_>> {
    let mut k = 0;
    while k < tokens.len() {
        let close = tokens[k].is_punct(&['('])
            && tokens[k + 1..].iter().take(6).position(|t| t.is_punct(&[')'])).is_some_and(|n| {
                let inner = &tokens[k + 1..k + 1 + n];
                (2..=4).contains(&inner.len())
                    && inner.iter().all(|t| t.word || t.is_punct(&['.']))
                    && inner.iter().any(|t| matches!(t.lower.as_str(), "berichtete" | "berichteten" | "reported"))
            });
        if close {
            let n = tokens[k + 1..].iter().position(|t| t.is_punct(&[')'])).unwrap_or(0);
            tokens.drain(k..k + n + 2);
        } else {
            k += 1;
        }
    }
    tokens
}

struct State<'d> {
    doc: &'d Document,
    /// Every quote of the document, in text order.
    quoted: Vec<Span>,
    resolver: Resolver,
    turn: Option<Turn>,
    claims: Vec<Claim>,
    /// The subject of the previous sentence, if it is someone: the speaker of a quote that
    /// follows with no attribution (`Solana zeigte sich zuversichtlich. „Ich gehe davon aus …“`).
    prev_subject: Option<Mention>,
    /// The frame of a sentence that ends with a colon (`X begründete das Urteil so:`): the
    /// quote opening the next sentence or paragraph is announced by it.
    announced: Option<Frame>,
    /// Documents named speakers issued (`said in a statement`, `teilte in einer Erklärung
    /// mit`), by noun: `the statement said` later speaks for its issuer.
    issued: Vec<(&'static str, Speaker)>,
    /// People named outside quotes, with their gender if known and where their sentence
    /// starts: a pronoun after one of them no longer stands for an unnamed source before.
    named_at: Vec<(Option<Gender>, usize)>,
    /// Where the sentence being read starts.
    region_start: usize,
    /// Quotes that run over paragraphs: the claim's index, which run it belongs to, and
    /// whether the piece has an attribution of its own.
    runs: Vec<(usize, usize, bool)>,
}

impl State<'_> {
    fn sentence(&mut self, p: &Paragraph, ordinal: usize, sentence_no: usize, region: Span, quotes: &[QuoteSpan]) {
        let text = self.doc.text.as_str();
        let lang = self.doc.lang;
        self.region_start = region.start;
        let tokens = without_cross_references(tokenize(text, region.start, region.end));
        let quote_spans: Vec<Span> = quotes.iter().map(|q| q.outer).collect();
        let inside = |t: &Token<'_>| quote_spans.iter().any(|q| q.contains(Span::new(t.start, t.end)));
        let speech = tokens.iter().any(|t| t.word && is_cue_verb(&t.lower, lang) && !inside(t));
        let relays = agencies::relays(text, region, &tokens, &quote_spans, speech);
        let anonymous = anonymous_source(text, region, &quote_spans);
        let site =
            Site { paragraph: p.index, sentence: sentence_no, ordinal, relays: &relays, anonymous: anonymous.as_ref() };
        let mut quote_claims: Vec<(usize, Frame)> = Vec::new();
        // Frames of every quote first, so that `"A," she said, "B."` gives A its frame.
        let frames: Vec<Frame> = (0..quotes.len())
            .map(|k| self.quote_frame(&tokens, quotes, k, region, lang))
            .zip(quotes)
            .map(|(f, q)| outer_frame(text, &tokens, &f, q.outer, lang).unwrap_or(f))
            .collect();
        // Quotes that are names, so that a name joined to one (`die Modelle „Touareg“ und
        // „Phaeton“`) is one too.
        let mut names = vec![false; quotes.len()];
        for (k, qs) in quotes.iter().enumerate() {
            // `Parolen wie „A“ oder „B“`: a quote listed after a quote is said the same way.
            let joined = k > 0 && quoted::listed_after(text, &quotes[k - 1], qs);
            let after_claim = joined && quote_claims.last().is_some_and(|(j, _)| *j + 1 == k);
            let frame = match quote_claims.last() {
                Some((_, f)) if after_claim && frames[k].mention.is_none() => f.clone(),
                _ => frames[k].clone(),
            };
            let listed = joined && names[k - 1];
            if listed || !(after_claim || quoted::is_quote_claim(text, &tokens, qs, &frame, region, lang)) {
                names[k] = true;
                continue;
            }
            // `sei weder „A“, „B“, doch …`: a quote joined to the quote claim before it by a
            // comma or a conjunction is said the same way, whatever clause follows it.
            let follows = k > 0
                && quoted::joined(text, &quotes[k - 1], qs)
                && quote_claims.last().is_some_and(|(j, f)| *j + 1 == k && f.mention.is_some());
            let frame = match quote_claims.last() {
                // (Unless the earlier quote borrowed this one's frame: `„A“ und „B“, zitiert CNN`.)
                Some((_, f))
                    if follows && f.mention.as_ref().map(|m| m.span) != frame.mention.as_ref().map(|m| m.span) =>
                {
                    f.clone()
                }
                // `prangerten an, dass neben der „A“ die Lehrer „B“ dienten`: a noun phrase
                // with no cue between two fragments is the clause's, not a source; the
                // fragment is said as the one before it.
                Some((_, f))
                    if lang == Lang::De
                        && frame.cue.is_none()
                        && frame.mention.as_ref().is_some_and(|m| m.kind == MentionKind::Vague)
                        && f.cue.is_some()
                        && f.mention.as_ref().is_some_and(|m| m.kind != MentionKind::Vague) =>
                {
                    f.clone()
                }
                // No source in reach of this quote: borrow the frame of a later quote in the
                // same sentence (`"A." "B," she said.`).
                _ if frame.mention.is_none() => frames[k + 1..]
                    .iter()
                    .find(|f| f.mention.is_some())
                    .cloned()
                    .map(|f| Frame { cue: None, ..f })
                    .unwrap_or(frame),
                _ => frame,
            };
            quote_claims.push((k, frame));
        }
        for (name, gender, role) in named_people(&tokens, &quote_spans) {
            self.named_at.push((gender, region.start));
            self.resolver.note(name, gender, role);
        }
        let institutions = named_institutions(&tokens, &quote_spans);
        for (acronym, end, named, explicit) in attribution::short_names(&tokens, &institutions) {
            self.resolver.note_short_name(acronym, end, named, explicit);
        }
        for (name, span, business) in institutions {
            if business {
                self.resolver.note_business(name, span.start);
            } else {
                self.resolver.note_institution(name, span.start);
            }
        }
        let capitalised: Vec<(&str, usize)> = tokens
            .iter()
            .filter(|t| t.word && t.capitalized() && !quote_spans.iter().any(|q| q.contains(Span::new(t.start, t.end))))
            .map(|t| (t.text, t.start))
            .collect();
        self.resolver.note_bodies_named_again(&capitalised);
        if lang == Lang::En {
            for (name, at) in attribution::named_businesses(text, &tokens, &quote_spans) {
                self.resolver.note_business(name, at);
            }
        }
        let prev_subject = self.prev_subject.take();
        // A German sentence often opens with an object or a dative: there only a full name or
        // a name with its role counts (`GDL-Chef Claus Weselsky verteidigte den Ausstand.`).
        self.resolver.set_previous_subject(
            prev_subject
                .as_ref()
                .filter(|m| {
                    let full = m.name.as_ref().is_some_and(|n| n.split_whitespace().count() >= 2);
                    // (Also a surname of someone named before, not `Westbridge finished ninth`, a
                    // club's name in a sentence that says nothing: `Behrendsen, 34, sitzt daneben`
                    // after `Malte Behrendsen`.)
                    // (Or a surname the article wrote after a given name: `Reform UK's Declan
                    // Rooke` before `Rooke dismissed the findings`.)
                    let known = || {
                        m.name.as_ref().is_some_and(|n| self.resolver.knows_person(n) || surname_in(&self.doc.text, n))
                    };
                    m.kind == MentionKind::Person && (m.role.is_some() || full || known())
                })
                .and_then(|m| Some((m.name.clone()?, m.gender)))
                // `The minister said … He added …`: in English a role stands for its speaker too,
                // by the name it resolved to when it has one (`The Colorado senator … said …
                // "…," she said` is Calloway's).
                .or_else(|| {
                    prev_subject
                        .as_ref()
                        .filter(|m| lang == Lang::En && m.kind == MentionKind::Description)
                        .and_then(|m| Some((self.resolver.resolved_name(m.span).or_else(|| m.role.clone())?, m.gender)))
                })
                // `"…," the mayor told reporters. She said …`: an English sentence that opened
                // with a quote was about the one it is attributed to.
                .or_else(|| {
                    let last = self.claims.last().filter(|c| {
                        lang == Lang::En
                            && prev_subject.is_none()
                            && c.paragraph == p.index
                            && c.sentence + 1 == sentence_no
                            && c.kind == ClaimKind::Quote
                    })?;
                    let speaker = last.speaker.as_ref().filter(|s| s.kind == SpeakerKind::Person)?;
                    Some((speaker.name.clone(), None))
                }),
        );
        let announced = self.announced.take();
        if quotes.is_empty() && text[region.range()].trim_end().ends_with(':') && tokens.len() > 1 {
            self.announced = pre_frame(text, &tokens, 0, tokens.len(), lang).filter(|f| f.mention.is_some());
        }
        // `Outside the courthouse, Linda Vance said …`, `Asked whether …, he replied`: in
        // English the subject follows an opening phrase and its comma.
        let first_word = tokens.iter().position(|t| t.word).map(|a| {
            let t = &tokens[a];
            let opener = lang == Lang::En && attribution::opens_phrase(t);
            let comma = (a..tokens.len().min(a + 12)).find(|&k| tokens[k].is_punct(&[',']));
            match comma {
                Some(c) if opener && c + 1 < tokens.len() => c + 1,
                _ => a,
            }
        });
        let subject_like = |m: &Mention| {
            is_speaker_like(m)
                && !weak_opening(&tokens, m, lang)
                && m.kind != MentionKind::Vague
                && !quote_spans.iter().any(|q| q.contains(m.span))
        };
        self.prev_subject = first_word
            .and_then(|a| mention_after(text, &tokens, a, tokens.len(), lang))
            .map(|m| frames::with_appositive(text, &tokens, m, tokens.len(), lang))
            .filter(subject_like)
            // `Genau darauf setzt Ostermeier.`: after an adverbial in first place, a person known
            // by name right after the German verb is the subject.
            .or_else(|| {
                let v = attribution::finite_verb(&tokens, 0, tokens.len()).filter(|_| lang == Lang::De)?;
                mention_after(text, &tokens, v + 1, tokens.len(), lang).filter(|m| {
                    m.kind == MentionKind::Person
                        && m.span.start == tokens.get(v + 1).map_or(0, |t| t.start)
                        && m.name.as_ref().is_some_and(|n| n.contains(' ') || self.resolver.knows_person(n))
                        && subject_like(m)
                })
            });
        self.resolver.set_sentence_subject(
            self.prev_subject
                .as_ref()
                // (English only: a German sentence often opens with something else. One word is
                // a name only if someone was named by it: not `Westbridge finished ninth`.)
                .filter(|m| {
                    lang == Lang::En
                        && m.kind == MentionKind::Person
                        && (m.role.is_some()
                            || m.name.as_ref().is_some_and(|n| n.contains(' ') || self.resolver.knows_person(n)))
                })
                .and_then(|m| Some((m.name.clone()?, m.gender, m.span.end))),
        );
        for (k, frame) in &mut quote_claims {
            let qs = &quotes[*k];
            // A quote that opens the sentence with no attribution of its own: the previous
            // sentence's subject said it.
            if frame.mention.is_none() && !qs.continued && qs.outer.start <= region.start + 1 {
                if let Some(f) = &announced {
                    *frame = f.clone();
                } else if let Some(m) = &prev_subject {
                    *frame = Frame { cue: None, mention: Some(m.clone()), by_subject: true, carried: true };
                }
            }
        }
        // The rest of the sentence: the part before the first quote claim, or all of it.
        // Quoted fragments inside a sentence (`der Pilot trage die „volle Verantwortung“`) leave
        // the sentence a claim of its own; a full quote takes the sentence with it.
        let fragments_only = quote_claims.iter().all(|(k, _)| {
            let q = &quotes[*k];
            // A quote announced by a colon is a whole utterance, however short.
            let before = text[region.start..q.outer.start].trim_end();
            let announced = before.ends_with(':');
            // A quote that is part of a clause (`der Bericht sei „ein grundlegendes
            // Dokument“`), however long, leaves the clause a claim of its own; one that is a
            // sentence of its own (`, „Wir …“`) does not.
            let after = text[q.outer.end..region.end].trim_start();
            let next_word = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
            let continues =
                next_word.starts_with(char::is_lowercase) && !is_cue_verb(next_word, lang) && next_word != "so";
            // English puts the full stop inside the marks (`would not accept cuts "that
            // destroy coastal communities."`), so only the word before counts, and it must not
            // be the speech verb itself (`said "We will win."`).
            let last_word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
            let embedded = match lang {
                Lang::De => {
                    (before.ends_with(char::is_alphanumeric) || continues)
                        && !text[q.inner.range()].trim_end().ends_with(['.', '!', '?'])
                }
                Lang::En => before.ends_with(char::is_alphanumeric) && !is_cue_verb(&last_word.to_lowercase(), lang),
            };
            q.outer.start > region.start + 1 && (3 * q.outer.len() < region.len() || embedded) && !announced
        });
        // A sentence that announces the quote of the next paragraph (`Der Minister sagte:`,
        // `…, in dem es heißt:`) says nothing itself; only a clause of its own before the
        // announcing one stays (`Er sagte, X, und fügte hinzu:`, `Das Gericht rügte Y, …`).
        let announces = quotes.is_empty()
            && text[region.range()].trim_end().ends_with(':')
            && text[region.end..].trim_start().starts_with(['„', '"', '“', '‘', '«', '»', '‚']);
        // The last cue of the tokens before `end`, in a clause that announces a quote.
        let announcing_cue = |end: usize| {
            let b = tokens.partition_point(|t| t.start < end);
            attribution::find_cues(&tokens, 0, b, lang).into_iter().max_by_key(|c| c.index)
        };
        // What the announcing clause with `cue` says besides: none, or a clause of its own before it.
        let announcement = |c: attribution::CueHit| {
            let cue_start = c.spans[0].start;
            said_before(text, &tokens, region, cue_start, lang).or_else(|| {
                // (Only before a relative clause: `…, in dem es heißt:`, `…, which read:`;
                // not an aside: `At a meeting, the chief executive, X, said:`.)
                let comma = tokens[..c.index].iter().rposition(|t| t.is_punct(&[',']))?;
                const RELATIVE: &[&str] =
                    &["der", "die", "das", "dem", "den", "denen", "dessen", "deren", "wo", "which", "where"];
                let relative = tokens
                    .get(comma + 1)
                    .is_some_and(|t| attribution::is_preposition(t) || RELATIVE.contains(&t.lower.as_str()));
                if !relative {
                    return None;
                }
                let seg = Span::new(region.start, tokens[comma].start).trim(text);
                (words(&text[seg.range()]) >= 3).then_some(seg)
            })
        };
        let mut lead_in_only = false;
        let residue = match quote_claims.first() {
            None if announces => match announcing_cue(region.end) {
                Some(c) => announcement(c),
                None => Some(region),
            },
            None => Some(region),
            Some(_) if fragments_only => Some(region),
            Some((k, frame)) => {
                let start = quotes[*k].outer.start;
                let cue_inside = frame.cue.as_ref().is_some_and(|c| c.spans.iter().any(|s| s.start < start))
                    || frame.mention.as_ref().is_some_and(|m| m.span.start < start);
                let seg = Span::new(region.start, start).trim(text);
                if cue_inside {
                    // `Er sagte, Europa brauche X und fügte hinzu: „…“`: a speech verb of its own
                    // with a clause after it, before the quote's, says something besides.
                    frame.cue.as_ref().and_then(|c| said_before(text, &tokens, region, c.spans[0].start, lang))
                } else if let Some(c) = announcing_cue(seg.end).filter(|_| text[seg.range()].ends_with(':')) {
                    // `Halima Jouini sagte dazu der ARD: „…“, betont sie.`: the clause that
                    // announces the quote says nothing itself, as before a quote that opens the
                    // next paragraph; it is still resolved, for the pronoun after the quote.
                    // (Only a lead-in with no predicate or clause besides the cue's: not `biss
                    // den Fluggast und rief:`, `Aussagen, dass …, schenken sie keinen Glauben:`.)
                    let said = announcement(c);
                    let lead_in = |t: &Token<'_>| t.start >= seg.start && t.end <= seg.end;
                    let plain = !tokens.iter().filter(|t| lead_in(t)).any(|t| CLAUSE_LINKS.contains(&t.lower.as_str()));
                    lead_in_only = said.is_none() && plain;
                    said.or_else(|| (words(&text[seg.range()]) >= 3).then_some(seg))
                } else {
                    (words(&text[seg.range()]) >= 3).then_some(seg)
                }
            }
        };
        // The rest of the sentence is resolved before its quotes: it names the speaker a quote
        // after it refers back to (`Dazu äußerte sich der Vorsitzende X: „…“, sagte er`).
        'residue: {
            let Some(seg) = residue else { break 'residue };
            let a = tokens.partition_point(|t| t.start < seg.start);
            let b = tokens.partition_point(|t| t.end <= seg.end);
            let seg_tokens = &tokens[a..b.max(a)];
            // Words outside quotation marks: a sentence that is only a quoted name is no claim.
            if seg_tokens.iter().filter(|t| t.word && !inside(t)).count() < 2 {
                break 'residue;
            }
            let quoted: Vec<Span> = quote_claims.iter().map(|(k, _)| quotes[*k].outer).collect();
            let frame = sentence_frame(text, seg_tokens, &quoted, lang);
            // `Die Angreifer hätten Daten verschlüsselt und verlangten ein Lösegeld`: a speech
            // verb joined by `und` to a predicate in Konjunktiv is part of what is reported,
            // not who reports it.
            // (Only when the subject is no one named: `Der Wahlsieger erklärte, es sei …, und
            // verglich` is his.)
            let unnamed =
                frame.mention.as_ref().is_some_and(|m| matches!(m.kind, MentionKind::Vague | MentionKind::Anonymous));
            let joined_to_report = lang == Lang::De
                && unnamed
                && frame.cue.as_ref().is_some_and(|c| {
                    c.kind == attribution::CueKind::Verb
                        && c.index > 0
                        && seg_tokens[c.index - 1].lower == "und"
                        && seg_tokens[..c.index]
                            .iter()
                            .any(|t| KONJUNKTIV.contains(&t.lower) || KONJUNKTIV_II.contains(&t.lower))
                });
            let frame = if joined_to_report { Frame::default() } else { frame };
            let konjunktiv = lang == Lang::De
                && seg_tokens
                    .iter()
                    .any(|t| KONJUNKTIV.contains(&t.lower) || matches!(t.lower.as_str(), "demnach" | "wonach"));
            // `Merz sah das anders: Die Regierung handle zu zögerlich.`: the subject of a clause
            // in the indicative before a colon says the Konjunktiv after it, as it would a quote.
            let colon_frame = (konjunktiv && frame.mention.is_none())
                .then(|| {
                    let c = seg_tokens.iter().position(|t| t.is_punct(&[':']))?;
                    let subjunctive = |r: &[Token<'_>]| r.iter().any(|t| KONJUNKTIV.contains(&t.lower));
                    if subjunctive(&seg_tokens[..c]) || !subjunctive(&seg_tokens[c + 1..]) {
                        return None;
                    }
                    let f = subject_frame(text, seg_tokens, 0, c, lang).filter(|f| f.mention.is_some())?;
                    Some((Span::new(seg_tokens.get(c + 1)?.start, seg.end), f))
                })
                .flatten();
            let frame = colon_frame.as_ref().map_or(frame, |(_, f)| f.clone());
            let clause = reported_clause(seg_tokens, lang).or_else(|| cue_clause(seg_tokens, &frame, lang));
            // Konjunktiv II (`würden`, `hätte`) continues reported speech only right after it.
            // (So does a verb in the form of a Konjunktiv I no list knows: `Die Beratung
            // verhindere …`.)
            let continues_report = lang == Lang::De
                && self.claims.last().is_some_and(|c| c.paragraph == p.index && c.kind != ClaimKind::Statement)
                && (seg_tokens.iter().any(|t| KONJUNKTIV_II.contains(&t.lower)) || konjunktiv_form(seg_tokens));
            let agency = agency_report(text, &frame, seg_tokens, lang);
            // (An agency that reports it relays what no one we can name said.)
            let (kind, inherit) = if frame.mention.is_some() || agency.is_some() {
                (ClaimKind::Reported, false)
            } else if konjunktiv || continues_report {
                (ClaimKind::Reported, true)
            } else if clause.is_some()
                || (lang == Lang::De && hearsay(seg_tokens))
                || explicit_source(&frame, seg_tokens)
            {
                (ClaimKind::Reported, false)
            } else {
                (ClaimKind::Statement, false)
            };
            // (`Die Fraktion lässt nach eigenen Angaben … prüfen`: the subject's own account is
            // the whole sentence.)
            let own = frame.cue.as_ref().is_some_and(|c| frames::own_account(seg_tokens, c, lang));
            let span = match (kind, clause) {
                _ if colon_frame.is_some() => colon_frame.as_ref().map_or(seg, |(after, _)| *after),
                _ if own => seg,
                (ClaimKind::Reported, Some(from)) if frame.mention.is_none() => Span::new(from, seg.end),
                // (An anonymous source found in the sentence stands where the frame's mention would.)
                (ClaimKind::Reported, _) => {
                    let source = agency.or_else(|| anonymous.as_ref().map(|a| a.span).filter(|a| seg.contains(*a)));
                    reported_content(text, seg_tokens, seg, &frame, source, lang)
                }
                _ => seg,
            };
            // `Dem Angeklagten droht die Todesstrafe`, `Beide zeigten sich zufrieden`: nothing said.
            // (`… wurde als unangemessen kritisiert`: a judgement with `als` is what was said.)
            let said_nothing = kind == ClaimKind::Reported
                && span == seg
                && !konjunktiv
                && quote_claims.is_empty()
                && frame.cue.as_ref().is_some_and(|c| {
                    // (`Die Medien sprechen von Geiseln`: what they speak of is what they say.)
                    let speaks_of = matches!(c.text.as_str(), "sprechen" | "sprach" | "sprachen" | "spricht")
                        && seg_tokens
                            .get(c.index + 1..)
                            .is_some_and(|r| r.iter().take(8).take_while(|t| t.word).any(|t| t.lower == "von"));
                    // (`Die Polizei schätzte den Schaden auf 20.000 Euro`: an estimate is what was
                    // said.)
                    let estimate = c.text.starts_with("schätz")
                        && seg_tokens.windows(2).any(|w| {
                            w[0].lower == "auf"
                                && (w[1].text.starts_with(|ch: char| ch.is_ascii_digit())
                                    || matches!(
                                        w[1].lower.as_str(),
                                        "mindestens" | "rund" | "etwa" | "mehr" | "über" | "bis"
                                    ))
                        });
                    let judged_as = c.text.starts_with("kritisier") && seg_tokens.iter().any(|t| t.lower == "als");
                    // (`Meteorologen erwarten weitere Gewitter`: what a group expects is its
                    // forecast, as `Ökonomen rechnen mit …` is; a plural, so no participle of
                    // the passive, `wurde mit Spannung erwartet`.)
                    let forecast = matches!(c.text.as_str(), "erwarten" | "erwarteten")
                        && frame.mention.as_ref().is_some_and(|m| m.kind == MentionKind::Vague);
                    let says_something = speaks_of || estimate || judged_as || forecast;
                    CONTENT_ONLY_VERBS.contains(&c.text.as_str()) && !says_something
                });
            // `denied a defense motion to delay deliberations`: an English verb with only an
            // object after it (an article first, no verb of its own) said nothing either.
            let object = lang == Lang::En
                && kind == ClaimKind::Reported
                && quote_claims.is_empty()
                && frame.cue.as_ref().is_some_and(|c| {
                    // (`X added 18 points`: what follows the verb when no content was found.)
                    let after = c.spans.last().map_or(span.start, |s| s.end);
                    let content = if span == seg { Span::new(after, seg.end) } else { span };
                    OBJECT_VERBS_EN.contains(&c.text.as_str()) && object_only(seg_tokens, content)
                });
            let span = if object { seg } else { span };
            let said_nothing = said_nothing || object;
            let (kind, inherit) = if said_nothing { (ClaimKind::Statement, false) } else { (kind, inherit) };
            let span = trim_claim(text, span);
            // What was said is only a quoted name (`gab den Titel bekannt: „…“`): no claim.
            let outside =
                tokens.iter().filter(|t| t.word && span.contains(Span::new(t.start, t.end)) && !inside(t)).count();
            // `The judge called it "a catalogue of cruelty"`: besides the quote only what it
            // names; the quote is the claim.
            let named_words = tokens
                .iter()
                .filter(|t| t.word && span.contains(Span::new(t.start, t.end)) && !inside(t))
                .filter(|t| !attribution::is_determiner(t) && t.lower != "as")
                .count();
            let naming_cue = frame.cue.as_ref().filter(|c| {
                matches!(
                    c.text.as_str(),
                    "called"
                        | "calls"
                        | "call"
                        | "described"
                        | "describes"
                        | "branded"
                        | "brands"
                        | "labelled"
                        | "labeled"
                        | "dubbed"
                )
            });
            let names_it = !quote_claims.is_empty() && named_words <= 2 && naming_cue.is_some();
            if outside == 0 || names_it {
                break 'residue;
            }
            // `The manager was jailed, in what the judge called "a catalogue of cruelty"`: the
            // judge's words are the quote; what comes before `in what` is the article's own.
            let what = naming_cue.filter(|_| !quote_claims.is_empty()).and_then(|c| {
                let k = seg_tokens.iter().position(|t| t.start == c.spans[0].start)?;
                let w = (k.saturating_sub(4)..k).rev().find(|&j| seg_tokens[j].lower == "what")?;
                let opens = w.checked_sub(1).filter(|&j| seg_tokens[j].lower == "in").unwrap_or(w);
                Some(trim_claim(text, Span::new(seg.start, seg_tokens[opens].start)))
            });
            let (kind, inherit, span, frame) = match what {
                Some(own) if words(&text[own.range()]) >= 3 => (ClaimKind::Statement, false, own, Frame::default()),
                _ => (kind, inherit, span, frame),
            };
            let (kind, inherit, span) = if anonymous.is_some() && kind == ClaimKind::Statement && frame.cue.is_some() {
                // `A person familiar with the matter said the authority had …`: what was said.
                let content = reported_content(text, seg_tokens, seg, &frame, anonymous.as_ref().map(|a| a.span), lang);
                (ClaimKind::Reported, false, trim_claim(text, content))
            } else {
                (kind, inherit, span)
            };
            // `Oberstaatsanwalt X verlas die Anklage. K. habe …`: Konjunktiv right after a
            // statement about someone named with a role is theirs, not that of a turn before.
            let after_statement =
                self.claims.last().is_some_and(|c| c.paragraph == p.index && c.kind == ClaimKind::Statement);
            let (inherit, frame) = match prev_subject.as_ref() {
                Some(m)
                    if inherit
                        && after_statement
                        && lang == Lang::De
                        && frame.mention.is_none()
                        && m.kind == MentionKind::Person
                        && m.role.is_some()
                        && m.name.is_some()
                        && plain_subject(m) =>
                {
                    (false, Frame { mention: Some(m.clone()), carried: true, ..frame })
                }
                _ => (inherit, frame),
            };
            // `told the court his client was ill and asked for leniency`, `called the plan
            // "reckless" and said the authority had ignored advice`: in English a second speech
            // verb of the speaker ends what the first one said; what it says is a claim too.
            let second_verb = (lang == Lang::En && kind == ClaimKind::Reported && frame.mention.is_some())
                .then(|| {
                    seg_tokens.iter().enumerate().position(|(j, t)| {
                        j > 0
                            && t.start > span.start
                            && t.end <= span.end
                            && !inside(t)
                            && (matches!(t.lower.as_str(), "and" | "but")
                                && seg_tokens.get(j + 1).is_some_and(|v| is_cue_verb(&v.lower, lang))
                                // (`said the plan would fail, adding that costs had doubled`.)
                                || t.is_punct(&[','])
                                    && seg_tokens.get(j + 1).is_some_and(|v| v.lower == "adding"))
                    })
                })
                .flatten();
            let (span, second) = match second_verb {
                Some(j) => {
                    let verb = j + 1;
                    let first = trim_claim(text, Span::new(span.start, seg_tokens[j - 1].end));
                    let that = usize::from(seg_tokens.get(verb + 1).is_some_and(|t| t.lower == "that"));
                    let says = matches!(
                        seg_tokens[verb].lower.as_str(),
                        "said" | "says" | "added" | "adding" | "warned" | "insisted" | "argued" | "stressed" | "noted"
                    );
                    let rest = seg_tokens.get(verb + 1 + that).map(|t| trim_claim(text, Span::new(t.start, span.end)));
                    // (Any speech verb with `that` after it: `but concluded that …`.)
                    let says = says || that == 1;
                    (first, rest.filter(|r| says && words(&text[r.range()]) >= 3).map(|r| (r, verb)))
                }
                None => (span, None),
            };
            // `sagte, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess`: after
            // German content, the speaker's own clause with a speech verb is a claim of its own.
            let second = second.or_else(|| {
                let attribution_first = frame.mention.as_ref().is_some_and(|m| m.span.end <= span.start)
                    && frame.cue.as_ref().is_some_and(|c| c.spans.iter().all(|c| c.end <= span.start));
                (lang == Lang::De && kind == ClaimKind::Reported && attribution_first).then_some(())?;
                let j = seg_tokens.iter().position(|t| t.start >= span.end)?;
                // (Not the relay: `…, berichtete die dpa`.)
                if frames::trailing_relay(text, seg_tokens, seg.end) == Some(seg_tokens[j].start) {
                    return None;
                }
                let verb =
                    seg_tokens.get(j + 1).filter(|v| seg_tokens[j].is_punct(&[',']) && is_cue_verb(&v.lower, lang))?;
                let rest = trim_claim(text, Span::new(verb.start, seg.end));
                (words(&text[rest.range()]) >= 3).then_some((rest, j + 1))
            });
            let mut claim = self.claim(kind, span, &frame, inherit, &site);
            if let Some((rest, verb)) = second {
                let frame = Frame { cue: Some(attribution::verb_at(seg_tokens, verb)), ..frame.clone() };
                let first = std::mem::replace(&mut claim, self.claim(ClaimKind::Reported, rest, &frame, false, &site));
                // `Observers reported irregularities but said …`: a short object of the first
                // verb, with no verb of its own, is no claim.
                let object =
                    seg_tokens.iter().filter(|t| first.span.contains(Span::new(t.start, t.end))).collect::<Vec<_>>();
                let short_object = lang == Lang::En
                    && object.iter().filter(|t| t.word).count() <= 3
                    && !object
                        .iter()
                        .any(|t| !t.word || EN_AUXILIARIES.contains(&t.lower.as_str()) || t.lower.ends_with("ed"));
                if !short_object {
                    self.claims.push(first);
                }
            }
            if said_nothing {
                // The speaker still opens a turn (`Besorgt äußerte sich der Bürgermeister: …`),
                // but the statement itself is no one's words.
                claim.speaker = None;
                claim.attribution = Attribution::None;
                claim.source = None;
            }
            // `Trapattoni wird neuer Trainer. Dies gab der Verein bekannt.`: the sentence before
            // is what was said, and this one only says who said it.
            // The sentence before may be a statement or reported speech that only inherited
            // its speaker; one with attribution words of its own keeps them.
            if lang == Lang::De && claim.speaker.is_some() && points_back(seg_tokens, &frame) {
                // `„Ja, es gibt Zumutungen“. Das musste der Minister einräumen.`: a quote with no
                // speaker of its own is given this one's too.
                let before = self.claims.last_mut().filter(|c| {
                    c.paragraph == p.index
                        && if c.kind == ClaimKind::Quote {
                            c.speaker.as_ref().is_none_or(|s| s.inferred)
                        } else {
                            c.cue.is_none()
                        }
                });
                if let Some(prev) = before {
                    if prev.kind != ClaimKind::Quote {
                        prev.kind = ClaimKind::Reported;
                    }
                    prev.speaker = claim.speaker.take();
                    prev.cue = claim.cue.take();
                    prev.attribution = std::mem::replace(&mut claim.attribution, Attribution::None);
                    prev.source = claim.source.take();
                    claim.kind = ClaimKind::Statement;
                }
            }
            // `Die Kirche könne nicht schweigen, so die Präses. „…“`: a sentence attributed after
            // what was said opens with the content, whose first noun is no subject a quote after
            // it could go to.
            let attributed_after = frame.mention.as_ref().is_some_and(|m| m.span.start >= claim.span.end);
            // (And so does a sentence of reported speech that only goes on with a turn: `K. habe
            // … verteilt. „…“, sagte er.` is not K.'s.)
            if claim.kind == ClaimKind::Reported && claim.speaker.is_some() && (attributed_after || inherit) {
                self.prev_subject = None;
            }
            if !lead_in_only {
                self.claims.push(claim);
            }
        }
        for (k, frame) in &quote_claims {
            let qs = &quotes[*k];
            if qs.continues || qs.continued {
                let run = match self.runs.last() {
                    Some(&(_, r, _)) if qs.continued => r,
                    Some(&(_, r, _)) => r + 1,
                    None => 0,
                };
                self.runs.push((self.claims.len(), run, frame.mention.is_some() && !frame.carried));
            }
            let inherit = qs.continued || frame.mention.is_none();
            let claim = self.claim(ClaimKind::Quote, qs.inner, frame, inherit, &site);
            // A quote given to someone opens a turn: a bare quote after it continues that
            // turn rather than going to the subject of this sentence.
            if claim.speaker.is_some() {
                self.prev_subject = None;
            }
            self.claims.push(claim);
        }
        // `"…," Smith said, adding that the company would appeal.`: what the speaker of the
        // last quote added is reported speech of theirs.
        if let Some((k, frame)) = quote_claims.last().filter(|(_, f)| lang == Lang::En && f.mention.is_some()) {
            let after = quotes[*k].outer.end;
            let adding = tokens.iter().position(|t| t.start >= after && t.lower == "adding");
            let that = adding.map(|a| a + 1).filter(|&t| tokens.get(t).is_some_and(|t| t.lower == "that"));
            if let (Some(a), Some(t)) = (adding, that) {
                let from = tokens.get(t + 1).map_or(region.end, |n| n.start);
                let span = trim_claim(text, Span::new(from, region.end).trim(text));
                if words(&text[span.range()]) >= 3 {
                    let frame = Frame { cue: Some(attribution::verb_at(&tokens, a)), ..frame.clone() };
                    let claim = self.claim(ClaimKind::Reported, span, &frame, false, &site);
                    self.claims.push(claim);
                }
            }
        }
    }

    /// The vague or anonymous source holding the floor, when `m` is a pronoun that stands for
    /// it: plural (`they`, `sie` with no woman to stand for), or in English a singular one for
    /// an unnamed person of the same paragraph; or an English phrase that takes it up (`one of
    /// them`, `the people` after `people familiar with the matter`).
    fn pronoun_for_source(&self, m: &Mention, ordinal: usize) -> Option<(Attribution, Source)> {
        let turn = self.turn.as_ref().filter(|t| t.paragraph + 1 >= ordinal)?;
        let Holder::Source(a, src) = &turn.holder else { return None };
        if m.kind != MentionKind::Pronoun {
            // `… people familiar with the matter said. The people said …`, `one of them said`:
            // an English phrase that takes up the unnamed source by its noun.
            let lower = m.text.to_lowercase();
            let source_words: Vec<String> =
                src.text.to_lowercase().split_whitespace().map(|w| w.trim_matches(',').to_owned()).collect();
            let rest = lower.strip_prefix("one of ").unwrap_or(&lower);
            let takes_up = matches!(rest, "them" | "those")
                || rest.strip_prefix("the ").is_some_and(|head| {
                    // (The same plural: `the prosecutor` after `Prosecutors said` is one person.)
                    !head.contains(' ') && source_words.iter().any(|w| w == head)
                });
            return (self.doc.lang == Lang::En && takes_up).then(|| (*a, src.clone()));
        }
        let lower = m.text.to_lowercase();
        let word = lower.split_whitespace().next().unwrap_or_default();
        // `Ein westlicher Diplomat sagte … Er fügte hinzu …`, `Seiner Einschätzung nach …`,
        // `Eine Anwohnerin berichtete … „…“, sagte sie`: a German pronoun or possessive of the
        // same gender stands for one unnamed person who spoke last.
        if self.doc.lang == Lang::De && *a == Attribution::Anonymous {
            let article = src.text.split_whitespace().next().unwrap_or_default().to_lowercase();
            // (And an age noun: `Eine 34-Jährige berichtete … sagte die 34-Jährige`.)
            let age = m.text.split_whitespace().nth(1).is_some_and(attribution::is_age_noun);
            let male = matches!(word, "er" | "sein" | "seine" | "seiner" | "seinem" | "seinen" | "seines")
                || word == "der" && age;
            let female = matches!(word, "sie" | "ihre" | "ihrer" | "ihrem" | "ihren" | "ihres") || word == "die" && age;
            let agrees = match article.as_str() {
                "ein" | "einem" | "eines" => male.then_some(Gender::Male),
                "eine" | "einer" => female.then_some(Gender::Female),
                _ => None,
            };
            if agrees.is_some_and(|g| !self.named_since(src.span.end, g)) {
                return Some((*a, src.clone()));
            }
        }
        match word {
            // German `sie` is as often a woman: only when the text names none.
            "they" => Some((*a, src.clone())),
            "sie" if !self.resolver.knows_woman() => Some((*a, src.clone())),
            // `One resident, who asked not to be named, said … "…," she said.`, `An official
            // said … He added …`: in English a singular pronoun in the same paragraph or the
            // next stands for one unnamed person who spoke last.
            "he" | "she"
                if *a == Attribution::Anonymous
                    && !self.named_since(src.span.end, if word == "he" { Gender::Male } else { Gender::Female }) =>
            {
                let lower = src.text.to_lowercase();
                // (Or the clause that hid their name: `A nurse, who asked not to be named, said`.)
                ["a ", "an ", "one ", "another ", "who "]
                    .iter()
                    .any(|p| lower.starts_with(p))
                    .then(|| (*a, src.clone()))
            }
            _ => None,
        }
    }

    /// Whether someone who may be of gender `g` was named in a sentence after byte `after` and
    /// before the sentence being read (`Ein Passant berichtete … Kurz darauf traf Polizeichef
    /// Tom Krause ein. Er sagte …`: `er` is Krause).
    fn named_since(&self, after: usize, g: Gender) -> bool {
        self.named_at.iter().any(|(named, at)| *at >= after && *at < self.region_start && named.is_none_or(|n| n == g))
    }

    /// The frame of quote `k`: after it first (`„…“, sagte X`), then before it (`X sagte: „…“`).
    fn quote_frame(&self, tokens: &[Token<'_>], quotes: &[QuoteSpan], k: usize, region: Span, lang: Lang) -> Frame {
        let text = self.doc.text.as_str();
        let q = &quotes[k];
        // A short quoted name right after the quote (`„…“, schrieb „Die Zeit“`) belongs to
        // the frame, not to the next quote.
        let short_name = |n: &QuoteSpan| {
            let inner = &text[n.inner.range()];
            inner.split_whitespace().count() <= 4
                && inner.starts_with(char::is_uppercase)
                && !inner.ends_with(['.', '!', '?', ','])
        };
        let name_after = |n: &QuoteSpan| {
            let gap = text.get(q.outer.end..n.outer.start).unwrap_or_default();
            n.outer.start < q.outer.end + 40
                && gap.split(|c: char| !c.is_alphabetic()).any(|w| is_cue_verb(&w.to_lowercase(), lang))
                && short_name(n)
        };
        let next = if quotes.get(k + 1).is_some_and(name_after) { k + 2 } else { k + 1 };
        let post_end = quotes.get(next).map_or(region.end, |n| n.outer.start);
        // Likewise a quoted name in the clause that announces the quote (`sagte dem „Spiegel“:
        // „…“`) belongs to its frame.
        let name_before =
            |p: &QuoteSpan| text.get(p.outer.end..q.outer.start).is_some_and(|gap| gap.trim() == ":") && short_name(p);
        let prev = k.checked_sub(1).map(|j| if name_before(&quotes[j]) { j.checked_sub(1) } else { Some(j) });
        let pre_start = prev.flatten().map_or(region.start, |j| quotes[j].outer.end);
        let post: Vec<usize> =
            (0..tokens.len()).filter(|&i| tokens[i].start >= q.outer.end && tokens[i].end <= post_end).collect();
        let pre: Vec<usize> =
            (0..tokens.len()).filter(|&i| tokens[i].start >= pre_start && tokens[i].end <= q.outer.start).collect();
        // `X nannte seinen Platzverweis „überzogen“, Löw bezeichnete …`: a fragment inside a
        // clause whose speech verb stands before it belongs to that clause, not to the next.
        let embedded = pre.last().is_some_and(|&b| tokens[b].word)
            && pre.iter().any(|&i| tokens[i].word && is_cue_verb(&tokens[i].lower, lang))
            && !text[q.inner.range()].trim_end().ends_with(['.', '!', '?']);
        // `X wies dies als „Unverschämtheit“ zurück`: the verb's particle after the quote.
        if let (Some(&a), Some(&b), Some(&c)) = (pre.first(), pre.last(), post.first()) {
            let clause_end = post
                .iter()
                .find(|&&i| tokens[i].is_punct(&[',', '.', ';', ':', '!', '?']))
                .copied()
                .unwrap_or_else(|| post.last().map_or(c, |&d| d + 1));
            let fragment = !text[q.inner.range()].trim_end().ends_with(['.', '!', '?', ',']);
            if fragment {
                if let Some(f) = braced_frame(text, tokens, (a, b + 1), (q.outer.end, clause_end), lang) {
                    return f;
                }
            }
        }
        if let (Some(&a), Some(&b)) = (pre.first(), pre.last()) {
            // `laut Klinikdirektor X „…“`: a source named right before the quote.
            let adjacent = |f: &Frame| {
                f.cue.as_ref().is_some_and(|c| c.kind == attribution::CueKind::Before)
                    && f.mention.as_ref().is_some_and(|m| m.span.end == tokens[b].end)
            };
            // (`embedded` already has a word right before the quote.)
            if tokens[b].word {
                if let Some(f) = pre_frame(text, tokens, a, b + 1, lang).filter(|f| embedded || adjacent(f)) {
                    return f;
                }
            }
        }
        if let (Some(&a), Some(&b), Some(&c), Some(&d)) = (pre.first(), pre.last(), post.first(), post.last()) {
            if let Some(f) = relative_frame(text, tokens, (a, b + 1), (c, d + 1), lang) {
                return f;
            }
        }
        if let (Some(&a), Some(&b)) = (pre.first(), pre.last()) {
            let bracketed = tokens[b].is_punct(&['(']) && post.first().is_some_and(|&c| tokens[c].is_punct(&[')']));
            if let Some(f) = named_frame(text, tokens, a, b + 1, bracketed, lang) {
                return f;
            }
        }
        if let (Some(&a), Some(&b)) = (pre.first(), pre.last()) {
            if let Some(f) = opinion_frame(text, tokens, a, b + 1, lang) {
                return f;
            }
        }
        if let Some(&a) = pre.first() {
            let b = pre.last().map_or(a, |&b| b + 1);
            let (c, d) = (post.first().copied().unwrap_or(b), post.last().map_or(b, |&d| d + 1));
            if let Some(f) = document_frame(text, tokens, (a, b), (c, d), lang) {
                return f;
            }
        }
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
            if let Some(mut f) = subject_frame(text, tokens, a, end, lang) {
                // `Die Regierung hat den Bericht als „falsch“ zurückgewiesen`: the participle
                // after the quote, in its clause, is the cue rather than the auxiliary.
                if f.cue.as_ref().is_some_and(|c| !is_cue_verb(&c.text, lang)) {
                    let clause_end = post
                        .iter()
                        .position(|&i| tokens[i].is_punct(&[',', '.', ';', ':', '!', '?']))
                        .unwrap_or(post.len());
                    if let (Some(&c), Some(&d)) = (post.first(), post[..clause_end].last()) {
                        let verb = attribution::find_cues(tokens, c, d + 1, lang)
                            .into_iter()
                            .find(|h| h.kind == attribution::CueKind::Verb);
                        if verb.is_some() {
                            f.cue = verb;
                        }
                    }
                }
                // `Einsparungen sollen „durch mehr Effizienz“ erreicht werden, heißt es in
                // einer Erklärung des Betriebsrats`: a subject with no speech verb of its own
                // is what is spoken about; a cue after the quote's clause names who speaks.
                if f.cue.as_ref().is_some_and(|c| !is_cue_verb(&c.text, lang)) {
                    let later = sentence_frame(text, tokens, &[q.outer], lang);
                    let after = |f: &Frame| f.cue.as_ref().is_some_and(|c| c.spans[0].start >= q.outer.end);
                    if later.mention.is_some() && !later.by_subject && after(&later) {
                        return later;
                    }
                    // `Migraine is often dismissed as "just a headache,"`: an English passive
                    // without its agent says nothing of the subject's words.
                    let be =
                        |i: usize| matches!(tokens[i].lower.as_str(), "is" | "are" | "was" | "were" | "been" | "be");
                    let passive = lang == Lang::En
                        && pre.iter().enumerate().any(|(j, &i)| {
                            be(i) && pre[j + 1..].iter().take(2).any(|&k| tokens[k].lower.ends_with("ed"))
                        });
                    if passive && !pre.iter().any(|&i| tokens[i].lower == "by") {
                        return Frame::default();
                    }
                }
                return f;
            }
        }
        Frame::default()
    }

    /// The speaker who issued the document a definite mention names (`the statement`, `die
    /// Erklärung`), if one did earlier in the article.
    fn issuer_of(&self, m: &Mention, ordinal: usize) -> Option<Speaker> {
        let lower = m.text.to_lowercase();
        // `Der Wetterdienst erwartet … Bis dahin könnten noch 40 Liter fallen, hieß es.`: a bare
        // `hieß es` is whoever holds the floor in the paragraph.
        let before = self.doc.text[..m.span.start].trim_end();
        let after = self.doc.text[m.span.end..].trim_start();
        // (Only after what was said, `…, hieß es`, `…, weiter hieß es, dass`; not `Bisher hieß
        // es, …` nor `Aus Paris hieß es`.)
        let verb = ["hieß", "heißt", "hiess", "heisst"].iter().find_map(|v| before.strip_suffix(v)).map(str::trim_end);
        let lead = verb.map(|b| {
            ["weiter", "zudem", "außerdem", "ferner"].iter().find_map(|a| b.strip_suffix(a)).map_or(b, str::trim_end)
        });
        let bare = lower == "es" && lead.is_some_and(|b| b.ends_with(',')) && !after.starts_with(char::is_alphabetic);
        if bare {
            return match self.turn.as_ref().filter(|t| t.paragraph == ordinal)?.holder {
                Holder::Speaker(ref s) => Some(s.clone()),
                Holder::Source(..) => None,
            };
        }
        let mut words = lower.split_whitespace();
        let definite = words.next().is_some_and(|w| {
            matches!(w, "the" | "that" | "this" | "die" | "der" | "dem" | "das" | "diese" | "dieser" | "diesem")
        });
        let noun = words.next_back()?;
        if !definite {
            // `X kritisierte den Umgang mit dem Trainer. „…“, hieß es in einer Stellungnahme.`:
            // a statement with no one named for it is from whoever holds the floor in the
            // paragraph.
            // (Not one with its author after it: `In einer Erklärung der EU-Außenminister`.)
            let after = self.doc.text[m.span.end..].trim_start();
            let authored = ["der ", "des ", "von ", "vom ", "of ", "by ", "from "].iter().any(|p| after.starts_with(p));
            if !STATEMENT_NOUNS.contains(&noun) || authored {
                return None;
            }
            return match self.turn.as_ref().filter(|t| t.paragraph == ordinal)?.holder {
                Holder::Speaker(ref s) => Some(s.clone()),
                Holder::Source(..) => None,
            };
        }
        self.issued.iter().rev().find(|(n, _)| *n == noun).map(|(_, s)| s.clone())
    }

    fn claim(&mut self, kind: ClaimKind, span: Span, frame: &Frame, inherit: bool, site: &Site<'_>) -> Claim {
        let Site { paragraph, sentence, ordinal, relays, anonymous } = *site;
        let text = &self.doc.text[span.range()];
        let mut relays = relays.clone();
        let mut speaker = None;
        let mut attribution = Attribution::None;
        let mut source = None;
        let mut cue = frame.cue.as_ref().map(|c| Cue { text: c.text.clone(), spans: c.spans.clone() });
        let mut turn_cue = cue.clone();
        // (An anonymous mention of the frame's own, `one patient, who asked not to be named,
        // said`, keeps its wording.)
        // (`Aus Hafenkreisen erfuhr die dpa, dass …`: with no cue, an anonymous source `aus …`
        // in the claim still outranks the speaker it would otherwise go on with.)
        let hidden = anonymous.filter(|a| {
            (frame.cue.is_some()
                || frame.mention.is_none() && span.contains(a.span) && a.text.to_lowercase().starts_with("aus "))
                && frame.mention.as_ref().is_none_or(|m| {
                    !matches!(m.kind, MentionKind::Person | MentionKind::Anonymous)
                        // (`A person close to the board`: the whole phrase, not `A person`.)
                        || (m.kind == MentionKind::Anonymous && a.span.contains(m.span))
                        // (`A person close to the board said Voss would stay "for now"`: the
                        // phrase before the verb is its subject, not the name after it.)
                        || frame.cue.as_ref().is_some_and(|c| {
                            c.kind == attribution::CueKind::Verb
                                && a.span.end <= c.spans[0].start
                                && m.span.start >= c.spans[0].end
                                && self.doc.text.get(a.span.end..c.spans[0].start).is_some_and(|g| g.trim().is_empty())
                        })
                })
        });
        if let Some(src) = hidden {
            attribution = Attribution::Anonymous;
            source = Some(src.clone());
        } else if let Some((a, src)) = frame.mention.as_ref().and_then(|m| self.pronoun_for_source(m, ordinal)) {
            // `…, people familiar with the matter said. They cautioned that …`: a plural pronoun
            // stands for the source holding the floor.
            attribution = a;
            source = Some(src);
        } else if let Some(m) = &frame.mention {
            // `„Warum …?“, fragte der Richter. „…“, antwortete er.`: who answers a question is
            // not the one who asked it.
            let answer = frame.cue.as_ref().is_some_and(|c| ANSWER_VERBS.contains(&c.text.as_str()));
            let asker = self
                .claims
                .last()
                .filter(|c| {
                    answer
                        && m.kind == MentionKind::Pronoun
                        && c.paragraph == paragraph
                        && c.kind == ClaimKind::Quote
                        && c.text.trim_end().ends_with('?')
                })
                .and_then(|c| c.speaker.as_ref().map(|s| s.name.clone()));
            let resolved =
                asker.and_then(|a| self.resolver.answerer(m, &a)).unwrap_or_else(|| self.resolver.resolve(m));
            match resolved {
                Resolved::Speaker { name, role, inferred, institution } => {
                    let kind = if institution { SpeakerKind::Institution } else { SpeakerKind::Person };
                    let s = Speaker { name, role, span: m.span, inferred: inferred || frame.carried, kind };
                    if let Some(noun) = frame.cue.as_ref().and_then(|c| issued_in(&self.doc.text, c.spans[0])) {
                        self.issued.push((noun, s.clone()));
                    }
                    // `Das geht aus einer Studie des X hervor`: `die Studie` later is X's, and so
                    // is `der Bericht`, the generic word for it (not `das Gutachten`, another
                    // document).
                    if let Some(noun) = published_study(&self.doc.text, m.span).filter(|_| institution) {
                        for noun in [noun, "bericht", "studie"] {
                            self.issued.push((noun, s.clone()));
                        }
                    }
                    speaker = Some(s);
                    attribution = Attribution::Named;
                }
                Resolved::Vague => match self.issuer_of(m, ordinal) {
                    // `Lindqvist said in a statement that … "…," the statement said.`
                    Some(s) => {
                        speaker = Some(Speaker { span: m.span, inferred: true, ..s });
                        attribution = Attribution::Named;
                    }
                    None => {
                        attribution = Attribution::Vague;
                        source = Some(Source { text: m.text.clone(), span: m.span });
                    }
                },
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
                match &turn.holder {
                    Holder::Speaker(s) => {
                        let nearest = nearest_mention(&self.doc.text, &self.quoted, s, span.start).unwrap_or(s.span);
                        speaker = Some(Speaker { inferred: true, span: nearest, ..s.clone() });
                        attribution = Attribution::Named;
                    }
                    Holder::Source(a, src) => {
                        attribution = *a;
                        source = Some(src.clone());
                    }
                }
                // A quote that continues a turn is said the way the turn was; reported speech
                // that only inherits a speaker keeps its own (absent) cue.
                turn_cue.clone_from(&turn.cue);
                cue = if kind == ClaimKind::Quote { turn.cue.clone() } else { None };
                relays.absorb(&turn.relays);
            }
        }
        // A source takes the floor from no one named in the same paragraph (`Ken Rice
        // erklärte, … Bislang gingen die Wissenschaftler davon aus, … Der Protoplanet habe …`
        // goes on with Rice); an anonymous source with a speech verb of its own does (`Mayor X
        // said … A nurse, who asked not to be named, said …` then `she said`).
        // `Fabre told AFP the club had been reluctant to sell. "…," Fabre said.`: the speaker
        // who spoke through an agency goes on in the same paragraph through it (unless the
        // sentence names an agency of its own).
        // (Not when the sentence opens with another occasion: `Im Landtag sagte Renz: „…“`.)
        let occasion = || {
            frame.cue.as_ref().is_some_and(|c| {
                let before = &self.doc.text[..c.spans[0].start];
                let start = before
                    .char_indices()
                    .rev()
                    .find(|(_, c)| matches!(c, '.' | '!' | '?' | '\n' | '“' | '”' | '"'))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let opening = before[start..].trim_start();
                OCCASION_OPENERS.iter().any(|p| opening.starts_with(p))
            })
        };
        if let (Some(s), Some(turn)) = (&speaker, &self.turn) {
            let same = matches!(&turn.holder, Holder::Speaker(t) if t.name == s.name);
            if same && turn.paragraph == ordinal && relays.agencies.is_empty() && !occasion() {
                relays.agencies.clone_from(&turn.relays.agencies);
            }
        }
        let own_voice = attribution == Attribution::Anonymous && frame.cue.is_some();
        let speaking = !own_voice
            && self.turn.as_ref().is_some_and(|t| matches!(t.holder, Holder::Speaker(_)) && t.paragraph == ordinal);
        let holder = match (&speaker, &source) {
            (Some(s), _) => Some(Holder::Speaker(s.clone())),
            (None, Some(src)) if !speaking => Some(Holder::Source(attribution, src.clone())),
            _ => None,
        };
        if let Some(holder) = holder {
            self.turn = Some(Turn { holder, cue: turn_cue, relays: relays.clone(), paragraph: ordinal });
        }
        Claim {
            fingerprint: fingerprint::fingerprint(text),
            exact_sha256: fingerprint::exact_hash(text),
            kind,
            text: text.to_owned(),
            span,
            paragraph,
            sentence,
            speaker,
            cue,
            agencies: relays.agencies,
            outlets: relays.outlets,
            attribution,
            source,
            check_worthy: worthy::check_worthy(text, self.doc.lang),
            continues: false,
        }
    }
}

/// `Dem Sender al-Dschasira zufolge …`, `nach Informationen der Nachrichtenagentur Reuters`,
/// `Laut einer dpa-Meldung`: a cue that only ever names a source makes the sentence reported,
/// even when the source is no one we resolve (or an agency, which relays).
/// So does a comment clause (`wie die Nachrichtenagentur ANSA berichtete, …`).
fn explicit_source(frame: &Frame, tokens: &[Token<'_>]) -> bool {
    frame.cue.as_ref().is_some_and(|c| {
        let clause_start =
            tokens[..c.index.min(tokens.len())].iter().rposition(|t| t.is_punct(&[',', ';', ':'])).map_or(0, |k| k + 1);
        let comment = tokens[clause_start..].iter().find(|t| t.word).is_some_and(|t| t.lower == "wie")
            && c.kind == attribution::CueKind::Verb;
        comment
            || matches!(c.text.as_str(), "laut" | "gemäß" | "zufolge" | "according to" | "dem vernehmen nach")
            || attribution::report_cue(&c.text)
    })
}

/// `The Associated Press reported last week that …`, `…, Reuters reported.`, `Die
/// Nachrichtenagentur AP berichtete, …`, `Am Abend meldete die Agentur Reuters, …`: an agency
/// as the subject of a verb of reporting relays what follows (it is no speaker; the claim is
/// reported speech relayed through it). The agency's span, which bounds the content.
fn agency_report(text: &str, frame: &Frame, tokens: &[Token<'_>], lang: Lang) -> Option<Span> {
    // `Laut dpa …`, `Nach Informationen der Deutschen Presse-Agentur …`, `Der dpa zufolge …`,
    // `According to Reuters, …`: an agency named by a source cue.
    if let Some(c) = frame.cue.as_ref().filter(|c| frame.mention.is_none() && c.kind != attribution::CueKind::Verb) {
        let cue_start = c.spans.iter().map(|s| s.start).min()?;
        let cue_end = c.spans.iter().map(|s| s.end).max()?;
        // Within the sentence.
        let base = tokens.first()?.start;
        let found = crate::lexicon::agencies::find_agencies(&text[base..tokens.last()?.end]);
        return found.into_iter().map(|a| (base + a.start, base + a.end)).find_map(|(start, end)| {
            let from = frames::agency_phrase_start(text, start);
            let after_cue = c.kind == attribution::CueKind::Before && start >= cue_end && {
                // Only the article, the agency's kind or a genitive article between.
                let gap = &text[cue_end..from];
                gap.split_whitespace().all(|w| matches!(w, "der" | "des" | "dem" | "von" | "the"))
            };
            let before_cue =
                c.kind == attribution::CueKind::After && end <= cue_start && text[end..cue_start].trim().is_empty();
            // (`Nach dpa-Informationen …`: the agency opens the cue's compound.)
            let in_compound = start >= cue_start && end < cue_end && text[end..].starts_with('-');
            (after_cue || before_cue || in_compound).then(|| Span::new(from, end))
        });
    }
    let cue = frame.cue.as_ref().filter(|c| {
        frame.mention.is_none()
            && match lang {
                Lang::En => matches!(c.text.as_str(), "reported" | "reports" | "said" | "says"),
                Lang::De => matches!(
                    c.text.as_str(),
                    "berichtete"
                        | "berichteten"
                        | "berichtet"
                        | "meldete"
                        | "meldeten"
                        | "meldet"
                        | "schrieb"
                        | "schreibt"
                ),
            }
    })?;
    let verb = tokens.get(cue.index)?;
    let clause_start = tokens[..cue.index].iter().rposition(|t| t.is_punct(&[',', ';'])).map_or(0, |k| k + 1);
    let from = tokens.get(clause_start)?.start;
    let found = crate::lexicon::agencies::find_agencies(&text[from..verb.start]);
    // Right before the verb: `The Associated Press reported`, not `a reporter for Reuters said`.
    // (Or with its own source between: `Wie Reuters unter Berufung auf Insider berichtete`.)
    let next_to_verb = |a: &&crate::lexicon::agencies::AgencyMention| {
        let gap = text[from + a.end..verb.start].trim();
        gap.is_empty() || gap.starts_with(agencies::CITING) || agencies::only_when(gap)
    };
    if let Some(last) = found.last().filter(next_to_verb) {
        return Some(Span::new(frames::agency_phrase_start(text, from + last.start), from + last.end));
    }
    // German inversion, right after the verb: `berichtete die Nachrichtenagentur AP, …`.
    if lang != Lang::De {
        return None;
    }
    let clause_end = tokens[cue.index..].iter().find(|t| t.is_punct(&[',', ':', '.'])).map_or(text.len(), |t| t.start);
    let first = crate::lexicon::agencies::find_agencies(&text[verb.end..clause_end]).into_iter().next()?;
    let (start, end) = (verb.end + first.start, verb.end + first.end);
    // (Or with its own source after it: `berichtete Reuters unter Berufung auf Finanzkreise`.)
    let rest = text[end..clause_end].trim();
    (frames::agency_phrase_start(text, start) <= verb.end + 1
        && (rest.is_empty() || rest.starts_with(agencies::CITING)))
    .then(|| Span::new(frames::agency_phrase_start(text, start), end))
}

/// The part of a sentence before a quote's own cue (`und fügte hinzu: „…“`) when it holds a
/// speech verb of its own followed by a comma and a clause (`Er sagte, Europa brauche X`).
fn said_before(text: &str, tokens: &[Token<'_>], region: Span, cue_start: usize, lang: Lang) -> Option<Span> {
    let a = tokens.partition_point(|t| t.start < region.start);
    let b = tokens.partition_point(|t| t.start < cue_start);
    // Back over the conjunction or comma that joins the two verbs.
    let end = (a..b).rev().find(|&k| tokens[k].word && !matches!(tokens[k].lower.as_str(), "und" | "and"))? + 1;
    let cue = attribution::find_cues(tokens, a, end, lang).into_iter().find(|c| {
        // (A verb with its subject before it: not `Asked whether …, X said: "…"`.)
        c.kind == attribution::CueKind::Verb
            && c.index > a
            && tokens[c.index - 1].word
            && tokens.get(c.index + 1).is_some_and(|t| match lang {
                Lang::De => t.is_punct(&[',']),
                // (`He said the plan was good and added: "…"`.)
                Lang::En => t.word,
            })
    })?;
    let seg = Span::new(region.start, tokens[end - 1].end);
    (words(&text[tokens[cue.index].end..seg.end]) >= 3).then_some(seg)
}

/// Documents a speaker can issue, found after the speech verb: `said in a statement`,
/// `teilte in einer Erklärung mit`.
const ISSUED: &[&str] = &[
    "statement", "letter", "email", "note", "filing", "post", "release", "memo", "erklärung", "mitteilung",
    "pressemitteilung", "stellungnahme", "schreiben", "brief",
];

/// Words for a study or report that `der Bericht` or `die Studie` may refer back to.
const STUDIES: [&str; 6] = ["studie", "bericht", "untersuchung", "analyse", "report", "gutachten"];

/// The study the mention at `span` published, when one is named right before it: `einer
/// Studie des Leibniz-Instituts`, `der Untersuchung der Stiftung`.
fn published_study(text: &str, span: Span) -> Option<&'static str> {
    let before = tail(text, span.start, 200).trim_end().to_lowercase();
    let mut words = before.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    // (`einer Studie hervor, die Forschende der Universität X vorgestellt haben`: the study
    // before a relative clause, whose subject may be a group the publisher is the genitive of.)
    let recent: Vec<&str> = words.clone().take(3).collect();
    if let Some(r) = recent.iter().position(|w| matches!(*w, "die" | "das" | "den" | "welche" | "welches")) {
        let mut rest = words.clone().skip(r + 1).peekable();
        if rest.peek() == Some(&"hervor") {
            rest.next();
        }
        if let Some(noun) = rest.next().and_then(|n| STUDIES.iter().find(|s| n == **s || n.ends_with(**s))) {
            return Some(noun);
        }
    }
    let first = words.next();
    // (The genitive article may belong to the mention or stand before it.)
    let noun = match first {
        Some("des" | "der" | "von" | "vom") => words.next(),
        other => other,
    };
    noun.and_then(|n| STUDIES.iter().find(|s| n == **s || n.ends_with(**s)).copied())
}

/// The document the speech verb at `cue` says it was issued in, if any: `in a (written)
/// statement`, `in einer Erklärung` within a few words after the verb.
fn issued_in(text: &str, cue: Span) -> Option<&'static str> {
    let mut end = (cue.end + 50).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = text.get(cue.end..end)?.to_lowercase();
    let words: Vec<&str> = window.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let at = words.iter().position(|w| *w == "in")?;
    let article = words.get(at + 1).is_some_and(|w| matches!(*w, "a" | "an" | "einer" | "einem" | "seiner" | "ihrer"));
    if !article {
        return None;
    }
    words.iter().skip(at + 2).take(2).find_map(|w| ISSUED.iter().find(|n| *n == w).copied())
}

/// Whether a German mention that opens a sentence reads as its subject: not an accusative or
/// dative (`Ihren Widersacher X forderte sie auf`) and no words of a clause (a date, a pronoun:
/// `1982 berief ihn US-Präsident X`).
fn plain_subject(m: &Mention) -> bool {
    !frames::object_case(m, Lang::De)
        && !m.text.chars().any(|c| c.is_ascii_digit())
        && !m.text.split_whitespace().any(|w| matches!(w, "ihn" | "ihm" | "sie" | "er" | "es" | "ihr"))
}

/// Whether the main clause's finite verb has the form of a Konjunktiv I the lexicon does not
/// list (`Die Beratung verhindere jedes Jahr …`, `Eine Testphase laufe bereits`, `Das
/// entspreche …`): a lower-case verb in `-e` after its subject and not before a noun (not a past
/// in `-te`), in a sentence with no first or second person and no auxiliary in the indicative
/// (`wurde`, `hat`), which would take that form only in the indicative.
fn konjunktiv_form(tokens: &[Token<'_>]) -> bool {
    // (Besides the determiners: `Das eine …`.)
    const NOT_VERBS: &[&str] = &[
        "gerne", "heute", "alleine", "ohne", "bitte", "lange", "gerade", "nahe", "ferne", "meine", "eure", "jene",
        "welche", "solche", "manche", "beide", "viele", "wenige", "einige", "andere", "gleiche", "ganze", "halbe",
        "mitte", "ende", "weise", "ebenfalls",
    ];
    let end = tokens.iter().position(|t| t.is_punct(&[',', ':', ';', '.'])).unwrap_or(tokens.len());
    // (`Das entspreche …`, not the article of `Das Land reiche …`.)
    let demonstrative = tokens.first().is_some_and(|t| matches!(t.lower.as_str(), "das" | "dies" | "man" | "es"))
        && !tokens.get(1).is_some_and(|t| t.word && t.capitalized());
    let Some(v) = (if demonstrative { Some(1).filter(|&v| v < end) } else { attribution::finite_verb(tokens, 0, end) })
    else {
        return false;
    };
    let w = tokens[v].lower.as_str();
    // (Or after an adverbial, with the subject after the verb: `Nur so entstehe die …`.)
    let inverted = (2..=3).contains(&v)
        && tokens[0].capitalized()
        && tokens[..v].iter().all(|t| t.word && !t.capitalized() || t.start == tokens[0].start)
        && tokens.get(v + 1).is_some_and(|t| attribution::is_determiner(t));
    let after_subject = v > 0 && (tokens[v - 1].capitalized() || demonstrative || inverted);
    // (An adjective before its noun is no verb: `Das neue Gesetz`, `Explizite sexuelle Inhalte`.)
    let before_noun = attribution::is_attributive(&tokens[v], tokens.get(v + 1));
    // (Nor a particle after a verb in the indicative: `hat … den Rang inne`.)
    let indicative = tokens.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "hat"
                | "haben"
                | "hatte"
                | "hatten"
                | "ist"
                | "sind"
                | "war"
                | "waren"
                | "wird"
                | "werden"
                | "wurde"
                | "wurden"
        )
    });
    tokens[v].word
        && tokens[v].text.starts_with(char::is_lowercase)
        && w.chars().count() >= 4
        && w.ends_with('e')
        && !w.ends_with("te")
        && !NOT_VERBS.contains(&w)
        && !attribution::is_determiner(&tokens[v])
        && after_subject
        && !before_noun
        && !indicative
        && !tokens.iter().any(|t| matches!(t.lower.as_str(), "ich" | "du" | "wir"))
}

/// `Der Verdächtige soll die Tat gestanden haben`, `Sie sollen gezielt angegriffen worden
/// sein`: `sollen` with a perfect infinitive reports what others say, without saying who.
fn hearsay(tokens: &[Token<'_>]) -> bool {
    let words: Vec<&str> = tokens.iter().filter(|t| t.word).map(|t| t.lower.as_str()).collect();
    let Some(modal) = words.iter().position(|w| matches!(*w, "soll" | "sollen")) else { return false };
    let tail = &words[modal + 1..];
    // The clause ends in a participle and `haben` or `sein` (`gestanden haben`, `worden sein`).
    let end = tokens.iter().rposition(|t| t.word && !t.lower.chars().all(|c| c.is_ascii_digit()));
    let last = end.map(|k| tokens[k].lower.as_str());
    tail.len() >= 2
        && matches!(last, Some("haben" | "sein"))
        && tail.iter().rev().nth(1).is_some_and(|w| w.ends_with('t') || w.ends_with("en") || *w == "worden")
}

/// `Aus Vereinskreisen erfuhr die dpa, …`, `aus Branchenkreisen`: German `aus` before any
/// compound in `-kreisen` (circles), or `aus dem` before one in `-umfeld`, names an anonymous
/// source; so does `Aus dem Stadtrat hieß es` opening a sentence.
fn circles(text: &str, region: Span, quotes: &[Span]) -> Option<Source> {
    // `Aus Kreisen des Domkapitels hieß es`, `Aus dem Umfeld des Spielers hieß es`: circles of a
    // body or someone, written apart.
    let found = ["Kreisen de", "Kreisen von", "dem Umfeld de", "dem Umfeld von"]
        .iter()
        .filter_map(|p| text[region.range()].find(p).map(|k| (k, p.split(' ').count() - 1)))
        .min();
    if let Some((k, lead)) = found {
        let at = region.start + k;
        let aus = text[region.start..at].trim_end();
        let word = aus.len().checked_sub(3).filter(|&b| aus.is_char_boundary(b));
        let word = word.filter(|&b| aus[b..].eq_ignore_ascii_case("aus") && !aus[..b].ends_with(char::is_alphanumeric));
        // (The circles of someone only as the source a sentence opens with: not `Der Fahrer ist
        // aus dem Umfeld von X`.)
        // (Or after what is said to come from them: `nach Angaben aus dem Umfeld des Vereins`.)
        let opens = |b: usize| {
            let before = text[region.start..region.start + b].trim();
            lead == 1
                || matches!(before, "" | "Wie" | "wie")
                || before.ends_with("Angaben")
                || before.ends_with("Informationen")
        };
        if let Some(b) = word.filter(|&b| opens(b)) {
            let start = region.start + b;
            let tail = &text[at..region.end];
            // The circles, their article and the body's name: up to the first punctuation or
            // lower-case word after the article.
            let mut end = at;
            for (n, w) in tail.split(' ').enumerate() {
                let bare = w.trim_end_matches([',', '.', ';', ':']);
                if n > lead && !bare.starts_with(char::is_uppercase) {
                    break;
                }
                end += w.len() + usize::from(n > 0);
                if bare.len() < w.len() {
                    end -= w.len() - bare.len();
                    break;
                }
            }
            let span = Span::new(start, end.min(region.end));
            if !quotes.iter().any(|q| q.contains(span)) {
                return Some(Source { text: text[span.range()].to_owned(), span });
            }
        }
    }
    // `Aus der Kreis-CDU hieß es, …`, `Aus dem Stadtrat hieß es dagegen`: what is heard from
    // within a body, with no one named, opening the sentence.
    let sentence = &text[region.range()];
    let lead = sentence.len() - sentence.trim_start().len();
    let opening = ["Aus der ", "Aus dem ", "Aus den "].into_iter().find(|p| sentence[lead..].starts_with(p));
    let heard = [" hieß es", " heißt es", " hiess es", " heisst es", " verlautete"]
        .iter()
        .filter_map(|v| opening.and_then(|_| sentence.find(v)))
        .min()
        .filter(|&end| {
            let from = lead + opening.map_or(0, str::len);
            let body: Vec<&str> = sentence.get(from..end).unwrap_or_default().split(' ').collect();
            body.len() <= 3 && body.iter().all(|w| w.starts_with(char::is_uppercase))
        });
    if let Some(end) = heard {
        let span = Span::new(region.start + lead, region.start + end);
        if !quotes.iter().any(|q| q.contains(span)) {
            return Some(Source { text: text[span.range()].to_owned(), span });
        }
    }
    let mut at = region.start;
    let mut prev: Option<(usize, &str)> = None;
    let mut before: Option<(usize, &str)> = None;
    for word in text[region.range()].split(' ') {
        let w = word.trim_end_matches([',', '.', ';', ':']);
        let aus = |p: Option<(usize, &str)>| p.filter(|(_, p)| p.eq_ignore_ascii_case("aus")).map(|(start, _)| start);
        let unquoted = |span: Span| !quotes.iter().any(|q| q.contains(span));
        if let Some(start) = aus(prev) {
            let span = Span::new(start, at + w.len());
            if w.chars().count() >= 10 && w.ends_with("kreisen") && unquoted(span) {
                return Some(Source { text: text[span.range()].to_owned(), span });
            }
        }
        // (`nach Angaben aus dem Vereinsumfeld`: the circles as a compound in `-umfeld`.)
        if let Some(start) = aus(before).filter(|_| prev.is_some_and(|(_, p)| p == "dem")) {
            let span = Span::new(start, at + w.len());
            if w.chars().count() >= 10 && w.ends_with("umfeld") && unquoted(span) {
                return Some(Source { text: text[span.range()].to_owned(), span });
            }
        }
        before = prev;
        prev = Some((at, word));
        at += word.len() + 1;
    }
    None
}

/// `berichtete AFP unter Berufung auf Diplomaten`: the unnamed people an agency cites, a noun
/// in the plural with no article and no name (up to two words, before punctuation).
fn cited_unnamed(text: &str, region: Span, quotes: &[Span]) -> Option<Source> {
    let at = region.start + text[region.range()].find(agencies::CITING)? + agencies::CITING.len();
    let tail = &text[at..region.end];
    let len = tail.find([',', '.', ';', ':', '(']).unwrap_or(tail.len());
    let phrase = tail[..len].trim_end();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let plural = words.last().is_some_and(|w| {
        let lower = w.to_lowercase();
        (attribution::is_role(&lower) || attribution::is_agent_noun(&lower))
            && (lower.ends_with("en") || lower.ends_with('e') || lower.ends_with("er"))
    });
    let span = Span::new(at, at + phrase.len());
    ((1..=2).contains(&words.len())
        && plural
        && words.last().is_some_and(|w| w.starts_with(char::is_uppercase))
        && !words.first().is_some_and(|w| crate::lexicon::words::DETERMINERS.contains(&w.to_lowercase().as_str()))
        && !quotes.iter().any(|q| q.contains(span)))
    .then(|| Source { text: phrase.to_owned(), span })
}

/// The anonymous-source phrase of a sentence, outside its quotes.
fn anonymous_source(text: &str, region: Span, quotes: &[Span]) -> Option<Source> {
    let Some(r) = ANONYMOUS_PHRASES.find(&text[region.range()]) else {
        return circles(text, region, quotes).or_else(|| cited_unnamed(text, region, quotes));
    };
    let mut end = region.start + r.end;
    // `a person familiar with` + `the matter`: a phrase that ends in a preposition goes on up
    // to the verb (at most four more words, no punctuation).
    let open = text[..end].rsplit(' ').next().is_some_and(|w| matches!(w, "with" | "to" | "on" | "of" | "about"));
    for _ in 0..if open { 4 } else { 0 } {
        let tail = &text[end..region.end];
        let lead = tail.len() - tail.trim_start().len();
        let raw = tail[lead..].split(char::is_whitespace).next().unwrap_or_default();
        // (`according to people familiar with the matter, …`: the last word before a comma.)
        let word = raw.trim_end_matches([',', '.', ';', ':']);
        let lower = word.to_lowercase();
        if word.is_empty()
            || !word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            || is_cue_verb(&lower, Lang::En)
            || is_cue_verb(&lower, Lang::De)
            || matches!(lower.as_str(), "that" | "dass" | "who" | "der" | "die")
        {
            break;
        }
        end += lead + word.len();
        if word.len() < raw.len() {
            break;
        }
    }
    // `An official at Brookvale General Hospital`: where the unnamed source works, a name
    // after a preposition.
    if !open {
        let tail = &text[end..region.end];
        let mut words = tail.split_whitespace();
        if words.next().is_some_and(|p| matches!(p, "at" | "of" | "in" | "for" | "from" | "with")) {
            let mut reach = tail.find(|c: char| !c.is_whitespace()).unwrap_or(0);
            reach += tail[reach..].find(char::is_whitespace).unwrap_or(0);
            // (Capitalised words, with `the` before them and `of` or `for` inside them:
            // `the Ministry of Finance`.)
            let mut named_end = None;
            for w in words.take(6) {
                let bare = w.trim_end_matches([',', '.', ';', ':']);
                let capital = bare.starts_with(char::is_uppercase);
                let joining =
                    named_end.is_some() && matches!(bare, "of" | "for") || named_end.is_none() && bare == "the";
                if !(capital || joining) || bare.is_empty() {
                    break;
                }
                let at = reach + tail[reach..].find(w).unwrap_or(0);
                reach = at + bare.len();
                if capital {
                    named_end = Some(reach);
                }
                if bare.len() < w.len() {
                    break;
                }
            }
            if let Some(named) = named_end {
                end += named;
            }
        }
    }
    // `three people familiar with the matter`: a count or article before the phrase is part of it.
    let mut start = region.start + r.start;
    let before = text[region.start..start].trim_end();
    let word = before.rsplit(char::is_whitespace).next().unwrap_or_default();
    let count = ["two", "three", "four", "five", "several", "some", "many", "a", "an", "one"];
    if r.start != 0 && count.iter().any(|c| word.eq_ignore_ascii_case(c)) {
        start = region.start + before.len() - word.len();
    } else if text[start..].starts_with("familiar with") {
        // `Two diplomats familiar with the talks`: who is familiar, up to two words before.
        let mut cut = before.len();
        for _ in 0..2 {
            let head = before[..cut].trim_end();
            let word_start =
                head.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
            let word = &head[word_start..];
            if word.is_empty() || !word.chars().all(char::is_alphabetic) {
                break;
            }
            cut = word_start;
        }
        start = region.start + cut;
    }
    // `Two officials who spoke on condition of anonymity`, `A county official, who asked not to
    // be named,`: a relative clause names no one; the source is the noun phrase it is about,
    // back to its article or count (at most six words, the sentence's start at the latest).
    let phrase = &text[start..end];
    // (`two jurors who spoke to reporters on condition of anonymity`: `who` a few words back.)
    let lead = &text[region.start..start];
    let who = lead.split_whitespace().rev().take(4).position(|w| w == "who").map(|k| {
        let mut at = lead.len();
        for w in lead.split_whitespace().rev().take(k + 1) {
            at = lead[..at].rfind(w).unwrap_or(0);
        }
        at
    });
    let relative = phrase.starts_with("who ") || who.is_some();
    if relative {
        let before = &text[region.start..region.start + who.unwrap_or(lead.len())];
        let mut words = before.split_whitespace().rev();
        let mut taken = 0usize;
        let mut found = None;
        let mut at = before.len();
        for _ in 0..8 {
            let Some(w) = words.next() else { break };
            at = before[..at].rfind(w).unwrap_or(0);
            taken += 1;
            if w.contains(['.', ':', ';', '"', '“', '”', '„']) || taken > 8 {
                break;
            }
            let bare = w.trim_end_matches(',').to_lowercase();
            if count.contains(&bare.as_str()) || matches!(bare.as_str(), "the" | "another" | "other") {
                found = Some(at);
                // (`two diplomats involved in the negotiations, who …`: an article after a
                // preposition opens the complement, not the phrase.)
                let after_preposition = before[..at]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|p| matches!(p, "in" | "of" | "with" | "for" | "at" | "on" | "from" | "to"));
                if !after_preposition {
                    break;
                }
            }
        }
        if let Some(at) = found {
            start = region.start + at;
            // The source is the noun phrase; the relative clause only says why it is unnamed.
            let who_at = who.map_or(start.max(region.start + lead.len()), |w| region.start + w);
            end = text[start..who_at].trim_end().trim_end_matches(',').len() + start;
        }
    }
    let span = Span::new(start, end).trim(text);
    (!quotes.iter().any(|q| q.contains(span))).then(|| Source { text: text[span.range()].to_owned(), span })
}

fn words(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Where a reported clause starts in a sentence without a speaker: `die Behauptung, dass …`,
/// `wurde bekannt, dass …`, `Meldungen, wonach …`, `the claim that …`.
fn reported_clause(tokens: &[Token<'_>], lang: Lang) -> Option<usize> {
    const SPEECH_NOUNS: &[&str] = &[
        "behauptung", "behauptungen", "forderung", "forderungen", "angaben", "hinweis", "hinweise", "vorwurf",
        "vorwürfe", "meldung", "meldungen", "aussage", "aussagen", "erklärung", "mitteilung", "bericht", "berichte",
        "berichten", "information", "informationen", "befürchtung", "befürchtungen", "warnung", "kritik", "meinung",
        "ansicht", "auffassung", "überzeugung", "einschätzung", "vermutung", "gerüchte", "bekannt", "bestätigt",
        "berichtet", "gemeldet", "mitgeteilt", "erklärt", "betont", "claim", "claims", "statement", "report",
        "reports", "allegation", "allegations", "warning", "announced", "reported", "confirmed",
    ];
    (1..tokens.len()).find_map(|k| {
        let t = &tokens[k];
        let complementizer = match lang {
            Lang::De => matches!(t.lower.as_str(), "dass" | "daß" | "wonach"),
            Lang::En => t.lower == "that",
        };
        let before = tokens[..k].iter().rev().find(|u| u.word)?;
        // (English `that` introduces what was said and is not part of it; German `dass` is.)
        let start = match lang {
            Lang::En => tokens.get(k + 1).map_or(t.start, |n| n.start),
            Lang::De => t.start,
        };
        (complementizer && SPEECH_NOUNS.contains(&before.lower.as_str())).then_some(start)
    })
}

/// Where the content starts when a speech verb has no speaker we can name but introduces a
/// clause after a comma: `Der Verband „Pro Schiene“ sowie mehrere Initiativen kündigten an,
/// gegen die Sperrung zu klagen`, `… teilten dem Sender mit, dass …`.
fn cue_clause(tokens: &[Token<'_>], frame: &Frame, lang: Lang) -> Option<usize> {
    let cue = frame.cue.as_ref().filter(|c| lang == Lang::De && frame.mention.is_none() && c.spans.len() <= 2)?;
    if cue.kind != attribution::CueKind::Verb {
        return None;
    }
    let end = cue.spans.iter().map(|s| s.end).max()?;
    let comma = tokens.iter().position(|t| t.start >= end && t.is_punct(&[',', ':']))?;
    // Only a few words between the verb and the comma: the verb's own objects.
    if tokens[..comma].iter().filter(|t| t.start >= end && t.word).count() > 6 {
        return None;
    }
    let next = tokens.get(comma + 1).filter(|t| t.word)?;
    let clause_end =
        tokens[comma + 1..].iter().position(|t| t.is_punct(&[',', '.', ';'])).map_or(tokens.len(), |k| k + comma + 1);
    let clause = &tokens[comma + 1..clause_end];
    let konjunktiv = clause.iter().any(|t| KONJUNKTIV.contains(&t.lower));
    // `…, die Zahl der Helfer zu erhöhen`: an infinitive clause.
    let words: Vec<&Token<'_>> = clause.iter().filter(|t| t.word).collect();
    let infinitive = words.len() >= 3 && words[words.len() - 2].lower == "zu" && !words[words.len() - 1].capitalized();
    (matches!(next.lower.as_str(), "dass" | "daß" | "ob") || konjunktiv || infinitive).then_some(next.start)
}

/// Whether `name` (one word) follows a capitalised word somewhere in `text`, as a surname
/// after a given name or a title: `Declan Rooke`, `Councillor Rooke`.
fn surname_in(text: &str, name: &str) -> bool {
    !name.contains(' ')
        && text.match_indices(name).any(|(at, _)| {
            let after = text[at + name.len()..].chars().next();
            let Some(before) = text[..at].strip_suffix(' ') else { return false };
            let word = before.rsplit(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or_default();
            // (Not a sentence's first word, which is capitalised anyway: `Former Westbridge
            // striker …`.)
            let opening = before[..before.len() - word.len()].trim_end().is_empty()
                || before[..before.len() - word.len()].trim_end().ends_with(['.', '!', '?', '\n', '"', '“']);
            !after.is_some_and(char::is_alphanumeric) && word.starts_with(char::is_uppercase) && !opening
        })
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

/// Whether a sentence opens with a demonstrative followed by its cue (`Dies teilte die Polizei
/// mit`, `Das bestätigte der Minister`): it attributes the sentence before it.
fn points_back(tokens: &[Token<'_>], frame: &Frame) -> bool {
    let Some(first) = tokens.iter().position(|t| t.word) else { return false };
    // (`„…“ Mit diesen Worten beschreibt Winzer X die Nacht.`)
    let lower = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    if lower(first) == "mit"
        && matches!(lower(first + 1), "diesen" | "solchen")
        && matches!(lower(first + 2), "worten" | "sätzen")
    {
        return frame.cue.as_ref().is_some_and(|c| c.index == first + 3);
    }
    // Right after it (`Dies teilte X mit`), or after a modal or auxiliary at the clause's end
    // (`Das musste der Minister einräumen`, `Das hat die Polizei bestätigt`).
    let auxiliary = tokens.get(first + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "musste" | "mussten" | "wollte" | "wollten" | "konnte" | "konnten" | "hat" | "hatte" | "haben" | "hatten"
        )
    });
    // (Not an article: `Das Handelsblatt schreibt, …`.)
    let noun_after = tokens.get(first + 1).is_some_and(|t| t.word && t.capitalized());
    matches!(tokens[first].lower.as_str(), "dies" | "das" | "dieses")
        && !noun_after
        && frame.cue.as_ref().is_some_and(|c| c.index > first && (c.index <= first + 2 || auxiliary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inherited_speaker_points_at_the_nearest_mention_by_surname() {
        let text =
            "Finanzminister Peer Steinbrück sprach. „Gut“, sagte er. Dann hatte Steinbrück mehr zu sagen. Es sei gut.";
        let at = |w: &str| text.find(w).unwrap_or_default();
        let speaker = Speaker {
            name: "Peer Steinbrück".into(),
            role: Some("Finanzminister".into()),
            span: Span::new(0, at(" sprach")),
            inferred: false,
            kind: SpeakerKind::Person,
        };
        let quoted = [Span::new(at("„Gut“"), at(", sagte er"))];
        let near = nearest_mention(text, &quoted, &speaker, at("Es sei")).map(|s| s.start);
        assert_eq!(near, Some(at("Steinbrück mehr")));
        // Nothing between the mention and the claim: the turn's own mention stands.
        assert_eq!(nearest_mention(text, &quoted, &speaker, at(" sprach")), None);
        // A name inside a quote is not a mention of the speaker.
        let text = "Peer Steinbrück sprach. „Steinbrück ist Minister“, sagte er. Es sei gut.";
        let speaker = Speaker { span: Span::new(0, 15), ..speaker };
        let quoted = [Span::new(text.find('„').unwrap_or_default(), text.find(", sagte").unwrap_or_default())];
        assert_eq!(nearest_mention(text, &quoted, &speaker, text.find("Es sei").unwrap_or_default()), None);
    }
}
