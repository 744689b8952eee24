//! Generates a large, realistic corpus of privacy policies for scale tests
//! and benchmarks, by recombining the real sections of the bundled corpus
//! (`corpus/`) and the development fixtures (`tests/fixtures/dev/`).
//!
//! Run:
//! `cargo run --release --example gen-corpus -- --policies N --out DIR [--seed S] [--threads T] [--root REPO]`
//! (`--list-sources` prints the source policies and the names replaced in them.)
//!
//! At start-up the source policies are read with polidx's own pipeline
//! (ingest → clean → segment, `polidx::policy::read_policy`) and split into
//! sections; each source's company name, legal name and domain (polidx's
//! detection, plus a few names it misses, in `EXTRA_NAMES`) are replaced by
//! placeholders. Each generated policy then picks an introduction and 12–19
//! body sections for English (8–12 for Malay) with distinct headings, kept in
//! their source order so contact details come last; a synthetic company,
//! legal name and domain (substituted where the source company appeared);
//! a format (`.txt`, `.md`, about 10% `.html` with a `<nav>`, `<script>`s
//! and a `<footer>` to strip); a heading style (Markdown `#`/`##`, ALL CAPS,
//! numbered `1. Title`, Title Case, bold `**Title**`); a list marker; and
//! for about 30% of the text files hard wrapping at 70–80 columns. About 5%
//! of policies are in Malay (from the bundled Malay policy), and about 1%
//! are English policies with one Malay section. Policies average about
//! 16 KB, like the real corpora.
//!
//! Output: `DIR/TTT/MMM/NNNNNNN_domain.ext`, at most 500 files per folder and
//! 500 folders per folder, and `DIR/manifest.tsv` with the columns `path`
//! (relative to DIR), `company`, `domain`, `lang` (`en`, `ms`, or `en+ms` for
//! an English policy with one Malay section) and `bytes`. (It is not named
//! `polidx-manifest.tsv` on purpose: polidx would read that as metadata that
//! overrides its own detection.) A summary goes to stderr. DIR must be
//! empty or absent.
//!
//! The output is a function of (N, seed) and the source sections: every
//! policy draws from its own PRNG (splitmix64) seeded with (seed, index), so
//! the same N and seed give byte-identical files whatever the number of
//! threads. (A change to polidx's reading pipeline can change the source
//! sections, and so the output.) Memory does not grow with N: worker threads
//! each generate one folder at a time, rendering each file into one reused
//! buffer and writing it at once; the manifest is written in order.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

use polidx::ingest::{self, DEFAULT_MAX_FILE_BYTES};
use polidx::policy::read_policy;

/// Files per folder, and folders per folder.
const FANOUT: usize = 500;

// Placeholders in section templates, replaced per generated policy.
const P_COMPANY: char = '\u{1}';
const P_DOMAIN: char = '\u{2}';
const P_LEGAL: char = '\u{3}';
const P_STEM: char = '\u{4}';

/// A paragraph or a bulleted list of a section.
enum Block {
    Para(String),
    List(Vec<String>),
}

struct SourceSection {
    /// The heading as it would read in Title/sentence case, no numbering, with placeholders.
    heading: String,
    blocks: Vec<Block>,
    /// Position within its source policy, 0..1, to keep a plausible order.
    pos: f32,
    /// Lowercased heading, to avoid two sections of the same name in one policy.
    key: String,
    /// Size of the text, to lean towards longer sections.
    bytes: usize,
}

struct Pool {
    en_intros: Vec<SourceSection>,
    en_body: Vec<SourceSection>,
    ms_intros: Vec<SourceSection>,
    ms_body: Vec<SourceSection>,
}

// ---------------------------------------------------------------- PRNG

/// splitmix64: small, fast, and good enough for picking things.
struct Rng(u64);

impl Rng {
    fn for_policy(seed: u64, index: u64) -> Rng {
        let mut r = Rng(seed ^ 0x5851_f42d_4c95_7f2d);
        let a = r.next();
        Rng(a ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    fn range(&mut self, lo: usize, hi_inclusive: usize) -> usize {
        lo + self.below(hi_inclusive - lo + 1)
    }

    /// True with probability `per_mille`/1000.
    fn chance(&mut self, per_mille: usize) -> bool {
        self.below(1000) < per_mille
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------- names

const ONSETS: &[&str] = &[
    "b", "br", "c", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pr",
    "qu", "r", "s", "st", "t", "tr", "v", "w", "z", "sh", "ch", "bl", "sk", "pl",
];
const VOWELS: &[&str] = &[
    "a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y", "a", "e", "o",
];
const CODAS: &[&str] = &[
    "", "", "", "n", "r", "x", "l", "m", "s", "t", "nd", "rk", "ve", "ck", "sh", "ph",
];
const SUFFIXES: &[&str] = &[
    "Labs",
    "Media",
    "Systems",
    "Software",
    "Health",
    "Bank",
    "Games",
    "Cloud",
    "Travel",
    "Apps",
    "Digital",
    "Networks",
    "Analytics",
    "Foods",
    "Energy",
    "Studio",
    "Insurance",
    "Retail",
    "Mobile",
    "Learning",
    "Group",
    "Solutions",
    "Motors",
    "Fitness",
    "Publishing",
];
/// Words a generated name must not be: they are benchmark query terms.
const RESERVED: &[&str] = &[
    "kuki", "rent", "sell", "data", "cookie", "cookies", "session", "consent", "privacy", "policy",
];

struct Company {
    name: String,
    legal: String,
    domain: String,
    stem: String,
}

fn company(rng: &mut Rng, malay: bool) -> Company {
    let mut base = String::new();
    loop {
        base.clear();
        let syllables = if rng.chance(300) { 3 } else { 2 };
        for _ in 0..syllables {
            base.push_str(ONSETS[rng.below(ONSETS.len())]);
            base.push_str(VOWELS[rng.below(VOWELS.len())]);
            base.push_str(CODAS[rng.below(CODAS.len())]);
        }
        if base.len() >= 4 && !RESERVED.contains(&base.as_str()) {
            break;
        }
    }
    let mut base_cap = String::with_capacity(base.len());
    let mut chars = base.chars();
    if let Some(c) = chars.next() {
        base_cap.extend(c.to_uppercase());
    }
    base_cap.push_str(chars.as_str());
    let suffix = if rng.chance(250) {
        None
    } else {
        Some(SUFFIXES[rng.below(SUFFIXES.len())])
    };
    let name = match suffix {
        Some(s) => format!("{base_cap} {s}"),
        None => base_cap,
    };
    let stem = match suffix {
        Some(s) if rng.chance(600) => format!("{base}{}", s.to_ascii_lowercase()),
        _ => base,
    };
    let tld = if malay {
        rng.pick(&[".com.my", ".my", ".com", ".com.my"])
    } else {
        rng.pick(&[
            ".com", ".com", ".com", ".com", ".com", ".io", ".net", ".org", ".co", ".co.uk", ".app",
        ])
    };
    let legal_suffix = if malay {
        rng.pick(&["Sdn. Bhd.", "Sdn Bhd", "Berhad"])
    } else {
        rng.pick(&[
            "Inc.", "Inc.", "LLC", "Ltd.", "Limited", "GmbH", "Pty Ltd", "Corp.",
        ])
    };
    Company {
        legal: format!("{name} {legal_suffix}"),
        domain: format!("{stem}{tld}"),
        name,
        stem,
    }
}

// ---------------------------------------------------------------- sources

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("gen-corpus: {msg}");
            ExitCode::from(2)
        }
    }
}

struct Args {
    policies: usize,
    out: PathBuf,
    seed: u64,
    root: PathBuf,
    threads: usize,
    /// Print the source policies and what was taken from them, then stop.
    list_sources: bool,
}

fn parse_args() -> Result<Args, String> {
    let usage =
        "usage: gen-corpus --policies N --out DIR [--seed S] [--root REPO] [--threads T]\n       gen-corpus --list-sources [--root REPO]";
    let mut policies = None;
    let mut out = None;
    let mut seed = 1u64;
    let mut root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut threads = thread::available_parallelism().map_or(1, |n| n.get());
    let mut list_sources = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{usage}"))
        };
        match arg.as_str() {
            "--policies" | "-n" => {
                let v = value("--policies")?;
                policies = Some(
                    v.replace('_', "")
                        .parse::<usize>()
                        .map_err(|e| format!("--policies {v}: {e}"))?,
                );
            }
            "--out" | "-o" => out = Some(PathBuf::from(value("--out")?)),
            "--seed" => {
                let v = value("--seed")?;
                seed = v.parse().map_err(|e| format!("--seed {v}: {e}"))?;
            }
            "--root" => root = PathBuf::from(value("--root")?),
            "--threads" => {
                let v = value("--threads")?;
                threads = v.parse().map_err(|e| format!("--threads {v}: {e}"))?;
            }
            "--list-sources" => list_sources = true,
            "-h" | "--help" => {
                println!("{usage}");
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument '{other}'\n{usage}")),
        }
    }
    if list_sources {
        policies = policies.or(Some(0));
        out = out.or_else(|| Some(PathBuf::new()));
    }
    Ok(Args {
        list_sources,
        policies: policies.ok_or_else(|| format!("--policies is required\n{usage}"))?,
        out: out.ok_or_else(|| format!("--out is required\n{usage}"))?,
        seed,
        root,
        threads,
    })
}

/// Reads every source policy and sorts its sections into the pool.
fn load_pool(root: &Path, list: bool) -> Result<Pool, String> {
    let mut pool = Pool {
        en_intros: Vec::new(),
        en_body: Vec::new(),
        ms_intros: Vec::new(),
        ms_body: Vec::new(),
    };
    for dir in ["corpus", "tests/fixtures/dev"] {
        let dir = root.join(dir);
        let (files, _) = ingest::walk_corpus(&dir);
        if files.is_empty() {
            return Err(format!("no source policies in {}", dir.display()));
        }
        for file in &files {
            let source = ingest::read_policy_file(file, DEFAULT_MAX_FILE_BYTES)
                .map_err(|skip| format!("{}: {}", dir.join(&skip.path).display(), skip.reason))?;
            let policy = read_policy(&source, None);
            let names = Names::of(&policy);
            if list {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{} sections\t{:?}",
                    dir.join(&file.rel_path).display(),
                    policy.company,
                    policy.domain.as_deref().unwrap_or("-"),
                    policy.legal_name.as_deref().unwrap_or("-"),
                    policy.lang,
                    policy.sections.len(),
                    names
                        .patterns
                        .iter()
                        .chain(&names.exact)
                        .map(|(p, _)| p)
                        .collect::<Vec<_>>()
                );
            }
            let malay = policy.lang == "ms";
            let n = policy.sections.len().max(1) as f32;
            let mut had_intro = false;
            for (i, section) in policy.sections.iter().enumerate() {
                let body_bytes: usize = section.clauses.iter().map(String::len).sum();
                let intro =
                    !had_intro && i < 3 && (section.level == 1 || is_title(&section.heading));
                if section.clauses.is_empty() || body_bytes < 100 {
                    continue;
                }
                let heading = if intro {
                    String::new()
                } else {
                    names.substitute(&natural_heading(&section.heading))
                };
                if !intro && heading.trim().is_empty() {
                    continue;
                }
                let clauses: Vec<String> = cap_clauses(&section.clauses, 4500)
                    .iter()
                    .map(|c| names.substitute(c.trim_start_matches(['#', ' '])))
                    .filter(|c| !c.is_empty())
                    .collect();
                let s = SourceSection {
                    bytes: clauses.iter().map(String::len).sum(),
                    key: heading.to_lowercase(),
                    heading,
                    blocks: blocks_of(&clauses),
                    pos: i as f32 / n,
                };
                let list = match (malay, intro) {
                    (false, true) => &mut pool.en_intros,
                    (false, false) => &mut pool.en_body,
                    (true, true) => &mut pool.ms_intros,
                    (true, false) => &mut pool.ms_body,
                };
                had_intro |= intro;
                list.push(s);
            }
        }
    }
    if pool.en_intros.is_empty() || pool.en_body.len() < 20 {
        return Err("too few English source sections".into());
    }
    if pool.ms_intros.is_empty() || pool.ms_body.len() < 8 {
        return Err("too few Malay source sections (is corpus/ complete?)".into());
    }
    Ok(pool)
}

/// A title-like first heading ("Privacy Policy - Acme", "POLISI PRIVASI"):
/// its section is an introduction.
fn is_title(heading: &str) -> bool {
    let h = heading.to_lowercase();
    h.is_empty()
        || h.contains("privacy policy")
        || h.contains("privacy statement")
        || h.contains("privacy notice")
        || h.contains("polisi privasi")
        || h.contains("dasar privasi")
}

/// Keeps leading clauses up to about `max` bytes: a few sources have one
/// enormous section.
fn cap_clauses(clauses: &[String], max: usize) -> &[String] {
    let mut total = 0;
    for (i, c) in clauses.iter().enumerate() {
        total += c.len();
        if total > max && i > 0 {
            return &clauses[..i];
        }
    }
    clauses
}

/// Names of the source's owner that detection does not report (it keeps
/// one name per policy), by the source's domain.
const EXTRA_NAMES: &[(&str, &[&str])] = &[
    ("000domains.com", &["Dotster, Inc.", "Dotster", "Endurance"]),
    ("hotbot.com", &["Lycos, Inc.", "Lycos", "HotBot"]),
    ("a-league.com.au", &["Football Federation Australia", "FFA"]),
    ("stadiumastro.com", &["Astro"]),
];

/// The source's company, legal name and domain, to replace by placeholders.
struct Names {
    /// (pattern, placeholder), longest first; matched case-insensitively on word boundaries.
    patterns: Vec<(String, char)>,
    /// Matched case-sensitively (acronyms such as "FFA").
    exact: Vec<(String, char)>,
}

impl Names {
    fn of(policy: &polidx::policy::Policy) -> Names {
        let mut patterns: Vec<(String, char)> = Vec::new();
        let mut exact = Vec::new();
        if let Some(legal) = &policy.legal_name {
            patterns.push((legal.clone(), P_LEGAL));
        }
        patterns.push((policy.company.clone(), P_COMPANY));
        if let Some(domain) = &policy.domain {
            patterns.push((domain.clone(), P_DOMAIN));
            let stem = domain.split('.').next().unwrap_or(domain);
            if stem.len() >= 4 {
                patterns.push((stem.to_string(), P_STEM));
            }
        }
        if let Some((_, extra)) = EXTRA_NAMES
            .iter()
            .find(|(domain, _)| policy.domain.as_deref() == Some(*domain))
        {
            patterns.extend(extra.iter().map(|name| (name.to_string(), P_COMPANY)));
        }
        let words: Vec<&str> = policy.company.split_whitespace().collect();
        if words.len() >= 3 {
            let acronym: String = words.iter().filter_map(|w| w.chars().next()).collect();
            if acronym.chars().all(|c| c.is_ascii_uppercase()) {
                exact.push((acronym, P_COMPANY));
            }
        }
        patterns.retain(|(p, _)| p.trim().len() >= 3);
        patterns.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        patterns.dedup_by(|a, b| a.0.eq_ignore_ascii_case(&b.0));
        Names { patterns, exact }
    }

    fn substitute(&self, text: &str) -> String {
        let mut out = text.to_string();
        for (pattern, ph) in &self.patterns {
            out = replace_words(&out, pattern, *ph, false);
        }
        for (pattern, ph) in &self.exact {
            out = replace_words(&out, pattern, *ph, true);
        }
        out
    }
}

/// Replaces `pattern` where it stands as a whole word (no letter or digit
/// either side).
fn replace_words(text: &str, pattern: &str, ph: char, case_sensitive: bool) -> String {
    let (hay, pat) = if case_sensitive {
        (text.to_string(), pattern.to_string())
    } else {
        (text.to_lowercase(), pattern.to_lowercase())
    };
    // Lowercasing can change byte lengths outside ASCII: fall back to exact case then.
    let (hay, pat) = if hay.len() == text.len() && pat.len() == pattern.len() {
        (hay, pat)
    } else {
        (text.to_string(), pattern.to_string())
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut from = 0;
    while let Some(found) = hay[from..].find(&pat) {
        let start = from + found;
        let end = start + pat.len();
        let before_ok = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            out.push_str(&text[last..start]);
            last = end;
            // Inside a host name or an e-mail address ("www.Acme.com",
            // "privacy@acme.co.uk"), a company name and what follows of the
            // host become the new domain; alone after a dot or '@', its stem.
            let host_rest = text[end..]
                .strip_prefix('.')
                .filter(|rest| rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
                .map(|rest| {
                    let len = rest
                        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
                        .unwrap_or(rest.len());
                    1 + rest[..len].trim_end_matches(['.', '-']).len()
                });
            if ph == P_DOMAIN {
                out.push(ph);
            } else if let Some(rest) = host_rest {
                out.push(P_DOMAIN);
                last = end + rest;
            } else if text[..start].ends_with(['.', '@']) {
                out.push(P_STEM);
            } else {
                out.push(ph);
            }
        }
        from = end;
    }
    out.push_str(&text[last..]);
    out
}

/// A heading without its numbering, and in Title Case when it was ALL CAPS.
fn natural_heading(heading: &str) -> String {
    let h = heading
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
        .trim()
        .trim_end_matches(':')
        .trim();
    let letters: Vec<char> = h.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 3 && letters.iter().all(|c| c.is_uppercase()) {
        title_case(&h.to_lowercase())
    } else {
        h.to_string()
    }
}

fn title_case(text: &str) -> String {
    const SMALL: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
        "dan", "di", "ke", "yang", "untuk", "dengan",
    ];
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if i > 0 && SMALL.contains(&word.to_lowercase().as_str()) {
            out.push_str(word);
            continue;
        }
        let mut chars = word.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

/// Groups clauses into paragraphs of one to four sentences and bulleted
/// lists (runs of short clauses without final punctuation, or ending in ';').
fn blocks_of(clauses: &[String]) -> Vec<Block> {
    let is_item = |c: &str| {
        let c = c.trim_end();
        c.len() < 200
            && (c.ends_with(';') || !c.ends_with(['.', '!', '?', ':', ')', '"', '\u{201d}', '\'']))
    };
    let mut blocks = Vec::new();
    let mut para = String::new();
    let mut sentences = 0;
    let mut i = 0;
    let mut h: u32 = clauses.len() as u32;
    while i < clauses.len() {
        let mut j = i;
        while j < clauses.len() && is_item(&clauses[j]) {
            j += 1;
        }
        if j - i >= 2 {
            if !para.is_empty() {
                blocks.push(Block::Para(std::mem::take(&mut para)));
                sentences = 0;
            }
            blocks.push(Block::List(clauses[i..j].to_vec()));
            i = j;
            continue;
        }
        let clause = clauses[i].trim();
        if !para.is_empty() {
            para.push(' ');
        }
        para.push_str(clause);
        sentences += 1;
        // A fixed, varied paragraph length: 1–4 sentences.
        h = h.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let limit = 1 + (h >> 16) as usize % 4;
        if sentences >= limit || clause.ends_with(':') {
            blocks.push(Block::Para(std::mem::take(&mut para)));
            sentences = 0;
        }
        i += 1;
    }
    if !para.is_empty() {
        blocks.push(Block::Para(para));
    }
    blocks
}

// ---------------------------------------------------------------- rendering

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Txt,
    Md,
    Html,
}

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Markdown,
    Caps,
    Numbered,
    TitleCase,
    Bold,
}

struct Render<'a> {
    out: String,
    company: &'a Company,
    format: Format,
    style: Style,
    bullet: &'static str,
    /// Hard-wrap width, 0 for none.
    wrap: usize,
    scratch: String,
    line: String,
}

impl Render<'_> {
    /// Appends `text` with the placeholders replaced into `self.scratch`.
    fn fill(&mut self, text: &str) {
        self.scratch.clear();
        for c in text.chars() {
            match c {
                P_COMPANY => self.scratch.push_str(&self.company.name),
                P_DOMAIN => self.scratch.push_str(&self.company.domain),
                P_LEGAL => self.scratch.push_str(&self.company.legal),
                P_STEM => self.scratch.push_str(&self.company.stem),
                c => self.scratch.push(c),
            }
        }
    }

    fn push_escaped(&mut self) {
        if self.format == Format::Html {
            for c in self.scratch.chars() {
                match c {
                    '&' => self.out.push_str("&amp;"),
                    '<' => self.out.push_str("&lt;"),
                    '>' => self.out.push_str("&gt;"),
                    c => self.out.push(c),
                }
            }
        } else {
            self.out.push_str(&self.scratch);
        }
    }

    /// Writes `self.scratch` wrapped at `self.wrap`, the first line after
    /// `first` and continuation lines after `indent`.
    fn push_wrapped(&mut self, first: &str, indent: &str) {
        if self.wrap == 0 {
            self.out.push_str(first);
            self.out.push_str(&self.scratch);
            self.out.push('\n');
            return;
        }
        self.line.clear();
        self.line.push_str(first);
        let mut width = first.chars().count();
        let mut line_has_word = false;
        for word in self.scratch.split(' ').filter(|w| !w.is_empty()) {
            let w = word.chars().count();
            if line_has_word && width + 1 + w > self.wrap {
                self.out.push_str(&self.line);
                self.out.push('\n');
                self.line.clear();
                self.line.push_str(indent);
                width = indent.chars().count();
                line_has_word = false;
            }
            if line_has_word {
                self.line.push(' ');
                width += 1;
            }
            self.line.push_str(word);
            width += w;
            line_has_word = true;
        }
        self.out.push_str(&self.line);
        self.out.push('\n');
    }

    fn title(&mut self, title: &str) {
        self.fill(title);
        match self.format {
            Format::Html => {
                self.out.push_str("<h1>");
                self.push_escaped();
                self.out.push_str("</h1>\n");
            }
            _ => {
                match self.style {
                    Style::Markdown => {
                        self.out.push_str("# ");
                        self.push_escaped();
                    }
                    Style::Bold => {
                        self.out.push_str("**");
                        self.push_escaped();
                        self.out.push_str("**");
                    }
                    Style::Caps => {
                        let upper = self.scratch.to_uppercase();
                        self.out.push_str(&upper);
                    }
                    Style::Numbered | Style::TitleCase => self.push_escaped(),
                }
                self.out.push_str("\n\n");
            }
        }
    }

    fn heading(&mut self, number: usize, heading: &str) {
        self.fill(heading);
        if self.format == Format::Html {
            let _ = write!(self.out, "<h2>");
            if self.style == Style::Numbered {
                let _ = write!(self.out, "{number}. ");
            }
            self.push_escaped();
            self.out.push_str("</h2>\n");
            return;
        }
        match self.style {
            Style::Markdown => {
                self.out.push_str("## ");
                self.push_escaped();
            }
            Style::Caps => {
                let upper = self.scratch.to_uppercase();
                self.out.push_str(&upper);
            }
            Style::Numbered => {
                let _ = write!(self.out, "{number}. ");
                self.push_escaped();
            }
            Style::TitleCase => {
                let t = title_case(&self.scratch);
                self.out.push_str(&t);
            }
            Style::Bold => {
                self.out.push_str("**");
                self.push_escaped();
                self.out.push_str("**");
            }
        }
        self.out.push_str("\n\n");
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::Para(text) => {
                    self.fill(text);
                    if self.format == Format::Html {
                        self.out.push_str("<p>");
                        self.push_escaped();
                        self.out.push_str("</p>\n");
                    } else {
                        self.push_wrapped("", "");
                        self.out.push('\n');
                    }
                }
                Block::List(items) => {
                    if self.format == Format::Html {
                        self.out.push_str("<ul>\n");
                    }
                    for item in items {
                        self.fill(item);
                        if self.format == Format::Html {
                            self.out.push_str("<li>");
                            self.push_escaped();
                            self.out.push_str("</li>\n");
                        } else {
                            let bullet = self.bullet;
                            self.push_wrapped(bullet, "  ");
                        }
                    }
                    if self.format == Format::Html {
                        self.out.push_str("</ul>\n");
                    } else {
                        self.out.push('\n');
                    }
                }
            }
        }
    }
}

const NAV: &[&str] = &[
    "Home", "About us", "Products", "Pricing", "Blog", "Careers", "Support", "Contact", "Log in",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const BULAN: &[&str] = &[
    "Januari",
    "Februari",
    "Mac",
    "April",
    "Mei",
    "Jun",
    "Julai",
    "Ogos",
    "September",
    "Oktober",
    "November",
    "Disember",
];

/// Chooses `count` sections of `pool` with distinct headings, in source order.
fn choose<'p>(
    rng: &mut Rng,
    pool: &'p [SourceSection],
    count: usize,
    out: &mut Vec<&'p SourceSection>,
) {
    out.clear();
    let count = count.min(pool.len());
    let mut attempts = 0;
    while out.len() < count && attempts < count * 20 {
        attempts += 1;
        // Two draws, keeping the longer one half the time: real policies run
        // longer than the average section of the sources suggests.
        let mut s = &pool[rng.below(pool.len())];
        if rng.chance(500) {
            let t = &pool[rng.below(pool.len())];
            if t.bytes > s.bytes {
                s = t;
            }
        }
        if out.iter().any(|o| std::ptr::eq(*o, s) || o.key == s.key) {
            continue;
        }
        out.push(s);
    }
    out.sort_by(|a, b| a.pos.total_cmp(&b.pos));
}

/// Buffers reused from one generated file to the next.
#[derive(Default)]
struct Buffers<'p> {
    /// The file's text.
    out: String,
    scratch: String,
    line: String,
    chosen: Vec<&'p SourceSection>,
}

struct Generated {
    ext: &'static str,
    lang: &'static str,
}

/// Renders policy `index` into `bufs.out` (cleared first).
fn generate<'p>(
    pool: &'p Pool,
    seed: u64,
    index: u64,
    bufs: &mut Buffers<'p>,
) -> (Company, Generated) {
    let chosen = &mut bufs.chosen;
    let mut rng = Rng::for_policy(seed, index);
    let malay = rng.chance(50);
    let mixed = !malay && rng.chance(11);
    let company = company(&mut rng, malay);
    let roll = rng.below(100);
    let format = if roll < 10 {
        Format::Html
    } else if roll < 52 {
        Format::Md
    } else {
        Format::Txt
    };
    let style = match format {
        Format::Md => rng.pick(&[
            Style::Markdown,
            Style::Markdown,
            Style::Markdown,
            Style::Bold,
            Style::Bold,
            Style::Numbered,
            Style::Caps,
        ]),
        Format::Txt => rng.pick(&[
            Style::Caps,
            Style::Caps,
            Style::Numbered,
            Style::Numbered,
            Style::TitleCase,
            Style::TitleCase,
            Style::Markdown,
        ]),
        Format::Html => rng.pick(&[Style::TitleCase, Style::TitleCase, Style::Numbered]),
    };
    let bullet = rng.pick(&["- ", "- ", "* ", "\u{2022} ", "\u{2013} "]);
    let wrap = if format != Format::Html && rng.chance(300) {
        rng.range(70, 80)
    } else {
        0
    };
    let (intros, body) = if malay {
        (&pool.ms_intros, &pool.ms_body)
    } else {
        (&pool.en_intros, &pool.en_body)
    };
    let intro = &intros[rng.below(intros.len())];
    let count = if malay {
        rng.range(8, 12)
    } else {
        rng.range(12, 19)
    };
    choose(&mut rng, body, count, chosen);
    if mixed {
        let ms = &pool.ms_body[rng.below(pool.ms_body.len())];
        let at = rng.range(1, chosen.len());
        chosen.insert(at, ms);
    }

    let title = if malay {
        match rng.below(4) {
            0 => "Dasar Privasi".to_string(),
            1 => format!("Dasar Privasi {}", company.name),
            2 => format!("Polisi Privasi {}", company.name),
            _ => "Notis Privasi".to_string(),
        }
    } else {
        match rng.below(6) {
            0 => "Privacy Policy".to_string(),
            1 => format!("{} Privacy Policy", company.name),
            2 => format!("Privacy Policy - {}", company.name),
            3 => format!("{} Privacy Statement", company.name),
            4 => format!("Privacy Notice of {}", company.name),
            _ => format!("{} Privacy Policy", company.name),
        }
    };
    let year = rng.range(2008, 2023);
    let month = rng.below(12);
    let day = rng.range(1, 28);
    let updated = if malay {
        format!("Dikemas kini: {day} {} {year}", BULAN[month])
    } else {
        format!("Last updated: {} {day}, {year}", MONTHS[month])
    };

    bufs.out.clear();
    let mut r = Render {
        out: std::mem::take(&mut bufs.out),
        company: &company,
        format,
        style,
        bullet,
        wrap,
        scratch: std::mem::take(&mut bufs.scratch),
        line: std::mem::take(&mut bufs.line),
    };
    if format == Format::Html {
        let _ = write!(
            r.out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
            if malay { "ms" } else { "en" }
        );
        r.fill(&title);
        r.push_escaped();
        let _ = write!(
            r.out,
            " | {}</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n\
             <script>window.dataLayer = window.dataLayer || [];\n\
             function gtag(){{dataLayer.push(arguments);}}\n\
             gtag('js', new Date()); gtag('config', 'UA-{}-1');</script>\n\
             </head>\n<body>\n<nav class=\"site-nav\"><ul>",
            company.name,
            10_000_000 + rng.below(89_999_999)
        );
        let first = rng.below(3);
        for item in &NAV[first..first + 5] {
            let slug = item.to_lowercase().replace(' ', "-");
            let _ = write!(r.out, "<li><a href=\"/{slug}\">{item}</a></li>");
        }
        r.out.push_str("</ul></nav>\n<main>\n");
    }
    r.title(&title);
    r.fill(&updated);
    if format == Format::Html {
        r.out.push_str("<p><em>");
        r.push_escaped();
        r.out.push_str("</em></p>\n");
    } else {
        r.push_escaped();
        r.out.push_str("\n\n");
    }
    r.blocks(&intro.blocks);
    for (i, section) in chosen.iter().enumerate() {
        r.heading(i + 1, &section.heading);
        r.blocks(&section.blocks);
    }
    if format == Format::Html {
        let _ = writeln!(
            r.out,
            "</main>\n<footer><p>&copy; {} {}. All rights reserved.</p>\
             <script src=\"/assets/app.js\"></script></footer>\n</body>\n</html>",
            year, company.legal
        );
    }
    bufs.out = r.out;
    bufs.scratch = r.scratch;
    bufs.line = r.line;
    let ext = match format {
        Format::Txt => "txt",
        Format::Md => "md",
        Format::Html => "html",
    };
    let lang = if malay {
        "ms"
    } else if mixed {
        "en+ms"
    } else {
        "en"
    };
    (company, Generated { ext, lang })
}

/// What one folder of generated files adds to the manifest and the totals.
#[derive(Default)]
struct Folder {
    rows: String,
    bytes: u64,
    langs: [usize; 3],
    formats: [usize; 3],
}

/// Generates and writes the files of leaf folder `leaf`.
fn write_folder(pool: &Pool, args: &Args, leaf: usize) -> Result<Folder, String> {
    let dir = format!("{:03}/{:03}", leaf / FANOUT, leaf % FANOUT);
    let path = args.out.join(&dir);
    fs::create_dir_all(&path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    let mut folder = Folder::default();
    let mut bufs = Buffers::default();
    bufs.out.reserve(64 * 1024);
    let mut name = String::with_capacity(64);
    let first = leaf * FANOUT;
    let last = (first + FANOUT).min(args.policies);
    for i in first..last {
        let (company, generated) = generate(pool, args.seed, i as u64, &mut bufs);
        let buf = &bufs.out;
        name.clear();
        let _ = write!(name, "{i:07}_{}.{}", company.domain, generated.ext);
        let file = path.join(&name);
        fs::write(&file, buf.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        let _ = writeln!(
            folder.rows,
            "{dir}/{name}\t{}\t{}\t{}\t{}",
            company.name,
            company.domain,
            generated.lang,
            buf.len()
        );
        folder.bytes += buf.len() as u64;
        folder.langs[match generated.lang {
            "en" => 0,
            "ms" => 1,
            _ => 2,
        }] += 1;
        folder.formats[match generated.ext {
            "txt" => 0,
            "md" => 1,
            _ => 2,
        }] += 1;
    }
    Ok(folder)
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let started = Instant::now();
    let pool = load_pool(&args.root, args.list_sources)?;
    if args.list_sources {
        return Ok(());
    }
    if args.out.exists() {
        let mut entries = fs::read_dir(&args.out)
            .map_err(|e| format!("cannot read {}: {e}", args.out.display()))?;
        if entries.next().is_some() {
            return Err(format!(
                "{} is not empty: remove it or choose another folder",
                args.out.display()
            ));
        }
    }
    fs::create_dir_all(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    let manifest_path = args.out.join("manifest.tsv");
    let manifest = fs::File::create(&manifest_path)
        .map_err(|e| format!("cannot create {}: {e}", manifest_path.display()))?;
    let mut manifest = BufWriter::with_capacity(1 << 20, manifest);
    let io = |e: std::io::Error| format!("writing {}: {e}", manifest_path.display());
    writeln!(manifest, "path\tcompany\tdomain\tlang\tbytes").map_err(io)?;

    // Folders are generated on worker threads (each policy has its own PRNG,
    // so the order does not matter) and written to the manifest in order.
    let folders = args.policies.div_ceil(FANOUT);
    let threads = args.threads.clamp(1, folders.max(1));
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let mut total = Folder::default();
    let outcome: Result<(), String> = thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, Result<Folder, String>)>(threads * 2);
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, stop, pool, args) = (&next, &stop, &pool, &args);
            scope.spawn(move || loop {
                let leaf = next.fetch_add(1, Ordering::Relaxed);
                if leaf >= folders || stop.load(Ordering::Relaxed) {
                    break;
                }
                if tx.send((leaf, write_folder(pool, args, leaf))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting: BTreeMap<usize, Result<Folder, String>> = BTreeMap::new();
        let mut turn = 0;
        let mut result = Ok(());
        'receive: for (leaf, folder) in rx.iter() {
            waiting.insert(leaf, folder);
            while let Some(folder) = waiting.remove(&turn) {
                turn += 1;
                let written = folder.and_then(|f| {
                    manifest.write_all(f.rows.as_bytes()).map_err(io)?;
                    Ok(f)
                });
                match written {
                    Ok(f) => {
                        total.bytes += f.bytes;
                        for k in 0..3 {
                            total.langs[k] += f.langs[k];
                            total.formats[k] += f.formats[k];
                        }
                    }
                    Err(e) => {
                        result = Err(e);
                        stop.store(true, Ordering::Relaxed);
                        break 'receive;
                    }
                }
            }
        }
        // Let blocked workers finish.
        for _ in rx.iter() {}
        result
    });
    outcome?;
    manifest.flush().map_err(io)?;
    let seconds = started.elapsed().as_secs_f64();
    let n = args.policies.max(1) as f64;
    eprintln!(
        "gen-corpus: {} files, {} bytes ({:.1} MB, {:.1} KB average) in {:.1} s \
         [seed {}; en {}, ms {}, en+ms {}; txt {}, md {}, html {}; {} threads; \
         sources: {} en + {} ms sections] -> {}",
        args.policies,
        total.bytes,
        total.bytes as f64 / 1e6,
        total.bytes as f64 / n / 1e3,
        seconds,
        args.seed,
        total.langs[0],
        total.langs[1],
        total.langs[2],
        total.formats[0],
        total.formats[1],
        total.formats[2],
        threads,
        pool.en_intros.len() + pool.en_body.len(),
        pool.ms_intros.len() + pool.ms_body.len(),
        args.out.display()
    );
    Ok(())
}
