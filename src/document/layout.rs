//! Blocks of plain text, and the classification of every block as content, structure or
//! boilerplate, with sentences for the content.

use std::sync::LazyLock;

use regex::Regex;

use super::{BlockKind, Format, Lang, Mark, Paragraph, RawBlock, Role, Span};
use crate::lexicon::agencies::find_agencies;
use crate::lexicon::boilerplate::{MARKERS, SUMMARY_LABELS};
use crate::lexicon::cues::ENGLISH_VERBS;
use crate::lexicon::names::party_home;
use crate::lexicon::words::{ordinal_after, OPENERS_AFTER_INITIAL};

/// The `date YYYY-MM[-DD] Headline` first line.
pub struct Header {
    /// The date as written.
    pub published: Option<String>,
    /// The rest of the line.
    pub title: Option<String>,
}

static HEADER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?(?:[T ][0-9:.+\-Z]+)?)[ \t]*").expect("header pattern")
});

/// Split plain text into blocks: runs of non-blank lines, split further into lines when the
/// lines are paragraphs of their own (rather than a hard-wrapped paragraph).
pub fn text_blocks(text: &str) -> (Vec<RawBlock>, Option<Header>) {
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        lines.push((at, at + content.len()));
        at += line.len();
    }
    let mut blocks = Vec::new();
    let mut header = None;
    let mut group: Vec<(usize, usize)> = Vec::new();
    let mut first = true;
    for &(s, e) in lines.iter().chain(std::iter::once(&(text.len(), text.len()))) {
        let (ts, te) = trim(text, s, e);
        if ts < te && first {
            first = false;
            if let Some(caps) = HEADER_RE.captures(&text[ts..te]) {
                let whole = caps.get(0).map_or(0, |m| m.end());
                header = Some(Header {
                    published: caps.get(1).map(|m| m.as_str().to_owned()),
                    title: Some(text[ts + whole..te].trim().to_owned()).filter(|t| !t.is_empty()),
                });
                let (hs, he) = trim(text, ts, ts + whole);
                blocks.push(RawBlock { start: hs, end: he, kind: BlockKind::Heading });
                let (tts, tte) = trim(text, ts + whole, te);
                if tts < tte {
                    blocks.push(RawBlock { start: tts, end: tte, kind: BlockKind::Title });
                }
                continue;
            }
        }
        if ts < te {
            group.push((ts, te));
        } else if !group.is_empty() {
            push_group(text, &group, &mut blocks);
            group.clear();
        }
    }
    // The header block is a heading only in shape; mark it so classification calls it "header".
    if header.is_some() {
        if let Some(b) = blocks.first_mut() {
            b.kind = BlockKind::Caption;
        }
    }
    (blocks, header)
}

fn push_group(text: &str, group: &[(usize, usize)], blocks: &mut Vec<RawBlock>) {
    let wrapped = group.len() > 1 && {
        let inner = &group[..group.len() - 1];
        let open = inner.iter().filter(|&&(s, e)| e - s > 40 && !ends_sentence(&text[s..e])).count();
        open * 2 >= inner.len()
    };
    if wrapped {
        blocks.push(RawBlock { start: group[0].0, end: group[group.len() - 1].1, kind: BlockKind::Body });
    } else {
        blocks.extend(group.iter().map(|&(s, e)| RawBlock { start: s, end: e, kind: BlockKind::Body }));
    }
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', ':', '"', '“', '”', '«', '»', '’', ')', '…'])
}

fn trim(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = Span::new(s, e).trim(text);
    (t.start, t.end)
}

/// Classified blocks.
pub struct Classified {
    pub paragraphs: Vec<Paragraph>,
    pub boilerplate: Vec<Mark>,
    pub structure: Vec<Mark>,
}

static DATELINE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^()\n]{0,60}?\(([^()\n]{2,40})\)\s*[-–—:]\s*").expect("dateline pattern"));
/// A dateline without an agency at the start of the first paragraph: `WASHINGTON — `,
/// `SAN MATEO, Calif. — `, `KIEL – ` (a place in capitals, an optional region, a dash).
static PLACE_DATELINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\s+(?:[–—]|--)\s+")
        .expect("place dateline pattern")
});
static BYLINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Von|VON|By|BY|Text:|Text von)\s+\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+[\p{L}\p{M}.'’\-]+)*(?:\s*(?:,|und|and|&)\s*[\p{L}\p{M}.'’/\-]+(?:\s+[\p{L}\p{M}.'’/\-]+)*)*$")
        .expect("byline pattern")
});
static CREDIT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?(?i:mit material (?:von|der|des)|material:|quelle:|quellen:|source:|sources:|additional reporting by|reporting by|writing by|editing by|with reporting (?:by|from)|mitarbeit:)")
        .expect("credit pattern")
});

/// Decide what each block is and split content into sentences.
pub fn classify(text: &str, blocks: &[RawBlock], format: Format, lang: Lang) -> Classified {
    let mut out = Classified { paragraphs: Vec::new(), boilerplate: Vec::new(), structure: Vec::new() };
    let has_title = blocks.iter().any(|b| b.kind == BlockKind::Title);
    let mut seen_content = false;
    for (i, block) in blocks.iter().enumerate() {
        let span = Span::new(block.start, block.end);
        let s = &text[span.range()];
        let mut body = span;
        let role = match block.kind {
            BlockKind::Caption if i == 0 && format == Format::Text => structure(&mut out, span, "header"),
            BlockKind::Title => structure(&mut out, span, "title"),
            BlockKind::Heading => structure(&mut out, span, "heading"),
            BlockKind::Byline => boilerplate(&mut out, span, "byline"),
            BlockKind::Furniture(reason) => boilerplate(&mut out, span, marker_reason(s).unwrap_or(reason)),
            BlockKind::Caption => {
                let reason =
                    if marker_reason(s) == Some("photo-credit") || has_credit(s) { "photo-credit" } else { "caption" };
                boilerplate(&mut out, span, reason)
            }
            BlockKind::Body => {
                if let Some(reason) = marker_reason(s) {
                    boilerplate(&mut out, span, reason)
                } else if is_byline(s) {
                    boilerplate(&mut out, span, "byline")
                } else if is_source_credit(s) {
                    boilerplate(&mut out, span, "source-credit")
                } else if is_heading(s) {
                    let reason =
                        if !has_title && !seen_content && format == Format::Text { "title" } else { "heading" };
                    structure(&mut out, span, reason)
                } else {
                    if let Some(label) = SUMMARY_LABELS.iter().find(|l| s.starts_with(*l)) {
                        out.structure.push(Mark {
                            span: Span::new(span.start, span.start + label.len()),
                            reason: "summary-label",
                        });
                        body.start += label.len();
                    }
                    if let Some(m) = DATELINE_RE.captures(&text[body.range()]) {
                        let credited = m.get(1).is_some_and(|g| !find_agencies(g.as_str()).is_empty());
                        if credited {
                            let len = m.get(0).map_or(0, |g| g.end());
                            out.structure
                                .push(Mark { span: Span::new(body.start, body.start + len), reason: "dateline" });
                            body.start += len;
                        }
                    } else if let Some(m) = PLACE_DATELINE_RE.find(&text[body.range()]).filter(|_| !seen_content) {
                        out.structure
                            .push(Mark { span: Span::new(body.start, body.start + m.end()), reason: "dateline" });
                        body.start += m.end();
                    }
                    let (bs, be) = trim(text, body.start, body.end);
                    body = Span::new(bs, be);
                    if body.is_empty() {
                        Role::Structure
                    } else {
                        seen_content = true;
                        Role::Content
                    }
                }
            }
        };
        let sentences = if role == Role::Content { sentences(text, body, lang) } else { Vec::new() };
        out.paragraphs.push(Paragraph {
            index: i + 1,
            span,
            body: if role == Role::Content { body } else { Span::new(span.start, span.start) },
            role,
            sentences,
        });
    }
    out
}

fn structure(out: &mut Classified, span: Span, reason: &'static str) -> Role {
    out.structure.push(Mark { span, reason });
    Role::Structure
}

fn boilerplate(out: &mut Classified, span: Span, reason: &'static str) -> Role {
    out.boilerplate.push(Mark { span, reason });
    Role::Boilerplate
}

/// The boilerplate reason of a line, if one of the markers matches it.
pub fn marker_reason(line: &str) -> Option<&'static str> {
    let bare = line.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '©').to_lowercase();
    MARKERS
        .iter()
        .find(|m| m.whole.contains(&bare.as_str()) || m.prefixes.iter().any(|p| line.trim_start().starts_with(p)))
        .map(|m| m.reason)
}

fn has_credit(s: &str) -> bool {
    ["Foto:", "Bild:", "Photo:", "©", "Credit:", "AP Photo", "Getty", "Bildquelle"].iter().any(|k| s.contains(k))
}

fn is_byline(s: &str) -> bool {
    s.split_whitespace().count() <= 12 && BYLINE_RE.is_match(s)
}

fn is_source_credit(s: &str) -> bool {
    if s.split_whitespace().count() > 20 {
        return false;
    }
    // `Associated Press writer Jane Roe contributed to this report.`
    if CREDIT_RE.is_match(s) || s.trim_end().to_lowercase().ends_with("contributed to this report.") {
        return true;
    }
    // A line of nothing but agency names: "(dpa)", "dpa/AFP/rtr".
    let mentions = find_agencies(s);
    if mentions.is_empty() || s.split_whitespace().count() > 5 {
        return false;
    }
    let mut rest = s.to_owned();
    for m in mentions.iter().rev() {
        rest.replace_range(m.start..m.end, "");
    }
    rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).all(|w| {
        matches!(
            w,
            "und"
                | "and"
                | "rtr"
                | "ots"
                | "lhe"
                | "lnw"
                | "lby"
                | "lsw"
                | "lno"
                | "lni"
                | "lbn"
                | "ddp"
                | "red"
                | "afx"
        )
    })
}

/// A short line without final punctuation or quotation marks: a sub-heading.
fn is_heading(s: &str) -> bool {
    let words = s.split_whitespace().count();
    !s.contains('\n')
        && (1..=14).contains(&words)
        && !s.trim_end().ends_with(['.', '!', ':', ';', ',', '…', '"', '“', '”', '«', '»', '’', '\''])
        && !s.contains(['"', '„', '“', '”', '«', '»'])
        && s.chars().next().is_some_and(|c| !c.is_lowercase())
}

fn sentences(text: &str, body: Span, lang: Lang) -> Vec<Span> {
    let slice = &text[body.range()];
    let mut out: Vec<Span> = Vec::new();
    for b in sentencex::get_sentence_boundaries(lang.code(), slice) {
        let (s, e) = trim(text, body.start + b.start_byte, body.start + b.end_byte);
        if s >= e {
            continue;
        }
        // A sentence does not start in lower case: `Benedikt XVI. „ist und bleibt …“` goes on
        // after an abbreviation or a numeral the splitter took for an end.
        let lower_start = text[s..e].chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase)
            && text[s..e].starts_with(|c: char| c.is_alphanumeric() || matches!(c, '„' | '"' | '»' | '«' | '‚'));
        match out.last_mut() {
            Some(last)
                if lower_start
                    || attribution_after_question(text, *last, Span::new(s, e), lang)
                    || office_after_abbreviation(text, *last, Span::new(s, e))
                    || split_state_abbreviation(text, *last, Span::new(s, e))
                    || ordinal_after_article(text, *last, lang) =>
            {
                last.end = e
            }
            _ => out.extend(split_before_numbers(text, Span::new(s, e))),
        }
    }
    out
}

/// `"Who will pay?" Brackley asked.`: in English a quote that ends in a question or
/// exclamation mark is followed by its attribution without a comma; the splitter ends the
/// sentence at the mark, but a short clause with a speech verb after it belongs to it.
fn attribution_after_question(text: &str, last: Span, next: Span, lang: Lang) -> bool {
    let prev = text[last.range()].trim_end();
    let words: Vec<String> = text[next.range()].split_whitespace().take(9).map(str::to_lowercase).collect();
    lang == Lang::En
        && ["?\"", "!\"", "?”", "!”", "?’", "!’", "?'", "!'"].iter().any(|m| prev.ends_with(m))
        && words.len() <= 8
        && words.iter().take(4).any(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
            ENGLISH_VERBS.iter().any(|c| c.form == w)
        })
}

/// `Assistant U.S. Attorney Lauren Whitcomb`, `U.N. Secretary-General …`: a dotted
/// abbreviation of a country or body before a word of an office's title does not end a sentence.
fn office_after_abbreviation(text: &str, last: Span, next: Span) -> bool {
    const OFFICE: &[&str] = &[
        "Attorney", "Attorneys", "District", "Ambassador", "Embassy", "Army", "Navy", "Marine", "Marines",
        "Department", "Secretary", "Secretary-General", "Senator", "Senate", "Representative", "Congress",
        "Congressman", "Congresswoman", "Supreme", "Treasury", "Justice", "Coast", "Forces", "Envoy", "Mission",
        "Security", "Council", "Special", "Trade", "Central", "Federal", "General", "Commissioner", "High", "Human",
        "Refugee", "Agency", "Census", "Border", "Customs", "Immigration", "Marshals", "Magistrate", "Bankruptcy",
        "Court", "Foreign", "Defense", "Defence", "Health", "Food", "Environmental", "Geological", "Postal",
    ];
    let prev = text[last.range()].trim_end();
    let abbreviation = prev
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| dotted_letters(w.trim_start_matches(['(', '"', '“'])) >= 2);
    let first = text[next.range()].split_whitespace().next().unwrap_or_default();
    abbreviation && OFFICE.contains(&first.trim_end_matches([',', '\'', '’']))
}

/// `die Vorsitzende Richterin der 3. Großen Strafkammer`, `zum 2. Mal`: in German a number
/// with a full stop after an article is an ordinal, not the end of a sentence.
fn ordinal_after_article(text: &str, last: Span, lang: Lang) -> bool {
    let mut words = text[last.range()].split_whitespace().rev();
    let number = words.next().and_then(|w| w.strip_suffix('.'));
    lang == Lang::De && number.zip(words.next()).is_some_and(|(n, w)| ordinal_after(w, n))
}

/// `Sen. Maria Ortiz, D-N.Y., said …`: a party and a dotted state abbreviation do not end a
/// sentence inside it.
fn split_state_abbreviation(text: &str, last: Span, next: Span) -> bool {
    let prev = text[last.range()].trim_end();
    let party = prev.rsplit(char::is_whitespace).next().and_then(party_home).is_some_and(|w| dotted_letters(w) >= 1);
    let first = text[next.range()].split_whitespace().next().unwrap_or_default();
    party && dotted_letters(first.trim_end_matches([',', ')'])) >= 1
}

/// How many capital letters, each followed by a full stop, `w` is made of (`U.S.`: 2, `N.`:
/// 1); 0 for any other word.
fn dotted_letters(w: &str) -> usize {
    let letters: Vec<&str> = w.split('.').collect();
    let dotted = letters.len() >= 2
        && letters.last() == Some(&"")
        && letters[..letters.len() - 1].iter().all(|l| l.chars().count() == 1 && l.chars().all(char::is_uppercase));
    if dotted {
        letters.len() - 1
    } else {
        0
    }
}

/// `Die Armee hatte die Stadt angegriffen. 18 Menschen sollen …`: a full stop after a word
/// (or after a quotation mark that closes one; not an abbreviation: five letters at least, all
/// but the first lower case) and before a number and a capitalised word ends a sentence, which
/// the splitter keeps together; so does the full stop of an initial that shortens a name
/// (`Tobias W.`) before a pronoun or an article (`Er habe …`).
fn split_before_numbers(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span.range()];
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in s.match_indices(". ") {
        // (`… „eine Bereicherung“. 38 Prozent …`: after a closing quotation mark too.)
        let head = s[..i].strip_suffix(['“', '”', '"', '«', '»', '’']).unwrap_or(&s[..i]);
        let word_before = head.chars().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>();
        // `word_before` is reversed: all but its last element (the word's first letter) are
        // lower case.
        let ends_word = word_before.len() >= 5 && word_before[..word_before.len() - 1].iter().all(|c| c.is_lowercase());
        let rest = &s[i + 2..];
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        let number_then_noun = digits > 0
            && rest[digits..].starts_with(' ')
            && rest[digits + 1..].chars().next().is_some_and(char::is_uppercase);
        // (`… den 24-jährigen Krankenpfleger Tobias W. Er habe …`: a name shortened to an
        // initial, then a pronoun or an article opening the next sentence.)
        let initial = head.ends_with(|c: char| c.is_ascii_uppercase())
            && head.len() >= 2
            && head[..head.len() - 1].ends_with(' ')
            && head[..head.len() - 2].rsplit(' ').next().is_some_and(|w| {
                w.chars().count() >= 2 && w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase)
            });
        let opener = rest.split(' ').next().is_some_and(|w| OPENERS_AFTER_INITIAL.contains(&w));
        if ends_word && number_then_noun || initial && opener {
            out.push(Span::new(span.start + start, span.start + i + 1));
            start = i + 2;
        }
    }
    out.push(Span::new(span.start + start, span.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(String, Role)> {
        let (blocks, _) = text_blocks(text);
        let c = classify(text, &blocks, Format::Text, Lang::De);
        c.paragraphs.iter().map(|p| (text[p.span.range()].to_owned(), p.role)).collect()
    }

    #[test]
    fn a_number_after_a_full_stop_opens_a_sentence() {
        let text = "Die Armee hatte die Stadt angegriffen. 18 Menschen sollen getötet worden sein. Der Preis \
                    stieg um ca. 18 Euro. Er nannte das „empörend“. 40 Gäste gingen. Gefasst wurde Tobias W. Er \
                    schwieg. Zeuge war Tobias W. Schmidt.";
        let got: Vec<&str> =
            sentences(text, Span::new(0, text.len()), Lang::De).iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            got,
            [
                "Die Armee hatte die Stadt angegriffen.",
                "18 Menschen sollen getötet worden sein.",
                "Der Preis stieg um ca. 18 Euro.",
                "Er nannte das „empörend“.",
                "40 Gäste gingen.",
                "Gefasst wurde Tobias W.",
                "Er schwieg.",
                "Zeuge war Tobias W. Schmidt."
            ]
        );
    }

    #[test]
    fn header_line_gives_date_and_title() {
        let text = "date 2024-07 Russland und Nordkorea\n\nAnzeige\n\nEin Satz. Noch einer.\n";
        let (blocks, header) = text_blocks(text);
        let header = header.expect("header");
        assert_eq!(header.published.as_deref(), Some("2024-07"));
        assert_eq!(header.title.as_deref(), Some("Russland und Nordkorea"));
        let c = classify(text, &blocks, Format::Text, Lang::De);
        let reasons: Vec<_> = c.structure.iter().map(|m| m.reason).collect();
        assert_eq!(reasons, ["header", "title"]);
        assert_eq!(c.boilerplate[0].reason, "ad-marker");
        assert_eq!(c.paragraphs[3].sentences.len(), 2);
    }

    #[test]
    fn noise_lines_are_boilerplate() {
        let r = roles("Im Video: Etwas passiert\n\nMehr zum Thema: Anderes\n\nFoto: dpa\n\nVon Jana Roth, dpa\n\nmit Material von dpa/AFP\n\nDer Text beginnt hier und geht weiter.");
        let got: Vec<Role> = r.iter().map(|(_, role)| *role).collect();
        assert_eq!(
            got,
            [
                Role::Boilerplate,
                Role::Boilerplate,
                Role::Boilerplate,
                Role::Boilerplate,
                Role::Boilerplate,
                Role::Content
            ]
        );
    }

    #[test]
    fn dateline_and_summary_label_are_structure() {
        let text = "Das Wichtigste in Kürze Russland will lockern.\n\nBerlin (dpa) - Die Regierung plant etwas.";
        let (blocks, _) = text_blocks(text);
        let c = classify(text, &blocks, Format::Text, Lang::De);
        assert_eq!(&text[c.paragraphs[0].body.range()], "Russland will lockern.");
        assert_eq!(&text[c.paragraphs[1].body.range()], "Die Regierung plant etwas.");
        let reasons: Vec<_> = c.structure.iter().map(|m| m.reason).collect();
        assert_eq!(reasons, ["summary-label", "dateline"]);
    }

    #[test]
    fn a_place_dateline_opens_only_the_first_paragraph() {
        let text = "SAN MATEO, Calif. — Regulators fined Orbix.\n\nNATO – the alliance met again.";
        let (blocks, _) = text_blocks(text);
        let c = classify(text, &blocks, Format::Text, Lang::En);
        assert_eq!(&text[c.paragraphs[0].body.range()], "Regulators fined Orbix.");
        assert_eq!(&text[c.paragraphs[1].body.range()], "NATO – the alliance met again.");
        let reasons: Vec<_> = c.structure.iter().map(|m| m.reason).collect();
        assert_eq!(reasons, ["dateline"]);
    }

    #[test]
    fn hard_wrapped_lines_stay_one_paragraph() {
        let text = "Dies ist ein langer Absatz, der über mehrere Zeilen umbrochen\nwurde und trotzdem ein einziger Absatz ist, wie man an der\nfehlenden Satzzeichen am Zeilenende sieht.\n";
        let (blocks, _) = text_blocks(text);
        assert_eq!(blocks.len(), 1);
    }

    #[test]
    fn abbreviations_ordinals_and_quotes_do_not_break_sentences() {
        let de = "Die Firma (z. B. die Bahn) wurde am 13. November gegründet. Dr. Meier sagte, u. a. seien ca. 5 Mio. Euro geflossen. Der Preis stieg bzw. fiel. Die Nr. 1 ist St. Pauli. „Das ist falsch. Wir lehnen das ab“, sagte sie.";
        let got: Vec<&str> = sentences(de, Span::new(0, de.len()), Lang::De).iter().map(|s| &de[s.range()]).collect();
        assert_eq!(
            got,
            [
                "Die Firma (z. B. die Bahn) wurde am 13. November gegründet.",
                "Dr. Meier sagte, u. a. seien ca. 5 Mio. Euro geflossen.",
                "Der Preis stieg bzw. fiel.",
                "Die Nr. 1 ist St. Pauli.",
                "„Das ist falsch. Wir lehnen das ab“, sagte sie.",
            ]
        );
        let en = "Mr. Smith went to the U.S. on Monday. \"It is over. We lost,\" he said.";
        let got: Vec<&str> = sentences(en, Span::new(0, en.len()), Lang::En).iter().map(|s| &en[s.range()]).collect();
        assert_eq!(got, ["Mr. Smith went to the U.S. on Monday.", "\"It is over. We lost,\" he said."]);
        let en = "\"It was a plan,\" Assistant U.S. Attorney Lauren Whitcomb said. Sales fell in the U.S. The \
                  company said so.";
        let got: Vec<&str> = sentences(en, Span::new(0, en.len()), Lang::En).iter().map(|s| &en[s.range()]).collect();
        assert_eq!(
            got,
            [
                "\"It was a plan,\" Assistant U.S. Attorney Lauren Whitcomb said.",
                "Sales fell in the U.S.",
                "The company said so."
            ]
        );
        let en = "Sen. Maria Ortiz, D-N.Y., said the bill was dead. Rep. Ann Lee, R-Texas, agreed.";
        let got: Vec<&str> = sentences(en, Span::new(0, en.len()), Lang::En).iter().map(|s| &en[s.range()]).collect();
        assert_eq!(got, ["Sen. Maria Ortiz, D-N.Y., said the bill was dead.", "Rep. Ann Lee, R-Texas, agreed."]);
    }

    #[test]
    fn a_sentence_does_not_start_in_lower_case() {
        let de = "Merkel sagte, Benedikt XVI. „ist einer der großen Denker“. Es müsse respektiert werden.";
        let got: Vec<&str> = sentences(de, Span::new(0, de.len()), Lang::De).iter().map(|s| &de[s.range()]).collect();
        assert_eq!(got, ["Merkel sagte, Benedikt XVI. „ist einer der großen Denker“.", "Es müsse respektiert werden."]);
    }
}
