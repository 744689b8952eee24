//! Clean: strip page boilerplate and markup, keep what structure it tells.
//!
//! The output is a list of [`Line`]s whose text is plain (no Markdown
//! markers, link targets, table pipes or escapes) and whose [`LineKind`]
//! keeps the structural hints the sectioner needs: explicit headings,
//! bold-only lines, list items and layout separators.

use crate::ingest::{html, Format, SourceText};

/// Facts an archive banner states about the policy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    /// Domain the archived policy was published on.
    pub domain: Option<String>,
    /// Archive date, `YYYY-MM-DD`.
    pub archived: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// An explicit heading (`#`..`######`, setext, or HTML `<h1>`..`<h6>`).
    Heading(u8),
    /// A line whose whole text was bold.
    Bold,
    /// A list item; the text keeps its marker (`–`, `1.`, `(a)` …).
    ListItem,
    Plain,
    /// A horizontal rule or a layout-table boundary: no text, but it ends
    /// whatever came before it.
    Separator,
    Blank,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub kind: LineKind,
    /// Byte length of a bold run that opens the line's text (after any list
    /// marker), e.g. "WHO WE ARE." in "**WHO WE ARE.** Dotster provides…";
    /// 0 when there is none.
    pub bold_lead: usize,
    /// Leading spaces of the raw line (continuation lines of list items).
    pub indent: usize,
}

#[derive(Debug, Clone, Default)]
pub struct CleanDoc {
    pub provenance: Provenance,
    /// HTML `<title>`, when the source was a page.
    pub html_title: Option<String>,
    pub lines: Vec<Line>,
    /// Hosts of the link targets that were removed (archive hosts excluded).
    pub link_hosts: Vec<String>,
}

/// Cleans a decoded policy file.
pub fn clean(source: &SourceText) -> CleanDoc {
    let (provenance, body, html_title) = match source.format {
        Format::Html => {
            // The banner is an HTML comment there: read it from the source.
            let (provenance, _) = take_banner(&source.text);
            let page = html::html_to_markup(&source.text);
            (provenance, page.markup, page.title)
        }
        Format::Markdown | Format::Text => {
            let (provenance, body) = take_banner(&source.text);
            (provenance, body, None)
        }
    };
    let mut link_hosts = Vec::new();
    let body = drop_block_links(&body, &mut link_hosts);
    let mut lines = Vec::new();
    let mut raw_lines: Vec<RawLine> = body
        .lines()
        .map(|l| clean_line(l, &mut link_hosts, provenance.domain.as_deref()))
        .collect();
    drop_navigation(&mut raw_lines);
    let mut previous_text = false;
    for raw in raw_lines {
        // Setext headings: a text line underlined with === or ---.
        if let Some(level) = raw.setext_underline {
            if previous_text {
                if let Some(last) = lines.last_mut() {
                    let last: &mut Line = last;
                    if matches!(last.kind, LineKind::Plain | LineKind::Bold) {
                        last.kind = LineKind::Heading(level);
                        previous_text = false;
                        continue;
                    }
                }
            }
        }
        previous_text = matches!(raw.line.kind, LineKind::Plain | LineKind::Bold);
        lines.push(raw.line);
    }
    link_hosts.sort();
    link_hosts.dedup();
    CleanDoc {
        provenance,
        html_title,
        lines,
        link_hosts,
    }
}

const BANNER_MID: &str = " privacy policy that was archived on ";

/// Finds an archive banner near the top ("…extracted and transformed from
/// the DOMAIN privacy policy that was archived on DATE…", or the same in an
/// HTML comment) and returns the domain and date it states, with the
/// banner's paragraph removed from the text.
fn take_banner(text: &str) -> (Provenance, String) {
    let head_end = text
        .char_indices()
        .nth(4000)
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    let Some(mid) = text[..head_end].find(BANNER_MID) else {
        return (Provenance::default(), text.to_string());
    };
    let mut provenance = Provenance::default();
    let domain = text[..mid]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches("www.");
    if domain.contains('.') && !domain.contains(['/', '<', '>', '*']) {
        provenance.domain = Some(domain.to_ascii_lowercase());
    }
    let date: String = text[mid + BANNER_MID.len()..].chars().take(10).collect();
    if is_iso_date(&date) {
        provenance.archived = Some(date);
    }
    let para_start = text[..mid].rfind("\n\n").map(|i| i + 2).unwrap_or(0);
    let para_end = text[mid..]
        .find("\n\n")
        .map(|i| mid + i)
        .unwrap_or(text.len());
    let mut rest = String::with_capacity(text.len());
    rest.push_str(&text[..para_start]);
    rest.push_str(&text[para_end..]);
    (provenance, rest)
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Removes Markdown links whose text spans paragraphs: clickable page cards
/// ("Have questions? / Online Solution Wizard / Get answers"), not prose.
fn drop_block_links(text: &str, hosts: &mut Vec<String>) -> String {
    if !text.contains("\n\n") || !text.contains("](") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(close) = rest.find("](") {
        let before = &rest[..close];
        let Some(open) = before.rfind('[') else {
            out.push_str(&rest[..close + 2]);
            rest = &rest[close + 2..];
            continue;
        };
        let link_text = &before[open + 1..];
        let target_end = rest[close + 2..].find(')').map(|i| close + 2 + i);
        match target_end {
            Some(end)
                if link_text.contains("\n\n")
                    && !rest[close + 2..end].contains(char::is_whitespace) =>
            {
                if let Some(host) = link_host(&rest[close + 2..end]) {
                    hosts.push(host);
                }
                out.push_str(&rest[..open]);
                out.push('\n');
                rest = &rest[end + 1..];
            }
            _ => {
                out.push_str(&rest[..close + 2]);
                rest = &rest[close + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

struct RawLine {
    line: Line,
    /// The line was only links (and separators): a navigation candidate.
    link_only: bool,
    links: usize,
    internal_links: usize,
    setext_underline: Option<u8>,
}

fn clean_line(raw: &str, hosts: &mut Vec<String>, own_domain: Option<&str>) -> RawLine {
    let indent = raw.chars().take_while(|c| *c == ' ' || *c == '\t').count();
    let trimmed = raw.trim();
    // No-break spaces are U+00A0 (C2 A0) and U+2007/U+202F (E2 80 ..):
    // a line without those lead bytes has none.
    let mut s = if trimmed.bytes().any(|b| b == 0xc2 || b == 0xe2) {
        trimmed.replace(['\u{a0}', '\u{2007}', '\u{202f}'], " ")
    } else {
        trimmed.to_string()
    };
    let mut kind = LineKind::Plain;

    // Block quote markers.
    while let Some(rest) = s.strip_prefix('>') {
        s = rest.trim_start().to_string();
    }
    if s.trim().is_empty() {
        return blank_line(indent);
    }
    // Code fences: keep the code's text, drop the fence.
    if s.starts_with("```") || s.starts_with("~~~") {
        return blank_line(indent);
    }
    if is_rule(&s) {
        let mut line = blank_line(indent);
        line.line.kind = LineKind::Separator;
        if s.chars().all(|c| c == '=') {
            line.setext_underline = Some(1);
        } else if s.chars().all(|c| c == '-') {
            line.setext_underline = Some(2);
        }
        return line;
    }
    if let Some((level, rest)) = atx_heading(&s) {
        kind = LineKind::Heading(level);
        s = rest.to_string();
    }

    // Tables: drop delimiter and empty layout rows (they carry no text and,
    // unlike rules, do not end a section); turn cells into "; "-separated text.
    if s.contains('|') && (s.starts_with('|') || s.matches('|').count() >= 2) {
        let cells: Vec<&str> = s
            .split('|')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        {
            return blank_line(indent);
        }
        s = cells.join("; ");
    }

    let mut marker = String::new();
    if kind == LineKind::Plain {
        if let Some(len) = list_marker_len(&s) {
            kind = LineKind::ListItem;
            let m = s[..len].trim();
            // Markdown bullets become an en dash, the glyph the clause splitter drops.
            marker = if matches!(m, "*" | "+" | "-") {
                "–".into()
            } else {
                m.to_string()
            };
            s = s[len..].trim_start().to_string();
        }
    }

    let links = strip_links(&s, own_domain);
    hosts.extend(links.hosts.iter().cloned());
    let link_only = links.count > 0 && links.other_text.trim().is_empty();
    let s = strip_inline_html(&links.text);
    let (s, bold) = strip_emphasis(&s);
    let s = unescape(&s);
    let s = collapse_spaces(&s);

    if s.is_empty() || is_skip_link(&s) || is_breadcrumb(&s, &links) {
        return blank_line(indent);
    }
    let bold_lead = match bold {
        Bold::Whole => s.len(),
        Bold::Lead(n) => n.min(s.len()),
        Bold::None => 0,
    };
    if bold == Bold::Whole && kind == LineKind::Plain {
        kind = LineKind::Bold;
    }
    let text = if marker.is_empty() {
        s
    } else {
        format!("{marker} {s}")
    };
    let bold_lead = if bold_lead > 0 && !marker.is_empty() {
        bold_lead + marker.len() + 1
    } else {
        bold_lead
    };
    RawLine {
        line: Line {
            text,
            kind,
            bold_lead,
            indent,
        },
        link_only,
        links: links.count,
        internal_links: links.internal,
        setext_underline: None,
    }
}

fn blank_line(indent: usize) -> RawLine {
    RawLine {
        line: Line {
            text: String::new(),
            kind: LineKind::Blank,
            bold_lead: 0,
            indent,
        },
        link_only: false,
        links: 0,
        internal_links: 0,
        setext_underline: None,
    }
}

/// `* * *`, `---`, `___`, `===` and the like.
fn is_rule(s: &str) -> bool {
    let mut marks = s.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_' | '=') && {
        let mut count = 1;
        marks.all(|c| {
            count += 1;
            c == first
        }) && count >= 3
    }
}

fn atx_heading(s: &str) -> Option<(u8, &str)> {
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = &s[hashes..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim().trim_end_matches('#').trim_end();
    Some((hashes as u8, rest))
}

/// Length in bytes of a list marker and the space after it, if `s` starts
/// with one.
pub fn list_marker_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, first) = chars.next()?;
    let after = |i: usize| -> Option<usize> {
        let rest = &s[i..];
        let ws = rest.len() - rest.trim_start().len();
        (ws > 0 && !rest.trim().is_empty()).then_some(i + ws)
    };
    if matches!(
        first,
        '*' | '+'
            | '-'
            | '•'
            | '–'
            | '—'
            | '·'
            | '▪'
            | '◦'
            | '●'
            | '○'
            | '■'
            | '►'
            | '✓'
            | '✔'
    ) {
        return after(first.len_utf8());
    }
    // (a) (iv) (1)
    if first == '(' {
        let close = s.find(')')?;
        let inner = &s[1..close];
        if (1..=4).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_alphanumeric()) {
            return after(close + 1);
        }
        return None;
    }
    // 1. 1) 12. a) iv.
    let token_end = s.find(['.', ')']).filter(|&i| i > 0 && i <= 4)?;
    let token = &s[..token_end];
    let numeric = token.chars().all(|c| c.is_ascii_digit());
    let roman = token.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    let letter = token.len() == 1 && token.chars().all(|c| c.is_ascii_lowercase());
    if numeric || roman || letter {
        return after(token_end + 1);
    }
    None
}

struct Links {
    text: String,
    /// The line's text outside any link (to tell navigation from prose);
    /// empty when the line has no link.
    other_text: String,
    count: usize,
    internal: usize,
    hosts: Vec<String>,
}

/// Replaces `[text](target)` with `text` and `![alt](target)` with nothing.
fn strip_links(s: &str, own_domain: Option<&str>) -> Links {
    let mut out = Links {
        text: String::with_capacity(s.len()),
        other_text: String::new(),
        count: 0,
        internal: 0,
        hosts: Vec::new(),
    };
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let Some(close_rel) = find_matching_bracket(&rest[open..]) else {
            break;
        };
        let close = open + close_rel;
        let after = &rest[close + 1..];
        if !after.starts_with('(') {
            out.text.push_str(&rest[..close + 1]);
            out.other_text.push_str(&rest[..close + 1]);
            rest = after;
            continue;
        }
        let Some(target_len) = after.find(')') else {
            break;
        };
        let target = after[1..target_len].split_whitespace().next().unwrap_or("");
        let image = open > 0 && rest[..open].ends_with('!');
        let prefix = if image {
            &rest[..open - 1]
        } else {
            &rest[..open]
        };
        out.text.push_str(prefix);
        out.other_text.push_str(prefix);
        let inner = &rest[open + 1..close];
        if !image {
            // Nested image inside a link text: keep only its alt-free text.
            let inner = strip_links(inner, own_domain).text;
            out.text.push_str(&inner);
            out.count += 1;
            if is_internal_link(target, own_domain) {
                out.internal += 1;
            }
        }
        if let Some(host) = link_host(target) {
            out.hosts.push(host);
        }
        rest = &after[target_len + 1..];
    }
    out.text.push_str(rest);
    if out.count == 0 {
        // Text outside links matters only on lines with links.
        out.other_text.clear();
        return out;
    }
    out.other_text.push_str(rest);
    // Separators between nav links do not count as prose.
    out.other_text = out
        .other_text
        .chars()
        .filter(|c| !matches!(c, '|' | '·' | '•' | '-' | '–' | '/' | '>' | '»' | ',' | '*'))
        .collect();
    out
}

fn find_matching_bracket(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Host of a link target, with archive hosts unwrapped.
fn link_host(target: &str) -> Option<String> {
    let target = unwrap_archive(target)?;
    let rest = target
        .strip_prefix("http://")
        .or_else(|| target.strip_prefix("https://"))
        .or_else(|| target.strip_prefix("//"))?;
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()?
        .trim_start_matches("www.")
        .to_ascii_lowercase();
    (host.contains('.') && !host.ends_with("archive.org")).then_some(host)
}

/// `https://web.archive.org/web/2012…id_/http%3A//www.x.com/a` → `http://www.x.com/a`.
fn unwrap_archive(target: &str) -> Option<&str> {
    if let Some(rest) = target
        .strip_prefix("https://web.archive.org/web/")
        .or_else(|| target.strip_prefix("http://web.archive.org/web/"))
    {
        let inner = rest.find("http").map(|i| &rest[i..])?;
        return Some(inner);
    }
    Some(target)
}

/// A link to the same site: relative, an anchor, an archived path of the
/// site itself, or the policy's own domain.
fn is_internal_link(target: &str, own_domain: Option<&str>) -> bool {
    if target.starts_with('#') || target.starts_with('/') || !target.contains("://") {
        return true;
    }
    if let Some(rest) = target
        .strip_prefix("https://web.archive.org/")
        .or_else(|| target.strip_prefix("http://web.archive.org/"))
    {
        if !rest.starts_with("web/") {
            return true;
        }
    }
    match (link_host(target), own_domain) {
        (Some(host), Some(own)) => host == own || host.ends_with(&format!(".{own}")),
        _ => false,
    }
}

/// Removes HTML tags that Markdown files carry inline (`<br>`, `<b>`, `<span …>`).
fn strip_inline_html(s: &str) -> String {
    if !s.contains('<') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let is_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        let end = after.find('>');
        let autolink = end.is_some_and(|e| after[..e].contains('@') || after.starts_with("http"));
        match end {
            // Autolinks: <https://x.com> and <me@x.com> keep their text.
            Some(end) if autolink && !after[..end].contains(char::is_whitespace) => {
                out.push_str(&after[..end]);
                rest = &after[end + 1..];
            }
            Some(end) if is_tag => {
                let name = after[..end].trim_start_matches('/');
                if name.starts_with("br") || name.starts_with('p') || name.starts_with("div") {
                    out.push(' ');
                }
                rest = &after[end + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bold {
    None,
    /// The whole text is bold.
    Whole,
    /// The text opens with this many bytes of bold text.
    Lead(usize),
}

/// Removes `**`/`__` and `*`/`_` emphasis markers, and reports a bold run
/// that covers the whole text or opens it.
fn strip_emphasis(s: &str) -> (String, Bold) {
    // Most lines have no markers: nothing to strip.
    if !s.contains(['*', '_']) {
        return (s.trim().to_string(), Bold::None);
    }
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut bold_open_at: Option<usize> = None;
    let mut first_bold: Option<(usize, usize)> = None; // (start, end) in out bytes
    while i < chars.len() {
        let c = chars[i];
        if (c == '*' || c == '_') && i + 1 < chars.len() && chars[i + 1] == c {
            // A run of two or three markers toggles bold.
            let mut run = 2;
            while i + run < chars.len() && chars[i + run] == c {
                run += 1;
            }
            match bold_open_at.take() {
                Some(start) => {
                    if first_bold.is_none() {
                        first_bold = Some((start, out.len()));
                    }
                }
                None => bold_open_at = Some(out.len()),
            }
            i += run;
            continue;
        }
        if c == '*' || c == '_' {
            // Single markers are emphasis only at word edges, not inside
            // snake_case or 5*3.
            let prev = if i > 0 { chars[i - 1] } else { ' ' };
            let next = chars.get(i + 1).copied().unwrap_or(' ');
            let opens = !prev.is_alphanumeric() && !next.is_whitespace();
            let closes = !next.is_alphanumeric() && !prev.is_whitespace();
            if opens || closes {
                i += 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    let trimmed_start = out.len() - out.trim_start().len();
    let bold = match first_bold {
        Some((start, end)) if start <= trimmed_start && end > start => {
            if out[end..].trim().is_empty() {
                Bold::Whole
            } else {
                Bold::Lead(out[..end].trim().len())
            }
        }
        _ => Bold::None,
    };
    (out.trim().to_string(), bold)
}

/// Markdown backslash escapes: `1\.` → `1.`.
fn unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

fn collapse_spaces(s: &str) -> String {
    // Most lines are already single-spaced: copy them as they are.
    let mut prev_space = true;
    let single_spaced = s.chars().all(|c| {
        let ok = !c.is_whitespace() || (c == ' ' && !prev_space);
        prev_space = c.is_whitespace();
        ok
    }) && !prev_space;
    if single_spaced || s.is_empty() {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Home >> Privacy Policy": a short trail of links to the site's own pages.
fn is_breadcrumb(text: &str, links: &Links) -> bool {
    links.internal > 0
        && text.split_whitespace().count() <= 10
        && [">>", " > ", "»", "›", " / "]
            .iter()
            .any(|sep| text.contains(sep))
}

/// "Skip to content" and its translations: accessibility links, not policy text.
fn is_skip_link(s: &str) -> bool {
    if s.split_whitespace().count() > 6 {
        return false;
    }
    let lower = s.to_lowercase();
    let lower = lower.trim_end_matches(['.', '»', '›', '>']).trim();
    const EXACT: &[&str] = &[
        "langkau pautan",
        "langkau ke kandungan",
        "langkau ke kandungan utama",
        "lewati ke konten",
        "lompat ke konten",
        "loncat ke konten",
        "zum inhalt springen",
        "zum hauptinhalt springen",
        "direkt zum inhalt",
        "aller au contenu",
        "aller au contenu principal",
        "passer au contenu",
        "saltar al contenido",
        "ir al contenido",
        "ir al contenido principal",
        "vai al contenuto",
        "salta al contenuto",
        "pular para o conteúdo",
        "ir para o conteúdo",
        "naar de inhoud springen",
        "ga naar inhoud",
        "hoppa till innehåll",
        "hopp til innhold",
        "spring til indhold",
        "siirry sisältöön",
        "przejdź do treści",
        "перейти к содержимому",
        "перейти к содержанию",
        "i̇çeriğe geç",
        "içeriğe geç",
        "chuyển đến nội dung",
        "ข้ามไปยังเนื้อหา",
        "本文へスキップ",
        "跳至内容",
        "跳到主要內容",
        "본문 바로가기",
        "menu",
        "toggle navigation",
        "back to top",
        "kembali ke atas",
    ];
    if EXACT.contains(&lower) {
        return true;
    }
    let skip_words = ["skip", "jump"];
    let targets = [
        "content",
        "navigation",
        "main",
        "nav",
        "menu",
        "links",
        "footer",
        "search",
    ];
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 5
        && words.first().is_some_and(|w| skip_words.contains(w))
        && words.iter().skip(1).any(|w| targets.contains(w))
}

/// Drops navigation: runs of three or more lines that are only links, most
/// of them to the site's own pages, and single lines holding three or more
/// such links.
fn drop_navigation(lines: &mut [RawLine]) {
    let is_nav_line = |l: &RawLine| {
        l.link_only
            && l.line.text.split_whitespace().count() <= 10
            && l.internal_links * 2 >= l.links
    };
    let mut i = 0;
    while i < lines.len() {
        if lines[i].line.kind == LineKind::Blank || !is_nav_line(&lines[i]) {
            if lines[i].links >= 3
                && lines[i].link_only
                && lines[i].internal_links * 2 >= lines[i].links
            {
                blank(&mut lines[i]);
            }
            i += 1;
            continue;
        }
        let mut j = i;
        let mut run = Vec::new();
        while j < lines.len() {
            if lines[j].line.kind == LineKind::Blank {
                j += 1;
                continue;
            }
            if !is_nav_line(&lines[j]) {
                break;
            }
            run.push(j);
            j += 1;
        }
        if run.len() >= 3 {
            for k in run {
                blank(&mut lines[k]);
            }
        }
        i = j.max(i + 1);
    }
}

fn blank(line: &mut RawLine) {
    line.line.text.clear();
    line.line.kind = LineKind::Blank;
    line.line.bold_lead = 0;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_spaces_keeps_single_spaced_text_and_fixes_the_rest() {
        for (input, want) in [
            ("a b c", "a b c"),
            ("", ""),
            (" a", "a"),
            ("a ", "a"),
            ("a  b", "a b"),
            ("a\tb", "a b"),
            ("a\u{a0}b", "a b"),
            ("   ", ""),
            ("kata–kata é", "kata–kata é"),
        ] {
            assert_eq!(collapse_spaces(input), want, "{input:?}");
        }
    }

    #[test]
    fn rules_are_three_or_more_of_one_mark() {
        for rule in ["---", "* * *", "___", "===", " - - - - "] {
            assert!(is_rule(rule), "{rule:?}");
        }
        for not_rule in ["--", "-*-", "", "   ", "--- a", "…", "==-"] {
            assert!(!is_rule(not_rule), "{not_rule:?}");
        }
    }

    #[test]
    fn emphasis_without_markers_is_only_trimmed() {
        assert_eq!(
            strip_emphasis("  plain text "),
            ("plain text".to_string(), Bold::None)
        );
        assert_eq!(strip_emphasis("**Bold** rest").1, Bold::Lead(4));
        assert_eq!(strip_emphasis("snake_case").0, "snake_case");
    }

    fn md(text: &str) -> CleanDoc {
        clean(&SourceText {
            rel_path: "t.md".into(),
            format: Format::Markdown,
            encoding: "UTF-8",
            text: text.into(),
        })
    }

    fn texts(doc: &CleanDoc) -> Vec<&str> {
        doc.lines
            .iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| l.text.as_str())
            .collect()
    }

    #[test]
    fn archive_banner_becomes_metadata() {
        let doc = md("> *The following text is extracted and transformed from the example.com privacy policy that was archived on 2018-06-29. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/2018/https://example.com/p) for the most accurate reproduction.*\n\n# Privacy Policy\n\nWe collect data.");
        assert_eq!(doc.provenance.domain.as_deref(), Some("example.com"));
        assert_eq!(doc.provenance.archived.as_deref(), Some("2018-06-29"));
        assert_eq!(texts(&doc), ["Privacy Policy", "We collect data."]);
        assert_eq!(
            doc.lines.iter().find(|l| !l.text.is_empty()).unwrap().kind,
            LineKind::Heading(1)
        );
    }

    #[test]
    fn markdown_links_keep_their_text() {
        let doc =
            md("Visit [our help centre](https://help.example.com/x) or ![logo](a.png) write.");
        assert_eq!(texts(&doc), ["Visit our help centre or write."]);
        assert_eq!(doc.link_hosts, ["help.example.com"]);
    }

    #[test]
    fn navigation_link_lists_are_dropped() {
        let doc = md("  * [Company](https://web.archive.org/company/)\n  * [Board](https://web.archive.org/company/board.html)\n  * [Careers](/careers)\n\nWe respect your privacy.\n\n- [Google opt-out](https://tools.google.com/dlpage/gaoptout)\n");
        assert_eq!(
            texts(&doc),
            ["We respect your privacy.", "– Google opt-out"]
        );
    }

    #[test]
    fn multi_paragraph_link_cards_are_dropped() {
        let doc = md("Intro.\n\n[Have questions?\n\n### Online Solution Wizard\n\nGet answers\n\n](https://web.archive.org/support/?ow=1)\n\nPolicy text.");
        assert_eq!(texts(&doc), ["Intro.", "Policy text."]);
    }

    #[test]
    fn breadcrumbs_are_dropped() {
        let doc = md(
            "**[Home](/index.htm) >> Privacy Policy**\n\nWe respect your privacy > and security.",
        );
        assert_eq!(texts(&doc), ["We respect your privacy > and security."]);
    }

    #[test]
    fn skip_links_in_several_languages() {
        for s in [
            "Skip to content",
            "Langkau pautan",
            "Zum Inhalt springen",
            "Skip to main navigation",
        ] {
            assert!(is_skip_link(s), "{s}");
        }
        assert!(!is_skip_link("Skip this step if you have no account."));
        assert!(!is_skip_link("Content we collect"));
    }

    #[test]
    fn emphasis_rules_pipes_and_whitespace() {
        let doc = md("**Bold heading**\n\n* * *\n\n| Reasons | Share? |\n|---|---|\n| Marketing | No |\n\n\u{a0} \u{a0}\n\nSome *emphasis* and __strong__ text, snake_case kept.");
        assert_eq!(
            texts(&doc),
            [
                "Bold heading",
                "Reasons; Share?",
                "Marketing; No",
                "Some emphasis and strong text, snake_case kept."
            ]
        );
        assert_eq!(doc.lines[0].kind, LineKind::Bold);
        assert_eq!(
            doc.lines
                .iter()
                .filter(|l| l.kind == LineKind::Separator)
                .count(),
            1
        );
    }

    #[test]
    fn bold_lead_in_a_list_item() {
        let doc = md("  * **WHO WE ARE.** Dotster provides hosting.");
        let line = &doc.lines[0];
        assert_eq!(line.kind, LineKind::ListItem);
        assert_eq!(line.text, "– WHO WE ARE. Dotster provides hosting.");
        assert_eq!(&line.text[..line.bold_lead], "– WHO WE ARE.");
    }

    #[test]
    fn escapes_and_inline_html() {
        let doc = md("## 1\\. Your Data\n\nLine one<br>line two <b>bold</b> <me@example.com>");
        assert_eq!(
            texts(&doc),
            ["1. Your Data", "Line one line two bold me@example.com"]
        );
        assert_eq!(doc.lines[0].kind, LineKind::Heading(2));
    }

    #[test]
    fn setext_headings() {
        let doc = md("Our Policy\n==========\n\nText here.\n\nCookies\n-------\nMore text.");
        assert_eq!(doc.lines[0].kind, LineKind::Heading(1));
        let cookies = doc.lines.iter().find(|l| l.text == "Cookies").unwrap();
        assert_eq!(cookies.kind, LineKind::Heading(2));
    }

    #[test]
    fn list_markers() {
        assert_eq!(list_marker_len("– Name"), Some("– ".len()));
        assert_eq!(list_marker_len("(a) under law"), Some(4));
        assert_eq!(list_marker_len("iv. data"), Some(4));
        assert_eq!(list_marker_len("1) first"), Some(3));
        assert_eq!(list_marker_len("1.5 million"), None);
        assert_eq!(list_marker_len("Info."), None);
        assert_eq!(list_marker_len("-"), None);
    }
}
