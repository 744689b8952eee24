//! One memo for the whole per-word part of an analysis chain.
//!
//! After a word is split off, lowercasing, stemming and accent folding
//! look at that word alone. Policies repeat a small vocabulary, so instead
//! of three passes over every token (and a stem lookup in between), the
//! term of each distinct word form is worked out once, by the very same
//! filters, and remembered.

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};

/// Word forms remembered per analyzer before the memo starts over: policy
/// vocabularies fit many times over, and the memory stays bounded.
const MAX_REMEMBERED: usize = 100_000;

/// Token filter: replaces each token by the term `per_word` (a chain on
/// `RawTokenizer`, which treats its whole input as one token) gives it.
#[derive(Clone)]
pub struct Memoized {
    per_word: TextAnalyzer,
}

impl Memoized {
    pub fn new(per_word: TextAnalyzer) -> Memoized {
        Memoized { per_word }
    }
}

impl TokenFilter for Memoized {
    type Tokenizer<T: Tokenizer> = MemoizedFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MemoizedFilter<T> {
        MemoizedFilter {
            per_word: self.per_word,
            memo: FxHashMap::default(),
            inner: tokenizer,
        }
    }
}

#[derive(Clone)]
pub struct MemoizedFilter<T> {
    per_word: TextAnalyzer,
    memo: FxHashMap<String, String>,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for MemoizedFilter<T> {
    type TokenStream<'a> = MemoizedStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MemoizedStream {
            tail: self.inner.token_stream(text),
            per_word: &mut self.per_word,
            memo: &mut self.memo,
        }
    }
}

pub struct MemoizedStream<'a, T> {
    tail: T,
    per_word: &'a mut TextAnalyzer,
    memo: &'a mut FxHashMap<String, String>,
}

/// The term the chain gives one word (the word itself if it gives none).
fn term_of(per_word: &mut TextAnalyzer, word: &str) -> String {
    let mut stream = per_word.token_stream(word);
    if stream.advance() {
        std::mem::take(&mut stream.token_mut().text)
    } else {
        word.to_string()
    }
}

impl<T: TokenStream> TokenStream for MemoizedStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(term) = self.memo.get(token.text.as_str()) {
            token.text.clear();
            token.text.push_str(term);
            return true;
        }
        let term = term_of(self.per_word, &token.text);
        if self.memo.len() >= MAX_REMEMBERED {
            self.memo.clear();
        }
        let word = std::mem::replace(&mut token.text, term.clone());
        self.memo.insert(word, term);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::tokens as terms;
    use tantivy::tokenizer::{
        AsciiFoldingFilter, LowerCaser, RawTokenizer, SimpleTokenizer, Stemmer,
    };

    #[test]
    fn gives_the_terms_the_chain_gives_also_when_remembered() {
        let text = "Sharing shared SHARES; we share cookies, Cookies and COOKIES \
                    with partners, Données données DONNÉES, Straße, ΣΟΦΊΑ";
        let mut chained = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(Stemmer::default())
            .filter(AsciiFoldingFilter)
            .build();
        let per_word = TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .filter(Stemmer::default())
            .filter(AsciiFoldingFilter)
            .build();
        let mut memoized = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(Memoized::new(per_word))
            .build();
        // Twice: the second pass reads every word from the memo.
        for _ in 0..2 {
            assert_eq!(terms(&mut memoized, text), terms(&mut chained, text));
        }
    }

    #[test]
    fn the_memo_stays_bounded() {
        let per_word = TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .build();
        let mut filter = Memoized::new(per_word).transform(SimpleTokenizer::default());
        let words: String = (0..MAX_REMEMBERED + 10).map(|i| format!("W{i} ")).collect();
        let mut stream = filter.token_stream(&words);
        let mut last = String::new();
        while stream.advance() {
            last.clone_from(&stream.token().text);
        }
        assert_eq!(last, format!("w{}", MAX_REMEMBERED + 9));
        assert!(filter.memo.len() <= MAX_REMEMBERED, "{}", filter.memo.len());
        assert!(!filter.memo.is_empty());
    }
}
