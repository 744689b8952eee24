//! Language-aware text analysis, shared by the index side and the query side.
//!
//! tantivy gives each field one analyzer and has no per-document tokenizer,
//! so each analyzer gets its own text field and a section's heading and
//! text go to the field of its language. A query is analysed with every
//! analyzer, each against its own field: the same function
//! ([`analyzer`]) builds the analyzer for both sides, so they cannot drift.

pub mod malay;
pub mod memo;
pub mod pairs;
pub mod stemmer;
pub mod tokenizer;

use std::cell::RefCell;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, TextAnalyzer, TokenStream,
};

use memo::Memoized;
use stemmer::{Algorithm, SnowballStemmer};

use tokenizer::WordTokenizer;

/// One analysis chain: a key used in field and tokenizer names, and the
/// language codes routed to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Analyzer {
    pub key: &'static str,
    stemmer: Stem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stem {
    Snowball(Algorithm),
    Malay,
    None,
}

/// Every analyzer polidx uses. The last one, `simple`, lowercases and folds
/// accents for languages without a stemmer.
pub const ANALYZERS: &[Analyzer] = &[
    Analyzer {
        key: "en",
        stemmer: Stem::Snowball(Algorithm::English),
    },
    Analyzer {
        key: "ms",
        stemmer: Stem::Malay,
    },
    Analyzer {
        key: "ar",
        stemmer: Stem::Snowball(Algorithm::Arabic),
    },
    Analyzer {
        key: "da",
        stemmer: Stem::Snowball(Algorithm::Danish),
    },
    Analyzer {
        key: "de",
        stemmer: Stem::Snowball(Algorithm::German),
    },
    Analyzer {
        key: "el",
        stemmer: Stem::Snowball(Algorithm::Greek),
    },
    Analyzer {
        key: "es",
        stemmer: Stem::Snowball(Algorithm::Spanish),
    },
    Analyzer {
        key: "fi",
        stemmer: Stem::Snowball(Algorithm::Finnish),
    },
    Analyzer {
        key: "fr",
        stemmer: Stem::Snowball(Algorithm::French),
    },
    Analyzer {
        key: "hu",
        stemmer: Stem::Snowball(Algorithm::Hungarian),
    },
    Analyzer {
        key: "it",
        stemmer: Stem::Snowball(Algorithm::Italian),
    },
    Analyzer {
        key: "nl",
        stemmer: Stem::Snowball(Algorithm::Dutch),
    },
    Analyzer {
        key: "no",
        stemmer: Stem::Snowball(Algorithm::Norwegian),
    },
    Analyzer {
        key: "pt",
        stemmer: Stem::Snowball(Algorithm::Portuguese),
    },
    Analyzer {
        key: "ro",
        stemmer: Stem::Snowball(Algorithm::Romanian),
    },
    Analyzer {
        key: "ru",
        stemmer: Stem::Snowball(Algorithm::Russian),
    },
    Analyzer {
        key: "sv",
        stemmer: Stem::Snowball(Algorithm::Swedish),
    },
    Analyzer {
        key: "ta",
        stemmer: Stem::Snowball(Algorithm::Tamil),
    },
    Analyzer {
        key: "tr",
        stemmer: Stem::Snowball(Algorithm::Turkish),
    },
    Analyzer {
        key: "simple",
        stemmer: Stem::None,
    },
];

impl Analyzer {
    /// The analyzer for a language code (ISO 639-1). Malay and Indonesian
    /// share one: their affixes are the same.
    pub fn for_lang(code: &str) -> &'static Analyzer {
        let key = match code {
            "id" => "ms",
            "nb" | "nn" => "no",
            other => other,
        };
        ANALYZERS
            .iter()
            .find(|a| a.key == key)
            .unwrap_or_else(|| ANALYZERS.last().expect("simple analyzer"))
    }

    /// Name under which the index-time chain is registered with tantivy.
    pub fn tokenizer_name(&self) -> String {
        format!("polidx_{}", self.key)
    }

    /// Name of the field that holds the heading and text of this
    /// analyzer's sections.
    pub fn text_field(&self) -> String {
        format!("text_{}", self.key)
    }

    /// Builds the analysis chain: split into words (keeping combining marks), drop very long
    /// tokens, lowercase, stem, then fold accents (after stemming, so the
    /// stemmer sees the real word but "donnees" still finds "données").
    pub fn build(&self) -> TextAnalyzer {
        self.chain(false)
    }

    /// The chain the index runs: [`Analyzer::build`] plus pairs of
    /// adjacent common words ([`pairs`]), which phrase queries look up.
    pub fn build_for_index(&self) -> TextAnalyzer {
        self.chain(true)
    }

    fn chain(&self, with_pairs: bool) -> TextAnalyzer {
        let words = TextAnalyzer::builder(WordTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(Memoized::new(self.per_word()));
        if with_pairs {
            words.filter(pairs::PairFilter::new(self)).build()
        } else {
            words.build()
        }
    }

    /// What happens to each word on its own: lowercase, stem, then fold
    /// accents (after stemming, so the stemmer sees the real word but
    /// "donnees" still finds "données"). [`Memoized`] runs it once per
    /// distinct word form.
    fn per_word(&self) -> TextAnalyzer {
        let word = TextAnalyzer::builder(RawTokenizer::default()).filter(LowerCaser);
        match self.stemmer {
            Stem::Snowball(language) => word
                .filter(SnowballStemmer::new(language))
                .filter(AsciiFoldingFilter)
                .build(),
            Stem::Malay => word
                .filter(malay::MalayStemmer)
                .filter(AsciiFoldingFilter)
                .build(),
            Stem::None => word.filter(AsciiFoldingFilter).build(),
        }
    }
}

/// A token produced by analysis: its term and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedToken {
    pub term: String,
    /// Byte range in the analysed text.
    pub start: usize,
    pub end: usize,
}

/// Analyses `text` with the analyzer. Each thread keeps one chain per
/// analyzer, built on first use, so its memo of word forms carries over
/// from call to call (queries analyse every word with every analyzer, and
/// the glossary every entry).
pub fn analyze(analyzer: &Analyzer, text: &str) -> Vec<AnalyzedToken> {
    thread_local! {
        static CHAINS: RefCell<Vec<Option<TextAnalyzer>>> =
            RefCell::new(ANALYZERS.iter().map(|_| None).collect());
    }
    match ANALYZERS.iter().position(|a| a.key == analyzer.key) {
        Some(i) => CHAINS.with(|chains| {
            let mut chains = chains.borrow_mut();
            let chain = chains[i].get_or_insert_with(|| analyzer.build());
            analyze_with(chain, text)
        }),
        None => analyze_with(&mut analyzer.build(), text),
    }
}

/// Analyses `text` with an analyzer built once by the caller (hot loops).
pub fn analyze_with(chain: &mut TextAnalyzer, text: &str) -> Vec<AnalyzedToken> {
    let mut stream = chain.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let token = stream.token();
        out.push(AnalyzedToken {
            term: token.text.clone(),
            start: token.offset_from,
            end: token.offset_to,
        });
    }
    out
}

/// Registers every analyzer with an index, for writers and readers alike.
pub fn register(index: &tantivy::Index) {
    for analyzer in ANALYZERS {
        index
            .tokenizers()
            .register(&analyzer.tokenizer_name(), analyzer.build_for_index());
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Fails unless a table kept in the source tree (`path`, from the crate
    /// root) holds what the code computes now; with POLIDX_WRITE_TABLES=1
    /// set, rewrites it instead. For tables worked out beforehand because
    /// computing them at start-up would cost more than a query.
    pub(crate) fn assert_table_current(path: &str, stored: &str, computed: &str) {
        if std::env::var_os("POLIDX_WRITE_TABLES").is_some() {
            let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
            std::fs::write(full, computed).unwrap();
            return;
        }
        assert!(
            stored == computed,
            "{path} is out of date (an analyzer or its source list changed): \
             rewrite it with `POLIDX_WRITE_TABLES=1 cargo test --lib table_is_what`"
        );
    }

    /// The analysed terms of `text` in a language (also used by `pairs`' tests).
    pub(super) fn terms(code: &str, text: &str) -> Vec<String> {
        analyze(Analyzer::for_lang(code), text)
            .into_iter()
            .map(|t| t.term)
            .collect()
    }

    /// The chain without the memo: each filter over every token.
    fn unmemoized(analyzer: &Analyzer) -> TextAnalyzer {
        let base = TextAnalyzer::builder(WordTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser);
        let pairs = pairs::PairFilter::new(analyzer);
        match analyzer.stemmer {
            Stem::Snowball(language) => base
                .filter(SnowballStemmer::new(language))
                .filter(AsciiFoldingFilter)
                .filter(pairs)
                .build(),
            Stem::Malay => base
                .filter(malay::MalayStemmer)
                .filter(AsciiFoldingFilter)
                .filter(pairs)
                .build(),
            Stem::None => base.filter(AsciiFoldingFilter).filter(pairs).build(),
        }
    }

    /// Every token's term, position and offsets (also used by `memo`'s tests).
    pub(super) fn tokens(
        chain: &mut TextAnalyzer,
        text: &str,
    ) -> Vec<(String, usize, usize, usize)> {
        let mut stream = chain.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    /// Every analyzer gives, with its memo, the tokens the plain chain
    /// gives, on text in many scripts, twice (the second time from the memo).
    #[test]
    fn the_memo_changes_no_token() {
        let text = "We may SHARE your Personal Information with third parties; \
                    Kami tidak akan menjual Data peribadi anda kepada pihak ketiga. \
                    Wir geben Ihre Daten nicht an Dritte weiter. Données personnelles, \
                    ΠΡΟΣΩΠΙΚΆ δεδομένα, Персональные ДАННЫЕ, தனியுரிமைக் கொள்கை, \
                    个人信息 the of and to in for is on that by this with you \
                    İstanbul'da KİŞİSEL verileriniz, Straße, œuvre, ﬁnancial, \
                    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa end";
        for analyzer in ANALYZERS {
            let mut memoized = analyzer.build_for_index();
            let mut plain = unmemoized(analyzer);
            for _ in 0..2 {
                assert_eq!(
                    tokens(&mut memoized, text),
                    tokens(&mut plain, text),
                    "{}",
                    analyzer.key
                );
            }
        }
    }

    /// The same over every file under $POLIDX_MEMO_CHECK (a corpus), for
    /// a check on real text: `POLIDX_MEMO_CHECK=DIR cargo test -- --ignored`.
    #[test]
    #[ignore]
    fn the_memo_changes_no_token_in_a_corpus() {
        let Some(dir) = std::env::var_os("POLIDX_MEMO_CHECK") else {
            return;
        };
        let (files, _) = crate::ingest::walk_corpus(std::path::Path::new(&dir));
        let mut chains: Vec<_> = ANALYZERS
            .iter()
            .map(|a| (a.build_for_index(), unmemoized(a)))
            .collect();
        let mut compared = 0usize;
        for file in files {
            let Ok(source) = crate::ingest::read_policy_file(&file, 64 << 20) else {
                continue;
            };
            for (memoized, plain) in chains.iter_mut() {
                assert_eq!(
                    tokens(memoized, &source.text),
                    tokens(plain, &source.text),
                    "{}",
                    file.rel_path
                );
            }
            compared += 1;
        }
        eprintln!("compared {compared} files with every analyzer");
    }

    #[test]
    fn english_is_stemmed() {
        assert_eq!(terms("en", "sharing shared shares share"), ["share"; 4]);
        assert_eq!(terms("en", "Cookies"), ["cooki"]);
    }

    #[test]
    fn malay_and_indonesian_share_the_malay_stemmer() {
        assert_eq!(Analyzer::for_lang("id").key, "ms");
        assert_eq!(
            terms("ms", "mengumpul pengumpulan dikumpulkan kumpul"),
            ["kumpul"; 4]
        );
        // The English stemmer would leave these alone: proof the right one runs.
        assert_eq!(terms("en", "pengumpulan"), ["pengumpulan"]);
    }

    #[test]
    fn other_stemmers_are_language_specific() {
        // German: "Daten"/"Datenschutz" vs English stemming of the same strings.
        assert_eq!(terms("de", "Informationen"), terms("de", "Information"));
        assert_ne!(terms("en", "Informationen"), terms("en", "Information"));
        assert_eq!(terms("fr", "données"), terms("fr", "donnée"));
        assert_eq!(terms("es", "compartimos"), terms("es", "compartir"));
    }

    #[test]
    fn languages_without_a_stemmer_lowercase_and_fold() {
        assert_eq!(Analyzer::for_lang("pl").key, "simple");
        assert_eq!(terms("pl", "Prywatność DANYCH"), ["prywatnosc", "danych"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "We share data";
        let tokens = analyze(Analyzer::for_lang("en"), text);
        assert_eq!(&text[tokens[1].start..tokens[1].end], "share");
    }
}
