//! Scoring extraction against hand-annotated quotations.
//!
//! The gold format is one JSON object per line with the article `text` and its `quotes`, each
//! with a `type` (`Direct`, `Indirect`, `Reported`, `FreeIndirect`, `IndirectFreeIndirect`)
//! and `quote`, `speaker` and `cue` as lists of `[start, end)` character offsets (see
//! README). A predicted claim matches a gold quotation when their spans overlap by at least
//! half of each side; matching is one-to-one, largest overlap first.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::document::{Lang, ParseOptions, Span};
use crate::extract::{Claim, ClaimKind};

/// One annotated article.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldArticle {
    /// Identifier.
    #[serde(default)]
    pub id: String,
    /// The article text the offsets point into.
    pub text: String,
    /// Annotated quotations.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
}

/// One annotated quotation.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldQuote {
    /// Quotation type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Character spans of the quotation (for `Direct`, including the marks).
    #[serde(default)]
    pub quote: Vec<[usize; 2]>,
    /// Character spans of the speaker mention.
    #[serde(default)]
    pub speaker: Vec<[usize; 2]>,
    /// Character spans of the cue.
    #[serde(default)]
    pub cue: Vec<[usize; 2]>,
}

/// Precision, recall, F1 with the counts behind them.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Prf {
    /// Matched pairs.
    pub matched: usize,
    /// Predictions.
    pub predicted: usize,
    /// Gold items.
    pub gold: usize,
    /// matched / predicted.
    pub precision: f64,
    /// matched / gold.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

impl Prf {
    fn new(matched: usize, predicted: usize, gold: usize) -> Prf {
        let p = if predicted == 0 { 0.0 } else { matched as f64 / predicted as f64 };
        let r = if gold == 0 { 0.0 } else { matched as f64 / gold as f64 };
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        Prf { matched, predicted, gold, precision: p, recall: r, f1 }
    }
}

/// Share of correct answers.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Accuracy {
    /// Correct.
    pub correct: usize,
    /// Scored.
    pub total: usize,
    /// correct / total.
    pub accuracy: f64,
}

impl Accuracy {
    fn new(correct: usize, total: usize) -> Accuracy {
        Accuracy { correct, total, accuracy: if total == 0 { 0.0 } else { correct as f64 / total as f64 } }
    }
}

/// One miss, false alarm or wrong attribution, for inspection.
#[derive(Clone, Debug, Serialize)]
pub struct EvalError {
    /// Article id.
    pub article: String,
    /// `missed-direct`, `false-direct`, `wrong-speaker`, `wrong-cue`, `missed-quotation`,
    /// `false-quotation`.
    pub error: &'static str,
    /// Gold or predicted text.
    pub text: String,
    /// What the gold says, where relevant.
    pub gold: Option<String>,
    /// What was predicted, where relevant.
    pub predicted: Option<String>,
    /// The surrounding text.
    pub context: String,
}

/// Scores over a corpus.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Articles scored.
    pub articles: usize,
    /// Direct quotations against `quote` claims.
    pub direct: Prf,
    /// All quotation types against `quote` and `reported` claims.
    pub all: Prf,
    /// Recall per gold type on the all-types matching.
    pub recall_by_type: BTreeMap<String, Prf>,
    /// The attributing mention (speaker, or vague or anonymous source) overlaps the gold speaker,
    /// on matched direct quotations with a gold speaker.
    pub speaker: Accuracy,
    /// Cue overlaps the gold cue, on matched direct quotations with a gold cue.
    pub cue: Accuracy,
    /// Misses and false alarms (only when asked for).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<EvalError>,
}

/// Byte offset of every char offset of `text` (and of its end).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn hull(spans: &[[usize; 2]], map: &[usize]) -> Option<Span> {
    let start = spans.iter().map(|s| s[0]).min()?;
    let end = spans.iter().map(|s| s[1]).max()?;
    Some(Span::new(*map.get(start)?, *map.get(end.min(map.len() - 1))?))
}

fn spans(spans: &[[usize; 2]], map: &[usize]) -> Vec<Span> {
    spans.iter().filter_map(|s| Some(Span::new(*map.get(s[0])?, *map.get(s[1].min(map.len() - 1))?))).collect()
}

/// A gold direct quotation's span without its quotation marks.
fn trim_marks(text: &str, s: Span) -> Span {
    let slice = &text[s.range()];
    let is_mark = |c: char| c.is_whitespace() || "\"„“”‚‘’»«›‹'".contains(c);
    let start = s.start + (slice.len() - slice.trim_start_matches(is_mark).len());
    let end = s.end - (slice.len() - slice.trim_end_matches(is_mark).len());
    Span::new(start, end.max(start))
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// One-to-one matching of gold and predicted spans, largest overlap first; returns pairs.
fn match_spans(gold: &[Span], pred: &[Span]) -> Vec<(usize, usize)> {
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (g, gs) in gold.iter().enumerate() {
        for (p, ps) in pred.iter().enumerate() {
            let o = overlap(*gs, *ps);
            if o > 0 && 2 * o >= gs.len().max(1) && 2 * o >= ps.len().max(1) {
                cands.push((o, g, p));
            }
        }
    }
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let (mut gu, mut pu) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut out = Vec::new();
    for (_, g, p) in cands {
        if !gu[g] && !pu[p] {
            gu[g] = true;
            pu[p] = true;
            out.push((g, p));
        }
    }
    out
}

fn context(text: &str, s: Span) -> String {
    let mut a = s.start.saturating_sub(60);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (s.end + 60).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    text[a..b].replace('\n', " ")
}

/// One quotation annotated more than once with the same span and type (a relayed quote gets one
/// annotation per speaker: the newspaper that quotes and the person quoted) is one quotation
/// with all of its speakers and cues.
fn merge_duplicates(quotes: &[GoldQuote]) -> Vec<GoldQuote> {
    let mut out: Vec<GoldQuote> = Vec::with_capacity(quotes.len());
    for q in quotes {
        match out.iter_mut().find(|o| o.kind == q.kind && o.quote == q.quote) {
            Some(o) => {
                o.speaker.extend(q.speaker.iter().copied());
                o.cue.extend(q.cue.iter().copied());
            }
            None => out.push(q.clone()),
        }
    }
    out
}

/// Claims as quotations: a quote over several paragraphs (claims that continue one another) is
/// one quotation spanning its pieces, scored by the piece that names its speaker (or the
/// first). Returns the claim each quotation is scored by, and its span.
fn whole_quotes<'c>(claims: impl Iterator<Item = &'c Claim>) -> (Vec<&'c Claim>, Vec<Span>) {
    let (mut by, mut spans): (Vec<&Claim>, Vec<Span>) = (Vec::new(), Vec::new());
    let named = |c: &Claim| c.speaker.as_ref().is_some_and(|s| !s.inferred);
    let mut open = false;
    for c in claims {
        match spans.last_mut() {
            Some(last) if open && c.kind == ClaimKind::Quote => {
                *last = Span::new(last.start, c.span.end);
                if let Some(first) = by.last_mut().filter(|f| !named(f) && named(c)) {
                    *first = c;
                }
            }
            _ => {
                by.push(c);
                spans.push(c.span);
            }
        }
        open = c.kind == ClaimKind::Quote && c.continues;
    }
    (by, spans)
}

/// Score extraction on `articles`. `lang` forces the language (`None` detects it).
pub fn evaluate(articles: &[GoldArticle], lang: Option<Lang>, with_errors: bool) -> Report {
    let opts = ParseOptions { lang, format: Some(crate::document::Format::Text), ..ParseOptions::default() };
    let (mut d_m, mut d_p, mut d_g) = (0, 0, 0);
    let (mut a_m, mut a_p, mut a_g) = (0, 0, 0);
    let mut by_type: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut sp_ok, mut sp_n, mut cue_ok, mut cue_n) = (0, 0, 0, 0);
    let mut errors = Vec::new();
    for art in articles {
        let quotes = merge_duplicates(&art.quotes);
        let Ok(a) = crate::analyse(art.text.as_bytes(), None, &opts) else {
            // An empty text: every gold quotation is missed.
            d_g += quotes.iter().filter(|q| q.kind == "Direct").count();
            a_g += quotes.len();
            continue;
        };
        let text = a.doc.text.as_str();
        let map = char_to_byte(&art.text);
        let claims: &[Claim] = &a.extraction.claims;

        // Direct quotations.
        let gold_direct: Vec<(&GoldQuote, Span)> = quotes
            .iter()
            .filter(|q| q.kind == "Direct")
            .filter_map(|q| hull(&q.quote, &map).map(|s| (q, trim_marks(text, s))))
            .collect();
        let (pred_quotes, pred_spans) = whole_quotes(claims.iter().filter(|c| c.kind == ClaimKind::Quote));
        let pairs = match_spans(&gold_direct.iter().map(|g| g.1).collect::<Vec<_>>(), &pred_spans);
        d_m += pairs.len();
        d_p += pred_quotes.len();
        d_g += gold_direct.len();
        for &(g, p) in &pairs {
            let (gq, _) = gold_direct[g];
            let c = pred_quotes[p];
            let gold_speaker = spans(&gq.speaker, &map);
            if !gold_speaker.is_empty() {
                sp_n += 1;
                // The mention that attributes the quote: the speaker's, or a vague or anonymous
                // source's wording.
                let mention = c.speaker.as_ref().map(|s| s.span).or(c.source.as_ref().map(|s| s.span));
                let ok = mention.is_some_and(|m| gold_speaker.iter().any(|gs| overlap(*gs, m) > 0));
                sp_ok += usize::from(ok);
                if !ok && with_errors {
                    errors.push(EvalError {
                        article: art.id.clone(),
                        error: "wrong-speaker",
                        text: c.text.clone(),
                        gold: Some(gold_speaker.iter().map(|s| &text[s.range()]).collect::<Vec<_>>().join(" … ")),
                        predicted: c
                            .speaker
                            .as_ref()
                            .map(|s| format!("{} [{}]", &text[s.span.range()], s.name))
                            .or(c.source.as_ref().map(|s| format!("{} [{}]", s.text, c.attribution.as_str()))),
                        context: context(text, c.span),
                    });
                }
            }
            let gold_cue = spans(&gq.cue, &map);
            if !gold_cue.is_empty() {
                cue_n += 1;
                let ok = c
                    .cue
                    .as_ref()
                    .is_some_and(|cue| cue.spans.iter().any(|s| gold_cue.iter().any(|g| overlap(*g, *s) > 0)));
                cue_ok += usize::from(ok);
                if !ok && with_errors {
                    errors.push(EvalError {
                        article: art.id.clone(),
                        error: "wrong-cue",
                        text: c.text.clone(),
                        gold: Some(gold_cue.iter().map(|s| &text[s.range()]).collect::<Vec<_>>().join(" … ")),
                        predicted: c.cue.as_ref().map(|c| c.text.clone()),
                        context: context(text, c.span),
                    });
                }
            }
        }
        if with_errors {
            let (gm, pm): (Vec<usize>, Vec<usize>) = pairs.iter().copied().unzip();
            for (g, (_, s)) in gold_direct.iter().enumerate().filter(|(g, _)| !gm.contains(g)) {
                let _ = g;
                errors.push(EvalError {
                    article: art.id.clone(),
                    error: "missed-direct",
                    text: text[s.range()].to_owned(),
                    gold: None,
                    predicted: None,
                    context: context(text, *s),
                });
            }
            for (_, s) in pred_spans.iter().enumerate().filter(|(p, _)| !pm.contains(p)) {
                errors.push(EvalError {
                    article: art.id.clone(),
                    error: "false-direct",
                    text: text[s.range()].to_owned(),
                    gold: None,
                    predicted: None,
                    context: context(text, *s),
                });
            }
        }

        // All quotation types.
        let gold_all: Vec<(&GoldQuote, Span)> = quotes
            .iter()
            .filter_map(|q| hull(&q.quote, &map).map(|s| (q, if q.kind == "Direct" { trim_marks(text, s) } else { s })))
            .collect();
        let (pred_all, pred_spans) = whole_quotes(claims.iter().filter(|c| c.kind != ClaimKind::Statement));
        let pairs = match_spans(&gold_all.iter().map(|g| g.1).collect::<Vec<_>>(), &pred_spans);
        a_m += pairs.len();
        a_p += pred_all.len();
        a_g += gold_all.len();
        for (g, (q, s)) in gold_all.iter().enumerate() {
            let e = by_type.entry(q.kind.clone()).or_default();
            e.1 += 1;
            let hit = pairs.iter().any(|&(pg, _)| pg == g);
            e.0 += usize::from(hit);
            if !hit && with_errors && q.kind != "Direct" {
                errors.push(EvalError {
                    article: art.id.clone(),
                    error: "missed-quotation",
                    text: text[s.range()].to_owned(),
                    gold: Some(q.kind.clone()),
                    predicted: None,
                    context: context(text, *s),
                });
            }
        }
        if with_errors {
            for (p, c) in pred_all.iter().enumerate() {
                if c.kind == ClaimKind::Reported && !pairs.iter().any(|&(_, pp)| pp == p) {
                    errors.push(EvalError {
                        article: art.id.clone(),
                        error: "false-quotation",
                        text: c.text.clone(),
                        gold: None,
                        predicted: Some("reported".into()),
                        context: context(text, c.span),
                    });
                }
            }
        }
    }
    Report {
        articles: articles.len(),
        direct: Prf::new(d_m, d_p, d_g),
        all: Prf::new(a_m, a_p, a_g),
        recall_by_type: by_type.into_iter().map(|(k, (m, n))| (k, Prf::new(m, m, n))).collect(),
        speaker: Accuracy::new(sp_ok, sp_n),
        cue: Accuracy::new(cue_ok, cue_n),
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_of_half_each_side_and_one_to_one() {
        let g = [Span::new(0, 10), Span::new(20, 30)];
        let p = [Span::new(2, 12), Span::new(0, 40)];
        let m = match_spans(&g, &p);
        assert_eq!(m, vec![(0, 0)], "the long prediction covers less than half of itself with either gold span");
    }

    #[test]
    fn scores_a_tiny_corpus() {
        let text = "„Wir bleiben hier“, sagte Anna Weber. Der Rat sei dagegen, sagte sie.";
        let q_end = text.chars().position(|c| c == '“').unwrap_or(0) + 1;
        let art = GoldArticle {
            id: "1".into(),
            text: text.into(),
            quotes: vec![GoldQuote {
                kind: "Direct".into(),
                quote: vec![[0, q_end]],
                speaker: vec![[26, 36]],
                cue: vec![[20, 25]],
            }],
        };
        let r = evaluate(&[art], Some(Lang::De), false);
        assert_eq!((r.direct.matched, r.direct.gold), (1, 1));
        assert_eq!(r.speaker.correct, 1);
        assert_eq!(r.cue.correct, 1);
    }

    #[test]
    fn a_quotation_annotated_once_per_speaker_is_one_quotation() {
        let text = "„Das wird knapp“, zitiert die Zeitung den Trainer Jan Berg.";
        let q_end = text.chars().position(|c| c == '“').unwrap_or(0) + 1;
        let start = |w: &str| text[..text.find(w).unwrap_or(0)].chars().count();
        let quote = |speaker: &str| GoldQuote {
            kind: "Direct".into(),
            quote: vec![[0, q_end]],
            speaker: vec![[start(speaker), start(speaker) + speaker.chars().count()]],
            cue: vec![],
        };
        let art = GoldArticle { id: "1".into(), text: text.into(), quotes: vec![quote("Zeitung"), quote("Jan Berg")] };
        let r = evaluate(&[art], Some(Lang::De), false);
        assert_eq!((r.direct.matched, r.direct.gold), (1, 1));
        assert_eq!(r.all.gold, 1);
        assert_eq!(r.speaker.total, 1);
    }

    #[test]
    fn a_quote_over_paragraphs_is_one_quotation() {
        let text = "Richterin Ulla Brandt sagte:\n\n„Wir haben lange beraten. Das Urteil ist klar.\n\n\
                    Niemand hat hier gewonnen. Auch das gehört zur Wahrheit.“\n\nDas Gericht vertagte sich.";
        let chars = |b: usize| text[..b].chars().count();
        let (open, close) = (text.find('„').unwrap_or(0), text.find('“').unwrap_or(0));
        let speaker = text.find("Ulla Brandt").unwrap_or(0);
        let gold = GoldQuote {
            kind: "Direct".into(),
            quote: vec![[chars(open), chars(close) + 1]],
            speaker: vec![[chars(speaker), chars(speaker + "Ulla Brandt".len())]],
            cue: vec![],
        };
        let art = GoldArticle { id: "1".into(), text: text.into(), quotes: vec![gold] };
        let pieces =
            crate::analyse(text.as_bytes(), None, &ParseOptions { lang: Some(Lang::De), ..Default::default() })
                .map(|a| a.extraction.claims.iter().filter(|c| c.kind == ClaimKind::Quote).count());
        assert_eq!(pieces.ok(), Some(2), "one claim per paragraph");
        let r = evaluate(&[art], Some(Lang::De), false);
        assert_eq!((r.direct.matched, r.direct.predicted, r.direct.gold), (1, 1, 1));
        assert_eq!((r.speaker.correct, r.speaker.total), (1, 1));
    }
}
