//! A Snowball stemmer that remembers the words it has stemmed.
//!
//! Indexing stems every word of every section, and policies repeat a small
//! vocabulary over and over: most words have been stemmed thousands of
//! times before. A per-analyzer memo turns those into one hash lookup.
//! The stems are the ones tantivy's own `Stemmer` filter gives: the same
//! Snowball algorithms, from the same crate.

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

pub use frostem::Algorithm;

/// Words remembered per analyzer before the memo starts over: policy
/// vocabularies fit many times over, and the memory stays bounded.
const MAX_REMEMBERED: usize = 100_000;

/// Token filter: replaces each (lowercased) token by its Snowball stem.
#[derive(Clone, Copy, Debug)]
pub struct CachedStemmer {
    algorithm: Algorithm,
}

impl CachedStemmer {
    pub fn new(algorithm: Algorithm) -> CachedStemmer {
        CachedStemmer { algorithm }
    }
}

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            stemmer: frostem::Stemmer::new(self.algorithm),
            memo: FxHashMap::default(),
            inner: tokenizer,
        }
    }
}

#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    stemmer: frostem::Stemmer,
    memo: FxHashMap<String, String>,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: &self.stemmer,
            memo: &mut self.memo,
        }
    }
}

pub struct CachedStemmerStream<'a, T> {
    tail: T,
    stemmer: &'a frostem::Stemmer,
    memo: &'a mut FxHashMap<String, String>,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.memo.get(token.text.as_str()) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stem = self.stemmer.stem(&token.text).into_owned();
        if self.memo.len() >= MAX_REMEMBERED {
            self.memo.clear();
        }
        let word = std::mem::replace(&mut token.text, stem.clone());
        self.memo.insert(word, stem);
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
    use tantivy::tokenizer::{Language, LowerCaser, SimpleTokenizer, Stemmer, TextAnalyzer};

    fn stems(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        crate::analysis::analyze_with(analyzer, text)
            .into_iter()
            .map(|t| t.term)
            .collect()
    }

    #[test]
    fn gives_the_stems_tantivys_stemmer_gives_also_when_remembered() {
        let text = "Sharing shared shares; we share cookies, Cookies and COOKIES \
                    with partners, partnering partnerships, disclosed disclosures";
        for (algorithm, language) in [
            (Algorithm::English, Language::English),
            (Algorithm::French, Language::French),
            (Algorithm::German, Language::German),
        ] {
            let mut ours = TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(LowerCaser)
                .filter(CachedStemmer::new(algorithm))
                .build();
            let mut theirs = TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(LowerCaser)
                .filter(Stemmer::new(language))
                .build();
            // Twice: the second pass reads every word from the memo.
            for _ in 0..2 {
                assert_eq!(stems(&mut ours, text), stems(&mut theirs, text));
            }
        }
    }

    #[test]
    fn the_memo_stays_bounded() {
        let mut filter =
            CachedStemmer::new(Algorithm::English).transform(SimpleTokenizer::default());
        let words: String = (0..MAX_REMEMBERED + 10)
            .map(|i| format!("w{i}ing "))
            .collect();
        let mut stream = filter.token_stream(&words);
        let mut last = String::new();
        while stream.advance() {
            last.clone_from(&stream.token().text);
        }
        let last_word = format!("w{}ing", MAX_REMEMBERED + 9);
        assert_eq!(
            last,
            frostem::Stemmer::new(Algorithm::English).stem(&last_word)
        );
        assert!(filter.memo.len() <= MAX_REMEMBERED, "{}", filter.memo.len());
        assert!(!filter.memo.is_empty());
    }
}
