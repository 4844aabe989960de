//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 as the fallback,
//! and a clear refusal of anything binary.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};
use thiserror::Error;

/// How the input bytes were turned into text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    /// Valid UTF-8 without a byte-order mark: the text is the input, byte for byte.
    Utf8,
    /// UTF-8 with a byte-order mark, which is dropped.
    Utf8Bom,
    /// UTF-16 (little or big endian) announced by a byte-order mark.
    Utf16,
    /// Not valid UTF-8, decoded as Windows-1252 (a superset of Latin-1).
    Windows1252,
}

impl Encoding {
    /// Human name for messages.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with BOM",
            Encoding::Utf16 => "UTF-16",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Why input bytes are not an article.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    /// Nothing but whitespace.
    #[error("the file is empty or holds only whitespace; give an article with text")]
    Empty,
    /// NUL bytes or control characters: an image, a PDF, an archive.
    #[error("this looks like a binary file (byte {offset} is a control byte), not an article; give a plain-text or HTML file (convert PDFs and word-processor files to text first)")]
    Binary {
        /// Byte offset of the first offending byte.
        offset: usize,
    },
    /// Larger than the configured limit.
    #[error("the file is {size} bytes, over the limit of {limit} bytes; pass a larger --max-bytes if it really is one article")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
}

/// Decoded text and the encoding it came in.
#[derive(Debug)]
pub struct Decoded {
    /// The text; for plain UTF-8 input exactly the input.
    pub text: String,
    /// Which decoding was used.
    pub encoding: Encoding,
}

/// Decode `bytes`, refusing empty, oversized and binary input.
pub fn decode(bytes: &[u8], max_bytes: usize) -> Result<Decoded, DecodeError> {
    if bytes.len() > max_bytes {
        return Err(DecodeError::TooLarge { size: bytes.len(), limit: max_bytes });
    }
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (utf8_or_1252(rest).0, Encoding::Utf8Bom)
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF { UTF_16LE } else { UTF_16BE };
        let (text, _, malformed) = enc.decode(bytes);
        if malformed {
            return Err(DecodeError::Binary { offset: 0 });
        }
        (text.into_owned(), Encoding::Utf16)
    } else {
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(DecodeError::Binary { offset });
        }
        utf8_or_1252(bytes)
    };
    if let Some(offset) = first_control(&text) {
        return Err(DecodeError::Binary { offset });
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded { text, encoding })
}

fn utf8_or_1252(bytes: &[u8]) -> (String, Encoding) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), Encoding::Utf8),
        Err(_) => {
            let (text, _, _) = WINDOWS_1252.decode(bytes);
            (text.into_owned(), Encoding::Windows1252)
        }
    }
}

/// Byte offset of the first control character that has no place in an article: C0 controls
/// other than tab, line feed, form feed and carriage return, DEL, and the C1 block (which
/// Windows-1252 leaves undefined).
fn first_control(text: &str) -> Option<usize> {
    text.char_indices()
        .find(|&(_, c)| {
            (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{000C}')) || ('\u{0080}'..='\u{009F}').contains(&c)
        })
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept_byte_for_byte() -> Result<(), DecodeError> {
        let d = decode("Grüße\r\n".as_bytes(), 100)?;
        assert_eq!(d.text, "Grüße\r\n");
        assert_eq!(d.encoding, Encoding::Utf8);
        Ok(())
    }

    #[test]
    fn bom_is_dropped() -> Result<(), DecodeError> {
        let d = decode(b"\xEF\xBB\xBFHallo", 100)?;
        assert_eq!((d.text.as_str(), d.encoding), ("Hallo", Encoding::Utf8Bom));
        Ok(())
    }

    #[test]
    fn windows_1252_is_detected() -> Result<(), DecodeError> {
        let d = decode(b"Gr\xFC\xDFe \x84Zitat\x93", 100)?;
        assert_eq!(d.text, "Grüße „Zitat“");
        assert_eq!(d.encoding, Encoding::Windows1252);
        Ok(())
    }

    #[test]
    fn binary_empty_and_large_are_refused() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00", 100).err(), Some(DecodeError::Binary { offset: 4 }));
        assert_eq!(decode(b" \n\t ", 100).err(), Some(DecodeError::Empty));
        assert_eq!(decode(b"abc", 2).err(), Some(DecodeError::TooLarge { size: 3, limit: 2 }));
        assert!(matches!(decode(b"\x89PNG\r\n\x1a\n", 100), Err(DecodeError::Binary { .. })));
    }
}
