//! Word and punctuation tokens with byte offsets, the unit the attribution rules work on.

use crate::lexicon::names::{HONORIFICS, OFFICE_TITLES};
use crate::lexicon::words::{ordinal_after, SWISS_SPELLINGS};

/// A token of a text region.
#[derive(Clone, Debug)]
pub struct Token<'a> {
    /// Absolute byte offset of the first byte.
    pub start: usize,
    /// Absolute byte offset after the last byte.
    pub end: usize,
    /// The token as written.
    pub text: &'a str,
    /// Lower case.
    pub lower: String,
    /// Whether it is a word (letters, digits, inner hyphens, apostrophes, dots of abbreviations).
    pub word: bool,
}

impl Token<'_> {
    /// Starts with an upper-case letter, or is a name with a lower-case particle joined to it
    /// (`el-Baradei`, `al-Badri`, `d'Estaing`).
    pub fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase) || joined_particle(self.text)
    }

    /// Is one of the punctuation characters given.
    pub fn is_punct(&self, set: &[char]) -> bool {
        !self.word && self.text.chars().next().is_some_and(|c| set.contains(&c))
    }
}

/// Whether `w` (without its full stop) is an abbreviated title before a name (`Dr`, `Mr`,
/// `Sen`, `Gov`) or after it (`Jr`, and a business's `Inc`, `Corp`): the full stop belongs to
/// the word.
fn is_title_abbreviation(w: &str) -> bool {
    let dotted = OFFICE_TITLES.iter().map(|(t, _)| t).chain(HONORIFICS.iter().map(|(h, _)| h));
    matches!(w, "St" | "Jr" | "Sr" | "Inc" | "Corp" | "Co" | "Ltd" | "Bros")
        || dotted.filter_map(|t| t.strip_suffix('.')).any(|t| t == w)
}

/// A word's lower case in standard German spelling: Swiss German writes `ss` for `ß`
/// (`heisst es in einer Stellungnahme`, `liess verlauten`), so the speech verbs that have `ß`
/// are matched in either spelling.
fn standard(lower: String) -> String {
    match SWISS_SPELLINGS.iter().find(|(swiss, _)| *swiss == lower) {
        Some((_, standard)) => (*standard).to_owned(),
        None => lower,
    }
}

/// Whether a word is a name after a particle joined by a hyphen or apostrophe: `el-Baradei`.
fn joined_particle(word: &str) -> bool {
    const PARTICLES: &[&str] = &["al", "el", "ad", "ar", "as", "at", "ash", "az", "abu", "bin", "ibn", "ben", "d", "l"];
    word.split_once(['-', '\'', '’']).is_some_and(|(particle, rest)| {
        PARTICLES.contains(&particle) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Tokens of `text[start..end]`, offsets absolute.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    let region = &text[start..end];
    let mut out = Vec::new();
    let mut iter = region.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + c.len_utf8();
            while let Some(&(k, d)) = iter.peek() {
                let next = region[k + d.len_utf8()..].chars().next();
                // (`3,000`, `2,5`: a comma between digits is part of the number.)
                let digit_comma = d == ','
                    && region[..k].ends_with(|p: char| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit());
                let joins = d.is_alphanumeric()
                    || d == '\u{00AD}'
                    || digit_comma
                    || (matches!(d, '-' | '\'' | '’' | '.' | '/' | '&')
                        && region[k + d.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric));
                if joins {
                    j = k + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            // (`Road Transport Workers' Union`, `Department of Veterans’ Affairs`: a plural
            // possessive inside a name keeps its apostrophe.)
            if let Some(&(k, d @ ('\'' | '’'))) = iter.peek() {
                let w = &region[i..j];
                let in_name = w.starts_with(char::is_uppercase)
                    && w.ends_with('s')
                    && region[k + d.len_utf8()..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
                if in_name {
                    j = k + d.len_utf8();
                    iter.next();
                }
            }
            // Keep the dot of a one-letter initial or a short abbreviation ("Dr.", "J.") but
            // not a sentence-final full stop after a word.
            if let Some(&(k, '.')) = iter.peek() {
                let w = &region[i..j];
                // (`U.S.`, `U.N.`: a dotted abbreviation keeps its last dot too.)
                let dotted = w.contains('.')
                    && w.split('.').all(|l| l.chars().count() == 1 && l.chars().all(char::is_uppercase));
                // (`der 3. Großen Strafkammer`: an ordinal after an article keeps its dot.)
                let ordinal = out.last().is_some_and(|t: &Token<'_>| ordinal_after(t.text, w))
                    && region[k + 1..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
                if w.chars().count() <= 2 && w.chars().next().is_some_and(char::is_uppercase)
                    || is_title_abbreviation(w)
                    || dotted
                    || ordinal
                {
                    j = k + 1;
                    iter.next();
                }
            }
            let t = &region[i..j];
            out.push(Token {
                start: start + i,
                end: start + j,
                text: t,
                lower: standard(t.to_lowercase()),
                word: true,
            });
        } else {
            let t = &region[i..i + c.len_utf8()];
            out.push(Token {
                start: start + i,
                end: start + i + c.len_utf8(),
                text: t,
                lower: t.to_owned(),
                word: false,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_hyphens_and_initials() {
        let t = "Der UN-Botschafter J. Doe sagte: „Nein.“";
        let words: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|t| t.text).collect();
        assert_eq!(words, ["Der", "UN-Botschafter", "J.", "Doe", "sagte", ":", "„", "Nein", ".", "“"]);
        let t = "Assistant U.S. Attorney Lauren Whitcomb said.";
        let words: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|t| t.text).collect();
        assert_eq!(words, ["Assistant", "U.S.", "Attorney", "Lauren", "Whitcomb", "said", "."]);
    }

    #[test]
    fn a_name_after_a_joined_particle_is_capitalised() {
        let t = "Mohammed el-Baradei und d'Estaing sagten, es sei al-lein ein test.";
        let caps: Vec<&str> = tokenize(t, 0, t.len()).iter().filter(|t| t.capitalized()).map(|t| t.text).collect();
        assert_eq!(caps, ["Mohammed", "el-Baradei", "d'Estaing"]);
    }
}
