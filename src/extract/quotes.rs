//! Quotation marks paired into quotes, paragraph by paragraph.
//!
//! Curly marks pair by type (`„…“`, `“…”`, `»…«`, `«…»`, `‚…‘`, `‘…’`); straight `"` pairs by
//! position. A mark left open at the end of a paragraph continues into the next paragraph when
//! that paragraph reopens with an opening mark (the English convention for multi-paragraph
//! quotes), or, when it opened the paragraph, into the paragraphs up to a closing mark at most
//! four paragraphs on with no new quote opened before it (the German convention); a paragraph
//! that opens a quote and ends a sentence without closing it is that quote. Any other open mark
//! is dropped, so one stray mark never swallows the rest of the article.

use crate::document::{Document, Span};

/// A quote found in the text.
#[derive(Clone, Debug)]
pub struct QuoteSpan {
    /// Between the marks.
    pub inner: Span,
    /// Including the marks (the closing mark may be missing for a continued quote).
    pub outer: Span,
    /// Index into `Document::paragraphs`.
    pub paragraph: usize,
    /// The quote goes on in the next paragraph.
    pub continues: bool,
    /// The quote goes on from the previous paragraph.
    pub continued: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    /// „…“ and “…” and "…"
    Double,
    /// ‚…‘ and ‘…’ and '…'
    Single,
    /// »…« or «…»
    Guillemet,
}

/// Find the outermost quotes of every content paragraph, in text order.
pub fn find(doc: &Document) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    let content: Vec<usize> = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.role == crate::document::Role::Content)
        .map(|(i, _)| i)
        .collect();
    // The paragraph (index into `content`) where a German multi-paragraph quote closes.
    let mut carried_to: Option<usize> = None;
    for (k, &pi) in content.iter().enumerate() {
        let p = &doc.paragraphs[pi];
        let mut body = p.body;
        // Inside a German multi-paragraph quote: the paragraph is quote up to its closing mark.
        if let Some(last) = carried_to {
            let s = &doc.text[body.range()];
            let close = if k == last { closing_at(s) } else { None };
            let end = close.map_or(body.end, |c| body.start + c);
            let inner = Span::new(body.start, end).trim(&doc.text);
            out.push(QuoteSpan {
                inner,
                outer: Span::new(body.start, close.map_or(end, |c| body.start + c + close_len(s, c))),
                paragraph: pi,
                continues: k < last,
                continued: true,
            });
            if k < last {
                continue;
            }
            carried_to = None;
            body = Span::new(out.last().map_or(body.start, |q| q.outer.end), body.end);
        }
        let next_opens = content.get(k + 1).and_then(|&ni| opening_mark(&doc.text[doc.paragraphs[ni].body.range()]));
        let continued = out.last().is_some_and(|q| q.continues);
        let later = content.get(k + 1..).unwrap_or_default();
        let closes_in = || closes_later(later.iter().take(4).map(|&ni| &doc.text[doc.paragraphs[ni].body.range()]));
        let found = in_paragraph(
            &doc.text,
            body,
            next_opens,
            opening_mark(&doc.text[body.range()]).is_some() && closes_in().is_some(),
        );
        let n = found.len();
        for (i, (inner, outer, continues)) in found.into_iter().enumerate() {
            // `„…` opening a paragraph and closed only paragraphs later (German newspapers
            // do not reopen the marks): the quote goes on.
            let runs_on = i + 1 == n
                && !continues
                && outer.start == p.body.start
                && outer.end == p.body.end
                && !doc.text[outer.range()].ends_with(['“', '”', '"', '«', '»']);
            let closes_in = runs_on.then(closes_in).flatten();
            if let Some(d) = closes_in {
                carried_to = Some(k + 1 + d);
            }
            out.push(QuoteSpan {
                inner,
                outer,
                paragraph: pi,
                continues: continues || closes_in.is_some(),
                continued: continued && i == 0 && inner.start <= p.body.start + 4,
            });
        }
    }
    out
}

/// Byte offset of the first closing double mark in `s` that closes a quote opened before it
/// (marks opened and closed within `s` are skipped), if no new quote opens first at depth 0.
fn closing_at(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '„' | '»' => depth += 1,
            '“' | '”' | '«' if depth > 0 => depth -= 1,
            '“' | '”' | '«' => return Some(i),
            _ => {}
        }
    }
    None
}

fn close_len(s: &str, at: usize) -> usize {
    s[at..].chars().next().map_or(0, char::len_utf8)
}

/// How many paragraphs after the first of `later` a quote carried into them closes in (0: the
/// first), when the first mark at depth 0 that any of them has is a closing one and none opens
/// a paragraph of its own.
fn closes_later<'a>(later: impl Iterator<Item = &'a str>) -> Option<usize> {
    for (d, s) in later.enumerate() {
        if opening_mark(s).is_some() {
            return None;
        }
        if closing_at(s).is_some() {
            return Some(d);
        }
        // A quote opened here and left open: a new quote, not the end of the carried one.
        let opened = s.chars().filter(|c| matches!(c, '„' | '»')).count();
        let closed = s.chars().filter(|c| matches!(c, '“' | '”' | '«')).count();
        if opened > closed {
            return None;
        }
    }
    None
}

/// The quotation mark a paragraph opens with, if any.
fn opening_mark(s: &str) -> Option<char> {
    s.trim_start().chars().next().filter(|c| matches!(c, '"' | '„' | '“' | '»' | '«' | '‘' | '‚'))
}

fn opening(c: char, prev: Option<char>, next: Option<char>) -> Option<(Family, char)> {
    match c {
        '„' => Some((Family::Double, '“')),
        '“' => Some((Family::Double, '”')),
        '‚' => Some((Family::Single, '‘')),
        '‘' if !prev.is_some_and(char::is_alphanumeric) => Some((Family::Single, '’')),
        '»' => Some((Family::Guillemet, '«')),
        '«' => Some((Family::Guillemet, '»')),
        '"' => Some((Family::Double, '"')),
        '\'' if !prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphabetic) => {
            Some((Family::Single, '\''))
        }
        _ => None,
    }
}

/// Whether `c` at this position can close a quote opened with a mark expecting `close`.
fn closes(c: char, close: char, prev: Option<char>, next: Option<char>) -> bool {
    let apostrophe_like = matches!(close, '’' | '\'');
    if apostrophe_like {
        // An apostrophe between letters (don’t) or after a plural s before a noun is not a
        // closing mark.
        if c != close || next.is_some_and(char::is_alphanumeric) || prev.is_some_and(char::is_whitespace) {
            return false;
        }
        return true;
    }
    if c == close {
        return true;
    }
    // German „ is closed by “, but some texts close it with ”; English “ is sometimes closed by “.
    matches!((close, c), ('“', '”') | ('”', '“') | ('”', '"') | ('"', '”') | ('"', '“'))
}

/// Quotes in one paragraph body: `(inner, outer, continues_into_next_paragraph)`, given the
/// mark the next paragraph opens with and whether a closing mark comes a few paragraphs on.
fn in_paragraph(text: &str, body: Span, next_opens: Option<char>, closed_later: bool) -> Vec<(Span, Span, bool)> {
    let s = &text[body.range()];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let prev = i.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(i + 1).map(|x| x.1);
        let Some((family, close)) = opening(c, prev, next) else {
            i += 1;
            continue;
        };
        // A straight quote directly after a letter is a closing mark or an inch sign, never an
        // opening one.
        if c == '"' && prev.is_some_and(char::is_alphanumeric) {
            i += 1;
            continue;
        }
        let start = pos + c.len_utf8();
        let mut depth_inner: Vec<char> = Vec::new();
        let mut j = i + 1;
        let mut found = None;
        while j < chars.len() {
            let (p2, c2) = chars[j];
            let prev2 = Some(chars[j - 1].1);
            let next2 = chars.get(j + 1).map(|x| x.1);
            if let Some(&inner_close) = depth_inner.last() {
                if closes(c2, inner_close, prev2, next2) {
                    depth_inner.pop();
                    j += 1;
                    continue;
                }
            }
            // `„…"`: a German quote closed with a straight mark, when no proper closing mark
            // follows in the paragraph.
            let straight_close = c == '„'
                && c2 == '"'
                && !prev2.is_some_and(char::is_whitespace)
                && !chars[j + 1..].iter().any(|&(_, c3)| matches!(c3, '“' | '”'));
            if (closes(c2, close, prev2, next2) || straight_close) && depth_inner.is_empty() {
                found = Some((p2, c2));
                break;
            }
            if let Some((f2, close2)) = opening(c2, prev2, next2) {
                if (f2 != family || matches!(c2, '„' | '‚')) && c2 != '"' {
                    depth_inner.push(close2);
                }
            }
            j += 1;
        }
        match found {
            Some((p2, c2)) => {
                let inner = Span::new(start, p2).trim(s);
                if !inner.is_empty() {
                    out.push((
                        Span::new(body.start + inner.start, body.start + inner.end),
                        Span::new(body.start + pos, body.start + p2 + c2.len_utf8()),
                        false,
                    ));
                }
                i = j + 1;
            }
            None => {
                // Unclosed: a multi-paragraph quote if the next paragraph reopens; a paragraph
                // that opens with a mark and ends a sentence without closing it is one quote, as
                // is one whose closing mark comes paragraphs later (a law quoted up to a colon
                // and its numbered items); anything else is noise.
                // (British single marks reopen too: `‘Let me be clear.` / `‘Every …’`.)
                let continues = next_opens.is_some_and(|n| family != Family::Single || (c == '‘' && n == '‘'));
                let whole = pos == 0
                    && family != Family::Single
                    && (closed_later || s.trim_end().ends_with(['.', '!', '?', '…']));
                if continues || whole {
                    let inner = Span::new(start, s.len()).trim(s);
                    if !inner.is_empty() {
                        out.push((
                            Span::new(body.start + inner.start, body.start + inner.end),
                            Span::new(body.start + pos, body.end),
                            continues,
                        ));
                    }
                    break;
                }
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(s: &str, next_opens: bool) -> Vec<(&str, bool)> {
        in_paragraph(s, Span::new(0, s.len()), next_opens.then_some('“'), false)
            .into_iter()
            .map(|(inner, _, c)| (&s[inner.range()], c))
            .collect()
    }

    #[test]
    fn a_british_single_mark_left_open_continues_only_into_a_paragraph_that_reopens_it() {
        let s = "The minister added: ‘Let me be clear.";
        let found = |next| in_paragraph(s, Span::new(0, s.len()), next, false);
        assert_eq!(found(Some('‘')).len(), 1);
        assert!(found(Some('‘'))[0].2);
        assert!(found(Some('“')).is_empty());
    }

    #[test]
    fn pairs_german_and_english_marks() {
        assert_eq!(quotes("„Wir gehen“, sagte sie. »Gut«", false), [("Wir gehen", false), ("Gut", false)]);
        assert_eq!(quotes("\"A,\" he said, \"B.\"", false), [("A,", false), ("B.", false)]);
        assert_eq!(quotes("“We don’t know,” she said.", false), [("We don’t know,", false)]);
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        assert_eq!(quotes("„Er rief: ‚Halt!‘ und ging“, sagte sie.", false), [("Er rief: ‚Halt!‘ und ging", false)]);
        assert_eq!(
            quotes("‘They call it “the promise”, but it isn’t,’ she said.", false),
            [("They call it “the promise”, but it isn’t,", false)]
        );
    }

    #[test]
    fn german_quotes_nested_in_german_quotes() {
        assert_eq!(
            quotes("„Wir haben Anmeldungen für „Small-Business-Unternehmen“ erhalten“, sagte er.", false),
            [("Wir haben Anmeldungen für „Small-Business-Unternehmen“ erhalten", false)]
        );
    }

    #[test]
    fn a_german_quote_may_close_with_a_straight_mark() {
        assert_eq!(quotes("„Wir bleiben\", sagte sie.", false), [("Wir bleiben", false)]);
        assert_eq!(quotes("„Er rief \"Halt\" und ging“, sagte sie.", false), [("Er rief \"Halt\" und ging", false)]);
    }

    #[test]
    fn unbalanced_marks_stay_in_their_paragraph() {
        assert_eq!(quotes("Ein \"loses Zeichen und Text.", false), []);
        assert_eq!(quotes("\"First part of a long quote.", true), [("First part of a long quote.", true)]);
        assert_eq!(quotes("Ein Satz. „Und ein loses Zeichen.", false), []);
    }

    #[test]
    fn a_paragraph_that_opens_a_quote_and_never_closes_it_is_the_quote() {
        assert_eq!(
            quotes("„Wir sind überzeugt. Wir entlassen den Angeklagten.", false),
            [("Wir sind überzeugt. Wir entlassen den Angeklagten.", false)]
        );
        assert_eq!(quotes("„Wir sind überzeugt und", false), []);
    }

    #[test]
    fn apostrophes_are_not_quote_marks() {
        assert_eq!(quotes("The residents’ group said it wasn’t over.", false), []);
        assert_eq!(quotes("It's 'fine' they said", false), [("fine", false)]);
    }
}
