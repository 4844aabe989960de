//! Fingerprints: SHA-256 of exact bytes, of NFC text, and of a canonical form.
//!
//! The canonical form decides when two claims are "the same words": it survives re-typesetting
//! (quote-mark style, dashes, non-breaking spaces, ligatures, case) but not a changed word.

use sha2::{Digest, Sha256};
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 0x0f) as usize] as char);
    }
    out
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// SHA-256 of the claim text after Unicode NFC only: changes with any visible edit.
pub fn exact_hash(text: &str) -> String {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return sha256_hex(text.as_bytes());
    }
    let nfc: String = text.nfc().collect();
    sha256_hex(nfc.as_bytes())
}

/// SHA-256 of [`canonical`]: the claim's identity across versions and articles.
pub fn fingerprint(text: &str) -> String {
    sha256_hex(canonical(text).as_bytes())
}

/// The canonical text: NFKC, quote marks and apostrophes folded to ASCII, dashes folded to `-`,
/// whitespace collapsed to single spaces, case folded (lower case, `ß` → `ss`), and trailing
/// `.`, `,`, `;`, `:` dropped (a quote cut off mid-sentence carries a comma where the full
/// sentence carries a full stop).
pub fn canonical(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    // Most text is already NFKC; normalising it anyway costs more than the rest of the fold.
    let normalized: Box<dyn Iterator<Item = char>> =
        if is_nfkc_quick(text.chars()) == IsNormalized::Yes { Box::new(text.chars()) } else { Box::new(text.nfkc()) };
    for c in normalized {
        if matches!(c, '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}') {
            continue; // invisible: soft hyphen, zero-width space, word joiner, BOM
        }
        let folded = fold_char(c);
        if folded.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        // `ß` and the capital `ẞ` (whose lower case is `ß`) fold to `ss`.
        for l in folded.to_lowercase() {
            if l == 'ß' {
                out.push_str("ss");
            } else {
                out.push(l);
            }
        }
    }
    while out.ends_with(['.', ',', ';', ':', ' ']) {
        out.pop();
    }
    out
}

fn fold_char(c: char) -> char {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}' | '\u{2032}' | '`' | '\u{00B4}' => {
            '\''
        }
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        '\u{00A0}' | '\u{202F}' | '\u{2007}' => ' ',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_known_input() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn cosmetic_variants_share_the_canonical_form() {
        let a = "Wir denken, dass es einfach unfair ist.";
        let b = "wir  denken,\u{00A0}dass es EINFACH unfair ist";
        assert_eq!(canonical(a), canonical(b));
        assert_eq!(fingerprint(a), fingerprint(b));
        assert_ne!(exact_hash(a), exact_hash(b));
        assert_eq!(canonical("„Straße“ – neu"), canonical("\"strasse\" - neu"));
    }

    #[test]
    fn sharp_s_folds_to_ss_in_every_case() {
        assert_eq!(canonical("STRAẞE"), "strasse");
        assert_eq!(canonical("Straße"), "strasse");
        assert_eq!(canonical(&canonical("ẞ")), canonical("ẞ"));
    }

    #[test]
    fn a_changed_word_changes_the_fingerprint() {
        assert_ne!(
            fingerprint("Es kann nicht ewig so weitergehen."),
            fingerprint("Es kann nicht lange so weitergehen.")
        );
    }

    #[test]
    fn nfc_and_nfd_have_the_same_exact_hash() {
        assert_eq!(exact_hash("Gr\u{00FC}n"), exact_hash("Gru\u{0308}n"));
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Re-typeset a text the way outlets do: other quote marks, dashes, spaces and case.
    fn cosmetic(s: &str, upper: bool) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match c {
                '"' => out.push('“'),
                '\'' => out.push('’'),
                '-' => out.push('–'),
                ' ' => out.push_str(" \u{00A0}"),
                c if upper => out.extend(c.to_uppercase()),
                c => out.push(c),
            }
        }
        out
    }

    proptest! {
        #[test]
        fn cosmetic_variants_share_the_fingerprint(s in "[a-zäöü\"' -]{1,40}", upper in any::<bool>()) {
            prop_assert_eq!(fingerprint(&s), fingerprint(&cosmetic(&s, upper)));
        }

        #[test]
        fn a_different_word_gives_a_different_fingerprint(
            words in proptest::collection::vec("[a-z]{2,8}", 2..8),
            k in any::<proptest::sample::Index>(),
            replacement in "[a-z]{2,8}",
        ) {
            let i = k.index(words.len());
            prop_assume!(words[i] != replacement);
            let mut changed = words.clone();
            changed[i] = replacement;
            prop_assert_ne!(fingerprint(&words.join(" ")), fingerprint(&changed.join(" ")));
        }

        #[test]
        fn hashing_is_stable_and_canonical_is_idempotent(s in "\\PC{0,60}") {
            prop_assert_eq!(fingerprint(&s), fingerprint(&s.clone()));
            prop_assert_eq!(exact_hash(&s), exact_hash(&s.clone()));
            let c = canonical(&s);
            prop_assert_eq!(canonical(&c), c);
        }
    }
}
