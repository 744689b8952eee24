//! Adjacent pairs of common words, indexed beside the words themselves.
//!
//! A phrase query has to check positions in every section that holds all
//! its words, and tantivy cannot skip any of them: for a phrase of common
//! words, such as "personal information", that is most of the index. So,
//! as Lucene's common-grams do, each pair of adjacent common words (a fixed
//! list per language, `common-words.txt`) is indexed as one more term, at
//! the first word's position, in the same field. "personal information"
//! becomes a single term, ranked with block-max WAND; a longer phrase
//! becomes a phrase of pairs and words whose rarest member is short. A
//! phrase with a rarer word needs no pair: that word's postings are short.
//! Pairs never collide with words: words contain no space.

use std::collections::HashMap;

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

use super::Analyzer;

/// The indexed term of two adjacent analysed words.
pub fn pair_term(first: &str, second: &str) -> String {
    let mut pair = String::with_capacity(first.len() + 1 + second.len());
    pair.push_str(first);
    pair.push(' ');
    pair.push_str(second);
    pair
}

/// The analysed common words of an analyzer (empty for languages without
/// a list).
pub fn common_words(analyzer: &Analyzer) -> &'static FxHashSet<&'static str> {
    common_words_of(analyzer.key)
}

/// Every analyzer's list of common words analysed: one line per analyzer,
/// its key, a tab, then the terms separated by spaces. Worked out
/// beforehand from `common-words.txt`, as analysing the lists would be most
/// of a short query's work; a unit test keeps it equal to
/// [`analysed_common_words`].
const COMMON_TERMS: &str = include_str!("common-terms.tsv");

fn common_words_of(key: &str) -> &'static FxHashSet<&'static str> {
    static SETS: OnceLock<HashMap<&'static str, FxHashSet<&'static str>>> = OnceLock::new();
    static EMPTY: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    // Slices of the table, not copies: this runs at every query's start.
    let sets = SETS.get_or_init(|| {
        COMMON_TERMS
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .map(|(key, terms)| (key, terms.split(' ').collect()))
            .collect()
    });
    sets.get(key)
        .unwrap_or_else(|| EMPTY.get_or_init(FxHashSet::default))
}

/// `common-words.txt` analysed, as [`COMMON_TERMS`] holds it: each term
/// once, in the order of the words.
#[cfg(test)]
fn analysed_common_words() -> String {
    use super::{analyze, ANALYZERS};
    let mut out = String::new();
    for line in include_str!("common-words.txt").lines() {
        if line.starts_with('#') {
            continue;
        }
        let Some((key, words)) = line.split_once('\t') else {
            continue;
        };
        let Some(analyzer) = ANALYZERS.iter().find(|a| a.key == key) else {
            continue;
        };
        let mut terms: Vec<String> = Vec::new();
        for word in words.split_whitespace() {
            for token in analyze(analyzer, word) {
                if !terms.contains(&token.term) {
                    terms.push(token.term);
                }
            }
        }
        out.push_str(&format!("{key}\t{}\n", terms.join(" ")));
    }
    out
}

/// The terms of a phrase's analysed words, each with its offset in the
/// phrase, as the index holds them: adjacent common words as one pair,
/// other words alone.
pub fn phrase_terms(analyzer: &Analyzer, words: &[String]) -> Vec<(usize, String)> {
    let common = common_words(analyzer);
    let mut terms = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match words.get(i + 1) {
            Some(next) if common.contains(words[i].as_str()) && common.contains(next.as_str()) => {
                terms.push((i, pair_term(&words[i], next)));
                i += 2;
            }
            // A last common word after a pair overlaps it: a pair is rarer.
            None if i > 0
                && common.contains(words[i - 1].as_str())
                && common.contains(words[i].as_str()) =>
            {
                terms.push((i - 1, pair_term(&words[i - 1], &words[i])));
                i += 1;
            }
            _ => {
                terms.push((i, words[i].clone()));
                i += 1;
            }
        }
    }
    terms
}

/// Token filter emitting, after each common word that directly follows
/// another, the pair of the two. Words separated by a dropped token (too
/// long) are not a pair, as they would not match a phrase query either.
///
/// The common words are looked up when the first text is split, not when
/// the filter is built: every process registers every analyzer's chain, and
/// analysing the word lists is most of what a short query costs.
#[derive(Clone, Copy, Debug)]
pub struct PairFilter {
    key: &'static str,
}

impl PairFilter {
    pub fn new(analyzer: &Analyzer) -> PairFilter {
        PairFilter { key: analyzer.key }
    }
}

impl TokenFilter for PairFilter {
    type Tokenizer<T: Tokenizer> = PairFilterTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> PairFilterTokenizer<T> {
        PairFilterTokenizer {
            inner: tokenizer,
            key: self.key,
        }
    }
}

/// The tokenizer produced by [`PairFilter`].
#[derive(Clone)]
pub struct PairFilterTokenizer<T> {
    inner: T,
    key: &'static str,
}

impl<T: Tokenizer> Tokenizer for PairFilterTokenizer<T> {
    type TokenStream<'a> = PairTokenStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        PairTokenStream {
            tail: self.inner.token_stream(text),
            common: common_words_of(self.key),
            pair: Token::default(),
            previous: None,
            showing_pair: false,
            word_due: false,
        }
    }
}

/// Emits word₀, pair₀₁ (at word₀'s position), word₁, pair₁₂, word₂, …:
/// positions never go backwards.
pub struct PairTokenStream<T> {
    tail: T,
    common: &'static FxHashSet<&'static str>,
    pair: Token,
    /// Position, start offset and text of the last word, if common.
    previous: Option<(usize, usize, String)>,
    showing_pair: bool,
    /// The current word comes next, after its pair.
    word_due: bool,
}

impl<T: TokenStream> TokenStream for PairTokenStream<T> {
    fn advance(&mut self) -> bool {
        if self.word_due {
            self.word_due = false;
            self.showing_pair = false;
            return true;
        }
        if !self.tail.advance() {
            return false;
        }
        let word = self.tail.token();
        self.showing_pair = false;
        if !self.common.contains(word.text.as_str()) {
            self.previous = None;
            return true;
        }
        match &mut self.previous {
            Some((position, start, text)) => {
                if *position + 1 == word.position {
                    self.pair.text.clear();
                    self.pair.text.push_str(text);
                    self.pair.text.push(' ');
                    self.pair.text.push_str(&word.text);
                    self.pair.position = *position;
                    self.pair.position_length = 1;
                    self.pair.offset_from = *start;
                    self.pair.offset_to = word.offset_to;
                    self.showing_pair = true;
                    self.word_due = true;
                }
                *position = word.position;
                *start = word.offset_from;
                text.clear();
                text.push_str(&word.text);
            }
            None => self.previous = Some((word.position, word.offset_from, word.text.clone())),
        }
        true
    }

    fn token(&self) -> &Token {
        if self.showing_pair {
            &self.pair
        } else {
            self.tail.token()
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        if self.showing_pair {
            &mut self.pair
        } else {
            self.tail.token_mut()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::terms as words;
    use crate::analysis::Analyzer;
    use tantivy::tokenizer::TokenStream;

    fn indexed(code: &str, text: &str) -> Vec<(String, usize)> {
        let mut chain = Analyzer::for_lang(code).build_for_index();
        let mut stream = chain.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push((stream.token().text.clone(), stream.token().position));
        }
        out
    }

    fn owned(items: &[(&str, usize)]) -> Vec<(String, usize)> {
        items.iter().map(|(t, p)| (t.to_string(), *p)).collect()
    }

    #[test]
    fn pairs_of_common_words_follow_their_second_word() {
        // "zebra" is not common: no pair with it.
        let got = indexed("en", "Third parties may see zebra data");
        let want = owned(&[
            ("third", 0),
            ("third parti", 0),
            ("parti", 1),
            ("parti may", 1),
            ("may", 2),
            ("may see", 2),
            ("see", 3),
            ("zebra", 4),
            ("data", 5),
        ]);
        assert_eq!(got, want);
    }

    #[test]
    fn a_dropped_word_breaks_the_pair() {
        let long = "x".repeat(50);
        let got = indexed("en", &format!("personal {long} information"));
        assert_eq!(got, owned(&[("person", 0), ("inform", 2)]));
    }

    #[test]
    fn the_common_term_table_is_what_the_analyzers_give() {
        crate::analysis::tests::assert_table_current(
            "src/analysis/common-terms.tsv",
            COMMON_TERMS,
            &analysed_common_words(),
        );
        assert!(common_words(Analyzer::for_lang("en")).contains("parti"));
    }

    #[test]
    fn languages_without_a_list_index_no_pairs() {
        assert!(common_words(Analyzer::for_lang("pl")).is_empty());
        assert_eq!(indexed("pl", "dane osobowe").len(), 2);
        assert!(!common_words(Analyzer::for_lang("ms")).is_empty());
        assert!(indexed("ms", "pihak ketiga")
            .iter()
            .any(|(t, _)| t.contains(' ')));
    }

    #[test]
    fn phrases_are_looked_up_as_the_index_holds_them() {
        let en = Analyzer::for_lang("en");
        let terms = |text: &str| phrase_terms(en, &words("en", text));
        assert_eq!(terms("third parties"), [(0, "third parti".to_string())]);
        // An odd run of common words ends with an overlapping pair.
        assert_eq!(
            terms("share personal information"),
            [
                (0, "share person".to_string()),
                (1, "person inform".to_string())
            ]
        );
        // A rare word stands alone.
        assert_eq!(
            terms("do not track zebras"),
            [
                (0, "do not".to_string()),
                (2, "track".to_string()),
                (3, "zebra".to_string())
            ]
        );
    }
}
