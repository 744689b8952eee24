//! Language detection for policy texts.
//!
//! Wraps [`whatlang`] and reports ISO 639-1 codes. whatlang has no Malay
//! model: it reports Malay text as Indonesian (and short Malay/Indonesian
//! text sometimes as Javanese or Tagalog). Whenever the text is Malay or
//! Indonesian (by whatlang, or by a lexicon of function words when whatlang
//! picked something implausible), a second, lexical pass decides between
//! Malay (`ms`) and Indonesian (`id`) from the spelling and vocabulary
//! differences between the two standards (kerana/karena, maklumat/informasi,
//! perkhidmatan/layanan, ...). Indonesian is the default when there is no
//! clear Malay evidence.

use rustc_hash::FxHashSet;
use std::collections::HashMap;
use std::sync::OnceLock;

use whatlang::{Lang, Script};

/// ISO 639-1 code of a language polidx knows ("en", "ms", "id", "de", ...).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    /// Lowercase ISO 639-1 code, one of [`known_codes`].
    pub code: &'static str,
    /// How sure the detector is of `code`, from 0.0 to 1.0.
    pub confidence: f64,
    /// `confidence` is above [`RELIABLE_CONFIDENCE`].
    pub reliable: bool,
}

/// Only the first this many bytes of a text are looked at (cut back to a char
/// boundary, and to a word boundary when one is near): a few hundred words are
/// plenty to tell a language, and this keeps detection cheap on big corpora.
pub const SAMPLE_BYTES: usize = 4000;

/// Texts with fewer words than this are not judged at all.
pub const MIN_WORDS: usize = 8;

/// Texts with fewer words than this are "short": on them a near-tie between
/// whatlang's top two languages (confidence below [`MIN_SHORT_CONFIDENCE`])
/// is treated as too little evidence to judge.
pub const SHORT_TEXT_WORDS: usize = 20;

/// See [`SHORT_TEXT_WORDS`].
pub const MIN_SHORT_CONFIDENCE: f64 = 0.1;

/// A detection is `reliable` when its confidence is above this (the same
/// threshold whatlang uses for its own `is_reliable`).
pub const RELIABLE_CONFIDENCE: f64 = 0.9;

/// Detects the language of `text`.
///
/// Returns `None` when there is too little text to judge: fewer than
/// [`MIN_WORDS`] words, no letters at all, or a short text (under
/// [`SHORT_TEXT_WORDS`] words) on which whatlang's best two candidates are
/// nearly tied. Only the first [`SAMPLE_BYTES`] bytes are looked at.
pub fn detect(text: &str) -> Option<Detection> {
    let sample = sample(text);
    let words = count_words(sample);
    if words < MIN_WORDS {
        return None;
    }
    let info = whatlang::detect(sample)?;
    let lang = info.lang();
    let wl_confidence = info.confidence();

    if info.script() == Script::Latin {
        // Most Latin-script text is not Malay or Indonesian at all: the
        // markers that tell the two apart are counted only when it is.
        let profile = Profile::of(sample, false);
        if let Some(group_confidence) = malay_indonesian_group(lang, &info, &profile) {
            let (code, split_confidence) = Profile::of(sample, true).ms_or_id();
            let confidence = group_confidence * split_confidence;
            return Some(detection(code, confidence));
        }
    }

    if too_close_to_call(words, wl_confidence) {
        return None;
    }
    let code = iso639_1(lang);
    if info.script() == Script::Latin {
        if let Some(listed) = function_words_overrule(code, sample) {
            if listed == "ms" {
                let (code, split_confidence) = Profile::of(sample, true).ms_or_id();
                return Some(detection(code, split_confidence * OVERRULED_CONFIDENCE));
            }
            return Some(detection(listed, OVERRULED_CONFIDENCE));
        }
    }
    Some(detection(code, wl_confidence))
}

/// The confidence of a language the function words chose over whatlang's
/// pick: enough to keep a section in its policy's language, too little to
/// count as reliable on its own.
const OVERRULED_CONFIDENCE: f64 = 0.3;

/// Whether `text` is plainly in the language `code`: at least a fifth of
/// its words are that language's commonest function words. A cheap check
/// that lets a section of a policy take the policy's language without a
/// full detection; None for languages without a list here.
pub fn plainly_in(code: &str, text: &str) -> Option<bool> {
    let list = &function_word_sets()[list_index(code)?];
    let (words, common) = function_word_count(sample(text), list);
    Some(words >= MIN_WORDS && common * 5 >= words)
}

// The commonest function words of the Latin-script languages policies are
// most often written in, for cheap checks of a language.
const EN: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "a",
    "in",
    "or",
    "you",
    "we",
    "your",
    "our",
    "for",
    "is",
    "that",
    "with",
    "by",
    "this",
    "be",
    "may",
    "are",
    "as",
    "on",
    "any",
    "not",
    "us",
    "it",
    "will",
    "from",
    "information",
    "if",
];
const MS: &[&str] = &[
    "dan",
    "yang",
    "anda",
    "kami",
    "untuk",
    "di",
    "atau",
    "dengan",
    "ini",
    "kepada",
    "dalam",
    "data",
    "tidak",
    "akan",
    "oleh",
    "boleh",
    "dari",
    "daripada",
    "maklumat",
    "adalah",
    "ke",
    "mana",
    "pada",
    "kita",
    "informasi",
];
const DE: &[&str] = &[
    "die", "der", "und", "zu", "den", "sie", "ihre", "wir", "von", "das", "mit", "für", "nicht",
    "ist", "auf", "daten", "oder", "des", "dem", "werden", "eine", "ein", "im",
];
const FR: &[&str] = &[
    "de", "la", "et", "les", "des", "vos", "à", "le", "vous", "nous", "en", "du", "pour", "que",
    "une", "un", "est", "sur", "par", "données", "pas", "ou", "qui",
];
const ES: &[&str] = &[
    "de", "la", "y", "el", "los", "que", "en", "a", "su", "sus", "para", "por", "con", "las",
    "del", "se", "datos", "no", "o", "una", "un", "es", "nosotros",
];
const PT: &[&str] = &[
    "de", "a", "e", "o", "que", "do", "da", "os", "seus", "para", "em", "dos", "com", "não", "as",
    "por", "uma", "dados", "um", "ou", "na", "no", "se",
];
const IT: &[&str] = &[
    "di", "e", "il", "la", "che", "i", "a", "per", "dati", "in", "del", "le", "della", "non",
    "con", "un", "una", "o", "da", "è", "sono", "gli", "suoi",
];
const NL: &[&str] = &[
    "de", "en", "van", "het", "een", "uw", "we", "wij", "te", "in", "is", "op", "voor", "met",
    "niet", "die", "gegevens", "u", "dat", "of", "aan", "door",
];

/// Languages with a function-word list, in the order of [`function_word_sets`].
const LISTED: [&str; 8] = ["en", "ms", "de", "fr", "es", "pt", "it", "nl"];

fn list_index(code: &str) -> Option<usize> {
    match code {
        "id" => Some(1),
        _ => LISTED.iter().position(|c| *c == code),
    }
}

/// The lists, hashed once: [`plainly_in`] runs on every section of every
/// policy.
fn function_word_sets() -> &'static [FxHashSet<&'static str>; 8] {
    static SETS: OnceLock<[FxHashSet<&'static str>; 8]> = OnceLock::new();
    SETS.get_or_init(|| [EN, MS, DE, FR, ES, PT, IT, NL].map(|list| list.iter().copied().collect()))
}

/// Calls `visit` with each word of `text`, lowercased; returns how many.
fn each_word(text: &str, mut visit: impl FnMut(&str)) -> usize {
    let lower = text.to_lowercase();
    let mut words = 0;
    for word in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        visit(word);
    }
    words
}

/// A word count of `text`, and how many of its words are in `list`.
fn function_word_count(text: &str, list: &FxHashSet<&'static str>) -> (usize, usize) {
    let mut common = 0;
    let words = each_word(text, |w| common += usize::from(list.contains(w)));
    (words, common)
}

/// A word count of `text`, and how many of its words are function words of
/// each listed language.
fn function_word_counts(text: &str) -> (usize, [usize; 8]) {
    let sets = function_word_sets();
    let mut counts = [0; 8];
    let words = each_word(text, |w| {
        for (count, set) in counts.iter_mut().zip(sets) {
            *count += usize::from(set.contains(w));
        }
    });
    (words, counts)
}

/// whatlang reads letter sequences, which names, addresses and jargon can
/// tilt on a short text ("Suite 2310, Pittsburgh, PA" reads as French).
/// When its pick has a function-word list and almost none of those words
/// (under one word in twenty) while another listed language has one word in
/// ten and more of its own, the function words decide: that language.
fn function_words_overrule(code: &str, text: &str) -> Option<&'static str> {
    let own = list_index(code)?;
    // Most texts have their language's function words: one list first.
    let (words, own_count) = function_word_count(text, &function_word_sets()[own]);
    if own_count * 20 >= words {
        return None;
    }
    let (words, counts) = function_word_counts(text);
    let (best, &count) = counts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != own)
        .max_by_key(|(_, c)| **c)?;
    (count * 10 >= words && count > counts[own]).then_some(LISTED[best])
}

/// A short text on which whatlang's best two candidates are nearly tied.
fn too_close_to_call(words: usize, confidence: f64) -> bool {
    words < SHORT_TEXT_WORDS && confidence < MIN_SHORT_CONFIDENCE
}

/// Every ISO 639-1 code that [`detect`] can return, with its English name:
/// used to validate a user's `--lang` argument. Sorted by code.
pub fn known_codes() -> &'static [(&'static str, &'static str)] {
    KNOWN_CODES
}

/// Whether `code` is one of [`known_codes`] (exact, lowercase match).
pub fn is_known_code(code: &str) -> bool {
    name(code).is_some()
}

/// A user's language code in the form `detect` returns: lowercase, region
/// dropped ("pt-BR" → "pt"), and old or variant codes mapped ("nb"/"nn" →
/// "no", "in" → "id", "iw" → "he", "ji" → "yi").
pub fn canonical_code(code: &str) -> String {
    let lower = code.trim().to_ascii_lowercase();
    let base = lower.split(['-', '_']).next().unwrap_or("");
    match base {
        "nb" | "nn" => "no".into(),
        "in" => "id".into(),
        "iw" => "he".into(),
        "ji" => "yi".into(),
        other => other.into(),
    }
}

/// English name of a known code (exact, lowercase match).
pub fn name(code: &str) -> Option<&'static str> {
    KNOWN_CODES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| KNOWN_CODES[i].1)
}

fn detection(code: &'static str, confidence: f64) -> Detection {
    let confidence = confidence.clamp(0.0, 1.0);
    Detection {
        code,
        confidence,
        reliable: confidence > RELIABLE_CONFIDENCE,
    }
}

// ---------------------------------------------------------------------------
// Codes and names
// ---------------------------------------------------------------------------

/// ISO 639-1 code of a whatlang language (all of whatlang's languages have one).
fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "no",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

/// Sorted by code (binary searched).
static KNOWN_CODES: &[(&str, &str)] = &[
    ("af", "Afrikaans"),
    ("ak", "Akan"),
    ("am", "Amharic"),
    ("ar", "Arabic"),
    ("az", "Azerbaijani"),
    ("be", "Belarusian"),
    ("bg", "Bulgarian"),
    ("bn", "Bengali"),
    ("ca", "Catalan"),
    ("cs", "Czech"),
    ("cy", "Welsh"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("en", "English"),
    ("eo", "Esperanto"),
    ("es", "Spanish"),
    ("et", "Estonian"),
    ("fa", "Persian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("gu", "Gujarati"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hr", "Croatian"),
    ("hu", "Hungarian"),
    ("hy", "Armenian"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("jv", "Javanese"),
    ("ka", "Georgian"),
    ("km", "Khmer"),
    ("kn", "Kannada"),
    ("ko", "Korean"),
    ("la", "Latin"),
    ("lt", "Lithuanian"),
    ("lv", "Latvian"),
    ("mk", "Macedonian"),
    ("ml", "Malayalam"),
    ("mr", "Marathi"),
    ("ms", "Malay"),
    ("my", "Burmese"),
    ("ne", "Nepali"),
    ("nl", "Dutch"),
    ("no", "Norwegian"),
    ("or", "Odia"),
    ("pa", "Punjabi"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("si", "Sinhala"),
    ("sk", "Slovak"),
    ("sl", "Slovenian"),
    ("sn", "Shona"),
    ("sr", "Serbian"),
    ("sv", "Swedish"),
    ("ta", "Tamil"),
    ("te", "Telugu"),
    ("th", "Thai"),
    ("tk", "Turkmen"),
    ("tl", "Tagalog"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("uz", "Uzbek"),
    ("vi", "Vietnamese"),
    ("yi", "Yiddish"),
    ("zh", "Chinese"),
    ("zu", "Zulu"),
];

// ---------------------------------------------------------------------------
// Sampling and word counting
// ---------------------------------------------------------------------------

/// The first [`SAMPLE_BYTES`] bytes of `text`, cut at a char boundary and,
/// when there is whitespace in the last 100 bytes, at that whitespace.
fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    match head.rfind(char::is_whitespace) {
        Some(ws) if ws + 100 >= end => &head[..ws],
        _ => head,
    }
}

/// Scripts written without spaces between words.
fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'     // Thai, Lao
        | '\u{1000}'..='\u{109F}'   // Myanmar
        | '\u{1780}'..='\u{17FF}'   // Khmer
        | '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}'   // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'   // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{20000}'..='\u{2FFFF}' // CJK extensions B..
    )
}

/// Number of words: runs of letters in spaced scripts, plus one word per two
/// characters of scripts written without spaces (Chinese, Japanese, Thai...).
fn count_words(text: &str) -> usize {
    let mut words = 0;
    let mut unspaced_chars: usize = 0;
    let mut in_word = false;
    for c in text.chars() {
        if is_unspaced(c) {
            unspaced_chars += 1;
            in_word = false;
        } else if c.is_alphabetic() {
            if !in_word {
                words += 1;
                in_word = true;
            }
        } else if !(in_word && is_mark(c)) {
            in_word = false;
        }
    }
    words + unspaced_chars.div_ceil(2)
}

/// Combining marks that are not `is_alphabetic` (they continue a word).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0900}'..='\u{0DFF}')
}

// ---------------------------------------------------------------------------
// Tokens for the lexical passes
// ---------------------------------------------------------------------------

struct Token<'a> {
    text: &'a str,
    /// First token of the text or of a sentence/line/list item.
    sentence_start: bool,
}

/// Runs of alphanumerics, with inner hyphens and apostrophes kept
/// ("e-mel", "mana-mana", "kanak-kanak").
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut sentence_start = true;
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start {
            let joins = matches!(c, '-' | '\'' | '\u{2019}')
                && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if joins {
                continue;
            }
            tokens.push(Token {
                text: &text[s..i],
                sentence_start,
            });
            sentence_start = false;
            start = None;
        }
        if matches!(
            c,
            '.' | '!' | '?' | ':' | ';' | '\n' | '\r' | '•' | '·' | '|' | '*' | '#'
        ) {
            sentence_start = true;
        }
    }
    if let Some(s) = start {
        tokens.push(Token {
            text: &text[s..],
            sentence_start,
        });
    }
    tokens
}

// ---------------------------------------------------------------------------
// Malay/Indonesian versus Javanese/Tagalog
// ---------------------------------------------------------------------------

/// Frequent function words shared by Malay and Indonesian (and rare in
/// Javanese, Tagalog and the big European languages).
#[rustfmt::skip]
const MI_CORE: &[&str] = &[
    "yang", "dan", "dengan", "untuk", "ini", "itu", "tidak", "dari", "pada", "atau", "akan",
    "dalam", "kami", "anda", "kepada", "oleh", "adalah", "juga", "jika", "apabila", "bagaimana",
    "ketika", "dapat", "boleh", "telah", "sudah", "hanya", "setiap", "semua", "tersebut",
    "tentang", "mengenai", "sebagai", "seperti", "melalui", "bagi", "serta", "namun", "tetapi",
    "karena", "kerana", "bahwa", "bahawa", "mereka", "ada", "lebih", "atas", "bisa", "harus",
    "perlu", "sangat", "saya", "dia", "ke", "kita", "sebelum", "selama", "agar", "supaya",
    "termasuk", "antara", "lain", "tanpa", "terhadap", "kecuali", "sebuah", "seorang", "apa",
    "siapa", "mana", "kapan", "bila", "di", "pun", "masih", "belum", "secara", "hak", "kamu",
];

/// Frequent Javanese function words (ngoko and krama) that Malay and
/// Indonesian do not use.
#[rustfmt::skip]
const JAV_WORDS: &[&str] = &[
    "iki", "kuwi", "iku", "lan", "sing", "ing", "ora", "karo", "uga", "kanggo", "saka", "marang",
    "kang", "dening", "menawa", "yen", "wis", "arep", "utawa", "kabeh", "sampeyan", "panjenengan",
    "kula", "dheweke", "ana", "dadi", "kaya", "nalika", "banjur", "amarga", "sawise",
    "sadurunge", "mung", "luwih", "wong", "durung", "bakal", "isih", "menehi", "ngendi", "endi",
    "piye", "kepiye", "carane", "kanthi", "minangka", "kalebu", "liyane", "babagan", "ugi",
    "punika", "menika", "wonten", "saking", "kaliyan", "boten", "ingkang", "liya", "awake",
];

/// Frequent Tagalog function words that Malay and Indonesian do not use.
#[rustfmt::skip]
const TGL_WORDS: &[&str] = &[
    "ang", "ng", "mga", "sa", "na", "ay", "ito", "namin", "iyong", "inyong", "kung", "at",
    "hindi", "mo", "ko", "niya", "nila", "siya", "ako", "ka", "po", "lamang", "lang", "din", "rin",
    "kanilang", "aming", "upang", "dahil", "kapag", "ba", "pa", "may", "mayroon", "wala", "nito",
    "iyon", "doon", "natin", "tayo", "kayo", "ninyo", "ating", "ngunit", "pero", "lahat", "bawat",
    "paggamit", "impormasyon", "patakaran", "para",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Group {
    MalayIndonesian,
    Javanese,
    Tagalog,
}

/// When whatlang says Javanese or Tagalog, or is unsure, a text is still taken
/// as Malay/Indonesian if at least this share of its words are
/// [`MI_CORE`] words ...
const MI_MIN_SHARE: f64 = 0.12;
/// ... and that share is this many times the Javanese/Tagalog share.
const MI_DOMINANCE: f64 = 1.5;
/// A text whatlang reliably gives to another language is overridden only
/// when this share of its words are Malay/Indonesian function words.
const MI_OVERRIDE_SHARE: f64 = 0.25;
/// A core-word share this far above the Javanese/Tagalog share gives full
/// lexical confidence that the text is Malay/Indonesian.
const MI_FULL_CONFIDENCE_GAP: f64 = 0.2;

/// Whether the text is Malay/Indonesian; if so, the confidence of that.
fn malay_indonesian_group(lang: Lang, info: &whatlang::Info, p: &Profile) -> Option<f64> {
    let words = p.words.max(1) as f64;
    let mi = p.mi_core as f64 / words;
    let other = p.javanese.max(p.tagalog) as f64 / words;
    let lexical = ((mi - other) / MI_FULL_CONFIDENCE_GAP).clamp(0.0, 1.0);
    let lexically_mi = mi >= MI_MIN_SHARE && mi >= MI_DOMINANCE * other;
    match lang {
        Lang::Ind => Some(info.confidence().max(lexical)),
        Lang::Jav | Lang::Tgl if lexically_mi => Some(lexical),
        _ if lexically_mi && (!info.is_reliable() || mi >= MI_OVERRIDE_SHARE) => Some(lexical),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Malay versus Indonesian
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    Ms,
    Id,
}

/// Malay markers: words (or two-word phrases) of standard Malay whose
/// Indonesian counterpart differs, with weights (3 = practically never in
/// Indonesian, 1 = merely more frequent in Malay).
const MS_MARKERS: &[(&str, f64)] = &[
    // Privacy-policy and web vocabulary.
    ("makluman", 3.0),
    ("memaklumkan", 3.0),
    ("dimaklumkan", 3.0),
    ("syarikat", 3.0),
    ("akaun", 3.0),
    ("nombor", 3.0),
    ("telefon", 3.0),
    ("e-mel", 3.0),
    ("emel", 3.0),
    ("kuki", 3.0),
    ("pautan", 3.0),
    ("laman web", 2.0),
    ("tapak web", 3.0),
    ("sesawang", 3.0),
    ("dasar privasi", 3.0),
    ("polisi privasi", 3.0),
    ("notis privasi", 3.0),
    ("penyemak imbas", 3.0),
    ("pelayar web", 3.0),
    ("kemas kini", 3.0),
    ("dikemas kini", 3.0),
    ("mengemas kini", 3.0),
    ("mana-mana", 3.0),
    ("apa-apa", 2.0),
    ("sebarang", 3.0),
    ("apa jua", 2.0),
    ("kanak-kanak", 3.0),
    ("ibu bapa", 3.0),
    ("memadam", 2.5),
    ("dipadam", 2.5),
    ("pemadaman", 1.0),
    ("pelayan", 1.0),
    ("pihak berkuasa", 3.0),
    ("akta", 2.0),
    ("perisian", 3.0),
    ("peranti", 3.0),
    ("rangkaian", 1.5),
    ("pengiklanan", 3.0),
    ("pengiklan", 1.0),
    ("terma", 3.0),
    ("soalan", 3.0),
    ("mengumpul", 2.0),
    ("dikumpul", 2.0),
    ("pemprosesan", 3.0),
    ("keselamatan", 1.5),
    ("kawalan", 3.0),
    ("mengawal", 2.0),
    ("notis", 3.0),
    ("pelupusan", 3.0),
    ("tempoh", 3.0),
    ("bila-bila", 3.0),
    ("mengehadkan", 3.0),
    ("terhad", 3.0),
    ("kad", 3.0),
    ("kad pengenalan", 3.0),
    ("mykad", 3.0),
    ("pasport", 3.0),
    ("bayaran", 2.0),
    ("bayaran balik", 2.0),
    ("yuran", 3.0),
    ("kos", 2.0),
    ("pindaan", 3.0),
    ("muat turun", 3.0),
    ("muat naik", 3.0),
    ("log masuk", 3.0),
    ("log keluar", 3.0),
    ("kata laluan", 3.0),
    ("ciri", 1.0),
    ("kandungan", 2.0),
    ("mudah alih", 3.0),
    ("aduan", 3.0),
    ("pertikaian", 3.0),
    ("mahkamah", 3.0),
    ("peguam", 3.0),
    ("melanggan", 2.0),
    ("langganan", 0.5),
    ("insurans", 3.0),
    ("cukai", 3.0),
    ("kewangan", 3.0),
    ("kakitangan", 3.0),
    ("borang", 3.0),
    ("tarikh", 3.0),
    ("berkuat kuasa", 3.0),
    ("penguatkuasaan", 3.0),
    ("garis panduan", 3.0),
    ("pengekalan", 3.0),
    ("mengekalkan", 3.0),
    ("tertakluk", 3.0),
    ("tempahan", 3.0),
    ("kebenaran", 2.0),
    ("membenarkan", 1.5),
    ("bersetuju", 3.0),
    ("pengesahan", 1.5),
    ("mengesan", 3.0),
    ("dikesan", 3.0),
    ("pengesanan", 3.0),
    ("menjejak", 2.0),
    ("penjejakan", 3.0),
    ("lawatan", 3.0),
    ("melawat", 3.0),
    ("pelawat", 3.0),
    ("capaian", 2.0),
    ("pembetulan", 3.0),
    ("membetulkan", 3.0),
    ("talian", 3.0),
    ("mesej", 3.0),
    ("sokongan", 3.0),
    ("senarai", 3.0),
    ("automatik", 3.0),
    ("kod", 3.0),
    ("kaedah", 3.0),
    ("metod", 3.0),
    ("projek", 3.0),
    ("jenama", 3.0),
    ("rakan", 2.0),
    ("pembekal", 3.0),
    ("perniagaan", 3.0),
    ("bisnes", 3.0),
    ("pengurusan", 3.0),
    ("menguruskan", 2.0),
    ("pentadbiran", 3.0),
    ("penyelidikan", 2.0),
    ("pejabat", 3.0),
    ("cawangan", 3.0),
    ("agensi", 1.5),
    ("kerajaan", 2.0),
    ("negeri", 1.0),
    ("ringgit", 3.0),
    ("malaysia", 2.0),
    ("antarabangsa", 3.0),
    ("tanggungjawab", 2.0),
    ("bertanggungjawab", 3.0),
    ("kerjasama", 1.5),
    ("bekerjasama", 2.0),
    ("rasmi", 3.0),
    ("kenyataan", 1.5),
    ("keperluan", 3.0),
    ("menambah baik", 3.0),
    ("orang ramai", 3.0),
    ("dinasihatkan", 2.0),
    ("minggu lepas", 3.0),
    ("lepas", 1.0),
    ("komited", 3.0),
    ("penambahbaikan", 3.0),
    ("ramai", 1.5),
    ("kemalangan", 3.0),
    ("punca", 2.0),
    ("lebuh raya", 3.0),
    ("bandar", 1.5),
    ("pengajian", 1.5),
    ("beza", 3.0),
    ("berbeza", 3.0),
    ("perbezaan", 3.0),
    ("membezakan", 3.0),
    ("dibezakan", 3.0),
    ("percanggahan", 3.0),
    ("inggeris", 3.0),
    ("diguna pakai", 3.0),
    ("munasabah", 2.0),
    ("butiran", 3.0),
    ("trafik", 3.0),
    ("tugasan", 3.0),
    ("menarik balik", 3.0),
    ("balik", 1.0),
    ("mengandungi", 3.0),
    ("merangkumi", 3.0),
    ("polis", 2.0),
    ("polisi", 1.0),
    ("bilik", 3.0),
    ("kedai", 3.0),
    ("barangan", 2.0),
    ("jualan", 1.5),
    ("kaji selidik", 3.0),
    ("peraduan", 3.0),
    ("ganjaran", 2.0),
    ("baucar", 3.0),
    ("diskaun", 3.0),
    ("persendirian", 3.0),
    ("awam", 3.0),
    ("kerahsiaan", 3.0),
    ("kebimbangan", 3.0),
    ("mengenal pasti", 3.0),
    ("pampasan", 3.0),
    ("tetapan", 3.0),
    ("membolehkan", 3.0),
    ("seumpamanya", 3.0),
    ("berasingan", 3.0),
    ("perkara", 1.5),
    ("hal ehwal", 3.0),
    ("rekod", 3.0),
    ("bertulis", 3.0),
    ("menamatkan", 2.0),
    ("kawal selia", 3.0),
    ("lelaki", 3.0),
    ("jantina", 3.0),
    ("warganegara", 3.0),
    ("poskod", 3.0),
    ("kempen", 3.0),
    ("isteri", 3.0),
    ("kerusi", 3.0),
    ("fizik", 3.0),
    // Function words, connectives and spelling variants.
    ("kerana", 3.0),
    ("bahawa", 3.0),
    ("sahaja", 3.0),
    ("iaitu", 3.0),
    ("mahupun", 3.0),
    ("bahagian", 3.0),
    ("sebahagian", 3.0),
    ("sesetengah", 3.0),
    ("percuma", 3.0),
    ("sila", 2.0),
    ("semasa", 2.0),
    ("selepas", 3.0),
    ("menerusi", 2.0),
    ("bagi pihak", 2.0),
    ("daripada", 1.0),
    ("ialah", 1.0),
    ("berkenaan", 1.5),
    ("berhubung", 2.0),
    ("sekiranya", 1.5),
    ("bagaimanapun", 1.5),
    ("walau bagaimanapun", 2.0),
    ("manakala", 3.0),
    ("mengikut", 2.0),
    ("hendaklah", 2.0),
    ("mesti", 1.0),
    ("bergantung", 1.0),
    ("justeru", 3.0),
    ("baharu", 3.0),
    ("saiz", 3.0),
    ("wang", 3.0),
    ("boleh", 1.0),
    ("mempunyai", 0.5),
    ("apabila", 0.5),
    ("amat", 1.0),
    ("sentiasa", 3.0),
    ("mahu", 3.0),
    ("nak", 2.0),
    ("tak", 1.0),
    ("awak", 1.5),
    ("korang", 3.0),
    ("semalam", 2.0),
    ("esok", 2.0),
    ("kereta", 2.0),
    ("kenderaan", 3.0),
    ("basikal", 3.0),
    ("teksi", 3.0),
    ("hospital", 1.5),
    ("doktor", 3.0),
    ("pasukan", 1.5),
    ("jadual", 3.0),
    ("minit", 3.0),
    ("ahli", 1.0),
    ("filem", 3.0),
    ("dijangka", 1.5),
    ("membaiki", 3.0),
    ("pembaikan", 2.0),
    ("rosak", 3.0),
    ("bercuti", 2.0),
    ("cuti sekolah", 2.0),
    ("hujung", 3.0),
    ("julai", 3.0),
    ("ogos", 3.0),
    ("disember", 3.0),
    ("mac", 1.5),
    ("jun", 1.5),
    ("isnin", 3.0),
    ("khamis", 3.0),
    ("ahad", 2.0),
];

/// Indonesian markers, weighted like [`MS_MARKERS`].
const ID_MARKERS: &[(&str, f64)] = &[
    // Privacy-policy and web vocabulary.
    ("informasi", 2.0),
    ("perusahaan", 3.0),
    ("layanan", 3.0),
    ("pelayanan", 2.0),
    ("akun", 3.0),
    ("nomor", 3.0),
    ("telepon", 3.0),
    ("email", 1.0),
    ("e-mail", 1.0),
    ("surel", 3.0),
    ("cookie", 1.0),
    ("tautan", 3.0),
    ("situs", 3.0),
    ("kebijakan", 3.0),
    ("mengungkapkan", 2.5),
    ("diungkapkan", 2.5),
    ("pengungkapan", 3.0),
    ("peramban", 3.0),
    ("anak-anak", 1.0),
    ("orang tua", 1.5),
    ("menghapus", 3.0),
    ("dihapus", 3.0),
    ("penghapusan", 1.5),
    ("hapus", 1.5),
    ("berbagi", 3.0),
    ("dibagikan", 3.0),
    ("membagikan", 3.0),
    ("dibagi", 1.5),
    ("pihak berwenang", 3.0),
    ("berwenang", 2.0),
    ("perangkat", 3.0),
    ("perangkat lunak", 1.0),
    ("jaringan", 3.0),
    ("periklanan", 3.0),
    ("ketentuan", 2.0),
    ("pemrosesan", 3.0),
    ("keamanan", 1.5),
    ("kendali", 2.0),
    ("pemberitahuan", 1.5),
    ("pengaduan", 2.0),
    ("keluhan", 2.0),
    ("kartu", 3.0),
    ("ktp", 3.0),
    ("paspor", 3.0),
    ("biaya", 1.5),
    ("kata sandi", 3.0),
    ("sandi", 1.5),
    ("fitur", 3.0),
    ("konten", 3.0),
    ("seluler", 3.0),
    ("ponsel", 3.0),
    ("sengketa", 3.0),
    ("pengadilan", 2.0),
    ("pengacara", 3.0),
    ("terbatas", 2.0),
    ("membatasi", 2.0),
    ("pembatasan", 2.0),
    ("berlangganan", 2.0),
    ("asuransi", 3.0),
    ("pajak", 3.0),
    ("keuangan", 3.0),
    ("karyawan", 3.0),
    ("formulir", 3.0),
    ("tanggal", 3.0),
    ("penegakan", 2.0),
    ("pedoman", 3.0),
    ("retensi", 2.0),
    ("tunduk", 1.5),
    ("pemesanan", 2.0),
    ("reservasi", 2.0),
    ("pengembalian dana", 3.0),
    ("mengizinkan", 2.0),
    ("jasa", 1.5),
    ("penyedia jasa", 2.0),
    ("terkait", 1.5),
    ("sehubungan", 2.0),
    ("menyetujui", 2.0),
    ("verifikasi", 2.0),
    ("konfirmasi", 2.0),
    ("melacak", 3.0),
    ("pelacakan", 3.0),
    ("kunjungan", 3.0),
    ("mengunjungi", 3.0),
    ("pengunjung", 3.0),
    ("koreksi", 2.0),
    ("memperbaiki", 2.0),
    ("perbaikan", 2.0),
    ("daring", 3.0),
    ("luring", 3.0),
    ("pesan", 1.0),
    ("dukungan", 3.0),
    ("daftar", 0.5),
    ("otomatis", 3.0),
    ("kode", 3.0),
    ("metode", 2.0),
    ("proyek", 3.0),
    ("merek", 3.0),
    ("mitra", 2.0),
    ("rekan", 2.0),
    ("pemasok", 3.0),
    ("bisnis", 2.0),
    ("pengelolaan", 2.0),
    ("mengelola", 2.0),
    ("manajemen", 2.0),
    ("administrasi", 2.0),
    ("penelitian", 2.0),
    ("kantor", 3.0),
    ("cabang", 1.5),
    ("pemerintah", 2.0),
    ("provinsi", 2.0),
    ("rupiah", 3.0),
    ("indonesia", 2.0),
    ("internasional", 3.0),
    ("tanggung jawab", 2.0),
    ("bertanggung jawab", 1.0),
    ("kerja sama", 2.0),
    ("bekerja sama", 2.0),
    ("standar", 2.0),
    ("resmi", 3.0),
    ("pernyataan", 1.0),
    ("kecelakaan", 3.0),
    ("jalan tol", 3.0),
    ("kota", 1.0),
    ("kuliah", 1.0),
    ("mengerti", 1.0),
    ("beda", 3.0),
    ("berbeda", 3.0),
    ("perbedaan", 3.0),
    ("membedakan", 3.0),
    ("dibedakan", 3.0),
    ("inggris", 3.0),
    ("rincian", 3.0),
    ("pelindungan", 3.0),
    ("menarik kembali", 2.0),
    ("kembali", 0.5),
    ("berkomitmen", 2.0),
    ("berisi", 1.0),
    ("mencakup", 2.0),
    ("rekening", 3.0),
    ("konsumen", 3.0),
    ("mahasiswa", 1.5),
    ("tau", 1.5),
    ("mending", 2.0),
    ("nonton", 2.0),
    ("kamar", 1.5),
    ("toko", 3.0),
    ("survei", 3.0),
    ("lomba", 2.0),
    ("imbalan", 2.0),
    ("diskon", 3.0),
    ("publik", 2.0),
    ("terpisah", 2.0),
    ("hal", 1.0),
    ("mengakhiri", 2.0),
    ("memungkinkan", 3.0),
    ("menerapkan", 1.5),
    ("penerapan", 2.0),
    ("diatur", 2.0),
    ("sedangkan", 2.0),
    ("bilamana", 2.0),
    ("adapun", 2.0),
    ("kompensasi", 2.0),
    ("pengaturan", 2.0),
    ("laki-laki", 3.0),
    ("jenis kelamin", 3.0),
    ("kelamin", 2.0),
    ("warga negara", 2.0),
    ("kampanye", 3.0),
    ("istri", 3.0),
    ("kursi", 3.0),
    ("usia", 1.0),
    // Function words, connectives and spelling variants.
    ("karena", 3.0),
    ("bahwa", 3.0),
    ("saja", 2.0),
    ("yaitu", 3.0),
    ("maupun", 3.0),
    ("bagian", 3.0),
    ("sebagian", 2.0),
    ("gratis", 2.0),
    ("silakan", 3.0),
    ("saat", 1.5),
    ("setelah", 1.5),
    ("sesudah", 2.0),
    ("yakni", 1.5),
    ("misalnya", 1.0),
    ("setidaknya", 2.0),
    ("justru", 3.0),
    ("apa pun", 2.0),
    ("mana pun", 2.0),
    ("apa saja", 1.0),
    ("sewaktu-waktu", 3.0),
    ("kapan", 2.0),
    ("uang", 3.0),
    ("bisa", 2.0),
    ("memiliki", 0.5),
    ("ketika", 0.5),
    ("namun", 0.5),
    ("agar", 0.5),
    ("senantiasa", 2.0),
    ("mau", 2.0),
    ("kemarin", 3.0),
    ("besok", 3.0),
    ("mobil", 2.0),
    ("kendaraan", 3.0),
    ("sepeda", 3.0),
    ("taksi", 3.0),
    ("rumah sakit", 3.0),
    ("dokter", 3.0),
    ("tim", 1.0),
    ("jadwal", 3.0),
    ("menit", 3.0),
    ("anggota", 2.0),
    ("film", 1.0),
    ("diperkirakan", 1.5),
    ("rusak", 3.0),
    ("berlibur", 2.0),
    ("libur", 1.5),
    ("akhir pekan", 3.0),
    ("ujung", 1.5),
    ("maret", 3.0),
    ("juni", 2.0),
    ("juli", 3.0),
    ("agustus", 3.0),
    ("desember", 3.0),
    ("senin", 3.0),
    ("kamis", 3.0),
    // Informal Indonesian.
    ("gak", 3.0),
    ("nggak", 3.0),
    ("enggak", 3.0),
    ("banget", 3.0),
    ("aja", 3.0),
    ("udah", 2.0),
    ("sih", 2.0),
    ("kok", 2.0),
    ("dong", 2.0),
    ("nih", 2.0),
    ("kayak", 2.0),
];

/// Roots that mark a side inside any derived word (checked only when the
/// whole word is not a marker): e.g. "dedah" in pendedahan, mendedahkan.
const STEMS: &[(&str, Side, f64)] = &[
    ("maklumat", Side::Ms, 3.0),
    ("peribadi", Side::Ms, 3.0),
    ("khidmat", Side::Ms, 3.0),
    ("kemaskini", Side::Ms, 3.0),
    ("dedah", Side::Ms, 3.0),
    ("kongsi", Side::Ms, 3.0),
    ("hantar", Side::Ms, 2.5),
    ("fikir", Side::Ms, 3.0),
    ("faham", Side::Ms, 3.0),
    ("cuba", Side::Ms, 2.0),
    ("jimat", Side::Ms, 3.0),
    ("rahsia", Side::Ms, 3.0),
    ("khuatir", Side::Ms, 3.0),
    ("pribadi", Side::Id, 3.0),
    ("perbarui", Side::Id, 3.0),
    ("pembaruan", Side::Id, 3.0),
    ("unduh", Side::Id, 3.0),
    ("unggah", Side::Id, 3.0),
    ("kirim", Side::Id, 1.5),
    ("ngirim", Side::Id, 1.5),
    ("kontrol", Side::Id, 2.0),
    ("ngontrol", Side::Id, 2.0),
    ("pikir", Side::Id, 3.0),
    ("paham", Side::Id, 3.0),
    ("coba", Side::Id, 2.0),
    ("butuh", Side::Id, 3.0),
    ("hemat", Side::Id, 1.5),
    ("rahasia", Side::Id, 3.0),
    ("khawatir", Side::Id, 3.0),
    ("identifikasi", Side::Id, 2.0),
];

/// Weight of the spelling rule "-iti" (ms: universiti, kualiti, identiti,
/// fakulti) versus "-itas" (id: universitas, kualitas, identitas, fakultas).
const SUFFIX_WEIGHT: f64 = 2.0;
/// Weight of "anda" in lowercase mid-sentence (Malay) versus capitalised
/// "Anda" mid-sentence (Indonesian spelling rules capitalise it).
const ANDA_CASE_WEIGHT: f64 = 0.75;

/// Malay is chosen only when its evidence is at least this many times the
/// Indonesian evidence ...
const MS_WIN_RATIO: f64 = 1.25;
/// ... and at least this much in absolute terms ...
const MS_MIN_EVIDENCE: f64 = 2.0;
/// ... and at least this much per 100 words (so that one stray Malay word
/// in a long text does not count).
const MS_MIN_PER_100_WORDS: f64 = 0.5;
/// Evidence scale of the ms/id confidence: `1 - exp(-evidence / scale)`.
const EVIDENCE_SCALE: f64 = 3.0;

struct Lexicon {
    /// Marker key, side and weight; the index is the marker's id.
    markers: Vec<(&'static str, Side, f64)>,
    /// Word or "word word" phrase to marker id.
    index: HashMap<&'static str, usize>,
    /// Word to group, for the Malay/Indonesian vs Javanese/Tagalog test.
    groups: HashMap<&'static str, Group>,
    /// Marker ids of the pseudo-markers.
    stem_base: usize,
    iti: usize,
    itas: usize,
    anda_lower: usize,
    anda_upper: usize,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut markers: Vec<(&'static str, Side, f64)> = Vec::new();
        let mut index = HashMap::new();
        for (side, list) in [(Side::Ms, MS_MARKERS), (Side::Id, ID_MARKERS)] {
            for &(key, weight) in list {
                index.insert(key, markers.len());
                markers.push((key, side, weight));
            }
        }
        let stem_base = markers.len();
        markers.extend(STEMS.iter().copied());
        let iti = markers.len();
        markers.push(("-iti", Side::Ms, SUFFIX_WEIGHT));
        let itas = markers.len();
        markers.push(("-itas", Side::Id, SUFFIX_WEIGHT));
        let anda_lower = markers.len();
        markers.push(("anda", Side::Ms, ANDA_CASE_WEIGHT));
        let anda_upper = markers.len();
        markers.push(("Anda", Side::Id, ANDA_CASE_WEIGHT));

        let mut groups = HashMap::new();
        for (group, list) in [
            (Group::MalayIndonesian, MI_CORE),
            (Group::Javanese, JAV_WORDS),
            (Group::Tagalog, TGL_WORDS),
        ] {
            for &word in list {
                groups.insert(word, group);
            }
        }
        Lexicon {
            markers,
            index,
            groups,
            stem_base,
            iti,
            itas,
            anda_lower,
            anda_upper,
        }
    })
}

impl Lexicon {
    /// Marker id of a lowercase word, trying it whole, without the clitic
    /// "-nya", by its spelling suffix, then by its root.
    fn word_marker(&self, word: &str) -> Option<usize> {
        if let Some(&id) = self.index.get(word) {
            return Some(id);
        }
        if let Some(base) = word.strip_suffix("nya") {
            if base.len() >= 3 {
                if let Some(&id) = self.index.get(base) {
                    return Some(id);
                }
            }
        }
        if word.len() >= 6
            && (word.ends_with("iti") || word.ends_with("lti"))
            && !word.ends_with("eliti")
            && !word.ends_with("akiti")
            && word != "meniti"
        {
            return Some(self.iti);
        }
        if word.len() >= 7 && (word.ends_with("itas") || word.ends_with("ultas")) {
            return Some(self.itas);
        }
        if word.len() >= 5 {
            for (i, &(stem, _, _)) in STEMS.iter().enumerate() {
                if word.contains(stem) {
                    return Some(self.stem_base + i);
                }
            }
        }
        None
    }
}

/// Lexical counts of a sample.
struct Profile {
    /// Words (tokens with at least one letter).
    words: usize,
    mi_core: usize,
    javanese: usize,
    tagalog: usize,
    /// Weighted Malay and Indonesian evidence.
    ms: f64,
    id: f64,
}

impl Profile {
    /// The counts of `text`; the Malay and Indonesian evidence only
    /// `with_markers` (else zero).
    fn of(text: &str, with_markers: bool) -> Profile {
        let lex = lexicon();
        let tokens = tokenize(text);
        // Casing evidence needs text that is not all lowercase/uppercase.
        let mixed_case = with_markers
            && text.chars().any(char::is_lowercase)
            && text.chars().any(char::is_uppercase);
        let mut counts = vec![0u32; lex.markers.len()];
        let (mut words, mut mi_core, mut javanese, mut tagalog) = (0, 0, 0, 0);
        let mut lower = String::new();
        let mut prev = String::new();
        let mut phrase = String::new();
        for token in &tokens {
            if !token.text.chars().any(char::is_alphabetic) {
                prev.clear();
                continue;
            }
            words += 1;
            lower.clear();
            lower.extend(token.text.chars().flat_map(char::to_lowercase));
            match lex.groups.get(lower.as_str()) {
                Some(Group::MalayIndonesian) => mi_core += 1,
                Some(Group::Javanese) => javanese += 1,
                Some(Group::Tagalog) => tagalog += 1,
                None => {}
            }
            if !with_markers {
                continue;
            }
            if lower == "anda" && mixed_case && !token.sentence_start {
                if token.text == "anda" {
                    counts[lex.anda_lower] += 1;
                } else if token.text == "Anda" {
                    counts[lex.anda_upper] += 1;
                }
            }
            if let Some(id) = lex.word_marker(&lower) {
                counts[id] += 1;
            }
            if !prev.is_empty() && !token.sentence_start {
                phrase.clear();
                phrase.push_str(&prev);
                phrase.push(' ');
                phrase.push_str(&lower);
                if let Some(&id) = lex.index.get(phrase.as_str()) {
                    counts[id] += 1;
                }
            }
            std::mem::swap(&mut prev, &mut lower);
        }
        // Repeating one marker adds less than finding another one.
        let (mut ms, mut id) = (0.0, 0.0);
        for (&(_, side, weight), &count) in lex.markers.iter().zip(&counts) {
            if count == 0 {
                continue;
            }
            let score = weight * (1.0 + f64::from(count).ln());
            match side {
                Side::Ms => ms += score,
                Side::Id => id += score,
            }
        }
        Profile {
            words,
            mi_core,
            javanese,
            tagalog,
            ms,
            id,
        }
    }

    /// "ms" or "id", with the confidence of that choice (0.5 to 1.0: 0.5
    /// when there is no evidence either way, growing with the margin and the
    /// amount of evidence).
    fn ms_or_id(&self) -> (&'static str, f64) {
        let per_100 = 100.0 / self.words.max(1) as f64;
        let ms_wins = self.ms >= MS_MIN_EVIDENCE
            && self.ms * per_100 >= MS_MIN_PER_100_WORDS
            && self.ms >= MS_WIN_RATIO * self.id;
        let (code, winner, loser) = if ms_wins {
            ("ms", self.ms, self.id)
        } else {
            ("id", self.id, self.ms)
        };
        let total = winner + loser;
        if total <= 0.0 || winner <= loser {
            return (code, 0.5);
        }
        let margin = (winner - loser) / total;
        let strength = 1.0 - (-total / EVIDENCE_SCALE).exp();
        (code, 0.5 + 0.5 * margin * strength)
    }
}

#[cfg(test)]
mod canonical_tests {
    use super::*;

    #[test]
    fn plain_agreement_with_a_known_language() {
        let en = "We may share your information with our partners and service providers for the purposes in this policy.";
        let ms = "Kami tidak akan menjual maklumat anda kepada pihak ketiga dan data anda akan disimpan dengan selamat.";
        let de = "Wir geben Ihre Daten nicht an Dritte weiter und speichern sie nur so lange, wie es für den Zweck nötig ist.";
        assert_eq!(plainly_in("en", en), Some(true));
        assert_eq!(plainly_in("en", ms), Some(false));
        assert_eq!(plainly_in("ms", ms), Some(true));
        assert_eq!(plainly_in("en", de), Some(false));
        assert_eq!(plainly_in("de", de), Some(true));
        assert_eq!(plainly_in("ta", en), None);
    }

    #[test]
    fn user_codes_are_canonicalised() {
        assert_eq!(canonical_code(" EN "), "en");
        assert_eq!(canonical_code("pt-BR"), "pt");
        assert_eq!(canonical_code("nb"), "no");
        assert_eq!(canonical_code("nn"), "no");
        assert_eq!(canonical_code("in"), "id");
        assert!(is_known_code(&canonical_code("nb")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> &'static str {
        detect(text)
            .unwrap_or_else(|| panic!("no detection for {text:?}"))
            .code
    }

    // --- Malay passages (written for these tests) ---

    const MS_GIVEN: &str = "Dengan mengakses atau menggunakan laman web ini, anda bersetuju \
        dengan pengumpulan maklumat, amalan pendedahan dan penggunaan yang diterangkan dalam \
        Dasar Privasi ini. Kami tidak akan menyewa atau menjual Data anda kepada orang lain.";

    const MS_COLLECT: &str = "Kami mengumpul maklumat peribadi seperti nama, alamat e-mel dan \
        nombor telefon apabila anda mendaftar akaun. Maklumat ini digunakan untuk menyediakan \
        perkhidmatan kami dan untuk menghubungi anda mengenai pesanan anda. Kami tidak akan \
        mendedahkan maklumat anda kepada mana-mana pihak ketiga tanpa kebenaran anda, kecuali \
        jika dikehendaki oleh undang-undang.";

    const MS_COOKIES: &str = "Laman web kami menggunakan kuki untuk mengingati pilihan anda dan \
        memahami cara pelawat menggunakan kandungan kami. Anda boleh menetapkan penyemak imbas \
        anda untuk menolak semua kuki, tetapi sesetengah bahagian laman web mungkin tidak \
        berfungsi dengan baik. Sila rujuk tetapan penyemak imbas anda untuk maklumat lanjut.";

    const MS_CHILDREN: &str = "Perkhidmatan kami tidak ditujukan kepada kanak-kanak di bawah \
        umur 13 tahun. Jika ibu bapa mendapati bahawa anak mereka telah memberikan maklumat \
        kepada kami, sila hubungi kami supaya kami boleh memadam maklumat tersebut. Anda juga \
        berhak untuk meminta salinan data yang kami simpan tentang anda.";

    const MS_HOLIDAY: &str = "Pada hujung minggu lalu, keluarga kami pergi bercuti ke Pulau \
        Pinang kerana cuti sekolah sudah bermula. Kami menaiki kereta dari Kuala Lumpur dan \
        singgah makan di sebuah restoran di tepi jalan. Perjalanan itu mengambil masa hampir \
        lima jam, tetapi anak-anak sangat gembira sepanjang masa.";

    const MS_NEWS: &str = "Kerajaan negeri akan menyediakan peruntukan tambahan bagi membaiki \
        jalan raya yang rosak selepas banjir. Menurut kenyataan rasmi, kerja-kerja pembaikan \
        dijangka siap sebelum hujung tahun ini.";

    const MS_SHORT: &str = "Kami boleh mengemas kini dasar ini dari semasa ke semasa. Sebarang \
        perubahan akan disiarkan di halaman ini.";

    const MS_SHARED: &str = "Data yang kami kumpulkan akan disimpan dengan selamat dan tidak \
        akan dijual kepada pihak lain tanpa kebenaran anda.";

    // --- Indonesian passages (written for these tests) ---

    const ID_GIVEN: &str = "Kebijakan Privasi ini menjelaskan bagaimana kami mengumpulkan, \
        menggunakan, dan mengungkapkan informasi pribadi Anda ketika Anda menggunakan situs dan \
        layanan kami. Kami tidak menjual informasi pribadi Anda kepada pihak ketiga.";

    const ID_COLLECT: &str = "Kami mengumpulkan informasi pribadi seperti nama, alamat email, \
        dan nomor telepon saat Anda membuat akun. Informasi ini kami gunakan untuk menyediakan \
        layanan dan untuk menghubungi Anda terkait pesanan Anda. Kami tidak akan mengungkapkan \
        data Anda kepada pihak ketiga mana pun tanpa persetujuan Anda, kecuali jika diwajibkan \
        oleh hukum.";

    const ID_COOKIES: &str = "Situs kami menggunakan cookie untuk mengingat preferensi Anda dan \
        memahami bagaimana pengunjung menggunakan konten kami. Anda dapat mengatur peramban Anda \
        untuk menolak semua cookie, tetapi beberapa bagian situs mungkin tidak berfungsi dengan \
        baik. Silakan periksa pengaturan peramban Anda untuk informasi lebih lanjut.";

    const ID_CHILDREN: &str = "Layanan kami tidak ditujukan untuk anak-anak di bawah usia 13 \
        tahun. Jika orang tua mengetahui bahwa anaknya telah memberikan informasi kepada kami, \
        silakan hubungi kami agar kami dapat menghapus data tersebut. Anda juga berhak meminta \
        salinan data yang kami simpan tentang Anda.";

    const ID_HOLIDAY: &str = "Akhir pekan lalu, keluarga kami berlibur ke Yogyakarta karena \
        anak-anak sudah mulai libur sekolah. Kami naik mobil dari Jakarta dan mampir makan di \
        sebuah warung di pinggir jalan. Perjalanan itu memakan waktu hampir delapan jam, tetapi \
        anak-anak sangat senang sepanjang jalan.";

    const ID_NEWS: &str = "Pemerintah provinsi akan menyediakan anggaran tambahan untuk \
        memperbaiki jalan yang rusak setelah banjir. Menurut pernyataan resmi, pekerjaan \
        perbaikan diperkirakan selesai sebelum akhir tahun ini.";

    const ID_SHORT: &str = "Kami dapat memperbarui kebijakan ini dari waktu ke waktu. Setiap \
        perubahan akan dipublikasikan di halaman ini.";

    const ID_SHARED: &str = "Data yang kami kumpulkan akan disimpan dengan aman dan tidak akan \
        dijual kepada pihak lain tanpa izin Anda.";

    const MALAY: &[&str] = &[
        MS_GIVEN,
        MS_COLLECT,
        MS_COOKIES,
        MS_CHILDREN,
        MS_HOLIDAY,
        MS_NEWS,
        MS_SHORT,
        MS_SHARED,
    ];

    const INDONESIAN: &[&str] = &[
        ID_GIVEN,
        ID_COLLECT,
        ID_COOKIES,
        ID_CHILDREN,
        ID_HOLIDAY,
        ID_NEWS,
        ID_SHORT,
        ID_SHARED,
    ];

    #[test]
    fn malay_passages_are_ms() {
        for text in MALAY {
            assert_eq!(code(text), "ms", "{text}");
        }
    }

    #[test]
    fn indonesian_passages_are_id() {
        for text in INDONESIAN {
            assert_eq!(code(text), "id", "{text}");
        }
    }

    #[test]
    fn given_passages() {
        assert_eq!(code(MS_GIVEN), "ms");
        assert_eq!(code(ID_GIVEN), "id");
    }

    #[test]
    fn clear_policy_passages_are_reliable() {
        for text in [
            MS_GIVEN, MS_COLLECT, MS_COOKIES, ID_GIVEN, ID_COLLECT, ID_COOKIES,
        ] {
            let d = detect(text).unwrap();
            assert!(d.reliable, "{text}: {d:?}");
            assert!(d.confidence > RELIABLE_CONFIDENCE, "{text}: {d:?}");
        }
    }

    #[test]
    fn malay_with_capitalised_anda_is_ms() {
        let text = "Kami menghormati privasi Anda dan komited untuk melindungi Data Peribadi \
            Anda. Notis ini menjelaskan jenis data yang kami kumpul dan cara kami menggunakannya.";
        assert_eq!(code(text), "ms");
    }

    #[test]
    fn indonesian_with_lowercase_anda_is_id() {
        let text = "Kami tidak menjual data anda. Kami hanya menggunakannya untuk meningkatkan \
            layanan kami.";
        assert_eq!(code(text), "id");
    }

    #[test]
    fn indonesian_without_any_marker_defaults_to_id() {
        let text = "Cuaca hari ini panas dan lembap, jadi masyarakat diimbau untuk minum banyak \
            air.";
        let d = detect(text).unwrap();
        assert_eq!(d.code, "id");
        assert!(d.confidence <= 0.5 && !d.reliable, "{d:?}");
    }

    #[test]
    fn indonesian_that_whatlang_calls_javanese_is_id() {
        // whatlang 0.18 says Javanese for this passage.
        assert_ne!(
            whatlang::detect(ID_GIVEN).map(|i| i.lang()),
            Some(Lang::Ind)
        );
        assert_eq!(code(ID_GIVEN), "id");
    }

    #[test]
    fn short_malay_and_indonesian_sentences() {
        let ms = "Kami mengumpul maklumat peribadi anda apabila anda mendaftar akaun.";
        let id = "Kami mengumpulkan data pribadi Anda saat Anda mendaftar akun baru.";
        assert_eq!(code(ms), "ms");
        assert_eq!(code(id), "id");
    }

    #[test]
    fn margin_shows_in_confidence() {
        let strong = detect(MS_COLLECT).unwrap();
        let weak = detect(MS_SHARED).unwrap();
        assert_eq!((strong.code, weak.code), ("ms", "ms"));
        assert!(strong.confidence > weak.confidence, "{strong:?} {weak:?}");
        assert!(weak.confidence > 0.5 && !weak.reliable, "{weak:?}");
    }

    #[test]
    fn long_texts_use_density_not_single_words() {
        // A long Indonesian policy quoting one Malay name stays Indonesian.
        let mut id = String::new();
        for _ in 0..6 {
            id.push_str(ID_COLLECT);
            id.push(' ');
        }
        id.push_str("Kami juga mematuhi ketentuan hukum Malaysia sahaja.");
        assert_eq!(code(&id), "id");
        // A long Malay policy with a few Indonesian words stays Malay.
        let mut ms = String::new();
        for text in [MS_COLLECT, MS_COOKIES, MS_CHILDREN] {
            ms.push_str(text);
            ms.push(' ');
        }
        ms.push_str("Kami menggunakan informasi ini untuk tujuan bisnis.");
        assert_eq!(code(&ms), "ms");
    }

    #[test]
    fn european_languages() {
        let cases = [
            (
                "en",
                "This Privacy Policy describes how we collect, use, and disclose your personal \
                 information when you visit our website or use our services. We do not sell \
                 your personal information to third parties. If you have any questions, please \
                 contact us at the address below.",
            ),
            (
                "de",
                "Diese Datenschutzerklärung beschreibt, wie wir Ihre personenbezogenen Daten \
                 erheben, verwenden und weitergeben, wenn Sie unsere Website besuchen oder \
                 unsere Dienste nutzen. Wir verkaufen Ihre Daten nicht an Dritte.",
            ),
            (
                "fr",
                "La présente politique de confidentialité décrit comment nous recueillons, \
                 utilisons et communiquons vos renseignements personnels lorsque vous visitez \
                 notre site. Nous ne vendons pas vos données à des tiers.",
            ),
            (
                "es",
                "Esta Política de Privacidad describe cómo recopilamos, utilizamos y divulgamos \
                 su información personal cuando visita nuestro sitio web. No vendemos su \
                 información personal a terceros.",
            ),
            (
                "nl",
                "Dit privacybeleid beschrijft hoe wij uw persoonsgegevens verzamelen, gebruiken \
                 en delen wanneer u onze website bezoekt of onze diensten gebruikt. Wij verkopen \
                 uw gegevens niet aan derden.",
            ),
            (
                "it",
                "La presente informativa descrive come raccogliamo, utilizziamo e condividiamo i \
                 tuoi dati personali quando visiti il nostro sito. Non vendiamo i tuoi dati a \
                 terzi.",
            ),
            (
                "pt",
                "Esta Política de Privacidade descreve como recolhemos, utilizamos e partilhamos \
                 os seus dados pessoais quando visita o nosso site. Não vendemos os seus dados a \
                 terceiros.",
            ),
        ];
        for (want, text) in cases {
            assert_eq!(code(text), want, "{text}");
        }
    }

    #[test]
    fn english_mentioning_malay_law_stays_english() {
        let text = "The Malaysia Personal Data Protection Act 2010 (Akta Perlindungan Data \
            Peribadi 2010) applies to our processing of personal data in Malaysia, and we \
            comply with it fully. You may contact our data protection officer at any time.";
        assert_eq!(code(text), "en");
    }

    #[test]
    fn names_and_addresses_do_not_outvote_function_words() {
        let contact = "If users have any questions or suggestions regarding our privacy \
            policy, please contact us at: webmaster@dryssur.org Dryssur 310 Grant Street, \
            Suite 2310 Pittsburgh, PA 15219";
        let title = "Globex Privacy Policy Globex respects your privacy. Selling Globex may \
            sell customer lists to marketing partners.";
        for text in [contact, title] {
            // Letter sequences alone say French.
            assert_eq!(whatlang::detect(text).unwrap().lang(), Lang::Fra, "{text}");
            let d = detect(text).unwrap();
            assert_eq!((d.code, d.reliable), ("en", false), "{text}");
        }
        assert_eq!(function_words_overrule("fr", title), Some("en"));
        // Text with its own function words keeps whatlang's answer.
        let fr = "Nous ne vendons pas vos données à des tiers.";
        assert_eq!(function_words_overrule("fr", fr), None);
        // A language without a list is never overruled.
        assert_eq!(function_words_overrule("tl", title), None);
    }

    #[test]
    fn tagalog_and_javanese_stay() {
        let tl = "Ang Patakaran sa Privacy na ito ay naglalarawan kung paano namin kinokolekta, \
            ginagamit, at ibinabahagi ang iyong personal na impormasyon. Hindi namin ibinebenta \
            ang iyong impormasyon sa ibang tao.";
        let jv = "Kawicaksanan privasi iki nerangake carane kita nglumpukake, nggunakake, lan \
            mbagekake informasi pribadi sampeyan. Kita ora bakal ngedol informasi sampeyan \
            marang wong liya.";
        assert_eq!(code(tl), "tl");
        assert_eq!(code(jv), "jv");
    }

    #[test]
    fn other_scripts() {
        assert_eq!(
            code("隐私政策说明我们如何收集、使用和保护您的个人信息。"),
            "zh"
        );
        assert_eq!(
            code("このプライバシーポリシーは、当社が個人情報をどのように収集し利用するかを説明します。"),
            "ja"
        );
        assert_eq!(
            code("Настоящая политика конфиденциальности описывает, как мы собираем и используем ваши персональные данные."),
            "ru"
        );
    }

    #[test]
    fn too_little_text_is_none() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("Dasar Privasi"), None);
        assert_eq!(detect("Kebijakan Privasi"), None);
        assert_eq!(detect("privacy policy"), None);
        assert_eq!(detect("1234 5678 9012 3456 7890 1234 5678 9012 !!"), None);
        assert_eq!(detect("Kami tidak menjual data anda."), None);
        assert!(too_close_to_call(SHORT_TEXT_WORDS - 1, 0.05));
        assert!(!too_close_to_call(SHORT_TEXT_WORDS, 0.05));
        assert!(!too_close_to_call(MIN_WORDS, 0.5));
    }

    #[test]
    fn known_codes_are_consistent() {
        assert!(is_known_code("ms"));
        assert!(is_known_code("id"));
        assert!(is_known_code("en"));
        assert!(!is_known_code("xx"));
        assert!(!is_known_code(""));
        assert!(!is_known_code("eng"));
        assert_eq!(name("ms"), Some("Malay"));
        assert_eq!(name("id"), Some("Indonesian"));
        assert_eq!(name("zh"), Some("Chinese"));
        assert_eq!(name("xx"), None);

        let codes = known_codes();
        // Sorted strictly, hence unique (and binary-searchable).
        for pair in codes.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{pair:?}");
        }
        let unique: std::collections::HashSet<_> = codes.iter().map(|(c, _)| c).collect();
        assert_eq!(unique.len(), codes.len());
        for (code, name) in codes {
            assert!(code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()));
            assert!(!name.is_empty());
        }
        // Every language whatlang can report maps to a known code, plus Malay.
        let mut reachable: Vec<&str> = Lang::all().iter().map(|&l| iso639_1(l)).collect();
        reachable.push("ms");
        reachable.sort_unstable();
        reachable.dedup();
        assert_eq!(reachable.len(), Lang::all().len() + 1);
        let known: Vec<&str> = codes.iter().map(|(c, _)| *c).collect();
        assert_eq!(reachable, known);
    }

    #[test]
    fn deterministic() {
        for text in MALAY.iter().chain(INDONESIAN) {
            let a = detect(text).unwrap();
            let b = detect(text).unwrap();
            assert_eq!(a.code, b.code);
            assert_eq!(a.confidence.to_bits(), b.confidence.to_bits());
            assert_eq!(a.reliable, b.reliable);
        }
    }

    #[test]
    fn sample_is_bounded_and_on_a_char_boundary() {
        let long = "é".repeat(SAMPLE_BYTES);
        let s = sample(&long);
        assert!(s.len() <= SAMPLE_BYTES && s.len() >= SAMPLE_BYTES - 1);
        let words = "kata ".repeat(2000);
        let s = sample(&words);
        assert!(s.len() <= SAMPLE_BYTES && s.ends_with("kata"));
        assert_eq!(sample("pendek"), "pendek");
        // Long inputs are detected from their start only.
        let mut text = ID_COLLECT.repeat(30);
        text.push_str(&MS_COLLECT.repeat(30));
        assert_eq!(code(&text), "id");
    }

    #[test]
    fn word_counts() {
        assert_eq!(count_words("Kami tidak menjual data anda."), 5);
        assert_eq!(count_words("e-mel, 2024 dan mana-mana"), 5);
        assert_eq!(count_words("个人信息"), 2);
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn tokens_keep_inner_hyphens_and_mark_sentence_starts() {
        let t = tokenize("Sila e-mel kami. Anda, mana-mana -x");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(words, ["Sila", "e-mel", "kami", "Anda", "mana-mana", "x"]);
        let starts: Vec<bool> = t.iter().map(|t| t.sentence_start).collect();
        assert_eq!(starts, [true, false, false, true, false, false]);
    }

    #[test]
    fn lexicon_is_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for &(key, weight) in MS_MARKERS.iter().chain(ID_MARKERS) {
            assert!(seen.insert(key), "duplicate marker {key}");
            assert!(weight > 0.0 && weight <= 3.0, "{key}");
            assert_eq!(key, key.to_lowercase(), "{key}");
            // Only single words and two-word phrases are ever matched.
            assert!(key.split(' ').count() <= 2, "{key}");
            assert!(!key.starts_with(' ') && !key.ends_with(' '), "{key}");
        }
        assert!(MS_MARKERS.len() >= 60 && ID_MARKERS.len() >= 60);
        for &(stem, _, _) in STEMS {
            assert!(seen.insert(stem), "stem {stem} is also a marker");
        }
        let mut groups = std::collections::HashSet::new();
        for word in MI_CORE.iter().chain(JAV_WORDS).chain(TGL_WORDS) {
            assert!(groups.insert(word), "{word} is in two groups");
        }
        // Every marker and stem is reachable.
        let lex = lexicon();
        for &(key, _) in MS_MARKERS.iter().chain(ID_MARKERS) {
            if !key.contains(' ') {
                let id = lex.word_marker(key).unwrap();
                assert_eq!(lex.markers[id].0, key);
            }
        }
    }

    #[test]
    fn spelling_rules() {
        let lex = lexicon();
        let side = |w: &str| lex.word_marker(w).map(|id| lex.markers[id].1);
        assert_eq!(side("universiti"), Some(Side::Ms));
        assert_eq!(side("fakulti"), Some(Side::Ms));
        assert_eq!(side("universitas"), Some(Side::Id));
        assert_eq!(side("fakultas"), Some(Side::Id));
        assert_eq!(side("meneliti"), None);
        assert_eq!(side("maklumatnya"), Some(Side::Ms));
        assert_eq!(side("informasinya"), Some(Side::Id));
        assert_eq!(side("mendedahkan"), Some(Side::Ms));
        assert_eq!(side("mengirimkan"), Some(Side::Id));
        assert_eq!(side("menggunakan"), None);
    }
}
