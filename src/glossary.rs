//! A curated English ↔ Malay glossary of privacy-policy vocabulary, for
//! cross-language query expansion: an English query finds clauses of Malay
//! policies that say the same thing, and vice versa.
//!
//! The data lives in `glossary.tsv` beside this file (embedded at compile
//! time): a tab-separated header `en ms note`, then one concept per line:
//! the English term or phrase, one or more Malay equivalents separated by
//! `|`, and an optional note. Common Indonesian forms that differ from Malay are listed
//! as extra alternatives and named in the note as `id: form, form`
//! (see [`Entry::is_indonesian`]).
//!
//! Matching is done on normalised keys: [`GlossaryIndex::new`] takes the
//! caller's normaliser (typically its stemming analyzer, terms joined by a
//! single space) and applies it to both glossary sides once, and to every
//! looked-up phrase. A multi-word glossary phrase is one key, so phrases
//! stay phrases: "third parties" gives "pihak ketiga", not two words.
//!
//! Search keeps every phrase's analysed key in `src/search/glossary-keys.tsv`
//! (see [`Keys`]): after editing `glossary.tsv`, rewrite it with
//! `POLIDX_WRITE_TABLES=1 cargo test --lib table_is_what`.

use std::borrow::Cow;
use std::collections::HashSet;

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The raw glossary table.
const GLOSSARY_TSV: &str = include_str!("glossary.tsv");

/// Separator between alternatives in the `ms` column.
const ALT_SEP: char = '|';

/// One concept: an English term and its Malay (and Indonesian) equivalents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub en: &'static str,
    /// Malay forms, preferred first; may include Indonesian forms
    /// (named in the note).
    pub ms: Vec<&'static str>,
    /// Free text; may contain `id: form, form` (parts separated by `;`).
    pub note: &'static str,
}

impl Entry {
    /// The Indonesian forms named in the note (`id: a, b`).
    pub fn indonesian_forms(&self) -> Vec<&'static str> {
        self.note
            .split(';')
            .filter_map(|part| part.trim().strip_prefix("id:"))
            .flat_map(|forms| forms.split(','))
            .map(str::trim)
            .filter(|form| !form.is_empty())
            .collect()
    }

    /// Whether `form` (one of [`Entry::ms`]) is marked as Indonesian.
    pub fn is_indonesian(&self, form: &str) -> bool {
        self.indonesian_forms().contains(&form)
    }
}

/// All entries, in file order, parsed once.
///
/// Panics if the embedded table is malformed; the unit tests make sure it
/// is not.
pub fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| parse(GLOSSARY_TSV).unwrap_or_else(|e| panic!("glossary.tsv: {e}")))
}

/// Parses the glossary table. Blank lines are skipped; every other line
/// needs a non-empty English term and at least one non-empty Malay form.
fn parse(text: &'static str) -> Result<Vec<Entry>, String> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, header)) if header.trim_end() == "en\tms\tnote" => {}
        other => return Err(format!("bad header {:?}", other.map(|(_, h)| h))),
    }
    let mut out = Vec::new();
    for (i, line) in lines {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&'static str> = line.split('\t').collect();
        if !(2..=3).contains(&fields.len()) {
            return Err(format!("line {}: expected 2 or 3 fields", i + 1));
        }
        let en = fields[0].trim();
        let ms: Vec<&'static str> = fields[1].split(ALT_SEP).map(str::trim).collect();
        if en.is_empty() || ms.iter().any(|m| m.is_empty()) {
            return Err(format!("line {}: empty term", i + 1));
        }
        let note = fields.get(2).map_or("", |n| n.trim());
        out.push(Entry { en, ms, note });
    }
    Ok(out)
}

/// Lowercases and collapses whitespace; hyphens are kept. The default
/// normaliser, for tests and callers without an analyzer.
pub fn plain_normalize(_lang: &str, text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The glossary side a language code looks up: "en", or "ms" for Malay
/// and Indonesian. `None` for any other language.
fn side(lang: &str) -> Option<&'static str> {
    match lang {
        "en" => Some("en"),
        "ms" | "id" => Some("ms"),
        _ => None,
    }
}

/// A glossary phrase found in a run of normalised terms by
/// [`GlossaryIndex::find_phrases`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Term range `start..end` of the match.
    pub start: usize,
    pub end: usize,
    /// As [`GlossaryIndex::translate`] would return for the phrase.
    pub translations: Vec<(&'static str, &'static str)>,
}

/// The normalised key of every glossary phrase, in entry order: one
/// English key and one key per Malay form of each entry.
///
/// Working them out means stemming about a thousand phrases, several times
/// what a whole query costs, so callers whose normaliser is fixed at
/// compile time can keep them in a table ([`Keys::to_table`]) and read it
/// back without copying ([`Keys::from_table`]), with a test that the table
/// is up to date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    pub en: Vec<Cow<'static, str>>,
    pub ms: Vec<Vec<Cow<'static, str>>>,
}

impl Keys {
    /// One line per entry: the English key, a tab, the Malay keys
    /// separated by `|` (analysed terms hold neither).
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        for (en, ms) in self.en.iter().zip(&self.ms) {
            out.push_str(en);
            out.push('\t');
            out.push_str(&ms.join("|"));
            out.push('\n');
        }
        out
    }

    /// Reads [`Keys::to_table`]'s output back. `None` unless it has one
    /// line per entry: a table written for another glossary. (Checking each
    /// line's forms would mean parsing the glossary, which a query that
    /// finds no glossary phrase never needs; the test that keeps the table
    /// current checks them.)
    pub fn from_table(table: &'static str) -> Option<Keys> {
        let count = entry_count();
        let mut keys = Keys {
            en: Vec::with_capacity(count),
            ms: Vec::with_capacity(count),
        };
        for line in table.lines() {
            let (en, ms) = line.split_once('\t')?;
            keys.en.push(Cow::Borrowed(en));
            keys.ms.push(ms.split('|').map(Cow::Borrowed).collect());
        }
        (keys.en.len() == count).then_some(keys)
    }
}

/// The number of entries, counted without parsing them.
fn entry_count() -> usize {
    GLOSSARY_TSV
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .count()
}

/// Both glossary sides keyed by a caller's normaliser, built once.
///
/// The normaliser is a type parameter, so an index built with a function
/// or a non-capturing closure can live in a `static OnceLock`.
pub struct GlossaryIndex<N> {
    normalize: N,
    /// Normalised English key of each entry.
    en_keys: Vec<Cow<'static, str>>,
    /// Normalised key of each Malay form of each entry.
    ms_keys: Vec<Vec<Cow<'static, str>>>,
    /// English key → entries, in glossary order.
    by_en: FxHashMap<Cow<'static, str>, Vec<usize>>,
    /// Malay key → entries, in glossary order.
    by_ms: FxHashMap<Cow<'static, str>, Vec<usize>>,
    /// Longest key, in space-separated terms, on each side.
    max_en_terms: usize,
    max_ms_terms: usize,
}

impl<N: Fn(&str, &str) -> String> GlossaryIndex<N> {
    /// Normalises every glossary phrase with `normalize(lang, text)` (lang
    /// "en" or "ms") and indexes both sides. Phrases that normalise to
    /// nothing are not indexed.
    pub fn new(normalize: N) -> Self {
        let all = entries();
        let keys = Keys {
            en: all
                .iter()
                .map(|e| Cow::Owned(normalize("en", e.en)))
                .collect(),
            ms: all
                .iter()
                .map(|e| {
                    e.ms.iter()
                        .map(|m| Cow::Owned(normalize("ms", m)))
                        .collect()
                })
                .collect(),
        };
        Self::with_keys(normalize, keys)
    }

    /// As [`GlossaryIndex::new`], with every phrase's key worked out
    /// beforehand (they must be what `normalize` gives; see [`Keys`]).
    pub fn with_keys(normalize: N, keys: Keys) -> Self {
        let Keys {
            en: en_keys,
            ms: ms_keys,
        } = keys;
        let mut by_en = FxHashMap::default();
        let mut by_ms = FxHashMap::default();
        by_en.reserve(en_keys.len());
        by_ms.reserve(ms_keys.iter().map(Vec::len).sum());
        for (i, key) in en_keys.iter().enumerate() {
            add(&mut by_en, key.clone(), i);
        }
        for (i, keys) in ms_keys.iter().enumerate() {
            for key in keys {
                add(&mut by_ms, key.clone(), i);
            }
        }
        let terms = |map: &FxHashMap<Cow<'static, str>, Vec<usize>>| {
            map.keys().map(|k| k.split(' ').count()).max().unwrap_or(0)
        };
        let (max_en_terms, max_ms_terms) = (terms(&by_en), terms(&by_ms));
        GlossaryIndex {
            normalize,
            en_keys,
            ms_keys,
            by_en,
            by_ms,
            max_en_terms,
            max_ms_terms,
        }
    }

    /// The key of every phrase, as [`GlossaryIndex::new`] worked them out.
    pub fn keys(&self) -> Keys {
        Keys {
            en: self.en_keys.clone(),
            ms: self.ms_keys.clone(),
        }
    }

    /// Phrases in the other language for `phrase` in `lang` ("en", or "ms";
    /// "id" is treated as "ms"; anything else finds nothing): pairs of
    /// (target language, phrase as written in the glossary), in glossary
    /// order. Forms whose normalised keys coincide are given once (the
    /// first), since they match the same text.
    pub fn translate(&self, phrase: &str, lang: &str) -> Vec<(&'static str, &'static str)> {
        match side(lang) {
            Some(side) => self.translate_key(&(self.normalize)(side, phrase), side),
            None => Vec::new(),
        }
    }

    /// As [`GlossaryIndex::translate`], for a phrase already normalised
    /// (terms joined by one space).
    pub fn translate_key(&self, key: &str, lang: &str) -> Vec<(&'static str, &'static str)> {
        let Some(side) = side(lang) else {
            return Vec::new();
        };
        let map = if side == "en" {
            &self.by_en
        } else {
            &self.by_ms
        };
        let Some(hits) = map.get(key) else {
            return Vec::new();
        };
        let all = entries();
        let mut seen: HashSet<&str> = HashSet::new();
        let mut out = Vec::new();
        for &i in hits {
            if side == "en" {
                for (form, form_key) in all[i].ms.iter().zip(&self.ms_keys[i]) {
                    if !form_key.is_empty() && seen.insert(form_key) {
                        out.push(("ms", *form));
                    }
                }
            } else if seen.insert(&self.en_keys[i]) {
                out.push(("en", all[i].en));
            }
        }
        out
    }

    /// Finds glossary phrases in a run of normalised `terms` (a query as the
    /// normaliser's analyzer splits it), longest match first, left to right,
    /// without overlaps.
    pub fn find_phrases<S: AsRef<str>>(&self, terms: &[S], lang: &str) -> Vec<PhraseMatch> {
        let max = match side(lang) {
            Some("en") => self.max_en_terms,
            Some(_) => self.max_ms_terms,
            None => return Vec::new(),
        };
        let mut out = Vec::new();
        let mut start = 0;
        while start < terms.len() {
            let longest = max.min(terms.len() - start);
            let found = (1..=longest).rev().find_map(|len| {
                let key = terms[start..start + len]
                    .iter()
                    .map(AsRef::as_ref)
                    .collect::<Vec<_>>()
                    .join(" ");
                let translations = self.translate_key(&key, lang);
                (!translations.is_empty()).then_some((len, translations))
            });
            match found {
                Some((len, translations)) => {
                    out.push(PhraseMatch {
                        start,
                        end: start + len,
                        translations,
                    });
                    start += len;
                }
                None => start += 1,
            }
        }
        out
    }
}

fn add(map: &mut FxHashMap<Cow<'static, str>, Vec<usize>>, key: Cow<'static, str>, entry: usize) {
    if key.is_empty() {
        return;
    }
    let list = map.entry(key).or_default();
    if list.last() != Some(&entry) {
        list.push(entry);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A crude stemmer: English plural "s"; Malay "meN-" and "-kan".
    fn crude(lang: &str, text: &str) -> String {
        let stem = |w: &str| -> String {
            let w = w.to_lowercase();
            if lang == "en" {
                match w.strip_suffix('s') {
                    Some(s) if s.len() >= 3 && !s.ends_with('s') => return s.to_string(),
                    _ => return w,
                }
            }
            let mut s = w.as_str();
            for prefix in ["meng", "meny", "mem", "men", "me"] {
                if let Some(rest) = s.strip_prefix(prefix) {
                    if rest.len() >= 3 {
                        s = rest;
                        break;
                    }
                }
            }
            if let Some(rest) = s.strip_suffix("kan") {
                if rest.len() >= 3 {
                    s = rest;
                }
            }
            s.to_string()
        };
        text.split_whitespace()
            .map(stem)
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn plain() -> GlossaryIndex<fn(&str, &str) -> String> {
        GlossaryIndex::new(plain_normalize)
    }

    fn phrases(pairs: Vec<(&'static str, &'static str)>) -> Vec<&'static str> {
        pairs.into_iter().map(|(_, p)| p).collect()
    }

    #[test]
    fn parses_enough_clean_entries() {
        let all = entries();
        assert!(all.len() >= 170, "only {} entries", all.len());
        let mut seen = HashSet::new();
        for e in all {
            assert!(!e.en.trim().is_empty());
            assert_eq!(e.en, e.en.trim());
            assert!(!e.ms.is_empty(), "{}: no Malay form", e.en);
            for m in &e.ms {
                assert!(!m.is_empty() && *m == m.trim(), "{}: bad form {m:?}", e.en);
            }
            let unique: HashSet<_> = e.ms.iter().collect();
            assert_eq!(unique.len(), e.ms.len(), "{}: repeated form", e.en);
            assert!(
                seen.insert(e.en.to_lowercase()),
                "duplicate English key {}",
                e.en
            );
        }
    }

    #[test]
    fn indonesian_forms_in_notes_are_listed_alternatives() {
        let mut count = 0;
        for e in entries() {
            for form in e.indonesian_forms() {
                assert!(e.ms.contains(&form), "{}: note names {form:?}", e.en);
                count += 1;
            }
            // The preferred (first) form is always Malay.
            assert!(!e.is_indonesian(e.ms[0]), "{}", e.en);
        }
        assert!(count > 20);
        let policy = entries().iter().find(|e| e.en == "privacy policy").unwrap();
        assert!(policy.is_indonesian("kebijakan privasi"));
        assert!(!policy.is_indonesian("dasar privasi"));
    }

    #[test]
    fn rejects_malformed_tables() {
        assert!(parse("en\tms\tnote\nfoo\tbar\t\n").is_ok());
        assert!(parse("en\tms\tnote\nfoo\tbar\n").is_ok());
        assert!(parse("en\tms\nfoo\tbar\n").is_err());
        assert!(parse("en\tms\tnote\nfoo\n").is_err());
        assert!(parse("en\tms\tnote\n\tbar\t\n").is_err());
        assert!(parse("en\tms\tnote\nfoo\tbar||baz\t\n").is_err());
    }

    #[test]
    fn plain_normalize_lowercases_and_collapses() {
        assert_eq!(plain_normalize("ms", "  Alamat   E-mel\t"), "alamat e-mel");
    }

    #[test]
    fn english_to_malay() {
        let idx = plain();
        let t = |p| phrases(idx.translate(p, "en"));
        assert_eq!(t("third parties"), ["pihak ketiga"]);
        assert_eq!(t("Third  Party"), ["pihak ketiga"]);
        assert_eq!(t("sell"), ["jual", "menjual"]);
        // Some Malay text leaves "cookies" untranslated.
        assert_eq!(t("cookies"), ["kuki", "cookies"]);
        assert!(t("disclose").starts_with(&["dedah", "mendedahkan"]));
        assert!(t("retain").contains(&"simpan"));
        assert_eq!(t("children"), ["kanak-kanak", "anak-anak"]);
        assert!(t("personal information").contains(&"maklumat peribadi"));
        assert!(t("privacy policy").contains(&"dasar privasi"));
        assert!(idx
            .translate("sell", "en")
            .iter()
            .all(|(lang, _)| *lang == "ms"));
        assert!(t("no such phrase").is_empty());
    }

    #[test]
    fn malay_to_english() {
        let idx = plain();
        let t = |p| phrases(idx.translate(p, "ms"));
        assert_eq!(t("pihak ketiga"), ["third party", "third parties"]);
        assert_eq!(t("jual"), ["sell"]);
        assert_eq!(t("menjual"), ["sell"]);
        assert_eq!(t("kuki"), ["cookies"]);
        assert_eq!(t("dedah"), ["disclose"]);
        assert_eq!(t("mendedahkan"), ["disclose"]);
        assert!(t("simpan").contains(&"retain"));
        assert!(t("simpan").contains(&"store"));
        assert_eq!(t("kanak-kanak"), ["children", "child"]);
        assert!(t("maklumat peribadi").contains(&"personal information"));
        assert!(idx
            .translate("kuki", "ms")
            .iter()
            .all(|(lang, _)| *lang == "en"));
    }

    #[test]
    fn indonesian_is_looked_up_as_malay() {
        let idx = plain();
        assert_eq!(
            phrases(idx.translate("kebijakan privasi", "id")),
            ["privacy policy"]
        );
        assert_eq!(
            idx.translate("pihak ketiga", "id"),
            idx.translate("pihak ketiga", "ms")
        );
        assert!(idx.translate("pihak ketiga", "fr").is_empty());
        assert!(idx.translate("third parties", "de").is_empty());
    }

    #[test]
    fn phrases_stay_phrases() {
        let idx = plain();
        assert_eq!(
            idx.translate("third parties", "en"),
            [("ms", "pihak ketiga")]
        );
        // The words alone are not glossary phrases.
        assert!(idx.translate("pihak", "ms").is_empty());
        assert!(idx.translate("ketiga", "ms").is_empty());
    }

    #[test]
    fn no_duplicates_in_results() {
        let idx = plain();
        for e in entries() {
            for (lang, phrase) in [("en", e.en)]
                .into_iter()
                .chain(e.ms.iter().map(|m| ("ms", *m)))
            {
                let got = idx.translate(phrase, lang);
                let unique: HashSet<_> = got.iter().collect();
                assert_eq!(unique.len(), got.len(), "{phrase}: {got:?}");
                assert!(!got.is_empty(), "{phrase} finds nothing");
            }
        }
    }

    #[test]
    fn crude_stemmer_bridges_inflections() {
        let idx = GlossaryIndex::new(crude);
        assert_eq!(phrases(idx.translate("cookie", "en"))[0], "kuki");
        assert_eq!(phrases(idx.translate("menjual", "ms")), ["sell"]);
        // "jual" and "menjual" share a key, so only the first is given.
        assert_eq!(phrases(idx.translate("sells", "en")), ["jual"]);
        assert!(phrases(idx.translate("mendedahkan", "ms")).contains(&"disclose"));
        assert!(phrases(idx.translate("third party", "en")).contains(&"pihak ketiga"));
    }

    /// A table as a caller would embed it.
    fn embedded(table: String) -> &'static str {
        Box::leak(table.into_boxed_str())
    }

    #[test]
    fn a_key_table_reads_back_to_the_same_index() {
        let computed = GlossaryIndex::new(crude);
        let table = embedded(computed.keys().to_table());
        let keys = Keys::from_table(table).expect("table reads back");
        assert_eq!(keys, computed.keys());
        let read = GlossaryIndex::with_keys(crude, keys);
        for phrase in ["cookie", "sells", "third party", "no such phrase"] {
            assert_eq!(
                read.translate(phrase, "en"),
                computed.translate(phrase, "en")
            );
        }
        assert_eq!(
            read.translate("menjual", "ms"),
            computed.translate("menjual", "ms")
        );
    }

    #[test]
    fn a_key_table_for_another_glossary_is_refused() {
        let table = plain().keys().to_table();
        let mut lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), entries().len());
        assert!(Keys::from_table(embedded(lines.join("\n"))).is_some());
        lines.pop();
        let short = embedded(lines.join("\n"));
        assert!(Keys::from_table(short).is_none(), "a line short");
        let extra = embedded(format!("{table}x\ty\n"));
        assert!(Keys::from_table(extra).is_none(), "a line over");
        let no_tab = embedded(table.replacen('\t', " ", 1));
        assert!(Keys::from_table(no_tab).is_none(), "a line without its tab");
        assert!(Keys::from_table("").is_none());
    }

    #[test]
    fn empty_keys_are_not_indexed() {
        let idx = GlossaryIndex::new(|lang: &str, text: &str| {
            if lang == "ms" && text == "kuki" {
                String::new()
            } else {
                plain_normalize(lang, text)
            }
        });
        assert_eq!(idx.translate("cookies", "en"), [("ms", "cookies")]);
        assert!(idx.translate("kuki", "ms").is_empty());
        assert!(idx.translate("", "ms").is_empty());
    }

    #[test]
    fn finds_phrases_in_a_query() {
        let idx = plain();
        let terms = [
            "do",
            "you",
            "sell",
            "personal",
            "information",
            "to",
            "third",
            "parties",
        ];
        let found = idx.find_phrases(&terms, "en");
        let spans: Vec<_> = found.iter().map(|m| (m.start, m.end)).collect();
        assert_eq!(spans, [(2, 3), (3, 5), (6, 8)]);
        assert_eq!(found[2].translations, [("ms", "pihak ketiga")]);
        let ms = ["kami", "tidak", "menjual", "data", "peribadi", "anda"];
        let found = idx.find_phrases(&ms, "ms");
        let spans: Vec<_> = found.iter().map(|m| (m.start, m.end)).collect();
        assert_eq!(spans, [(2, 3), (3, 5)]);
        assert!(idx.find_phrases(&terms, "xx").is_empty());
        assert!(idx.find_phrases::<&str>(&[], "en").is_empty());
    }

    /// Every privacy concept of the Malay corpus policy
    /// `corpus/002_e4a214cb1e8f383f.txt`, in a form found there, is
    /// reachable from English.
    #[test]
    fn malay_corpus_policy_concepts_are_covered() {
        let idx = plain();
        let cases = [
            ("pihak ketiga", "third parties"),
            ("menjual", "sell"),
            ("menyewa", "rent"),
            ("kuki", "cookies"),
            ("mendedahkan", "disclose"),
            ("pendedahan", "disclosure"),
            ("menyimpan", "store"),
            ("menyimpan", "retain"),
            ("penyimpanan", "retention"),
            ("pengekalan", "retention"),
            ("keselamatan", "security"),
            ("pelayan", "server"),
            ("persetujuan", "consent"),
            ("menarik balik persetujuan", "withdraw consent"),
            ("hak", "rights"),
            ("pemasaran", "marketing"),
            ("iklan", "advertising"),
            ("penyedia perkhidmatan", "service provider"),
            (
                "penyedia perkhidmatan Internet",
                "Internet service provider",
            ),
            (
                "agensi penguatkuasaan undang-undang",
                "law enforcement agency",
            ),
            ("penguatkuasa undang-undang", "law enforcement"),
            ("kerajaan", "government"),
            ("sekutu", "affiliate"),
            ("gabungan", "affiliate"),
            ("anak syarikat", "subsidiary"),
            ("dasar privasi", "privacy policy"),
            ("polisi privasi", "privacy policy"),
            ("maklumat peribadi", "personal information"),
            ("data peribadi", "personal data"),
            ("alamat e-mel", "email address"),
            ("alamat IP", "IP address"),
            ("alamat protokol Internet", "IP address"),
            ("nombor telefon", "phone number"),
            ("alamat pengebilan", "billing address"),
            ("alamat penghantaran", "shipping address"),
            ("butiran kenalan", "contact details"),
            ("penyemak imbas", "browser"),
            ("jenis penyemak imbas", "browser type"),
            ("peranti", "device"),
            ("akaun", "account"),
            ("mengumpul", "collect"),
            ("pengumpulan", "collection"),
            ("menggunakan", "use"),
            ("penggunaan", "usage"),
            ("memproses", "process"),
            ("pemprosesan", "processing"),
            ("melindungi", "protect"),
            ("memindahkan", "transfer"),
            ("pemindahan", "transfer"),
            ("akses", "access"),
            ("mengakses", "access"),
            ("kemas kini", "update"),
            ("berhenti melanggan", "unsubscribe"),
            ("senarai mel", "mailing list"),
            ("membantah", "object"),
            ("pembetulan", "rectification"),
            ("permintaan", "request"),
            ("tujuan", "purpose"),
            ("undang-undang", "law"),
            ("kewajipan undang-undang", "legal obligation"),
            ("keperluan undang-undang", "legal requirement"),
            ("tuntutan undang-undang", "legal claims"),
            ("proses undang-undang", "legal process"),
            ("perintah mahkamah", "court order"),
            ("sepina", "subpoena"),
            ("kepentingan sah", "legitimate interest"),
            ("dasar sah", "legal basis"),
            ("negara", "country"),
            ("bidang kuasa", "jurisdiction"),
            ("rentas sempadan", "cross-border"),
            ("pangkalan data", "database"),
            ("sandaran", "backup"),
            ("fail log", "log files"),
            ("zon masa", "time zone"),
            ("sistem operasi", "operating system"),
            ("dalam talian", "online"),
            ("pelanggaran", "breach"),
            ("penipuan", "fraud"),
            ("pengambilalihan", "acquisition"),
            ("penggabungan", "merger"),
            ("pelanggan", "customer"),
            ("pengguna", "user"),
            ("pelawat", "visitor"),
            ("laman web", "website"),
            ("syarikat", "company"),
            ("pekerja", "employee"),
            ("penasihat profesional", "professional advisers"),
            ("penanggung insurans", "insurer"),
            ("organisasi", "organisation"),
            ("media sosial", "social media"),
            ("komunikasi", "communications"),
            ("pautan", "link"),
            ("pemalam", "plugin"),
            ("aplikasi", "application"),
            ("notis privasi", "privacy notice"),
            ("kenyataan privasi", "privacy statement"),
            ("terma dan syarat", "terms and conditions"),
            ("maklum balas", "feedback"),
            ("khidmat pelanggan", "customer service"),
            ("mengesahkan", "verify"),
            ("mengenal pasti", "identify"),
            ("menjejaki", "track"),
            ("menganalisis", "analyse"),
            ("sejarah pekerjaan", "employment history"),
            ("sejarah pembelian", "purchase history"),
            ("butiran kad", "card details"),
            ("data demografi", "demographic information"),
            ("data pengguna", "user data"),
            ("data pemasaran", "marketing data"),
            ("data pelanggan", "customer data"),
            ("data teknikal", "technical data"),
            ("promosi", "promotion"),
            ("pertandingan", "contest"),
            ("percuma", "free of charge"),
            ("Kesatuan Eropah", "European Union"),
            ("Amerika Syarikat", "United States"),
            (
                "Peraturan Perlindungan Data Am",
                "General Data Protection Regulation",
            ),
            ("integriti data", "data integrity"),
            ("munasabah", "reasonable"),
            ("adil", "fair"),
            ("ketepatan", "accuracy"),
            ("salinan", "copy"),
            ("pilihan", "choice"),
            ("kawalan", "control"),
            ("risiko", "risk"),
            ("mematuhi", "comply"),
            ("pematuhan", "compliance"),
            ("menyekat", "restrict"),
            ("memadam", "delete"),
            ("memusnahkan", "destroy"),
            ("perubahan", "change"),
            ("notis", "notice"),
            ("penyulitan", "encryption"),
        ];
        let mut missing = Vec::new();
        for (ms, en) in cases {
            let back = phrases(idx.translate(ms, "ms"));
            let forth = phrases(idx.translate(en, "en"));
            let ms_key = plain_normalize("ms", ms);
            if !back.contains(&en) || !forth.iter().any(|f| plain_normalize("ms", f) == ms_key) {
                missing.push((ms, en, back, forth));
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }
}
