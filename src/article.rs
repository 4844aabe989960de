//! One article run through the whole pipeline: decode, lay out, extract, fingerprint.

use crate::document::{self, Document, DocumentError, ParseOptions};
use crate::extract::{self, Extraction};
use crate::fingerprint::sha256_hex;

/// An analysed article version.
#[derive(Clone, Debug)]
pub struct Article {
    /// SHA-256 of the exact input bytes.
    pub sha256: String,
    /// Size of the input in bytes.
    pub size: usize,
    /// The input bytes, kept when the document text is not byte-for-byte the input (HTML,
    /// another encoding, a byte-order mark), so the input hash can always be re-verified.
    pub raw: Option<Vec<u8>>,
    /// The parsed document.
    pub doc: Document,
    /// Its claims.
    pub extraction: Extraction,
}

/// Run the pipeline on input bytes. `name` (a file name) helps tell HTML from text.
///
/// ```
/// use claimtrail::{analyse, document::ParseOptions};
/// let text = "Berlin (dpa) - „Wir bleiben“, sagte Ministerin Anna Weber am Montag.";
/// let article = analyse(text.as_bytes(), None, &ParseOptions::default())?;
/// let quote = &article.extraction.claims[0];
/// assert_eq!(quote.text, "Wir bleiben");
/// assert_eq!(quote.speaker.as_ref().map(|s| s.name.as_str()), Some("Anna Weber"));
/// assert_eq!(article.extraction.agencies, ["dpa"]);
/// # Ok::<(), claimtrail::document::DocumentError>(())
/// ```
pub fn analyse(bytes: &[u8], name: Option<&str>, opts: &ParseOptions) -> Result<Article, DocumentError> {
    let doc = document::parse(bytes, name, opts)?;
    let extraction = extract::extract(&doc);
    let raw = (doc.text.as_bytes() != bytes).then(|| bytes.to_vec());
    Ok(Article { sha256: sha256_hex(bytes), size: bytes.len(), raw, doc, extraction })
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Whatever the input, analysis never panics, and every span is a valid slice whose
        /// text is what the claim says.
        #[test]
        fn spans_are_slices_of_the_text(
            parts in proptest::collection::vec(prop_oneof![
                Just("„".to_owned()), Just("“".to_owned()), Just("\"".to_owned()), Just("»".to_owned()),
                Just(", sagte er. ".to_owned()), Just(" said Jane Doe, ".to_owned()), Just("\n\n".to_owned()),
                Just("Anzeige\n".to_owned()), Just("wie die dpa berichtete".to_owned()), Just("laut Polizei ".to_owned()),
                "[A-Za-zäöüß .,:;!?0-9-]{0,30}",
            ], 0..30)
        ) {
            let text = parts.concat();
            if let Ok(a) = analyse(text.as_bytes(), None, &ParseOptions::default()) {
                for c in &a.extraction.claims {
                    prop_assert_eq!(&a.doc.text[c.span.range()], c.text.as_str());
                    if let Some(s) = &c.speaker {
                        prop_assert!(a.doc.text.get(s.span.range()).is_some());
                    }
                }
            }
        }
    }
}
