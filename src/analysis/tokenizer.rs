//! Word tokenizer: runs of letters, digits and combining marks.
//!
//! tantivy's `SimpleTokenizer` splits at every character that is not
//! alphanumeric, and Unicode does not count combining marks as alphanumeric:
//! Tamil "தகவல்களை" (the virama ் is a mark) would become two fragments, and
//! so would most words of Indic, Thai and Hebrew-pointed text. This
//! tokenizer keeps marks inside words.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

pub struct WordTokenStream<'a> {
    text: &'a str,
    /// Byte offset where the next token is looked for.
    next: usize,
    token: &'a mut Token,
}

/// Letters, digits, and the combining marks and joiners that live inside words.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05C7}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{0900}'..='\u{0DFF}'
            | '\u{0E00}'..='\u{0FFF}'
            | '\u{1000}'..='\u{109F}'
            | '\u{1780}'..='\u{17FF}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{200C}'..='\u{200D}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{3099}'..='\u{309A}'
            | '\u{FE20}'..='\u{FE2F}')
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            next: 0,
            token: &mut self.token,
        }
    }
}

impl WordTokenStream<'_> {
    /// Offset of the first character at or after `at` that is (`word`) or
    /// is not a word character. ASCII, most of any policy, is judged byte
    /// by byte without decoding.
    fn find(&self, at: usize, word: bool) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut i = at;
        while i < bytes.len() {
            let b = bytes[i];
            let (is_word, len) = if b.is_ascii() {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = self.text[i..].chars().next()?;
                (is_word_char(c), c.len_utf8())
            };
            if is_word == word {
                return Some(i);
            }
            i += len;
        }
        None
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        self.token.position = self.token.position.wrapping_add(1);
        let Some(from) = self.find(self.next, true) else {
            self.next = self.text.len();
            return false;
        };
        let to = self.find(from, false).unwrap_or(self.text.len());
        self.next = to;
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.text.push_str(&self.text[from..to]);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut tokenizer = WordTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn splits_on_spaces_and_punctuation() {
        assert_eq!(
            words("We share, don't sell: e-mail."),
            ["We", "share", "don", "t", "sell", "e", "mail"]
        );
    }

    /// Character by character: the words `WordTokenizer` must give.
    fn words_by_char(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (is_word_char(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, text.len()));
        }
        out
    }

    fn spans(text: &str) -> Vec<(usize, usize)> {
        let mut tokenizer = WordTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            assert_eq!(t.text, text[t.offset_from..t.offset_to]);
            out.push((t.offset_from, t.offset_to));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn gives_the_words_a_character_scan_gives(text in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(spans(&text), words_by_char(&text));
        }

        #[test]
        fn gives_the_words_a_character_scan_gives_on_mixed_scripts(
            text in "[a-zA-Z0-9 ,.'é\\u{301}\\u{bcd}த\\u{200c}😀-]{0,40}"
        ) {
            proptest::prop_assert_eq!(spans(&text), words_by_char(&text));
        }
    }

    #[test]
    fn keeps_combining_marks_inside_words() {
        assert_eq!(words("தகவல்களை நிறுவனத்துடன்"), ["தகவல்களை", "நிறுவனத்துடன்"]);
        assert_eq!(words("गोपनीयता नीति"), ["गोपनीयता", "नीति"]);
        assert_eq!(words("cafe\u{301} ok"), ["cafe\u{301}", "ok"]);
    }
}
