//! Bytes to text: BOMs, UTF-8, legacy single-byte encodings, and binary files.
//!
//! Legacy encodings are guessed with `chardetng` (the detector Firefox uses)
//! rather than by hand: telling Windows-1252 from ISO-8859-2 or KOI8-R from
//! byte statistics is exactly what it was built and tuned for.

use std::fmt;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes are not text; the string says what they look like.
    Binary(&'static str),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary(kind) => write!(f, "binary file ({kind}), not text"),
        }
    }
}

/// Decodes a file's bytes to text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        let text = strip_controls(&text);
        return Ok(Decoded {
            text,
            encoding: encoding.name(),
        });
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(DecodeError::Binary(kind));
    }
    // UTF-16 without a BOM: every other byte is NUL in mostly-ASCII text.
    if let Some(encoding) = bomless_utf16(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return Ok(Decoded {
            text: strip_controls(&text),
            encoding: encoding.name(),
        });
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary("contains NUL bytes"));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: strip_controls(text),
            encoding: UTF_8.name(),
        });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, _) = encoding.decode(bytes);
    Ok(Decoded {
        text: strip_controls(&text),
        encoding: encoding.name(),
    })
}

/// Recognises common binary formats by their magic numbers, and anything
/// with many control bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\x7fELF", "ELF executable"),
        (b"PK\x03\x04", "zip archive"),
        (b"%PDF-", "PDF document"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"\x1f\x8b", "gzip archive"),
        (b"BZh", "bzip2 archive"),
        (b"\xfd7zXZ\x00", "xz archive"),
        (b"7z\xbc\xaf\x27\x1c", "7z archive"),
        (b"RIFF", "RIFF media file"),
        (b"\x00asm", "WebAssembly module"),
        (b"MZ", "Windows executable"),
        (b"\xd0\xcf\x11\xe0", "legacy Office document"),
        (b"SQLite format 3\x00", "SQLite database"),
    ];
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            // "MZ" and "BZh" also begin ordinary words; insist on binary bytes.
            if magic.len() < 4 && !has_many_controls(bytes) {
                continue;
            }
            return Some(kind);
        }
    }
    if has_many_controls(bytes) && bomless_utf16(bytes).is_none() {
        return Some("mostly control bytes");
    }
    None
}

fn has_many_controls(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    // A few stray control bytes in a short text do not make it binary.
    if sample.len() < 32 {
        return false;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 10 > sample.len()
}

/// UTF-16 text without a BOM shows NUL in every other byte of its ASCII part.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nul * 10 >= pairs * 7 && even_nul * 10 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Drops control characters other than line breaks and tabs (stray bytes in
/// scraped pages), and normalises line endings to `\n`. Text is copied in
/// runs between the bytes that need attention: in UTF-8 those are ASCII
/// controls and the lead bytes of C1 controls (U+0080–U+009F, with NEL),
/// of U+2028/U+2029 and of the byte-order mark.
fn strip_controls(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (0x20..0x7f).contains(&b)
            || b == b'\n'
            || (b >= 0x80 && !matches!(b, 0xc2 | 0xe2 | 0xef))
        {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied();
        // (bytes of the character, its replacement) for the bytes that need it.
        let special: Option<(usize, Option<char>)> = match b {
            b'\n' | b'\t' => None,
            b'\r' => Some((1, (next != Some(b'\n')).then_some('\n'))),
            0x00..=0x1f | 0x7f => Some((1, None)),
            0xc2 => match next {
                Some(0x85) => Some((2, Some('\n'))),
                Some(0x80..=0x9f) => Some((2, None)),
                _ => None,
            },
            0xe2 if next == Some(0x80) && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9)) => {
                Some((3, Some('\n')))
            }
            0xef if next == Some(0xbb) && bytes.get(i + 2) == Some(&0xbf) => Some((3, None)),
            _ => None,
        };
        match special {
            None => i += 1,
            Some((len, replacement)) => {
                out.push_str(&text[run..i]);
                if let Some(c) = replacement {
                    out.push(c);
                }
                i += len;
                run = i;
            }
        }
    }
    out.push_str(&text[run..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Character by character: what `strip_controls` must give.
    fn strip_controls_by_char(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() != Some(&'\n') {
                        out.push('\n');
                    }
                }
                '\n' | '\t' => out.push(c),
                '\u{feff}' => {}
                '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
                c if c.is_control() => {}
                c => out.push(c),
            }
        }
        out
    }

    #[test]
    fn controls_are_stripped_as_by_character() {
        for text in [
            "",
            "plain text\n",
            "a\r\nb\rc\r",
            "\r",
            "\u{feff}BOM\u{feff}",
            "x\u{0}y\u{1f}z\u{7f}\t",
            "C1: \u{80}\u{85}\u{9f}\u{a0}\u{c2}\u{e2}",
            "lines\u{2028}and\u{2029}paras\u{2027}\u{202a}",
            "é€😀\u{efbb}\u{fefe}",
        ] {
            assert_eq!(
                strip_controls(text),
                strip_controls_by_char(text),
                "{text:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn controls_are_stripped_as_by_character_on_any_text(text in any::<String>()) {
            prop_assert_eq!(strip_controls(&text), strip_controls_by_char(&text));
        }

        #[test]
        fn controls_are_stripped_as_by_character_on_control_heavy_text(
            text in "[\\x00-\\x20a\\x7f-\\u{a0}\\u{2028}\\u{2029}\\u{feff}é\\r\\n]{0,40}"
        ) {
            prop_assert_eq!(strip_controls(&text), strip_controls_by_char(&text));
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode("Dasar Privasi – ok".as_bytes()).unwrap();
        assert_eq!(plain.text, "Dasar Privasi – ok");
        assert_eq!(plain.encoding, "UTF-8");
        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend_from_slice("Privacy".as_bytes());
        assert_eq!(decode(&bom).unwrap().text, "Privacy");
    }

    #[test]
    fn utf16_le_and_be_with_bom() {
        let text = "Política de privacidad";
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, text);
        assert_eq!(decode(&le).unwrap().encoding, "UTF-16LE");
        assert_eq!(decode(&be).unwrap().text, text);
        assert_eq!(decode(&be).unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn utf16_without_bom() {
        let text = "We collect your e-mail address.";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&le).unwrap().text, text);
    }

    #[test]
    fn windows_1252_is_decoded_not_rejected() {
        // "We don’t sell your data – café" in Windows-1252.
        let bytes = b"We don\x92t sell your data \x96 caf\xe9. Nous ne vendons pas vos donn\xe9es personnelles \xe0 des tiers.";
        let decoded = decode(bytes).unwrap();
        assert!(decoded.text.contains("don’t"), "{}", decoded.text);
        assert!(decoded.text.contains("café"));
        assert!(decoded.text.contains("données"));
        assert_eq!(decoded.encoding, "windows-1252");
    }

    #[test]
    fn binary_files_are_recognised() {
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
        assert_eq!(decode(png), Err(DecodeError::Binary("PNG image")));
        let elf = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00";
        assert_eq!(decode(elf), Err(DecodeError::Binary("ELF executable")));
        let zip = b"PK\x03\x04\x14\x00\x00\x00";
        assert_eq!(decode(zip), Err(DecodeError::Binary("zip archive")));
        let junk: Vec<u8> = (0..200u8).map(|i| i % 7).collect();
        assert!(decode(&junk).is_err());
    }

    #[test]
    fn words_starting_like_magic_numbers_are_text() {
        assert_eq!(
            decode(b"MZ Corp privacy notice").unwrap().text,
            "MZ Corp privacy notice"
        );
    }

    #[test]
    fn controls_are_dropped_and_line_endings_normalised() {
        let decoded = decode(b"a\x07b\r\nc\rd").unwrap();
        assert_eq!(decoded.text, "ab\nc\nd");
    }
}
