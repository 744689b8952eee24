//! Clause splitting: turns one paragraph of a policy section into the
//! clauses (sentences or list items) that search hits point at.
//!
//! The splitter is a single linear pass over whitespace-separated tokens of
//! the whitespace-normalised paragraph. A boundary is only ever placed at a
//! whitespace gap, except after CJK sentence stops (`。！？｡`), which split
//! even when no space follows because those scripts do not use spaces.
//!
//! Rules (and the choices made for ambiguous cases):
//!
//! * **List markers.** A paragraph that starts with a list marker is one list
//!   item. Glyph bullets (`– — - * + • · ▪ ● ◦ ○ ■ …` and a lone `o`) are
//!   dropped; enumerators (`(a)`, `a)`, `a.`, `i.`, `iv)`, `(1)`, `1.`, `1)`,
//!   `1.2.1`, `[1]`) stay at the start of the first clause. `- * + o` need
//!   whitespace after them (`-5%` is no bullet); the other glyphs may be glued
//!   to the text (`•Name`). Letters are single ASCII letters or a canonical
//!   roman numeral made of `i v x l` in one case (so `I.` is a marker, `I
//!   agree` and `No.` are not). Numbers have 1–3 digits per level; `1.` must
//!   be followed by whitespace, so `1.5 million` is not a marker. A two-level
//!   number without trailing dot (`1.2 Data`) is a marker only when followed
//!   by a title-like word (uppercase letter then lowercase letter).
//! * **Sentence ends.** `.`, `!`, `?`, `…`, `।`, `॥`, `۔`, `؟`, `።`, `။`,
//!   `։` followed by optional closing quotes/brackets, then whitespace, then
//!   a plausible sentence start: an uppercase or caseless letter, a digit,
//!   an opening quote/bracket, a currency or `§` sign, a list marker, or a
//!   camel-case word such as `iOS`. Lowercase continuations never split.
//!   Semicolons never split.
//! * **Abbreviations.** After a known abbreviation the text does not split,
//!   with two strengths: *never* (`e.g.`, `i.e.`, `cf.`, `vs.`, `No.`,
//!   `Art.`, `Sec.`, `Civ.`, `z.B.`, `bzw.`, `cth.`, `Jln.`, single lowercase
//!   letters as in `p. ex.` …) and *soft* (`Inc.`, `Ltd.`, `Co.`, `Bhd.`,
//!   `U.S.`, `a.m.`, `Mr.`, `Dr.`, `Cal.`, months, single capital letters as
//!   in `J. Smith`, any short letters-and-dots token such as `U.S.A.`).
//!   A soft abbreviation splits only when the next word is a strong sentence
//!   starter (`We`, `The`, `This`, `You`, `If`, `Kami`, `Wir`, `Nous` …, also
//!   in ALL CAPS), since those words cannot continue a name or citation.
//!   An ALL-CAPS form of a *never* abbreviation without inner dots (`SEC.`,
//!   `FL.`, `NO.`) is only *soft*, as it may be an acronym or code.
//! * **`etc.` family** (`etc.`, `usw.`, `dll.`, `dsb.`, `enz.`, `ecc.`) and
//!   company suffixes (`Inc.`, `Ltd.`, `LLC.`, `Corp.`, `Co.`, `plc.`,
//!   `GmbH.`, `Bhd.`, `Tbk.`): like a soft abbreviation, and additionally
//!   split before any capitalised word that is not itself an abbreviation
//!   when at least six words precede them in the clause and no `)`/`]`
//!   follows the dot. So `…address, phone number, etc. Google also…` and
//!   `…provided by Google Inc. Google uses…` split, while `Chrome, Firefox,
//!   etc. Browser settings`, `Acme Inc. Privacy Policy` and `(…, etc.)
//!   Google` stay joined.
//! * **Numbers, URLs, e-mails, file names** only contain dots inside a token,
//!   so they never split; a dot at the end of such a token is a normal full
//!   stop (`www.acronis.com. We` splits). A small number, single letter or
//!   roman numeral with a dot right after `:` `;` `,` or a sentence end is an
//!   inline enumerator (`as follows: 1. Name`) and does not split.
//! * **Ellipsis** `...`/`…` ends a sentence only before a plausible start;
//!   bracketed elisions `(...)`, `[…]` never do.
//! * **Quotes.** Closing quotes/brackets after a stop stay with the sentence
//!   (`We call it “Site.” Then…`), also when detached by a space as in
//!   French (`« Site. » Ensuite…`); a detached `?`/`!` (`Vraiment ? Oui`)
//!   is a stop too.
//! * Whitespace runs collapse to one space, clauses are trimmed and never
//!   empty, and the non-space characters of the clauses are exactly those of
//!   the paragraph minus a removed glyph bullet.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Glyph bullets that mark a list item even when glued to the text (`•Name`).
const GLUED_BULLETS: &[char] = &[
    '•', '·', '▪', '▫', '●', '◦', '○', '■', '□', '‣', '⁃', '➢', '➤', '►', '▶', '▸', '▹', '✓', '✔',
    '❖', '◆', '◇', '★', '☐', '☑', '⦁', '∙', '→', '⇒',
];

/// Glyph bullets that must be followed by whitespace (`- Name`, not `-5%`).
const SPACED_BULLETS: &[char] = &['-', '–', '—', '*', '+', 'o'];

/// Closing quotes and brackets (and invisible format characters) that may
/// follow a sentence stop.
const CLOSERS: &[char] = &[
    '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』', '）', '】', '》', '〉', '〕', '］',
    '｝', '〟', '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{2060}', '\u{feff}',
];

/// Invisible format characters skipped at the start of a sentence.
const INVISIBLE: &[char] = &[
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{2060}', '\u{feff}', '\u{ad}',
];

/// Opening quotes and brackets that may precede a word.
const OPENERS: &[char] = &[
    '"', '\'', '“', '‘', '„', '‚', '«', '‹', '(', '[', '{', '「', '『', '（', '【', '《', '〈',
    '〔', '［', '｛', '〝', '¿', '¡',
];

/// `!`/`?`-like stops.
const BANGS: &[char] = &['!', '?', '‼', '⁇', '⁈', '⁉', '‽'];

/// Other stops that need whitespace after them (ellipsis, Indic, Arabic, …).
const OTHER_STOPS: &[char] = &['…', '।', '॥', '۔', '؟', '።', '፧', '။', '։'];

/// CJK stops, which split even without whitespace after them.
const CJK_STOPS: &[char] = &['。', '！', '？', '｡'];

/// Symbols that may begin a sentence.
const START_SYMBOLS: &[char] = &['$', '€', '£', '¥', '₹', '§', '¿', '¡'];

/// Minimum number of words before an `etc.` for a following capitalised word
/// (that is not a strong starter) to start a new clause.
const ETC_MIN_WORDS_BEFORE: usize = 6;

/// What a dotted abbreviation does to a following sentence start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abbr {
    /// Never ends a sentence (`e.g.`, `No.`, `Art.`).
    Never,
    /// Ends a sentence only before a strong starter (`Inc.`, `U.S.`).
    Soft,
    /// `etc.`, its translations and company suffixes (`Inc.`, `Ltd.`):
    /// soft, plus the long-clause rule.
    Etc,
}

use Abbr::{Etc as E, Never as N, Soft as S};

/// Known abbreviations, without their final dot: (text, strength,
/// case-insensitive). Case-sensitive entries written with a capital also
/// match their ALL-CAPS form (`CAL. CIV. CODE`).
const ABBREVIATIONS: &[AbbrEntry] = &[
    // Latin and general English.
    ("e.g", N, true),
    ("i.e", N, true),
    ("cf", N, true),
    ("vs", N, true),
    ("viz", N, true),
    ("approx", N, true),
    ("aprox", N, true),
    ("incl", N, true),
    ("excl", N, true),
    ("resp", N, true),
    ("nos", N, true),
    ("vol", N, true),
    ("vols", N, true),
    ("fig", N, true),
    ("figs", N, true),
    ("ref", N, true),
    ("refs", N, true),
    ("pp", N, true),
    ("para", N, true),
    ("paras", N, true),
    ("sect", N, true),
    ("secs", N, true),
    ("chap", N, true),
    ("ex", N, true),
    ("nr", N, true),
    ("cit", N, false),
    ("art", S, false),
    ("ibid", S, true),
    ("al", S, true),
    ("ff", S, true),
    ("etc", E, true),
    // Titles.
    ("mr", S, true),
    ("mrs", S, true),
    ("ms", S, true),
    ("dr", S, true),
    ("prof", S, true),
    ("jr", S, true),
    ("sr", S, true),
    ("sra", N, true),
    ("srta", N, true),
    ("mme", N, true),
    ("mlle", N, true),
    ("messrs", N, true),
    ("Hon", N, false),
    ("Capt", N, false),
    ("Sgt", N, false),
    ("Lt", N, false),
    ("Col", N, false),
    ("Gen", N, false),
    ("Sen", N, false),
    ("Rep", N, false),
    ("Sig", N, false),
    ("Dott", N, false),
    ("Ud", N, false),
    ("Uds", N, false),
    ("Dña", N, false),
    // Companies.
    ("inc", E, true),
    ("ltd", E, true),
    ("ltda", E, true),
    ("co", E, true),
    ("corp", E, true),
    ("llc", E, true),
    ("llp", E, true),
    ("pty", S, true),
    ("pte", N, true),
    ("pvt", N, true),
    ("plc", E, true),
    ("gmbh", E, true),
    ("sdn", N, true),
    ("bhd", E, true),
    ("tbk", E, true),
    ("PT", N, false),
    ("Cie", S, false),
    ("Sté", S, false),
    ("Bros", S, false),
    ("Mfg", S, false),
    ("Intl", S, false),
    ("Natl", S, false),
    ("Assn", S, false),
    ("Univ", S, false),
    ("Dept", S, false),
    ("Govt", S, false),
    // Legal citations.
    ("No", N, false),
    ("Art", N, false),
    ("Arts", N, false),
    ("Sec", N, false),
    ("Ch", N, false),
    ("Pt", N, false),
    ("Cl", N, false),
    ("Subd", N, false),
    ("Subsec", N, false),
    ("Div", N, false),
    ("Sch", N, false),
    ("Exh", N, false),
    ("Civ", N, false),
    ("Proc", N, false),
    ("Bus", N, false),
    ("Stat", N, false),
    ("Rev", N, false),
    ("Fed", N, false),
    ("Reg", N, false),
    ("Regs", N, false),
    ("Gov", N, false),
    ("Pub", N, false),
    ("Pen", N, false),
    ("Ins", N, false),
    ("Fin", N, false),
    ("Educ", N, false),
    ("Veh", N, false),
    ("Welf", N, false),
    ("Inst", N, false),
    ("Comm", N, false),
    ("Admin", N, false),
    ("Ann", S, false),
    ("Lab", S, false),
    // US states and places.
    ("Cal", S, false),
    ("Calif", S, false),
    ("Ala", S, false),
    ("Ariz", S, false),
    ("Ark", S, false),
    ("Colo", S, false),
    ("Conn", S, false),
    ("Del", S, false),
    ("Fla", S, false),
    ("Ga", S, false),
    ("Ill", S, false),
    ("Ind", S, false),
    ("Kan", S, false),
    ("Ky", S, false),
    ("La", S, false),
    ("Md", S, false),
    ("Mass", S, false),
    ("Mich", S, false),
    ("Minn", S, false),
    ("Miss", S, false),
    ("Mo", S, false),
    ("Mont", S, false),
    ("Neb", S, false),
    ("Nev", S, false),
    ("Okla", S, false),
    ("Ore", S, false),
    ("Pa", S, false),
    ("Tenn", S, false),
    ("Tex", S, false),
    ("Vt", S, false),
    ("Va", S, false),
    ("Wash", S, false),
    ("Wis", S, false),
    ("Wyo", S, false),
    // Addresses.
    ("St", S, false),
    ("Ave", S, false),
    ("Rd", S, false),
    ("Blvd", S, false),
    ("Ste", N, false),
    ("Fl", N, false),
    ("Bldg", N, false),
    ("Apt", N, false),
    ("Mt", N, false),
    ("Ft", N, false),
    ("Avda", N, false),
    ("Pl", S, false),
    ("tel", S, true),
    ("fax", S, true),
    // Months and weekdays.
    ("Jan", S, false),
    ("Feb", S, false),
    ("Mar", S, false),
    ("Apr", S, false),
    ("Jun", S, false),
    ("Jul", S, false),
    ("Aug", S, false),
    ("Sep", S, false),
    ("Sept", S, false),
    ("Oct", S, false),
    ("Nov", S, false),
    ("Dec", S, false),
    ("Mon", S, false),
    ("Tue", S, false),
    ("Tues", S, false),
    ("Wed", S, false),
    ("Thu", S, false),
    ("Thur", S, false),
    ("Thurs", S, false),
    ("Fri", S, false),
    // German.
    ("z.b", N, true),
    ("d.h", N, true),
    ("bzw", N, true),
    ("ggf", N, true),
    ("vgl", N, true),
    ("bzgl", N, true),
    ("evtl", N, true),
    ("zzgl", N, true),
    ("inkl", N, true),
    ("bspw", N, true),
    ("insb", N, true),
    ("u.a", N, true),
    ("o.a", N, true),
    ("o.ä", N, true),
    ("u.ä", N, true),
    ("s.o", N, true),
    ("s.u", N, true),
    ("i.d.r", N, true),
    ("z.t", N, true),
    ("u.u", N, true),
    ("ziff", N, true),
    ("abs", N, true),
    ("lit", N, true),
    ("ca", N, false),
    ("gem", N, false),
    ("lt", N, false),
    ("sog", N, false),
    ("Mio", S, false),
    ("Mrd", S, false),
    ("Tsd", S, false),
    ("usw", E, true),
    // French, Spanish, Portuguese, Italian, Dutch.
    ("c.-à-d", N, true),
    ("c-à-d", N, true),
    ("env", N, true),
    ("ej", N, true),
    ("núm", N, true),
    ("pág", N, true),
    ("MM", S, false),
    ("ecc", E, true),
    ("bijv", N, true),
    ("m.b.t", N, true),
    ("i.v.m", N, true),
    ("t.a.v", N, true),
    ("enz", E, true),
    // Malay and Indonesian.
    ("cth", N, true),
    ("jln", N, true),
    ("Jl", N, false),
    ("Tmn", N, false),
    ("Lrg", N, false),
    ("Tkt", N, false),
    ("Bhg", N, false),
    ("Sek", N, false),
    ("Perk", N, false),
    ("hlm", N, true),
    ("spt", N, true),
    ("sbg", N, true),
    ("utk", N, true),
    ("tsb", N, true),
    ("dgn", N, true),
    ("yg", N, true),
    ("dll", E, true),
    ("dsb", E, true),
];

/// Words that begin a sentence and practically never continue a name,
/// title or citation: after a soft abbreviation they start a new clause.
const STRONG_STARTERS: &[&str] = &[
    // English.
    "A",
    "Accordingly",
    "Additionally",
    "After",
    "All",
    "Also",
    "Although",
    "An",
    "Any",
    "Are",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "By",
    "Can",
    "Could",
    "Do",
    "Does",
    "Each",
    "Either",
    "Every",
    "Finally",
    "For",
    "Following",
    "From",
    "Further",
    "Furthermore",
    "He",
    "Here",
    "How",
    "However",
    "If",
    "In",
    "Is",
    "It",
    "Its",
    "Many",
    "Moreover",
    "Most",
    "Neither",
    "Not",
    "Note",
    "On",
    "Only",
    "Other",
    "Otherwise",
    "Our",
    "Please",
    "She",
    "Should",
    "Since",
    "Some",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "Therefore",
    "These",
    "They",
    "This",
    "Those",
    "Thus",
    "To",
    "Under",
    "Unless",
    "Upon",
    "Was",
    "We",
    "Were",
    "What",
    "When",
    "Whenever",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Without",
    "Would",
    "You",
    "Your",
    // German.
    "Auch",
    "Bei",
    "Bitte",
    "Das",
    "Der",
    "Die",
    "Diese",
    "Dieser",
    "Dieses",
    "Ein",
    "Eine",
    "Es",
    "Für",
    "Ihr",
    "Ihre",
    "Im",
    "Wenn",
    "Wir",
    // French, Spanish, Portuguese, Italian.
    "Ce",
    "Ces",
    "Cette",
    "Cuando",
    "Dans",
    "Esta",
    "Este",
    "Estos",
    "Gli",
    "Il",
    "Les",
    "Noi",
    "Nos",
    "Nosotros",
    "Nous",
    "Nós",
    "Os",
    "Para",
    "Per",
    "Pour",
    "Questa",
    "Questo",
    "Se",
    "Si",
    "Un",
    "Une",
    "Usted",
    "Você",
    "Vous",
    // Dutch.
    "Als",
    "Deze",
    "Dit",
    "Een",
    "Het",
    "Uw",
    "Wij",
    // Malay and Indonesian.
    "Anda",
    "Apabila",
    "Dalam",
    "Ini",
    "Itu",
    "Jika",
    "Kami",
    "Kita",
    "Semua",
    "Sila",
    "Untuk",
];

/// Splits one paragraph (already re-joined from hard-wrapped lines; a list
/// item is its own paragraph and still carries its marker) into clauses.
///
/// Whitespace runs are collapsed to single spaces, clauses are trimmed and
/// never empty. A leading glyph bullet is removed; a leading enumerator stays
/// at the start of the first clause. See the module docs for the rules.
pub fn split_paragraph(paragraph: &str) -> Vec<String> {
    let text = normalize(paragraph);
    let (body, protected) = match detect_marker(&text) {
        Some(Marker {
            kind: MarkerKind::Glyph,
            rest,
            ..
        }) => {
            let body = &text[rest..];
            let protected = match detect_marker(body) {
                Some(m) if m.kind == MarkerKind::Enumerator => m.end,
                _ => 0,
            };
            (body, protected)
        }
        Some(m) => (text.as_str(), m.end),
        None => (text.as_str(), 0),
    };
    if body.is_empty() {
        return Vec::new();
    }
    split_body(body, protected)
}

/// Convenience: all clauses of a section body given as paragraphs.
pub fn split_clauses<'a>(paragraphs: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    paragraphs.into_iter().flat_map(split_paragraph).collect()
}

/// If the paragraph starts with a list marker, returns (marker, rest).
///
/// The marker is returned as written (`"–"`, `"(a)"`, `"1.2.1"`, `"iv)"`);
/// the rest has surrounding whitespace trimmed and may be empty.
pub fn list_marker(paragraph: &str) -> Option<(&str, &str)> {
    let s = paragraph.trim_start();
    let m = detect_marker(s)?;
    Some((&s[..m.end], s[m.rest..].trim_end()))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkerKind {
    /// A bullet glyph, removed from the clause text.
    Glyph,
    /// A citable enumerator, kept in the clause text.
    Enumerator,
}

#[derive(Clone, Copy, Debug)]
struct Marker {
    kind: MarkerKind,
    /// Byte offset just past the marker.
    end: usize,
    /// Byte offset of the text after the marker and its whitespace.
    rest: usize,
}

/// Collapses whitespace runs to one space and trims the ends.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// True when `s[at..]` is empty or starts with whitespace. `at` must be a
/// char boundary.
fn ws_or_end(s: &str, at: usize) -> bool {
    s[at..].chars().next().is_none_or(char::is_whitespace)
}

fn marker(kind: MarkerKind, s: &str, end: usize) -> Marker {
    Marker {
        kind,
        end,
        rest: s.len() - s[end..].trim_start().len(),
    }
}

/// Detects a list marker at the very start of `s` (which must not start with
/// whitespace). Only looks at a bounded prefix of `s`.
fn detect_marker(s: &str) -> Option<Marker> {
    let first = s.chars().next()?;
    let width = first.len_utf8();
    if GLUED_BULLETS.contains(&first) {
        return Some(marker(MarkerKind::Glyph, s, width));
    }
    if SPACED_BULLETS.contains(&first) {
        let end = if first == '-' && s[width..].starts_with('-') {
            width + 1
        } else {
            width
        };
        if ws_or_end(s, end) {
            return Some(marker(MarkerKind::Glyph, s, end));
        }
        if first != 'o' {
            return None;
        }
    }
    enumerator(s)
}

/// Length of the run of ASCII bytes at `s[from..]` satisfying `pred`,
/// stopping after `max + 1` bytes.
fn ascii_run(s: &[u8], from: usize, max: usize, pred: fn(&u8) -> bool) -> usize {
    s.iter()
        .skip(from)
        .take(max + 1)
        .take_while(|b| pred(b))
        .count()
}

/// `(a)`, `[1]`, `a)`, `a.`, `iv)`, `1.`, `1)`, `1.2.1`, `1.2.`, `1.2 Title`.
fn enumerator(s: &str) -> Option<Marker> {
    let b = s.as_bytes();
    let close = match b.first()? {
        b'(' => Some(b')'),
        b'[' => Some(b']'),
        _ => None,
    };
    if let Some(close) = close {
        let len = ascii_run(b, 1, 8, u8::is_ascii_alphanumeric);
        let label = &s[1..1 + len];
        if !is_label(label) || b.get(1 + len) != Some(&close) {
            return None;
        }
        let end = len + 2;
        return ws_or_end(s, end).then(|| marker(MarkerKind::Enumerator, s, end));
    }
    let digits = ascii_run(b, 0, 3, u8::is_ascii_digit);
    if digits > 0 {
        if digits > 3 {
            return None;
        }
        let mut groups = 1;
        let mut short = digits <= 2;
        let mut j = digits;
        while b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
            let len = ascii_run(b, j + 1, 3, u8::is_ascii_digit);
            if len > 3 || groups >= 8 {
                return None;
            }
            short &= len <= 2;
            groups += 1;
            j += 1 + len;
        }
        let trailing = matches!(b.get(j), Some(b'.' | b')'));
        let end = if trailing { j + 1 } else { j };
        if !ws_or_end(s, end) {
            return None;
        }
        let ok = match (groups, trailing) {
            (1, false) => false,
            (2, false) => short && title_like(s[end..].trim_start()),
            _ => true,
        };
        return ok.then(|| marker(MarkerKind::Enumerator, s, end));
    }
    let letters = ascii_run(b, 0, 8, u8::is_ascii_alphabetic);
    if letters == 0 || letters > 8 {
        return None;
    }
    let label = &s[..letters];
    if !(letters == 1 || is_roman(label)) || !matches!(b.get(letters), Some(b'.' | b')')) {
        return None;
    }
    let end = letters + 1;
    ws_or_end(s, end).then(|| marker(MarkerKind::Enumerator, s, end))
}

/// Label inside `(…)`/`[…]`: 1–3 digits, one ASCII letter or a roman numeral.
fn is_label(label: &str) -> bool {
    let n = label.len();
    ((1..=3).contains(&n) && label.bytes().all(|b| b.is_ascii_digit()))
        || (n == 1 && label.bytes().all(|b| b.is_ascii_alphabetic()))
        || is_roman(label)
}

/// An uppercase letter followed by a lowercase one (`Data`), or a letter of
/// a script without case.
fn title_like(word: &str) -> bool {
    let mut cs = word.chars();
    match (cs.next(), cs.next()) {
        (Some(a), Some(b)) if a.is_uppercase() => b.is_lowercase(),
        (Some(a), _) => a.is_alphabetic() && !a.is_lowercase() && !a.is_uppercase(),
        _ => false,
    }
}

/// A canonical roman numeral below 90 made of `i v x l`, all in one case.
fn is_roman(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 8 {
        return false;
    }
    let lower = b.iter().all(|c| b"ivxl".contains(c));
    let upper = b.iter().all(|c| b"IVXL".contains(c));
    if !lower && !upper {
        return false;
    }
    let value = |c: u8| match c.to_ascii_lowercase() {
        b'i' => 1,
        b'v' => 5,
        b'x' => 10,
        _ => 50,
    };
    let mut total = 0i32;
    for (k, &c) in b.iter().enumerate() {
        let v = value(c);
        if b.get(k + 1).is_some_and(|&n| value(n) > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    if !(1..90).contains(&total) {
        return false;
    }
    let mut canonical = String::new();
    let mut n = total;
    for (v, digits) in [
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ] {
        while n >= v {
            canonical.push_str(digits);
            n -= v;
        }
    }
    canonical.eq_ignore_ascii_case(s)
}

/// How a token ends, as far as sentence boundaries are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    /// No sentence stop.
    None,
    /// A sentence stop: split before a plausible sentence start.
    Hard,
    /// A CJK stop: split before anything that is not punctuation.
    Cjk,
    /// A soft abbreviation: split only before a strong starter.
    Soft,
    /// `etc.`: soft, plus the long-clause rule unless a `)` follows.
    Etc { parenthesised: bool },
    /// An abbreviation or inline enumerator that never ends a sentence.
    Never,
}

fn end_kind(tok: &str, prev: Option<&str>) -> End {
    let inner = tok.trim_start_matches(OPENERS).trim_end_matches(CLOSERS);
    if tok.starts_with(['(', '['])
        && !inner.is_empty()
        && inner.chars().all(|c| c == '.' || c == '…')
    {
        return End::None; // bracketed elision "(...)"
    }
    let core = tok.trim_end_matches(CLOSERS);
    let parenthesised = tok[core.len()..].contains([')', ']', '）']);
    let Some(last) = core.chars().next_back() else {
        return End::None;
    };
    match last {
        '.' => period_kind(&core[..core.len() - 1], prev, parenthesised),
        '!' if core
            .trim_start_matches(OPENERS)
            .eq_ignore_ascii_case("yahoo!") =>
        {
            End::Soft
        }
        c if BANGS.contains(&c) || OTHER_STOPS.contains(&c) => End::Hard,
        c if CJK_STOPS.contains(&c) => End::Cjk,
        _ => End::None,
    }
}

/// Classifies a token ending in `.`; `stem_full` is the token without that
/// dot (and without closers after it).
fn period_kind(stem_full: &str, prev: Option<&str>, parenthesised: bool) -> End {
    if stem_full.ends_with(['.', '…']) || stem_full.ends_with(CLOSERS) {
        return End::Hard; // "...", "etc..", "(see above)."
    }
    let stem = stem_full.trim_start_matches(OPENERS);
    if stem.is_empty() || stem.len() > 24 {
        return End::Hard;
    }
    if let Some(abbr) = lookup_abbreviation(stem) {
        return match abbr {
            Abbr::Never => End::Never,
            Abbr::Soft => End::Soft,
            Abbr::Etc => End::Etc { parenthesised },
        };
    }
    if is_dotted_abbreviation(stem) {
        return End::Soft;
    }
    let mut chars = stem.chars();
    let single = match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_alphabetic() => Some(c),
        _ => None,
    };
    let enumerator_like = single.is_some() || is_number_label(stem) || is_roman(stem);
    if enumerator_like && after_list_context(prev) {
        return End::Never; // "as follows: 1. Name", "Name. 2. Email"
    }
    if let Some(c) = single {
        if c.is_lowercase() {
            return End::Never; // "p. 5", "p. ex."
        }
        if c.is_uppercase() {
            return End::Soft; // initials: "J. Smith"
        }
    }
    if is_roman(stem) && stem.bytes().all(|b| b.is_ascii_lowercase()) {
        return End::Never;
    }
    End::Hard
}

/// Longest entry of [`ABBREVIATIONS`] in bytes, with some slack.
const MAX_ABBREVIATION_LEN: usize = 16;

/// One abbreviation: (text without final dot, strength, case-insensitive).
type AbbrEntry = (&'static str, Abbr, bool);

/// [`ABBREVIATIONS`] grouped by ASCII-lowercased text, built once.
fn abbreviation_index() -> &'static HashMap<String, Vec<AbbrEntry>> {
    static INDEX: OnceLock<HashMap<String, Vec<AbbrEntry>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<String, Vec<_>> = HashMap::new();
        for &entry in ABBREVIATIONS {
            debug_assert!(entry.0.len() <= MAX_ABBREVIATION_LEN);
            index
                .entry(entry.0.to_ascii_lowercase())
                .or_default()
                .push(entry);
        }
        index
    })
}

fn lookup_abbreviation(stem: &str) -> Option<Abbr> {
    if stem.len() > MAX_ABBREVIATION_LEN {
        return None;
    }
    let mut buf = [0u8; MAX_ABBREVIATION_LEN];
    let key = &mut buf[..stem.len()];
    key.copy_from_slice(stem.as_bytes());
    key.make_ascii_lowercase();
    let key = std::str::from_utf8(key).ok()?;
    abbreviation_index()
        .get(key)?
        .iter()
        .find(|&&(word, _, case_insensitive)| {
            case_insensitive
                || stem == word
                || (word.starts_with(|c: char| c.is_uppercase()) && all_caps(stem))
        })
        .map(|&(_, abbr, _)| {
            // In ALL CAPS, "SEC", "FL" or "CH" may be acronyms or codes that
            // end a sentence: weaken "never" to "soft".
            if abbr == Abbr::Never && all_caps(stem) && !stem.contains('.') {
                Abbr::Soft
            } else {
                abbr
            }
        })
}

/// At least two characters, some uppercase and none lowercase.
fn all_caps(word: &str) -> bool {
    word.chars().nth(1).is_some()
        && word.chars().any(char::is_uppercase)
        && !word.chars().any(char::is_lowercase)
}

/// Letters-and-dots tokens with short segments: `U.S`, `a.m`, `Ph.D`.
fn is_dotted_abbreviation(stem: &str) -> bool {
    stem.contains('.')
        && stem.split('.').all(|seg| {
            let n = seg.chars().count();
            (1..=2).contains(&n) && seg.chars().all(char::is_alphabetic)
        })
}

/// `2`, `12`, `1.2`, `1.2.1`: dot-separated groups of 1–3 ASCII digits.
fn is_number_label(stem: &str) -> bool {
    stem.split('.')
        .all(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the previous token leaves room for an inline enumerator.
fn after_list_context(prev: Option<&str>) -> bool {
    prev.is_none_or(|p| {
        p.ends_with([
            ':', ';', ',', '.', '!', '?', '：', '；', '，', '。', '！', '？',
        ])
    })
}

/// First character after any opening quotes/brackets.
fn first_letter(word: &str) -> Option<char> {
    word.trim_start_matches(OPENERS).chars().next()
}

/// Whether `next` (a token, `rest` being the text from it on) can begin a
/// sentence after a full stop.
fn plausible_start(next: &str, rest: &str) -> bool {
    let next = next.trim_start_matches(INVISIBLE);
    let Some(c) = next.chars().next() else {
        return false;
    };
    if OPENERS.contains(&c) || START_SYMBOLS.contains(&c) {
        return true;
    }
    if c.is_numeric() || (c.is_alphabetic() && !c.is_lowercase()) {
        return true;
    }
    if c.is_lowercase() && next.chars().nth(1).is_some_and(char::is_uppercase) {
        return true; // "iOS", "eBay"
    }
    detect_marker(rest).is_some()
}

/// Whether `next` can follow a CJK stop as a new clause.
fn cjk_start(next: &str, rest: &str) -> bool {
    next.chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || OPENERS.contains(&c) || START_SYMBOLS.contains(&c))
        || detect_marker(rest).is_some()
}

/// [`STRONG_STARTERS`] keyed by ASCII-lowercased text, built once.
fn starter_index() -> &'static HashMap<String, &'static str> {
    static INDEX: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    INDEX.get_or_init(|| {
        STRONG_STARTERS
            .iter()
            .map(|&w| (w.to_ascii_lowercase(), w))
            .collect()
    })
}

/// Whether `next` is a strong sentence starter (`We`, `The`, `WE`, `We'll`).
fn strong_starter(next: &str) -> bool {
    let word = next
        .trim_start_matches(OPENERS)
        .trim_end_matches(|c: char| CLOSERS.contains(&c) || matches!(c, ',' | ';' | ':'));
    let word = word.split(['\'', '’']).next().unwrap_or(word); // "We'll"
    if word.len() > MAX_ABBREVIATION_LEN || !word.starts_with(char::is_uppercase) {
        return false;
    }
    let mut buf = [0u8; MAX_ABBREVIATION_LEN];
    let key = &mut buf[..word.len()];
    key.copy_from_slice(word.as_bytes());
    key.make_ascii_lowercase();
    let Some(&starter) = std::str::from_utf8(key)
        .ok()
        .and_then(|k| starter_index().get(k))
    else {
        return false;
    };
    starter == word || (word.len() > 1 && !word.chars().any(char::is_lowercase))
}

fn is_boundary(tok: &str, prev: Option<&str>, next: &str, rest: &str, words: usize) -> bool {
    // A detached closing quote (French "Site. » Then") ends like the word
    // before it.
    let kind = if tok.chars().all(|c| CLOSERS.contains(&c)) {
        prev.map_or(End::None, |p| end_kind(p, None))
    } else {
        end_kind(tok, prev)
    };
    match kind {
        End::None | End::Never => false,
        End::Hard => plausible_start(next, rest),
        End::Cjk => cjk_start(next, rest),
        End::Soft => strong_starter(next),
        End::Etc { parenthesised } => {
            strong_starter(next)
                || (!parenthesised
                    && words > ETC_MIN_WORDS_BEFORE
                    && first_letter(next).is_some_and(char::is_uppercase)
                    && !is_abbreviation_token(next))
        }
    }
}

/// Whether a token is an abbreviation with its dot (`Ltd.`, `U.S.`, `J.`),
/// as in `Samsung Electronics Co. Ltd.`.
fn is_abbreviation_token(tok: &str) -> bool {
    let core = tok.trim_end_matches(|c: char| CLOSERS.contains(&c) || matches!(c, ',' | ';' | ':'));
    let Some(stem) = core.strip_suffix('.') else {
        return false;
    };
    let stem = stem.trim_start_matches(OPENERS);
    stem.chars().count() == 1 || lookup_abbreviation(stem).is_some() || is_dotted_abbreviation(stem)
}

/// Byte offsets inside `tok` where a new clause starts after a CJK stop that
/// is not followed by whitespace.
fn cjk_split_points(tok: &str) -> Vec<usize> {
    let mut points = Vec::new();
    let mut chars = tok.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !CJK_STOPS.contains(&c) {
            continue;
        }
        while chars
            .next_if(|&(_, d)| {
                CJK_STOPS.contains(&d)
                    || BANGS.contains(&d)
                    || OTHER_STOPS.contains(&d)
                    || CLOSERS.contains(&d)
            })
            .is_some()
        {}
        if let Some(&(q, d)) = chars.peek() {
            if d.is_alphanumeric() || OPENERS.contains(&d) || START_SYMBOLS.contains(&d) {
                points.push(q);
            }
        }
    }
    points
}

/// Splits normalised text (single spaces, trimmed, non-empty). Tokens ending
/// at or before `protected` (the enumerator) are never split after.
fn split_body(body: &str, protected: usize) -> Vec<String> {
    let mut spans = Vec::new();
    let mut from = 0;
    for (i, _) in body.match_indices(' ') {
        spans.push((from, i));
        from = i + 1;
    }
    spans.push((from, body.len()));

    let mut clauses = Vec::new();
    let mut start = 0;
    let mut words = 0;
    for (i, &(s, e)) in spans.iter().enumerate() {
        words += 1;
        if e <= protected {
            continue;
        }
        let tok_from = s.max(start);
        if !body[tok_from..e].is_ascii() && body[tok_from..e].contains(CJK_STOPS) {
            for q in cjk_split_points(&body[tok_from..e]) {
                let at = tok_from + q;
                clauses.push(body[start..at].to_owned());
                start = at;
                words = 1;
            }
        }
        let Some(&(ns, ne)) = spans.get(i + 1) else {
            break;
        };
        let tok = &body[s.max(start)..e];
        // A word ending in a letter or digit ends no clause: skip the
        // full check for most words.
        if tok.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &body[spans[p].0..spans[p].1]);
        if is_boundary(tok, prev, &body[ns..ne], &body[ns..], words) {
            clauses.push(body[start..e].to_owned());
            start = ns;
            words = 0;
        }
    }
    if start < body.len() {
        clauses.push(body[start..].to_owned());
    }
    clauses
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits and checks the invariants every output must satisfy.
    fn split(p: &str) -> Vec<String> {
        let clauses = split_paragraph(p);
        assert_lossless(p, &clauses);
        clauses
    }

    fn is_glyph(marker: &str) -> bool {
        marker == "o"
            || marker
                .chars()
                .all(|c| "-–—*+•·▪▫●◦○■□‣⁃➢➤►▶▸▹✓✔❖◆◇★☐☑⦁∙→⇒".contains(c))
    }

    /// Clauses are trimmed, non-empty, single-spaced, and together hold
    /// exactly the paragraph's words except a removed glyph bullet.
    fn assert_lossless(p: &str, clauses: &[String]) {
        for c in clauses {
            assert!(!c.is_empty(), "empty clause from {p:?}");
            assert_eq!(c.trim(), c, "untrimmed clause from {p:?}");
            assert!(!c.contains("  "), "double space in {c:?}");
            assert!(
                c.chars().all(|ch| ch == ' ' || !ch.is_whitespace()),
                "raw whitespace in {c:?}"
            );
        }
        let expected = match list_marker(p) {
            Some((m, rest)) if is_glyph(m) => rest,
            _ => p,
        };
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let got: String = clauses.iter().map(|c| squash(c)).collect();
        assert_eq!(got, squash(expected), "characters lost or added for {p:?}");
        if !p.contains(CJK_STOPS) {
            let got: Vec<&str> = clauses.iter().flat_map(|c| c.split_whitespace()).collect();
            let want: Vec<&str> = expected.split_whitespace().collect();
            assert_eq!(got, want, "words lost or added for {p:?}");
        }
    }

    fn one(p: &str) {
        let c = split(p);
        assert_eq!(c.len(), 1, "expected one clause for {p:?}, got {c:#?}");
    }

    #[test]
    fn simple_sentences() {
        assert_eq!(
            split(
                "We DO NOT sell customer information. We share or disclose customer \
                 information only as described below."
            ),
            [
                "We DO NOT sell customer information.",
                "We share or disclose customer information only as described below."
            ]
        );
    }

    #[test]
    fn california_citation_stays_one_clause() {
        one(
            "Under Cal. Civ. Code § 1798.80, a user residing in the State of California has \
             the right to request from us a list of all third parties.",
        );
        one("See Cal. Bus. & Prof. Code § 22575 and Cal. Civ. Code § 1798.83 for details.");
        one("UNDER CAL. CIV. CODE § 1798.83, YOU MAY ASK US FOR A LIST.");
    }

    #[test]
    fn latin_abbreviations() {
        one("We use cookies, e.g. Session cookies, and pixels, i.e. Small images, on our site.");
        one("Data (e.g., IP addresses) is stored, cf. Section 3 and Smith vs. Jones, for approx. 3 years.");
        one("Some processors, viz. Stripe and PayPal, act as controllers.");
    }

    #[test]
    fn company_suffixes() {
        one("Acme Inc. and Foo Ltd. share data with Bar Co. and Baz Corp. under contract.");
        one("Acme LLC. Holdings and Acme Pty. Ltd. operate the site.");
        one("Our products are made by the Korean company Samsung Electronics Co. Ltd. in Seoul.");
        one("Acme Inc. Privacy Policy");
        assert_eq!(
            split(
                "We use Google Analytics, a service provided by Google Inc. Google uses cookies."
            ),
            [
                "We use Google Analytics, a service provided by Google Inc.",
                "Google uses cookies."
            ]
        );
        one("Foo Sdn. Bhd. (“we”) operates the app.");
        assert_eq!(
            split("This site is run by Acme Inc. We are based in Boston."),
            ["This site is run by Acme Inc.", "We are based in Boston."]
        );
        assert_eq!(
            split("ACME INC. THE SERVICE IS PROVIDED AS IS."),
            ["ACME INC.", "THE SERVICE IS PROVIDED AS IS."]
        );
    }

    #[test]
    fn titles_and_initials() {
        one("Contact Mr. Smith, Mrs. Jones, Ms. Lee, Dr. Brown or Prof. White at any time.");
        one("Our officer J. R. R. Tolkien handles requests.");
        one("Our DPO, Dr. A. Smith, handles requests.");
        assert_eq!(
            split("Details are listed in Schedule A. The schedule is updated yearly."),
            [
                "Details are listed in Schedule A.",
                "The schedule is updated yearly."
            ]
        );
    }

    #[test]
    fn legal_reference_abbreviations() {
        one("We rely on Art. 6(1)(f) GDPR and Sec. 5 of the Act.");
        one("See No. 5 and Nos. 6 to 8 in Vol. 2, p. 14.");
        one("Processing under Art. 9 Para. 2 lit. a GDPR is based on consent.");
    }

    #[test]
    fn dates_and_times() {
        one("The policy took effect on Jan. 1, 2024 and was revised on Sept. 5, 2024.");
        one("Support is open from 9 a.m. to 5 p.m. Eastern Time on weekdays.");
        assert_eq!(
            split("Support closes at 5 p.m. We answer e-mails the next day."),
            [
                "Support closes at 5 p.m.",
                "We answer e-mails the next day."
            ]
        );
    }

    #[test]
    fn dotted_country_abbreviations() {
        one("We comply with the U.S. Federal Trade Commission rules and U.K. GDPR.");
        one("Data may move to the E.U. Member States or the U.S.A. Government.");
        assert_eq!(
            split("Our servers are in the U.S. We also use servers in Ireland."),
            [
                "Our servers are in the U.S.",
                "We also use servers in Ireland."
            ]
        );
        assert_eq!(
            split("DATA IS STORED IN THE U.S. THE LAWS THERE MAY DIFFER."),
            ["DATA IS STORED IN THE U.S.", "THE LAWS THERE MAY DIFFER."]
        );
    }

    #[test]
    fn etc_rules() {
        one("We collect names, emails, etc. with your consent.");
        assert_eq!(
            split("Names, emails, etc. The data is encrypted."),
            ["Names, emails, etc.", "The data is encrypted."]
        );
        // Long clause before "etc." followed by a capitalised word: split.
        assert_eq!(
            split("We collect your name, address, phone number, etc. Google also collects data."),
            [
                "We collect your name, address, phone number, etc.",
                "Google also collects data."
            ]
        );
        // Short clause: keep together (probably a list continuing).
        one("Chrome, Firefox, etc. Browser settings apply.");
        // Parenthesised "etc.)" followed by a name: keep together.
        one("We use many tools (analytics, advertising, payment, hosting, support, etc.) Google among them.");
    }

    #[test]
    fn malay_abbreviations() {
        one("Maklumat peribadi (cth. nama, alamat dll. dan nombor telefon) dsb. dikumpul oleh kami.");
        one("Hubungi Acme Sdn. Bhd. di Jln. Ampang, Tel. 03-1234 5678 untuk maklumat lanjut.");
        assert_eq!(
            split("Kami mengumpul nama, alamat, dll. Kami tidak menjual data anda."),
            [
                "Kami mengumpul nama, alamat, dll.",
                "Kami tidak menjual data anda."
            ]
        );
    }

    #[test]
    fn german_abbreviations() {
        one("Wir speichern Daten, z.B. IP-Adressen, bzw. Kennungen, d.h. Pseudonyme, ggf. länger usw. gemäß Gesetz.");
        one("Wir speichern Daten, z. B. Cookies, nur mit Einwilligung.");
        assert_eq!(
            split("Wir speichern Namen, Adressen usw. Wir verkaufen keine Daten."),
            [
                "Wir speichern Namen, Adressen usw.",
                "Wir verkaufen keine Daten."
            ]
        );
    }

    #[test]
    fn french_and_other_abbreviations() {
        one("Nous traitons des données, p. ex. Votre adresse, c.-à-d. Vos coordonnées, avec soin.");
        one("Tratamos datos, p. ej. Nombre y correo, según el art. 6.");
        one("Wij verwerken gegevens, bijv. Namen, o.a. Voor facturatie.");
    }

    #[test]
    fn numbers_do_not_split() {
        one(
            "Over 1.5 million users trust v2.0 of the app with 99.9% uptime under § 1798.80 rules.",
        );
        one("Version 3.2.1 of the SDK stores 0.5 MB at most.");
        assert_eq!(
            split("We were founded in 2005. We now serve 1.5 million users."),
            [
                "We were founded in 2005.",
                "We now serve 1.5 million users."
            ]
        );
        assert_eq!(
            split("This applies to version 2.0. Older versions are unsupported."),
            [
                "This applies to version 2.0.",
                "Older versions are unsupported."
            ]
        );
        assert_eq!(
            split("Uptime was 99.9%. Downtime was scheduled."),
            ["Uptime was 99.9%.", "Downtime was scheduled."]
        );
    }

    #[test]
    fn urls_emails_domains_files() {
        one("Visit www.acronis.com or https://example.com/privacy.html?lang=EN#Top or write to support@aclaro.io for help.");
        one("Download privacy.html or Policy.PDF from docs.example.co.uk today.");
        assert_eq!(
            split("Visit www.acronis.com. We reply within a day."),
            ["Visit www.acronis.com.", "We reply within a day."]
        );
        assert_eq!(
            split("Write to support@aclaro.io. Please include your user ID."),
            [
                "Write to support@aclaro.io.",
                "Please include your user ID."
            ]
        );
        assert_eq!(
            split("Read privacy.html. It explains everything."),
            ["Read privacy.html.", "It explains everything."]
        );
    }

    #[test]
    fn ellipsis() {
        one("We may share data with partners... and affiliates.");
        one("We may share data with partners… and affiliates.");
        one("The law says that (...) Controllers must comply.");
        assert_eq!(
            split("We may share data... Partners are listed below."),
            ["We may share data...", "Partners are listed below."]
        );
    }

    #[test]
    fn quotes_and_brackets() {
        assert_eq!(
            split("We call it “Site.” Then we describe it."),
            ["We call it “Site.”", "Then we describe it."]
        );
        assert_eq!(
            split("He said \"stop.\" Then he left."),
            ["He said \"stop.\"", "Then he left."]
        );
        assert_eq!(
            split("(See Section 5.) We keep logs."),
            ["(See Section 5.)", "We keep logs."]
        );
        assert_eq!(
            split("We rely on Article 6(1)(f). You may object."),
            ["We rely on Article 6(1)(f).", "You may object."]
        );
        assert_eq!(
            split("We collect data. “Personal data” means any information."),
            ["We collect data.", "“Personal data” means any information."]
        );
    }

    #[test]
    fn detached_quotes_and_invisible_characters() {
        assert_eq!(
            split("Nous l’appelons « Site. » Ensuite nous le décrivons."),
            ["Nous l’appelons « Site. »", "Ensuite nous le décrivons."]
        );
        assert_eq!(
            split("Vraiment ? Oui, vraiment."),
            ["Vraiment ?", "Oui, vraiment."]
        );
        assert_eq!(
            split("We collect data.\u{200b} \u{200b}We keep it."),
            ["We collect data.\u{200b}", "\u{200b}We keep it."]
        );
    }

    #[test]
    fn all_caps_acronyms_may_end_sentences() {
        assert_eq!(
            split("WE FILE REPORTS WITH THE SEC. WE ALSO NOTIFY REGULATORS IN FL. THE RULES VARY."),
            [
                "WE FILE REPORTS WITH THE SEC.",
                "WE ALSO NOTIFY REGULATORS IN FL.",
                "THE RULES VARY."
            ]
        );
        one("SEE SEC. 5 AND NO. 7 OF THE ACT.");
        one("E.G. THE NAME, I.E. THE LABEL.");
    }

    #[test]
    fn exclamation_and_question_marks() {
        assert_eq!(
            split("Questions? Contact us! We answer quickly."),
            ["Questions?", "Contact us!", "We answer quickly."]
        );
        assert_eq!(
            split("Why do we collect data?” Because we must."),
            ["Why do we collect data?”", "Because we must."]
        );
        one("Is it really? yes it is.");
        one("We use Yahoo! Japan services.");
    }

    #[test]
    fn lowercase_and_semicolons_do_not_split() {
        one("We collect data. and then we process it.");
        one("We collect data; we process it; we delete it.");
    }

    #[test]
    fn camel_case_and_digits_start_sentences() {
        assert_eq!(
            split("We support many devices. iOS users get push alerts."),
            ["We support many devices.", "iOS users get push alerts."]
        );
        assert_eq!(
            split("Data is kept for one year. 30 days after that it is deleted."),
            [
                "Data is kept for one year.",
                "30 days after that it is deleted."
            ]
        );
    }

    #[test]
    fn glyph_bullets_are_removed() {
        for bullet in [
            "–", "—", "-", "--", "*", "+", "•", "·", "▪", "o", "●", "◦", "■", "➢",
        ] {
            let p = format!("{bullet} Name");
            assert_eq!(split(&p), ["Name"], "bullet {bullet:?}");
            assert_eq!(list_marker(&p), Some((bullet, "Name")));
        }
        assert_eq!(split("– Name"), ["Name"]);
        assert_eq!(split("•Name and address"), ["Name and address"]);
        assert_eq!(list_marker("•Name"), Some(("•", "Name")));
        assert!(split("•").is_empty());
        assert!(split("  –  ").is_empty());
    }

    #[test]
    fn enumerators_are_kept() {
        let cases = [
            ("(a) the data", "(a)"),
            ("a) the data", "a)"),
            ("a. the data", "a."),
            ("B. The data", "B."),
            ("(1) the data", "(1)"),
            ("[2] the data", "[2]"),
            ("1. the data", "1."),
            ("12) the data", "12)"),
            ("1.2.1 the data", "1.2.1"),
            ("1.2.1. the data", "1.2.1."),
            ("1.2. the data", "1.2."),
            ("1.2 Data we collect", "1.2"),
            ("i. the data", "i."),
            ("ii. the data", "ii."),
            ("iv) the data", "iv)"),
            ("xiv. the data", "xiv."),
            ("(iv) the data", "(iv)"),
            ("I. Introduction", "I."),
            ("XL. The data", "XL."),
        ];
        for (p, m) in cases {
            let (marker, rest) = list_marker(p).unwrap_or_else(|| panic!("no marker in {p:?}"));
            assert_eq!(marker, m);
            assert_eq!(format!("{marker} {rest}"), p);
            let c = split(p);
            assert_eq!(c, [p], "enumerator must stay in the clause: {p:?}");
        }
        assert_eq!(list_marker("  (a)  "), Some(("(a)", "")));
        assert_eq!(split("(a)"), ["(a)"]);
    }

    #[test]
    fn non_markers() {
        for p in [
            "I agree to the terms.",
            "1.5 million users trust us.",
            "1.2 million users trust us.",
            "2.5 GB of storage is free.",
            "e.g. this one",
            "-5% change",
            "*Terms apply.",
            "No. 5 of the list",
            "2024 was a good year.",
            "2024. A good year.",
            "Mr. Smith",
            "o.k. then",
            "oh well",
            "1.2.1a test",
            "Ii. mixed case",
            "IIII. not canonical",
            "vx. not canonical",
            "(abc) not a label",
            "(a)b glued",
            "a.m. is a time",
            "",
            "   ",
        ] {
            assert_eq!(list_marker(p), None, "{p:?}");
            split(p);
        }
    }

    #[test]
    fn malay_multilevel_item_two_clauses() {
        assert_eq!(
            split("1.2.1 Data Komunikasi mungkin termasuk ... . Kami memproses data ini ..."),
            [
                "1.2.1 Data Komunikasi mungkin termasuk ... .",
                "Kami memproses data ini ..."
            ]
        );
        assert_eq!(
            split(
                "1.2.1 Data Komunikasi mungkin termasuk nombor telefon dan alamat e-mel anda. \
                 Kami memproses data ini untuk menghubungi anda."
            ),
            [
                "1.2.1 Data Komunikasi mungkin termasuk nombor telefon dan alamat e-mel anda.",
                "Kami memproses data ini untuk menghubungi anda."
            ]
        );
    }

    #[test]
    fn malay_roman_item() {
        assert_eq!(
            split("i. mengesahkan identiti anda;"),
            ["i. mengesahkan identiti anda;"]
        );
        assert_eq!(
            list_marker("i. mengesahkan identiti anda;"),
            Some(("i.", "mengesahkan identiti anda;"))
        );
    }

    #[test]
    fn inline_enumeration_with_semicolons_is_one_clause() {
        one(
            "(a) under applicable law, including laws outside your country of residence; \
             (b) to comply with legal process;",
        );
        one("We may disclose data (a) to comply with law; (b) to protect rights; and (c) in a merger.");
    }

    #[test]
    fn list_items_with_several_sentences() {
        assert_eq!(
            split(
                "• Account data. We store your name and e-mail. It is deleted when you close \
                 the account."
            ),
            [
                "Account data.",
                "We store your name and e-mail.",
                "It is deleted when you close the account."
            ]
        );
        assert_eq!(
            split("2. Account data. We store your name. It is deleted later."),
            [
                "2. Account data.",
                "We store your name.",
                "It is deleted later."
            ]
        );
        assert_eq!(
            split("A. Information We Collect. We collect data."),
            ["A. Information We Collect.", "We collect data."]
        );
        assert_eq!(
            split("• (a) Account data. We store it."),
            ["(a) Account data.", "We store it."]
        );
    }

    #[test]
    fn inline_enumerators_do_not_split() {
        assert_eq!(
            split("We collect the following: 1. Name. 2. Email address."),
            ["We collect the following: 1. Name.", "2. Email address."]
        );
        assert_eq!(
            split("The policy has parts: I. Scope. II. Data."),
            ["The policy has parts: I. Scope.", "II. Data."]
        );
        one("We collect: a. Name; b. Email; ii. Phone; iii. Address.");
        assert_eq!(
            split("This is described in Part II. The part covers cookies."),
            ["This is described in Part II.", "The part covers cookies."]
        );
    }

    #[test]
    fn chinese_and_japanese() {
        assert_eq!(
            split("我们收集您的信息。我们使用这些信息来提供服务。"),
            ["我们收集您的信息。", "我们使用这些信息来提供服务。"]
        );
        assert_eq!(
            split("他说：“我们不出售数据。”然后我们离开了！真的吗？是的。"),
            [
                "他说：“我们不出售数据。”",
                "然后我们离开了！",
                "真的吗？",
                "是的。"
            ]
        );
        assert_eq!(
            split("当社は情報を収集します。 当社は情報を販売しません。"),
            ["当社は情報を収集します。", "当社は情報を販売しません。"]
        );
        one("版本 v2.0 的数据.我们");
    }

    #[test]
    fn arabic_and_hindi() {
        assert_eq!(
            split("نحن نجمع المعلومات. نستخدم المعلومات لتقديم الخدمة؟ نعم."),
            [
                "نحن نجمع المعلومات.",
                "نستخدم المعلومات لتقديم الخدمة؟",
                "نعم."
            ]
        );
        assert_eq!(
            split("हम जानकारी एकत्र करते हैं। हम इसका उपयोग करते हैं।"),
            ["हम जानकारी एकत्र करते हैं।", "हम इसका उपयोग करते हैं।"]
        );
    }

    #[test]
    fn whitespace_is_collapsed_and_trimmed() {
        assert_eq!(
            split("  We\tcollect \n\n data.\u{a0}\u{a0}We   keep it.  "),
            ["We collect data.", "We keep it."]
        );
        assert!(split("").is_empty());
        assert!(split(" \n\t ").is_empty());
    }

    #[test]
    fn split_clauses_flattens_paragraphs() {
        let paragraphs = ["Intro. Second sentence.", "– Name", "", "(b) to comply;"];
        assert_eq!(
            split_clauses(paragraphs),
            ["Intro.", "Second sentence.", "Name", "(b) to comply;"]
        );
        let owned = [String::from("A bc. C d.")];
        assert_eq!(
            split_clauses(owned.iter().map(String::as_str)),
            ["A bc.", "C d."]
        );
    }

    #[test]
    fn deterministic() {
        let p = "We share data with Acme Inc. We use U.S. servers, e.g. AWS. “Quote.” Then 我们收集。数据 ... (a) x";
        let first = split(p);
        for _ in 0..10 {
            assert_eq!(split(p), first);
        }
    }

    #[test]
    fn two_megabyte_paragraph_is_fast() {
        let sentence = "We share data with Acme Inc. and its U.S. affiliates, e.g. for billing (see § 1798.80). ";
        let n = 2 * 1024 * 1024 / sentence.len() + 1;
        let p = sentence.repeat(n);
        let clauses = split_paragraph(&p);
        assert_eq!(clauses.len(), n);
        assert_eq!(clauses[0], sentence.trim());
        assert_lossless(&p, &clauses);
    }

    #[test]
    fn pathological_large_inputs_are_fast() {
        let inputs = [
            ".".repeat(2 << 20),
            "a. ".repeat(700_000),
            "数据。".repeat(230_000),
            "x".repeat(2 << 20),
            "(a) ".repeat(500_000),
            "U.S. ".repeat(400_000),
            "。".repeat(700_000),
        ];
        for p in &inputs {
            let clauses = split_paragraph(p);
            assert_lossless(p, &clauses);
        }
    }

    /// Tiny deterministic generator for fuzzing without extra dependencies.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 33) as usize
        }
    }

    #[test]
    fn fuzz_never_panics_and_loses_nothing() {
        const FRAGMENTS: &[&str] = &[
            "We",
            "data",
            "e.g.",
            "etc.",
            "U.S.",
            "Inc.",
            " ",
            "  ",
            "\t",
            "\n",
            ".",
            "...",
            "…",
            "!",
            "?",
            "。",
            "？",
            "“",
            "”",
            "\"",
            "(",
            ")",
            "[",
            "(a)",
            "1.",
            "1.2.1",
            "i.",
            "–",
            "•",
            "o",
            "-",
            ";",
            ",",
            "1.5",
            "www.acronis.com",
            "support@aclaro.io",
            "数据",
            "我们",
            "نحن",
            "।",
            "हम",
            "Ä",
            "ß",
            "🙂",
            "\u{200b}",
            "\u{a0}",
            "é",
            "A.",
            "a.",
            "I",
            "The",
            "Kami",
            "z.B.",
            "§",
            "IV.",
            "x",
            "'",
            "’",
            "a)",
            "(...)",
            "c.-à-d.",
            "İ",
            "\u{301}",
            "Yahoo!",
            ":",
            "2.",
            "XL",
            "l",
        ];
        let mut rng = Lcg(0x5eed);
        for _ in 0..20_000 {
            let len = rng.next() % 24;
            let mut p = String::new();
            for _ in 0..len {
                if rng.next().is_multiple_of(8) {
                    let c = char::from_u32((rng.next() % 0x3_0000) as u32).unwrap_or('?');
                    p.push(c);
                } else {
                    p.push_str(FRAGMENTS[rng.next() % FRAGMENTS.len()]);
                }
            }
            split(&p);
            let _ = list_marker(&p);
        }
    }

    #[test]
    fn every_char_boundary_prefix_and_suffix() {
        let s =
            "• 1.2.1 Wir „speichern“ Daten, z.B. 数据。我们？ नहीं। نعم؟ Acme Inc. We… e.g. (a) ok.";
        for (i, _) in s.char_indices() {
            split(&s[..i]);
            split(&s[i..]);
            let _ = list_marker(&s[i..]);
        }
    }
}
