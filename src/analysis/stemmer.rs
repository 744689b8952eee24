//! A Snowball stemmer filter.
//!
//! The stems are the ones tantivy's own `Stemmer` filter gives: the same
//! Snowball algorithms. It runs inside the per-word chain that
//! [`super::memo::Memoized`] calls once per distinct word form, so it
//! keeps no memo of its own.

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

pub use frostem::Algorithm;

/// Token filter: replaces each (lowercased) token by its Snowball stem.
#[derive(Clone, Copy, Debug)]
pub struct SnowballStemmer {
    algorithm: Algorithm,
}

impl SnowballStemmer {
    pub fn new(algorithm: Algorithm) -> SnowballStemmer {
        SnowballStemmer { algorithm }
    }
}

impl TokenFilter for SnowballStemmer {
    type Tokenizer<T: Tokenizer> = SnowballStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> SnowballStemmerFilter<T> {
        SnowballStemmerFilter {
            stemmer: frostem::Stemmer::new(self.algorithm),
            inner: tokenizer,
        }
    }
}

#[derive(Clone)]
pub struct SnowballStemmerFilter<T> {
    stemmer: frostem::Stemmer,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for SnowballStemmerFilter<T> {
    type TokenStream<'a> = SnowballStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        SnowballStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: &self.stemmer,
        }
    }
}

pub struct SnowballStemmerStream<'a, T> {
    tail: T,
    stemmer: &'a frostem::Stemmer,
}

impl<T: TokenStream> TokenStream for SnowballStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let stem = self.stemmer.stem(&token.text);
        if stem != token.text.as_str() {
            token.text = stem.into_owned();
        }
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
    fn gives_the_stems_tantivys_stemmer_gives() {
        let text = "Sharing shared shares; we share cookies, Cookies and COOKIES \
                    with partners, partnering partnerships, disclosed disclosures";
        for (algorithm, language) in [
            (Algorithm::English, Language::English),
            (Algorithm::French, Language::French),
            (Algorithm::German, Language::German),
        ] {
            let mut ours = TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(LowerCaser)
                .filter(SnowballStemmer::new(algorithm))
                .build();
            let mut theirs = TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(LowerCaser)
                .filter(Stemmer::new(language))
                .build();
            assert_eq!(stems(&mut ours, text), stems(&mut theirs, text));
        }
    }
}
