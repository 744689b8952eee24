//! Language-aware text analysis, shared by the index side and the query side.
//!
//! tantivy gives each field one analyzer and has no per-document tokenizer,
//! so each analyzer gets its own pair of fields (heading and body) and a
//! section's text goes to the pair of its language. A query is analysed
//! with every analyzer, each against its own fields: the same function
//! ([`analyzer`]) builds the analyzer for both sides, so they cannot drift.

pub mod malay;
pub mod pairs;
pub mod stemmer;
pub mod tokenizer;

use std::sync::OnceLock;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, TextAnalyzer, TokenStream,
};

use stemmer::{Algorithm, CachedStemmer};

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

    pub fn heading_field(&self) -> String {
        format!("heading_{}", self.key)
    }

    pub fn body_field(&self) -> String {
        format!("body_{}", self.key)
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
        macro_rules! finish {
            ($builder:expr) => {
                if with_pairs {
                    $builder.filter(pairs::PairFilter::new(self)).build()
                } else {
                    $builder.build()
                }
            };
        }
        let base = TextAnalyzer::builder(WordTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser);
        match self.stemmer {
            Stem::Snowball(language) => finish!(base
                .filter(CachedStemmer::new(language))
                .filter(AsciiFoldingFilter)),
            Stem::Malay => finish!(base.filter(malay::MalayStemmer).filter(AsciiFoldingFilter)),
            Stem::None => finish!(base.filter(AsciiFoldingFilter)),
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

/// Analyses `text` with the analyzer (a copy of one built once per
/// process: queries analyse every word with every analyzer).
pub fn analyze(analyzer: &Analyzer, text: &str) -> Vec<AnalyzedToken> {
    static BUILT: OnceLock<Vec<TextAnalyzer>> = OnceLock::new();
    let built = BUILT.get_or_init(|| ANALYZERS.iter().map(Analyzer::build).collect());
    let mut chain = match ANALYZERS.iter().position(|a| a.key == analyzer.key) {
        Some(i) => built[i].clone(),
        None => analyzer.build(),
    };
    analyze_with(&mut chain, text)
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
mod tests {
    use super::*;

    /// The analysed terms of `text` in a language (also used by `pairs`' tests).
    pub(super) fn terms(code: &str, text: &str) -> Vec<String> {
        analyze(Analyzer::for_lang(code), text)
            .into_iter()
            .map(|t| t.term)
            .collect()
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
