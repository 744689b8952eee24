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
    en: Vec<Cow<'static, str>>,
    /// The Malay keys of all entries, one entry's after another's (one
    /// list, not one per entry: reading the table runs at query start).
    ms: Vec<Cow<'static, str>>,
    /// Where each entry's Malay keys start in `ms`, and one past the last.
    ms_start: Vec<u32>,
}

impl Keys {
    fn with_capacity(entries: usize) -> Keys {
        let mut ms_start = Vec::with_capacity(entries + 1);
        ms_start.push(0);
        Keys {
            en: Vec::with_capacity(entries),
            ms: Vec::with_capacity(entries * 3),
            ms_start,
        }
    }

    fn push<M: Into<Cow<'static, str>>>(
        &mut self,
        en: impl Into<Cow<'static, str>>,
        ms: impl IntoIterator<Item = M>,
    ) {
        self.en.push(en.into());
        self.ms.extend(ms.into_iter().map(Into::into));
        self.ms_start.push(self.ms.len() as u32);
    }

    fn len(&self) -> usize {
        self.en.len()
    }

    /// The Malay keys of entry `i`.
    fn ms_of(&self, i: usize) -> &[Cow<'static, str>] {
        &self.ms[self.ms_start[i] as usize..self.ms_start[i + 1] as usize]
    }

    /// One line per entry: the English key, a tab, the Malay keys
    /// separated by `|` (analysed terms hold neither).
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        for (i, en) in self.en.iter().enumerate() {
            out.push_str(en);
            out.push('\t');
            out.push_str(&self.ms_of(i).join("|"));
            out.push('\n');
        }
        out
    }

    /// Reads [`Keys::to_table`]'s output back. `None` unless it has one
    /// line per entry: a table written for another glossary. (Checking each
    /// line's forms would mean parsing the glossary, which a query that
    /// finds no glossary phrase never needs; the test that keeps the table
    /// current checks them.)
    ///
    /// One pass over the bytes: splitting line by line, then at the tab,
    /// then at each `|` cost a query several times more.
    pub fn from_table(table: &'static str) -> Option<Keys> {
        let mut keys = Keys::with_capacity(ENTRY_COUNT);
        let bytes = table.as_bytes();
        let mut start = 0;
        let mut en: Option<&'static str> = None;
        // Every cut is at an ASCII byte, so every slice is whole characters.
        for (i, &byte) in bytes.iter().enumerate() {
            match byte {
                b'\t' if en.is_none() => {
                    en = Some(&table[start..i]);
                    start = i + 1;
                }
                b'|' if en.is_some() => {
                    keys.ms.push(Cow::Borrowed(&table[start..i]));
                    start = i + 1;
                }
                b'\n' => {
                    let end = if i > start && bytes[i - 1] == b'\r' {
                        i - 1
                    } else {
                        i
                    };
                    keys.push(en.take()?, [&table[start..end]]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        if start < bytes.len() {
            keys.push(en.take()?, [&table[start..]]);
        }
        (keys.len() == ENTRY_COUNT).then_some(keys)
    }
}

/// The number of entries, counted when compiling: the table's non-blank
/// lines after the header.
const ENTRY_COUNT: usize = count_entries(GLOSSARY_TSV.as_bytes());

const fn count_entries(text: &[u8]) -> usize {
    let (mut i, mut count) = (0, 0);
    let (mut in_header, mut line_has_text) = (true, false);
    while i < text.len() {
        let byte = text[i];
        if byte == b'\n' {
            if !in_header && line_has_text {
                count += 1;
            }
            in_header = false;
            line_has_text = false;
        } else if !byte.is_ascii_whitespace() {
            line_has_text = true;
        }
        i += 1;
    }
    if !in_header && line_has_text {
        count += 1;
    }
    count
}

/// No further key in a chain of [`KeyMap`].
const END: u32 = u32::MAX;

/// Key → the items that have it, in item order. Each key's items are a
/// chain through `next` rather than a list of their own: one allocation in
/// all instead of one per key, as the map is built at query start.
struct KeyMap {
    first: FxHashMap<Cow<'static, str>, u32>,
    next: Vec<u32>,
    /// Longest key, in space-separated terms.
    max_terms: usize,
}

impl KeyMap {
    /// Maps each non-empty key of `keys` to its positions.
    fn new(keys: &[Cow<'static, str>]) -> KeyMap {
        let mut first = FxHashMap::default();
        first.reserve(keys.len());
        let mut next = vec![END; keys.len()];
        let mut max_terms = 0;
        // Last to first, each in front of its chain: chains end up in order.
        for (i, key) in keys.iter().enumerate().rev() {
            if key.is_empty() {
                continue;
            }
            if let Some(head) = first.insert(key.clone(), i as u32) {
                next[i] = head;
            }
            max_terms = max_terms.max(key.bytes().filter(|&b| b == b' ').count() + 1);
        }
        KeyMap {
            first,
            next,
            max_terms,
        }
    }

    /// The positions of the items whose key is `key`, in order.
    fn get<'a>(&'a self, key: &str) -> impl Iterator<Item = usize> + 'a {
        let mut at = self.first.get(key).copied().unwrap_or(END);
        std::iter::from_fn(move || {
            (at != END).then(|| {
                let here = at as usize;
                at = self.next[here];
                here
            })
        })
    }
}

/// Both glossary sides keyed by a caller's normaliser, built once.
///
/// The normaliser is a type parameter, so an index built with a function
/// or a non-capturing closure can live in a `static OnceLock`.
pub struct GlossaryIndex<N> {
    normalize: N,
    keys: Keys,
    /// English key → entries.
    by_en: KeyMap,
    /// Malay key → positions in `keys.ms`.
    by_ms: KeyMap,
    /// The entry of each position in `keys.ms`.
    ms_entry: Vec<u32>,
}

impl<N: Fn(&str, &str) -> String> GlossaryIndex<N> {
    /// Normalises every glossary phrase with `normalize(lang, text)` (lang
    /// "en" or "ms") and indexes both sides. Phrases that normalise to
    /// nothing are not indexed.
    pub fn new(normalize: N) -> Self {
        let all = entries();
        let mut keys = Keys::with_capacity(all.len());
        for entry in all {
            keys.push(
                normalize("en", entry.en),
                entry.ms.iter().map(|m| normalize("ms", m)),
            );
        }
        Self::with_keys(normalize, keys)
    }

    /// As [`GlossaryIndex::new`], with every phrase's key worked out
    /// beforehand (they must be what `normalize` gives; see [`Keys`]).
    pub fn with_keys(normalize: N, keys: Keys) -> Self {
        let mut ms_entry = Vec::with_capacity(keys.ms.len());
        for (i, bounds) in keys.ms_start.windows(2).enumerate() {
            ms_entry.extend(std::iter::repeat_n(
                i as u32,
                (bounds[1] - bounds[0]) as usize,
            ));
        }
        GlossaryIndex {
            normalize,
            by_en: KeyMap::new(&keys.en),
            by_ms: KeyMap::new(&keys.ms),
            ms_entry,
            keys,
        }
    }

    /// The key of every phrase, as [`GlossaryIndex::new`] worked them out.
    pub fn keys(&self) -> Keys {
        self.keys.clone()
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
        let mut hits: Vec<usize> = if side == "en" {
            self.by_en.get(key).collect()
        } else {
            self.by_ms
                .get(key)
                .map(|at| self.ms_entry[at] as usize)
                .collect()
        };
        if hits.is_empty() {
            return Vec::new();
        }
        // An entry with two Malay forms of the same key counts once.
        hits.dedup();
        let all = entries();
        let mut seen: HashSet<&str> = HashSet::new();
        let mut out = Vec::new();
        for i in hits {
            if side == "en" {
                for (form, form_key) in all[i].ms.iter().zip(self.keys.ms_of(i)) {
                    if !form_key.is_empty() && seen.insert(form_key) {
                        out.push(("ms", *form));
                    }
                }
            } else if seen.insert(&self.keys.en[i]) {
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
            Some("en") => self.by_en.max_terms,
            Some(_) => self.by_ms.max_terms,
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
    fn entries_are_counted_when_compiling_as_parsed() {
        assert_eq!(ENTRY_COUNT, entries().len());
        assert_eq!(count_entries(b"en\tms\tnote\n"), 0);
        assert_eq!(count_entries(b"en\tms\tnote\na\tb\n \n\nc\td"), 2);
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
        let crlf = embedded(table.replace('\n', "\r\n"));
        assert_eq!(Keys::from_table(crlf), Some(computed.keys()), "CRLF");
        let unterminated = embedded(table.trim_end_matches('\n').to_string());
        assert_eq!(Keys::from_table(unterminated), Some(computed.keys()));
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
