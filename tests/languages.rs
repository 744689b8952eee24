//! Every analyzer, end to end: a policy written in each language is indexed
//! with that language's analyzer, and a query for a *different* form of one
//! of its words finds it, with and without `--lang`. A mismatch between the
//! analysis of the index and of the query makes hits vanish silently; these
//! tests make it loud.
//!
//! Fixtures: `tests/fixtures/lang/<code>.txt`, one short policy per language.
//! Languages without a stemmer (`simple`) are checked for case and accent
//! folding instead.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;
use std::sync::OnceLock;

use common::*;
use polidx::analysis::{analyze, Analyzer, ANALYZERS};
use serde_json::Value;

/// One language: the form of a word written in its fixture, and another
/// form of it to search for.
struct Case {
    /// ISO 639-1 code: fixture `<lang>.txt`, the detected language and the
    /// `--lang` argument.
    lang: &'static str,
    /// Key of the analyzer the language is routed to.
    analyzer: &'static str,
    /// The form as written in the fixture.
    written: &'static str,
    /// The form searched for: never written in the fixture.
    query: &'static str,
}

const fn case(
    lang: &'static str,
    analyzer: &'static str,
    written: &'static str,
    query: &'static str,
) -> Case {
    Case {
        lang,
        analyzer,
        written,
        query,
    }
}

/// For stemmed languages, `written` and `query` are inflections that the
/// language's Snowball (or Malay) stemmer conflates and the English one does
/// not. For `simple` languages, `query` drops the diacritics or changes case.
const CASES: &[Case] = &[
    case("en", "en", "collected", "collecting"),
    case("ms", "ms", "mengumpul", "pengumpulan"),
    case("id", "ms", "mengumpulkan", "dikumpulkan"),
    case("ar", "ar", "الخدمات", "الخدمة"),
    case("da", "da", "oplysningerne", "oplysninger"),
    case("de", "de", "Informationen", "Information"),
    case("el", "el", "δεδομένα", "δεδομένων"),
    case("es", "es", "compartimos", "compartir"),
    case("fi", "fi", "henkilötietojasi", "henkilötietoja"),
    case("fr", "fr", "conservées", "conserver"),
    case("hu", "hu", "adatokat", "adatok"),
    case("it", "it", "raccogliamo", "raccogliere"),
    case("nl", "nl", "bestellingen", "bestelling"),
    case("no", "no", "opplysningene", "opplysninger"),
    case("pt", "pt", "coletamos", "coletar"),
    case("ro", "ro", "informațiile", "informații"),
    case("ru", "ru", "данных", "данные"),
    case("sv", "sv", "personuppgifterna", "personuppgifter"),
    case("ta", "ta", "தரவுகளை", "தரவு"),
    case("tr", "tr", "bilgilerinizi", "bilgiler"),
    case("pl", "simple", "prywatność", "prywatnosc"),
    case("pl", "simple", "prywatność", "PRYWATNOŚĆ"),
    case("cs", "simple", "údajů", "udaju"),
    case("cs", "simple", "údajů", "ÚDAJŮ"),
];

fn fixtures_dir() -> PathBuf {
    fixture("lang")
}

fn fixture_path(lang: &str) -> PathBuf {
    fixtures_dir().join(format!("{lang}.txt"))
}

/// The fixture languages, each once.
fn langs() -> BTreeSet<&'static str> {
    CASES.iter().map(|c| c.lang).collect()
}

fn terms(analyzer: &Analyzer, text: &str) -> Vec<String> {
    analyze(analyzer, text)
        .into_iter()
        .map(|t| t.term)
        .collect()
}

fn analyzer(key: &str) -> &'static Analyzer {
    ANALYZERS.iter().find(|a| a.key == key).expect("analyzer")
}

/// A temporary corpus of all the fixtures, indexed once for every test.
struct Shared {
    _corpus: tempfile::TempDir,
    index: IndexedCorpus,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let corpus = tempfile::tempdir().expect("temp corpus");
        for lang in langs() {
            fs::copy(
                fixture_path(lang),
                corpus.path().join(format!("{lang}.txt")),
            )
            .unwrap_or_else(|e| panic!("copy {lang}.txt: {e}"));
        }
        let index = IndexedCorpus::of(corpus.path());
        Shared {
            _corpus: corpus,
            index,
        }
    })
}

fn str_field<'a>(hit: &'a Value, key: &str) -> &'a str {
    hit[key]
        .as_str()
        .unwrap_or_else(|| panic!("no {key} in {hit}"))
}

/// Whether a hit is the fixture's clause holding the written form, matched
/// through that very word.
fn is_expected_hit(case: &Case, hit: &Value) -> bool {
    let written = case.written.to_lowercase();
    str_field(hit, "path") == format!("{}.txt", case.lang)
        && str_field(hit, "lang") == case.lang
        && str_field(hit, "clause").to_lowercase().contains(&written)
        && hit["matched"].as_array().is_some_and(|m| {
            m.iter()
                .any(|w| w.as_str().map(str::to_lowercase) == Some(written.clone()))
        })
}

fn describe(hits: &[Value]) -> String {
    hits.iter()
        .map(|h| {
            format!(
                "  [{}] {} {:?} matched {}",
                h["lang"], h["path"], h["clause"], h["matched"]
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn assert_no_failures(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_analyzer_and_every_fixture_has_a_case() {
    let covered: BTreeSet<&str> = CASES.iter().map(|c| c.analyzer).collect();
    let all: BTreeSet<&str> = ANALYZERS.iter().map(|a| a.key).collect();
    assert_eq!(covered, all, "analyzers without a language case");
    // At least two languages go through `simple`.
    let simple: BTreeSet<&str> = CASES
        .iter()
        .filter(|c| c.analyzer == "simple")
        .map(|c| c.lang)
        .collect();
    assert!(simple.len() >= 2, "{simple:?}");

    let mut on_disk: Vec<String> = fs::read_dir(fixtures_dir())
        .expect("fixture folder")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let expected: Vec<String> = langs().iter().map(|l| format!("{l}.txt")).collect();
    assert_eq!(
        on_disk, expected,
        "fixtures without a case, or cases without a fixture"
    );
}

/// The word pairs are sound before the binary is involved: routed to the
/// expected analyzer, conflated by it, not conflated by the wrong one, and
/// the fixture holds the written form but never the queried one.
#[test]
fn word_pairs_need_their_own_analyzer() {
    let mut failures = Vec::new();
    for c in CASES {
        let own = Analyzer::for_lang(c.lang);
        if own.key != c.analyzer {
            failures.push(format!(
                "{}: routed to {}, not {}",
                c.lang, own.key, c.analyzer
            ));
            continue;
        }
        let written = terms(own, c.written);
        let query = terms(own, c.query);
        if written.len() != 1 || written != query {
            failures.push(format!(
                "{}: {} analyses {:?} to {written:?} but {:?} to {query:?}",
                c.lang, own.key, c.written, c.query
            ));
        }
        if c.written == c.query {
            failures.push(format!("{}: the query is the written form", c.lang));
        }
        // A wrong analyzer must not conflate the pair, or the end-to-end
        // tests below could pass with it.
        let wrong: &[&str] = match c.analyzer {
            "simple" => &[],
            "en" => &["simple"],
            _ => &["en", "simple"],
        };
        for key in wrong {
            let other = analyzer(key);
            if terms(other, c.written) == terms(other, c.query) {
                failures.push(format!(
                    "{}: the {key} analyzer also conflates {:?} and {:?}",
                    c.lang, c.written, c.query
                ));
            }
        }
        let text = fs::read_to_string(fixture_path(c.lang)).expect("fixture");
        let words = words(&text);
        if !words.contains(&c.written.to_lowercase()) {
            failures.push(format!("{}.txt does not contain {:?}", c.lang, c.written));
        }
        // A case check may write the word in another case; any other query
        // form must not be written at all.
        let case_only = c.query.to_lowercase() == c.written.to_lowercase();
        let spelled = if case_only {
            text.split(|ch: char| !ch.is_alphanumeric())
                .any(|w| w == c.query)
        } else {
            words.contains(&c.query.to_lowercase())
        };
        if spelled {
            failures.push(format!(
                "{}.txt already contains the query {:?}",
                c.lang, c.query
            ));
        }
    }
    assert_no_failures(failures);
}

#[test]
fn fixtures_are_detected_as_their_language() {
    let mut failures = Vec::new();
    for lang in langs() {
        let path = fixture_path(lang);
        let run = run(&["inspect", path.to_str().unwrap(), "--json"], &root());
        if run.code() != 0 {
            failures.push(format!("{lang}: inspect failed: {}", run.stderr()));
            continue;
        }
        let policy = run.json();
        if policy["lang"] != lang {
            failures.push(format!(
                "{lang}.txt detected as {} (confidence {})",
                policy["lang"], policy["lang_confidence"]
            ));
        }
        // Sections are indexed under their own language: each must agree.
        for section in policy["sections"].as_array().expect("sections") {
            if section["lang"] != lang {
                failures.push(format!(
                    "{lang}.txt: section {} detected as {}",
                    section["heading"], section["lang"]
                ));
            }
        }
    }
    assert_no_failures(failures);
}

#[test]
fn another_form_is_found_with_the_language_filter() {
    let index = &shared().index;
    let mut failures = Vec::new();
    for c in CASES {
        let (code, hits) = index.query(c.query, &["--lang", c.lang, "--limit", "50"]);
        if code != 0 {
            failures.push(format!(
                "{}: {:?} --lang {}: no hits",
                c.lang, c.query, c.lang
            ));
            continue;
        }
        if let Some(stray) = hits
            .iter()
            .find(|h| h["lang"] != c.lang || str_field(h, "path") != format!("{}.txt", c.lang))
        {
            failures.push(format!(
                "{}: {:?} --lang {}: hit outside the language: {stray}",
                c.lang, c.query, c.lang
            ));
        }
        if !hits.iter().any(|h| is_expected_hit(c, h)) {
            failures.push(format!(
                "{}: {:?} --lang {}: no hit on {:?}:\n{}",
                c.lang,
                c.query,
                c.lang,
                c.written,
                describe(&hits)
            ));
        }
    }
    assert_no_failures(failures);
}

/// Without `--lang` the query is analysed with every analyzer, each against
/// its own fields: the language's file must still be among the hits.
#[test]
fn another_form_is_found_without_the_language_filter() {
    let index = &shared().index;
    let mut failures = Vec::new();
    for c in CASES {
        let (code, hits) = index.query(c.query, &["--limit", "50"]);
        if code != 0 {
            failures.push(format!("{}: {:?}: no hits", c.lang, c.query));
            continue;
        }
        if !hits.iter().any(|h| is_expected_hit(c, h)) {
            failures.push(format!(
                "{}: {:?}: no hit on {:?} in {}.txt:\n{}",
                c.lang,
                c.query,
                c.written,
                c.lang,
                describe(&hits)
            ));
        }
    }
    assert_no_failures(failures);
}
