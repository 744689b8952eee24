//! Segment: cleaned lines → paragraphs → sections → clauses.
//!
//! Real policies mark headings in many ways (Markdown, HTML, ALL CAPS,
//! numbering, Title Case, questions, "Cookies:", bold lines, bold run-ins).
//! Explicit headings are trusted; the others must look like a heading *and*
//! be followed by body text, which keeps short list items and one-word lines
//! from turning into sections. Tables of contents are recognised by their
//! entries reappearing later as headings, and removed.

pub mod clauses;

use std::collections::HashMap;

use crate::clean::{Line, LineKind};

/// A section of a policy: its heading and its clauses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionText {
    /// Empty for the text before the first heading.
    pub heading: String,
    /// 1–6 for explicit headings, 0 for headings recognised by their shape.
    pub level: u8,
    pub clauses: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ParaKind {
    Heading(u8),
    Bold,
    ListItem,
    Plain,
    Separator,
}

#[derive(Debug, Clone)]
struct Paragraph {
    text: String,
    kind: ParaKind,
    bold_lead: usize,
    /// How many source lines were joined into it.
    lines: usize,
}

/// Splits cleaned lines into sections of clauses.
pub fn segment(lines: &[Line]) -> Vec<SectionText> {
    let paragraphs = paragraphs(lines);
    let blocks = split_run_in_headings(paragraphs);
    let sections = build_sections(&blocks);
    let sections = remove_tables_of_contents(sections);
    sections
        .into_iter()
        .map(|s| SectionText {
            heading: s.heading,
            level: s.level,
            clauses: clauses::split_clauses(s.paragraphs.iter().map(String::as_str)),
        })
        .filter(|s| !s.heading.is_empty() || !s.clauses.is_empty())
        .collect()
}

/// Text is hard-wrapped when most of its lines stop near one width; returns
/// that width.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let mut lengths: Vec<usize> = lines
        .iter()
        .filter(|l| matches!(l.kind, LineKind::Plain | LineKind::ListItem))
        .map(|l| l.text.chars().count())
        .collect();
    if lengths.len() < 8 {
        return None;
    }
    lengths.sort_unstable();
    let width = lengths[lengths.len() * 95 / 100];
    if !(40..=110).contains(&width) {
        return None;
    }
    let near = lengths.iter().filter(|&&n| n * 100 >= width * 75).count();
    (near * 10 >= lengths.len() * 4).then_some(width)
}

fn paragraphs(lines: &[Line]) -> Vec<Paragraph> {
    let width = wrap_width(lines);
    let mut out: Vec<Paragraph> = Vec::new();
    let mut open = false;
    let mut prev_len = 0usize;
    for line in lines {
        match line.kind {
            LineKind::Blank => open = false,
            LineKind::Separator => {
                out.push(Paragraph {
                    text: String::new(),
                    kind: ParaKind::Separator,
                    bold_lead: 0,
                    lines: 0,
                });
                open = false;
            }
            LineKind::Heading(level) => {
                if !line.text.is_empty() {
                    out.push(single(line, ParaKind::Heading(level)));
                }
                open = false;
            }
            LineKind::Bold => {
                out.push(single(line, ParaKind::Bold));
                open = false;
            }
            LineKind::ListItem => {
                out.push(single(line, ParaKind::ListItem));
                open = true;
                prev_len = line.text.chars().count();
            }
            LineKind::Plain => {
                let joins = open
                    && out
                        .last()
                        .is_some_and(|p| continues(p, prev_len, line, width));
                let len = line.text.chars().count();
                if joins {
                    let last = out.last_mut().expect("open paragraph");
                    last.text.push(' ');
                    last.text.push_str(&line.text);
                    last.lines += 1;
                } else {
                    out.push(single(line, ParaKind::Plain));
                }
                open = true;
                prev_len = len;
            }
        }
    }
    out
}

fn single(line: &Line, kind: ParaKind) -> Paragraph {
    Paragraph {
        text: line.text.clone(),
        kind,
        bold_lead: line.bold_lead,
        lines: 1,
    }
}

/// Whether `line` continues the open paragraph rather than starting one.
fn continues(para: &Paragraph, prev_len: usize, line: &Line, width: Option<usize>) -> bool {
    let prev_ends_sentence = para
        .text
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', ':', ';']);
    let starts_lower = line.text.chars().next().is_some_and(|c| c.is_lowercase());
    if starts_lower && !prev_ends_sentence {
        return true;
    }
    if para.kind == ParaKind::ListItem && line.indent > 0 {
        return true;
    }
    let Some(width) = width else { return false };
    if looks_like_heading_line(&line.text) {
        return false;
    }
    // Re-flow: the line was broken only if its first word would not have
    // fitted on the line before.
    let first_word = line
        .text
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    prev_len + 1 + first_word > width
}

/// A cheap shape test used while joining wrapped lines.
fn looks_like_heading_line(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words <= 12 && (is_all_caps(text) || numbered_heading(text).is_some())
}

/// A unit after run-in headings are split off: either a heading candidate
/// or body text.
#[derive(Debug, Clone)]
struct Block {
    text: String,
    kind: ParaKind,
    lines: usize,
}

/// "**WHO WE ARE.** Dotster provides…" → heading "WHO WE ARE" + body.
fn split_run_in_headings(paragraphs: Vec<Paragraph>) -> Vec<Block> {
    let mut out = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        if p.bold_lead > 0 && p.bold_lead < p.text.len() && p.text.is_char_boundary(p.bold_lead) {
            let (lead, rest) = p.text.split_at(p.bold_lead);
            let lead = lead
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .trim();
            let lead_clean = lead.trim_end_matches(['.', ':', '-', '–']).trim();
            let rest = rest.trim_start_matches([' ', ':', '.', '-', '–']).trim();
            let lead_words = lead_clean.split_whitespace().count();
            if (1..=10).contains(&lead_words)
                && rest.split_whitespace().count() >= 6
                && (is_all_caps(lead_clean) || is_title_case(lead_clean))
            {
                out.push(Block {
                    text: lead_clean.to_string(),
                    kind: ParaKind::Heading(0),
                    lines: 1,
                });
                let kind = if p.kind == ParaKind::ListItem {
                    ParaKind::Plain
                } else {
                    p.kind
                };
                out.push(Block {
                    text: rest.to_string(),
                    kind,
                    lines: p.lines,
                });
                continue;
            }
        }
        out.push(Block {
            text: p.text,
            kind: p.kind,
            lines: p.lines,
        });
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Candidate {
    /// Marked as a heading by the source (Markdown, HTML, bold line).
    Explicit(u8),
    /// Shaped like a heading; needs body text after it.
    Shaped { needs_long_body: bool },
}

fn candidate(block: &Block, prev: Option<&Block>) -> Option<Candidate> {
    let text = block.text.trim();
    let words = text.split_whitespace().count();
    match block.kind {
        ParaKind::Heading(level) => return Some(Candidate::Explicit(level)),
        ParaKind::Bold => {
            let sentence = text.ends_with('.') && words > 8;
            return (words <= 15 && !sentence && has_letters(text))
                .then_some(Candidate::Explicit(0));
        }
        ParaKind::Separator => return None,
        ParaKind::ListItem | ParaKind::Plain => {}
    }
    if block.lines > 1 || words == 0 || words > 15 || !has_letters(text) {
        return None;
    }
    if text.ends_with([',', ';']) {
        return None;
    }
    if is_all_caps(text) && letter_count(text) >= 3 {
        return Some(Candidate::Shaped {
            needs_long_body: false,
        });
    }
    if numbered_heading(text).is_some() {
        return Some(Candidate::Shaped {
            needs_long_body: false,
        });
    }
    if block.kind == ParaKind::ListItem {
        return None;
    }
    // A short line after "…such as:", or after another short entry, is a
    // list entry, not a heading.
    let after_lead_in =
        prev.is_some_and(|p| p.kind != ParaKind::Separator && p.text.trim_end().ends_with(':'));
    let after_entry = prev.is_some_and(|p| {
        let t = p.text.trim();
        p.kind == ParaKind::Plain
            && t.split_whitespace().count() <= 4
            && !t.ends_with(['.', '!', '?', ':'])
            && !t.contains(|c: char| c.is_ascii_digit() || c == ':')
    });
    if after_lead_in || after_entry || words > 12 || text.ends_with('.') {
        return None;
    }
    let first_upper = text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_uppercase());
    if !first_upper {
        return None;
    }
    if text.ends_with('?') {
        return Some(Candidate::Shaped {
            needs_long_body: words == 1,
        });
    }
    if text.ends_with(':') {
        let stem = text.trim_end_matches(':');
        return (words <= 6 && (is_title_case(stem) || words <= 3)).then_some(Candidate::Shaped {
            needs_long_body: false,
        });
    }
    if is_title_case(text) {
        return Some(Candidate::Shaped {
            needs_long_body: words <= 2,
        });
    }
    None
}

/// A block that counts as body text after a shaped heading.
fn is_body(block: &Block, next_candidate: Option<Candidate>, needs_long: bool) -> bool {
    if block.kind == ParaKind::Separator || next_candidate.is_some() {
        return false;
    }
    !needs_long || block.text.split_whitespace().count() >= 6 || block.kind == ParaKind::ListItem
}

struct RawSection {
    heading: String,
    level: u8,
    paragraphs: Vec<String>,
}

fn build_sections(blocks: &[Block]) -> Vec<RawSection> {
    let candidates: Vec<Option<Candidate>> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| candidate(b, i.checked_sub(1).map(|j| &blocks[j])))
        .collect();
    let mut sections = vec![RawSection {
        heading: String::new(),
        level: 0,
        paragraphs: Vec::new(),
    }];
    // Block index of the heading that opened the last section.
    let mut last_heading_at = None;
    for (i, block) in blocks.iter().enumerate() {
        let is_heading = match candidates[i] {
            Some(Candidate::Explicit(_)) => true,
            Some(Candidate::Shaped { needs_long_body }) => blocks
                .get(i + 1)
                .is_some_and(|next| is_body(next, candidates[i + 1], needs_long_body)),
            None => false,
        };
        if block.kind == ParaKind::Separator {
            // A heading closed by a rule before any text of its own is a
            // page widget's title ("Newsletter"); the text after the rule
            // continues the section before it.
            let widget = sections.len() > 1
                && i > 0
                && last_heading_at == Some(i - 1)
                && sections.last().is_some_and(|s| s.paragraphs.is_empty());
            if widget {
                sections.pop();
            }
            continue;
        }
        if is_heading {
            let level = match candidates[i] {
                Some(Candidate::Explicit(level)) => level,
                _ => 0,
            };
            last_heading_at = Some(i);
            sections.push(RawSection {
                heading: block
                    .text
                    .trim()
                    .trim_end_matches(':')
                    .trim_end()
                    .to_string(),
                level,
                paragraphs: Vec::new(),
            });
        } else {
            let last = sections.last_mut().expect("at least one section");
            last.paragraphs.push(block.text.clone());
        }
    }
    sections
}

/// Normalises a heading or TOC entry for comparison: lowercase letters and
/// digits only, without leading numbering or list markers.
fn heading_key(text: &str) -> String {
    let text = text.trim_start_matches(|c: char| !c.is_alphabetic());
    let mut key = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// Removes table-of-contents entries (lines or empty headings whose text
/// reappears as a later heading), and a TOC section left empty by that.
fn remove_tables_of_contents(sections: Vec<RawSection>) -> Vec<RawSection> {
    // Last position of each heading, so "appears later" is one lookup.
    let mut last_at: HashMap<String, usize> = HashMap::new();
    let keys: Vec<String> = sections.iter().map(|s| heading_key(&s.heading)).collect();
    for (i, key) in keys.iter().enumerate() {
        last_at.insert(key.clone(), i);
    }
    let later = |i: usize, key: &str| !key.is_empty() && last_at.get(key).is_some_and(|&j| j > i);
    let mut out = Vec::with_capacity(sections.len());
    for (i, mut section) in sections.into_iter().enumerate() {
        if section.paragraphs.is_empty() && later(i, &keys[i]) {
            continue;
        }
        let entries: Vec<bool> = section
            .paragraphs
            .iter()
            .map(|p| p.split_whitespace().count() <= 15 && later(i, &heading_key(p)))
            .collect();
        let n_entries = entries.iter().filter(|&&e| e).count();
        if n_entries >= 2 && n_entries * 2 >= section.paragraphs.len() {
            let mut keep = entries.iter().map(|e| !e);
            section.paragraphs.retain(|_| keep.next().unwrap_or(true));
            if section.paragraphs.is_empty() {
                continue;
            }
        }
        out.push(section);
    }
    out
}

fn has_letters(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

fn letter_count(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

/// Nearly all cased letters are upper case.
pub(crate) fn is_all_caps(text: &str) -> bool {
    let mut upper = 0;
    let mut lower = 0;
    for c in text.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    upper >= 2 && lower * 10 <= upper
}

/// Words that stay lower case in Title Case headings, in the languages
/// polidx sees most.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "for", "by", "with",
    "from", "as", "into", "about", "via", "per", "vs", "&", "dan", "atau", "yang", "di", "ke",
    "dari", "untuk", "dengan", "kepada", "der", "die", "das", "und", "von", "zu", "le", "la",
    "les", "de", "des", "du", "et", "el", "los", "las", "y", "en", "del", "da", "do", "e", "i",
    "het", "een", "van", "och", "og", "ja",
];

/// Most words that can be capitalised are.
pub(crate) fn is_title_case(text: &str) -> bool {
    let mut content = 0;
    let mut capitalised = 0;
    for (i, word) in text.split_whitespace().enumerate() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = word.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() {
            continue;
        }
        let lower = word.to_lowercase();
        if i > 0 && SMALL_WORDS.contains(&lower.as_str()) && !first.is_uppercase() {
            continue;
        }
        content += 1;
        if first.is_uppercase() {
            capitalised += 1;
        }
    }
    content > 0 && capitalised * 4 >= content * 3
}

/// "1. Title", "2) Title", "IV. Title", "A. Title", "3.1 Title", "1 Title":
/// returns the title part when the text is a short numbered heading.
fn numbered_heading(text: &str) -> Option<&str> {
    let (number, rest) = text.split_once(char::is_whitespace)?;
    let number = number.trim_end_matches(['.', ')', ':']);
    if number.is_empty() {
        return None;
    }
    let arabic = number
        .split('.')
        .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()));
    let roman = number.len() <= 5 && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let letter = number.len() == 1 && number.chars().all(|c| c.is_ascii_uppercase());
    let had_punct = text
        .split_whitespace()
        .next()
        .is_some_and(|t| t.ends_with(['.', ')']));
    if !(arabic || ((roman || letter) && had_punct)) {
        return None;
    }
    let depth = number.split('.').count();
    let rest = rest.trim();
    let words = rest.split_whitespace().count();
    let first_upper = rest.chars().next().is_some_and(char::is_uppercase);
    let sentence_end = rest.ends_with(['.', ';', ',']) && words > 4;
    // "3.4 Kami akan memastikan bahawa:" introduces a list; it is no heading.
    let lead_in = rest.ends_with(':') && words > 3;
    let max_words = if depth > 1 { 8 } else { 12 };
    (first_upper && !sentence_end && !lead_in && (1..=max_words).contains(&words)).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::{clean, CleanDoc};
    use crate::ingest::{Format, SourceText};

    fn cleaned(text: &str) -> CleanDoc {
        clean(&SourceText {
            rel_path: "t.md".into(),
            format: Format::Markdown,
            encoding: "UTF-8",
            text: text.into(),
        })
    }

    fn sections(text: &str) -> Vec<SectionText> {
        segment(&cleaned(text).lines)
    }

    fn headings(text: &str) -> Vec<String> {
        sections(text).into_iter().map(|s| s.heading).collect()
    }

    const BODY: &str = "We collect the information you give us when you register for an account.";

    #[test]
    fn markdown_headings() {
        let text = format!("# Policy\n\n{BODY}\n\n## Cookies\n\n{BODY}\n\n###### Deep\n\n{BODY}");
        assert_eq!(headings(&text), ["Policy", "Cookies", "Deep"]);
        assert_eq!(sections(&text)[2].level, 6);
    }

    #[test]
    fn all_caps_headings() {
        let text =
            format!("PERSONAL INFORMATION WE COLLECT\n\n{BODY}\n\nRETENTION PERIOD\n\n{BODY}");
        assert_eq!(
            headings(&text),
            ["PERSONAL INFORMATION WE COLLECT", "RETENTION PERIOD"]
        );
    }

    #[test]
    fn numbered_headings_but_not_numbered_paragraphs() {
        let text = format!(
            "1. Maklumat yang Kami Kumpulkan\n\n1.1 Privasi anda adalah penting kepada kami dan kami telah mengambil langkah-langkah untuk memastikan.\n\n1.2.1 Data Komunikasi mungkin termasuk sebarang komunikasi yang anda hantar kepada kami.\n\n2. Persetujuan dan Pengeluarannya\n\n{BODY}"
        );
        let s = sections(&text);
        assert_eq!(
            s.iter().map(|s| s.heading.as_str()).collect::<Vec<_>>(),
            [
                "1. Maklumat yang Kami Kumpulkan",
                "2. Persetujuan dan Pengeluarannya"
            ]
        );
        assert_eq!(s[0].clauses.len(), 2);
        assert!(s[0].clauses[1].starts_with("1.2.1 Data Komunikasi"));
    }

    #[test]
    fn title_case_and_question_headings() {
        let text = format!("What Information Do We Collect?\n\n{BODY}\n\nYour Choices\n\n{BODY}\n\nHow do we use your data?\n\n{BODY}");
        assert_eq!(
            headings(&text),
            [
                "What Information Do We Collect?",
                "Your Choices",
                "How do we use your data?"
            ]
        );
    }

    #[test]
    fn colon_headings_but_not_lead_in_sentences() {
        let text = format!("Cookies:\n\n{BODY}\n\nWe may use Personal Information:\n\n– to respond to your inquiries.\n\n– to send you newsletters.");
        let s = sections(&text);
        assert_eq!(
            s.iter().map(|s| s.heading.as_str()).collect::<Vec<_>>(),
            ["Cookies"]
        );
        assert_eq!(s[0].clauses.len(), 4);
    }

    #[test]
    fn bold_only_lines_and_bold_run_ins() {
        let text = format!("**Security**\n\n{BODY}\n\n  * **WHO WE ARE.** Dotster provides cloud-based solutions to businesses and individuals.\n");
        let s = sections(&text);
        assert_eq!(
            s.iter().map(|s| s.heading.as_str()).collect::<Vec<_>>(),
            ["Security", "WHO WE ARE"]
        );
        assert_eq!(
            s[1].clauses,
            ["Dotster provides cloud-based solutions to businesses and individuals."]
        );
    }

    #[test]
    fn short_list_entries_are_not_headings() {
        let text = "PERSONAL INFORMATION WE COLLECT\n\n“Personal Information” is information that identifies you, such as:\n\n– Name\n\n– Telephone number\n\n– Country";
        let s = sections(text);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].clauses[1..], ["Name", "Telephone number", "Country"]);
    }

    #[test]
    fn plain_short_lines_after_lead_in_are_entries() {
        let text = "INFORMATION\n\nWe collect the following:\n\nName\n\nEmail Address\n\nThe rest of the policy explains how we use them and who we share them with.";
        assert_eq!(headings(text), ["INFORMATION"]);
    }

    #[test]
    fn hard_wrapped_text_is_rejoined() {
        let text = "PRIVACY OF CHILDREN\nWe do not knowingly collect any Personal Information from children\nunder the age of 18. If you are under the age of 18, please do not\nsubmit any Personal Information through the Website and Services.\nWe encourage parents and legal guardians to monitor their children's\nInternet usage and to help enforce this Policy by instructing their\nchildren never to provide Personal Information without permission.\nDATA BREACH\nIn the event we become aware that the security of the Website has\nbeen compromised we will take reasonably appropriate measures.";
        let s = sections(text);
        assert_eq!(
            s.iter().map(|s| s.heading.as_str()).collect::<Vec<_>>(),
            ["PRIVACY OF CHILDREN", "DATA BREACH"]
        );
        assert_eq!(s[0].clauses.len(), 3, "{:?}", s[0].clauses);
        assert!(s[0].clauses[0].ends_with("under the age of 18."));
        assert_eq!(s[1].clauses.len(), 1);
    }

    #[test]
    fn table_of_contents_is_removed() {
        let text = format!("TABLE OF CONTENTS\nAutomatic collection of information\nPrivacy of children\nAUTOMATIC COLLECTION OF INFORMATION\n{BODY}\nPRIVACY OF CHILDREN\n{BODY}");
        assert_eq!(
            headings(&text),
            ["AUTOMATIC COLLECTION OF INFORMATION", "PRIVACY OF CHILDREN"]
        );
        let md = format!("### Contents\n\n  * What We Collect\n  * Cookies\n\n### What We Collect\n\n{BODY}\n\n### Cookies\n\n{BODY}");
        assert_eq!(headings(&md), ["What We Collect", "Cookies"]);
        let toc_headings =
            format!("## Overview\n\n## Cookies\n\n## Overview\n\n{BODY}\n\n## Cookies\n\n{BODY}");
        assert_eq!(headings(&toc_headings), ["Overview", "Cookies"]);
    }

    #[test]
    fn text_before_the_first_heading_is_its_own_section() {
        let text = format!("{BODY}\n\n## Cookies\n\n{BODY}");
        let s = sections(&text);
        assert_eq!(s[0].heading, "");
        assert_eq!(s[0].clauses, [BODY]);
    }

    #[test]
    fn widget_heading_closed_by_a_rule_is_dropped() {
        let text = format!("# Acme Privacy Statement\n\n### Newsletter\n\n* * *\n\n| \n\n{BODY}\n\n#### What we collect:\n\n{BODY}");
        let s = sections(&text);
        assert_eq!(
            s.iter().map(|s| s.heading.as_str()).collect::<Vec<_>>(),
            ["Acme Privacy Statement", "What we collect"]
        );
        assert_eq!(s[0].clauses, [BODY]);
    }

    #[test]
    fn many_headings_are_handled_in_linear_time() {
        let text: String = (0..100_000)
            .map(|i| format!("## Heading {i}\n\nBody text {i}.\n\n"))
            .collect();
        let s = sections(&text);
        assert_eq!(s.len(), 100_000);
    }

    #[test]
    fn heading_shapes() {
        assert!(is_all_caps("HOW WE USE PERSONAL INFORMATION"));
        assert!(!is_all_caps("How We Use"));
        assert!(is_title_case("Information Retention Policy"));
        assert!(is_title_case("Sharing Or Disclosing Information"));
        assert!(!is_title_case("We may use Personal Information"));
        assert_eq!(numbered_heading("12. Hubungi kami"), Some("Hubungi kami"));
        assert_eq!(
            numbered_heading("IV. Data Retention"),
            Some("Data Retention")
        );
        assert_eq!(numbered_heading("3.1 Cookies"), Some("Cookies"));
        assert_eq!(
            numbered_heading("1.5 million users visit us each day, every day."),
            None
        );
        assert_eq!(numbered_heading("2018 was a year"), None);
        assert_eq!(numbered_heading("3.4 Kami akan memastikan bahawa:"), None);
    }
}
