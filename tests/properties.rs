//! Property tests of the reading pipeline: it never panics on any input,
//! is deterministic, keeps every word of ordinary prose, and the clause
//! splitter loses nothing but list bullets.
//!
//! Each property runs `PROPTEST_CASES` cases (default [`DEFAULT_CASES`]).
//! Failures are not persisted to `proptest-regressions/` files: a failing
//! case is printed, shrunk, and should become a regular unit test next to
//! the code it breaks.

use std::collections::{BTreeMap, BTreeSet};

use polidx::clean::{clean, Line, LineKind};
use polidx::ingest::decode::decode;
use polidx::ingest::html::html_to_markup;
use polidx::ingest::{Format, SourceText};
use polidx::policy::{read_policy, Policy};
use polidx::segment::clauses::{split_clauses, split_paragraph};
use polidx::segment::segment;
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;

const DEFAULT_CASES: u32 = 256;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const FORMATS: [Format; 3] = [Format::Text, Format::Markdown, Format::Html];

fn source(text: &str, format: Format) -> SourceText {
    SourceText {
        rel_path: "prop.txt".into(),
        format,
        encoding: "UTF-8",
        text: text.to_string(),
    }
}

/// Words as the no-text-lost properties count them: maximal runs of
/// alphanumeric characters. Punctuation and list bullets are not words.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

fn policy_texts(policy: &Policy) -> impl Iterator<Item = &str> {
    policy
        .sections
        .iter()
        .flat_map(|s| std::iter::once(&s.heading).chain(&s.clauses))
        .map(String::as_str)
}

fn count_words<'a>(texts: impl Iterator<Item = &'a str>) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for text in texts {
        for word in words(text) {
            *counts.entry(word.to_string()).or_insert(0) += 1;
        }
    }
    counts
}

/// The shape every policy must have, whatever its input.
fn assert_well_formed(policy: &Policy) -> Result<(), TestCaseError> {
    for section in &policy.sections {
        prop_assert_eq!(section.heading.trim(), section.heading.as_str());
        prop_assert!(
            !section.heading.is_empty() || !section.clauses.is_empty(),
            "empty section"
        );
        for clause in &section.clauses {
            prop_assert!(!clause.is_empty(), "empty clause in {:?}", section);
            prop_assert_eq!(clause.trim(), clause.as_str());
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Inputs: arbitrary bytes, arbitrary text, and a "markup soup" of the
// constructs the cleaner, HTML converter and splitter look for.

#[rustfmt::skip]
const SOUP: &[&str] = &[
    "#", "# ", "## ", "###### ", "####### ", "\n", "\n\n", "\n\n\n", " ", "  ", "\t", "*", "**",
    "***", "_", "__", "- ", "* ", "+ ", "-- ", "1. ", "2) ", "12.3 ", "1.2.1 ", "(a) ", "iv. ",
    "a) ", "[1] ", "o ", "• ", "–", "—", "·", "[", "]", "(", ")", "](", "](http://x.com/a)",
    "](/about)", "](https://web.archive.org/web/2012/http%3A//www.x.com/a)", "![", "<", ">", "> ",
    "</", "<p>", "</p>", "<h1>", "</h1>", "<h3 id=x>", "</h3>", "<li>", "<ul>", "</ul>", "<ol>",
    "<br>", "<br/>", "<b>", "</b>", "<strong>", "<span style=\"font-weight:bold\">", "</span>",
    "<table><tr><td>", "</td><td>", "</td></tr></table>", "<tr>", "<!--", "-->", "<script>",
    "</script>", "<style>", "<nav>", "</nav>", "<header>", "<footer>", "<main>", "<article>",
    "<div class=\"menu\">", "<div id=\"footer\">", "<div hidden>", "</div>", "<pre>", "</pre>",
    "<title>", "</title>", "<a href=\"http://y.org\">", "</a>", "<img alt=x>", "&amp;", "&nbsp;",
    "&#x41;", "&#0;", "&", "|", " | ", "|---|---|", "---", "===", "* * *", "```", "~~~", "\\",
    "\\.", ".", "...", "?", "!", ":", ";", ",", "\"", "'", "e.g.", "i.e.", "Inc.", "etc.", "U.S.",
    "No.", "Mr.", "Sdn. Bhd.", "a.m.", "www.x.com.", "me@x.com", "<me@x.com>", "<https://x.com>",
    "3.5", "1,000", "2018", "word", "Word", "WORD", "Privacy", "Policy", "PRIVACY POLICY", "we",
    "We", "collect", "data", "The", "Kami", "yang", "Cookies:", "Skip to content", "Menu",
    "Back to top", "Home >> Privacy", " privacy policy that was archived on ", "example.com",
    "2018-06-29", "Copyright", "©", "é", "ß", "İ", "𝔘", "中文", "。", "！", "…", "।", "؟", "«",
    "»", "“", "”", "’", "\u{a0}", "\u{200b}", "\u{ad}", "\u{feff}", "\u{2028}", "\r\n", "\r",
    "\0", "\u{7}", "١٢", "Dasar Privasi",
];

fn soup(max_tokens: usize) -> impl Strategy<Value = String> {
    let token = prop_oneof![
        8 => prop::sample::select(SOUP).prop_map(str::to_string),
        1 => ".{0,12}",
    ];
    prop::collection::vec(token, 0..max_tokens).prop_map(|t| t.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => ".{0,400}",
        3 => soup(160),
    ]
}

fn any_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        2 => prop::collection::vec(any::<u8>(), 0..2048),
        1 => ".{0,400}".prop_map(String::into_bytes),
        3 => soup(160).prop_map(String::into_bytes),
        // A valid page with a few bytes changed.
        1 => (soup(160), prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8))
            .prop_map(|(s, edits)| {
                let mut b = s.into_bytes();
                if !b.is_empty() {
                    for (at, byte) in edits {
                        let i = at.index(b.len());
                        b[i] = byte;
                    }
                }
                b
            }),
    ]
}

proptest! {
    #![proptest_config(config())]

    /// Any bytes: decoding never panics, and decoded text holds no control
    /// characters other than `\n` and `\t` (so no `\r`) and no BOM.
    #[test]
    fn decode_never_panics_and_strips_controls(bytes in any_bytes()) {
        if let Ok(decoded) = decode(&bytes) {
            for c in decoded.text.chars() {
                prop_assert!(
                    !(c.is_control() && c != '\n' && c != '\t') && c != '\u{feff}',
                    "{:?} left in {:?}",
                    c,
                    decoded.text
                );
            }
        }
    }

    /// UTF-8 text without control or format characters decodes to itself
    /// (with Unicode line separators as `\n`), unless it opens like a known
    /// binary format.
    #[test]
    fn clean_utf8_round_trips(text in "\\PC{0,300}") {
        let expected = text.replace(['\u{2028}', '\u{2029}'], "\n");
        match decode(text.as_bytes()) {
            Ok(decoded) => {
                prop_assert_eq!(decoded.text, expected);
                prop_assert_eq!(decoded.encoding, "UTF-8");
            }
            Err(err) => prop_assert!(
                ["RIFF", "%PDF-", "GIF87a", "GIF89a"].iter().any(|m| text.starts_with(m)),
                "{} for {:?}",
                err,
                text
            ),
        }
    }

    /// Any bytes, read as each format: the pipeline never panics, every
    /// clause is non-empty and trimmed, every heading is trimmed.
    #[test]
    fn read_policy_never_panics(bytes in any_bytes()) {
        let text = match decode(&bytes) {
            Ok(decoded) => decoded.text,
            Err(_) => String::from_utf8_lossy(&bytes).into_owned(),
        };
        for format in FORMATS {
            let policy = read_policy(&source(&text, format), None);
            assert_well_formed(&policy)?;
        }
    }

    /// The same input read twice gives the same policy, field for field.
    #[test]
    fn read_policy_is_deterministic(text in any_text()) {
        for format in FORMATS {
            let src = source(&text, format);
            let first = serde_json::to_string(&read_policy(&src, None)).unwrap();
            let second = serde_json::to_string(&read_policy(&src, None)).unwrap();
            prop_assert_eq!(first, second);
        }
    }

    /// The HTML converter's output contract: lines without trailing
    /// whitespace, each ending in `\n`, never two blank lines in a row.
    #[test]
    fn html_markup_is_tidy(html in any_text()) {
        let page = html_to_markup(&html);
        let markup = &page.markup;
        prop_assert!(markup.is_empty() || markup.ends_with('\n'), "{:?}", markup);
        prop_assert!(!markup.contains("\n\n\n"), "{:?}", markup);
        prop_assert!(!markup.starts_with('\n'), "{:?}", markup);
        for line in markup.lines() {
            prop_assert_eq!(line.trim_end(), line);
        }
        if let Some(title) = &page.title {
            prop_assert!(!title.is_empty());
            prop_assert_eq!(title.trim(), title.as_str());
        }
    }

    /// Sectioning never panics on any lines shaped like the cleaner's
    /// output (collapsed whitespace, any kind, any bold lead), and its
    /// clauses are non-empty and trimmed.
    #[test]
    fn segment_never_panics(lines in prop::collection::vec(any_line(), 0..60)) {
        for section in segment(&lines) {
            prop_assert_eq!(section.heading.trim(), section.heading.as_str());
            prop_assert!(section.level <= 6);
            for clause in &section.clauses {
                prop_assert!(!clause.is_empty());
                prop_assert_eq!(clause.trim(), clause.as_str());
            }
        }
    }

    /// Any text: clauses are non-empty, trimmed, whitespace-collapsed, and
    /// their non-space characters are the paragraph's, in order, minus at
    /// most one leading bullet glyph (one character other than a letter or
    /// digit, the letter `o`, or `--`).
    #[test]
    fn split_paragraph_keeps_every_character(text in any_text()) {
        let clauses = split_paragraph(&text);
        for clause in &clauses {
            prop_assert!(!clause.is_empty());
            prop_assert_eq!(clause.split_whitespace().collect::<Vec<_>>().join(" "), clause.as_str());
        }
        let input: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let output: String = clauses.concat().chars().filter(|c| !c.is_whitespace()).collect();
        prop_assert!(input.ends_with(&output), "{:?} -> {:?}", text, clauses);
        let removed = &input[..input.len() - output.len()];
        let single = removed.chars().count() == 1
            && removed.chars().all(|c| !c.is_alphanumeric() || c == 'o');
        prop_assert!(
            removed.is_empty() || removed == "--" || single,
            "removed {:?} from {:?}",
            removed,
            text
        );
        // Whole-section convenience: the same clauses, paragraph by paragraph.
        prop_assert_eq!(split_clauses([text.as_str()]), clauses);
    }

    /// Generated paragraphs: the clause words are the input words minus the
    /// bullet glyph that opened the paragraph.
    #[test]
    fn split_paragraph_keeps_every_word(
        bullet in prop::sample::select(&["", "–", "-", "*", "•"][..]),
        tokens in prop::collection::vec(paragraph_token(), 1..60),
        gaps in prop::collection::vec(prop::sample::select(&[" ", "  ", "\n", "\t", " \n "][..]), 60),
    ) {
        let mut text = String::new();
        if !bullet.is_empty() {
            text.push_str(bullet);
            text.push(' ');
        }
        for (token, gap) in tokens.iter().zip(&gaps) {
            text.push_str(token);
            text.push_str(gap);
        }
        let clauses = split_paragraph(&text);
        prop_assert!(clauses.iter().all(|c| !c.is_empty() && c.trim() == c));
        let expected: Vec<&str> = text.split_whitespace().skip(usize::from(!bullet.is_empty())).collect();
        let got: Vec<&str> = clauses.iter().flat_map(|c| c.split_whitespace()).collect();
        prop_assert_eq!(got, expected, "{:?}", clauses);
    }

    /// Generated prose in Markdown (read as Markdown and as plain text) and
    /// as HTML: every word of the input appears in the output headings and
    /// clauses, nothing is invented, and where no heading can be mistaken
    /// for a table-of-contents entry, every occurrence survives.
    #[test]
    fn prose_loses_no_words(doc in prose()) {
        // A heading whose text reappears as a later heading is taken for a
        // table-of-contents entry and removed, words and all, by design.
        prop_assume!(!repeats_a_heading(&doc), "repeated heading");
        let markdown = render_markdown(&doc);
        let html = render_html(&doc);
        let input = count_words(std::iter::once(markdown.as_str()));
        let exact = every_line_has_own_word(&markdown);
        for (format, text) in [
            (Format::Markdown, &markdown),
            (Format::Text, &markdown),
            (Format::Html, &html),
        ] {
            let policy = read_policy(&source(text, format), None);
            assert_well_formed(&policy)?;
            let output = count_words(policy_texts(&policy));
            let lost: BTreeSet<&String> = input.keys().filter(|w| !output.contains_key(*w)).collect();
            prop_assert!(lost.is_empty(), "{:?}: lost {:?}\n{}\n{:#?}", format, lost, text, policy.sections);
            for (word, n) in &output {
                prop_assert!(
                    input.get(word).is_some_and(|m| n <= m),
                    "{:?}: {:?} appears {} times in the output, {:?} in the input",
                    format, word, n, input.get(word)
                );
            }
            if exact {
                prop_assert_eq!(&output, &input, "{:?}\n{}\n{:#?}", format, text, policy.sections);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Lines for `segment`.

fn any_line() -> impl Strategy<Value = Line> {
    let kind = prop_oneof![
        (1u8..=6).prop_map(LineKind::Heading),
        Just(LineKind::Bold),
        Just(LineKind::ListItem),
        Just(LineKind::Plain),
        Just(LineKind::Plain),
        Just(LineKind::Separator),
        Just(LineKind::Blank),
    ];
    (kind, soup(24), any::<prop::sample::Index>(), 0usize..8).prop_map(
        |(kind, text, lead, indent)| {
            let text = match kind {
                LineKind::Separator | LineKind::Blank => String::new(),
                _ => text.split_whitespace().collect::<Vec<_>>().join(" "),
            };
            // Any byte offset, char boundary or not, and sometimes past the end.
            let bold_lead = match lead.index(4) {
                0 => 0,
                _ => lead.index(text.len() + 3),
            };
            Line {
                text,
                kind,
                bold_lead,
                indent,
            }
        },
    )
}

// ---------------------------------------------------------------------------
// Generated prose.
//
// What the cleaner and sectioner legitimately remove, and so what the prose
// generator never produces (see `src/clean.rs` and `src/segment/mod.rs`):
// * the archive banner paragraph ("… privacy policy that was archived on …");
// * Markdown link targets and images, multi-paragraph link cards, runs of
//   navigation links, breadcrumbs ("Home >> Privacy Policy");
// * skip links and page chrome lines of up to six words: "skip"/"jump" +
//   content/navigation/main/nav/menu/links/footer/search, "menu", "toggle
//   navigation", "back to top", "kembali ke atas", "langkau pautan" and
//   their translations (so the words in `BOILERPLATE` are never generated);
// * code fences, rules (`---`, `* * *`, `===`), table delimiter rows and
//   pipes, inline HTML tags, emphasis markers, backslash escapes, block
//   quote `>` and heading `#` markers;
// * list bullets: `*`, `+`, `-` become `–`, which the clause splitter drops
//   with the other glyph bullets, including a lone `o` opening a paragraph
//   (so `o` is never a generated word);
// * a heading closed by a rule before any text (a page widget's title);
// * table-of-contents entries: short paragraphs, and empty sections, whose
//   text reappears as a later heading.
//
// The last point is why the no-text-lost property is a multiset equality
// only when every source line holds a letter word of its own (one that
// appears on no other line, case-insensitively): a paragraph can then never
// repeat a heading, so no TOC entry exists. Otherwise a word may lose an
// occurrence that is a TOC entry, and the property checks that it still
// appears (set containment) and that no word gains occurrences.

const BOILERPLATE: &[&str] = &[
    "o",
    "skip",
    "jump",
    "menu",
    "toggle",
    "navigation",
    "back",
    "top",
    "kembali",
    "atas",
    "langkau",
    "pautan",
];

#[derive(Debug, Clone)]
enum Token {
    /// A vocabulary word, capitalised or not.
    Word(usize, bool),
    Number(u16),
    Decimal(u8, u8),
}

#[derive(Debug, Clone)]
struct Sentence {
    /// Tokens, each with the punctuation that follows it (`""`, `,`, `;`, `:`).
    tokens: Vec<(Token, &'static str)>,
    /// `.`, `?`, `!`, `:` or `;`.
    end: &'static str,
}

#[derive(Debug, Clone)]
enum Block {
    /// `#`..`###` heading.
    Heading(u8, Vec<Token>, &'static str),
    /// An ALL-CAPS heading line.
    Caps(Vec<usize>),
    /// A paragraph, hard-wrapped at the given width or on one line.
    Paragraph(Vec<Sentence>, Option<usize>),
    /// A list: bulleted (`- `) or numbered (`1. `).
    List(bool, Vec<Sentence>),
}

#[derive(Debug, Clone)]
struct Prose {
    vocab: Vec<String>,
    blocks: Vec<Block>,
}

fn vocabulary() -> impl Strategy<Value = Vec<String>> {
    let word = "[a-z]{1,9}".prop_filter("boilerplate word", |w| !BOILERPLATE.contains(&w.as_str()));
    // Small vocabularies repeat words (and headings) a lot; large ones rarely.
    prop::collection::vec(word, 3..120)
}

fn token(n: usize) -> impl Strategy<Value = Token> {
    prop_oneof![
        10 => (0..n, prop::bool::weighted(0.2)).prop_map(|(i, cap)| Token::Word(i, cap)),
        1 => (0u16..3000).prop_map(Token::Number),
        1 => (0u8..100, 0u8..100).prop_map(|(a, b)| Token::Decimal(a, b)),
    ]
}

fn sentence(n: usize) -> impl Strategy<Value = Sentence> {
    let punct = prop::sample::select(&["", "", "", "", "", "", "", ",", ";", ":"][..]);
    let end = prop::sample::select(&[".", ".", ".", ".", "?", "!", ":", ";"][..]);
    (prop::collection::vec((token(n), punct), 1..16), end)
        .prop_map(|(tokens, end)| Sentence { tokens, end })
}

fn block(n: usize) -> impl Strategy<Value = Block> {
    prop_oneof![
        2 => (
            1u8..=3,
            prop::collection::vec(token(n), 1..8),
            prop::sample::select(&["", "", "", ":", "?"][..])
        )
            .prop_map(|(l, t, e)| Block::Heading(l, t, e)),
        1 => prop::collection::vec(0..n, 1..6).prop_map(Block::Caps),
        5 => (
            prop::collection::vec(sentence(n), 1..6),
            prop::option::weighted(0.3, 40usize..100)
        )
            .prop_map(|(s, w)| Block::Paragraph(s, w)),
        2 => (any::<bool>(), prop::collection::vec(sentence(n), 1..6))
            .prop_map(|(b, s)| Block::List(b, s)),
    ]
}

fn prose() -> impl Strategy<Value = Prose> {
    vocabulary().prop_flat_map(|vocab| {
        let n = vocab.len();
        prop::collection::vec(block(n), 1..16).prop_map(move |blocks| Prose {
            vocab: vocab.clone(),
            blocks,
        })
    })
}

/// Whether a heading has the same words, numbers aside, as another heading
/// or a list item (a short numbered item can be read as a heading).
fn repeats_a_heading(doc: &Prose) -> bool {
    let key = |tokens: &mut dyn Iterator<Item = &Token>| -> String {
        tokens
            .filter(|t| matches!(t, Token::Word(..)))
            .map(|t| render_token(&doc.vocab, t, false).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut headings = Vec::new();
    let mut others = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Heading(_, tokens, _) => headings.push(key(&mut tokens.iter())),
            Block::Caps(words) => headings.push(
                words
                    .iter()
                    .map(|&i| doc.vocab[i].clone())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Block::List(_, items) => others.extend(
                items
                    .iter()
                    .map(|s| key(&mut s.tokens.iter().map(|(t, _)| t))),
            ),
            Block::Paragraph(..) => {}
        }
    }
    headings
        .iter()
        .enumerate()
        .any(|(i, h)| !h.is_empty() && (headings[i + 1..].contains(h) || others.contains(h)))
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn render_token(vocab: &[String], token: &Token, cap: bool) -> String {
    match token {
        Token::Word(i, c) if *c || cap => capitalise(&vocab[*i]),
        Token::Word(i, _) => vocab[*i].clone(),
        Token::Number(n) => n.to_string(),
        Token::Decimal(a, b) => format!("{a}.{b}"),
    }
}

/// A paragraph's sentences, hard-wrapped at `width` when it has one.
fn render_paragraph(vocab: &[String], sentences: &[Sentence], width: Option<usize>) -> String {
    let text = sentences
        .iter()
        .map(|s| render_sentence(vocab, s))
        .collect::<Vec<_>>()
        .join(" ");
    match width {
        Some(w) => wrap(&text, w),
        None => text,
    }
}

fn render_sentence(vocab: &[String], s: &Sentence) -> String {
    let mut out = String::new();
    let last = s.tokens.len() - 1;
    for (i, (token, punct)) in s.tokens.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&render_token(vocab, token, i == 0));
        out.push_str(if i == last { s.end } else { punct });
    }
    out
}

fn render_heading(vocab: &[String], tokens: &[Token], end: &str) -> String {
    let words: Vec<String> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| render_token(vocab, t, i == 0))
        .collect();
    format!("{}{end}", words.join(" "))
}

fn render_caps(vocab: &[String], words: &[usize]) -> String {
    words
        .iter()
        .map(|&i| vocab[i].to_uppercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Greedy hard wrap at `width` characters.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split(' ') {
        if line_len > 0 && line_len + 1 + word.len() > width {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += word.len();
    }
    out
}

fn render_markdown(doc: &Prose) -> String {
    let v = &doc.vocab;
    let blocks: Vec<String> = doc
        .blocks
        .iter()
        .map(|b| match b {
            Block::Heading(level, tokens, end) => format!(
                "{} {}",
                "#".repeat(*level as usize),
                render_heading(v, tokens, end)
            ),
            Block::Caps(words) => render_caps(v, words),
            Block::Paragraph(sentences, width) => render_paragraph(v, sentences, *width),
            Block::List(bulleted, items) => items
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let marker = if *bulleted {
                        "-".to_string()
                    } else {
                        format!("{}.", i + 1)
                    };
                    format!("{marker} {}", render_sentence(v, s))
                })
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect();
    blocks.join("\n\n") + "\n"
}

/// The same document as a page. Numbered items keep their number as text
/// so that both renderings hold exactly the same words.
fn render_html(doc: &Prose) -> String {
    let v = &doc.vocab;
    let mut out = String::from("<!DOCTYPE html>\n<html><head><title>Policy</title></head><body>\n");
    for b in &doc.blocks {
        match b {
            Block::Heading(level, tokens, end) => {
                let text = render_heading(v, tokens, end);
                out.push_str(&format!("<h{level}>{text}</h{level}>\n"));
            }
            Block::Caps(words) => out.push_str(&format!("<p>{}</p>\n", render_caps(v, words))),
            Block::Paragraph(sentences, width) => {
                let text = render_paragraph(v, sentences, *width);
                out.push_str(&format!("<p>{text}</p>\n"));
            }
            Block::List(bulleted, items) => {
                out.push_str("<ul>\n");
                for (i, s) in items.iter().enumerate() {
                    let number = if *bulleted {
                        String::new()
                    } else {
                        format!("{}. ", i + 1)
                    };
                    out.push_str(&format!("<li>{number}{}</li>\n", render_sentence(v, s)));
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out.push_str("</body></html>\n");
    out
}

/// Whether every non-blank line holds a letter word found on no other line
/// (case-insensitively); see the comment above `BOILERPLATE`.
fn every_line_has_own_word(text: &str) -> bool {
    let lines: Vec<BTreeSet<String>> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            words(l)
                .filter(|w| w.chars().any(char::is_alphabetic))
                .map(str::to_lowercase)
                .collect()
        })
        .collect();
    let mut lines_with: BTreeMap<&str, usize> = BTreeMap::new();
    for line in &lines {
        for word in line {
            *lines_with.entry(word.as_str()).or_insert(0) += 1;
        }
    }
    lines
        .iter()
        .all(|line| line.iter().any(|w| lines_with[w.as_str()] == 1))
}

/// A token of a generated paragraph for the clause splitter: words,
/// numbers, enumerators, abbreviations and punctuation, never a bullet.
fn paragraph_token() -> impl Strategy<Value = String> {
    let word = "[a-zA-Z]{1,9}".prop_filter("lone o is a bullet", |w| w != "o");
    let punct =
        prop::sample::select(&["", "", "", ".", ",", ";", ":", "?", "!", "...", ".)", ".\""][..]);
    prop_oneof![
        6 => (word, punct).prop_map(|(w, p)| format!("{w}{p}")),
        1 => (0u32..100_000).prop_map(|n| n.to_string()),
        1 => prop::sample::select(
            &[
                "1.", "2)", "(a)", "iv.", "1.2", "1.2.1", "e.g.", "i.e.", "Inc.", "etc.", "U.S.",
                "No.", "Mr.", "www.x.com.", "me@x.com", "3.5", "“Site.”", "(...)", "…",
            ][..]
        )
        .prop_map(str::to_string),
    ]
}

// ---------------------------------------------------------------------------
// The generators themselves.

#[test]
fn line_witness_check_sees_repeated_lines() {
    assert!(every_line_has_own_word("# Alpha\n\nBeta gamma.\n"));
    assert!(!every_line_has_own_word("# Alpha\n\nalpha.\n"));
    assert!(!every_line_has_own_word("Alpha beta\n\nbeta.\n"));
}

#[test]
fn wrap_breaks_at_the_width() {
    assert_eq!(wrap("aa bb cc dd", 5), "aa bb\ncc dd");
    assert_eq!(wrap("aaaaaaa b", 3), "aaaaaaa\nb");
}

#[test]
fn markdown_list_items_clean_to_what_the_splitter_drops() {
    let doc = clean(&source("- one\n* two\n", Format::Markdown));
    let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["– one", "– two"]);
    assert_eq!(split_paragraph(texts[0]), ["one"]);
}
