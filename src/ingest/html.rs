//! HTML → lightweight Markdown-like text.
//!
//! [`html_to_markup`] tokenizes a page with `html5gum` (WHATWG tokenizer,
//! entities decoded, `<script>`/`<style>`/`<title>`... switched to raw-text
//! states) and replays the tokens against a small, forgiving model of the
//! open-element stack (implied end tags for `p`, `li`, `dd`/`dt`, table
//! parts and headings; an end tag closes the nearest matching open element
//! in scope, stray end tags are ignored). The output is what the rest of the
//! pipeline reads as Markdown:
//!
//! * Visible text only, whitespace collapsed to single spaces (`&nbsp;` is a
//!   plain space); text inside `<pre>` keeps its line breaks.
//! * `<h1>`..`<h6>` → `# text` .. `###### text`, with a blank line around.
//! * Blocks (`p`, `div`, `section`, `table`, `blockquote`, ...) are
//!   paragraphs separated by one blank line; `<br>` ends a line (two in a
//!   row make a blank line); inline tags (`a`, `span`, `b`, ...) never break
//!   a line nor add a space.
//! * `<li>` → a line starting `- ` (nested lists come out flat).
//! * A line whose whole text is bold (`<b>`/`<strong>`) → `**text**` on its
//!   own line with blank lines around (inside a list item: `- **text**`).
//!   Partly bold lines stay plain, without markers.
//! * Tables: each `<tr>` is one line, its non-empty cells joined by ` | `
//!   (a pipe-table-like row the Markdown cleaner already knows how to strip).
//!   Cells holding block content (layout tables) come out as paragraphs.
//! * Links keep their text only; images (and their `alt`) are dropped.
//!
//! Dropped outright (content never shown): comments, `<head>` (its `<title>`
//! goes to [`HtmlText::title`]), `script`, `style`, `noscript`, `template`,
//! `svg`, `math`, `iframe`, `object`, `embed`, `applet`, `canvas`, `audio`,
//! `video`, `select`, `option`, `datalist`, `button`, `textarea`, `noembed`,
//! and inline elements with the `hidden` attribute.
//!
//! Dropped when they look like page chrome: `nav` (and `role="navigation"`
//! or `role="search"`), `header`/`footer` (and `role="banner"`/
//! `role="contentinfo"`) unless inside `<article>`/`<main>`, and block
//! elements with the `hidden` attribute. These are rendered tentatively and
//! cut when closed by their own end tag; if one is left unclosed and only
//! closed implicitly (by an ancestor's end tag or end of file) while holding
//! a lot of text, the text is kept, so one broken tag cannot swallow a
//! policy. Elements whose `id`/`class` name them as chrome (`id="header"`,
//! `id="footer"`, `class="menu"`, `left_nav`, `breadcrumb`, `noindex`,
//! `sr-only`, cookie banners, ... see `is_chrome_by_name`) are cut the
//! same way unless they hold a lot of text. Short copyright lines (`©`,
//! "Copyright") of cut chrome are kept: they name the site's owner. A
//! `<form>` is cut unless it holds a lot of text (ASP.NET pages wrap the
//! whole page in one form). `<aside>` is kept.
//!
//! Bold means `<b>`, `<strong>` or an inline `style` with a bold
//! `font-weight`.

use std::collections::HashMap;

use html5gum::{DefaultEmitter, HtmlString, Spanned, Token, Tokenizer};

/// The readable text of an HTML page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HtmlText {
    /// The first non-empty `<title>`, whitespace collapsed.
    pub title: Option<String>,
    /// The page's visible text as lightweight Markdown (see the module docs).
    /// Empty, or lines without trailing whitespace ending in `\n`, with never
    /// more than one blank line in a row.
    pub markup: String,
}

/// Converts an HTML document to lightweight Markdown-like text. Never panics;
/// linear in the input size.
pub fn html_to_markup(html: &str) -> HtmlText {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut conv = Converter::default();
    for item in Tokenizer::new_with_emitter(html, emitter) {
        let Ok(token) = item;
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name);
                conv.start_tag(&name, tag.self_closing, &Attrs(&tag.attributes));
            }
            Token::EndTag(tag) => conv.end_tag(&String::from_utf8_lossy(&tag.name)),
            Token::String(text) => conv.text(&String::from_utf8_lossy(&text.value)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    conv.finish()
}

/// How far down the open-element stack an end tag or implied end looks for
/// its element; keeps pathological nesting linear.
const MAX_SCOPE_SEARCH: usize = 256;
/// A `<form>` holding at least this many bytes of output is page content.
const FORM_KEEP_BYTES: usize = 800;
/// A chrome element (`nav`, `header`, ...) never closed by its own end tag
/// and holding at least this many bytes of output probably swallowed
/// content by mistake: keep it.
const UNCLOSED_KEEP_BYTES: usize = 2000;
/// An element that is chrome only going by its `class`/`id` and holds at
/// least this many bytes of output is content after all.
const NAMED_CHROME_KEEP_BYTES: usize = 6000;
/// Copyright lines up to this many characters survive dropped chrome.
const MAX_COPYRIGHT_CHARS: usize = 300;
/// At most this many copyright lines survive one dropped element (keeps
/// nested chrome linear).
const MAX_COPYRIGHT_LINES: usize = 3;
/// A "heading" longer than this (an unclosed `<h2>` swallowing paragraphs)
/// is written as a plain paragraph.
const MAX_HEADING_CHARS: usize = 400;

struct Attrs<'a>(&'a std::collections::BTreeMap<HtmlString, Spanned<HtmlString, ()>>);

impl Attrs<'_> {
    fn get(&self, name: &str) -> Option<String> {
        self.0.get(name.as_bytes()).map(|v| {
            String::from_utf8_lossy(&v.value)
                .trim()
                .to_ascii_lowercase()
        })
    }

    fn has(&self, name: &str) -> bool {
        self.0.contains_key(name.as_bytes())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Soft {
    /// Page chrome: cut when closed by its own end tag.
    Chrome,
    /// A form: cut unless it holds a lot of text.
    Form,
    /// Chrome going by its `class` or `id`: cut unless it holds a lot of
    /// text.
    ChromeByName,
}

#[derive(Default)]
struct Open {
    name: String,
    /// Content never shown (counted in `drop_depth`).
    hard_drop: bool,
    /// Tentatively rendered: kind and output length when opened.
    soft: Option<(Soft, usize)>,
    block: bool,
    /// Closing this block asks for a blank line (not for lists in lists).
    blank_after: bool,
    bold: bool,
    pre: bool,
    heading: bool,
    list_item: bool,
    row: bool,
    article: bool,
    title: bool,
}

#[derive(Default)]
struct Converter {
    stack: Vec<Open>,
    /// Number of open elements per tag name.
    counts: HashMap<String, u32>,
    drop_depth: usize,
    bold_depth: usize,
    pre_depth: usize,
    heading_depth: usize,
    heading_level: u8,
    article_depth: usize,
    title_depth: usize,
    title: String,
    title_done: bool,

    out: String,
    /// A blank line is due before the next emitted line.
    blank: bool,
    /// The line being built (whitespace already collapsed outside `<pre>`).
    line: String,
    /// Whitespace was seen since the last character of `line`.
    space: bool,
    /// A table cell started since the last character of `line`.
    cell: bool,
    has_cells: bool,
    bold_chars: usize,
    plain_chars: usize,
    /// A list item started and the `- ` bullet is not written yet.
    bullet: bool,
    /// The last character inside `<pre>` was `\r`.
    after_cr: bool,
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "image"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// Elements that start and end a paragraph.
fn is_block(name: &str) -> bool {
    heading_level(name).is_some()
        || matches!(
            name,
            "address"
                | "article"
                | "aside"
                | "blockquote"
                | "body"
                | "caption"
                | "center"
                | "dd"
                | "details"
                | "dialog"
                | "dir"
                | "div"
                | "dl"
                | "dt"
                | "fieldset"
                | "figcaption"
                | "figure"
                | "footer"
                | "form"
                | "frameset"
                | "header"
                | "hgroup"
                | "hr"
                | "html"
                | "legend"
                | "li"
                | "listing"
                | "main"
                | "menu"
                | "nav"
                | "noframes"
                | "ol"
                | "p"
                | "plaintext"
                | "pre"
                | "search"
                | "section"
                | "summary"
                | "table"
                | "tr"
                | "ul"
                | "xmp"
        )
}

/// Start tags that close an open `<p>` (WHATWG "close a p element").
fn closes_p(name: &str) -> bool {
    is_block(name) && !matches!(name, "body" | "html" | "caption" | "tr" | "noframes")
}

/// Elements whose content is never shown.
fn is_hard_drop(name: &str) -> bool {
    matches!(
        name,
        "applet"
            | "audio"
            | "button"
            | "canvas"
            | "datalist"
            | "head"
            | "iframe"
            | "math"
            | "noembed"
            | "noscript"
            | "object"
            | "option"
            | "optgroup"
            | "script"
            | "select"
            | "style"
            | "svg"
            | "template"
            | "textarea"
            | "title"
            | "video"
    )
}

/// Elements allowed in `<head>`; anything else implicitly closes it.
fn head_allowed(name: &str) -> bool {
    matches!(
        name,
        "base"
            | "basefont"
            | "bgsound"
            | "head"
            | "link"
            | "meta"
            | "noscript"
            | "script"
            | "style"
            | "template"
            | "title"
    )
}

/// Elements an end tag (or an implied end) does not look past.
fn is_scope_boundary(name: &str) -> bool {
    matches!(
        name,
        "applet" | "caption" | "marquee" | "object" | "table" | "td" | "template" | "th"
    )
}

fn is_table_part(name: &str) -> bool {
    matches!(
        name,
        "caption" | "table" | "tbody" | "td" | "tfoot" | "th" | "thead" | "tr"
    )
}

/// Stops the search for an open `li`/`dd`/`dt` (WHATWG "special" elements
/// other than address, div and p).
fn stops_list_item_search(name: &str) -> bool {
    (is_block(name) || is_scope_boundary(name)) && !matches!(name, "address" | "div" | "p")
}

impl Converter {
    fn count(&self, name: &str) -> u32 {
        self.counts.get(name).copied().unwrap_or(0)
    }

    fn start_tag(&mut self, name: &str, self_closing: bool, attrs: &Attrs<'_>) {
        if self.count("head") > 0 && !head_allowed(name) {
            self.close_implied(&["head"], |_| false);
        }
        if matches!(name, "html" | "body") {
            self.brk(true);
            return;
        }

        if closes_p(name) {
            self.close_implied(&["p"], |n| is_scope_boundary(n) || n == "button");
        }
        match name {
            "li" => self.close_implied(&["li"], stops_list_item_search),
            "dd" | "dt" => self.close_implied(&["dd", "dt"], stops_list_item_search),
            "tr" => self.close_implied(&["tr"], |n| n == "table"),
            "td" | "th" => self.close_implied(&["td", "th"], |n| n == "tr" || n == "table"),
            "tbody" | "thead" | "tfoot" => {
                self.close_implied(&["tbody", "thead", "tfoot"], |n| n == "table")
            }
            "option" | "optgroup" => self.close_implied(&["option"], |n| n != "option"),
            _ if heading_level(name).is_some()
                && self
                    .stack
                    .last()
                    .is_some_and(|e| heading_level(&e.name).is_some()) =>
            {
                self.pop_one(true);
            }
            _ => {}
        }

        if is_void(name) {
            if self.drop_depth == 0 {
                match name {
                    "br" => self.br(),
                    "hr" => self.brk(true),
                    _ => {}
                }
            }
            return;
        }
        let foreign = self.count("svg") > 0 || self.count("math") > 0;
        if self_closing && (foreign || self.drop_depth > 0) {
            return;
        }

        let mut el = Open {
            name: name.to_owned(),
            ..Open::default()
        };
        if name == "title" && !foreign {
            el.title = true;
            self.title_depth += 1;
        }
        if self.drop_depth == 0 {
            self.enter(&mut el, attrs);
        }
        match self.counts.get_mut(name) {
            Some(c) => *c += 1,
            None => {
                self.counts.insert(name.to_owned(), 1);
            }
        }
        self.stack.push(el);
    }

    /// Effects of opening `el` outside any dropped region.
    fn enter(&mut self, el: &mut Open, attrs: &Attrs<'_>) {
        let name = el.name.as_str();
        let block = is_block(name);
        let role = attrs.get("role").unwrap_or_default();
        let hidden = attrs.has("hidden") && attrs.get("hidden").as_deref() != Some("until-found");

        if is_hard_drop(name) || (hidden && !block) {
            if block {
                self.brk(true);
            }
            el.hard_drop = true;
            self.drop_depth += 1;
            return;
        }
        let chrome_header = matches!(name, "header" | "footer")
            || matches!(role.as_str(), "banner" | "contentinfo");
        let soft = if name == "nav"
            || matches!(role.as_str(), "navigation" | "search")
            || hidden
            || (chrome_header && self.article_depth == 0)
        {
            Some(Soft::Chrome)
        } else if name == "form" {
            Some(Soft::Form)
        } else if is_chrome_by_name(attrs) {
            if !block && !matches!(name, "td" | "th") {
                el.hard_drop = true;
                self.drop_depth += 1;
                return;
            }
            Some(Soft::ChromeByName)
        } else {
            None
        };
        if let Some(kind) = soft {
            self.brk(true);
            el.soft = Some((kind, self.out.len()));
            return;
        }

        if let Some(level) = heading_level(name) {
            self.brk(true);
            if self.heading_depth == 0 {
                self.heading_level = level;
            }
            self.heading_depth += 1;
            el.heading = true;
            return;
        }
        if block && attrs.get("style").is_some_and(|s| is_bold_style(&s)) {
            self.bold_depth += 1;
            el.bold = true;
        }
        match name {
            "li" => {
                self.brk(false);
                if self.heading_depth == 0 {
                    self.bullet = true;
                }
                el.list_item = true;
            }
            "tr" => {
                self.brk(false);
                el.row = true;
            }
            "td" | "th" => {
                if !self.line.is_empty() {
                    self.cell = true;
                }
            }
            "pre" | "listing" | "xmp" | "plaintext" => {
                self.brk(true);
                self.pre_depth += 1;
                el.pre = true;
                el.block = true;
                el.blank_after = true;
            }
            "b" | "strong" => {
                self.bold_depth += 1;
                el.bold = true;
            }
            _ if !block && attrs.get("style").is_some_and(|s| is_bold_style(&s)) => {
                self.bold_depth += 1;
                el.bold = true;
            }
            "ul" | "ol" | "dl" | "menu" | "dir" if self.count("li") + self.count("dd") > 0 => {
                self.brk(false);
                el.block = true;
            }
            _ => {
                if block {
                    self.brk(true);
                    el.block = true;
                    el.blank_after = true;
                }
            }
        }
        if matches!(name, "article" | "main") || role == "main" {
            self.article_depth += 1;
            el.article = true;
            if !block {
                self.brk(true);
                el.block = true;
                el.blank_after = true;
            }
        }
    }

    fn end_tag(&mut self, name: &str) {
        match name {
            "br" => {
                if self.drop_depth == 0 {
                    self.br();
                }
                return;
            }
            "html" | "body" => {
                self.brk(true);
                return;
            }
            _ => {}
        }
        const HEADINGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
        if heading_level(name).is_some() && HEADINGS.iter().any(|h| self.count(h) > 0) {
            // Any heading end tag closes the open heading (`<h2>..</h3>`).
            let depth = self.stack.len();
            self.close_implied(&HEADINGS, is_scope_boundary);
            if self.stack.len() < depth {
                return;
            }
        }
        if self.count(name) > 0 {
            let len = self.stack.len();
            for i in (len.saturating_sub(MAX_SCOPE_SEARCH)..len).rev() {
                let open = self.stack[i].name.as_str();
                if open == name {
                    self.pop_to(i, true);
                    return;
                }
                let stop = if is_table_part(name) {
                    open == "table" || open == "template"
                } else if name == "li" {
                    is_scope_boundary(open) || open == "ul" || open == "ol"
                } else {
                    is_scope_boundary(open) || (name == "p" && open == "button")
                };
                if stop {
                    break;
                }
            }
        }
        // A stray end tag: ignored, but never glue the words around a block.
        if is_block(name) {
            self.brk(true);
        }
    }

    /// Closes the nearest open element named in `targets`, unless an element
    /// for which `stop` holds comes first.
    fn close_implied(&mut self, targets: &[&str], stop: impl Fn(&str) -> bool) {
        if targets.iter().all(|t| self.count(t) == 0) {
            return;
        }
        let len = self.stack.len();
        for i in (len.saturating_sub(MAX_SCOPE_SEARCH)..len).rev() {
            let open = self.stack[i].name.as_str();
            if targets.contains(&open) {
                self.pop_to(i, true);
                return;
            }
            if stop(open) {
                return;
            }
        }
    }

    /// Pops elements down to and including `stack[i]`; `explicit` says
    /// whether that element was closed on purpose (its end tag or an implied
    /// end) rather than as a side effect.
    fn pop_to(&mut self, i: usize, explicit: bool) {
        while self.stack.len() > i + 1 {
            self.pop_one(false);
        }
        if self.stack.len() > i {
            self.pop_one(explicit);
        }
    }

    fn pop_one(&mut self, explicit: bool) {
        let Some(el) = self.stack.pop() else { return };
        if let Some(c) = self.counts.get_mut(el.name.as_str()) {
            *c = c.saturating_sub(1);
        }
        if el.title {
            self.title_depth = self.title_depth.saturating_sub(1);
            if self.title_depth == 0 && !self.title.trim().is_empty() {
                self.title_done = true;
            }
        }
        if el.hard_drop {
            self.drop_depth = self.drop_depth.saturating_sub(1);
            if is_block(&el.name) {
                self.brk(true);
            }
            return;
        }
        if let Some((kind, start)) = el.soft {
            self.brk(true);
            let added = self.out.len().saturating_sub(start);
            let keep = match kind {
                Soft::Form => added >= FORM_KEEP_BYTES,
                Soft::Chrome => !explicit && added >= UNCLOSED_KEEP_BYTES,
                Soft::ChromeByName => {
                    added >= NAMED_CHROME_KEEP_BYTES || (!explicit && added >= UNCLOSED_KEEP_BYTES)
                }
            };
            if !keep && start <= self.out.len() && self.out.is_char_boundary(start) {
                let salvaged = match kind {
                    Soft::Form => String::new(),
                    Soft::Chrome | Soft::ChromeByName => copyright_lines(&self.out[start..]),
                };
                self.out.truncate(start);
                self.blank = true;
                if !salvaged.is_empty() {
                    if !self.out.is_empty() {
                        self.out.push('\n');
                    }
                    self.out.push_str(&salvaged);
                }
            }
            return;
        }
        if el.heading {
            if self.heading_depth == 1 {
                self.end_line(true);
            }
            self.heading_depth = self.heading_depth.saturating_sub(1);
        }
        if el.list_item {
            self.brk(false);
            self.bullet = false;
        }
        if el.row {
            self.brk(false);
        }
        if el.block {
            self.brk(el.blank_after);
        }
        if el.pre {
            self.pre_depth = self.pre_depth.saturating_sub(1);
        }
        if el.bold {
            self.bold_depth = self.bold_depth.saturating_sub(1);
        }
        if el.article {
            self.article_depth = self.article_depth.saturating_sub(1);
        }
    }

    fn text(&mut self, s: &str) {
        if self.title_depth > 0 && !self.title_done {
            self.title.push_str(s);
        }
        if self.stack.last().is_some_and(|e| e.name == "head")
            && s.chars().any(|c| !c.is_whitespace())
        {
            // Text directly in <head>: the browser has left the head already.
            self.close_implied(&["head"], |_| false);
        }
        if self.drop_depth > 0 {
            return;
        }
        if self.pre_depth > 0 {
            self.pre_text(s);
            return;
        }
        for c in s.chars() {
            if c.is_whitespace() {
                self.space = true;
            } else if !is_invisible(c) {
                self.push_char(c);
            }
        }
    }

    fn push_char(&mut self, c: char) {
        if !self.line.is_empty() {
            if self.cell {
                self.line.push_str(" | ");
                self.has_cells = true;
            } else if self.space {
                self.line.push(' ');
            }
        }
        self.cell = false;
        self.space = false;
        self.line.push(c);
        if self.bold_depth > 0 {
            self.bold_chars += 1;
        } else {
            self.plain_chars += 1;
        }
    }

    fn pre_text(&mut self, s: &str) {
        for c in s.chars() {
            let after_cr = std::mem::take(&mut self.after_cr);
            match c {
                '\n' if after_cr => {}
                '\n' | '\r' => {
                    self.after_cr = c == '\r';
                    self.pre_line_end();
                }
                '\t' => self.line.push('\t'),
                c if c.is_whitespace() => self.line.push(' '),
                c if is_invisible(c) => {}
                c => {
                    // Keep the pre's indentation, collapse nothing.
                    self.cell = false;
                    self.space = false;
                    self.line.push(c);
                    self.plain_chars += 1;
                }
            }
        }
    }

    fn pre_line_end(&mut self) {
        if self.line.trim().is_empty() {
            self.reset_line();
            self.blank = true;
        } else {
            self.end_line(false);
        }
    }

    fn br(&mut self) {
        if self.heading_depth > 0 {
            self.space = true;
        } else if self.pre_depth > 0 {
            self.pre_line_end();
        } else if self.line.is_empty() {
            if !self.bullet {
                self.blank = true;
            }
        } else {
            self.end_line(false);
        }
    }

    /// A block boundary: ends the current line; `blank` asks for a blank
    /// line after it.
    fn brk(&mut self, blank: bool) {
        if self.drop_depth > 0 {
            return;
        }
        if self.heading_depth > 0 {
            self.space = true;
            return;
        }
        if self.line.trim().is_empty() && self.bullet {
            // Block right inside a new list item: keep the bullet tight.
            self.reset_line();
            return;
        }
        self.end_line(blank);
    }

    fn reset_line(&mut self) {
        self.line.clear();
        self.space = false;
        self.cell = false;
        self.has_cells = false;
        self.bold_chars = 0;
        self.plain_chars = 0;
    }

    fn end_line(&mut self, blank_after: bool) {
        let text = self.line.trim_end();
        if text.is_empty() {
            self.blank |= blank_after;
        } else {
            let heading = self.heading_depth > 0 && text.len() <= MAX_HEADING_CHARS;
            let bold_only = !heading
                && self.pre_depth == 0
                && !self.has_cells
                && self.bold_chars > 0
                && self.plain_chars == 0;
            let own_paragraph = heading || (bold_only && !self.bullet);
            if (self.blank || own_paragraph) && !self.out.is_empty() {
                self.out.push('\n');
            }
            if heading {
                for _ in 0..self.heading_level.clamp(1, 6) {
                    self.out.push('#');
                }
                self.out.push(' ');
            } else if self.bullet {
                self.out.push_str("- ");
            }
            if bold_only {
                self.out.push_str("**");
                self.out.push_str(text);
                self.out.push_str("**");
            } else {
                self.out.push_str(text);
            }
            self.out.push('\n');
            self.blank = blank_after || own_paragraph;
            self.bullet = false;
        }
        self.reset_line();
    }

    fn finish(mut self) -> HtmlText {
        while !self.stack.is_empty() {
            self.pop_one(false);
        }
        self.drop_depth = 0;
        self.heading_depth = 0;
        self.pre_depth = 0;
        self.end_line(false);
        let title: String = self.title.chars().filter(|c| !is_invisible(*c)).collect();
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        HtmlText {
            title: (!title.is_empty()).then_some(title),
            markup: self.out,
        }
    }
}

/// The short copyright lines of dropped chrome (`© 2010 Acme Inc.`), each
/// with its `\n`: they name the site's owner.
fn copyright_lines(text: &str) -> String {
    let mut kept = String::new();
    let mut count = 0;
    for line in text.lines() {
        if count == MAX_COPYRIGHT_LINES {
            break;
        }
        let line = line
            .trim_start_matches(['#', '-', '*', ' '])
            .trim_end_matches('*')
            .trim_end();
        if line.chars().count() <= MAX_COPYRIGHT_CHARS
            && (line.contains('©') || line.to_lowercase().contains("copyright"))
            && !kept.lines().any(|k| k == line)
        {
            kept.push_str(line);
            kept.push('\n');
            count += 1;
        }
    }
    kept
}

/// Whether an inline `style` sets a bold font weight.
fn is_bold_style(style: &str) -> bool {
    let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect();
    compact.split(';').any(|decl| {
        decl.strip_prefix("font-weight:").is_some_and(|v| {
            let v = v.trim_end_matches("!important");
            matches!(v, "bold" | "bolder" | "600" | "700" | "800" | "900")
        })
    })
}

/// Whether an element's `id` or `class` names it as page chrome: menus,
/// breadcrumbs, site header/footer, skip links, text for screen readers
/// only, cookie banners.
fn is_chrome_by_name(attrs: &Attrs<'_>) -> bool {
    let id = attrs.get("id").unwrap_or_default();
    if matches!(
        id.as_str(),
        "header" | "footer" | "sidebar" | "skip" | "masthead" | "site-header" | "site-footer"
    ) {
        return true;
    }
    let class = attrs.get("class").unwrap_or_default();
    class
        .split_ascii_whitespace()
        .chain(std::iter::once(id.as_str()))
        .any(|token| {
            matches!(
                token,
                "noindex"
                    | "footer"
                    | "site-header"
                    | "site-footer"
                    | "masthead"
                    | "skip-link"
                    | "skiplink"
                    | "sr-only"
                    | "screen-reader-text"
                    | "visually-hidden"
                    | "visuallyhidden"
                    | "element-invisible"
                    | "cookie-notice"
                    | "cookie-banner"
                    | "cookie-consent"
                    | "cookie-law-info-bar"
            ) || (!is_state_class(token)
                && token.split(['-', '_']).any(|part| {
                    part.ends_with("nav")
                        || part.ends_with("menu")
                        || part.starts_with("menu")
                        || part.ends_with("navigation")
                        || matches!(part, "navbar" | "breadcrumb" | "breadcrumbs")
                }))
        })
}

/// State classes such as `has-submenu` or `is-menu-open` describe a
/// wrapper, not chrome.
fn is_state_class(token: &str) -> bool {
    ["has-", "is-", "with-", "no-", "has_", "is_"]
        .iter()
        .any(|p| token.starts_with(p))
}

/// Characters that take no room on screen: controls, zero-width space,
/// byte-order mark and soft hyphen.
fn is_invisible(c: char) -> bool {
    (c.is_control() && !c.is_whitespace()) || matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(html: &str) -> String {
        html_to_markup(html).markup
    }

    /// Output invariants every conversion must keep.
    fn check_shape(out: &str) {
        if out.is_empty() {
            return;
        }
        assert!(out.ends_with('\n'), "no final newline: {out:?}");
        assert!(!out.starts_with('\n'), "leading blank line: {out:?}");
        assert!(!out.contains("\n\n\n"), "double blank line: {out:?}");
        for line in out.lines() {
            assert_eq!(line, line.trim_end(), "trailing whitespace: {out:?}");
        }
    }

    #[test]
    fn drops_scripts_styles_and_page_chrome() {
        let html = "<html><head><style>p{color:red}</style><script>var x = '<p>no</p>';</script>\
            </head><body><header><a href=/>Home</a> | <a href=/about>About</a></header>\
            <nav><ul><li>Menu item</li></ul></nav>\
            <p>We respect your privacy.</p>\
            <form action=/search><input name=q><button>Search</button> Find it</form>\
            <noscript>Enable JavaScript</noscript><template><p>tpl</p></template>\
            <select><option>Pick</option></select><svg><text>icon</text></svg>\
            <footer><a href=/terms>Terms</a></footer><script>document.write('x')</script></body></html>";
        let out = md(html);
        assert_eq!(out, "We respect your privacy.\n");
    }

    #[test]
    fn decodes_entities() {
        let out =
            md("<p>Tom &amp; Jerry &lt;3 don&#8217;t&nbsp;stop caf&eacute; &copy; &#x41;</p>");
        assert_eq!(out, "Tom & Jerry <3 don\u{2019}t stop caf\u{e9} \u{a9} A\n");
        assert!(!out.contains('\u{a0}'));
        let t = html_to_markup("<title>A &amp; B&nbsp;Privacy</title>");
        assert_eq!(t.title.as_deref(), Some("A & B Privacy"));
    }

    #[test]
    fn heading_levels() {
        let out = md(
            "<h1>One</h1><h2>Two\n  words</h2><h3>Three</h3><h4>Four</h4>\
            <h5>Five</h5><h6>Six</h6><p>text</p>",
        );
        assert_eq!(
            out,
            "# One\n\n## Two words\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\ntext\n"
        );
        // Mismatched heading end tags still close the heading.
        assert_eq!(md("<h2>Title</h3><p>text</p>"), "## Title\n\ntext\n");
        // An unclosed heading swallowing paragraphs is not one huge heading.
        let long = "<p>This paragraph is long enough to be body text, not a title.</p>".repeat(10);
        let out = md(&format!("<h2>Title{long}"));
        assert!(out.starts_with("Title This paragraph"), "{out}");
        // Inline markup and line breaks inside a heading stay on its line.
        assert_eq!(
            md("<h2><a href=x>Your <b>rights</b></a><br>today</h2>"),
            "## Your rights today\n"
        );
    }

    #[test]
    fn bold_only_lines_become_strong_paragraphs() {
        assert_eq!(
            md("<p>Intro.</p><p><b>Information We Collect</b></p><p>We collect data.</p>"),
            "Intro.\n\n**Information We Collect**\n\nWe collect data.\n"
        );
        assert_eq!(md("<p><b>Note:</b> rest</p>"), "Note: rest\n");
        assert_eq!(
            md("<p><strong>Cookies</strong><br>We use cookies.</p>"),
            "**Cookies**\n\nWe use cookies.\n"
        );
        assert_eq!(
            md("<div>a<br><strong> Bold  <em>line</em> </strong><br>b</div>"),
            "a\n\n**Bold line**\n\nb\n"
        );
        assert_eq!(
            md("<ul><li><b>Heading item</b></li></ul>"),
            "- **Heading item**\n"
        );
    }

    #[test]
    fn list_items() {
        assert_eq!(
            md("<p>We collect:</p><ul><li>name</li><li>email\n address</li><li><p>phone</p></li></ul><p>End.</p>"),
            "We collect:\n\n- name\n- email address\n- phone\n\nEnd.\n"
        );
        // Unclosed items and nested lists come out flat.
        assert_eq!(
            md("<ol><li>one<li>two<ul><li>two.a<li>two.b</ul><li>three</ol>"),
            "- one\n- two\n- two.a\n- two.b\n- three\n"
        );
        // An empty item leaves no dangling bullet.
        assert_eq!(md("<ul><li><img src=x></li></ul><p>after</p>"), "after\n");
    }

    #[test]
    fn line_breaks() {
        assert_eq!(
            md("<p>line one<br>line two<br/>line three</p>"),
            "line one\nline two\nline three\n"
        );
        assert_eq!(
            md("para one<br><br>para two<br>\n<br>\n<br>para three"),
            "para one\n\npara two\n\npara three\n"
        );
        assert_eq!(md("a</br>b"), "a\nb\n");
        assert_eq!(md("<p>a</p><hr><p>b</p>"), "a\n\nb\n");
    }

    #[test]
    fn comments_dropped() {
        assert_eq!(
            md("<p>keep<!-- secret <p>hidden</p> -->this</p><!-- tail"),
            "keepthis\n"
        );
    }

    #[test]
    fn malformed_markup() {
        assert_eq!(md("<p>a<p>b<div>c"), "a\n\nb\n\nc\n");
        assert_eq!(md("<b>unclosed"), "**unclosed**\n");
        assert_eq!(md("</p></p>"), "");
        assert_eq!(md("x</p></p>y"), "x\n\ny\n");
        assert_eq!(md("<p>text<scr"), "text\n");
        assert_eq!(md("<p>text</scr"), "text\n");
        assert_eq!(md("<p>a<span>b</div>c</span>d"), "ab\n\ncd\n");
        assert_eq!(md("<div><p>one</div>two"), "one\n\ntwo\n");
        assert_eq!(md("<p>a &amp b &unknown; c&"), "a & b &unknown; c&\n");
        assert_eq!(md("<"), "<\n");
        assert_eq!(md("<<>>"), "<<>>\n");
    }

    #[test]
    fn unclosed_script_swallows_rest() {
        let r = html_to_markup("<p>before</p><script>var a = 1; <p>after</p>");
        assert_eq!(r.markup, "before\n");
        assert_eq!(md("<style>p{}"), "");
        assert_eq!(md("<title>no end"), "");
        assert_eq!(
            html_to_markup("<title>no end").title.as_deref(),
            Some("no end")
        );
    }

    #[test]
    fn title_extracted() {
        let r = html_to_markup(
            "<html><head><title>\n  Privacy   Policy | Acme\n</title></head><body><p>x</p><svg><title>icon</title></svg></body></html>",
        );
        assert_eq!(r.title.as_deref(), Some("Privacy Policy | Acme"));
        assert_eq!(r.markup, "x\n");
        assert_eq!(html_to_markup("<title> </title><p>x").title, None);
        assert_eq!(html_to_markup("<p>x").title, None);
    }

    #[test]
    fn inline_tags_keep_words_and_blocks_separate_them() {
        assert_eq!(
            md("<p>inter<b>est</b>ing <a href=x>link</a>s</p>"),
            "interesting links\n"
        );
        assert_eq!(md("<div>a</div><div>b</div>"), "a\n\nb\n");
        assert_eq!(
            md("<section>a</section><article>b</article>c"),
            "a\n\nb\n\nc\n"
        );
        assert_eq!(md("<span>a</span>\n<span>b</span>"), "a b\n");
        assert_eq!(md("a<img src=x alt='picture'>b"), "ab\n");
    }

    #[test]
    fn tables_are_rows_of_cells() {
        let html = "<table><thead><tr><th>Reason</th><th>Shares?</th></tr></thead>\
            <tbody><tr><td>Marketing</td><td>Yes</td><td></td></tr>\
            <tr><td>Affiliates<td>No</tbody></table><p>after</p>";
        assert_eq!(
            md(html),
            "Reason | Shares?\nMarketing | Yes\nAffiliates | No\n\nafter\n"
        );
        // A layout table: one cell holding the page.
        let html =
            "<table><tr><td width=10></td><td><h1>Privacy</h1><p>Text.</p></td></tr></table>";
        assert_eq!(md(html), "# Privacy\n\nText.\n");
    }

    #[test]
    fn preformatted_text_keeps_lines() {
        assert_eq!(
            md("<p>x</p><pre>\n  line 1\r\n  line  2   \n\n\nend</pre>after"),
            "x\n\n  line 1\n  line  2\n\nend\n\nafter\n"
        );
    }

    #[test]
    fn header_in_article_and_big_forms_are_kept() {
        let html = "<header>Site</header><main><article><header><h1>Privacy Policy</h1></header>\
            <p>Body.</p><footer>Updated 2020</footer></article></main><footer>Site footer</footer>";
        assert_eq!(md(html), "# Privacy Policy\n\nBody.\n\nUpdated 2020\n");
        let body = "<p>We collect and process personal data as described here.</p>".repeat(20);
        let html = format!("<form id=aspnetForm><nav>Menu</nav><h1>Privacy</h1>{body}</form>");
        let out = md(&html);
        assert!(out.starts_with("# Privacy\n\nWe collect"), "{out}");
        assert!(!out.contains("Menu"));
    }

    #[test]
    fn unclosed_chrome_does_not_swallow_the_page() {
        let body = "<p>Our policy explains what we collect and why we need it.</p>".repeat(50);
        let html = format!("<nav><a href=/>Home</a>{body}");
        assert!(md(&html).contains("Our policy explains"));
        let html = format!("<div><header><a href=/>Home</a>{body}</div><p>end</p>");
        assert!(md(&html).contains("Our policy explains"));
        // Closed properly, it is dropped whatever its size.
        let html = format!("<nav>{body}</nav><p>end</p>");
        assert_eq!(md(&html), "end\n");
    }

    #[test]
    fn chrome_named_by_class_or_id_dropped() {
        let html = "<div id=header><a href=/>Home</a></div>\
            <table><tr><td class=left_nav_links><a>Code</a><br><a>Forums</a></td>\
            <td><p>Policy text.</p></td></tr></table>\
            <ul class=\"menu main-menu\"><li>About</li></ul>\
            <div class=breadcrumb>Home &gt; Privacy</div>\
            <p>More <span class=sr-only>(opens new window)</span>text.</p>\
            <div id=footer><a>Sitemap</a> <a>Jobs</a><p>\u{a9} 2011 Acme Inc. All rights reserved.</p></div>";
        assert_eq!(
            md(html),
            "Policy text.\n\nMore text.\n\n\u{a9} 2011 Acme Inc. All rights reserved.\n"
        );
        // State classes on wrappers are not chrome.
        assert_eq!(
            md("<div class=\"page has-submenu\"><p>Text.</p></div>"),
            "Text.\n"
        );
        // A class that names chrome does not drop a whole policy.
        let body = "<p>We collect and process personal data as described here.</p>".repeat(120);
        assert!(md(&format!("<div class=menu-content>{body}</div>")).contains("We collect"));
    }

    #[test]
    fn copyright_lines_survive_dropped_footers() {
        let html = "<p>Policy.</p><footer><ul><li>Terms</li></ul>\
            <p>Copyright 2003 Example Corp.</p></footer>";
        assert_eq!(md(html), "Policy.\n\nCopyright 2003 Example Corp.\n");
    }

    #[test]
    fn title_is_trimmed_after_invisible_characters_go() {
        // Found by the `html_markup_is_tidy` property: a zero-width space
        // as the last word left a trailing space.
        let page = html_to_markup("<title>*# \u{200b}");
        assert_eq!(page.title.as_deref(), Some("*#"));
        assert_eq!(html_to_markup("<title> \u{200b} </title>").title, None);
    }

    #[test]
    fn salvaged_copyright_lines_have_no_trailing_space() {
        // Found by the `html_markup_is_tidy` property: "- *" left a space.
        let out = md("<nav>Copyright- *");
        check_shape(&out);
        assert_eq!(out, "Copyright-\n");
    }

    #[test]
    fn bold_style_counts_as_bold() {
        assert_eq!(
            md("<div style=\"font-size: 20px; font-weight: bold\">PRIVACY</div><p>text</p>"),
            "**PRIVACY**\n\ntext\n"
        );
        assert_eq!(
            md("<p><span style='FONT-WEIGHT:700'>Heading</span></p>"),
            "**Heading**\n"
        );
        assert_eq!(
            md("<p><span style='font-weight:normal'>Plain</span></p>"),
            "Plain\n"
        );
    }

    #[test]
    fn hidden_elements_dropped() {
        assert_eq!(
            md("<p>a<span hidden>secret</span>b</p><div hidden><p>gone</p></div><p>c</p>"),
            "ab\n\nc\n"
        );
        assert_eq!(md("<div hidden=until-found>found</div>"), "found\n");
    }

    #[test]
    fn head_ends_at_body_content() {
        assert_eq!(md("<head><title>T</title><p>Body text</p>"), "Body text\n");
        assert_eq!(md("<head><meta charset=utf-8>Loose text"), "Loose text\n");
    }

    #[test]
    fn empty_and_whitespace_input() {
        assert_eq!(html_to_markup(""), HtmlText::default());
        assert_eq!(md("  \n\t&nbsp; "), "");
        assert_eq!(md("<p>\u{200b}\u{feff}</p>"), "");
    }

    #[test]
    fn large_input_is_fast() {
        let n = 100_000;
        let mut html = String::with_capacity(n * 11 + 100);
        for _ in 0..n {
            html.push_str("<div>");
        }
        html.push_str("deep text");
        for _ in 0..n {
            html.push_str("</div>");
        }
        assert!(html.len() > 1_000_000);
        assert_eq!(md(&html), "deep text\n");
        // Pathological: unclosed inline elements in a table, then stray end tags.
        let mut html = String::from("<div><table><tr><td>");
        html.push_str(&"<span>x".repeat(50_000));
        html.push_str(&"</div><p>y".repeat(50_000));
        let out = md(&html);
        check_shape(&out);
    }

    /// Small deterministic fuzzing: random soups of tags, text, entities and
    /// multi-byte characters must convert without panicking and keep the
    /// output shape.
    #[test]
    fn random_tag_soup_keeps_output_shape() {
        const PIECES: &[&str] = &[
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<b>",
            "</b>",
            "<strong>",
            "</strong>",
            "<li>",
            "</li>",
            "<ul>",
            "</ul>",
            "<h2>",
            "</h2>",
            "<br>",
            "<table>",
            "<tr>",
            "<td>",
            "</td>",
            "</tr>",
            "</table>",
            "<pre>",
            "</pre>",
            "<nav>",
            "</nav>",
            "<form>",
            "</form>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "<title>",
            "</title>",
            "<head>",
            "</head>",
            "<svg>",
            "</svg>",
            "<header>",
            "<article>",
            " ",
            "\n",
            "word",
            "été",
            "日本語",
            "&amp;",
            "&nbsp;",
            "&#8217;",
            "&#xD800;",
            "&",
            "<",
            ">",
            "\u{0}",
            "\r",
            "\u{200b}",
            "\t",
            "<a href='x'>",
            "</a>",
            "<span hidden>",
            "<hr>",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..300 {
            let mut html = String::new();
            for _ in 0..60 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                html.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            let r = html_to_markup(&html);
            check_shape(&r.markup);
            if let Some(t) = &r.title {
                assert_eq!(t, t.trim());
                assert!(!t.is_empty());
            }
        }
    }
}
